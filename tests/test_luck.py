"""Luck and surprise: who is lucky or unlucky, a lucky day, what bad luck, what a surprise, didn't expect, surprised
me, a surprise for you, a surprise party, both ways (mt/luck.py)."""
import pytest

from mt.luck import translate

VI_EN = [
    # v8: "I'm so far.", "I'm too much.", "I'm black enough.", "He lucky.", "My mother was lucky."
    ("Hôm nay tôi xui quá.", "I'm so unlucky today."), ("Tôi xui quá.", "I'm so unlucky."),
    ("Tôi hôm nay đen đủi quá.", "I'm so unlucky today."), ("Tôi thật đen đủi.", "I'm really unlucky."),
    ("Anh ấy thật xui xẻo.", "He's really unlucky."), ("Anh ấy may mắn quá.", "He's so lucky."),
    ("Mẹ tôi rất may mắn.", "My mother is very lucky."), ("Bạn thật may mắn.", "You're really lucky."),
    ("Bạn may mắn thật đấy!", "You're really lucky!"), ("Tôi không may mắn lắm.", "I'm not very lucky."),
    ("Lan may mắn thật.", "Lan is really lucky."), ("Bác Hùng rất may mắn.", "Uncle Hung is very lucky."),
    ("Anh ấy lúc nào cũng xui.", "He's always unlucky."),
    # (no word of how much: the module wrote "I'm Noneunlucky." until the lead's fuzzing)
    ("Tôi xui.", "I'm unlucky."), ("Mẹ tôi may mắn.", "My mother is lucky."),
    # v8: "This rice I'm too much."
    ("Dạo này tôi xui quá.", "I've been so unlucky lately."),
    ("Dạo này tôi không may mắn lắm.", "I haven't been very lucky lately."),
    # v8: "I met luck.", "He has always met luck.", "She lucky to survive.", "He lucky to escape dead."
    ("Bố tôi gặp may.", "My father got lucky."), ("Hôm nay tôi gặp may.", "I got lucky today."),
    ("Anh ấy luôn gặp may.", "He's always lucky."), ("Cô ấy may mắn sống sót.", "She was lucky to survive."),
    ("Anh ấy may mắn thoát chết.", "He was lucky to survive."),
    ("Bố tôi may mắn còn sống.", "My father is lucky to be alive."),
    # v8: "You're luck today."
    ("Hôm nay là ngày may mắn của bạn.", "Today is your lucky day."),
    ("Hôm nay không phải là ngày may mắn của tôi.", "Today isn't my lucky day."),
    # v8: "Too late!", "It's true!", "You're all too!", "May be too!", "May really!", "Fortunately!"
    ("Xui quá!", "What bad luck!"), ("Xui thật!", "What bad luck!"), ("Đen đủi quá!", "What bad luck!"),
    ("Không may quá!", "What bad luck!"), ("May quá!", "How lucky!"), ("May thật!", "How lucky!"),
    ("Thật may mắn!", "How lucky!"),
    # v8: "Suddenly!", "Not yet!", "Who is surprised!", "It's an interesting surprise!"
    ("Thật bất ngờ!", "What a surprise!"), ("Bất ngờ quá!", "What a surprise!"),
    ("Thật ngạc nhiên!", "What a surprise!"), ("Thật là một bất ngờ thú vị!", "What a nice surprise!"),
    ("Ngạc nhiên chưa!", "Surprise!"), ("Bất ngờ chưa!", "Surprise!"), ("Ai mà ngờ được!", "Who would have thought!"),
    ("Đó là một bất ngờ.", "It's a surprise."), ("Đó là một bữa tiệc bất ngờ.", "It's a surprise party."),
    # v8: "I don't surprise you coming.", "I'm not surprised to remember.", "I don't surprise you here.", "My mother
    # didn't surprise me came.", "You don't be surprised to see you here!"
    ("Tôi không ngờ bạn đến.", "I didn't expect you to come."),
    ("Tôi không ngờ bạn lại đến.", "I didn't expect you to come."),
    ("Tôi không ngờ bạn còn nhớ.", "I didn't expect you to remember."),
    ("Tôi không ngờ bạn ở đây.", "I didn't expect you to be here."),
    ("Mẹ tôi không ngờ tôi đến.", "My mother didn't expect me to come."),
    ("Không ngờ anh ấy lại gọi.", "I didn't expect him to call."),
    ("Tôi không ngờ lại gặp bạn ở đây.", "I didn't expect to see you here."),
    ("Không ngờ lại gặp bạn ở đây!", "I didn't expect to see you here!"),
    # v8: "You're surprised to me.", "He was surprised at me.", "You're always surprised.", "I have a surprise to you."
    ("Bạn làm tôi bất ngờ đấy.", "You surprised me."), ("Bạn làm tôi ngạc nhiên quá.", "You really surprised me."),
    ("Anh ấy làm tôi ngạc nhiên.", "He surprised me."), ("Bạn luôn làm tôi bất ngờ.", "You always surprise me."),
    ("Tôi có một bất ngờ cho bạn.", "I have a surprise for you."),
    ("Mẹ tôi có một bất ngờ nhỏ cho bạn.", "My mother has a little surprise for you."),
    ("Chúng tôi đã tổ chức một bữa tiệc bất ngờ cho cô ấy.", "We threw her a surprise party."),
    ("Chúng tôi đang chuẩn bị một bữa tiệc bất ngờ cho anh ấy.", "We're planning a surprise party for him."),
    ("Họ đang tổ chức tiệc bất ngờ cho mẹ tôi.", "They're throwing my mother a surprise party."),
    # not: "anh", "em" alone saying it (the speaker or the listener), unlucky denied, "a bit lucky", two words of how
    # much, "đen" and "may" alone of who (dark, sew), luck asked, how surprised who is (the model's), wishes (the
    # phrasebook's), whom that is who, "nhớ" alone (remember or miss), "Thật không may" (mostly "unfortunately, …"),
    # a clause after, another topic
    ("Anh xui quá.", None), ("Em may mắn quá.", None), ("Anh không ngờ em đến.", None), ("Tôi không xui.", None),
    ("Tôi hơi may mắn.", None), ("Tôi thật xui quá.", None), ("Tôi đen quá.", None), ("Tôi may quá.", None),
    ("Bạn có may mắn không?", None), ("Tôi rất ngạc nhiên.", None), ("Chúc may mắn!", None),
    ("Tôi không ngờ tôi đến.", None), ("Thật không may!", None), ("Tôi làm tôi bất ngờ.", None),
    ("Tôi không ngờ bạn nhớ.", None), ("May mà có bạn.", None), ("Tôi vừa cắt tóc.", None),
]

EN_VI = [
    # v8: "Hôm nay tôi rất may mắn." (the opposite), "Tôi rất may mắn.", "Tôi đã rất may mắn." (lucky, in the past)
    ("I'm so unlucky today.", "Hôm nay tôi xui quá."), ("I'm so unlucky.", "Tôi xui quá."),
    ("I've been so unlucky lately.", "Dạo này tôi xui quá."),
    ("She's been very lucky recently.", "Dạo này cô ấy rất may mắn."),
    ("He's really unlucky.", "Anh ấy thật xui xẻo."), ("You're so lucky.", "Bạn may mắn quá."),
    ("My mother is very lucky.", "Mẹ tôi rất may mắn."), ("I'm not very lucky.", "Tôi không may mắn lắm."),
    ("They're quite lucky.", "Họ khá may mắn."), ("Lan is a bit unlucky.", "Lan hơi xui xẻo."),
    # v8: "Anh ta luôn không may mắn gì.", "Anh ta rất may mắn đang sống.", "Tôi có may mắn."
    ("He's always so unlucky.", "Anh ấy lúc nào cũng xui quá."), ("He's always lucky.", "Anh ấy lúc nào cũng may mắn."),
    ("She was lucky to survive.", "Cô ấy may mắn sống sót."), ("He's lucky to be alive.", "Anh ấy may mắn còn sống."),
    ("I got lucky.", "Tôi đã gặp may."), ("I got lucky today.", "Hôm nay tôi gặp may."),
    ("He was lucky.", "Anh ấy đã gặp may."),
    # v8: "Ngày nay là ngày may mắn của tôi." (nowadays), "Không phải ngày may mắn của tôi."
    ("Today is my lucky day.", "Hôm nay là ngày may mắn của tôi."),
    ("It's not my lucky day.", "Hôm nay không phải là ngày may mắn của tôi."),
    ("It's your lucky day!", "Hôm nay là ngày may mắn của bạn!"),
    # v8: "Thật may mắn!" (the opposite), "Thật may mắn gì!", "Chúc bạn!", "Chúc tôi!"
    ("What bad luck!", "Xui quá!"), ("Bad luck!", "Xui quá!"), ("Hard luck.", "Xui quá!"), ("What luck!", "May quá!"),
    ("How lucky!", "May quá!"), ("Lucky you!", "Bạn may mắn thật đấy!"), ("Lucky me!", "Tôi may mắn thật!"),
    # v8: "Điều bất ngờ!", "Điều gì đáng ngạc nhiên!", "Hãy chôn vùi!" (bury), "Ai sẽ nghĩ!", "Bạn nên đến đây!"
    ("What a surprise!", "Thật bất ngờ!"), ("What a pleasant surprise!", "Thật là một bất ngờ thú vị!"),
    ("Surprise!", "Bất ngờ chưa!"), ("Who would've thought!", "Ai mà ngờ được!"),
    ("Fancy seeing you here!", "Không ngờ lại gặp bạn ở đây!"), ("It's a surprise!", "Đó là một bất ngờ!"),
    # v8: "Đó là một đảng bất ngờ." (a political party), "Chúng tôi ném cô ấy một bữa tiệc bất ngờ." (threw at her)
    ("It was a surprise party.", "Đó là một bữa tiệc bất ngờ."),
    ("We threw her a surprise party.", "Chúng tôi đã tổ chức một bữa tiệc bất ngờ cho cô ấy."),
    ("They threw a surprise party for my mother.", "Họ đã tổ chức một bữa tiệc bất ngờ cho mẹ tôi."),
    ("We're planning a surprise party for him.", "Chúng tôi đang chuẩn bị một bữa tiệc bất ngờ cho anh ấy."),
    ("My mother is throwing a surprise party for Lan.", "Mẹ tôi đang tổ chức một bữa tiệc bất ngờ cho Lan."),
    ("They is throwing a surprise party for him.", None),
    # v8: "Tôi không mong cậu đến." (didn't hope), "Tôi không mong thấy bạn ở đây.", "Cô ấy không mong anh ấy đến."
    ("I didn't expect you to come.", "Tôi không ngờ bạn lại đến."),
    ("I didn't expect you to remember.", "Tôi không ngờ bạn còn nhớ."),
    ("She didn't expect him to come.", "Cô ấy không ngờ anh ấy lại đến."),
    ("I did not expect you to be here.", "Tôi không ngờ bạn lại ở đây."),
    ("My mother didn't expect us to come here.", "Mẹ tôi không ngờ chúng tôi lại đến đây."),
    ("I didn't expect to see you here.", "Tôi không ngờ lại gặp bạn ở đây."),
    # v8: "Bạn đã ngạc nhiên với tôi." (you were surprised), "Anh ấy bất ngờ tôi.", "Bạn luôn bất ngờ với tôi."
    ("You surprised me.", "Bạn làm tôi bất ngờ."), ("You really surprised me!", "Bạn làm tôi bất ngờ quá!"),
    ("She surprised me.", "Cô ấy làm tôi bất ngờ."), ("He always surprises me.", "Anh ấy luôn làm tôi bất ngờ."),
    ("You always surprise me.", "Bạn luôn làm tôi bất ngờ."),
    # v8: "Tôi có bất ngờ đối với bạn." (towards you)
    ("I have a surprise for you.", "Tôi có một bất ngờ cho bạn."),
    ("My mother has a little surprise for you.", "Mẹ tôi có một bất ngờ nhỏ cho bạn."),
    ("We've got a surprise for you.", "Chúng tôi có một bất ngờ cho bạn."),
    # not: a verb that does not agree with who, "not unlucky", "have been" with no "lately", "haven't been lucky"
    # (said only of "very"), whom that is who, a habit ("You surprise me."), how surprised who is (the model's), a
    # wish (the phrasebook's, mt/wishes.py's), "unfortunate", a clause after
    ("He always surprise me.", None), ("She have a surprise for you.", None), ("He are lucky.", None),
    ("I is lucky.", None), ("She were lucky.", None), ("I has been lucky lately.", None), ("I'm not unlucky.", None),
    ("I've been lucky.", None), ("I surprised me.", None), ("You surprise me.", None), ("I was very surprised.", None),
    ("I'm not surprised.", None), ("Good luck!", None), ("That's unfortunate.", None),
    ("I'm surprised you came.", None),
    ("He was unlucky.", None), ("She is lucky to survive.", None),
]


@pytest.mark.parametrize("text, said", VI_EN)
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", EN_VI)
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


@pytest.mark.parametrize("text", ["Thật bất ngờ!", "What a surprise!"])
def test_other_pairs_left(text):
    assert translate(text, "vi", "vi") is None and translate(text, "en", "en") is None
