"""A sum told as a total (إجمالي التمويل … بلغ) in a sentence that names no giver of its own is the
donors' as a body: the frame rules do not carry the giver of the sentence before onto it
(transforms/aid/candidates.py `_told_as_a_total`). The giver's own sums stay its. Real sentences from a
non-gold ANT article."""
from tests.transforms.aid.test_aid_steps import _traced
from transforms.aid.candidates import _told_as_a_total

# ANT AL-internationalNews-1890-20180711 (non-gold): SA -> YE 2.0103 billion before.
BODY = ("يشار إلى أن المملكة العربية #السعودية تصدرت #الدول_المانحة لخطة الاستجابة الإنسانية للأمم المتحدة في اليمن "
        "للعام 2018م.\n"
        "وذكر تقرير أصدره مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية OCHA عن مستوى التمويل الدولي للاستجابة "
        "الإنسانية في اليمن للعام 2018م، أن المملكة تصدرت الدول المانحة داخل خطة الاستجابة الإنسانية في "
        "#اليمن بمبلغ 530.4 مليون دولار من المبلغ الإجمالي 1.54 مليار دولار. كما تصدرت الدول المانحة خارج خطة "
        "الاستجابة الإنسانية لليمن بمبلغ 196 مليون دولار من المبلغ الإجمالي 466.4 مليون دولار، مشيراً إلى أن إجمالي "
        "التمويل داخل وخارج خطة الاستجابة الإنسانية بلغ 2.010.3 مليون دولار.")


def test_a_total_of_all_the_givers_is_the_donors_as_a_body():
    rows, [(ctx, candidates)] = _traced("السعودية تتصدر المانحين لليمن", BODY)
    [total] = [c for c in candidates if c.money.value == 2.0103e9]
    assert _told_as_a_total(ctx, total)
    [row] = [r for r in rows if r["amount"] == 2.0103e9]
    assert (row["donor_iso2"], row["donor_name_ar"], row["recipient_iso2"]) == (None, None, "YE")


def test_the_givers_own_sum_stays_its():
    rows, [(ctx, candidates)] = _traced("السعودية تتصدر المانحين لليمن", BODY)
    [own] = [c for c in candidates if c.money.value == 1.96e8]
    assert not _told_as_a_total(ctx, own)
    assert [(r["donor_iso2"], r["recipient_iso2"]) for r in rows if r["amount"] == 1.96e8] == [("SA", "YE")]
