"""Nails: cut (one's own, a child's, another's, a pet's), too long or dirty, broken, an ingrown toenail, and the nail
clippers, both ways (mt/nails.py)."""
import pytest

from mt.nails import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I cut my nails." (whose dropped), "My mother usually cut my nails.", "We cut our nails.", "I cut my cat.",
    # "Have you cut your nails?", "I'm not cutting my nails.", "We should cut my nails."
    ("Tôi cắt móng tay cho con.", "I cut my child's nails."),
    ("Chúng tôi cắt móng tay cho con.", "We cut our child's nails."),
    ("Tôi cắt móng tay cho con tôi.", "I cut my child's nails."),
    ("Mẹ tôi đã cắt móng tay cho tôi.", "My mother cut my nails."),
    ("Mẹ tôi thường cắt móng tay cho tôi.", "My mother often cuts my nails."),
    ("Tôi sẽ cắt móng tay cho bạn.", "I'll cut your nails."),
    ("Tôi cắt móng cho con chó của tôi.", "I cut my dog's nails."),
    ("Tôi cắt móng cho mèo.", "I cut the cat's claws."),
    ("Bạn đã cắt móng tay chưa?", "Have you cut your nails yet?"),
    ("Bạn đã cắt móng tay cho con chưa?", "Have you cut your child's nails yet?"),
    ("Cô ấy đã cắt móng tay chưa?", "Has she cut her nails yet?"),
    ("Tôi vừa cắt móng tay.", "I've just cut my nails."),
    ("Tôi cắt móng tay rồi.", "I've cut my nails."),
    ("Cô ấy đang cắt móng tay.", "She's cutting her nails."),
    ("Tôi vẫn chưa cắt móng chân.", "I still haven't cut my toenails."),
    ("Anh ấy chưa cắt móng tay.", "He hasn't cut his nails yet."),
    ("Bạn có cần cắt móng tay không?", "Do you need to cut your nails?"),
    # v8: "I have to cut my nails." (toenails lost), "We should cut my nails." (who lost)
    ("Tôi phải cắt móng chân.", "I have to cut my toenails."),
    ("Tôi cần cắt móng tay.", "I need to cut my nails."),
    ("Bố tôi nên cắt móng chân.", "My father should cut his toenails."),
    ("Lan phải bấm móng tay cho con gái tôi.", "Lan has to cut my daughter's nails."),
    # v8: "Taking your nails.", "Go to your nails."
    ("Cắt móng tay đi.", "Cut your nails."),
    ("Đi cắt móng chân đi.", "Go and cut your toenails."),
    ("Con cắt móng tay đi nhé!", "Cut your nails!"),
    # v8: "Your wave is too long.", "My mother's feet are too long.", "His hand was so dirty.", "Land's hand is a bit
    # too long.", "Do you get dirty?"
    ("Móng tay của bạn dài quá.", "Your nails are too long."),
    ("Móng chân của mẹ tôi dài quá.", "My mother's toenails are too long."),
    ("Móng tay anh ấy bẩn quá.", "His nails are so dirty."),
    ("Móng tay của Lan hơi dài.", "Lan's nails are a bit long."),
    ("Móng tay bạn có bẩn không?", "Are your nails dirty?"),
    ("Móng tay tôi không bẩn.", "My nails aren't dirty."),
    ("Móng tay của chúng tôi quá dài.", "Our nails are too long."),
    # v8: "I'm broken my nails.", "My child has a break of nails.", "My hands were broken.", "She had broken her nails."
    ("Tôi bị gãy móng tay.", "I broke a nail."),
    ("Con tôi bị gãy móng chân.", "My child broke a toenail."),
    ("Móng tay tôi bị gãy rồi.", "I've broken a nail."),
    ("Cô ấy vừa bị gãy móng tay.", "She's just broken a nail."),
    ("Bạn có bị gãy móng tay không?", "Did you break a nail?"),
    # v8: "I got my nails growing back.", "Do you have a hyperthalism that grow back?", "My mother didn't develop
    # back-and-mouth nails.", "His feet were growing into meat."
    ("Tôi bị móng chân mọc ngược.", "I have an ingrown toenail."),
    ("Bạn có bị móng chân mọc ngược không?", "Do you have an ingrown toenail?"),
    ("Mẹ tôi không bị móng chân mọc ngược.", "My mother doesn't have an ingrown toenail."),
    ("Móng chân của anh ấy bị mọc vào thịt.", "He has an ingrown toenail."),
    # v8: "Where are nail-biting?", "Where do my nail-biting?", "I don't find a finger pressing.", "Do you have a
    # nail-biting?"
    ("Bấm móng tay ở đâu?", "Where are the nail clippers?"),
    ("Cái bấm móng tay của tôi ở đâu?", "Where are my nail clippers?"),
    ("Cái bấm móng tay đâu rồi?", "Where are the nail clippers?"),
    ("Tôi không tìm thấy cái bấm móng tay.", "I can't find the nail clippers."),
    ("Bạn có cái bấm móng tay không?", "Do you have nail clippers?"),
    # not: "con" alone as whose (spoken to, or speaking?), "cho con" after she (whose child?), a bare "cắt" after he,
    # she, kin or a name (cuts, or cut?), "có … không?" of cutting (did, or does?), "bấm móng tay" without "cái" asked
    # (clippers, or clipping?), a name owning their nails (his, or hers?), "anh" saying it, asked of oneself, a pet
    # as who, a pet's "móng tay", a hoof, a foundation, a "?" on a statement, nails bitten, done, painted, or cut at
    # night (mt/nail_biting.py, mt/salons.py, mt/makeup.py, mt/fortune.py)
    ("Móng tay con bẩn quá.", None), ("Mẹ tôi đã cắt móng tay cho con.", None), ("Anh ấy cắt móng tay.", None),
    ("Mẹ tôi cắt móng tay cho tôi.", None), ("Bạn có cắt móng tay cho con không?", None),
    ("Bạn có bấm móng tay không?", None), ("Lan đã cắt móng tay.", None), ("Anh cắt móng tay rồi.", None),
    ("Tôi đã cắt móng tay chưa?", None), ("Con chó của tôi bị gãy móng chân.", None),
    ("Tôi cắt móng tay cho con mèo.", None), ("Tôi cắt móng cho con bò.", None), ("Móng nhà bị nứt.", None),
    ("Tôi bị gãy móng tay?", None), ("Tôi hay cắn móng tay.", None), ("Tôi đi làm móng.", None),
    ("Tôi sơn móng tay.", None), ("Đừng cắt móng tay vào ban đêm.", None), ("Móng tay dài quá.", None),
    ("Móng tay của bạn bị dài.", None), ("Tôi cắt móng tay cho tôi.", None), ("Tôi đi cắt móng tay.", None),
    ("Tôi bị móng tay mọc ngược.", None), ("I cut my nails.", None), ("Móng móng móng.", None),
    # found in review: "thế", "vậy" after long or dirty say "so" ("… are dirty." lost it), "quá bẩn" is "so dirty" as
    # "bẩn quá" is (not "too dirty"); nails of more than one ("We broke a nail.": one between them?)
    ("Móng tay anh ấy bẩn thế.", "His nails are so dirty."), ("Móng tay của bạn dài vậy.", "Your nails are so long."),
    ("Móng tay của bạn dài thế!", "Your nails are so long!"), ("Móng tay của bạn quá bẩn.", "Your nails are so dirty."),
    ("Móng tay của tôi không dài thế.", None), ("Chúng tôi bị móng chân mọc ngược.", "We have ingrown toenails."),
    ("Họ bị móng chân mọc ngược.", "They have ingrown toenails."), ("Chúng tôi bị gãy móng tay.", None),
    ("Họ bị gãy móng chân.", None),
    # ... and not: "his" or "her" after kin or a name, where the Vietnamese said another's ("My mother cut her nails."
    # reads as her own), "cho mình" after another (me, or themselves?)
    ("Mẹ tôi đã cắt móng tay cho bà ấy.", None), ("Bố tôi đã cắt móng tay cho anh ấy.", None),
    ("Lan đã cắt móng tay cho cô ấy.", None), ("Mẹ tôi vừa cắt móng tay cho cô ấy.", None),
    ("Bố tôi đã cắt móng tay cho con trai anh ấy.", None), ("Mẹ tôi đã cắt móng cho con chó của cô ấy.", None),
    ("Mẹ tôi không tìm thấy cái bấm móng tay của cô ấy.", None),
    ("Lan không tìm thấy cái bấm móng tay của cô ấy.", None),
    ("Bố tôi không tìm thấy cái bấm móng tay của anh ấy.", None), ("Mẹ tôi đã cắt móng tay cho mình.", None),
    ("Bạn cắt móng tay cho mình chưa?", None), ("Anh ấy đã cắt móng tay cho mình.", None),
    ("Mẹ tôi đã cắt móng tay cho anh ấy.", "My mother cut his nails."),
    ("Anh ấy không tìm thấy cái bấm móng tay của anh ấy.", "He can't find his nail clippers."),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi cắt móng tay của con.", "Mẹ tôi cắt móng tay." (whose lost), "Tôi cắt móng tay của chó.", "Cô ấy trim
    # những con mèo.", "Bạn có cắt móng tay mình vẫn chưa?", "Tôi cắt móng tay." (whose lost)
    ("I cut my child's nails.", "Tôi cắt móng tay cho con."),
    ("I cut my nails.", "Tôi cắt móng tay."),
    ("My mother cut my nails.", "Mẹ tôi đã cắt móng tay cho tôi."),
    ("She cut her nails.", "Cô ấy đã cắt móng tay."),
    ("She cuts her nails.", "Cô ấy cắt móng tay."),
    ("I cut your nails.", "Tôi cắt móng tay cho bạn."),
    ("I cut my dog's nails.", "Tôi cắt móng cho con chó của tôi."),
    ("She trims the cat's claws.", "Cô ấy cắt móng cho con mèo."),
    ("Have you cut your nails yet?", "Bạn đã cắt móng tay chưa?"),
    ("I've just cut my nails.", "Tôi vừa cắt móng tay."),
    ("She is cutting her nails.", "Cô ấy đang cắt móng tay."),
    ("I haven't cut my nails yet.", "Tôi chưa cắt móng tay."),
    ("My father often cuts my nails.", "Bố tôi hay cắt móng tay cho tôi."),
    ("We'll cut our son's nails.", "Chúng tôi sẽ cắt móng tay cho con trai chúng tôi."),
    ("He has clipped his toenails.", "Anh ấy đã cắt móng chân rồi."),
    # v8: "Tôi cần cắt móng tay của tôi." (toenails lost)
    ("I need to cut my toenails.", "Tôi cần cắt móng chân."),
    ("I have to cut my nails.", "Tôi phải cắt móng tay."),
    ("Do you need to cut your nails?", "Bạn có cần cắt móng tay không?"),
    ("You should trim your nails.", "Bạn nên cắt móng tay."),
    # v8: "Cắt móng tay.", "Hãy đến và cắt móng tay của bạn!"
    ("Cut your nails.", "Cắt móng tay đi."),
    ("Go and cut your toenails!", "Đi cắt móng chân đi!"),
    # v8: "Thói của bạn quá dài.", "Thói của bạn rất bẩn.", "Chuyến kiểm duyệt của mẹ tôi quá dài.", "Thói của anh
    # ấy bẩn thỉu.", "Thói của mẹ rất lâu.", "Có phải móng tay của bạn bẩn không?"
    ("Your nails are too long.", "Móng tay của bạn dài quá."),
    ("Your nails are so dirty.", "Móng tay của bạn bẩn quá."),
    ("My mother's toenails are too long.", "Móng chân của mẹ tôi dài quá."),
    ("His nails are dirty.", "Móng tay của anh ấy bẩn."),
    ("My mother's nails are very long.", "Móng tay của mẹ tôi rất dài."),
    ("Are your nails dirty?", "Móng tay của bạn có bẩn không?"),
    ("Her nails aren't dirty.", "Móng tay của cô ấy không bẩn."),
    # v8: "Tôi broke móng tay.", "Cô ấy chia một chiếc khăn tắm.", "Bạn có chia móng tay không?", "Cô ấy vừa gãy móng."
    ("I broke a nail.", "Tôi bị gãy móng tay."),
    ("She broke a toenail.", "Cô ấy bị gãy móng chân."),
    ("Did you break a nail?", "Bạn có bị gãy móng tay không?"),
    ("She's just broken a nail.", "Cô ấy vừa bị gãy móng tay."),
    ("I've broken my nail.", "Tôi bị gãy móng tay rồi."),
    # v8: "Tôi có một cơn gió mạnh.", "Anh ấy có một con trai lớn không?", "Cô ấy không có dầu gội."
    ("I have an ingrown toenail.", "Tôi bị móng chân mọc ngược."),
    ("Does he have an ingrown toenail?", "Anh ấy có bị móng chân mọc ngược không?"),
    ("She doesn't have an ingrown toenail.", "Cô ấy không bị móng chân mọc ngược."),
    ("My mother has an ingrown toenail.", "Mẹ tôi bị móng chân mọc ngược."),
    # v8: "Cắt móng tay ở đâu?", "Cắt móng tay của tôi ở đâu?", "Tôi không thể tìm thấy clip móng tay.", "Bạn có clip
    # móng tay không?"
    ("Where are the nail clippers?", "Cái bấm móng tay ở đâu?"),
    ("Where are my nail clippers?", "Cái bấm móng tay của tôi ở đâu?"),
    ("I can't find the nail clippers.", "Tôi không tìm thấy cái bấm móng tay."),
    ("Do you have nail clippers?", "Bạn có cái bấm móng tay không?"),
    # not: the verb not agreeing ("She have", "I cuts", "Does she needs"), a name's "her nails" (hers, or another's?),
    # another's nail broken, a person's claws, "Where is the nail clippers?", a pet as who, a "?" on a statement,
    # an ingrown fingernail, nails bitten, done or painted, nails cut at night (mt/fortune.py), nails hammered in
    ("She have an ingrown toenail.", None), ("I cuts my nails.", None), ("Does she needs to cut her nails?", None),
    ("Lan cut her nails.", None), ("I broke your nail.", None), ("I cut my mother's claws.", None),
    ("Where is the nail clippers?", None), ("My dog broke a nail.", None), ("I broke a nail?", None),
    ("I have an ingrown fingernail.", None), ("She bites her nails.", None), ("She had her nails done.", None),
    ("She painted her nails.", None), ("Don't cut your nails at night.", None), ("He hammered the nails in.", None),
    ("She is cut her nails.", None), ("Your nails is too long.", None), ("Tôi cắt móng tay cho con.", None),
    # found in review: one's own child after he, she or they said whose ("cho con" alone is whose child?); and not:
    # "his" or "her" after kin or a name, written "anh ấy", "cô ấy" (another's: "Mẹ tôi … cho mẹ cô ấy.")
    ("She cut her child's toenails.", "Cô ấy đã cắt móng chân cho con cô ấy."),
    ("They cut their child's nails.", "Họ cắt móng tay cho con họ."),
    ("Have they cut their child's nails yet?", "Họ đã cắt móng tay cho con họ chưa?"),
    ("My mother cut her child's nails.", None), ("My son cut his child's nails.", None),
    ("My mother cut her mother's nails.", None), ("My father cut his brother's nails.", None),
    ("My father cut his son's nails.", None), ("Lan cut her mother's nails.", None),
    ("Lan cut her child's nails.", None),
    ("My mother cut her dog's nails.", None), ("Lan cut her dog's nails.", None),
    ("My mother can't find her nail clippers.", None), ("My father can't find his nail clippers.", None),
    ("Lan can't find her nail clippers.", None),
    ("My mother cut his son's nails.", "Mẹ tôi đã cắt móng tay cho con trai anh ấy."),
    ("She can't find her nail clippers.", "Cô ấy không tìm thấy cái bấm móng tay của cô ấy."),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
