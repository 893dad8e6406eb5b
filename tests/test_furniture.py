"""Furniture bought, assembled, needed or rearranged, where it was bought and how a piece is, both ways
(mt/furniture.py)."""
import pytest

from mt.furniture import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I just bought a new sfa.", "Lan just bought four seats.", "My mother bought a new clothes." (planning lost)
    ("Tôi vừa mua một bộ sofa mới.", "I've just bought a new sofa."),
    ("Mình vừa mua một bộ sofa mới.", "I've just bought a new sofa."),
    ("Lan vừa mua bốn cái ghế.", "Lan has just bought four chairs."),
    ("Họ vừa mua một chiếc giường mới.", "They've just bought a new bed."),
    ("Tôi vừa mua ba cái ghế này.", "I've just bought these three chairs."),
    ("Tôi đã mua giường mới rồi.", "I've already bought a new bed."),
    ("Tôi mua giường mới rồi.", "I've bought a new bed."),
    ("Tôi đã mua đồ nội thất mới.", "I bought new furniture."),
    ("Mẹ tôi định mua một cái tủ quần áo mới.", "My mother is planning to buy a new wardrobe."),
    ("Chúng tôi đang định mua một cái tủ quần áo mới.", "We're planning to buy a new wardrobe."),
    ("Chúng tôi sắp mua một cái bàn ăn mới.", "We're about to buy a new dining table."),
    ("Họ phải mua hai cái ghế mới.", "They have to buy two new chairs."),
    ("Chúng ta cần mua một cái bàn ăn mới.", "We need to buy a new dining table."),
    ("Tôi không muốn mua ghế sofa.", "I don't want to buy a sofa."),
    ("Chúng tôi sẽ không mua tủ quần áo.", "We won't buy a wardrobe."),
    # v8: "Have you bought a new bed?" (yet lost), "Do you want to buy the desktop?", "Where do you buy this bed?"
    ("Bạn đã mua giường mới chưa?", "Have you bought a new bed yet?"),
    ("Bạn có muốn mua bàn làm việc không?", "Do you want to buy a desk?"),
    ("Bạn có muốn mua bàn làm việc không ạ?", "Do you want to buy a desk?"),
    ("Chị có muốn mua giường mới không?", "Do you want to buy a new bed?"),
    ("Bạn có cần mua giường mới không?", "Do you need to buy a new bed?"),
    ("Bạn mua cái giường này ở đâu?", "Where did you buy this bed?"),
    ("Bạn mua cái giường này ở đâu vậy?", "Where did you buy this bed?"),
    # v8: "We're putting clothes.", "My father installed this table.", "He hasn't installed the bed.", "I'm finished
    # the book's price.", "Have you finished your clothes yet?"
    ("Chúng tôi đang lắp tủ quần áo.", "We're assembling the wardrobe."),
    ("Tôi đang lắp ráp giá sách.", "I'm assembling the bookshelf."),
    # review: a piece assembled is the one at hand in every tense ("I have to assemble a bed.", "I assembled a bed.")
    ("Tôi phải lắp giường.", "I have to assemble the bed."), ("Tôi đã lắp giường.", "I assembled the bed."),
    ("Tôi sẽ không lắp giường.", "I won't assemble the bed."), ("Tôi đang lắp cái giường.", "I'm assembling the bed."),
    ("Tôi đã lắp giường mới.", "I assembled the new bed."),
    ("Bố tôi tự lắp cái bàn này.", "My father assembled this table himself."),
    ("Bố tôi đã tự lắp cái bàn này.", "My father assembled this table himself."),
    ("Mẹ tôi sẽ tự lắp tủ quần áo.", "My mother will assemble the wardrobe herself."),
    ("Tôi sẽ tự lắp giường.", "I'll assemble the bed myself."),
    ("Anh ấy chưa lắp giường.", "He hasn't assembled the bed yet."),
    ("Bạn lắp tủ quần áo chưa?", "Have you assembled the wardrobe yet?"),
    ("Tôi lắp xong cái giá sách rồi.", "I've finished assembling the bookshelf."),
    ("Tôi lắp cái giá sách xong rồi.", "I've finished assembling the bookshelf."),
    ("Bác Hùng vừa lắp xong cái bàn học.", "Uncle Hung has just finished assembling the desk."),
    ("Bạn đã lắp xong tủ quần áo chưa?", "Have you finished assembling the wardrobe yet?"),
    # v8: "I'd like to resist the table in the living room.", "We'll prescribe furnitures in the bedroom.", "Do you
    # resist the chairs in the living room?"
    ("Tôi muốn kê lại bàn ghế trong phòng khách.", "I want to rearrange the furniture in the living room."),
    ("Chúng tôi sẽ kê lại đồ đạc trong phòng ngủ.", "We'll rearrange the furniture in the bedroom."),
    ("Tôi vừa kê lại đồ đạc trong phòng ngủ của tôi.", "I've just rearranged the furniture in my bedroom."),
    ("Tôi đang sắp xếp lại bàn ghế trong phòng khách.", "I'm rearranging the furniture in the living room."),
    ("Tôi muốn kê lại bàn ghế.", "I want to rearrange the furniture."),
    ("Bạn có định kê lại bàn ghế trong phòng khách không?",
     "Are you planning to rearrange the furniture in the living room?"),
    # v8: "We need a new table.", "We don't need a new table." (the dining lost)
    ("Chúng tôi cần một cái bàn ăn mới.", "We need a new dining table."),
    ("Tôi cần một cái bàn làm việc.", "I need a desk."),
    ("Chúng tôi muốn một bộ sofa mới.", "We want a new sofa."),
    ("Chúng tôi không cần bàn ăn mới.", "We don't need a new dining table."),
    ("Bạn có cần một cái bàn ăn mới không?", "Do you need a new dining table?"),
    # v8: "The clothes are so heavy.", "The sofa seat is very humble.", "Is this bed weighed?", "This clothing is too
    # heavy, not insistence."
    ("Cái tủ quần áo này nặng quá.", "This wardrobe is too heavy."),
    ("Cái tủ quần áo này nặng quá, không khiêng nổi.", "This wardrobe is too heavy to carry."),
    ("Cái ghế sofa này êm lắm.", "This sofa is very comfortable."),
    ("Cái ghế sofa này êm quá.", "This sofa is so comfortable."),
    ("Bộ sofa này rất êm.", "This sofa is very comfortable."),
    ("Cái giường này có nặng không?", "Is this bed heavy?"),
    ("Cái ghế sofa này có nặng quá không?", "Is this sofa too heavy?"),
    ("Cái bàn này không nặng lắm.", "This table isn't very heavy."),
    ("Giường này to quá.", "This bed is too big."),
    ("Cái ghế này hơi nhỏ.", "This chair is a bit small."),
    ("Cái bàn ăn đó đắt quá.", "That dining table is too expensive."),
    ("Giá sách này có chắc chắn không?", "Is this bookshelf sturdy?"),
    ("Cái giá sách này đắt quá.", "This bookshelf is too expensive."),
    # review: "bộ" a set ("This dining table is too expensive.", "This chair is too expensive."), "giá sách" with a
    # price (this book's price, as often as the shelf), "sắp xếp lại đồ đạc" (sorting one's things out)
    ("Bộ bàn ăn này đắt quá.", None), ("Bộ giường này to quá.", None), ("Bộ ghế này đắt quá.", None),
    ("Giá sách này đắt quá.", None), ("Giá sách này có đắt không?", None), ("Giá sách này rẻ quá.", None),
    ("Cô ấy muốn sắp xếp lại đồ đạc trong phòng khách.", None), ("Tôi đang sắp xếp lại đồ đạc.", None),
    # not: "tủ" alone (a cupboard, a cabinet or a wardrobe?), "ghế" with no count (one or many?), "cái …" bought with
    # no count (a or the?), a plain "mua" or "lắp" (a habit, past or ahead?), "anh", "chị", "em" saying it, asked of
    # oneself, a pet, a day, another thing ("tủ lạnh", "bàn phím"), a dining set, a "?" on a statement, "có … không?"
    # without the "?", moving a piece ("chuyển": left), "Lan tự lắp" (himself or herself?), "nhỉ"
    ("Cái tủ này nặng quá.", None), ("Tôi tự lắp cái tủ.", None), ("Ghế này nặng quá.", None),
    ("Tôi mua ghế.", None), ("Tôi vừa mua cái giường.", None), ("Tôi mua cái giường này.", None),
    ("Tôi lắp tủ quần áo.", None), ("Bạn có lắp giường không?", None), ("Anh mua bộ sofa mới.", None),
    ("Chị vừa mua giường mới.", None), ("Tôi đã mua giường chưa?", None),
    ("Con mèo của tôi vừa mua một cái giường.", None), ("Hôm qua tôi mua giường mới.", None),
    ("Tôi vừa mua một cái tủ lạnh.", None), ("Tôi mua bàn phím mới.", None), ("Tôi vừa mua một bộ bàn ăn.", None),
    ("Tôi vừa mua giường mới?", None), ("Cái giường này có nặng không.", None),
    ("Cái giường này nặng quá không?", None),
    ("Chúng tôi vừa chuyển giường sang phòng khác.", None), ("Lan sẽ tự lắp giường.", None),
    ("Mẹ tôi vừa mua một bộ sofa mới nhỉ.", None), ("Tôi muốn kê lại giường.", None),
    ("Tôi vừa mua bàn ghế mới.", None),
    ("Bạn mua ghế ở đâu?", None), ("Bố tôi tự lắp cái bàn này rồi.", None), ("Giường sofa bàn ghế.", None),
    ("Cái ghế sofa này có êm quá không?", None), ("Bạn có phải mua bàn mới không?", None),
    ("I've just bought a new sofa.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi vừa mua một cái lofa mới.", "Tôi chưa mua được cái lofa.", "Mẹ tôi đang lên kế hoạch mua một món đồ
    # thưởng mới.", "Cô ấy phải mua ba ghế.", "Chúng tôi đã mua một chiếc bàn ăn ngon." (a tasty table)
    ("I've just bought a new sofa.", "Tôi vừa mua một bộ sofa mới."),
    ("I just bought a new bed.", "Tôi vừa mua một cái giường mới."),
    ("Lan has just bought four chairs.", "Lan vừa mua bốn cái ghế."),
    ("I bought a new bed.", "Tôi đã mua một cái giường mới."),
    ("We've already bought a dining table.", "Chúng tôi đã mua bàn ăn rồi."),
    ("I haven't bought a sofa yet.", "Tôi chưa mua ghế sofa."),
    ("My mother is planning to buy a new wardrobe.", "Mẹ tôi định mua một cái tủ quần áo mới."),
    ("I'm about to buy a new bed.", "Tôi sắp mua một cái giường mới."),
    ("I'm buying a new couch.", "Tôi đang mua một bộ sofa mới."),
    ("She has to buy three chairs.", "Cô ấy phải mua ba cái ghế."),
    ("Have you bought a new bed yet?", "Bạn đã mua một cái giường mới chưa?"),
    ("Do you want to buy a desk?", "Bạn có muốn mua bàn làm việc không?"),
    ("Are you planning to buy a new wardrobe?", "Bạn có định mua một cái tủ quần áo mới không?"),
    ("Where did you buy this bed?", "Bạn mua cái giường này ở đâu?"),
    ("Where did she buy this sofa?", "Cô ấy mua bộ sofa này ở đâu?"),
    # v8: "Chúng tôi đang tập trung một người thưởng thức.", "Cha tôi tập trung vào người thưởng thức.", "Tôi đã hoàn
    # thành tập sách vở.", "Bạn đã hoàn thành tập trung vào nước thưởng vẫn chưa?", "Anh ta vẫn chưa lắp ráp giường."
    ("We're assembling a wardrobe.", "Chúng tôi đang lắp tủ quần áo."),
    ("We are assembling the bunk bed.", "Chúng tôi đang lắp cái giường tầng."),
    ("My father assembled the wardrobe himself.", "Bố tôi tự lắp cái tủ quần áo."),
    ("My father will assemble the bed himself.", "Bố tôi sẽ tự lắp cái giường."),
    ("Lan assembled the desk herself.", "Lan tự lắp cái bàn làm việc."),
    ("I've finished assembling the bookshelf.", "Tôi lắp xong cái giá sách rồi."),
    ("Have you finished assembling the wardrobe yet?", "Bạn đã lắp xong cái tủ quần áo chưa?"),
    ("He hasn't assembled the bed yet.", "Anh ấy chưa lắp cái giường."),
    # v8: "Tôi muốn đặt lại đồ đạc trong phòng khách.", "Chúng tôi sẽ cam đo lại sự bảo hiểm trong phòng ngủ.", "Tôi
    # sắp xếp lại đồ đạc trong phòng ngủ của tôi." (just lost)
    ("I want to rearrange the furniture in the living room.", "Tôi muốn kê lại bàn ghế trong phòng khách."),
    ("We'll rearrange the furniture in the bedroom.", "Chúng tôi sẽ kê lại bàn ghế trong phòng ngủ."),
    ("I've just rearranged the furniture in my bedroom.", "Tôi vừa kê lại bàn ghế trong phòng ngủ của tôi."),
    # v8: "Chúng ta cần một bảng xếp hạng mới." (a ranking table), "Bạn có cần một bảng di chuyển mới không?"
    ("We need a new dining table.", "Chúng tôi cần một cái bàn ăn mới."),
    ("We don't need a new sofa.", "Chúng tôi không cần một bộ sofa mới."),
    ("Do you need a new dining table?", "Bạn có cần một cái bàn ăn mới không?"),
    ("He wants a new desk.", "Anh ấy muốn một cái bàn làm việc mới."),
    ("They want a new bed.", "Họ muốn một cái giường mới."),
    ("We need new furniture.", "Chúng tôi cần đồ nội thất mới."),
    # review: "Tôi muốn giường.", "Bạn có muốn ghế sofa không?" (a piece wanted is counted)
    ("I want a bed.", "Tôi muốn một cái giường."), ("Do you want a sofa?", "Bạn có muốn một bộ sofa không?"),
    ("I don't want a bed.", "Tôi không muốn một cái giường."), ("I need a bed.", "Tôi cần giường."),
    # v8: "Tiền thưởng này quá nặng để di chuyển.", "Món chua này rất thoải mái.", "Cái bàn tay đó quá nhỏ."; "Is this
    # bed heavy?" it says right
    ("This wardrobe is too heavy to move.", "Cái tủ quần áo này nặng quá, không chuyển nổi."),
    ("This wardrobe is too heavy to move!", "Cái tủ quần áo này nặng quá, không chuyển nổi!"),
    # review: "Cái tủ quần áo này có nặng quá không?" (to move lost)
    ("Is this wardrobe too heavy to move?", None), ("Is this bed too heavy to carry?", None),
    ("This sofa is very comfortable.", "Bộ sofa này rất êm."),
    ("This sofa is so comfortable.", "Bộ sofa này êm quá."),
    ("Is this bed heavy?", "Cái giường này có nặng không?"),
    ("Is this sofa too heavy?", "Bộ sofa này có nặng quá không?"),
    ("This chair isn't very heavy.", "Cái ghế này không nặng lắm."),
    ("That desk is too small.", "Cái bàn làm việc đó nhỏ quá."),
    # not: a verb, "a" or a count not agreeing, "himself" not who's, asked of oneself, a pet, a day, "assembled" with
    # no "himself" ("đã lắp" or "lắp … rồi"?), "the table" heavy (which?), "too" of a good thing, "have you bought"
    # with no "yet", plural pieces heavy, the other way's language
    ("She have just bought a new sofa.", None), ("He don't want to buy a bed.", None), ("Does he needs a desk?", None),
    ("He want a new desk.", None), ("I need to buy a chairs.", None), ("I need to buy an bed.", None),
    ("I assembled the desk himself.", None), ("Where did I buy this bed?", None), ("My dog wants a new bed.", None),
    ("I bought a new bed yesterday.", None), ("I assembled the bed.", None), ("The table is heavy.", None),
    ("This sofa is too comfortable.", None), ("Have you bought the bed?", None), ("These chairs are heavy.", None),
    ("This bed is not too big.", None), ("Is this sofa so heavy?", None), ("Tôi vừa mua một bộ sofa mới.", None),
    ("I want to rearrange the bed.", None), ("We're moving the wardrobe.", None),
    ("My parents has just bought a new sofa.", None), ("The table of contents is long.", None),
    ("I booked a table for two.", None), ("This wardrobe is heavy to move.", None), ("Do you want buy a bed?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
