"""Electrical faults at home: the circuit breaker tripping, a fuse blowing, the breaker switched back on, a faulty or
sparking socket, and calling an electrician, both ways (mt/circuit_breakers.py)."""
import pytest

from mt.circuit_breakers import translate


@pytest.mark.parametrize("text, said", [
    # v8: "The knife was jumped.", "The knife collapsed.", "The knife jumped.", "The knife was just jumped.", "The
    # total knife collapsed.", "The knife or danced."
    ("Cầu dao bị nhảy rồi.", "The circuit breaker has tripped."),
    ("Cầu dao bị sập rồi.", "The circuit breaker has tripped."),
    ("Cầu dao nhảy rồi.", "The circuit breaker has tripped."),
    ("Aptomat bị nhảy rồi.", "The circuit breaker has tripped."),
    ("Cầu dao tổng bị sập rồi.", "The main circuit breaker has tripped."),
    ("Cầu dao vừa bị nhảy.", "The circuit breaker has just tripped."),
    ("Cầu dao lại nhảy rồi.", "The circuit breaker has tripped again."),
    ("Cầu dao đã bị nhảy.", "The circuit breaker tripped."),
    ("Cầu dao bị nhảy rồi à?", "Has the circuit breaker tripped?"),
    ("Cầu dao cứ bị nhảy mãi.", "The circuit breaker keeps tripping."),
    ("Cầu dao hay bị nhảy.", "The circuit breaker often trips."),
    ("Nhà tôi bị nhảy cầu dao rồi.", "The circuit breaker at my house has tripped."),
    ("Cầu dao nhà bạn bị nhảy rồi.", "The circuit breaker at your house has tripped."),
    # v8: "Last night, knife is jumped.", "The knife was danced for electrical stunning.", "Why do the knife jumped?"
    ("Tối qua cầu dao bị nhảy.", "The circuit breaker tripped last night."),
    ("Cầu dao bị nhảy vì chập điện.", "The circuit breaker tripped because of a short circuit."),
    ("Cầu dao đã bị nhảy do quá tải.", "The circuit breaker tripped because of an overload."),
    ("Tại sao cầu dao cứ bị nhảy?", "Why does the circuit breaker keep tripping?"),
    ("Sao cầu dao cứ nhảy hoài vậy?", "Why does the circuit breaker keep tripping?"),
    # v8: "The stone was knocked out.", "Yesterday, lead request was knocked out."
    ("Cầu chì bị đứt rồi.", "The fuse has blown."),
    ("Cầu chì bị cháy rồi.", "The fuse has blown."),
    ("Hôm qua cầu chì bị đứt.", "The fuse blew yesterday."),
    # v8: "Enable knife.", "Please turn up the knife.", "Turn off the knife."
    ("Bật cầu dao lên đi.", "Switch the circuit breaker back on."),
    ("Bật lại cầu dao đi.", "Switch the circuit breaker back on."),
    ("Làm ơn bật cầu dao lên.", "Please switch the circuit breaker back on."),
    ("Tắt cầu dao đi.", "Switch the circuit breaker off."),
    ("Gạt cầu dao xuống đi!", "Switch the circuit breaker off!"),
    # v8: "I'm turning on the knife.", "I stood on the knife.", "Do you enable the knife?", "Can you turn up the
    # knife?", "Let me turn the knife up."
    ("Bố tôi đang bật lại cầu dao.", "My father is switching the circuit breaker back on."),
    ("Tôi đã bật cầu dao lên rồi.", "I've switched the circuit breaker back on."),
    ("Cô ấy vừa bật lại cầu dao.", "She's just switched the circuit breaker back on."),
    ("Bạn bật cầu dao lên chưa?", "Have you switched the circuit breaker back on yet?"),
    ("Bạn có thể bật cầu dao lên không?", "Can you switch the circuit breaker back on?"),
    ("Để tôi bật cầu dao lên.", "Let me switch the circuit breaker back on."),
    ("Anh ấy sẽ bật lại cầu dao.", "He'll switch the circuit breaker back on."),
    ("Mẹ tôi chưa bật lại cầu dao.", "My mother hasn't switched the circuit breaker back on yet."),
    ("Chúng ta phải ngắt cầu dao tổng.", "We have to switch the main circuit breaker off."),
    # v8: "This plug was failed.", "Could the socket failed?", "This plug hits the fire.", "The drive is beating!"
    ("Ổ cắm này bị lỗi.", "This socket is faulty."),
    ("Ổ cắm có bị lỗi không?", "Is the socket faulty?"),
    ("Công tắc này bị lỗi rồi.", "This switch is faulty."),
    ("Ổ cắm này cứ đánh lửa.", "This socket keeps sparking."),
    ("Ổ điện đang đánh lửa!", "The socket is sparking!"),
    ("Phích cắm vừa đánh lửa.", "The plug just sparked."),
    # v8: "We must call the mechanic.", "Have you called the hunter yet?", "I'm calling the hunter.", "I've called
    # the hunter.", "Do you know if electricity isn't good?"
    ("Chúng ta phải gọi thợ điện.", "We have to call an electrician."),
    ("Chúng ta cần gọi thợ điện.", "We need to call an electrician."),
    ("Bạn gọi thợ điện chưa?", "Have you called an electrician yet?"),
    ("Tôi đã gọi thợ điện rồi.", "I've called an electrician."),
    ("Bố tôi đang gọi thợ điện.", "My father is calling an electrician."),
    ("Lan vừa gọi thợ điện.", "Lan has just called an electrician."),
    ("Để tôi gọi thợ sửa điện.", "Let me call an electrician."),
    ("Bạn có thể gọi thợ điện không?", "Can you call an electrician?"),
    ("Tôi chưa gọi thợ điện.", "I haven't called an electrician yet."),
    ("Bạn có biết thợ điện nào tốt không?", "Do you know a good electrician?"),
    ("Chị có biết thợ điện nào không?", "Do you know an electrician?"),
    ("Lan có biết thợ điện nào không?", "Does Lan know an electrician?"),
    ("Ổ cắm có bị lỗi không vậy?", "Is the socket faulty?"),
    # v8: "Tomorrow, Electricators will come.", "It's gone."
    ("Ngày mai thợ điện sẽ đến.", "The electrician is coming tomorrow."),
    ("Thợ điện đang đến.", "The electrician is on the way."),
    ("Thợ điện đến rồi.", "The electrician is here."),
    # not: "nhảy" alone (a heading?), asked whether it trips (now, or does it?), a "?" on a statement, a fuse tripped
    # or a breaker snapped, a plain verb (done, or a habit?), "Bạn … đi", "anh" saying it, a pet calling, "I" asked,
    # the electrician as a job (the phrasebook's), sparking with no tense word, a socket shorted and a short circuit
    # (mt/shocks.py's), a day with "rồi", "vừa … rồi", the electrician "đang" on a day, and anything else
    ("Cầu dao nhảy.", None), ("Cầu dao có bị nhảy không?", None), ("Cầu dao bị nhảy?", None),
    ("Cầu chì bị nhảy rồi.", None), ("Cầu dao bị đứt rồi.", None), ("Tôi bật cầu dao lên.", None),
    ("Bạn bật cầu dao lên đi.", None), ("Anh bật cầu dao lên rồi.", None), ("Con mèo của tôi gọi thợ điện rồi.", None),
    ("Tôi đã gọi thợ điện chưa?", None), ("Bố tôi là thợ điện.", None), ("Ổ cắm bị đánh lửa.", None),
    ("Ổ cắm này bị chập.", None), ("Nhà tôi bị chập điện.", None), ("Bạn gọi thợ điện.", None),
    ("Ngày mai thợ điện đang đến.", None), ("Cầu dao vừa bị nhảy rồi.", None), ("Bật cầu dao xuống đi.", None),
    ("Tối qua cầu dao bị nhảy rồi.", None), ("Cầu dao nhảy cao lắm.", None), ("Cầu dao bị nhảy nhỉ.", None),
    ("The circuit breaker has tripped.", None), ("Ổ cắm này bị lỗi?", None),
    # a statement ending in "vậy", "thế" (then? so much?: mt.text.STRESSED_SAID)
    ("Cầu dao cứ bị sập liên tục vậy.", None), ("Cầu dao bị nhảy rồi vậy.", None),
    ("Tôi gọi thợ điện rồi vậy.", None), ("Thợ điện đến rồi thế.", None), ("Ổ cắm này bị lỗi thế.", None),
    ("Ổ cắm đang đánh lửa thế!", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Bộ chia nhỏ mạch này đã vấp ngã.", "Bộ chia nhỏ mạch vừa chuyến đi.", "Người thợ chia tay giữ chuyến đi.",
    # "Những chuyến đi chia tay thường xuyên.", "Có phải bộ phân chia mạch có bị gấp đôi không?"
    ("The circuit breaker has tripped.", "Cầu dao bị nhảy rồi."),
    ("The breaker's tripped.", "Cầu dao bị nhảy rồi."),
    ("The circuit breaker’s tripped again.", "Cầu dao lại bị nhảy rồi."),
    ("The circuit breaker has just tripped.", "Cầu dao vừa bị nhảy."),
    ("The circuit breaker tripped.", "Cầu dao đã bị nhảy."),
    ("The breaker keeps tripping.", "Cầu dao cứ bị nhảy."),
    ("The breaker often trips.", "Cầu dao hay bị nhảy."),
    ("Has the circuit breaker tripped?", "Cầu dao có bị nhảy không?"),
    ("The circuit breaker at my house has tripped.", "Cầu dao nhà tôi bị nhảy rồi."),
    # v8: "Bộ chia nhỏ mạch này đã tối qua.", "Tại sao bộ chia nhỏ mạch lại giữ chuyến đi?"
    ("The circuit breaker tripped last night.", "Tối qua cầu dao bị nhảy."),
    ("The main breaker tripped again yesterday.", "Hôm qua cầu dao tổng lại bị nhảy."),
    ("The circuit breaker tripped because of a short circuit.", "Cầu dao bị nhảy vì chập điện."),
    ("Why does the circuit breaker keep tripping?", "Tại sao cầu dao cứ bị nhảy?"),
    # v8: "Nguyên nhân này đã thổi phồng."
    ("The fuse has blown.", "Cầu chì bị đứt rồi."),
    ("The fuse blew yesterday.", "Hôm qua cầu chì bị đứt."),
    ("Has the fuse blown?", "Cầu chì có bị đứt không?"),
    # v8: "Chuyển đổi bộ ngắt mạch trở lại.", "Xin vui lòng chuyển đổi bộ tách chính."
    ("Switch the circuit breaker back on.", "Bật cầu dao lên đi."),
    ("Switch the breaker on.", "Bật cầu dao lên đi."),
    ("Turn the breaker back on, please.", "Làm ơn bật cầu dao lên."),
    ("Please switch off the main breaker.", "Làm ơn ngắt cầu dao tổng."),
    ("Reset the circuit breaker.", "Bật cầu dao lên đi."),
    # v8: "Cha tôi đang chuyển tay trở lại.", "Tôi đã chuyển bộ gãy mạch trở lại.", "Bạn có chuyển đổi người chia tay
    # trở lại chưa?", "Bạn có thể chuyển đổi bộ tách ngược lại không?"
    ("My father is switching the breaker back on.", "Bố tôi đang bật lại cầu dao."),
    ("I've switched the circuit breaker back on.", "Tôi bật lại cầu dao rồi."),
    ("She has just switched the breaker back on.", "Cô ấy vừa bật lại cầu dao."),
    ("Have you switched the breaker back on yet?", "Bạn đã bật lại cầu dao chưa?"),
    ("We need to switch the breaker off.", "Chúng tôi cần ngắt cầu dao."),
    ("He'll turn the breaker back on.", "Anh ấy sẽ bật lại cầu dao."),
    ("I haven't switched the breaker back on yet.", "Tôi chưa bật lại cầu dao."),
    ("Can you switch the breaker back on?", "Bạn có thể bật lại cầu dao không?"),
    ("Let me switch the breaker back on.", "Để tôi bật lại cầu dao."),
    ("Lan switched the breaker back on.", "Lan đã bật lại cầu dao."),
    # v8: "Ổ cắm mạng này là lỗi.", "Ổ cắm mạng này có lỗi không?", "Ổ cắm mạng này giữ cho việc bật lên."
    ("This socket is faulty.", "Ổ cắm này bị lỗi."),
    ("The socket's faulty.", "Ổ cắm bị lỗi."),
    ("Is this socket faulty?", "Ổ cắm này có bị lỗi không?"),
    ("The switch is faulty.", "Công tắc bị lỗi."),
    ("This socket keeps sparking.", "Ổ cắm này cứ đánh lửa."),
    ("The plug often sparks.", "Phích cắm hay đánh lửa."),
    # v8: "Chúng ta cần gọi điện.", "Bạn có gọi điện cho máy điện chưa?", "Tôi chưa gọi điện.", "Để tôi gọi điện cho
    # bác sĩ điện.", "Bạn có biết một người máy điện tốt không?"
    ("We need to call an electrician.", "Chúng tôi cần gọi thợ điện."),
    ("We have to call an electrician.", "Chúng tôi phải gọi thợ điện."),
    ("You should call an electrician.", "Bạn nên gọi thợ điện."),
    ("My mother has already called an electrician.", "Mẹ tôi gọi thợ điện rồi."),
    ("She's calling an electrician.", "Cô ấy đang gọi thợ điện."),
    ("Have you called an electrician yet?", "Bạn đã gọi thợ điện chưa?"),
    ("I haven't called an electrician yet.", "Tôi chưa gọi thợ điện."),
    ("Can you call an electrician?", "Bạn có thể gọi thợ điện không?"),
    ("Let me call an electrician.", "Để tôi gọi thợ điện."),
    ("I'll call an electrician.", "Tôi sẽ gọi thợ điện."),
    ("Do you know a good electrician?", "Bạn có biết thợ điện nào tốt không?"),
    # v8: "Máy điện sắp tới ngày mai.", "Máy điện ở đây."
    ("The electrician is coming tomorrow.", "Ngày mai thợ điện sẽ đến."),
    ("The electrician's on his way.", "Thợ điện đang đến."),
    ("The electrician is here.", "Thợ điện đến rồi."),
    # not: a habit with no "often", "has" with a day behind, a fuse tripped, a breaker blown, a "?" on a statement,
    # verbs that do not agree ("She need", "He have", "Has you"), the way said twice or not at all, a pet calling,
    # the electrician as a job, sparking now or done (mt/shocks.py's), "coming" with no day (on the way, or will?),
    # a plain verb (a habit), "I" asked, "just … again"
    ("The circuit breaker trips.", None), ("The breaker has tripped yesterday.", None), ("The fuse has tripped.", None),
    ("The breaker has blown.", None), ("The circuit breaker tripped?", None),
    ("She need to call an electrician.", None), ("He have switched the breaker back on.", None),
    ("Has you called an electrician yet?", None), ("Switch the breaker back on on.", None),
    ("Switch the breaker.", None), ("My dog called an electrician.", None), ("My father is an electrician.", None),
    ("The socket is sparking.", None), ("The socket sparked.", None), ("The socket is faulty?", None),
    ("The electrician is coming.", None), ("I call an electrician.", None),
    ("Have I called an electrician yet?", None), ("The circuit breaker has just tripped again.", None),
    ("Reset the breaker back on.", None), ("Cầu dao bị nhảy rồi.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
