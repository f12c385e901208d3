"""Given names mined from the develop gold (issue 10, scripts/build_given_names.py): the first words
of two different multi-word persons of train-develop and the team's batches, not a word the gold
also gives as a whole name or a family name, nor a common word. They open untitled names, foreign
ones above all (فانسان كومباني، ساديو ماني، لاري بيج).

Sentences are real, from ANT articles in no gold file; the article id is given beside each."""
from marsad.seeds import read_seed_csv
from person_names import names  # the pipeline's own lexicons, given_names.csv among them


def test_a_player_after_his_role_and_nationality_adjective():
    # FR-internationalNews-609-20180407
    text = ("وكان مانشستر سيتي في طريقه الى تحقيق فوز سهل عندما تقدم بثنائية نظيفة في الشوط الأول "
            "سجلها قائده البلجيكي فانسان كومباني (25) والالماني إلكاي غوندوغان (31).")
    assert "فانسان كومباني" in names(text)


def test_an_untitled_player_after_a_noun():
    # BB-sport-244-20180628
    text = ("وشهدت مباراة السنغال وكولومبيا احتساب ركلة جزاء لصالح السنغال بعد سقوط ساديو ماني داخل "
            "منطقة الجزاء، لكن حكم المباراة عاد ليلغي هذا القرار.")
    assert "ساديو ماني" in names(text)


def test_a_founder_in_apposition_between_commas():
    # CN-technology-57-20180313
    text = "مشروع التاكسي الطائر للشريك المؤسس لشركة غوغل، لاري بيج، جاهز للإقلاع."
    assert "لاري بيج" in names(text)


def test_develop_mining_keeps_mononyms_family_names_and_one_person_out():
    given = {r["given_ar"] for r in read_seed_csv("given_names.csv")}
    assert {"فانسان", "ساديو", "لاري", "ارنون"} <= given
    # نيمار، يوليا، ميلانيا: the gold writes them alone too; باراك، رضوان: family names too;
    # كامليا: one person only; مني، صديق: common words.
    assert not {"نيمار", "يوليا", "ميلانيا", "رضوان", "كامليا", "کاملیا", "مني", "صديق"} & given
