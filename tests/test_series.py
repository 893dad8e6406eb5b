"""TV series and dramas: watched, followed, liked, binge-watched, the next episode or season, episodes counted, and
spoilers, both ways (mt/series.py)."""
import pytest

from mt.series import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I'm watching the movie of South Korea.", "My mother is watching the Chinese movie.", "I'm watching a new
    # movie.", "I'm watching a movie of America.", "Lan is watching television."
    ("Tôi đang xem phim bộ Hàn Quốc.", "I'm watching a Korean drama."),
    ("Mẹ tôi đang xem phim bộ Trung Quốc.", "My mother is watching a Chinese drama."),
    ("Anh ấy đang xem phim truyền hình Mỹ.", "He's watching an American series."),
    ("Chúng tôi đang xem một bộ phim truyền hình Nhật.", "We're watching a Japanese drama."),
    ("Lan đang xem phim truyền hình.", "Lan is watching a TV series."),
    ("Bạn có đang xem phim bộ Hàn Quốc không?", "Are you watching a Korean drama?"),
    ("Tôi đang theo dõi một bộ phim mới.", "I'm following a new TV series."),
    ("Tôi đang theo dõi một phim bộ Mỹ.", "I'm following an American series."),
    ("Chị tôi đang theo dõi phim bộ Hàn.", "My sister is following a Korean drama."),
    # v8: "I like to watch movies South Korea.", "Do you like to view movies?", "She gave me a movie of South Korea."
    ("Tôi thích xem phim bộ Hàn Quốc.", "I like watching Korean dramas."),
    ("Bạn có thích xem phim bộ không?", "Do you like watching TV series?"),
    ("Bạn thích xem phim bộ không?", "Do you like watching TV series?"),
    ("Chị tôi mê phim bộ Hàn Quốc.", "My sister loves Korean dramas."),
    ("Mẹ tôi không thích xem phim bộ.", "My mother doesn't like watching TV series."),
    ("Bố tôi rất thích xem phim bộ Trung Quốc.", "My father really likes watching Chinese dramas."),
    ("Chúng tôi thích phim truyền hình Mỹ.", "We like American series."),
    # v8: "I'm going to show the movie all night.", "Last night, I hang out all the movies.", "I'm getting a movie
    # South Korea.", "We finished the movie for two days."
    ("Tôi cày phim cả đêm.", "I binge-watched all night."),
    ("Anh ấy đã cày phim suốt đêm.", "He binge-watched all night."),
    ("Hôm qua chúng tôi cày phim.", "We binge-watched yesterday."),
    ("Tôi đã cày phim bộ Hàn Quốc.", "I binge-watched Korean dramas."),
    ("Tối qua tôi cày hết cả bộ phim.", "I binge-watched the whole series last night."),
    ("Anh ấy vừa cày xong bộ phim này.", "He just binge-watched this whole series."),
    ("Tôi cày hết bộ phim rồi.", "I've binge-watched the whole series."),
    ("Mẹ tôi cày hết bộ phim rồi.", "My mother has binge-watched the whole series."),
    ("Tôi đang cày phim Hàn.", "I'm binge-watching Korean dramas."),
    ("Lan đang cày phim.", "Lan is binge-watching."),
    # v8: "I'm waiting for the next set.", "I'm too hot to wait the next file."
    ("Tôi đang chờ tập tiếp theo.", "I'm waiting for the next episode."),
    ("Mẹ tôi đang đợi tập tiếp theo.", "My mother is waiting for the next episode."),
    ("Bạn có đang đợi tập tiếp theo không?", "Are you waiting for the next episode?"),
    ("Tôi nóng lòng chờ tập tiếp theo quá.", "I can't wait for the next episode."),
    ("Chúng tôi không chờ nổi tập tiếp theo nữa.", "We can't wait for the next episode."),
    # v8: "The next episode came on Friday.", "When did the next file?", "The two-week seasons.", "Isn't it?"
    ("Tập tiếp theo ra vào thứ Sáu.", "The next episode comes out on Friday."),
    ("Tập tiếp theo sẽ phát sóng vào Chủ nhật.", "The next episode will air on Sunday."),
    ("Tập mới lên sóng vào thứ Sáu hằng tuần.", "New episodes air every Friday."),
    ("Tập mới ra mỗi thứ Bảy.", "New episodes come out every Saturday."),
    ("Khi nào có tập tiếp theo?", "When does the next episode come out?"),
    ("Bao giờ ra mùa hai?", "When does season two come out?"),
    ("Mùa hai ra rồi.", "Season two is out."),
    ("Mùa 3 ra mắt rồi!", "Season 3 is out!"),
    ("Tập tiếp theo đã ra.", "The next episode is out."),
    ("Mùa mới ra chưa?", "Is the new season out yet?"),
    ("Mùa hai sắp ra rồi.", "Season two is coming out soon."),
    # v8: "How much do this Phi?", "The movie has 16 files."
    ("Phim này có bao nhiêu tập?", "How many episodes does this series have?"),
    ("Bộ phim đó có mấy tập?", "How many episodes does that series have?"),
    ("Bộ phim này có 16 tập.", "This series has 16 episodes."),
    ("Phim bộ đó dài mười tập.", "That series has ten episodes."),
    # v8: "Don't spoil!", "Don't reveal the result!"
    ("Đừng spoil nhé!", "No spoilers!"),
    ("Đừng spoil cho tôi nha.", "Don't spoil it for me."),
    ("Đừng tiết lộ cái kết nhé!", "Don't give away the ending!"),
    ("Đừng tiết lộ cái kết cho tôi!", "Don't tell me the ending!"),
    # not: "bộ phim", "phim", "phim Hàn" watched or liked (a film, or a series?), "bộ phim" followed but "một … mới",
    # "phần hai" (a sequel?), a new episode on a day but not each week, a bare "cày phim" (when?), "cả đêm" with a
    # day, binge-watching asked, "Còn … tập nữa" with no series (a book's volumes?), "khi nào" after (when it came
    # out), one episode, "anh" saying it, a pet, "I" asking, a "?" on a statement, "có" without "không", "nhỉ",
    # other "tập" and "mùa", English
    ("Tôi đang xem bộ phim mới.", None), ("Tôi đang theo dõi bộ phim này.", None), ("Tôi thích xem phim Hàn.", None),
    ("Tôi đang xem phim Hàn.", None), ("Phần hai ra rồi.", None), ("Tập mới ra vào thứ Sáu.", None),
    ("Tôi cày phim.", None), ("Hôm qua chúng tôi cày phim cả đêm.", None), ("Bạn có cày phim không?", None),
    ("Còn bao nhiêu tập nữa?", None), ("Còn hai tập nữa.", None), ("Tập mới ra khi nào?", None),
    ("Phim này có một tập.", None), ("Anh đang xem phim bộ Hàn Quốc.", None),
    ("Con mèo của tôi đang xem phim bộ.", None), ("Tôi có thích xem phim bộ không?", None),
    ("Tôi đang xem phim bộ Hàn Quốc?", None), ("Bạn có đang xem phim bộ.", None), ("Tôi chờ tập tiếp theo.", None),
    ("Tôi đang xem phim bộ Hàn Quốc nhỉ.", None), ("Tôi đang tập thể dục.", None), ("Mùa hè ra rồi.", None),
    ("Phim này có bao nhiêu tập.", None), ("Tối qua tôi cày hết bộ phim rồi.", None),
    ("I'm watching a Korean drama.", None), ("Phim bộ này hay lắm.", None), ("Tôi cày hết bộ phim cả đêm.", None),
    # "nữa" (too?) but after "can't wait" (any longer), "bộ phim truyền hình" liked (one series: which?)
    ("Tôi đang chờ tập tiếp theo nữa.", None), ("Tôi nóng lòng chờ tập tiếp theo nữa.", None),
    ("Bạn có đang đợi tập tiếp theo nữa không?", None), ("Tôi thích xem bộ phim truyền hình Hàn Quốc.", None),
    ("Bạn có thích bộ phim truyền hình Hàn Quốc không?", None), ("Chúng tôi thích bộ phim truyền hình Mỹ.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi đang theo dõi một thảm họa của Hàn Quốc." (a disaster), "Mẹ tôi đang theo dõi một loạt tiếng Trung.",
    # "Tôi đang theo sau một loạt mới."
    ("I'm watching a Korean drama.", "Tôi đang xem phim bộ Hàn Quốc."),
    ("My mother is watching a Chinese series.", "Mẹ tôi đang xem phim bộ Trung Quốc."),
    ("She's watching an American series.", "Cô ấy đang xem phim bộ Mỹ."),
    ("He is watching a TV series.", "Anh ấy đang xem phim bộ."),
    ("We're watching a Japanese drama.", "Chúng tôi đang xem phim bộ Nhật."),
    ("I'm following a new series.", "Tôi đang theo dõi một phim bộ mới."),
    ("Lan is following a Korean drama.", "Lan đang theo dõi phim bộ Hàn Quốc."),
    # v8: "Tôi thích xem thảm họa Triều Tiên.", "Bạn có thích xem ti-vi không?", "Chị của tôi yêu thíchramas của Hàn
    # Quốc."
    ("I like watching Korean dramas.", "Tôi thích xem phim bộ Hàn Quốc."),
    ("She likes watching Korean dramas.", "Cô ấy thích xem phim bộ Hàn Quốc."),
    ("Do you like watching TV series?", "Bạn có thích xem phim bộ không?"),
    ("Does he like watching TV series?", "Anh ấy có thích xem phim bộ không?"),
    ("My sister loves Korean dramas.", "Em gái tôi mê phim bộ Hàn Quốc."),
    ("My father doesn't like watching Chinese dramas.", "Bố tôi không thích xem phim bộ Trung Quốc."),
    # v8: "Tôi đã theo dõi toàn bộ chuỗi tối qua." (a chain), "Tôi đã theo dõi đồng hồ cả đêm.", "Tôi đang theo dõi
    # tấm vải Hàn Quốc."
    ("I binge-watched the whole series last night.", "Tối qua tôi cày hết cả bộ phim."),
    ("I binge-watched all night.", "Tôi cày phim cả đêm."),
    ("We binge-watched Korean dramas yesterday.", "Hôm qua chúng tôi cày phim bộ Hàn Quốc."),
    ("I've binge-watched the whole series.", "Tôi cày hết cả bộ phim rồi."),
    ("She has binge-watched the whole series.", "Cô ấy cày hết cả bộ phim rồi."),
    ("He just binge-watched that whole series.", "Anh ấy vừa cày hết cả bộ phim đó."),
    ("I binged the whole series.", "Tôi cày hết cả bộ phim."),
    ("I'm binge-watching Korean dramas.", "Tôi đang cày phim bộ Hàn Quốc."),
    ("My sister is binge-watching TV series.", "Em gái tôi đang cày phim bộ."),
    # v8: "Tôi đang đợi tập phim kế tiếp.", "Tôi không thể đợi tập phim kế tiếp."
    ("I'm waiting for the next episode.", "Tôi đang chờ tập tiếp theo."),
    ("My mother is waiting for the next episode.", "Mẹ tôi đang chờ tập tiếp theo."),
    ("He can't wait for the next episode.", "Anh ấy nóng lòng chờ tập tiếp theo quá."),
    # v8: "Tập mới xuất hiện mỗi tập phim thứ Sáu.", "Tập tiếp theo xảy ra khi nào?", "Mùa thứ hai cũng xuất hiện.",
    # "Mùa giải vẫn chưa?"
    ("New episodes come out every Friday.", "Tập mới ra vào thứ Sáu hằng tuần."),
    ("New episodes air on Fridays.", "Tập mới lên sóng vào thứ Sáu hằng tuần."),
    ("The next episode comes out on Friday.", "Tập tiếp theo ra vào thứ Sáu."),
    ("The next episode will come out on Monday.", "Tập tiếp theo sẽ ra vào thứ Hai."),
    ("When does the next episode come out?", "Khi nào tập tiếp theo ra?"),
    ("When does season two come out?", "Khi nào mùa hai ra?"),
    ("The second season is out.", "Mùa thứ hai ra rồi."),
    ("Season 2 is out.", "Mùa 2 ra rồi."),
    ("The new season's out.", "Mùa mới ra rồi."),
    ("The new season is coming out soon.", "Mùa mới sắp ra rồi."),
    ("Is season two out yet?", "Mùa hai ra chưa?"),
    # v8: "Tập phim này có bao nhiêu tập phim?", "Số này có 16 tập phim."
    ("How many episodes does this series have?", "Bộ phim này có bao nhiêu tập?"),
    ("This series has 16 episodes.", "Bộ phim này có 16 tập."),
    ("That series has eight episodes.", "Bộ phim đó có tám tập."),
    # v8: "Không có dầu gội!" (shampoo), "Đừng bỏ đi kết thúc!"
    ("No spoilers!", "Đừng spoil nhé!"),
    ("No spoilers, please.", "Đừng spoil nhé."),
    ("Don't give away the ending!", "Đừng tiết lộ cái kết nhé!"),
    ("Don't tell me the ending!", "Đừng kể cái kết cho tôi nhé!"),
    # not: the verb not agreeing ("She are", "She like", "Do he", "She have"), "a" for "an", "drama" alone (a genre),
    # "series" alone liked (of books?), "binged" or "bingeing" alone (eating?), one episode, "I" asking, a pet,
    # "Don't spoil it for me" (a surprise?), other spoiling, other seasons, Vietnamese
    ("She are watching a Korean drama.", None), ("She like watching Korean dramas.", None),
    ("Do he like Korean dramas?", None), ("She have binge-watched the whole series.", None),
    ("I'm watching a American series.", None), ("I'm watching a drama.", None), ("I like dramas.", None),
    ("I like series.", None), ("I binged all night.", None), ("I'm bingeing.", None),
    ("That series has 1 episodes.", None), ("Do I like watching Korean dramas?", None),
    ("My dog is watching a Korean drama.", None), ("Don't spoil it for me!", None),
    ("Don't spoil the children.", None), ("The season is over.", None), ("Spoilers!", None),
    ("I binge-watched the whole series all night.", None), ("Is the next episode out yet.", None),
    ("Tôi đang xem phim bộ Hàn Quốc.", None),
    # "drama" of a people whose series English does not call dramas (a film of the genre?)
    ("I'm watching an American drama.", None), ("I like British dramas.", None),
    ("I like watching American dramas.", None), ("I'm watching an Indian drama.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
