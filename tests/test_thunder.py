"""Thunder and lightning as weather: thundering now, all night or on a day, the thunder loud, who heard it, lightning
striking something, a thunderstorm coming, and what to do when there is lightning, both ways (mt/thunder.py)."""
import pytest

from mt.thunder import translate


@pytest.mark.parametrize("text, said", [
    # v8: "It's blinking.", "It's stirring.", "It's a sore.", "Last night, it slighted during the night.", "night's last
    # night, there's a sore during the night.", "Yesterday, has blinked.", "It's stirring through the night."
    ("Trời đang có sấm chớp.", "There's thunder and lightning."),
    ("Trời đang sấm.", "It's thundering."),
    ("Trời đang có sấm.", "It's thundering."),
    ("Đang có sấm sét.", "There's thunder and lightning."),
    ("Trời đang có sét.", "There's lightning."),
    ("Tối qua trời sấm sét suốt đêm.", "There was thunder and lightning all night last night."),
    ("Đêm qua có sấm sét suốt đêm.", "There was thunder and lightning all night last night."),
    ("Tối hôm qua, trời có sấm sét suốt đêm.", "There was thunder and lightning all night last night."),
    ("Hôm qua có sấm chớp.", "There was thunder and lightning yesterday."),
    ("Trời sấm suốt đêm.", "It thundered all night."),
    ("Đêm qua trời sấm cả đêm.", "It thundered all night last night."),
    ("Trời sấm sét suốt đêm.", "There was thunder and lightning all night."),
    ("Tối qua sấm sét suốt đêm.", "There was thunder and lightning all night last night."),
    ("Trời có sét suốt đêm.", "There was lightning all night."),
    ("Tối qua trời có sét.", "There was lightning last night."),
    ("Tối qua có sấm.", "It thundered last night."),
    # v8: "It's too much.", "Too late.", "The shrimp was too.", "The explosion explosion was too much."
    ("Trời sấm to quá.", "The thunder is so loud."),
    ("Sấm to quá!", "The thunder is so loud!"),
    ("Tiếng sấm to quá.", "The thunder is so loud."),
    ("Sấm nổ to quá.", "The thunder is so loud."),
    ("Sấm rất to.", "The thunder is very loud."),
    ("Tối qua sấm rất to.", "The thunder was very loud last night."),
    ("Đêm qua tiếng sấm lớn quá.", "The thunder was so loud last night."),
    # v8: "I hear snugging.", "I hear stunning.", "Do you hear stirring noise?", "Last night, I heard snugging noise."
    ("Tôi nghe thấy tiếng sấm.", "I heard thunder."),
    ("Tôi nghe tiếng sấm.", "I heard thunder."),
    ("Mẹ tôi nghe thấy tiếng sấm.", "My mother heard thunder."),
    ("Lan nghe thấy tiếng sấm.", "Lan heard thunder."),
    ("Bác Hùng đã nghe thấy tiếng sấm.", "Uncle Hung heard thunder."),
    ("Tối qua tôi nghe thấy tiếng sấm.", "I heard thunder last night."),
    ("Tôi vừa nghe thấy tiếng sấm.", "I just heard thunder."),
    ("Bạn có nghe thấy tiếng sấm không?", "Did you hear the thunder?"),
    ("Bạn có nghe thấy sấm không ạ?", "Did you hear the thunder?"),
    ("Tối qua bạn có nghe thấy tiếng sấm không?", "Did you hear the thunder last night?"),
    ("Bố tôi có nghe thấy tiếng sấm không?", "Did my father hear the thunder?"),
    ("Tối qua tôi không nghe thấy tiếng sấm.", "I didn't hear the thunder last night."),
    # v8: "Taking the tree before my house.", "Suppressed my house.", "Enforce the spine before my house.", "Eat hit a
    # tree.", "My home was slighted.", "Now before my house was slighted."
    ("Sét đánh trúng cây trước nhà tôi.", "Lightning struck the tree in front of my house."),
    ("Tối qua sét đánh trúng cây trước nhà tôi.", "Lightning struck the tree in front of my house last night."),
    ("Sét đánh trúng nhà tôi.", "Lightning struck my house."),
    ("Sét vừa đánh trúng nhà tôi.", "Lightning just struck my house."),
    ("Sét đánh vào nhà bạn tôi.", "Lightning struck my friend's house."),
    ("Sét đánh trúng cột điện trước nhà tôi.", "Lightning struck the power pole in front of my house."),
    ("Sét đánh trúng cột điện cạnh nhà tôi.", "Lightning struck the power pole next to my house."),
    ("Sét đánh trúng một cái cây.", "Lightning struck a tree."),
    ("Sét đánh trúng một cột điện.", "Lightning struck a power pole."),
    ("Nhà tôi bị sét đánh.", "My house was struck by lightning."),
    ("Cây trước nhà tôi bị sét đánh.", "The tree in front of my house was struck by lightning."),
    ("Cây trước cửa nhà bà tôi bị sét đánh.", "The tree in front of my grandmother's house was struck by lightning."),
    ("Tối qua cây sau nhà tôi bị sét đánh trúng.", "The tree behind my house was struck by lightning last night."),
    ("Hôm qua nhà Lan bị sét đánh.", "Lan's house was struck by lightning yesterday."),
    ("Một cái cây bị sét đánh.", "A tree was struck by lightning."),
    ("Nhà tôi vừa bị sét đánh.", "My house was just struck by lightning."),
    # v8: "There's a good thing to look.", "It's about to rain.", "There's a washcloth.", "Last night, looks.", "It's
    # raining.", "Last night, it rained."
    ("Sắp có dông.", "A thunderstorm is coming."),
    ("Trời sắp mưa dông.", "A thunderstorm is coming."),
    ("Sắp có giông.", "A thunderstorm is coming."),
    ("Trời sắp có mưa giông.", "A thunderstorm is coming."),
    ("Sắp có cơn dông.", "A thunderstorm is coming."),
    ("Trời đang mưa dông.", "There's a thunderstorm."),
    ("Tối qua có dông.", "There was a thunderstorm last night."),
    ("Đêm qua trời mưa dông.", "There was a thunderstorm last night."),
    ("Ngày mai có dông.", "There will be a thunderstorm tomorrow."),
    ("Ngày mai sẽ có mưa dông.", "There will be a thunderstorm tomorrow."),
    ("Tối nay sẽ có dông.", "There will be a thunderstorm tonight."),
    ("Sẽ có dông.", "There will be a thunderstorm."),
    # v8: "When there's a sore, stay in the house.", "Take TV plug-ins when there's a sore.", "When there is a solar,
    # don't go out.", "Don't stand under the tree when there's a sore."
    ("Khi có sấm sét, hãy ở trong nhà.", "When there's thunder and lightning, stay inside."),
    ("Khi có sét, đừng ra ngoài.", "When there's lightning, don't go out."),
    ("Rút phích cắm ti vi khi có sấm sét.", "Unplug the TV when there's thunder and lightning."),
    ("Đừng đứng dưới gốc cây khi có sấm sét.", "Don't stand under a tree when there's thunder and lightning."),
    ("Đừng ra ngoài khi có sét.", "Don't go out when there's lightning."),
    ("Hãy ở trong nhà khi có dông.", "Stay inside during a thunderstorm."),
    ("Khi trời có dông, đừng đứng dưới gốc cây.", "During a thunderstorm, don't stand under a tree."),
    ("Khi có dông, không nên ra ngoài.", "During a thunderstorm, you shouldn't go out."),
    ("Bạn nên rút phích cắm ti vi khi có sấm sét.", "You should unplug the TV when there's thunder and lightning."),
    ("Hãy tắt tivi khi có sấm sét!", "Turn off the TV when there's thunder and lightning!"),
    ("Đừng trú mưa dưới gốc cây khi có sấm sét.", "Don't shelter under a tree when there's thunder and lightning."),
    # not: the weather with no time (now, or earlier?), today's (now, or earlier?), "all night" over a week, a "?" on
    # a statement, "thế" said, "nhỉ", "không" heard with no day (did not, or cannot?), "anh" or "em" saying it, "I"
    # asked, a pet, "cây" or "cột điện" alone (a tree, the tree, trees?), people struck, "nhà" with no one's, a pet's
    # house, "rồi", a day ahead past, "đừng" before what to do, a "when" twice or not at all, being afraid
    # (mt/fears.py), clay, blinking, the other way's language, nonsense
    ("Trời sấm.", None), ("Có sấm sét.", None), ("Trời có sấm sét.", None), ("Có dông.", None), ("Có sét.", None),
    ("Hôm nay có sấm sét.", None), ("Chiều nay có dông.", None), ("Sáng nay trời sấm to quá.", None),
    ("Tuần trước có sấm sét suốt đêm.", None), ("Trời đang có sấm suốt đêm.", None),
    ("Trời có sấm sét suốt đêm?", None), ("Nhà tôi bị sét đánh?", None), ("Sắp có dông?", None),
    ("Tôi nghe thấy tiếng sấm thế.", None), ("Trời sấm to quá nhỉ.", None), ("Sấm to.", None),
    ("Sấm rất to quá.", None), ("Tôi không nghe thấy tiếng sấm.", None), ("Anh nghe thấy tiếng sấm.", None),
    ("Em có nghe thấy tiếng sấm không ạ?", None), ("Tôi có nghe thấy tiếng sấm không?", None),
    ("Con chó của tôi nghe thấy tiếng sấm.", None), ("Bạn có nghe thấy tiếng sấm?", None),
    ("Sét đánh vào cây.", None), ("Sét đánh trúng cột điện.", None), ("Tôi bị sét đánh.", None),
    ("Sét đánh trúng nhà.", None), ("Sét đánh trúng nhà của con chó tôi.", None),
    ("Hôm qua nhà tôi vừa bị sét đánh.", None), ("Sắp có dông rồi.", None), ("Tối qua sẽ có dông.", None),
    ("Trời đang chớp.", None), ("Đừng ở trong nhà khi có sét.", None), ("Ra ngoài khi có sét.", None),
    ("Hãy ở trong nhà.", None), ("Khi có sét, hãy ở trong nhà khi có sét.", None), ("Tôi sợ sấm.", None),
    ("Sấm sét làm con tôi sợ.", None), ("Đất sét rất dẻo.", None), ("Tôi chớp mắt.", None),
    ("Anh ấy nói dông dài quá.", None), ("Lightning struck my house.", None), ("Sấm sấm sấm.", None),
    # (review) "all night" on a morning or an afternoon ("It thundered all night yesterday morning."); a storm over a
    # month or a year (one, or several? "There was a thunderstorm last year.")
    ("Sáng hôm qua trời có sấm suốt đêm.", None), ("Chiều hôm qua trời có sét suốt đêm.", None),
    ("Hôm kia trời sấm suốt đêm.", "It thundered all night the day before yesterday."),
    ("Năm ngoái có dông.", None), ("Tháng trước có dông.", None),
    ("Tuần trước có dông.", "There was a thunderstorm last week."),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Nó đang thunder.", "Có thunder và đèn suốt đêm.", "Có thunder và thắp sáng.", "Có ánh sáng.", "Nó thunder cả
    # đêm.", "Cóunder tối qua.", "Nó thunder tối qua.", "Nó đang thunder cả đêm."
    ("It's thundering.", "Trời đang có sấm."),
    ("It is thundering.", "Trời đang có sấm."),
    ("There's thunder and lightning.", "Trời đang có sấm sét."),
    ("There's lightning.", "Trời đang có sét."),
    ("There's thunder.", "Trời đang có sấm."),
    ("There was thunder and lightning all night.", "Trời có sấm sét suốt đêm."),
    ("There was thunder and lightning all night last night.", "Tối qua trời có sấm sét suốt đêm."),
    ("It thundered all night.", "Trời có sấm suốt đêm."),
    ("It was thundering all night.", "Trời có sấm suốt đêm."),
    ("There was thunder last night.", "Tối qua trời có sấm."),
    ("It thundered last night.", "Tối qua trời có sấm."),
    ("There was lightning yesterday.", "Hôm qua trời có sét."),
    # v8: "Under quá lớn.", "Dunder rất lớn."
    ("The thunder is so loud.", "Sấm to quá."),
    ("The thunder's so loud!", "Sấm to quá."),
    ("The thunder is very loud.", "Sấm rất to."),
    ("The thunder was so loud last night.", "Tối qua sấm to quá."),
    ("The thunder was very loud last night.", "Tối qua sấm rất to."),
    # v8: "Tôi nghe tiếng thunder.", "Bạn có nghe thề tối qua không?", "Mẹ tôi nghe tiếng thunder.", "Tôi có thể nghe
    # tiếng thunder.", "Tôi nghe tiếng thét tối qua."
    ("I heard thunder.", "Tôi nghe thấy tiếng sấm."),
    ("My mother heard thunder.", "Mẹ tôi nghe thấy tiếng sấm."),
    ("We heard thunder.", "Chúng tôi nghe thấy tiếng sấm."),
    ("Lan heard the thunder.", "Lan nghe thấy tiếng sấm."),
    ("I heard thunder last night.", "Tối qua tôi nghe thấy tiếng sấm."),
    ("I just heard thunder.", "Tôi vừa nghe thấy tiếng sấm."),
    ("I can hear thunder.", "Tôi nghe thấy tiếng sấm."),
    ("Did you hear the thunder?", "Bạn có nghe thấy tiếng sấm không?"),
    ("Did you hear thunder last night?", "Tối qua bạn có nghe thấy tiếng sấm không?"),
    ("Can you hear the thunder?", "Bạn có nghe thấy tiếng sấm không?"),
    ("Did your father hear the thunder?", "Bố bạn có nghe thấy tiếng sấm không?"),
    ("I didn't hear the thunder.", "Tôi không nghe thấy tiếng sấm."),
    ("She did not hear the thunder last night.", "Tối qua cô ấy không nghe thấy tiếng sấm."),
    # v8: "Việc ánh sáng đã làm rung chuyển cây phía trước ngôi nhà của tôi.", "Ánh sáng đã chạm vào một cây.", "Việc
    # ánh sáng đã chạm vào một cái pole năng lượng.", "Nhà của chúng tôi bị rung chuyển bởi ánh sáng.", "Cây đã bị vỗ
    # bằng ánh sáng."
    ("Lightning struck the tree in front of my house.", "Sét đánh trúng cây trước nhà tôi."),
    ("Lightning hit the tree in front of my house last night.", "Tối qua sét đánh trúng cây trước nhà tôi."),
    ("Lightning struck a tree.", "Sét đánh trúng một cái cây."),
    ("Lightning struck the tree.", "Sét đánh trúng cây."),
    ("Lightning struck our house.", "Sét đánh trúng nhà chúng tôi."),
    ("Lightning struck a power pole.", "Sét đánh trúng một cột điện."),
    ("Lightning just struck my house.", "Sét vừa đánh trúng nhà tôi."),
    ("Lightning struck my mother's house.", "Sét đánh trúng nhà mẹ tôi."),
    ("Lightning struck the tree next to Lan's house.", "Sét đánh trúng cây cạnh nhà Lan."),
    ("Lightning struck the power pole behind his house yesterday.", "Hôm qua sét đánh trúng cột điện sau nhà anh ấy."),
    ("Our house was struck by lightning.", "Nhà chúng tôi bị sét đánh."),
    ("The tree was struck by lightning.", "Cây bị sét đánh."),
    ("My house was struck by lightning last night.", "Tối qua nhà tôi bị sét đánh."),
    ("A tree was struck by lightning.", "Một cái cây bị sét đánh."),
    ("Our house has just been struck by lightning.", "Nhà chúng tôi vừa bị sét đánh."),
    ("The tree in front of my house was struck by lightning.", "Cây trước nhà tôi bị sét đánh."),
    # v8: "Một cơn bão sắp tới." (a typhoon), "Sẽ có một thunderstorm.", "Có một cơn bão tối qua.", "Có thunderstorm."
    ("A thunderstorm is coming.", "Sắp có dông."),
    ("There's a thunderstorm coming.", "Sắp có dông."),
    ("There's a thunderstorm.", "Trời đang có dông."),
    ("There was a thunderstorm last night.", "Tối qua có dông."),
    ("There will be a thunderstorm tomorrow.", "Ngày mai sẽ có dông."),
    ("There'll be a thunderstorm tonight.", "Tối nay sẽ có dông."),
    ("There's going to be a thunderstorm.", "Sẽ có dông."),
    # v8: "Hãy nằm bên trong khi có ánh sáng.", "Hủy bỏ tivi khi có ánh sáng.", "Hãy kiên trì các nhà thunderstorm.",
    # "Đừng đứng dưới một cây khi có ánh sáng."
    ("Stay inside when there's lightning.", "Hãy ở trong nhà khi có sét."),
    ("Unplug the TV when there's lightning.", "Hãy rút phích cắm ti vi khi có sét."),
    ("Stay indoors during a thunderstorm.", "Hãy ở trong nhà khi có dông."),
    ("Don't stand under a tree when there's lightning.", "Đừng đứng dưới gốc cây khi có sét."),
    ("When there's lightning, don't go outside.", "Khi có sét, đừng ra ngoài."),
    ("When there is thunder and lightning, stay inside.", "Khi có sấm sét, hãy ở trong nhà."),
    ("You should stay indoors during a thunderstorm.", "Bạn nên ở trong nhà khi có dông."),
    ("You shouldn't stand under a tree when there's thunder and lightning.",
     "Bạn không nên đứng dưới gốc cây khi có sấm sét."),
    ("Turn off the TV during a thunderstorm.", "Hãy tắt ti vi khi có dông."),
    ("Do not shelter under a tree when there is lightning!", "Đừng trú dưới gốc cây khi có sét!"),
    # not: "It's lightning." (a verb?), the past with no time, the present with one, "all night" over a week, "was"
    # loud with no day, "I" asked, a verb not agreeing, a pet, "that thunder", "a tree" by a house, a pet's house,
    # "has been struck" (no "just"), a day first, a storm past with no day or ahead in the past, "don't" before what to
    # do, a "when" twice or not at all, being afraid (mt/fears.py), a storm (mt/floods.py), a "?" on a statement,
    # "lightning fast", the other way's language, nonsense
    ("It's lightning.", None), ("It thundered.", None), ("It was thundering.", None),
    ("It's thundering all night.", None), ("There was thunder and lightning all night last week.", None),
    ("The thunder was very loud.", None), ("The thunder is so loud last night.", None),
    ("The thunder is loud.", None), ("Did I hear thunder?", None), ("He hear thunder.", None),
    ("Did you heard thunder?", None), ("I didn't heard the thunder.", None), ("Did your dog hear the thunder?", None),
    ("Did you hear that thunder?", None), ("Lightning struck a tree in front of my house.", None),
    ("Lightning struck the tree in front of my dog's house.", None), ("Lightning strikes tall trees.", None),
    ("Our house has been struck by lightning.", None), ("My house was just struck by lightning yesterday.", None),
    ("Last night lightning struck my house.", None), ("There was a thunderstorm.", None),
    ("There was a thunderstorm tomorrow.", None), ("There will be a thunderstorm last night.", None),
    ("A thunderstorm is coming tomorrow.", None), ("Don't stay inside when there's lightning.", None),
    ("Go out when there's lightning.", None), ("Stay inside.", None), ("I'm afraid of thunder.", None),
    ("There's a storm coming.", None), ("It's thundering?", None), ("Lightning struck my house?", None),
    ("He's as fast as lightning.", None), ("Sét đánh trúng nhà tôi.", None), ("Thunder thunder thunder.", None),
    # (review) "all night" on a morning or an afternoon; "we", "our" asked (chúng tôi, or chúng ta?)
    ("It thundered all night yesterday afternoon.", None), ("There was lightning all night yesterday morning.", None),
    ("It thundered all night yesterday.", "Hôm qua trời có sấm suốt đêm."),
    ("Did we hear the thunder?", None), ("Can we hear the thunder?", None),
    ("Did our neighbor hear the thunder?", None),
    ("We heard the thunder last night.", "Tối qua chúng tôi nghe thấy tiếng sấm."),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
