"""Murky weather: fog, an overcast sky, muggy air, the "nồm" that leaves the house wet, and the northeast monsoon or a
cold spell coming, both ways (mt/murky_weather.py)."""
import pytest

from mt.murky_weather import translate


@pytest.mark.parametrize("text, said", [
    # v8: "This morning, smog is dense.", "This morning, smog.", "It's too blind.", "It's fog."
    ("Sáng nay sương mù dày đặc.", "There's thick fog this morning."),
    ("Sáng nay có sương mù.", "It's foggy this morning."),
    ("Trời có sương mù.", "It's foggy."),
    ("Hôm nay trời có sương mù dày đặc.", "There's thick fog today."),
    ("Trời nhiều sương mù quá.", "It's so foggy."),
    ("Sáng nay trời nhiều sương mù.", "It's very foggy this morning."),
    ("Sương mù dày đặc.", "There's thick fog."),
    ("Sáng nay, sương mù rất dày.", "The fog is very thick this morning."),
    ("Hôm nay sương mù dày quá!", "The fog is so thick today!"),
    ("Sương mù dày lắm.", "The fog is really thick."),
    ("Chiều nay sương mù khá dày.", "The fog is quite thick this afternoon."),
    ("Sương mù dày đặc quá.", "The fog is so thick."),
    ("Sương mù dày.", "The fog is thick."),
    # v8: "The blindness was too thick, I didn't see sugar.", "Caring carefully, fogs are very thick.", "Fog is gone."
    ("Sương mù dày đặc quá, tôi không nhìn thấy đường.", "The fog is so thick I can't see the road."),
    ("Sương mù dày quá, tôi không nhìn thấy đường.", "The fog is so thick I can't see the road."),
    ("Lái xe cẩn thận, sương mù dày lắm.", "Drive carefully, the fog is really thick."),
    ("Lái xe cẩn thận khi có sương mù nhé!", "Drive carefully in the fog!"),
    ("Lái xe cẩn thận khi có sương mù.", "Drive carefully in the fog."),
    ("Sương mù tan rồi.", "The fog has cleared."),
    ("Sương mù đã tan.", "The fog has cleared."),
    # v8: "It was implying today.", "It implying all day."
    ("Hôm nay trời u ám.", "It's overcast today."),
    ("Trời u ám quá.", "It's so overcast."),
    ("Sáng nay trời rất u ám.", "It's very overcast this morning."),
    ("Trời u ám lắm.", "It's really overcast."),
    ("Trời u ám cả ngày.", "It's been overcast all day."),
    ("Bầu trời u ám.", "The sky is grey."),
    ("Hôm nay bầu trời xám xịt.", "The sky is grey today."),
    # v8: "It's suddenly too much."
    ("Trời ngột ngạt quá.", "It's so stifling."),
    ("Hôm nay trời ngột ngạt quá.", "It's so stifling today."),
    ("Trời rất ngột ngạt.", "It's very stifling."),
    ("Trời ngột ngạt.", "It's stifling."),
    # v8: "It's too hard, wet."
    ("Trời nồm quá, nhà ướt hết.", "It's so humid, everything in the house is damp."),
    ("Trời nồm lắm, sàn nhà ướt hết.", "It's really humid, the floor is all wet."),
    ("Trời nồm quá, tường ướt hết.", "It's so humid, the walls are all wet."),
    ("Trời nồm quá, tường nhà ướt hết!", "It's so humid, the walls are all wet!"),
    # v8: "The winter boy came home.", "The north-west season is coming."
    ("Gió mùa đông bắc về rồi.", "The northeast monsoon has arrived."),
    ("Gió mùa đông bắc đã về.", "The northeast monsoon has arrived."),
    ("Gió mùa đông bắc đã về rồi!", "The northeast monsoon has arrived!"),
    ("Gió mùa đông bắc sắp về.", "The northeast monsoon is coming."),
    ("Gió mùa đông bắc lại về rồi.", "The northeast monsoon is back."),
    # v8: "The brew is coming back.", "The North is having a thrill."
    ("Đợt rét mới sắp về.", "A new cold spell is coming."),
    ("Đợt rét sắp về.", "A cold spell is coming."),
    ("Sắp có đợt rét.", "A cold spell is coming."),
    ("Đợt rét đậm sắp về.", "A severe cold spell is coming."),
    ("Miền Bắc đang có đợt rét.", "The north is having a cold spell."),
    ("Miền Bắc đang có đợt rét đậm.", "The north is having a severe cold spell."),
    ("Không khí lạnh đã về.", "The cold front has arrived."),
    ("Không khí lạnh về rồi.", "The cold front has arrived."),
    ("Không khí lạnh sắp về.", "A cold front is coming."),
    # not: questions, a "?" on a statement, tonight or tomorrow (will it be?), the past, a day on a dayless clause, a
    # bare "không nhìn thấy đường" (who?), "gió mùa" without "đông bắc", "về" bare, what other modules take ("Trời
    # âm u.", "Trời oi quá.", "Trời nồm quá."), "Sàn nhà ướt hết." alone, "thế" said, "nhỉ", English, nonsense
    ("Hôm nay có sương mù không?", None), ("Sáng nay sương mù dày đặc?", None), ("Tối nay có sương mù.", None),
    ("Ngày mai sương mù dày đặc.", None), ("Hôm qua sương mù dày đặc.", None), ("Hôm nay sương mù tan rồi.", None),
    ("Sương mù dày quá, không nhìn thấy đường.", None), ("Gió mùa về rồi.", None),
    ("Gió mùa đông bắc về.", None), ("Ngày mai gió mùa đông bắc về.", None), ("Hôm nay trời âm u.", None),
    ("Trời oi quá.", None), ("Trời nồm quá.", None), ("Sàn nhà ướt hết.", None),
    ("Sương mù dày đặc thế.", None), ("Trời u ám quá nhỉ.", None), ("The fog is thick.", None),
    ("Sương mù mù sương.", None), ("Trời u ám quá, tôi buồn.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Sáng nay trời rất có sương mù.", "Trời có sương mù quá.", "Có sương dày sáng nay.", "Tình trạng này thật sự
    # dày sáng nay."
    ("It's very foggy this morning.", "Sáng nay sương mù rất dày."),
    ("It's really foggy today.", "Hôm nay sương mù rất dày."),
    ("It's so foggy.", "Trời nhiều sương mù quá."),
    ("There's thick fog this morning.", "Sáng nay sương mù dày đặc."),
    ("There is a thick fog today.", "Hôm nay sương mù dày đặc."),
    ("There's dense fog this afternoon.", "Chiều nay sương mù dày đặc."),
    ("The fog is really thick this morning.", "Sáng nay sương mù dày lắm."),
    ("The fog is very thick.", "Sương mù rất dày."),
    ("The fog is so thick today!", "Hôm nay sương mù dày quá!"),
    ("The fog is quite thick.", "Sương mù khá dày."),
    ("The fog is thick.", "Sương mù dày."),
    # v8: "Drive cẩn thận trong fog.", "Tình trạng đã rõ ràng."
    ("The fog is so thick I can't see the road.", "Sương mù dày quá, tôi không nhìn thấy đường."),
    ("The fog is so thick that I can't see the road.", "Sương mù dày quá, tôi không nhìn thấy đường."),
    ("Drive carefully in the fog.", "Lái xe cẩn thận khi có sương mù."),
    ("Drive carefully, the fog is really thick.", "Lái xe cẩn thận, sương mù dày lắm."),
    ("The fog has cleared.", "Sương mù tan rồi."),
    ("The fog has lifted.", "Sương mù tan rồi."),
    ("The fog has cleared up.", "Sương mù tan rồi."),
    # v8: "Hôm nay nó quá tải.", "Dự báo quá mức.", "Thật vui mừng ngày nay.", "Bầu trời ngày nay rất vui."
    ("It's overcast today.", "Hôm nay trời âm u."),
    ("It is overcast this morning.", "Sáng nay trời âm u."),
    ("It's so overcast.", "Trời âm u quá."),
    ("It's very overcast.", "Trời rất âm u."),
    ("It's really overcast today.", "Hôm nay trời âm u lắm."),
    ("It's grey today.", "Hôm nay trời u ám."),
    ("It's so gray today.", "Hôm nay trời u ám quá."),
    ("The sky is grey today.", "Hôm nay bầu trời u ám."),
    ("The sky is gray.", "Bầu trời u ám."),
    ("It's been overcast all day.", "Trời u ám cả ngày."),
    # v8: "Thật là biến đổi.", "Hôm nay nó thật sự.", "Hôm nay thật sự là biến đổi."
    ("It's so muggy.", "Trời oi quá."),
    ("It's muggy today.", "Hôm nay trời oi."),
    ("It's really muggy today.", "Hôm nay trời oi lắm."),
    ("It's very muggy this afternoon.", "Chiều nay trời rất oi."),
    ("It’s so muggy!", "Trời oi quá!"),
    ("It's so stifling this afternoon.", "Chiều nay trời ngột ngạt quá."),
    ("It's stifling today.", "Hôm nay trời ngột ngạt."),
    # v8: "Trời oi quá, mọi thứ trong căn nhà đều bị làm ăn."
    ("It's so humid, everything in the house is damp.", "Trời nồm quá, nhà ướt hết."),
    ("It's so humid that everything in the house is damp.", "Trời nồm quá, nhà ướt hết."),
    ("It's really humid, the floor is all wet.", "Trời nồm lắm, sàn nhà ướt hết."),
    ("It's so humid, the walls are all wet.", "Trời nồm quá, tường ướt hết."),
    # v8: "Tiền tây bắc đã đến.", "Trước khi đến.", "Mặt trước lạnh sắp tới.", "Một cơn chính xác lạnh đang đến."
    ("The northeast monsoon has arrived.", "Gió mùa đông bắc về rồi."),
    ("The northeast monsoon has come.", "Gió mùa đông bắc về rồi."),
    ("The northeast monsoon is here!", "Gió mùa đông bắc về rồi!"),
    ("The northeast monsoon is coming.", "Gió mùa đông bắc sắp về."),
    ("The northeast monsoon is on its way.", "Gió mùa đông bắc sắp về."),
    ("The northeast monsoon is back.", "Gió mùa đông bắc lại về rồi."),
    ("The cold front has arrived.", "Không khí lạnh đã về."),
    ("A cold front has arrived.", "Không khí lạnh đã về."),
    ("A cold front is coming.", "Không khí lạnh sắp về."),
    ("A cold spell is coming.", "Đợt rét sắp về."),
    ("A cold spell is on its way.", "Đợt rét sắp về."),
    ("A new cold spell is coming.", "Đợt rét mới sắp về."),
    ("A severe cold spell is coming.", "Đợt rét đậm sắp về."),
    ("The north is having a cold spell.", "Miền Bắc đang có đợt rét."),
    ("The north is having a severe cold spell.", "Miền Bắc đang có đợt rét đậm."),
    # not: questions, a "?" on a statement, tonight or tomorrow, the past, a day on a dayless clause, "It's foggy" and
    # "It's so humid" alone (mt/weather_said.py), "It's grey" said of a thing ("The car is grey."), Vietnamese,
    # nonsense
    ("Is it foggy today?", None), ("The fog is very thick?", None), ("It's foggy tonight.", None),
    ("It'll be foggy tomorrow.", None), ("The fog was very thick yesterday.", None),
    ("The fog has cleared today.", None), ("It's foggy today.", None), ("It's so humid.", None),
    ("The car is grey.", None), ("Sương mù dày đặc.", None), ("Fog fog overcast.", None),
    ("It's so humid, everything is damp.", None), ("The monsoon has arrived.", None),
    # "it" may be a thing ("What colour is the car? It's grey.", a room or a job stifling): grey or stifling with no day
    ("It's grey.", None), ("It is grey.", None), ("It's so gray.", None), ("It’s so grey!", None),
    ("It's stifling.", None), ("It's so stifling.", None), ("It's very stifling.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
