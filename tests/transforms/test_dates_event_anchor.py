"""Days counted from an event the article dates in another sentence (transforms/dates/event_anchor.py, issue 15):
the event's head noun right by a day of the text dates it."""
import pytest

from tests.transforms.date_values import seed_date_lexicon, values


@pytest.fixture(scope="module")
def lexicon():
    return seed_date_lexicon()


def test_a_span_from_an_event_takes_the_day_its_noun_stands_by_elsewhere(lexicon):
    # AL-internationalNews-1170-20180515 (in no gold file; Tuesday 01:35 +04): the church attacks are «هجمات الأحد»
    # two sentences on, so the day after them is Monday
    text = ("وفي إحدى الهجمات التي استهدفت مقرا للشرطة وذلك بعد يوم واحد من هجمات انتحارية على كنائس في سورابايا، "
            "أجبرت أسرة ابنتها البالغة من العمر ثماني سنوات على ركوب دراجة نارية. "
            "وقالت الشرطة إن الأسرة التي نفذت هجمات الأحد من بين 500 متعاطف مع التنظيم عادوا من سوريا.")
    assert values(text, "2018-05-15T01:35:44+04:00", lexicon) == ["2018-05-14", "2018-05-13"]
    # without the sentence that dates the attacks, no day
    assert values(text.split(". ")[0], "2018-05-15T01:35:44+04:00", lexicon) == [None]


def test_an_eve_word_with_no_day_after_it_takes_its_events_day_elsewhere(lexicon):
    # team FR-internationalNews-25-20180219 (Monday): «حادثة الأربعاء» dates the Parkland shooting, so its morrow
    # is Thursday
    text = ("حادثة الأربعاء هي أيضا واحدة من 20 حادثة من نوعها جرت في المدارس الأمريكية. "
            "وألقى الرئيس الأمريكي دونالد ترامب غداة حادثة باركلاند خطابا تعهد خلاله بالاهتمام بمن يعانون أمراضا عقلية.")
    assert values(text, "2018-02-19T15:18:49+00:00", lexicon) == ["2018-02-14", "2018-02-15"]


def test_the_day_of_the_spans_own_clause_dates_no_event(lexicon):
    # BB-internationalNews-931-20180806 (in no gold file; Monday): «زلزال الأحد بعد أسبوع من زلزال آخر» counts to
    # Sunday's quake from another one; Sunday's quake, named by its day elsewhere too, is not that other one
    text = ("ووقع أكثر من 130 هزة أخرى عقب الزلزال الذي حدث صباح الأحد. "
            "ويأتي زلزال الأحد بعد أسبوع من زلزال آخر ضرب جزيرة لومبوك نفسها، التي يقصدها كثير من السائحين.")
    assert values(text, "2018-08-06T11:54:39+00:00", lexicon) == ["2018-08-05", "2018-08-05", None]


# --- a quotation told on an earlier day ---------------------------------------------------------------------------
# (no article of no gold file shows these two shapes: dates_identity over all 10372 of them changes no row)

def test_today_in_a_quotation_told_on_an_earlier_weekday_is_that_day(lexicon):
    # team FR-internationalNews-2678-20180812 (Sunday): the weather service said it on Friday
    text = ('وذكرت هيئة الأرصاد الجوية الأمريكية الجمعة "الصور الملتقطة عبر الأقمار الاصطناعية رصدت سحابة دخان عريضة '
            'صباح اليوم متأتية من الحرائق في غرب الولايات المتحدة"')
    assert values(text, "2018-08-12T07:23:20+00:00", lexicon) == ["2018-08-10", "2018-08-10"]


def test_yesterday_in_a_quotation_told_last_night_is_the_day_before(lexicon):
    # team SK-middleEast-1143-20180420 (Friday): said last night (Thursday), so «أمس» is Wednesday
    text = ('وقال ليفيو دراغنا زعيم الحزب الاشتراكي الديمقراطي لمحطة تلفزيون "أنتينا 3 " الخاصة في وقت متأخر الليلة '
            'الماضية : "أمس وافقت الحكومة على مذكرة لبدء إجراءات النقل الفعلي للسفارة من تل أبيب إلى القدس".')
    assert values(text, "2018-04-20T10:44:38+00:00", lexicon) == ["2018-04-19", "2018-04-18"]


# --- an event of another kind (class date_event_other) ------------------------------------------------------------

def test_a_new_attack_is_not_the_one_the_article_dates(lexicon):
    # FR-internationalNews-2111-20180702 (in no gold file; Monday): «هجوم الجمعة» is Friday's attack on the G5
    # headquarters; «غداة هجوم جهادي جديد» follows another, Sunday's, so it takes no day from Friday's
    from tests.transforms.test_code_lists_as_rows import date_lexicon_without
    text = ("غداة هجوم جهادي جديد في مالي أدى لمقتل أربعة مدنيين وجرح أكثر من عشرين شخصا بينهم أربعة جنود فرنسيين، "
            "سيتطرق الاتحاد الأفريقي لمسألة الأمن في منطقة الساحل. "
            "واستهدف هجوم الجمعة مقر قيادة قوة مجموعة دول الساحل.")
    assert values(text, "2018-07-02T09:32:39+00:00", lexicon) == ["2018-06-29"]
    without = date_lexicon_without("date_event_other", "جديد")
    assert values(text, "2018-07-02T09:32:39+00:00", without) == ["2018-06-29", "2018-06-30"]


def test_the_event_of_the_kind_the_span_tells_is_another(lexicon):
    # FR-internationalNews-2731-20180815 (in no gold file; Wednesday): «هذا الهجوم» is Wednesday's; the attack on
    # Ghazni it comes three days after is another one, so no day is counted from Wednesday's
    text = ("إلا أن حركة طالبان سارعت إلى نفي تورطها في هجوم الأربعاء. "
            "ويأتي هذا الهجوم بعد ثلاثة أيام من هجوم واسع على مدينة غزنة شرقي أفغانستان، قتل خلاله أكثر من 100 عنصر أمني.")
    assert values(text, "2018-08-15T20:10:51+00:00", lexicon) == ["2018-08-15", None]
