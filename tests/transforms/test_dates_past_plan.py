"""A word of plan or of what is to come after كان، كانت and a subject of three words at most tells a plan or a
course of the past (وكانت الشركة تخطط لطرحها في أكتوبر), as after كان من المقرر (date_was_planned): the date it
leads to is read in the past, not ahead."""
from tests.transforms.date_values import seed_date_lexicon, values


def test_a_month_of_a_past_plan_with_its_subject_is_the_storys():
    # team AL-technology-312-20180622: the October of 2016, the year the sentence names, not the coming one
    assert values("وأعلنت آبل عن سماعات AirPods اللاسلكية في عام 2016، وكانت الشركة تخطط لطرحها في شهر "
                  "أكتوبر/تشرين الأول، لكنها وصلت إلى المتاجر مع حلول موسم الأعياد في شهر ديسمبر/كانون الأول",
                  "2018-06-22T12:47:34+00:00", seed_date_lexicon()) == ["2016", "2016-10", "2016-12"]


def test_a_weekday_of_what_someone_was_doing_is_the_one_gone_by():
    # non-gold SK-internationalNews-2474-20180704 (Wednesday): the mayor killed on Monday the 2nd, not the 9th
    assert values("ويأتي مقتل بوت بعد يوم واحد من قتل قناص رئيس بلدية آخر، بينما كان يشارك رفقة العشرات في مراسم "
                  "رفع العلم على مبنى بلدية تاناوان جنوبي العاصمة مانيلا، الاثنين.",
                  "2018-07-04T06:24:11+00:00", seed_date_lexicon())[-1] == "2018-07-02"
