"""Smells: what's that smell, something smells bad, a thing that smells of something, good, bad or musty, and who can
smell something, both ways (mt/smells.py)."""
import pytest

from mt import mealtimes, phrasebook
from mt.smells import translate


@pytest.mark.parametrize("text, said", [
    # v8: "What is the vacant?", "What's the stirr?", "What is smelly?", "What is the poem?"
    ("Mùi gì thế?", "What's that smell?"),
    ("Mùi gì vậy?", "What's that smell?"),
    ("Có mùi gì thế?", "What's that smell?"),
    ("Mùi gì khét thế?", "What's that burning smell?"),
    ("Mùi gì lạ vậy?", "What's that strange smell?"),
    ("Cái gì bốc mùi vậy?", "What's that smell?"),
    ("Cái gì thơm thế?", "What smells so good?"),
    # v8: "There's something bad smell.", "There is smelly.", "There is a solar.", "Is it smoke?"
    ("Có mùi gì hôi quá.", "Something smells really bad."),
    ("Có cái gì bốc mùi.", "Something stinks."),
    ("Có mùi ga.", "There's a smell of gas."),
    ("Có mùi khét.", "There's a burning smell."),
    ("Có mùi khói không?", "Is there a smell of smoke?"),
    # v8: "Your boss has a fish smell.", "This room tastes the milestone.", "This room was so bad."
    ("Bếp có mùi cá.", "The kitchen smells of fish."),
    ("Phòng này có mùi ẩm mốc.", "This room smells musty."),
    ("Phòng tôi có mùi ẩm mốc.", "My room smells musty."),
    ("Phòng này hôi quá.", "This room really stinks."),
    ("Phòng này bốc mùi.", "This room stinks."),
    ("Nhà tắm có mùi hôi.", "The bathroom smells bad."),
    ("Bếp có mùi khét.", "The kitchen smells of burning."),
    ("Bếp nồng nặc mùi cá.", "The kitchen stinks of fish."),
    ("Tủ lạnh có mùi lạ.", "The fridge smells strange."),
    # v8: "This heart is too poem.", "Is it smoke?", "It's smelly.", "Your water is too poem.", "The day is too!"
    ("Canh này thơm quá.", "This soup smells so good."),
    ("Nó có mùi khói không?", "Does it smell of smoke?"),
    ("Áo này có mùi mồ hôi.", "This shirt smells of sweat."),
    ("Đôi giày này bốc mùi quá.", "These shoes really stink."),
    ("Giày của bạn bốc mùi.", "Your shoes stink."),
    ("Rác bốc mùi quá.", "The rubbish really stinks."),
    ("Nước hoa của bạn thơm quá.", "Your perfume smells so nice."),
    ("Nó không có mùi gì cả.", "It doesn't smell of anything."),
    ("Phòng này không có mùi hôi.", "This room doesn't smell bad."),
    ("Hôi quá!", "It really stinks!"),
    # v8: "I smelled gadge.", "I don't sniff anything.", "My mother smelled softly."
    ("Tôi ngửi thấy mùi ga.", "I can smell gas."),
    ("Bạn có ngửi thấy mùi khói không?", "Can you smell smoke?"),
    ("Anh có ngửi thấy mùi gì không?", "Can you smell anything?"),
    ("Tôi không ngửi thấy gì cả.", "I can't smell anything."),
    ("Mẹ tôi ngửi thấy mùi khét.", "My mother can smell something burning."),
    ("Tôi ngửi thấy mùi gì đó.", "I can smell something."),
    # not: the family table's (mt/mealtimes.py), "anh" alone saying it (the speaker?), in the past, asked of oneself,
    # "hơi" (a bit), gone off (mt/supplies.py), too much of a smell, people, "Mùi gì?" alone, what it smells of asked
    ("Có mùi ga nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Thơm quá!", None), ("Mùi gì thơm thế!", None), ("Anh ngửi thấy mùi ga.", None),
    ("Tôi đã ngửi thấy mùi ga.", None), ("Tôi có ngửi thấy mùi gì không?", None), ("Phòng này hơi hôi.", None),
    ("Cá bốc mùi rồi.", None), ("Có mùi ga quá.", None), ("Bạn có mùi rượu.", None), ("Mùi gì?", None),
    ("Nó có mùi gì thế?", None), ("Không có mùi gì cả.", None), ("Phòng này rất thơm quá.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Đó là mùi gì?", "Món nóng là gì?", "Bụng mắt cá là gì?", "Những mùi hôi tốt như thế nào?"
    ("What's that smell?", "Mùi gì thế?"),
    ("What is that smell?", "Mùi gì thế?"),
    ("What's that burning smell?", "Mùi gì khét thế?"),
    ("What's that funny smell?", "Mùi gì lạ thế?"),
    ("What stinks?", "Cái gì bốc mùi thế?"),
    ("What smells so good?", "Cái gì thơm thế?"),
    # v8: "Một số mùi nào đó xấu.", "Cái gì đó làm cho bàn chân.", "Một số mùi nào đó bị phỏng."
    ("Something smells bad.", "Có mùi gì hôi quá."),
    ("Something smells really bad.", "Có mùi gì hôi quá."),
    ("Something stinks.", "Có cái gì bốc mùi."),
    ("Something smells burnt.", "Có mùi khét."),
    ("There's a smell of gas.", "Có mùi ga."),
    ("Is there a smell of smoke?", "Có mùi khói không?"),
    ("There's a strange smell.", "Có mùi lạ."),
    # v8: "Những mùi nhà bếp của cá.", "Những mùi phòng phải chịu.", "Lò phòng này nằm trong phòng."
    ("The kitchen smells of fish.", "Bếp có mùi cá."),
    ("The kitchen smells like fish.", "Bếp có mùi cá."),
    ("My room smells musty.", "Phòng của tôi có mùi ẩm mốc."),
    ("This room stinks.", "Phòng này bốc mùi."),
    ("This room really stinks.", "Phòng này hôi quá."),
    ("The bathroom smells bad.", "Phòng tắm có mùi hôi."),
    ("The kitchen stinks of garlic.", "Bếp nồng nặc mùi tỏi."),
    ("The fridge smells funny.", "Tủ lạnh có mùi lạ."),
    # v8: "Món xúp này mùi hương ngon miệng.", "Nó có mùi hôi không?" (smoke lost), "Cái áo này mùi hôi.", "Đôi giày
    # của bạn vòi.", "Mùi mùi thơm của bạn tốt."
    ("This soup smells delicious.", "Canh này thơm quá."),
    ("Does it smell of smoke?", "Nó có mùi khói không?"),
    ("This shirt smells of sweat.", "Cái áo này có mùi mồ hôi."),
    ("These shoes smell of sweat.", "Đôi giày này có mùi mồ hôi."),
    ("Do these shoes smell?", "Đôi giày này có mùi không?"),
    ("Your shoes stink.", "Giày của bạn bốc mùi."),
    ("Your perfume smells nice.", "Nước hoa của bạn thơm quá."),
    ("His jacket smells of cigarettes.", "Áo khoác của anh ấy có mùi thuốc lá."),
    ("It doesn't smell of anything.", "Nó không có mùi gì cả."),
    ("This room doesn't smell bad.", "Phòng này không có mùi hôi."),
    # v8: "Tôi có thể mùi hôi.", "Bạn có thể ngửi mùi không?" (smoke lost), "Tôi không mùi được gì cả."
    ("I can smell gas.", "Tôi ngửi thấy mùi ga."),
    ("Can you smell smoke?", "Bạn có ngửi thấy mùi khói không?"),
    ("I can't smell anything.", "Tôi không ngửi thấy gì cả."),
    ("My mother can smell burning.", "Mẹ tôi ngửi thấy mùi khét."),
    ("Can you smell something burning?", "Bạn có ngửi thấy mùi khét không?"),
    ("She smells smoke.", "Cô ấy ngửi thấy mùi khói."),
    ("Do you smell that?", "Bạn có ngửi thấy mùi đó không?"),
    # not: the family table's (mt/mealtimes.py), "stinks" and "fishy" of it, that or something (unfair, suspicious),
    # asking leave to sniff, the verb not agreeing ("These shoes smells", "This shoes", "She smell", "Does these"),
    # people smelling of something, the past, smells like anything but SCENTS
    ("That stinks!", None), ("It stinks.", None),
    ("Something smells fishy.", None), ("Can I smell it?", None), ("These shoes smells of sweat.", None),
    ("This shoes smell.", None), ("She smell smoke.", None), ("Does these shoes smell?", None),
    ("She smells of alcohol.", None), ("It smelled of smoke.", None), ("The room smells like heaven.", None),
    ("I can't smell something.", None), ("Is there an awful smell?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


# the family table's sentences (mt/mealtimes.py): mt.phrasebook tries it first, so its translation is the one given
@pytest.mark.parametrize("text, src, tgt, module", [
    ("Món này thơm quá.", "vi", "en", mealtimes), ("It smells good.", "en", "vi", mealtimes),
    ("Something smells good!", "en", "vi", mealtimes),
])
def test_earlier_rules_take_theirs(text, src, tgt, module):
    said = module.translate(text, src, tgt)
    assert said is not None and phrasebook.translate(text, src, tgt) == said
