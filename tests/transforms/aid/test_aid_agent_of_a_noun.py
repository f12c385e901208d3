"""The giver of a verbal noun of granting or supporting (issue 9): منح and دعم (class aid_agent_noun of
seeds/cue_words.csv) take their giver in construct right after them and their receiver after it, bare or
marked by ل (بمنح بروكسل أنقرة؛ دعم الأمم المتحدة لميليشيات الحوثي). The first party gives, the second
receives, and the critic of the reporting clause gives nothing. A party named alone after the noun is what it
supports, and an adjective whose noun carries ل (للتأمين الصحي البريطاني) is what the money is for, never the
subject that gives it. Real sentences from non-gold ANT articles."""
from tests.transforms.aid.test_aid_steps import _traced


def _flows(title, body):
    rows, _ = _traced(title, body)
    return [(r["donor_iso2"] or r["donor_name_ar"], r["recipient_iso2"] or r["recipient_name_ar"], r["amount"])
            for r in rows]


def test_the_party_after_the_noun_gives_and_the_bare_party_after_it_receives():
    # ANT SK-internationalNews-3266-20181001: main read Ankara as the giver (the party right before the sum)
    # and Brussels as the one other party, its receiver.
    body = ("ووقع الاتحاد الأوروبي وأنقرة في 2016 اتفاقا يقضي بمنح بروكسل أنقرة نحو 3 مليارات دولار، على أن "
            "تعمل السلطات التركية على استقبال مهاجرين معادين من اليونان.")
    assert _flows("أردوغان في ألمانيا", body) == [("BE", "TR", 3e9)]


def test_the_party_after_the_noun_gives_to_the_party_marked_by_lam():
    # ANT AL-internationalNews-810-20180405: the Yemeni government criticises the UN's support; main read
    # the critic as the giver and the UN as what دعم supports.
    body = ("وكانت الحكومة اليمنية الشرعية أيضا، انتقدت في وقت سابق، دعم الأمم المتحدة لميليشيات الحوثي، بمبلغ "
            "14 مليون دولار، بحجة نزع الألغام.")
    assert _flows("الأمم المتحدة والحوثيون", body) == [("الأمم المتحدة", "الحوثيون", 1.4e7)]


def test_money_for_a_national_service_is_no_gift_of_its_state():
    # ANT BB-internationalNews-775-20180709: funding won for the British health service; main read the
    # adjective البريطاني as the giver and the European Union, named later, as the receiver.
    body = ("وكان هانت، الذي شغل منصب وزير الصحة طوال الأعوام الستة الماضية وتمكن مؤخرا من الحصول على تمويل إضافي "
            "للتأمين الصحي البريطاني يبلغ قدره 20 مليار جنيه استرليني، مؤيدا لحملة البقاء في الاتحاد الأوروبي في "
            "استفتاء عام 2016.")
    assert _flows("هانت وزيرا للخارجية", body) == []
