"""Noise and the neighbours: noisy neighbours and loud music, building work, a dog barking, asking someone to turn it
down, and not sleeping for the noise, both ways (mt/neighbours.py)."""
import pytest

from mt.neighbours import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Neighbors are too noise.", "My neighbor is too noise.", "The house is too noise.", "Is neighbors noise?"
    ("Hàng xóm ồn quá.", "The neighbours are so noisy."),
    ("Hàng xóm tôi ồn quá.", "My neighbours are so noisy."),
    ("Hàng xóm rất ồn.", "The neighbours are very noisy."),
    ("Nhà bên cạnh ồn quá.", "The people next door are so noisy."),
    ("Người ở tầng trên ồn quá.", "The people upstairs are so noisy."),
    ("Hàng xóm lúc nào cũng ồn ào.", "The neighbours are always noisy."),
    ("Hàng xóm không ồn lắm.", "The neighbours aren't very noisy."),
    ("Hàng xóm có ồn không?", "Are the neighbours noisy?"),
    ("Hàng xóm của bạn có ồn không?", "Are your neighbours noisy?"),
    ("Tối qua hàng xóm ồn quá.", "The neighbours were so noisy last night."),
    ("Hàng xóm làm ồn cả đêm.", "The neighbours were making noise all night."),
    ("Hàng xóm đang làm ồn.", "The neighbours are making noise."),
    # v8: "Music is too much.", "It's too noise."
    ("Nhạc to quá.", "The music is so loud."),
    ("Nhạc nhà bên cạnh to quá.", "The music next door is so loud."),
    ("Nhạc có to quá không?", "Is the music too loud?"),
    ("Ở đây ồn quá.", "It's so noisy here."),
    ("Ở đây có ồn không?", "Is it noisy here?"),
    # v8: "The house is fixing home.", "My neighbor is building.", "Neighbors turn on music too."
    ("Nhà bên cạnh đang sửa nhà.", "The people next door are renovating their house."),
    ("Hàng xóm tôi đang xây nhà.", "My neighbours are building a house."),
    ("Hàng xóm đang khoan tường.", "The neighbours are drilling."),
    ("Hàng xóm tôi đang tổ chức tiệc.", "My neighbours are having a party."),
    ("Hàng xóm bật nhạc to quá.", "The neighbours are playing their music so loud."),
    ("Nhà bên cạnh đang sửa.", "The house next door is being renovated."),
    # v8: "The neighbor comforted the night.", "The dog next to night."
    ("Con chó nhà hàng xóm sủa cả đêm.", "The neighbours' dog barked all night."),
    ("Con chó nhà bên cạnh đang sủa.", "The dog next door is barking."),
    ("Chó nhà hàng xóm tôi đêm nào cũng sủa.", "My neighbours' dog barks every night."),
    # v8: "Could you twist music?", "You please say small.", "Please keep orders."
    ("Bạn vặn nhỏ nhạc được không?", "Could you turn the music down?"),
    ("Bạn có thể vặn nhỏ nhạc không?", "Could you turn the music down?"),
    ("Bạn vặn nhỏ nhạc một chút được không?", "Could you turn the music down a bit?"),
    ("Bạn vặn nhỏ ti vi được không?", "Could you turn the TV down?"),  # (the TV spelt "ti vi" or "TV" too)
    ("Vặn nhỏ TV đi.", "Please turn the TV down."),
    ("Anh có thể bớt ồn được không?", "Could you keep the noise down?"),
    ("Bạn làm ơn nói nhỏ thôi.", "Please keep your voice down."),
    ("Các bạn nói nhỏ thôi.", "Please keep your voices down."),
    ("Làm ơn giữ trật tự.", "Please keep quiet."),
    # v8: "I can't sleep because of noise.", "I can't sleep because the neighbor dog."
    ("Tôi không ngủ được vì tiếng ồn.", "I can't sleep because of the noise."),
    ("Tối qua tôi không ngủ được vì tiếng ồn.", "I couldn't sleep last night because of the noise."),
    ("Tối qua tôi không ngủ được vì hàng xóm ồn quá.",
     "I couldn't sleep last night because the neighbours were so noisy."),
    ("Tôi không ngủ được vì chó nhà hàng xóm.", "I can't sleep because of the neighbours' dog."),
    ("Tôi không ngủ được vì tiếng ồn từ nhà bên cạnh.", "I can't sleep because of the noise from next door."),
    ("Mẹ tôi không ngủ được vì ồn quá.", "My mother can't sleep because it's so noisy."),
    # not: a room (the phrasebook's), who someone is (mt/people.py), sleep alone (mt/sleep.py), a dog of no
    # neighbour's, "to" of people (big), said not asked, work or music with no time or not loud, "anh" alone (the
    # speaker or "you"), whose after "nhà bên cạnh", asked without "có", "làm ồn" of music, a dog barking with no when
    ("Nhạc to quá nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Phòng này ồn quá.", None), ("Hàng xóm tôi là bác sĩ.", None), ("Tôi không ngủ được.", None),
    ("Con chó sủa cả đêm.", None), ("Hàng xóm to quá.", None), ("Bạn vặn nhỏ nhạc.", None),
    ("Hàng xóm sửa nhà.", None), ("Hàng xóm bật nhạc.", None), ("Anh không ngủ được vì tiếng ồn.", None),
    ("Nhà bên cạnh tôi ồn quá.", None), ("Hàng xóm ồn quá không?", None), ("Nhạc làm ồn quá.", None),
    ("Bạn vặn nhỏ nhạc không?", None), ("Con chó nhà hàng xóm sủa.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Những người láng giềng quá lớn.", "Những người tới cửa rất lớn.", "Bạn có phải là người láng giềng không?"
    ("The neighbours are too loud.", "Hàng xóm ồn quá."),
    ("The neighbours are so noisy.", "Hàng xóm ồn quá."),
    ("My neighbours are very noisy.", "Hàng xóm tôi rất ồn."),
    ("My neighbour is very noisy.", "Hàng xóm tôi rất ồn."),
    ("Our neighbours are really noisy.", "Hàng xóm chúng tôi rất ồn."),
    ("The people upstairs are so noisy.", "Hàng xóm tầng trên ồn quá."),
    ("The people next door are very loud.", "Nhà bên cạnh rất ồn."),
    ("The neighbours aren't very noisy.", "Hàng xóm không ồn lắm."),
    ("The neighbours are always noisy.", "Hàng xóm lúc nào cũng ồn."),
    ("Are your neighbours noisy?", "Hàng xóm bạn có ồn không?"),
    ("The neighbours were so noisy last night.", "Tối qua hàng xóm ồn quá."),
    ("The neighbours are making so much noise.", "Hàng xóm làm ồn quá."),
    ("The neighbours were making noise all night.", "Hàng xóm làm ồn cả đêm."),
    # v8: "Âm nhạc của người láng giềng quá lớn.", "Nó quá là noisy ở đây.", "Nó không hài lòng ở đây?"
    ("The neighbours' music is too loud.", "Nhạc nhà hàng xóm to quá."),
    ("The music next door is so loud.", "Nhạc nhà bên cạnh to quá."),
    ("Is the music too loud?", "Nhạc có to quá không?"),
    ("It's too noisy here.", "Ở đây ồn quá."),
    ("Is it noisy here?", "Ở đây có ồn không?"),
    # v8: "Những người láng giềng đang làm việc xây dựng công việc.", "Cửa nhà tiếp theo đang được nhắc đến."
    ("The neighbours are doing building work.", "Hàng xóm đang sửa nhà."),
    ("The people next door are renovating their house.", "Nhà bên cạnh đang sửa nhà."),
    ("The neighbours are having a party.", "Hàng xóm đang tổ chức tiệc."),
    ("My neighbours are playing their music so loud.", "Hàng xóm tôi bật nhạc to quá."),
    ("The house next door is being renovated.", "Nhà bên cạnh đang được sửa lại."),
    # v8: "Con chó của người lân cận vào ban đêm.", "Con chó tới cửa cả đêm."
    ("The neighbours' dog barked all night.", "Con chó nhà hàng xóm sủa cả đêm."),
    ("The dog next door barks all night.", "Con chó nhà bên cạnh sủa cả đêm."),
    ("My neighbour's dog barks all the time.", "Con chó nhà hàng xóm tôi sủa suốt ngày."),
    ("The dog upstairs is barking.", "Con chó nhà tầng trên đang sủa."),
    # v8: "Bạn chuyển âm nhạc xuống được không?", "Bạn giữ nó xuống được không?", "Vui lòng giữ nó xuống."
    ("Could you turn the music down?", "Bạn có thể vặn nhỏ nhạc được không?"),
    ("Can you turn the music down, please?", "Bạn có thể vặn nhỏ nhạc được không?"),
    ("Could you keep it down?", "Bạn có thể bớt ồn được không?"),
    ("Could you keep your voice down?", "Bạn có thể nói nhỏ được không?"),
    ("Please keep it down.", "Làm ơn bớt ồn."),
    ("Turn the music down a bit, please.", "Làm ơn vặn nhỏ nhạc một chút."),
    ("Be quiet!", "Giữ trật tự đi!"),
    # v8: "Chúng ta không ngủ được vì tiếng ồn." (we, the listener too)
    ("We couldn't sleep because of the noise.", "Chúng tôi không ngủ được vì tiếng ồn."),
    ("I couldn't sleep last night because the neighbours were so noisy.",
     "Tối qua tôi không ngủ được vì hàng xóm ồn quá."),
    ("I can't sleep because it's so noisy.", "Tôi không ngủ được vì ồn quá."),
    ("She couldn't sleep because of the neighbours' dog.", "Cô ấy không ngủ được vì con chó nhà hàng xóm."),
    ("I couldn't sleep because of the noise from upstairs.", "Tôi không ngủ được vì tiếng ồn từ nhà tầng trên."),
    # not: a room (the phrasebook's), who someone is, "is" not agreeing, a past with no time, "'" after one
    # neighbour, the people's dog, music noisy, "it" with no place, "can't" last night, "because" before a thing,
    # asked without "?", a dog barking with no when
    ("The room is too noisy.", None), ("He is my neighbour.", None), ("The neighbours is noisy.", None),
    ("Is the neighbours noisy?", None), ("The neighbours were noisy.", None),
    ("The neighbour' dog barked all night.", None), ("The people upstairs' dog barked all night.", None),
    ("The music is noisy.", None), ("It's so noisy.", None), ("I can't sleep last night because of the noise.", None),
    ("I couldn't sleep because the neighbours.", None), ("Could you turn the music down.", None),
    ("The neighbours' dog barks.", None), ("My neighbour are noisy.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
