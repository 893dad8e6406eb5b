"""Lying and believing: who lied, is lying or often lies, don't lie, a liar, who believes or trusts whom or what, can't
believe it, trust me, both ways (mt/lies.py)."""
import pytest

from mt.lies import translate


@pytest.mark.parametrize("text, said", [
    # v8: "He is often lied.", "You're liing.", "Are you lied?", "Why are you lied to me?", "Why do you tell me?"
    ("Anh ấy hay nói dối.", "He often lies."),
    ("Cô ấy thường nói dối.", "She often lies."),
    ("Anh ấy luôn nói dối.", "He always lies."),
    ("Anh ấy không bao giờ nói dối.", "He never lies."),
    ("Anh ấy nói dối tôi.", "He lied to me."),
    ("Con tôi đã nói dối tôi.", "My child lied to me."),
    ("Cô ấy đã nói dối.", "She lied."),
    ("Anh ấy đã nói dối bạn à?", "Did he lie to you?"),
    ("Bạn đang nói dối.", "You're lying."),
    ("Bạn đang nói dối à?", "Are you lying?"),
    ("Anh đang nói dối à?", "Are you lying?"),
    ("Bạn có đang nói dối tôi không?", "Are you lying to me?"),
    ("Tôi không nói dối.", "I'm not lying."),
    ("Tôi không nói dối đâu.", "I'm not lying."),
    ("Cô ấy không nói dối đâu.", "She isn't lying."),
    ("Anh ấy có hay nói dối không?", "Does he often lie?"),
    ("Bạn có bao giờ nói dối không?", "Do you ever lie?"),
    ("Tôi chưa bao giờ nói dối mẹ tôi.", "I've never lied to my mother."),
    ("Tại sao bạn nói dối tôi?", "Why did you lie to me?"),
    ("Sao bạn lại nói dối tôi?", "Why did you lie to me?"),
    # v8: "Don't lie." (the "nữa" lost), "He's a lie."
    ("Đừng nói dối tôi.", "Don't lie to me."),
    ("Đừng nói dối nữa.", "Stop lying."),
    ("Anh ấy là kẻ nói dối.", "He's a liar."),
    ("Đồ nói dối!", "Liar!"),
    # v8: "I don't believe.", "Do you believe in mad?", "I don't believe mad.", "I don't believe famous.", "I can't
    # believe.", "My news goes.", "Believing me.", "My mother didn't believe me."
    ("Tôi không tin.", "I don't believe it."),
    ("Tôi tin bạn.", "I believe you."),
    ("Bạn có tin tôi không?", "Do you believe me?"),
    ("Mẹ tôi không tin tôi.", "My mother doesn't believe me."),
    ("Bạn có tin vào ma không?", "Do you believe in ghosts?"),
    ("Bạn có tin có ma không?", "Do you believe in ghosts?"),
    ("Tôi không tin vào ma.", "I don't believe in ghosts."),
    ("Cô ấy tin vào Chúa.", "She believes in God."),
    ("Tôi tin vào bạn.", "I believe in you."),
    ("Tôi không tin điều đó.", "I don't believe that."),
    ("Tôi không thể tin được.", "I can't believe it."),
    ("Tôi không tin nổi.", "I can't believe it."),
    ("Bạn phải tin tôi.", "You have to believe me."),
    ("Tôi tin tưởng bạn.", "I trust you."),
    ("Bạn có tin tưởng tôi không?", "Do you trust me?"),
    ("Tin tôi đi.", "Trust me."),
    ("Hãy tin tôi.", "Trust me."),
    ("Xin hãy tin tôi.", "Please believe me."),
    ("Không ai tin tôi cả.", "Nobody believes me."),
    # not: "nói dối" alone (lied, or lying?), "có … không" (did, or do?), "anh" saying it (the speaker, or "you"),
    # "Anh ấy không nói dối." (doesn't, or didn't?), "Tôi tin." (so?), "Tin tôi." alone, the phrasebook's "Không thể
    # tin được.", asked without "không", "mẹ" alone as whom (whose?), another topic
    ("Tôi tin bạn nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Bạn nói dối.", None), ("Cô ấy nói dối.", None), ("Bạn có nói dối không?", None), ("Bạn nói dối à?", None),
    ("Anh đang nói dối.", None), ("Anh ấy không nói dối.", None), ("Tôi tin.", None), ("Anh tin em.", None),
    ("Tin tôi.", None), ("Không thể tin được.", None), ("Bạn có tin tôi.", None), ("Tôi tin tưởng vào ma.", None),
    ("Con đừng nói dối mẹ nhé.", None), ("Tôi thích đọc sách.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Anh ấy nói với tôi." (told me), "Cô ấy nằm rất nhiều." (lies down), "Anh ta luôn nằm nghiêng."
    ("He lied to me.", "Anh ấy đã nói dối tôi."),
    ("She lied.", "Cô ấy đã nói dối."),
    ("I lied to my mother.", "Tôi đã nói dối mẹ tôi."),
    ("I didn't lie.", "Tôi không nói dối."),
    ("Did he lie to you?", "Anh ấy có nói dối bạn không?"),
    ("He often lies.", "Anh ấy thường nói dối."),
    ("She lies a lot.", "Cô ấy hay nói dối."),
    ("He always lies.", "Anh ấy luôn nói dối."),
    ("He never lies.", "Anh ấy không bao giờ nói dối."),
    ("Do you ever lie?", "Bạn có bao giờ nói dối không?"),
    ("She has never lied to me.", "Cô ấy chưa bao giờ nói dối tôi."),
    # v8: "Bạn đang nằm." (lying down), "Bạn đang nói với tôi không?", "Sao bạn nằm?", "Dừng tiềm ẩn."
    ("You're lying.", "Bạn đang nói dối."),
    ("I'm not lying.", "Tôi không nói dối."),
    ("Are you lying to me?", "Bạn có đang nói dối tôi không?"),
    ("Is she lying?", "Cô ấy có đang nói dối không?"),
    ("Why are you lying?", "Sao bạn lại nói dối?"),
    ("Why did you lie to me?", "Sao bạn lại nói dối tôi?"),
    ("Don't lie to me.", "Đừng nói dối tôi."),
    ("Please don't lie to me.", "Xin đừng nói dối tôi."),
    ("Stop lying.", "Đừng nói dối nữa."),
    ("He's a liar.", "Anh ấy là kẻ nói dối."),
    # v8: "Bạn có tin vào ma cà rồng không?" (vampires), "Tôi không tin nó."
    ("Do you believe in ghosts?", "Bạn có tin vào ma không?"),
    ("I don't believe in ghosts.", "Tôi không tin vào ma."),
    ("She doesn't believe in God.", "Cô ấy không tin vào Chúa."),
    ("I don't believe it.", "Tôi không tin."),
    ("I don't believe you.", "Tôi không tin bạn."),
    ("Do you believe me?", "Bạn có tin tôi không?"),
    ("My mother doesn't believe me.", "Mẹ tôi không tin tôi."),
    ("She believes me.", "Cô ấy tin tôi."),
    ("I trust you.", "Tôi tin tưởng bạn."),
    ("Do you trust me?", "Bạn có tin tưởng tôi không?"),
    ("I can't believe it.", "Tôi không thể tin được."),
    ("You have to believe me.", "Bạn phải tin tôi."),
    ("Trust me.", "Tin tôi đi."),
    ("Please believe me.", "Xin hãy tin tôi."),
    ("Nobody believes me.", "Không ai tin tôi."),
    # not: "lie" without "did" or "lied" with it, "is", "does", "has" not agreeing with who, "lies" alone (lies
    # down?), lying somewhere, "his mother" (his, or his own?), "I believe it." and "I believe." (so?), another topic
    ("Did he lied to you?", None), ("He often lie.", None), ("Are he lying?", None), ("Why are she lying?", None),
    ("She don't believe in God.", None), ("Does he believes me?", None), ("She have to believe me.", None),
    ("She have never lied.", None), ("He lies.", None), ("Is she lying on the bed?", None),
    ("He lied to his mother.", None), ("I believe it.", None), ("I believe.", None), ("I trust in ghosts.", None),
    ("Are you sure?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_are_not_taken():
    assert translate("Anh ấy hay nói dối.", "en", "vi") is None
    assert translate("He lied to me.", "vi", "en") is None
    assert translate("He lied to me.", "en", "fr") is None
