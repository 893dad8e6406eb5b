"""School and work uniforms: who has to wear one, forgot it or PE kit, buys one, and a place that makes its people
wear one, both ways (mt/uniforms.py)."""
import pytest

from mt.uniforms import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I have to wear my co-workers.", "I have to wear uniform today.", "Do you wear uniforms?", "When I was
    # wearing my co-workers."
    ("Con tôi phải mặc đồng phục đi học.", "My child has to wear a uniform to school."),
    ("Hôm nay tôi phải mặc đồng phục.", "I have to wear a uniform today."),
    ("Bạn có phải mặc đồng phục không?", "Do you have to wear a uniform?"),
    ("Chúng tôi không phải mặc đồng phục.", "We don't have to wear a uniform."),
    ("Anh ấy không cần mặc đồng phục.", "He doesn't need to wear a uniform."),
    ("Mẹ tôi phải mặc đồng phục đi làm.", "My mother has to wear a uniform to work."),
    ("Lan phải mặc đồng phục đi học.", "Lan has to wear a uniform to school."),
    ("Ngày mai con trai tôi phải mặc đồng phục thể dục.", "My son has to wear PE kit tomorrow."),
    ("Hôm qua tôi phải mặc đồng phục.", "I had to wear a uniform yesterday."),
    ("Hôm qua bạn có phải mặc đồng phục không?", "Did you have to wear a uniform yesterday?"),
    ("Hồi nhỏ tôi phải mặc đồng phục đi học.", "I had to wear a uniform to school as a child."),
    ("Hồi nhỏ chúng tôi phải mặc đồng phục đi học.", "We had to wear a uniform to school as children."),
    ("Hồi nhỏ, tôi không phải mặc đồng phục.", "I didn't have to wear a uniform as a child."),
    ("Tôi có phải mặc đồng phục không?", "Do I have to wear a uniform?"),
    ("Cô ấy có cần mặc đồng phục không?", "Does she need to wear a uniform?"),
    ("Con gái tôi phải mặc đồng phục học sinh.", "My daughter has to wear a school uniform."),
    ("Tôi đã phải mặc đồng phục.", "I had to wear a uniform."),
    ("Anh có phải mặc đồng phục không ạ?", "Do you have to wear a uniform?"),
    # v8: "I forgot to wear uniforms.", "I forgot to bring my uniforms.", "My son forgets to bring the uniforms."
    ("Con tôi quên mặc đồng phục.", "My child forgot to wear their uniform."),
    ("Tôi quên mang đồng phục thể dục.", "I forgot my PE kit."),
    ("Con trai tôi lại quên mang đồng phục thể dục.", "My son forgot his PE kit again."),
    ("Mẹ tôi quên mang đồng phục.", "My mother forgot her uniform."),
    ("Chúng tôi quên mang đồng phục.", "We forgot our uniforms."),
    ("Hôm qua con gái tôi quên mang đồng phục thể dục.", "My daughter forgot her PE kit yesterday."),
    ("Bạn có quên mang đồng phục không?", "Did you forget your uniform?"),
    ("Bác Lan quên mặc đồng phục.", "Aunt Lan forgot to wear her uniform."),
    ("Tôi quên đồng phục rồi.", "I forgot my uniform."),
    # v8: "My company doesn't catch the uniforms.", "My child's school started wearing uniforms.", "Do you have your
    # company to wear uniforms?"
    ("Công ty tôi không bắt mặc đồng phục.", "My company doesn't make us wear a uniform."),
    ("Trường con tôi bắt mặc đồng phục.", "My child's school makes them wear a uniform."),
    ("Công ty bạn có bắt mặc đồng phục không?", "Does your company make you wear a uniform?"),
    ("Trường tôi bắt học sinh mặc đồng phục.", "My school makes its pupils wear a uniform."),
    ("Công ty anh ấy bắt nhân viên mặc đồng phục.", "His company makes its staff wear a uniform."),
    ("Công ty của mẹ tôi bắt mặc đồng phục.", "My mother's company makes her wear a uniform."),
    ("Trường của chúng tôi không bắt mặc đồng phục.", "Our school doesn't make us wear a uniform."),
    # v8: "I have to buy my new uniforms.", "My mother bought a new contract for my sister.", "Have you bought
    # uniforms for your child yet?"
    ("Tôi phải mua đồng phục mới cho con.", "I have to buy a new uniform for my child."),
    ("Mẹ tôi vừa mua đồng phục mới cho em gái tôi.", "My mother has just bought a new uniform for my sister."),
    ("Bạn đã mua đồng phục cho con chưa?", "Have you bought a uniform for your child yet?"),
    ("Chúng tôi cần mua hai bộ đồng phục cho con.", "We need to buy two uniforms for our child."),
    ("Tôi sẽ mua đồng phục thể dục mới cho con trai.", "I will buy a new PE kit for my son."),
    ("Hôm qua tôi mua đồng phục mới cho con gái.", "I bought a new uniform for my daughter yesterday."),
    ("Tôi đã mua đồng phục cho con rồi.", "I have bought a uniform for my child."),
    ("Tôi chưa mua đồng phục cho con.", "I haven't bought a uniform for my child yet."),
    ("Tuần sau chúng tôi sẽ đặt mua đồng phục mới.", "We will order a new uniform next week."),
    ("Bạn có phải mua đồng phục không?", "Do you have to buy a uniform?"),
    ("Lan mới mua đồng phục mới.", "Lan has just bought a new uniform."),
    # not: wearing with no "phải" (now, or a habit?), a name alone or "bạn tôi" forgetting (his or her?), "I" asked
    # whether I forgot, "anh", "em" alone saying it, a pet, a "?" with no asking word, "nhỉ", buying with no tense,
    # "cho con" after kin (whose child?), a place that is not whose, a uniform left at a place (mt/left_behind.py),
    # days that do not fit the verb, liking or looks, the other way's language
    ("Con tôi mặc đồng phục.", None), ("Lan quên mang đồng phục.", None), ("Bạn tôi quên mặc đồng phục.", None),
    ("Tôi có quên mang đồng phục không?", None), ("Anh phải mặc đồng phục.", None),
    ("Em quên mang đồng phục thể dục.", None), ("Con mèo của tôi phải mặc đồng phục.", None),
    ("Tôi phải mặc đồng phục?", None), ("Bạn có phải mặc đồng phục?", None), ("Tôi phải mặc đồng phục nhỉ.", None),
    ("Tôi mua đồng phục mới cho con.", None), ("Mẹ tôi phải mua đồng phục cho con.", None),
    ("Công ty Lan bắt mặc đồng phục.", None), ("Trường tôi bắt nhân viên mặc đồng phục.", None),
    ("Tôi quên mang đồng phục ở nhà.", None), ("Ngày mai tôi quên mang đồng phục.", None),
    ("Hồi nhỏ tôi cần mặc đồng phục.", None), ("Hôm qua tôi sẽ mua đồng phục.", None),
    ("Hôm nay tôi phải mặc đồng phục hôm qua.", None), ("Ngày mai tôi đã phải mặc đồng phục.", None),
    ("Đồng phục của trường rất đẹp.", None), ("Tôi thích đồng phục này.", None),
    ("Tôi mua đồng phục cho mình rồi.", None), ("Bạn có quên mang đồng phục chưa?", None),
    ("Tôi cần mua hai bộ đồng phục thể dục.", None), ("Tôi đã mua đồng phục cho con chưa?", None),
    ("I forgot my PE kit.", None),
    # review: "sáng nay", "chiều nay" with "phải" (have to, or had to? said later that day it is over), whom who is
    # ("Tôi … cho tôi": "for me"? "Anh ấy … cho anh ấy": himself, or another?), a pet's school
    ("Sáng nay tôi phải mặc đồng phục.", None), ("Chiều nay con tôi phải mặc đồng phục thể dục.", None),
    ("Sáng nay tôi không phải mặc đồng phục.", None), ("Sáng nay bạn có phải mặc đồng phục không?", None),
    ("Sáng nay tôi phải mua đồng phục.", None),
    ("Chiều nay tôi sẽ mua đồng phục.", "I will buy a uniform this afternoon."),
    ("Sáng nay tôi quên mang đồng phục thể dục.", "I forgot my PE kit this morning."),
    ("Tôi đã mua đồng phục cho tôi rồi.", None), ("Chúng tôi phải mua đồng phục cho chúng tôi.", None),
    ("Bạn phải mua đồng phục cho bạn.", None), ("Họ vừa mua đồng phục cho họ.", None),
    ("Anh ấy sẽ mua đồng phục cho anh ấy.", None),
    ("Tôi phải mua đồng phục cho chúng tôi.", "I have to buy a uniform for us."),
    ("Trường con mèo của tôi bắt mặc đồng phục.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Con tôi phải mặc áo đồng phục cho trường.", "Tôi phải mặc đồng phục." (today lost), "Tôi phải mặc đồng
    # phục như một đứa trẻ." (like a child)
    ("My child has to wear a uniform to school.", "Con tôi phải mặc đồng phục đi học."),
    ("I have to wear a uniform today.", "Hôm nay tôi phải mặc đồng phục."),
    ("Do you have to wear a uniform?", "Bạn có phải mặc đồng phục không?"),
    ("We don't have to wear a uniform.", "Chúng tôi không phải mặc đồng phục."),
    ("She doesn't have to wear a uniform.", "Cô ấy không phải mặc đồng phục."),
    ("He needs to wear a uniform at work.", "Anh ấy cần mặc đồng phục ở chỗ làm."),
    ("My mother has to wear a uniform to work.", "Mẹ tôi phải mặc đồng phục đi làm."),
    ("I had to wear a uniform as a child.", "Hồi nhỏ tôi phải mặc đồng phục."),
    ("We had to wear uniforms as children.", "Hồi nhỏ chúng tôi phải mặc đồng phục."),
    ("Did you have to wear a uniform yesterday?", "Hôm qua bạn có phải mặc đồng phục không?"),
    ("My son wears a school uniform.", "Con trai tôi mặc đồng phục học sinh."),
    ("Does Lan wear a uniform?", "Lan có mặc đồng phục không?"),
    ("I must wear PE kit tomorrow.", "Ngày mai tôi phải mặc đồng phục thể dục."),
    # v8: "Tôi quên bộ công cụ PE của tôi.", "Con trai tôi quên học đồng phục."
    ("I forgot my PE kit.", "Tôi quên mang đồng phục thể dục."),
    ("My son forgot his school uniform.", "Con trai tôi quên mang đồng phục học sinh."),
    ("She forgot to wear her uniform.", "Cô ấy quên mặc đồng phục."),
    ("Did you forget your uniform?", "Bạn có quên mang đồng phục không?"),
    ("I've forgotten my PE kit.", "Tôi quên mang đồng phục thể dục rồi."),
    ("Lan forgot her PE kit again.", "Lan lại quên mang đồng phục thể dục."),
    ("My daughter forgot her PE kit yesterday.", "Hôm qua con gái tôi quên mang đồng phục thể dục."),
    ("We forgot our uniforms.", "Chúng tôi quên mang đồng phục."),
    # v8: "Công ty của tôi không làm chúng tôi mặc quân phục." (army uniform), "Trường của bạn có mặc áo đồng phục
    # không?" (the school wearing it)
    ("My company doesn't make us wear a uniform.", "Công ty tôi không bắt mặc đồng phục."),
    ("Does your school make you wear a uniform?", "Trường bạn có bắt mặc đồng phục không?"),
    ("My son's school makes him wear a uniform.", "Trường con trai tôi bắt mặc đồng phục."),
    ("My company makes its staff wear a uniform.", "Công ty tôi bắt nhân viên mặc đồng phục."),
    ("His school makes its pupils wear a uniform.", "Trường anh ấy bắt học sinh mặc đồng phục."),
    ("My company makes me wear a uniform.", "Công ty tôi bắt tôi mặc đồng phục."),
    # v8: "Bạn đã mua đồng phục của con trai mình chưa?" (right, as "Tôi phải mua đồng phục mới cho con.")
    ("I have to buy a new uniform for my child.", "Tôi phải mua đồng phục mới cho con."),
    ("She has just bought a new PE kit.", "Cô ấy vừa mua đồng phục thể dục mới."),
    ("Have you bought a uniform for your son yet?", "Bạn đã mua đồng phục cho con trai chưa?"),
    ("We'll order new uniforms next week.", "Tuần sau chúng tôi sẽ đặt mua đồng phục mới."),
    ("My mother bought a new uniform for my sister yesterday.", "Hôm qua mẹ tôi mua đồng phục mới cho em gái tôi."),
    ("I haven't bought a uniform for my daughter yet.", "Tôi chưa mua đồng phục cho con gái."),
    ("Do you need to buy a new school uniform?", "Bạn có cần mua đồng phục học sinh mới không?"),
    ("I've bought a new uniform for my son.", "Tôi đã mua đồng phục mới cho con trai rồi."),
    ("He bought two new uniforms.", "Anh ấy đã mua hai bộ đồng phục mới."),
    # not: the verb not agreeing with who, another's thing or "her" for a son, "I" asked whether I forgot, "a PE
    # kit" worn, days that do not fit the verb, whom not whose ("Your company makes us …"), a company's pupils, a
    # habit of buying, "wore" (when?), "as a child" of many, other things said of a uniform, the other way's language
    ("She have to wear a uniform.", None), ("He wear a uniform.", None), ("I forgot your uniform.", None),
    ("My son forgot her PE kit.", None), ("Did I forget my uniform?", None), ("I have to wear a PE kit.", None),
    ("I have to wear a uniform yesterday.", None), ("I had to wear a uniform tomorrow.", None),
    ("Your company makes us wear a uniform.", None), ("My company makes its pupils wear a uniform.", None),
    ("I buy a uniform.", None), ("I have bought a uniform yesterday.", None), ("She wore a uniform.", None),
    ("I wear a uniform today.", None), ("The army uniform is green.", None), ("Do you forget your uniform?", None),
    ("My uniform is dirty.", None), ("We had to wear uniforms as a child.", None),
    ("Tôi quên mang đồng phục thể dục.", None), ("He forgot his uniform tomorrow.", None),
    ("I have to buy a new uniforms.", None), ("Does your company makes you wear a uniform?", None),
    # review: whose child ("our son" after "I": not "con trai chúng"; "her son" after my mother or a name: hers, or
    # another woman's?), whom who is ("I … for me"), pets, "Does he wears"
    ("I have to buy a uniform for our son.", "Tôi phải mua đồng phục cho con trai chúng tôi."),
    ("He bought a uniform for her son.", "Anh ấy đã mua đồng phục cho con trai cô ấy."),
    ("My mother bought a uniform for her son.", None), ("My father bought a uniform for his daughter.", None),
    ("Lan bought a uniform for her daughter.", None), ("Has Lan bought a uniform for her son yet?", None),
    ("My mother bought a uniform for her.", "Mẹ tôi đã mua đồng phục cho cô ấy."),
    ("I bought a uniform for me.", None), ("We bought a uniform for us.", None),
    ("She bought a uniform for her.", None), ("He bought a uniform for him.", None),
    ("You bought a uniform for you.", None),
    ("My dog has to wear a uniform.", None), ("My dog wears a uniform.", None), ("My dog forgot his uniform.", None),
    ("My cat needs to buy a uniform.", None), ("Does your dog have to wear a uniform?", None),
    ("My dog's school makes them wear a uniform.", None),
    ("Does he wears a uniform?", None), ("Do they wears uniforms?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
