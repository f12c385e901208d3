"""The article context's readers on real sentences (frames/context.py)."""
from tests.transforms.visits.frames.helpers import read

# BB-internationalNews-817-20180716
HELSINKI = "يلتقي الرئيس الأمريكي، دونالد ترامب، نظيره الروسي، فلاديمير بوتين، في العاصمة الفنلندية هلسنكي، في قمة ينتظر العالم نتائجها."
# CN-middleEast-1604-20181018
POMPEO = "قال وزير الخارجية الأمريكي، مايك بومبيو، إنه أطلع الرئيس دونالد ترامب على نتائج زيارته للسعودية وتركيا."


def test_the_gap_before_a_place_leaves_out_the_people_and_the_commas_that_set_them_off():
    article = read(HELSINKI)
    meets = article.trigger("يلتقي")
    assert article.ctx.gap_text(meets.end, article.loc("هلسنكي").start) == "نظيره الروسي في العاصمة الفنلندية"


def test_places_joined_by_and_are_one_list_and_a_clitic_preposition_is_attached():
    article = read(POMPEO)
    saudi, turkey = article.loc("سعودية"), article.loc("تركيا")
    assert article.ctx.coordinated(saudi, [turkey]) == [saudi, turkey]
    assert article.ctx.attached(saudi, "ل") and not article.ctx.attached(turkey, "لب")


def test_a_normalised_slice_reads_the_articles_one_normalisation():
    article = read(POMPEO)
    visit = article.trigger("زيارته")
    assert article.ctx.norm(visit.start, visit.end) == "زيارته"
    assert article.ctx.norm(0, article.trigger("زيارته").start).startswith("قال وزير الخارجيه الامريكي")


def test_the_commas_that_set_off_a_name_and_a_day_before_a_preposition_go():
    # SK-middleEast-1151-20180420
    article = read("وصل الرئيس السوداني، عمر حسن البشير، الجمعة، إلى أثيوبيا، حيث سيشارك في منتدى تانا.")
    arrived = article.trigger("وصل")
    assert article.ctx.gap_text(arrived.end, article.loc("أثيوبيا").start) == "إلى"
