"""Being told off at home or at work: by a parent, a grandparent, a boss, a wife, a husband or a neighbour, for a
reason, on a day, as a habit, or not; asked, both ways (mt/told_off.py)."""
import pytest

from mt.told_off import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Yesterday, I was lucky.", "I'm lucky.", "I'm not lucky.", "I was lucky.", "I'll be lucky."
    ("Hôm qua tôi bị mẹ mắng.", "My mother told me off yesterday."),
    ("Tôi bị mẹ mắng hôm qua.", "My mother told me off yesterday."),
    ("Tôi bị sếp mắng.", "My boss told me off."),
    ("Tuần trước tôi bị sếp mắng!", "My boss told me off last week!"),
    ("Tôi đã bị bố mắng.", "My father told me off."),
    ("Sáng nay tôi bị sếp mắng vì đi làm muộn.", "My boss told me off this morning for being late for work."),
    ("Tôi không bị mắng.", "I didn't get told off."),
    ("Tôi không bị mẹ mắng.", "My mother didn't tell me off."),
    ("Tôi bị mắng vì nói dối.", "I got told off for lying."),
    ("Con trai tôi bị mắng.", "My son got told off."),
    ("Lan bị mắng vì về muộn.", "Lan got told off for coming home late."),
    ("Tôi vừa bị sếp mắng.", "My boss has just told me off."),
    ("Tôi sẽ bị mẹ mắng.", "My mother will tell me off."),
    ("Tôi đang bị mẹ mắng.", "My mother is telling me off."),
    ("Tôi chưa bao giờ bị mắng.", "I've never been told off."),
    # v8: "He was lucky for his wife to return later.", "I'm lucky parents because of the poor point."
    ("Anh ấy bị vợ mắng vì về muộn.", "His wife told him off for coming home late."),
    ("Cô ấy bị chồng mắng.", "Her husband told her off."),
    ("Tôi bị bố mẹ mắng vì điểm kém.", "My parents told me off for bad marks."),
    ("Chúng tôi bị bà mắng.", "Our grandmother told us off."),
    ("Tôi bị hàng xóm mắng.", "My neighbour told me off."),
    ("Họ bị sếp mắng.", "Their boss told them off."),
    ("Con trai tôi bị vợ tôi mắng.", "My wife told my son off."),
    ("Lan bị mẹ tôi mắng vì nói dối.", "My mother told Lan off for lying."),
    ("Mẹ tôi bị bà ngoại tôi mắng.", "My grandmother told my mother off."),
    ("Tôi bị mẹ la vì về muộn.", "My mother told me off for coming home late."),
    ("Tôi bị bố la mắng.", "My father told me off."),
    # v8: "Do you be lucky?"
    ("Bạn có bị mẹ mắng không?", "Did your mother tell you off?"),
    ("Hôm qua bạn có bị sếp mắng không?", "Did your boss tell you off yesterday?"),
    ("Bạn bị mẹ mắng à?", "Did your mother tell you off?"),
    ("Anh có bị vợ mắng không?", "Did your wife tell you off?"),
    ("Bạn có hay bị sếp mắng không?", "Does your boss often tell you off?"),
    ("Con bạn có bị mắng không?", "Did your child get told off?"),
    ("Con trai bạn có hay bị mắng không?", "Does your son often get told off?"),
    # v8: "My father or lucky.", "Fortunate me for a late trip.", "My wife was lucky to leave me later."
    ("Bố tôi hay mắng tôi.", "My father often tells me off."),
    ("Sếp mắng tôi vì đi muộn.", "My boss told me off for being late."),
    ("Vợ tôi mắng tôi vì về muộn.", "My wife told me off for coming home late."),
    ("Mẹ mắng chúng tôi.", "Our mother told us off."),
    ("Sếp tôi thường mắng tôi.", "My boss often tells me off."),
    ("Chồng cô ấy luôn mắng cô ấy.", "Her husband always tells her off."),
    ("Bố tôi lúc nào cũng mắng tôi.", "My father is always telling me off."),
    ("Ông tôi thỉnh thoảng mắng tôi.", "My grandfather sometimes tells me off."),
    ("Bố mẹ tôi không bao giờ mắng tôi.", "My parents never tell me off."),
    ("Mẹ tôi mắng con trai tôi vì chơi game.", "My mother told my son off for playing video games."),
    ("Mẹ la tôi vì nói dối.", "My mother told me off for lying."),
    ("Hàng xóm tôi mắng con tôi.", "My neighbour told my child off."),
    ("Sếp bạn có hay mắng bạn không?", "Does your boss often tell you off?"),
    # v8: "My mother never fortunate me."
    ("Mẹ tôi chưa bao giờ mắng tôi.", "My mother has never told me off."),
    ("Mẹ tôi không mắng tôi.", "My mother didn't tell me off."),
    # not: the teacher (mt/school_trouble.py), "chửi", a bare teller of a name or kin (whose?), a bare "bà" or
    # "ông" of "anh ấy" or telling off ("Bà mắng tôi.": said to her?), "la" with no teller or no reason, "anh", "em"
    # alone saying it, "tôi" asked, "có" or "không?" alone, "rồi", "chưa?", "nhỉ", a reason not of the table, a day
    # with a habit or ahead, a pet, "một trận"
    ("Con tôi bị cô giáo mắng.", None), ("Tôi bị thầy mắng.", None), ("Tôi bị mẹ chửi.", None),
    ("Lan bị mẹ mắng.", None), ("Mẹ tôi bị bà mắng.", None), ("Anh ấy bị bà mắng.", None),
    ("Bà mắng tôi.", None), ("Mẹ mắng Lan.", None), ("Tôi bị la.", None), ("Mẹ la tôi.", None),
    ("Anh bị sếp mắng.", None), ("Em bị mẹ mắng.", None), ("Tôi có bị mắng không?", None),
    ("Bạn có bị mẹ mắng?", None), ("Bạn bị mẹ mắng không?", None), ("Tôi bị mẹ mắng rồi.", None),
    ("Bạn bị mẹ mắng chưa?", None), ("Bạn bị mẹ mắng nhỉ?", None), ("Tôi bị mẹ mắng vì quên chìa khóa.", None),
    ("Hôm qua tôi hay bị sếp mắng.", None), ("Ngày mai tôi sẽ bị mẹ mắng.", None),
    ("Con chó của tôi bị mẹ mắng.", None), ("Tôi bị mẹ mắng cho một trận.", None), ("Tôi bị mẹ mắng?", None),
    ("Bạn có vừa bị mẹ mắng không?", None), ("Mẹ la hét.", None), ("Tôi bị bà ấy mắng.", None),
    ("My mother told me off.", None),
    # a day after the reason is the reason's, as English keeps it ("yesterday" of being late, or of the telling off?)
    ("Tôi bị mẹ mắng vì đi muộn hôm qua.", "My mother told me off for being late yesterday."),
    ("Sếp tôi mắng tôi vì đi muộn hôm qua.", "My boss told me off for being late yesterday."),
    # not: "mới" after a bare teller ("Sếp mới mắng tôi.": the new boss, or just?), "tôi", "chúng tôi" asked told
    # off ("Mẹ có mắng tôi không?": will she?), a "his", "her", "their" teller of kin or a name ("Lan bị mẹ cô ấy
    # mắng.": Lan's mother, or another's?)
    ("Sếp mới mắng tôi.", None), ("Vợ mới mắng tôi.", None), ("Mẹ mới mắng tôi.", None),
    ("Mẹ có mắng tôi không?", None), ("Mẹ tôi mắng tôi à?", None), ("Mẹ tôi có hay mắng tôi không?", None),
    ("Bố có mắng chúng tôi không?", None), ("Chúng tôi có bị mắng không?", None),
    ("Chúng tôi có bị sếp mắng không?", None), ("Lan bị mẹ cô ấy mắng.", None), ("Minh bị vợ anh ấy mắng.", None),
    ("Lan có bị mẹ cô ấy mắng không?", None), ("Con trai tôi bị vợ anh ấy mắng.", None),
    ("Mẹ tôi bị bố cô ấy mắng.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Mẹ tôi bảo tôi tắt hôm qua." (told me to switch off), "Sếp tôi bảo tôi khỏi muộn.", "Bố tôi luôn nói với
    # tôi.", "Sếp tôi thường nói cho tôi biết."
    ("My mother told me off yesterday.", "Hôm qua tôi bị mẹ mắng."),
    ("My boss told me off for being late.", "Tôi bị sếp mắng vì đi muộn."),
    ("My mother told me off yesterday for being late.", "Hôm qua tôi bị mẹ mắng vì đi muộn."),
    # (a day after the reason is the reason's: "late yesterday", as Vietnamese keeps it)
    ("My mother told me off for being late yesterday.", "Tôi bị mẹ mắng vì đi muộn hôm qua."),
    ("I got told off for being late yesterday.", "Tôi bị mắng vì đi muộn hôm qua."),
    ("My dad always tells me off.", "Tôi luôn bị bố mắng."),
    ("My boss often tells me off.", "Tôi hay bị sếp mắng."),
    ("My parents often tell me off.", "Tôi hay bị bố mẹ mắng."),
    ("His wife told him off for coming home late.", "Anh ấy bị vợ mắng vì về muộn."),
    ("My grandmother has never told me off.", "Tôi chưa bao giờ bị bà mắng."),
    ("My boss has just told me off.", "Tôi vừa bị sếp mắng."),
    ("My mother will tell me off.", "Tôi sẽ bị mẹ mắng."),
    ("My mother is telling me off.", "Tôi đang bị mẹ mắng."),
    ("My father is always telling me off.", "Tôi lúc nào cũng bị bố mắng."),
    ("My mother didn't tell me off.", "Tôi không bị mẹ mắng."),
    ("My mother told off my son.", "Mẹ tôi mắng con trai tôi."),
    ("My wife told my son off for lying.", "Vợ tôi mắng con trai tôi vì nói dối."),
    ("My mother scolded me.", "Tôi bị mẹ mắng."),
    ("My boss told me off today!", "Hôm nay tôi bị sếp mắng!"),
    ("Her husband told her off.", "Cô ấy bị chồng mắng."),
    ("His grandmother told him off.", "Anh ấy bị bà anh ấy mắng."),
    ("My boss told Lan off.", "Sếp tôi mắng Lan."),
    # v8: "Mẹ bạn có nói với bạn không?", "Sếp có thường nói cho bạn biết không?"
    ("Did your mother tell you off?", "Bạn có bị mẹ mắng không?"),
    ("Does your boss often tell you off?", "Bạn có hay bị sếp mắng không?"),
    ("Did my mother tell you off?", "Mẹ tôi có mắng bạn không?"),
    # v8: "Tôi đã nói với mẹ tôi.", "Tôi không biết đã nói với.", "Tôi đã bảo dấu hiệu xấu."
    ("I got told off by my mother.", "Tôi bị mẹ mắng."),
    ("I got told off by my mother yesterday.", "Hôm qua tôi bị mẹ mắng."),
    ("I didn't get told off.", "Tôi không bị mắng."),
    ("I got told off for bad marks.", "Tôi bị mắng vì điểm kém."),
    ("She was scolded by her husband.", "Cô ấy bị chồng mắng."),
    ("We were told off yesterday.", "Hôm qua chúng tôi bị mắng."),
    ("I wasn't told off.", "Tôi không bị mắng."),
    ("I've never been told off.", "Tôi chưa bao giờ bị mắng."),
    ("I'm always getting told off.", "Tôi lúc nào cũng bị mắng."),
    ("I’ll get told off.", "Tôi sẽ bị mắng."),
    ("He's just been told off.", "Anh ấy vừa bị mắng."),
    ("She often gets told off by her boss.", "Cô ấy hay bị sếp mắng."),
    ("My son got told off by my wife.", "Con trai tôi bị vợ tôi mắng."),
    ("I got told off by his mother.", "Tôi bị mẹ anh ấy mắng."),
    ("Lan got told off for answering back.", "Lan bị mắng vì cãi lại."),
    ("Did you get told off?", "Bạn có bị mắng không?"),
    ("Were you told off by your boss?", "Bạn có bị sếp mắng không?"),
    ("Does your son often get told off?", "Con trai bạn có hay bị mắng không?"),
    # not: the verb not agreeing ("We was", "My parents often tells", "She often get", "Does you"), "off" before a
    # pronoun or missing, English's plain present (a habit, or a story?), the teacher, "his" teller of kin, "I"
    # asked, a pet, a reason not of the table, a day ahead or with a habit, "told me to"
    ("We was told off.", None), ("My parents often tells me off.", None), ("She often get told off.", None),
    ("Does you often get told off?", None), ("My mother told off me.", None), ("My mother told me.", None),
    ("My mother tells me off.", None), ("My mother scolds me.", None), ("The teacher told me off.", None),
    ("My son got told off by his boss.", None), ("Did I get told off?", None), ("My dog got told off.", None),
    ("My boss told me off for forgetting the keys.", None), ("My mother will tell me off tomorrow.", None),
    ("My boss often tells me off yesterday.", None), ("My mother told me to switch it off.", None),
    ("Did your mother tell you off.", None), ("My boss told me off again.", None), ("My mother told me off?", None),
    ("Mẹ tôi mắng tôi.", None),
    # not: a verb after the first with "-s" ("Did your boss tells"), "me" or "us" asked of, "we" asked
    ("Did your boss tells you off?", None), ("Does he often gets told off?", None),
    ("My wife will tells me off.", None), ("Do your parents often tells you off?", None),
    ("Did your boss scolds you?", None), ("Did my boss tell me off?", None), ("Did my mother tell me off?", None),
    ("Does my mother often tell me off?", None), ("Did my mother tell us off?", None),
    ("Were we told off?", None), ("Did we get told off?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
