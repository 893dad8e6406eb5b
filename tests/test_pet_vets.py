"""A pet taken to the vet's: neutered, vaccinated, dewormed or for a check-up, whether it has had them done, and what
one costs, both ways (mt/pet_vets.py)."""
import pytest

from mt.pet_vets import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I bring cats sterilized.", "I have to take the dog to get the shot.", "Yesterday, my mother gave the punch.",
    # "Have you given the cat to get the shot?", "We took the dog to see the health discovery."
    ("Tôi mang con mèo đi triệt sản.", "I took the cat to be neutered."),
    ("Tôi mang con mèo đi triệt sản!", "I took the cat to be neutered!"),
    ("Mẹ tôi đã mang con mèo đi triệt sản.", "My mother took the cat to be neutered."),
    ("Tôi phải đưa con chó đi tiêm phòng.", "I have to take the dog for its vaccinations."),
    ("Hôm qua mẹ tôi đưa chó đi tẩy giun.", "My mother took the dog to be dewormed yesterday."),
    ("Tôi đã đưa con chó đi tiêm phòng dại hôm qua.", "I took the dog for its rabies shot yesterday."),
    ("Bạn đã đưa mèo đi tiêm phòng chưa?", "Have you taken the cat for its vaccinations yet?"),
    ("Chúng tôi vừa đưa con chó đi khám sức khỏe.", "We've just taken the dog for a check-up."),
    ("Chị tôi vừa đưa mèo đi tiêm vắc-xin.", "My sister has just taken the cat for its vaccinations."),
    ("Anh ấy sẽ đưa con chó đi tiêm phòng dại.", "He'll take the dog for its rabies shot."),
    ("Chúng tôi định mang mèo đi triệt sản.", "We're going to take the cat to be neutered."),
    ("Tôi chưa đưa mèo đi tiêm phòng.", "I haven't taken the cat for its vaccinations yet."),
    ("Tôi đưa mèo đi tẩy giun rồi.", "I've already taken the cat to be dewormed."),
    ("Minh đang đưa con chó đi khám sức khỏe.", "Minh is taking the dog for a check-up."),
    ("Tuần sau chúng tôi phải đưa con mèo đi triệt sản.", "We have to take the cat to be neutered next week."),
    ("Ngày mai tôi đưa mèo đi tiêm phòng.", "I'm taking the cat for its vaccinations tomorrow."),
    ("Bác Hùng đã dẫn chó đi tiêm dại.", "Uncle Hung took the dog for its rabies shot."),
    ("Cô ấy cần đưa con mèo của cô ấy đi tiêm phòng.", "She needs to take her cat for its vaccinations."),
    ("Lan vừa mang con mèo đi tiêm phòng.", "Lan has just taken the cat for its vaccinations."),
    ("Tôi đưa chó đi tiêm phòng mỗi năm.", "I take the dog for its vaccinations every year."),
    ("Bố tôi đưa chó đi tẩy giun hằng tháng.", "My father takes the dog to be dewormed every month."),
    ("Bạn có phải đưa chó đi tiêm phòng không?", "Do you have to take the dog for its vaccinations?"),
    ("Tôi có cần đưa chó đi tiêm phòng không?", "Do I need to take the dog for its vaccinations?"),
    ("Hôm qua bạn có đưa mèo đi tẩy giun không?", "Did you take the cat to be dewormed yesterday?"),
    ("Bạn có định mang mèo đi triệt sản không?", "Are you going to take the cat to be neutered?"),
    ("Bạn có đưa chó đi tiêm phòng mỗi năm không?", "Do you take the dog for its vaccinations every year?"),
    # v8: "My dog has been silized.", "Is my cat vaccinated rabies?", "Are you silky cats?", "My dog has not been
    # getting a washcloth.", "The dog has been vaccinated enough."
    ("Con chó của tôi đã được triệt sản.", "My dog has been neutered."),
    ("Con mèo của tôi đã tiêm phòng dại chưa?", "Has my cat had its rabies shot?"),
    ("Con mèo nhà bạn triệt sản chưa?", "Has your cat been neutered?"),
    ("Con chó nhà tôi chưa được tẩy giun.", "My dog hasn't been dewormed yet."),
    ("Con chó đã được tiêm phòng đầy đủ rồi.", "The dog has already had all its vaccinations."),
    ("Con mèo nhà tôi đã được triệt sản rồi.", "My cat has already been neutered."),
    ("Mèo nhà tôi triệt sản rồi.", "My cat has already been neutered."),
    ("Con chó này vừa được tiêm phòng.", "This dog has just had its vaccinations."),
    ("Chó nhà bạn đã tiêm phòng dại chưa?", "Has your dog had its rabies shot?"),
    ("Con mèo của Lan đã được tẩy giun.", "Lan's cat has been dewormed."),
    ("Con chó của mẹ tôi chưa được tiêm phòng dại.", "My mother's dog hasn't had its rabies shot yet."),
    ("Con chó đã được tiêm phòng đầy đủ chưa?", "Has the dog had all its vaccinations?"),
    # (a name asked keeps its capital; who named again as the pet's owner is whose own)
    ("Con mèo của Minh đã triệt sản chưa?", "Has Minh's cat been neutered?"),
    ("Con mèo của bác Hùng đã triệt sản chưa?", "Has Uncle Hung's cat been neutered?"),
    ("Mẹ tôi đã đưa con mèo của mẹ tôi đi triệt sản.", "My mother took her cat to be neutered."),
    ("Bác Hùng đưa con chó của bác Hùng đi triệt sản.", "Uncle Hung took his dog to be neutered."),
    # v8: "How many cats make it all?", "How much rabies prevents?"
    ("Triệt sản cho mèo hết bao nhiêu tiền?", "How much does it cost to get a cat neutered?"),
    ("Tiêm phòng dại cho chó bao nhiêu tiền?", "How much does a rabies shot for a dog cost?"),
    ("Tẩy giun cho chó mất bao nhiêu tiền?", "How much does it cost to get a dog dewormed?"),
    ("Tiêm phòng cho mèo hết bao nhiêu?", "How much does it cost to get a cat vaccinated?"),
    ("Khám sức khỏe cho chó bao nhiêu tiền?", "How much does a check-up for a dog cost?"),
    # not: a plain verb but neutering (a habit, or done?), today (ahead or done?), "anh" saying it, "em" asking with
    # "ạ", "mình" asking, a pet as who, a bare "mèo" (cats in general), no word of tense, "có được … không?"
    # (allowed?), "không được", neutered every year, "của mình", a name ("Mèo"), people's jabs (mt/jabs.py), the vet
    # (mt/pets.py), a pet's check-up done, a cost of one's own pet, a "?" on a statement and none on a question,
    # "thế", "nhỉ", a day behind with "sẽ", "tiêm" alone, a pet's pet
    ("Tôi đưa chó đi tiêm phòng.", None), ("Hôm nay tôi đưa chó đi tiêm phòng.", None),
    ("Anh đưa chó đi tiêm phòng.", None), ("Em có phải đưa chó đi tiêm phòng không ạ?", None),
    ("Mình có phải đưa chó đi tiêm phòng không?", None), ("Con chó của tôi đưa mèo đi triệt sản.", None),
    ("Mèo đã được triệt sản.", None), ("Con mèo được triệt sản.", None),
    ("Con mèo nhà tôi có được triệt sản không?", None), ("Con chó không được tiêm phòng.", None),
    ("Tôi mang con mèo đi triệt sản mỗi năm.", None), ("Tôi đưa mèo của mình đi triệt sản.", None),
    ("Mẹ tôi đưa Mèo đi tiêm phòng.", None), ("Con tôi phải tiêm phòng.", None), ("Tôi đã tiêm phòng dại.", None),
    ("Tôi phải đưa mèo đi khám thú y.", None), ("Con chó đã khám sức khỏe.", None),
    ("Triệt sản cho con mèo nhà tôi hết bao nhiêu tiền?", None), ("Tôi đưa chó đi tiêm phòng?", None),
    ("Triệt sản cho mèo hết bao nhiêu tiền.", None), ("Con mèo đã được triệt sản chưa.", None),
    ("Tôi đưa chó đi tiêm phòng thế.", None), ("Tôi mang con mèo đi triệt sản nhỉ.", None),
    ("Hôm qua tôi sẽ đưa chó đi tiêm phòng.", None), ("Tôi tiêm cho chó.", None),
    ("Con chó của con mèo tôi đã được triệt sản.", None),
    # ("his" dog after kin or a name: his own, or another's?)
    ("Lan sẽ mang con mèo nhà cô ấy đi triệt sản.", None),
    # (with no tense, "bạn" is told to and "chúng ta" suggests: "Let's take the cat …"; a name named again as owner:
    # his, or hers?)
    ("Bạn mang mèo đi triệt sản.", None), ("Bạn mang mèo đi triệt sản!", None),
    ("Chúng ta mang mèo đi triệt sản.", None), ("Bạn đưa chó đi tiêm phòng mỗi năm.", None),
    ("Chúng ta đưa chó đi tiêm phòng mỗi năm.", None), ("Ngày mai bạn đưa chó đi tiêm phòng.", None),
    ("Ngày mai chúng ta đưa chó đi tiêm phòng.", None), ("Lan đã đưa con chó của Lan đi tiêm phòng.", None),
    ("Chị tôi đã đưa con chó của chị ấy đi tiêm phòng dại.", None),
    ("I took the cat to be neutered.", None), ("Mèo kêu meo meo.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi lấy con mèo để trở nên dễ thương.", "Tôi phải đưa chó cho tiêm chủng.", "Mẹ tôi lấy chú chó này để bị
    # phân rã hôm qua.", "Chúng tôi vừa lấy chó để kiểm tra.", "Tôi đang lấy con mèo này để được co giãn ngày mai."
    ("I took the cat to be neutered.", "Tôi đã đưa con mèo đi triệt sản."),
    ("I have to take the dog for its vaccinations.", "Tôi phải đưa con chó đi tiêm phòng."),
    ("My mother took the dog to be dewormed yesterday.", "Hôm qua mẹ tôi đưa con chó đi tẩy giun."),
    ("Have you taken the cat for its vaccinations yet?", "Bạn đã đưa con mèo đi tiêm phòng chưa?"),
    ("We've just taken the dog for a check-up.", "Chúng tôi vừa đưa con chó đi khám sức khỏe."),
    ("I'm taking the cat to be spayed tomorrow.", "Ngày mai tôi sẽ đưa con mèo đi triệt sản."),
    ("My sister took the cat to be spayed.", "Em gái tôi đã đưa con mèo đi triệt sản."),
    ("She's taken her dog for its rabies shot.", "Cô ấy đã đưa con chó của cô ấy đi tiêm phòng dại rồi."),
    ("He will take the dog for its vaccinations.", "Anh ấy sẽ đưa con chó đi tiêm phòng."),
    ("We're going to take the cat to be neutered.", "Chúng tôi định đưa con mèo đi triệt sản."),
    ("Do you have to take the dog for its shots?", "Bạn có phải đưa con chó đi tiêm phòng không?"),
    ("Does your father need to take the dog to be dewormed?", "Bố bạn có cần đưa con chó đi tẩy giun không?"),
    ("Did you take the cat for a check-up yesterday?", "Hôm qua bạn có đưa con mèo đi khám sức khỏe không?"),
    ("Have you taken the dog for its rabies shot yet?", "Bạn đã đưa con chó đi tiêm phòng dại chưa?"),
    ("I haven't taken the cat to be dewormed yet.", "Tôi chưa đưa con mèo đi tẩy giun."),
    ("We just took the dog for a check-up.", "Chúng tôi vừa đưa con chó đi khám sức khỏe."),
    ("I take the dog for its vaccinations every year.", "Tôi đưa con chó đi tiêm phòng mỗi năm."),
    ("Minh is taking the cat for its vaccinations.", "Minh đang đưa con mèo đi tiêm phòng."),
    ("My grandfather takes the dog to be dewormed every month.", "Ông tôi đưa con chó đi tẩy giun mỗi tháng."),
    ("We have to take the cat to be spayed next week.", "Tuần sau chúng tôi phải đưa con mèo đi triệt sản."),
    ("Lan took the dog to get vaccinated yesterday.", "Hôm qua Lan đưa con chó đi tiêm phòng."),
    ("I won't take the dog to be neutered.", "Tôi sẽ không đưa con chó đi triệt sản."),
    ("Are you taking the dog for its shots?", "Bạn có đang đưa con chó đi tiêm phòng không?"),
    # v8: "Con chó của tôi đã rất cần thiết.", "Con mèo của tôi có mũi tiêm dại không?", "Con mèo của bạn có rác
    # không?", "Con chó của tôi vẫn chưa bị phân rã.", "Con chó có tất cả chủng ngừa."
    ("My dog has been neutered.", "Con chó của tôi đã được triệt sản."),
    ("Has my cat had its rabies shot?", "Con mèo của tôi đã được tiêm phòng dại chưa?"),
    ("Is your cat spayed?", "Con mèo của bạn đã được triệt sản chưa?"),
    ("My dog hasn't been dewormed yet.", "Con chó của tôi chưa được tẩy giun."),
    ("The dog has had all its vaccinations.", "Con chó đã được tiêm phòng đầy đủ."),
    ("My cat has been spayed.", "Con mèo của tôi đã được triệt sản."),
    ("The dog has just been vaccinated.", "Con chó vừa được tiêm phòng."),
    ("Has your dog had its shots?", "Con chó của bạn đã được tiêm phòng chưa?"),
    ("Has the cat been neutered yet?", "Con mèo đã được triệt sản chưa?"),
    ("My mother's dog hasn't had its rabies shot yet.", "Con chó của mẹ tôi chưa được tiêm phòng dại."),
    ("Lan's cat has been dewormed.", "Con mèo của Lan đã được tẩy giun."),
    ("This dog is fully vaccinated.", "Con chó này đã được tiêm phòng đầy đủ."),
    ("My dog's been neutered.", "Con chó của tôi đã được triệt sản."),
    ("Our cat is neutered.", "Con mèo của chúng tôi đã được triệt sản."),
    ("My cat isn't spayed.", "Con mèo của tôi chưa được triệt sản."),
    ("Is the dog vaccinated?", "Con chó đã được tiêm phòng chưa?"),
    # v8: "Con mèo có thể tốn bao nhiêu tiền để có được một con mèo có được không?", "Bệnh dại được tiêm bao nhiêu cho
    # chó?"
    ("How much does it cost to get a cat neutered?", "Triệt sản cho mèo hết bao nhiêu tiền?"),
    ("How much does it cost to neuter a dog?", "Triệt sản cho chó hết bao nhiêu tiền?"),
    ("How much is it to get a cat spayed?", "Triệt sản cho mèo hết bao nhiêu tiền?"),
    ("How much is a rabies shot for a dog?", "Tiêm phòng dại cho chó hết bao nhiêu tiền?"),
    ("How much does a check-up for a cat cost?", "Khám sức khỏe cho mèo hết bao nhiêu tiền?"),
    # not: a plain present but a habit (now, or done?), verbs not agreeing ("She take", "He have to", "The dog has
    # neutered", "is had"), a pet as who, "his" dog after kin or a name, "yet" on a state, "fully spayed", "does" with
    # no "cost", neutered every year, "Did …?" with no day (did, or has?), asked of oneself, what the vet did, one's own
    # jab (mt/jabs.py), the vet (mt/pets.py), "?" on a statement and none on a question, a day behind with "-ing"
    ("I take the dog for its vaccinations.", None), ("She take the dog for its vaccinations every year.", None),
    ("He have to take the dog for its shots.", None), ("My dog took the cat to be neutered.", None),
    ("My father took his dog to be neutered.", None), ("Lan took her dog to be neutered.", None),
    ("The dog has neutered.", None), ("The dog is had its shots.", None), ("Is the dog neutered yet?", None),
    ("My cat is fully spayed.", None), ("How much does it to neuter a dog?", None),
    ("How much does a check-up for a dog?", None), ("I take the cat to be neutered every year.", None),
    ("Did you take the cat to be neutered?", None), ("Do I take the dog for its shots every year?", None),
    ("The vet neutered the dog.", None), ("I had my rabies shot.", None), ("My dog has been neutered?", None),
    ("Has the dog been neutered.", None), ("I took the cat to the vet.", None),
    ("I'm taking the cat to be spayed yesterday.", None), ("Does my dog have its shots?", None),
    # ("we" and "our" asked: chúng tôi, or chúng ta?)
    ("Do we have to take the dog for its shots?", None), ("Are we taking the dog for its shots tomorrow?", None),
    ("Have we taken the dog for its shots yet?", None), ("Did we take the dog for its shots yesterday?", None),
    ("Do you have to take our dog for its shots?", None), ("Is our cat spayed?", None),
    ("Has our dog had its shots?", None),
    ("Tôi mang con mèo đi triệt sản.", None), ("The shots rang out.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
