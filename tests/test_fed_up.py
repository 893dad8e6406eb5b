"""Fed up with, sick of, tired of something or of doing something, said or asked, both ways (mt/fed_up.py)."""
import pytest

from mt.fed_up import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Do you bored your job?", "He stirred fast food.", "I don't bored the job."
    ("Tôi chán ngấy công việc này rồi.", "I'm fed up with this job."),
    ("Tôi chán ngấy việc này rồi.", "I'm fed up with this."),
    ("Tôi chán công việc của tôi rồi.", "I'm tired of my job."),
    ("Tôi chán phải chờ đợi rồi.", "I'm tired of waiting."),
    ("Tôi phát ngán với việc chờ đợi.", "I'm sick of waiting."),
    ("Cô ấy chán ăn cơm mỗi ngày rồi.", "She's tired of eating rice every day."),
    ("Cô ấy chán phải ăn cơm mỗi ngày.", "She's tired of eating rice every day."),
    ("Tôi chán cái trò chơi này rồi.", "I'm tired of this game."),
    ("Chúng tôi chán mưa rồi.", "We're tired of the rain."),
    ("Chúng tôi phát ngán với mưa rồi.", "We're sick of the rain."),
    ("Tôi ngán công việc này lắm rồi.", "I'm so sick of this job."),
    ("Tôi mệt mỏi với công việc này rồi.", "I'm tired of this job."),
    ("Mẹ tôi chán nấu ăn rồi.", "My mother is tired of cooking."),
    ("Bạn có chán công việc của bạn không?", "Are you tired of your job?"),
    ("Anh có chán công việc này không?", "Are you tired of this job?"),
    ("Anh ấy ngấy đồ ăn nhanh rồi.", "He's sick of fast food."),
    ("Họ chán học rồi.", "They're tired of studying."),
    ("Lan chán học tiếng Anh rồi.", "Lan is tired of learning English."),
    ("Bố tôi chán tin tức rồi.", "My father is tired of the news."),
    ("Tôi không chán công việc này.", "I'm not tired of this job."),
    ("Tôi chưa chán nó.", "I'm not tired of it yet."),
    ("Mẹ tôi không chán nấu ăn.", "My mother isn't tired of cooking."),
    ("Cô ấy chán công việc của mình rồi.", "She's tired of her job."),
    ("Mẹ tôi chán công việc của mình rồi.", "My mother is tired of her job."),
    ("Bố mẹ tôi chán ngấy tiếng ồn rồi.", "My parents are fed up with the noise."),
    ("Tôi chán ngấy rồi.", "I'm fed up."),
    ("Tôi chán ngấy lắm rồi.", "I'm so fed up."),
    ("Tôi bắt đầu chán công việc này rồi.", "I'm getting tired of this job."),
    ("Tôi hơi chán chuyện này rồi.", "I'm a bit tired of this."),
    ("Chúng tôi chán ngấy tắc đường rồi ạ.", "We're fed up with the traffic."),
    ("Tôi chán phải dậy sớm rồi.", "I'm tired of getting up early."),
    # not: "anh" saying it (the speaker or you), "chán" with nothing after it or without "rồi" (bored? boring?: "Tôi
    # chán quá." is mt/feelings.py's), "chán ăn" (off one's food), "mệt mỏi" without "với" (tired), "của mình" of a
    # name, "I" asked, a person as the thing, "rồi" with "không", "ngán" without "rồi" (wary of), asked without "có"
    ("Anh chán công việc này rồi.", None), ("Tôi chán quá.", None), ("Tôi chán rồi.", None),
    ("Tôi chán công việc này.", None), ("Tôi chán ăn rồi.", None), ("Tôi mệt mỏi rồi.", None),
    ("Tôi mệt mỏi vì công việc này.", None), ("Lan chán công việc của mình rồi.", None),
    ("Tôi có chán công việc này không?", None), ("Tôi chán anh ta rồi.", None),
    ("Tôi không chán công việc này rồi.", None), ("Tôi ngán công việc này.", None),
    ("Bạn chán công việc này không?", None), ("Tôi chán ngấy công việc này rồi nhỉ.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi đã tham gia công việc của tôi." (joined), "Tôi bị ốm chờ." (ill), "Món ăn gạo mỗi ngày."
    ("I'm fed up with my job.", "Tôi chán ngấy công việc của mình rồi."),
    ("I'm sick of waiting.", "Tôi chán ngấy việc chờ đợi rồi."),
    ("She's tired of eating rice every day.", "Cô ấy chán ăn cơm mỗi ngày rồi."),
    ("I'm bored of this game.", "Tôi chán trò chơi này rồi."),
    # v8: "Chúng tôi bị bệnh do mưa." (ill from), "Anh ta bị ốm về công việc của anh ta."
    ("We're sick of the rain.", "Chúng tôi chán ngấy trời mưa rồi."),
    ("He's sick of his job.", "Anh ấy chán ngấy công việc của mình rồi."),
    ("I'm tired of this.", "Tôi chán chuyện này rồi."),
    ("I'm fed up with this.", "Tôi chán ngấy chuyện này rồi."),
    ("My mother is tired of cooking.", "Mẹ tôi chán nấu ăn rồi."),
    ("My mother is tired of her job.", "Mẹ tôi chán công việc của mình rồi."),
    # v8: "Bạn có mệt công việc của mình không?", "Tôi bị ốm và mệt mỏi."
    ("Are you tired of your job?", "Bạn có chán công việc của mình không?"),
    ("Is she bored with her job?", "Cô ấy có chán công việc của mình không?"),
    ("I'm sick and tired of waiting.", "Tôi chán ngấy việc chờ đợi rồi."),
    # v8: "Họ sợ hãi với tiếng ồn." (afraid), "Tôi bị ốm sớm.", "Tôi đã bay lên với thành phố này." (flew up)
    ("They're fed up with the noise.", "Họ chán ngấy tiếng ồn rồi."),
    ("I'm sick of getting up early.", "Tôi chán ngấy việc dậy sớm rồi."),
    ("I'm fed up with this city.", "Tôi chán ngấy thành phố này rồi."),
    ("I'm so sick of fast food.", "Tôi chán ngấy đồ ăn nhanh lắm rồi."),
    ("I'm not tired of it yet.", "Tôi chưa chán nó."),
    ("He isn't tired of his job.", "Anh ấy không chán công việc của mình."),
    ("I'm getting tired of this job.", "Tôi bắt đầu chán công việc này rồi."),
    ("I'm fed up.", "Tôi chán ngấy rồi."),
    ("I'm so fed up!", "Tôi chán ngấy lắm rồi."),
    ("My parents are fed up with the traffic.", "Bố mẹ tôi chán ngấy tắc đường rồi."),
    ("My parents are tired of their flat.", "Bố mẹ tôi chán căn hộ của mình rồi."),
    ("I'm a bit tired of this song.", "Tôi hơi chán bài hát này rồi."),
    ("We're tired of working overtime.", "Chúng tôi chán làm thêm giờ rồi."),
    ("Lan is bored of playing video games.", "Lan chán chơi game rồi."),
    ("I'm tired of your job.", "Tôi chán công việc của bạn rồi."),
    ("Are they sick of the cold?", "Họ có chán ngấy trời lạnh không?"),
    # not: "is", "are" not agreeing, "I" asked, tired (mt/moods.py), a person as the thing, "not" asked, "yet" said
    # without "not", "fed up" asked, whose of the parents not theirs
    ("She are tired of this.", None), ("I is fed up with this.", None), ("My mother are tired of cooking.", None),
    ("Am I tired of this?", None), ("I'm tired.", None), ("I'm sick of him.", None),
    ("Are you not tired of this?", None), ("I'm tired of it yet.", None), ("Are you fed up?", None),
    ("My parents are tired of her job.", None), ("I'm tired of work today.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_are_not_taken():
    assert translate("Tôi chán ngấy công việc này rồi.", "en", "vi") is None
    assert translate("I'm fed up with my job.", "vi", "en") is None
    assert translate("I'm fed up with my job.", "en", "fr") is None
