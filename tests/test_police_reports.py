"""Reporting to the police: going to the police station to report it, reporting a theft or a loss, being told to, the
police taking a statement, and a confirmation of the report, both ways (mt/police_reports.py)."""
import pytest

from mt.police_reports import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I must go up to the release of the news.", "My mother was hilling the release of the robbery."
    ("Tôi phải lên đồn công an trình báo.", "I have to go to the police station to report it."),
    ("Mẹ tôi đã lên đồn công an trình báo vụ trộm.", "My mother went to the police station to report the theft."),
    ("Bố tôi sẽ lên đồn công an trình báo vào ngày mai.", None),
    ("Bố tôi sẽ lên đồn công an trình báo ngày mai.", "My father will go to the police station to report it tomorrow."),
    ("Chúng tôi đã đến đồn cảnh sát để trình báo.", "We went to the police station to report it."),
    ("Anh ấy vừa lên đồn trình báo mất xe.", "He's just been to the police station to report his stolen motorbike."),
    ("Lan đang lên đồn công an trình báo.", "Lan is going to the police station to report it."),
    ("Tôi đã lên đồn công an trình báo rồi.", "I've been to the police station to report it."),
    ("Bạn đã lên đồn công an trình báo chưa?", "Have you been to the police station to report it?"),
    ("Tôi có phải lên đồn công an trình báo không?", "Do I have to go to the police station to report it?"),
    ("Cô ấy có cần lên đồn trình báo không?", "Does she need to go to the police station to report it?"),
    ("Hôm qua tôi lên đồn trình báo.", None),
    ("Tôi lên đồn công an trình báo hôm qua.", "I went to the police station to report it yesterday."),
    # v8: "I've reported a loss of car with a security.", "Lan has reported a loss of wallet with security."
    ("Tôi đã trình báo mất xe với công an.", "I reported my stolen motorbike to the police."),
    ("Mẹ tôi đã trình báo mất ví với công an.", "My mother reported the loss of her wallet to the police."),
    ("Chị ấy đã trình báo mất trộm điện thoại với công an.", "She reported her stolen phone to the police."),
    ("Cô ấy đã trình báo mất trộm điện thoại với công an.", "She reported her stolen phone to the police."),
    ("Tôi vừa trình báo việc bị mất xe đạp cho công an.", "I've just reported my stolen bicycle to the police."),
    ("Chúng tôi đã trình báo vụ trộm với công an rồi.", "We've reported the theft to the police."),
    ("Bố tôi đã trình báo sự việc với cảnh sát.", "My father reported the incident to the police."),
    # v8: "You should alert you.", "Do you have announced a public?", "We'll have a job with security."
    ("Bạn nên trình báo công an.", "You should report it to the police."),
    ("Bạn đã trình báo công an chưa?", "Have you reported it to the police?"),
    ("Anh đã trình báo công an chưa?", "Have you reported it to the police?"),
    ("Bạn có trình báo với công an không?", "Did you report it to the police?"),
    ("Chúng tôi sẽ trình báo vụ việc với công an.", "We'll report the incident to the police."),
    ("Tôi chưa trình báo công an.", "I haven't reported it to the police yet."),
    ("Họ cần trình báo với cảnh sát.", "They need to report it to the police."),
    ("Chúng ta có nên trình báo công an không?", "Should we report it to the police?"),
    ("Anh ấy đã phải trình báo với công an.", "He had to report it to the police."),
    ("Tôi đã trình báo công an hôm qua.", "I reported it to the police yesterday."),
    # v8: "People told me the release of public."
    ("Người ta bảo tôi trình báo công an.", "I was told to report it to the police."),
    ("Mẹ tôi bảo tôi trình báo công an.", "My mother told me to report it to the police."),
    ("Công an khuyên tôi nên lên đồn trình báo.", "The police advised me to go to the police station to report it."),
    ("Người ta bảo chúng tôi lên đồn công an trình báo.", "We were told to go to the police station to report it."),
    ("Lan yêu cầu anh ấy phải trình báo vụ việc với công an.", "Lan asked him to report the incident to the police."),
    # v8: "The public had taken his public.", "The public is getting my answer."
    ("Công an đã lấy lời khai của anh ấy.", "The police took his statement."),
    ("Công an đang lấy lời khai của tôi.", "The police are taking my statement."),
    ("Cảnh sát vừa lấy lời khai của mẹ tôi.", "The police have just taken my mother's statement."),
    ("Công an sẽ lấy lời khai của chúng tôi.", "The police will take our statements."),
    ("Công an đã lấy lời khai của bạn chưa?", "Have the police taken your statement?"),
    ("Công an chưa lấy lời khai của Lan.", "The police haven't taken Lan's statement yet."),
    # v8: "I've received a paper confirmed of the security."
    ("Tôi đã nhận được giấy xác nhận trình báo của công an.",
     "I received a confirmation of the report from the police."),
    ("Bạn cần xin giấy xác nhận trình báo.", "You need to get a confirmation of the report."),
    ("Bạn đã nhận được giấy xác nhận trình báo chưa?", "Have you received a confirmation of the report?"),
    # not: "báo công an" (mt/theft.py's), a plain verb (done, or a habit?), "không" (didn't, or won't?), "I" asked
    # done, a name alone's thing (his or hers?), "anh" saying it, "có" or "không?" alone, a "?" on a statement, a pet,
    # "khai báo" (a stay registered?), a statement with no whose, "đã xin" (asked for, or got?), "nhỉ" said
    ("Bạn đã báo công an chưa?", None), ("Tôi trình báo công an.", None), ("Tôi không trình báo công an.", None),
    ("Tôi đã trình báo công an chưa?", None), ("Lan vừa trình báo mất ví với công an.", None),
    ("Anh đã trình báo công an.", None), ("Bạn có trình báo công an?", None), ("Bạn trình báo công an không?", None),
    ("Tôi đã trình báo công an?", None), ("Con chó của tôi đã lên đồn công an trình báo.", None),
    ("Tôi đã khai báo tạm trú với công an.", None), ("Công an đã lấy lời khai.", None),
    ("Tôi đã xin giấy xác nhận trình báo.", None), ("Tôi đã trình báo mất xe.", None),
    ("Tôi đã trình báo mất xe công an.", None), ("Tôi đã trình báo công an nhỉ.", None),
    ("Tôi sẽ trình báo công an hôm qua.", None), ("Công an lấy lời khai của tôi.", None),
    ("Mẹ tôi bảo tôi trình báo mất xe với công an.", None), ("Người ta bảo tôi trình báo công an?", None),
    ("Tôi phải lên đồn công an trình báo với công an.", None), ("Đồn công an ở đâu?", None),
    ("I have to go to the police station to report it.", None), ("Trình báo trình báo lời khai.", None),
    # not: who telling themselves ("I told me"; "Anh ấy bảo anh ấy …" reads "He said he …" too)
    ("Tôi bảo mình trình báo công an.", None), ("Tôi bảo tôi trình báo công an.", None),
    ("Chúng tôi bảo chúng tôi trình báo công an.", None), ("Anh ấy bảo anh ấy trình báo công an.", None),
    ("Mẹ tôi bảo mẹ tôi trình báo công an.", None), ("Lan bảo Lan trình báo công an.", None),
    ("Tôi bảo anh ấy trình báo công an.", "I told him to report it to the police."),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi phải đi đến trạm cảnh sát để báo cáo nó.", "Mẹ tôi đi đến trạm cảnh sát để báo cáoft."
    ("I have to go to the police station to report it.", "Tôi phải lên đồn công an trình báo."),
    ("My mother went to the police station to report the theft.", "Mẹ tôi đã lên đồn công an trình báo vụ trộm."),
    ("He'll go to the police station to report it tomorrow.", "Anh ấy sẽ lên đồn công an trình báo ngày mai."),
    ("Have you been to the police station to report it?", "Bạn đã lên đồn công an trình báo chưa?"),
    ("Do I have to go to the police station to report it?", "Tôi có phải lên đồn công an trình báo không?"),
    ("Does she need to go to the police station to report it?", "Cô ấy có cần lên đồn công an trình báo không?"),
    ("We're going to the police station to report the incident.", "Chúng tôi đang lên đồn công an trình báo vụ việc."),
    ("Lan has just been to the police station to report it.", "Lan vừa lên đồn công an trình báo."),
    # v8: "Tôi báo cáo xe máy đánh cắp của tôi đến cảnh sát.", "Cô ấy báo cáo mất ví của cô ấy cho cảnh sát."
    ("I reported my stolen motorbike to the police.", "Tôi đã trình báo mất xe máy với công an."),
    ("She reported the loss of her wallet to the police.", "Cô ấy đã trình báo mất ví với công an."),
    ("My father reported the theft of his phone to the police.",
     "Bố tôi đã trình báo mất trộm điện thoại với công an."),
    ("We've reported the theft to the police.", "Chúng tôi đã trình báo vụ trộm với công an rồi."),
    ("They reported the incident to the police yesterday.", "Họ đã trình báo vụ việc với công an hôm qua."),
    ("She hasn't reported the theft to the police yet.", "Cô ấy chưa trình báo vụ trộm với công an."),
    ("You should report the incident to the police.", "Bạn nên trình báo vụ việc với công an."),
    ("Did you report the theft to the police?", "Bạn có trình báo vụ trộm với công an không?"),
    ("Have you reported your stolen bicycle to the police?", "Bạn đã trình báo mất xe đạp với công an chưa?"),
    # v8: "Tôi được nói với báo cáo nó cho cảnh sát."
    ("I was told to report it to the police.", "Người ta bảo tôi trình báo công an."),
    ("My mother told me to report it to the police.", "Mẹ tôi bảo tôi trình báo công an."),
    ("My father advised us to report the theft to the police.",
     "Bố tôi khuyên chúng tôi nên trình báo vụ trộm với công an."),
    ("The police asked me to go to the police station to report it.", "Công an yêu cầu tôi lên đồn công an trình báo."),
    ("She was advised to go to the police station to report it.", "Cô ấy được khuyên nên lên đồn công an trình báo."),
    ("Lan asked my father to report it to the police.", "Lan yêu cầu bố tôi trình báo công an."),
    # v8: "Cảnh sát đã đưa ra tuyên bố của mình.", "Cảnh sát đang đưa tin tuyên bố của tôi."
    ("The police took his statement.", "Công an đã lấy lời khai của anh ấy."),
    ("The police are taking my statement.", "Công an đang lấy lời khai của tôi."),
    ("Have the police taken your statement?", "Công an đã lấy lời khai của bạn chưa?"),
    ("The police have just taken my mother's statement.", "Công an vừa lấy lời khai của mẹ tôi."),
    ("The police will take our statements.", "Công an sẽ lấy lời khai của chúng tôi."),
    ("The police haven't taken Lan's statement yet.", "Công an chưa lấy lời khai của Lan."),
    # v8: "Tôi nhận được bản báo cáo từ cảnh sát."
    ("I received a confirmation of the report from the police.",
     "Tôi đã nhận được giấy xác nhận trình báo của công an."),
    ("You need to get a confirmation of the report.", "Bạn cần xin giấy xác nhận trình báo."),
    ("Has he received a confirmation of the report?", "Anh ấy đã nhận được giấy xác nhận trình báo chưa?"),
    # not: "report it to the police" said by who (mt/theft.py's), a verb that does not agree, "has" after the police,
    # another's thing, a vehicle's loss (lost, or stolen?), "my statements", a "?" on a statement, a pet, "I" asked
    # done, a day the tense does not take, the police not said, other meanings of "report", the other language
    ("You should report it to the police.", None), ("Have you reported it to the police?", None),
    ("She have to go to the police station to report it.", None),
    ("Does he has to go to the police station to report it?", None), ("The police has taken my statement.", None),
    ("I reported your stolen motorbike to the police.", None),
    ("I reported the loss of my motorbike to the police.", None),
    ("The police took my statements.", None), ("I reported the theft to the police?", None),
    ("My dog went to the police station to report it.", None), ("Did I report the theft to the police?", None),
    ("I will report the theft to the police yesterday.", None), ("I reported the theft.", None),
    ("She wrote a report for her boss.", None), ("The police took my car.", None),
    ("My mother told me to report my stolen motorbike to the police.", None),
    ("He was told to reported it to the police.", None), ("I reported my stolen motorbike to the police yet.", None),
    ("Tôi phải lên đồn công an trình báo.", None), ("Police police report report.", None),
    # not: who telling themselves ("Tôi bảo tôi …"; "Cô ấy bảo cô ấy …" reads "She said she …"), a name's thing whose
    # his or her is not the name's (another's)
    ("I told me to report it to the police.", None), ("We told us to report it to the police.", None),
    ("She told her to report it to the police.", None), ("My mother told my mother to report it to the police.", None),
    ("Lan told Lan to report it to the police.", None),
    ("He told her to report it to the police.", "Anh ấy bảo cô ấy trình báo công an."),
    ("John reported her stolen car to the police.", None), ("Lan reported the loss of his wallet to the police.", None),
    ("Lan went to the police station to report his stolen car.", None),
    ("John reported his stolen car to the police.", "John đã trình báo mất ô tô với công an."),
    ("Lan reported the loss of her wallet to the police.", "Lan đã trình báo mất ví với công an."),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
