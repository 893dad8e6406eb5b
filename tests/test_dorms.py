"""Living in a student dormitory: who lives in the dorm, moving into or out of it, what it is like, and how many
people share a dorm room, both ways (mt/dorms.py)."""
import pytest

from mt.dorms import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I'm in the dormacy.", "Are you in a dormant sign?", "My son lived in a rubber sign.", "Lan isn't in
    # dormant.", "I'm still in rubber.", "I'm no longer in a rubber sign.", "I've been in rubber."
    ("Tôi ở ký túc xá.", "I live in the dorm."),
    ("Bạn có ở ký túc xá không?", "Do you live in the dorm?"),
    ("Chị có ở ký túc xá không?", "Do you live in the dorm?"),
    ("Con trai tôi sống ở ký túc xá.", "My son lives in the dorm."),
    ("Anh ấy sống trong ký túc xá.", "He lives in the dorm."),
    ("Chúng tôi ở KTX.", "We live in the dorm."),
    ("Lan không ở ký túc xá.", "Lan doesn't live in the dorm."),
    ("Tôi vẫn ở ký túc xá.", "I still live in the dorm."),
    ("Minh vẫn còn ở ký túc xá.", "Minh still lives in the dorm."),
    ("Bạn còn ở ký túc xá không?", "Do you still live in the dorm?"),
    ("Bạn có còn ở ký túc xá không?", "Do you still live in the dorm?"),
    ("Tôi không còn ở ký túc xá nữa.", "I don't live in the dorm any more."),
    ("Tôi không ở ký túc xá nữa.", "I don't live in the dorm any more."),
    ("Họ không còn ở ký túc xá.", "They don't live in the dorm any more."),
    ("Tôi từng ở ký túc xá.", "I used to live in the dorm."),
    ("Mẹ tôi từng sống ở ký túc xá.", "My mother used to live in the dorm."),
    ("Tôi đang sống ở ký túc xá.", "I'm living in the dorm."),
    # v8: "I was in the very rubber year.", "My most year in the dominant sign."
    ("Hồi năm nhất tôi ở ký túc xá.", "I lived in the dorm in my first year."),
    ("Tôi ở ký túc xá hồi năm nhất.", "I lived in the dorm in my first year."),
    ("Năm nhất tôi đã ở ký túc xá.", "I lived in the dorm in my first year."),
    ("Hồi năm nhất, con trai tôi ở ký túc xá.", "My son lived in the dorm in his first year."),
    ("Hồi năm hai chúng tôi không ở ký túc xá.", "We didn't live in the dorm in our second year."),
    ("Hồi năm nhất bạn có ở ký túc xá không?", "Did you live in the dorm in your first year?"),
    # v8: "I'm moving out of the rubber.", "I moved into the rubber last week.", "We just moved into the rubber.",
    # "Next week, I'll move out of the rubber.", "Have you moved into the rubbber yet?"
    ("Tôi chuyển ra khỏi ký túc xá rồi.", "I've moved out of the dorm."),
    ("Cô ấy đã chuyển ra khỏi ký túc xá.", "She's moved out of the dorm."),
    ("Tôi chuyển vào ký túc xá tuần trước.", "I moved into the dorm last week."),
    ("Cô ấy đã chuyển ra khỏi ký túc xá tháng trước.", "She moved out of the dorm last month."),
    ("Hôm qua con gái tôi chuyển vào ký túc xá.", "My daughter moved into the dorm yesterday."),
    ("Chúng tôi vừa chuyển vào ký túc xá.", "We've just moved into the dorm."),
    ("Em trai tôi mới chuyển vào ký túc xá.", "My younger brother has just moved into the dorm."),
    ("Tuần sau tôi chuyển ra khỏi ký túc xá.", "I'm moving out of the dorm next week."),
    ("Tháng sau chúng tôi sẽ chuyển ra khỏi KTX.", "We will move out of the dorm next month."),
    ("Tôi sắp chuyển ra khỏi ký túc xá.", "I'm moving out of the dorm soon."),
    ("Tôi định chuyển ra khỏi ký túc xá.", "I'm going to move out of the dorm."),
    ("Tôi muốn chuyển ra khỏi ký túc xá.", "I want to move out of the dorm."),
    ("Tôi chưa chuyển vào ký túc xá.", "I haven't moved into the dorm yet."),
    ("Lan vẫn chưa chuyển vào ký túc xá.", "Lan still hasn't moved into the dorm."),
    ("Bạn chuyển vào ký túc xá chưa?", "Have you moved into the dorm yet?"),
    ("Anh ấy đã chuyển đến ký túc xá chưa?", "Has he moved into the dorm yet?"),
    ("Bạn có định chuyển ra khỏi ký túc xá không?", "Are you going to move out of the dorm?"),
    ("Bạn có muốn chuyển vào ký túc xá không?", "Do you want to move into the dorm?"),
    # v8: "It is so rubber.", "Rubby symbol is far away from school.", "Is it cheap?", "My rubber sign is too large."
    ("Ký túc xá ồn quá.", "The dorm is so noisy."),
    ("Ký túc xá rất ồn.", "The dorm is very noisy."),
    ("Ký túc xá quá chật.", "The dorm is too cramped."),
    ("Ký túc xá xa trường.", "The dorm is far from the school."),
    ("Ký túc xá ở gần trường.", "The dorm is close to the school."),
    ("Ký túc xá của tôi hơi xa trường.", "My dorm is a bit far from the school."),
    ("Ký túc xá của tôi đông người quá.", "My dorm is so crowded."),
    ("KTX đông quá!", "The dorm is so crowded!"),
    ("Ký túc xá này rẻ lắm.", "This dorm is very cheap."),
    ("Ký túc xá không sạch lắm.", "The dorm isn't very clean."),
    ("Ký túc xá không đắt.", "The dorm isn't expensive."),
    ("Ký túc xá có rẻ không?", "Is the dorm cheap?"),
    ("Ký túc xá có xa trường không?", "Is the dorm far from the school?"),
    # v8: "The rubber room has six people.", "My rubber room has six people.", "How many people do you have a
    # rubbber?"
    ("Phòng ký túc xá có sáu người.", "There are six people in the dorm room."),
    ("Phòng ký túc xá của tôi có sáu người.", "There are six people in my dorm room."),
    ("Phòng ký túc xá của mẹ tôi có bốn người.", "There are four people in my mother's dorm room."),
    ("Phòng ký túc xá của Lan có ba người.", "There are three people in Lan's dorm room."),
    ("Phòng ký túc xá này có 8 người.", "There are 8 people in this dorm room."),
    ("Phòng ký túc xá của bạn có mấy người?", "How many people are there in your dorm room?"),
    ("Phòng ký túc xá có bao nhiêu người?", "How many people are there in the dorm room?"),
    # not: "đang ở" (at the dorm now?), "năm nhất" bare or "đã ở" (now, or back then? there, or lived?), "còn ở" said
    # (still, or also?), "chuyển ra" (out of it, or out to it?), a move with no word of its tense, "mới" with a day
    # (only), "đông" bare (the east dorm?), one to a room, "từng … chưa?", "anh" saying it, "I" or "we" asked, a pet,
    # "?" on a statement or without "không", a name's first year (his or hers?), two degrees, a day twice, a dorm's
    # manager, liking or opening hours
    ("Tôi đang ở ký túc xá.", None), ("Năm nhất tôi ở ký túc xá.", None), ("Tôi đã ở ký túc xá.", None),
    ("Tôi còn ở ký túc xá.", None), ("Tôi chuyển ra ký túc xá.", None), ("Tôi chuyển vào ký túc xá.", None),
    ("Tôi mới chuyển vào ký túc xá tuần trước.", None), ("Ký túc xá đông.", None),
    ("Phòng ký túc xá có một người.", None), ("Bạn đã từng ở ký túc xá chưa?", None), ("Anh ở ký túc xá.", None),
    ("Tôi có ở ký túc xá không?", None), ("Chúng tôi có ở ký túc xá không?", None),
    ("Con mèo của tôi ở ký túc xá.", None), ("Con chó của tôi chuyển vào ký túc xá rồi.", None),
    ("Bạn có ở ký túc xá?", None), ("Tôi ở ký túc xá?", None), ("Ký túc xá ồn quá?", None),
    ("Phòng ký túc xá có sáu người?", None), ("Tôi vẫn ở ký túc xá không?", None),
    ("Hồi năm nhất Lan ở ký túc xá.", None), ("Ký túc xá rất ồn quá.", None), ("Ký túc xá có rất ồn không?", None),
    ("Tôi ở ký túc xá của trường.", None), ("Tôi chuyển vào ký túc xá tuần trước rồi.", None),
    ("Tuần sau tôi chuyển ra khỏi ký túc xá tuần sau.", None), ("Quản lý ký túc xá rất khó tính.", None),
    ("Tôi thích ký túc xá.", None), ("Ký túc xá mở cửa lúc mấy giờ?", None),
    # (review: "nhỉ" asks to be agreed with; "à?" and "không?" without "có": surprise, or at the dorm now?)
    ("Ký túc xá ồn quá nhỉ.", None), ("Bạn ở ký túc xá à?", None), ("Bạn ở ký túc xá không?", None),
    # (review: "vậy" or "thế" ending a statement: "then" of a choice made, or "so" of what the dorm is like)
    ("Tôi ở ký túc xá vậy.", None), ("Mẹ tôi ở ký túc xá thế.", None), ("Tôi sẽ chuyển vào ký túc xá vậy.", None),
    ("Tôi chuyển vào ký túc xá tuần sau vậy.", None), ("Hồi năm nhất tôi ở ký túc xá vậy.", None),
    ("Ký túc xá ồn thế.", None), ("Ký túc xá ồn vậy.", None), ("Phòng ký túc xá có sáu người vậy.", None),
    ("Bạn có ở ký túc xá không vậy?", "Do you live in the dorm?"),
    # (review: "cũ" bare: "the old dorm", as "đông" bare)
    ("Ký túc xá cũ.", None), ("KTX cũ!", None), ("Ký túc xá cũ quá.", "The dorm is so old."),
    ("Ký túc xá có cũ không?", "Is the dorm old?"),
    # (the other way's language, and nonsense)
    ("I live in a dorm.", None), ("Ký túc xá ký túc xá.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi sống trong mộtrm.", "Bạn có sống trongrm không?", "Con trai tôi sống trongrm.", "Cô ấy không sống trong
    # dorm.", "Tôi vẫn sống trong dorm.", "Tôi không còn sống trongrm nữa.", "Tôi từng sống trong một dorm."
    ("I live in a dorm.", "Tôi ở ký túc xá."),
    ("Do you live in the dorm?", "Bạn có ở ký túc xá không?"),
    ("My son lives in the dorm.", "Con trai tôi ở ký túc xá."),
    ("Lan lives in a dormitory.", "Lan ở ký túc xá."),
    ("We live in the dorms.", "Chúng tôi ở ký túc xá."),
    ("I live in halls.", "Tôi ở ký túc xá."),
    ("Does your son live in the dorm?", "Con trai bạn có ở ký túc xá không?"),
    ("She doesn't live in the dorm.", "Cô ấy không ở ký túc xá."),
    ("I still live in the dorm.", "Tôi vẫn ở ký túc xá."),
    ("Do you still live in the dorm?", "Bạn còn ở ký túc xá không?"),
    ("I don't live in the dorm any more.", "Tôi không còn ở ký túc xá nữa."),
    ("We don't live in the dorm anymore.", "Chúng tôi không còn ở ký túc xá nữa."),
    ("He no longer lives in the dorm.", "Anh ấy không còn ở ký túc xá nữa."),
    ("She used to live in a dorm.", "Cô ấy từng ở ký túc xá."),
    ("I'm living in the dorm.", "Tôi đang sống ở ký túc xá."),
    ("Have you ever lived in a dorm?", "Bạn đã từng ở ký túc xá chưa?"),
    # v8: "Tôi từng sống trong năm đầu tiên của tôi." (the dorm lost)
    ("I lived in a dorm in my first year.", "Hồi năm nhất tôi ở ký túc xá."),
    ("In my first year, I lived in a dorm.", "Hồi năm nhất tôi ở ký túc xá."),
    ("My son lived in the dorm during his first year.", "Hồi năm nhất con trai tôi ở ký túc xá."),
    ("Lan lived in the dorm in her first year.", "Hồi năm nhất Lan ở ký túc xá."),
    ("Did you live in the dorm in your first year?", "Hồi năm nhất bạn có ở ký túc xá không?"),
    ("We didn't live in the dorm in our second year.", "Hồi năm hai chúng tôi không ở ký túc xá."),
    # v8: "Tôi đã di chuyển ra khỏi cái dorm.", "Tôi đã chuyển vào quảng cáo vào tuần trước." (an advert), "Chúng tôi
    # chỉ di chuyển vào cái dorm.", "Tôi đang di chuyển khỏi dorm tuần tới.", "Bạn đã di chuyển vàorm vẫn chưa?"
    ("I've moved out of the dorm.", "Tôi chuyển ra khỏi ký túc xá rồi."),
    ("She's moved out of the dorm.", "Cô ấy chuyển ra khỏi ký túc xá rồi."),
    ("I moved out of the dorm.", "Tôi đã chuyển ra khỏi ký túc xá."),
    ("I moved into the dorm last week.", "Tuần trước tôi đã chuyển vào ký túc xá."),
    ("Last month, we moved out of the dorm.", "Tháng trước chúng tôi đã chuyển ra khỏi ký túc xá."),
    ("We just moved into the dorm.", "Chúng tôi vừa chuyển vào ký túc xá."),
    ("He has just moved into the dorm.", "Anh ấy vừa chuyển vào ký túc xá."),
    ("I'm moving out of the dorm next week.", "Tuần sau tôi sẽ chuyển ra khỏi ký túc xá."),
    ("We will move into the dorm next week.", "Tuần sau chúng tôi sẽ chuyển vào ký túc xá."),
    ("I'm moving out of the dorm soon.", "Tôi sắp chuyển ra khỏi ký túc xá."),
    ("I'm about to move into the dorm.", "Tôi sắp chuyển vào ký túc xá."),
    ("I'm going to move out of the dorm.", "Tôi định chuyển ra khỏi ký túc xá."),
    ("She wants to move out of the dorm.", "Cô ấy muốn chuyển ra khỏi ký túc xá."),
    ("I haven't moved into the dorm yet.", "Tôi chưa chuyển vào ký túc xá."),
    ("He still hasn't moved into the dorm.", "Anh ấy vẫn chưa chuyển vào ký túc xá."),
    ("Have you moved into the dorm yet?", "Bạn đã chuyển vào ký túc xá chưa?"),
    ("Has your son moved into the dorm yet?", "Con trai bạn đã chuyển vào ký túc xá chưa?"),
    ("Are you going to move out of the dorm?", "Bạn có định chuyển ra khỏi ký túc xá không?"),
    ("Do you want to move into the dorm?", "Bạn có muốn chuyển vào ký túc xá không?"),
    # v8: "Tiếng dorm quá noisy.", "Tiếng dorm còn xa trường.", "Có rẻ tiền không?", "Tôi rất đông đúc."
    ("The dorm is too noisy.", "Ký túc xá quá ồn."),
    ("The dorm is so noisy!", "Ký túc xá ồn quá!"),
    ("The dorm is very noisy.", "Ký túc xá rất ồn."),
    ("The dorm is far from the school.", "Ký túc xá xa trường."),
    ("My dorm is a bit far from school.", "Ký túc xá của tôi hơi xa trường."),
    ("My dorm is so crowded.", "Ký túc xá của tôi đông người quá."),
    ("The dorm's too crowded.", "Ký túc xá quá đông người."),
    ("This dorm is really cheap.", "Ký túc xá này rất rẻ."),
    ("The dorm isn't very clean.", "Ký túc xá không sạch sẽ lắm."),
    ("The dorm is not expensive.", "Ký túc xá không đắt."),
    ("Is the dorm cheap?", "Ký túc xá có rẻ không?"),
    ("Is your dorm close to campus?", "Ký túc xá của bạn có gần trường không?"),
    # v8: "Có sáu người trong phòng dorm của tôi.", "Có sáu trong số chúng ta trong phòng dorm của tôi.", "Có bao
    # nhiêu người ở phòng dorm của bạn?"
    ("There are six people in my dorm room.", "Phòng ký túc xá của tôi có sáu người."),
    ("There are six of us in my dorm room.", "Phòng ký túc xá của tôi có sáu người."),
    ("There are five of us in our dorm room.", "Phòng ký túc xá của chúng tôi có năm người."),
    ("There are four people in the dorm room.", "Phòng ký túc xá có bốn người."),
    ("There are 8 people in this dorm room.", "Phòng ký túc xá này có 8 người."),
    ("There are three people in Lan's dorm room.", "Phòng ký túc xá của Lan có ba người."),
    ("There are four people in my mother's dorm room.", "Phòng ký túc xá của mẹ tôi có bốn người."),
    ("How many people are there in your dorm room?", "Phòng ký túc xá của bạn có mấy người?"),
    ("How many people are in your dorm room?", "Phòng ký túc xá của bạn có mấy người?"),
    # not: at the dorm ("I'm in the dorm."), a verb not agreeing with who, "I" or "we" asked, a pet, a year not
    # one's own or with "live", a move "now" with no day, a day behind ahead, a day and a year, "?" on a statement,
    # "so" asked, one to a room, "of us" in his room, "dormant", "Did you live …?" with no year, the dorms plural,
    # with whom, the other way's language
    ("I'm in the dorm.", None), ("She live in the dorm.", None), ("Does you live in the dorm?", None),
    ("He have moved out of the dorm.", None), ("Do I live in the dorm?", None), ("Do we live in the dorm?", None),
    ("My dog lives in the dorm.", None), ("I lived in the dorm in your first year.", None),
    ("I live in a dorm in my first year.", None), ("I'm moving into the dorm.", None),
    ("I moved into the dorm next week.", None), ("I moved out of the dorm yesterday in my first year.", None),
    ("The dorm is so noisy?", None), ("Is the dorm so noisy?", None), ("There is one person in my dorm room.", None),
    ("There are one people in my dorm room.", None), ("There are six of us in his dorm room.", None),
    ("The dormant volcano is quiet.", None), ("Did you live in the dorm?", None), ("The dorms are noisy.", None),
    ("I live in the dorm with my friends.", None), ("Tôi ở ký túc xá.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
