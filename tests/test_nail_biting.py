"""Nervous habits: biting one's nails, sucking one's thumb, cracking one's knuckles and picking one's nose, both ways
(mt/nail_biting.py)."""
import pytest

from mt.nail_biting import translate


@pytest.mark.parametrize("text, said", [
    # v8: "My child or nail-biting.", "I bite my nails when I'm worried.", "Lan or nail-biting when you're worried.",
    # "I bite my nails." (the child lost)
    ("Con tôi hay cắn móng tay.", "My child often bites their nails."),
    ("Con tôi cắn móng tay.", "My child bites their nails."),
    ("Tôi cắn móng tay khi lo lắng.", "I bite my nails when I'm worried."),
    ("Chị Lan hay cắn móng tay khi căng thẳng.", "Lan often bites her nails when she's stressed."),
    ("Cô Lan hay cắn móng tay.", "Ms. Lan often bites her nails."),
    ("Con gái tôi thường cắn móng tay mỗi khi căng thẳng.",
     "My daughter often bites her nails whenever she's stressed."),
    ("Chúng tôi hay gặm móng tay khi hồi hộp.", "We often bite our nails when we're nervous."),
    ("Bạn có cắn móng tay không?", "Do you bite your nails?"),
    ("Mẹ tôi không cắn móng tay.", "My mother doesn't bite her nails."),
    ("Tôi không cắn móng tay nữa.", "I don't bite my nails any more."),
    ("Con bạn có hay cắn móng tay không?", "Does your child often bite their nails?"),
    ("Tôi từng cắn móng tay khi căng thẳng.", "I used to bite my nails when I was stressed."),
    # v8: "He or scooped his finger.", "My child still scooped up.", "My younger brother no longer sponge."
    ("Anh ấy hay mút ngón tay cái.", "He often sucks his thumb."),
    ("Con tôi vẫn còn mút tay.", "My child still sucks their thumb."),
    ("Con trai tôi còn mút tay.", "My son still sucks his thumb."),
    ("Em trai tôi không còn mút tay nữa.", "My younger brother doesn't suck his thumb any more."),
    ("Con bạn còn mút tay không?", "Does your child still suck their thumb?"),
    ("Cô ấy có còn mút tay không?", "Does she still suck her thumb?"),
    ("Con tôi đang mút tay.", "My child is sucking their thumb."),
    # v8: "He or her finger joints.", "My husband or wrinkles."
    ("Anh ấy hay bẻ khớp ngón tay.", "He often cracks his knuckles."),
    ("Chồng tôi hay bẻ khớp tay.", "My husband often cracks his knuckles."),
    ("Anh Minh bẻ khớp ngón tay khi lo lắng.", "Minh cracks his knuckles when he's worried."),
    ("Bố bạn có bẻ khớp ngón tay không?", "Does your father crack his knuckles?"),
    # v8: "My child or squiring the nose."
    ("Con tôi hay ngoáy mũi.", "My child often picks their nose."),
    ("Em trai tôi hay móc mũi.", "My younger brother often picks his nose."),
    ("Chị Lan không ngoáy mũi.", "Lan doesn't pick her nose."),
    # v8: "My little hands or scoop."
    ("Hồi nhỏ tôi hay mút tay.", "I often sucked my thumb as a child."),
    ("Hồi nhỏ chồng tôi cắn móng tay.", "My husband used to bite his nails as a child."),
    ("Tôi hay cắn móng tay hồi còn nhỏ.", "I often bit my nails as a child."),
    ("Lúc nhỏ, em trai tôi không mút tay.", "My younger brother didn't suck his thumb as a child."),
    ("Hồi nhỏ bạn có hay mút tay không?", "Did you often suck your thumb as a child?"),
    ("Hồi nhỏ chúng tôi hay ngoáy mũi.", "We often picked our noses as children."),
    # v8: "My son missed nails.", "I left my hands."
    ("Con trai tôi đã bỏ được tật cắn móng tay.", "My son has stopped biting his nails."),
    ("Con tôi bỏ mút tay rồi.", "My child has stopped sucking their thumb."),
    ("Tôi bỏ được thói quen bẻ khớp ngón tay rồi.", "I have stopped cracking my knuckles."),
    ("Con bạn bỏ mút tay chưa?", "Has your child stopped sucking their thumb yet?"),
    ("Con tôi vẫn chưa bỏ được tật mút tay.", "My child still hasn't stopped sucking their thumb."),
    ("Anh ấy chưa bỏ được tật cắn móng tay.", "He hasn't stopped biting his nails yet."),
    ("Bác Lan đã bỏ được tật cắn móng tay.", "Aunt Lan has stopped biting her nails."),
    # v8: "Don't bite your nails!", "Don't blow your nose!", "Don't wist joints!"
    ("Đừng cắn móng tay nữa!", "Stop biting your nails!"),
    ("Đừng ngoáy mũi!", "Don't pick your nose!"),
    ("Đừng bẻ khớp ngón tay!", "Don't crack your knuckles!"),
    ("Đừng mút tay nữa nhé.", "Stop sucking your thumb."),
    # not: "anh", "chị", "em" alone saying it (the speaker?), a name whose sex is not known, a pet, asked of oneself,
    # asked without "có", "?" on a statement, "có" without "không", "nhỉ", "có từng" (ever?), "mút ngón tay", "bẻ
    # khớp", "bẻ tay" (which?), "bỏ" alone (will stop?), still and any more at once, nails cut or painted
    # (mt/salons.py, mt/makeup.py), smoking (mt/smoking.py), "Con đừng …" (who told?), English
    ("Anh cắn móng tay.", None), ("Em hay mút tay.", None), ("Hùng cắn móng tay.", None),
    ("Con chó của tôi hay cắn móng tay.", None), ("Tôi có cắn móng tay không?", None),
    ("Bạn cắn móng tay không?", None), ("Con tôi hay cắn móng tay?", None), ("Tôi có cắn móng tay.", None),
    ("Con tôi hay mút tay nhỉ.", None), ("Bạn có từng cắn móng tay không?", None), ("Con tôi hay mút ngón tay.", None),
    ("Anh ấy hay bẻ khớp.", None), ("Anh ấy hay bẻ tay.", None), ("Tôi bỏ cắn móng tay.", None),
    ("Con tôi vẫn còn mút tay nữa.", None), ("Tôi đi sơn móng tay.", None), ("Tôi cắt móng tay.", None),
    ("Anh ấy hút thuốc khi lo lắng.", None), ("Con đừng cắn móng tay.", None), ("My child bites their nails.", None),
    ("Hồi nhỏ tôi vẫn còn mút tay.", None), ("Hồi nhỏ tôi cắn móng tay khi lo lắng.", None),
    ("Con tôi mút tay bút chì.", None),
    # not: a name alone, or after a title that says neither his nor her (mt.hobbies.his_her_of: "Lan", "Em Lan")
    ("Lan hay cắn móng tay khi lo lắng.", None), ("Lan hay cắn móng tay.", None), ("Hoa không cắn móng tay.", None),
    ("Lan có cắn móng tay không?", None), ("Lan đã bỏ được tật cắn móng tay.", None),
    ("Hồi nhỏ Lan hay mút tay.", None), ("Em Lan hay cắn móng tay.", None), ("Bạn Lan hay cắn móng tay.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Con tôi thường cắn móng tay.", "Tôi cắn móng tay khi tôi lo lắng.", "Bé có cắn móng tay không?"
    ("My child often bites their nails.", "Con tôi hay cắn móng tay."),
    ("My child bites his nails.", "Con tôi cắn móng tay."),
    ("I bite my nails when I'm nervous.", "Tôi cắn móng tay khi hồi hộp."),
    ("Lan bites her nails whenever she's stressed.", "Lan cắn móng tay mỗi khi căng thẳng."),
    ("My mother bites her nails when nervous.", "Mẹ tôi cắn móng tay khi hồi hộp."),
    ("I bite my nails when I'm worried.", "Tôi cắn móng tay khi lo lắng."),
    ("Does she bite her nails?", "Cô ấy có cắn móng tay không?"),
    ("Do you often bite your nails?", "Bạn có hay cắn móng tay không?"),
    ("I don't bite my nails.", "Tôi không cắn móng tay."),
    ("I used to bite my nails.", "Tôi từng cắn móng tay."),
    # v8: "Anh ấy thường suck ngón tay cái của mình.", "Cô ấy lướt ngón tay cái của mình.", "… bú ngón tay cái."
    ("He often sucks his thumb.", "Anh ấy hay mút tay."),
    ("She sucks her thumb.", "Cô ấy mút tay."),
    ("My child still sucks their thumb.", "Con tôi vẫn còn mút tay."),
    ("Does your son still suck his thumb?", "Con trai bạn còn mút tay không?"),
    ("My younger brother doesn't suck his thumb any more.", "Em trai tôi không còn mút tay nữa."),
    ("My daughter no longer sucks her thumb.", "Con gái tôi không còn mút tay nữa."),
    # v8: "Anh ta thường trừ những con dao cừu của mình.", "Chồng tôi không giòn thêm bất kỳ vị vua nào nữa."
    ("He often cracks his knuckles.", "Anh ấy hay bẻ khớp ngón tay."),
    ("My husband doesn't crack his knuckles any more.", "Chồng tôi không còn bẻ khớp ngón tay nữa."),
    ("We usually crack our knuckles when we're stressed.", "Chúng tôi thường bẻ khớp ngón tay khi căng thẳng."),
    # v8: "Con tôi thường chọn mũi của mình."
    ("My child often picks their nose.", "Con tôi hay ngoáy mũi."),
    ("Does Minh pick his nose?", "Minh có ngoáy mũi không?"),
    ("They often suck their thumbs.", "Họ hay mút tay."),
    # v8: "Tôi từng cắn móng tay như một đứa trẻ.", "Đứa con gái của tôi suýt ngón tay cái của mình như một đứa trẻ."
    ("I used to bite my nails as a child.", "Hồi nhỏ tôi hay cắn móng tay."),
    ("My daughter sucked her thumb as a child.", "Hồi nhỏ con gái tôi mút tay."),
    ("He often cracked his knuckles as a kid.", "Hồi nhỏ anh ấy hay bẻ khớp ngón tay."),
    ("I didn't bite my nails as a child.", "Hồi nhỏ tôi không cắn móng tay."),
    ("Did you suck your thumb as a child?", "Hồi nhỏ bạn có mút tay không?"),
    ("Did you use to suck your thumb as a child?", "Hồi nhỏ bạn có hay mút tay không?"),
    # v8: "Con trai tôi dừng lại cắn móng tay."
    ("My son has stopped biting his nails.", "Con trai tôi đã bỏ được tật cắn móng tay."),
    ("She's stopped biting her nails.", "Cô ấy đã bỏ được tật cắn móng tay."),
    ("Has your child stopped sucking their thumb yet?", "Con bạn đã bỏ được tật mút tay chưa?"),
    ("He still hasn't stopped cracking his knuckles.", "Anh ấy vẫn chưa bỏ được tật bẻ khớp ngón tay."),
    ("My son hasn't stopped sucking his thumb yet.", "Con trai tôi chưa bỏ được tật mút tay."),
    # v8: "Hãy cắn móng tay nhé!" (do bite them), "Đừng chọn mũi nhé!", "Đừng để trừng trị mụn đầu gối của bạn!"
    ("Stop biting your nails!", "Đừng cắn móng tay nữa!"),
    ("Don't pick your nose!", "Đừng ngoáy mũi!"),
    ("Stop cracking your knuckles.", "Đừng bẻ khớp ngón tay nữa."),
    ("Don't suck your thumb!", "Đừng mút tay!"),
    # not: the verb or whose not agreeing ("She bite", "Does he bites", "I … your", "My son … her", "when he's" of
    # "her"), asked of oneself, a plain past (once, or a habit?), "stopped" without "has" (just then?), "hasn't
    # stopped" without "yet" (today?), "as a child" with the present, "Did you use to" without it (ever?), what not
    # the verb's ("bite … nose"), a pet, "?" on a statement, nails painted (mt/salons.py), other meanings of "pick"
    # and "crack", Vietnamese
    ("She bite her nails.", None), ("Does he bites his nails?", None), ("I bite your nails.", None),
    ("My son sucks her thumb.", None), ("My mother bites her nails when he's nervous.", None),
    ("Do I bite my nails?", None), ("I bit my nails.", None), ("He stopped biting his nails.", None),
    ("He hasn't stopped biting his nails.", None), ("I bite my nails as a child.", None),
    ("Did you use to bite your nails?", None), ("He bites his nose.", None), ("My dog bites his nails.", None),
    ("She bites her nails?", None), ("I had my nails painted.", None), ("Pick your nose.", None),
    ("He cracked the nut.", None), ("Stop bite your nails!", None), ("Don't biting your nails!", None),
    ("Con tôi cắn móng tay.", None), ("Do you used to bite your nails as a child?", None),
    ("I used to bite my nails when I'm nervous.", None), ("She has stopped biting her nails yet.", None),
    ("They has stopped biting their nails.", None), ("She picks her noses.", None),
    ("I often bite my nails any more.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


@pytest.mark.parametrize("text, said", [
    # v8: "I'm biting my lips.", "He or bites his lips as worried.", "My child or environmental groom."
    ("Tôi hay cắn môi.", "I often bite my lip."),
    ("Anh ấy hay cắn môi khi lo lắng.", "He often bites his lip when he's worried."),
    ("Cô ấy hay cắn môi khi căng thẳng.", "She often bites her lip when she's stressed."),
    ("Mẹ tôi thường cắn môi mỗi khi lo lắng.", "My mother often bites her lip whenever she's worried."),
    ("Chị Lan hay cắn môi.", "Lan often bites her lip."),
    ("Chúng tôi hay cắn môi khi hồi hộp.", "We often bite our lips when we're nervous."),
    ("Con tôi hay liếm môi.", "My child often licks their lips."),
    ("Bố tôi hay liếm môi.", "My father often licks his lips."),
    # v8: "My mother was no longer bitten the lips.", "Do you have or bite your lips?", "She's biting the lips."
    ("Mẹ tôi không còn cắn môi nữa.", "My mother doesn't bite her lip any more."),
    ("Tôi không cắn môi nữa.", "I don't bite my lip any more."),
    ("Em gái tôi không còn liếm môi nữa.", "My sister doesn't lick her lips any more."),
    ("Bạn có hay cắn môi không?", "Do you often bite your lip?"),
    ("Con bạn có hay liếm môi không?", "Does your child often lick their lips?"),
    ("Anh ấy có hay cắn môi không?", "Does he often bite his lip?"),
    ("Cô ấy đang cắn môi.", "She is biting her lip."),
    ("Tôi đang liếm môi.", "I am licking my lips."),
    # v8: "My little lips or bite."
    ("Hồi nhỏ tôi hay cắn môi.", "I often bit my lip as a child."),
    ("Hồi nhỏ bạn có hay cắn môi không?", "Did you often bite your lip as a child?"),
    # v8: "My son left a bite."
    ("Con trai tôi đã bỏ được tật cắn môi.", "My son has broken the habit of biting his lip."),
    ("Con bạn bỏ được tật liếm môi chưa?", "Has your child broken the habit of licking their lips yet?"),
    ("Anh ấy vẫn chưa bỏ được tật cắn môi.", "He still hasn't broken the habit of biting his lip."),
    ("Tôi bỏ được thói quen cắn môi rồi.", "I have broken the habit of biting my lip."),
    # v8: "Don't bite your lips!", "Don't shroom!"
    ("Đừng cắn môi nữa!", "Stop biting your lip!"),
    ("Đừng cắn môi!", "Don't bite your lip!"),
    ("Đừng liếm môi nữa nhé.", "Stop licking your lips."),
    # not: the lips' bare, denied, still, "có … không?" without "hay" (once, or always? "Cô ấy cắn môi." may be that
    # moment), "từng" (once?), as a child without "hay", "bỏ … rồi" without "tật" (just now?), "mút môi" (rarely said
    # so), a name alone, a pet, another's lips, "?" on a statement, "nữa" as a child, "khi" on a bare one, asked "đang"
    ("Cô ấy cắn môi.", None), ("Tôi không cắn môi.", None), ("Bạn có cắn môi không?", None),
    ("Hồi nhỏ tôi cắn môi.", None), ("Con tôi vẫn còn cắn môi.", None), ("Tôi từng cắn môi.", None),
    ("Con trai tôi bỏ cắn môi rồi.", None), ("Tôi hay mút môi.", None), ("Lan hay cắn môi.", None),
    ("Con mèo của tôi hay liếm môi.", None), ("Anh ấy hay cắn môi cô ấy.", None), ("Con tôi hay cắn môi?", None),
    ("Hồi nhỏ tôi không cắn môi nữa.", None), ("Hồi nhỏ tôi không cắn móng tay nữa.", None),
    ("Anh ấy cắn môi khi lo lắng.", None), ("Cô ấy có đang cắn môi không?", None), ("She bit her lip.", None),
])
def test_lips_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Hãy ngưng cắn môi!", "Đừng đánh môi."
    ("Stop biting your lip!", "Đừng cắn môi nữa!"),
    ("Stop biting your lips!", "Đừng cắn môi nữa!"),
    ("Don't bite your lip.", "Đừng cắn môi."),
    ("Stop licking your lips.", "Đừng liếm môi nữa."),
    ("Don't lick your lips!", "Đừng liếm môi!"),
    # v8: "Cô ấy cắn nắp.", "Anh ta cắn nắp."
    ("She bit her lip.", "Cô ấy cắn môi."),
    ("He bit his lips.", "Anh ấy cắn môi."),
    ("He licked his lips.", "Anh ấy liếm môi."),
    # v8: "Tôi thường cắn nắp.", "Anh ấy cắn nắp khi anh ấy lo lắng.", "Đứa con gái tôi thường lén môi.",
    # "Con trai của bạn có cắn môi của mình không?"
    ("I often bite my lip.", "Tôi hay cắn môi."),
    ("He bites his lip when he's nervous.", "Anh ấy cắn môi khi hồi hộp."),
    ("She bites her lips.", "Cô ấy cắn môi."),
    ("My daughter often licks her lips.", "Con gái tôi hay liếm môi."),
    ("Does your son often bite his lip?", "Con trai bạn có hay cắn môi không?"),
    ("Does she bite her lip?", "Cô ấy có cắn môi không?"),
    ("I don't bite my lip any more.", "Tôi không còn cắn môi nữa."),
    ("My mother no longer bites her lip.", "Mẹ tôi không còn cắn môi nữa."),
    ("My father still bites his lip.", "Bố tôi vẫn còn cắn môi."),
    ("We often bite our lips when we're stressed.", "Chúng tôi hay cắn môi khi căng thẳng."),
    # v8: "Con trai của tôi đã làm vỡ thói quen cắn môi."
    ("My son has broken the habit of biting his lip.", "Con trai tôi đã bỏ được tật cắn môi."),
    ("Has she kicked the habit of licking her lips yet?", "Cô ấy đã bỏ được tật liếm môi chưa?"),
    ("He still hasn't broken the habit of biting his lip.", "Anh ấy vẫn chưa bỏ được tật cắn môi."),
    ("I have quit the habit of biting my lip.", "Tôi đã bỏ được tật cắn môi."),
    ("My son has broken the habit of biting his nails.", "Con trai tôi đã bỏ được tật cắn móng tay."),
    # v8: "Tôi thường cắn nắp như một đứa trẻ."
    ("I often bit my lip as a child.", "Hồi nhỏ tôi hay cắn môi."),
    ("I used to bite my lip as a child.", "Hồi nhỏ tôi hay cắn môi."),
    ("Did you often bite your lip as a child?", "Hồi nhỏ bạn có hay cắn môi không?"),
    # not: the past of "I", a kin, a name (a slip while eating?), with "when" (always?), asked ("Did …?"), "has stopped
    # biting" (just then?), "used to" (once?), as a child without "often", "lick one's lip", "often bit" without "as a
    # child", a pet, another's lip, "?" on a statement, the verb's form wrong, Vietnamese
    ("I bit my lip.", None), ("My son bit his lip.", None), ("Lan bit her lip.", None),
    ("She bit her lip when she was nervous.", None), ("Did she bite her lip?", None),
    ("My son has stopped biting his lip.", None), ("I used to bite my lip.", None), ("I bit my lip as a child.", None),
    ("Did you bite your lip as a child?", None), ("He licks his lip.", None), ("Don't lick your lip.", None),
    ("She often bit her lip.", None), ("My dog licks his lips.", None), ("She bit his lip.", None),
    ("She bites her lip?", None), ("Stop bite your lip!", None), ("Tôi hay cắn môi.", None),
    ("He bit her lip.", None),
])
def test_lips_en_vi(text, said):
    assert translate(text, "en", "vi") == said
