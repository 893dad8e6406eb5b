"""Calligraphy: learning it, doing it, a calligrapher, going to ask for a calligraphy word at Tet and a calligraphy
scroll hung, both ways (mt/calligraphy.py)."""
import pytest

from mt.calligraphy import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I'm studying a letter.", "My mother is learning to write a letter.", "I'd like to study cancer.", "Do you
    # want to study mail?", "Are you learning a mailing?"
    ("Tôi đang học thư pháp.", "I'm learning calligraphy."),
    ("Mẹ tôi đang học viết thư pháp.", "My mother is learning calligraphy."),
    ("Chúng tôi đang học thư pháp.", "We're learning calligraphy."),
    ("Bạn có đang học thư pháp không?", "Are you learning calligraphy?"),
    ("Tôi muốn học thư pháp.", "I want to learn calligraphy."),
    ("Lan muốn học thư pháp.", "Lan wants to learn calligraphy."),
    ("Bạn có muốn học thư pháp không?", "Do you want to learn calligraphy?"),
    ("Anh ấy không muốn học thư pháp.", "He doesn't want to learn calligraphy."),
    ("Ông tôi đã bắt đầu học thư pháp.", "My grandfather has started learning calligraphy."),
    ("Cô ấy vừa bắt đầu học thư pháp.", "She's just started learning calligraphy."),
    ("Tôi bắt đầu học thư pháp rồi.", "I've started learning calligraphy."),
    # v8: "My grandfather wrote a very nice message.", "My grandfather wrote very nicely.", "My grandfather wrote a
    # letter.", "Do you know that writing mail?", "I don't know how to write a letter.", "Do you write a mail message?"
    ("Ông tôi viết thư pháp rất đẹp.", "My grandfather does beautiful calligraphy."),
    ("Ông tôi viết thư pháp đẹp lắm.", "My grandfather does beautiful calligraphy."),
    ("Bác Hùng viết thư pháp đẹp lắm.", "Uncle Hung does beautiful calligraphy."),
    ("Ông tôi viết thư pháp.", "My grandfather does calligraphy."),
    ("Bạn có viết thư pháp không?", "Do you do calligraphy?"),
    ("Chúng tôi không viết thư pháp.", "We don't do calligraphy."),
    ("Ông tôi biết viết thư pháp.", "My grandfather can do calligraphy."),
    ("Bạn có biết viết thư pháp không?", "Can you do calligraphy?"),
    ("Tôi không biết viết thư pháp.", "I can't do calligraphy."),
    ("Ông tôi đang viết thư pháp.", "My grandfather is writing calligraphy."),
    # v8: "My grandfather is rumor.", "My grandfather was a hill."
    ("Ông tôi là ông đồ.", "My grandfather is a calligrapher."),
    ("Ông tôi từng là một ông đồ.", "My grandfather used to be a calligrapher."),
    ("Cô ấy là một nhà thư pháp.", "She's a calligrapher."),
    ("Bạn có phải là nhà thư pháp không?", "Are you a calligrapher?"),
    ("Tôi không phải là nhà thư pháp.", "I'm not a calligrapher."),
    # many, many calligraphers (not "They're a calligrapher.", "We used to be a calligrapher.")
    ("Họ là nhà thư pháp.", "They're calligraphers."), ("Chúng tôi là người viết thư pháp.", "We're calligraphers."),
    ("Họ có phải là nhà thư pháp không?", "Are they calligraphers?"),
    ("Chúng tôi từng là nhà thư pháp.", "We used to be calligraphers."),
    ("Họ không phải là nhà thư pháp.", "They're not calligraphers."),
    # v8: "My grandfather went a letter at Temple of Literature.", "Tomorrow, I'll go a letter at Temple of
    # Literature.", "Yesterday, Langs a letter at Temple of Literature."
    ("Ông tôi đi xin chữ ở Văn Miếu.",
     "My grandfather went to the Temple of Literature to ask for a calligraphy word."),
    ("Chúng tôi đã đi xin chữ ở Văn Miếu.", "We went to the Temple of Literature to ask for a calligraphy word."),
    ("Hôm qua Lan đi xin chữ ở Văn Miếu.",
     "Lan went to the Temple of Literature to ask for a calligraphy word yesterday."),
    ("Bố tôi đi xin chữ rồi.", "My father has gone to ask for a calligraphy word."),
    ("Ngày mai tôi sẽ đi xin chữ ở Văn Miếu.",
     "I'll go to the Temple of Literature to ask for a calligraphy word tomorrow."),
    ("Năm sau chúng tôi sẽ đi xin chữ.", "We'll go to ask for a calligraphy word next year."),
    ("Tôi muốn đi xin chữ ở Văn Miếu.", "I want to go to the Temple of Literature to ask for a calligraphy word."),
    ("Bạn có muốn đi xin chữ không?", "Do you want to go to ask for a calligraphy word?"),
    ("Hôm qua bạn có đi xin chữ không?", "Did you go to ask for a calligraphy word yesterday?"),
    # v8: "Tet my father also went to be a letter.", "Every year we also have a letter at Temple of Literature."
    ("Tết nào bố tôi cũng đi xin chữ.", "My father goes to ask for a calligraphy word every Tet."),
    ("Năm nào chúng tôi cũng đi xin chữ ở Văn Miếu.",
     "We go to the Temple of Literature to ask for a calligraphy word every year."),
    ("Ông tôi đi xin chữ mỗi dịp Tết.", "My grandfather goes to ask for a calligraphy word every Tet."),
    ("Tết nào mẹ tôi cũng xin chữ ở Văn Miếu.",
     "My mother asks for a calligraphy word at the Temple of Literature every Tet."),
    ("Bố tôi đều đi xin chữ mỗi năm.", "My father goes to ask for a calligraphy word every year."),
    # v8: "My grandfather hanged a letter in the living room.", "We all hanged out the letter of the Tet.", "We just
    # hang up a letter to the wall."
    ("Ông tôi đã treo một bức thư pháp trong phòng khách.",
     "My grandfather hung a calligraphy scroll in the living room."),
    ("Chúng tôi vừa treo một bức thư pháp lên tường.", "We've just hung a calligraphy scroll on the wall."),
    ("Tết nào ông tôi cũng treo chữ.", "My grandfather hangs calligraphy every Tet."),
    ("Mẹ tôi sẽ treo một bức thư pháp ở phòng khách.", "My mother will hang a calligraphy scroll in the living room."),
    ("Bố tôi đang treo một bức chữ lên tường.", "My father is hanging a calligraphy scroll on the wall."),
    ("Tôi treo một bức thư pháp trong phòng khách rồi.", "I've hung a calligraphy scroll in the living room."),
    # not: learning with no word of when ("học", "từng học", "bắt đầu" alone), asked without "có" or with "có" and no
    # "không", a "?" on a statement, a pet, "ông đồ" of a woman or a name alone, "anh" saying it, "em" with "ạ",
    # "đã … chưa?" and "có đi … không?" (did, do or will?), another place, "xin chữ ký" (a signature), "xin chữ" of
    # the calligrapher or of a word named, "chữ" hung but every Tet, a scroll hung with no word of when or "bức"
    # alone (which one?), a day against the tense, "I" asked, "nhỉ", the other language
    ("Tôi học thư pháp.", None), ("Tôi từng học thư pháp.", None), ("Tôi bắt đầu học thư pháp.", None),
    ("Bạn đang học thư pháp không?", None), ("Tôi có muốn học thư pháp.", None),
    ("Ông tôi viết thư pháp rất đẹp?", None), ("Tết nào bố tôi cũng đi xin chữ?", None),
    ("Con chó của tôi viết thư pháp.", None), ("Con mèo của tôi là ông đồ.", None), ("Mẹ tôi là ông đồ.", None),
    ("Lan là ông đồ.", None), ("Anh viết thư pháp rất đẹp.", None), ("Em có muốn học thư pháp không ạ?", None),
    ("Bạn đã đi xin chữ chưa?", None), ("Bạn có đi xin chữ không?", None), ("Ông tôi đi xin chữ ở chùa.", None),
    ("Tôi đi xin chữ ký.", None), ("Ông tôi xin chữ ông đồ.", None), ("Tôi xin được chữ Phúc.", None),
    ("Ông tôi đã treo chữ.", None), ("Tôi treo một bức thư pháp.", None),
    ("Tôi đã treo bức thư pháp trong phòng khách.", None), ("Hôm qua tôi sẽ đi xin chữ.", None),
    ("Ngày mai tôi đã đi xin chữ.", None), ("Tôi có đang học thư pháp không?", None),
    ("Tôi đang học thư pháp nhỉ.", None), ("Tôi không đi xin chữ.", None), ("Ông tôi không đang học thư pháp.", None),
    ("I'm learning calligraphy.", None), ("Chữ của ông tôi rất đẹp.", None),
    # "đều" of many: all of them, or both? (not dropped: "We go … every year.")
    ("Chúng tôi đều đi xin chữ mỗi năm.", None), ("Họ đều xin chữ mỗi dịp Tết.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi đang học trò điện tử.", "Mẹ tôi đang học gọi điện.", "Tôi muốn học đồ thị gọi.", "Bạn có muốn học
    # đồ thị gọi không?", "Bạn đang học trò điện tử không?"
    ("I'm learning calligraphy.", "Tôi đang học thư pháp."),
    ("My mother is learning calligraphy.", "Mẹ tôi đang học thư pháp."),
    ("We're studying calligraphy.", "Chúng tôi đang học thư pháp."),
    ("Are you learning calligraphy?", "Bạn có đang học thư pháp không?"),
    ("I want to learn calligraphy.", "Tôi muốn học thư pháp."),
    ("Lan wants to learn calligraphy.", "Lan muốn học thư pháp."),
    ("Do you want to learn calligraphy?", "Bạn có muốn học thư pháp không?"),
    ("He doesn't want to learn calligraphy.", "Anh ấy không muốn học thư pháp."),
    ("She has just started learning calligraphy.", "Cô ấy vừa bắt đầu học thư pháp."),
    ("My grandfather started learning calligraphy.", "Ông tôi đã bắt đầu học thư pháp."),
    # v8: "Ông tôi có thể gọi điện cho tôi là đẹp.", "Cuộc gọi của ông tôi là đẹp.", "Cô ấy viết đồ điện thoại
    # đẹp.", "Bạn có thể gọi điện không?", "Tôi không thể làm đồ thị.", "Ông tôi gọi điện cho ông."
    ("My grandfather does beautiful calligraphy.", "Ông tôi viết thư pháp rất đẹp."),
    ("She writes beautiful calligraphy.", "Cô ấy viết thư pháp rất đẹp."),
    ("My grandfather's calligraphy is beautiful.", "Ông tôi viết thư pháp rất đẹp."),
    ("My mother’s calligraphy is beautiful.", "Mẹ tôi viết thư pháp rất đẹp."),
    ("Lan's calligraphy is really beautiful.", "Lan viết thư pháp rất đẹp."),
    ("Her calligraphy is beautiful.", "Cô ấy viết thư pháp rất đẹp."),
    ("My grandfather does calligraphy.", "Ông tôi viết thư pháp."),
    ("Does your grandfather do calligraphy?", "Ông bạn có viết thư pháp không?"),
    ("We don't do calligraphy.", "Chúng tôi không viết thư pháp."),
    ("Can you do calligraphy?", "Bạn có biết viết thư pháp không?"),
    ("I can't do calligraphy.", "Tôi không biết viết thư pháp."),
    ("My father can write calligraphy.", "Bố tôi biết viết thư pháp."),
    ("He's writing calligraphy.", "Anh ấy đang viết thư pháp."),
    # v8: "Ông tôi là một nhà văn học.", "Ông tôi từng là một nhà văn học." (a man of letters)
    ("My grandfather is a calligrapher.", "Ông tôi là một nhà thư pháp."),
    ("My grandfather used to be a calligrapher.", "Ông tôi từng là một nhà thư pháp."),
    ("She's a calligrapher.", "Cô ấy là một nhà thư pháp."),
    ("Is your father a calligrapher?", "Bố bạn có phải là nhà thư pháp không?"),
    ("I'm not a calligrapher.", "Tôi không phải là nhà thư pháp."),
    # v8: "Ông tôi đến Văn Miếu xin lời gọi.", "Cha tôi đi hỏi từ ngữ điện tử mỗi ngày Tết.", "Tôi sẽ đến Văn Miếu
    # yêu cầu một từ đồ thị ngày mai."
    ("My grandfather went to the Temple of Literature to ask for a calligraphy word.",
     "Ông tôi đã đi xin chữ ở Văn Miếu."),
    ("Lan went to ask for a calligraphy word yesterday.", "Hôm qua Lan đi xin chữ."),
    ("My father goes to ask for a calligraphy word every Tet.", "Tết nào bố tôi cũng đi xin chữ."),
    ("We go to the Temple of Literature to ask for a calligraphy word every year.",
     "Năm nào chúng tôi cũng đi xin chữ ở Văn Miếu."),
    ("I will go to the Temple of Literature to ask for a calligraphy word tomorrow.",
     "Ngày mai tôi sẽ đi xin chữ ở Văn Miếu."),
    ("I'll go to ask for a calligraphy word tomorrow.", "Ngày mai tôi sẽ đi xin chữ."),
    ("Do you want to go to ask for a calligraphy word?", "Bạn có muốn đi xin chữ không?"),
    ("Did you go to ask for a calligraphy word yesterday?", "Hôm qua bạn có đi xin chữ không?"),
    ("My mother has gone to ask for a calligraphy word.", "Mẹ tôi đi xin chữ rồi."),
    # v8: "Ông tôi aggressive một cuộn điện thoại trong phòng khách.", "Chúng ta chỉ còn treo đồ điện trên tường."
    ("My grandfather hung a calligraphy scroll in the living room.",
     "Ông tôi đã treo một bức thư pháp trong phòng khách."),
    ("We have just hung a calligraphy scroll on the wall.", "Chúng tôi vừa treo một bức thư pháp lên tường."),
    ("My grandfather hangs calligraphy every Tet.", "Tết nào ông tôi cũng treo thư pháp."),
    ("She will hang a calligraphy scroll in the living room.", "Cô ấy sẽ treo một bức thư pháp trong phòng khách."),
    ("My father is hanging a calligraphy scroll on the wall.", "Bố tôi đang treo một bức thư pháp lên tường."),
    # not: the verb not agreeing with who ("She are", "He want", "Does you", "She write", "I does", "We hangs"), a
    # pet, a day against the tense, a "?" on a statement, calligraphy as a thing ("Is calligraphy hard?", "… is
    # ugly"), "I" asked, calligraphy hung with no word of when, asked, going with no "every", many calligraphers,
    # "just" learning, beauty asked, the other language
    ("She are learning calligraphy.", None), ("He want to learn calligraphy.", None),
    ("Does you do calligraphy?", None), ("She write beautiful calligraphy.", None), ("I does calligraphy.", None),
    ("We hangs calligraphy every Tet.", None), ("Does she goes to ask for a calligraphy word?", None),
    ("My dog does calligraphy.", None), ("My dog's calligraphy is beautiful.", None),
    ("My grandfather went to ask for a calligraphy word tomorrow.", None),
    ("I will go to ask for a calligraphy word yesterday.", None), ("I'm learning calligraphy?", None),
    ("I am a calligrapher?", None), ("Is calligraphy hard?", None), ("My grandfather's calligraphy is ugly.", None),
    ("Am I learning calligraphy?", None), ("I hang calligraphy.", None), ("Did you hang a calligraphy scroll?", None),
    ("My father goes to ask for a calligraphy word.", None), ("My grandparents are calligraphers.", None),
    ("She's just learning calligraphy.", None), ("Do you do beautiful calligraphy?", None),
    ("He has hung a calligraphy scroll every Tet.", None), ("Tôi đang học thư pháp.", None),
    # many with one calligrapher ("Họ là một nhà thư pháp.")
    ("They're a calligrapher.", None), ("We are a calligrapher.", None), ("Are they a calligrapher?", None),
    ("They used to be a calligrapher.", None), ("We're not a calligrapher.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
