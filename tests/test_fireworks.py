"""Fireworks: watched, liked, feared, had on a day, set off, and how they are, both ways (mt/fireworks.py)."""
import pytest

from mt.fireworks import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Yesterday, we viewed a break at the shore.", "We'll go to see flowers.", "Tonight, do you have a welcome
    # break?", "Tonight, we'll go to the shore."
    ("Hôm qua chúng tôi xem pháo hoa ở bờ hồ.", "We watched the fireworks by the lake yesterday."),
    ("Tối qua chúng tôi đi xem pháo hoa.", "We went to watch the fireworks last night."),
    ("Chúng tôi đã xem pháo hoa.", "We watched the fireworks."),
    ("Chúng tôi sẽ đi xem pháo hoa.", "We're going to watch the fireworks."),
    ("Tối nay chúng tôi sẽ đi xem pháo hoa ở bờ hồ.", "We're going to watch the fireworks by the lake tonight."),
    ("Tối nay mẹ tôi đi xem pháo hoa.", "My mother is going to watch the fireworks tonight."),
    ("Tối nay bạn có đi xem pháo hoa không?", "Are you going to watch the fireworks tonight?"),
    ("Năm nay bạn có định đi xem pháo hoa không?", "Are you going to watch the fireworks this year?"),
    ("Tối qua bạn có xem pháo hoa không?", "Did you watch the fireworks last night?"),
    ("Tối qua tôi không xem pháo hoa.", "I didn't watch the fireworks last night."),
    ("Tôi sẽ không đi xem pháo hoa.", "I'm not going to watch the fireworks."),
    ("Bọn trẻ đang xem pháo hoa.", "The kids are watching the fireworks."),
    ("Ngày mai Lan sẽ đi xem pháo hoa.", "Lan is going to watch the fireworks tomorrow."),
    # v8: "Do you like to watch flower breaks?", "I like to break flowers.", "My mother didn't like a break.", "Lan
    # loves to see flowers."
    ("Bạn có thích xem pháo hoa không?", "Do you like watching fireworks?"),
    ("Tôi thích pháo hoa.", "I like fireworks."),
    ("Mẹ tôi không thích pháo hoa.", "My mother doesn't like fireworks."),
    ("Lan rất thích xem pháo hoa.", "Lan really likes watching fireworks."),
    ("Bọn trẻ thích pháo hoa lắm.", "The kids really like fireworks."),
    ("Anh ấy ghét pháo hoa.", "He hates fireworks."),
    ("Chúng tôi mê xem pháo hoa.", "We love watching fireworks."),
    # v8: "My dog was afraid to break flowers.", "I'm afraid of a capital break.", "Do your cat fears of breaking
    # flowers?"
    ("Con chó của tôi sợ pháo hoa.", "My dog is scared of fireworks."),
    ("Tôi sợ tiếng pháo hoa.", "I'm scared of the noise of fireworks."),
    ("Con mèo của bạn có sợ pháo hoa không?", "Is your cat scared of fireworks?"),
    ("Mẹ tôi không sợ pháo hoa.", "My mother isn't scared of fireworks."),
    ("Cô ấy rất sợ tiếng pháo hoa.", "She's really scared of the noise of fireworks."),
    ("Bọn trẻ có sợ pháo hoa không?", "Are the kids scared of fireworks?"),
    # v8: "Tonight, is firefall?", "The left night was fired.", "This year, does not fire flowers."
    ("Tối nay có bắn pháo hoa không?", "Are there fireworks tonight?"),
    ("Tối nay có pháo hoa không?", "Are there fireworks tonight?"),
    ("Đêm giao thừa có bắn pháo hoa.", "There are fireworks on New Year's Eve."),
    ("Năm nay không bắn pháo hoa.", "There are no fireworks this year."),
    ("Năm ngoái có bắn pháo hoa không?", "Were there fireworks last year?"),
    ("Tối qua không có pháo hoa.", "There were no fireworks last night."),
    ("Tối mai có bắn pháo hoa ở bờ hồ không?", "Will there be fireworks by the lake tomorrow evening?"),
    ("Tối nay ở bờ hồ có bắn pháo hoa.", "There are fireworks by the lake tonight."),
    # v8: "They fired flowers at midnight.", "Last night, do they fire flowers?", "The children were burning."
    ("Họ bắn pháo hoa lúc nửa đêm.", "They set off fireworks at midnight."),
    ("Tối qua họ có bắn pháo hoa không?", "Did they set off fireworks last night?"),
    ("Anh ấy đã bắn pháo hoa.", "He set off fireworks."),
    ("Bọn trẻ đang đốt pháo.", "The kids are setting off firecrackers."),
    ("Họ sẽ bắn pháo hoa lúc nửa đêm.", "They'll set off fireworks at midnight."),
    ("Ngày mai chúng tôi sẽ không bắn pháo hoa.", "We won't set off fireworks tomorrow."),
    ("Người ta bắn pháo hoa ở bờ sông.", "They set off fireworks by the river."),
    ("Hôm qua bố tôi đốt pháo.", "My father set off firecrackers yesterday."),
    ("Đêm giao thừa chúng tôi bắn pháo hoa.", "We set off fireworks on New Year's Eve."),
    # v8: "The beautiful flower is too!", "The beautiful flower last night."
    ("Pháo hoa đẹp quá!", "The fireworks are so beautiful!"),
    ("Pháo hoa tối qua đẹp lắm.", "The fireworks last night were very beautiful."),
    ("Pháo hoa tối qua có đẹp không?", "Were the fireworks last night beautiful?"),
    ("Pháo hoa hoành tráng thật!", "The fireworks are really spectacular!"),
    ("Pháo hoa ồn quá!", "The fireworks are so noisy!"),
    # not: watching or setting off with no tense said ("now, or a habit?"; "Anh ấy bắn pháo hoa.": does, or did?),
    # "năm nay … đi xem" (said after, done), "pháo" alone ("bắn pháo": a gun), a pet watching or liking, asked of
    # oneself, "?" on a statement, "có" with no "không", "nhỉ", "anh" alone saying it, the fireworks asked or there
    # with no day, a day not behind on how they were, two days, English
    ("Chúng tôi xem pháo hoa.", None), ("Tối nay chúng tôi xem pháo hoa.", None),
    ("Chúng tôi xem pháo hoa lúc nửa đêm.", None), ("Năm nay chúng tôi đi xem pháo hoa.", None),
    ("Anh ấy bắn pháo hoa.", None), ("Bố tôi bắn pháo hoa đêm giao thừa.", None), ("Họ bắn pháo.", None),
    ("Tối nay họ bắn pháo hoa.", None), ("Họ không bắn pháo hoa.", None), ("Con chó của tôi xem pháo hoa.", None),
    ("Con mèo của tôi thích pháo hoa.", None), ("Tôi có sợ pháo hoa không?", None), ("Tôi sợ pháo hoa?", None),
    ("Bạn có thích pháo hoa.", None), ("Pháo hoa đẹp quá nhỉ!", None), ("Anh thích pháo hoa.", None),
    ("Có bắn pháo hoa không?", None), ("Pháo hoa có đẹp không?", None), ("Pháo hoa tối nay đẹp quá!", None),
    ("Hôm qua chúng tôi xem pháo hoa tối qua.", None), ("Bạn đã xem pháo hoa không?", None),
    ("Quân pháo của tôi bị ăn rồi.", None), ("Tối nay chúng ta đi xem pháo hoa.", None),
    ("Ngày mai chúng ta bắn pháo hoa.", None), ("I like fireworks.", None), ("Pháo hoa hoa pháo.", None),
    # "người ta" liking or scared: people at large, not "they"
    ("Người ta thích pháo hoa.", "People like fireworks."),
    ("Người ta có thích pháo hoa không?", "Do people like fireworks?"),
    ("Người ta không sợ pháo hoa.", "People aren't scared of fireworks."),
    # kept: "lắm" or "!" said of fireworks now, "chúng ta" on a day behind, "trẻ con" now, "mọi người" asked
    ("Pháo hoa đẹp lắm.", "The fireworks are very beautiful."), ("Pháo hoa rất ồn!", "The fireworks are very noisy!"),
    ("Tối qua chúng ta bắn pháo hoa.", "We set off fireworks last night."),
    ("Trẻ con đang đốt pháo.", "The kids are setting off firecrackers."),
    ("Mọi người có thích pháo hoa không?", "Does everyone like fireworks?"),
    # not: "lắm" asked (a lot?: English would drop it), "mọi người" denied ("Everyone doesn't …" reads as not
    # everyone), "trẻ con" liking, scared or setting off with no tense (children at large, not "the kids"),
    # "chúng ta", "mình" setting off with no tense (let's?), how fireworks are with nothing to say it is now ("Pháo
    # hoa rất đẹp.": fireworks at large, or these?)
    ("Bạn có thích pháo hoa lắm không?", None), ("Bạn thích pháo hoa lắm không?", None),
    ("Bạn có sợ pháo hoa lắm không?", None), ("Pháo hoa tối qua có đẹp lắm không?", None),
    ("Mọi người không thích pháo hoa.", None), ("Mọi người không sợ pháo hoa.", None),
    ("Tối qua mọi người không xem pháo hoa.", None), ("Tối qua mọi người không bắn pháo hoa.", None),
    ("Mọi người sẽ không đi xem pháo hoa.", None), ("Trẻ con thích pháo hoa.", None), ("Trẻ con sợ pháo hoa.", None),
    ("Trẻ con đốt pháo.", None), ("Chúng ta bắn pháo hoa.", None), ("Mình bắn pháo hoa.", None),
    ("Chúng ta bắn pháo hoa lúc nửa đêm.", None), ("Chúng ta đốt pháo.", None), ("Pháo hoa rất đẹp.", None),
    ("Pháo hoa đẹp.", None), ("Pháo hoa hoành tráng.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Chúng tôi sẽ theo dõi vụ cháy.", "Chúng tôi nhìn thấy lửa theo hồ tối qua.", "Bạn sẽ theo dõi công việc
    # cháy tối nay không?"
    ("We watched the fireworks.", "Chúng tôi đã xem pháo hoa."),
    ("We watched the fireworks by the lake last night.", "Tối qua chúng tôi xem pháo hoa ở bờ hồ."),
    ("We went to watch the fireworks last night.", "Tối qua chúng tôi đi xem pháo hoa."),
    ("We're going to watch the fireworks.", "Chúng tôi sẽ đi xem pháo hoa."),
    ("My mother is going to watch the fireworks tonight.", "Tối nay mẹ tôi sẽ đi xem pháo hoa."),
    ("Are you going to watch the fireworks tonight?", "Tối nay bạn có định đi xem pháo hoa không?"),
    ("Did you watch the fireworks last night?", "Tối qua bạn có xem pháo hoa không?"),
    ("I didn't watch the fireworks yesterday.", "Hôm qua tôi không xem pháo hoa."),
    ("We're not going to watch the fireworks.", "Chúng tôi sẽ không đi xem pháo hoa."),
    ("We won't watch the fireworks.", "Chúng tôi sẽ không xem pháo hoa."),
    ("The kids are watching the fireworks.", "Bọn trẻ đang xem pháo hoa."),
    # v8: "Bạn có thích xem các công việc hỏa không?", "Bạn có thích hỏa không?", "Tôi thích hỏa hoạn.", "Mẹ tôi
    # không thích làm hỏa."
    ("Do you like watching fireworks?", "Bạn có thích xem pháo hoa không?"),
    ("Do you like fireworks?", "Bạn có thích pháo hoa không?"),
    ("I like fireworks.", "Tôi thích pháo hoa."),
    ("My mother doesn't like fireworks.", "Mẹ tôi không thích pháo hoa."),
    ("She loves fireworks.", "Cô ấy rất thích pháo hoa."),
    ("Lan really likes watching fireworks.", "Lan rất thích xem pháo hoa."),
    ("Does your father like to watch fireworks?", "Bố bạn có thích xem pháo hoa không?"),
    ("The kids love fireworks.", "Bọn trẻ rất thích pháo hoa."),
    # v8: "Con chó của tôi sợ công việc hỏa.", "Tôi sợ tiếng ồn của lửa làm việc.", "Con mèo của bạn có sợ bốc cháy
    # không?"
    ("My dog is scared of fireworks.", "Con chó của tôi sợ pháo hoa."),
    ("I'm scared of the noise of fireworks.", "Tôi sợ tiếng pháo hoa."),
    ("Is your cat afraid of fireworks?", "Con mèo của bạn có sợ pháo hoa không?"),
    ("My dog isn't scared of fireworks.", "Con chó của tôi không sợ pháo hoa."),
    ("We're really scared of fireworks.", "Chúng tôi rất sợ pháo hoa."),
    # v8: "Có công việc cháy tối nay không?", "Có những công việc bắn phá vào đêm giao thừa.", "Năm ngoái chúng ta có
    # một công việc hỏa hoạn?"
    ("Are there fireworks tonight?", "Tối nay có bắn pháo hoa không?"),
    ("There are fireworks on New Year's Eve.", "Đêm giao thừa có bắn pháo hoa."),
    ("Were there fireworks last year?", "Năm ngoái có bắn pháo hoa không?"),
    ("There were no fireworks last year.", "Năm ngoái không bắn pháo hoa."),
    ("There's a fireworks display tonight.", "Tối nay có bắn pháo hoa."),
    ("Are there any fireworks by the lake tonight?", "Tối nay có bắn pháo hoa ở bờ hồ không?"),
    ("There will be fireworks tomorrow evening.", "Tối mai sẽ có bắn pháo hoa."),
    # v8: "Họ lập ra các công việc hỏa hoạn lúc nửa đêm.", "Những đứa trẻ này đang tắt xe lửa."
    ("They set off fireworks at midnight.", "Họ bắn pháo hoa lúc nửa đêm."),
    ("The kids are setting off firecrackers.", "Bọn trẻ đang đốt pháo."),
    ("He set off fireworks.", "Anh ấy đã bắn pháo hoa."),
    ("Did they set off fireworks last night?", "Tối qua họ có bắn pháo hoa không?"),
    ("They'll set off fireworks by the river.", "Họ sẽ bắn pháo hoa ở bờ sông."),
    ("My father set off firecrackers yesterday.", "Hôm qua bố tôi đốt pháo."),
    # v8: "Những chiếc lửa đẹp quá!", "Những công việc hỏa hoạn xinh đẹp nào!"
    ("The fireworks are beautiful!", "Pháo hoa đẹp quá!"),
    ("What beautiful fireworks!", "Pháo hoa đẹp quá!"),
    ("What a spectacular fireworks display!", "Pháo hoa hoành tráng quá!"),
    ("The fireworks last night were very beautiful.", "Pháo hoa tối qua rất đẹp."),
    ("The fireworks are so loud!", "Pháo hoa ồn quá!"),
    # not: "did" with no day (did, not do: Vietnamese would lose it), "he sets off" (a habit), the verb not agreeing
    # ("She are", "He like", "Does she likes", "We is"), a pet watching or liking, asked of oneself, "were" with no
    # day behind, "are" with a day behind, a day ahead on the past, "is there fireworks", "a beautiful fireworks",
    # "not" on progressive firecrackers ("không đang"), midnight for there, Vietnamese
    ("Did you watch the fireworks?", None), ("He sets off fireworks.", None), ("She are scared of fireworks.", None),
    ("He like fireworks.", None), ("Does she likes fireworks?", None), ("We is going to watch the fireworks.", None),
    ("My dog likes fireworks.", None), ("My cat is watching the fireworks.", None),
    ("Am I scared of fireworks?", None), ("The fireworks were beautiful.", None),
    ("The fireworks last night are beautiful.", None), ("We watched the fireworks tomorrow.", None),
    ("Is there fireworks tonight?", None), ("What a beautiful fireworks!", None),
    ("The kids aren't setting off firecrackers.", None), ("There will be fireworks at midnight.", None),
    ("Are there fireworks?", None), ("There were fireworks tonight.", None), ("They didn't set off fireworks.", None),
    ("I set fire to the fireworks factory.", None), ("Tôi thích pháo hoa.", None),
    # kept: "everyone" said or asked, not denied
    ("Everyone is scared of fireworks.", "Mọi người sợ pháo hoa."),
    ("Does everyone like fireworks?", "Mọi người có thích pháo hoa không?"),
    # not: "not really" ("không rất" is not Vietnamese), "everyone" denied (no one, or not everyone?), "are" with a
    # day ahead, "we" asked ("chúng ta" with the one asked, or "chúng tôi" without?)
    ("I don't really like fireworks.", None), ("He doesn't really hate fireworks.", None),
    ("She does not really like watching fireworks.", None), ("Everyone doesn't like fireworks.", None),
    ("Everyone isn't scared of fireworks.", None), ("Everyone didn't watch the fireworks last night.", None),
    ("Everyone won't set off fireworks.", None), ("Everyone is not going to watch the fireworks.", None),
    ("The fireworks tomorrow are beautiful.", None), ("Are we going to watch the fireworks tonight?", None),
    ("Did we set off fireworks last night?", None), ("Do we like fireworks?", None),
    ("Are we scared of fireworks?", None), ("Are we setting off fireworks?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
