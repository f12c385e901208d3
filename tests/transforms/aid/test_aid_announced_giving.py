"""A sum a verbal noun of giving governs (class aid_give_noun: تقديم، تخصيص) after a verb of announcing or
pledging (words.pledged: أعلنت، تعهدت), the giver its subject, is aid though no noun of aid stands near it
(transforms/aid/frames.py `_announced_giving`). A verbal noun with no such verb before it is not read so.
Real sentences of non-gold ANT articles."""
from tests.transforms.aid.sentence_sums import read_sums
from transforms.aid.frames import _announced_giving


def _read(sentence):
    """(amount, announced_giving) for each sum of the sentence."""
    return read_sums(sentence, lambda ctx, c, t0, t1: _announced_giving(ctx.tokens, c.money, t0, t1, ctx.words))


def test_announced_verbal_noun_of_giving():
    # ANT FR-internationalNews-2776-20180818 (non-gold).
    assert _read("وكانت السعودية أعلنت الجمعة تقديم 100 مليون دولار لدعم تلك الخطة.") == [(1e8, True)]


def test_pledged_verbal_noun_of_giving():
    # ANT BB-internationalNews-1148-20181005 (non-gold).
    assert _read("وأرسلت حكومات من مختلف أنحاء العالم، من إستراليا إلى بريطانيا، طائرات تحمل المساعدات إلى "
                 "إندونيسيا، وتعهدت الأمم المتحدة بتقديم 15 مليون دولار لجهود الإغاثة.") == [(1.5e7, True)]


def test_verbal_noun_with_no_announcing_verb_is_not_read_so():
    # ANT AL-internationalNews-1972-20180717 (non-gold).
    assert _read("وإضافة إلى تخصيص 50 مليون دولار لقاسم #سليماني، تظهر الرسائل التي تم الحصول عليها من بريد "
                 "إلكتروني مخترق أن خطة السداد قد خصصت مبلغا نقديا إضافيا بقيمة 150 مليون دولار للأفراد "
                 "والجماعات الذين يعملون كوسطاء.")[0] == (5e7, False)

