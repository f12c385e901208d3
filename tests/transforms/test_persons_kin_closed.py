"""The relative named after a kinship noun (seeds/titles.csv, kind kin): a name-like word standing
alone before punctuation is the relative's name though no list of names holds it, or the stop list
does; the friend, fiancé(e) and the son or daughter of two are kinship nouns too (صديقه، خطيبته،
ابنهما). Sentences are real, from non-gold ANT articles; the article id is given beside each."""
from tests.transforms.test_persons_kin import persons


def test_a_wife_named_alone_before_a_comma():
    # SK-internationalNews-3464-20181013
    found = persons("ووصل القس الأميركي إلى قاعدة عسكرية تقع على مشارف واشنطن العاصمة بالولايات المتحدة برفقة زوجته "
                    "نورين، بعد أن قضت محكمة تركية بالإفراج عنه لانقضاء مدة")
    assert "نورين" in found
    assert found["نورين"]["title_ar"] is None


def test_a_word_carrying_a_pronoun_is_no_relative():
    # BB-middleEast-667-20180626
    found = persons('وقال والد نورا أنه زوَّج ابنته لقريبها، بالرغم من رفضها الزواج منه، "خوفا عليها"')
    assert "لقريبها" not in found


def test_a_friend_named_after_his_friend_noun():
    # BB-culture-106-20180409
    found = persons("يرتدي إلياس فستانا أسود حريريا طويلا ويسير على الممشى، بينما يمشي صديقه مروان خلفه "
                    "على بعد خطوتين ليضمن ألا يدوس أحد على فستانه")
    assert "مروان" in found
