"""اليوم with a part of the day before it and an ordinal after it (فجر اليوم الثامن، صباح اليوم الثاني) is the
n-th day of something, not the publication day."""
from tests.transforms.date_values import seed_date_lexicon, values


def test_a_part_of_the_nth_day_is_no_today():
    # non-gold AL-internationalNews-1555-20180610: the second day after the births, not 10 June
    assert values("وأضاف والد الأطفال أنه وفي صباح اليوم الثاني لولادة الأطفال زارهم وزير الصحة بولاية #الخرطوم",
                  "2018-06-10T20:23:40+04:00", seed_date_lexicon()) == []


def test_a_weekday_goes_on_from_the_coming_one_past_the_nth_day():
    # train-develop CN-middleEast-1253-20180818 (Saturday): no «today» between, so Tuesday follows the coming
    # Monday (the 21st), not last week's
    assert values("وأضاف أن \"المهمة تقتضي في الثامن من ذي الحجة (يوم الأحد) تمكين أكثر من مليوني حاج للتحرك من مكة "
                  "المكرمة إلى منى، والتوجه في التاسع (الإثنين) إلى مشعر عرفات للوقوف بعرفة، ثم النفرة إلى مزدلفة والعودة إلى مشعر منى، "
                  "وتستغرق تلك العملية حوالي 48 ساعة من فجر اليوم الثامن حتى فجر اليوم العاشر (الثلاثاء)، ويتم خلالها",
                  "2018-08-18T14:39:27+00:00", seed_date_lexicon())[-2:] == ["2018-08-20", "2018-08-21"]
