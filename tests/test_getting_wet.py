"""Getting caught in the rain: who got wet or soaked, caught in the rain, things wet, the rain stopped or waited for,
rain gear told and the umbrella forgotten, both ways (mt/getting_wet.py)."""
import pytest

from mt.getting_wet import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I'm wet as slippery.", "I'm sweated all.", "I wet and then.", "We're wet as wet."
    ("Tôi bị ướt như chuột lột.", "I'm soaked to the skin."),
    ("Tôi bị ướt hết rồi.", "I'm all wet."),
    ("Tôi bị ướt hết.", "I'm all wet."),
    ("Tôi ướt sũng rồi.", "I'm soaked."),
    ("Tôi bị ướt sũng.", "I'm soaked."),
    ("Chúng tôi bị ướt như chuột lột.", "We're soaked to the skin."),
    ("Mẹ tôi bị ướt hết cả người.", "My mother is wet all over."),
    ("Cô ấy bị ướt từ đầu đến chân.", "She's wet from head to toe."),
    ("Tôi vừa bị ướt sũng.", "I just got soaked."),
    ("Hôm qua tôi bị ướt sũng.", "I got soaked yesterday."),
    ("Tôi bị ướt.", "I got wet."),
    ("Tôi không bị ướt.", "I didn't get wet."),
    ("Bạn bị ướt hết rồi!", "You're all wet!"),
    # v8: "Do you get wet?" (now, not then)
    ("Bạn có bị ướt không?", "Did you get wet?"),
    ("Anh có bị ướt không?", "Did you get wet?"),
    # v8: "Wealth I'm wet.", "Wet."
    ("Giày tôi bị ướt hết rồi.", "My shoes are all wet."),
    ("Giày tôi bị ướt.", "My shoes are wet."),
    ("Tóc tôi bị ướt hết.", "My hair is all wet."),
    ("Giày của mẹ tôi bị ướt sũng.", "My mother's shoes are soaked."),
    ("Giày bạn có bị ướt không?", "Did your shoes get wet?"),
    # v8: "I was rained.", "I'm sticking to rain.", "Yesterday, I got rain.", "Do you get rain?"
    ("Tôi bị mắc mưa.", "I got caught in the rain."),
    ("Tôi bị dính mưa.", "I got caught in the rain."),
    ("Tôi vừa bị mắc mưa.", "I just got caught in the rain."),
    ("Hôm qua tôi bị mắc mưa.", "I got caught in the rain yesterday."),
    ("Mẹ tôi bị mắc mưa trên đường về nhà.", "My mother got caught in the rain on the way home."),
    ("Bạn có bị mắc mưa không?", "Did you get caught in the rain?"),
    ("Tôi suýt bị mắc mưa.", "I almost got caught in the rain."),
    ("Tôi bị mắc mưa, ướt hết cả người.", "I got caught in the rain and got wet all over."),
    # v8: "Rain rain.", "Is rain?", "It rain."
    ("Mưa tạnh rồi.", "The rain has stopped."),
    ("Tạnh mưa rồi.", "The rain has stopped."),
    ("Mưa tạnh chưa?", "Has the rain stopped yet?"),
    ("Mưa vẫn chưa tạnh.", "The rain still hasn't stopped."),
    ("Mưa sắp tạnh rồi.", "The rain is about to stop."),
    # v8: "Waiting for rain.", "Thanks to rain.", "Expected rain.", "Thanks to rain and go."
    ("Đợi tạnh mưa đã.", "Let's wait for the rain to stop."),
    ("Chờ tạnh mưa đã.", "Let's wait for the rain to stop."),
    ("Đợi mưa tạnh đã.", "Let's wait for the rain to stop."),
    ("Chờ mưa tạnh rồi hãy đi.", "Let's wait for the rain to stop before we go."),
    ("Bạn đợi tạnh mưa rồi hãy về.", "Wait for the rain to stop before you go home."),
    ("Tôi đang đợi tạnh mưa.", "I'm waiting for the rain to stop."),
    # v8: "Mang raincoat go.", "Bring an umbrella Go.", "By default raincoat in."
    ("Mang áo mưa đi.", "Take a raincoat."),
    ("Mang ô đi.", "Take an umbrella."),
    ("Cầm ô đi nhé.", "Take an umbrella."),
    ("Mặc áo mưa vào.", "Put on your raincoat."),
    ("Mở ô ra đi.", "Open your umbrella."),
    ("Tôi quên ô rồi.", "I forgot my umbrella."),
    ("Mẹ tôi quên áo mưa.", "My mother forgot her raincoat."),
    # not: "anh" alone saying it (the speaker?), asked of "I", "Did I …?", "not" with how wet, "Mưa tạnh." (when?),
    # waiting without "đã" or who, someone by kin waiting ("let's"?), a day with "vừa", bring_along's ("theo",
    # "quên mang"), the weather, a floor wet (mt/cautions.py), a statement asked
    ("Tôi bị ướt nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Anh bị ướt hết rồi.", None), ("Anh bị mắc mưa.", None), ("Tôi có bị ướt không?", None),
    ("Tôi không bị ướt sũng.", None), ("Mưa tạnh.", None), ("Đợi tạnh mưa.", None),
    ("Mẹ tôi đợi tạnh mưa đã.", None), ("Hôm qua tôi vừa bị mắc mưa.", None), ("Mang theo ô đi.", None),
    ("Tôi quên mang ô.", None), ("Trời đang mưa.", None), ("Sàn nhà ướt.", None), ("Tôi bị mắc mưa?", None),
    # review: "mình" without "đã" or "nhé" (I or we?), clothes wet (mt/laundry.py's), more than one raincoat
    ("Mình đợi tạnh mưa.", None), ("Mình đợi tạnh mưa nhé.", "Let's wait for the rain to stop."),
    ("Quần áo tôi bị ướt.", None),
    ("Họ quên áo mưa rồi.", "They forgot their raincoats."), ("Chúng tôi quên ô.", "We forgot our umbrellas."),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi bị than vãn." (complained), "Tôi đã say xỉn." (drunk), "Tôi bị vỗ da.", "Tôi đang lắc lư."
    ("I got soaked.", "Tôi bị ướt sũng."),
    ("I'm soaked.", "Tôi bị ướt sũng."),
    ("I'm soaked to the skin.", "Tôi bị ướt như chuột lột."),
    ("I got soaked to the skin.", "Tôi bị ướt như chuột lột."),
    ("I'm soaking wet.", "Tôi bị ướt sũng."),
    ("She's drenched.", "Cô ấy bị ướt sũng."),
    ("My mother is soaking wet.", "Mẹ tôi bị ướt sũng."),
    ("I just got soaked.", "Tôi vừa bị ướt sũng."),
    ("I got soaked yesterday.", "Hôm qua tôi bị ướt sũng."),
    # v8: "Tôi có ướt.", "Tôi tất cả ướt.", "Tôi không vượt qua."
    ("I got wet.", "Tôi bị ướt."),
    ("I'm all wet.", "Tôi bị ướt hết."),
    ("I'm wet through.", "Tôi bị ướt sũng."),
    ("I didn't get wet.", "Tôi không bị ướt."),
    ("Did you get wet?", "Bạn có bị ướt không?"),
    ("Are you soaked?", "Bạn có bị ướt sũng không?"),
    # v8: "Đôi giày của tôi ẩm ướt.", "Đôi giày của tôi bị vẹo.", "Tóc của tôi là ướt."
    ("My shoes are wet.", "Giày tôi bị ướt."),
    ("My shoes are soaked.", "Giày tôi bị ướt sũng."),
    ("My hair is all wet.", "Tóc tôi bị ướt hết."),
    ("My shoes got wet.", "Giày tôi bị ướt."),
    ("My mother's shoes are soaked.", "Giày của mẹ tôi bị ướt sũng."),
    ("Are your shoes wet?", "Giày bạn có bị ướt không?"),
    # v8: "Tôi bị bắt trong mưa." (arrested), "Bạn có bị bắt trong mưa không?"
    ("I got caught in the rain.", "Tôi bị mắc mưa."),
    ("We got caught in the rain.", "Chúng tôi bị mắc mưa."),
    ("She got caught in the rain on the way home yesterday.", "Hôm qua cô ấy bị mắc mưa trên đường về nhà."),
    ("Did you get caught in the rain?", "Bạn có bị mắc mưa không?"),
    ("I almost got caught in the rain.", "Tôi suýt bị mắc mưa."),
    ("I got caught in the rain and got soaked.", "Tôi bị mắc mưa và bị ướt sũng."),
    # v8: "Tôi quên ô của tôi." (wordy), "Cô ấy quên ô của cô ấy."
    ("I forgot my umbrella.", "Tôi quên mang ô."),
    ("She forgot her umbrella.", "Cô ấy quên mang ô."),
    ("I forgot my raincoat.", "Tôi quên mang áo mưa."),
    ("Did you forget your umbrella?", "Bạn có quên mang ô không?"),
    # v8: "Đặt vào áo mưa." (place it)
    ("Put on your raincoat.", "Mặc áo mưa vào đi."),
    ("Put your raincoat on.", "Mặc áo mưa vào đi."),
    ("Open your umbrella.", "Mở ô ra đi."),
    # v8: "Chờ mưa để dừng.", "Chúng ta hãy đợi mưa để dừng."
    ("Wait for the rain to stop.", "Đợi tạnh mưa đã."),
    ("Let's wait for the rain to stop.", "Chúng ta đợi tạnh mưa đã."),
    ("Let's wait until the rain stops before we go home.", "Chúng ta đợi tạnh mưa rồi hãy về nhà."),
    ("Wait until the rain stops before you go.", "Đợi tạnh mưa rồi hãy đi."),
    ("She's waiting for the rain to stop.", "Cô ấy đang đợi tạnh mưa."),
    # v8: "Máy mưa đã dừng lại." (a rain machine), "Có phải mưa đã dừng lại chưa?", "Nó đã ngừng mưa."
    ("The rain has stopped.", "Mưa tạnh rồi."),
    ("It's stopped raining.", "Mưa tạnh rồi."),
    ("Has the rain stopped?", "Mưa tạnh chưa?"),
    ("Has it stopped raining yet?", "Mưa tạnh chưa?"),
    ("The rain hasn't stopped yet.", "Mưa vẫn chưa tạnh."),
    ("The rain is about to stop.", "Mưa sắp tạnh rồi."),
    # not: "I'm wet." (sweat? a swim?), bad agreement ("She are", "My shoes is", "My hair are", "He get", "She
    # are waiting"), another's umbrella, one left at a place (mt/left_behind.py), bring_along's, laundry's, "before
    # we go" without "let's", the weather
    ("I'm wet.", None), ("She are soaked.", None), ("My shoes is wet.", None), ("My hair are wet.", None),
    ("He get caught in the rain.", None), ("She are waiting for the rain to stop.", None),
    ("I forgot your umbrella.", None), ("I forgot my umbrella at home.", None), ("Take a raincoat.", None),
    ("My clothes are wet.", None), ("Wait for the rain to stop before we go.", None), ("It's raining.", None),
    ("The rain stopped yet.", None), ("Did you got wet?", None),
    # review: asked of oneself, clothes wet (mt/laundry.py's)
    ("Did I get wet?", None), ("Did I get caught in the rain?", None), ("Am I soaked?", None),
    ("My clothes got wet.", None), ("My clothes are soaked.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
