"""Buying a house, a flat or land, a loan for one, a house being built, and house prices, both ways
(mt/house_buying.py)."""
import pytest

from mt.house_buying import translate


@pytest.mark.parametrize("text, said", [
    # v8: "We just bought the house.", "I bought my house.", "My parents bought apart.", "Lan has just bought a whole
    # ride.", "He bought a piece of land."
    ("Chúng tôi vừa mua nhà.", "We've just bought a house."),
    ("Tôi đã mua nhà rồi.", "I've bought a house."),
    ("Tôi mua nhà rồi.", "I've bought a house."),
    ("Bố mẹ tôi vừa mua một căn hộ.", "My parents have just bought a flat."),
    ("Anh ấy mới mua một mảnh đất.", "He's just bought a plot of land."),
    ("Mẹ tôi đã mua đất.", "My mother has bought some land."),
    ("Lan vừa mua chung cư.", "Lan has just bought a flat."),
    ("Chúng tôi vừa mua nhà mới.", "We've just bought a new house."),
    ("Bác Hùng vừa mua được một căn nhà.", "Uncle Hung has just bought a house."),
    ("Nhà tôi vừa mua đất.", "My family has just bought some land."),
    # v8: "Last year, we bought home."
    ("Năm ngoái chúng tôi mua nhà.", "We bought a house last year."),
    ("Chúng tôi mua nhà năm ngoái.", "We bought a house last year."),
    # v8: "Have you bought the house?", "I don't buy my house."
    ("Bạn đã mua nhà chưa?", "Have you bought a house yet?"),
    # review: "vừa … rồi" lost its "just"; "some land" asked
    ("Tôi vừa mua nhà rồi.", "I've just bought a house."), ("Tôi mới mua nhà rồi.", "I've just bought a house."),
    ("Bạn đã mua đất chưa?", "Have you bought any land yet?"),
    ("Nhà bạn đã mua đất chưa?", "Has your family bought any land yet?"),
    ("Bạn mua nhà chưa?", "Have you bought a house yet?"),
    ("Mẹ bạn đã mua nhà chưa?", "Has your mother bought a house yet?"),
    ("Tôi chưa mua nhà.", "I haven't bought a house yet."),
    # v8: "I want to buy a piece of land.", "I'd like to buy my house.", "We're going to buy home.", "Do you want to
    # buy the house?"
    ("Tôi muốn mua một mảnh đất.", "I want to buy a plot of land."),
    ("Tôi muốn mua nhà.", "I want to buy a house."),
    ("Mẹ tôi muốn mua nhà mới.", "My mother wants to buy a new house."),
    ("Chúng tôi định mua nhà.", "We're planning to buy a house."),
    ("Chúng tôi sắp mua nhà.", "We're about to buy a house."),
    ("Bạn có muốn mua nhà không?", "Do you want to buy a house?"),
    ("Bạn có định mua chung cư không?", "Are you planning to buy a flat?"),
    ("Bố mẹ tôi không muốn mua đất.", "My parents don't want to buy any land."),
    # v8: "I'm taking home money.", "We've borrowed the bank to buy home."
    ("Tôi đang vay tiền mua nhà.", "I'm borrowing money to buy a house."),
    ("Chúng tôi đã vay ngân hàng để mua nhà.", "We borrowed money from the bank to buy a house."),
    ("Họ vừa vay tiền mua đất.", "They've just borrowed money to buy some land."),
    ("Tôi đang có khoản vay mua nhà.", "I have a mortgage."),
    ("Bạn có khoản vay mua nhà không?", "Do you have a mortgage?"),
    ("Tôi không có khoản vay mua nhà nào.", "I don't have a mortgage."),
    # v8: "My house is building.", "Are you finished?", "Our home is going to finish."; right: "When will your house
    # be finished?", "My house is finished."
    ("Nhà tôi đang xây.", "My house is being built."),
    ("Nhà tôi đang được xây.", "My house is being built."),
    ("Nhà mới của chúng tôi đang xây.", "Our new house is being built."),
    ("Nhà bố mẹ tôi đang xây.", "My parents' house is being built."),
    ("Bao giờ nhà bạn xây xong?", "When will your house be finished?"),
    ("Nhà bạn xây xong chưa?", "Is your house finished yet?"),
    ("Nhà bạn đã xây xong chưa?", "Is your house finished yet?"),
    ("Nhà tôi xây xong rồi.", "My house is finished."),
    ("Nhà chúng tôi sắp xây xong rồi.", "Our house is nearly finished."),
    ("Nhà tôi chưa xây xong.", "My house isn't finished yet."),
    ("Nhà Lan vừa xây xong.", "Lan's house has just been finished."),
    ("Nhà bạn đang xây à?", "Is your house being built?"),
    # v8: "My parents are building.", "We're building a new home.", "They have finished the house.", "We're going
    # to build home."
    ("Bố mẹ tôi đang xây nhà.", "My parents are building a house."),
    ("Chúng tôi đang xây nhà mới.", "We're building a new house."),
    ("Bạn đang xây nhà à?", "Are you building a house?"),
    ("Bạn có đang xây nhà không?", "Are you building a house?"),
    ("Họ vừa xây xong nhà.", "They've just finished building their house."),
    ("Mẹ tôi đã xây xong nhà.", "My mother has finished building her house."),
    ("Chúng tôi định xây nhà.", "We're planning to build a house."),
    ("Tôi muốn xây nhà.", "I want to build a house."),
    # v8: "The price of the housing is too much.", "The home prices are too expensive.", "The price of the house is
    # rising."
    ("Giá nhà đất tăng quá.", "House prices have gone up so much."),
    ("Giá nhà đất tăng nhiều quá.", "House prices have gone up so much."),
    ("Giá nhà ở đây cao quá.", "House prices here are so high."),
    ("Giá nhà ở Hà Nội đắt quá.", "House prices in Hanoi are so high."),
    ("Giá nhà đang tăng.", "House prices are going up."),
    # not: saving for a house (mt/savings.py), a deposit (mt/deposits.py), instalments (mt/instalments.py), moving
    # in (mt/moving.py), the neighbours building (mt/neighbours.py), "Tôi mua nhà." (bought or buying?), "căn hộ" with
    # no "một" (the flat?), "Anh" saying it, "I" asked, a pet as who, a loan of no tense, a name's own house (his or
    # hers?), "xây xong bao giờ?" (when was it?), "tăng nhanh quá" (rising, or risen?), a "?" on a statement
    ("Chúng tôi đang tiết kiệm để mua nhà.", None), ("Tôi đặt cọc mua nhà rồi.", None),
    ("Tôi mua nhà trả góp.", None), ("Chúng tôi vừa chuyển vào nhà mới.", None), ("Tôi đang sửa nhà.", None),
    ("Tôi mua nhà.", None), ("Tôi mua căn hộ rồi.", None), ("Anh mua nhà rồi.", None),
    ("Tôi đã mua nhà chưa?", None), ("Con mèo của tôi muốn mua nhà.", None), ("Bạn muốn mua nhà không?", None),
    ("Chúng tôi vay ngân hàng mua nhà.", None), ("Lan vừa xây xong nhà.", None), ("Nhà anh xây xong chưa?", None),
    ("Nhà bạn xây xong bao giờ?", None), ("Nhà tôi xây xong.", None), ("Giá nhà tăng nhanh quá.", None),
    ("Giá nhà này cao quá.", None), ("Giá nhà có cao không?", None), ("Chúng tôi vừa mua nhà?", None),
    ("Tôi đi mua rau.", None), ("Tôi mua nhà nhỉ.", None), ("Bạn có mua nhà không?", None),
    ("Tôi không sắp mua nhà.", None), ("Chúng tôi không đang xây nhà.", None),
    ("We've just bought a house.", None), ("Nhà nhà nhà mua mua.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi mua một chiếc phẳng." (a flat thing), "Cha mẹ tôi mua một số mảnh đất.", "Tôi mua một đồ thị đất." (a
    # graph), "Chúng tôi chưa mua được một căn nhà.", "Chúng tôi mua một ngôi nhà vào năm ngoái."
    ("We've just bought a house.", "Chúng tôi vừa mua nhà."),
    ("I bought a flat.", "Tôi đã mua một căn hộ."),
    ("My parents bought some land.", "Bố mẹ tôi đã mua đất."),
    ("I bought a plot of land.", "Tôi đã mua một mảnh đất."),
    ("I've bought an apartment.", "Tôi đã mua một căn hộ rồi."),
    ("She's just bought a new house.", "Cô ấy vừa mua nhà mới."),
    ("My family has just bought some land.", "Gia đình tôi vừa mua đất."),
    ("We bought a house last year.", "Năm ngoái chúng tôi đã mua nhà."),
    ("Have you bought a house yet?", "Bạn đã mua nhà chưa?"),
    ("Has your mother bought a house yet?", "Mẹ bạn đã mua nhà chưa?"),
    ("We haven't bought a house yet.", "Chúng tôi chưa mua nhà."),
    ("We haven't bought any land yet.", "Chúng tôi chưa mua đất."),
    # v8: "Tôi muốn mua một đồ thị đất."; right: "Tôi muốn mua nhà.", "Bạn có muốn mua nhà không?"
    ("I want to buy a house.", "Tôi muốn mua nhà."),
    ("I want to buy a plot of land.", "Tôi muốn mua một mảnh đất."),
    ("My mother wants to buy a new house.", "Mẹ tôi muốn mua nhà mới."),
    ("We're planning to buy a house.", "Chúng tôi định mua nhà."),
    ("We aren't planning to buy a house.", "Chúng tôi không định mua nhà."),
    ("We're about to buy a house.", "Chúng tôi sắp mua nhà."),
    ("Do you want to buy a house?", "Bạn có muốn mua nhà không?"),
    ("Do you want to buy any land?", "Bạn có muốn mua đất không?"),
    ("Are you planning to buy a flat?", "Bạn có định mua một căn hộ không?"),
    ("She doesn't want to buy a flat.", "Cô ấy không muốn mua một căn hộ."),
    ("He wants to build a house.", "Anh ấy muốn xây nhà."),
    ("We're planning to build a new house.", "Chúng tôi định xây nhà mới."),
    # v8: "Tôi vay để mua nhà.", "Tôi có khoản vay thế chấp.", "Chúng tôi mất một khoản vay thế chấp." (lost), "Bạn có
    # thế chấp không?"
    ("I'm taking out a loan to buy a house.", "Tôi đang vay tiền để mua nhà."),
    ("I'm borrowing money to buy a house.", "Tôi đang vay tiền để mua nhà."),
    ("We borrowed money from the bank to buy a flat.", "Chúng tôi đã vay tiền ngân hàng để mua một căn hộ."),
    ("We took out a bank loan to buy a house.", "Chúng tôi đã vay tiền ngân hàng để mua nhà."),
    ("We took out a mortgage.", "Chúng tôi đã vay ngân hàng để mua nhà."),
    ("I have a mortgage.", "Tôi đang có khoản vay mua nhà."),
    ("We've got a mortgage.", "Chúng tôi đang có khoản vay mua nhà."),
    ("Do you have a mortgage?", "Bạn có khoản vay mua nhà không?"),
    ("She doesn't have a mortgage.", "Cô ấy không có khoản vay mua nhà nào."),
    # v8: "Nhà của bạn hoàn thành chưa?", "Khi nào sẽ hết nhà của bạn?" (run out), "Nhà của chúng tôi hoàn thành xong."
    ("My house is being built.", "Nhà tôi đang xây."),
    ("Our new house is being built.", "Nhà mới của chúng tôi đang xây."),
    ("My parents' house is being built.", "Nhà bố mẹ tôi đang xây."),
    ("Is your house finished yet?", "Nhà bạn xây xong chưa?"),
    ("When will your house be finished?", "Bao giờ nhà bạn xây xong?"),
    ("Our house is almost finished.", "Nhà chúng tôi sắp xây xong rồi."),
    ("My house is finished.", "Nhà tôi xây xong rồi."),
    ("Lan's house has just been built.", "Nhà Lan vừa xây xong."),
    ("My mother's house isn't finished yet.", "Nhà mẹ tôi chưa xây xong."),
    # v8: "Cha mẹ tôi đang xây ngôi nhà.", "Chúng tôi đang xây một ngôi nhà mới."; right: "Bạn có đang xây nhà không?"
    ("My parents are building a house.", "Bố mẹ tôi đang xây nhà."),
    ("We're building a new house.", "Chúng tôi đang xây nhà mới."),
    ("Are you building a house?", "Bạn có đang xây nhà không?"),
    ("They've just finished building their house.", "Họ vừa xây xong nhà."),
    ("My mother has finished building her house.", "Mẹ tôi đã xây xong nhà."),
    # v8: "Giá nhà ở đã tăng quá nhiều.", "Giá nhà ở cao quá cao."
    ("House prices have gone up so much.", "Giá nhà đất tăng nhiều quá."),
    ("House prices are going up.", "Giá nhà đất đang tăng."),
    ("House prices here are so high.", "Giá nhà đất ở đây cao quá."),
    ("House prices in Hanoi are so high.", "Giá nhà đất ở Hà Nội cao quá."),
    # review: "a lot" said plainly, not "so much!"
    ("House prices have risen a lot.", "Giá nhà đất đã tăng nhiều."),
    ("House prices here have gone up a lot.", "Giá nhà đất ở đây đã tăng nhiều."),
    # not: the verb not agreeing, "I" asked, "any land" said, "Did you buy …?" (did, or have?), a loan for no house,
    # whose house not who's own, saving and moving (mt/savings.py, mt/moving.py), the neighbours building
    # (mt/neighbours.py), other flats and houses, a pet as who, the other language
    ("He have bought a house.", None), ("Have I bought a house yet?", None), ("I bought any land.", None),
    ("Did you buy a house?", None), ("She want to buy a house.", None), ("She is borrowing money.", None),
    ("She have a mortgage.", None), ("My mother has finished building his house.", None),
    ("I've finished building your house.", None), ("We're saving up to buy a house.", None),
    ("We've just moved into a new house.", None), ("The house is big.", None), ("My flat is small.", None),
    ("My cat wants to buy a house.", None), ("Do you want to build a flat?", None),
    ("Chúng tôi vừa mua nhà.", None), ("We're not about to buy a house.", None),
    # review: a pet's house (a kennel), "has" or "have" before "building"
    ("My dog's house is being built.", None), ("My cat's house is finished.", None),
    ("He has building a house.", None), ("They've building a house.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
