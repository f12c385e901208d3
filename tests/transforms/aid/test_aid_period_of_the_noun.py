"""The period of an aid figure from the noun of aid it measures (frames._noun_period), and the year a flow
began from a span of years (cues.since_pattern, AidWords.since: الفترة من، الفترة ما بين). Real sentences from non-gold ANT articles."""
from tests.transforms.aid.test_aid_steps import _aid_tokens, aid_lists
from transforms.aid.frames import Money, _noun_period, _period, _since_year
from transforms.arabic_text import normalize


def _money_at(tokens, number: str, value: float, currency_tokens: int = 2) -> Money:
    first = next(i for i, t in enumerate(tokens) if t[2] == number)
    last = first + currency_tokens
    return Money(tokens[first][0], tokens[last][1], value, "USD", first, last)


def test_a_sum_takes_the_period_of_the_noun_of_aid_it_measures():
    # BB-middleEast-914-20180902 (non-gold): the adjective of a year qualifies مساهمة, the noun the sum measures.
    tokens = _aid_tokens("كانت الولايات المتحدة أكبر مانح منفرد للأونروا، وذلك بمساهمة سنوية قيمتها نحو 368 مليون دولار، "
                         "وهو ما يعادل نحو 30 في المئة ميزانية الوكالة السنوية.")
    money = _money_at(tokens, "368", 3.68e8)
    assert _noun_period(tokens, money, 0, aid_lists()) == "annual"
    assert _period(tokens, money, 0, len(tokens), aid_lists()) == "annual"


def test_a_noun_of_aid_with_no_period_gives_none():
    # FR-internationalNews-2422-20180721 (non-gold): مساعدات with no adjective of a year: the sum is once.
    tokens = _aid_tokens("وتبلغ قيمة هذه المساعدات نحو 400 ألف يورو وتمثل جزءا من تعهد من باريس بتقديم 50 مليون يورو "
                         "استخدمت حتى الآن بشكل رئيسي في منطقة الرقة بشمال شرق سوريا.")
    money = _money_at(tokens, "400", 4e5)
    assert _noun_period(tokens, money, 0, aid_lists()) is None
    assert _period(tokens, money, 0, len(tokens), aid_lists()) == "once"


def test_a_span_of_years_counts_from_its_first():
    # AL-economy-3-20180218 (non-gold): «خلال الفترة من 2017 - 2020» begins in 2017.
    sentence = normalize("وعلى الرغم من ذلك، لا يوجد برنامج دعم للأسر غير السعودية لتعويض نسبة الزيادة في أسعار الطاقة "
                         "والمرافق، حيث إن ضريبة القيمة المضافة ورسوم المرافقين تعني أن إنفاقهم سوف ينخفض بنسبة 13.5% "
                         "خلال الفترة من 2017 - 2020 من مبلغ 192 مليار ريال سعودي في 2017 إلى مبلغ 166 مليار ريال سعودي في 2020").text
    assert _since_year(sentence, 2018, aid_lists().since) == 2017


def test_since_still_reads_its_year():
    # SK-internationalNews-455-20180320 (non-gold): منذ العام 2012, as before.
    sentence = normalize("وقال ترامب إن الحرس الثوري الإيراني صرف مبلغ 16 مليار دولار منذ العام 2012 من ثروات الشعب "
                         "الإيراني لدعم نظام بشار الأسد والميليشيات الإرهابية في سوريا والعراق واليمن.").text
    assert _since_year(sentence, 2018, aid_lists().since) == 2012
