"""Umbrellas: broken, torn or blown inside out, not brought or not had in the rain, lent, taken against rain, shared
and closed, both ways (mt/umbrellas.py)."""
import pytest

from mt.umbrellas import translate


@pytest.mark.parametrize("text, said", [
    # v8: "My cell was broken.", "My cell is corrupt.", "Even if I'm damaged.", "We're broken.", "This cell is
    # broken.", "The cell was broken.", "Are your cell corrupt?"
    ("Ô của tôi bị gãy.", "My umbrella is broken."),
    ("Ô của tôi bị hỏng.", "My umbrella is broken."),
    ("Dù của tôi bị hư rồi.", "My umbrella is broken."),
    ("Ô của tôi bị gãy rồi.", "My umbrella is broken."),
    ("Cái ô của tôi bị gãy.", "My umbrella is broken."),
    ("Ô tôi bị gãy rồi.", "My umbrella is broken."),
    ("Ô của anh ấy bị gãy.", "His umbrella is broken."),
    ("Ô của bố tôi bị hỏng rồi.", "My father's umbrella is broken."),
    ("Ô này bị gãy.", "This umbrella is broken."),
    ("Ô bị gãy rồi.", "The umbrella is broken."),
    ("Ô của tôi lại bị gãy rồi.", "My umbrella is broken again."),
    ("Hôm qua ô của tôi bị gãy.", "My umbrella broke yesterday."),
    ("Ô của bạn có bị hỏng không?", "Is your umbrella broken?"),
    # v8: "My cell was spat.", "My mother was spared.", "The Land's cell was spared.", "My cell was poisoned."
    ("Ô của tôi bị rách.", "My umbrella is torn."),
    ("Ô của mẹ tôi bị rách.", "My mother's umbrella is torn."),
    ("Ô của Lan bị rách rồi.", "Lan's umbrella is torn."),
    ("Ô của bạn có bị rách không?", "Is your umbrella torn?"),
    ("Ô của tôi bị thủng.", "My umbrella has a hole in it."),
    # v8: "My cell was overthrowd.", "My cell was overwhelmed.", "My hubble is blew over.", "Yesterday, my cell was
    # overwhelmed.", "My cell was blew.", "My cell was lost by wind."
    ("Ô của tôi bị lật.", "My umbrella got blown inside out."),
    ("Ô của tôi bị gió thổi lật.", "My umbrella got blown inside out."),
    ("Chiếc ô của tôi bị gió thổi lật ngược.", "My umbrella got blown inside out."),
    ("Hôm qua ô của tôi bị gió thổi lật.", "My umbrella got blown inside out yesterday."),
    ("Sáng nay ô của Bác Hùng bị lật ngược.", "Uncle Hung's umbrella got blown inside out this morning."),
    ("Ô của tôi vừa bị gió thổi lật.", "My umbrella just got blown inside out."),
    ("Ô của bạn có bị lật không?", "Did your umbrella get blown inside out?"),
    ("Ô của tôi bị gió thổi bay mất.", "My umbrella got blown away."),
    ("Ô của cô ấy bị gió thổi bay.", "Her umbrella got blown away."),
    # v8: "It rain without bring an umbrella.", "It rain I forgot to bring an umbrella.", "It's raining that I forget
    # to bring an umbrella.", "It's raining without hug.", "It rain was not bring an umbrella."
    ("Trời mưa mà tôi không mang ô.", "It's raining and I didn't bring an umbrella."),
    ("Trời đang mưa mà tôi không mang theo ô.", "It's raining and I didn't bring an umbrella."),
    ("Trời mưa mà tôi quên mang ô.", "It's raining and I forgot to bring an umbrella."),
    ("Trời đang mưa to mà tôi quên mang ô.", "It's raining hard and I forgot to bring an umbrella."),
    ("Trời mưa mà mẹ tôi không mang ô.", "It's raining and my mother didn't bring an umbrella."),
    ("Trời mưa mà bạn không mang ô theo.", "It's raining and you didn't bring an umbrella."),
    ("Trời đang mưa mà tôi không có ô.", "It's raining and I don't have an umbrella."),
    ("Trời mưa mà anh ấy không có dù.", "It's raining and he doesn't have an umbrella."),
    ("Trời mưa mà tôi quên ô.", "It's raining and I forgot my umbrella."),
    ("Trời mưa mà mẹ tôi quên ô.", "It's raining and my mother forgot her umbrella."),
    # v8: "Do you have a cell?", "Did you?", "Who has a car?", "I don't have a car.", "My mother didn't have a car."
    ("Bạn có ô không?", "Do you have an umbrella?"),
    ("Bạn có dù không?", "Do you have an umbrella?"),
    ("Mẹ bạn có ô không?", "Does your mother have an umbrella?"),
    ("Lan có ô không?", "Does Lan have an umbrella?"),
    ("Có ai có ô không?", "Does anyone have an umbrella?"),
    ("Tôi không có ô.", "I don't have an umbrella."),
    ("Mẹ tôi không có ô.", "My mother doesn't have an umbrella."),
    # v8: "Let me borrow.", "Let me borrow with.", "Let me borrow the hug.", "Let me borrow your cell.", "Let me borrow
    # a while."; mt/loans.py: "Bạn cho tôi mượn ô nhé." → "You lent me your umbrella."
    ("Cho tôi mượn ô nhé.", "Lend me your umbrella, please."),
    ("Cho mình mượn ô nhé.", "Lend me your umbrella, please."),
    ("Cho tôi mượn ô với.", "Lend me your umbrella, please."),
    ("Cho tôi mượn cái ô nhé.", "Lend me your umbrella, please."),
    ("Cho tôi mượn ô của bạn nhé.", "Lend me your umbrella, please."),
    ("Bạn cho tôi mượn ô nhé.", "Lend me your umbrella, please."),
    ("Cho tôi mượn ô đi.", "Lend me your umbrella."),
    ("Cho tôi mượn ô một lát nhé.", "Lend me your umbrella for a moment, please."),
    ("Cho tôi mượn dù nhé.", "Lend me your umbrella, please."),
    # v8: "Bring an umbrella go, it's going to rain.", "Bring an umbrella, it seemed to rain.", "Bring an umbrella
    # room when it rain.", "Bring an umbrella Rainer."
    ("Mang ô đi, trời sắp mưa.", "Take an umbrella, it's going to rain."),
    ("Mang theo ô đi, trời có vẻ sắp mưa.", "Bring an umbrella, it looks like rain."),
    ("Mang ô đi, trời có vẻ sắp mưa rồi.", "Take an umbrella, it looks like rain."),
    ("Trời có vẻ sắp mưa, mang ô theo đi.", "It looks like rain, bring an umbrella."),
    ("Mang ô theo phòng khi trời mưa.", "Bring an umbrella in case it rains."),
    ("Mang ô theo kẻo mưa.", "Bring an umbrella in case it rains."),
    # v8: "Let's go in a whole cell.", "Let's cover cells.", "Do you want to share the cells?", "Do you want to go
    # with me?", "Can I go with you?", "Can I get a hug with you?"
    ("Chúng ta đi chung ô nhé.", "Let's share an umbrella."),
    ("Chúng ta che chung một chiếc ô nhé.", "Let's share an umbrella."),
    ("Bạn có muốn đi chung ô không?", "Do you want to share an umbrella?"),
    ("Bạn có muốn đi chung ô với tôi không?", "Do you want to share an umbrella with me?"),
    ("Tôi đi chung ô với bạn được không?", "Can I share your umbrella?"),
    ("Cho tôi đi chung ô với bạn được không?", "Can I share your umbrella?"),
    # v8: "Go back to the cell.", "Repeat cells.", "Take a car back."
    ("Gập ô lại.", "Close your umbrella."),
    ("Gấp ô lại đi.", "Close your umbrella."),
    ("Cụp ô lại đi.", "Close your umbrella."),
    # not: "our" umbrella (one, or one each?), "dù" alone (although?), "đã" alone (was, or is?), a pet's, a "?" on a
    # statement, "thế" said, "nhỉ", "vừa" with a state, a day with "rồi", "có" without "không", whose own not known
    # (a name alone, "we"), "anh" saying it, "theo" after "có", a day with the rain, "I" asked, "à", "em" with "ạ", no
    # word of asking, "cầm" without "theo", "theo" twice, "mình" sharing (I or we?), "Chúng ta" saying it, getting wet
    # (mt/getting_wet.py), a car, a window, buying one, the other way's language, nonsense
    ("Ô của chúng tôi bị gãy.", None), ("Dù bị gãy rồi.", None), ("Dù tôi bị gãy rồi.", None),
    ("Ô của tôi đã bị gãy.", None), ("Ô của con chó tôi bị rách.", None), ("Ô của tôi bị gãy?", None),
    ("Ô của tôi bị gãy thế.", None), ("Ô của tôi bị gãy nhỉ.", None), ("Ô của tôi vừa bị gãy.", None),
    ("Hôm qua ô của tôi bị gãy rồi.", None), ("Ô của bạn có bị hỏng?", None), ("Trời mưa mà Lan quên ô.", None),
    ("Trời mưa mà chúng tôi quên ô.", None), ("Trời mưa mà anh không mang ô.", None),
    ("Trời mưa mà tôi không có ô theo.", None), ("Trời mưa mà tôi quên mang theo ô theo.", None),
    ("Hôm qua trời mưa mà tôi không mang ô.", None),
    ("Trời mưa mà tôi không mang ô?", None), ("Tôi có ô không?", None), ("Bạn không có ô à?", None),
    ("Có ai có ô.", None), ("Em có ô không ạ?", None), ("Cho tôi mượn ô.", None),
    ("Cầm ô đi, trời sắp mưa.", None), ("Mang theo ô theo đi, trời sắp mưa.", None), ("Mình đi chung ô nhé.", None),
    ("Chúng ta đi chung ô.", None), ("Tôi quên mang ô nên bị ướt.", None), ("Ô tô của tôi bị hỏng.", None),
    ("Ô cửa sổ bị vỡ.", None), ("Tôi mua ô mới.", None), ("My umbrella is broken.", None), ("Ô ô ô.", None),
    # (review) "we", "they" having it: one between them, or one each? (was "We have an umbrella.", "They have …")
    ("Chúng tôi có ô.", None), ("Chúng ta có ô.", None), ("Họ có ô.", None),
    ("Chúng tôi không có ô.", "We don't have an umbrella."), ("Họ có ô không?", "Do they have an umbrella?"),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Mẹ tôi ô bị vỡ.", "Cuộc ô của Lan bị vỡ.", "Điều này ô bị hỏng.", "Ô của tôi đã tách ra.", "Ô của tôi chia
    # hôm qua.", "Có ô của bạn bị hỏng không?"
    ("My umbrella is broken.", "Ô của tôi bị hỏng."),
    ("My umbrella's broken.", "Ô của tôi bị hỏng."),
    ("My mother's umbrella is broken.", "Ô của mẹ tôi bị hỏng."),
    ("Lan's umbrella is broken.", "Ô của Lan bị hỏng."),
    ("This umbrella is broken.", "Ô này bị hỏng."),
    ("The umbrella is broken.", "Ô bị hỏng."),
    ("Her umbrella is broken.", "Ô của cô ấy bị hỏng."),
    ("My umbrella broke.", "Ô của tôi bị hỏng rồi."),
    ("My umbrella broke yesterday.", "Hôm qua ô của tôi bị hỏng."),
    ("My umbrella just broke.", "Ô của tôi vừa bị hỏng."),
    ("My umbrella is broken again.", "Ô của tôi lại bị hỏng rồi."),
    ("Is your umbrella broken?", "Ô của bạn có bị hỏng không?"),
    # v8: "Ô của tôi là rn.", "Có ô của bạn grn không?", "Ô của tôi có lỗ trong đó."
    ("My umbrella is torn.", "Ô của tôi bị rách."),
    ("His umbrella is ripped.", "Ô của anh ấy bị rách."),
    ("Is your umbrella torn?", "Ô của bạn có bị rách không?"),
    ("My umbrella has a hole in it.", "Ô của tôi bị thủng."),
    ("Does your umbrella have a hole in it?", "Ô của bạn có bị thủng không?"),
    # v8: "Ô của tôi bị thổi bên trong.", "Ô của tôi thổi bên trong.", "Ô của tôi tắt bên trong.", "Ô của tôi bị thổi
    # bên trong hôm qua."
    ("My umbrella got blown inside out.", "Ô của tôi bị gió thổi lật."),
    ("My umbrella blew inside out.", "Ô của tôi bị gió thổi lật."),
    ("My umbrella turned inside out.", "Ô của tôi bị gió thổi lật."),
    ("My father's umbrella was blown inside out yesterday.", "Hôm qua ô của bố tôi bị gió thổi lật."),
    ("My umbrella just got blown inside out.", "Ô của tôi vừa bị gió thổi lật."),
    ("Did your umbrella get blown inside out?", "Ô của bạn có bị gió thổi lật không?"),
    ("My umbrella got blown away.", "Ô của tôi bị gió thổi bay mất."),
    ("Her umbrella blew away last night.", "Tối qua ô của cô ấy bị gió thổi bay mất."),
    # v8: "Trời đang mưa và tôi không đưa một chiếc ô." (hand over), "Trời đang mưa và I quên mang một chiếc ô.",
    # "Thật đáng tiếc và tôi không mang một chiếc ô." (a pity), "Trời đang mưa và I quên ô của tôi."
    ("It's raining and I didn't bring an umbrella.", "Trời đang mưa mà tôi không mang ô."),
    ("It's raining and I forgot to bring an umbrella.", "Trời đang mưa mà tôi quên mang ô."),
    ("It's raining and I forgot my umbrella.", "Trời đang mưa mà tôi quên mang ô."),
    ("It's raining and I don't have an umbrella.", "Trời đang mưa mà tôi không có ô."),
    ("It's raining and my mother didn't bring an umbrella.", "Trời đang mưa mà mẹ tôi không mang ô."),
    ("It's pouring and I didn't bring an umbrella.", "Trời đang mưa to mà tôi không mang ô."),
    ("It's raining hard and she doesn't have an umbrella.", "Trời đang mưa to mà cô ấy không có ô."),
    ("It's raining, but you didn't bring an umbrella.", "Trời đang mưa mà bạn không mang ô."),
    ("It is raining and he forgot his umbrella.", "Trời đang mưa mà anh ấy quên mang ô."),
    ("It's raining and Lan forgot her umbrella.", "Trời đang mưa mà Lan quên mang ô."),
    # v8: "Mẹ bạn có một chiếc ô không?", "Có ai có một chiếc ô không?", "Tôi không có một chiếc ô.", "Tôi có một
    # chiếc ô." (wordy)
    ("Does your mother have an umbrella?", "Mẹ bạn có ô không?"),
    ("Does Lan have an umbrella?", "Lan có ô không?"),
    ("Does anyone have an umbrella?", "Có ai có ô không?"),
    ("I don't have an umbrella.", "Tôi không có ô."),
    ("My mother doesn't have an umbrella.", "Mẹ tôi không có ô."),
    ("I have an umbrella.", "Tôi có ô."),
    # v8: "Cho tôi ô của bạn xin vui lòng.", "Vui lòng cho tôi ô của bạn.", "Đưa tôi ô của bạn." (hand me)
    ("Lend me your umbrella, please.", "Cho tôi mượn ô nhé."),
    ("Please lend me your umbrella.", "Cho tôi mượn ô nhé."),
    ("Lend me your umbrella.", "Cho tôi mượn ô đi."),
    ("Lend me your umbrella for a moment, please.", "Cho tôi mượn ô một lát nhé."),
    ("Lend me an umbrella, please.", "Cho tôi mượn ô nhé."),
    # v8: "Mang theo ô nhé, nó trông giống như mưa." (it looks like), "Lấy một chiếc ô trong trường hợp trời mưa."
    ("Take an umbrella, it looks like rain.", "Mang ô theo đi, trời có vẻ sắp mưa."),
    ("Take an umbrella, it's going to rain.", "Mang ô theo đi, trời sắp mưa."),
    ("Bring an umbrella, it looks like rain.", "Mang ô theo đi, trời có vẻ sắp mưa."),
    ("Take your umbrella with you, it looks like it's going to rain.", "Mang ô theo đi, trời có vẻ sắp mưa."),
    ("Take an umbrella in case it rains.", "Mang ô theo phòng khi trời mưa."),
    ("It looks like rain, take an umbrella.", "Trời có vẻ sắp mưa, mang ô theo đi."),
    ("It's going to rain, bring an umbrella.", "Trời sắp mưa, mang ô theo đi."),
    # v8: "Chúng ta hãy chia sẻ một chiếc ô.", "Bạn có muốn chia sẻ ô của tôi không?", "Có thể chia sẻ ô của bạn
    # không?" (share out)
    ("Let's share an umbrella.", "Chúng ta đi chung ô nhé."),
    ("Do you want to share my umbrella?", "Bạn có muốn đi chung ô với tôi không?"),
    ("Do you want to share an umbrella with me?", "Bạn có muốn đi chung ô với tôi không?"),
    ("Would you like to share an umbrella?", "Bạn có muốn đi chung ô không?"),
    ("Can I share your umbrella?", "Tôi đi chung ô với bạn được không?"),
    ("Could I share your umbrella?", "Tôi đi chung ô với bạn được không?"),
    # v8: "Đóng ô của bạn.", "Đậm ô của bạn."
    ("Close your umbrella.", "Gập ô lại đi."),
    ("Fold up your umbrella.", "Gập ô lại đi."),
    # not: "our" umbrella, a pet's, a verb or a question's first word not agreeing, a "?" missing or on a statement,
    # "is broken" on a day, a day said first, "we" (chúng tôi or chúng ta?), another's umbrella forgotten, "John" with
    # "her", a day with the rain, "I" asked, "please" twice, "Let's" asked, "we" sharing, what other modules take
    # (mt/bring_along.py, left_behind.py), the other way's language, nonsense
    ("Our umbrella is broken.", None), ("My dog's umbrella is broken.", None), ("My umbrella are broken.", None),
    ("Is your umbrella broken.", None), ("My umbrella is broken?", None), ("Does your umbrella broken?", None),
    ("My umbrella is broken yesterday.", None), ("Yesterday my umbrella broke.", None),
    ("It's raining and we didn't bring an umbrella.", None), ("It's raining and she don't have an umbrella.", None),
    ("It's raining and I forgot your umbrella.", None), ("It's raining and John forgot her umbrella.", None),
    ("It was raining and I didn't bring an umbrella.", None), ("Do I have an umbrella?", None),
    ("Does you have an umbrella?", None), ("She have an umbrella.", None), ("Do we have an umbrella?", None),
    ("Please lend me your umbrella, please.", None), ("Let's share an umbrella?", None),
    ("Can we share an umbrella?", None), ("Take an umbrella.", None), ("I left my umbrella at the cafe.", None),
    ("Ô của tôi bị gãy.", None), ("Umbrella umbrella umbrella.", None),
    # (review) "our" someone: "mẹ chúng tôi" or "mẹ chúng ta"? (was "Ô của mẹ chúng tôi bị hỏng.", "Mẹ chúng tôi có ô
    # không?", "Trời đang mưa mà bố chúng tôi quên mang ô.")
    ("Our mother's umbrella is broken.", None), ("Is our father's umbrella broken?", None),
    ("Does our mother have an umbrella?", None), ("Our mother doesn't have an umbrella.", None),
    ("It's raining and our mother didn't bring an umbrella.", None),
    ("It's raining and our father forgot his umbrella.", None),
    ("Their father's umbrella is broken.", "Ô của bố họ bị hỏng."),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
