"""A sum a verb of giving gives to its object is aid though no noun of aid stands near it: a finite
verb of giving, the receiver the rules read, then the sum, within five words (transforms/aid/frames.py
`_given_to`; إيران كانت تمد حزب الله بنحو 100 مليون دولار سنوياً). A sum whose receiver comes after it, or
whose giver stands between the verb and the sum, is no such sum. Real sentences of non-gold ANT
articles (FR-internationalNews-580-20180406, AL-internationalNews-766-20180403)."""
from tests.transforms.aid.sentence_sums import read_sums
from transforms.aid.frames import _given_to


def _given(ctx, c, t0, t1):
    receivers = [m for m in ctx.by_token.between(t0, t1) if m.party == c.rule_recipient]
    return _given_to(ctx.tokens, c.money, t0, ctx.words, receivers)


def _read(sentence):
    """(amount, given_to) for each sum of the sentence, the receivers being the rules' recipient's mentions."""
    return read_sums(sentence, _given)


def test_verb_receiver_then_sum_is_given():
    assert _read("وتعهد البنك الدولي منح لبنان أربعة مليارات دولار على مدى السنوات الخمس المقبلة لتمويل مشاريع "
                 "استثمارية في لبنان، حسب ما أعلنت المديرة التنفيذية للمؤسسة الدولية كريستالينا جورجيفا.") == [(4e9, True)]


def test_receiver_after_the_sum_is_not_read_so():
    assert _read("وقال الأمين العام للأمم المتحدة، أنطونيو #غوتيريس ، اليوم الثلاثاء،من جنيف في مؤتمر إعلان التبرعات "
                 "من أجل اليمن، إن السعودية والإمارات، اللتين تشاركان في الصراع لإعادة الحكومة اليمنية المعترف بها "
                 "دوليا إلى السلطة، \"منحتا بسخاء\" 930 مليون دولار لخطة الاستجابة الإنسانية لهذا العام.") == [(9.3e8, False)]


def test_giver_between_verb_and_sum_is_not_read_so():
    assert _read("كما تقدمت الكويت بـ 250 مليون دولار لخطة الاستجابة الإنسانية في اليمن، فيما قدم الاتحاد الأوروبي "
                 "107 ملايين يورو.") == [(2.5e8, False), (1.07e8, False)]
