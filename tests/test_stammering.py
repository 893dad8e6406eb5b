"""Stammering, a lisp, trouble with some sounds and late talking, both ways (mt/stammering.py)."""
import pytest

from mt.stammering import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I'm snugging.", "My younger brother says hampers.", "He reassembled in the box.", "My mother often cranky
    # when I'm worried.", "She is sometimes liable."
    ("Con tôi bị nói lắp.", "My child stammers."),
    ("Con tôi nói lắp.", "My child stammers."),
    ("Em trai tôi nói cà lăm.", "My younger brother stammers."),
    ("Anh ấy nói lắp khi hồi hộp.", "He stammers when he's nervous."),
    ("Con trai tôi nói lắp khi hồi hộp.", "My son stammers when he's nervous."),
    ("Mẹ tôi hay nói lắp khi lo lắng.", "My mother often stammers when she's worried."),
    ("Bác Lan nói lắp khi hồi hộp.", "Aunt Lan stammers when she's nervous."),
    ("Lan nói lắp khi hồi hộp.", "Lan stammers when nervous."),
    ("Chúng tôi nói lắp khi hồi hộp.", "We stammer when we're nervous."),
    ("Con tôi thường nói lắp khi căng thẳng.", "My child usually stammers when stressed."),
    ("Anh ấy nói lắp khi phải nói trước đám đông.", "He stammers when speaking in public."),
    ("Cô ấy thỉnh thoảng bị nói lắp.", "She sometimes stammers."),
    # v8: "I was snugged.", "Is you shrunk?", "I've been stirred."
    ("Hồi nhỏ tôi bị nói lắp.", "I stammered as a child."),
    ("Tôi bị nói lắp hồi nhỏ.", "I stammered as a child."),
    ("Bố tôi hồi nhỏ bị nói lắp.", "My father stammered as a child."),
    ("Khi còn nhỏ, tôi bị nói lắp.", "I stammered as a child."),
    ("Hồi nhỏ bạn có bị nói lắp không?", "Did you stammer as a child?"),
    ("Hồi nhỏ tôi không bị nói lắp.", "I didn't stammer as a child."),
    ("Hồi nhỏ tôi hay nói lắp.", "I often stammered as a child."),
    ("Tôi từng bị nói lắp.", "I used to stammer."),
    ("Hồi nhỏ tôi từng bị nói lắp.", "I used to stammer as a child."),
    # v8: "He no longer said to be installed.", "I'm all speaking."
    ("Anh ấy không còn nói lắp nữa.", "He doesn't stammer any more."),
    ("Anh ấy không nói lắp nữa.", "He doesn't stammer any more."),
    ("Con tôi hết nói lắp rồi.", "My child doesn't stammer any more."),
    ("Con tôi đã hết nói lắp.", "My child doesn't stammer any more."),
    ("Anh ấy không bị nói lắp.", "He doesn't stammer."),
    # v8: "Are you sembled?", "Are you sure you please speak?", "Are you consensused?"
    ("Con bạn có bị nói lắp không?", "Does your child stammer?"),
    ("Con bạn còn nói lắp không?", "Does your child still stammer?"),
    ("Con bạn có còn nói lắp không?", "Does your child still stammer?"),
    ("Con bạn có hay nói lắp không?", "Does your child often stammer?"),
    ("Anh ấy vẫn nói lắp.", "He still stammers."),
    ("Anh ấy vẫn còn nói lắp khi hồi hộp.", "He still stammers when he's nervous."),
    ("Con trai tôi bị tật nói lắp.", "My son has a stammer."),
    ("Bạn có bị tật nói lắp không?", "Do you have a stammer?"),
    ("Tôi không còn bị tật nói lắp nữa.", "I don't have a stammer any more."),
    # v8: "I said sweet.", "She says sweet and n."
    ("Con tôi nói ngọng.", "My child has trouble pronouncing some sounds."),
    ("Con bạn có nói ngọng không?", "Does your child have trouble pronouncing some sounds?"),
    ("Hồi nhỏ tôi bị nói ngọng.", "I had trouble pronouncing some sounds as a child."),
    ("Cô ấy nói ngọng l và n.", "She mixes up the l and n sounds."),
    ("Mẹ tôi nói ngọng chữ l và chữ n.", "My mother mixes up the l and n sounds."),
    ("Cô ấy không nói ngọng l và n.", "She doesn't mix up the l and n sounds."),
    # v8: "I'm slow to say.", "Do you slow to speak?"
    ("Con tôi chậm nói.", "My child is a late talker."),
    ("Con gái tôi chậm biết nói.", "My daughter is a late talker."),
    ("Con bạn có chậm nói không?", "Is your child a late talker?"),
    ("Con tôi không chậm nói.", "My child isn't a late talker."),
    ("Hồi nhỏ tôi chậm nói.", "I was a late talker as a child."),
    ("Hồi nhỏ bạn có chậm nói không?", "Were you a late talker as a child?"),
    # not: asked of oneself, a "?" or "à?" on a statement, "không?" without "có" or "còn", "có" without "không?",
    # "anh" saying it, a pet, stammering once ("lắp bắp"), speaking slowly, "we" as a child, "nói ngọng" denied or
    # often, "rồi" without "hết", "hết" without "rồi", "my child" as a child, "hay" with "tật", "chưa?", a grown-up
    # or a name a late talker now (slow to speak up?), "không vẫn", the other way's language
    ("Con tôi nói lắp nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Tôi có bị nói lắp không?", None), ("Con tôi bị nói lắp?", None), ("Con tôi bị nói lắp à?", None),
    ("Con bạn nói lắp không?", None), ("Con tôi có bị nói lắp.", None), ("Anh nói lắp.", None),
    ("Con chó của tôi nói lắp.", None), ("Anh ấy nói lắp bắp.", None), ("Con tôi nói chậm.", None),
    ("Hồi nhỏ chúng tôi bị nói lắp.", None), ("Con tôi không nói ngọng.", None), ("Con tôi hay nói ngọng.", None),
    ("Con tôi nói lắp rồi.", None), ("Con tôi hết nói lắp.", None), ("Hồi nhỏ con tôi bị nói lắp.", None),
    ("Anh ấy hay bị tật nói lắp.", None), ("Con bạn hết nói lắp chưa?", None), ("Anh ấy chậm nói.", None),
    ("Lan chậm nói.", None), ("Anh ấy không vẫn nói lắp.", None), ("My son stutters.", None),
    ("Con tôi không thỉnh thoảng nói lắp.", None), ("Hồi nhỏ tôi nói lắp khi hồi hộp.", None),
    ("Anh ấy lắp đặt điều hòa.", None), ("Tôi đang nói.", None),
    # (review: "còn" as a child or of a late talker, "từng" with when: the tense of "when he's nervous")
    ("Hồi nhỏ bạn còn nói lắp không?", None), ("Con bạn còn chậm nói không?", None),
    ("Tôi từng nói lắp khi hồi hộp.", None),
    # (review: "hết … rồi", "không … nữa" as a child: over by then, not now)
    ("Hồi nhỏ tôi hết nói lắp rồi.", None), ("Hồi nhỏ tôi đã hết nói lắp rồi.", None),
    ("Hồi nhỏ anh ấy không nói lắp nữa.", None), ("Tôi không nói lắp nữa hồi nhỏ.", None),
    ("Hồi nhỏ tôi hết bị tật nói lắp rồi.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Con trai của tôi là những chú chói.", "Anh ấy cầu thang khi anh ấy lo lắng.", "Cô ấy thường cầu nguyện."
    ("My son stutters.", "Con trai tôi bị nói lắp."),
    ("My child stammers.", "Con tôi bị nói lắp."),
    ("He stammers when he's nervous.", "Anh ấy nói lắp khi hồi hộp."),
    ("He stammers when he is nervous.", "Anh ấy nói lắp khi hồi hộp."),
    ("She stutters when she gets nervous.", "Cô ấy nói lắp khi hồi hộp."),
    ("My mother stammers when nervous.", "Mẹ tôi nói lắp khi hồi hộp."),
    ("Lan stammers when she's nervous.", "Lan nói lắp khi hồi hộp."),
    ("He stammers when speaking in public.", "Anh ấy nói lắp khi nói trước đám đông."),
    ("She often stutters.", "Cô ấy hay nói lắp."),
    ("She sometimes stammers when she's anxious.", "Cô ấy thỉnh thoảng nói lắp khi lo lắng."),
    ("He stammers when he's worried.", "Anh ấy nói lắp khi lo lắng."),
    # v8: "Tôi từng dùng để làm cho một đứa trẻ.", "Bạn có stammer như một đứa trẻ không?"
    ("I used to stutter as a child.", "Hồi nhỏ tôi bị nói lắp."),
    ("I used to stammer.", "Tôi từng bị nói lắp."),
    ("I stammered as a child.", "Hồi nhỏ tôi bị nói lắp."),
    ("I stammered when I was little.", "Hồi nhỏ tôi bị nói lắp."),
    ("My father stuttered when he was a child.", "Hồi nhỏ bố tôi bị nói lắp."),
    ("Did you stammer as a child?", "Hồi nhỏ bạn có bị nói lắp không?"),
    ("Did you use to stammer?", "Bạn có từng bị nói lắp không?"),
    ("I didn't stammer as a child.", "Hồi nhỏ tôi không bị nói lắp."),
    # v8: "Con bạn có bìa cứng không?" (cardboard), "Ông vẫn còn cầu thủ?", "Anh ta không còn cầu thang nữa."
    ("Does your child stammer?", "Con bạn có bị nói lắp không?"),
    ("Does he still stutter?", "Anh ấy còn nói lắp không?"),
    ("Do you often stammer?", "Bạn có hay nói lắp không?"),
    ("He still stammers.", "Anh ấy vẫn nói lắp."),
    ("He doesn't stammer any more.", "Anh ấy không còn nói lắp nữa."),
    ("He doesn't stammer anymore.", "Anh ấy không còn nói lắp nữa."),
    ("He no longer stammers.", "Anh ấy không còn nói lắp nữa."),
    ("He doesn't stammer.", "Anh ấy không bị nói lắp."),
    # v8: "Cô ấy có một hòn đá." (a stone), "Đứa con gái tôi có một kẻ nói dối." (a liar), "Anh ấy nói dối."
    ("She has a stammer.", "Cô ấy bị tật nói lắp."),
    ("Does he have a stutter?", "Anh ấy có bị tật nói lắp không?"),
    ("I had a stammer as a child.", "Hồi nhỏ tôi bị tật nói lắp."),
    ("My daughter has a lisp.", "Con gái tôi bị nói ngọng."),
    ("He lisps.", "Anh ấy bị nói ngọng."),
    ("Does your son have a lisp?", "Con trai bạn có bị nói ngọng không?"),
    ("He doesn't have a lisp any more.", "Anh ấy không còn bị nói ngọng nữa."),
    ("Did you have a lisp as a child?", "Hồi nhỏ bạn có bị nói ngọng không?"),
    # v8: "Con trai tôi là người nói muộn.", "Con bạn có nói về muộn không?", "Tôi là người nói late."
    ("My son is a late talker.", "Con trai tôi chậm nói."),
    ("My son is slow to talk.", "Con trai tôi chậm nói."),
    ("Is your child a late talker?", "Con bạn có chậm nói không?"),
    ("My daughter isn't a late talker.", "Con gái tôi không chậm nói."),
    ("I was a late talker.", "Hồi nhỏ tôi chậm nói."),
    ("I was a late talker as a child.", "Hồi nhỏ tôi chậm nói."),
    ("Were you a late talker?", "Hồi nhỏ bạn có chậm nói không?"),
    # not: a grown-up a late talker now, stammering once ("He stammered.", "He's stammering", "stammered an
    # apology"), the verb or a pronoun not agreeing ("She stammer", "Does she stammers", "when she's" of him, "when
    # he was little" of me), asked of oneself, a pet, "we" as a child, "as a child" now, how much ("a bad stammer", "a
    # lot"), "often" or when with a lisp or "a stammer", "Do you used to", "still" with "any more", a "?" on a
    # statement, plural late talkers, the other way's language
    ("He is a late talker.", None), ("He stammered.", None), ("He's stammering.", None), ("She stammer.", None),
    ("Does she stammers?", None), ("Do he stammer?", None), ("Do I stammer?", None), ("My dog stammers.", None),
    ("He stammers when she's nervous.", None), ("He stammers when he are nervous.", None),
    ("I stammered when he was little.", None), ("We stammered as children.", None),
    ("We stammered as a child.", None), ("He stammers as a child.", None), ("She has a bad stammer.", None),
    ("He stammers a lot.", None), ("He stammered an apology.", None), ("He often has a stammer.", None),
    ("He lisps when he's nervous.", None), ("Do you used to stammer?", None),
    ("Does he still stammer any more?", None), ("He doesn't still stammer.", None),
    ("My son is a late talker?", None), ("I am a late talker.", None), ("We are late talkers.", None),
    ("Con tôi bị nói lắp.", None), ("The stairs stammer.", None),
    # (review: "no longer" with the past, "used to" with when)
    ("He no longer stammered as a child.", None), ("I used to stammer when I'm nervous.", None),
    # (review: "was slow to talk" of anyone but a child without "as a child": slow to speak up, once?)
    ("He was slow to talk.", None), ("I was slow to talk.", None), ("Was he slow to talk?", None),
    ("My friend was slow to talk.", None), ("She wasn't slow to talk.", None),
    ("I was slow to talk as a child.", "Hồi nhỏ tôi chậm nói."),
    ("My son was slow to talk.", "Hồi nhỏ con trai tôi chậm nói."),
    ("He was a late talker.", "Hồi nhỏ anh ấy chậm nói."),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
