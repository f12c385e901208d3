"""Issue 9, parties of a meeting abroad: a verb of holding (class held: تستضيف، احتضنت، عقدت) right before a
place makes it where the meeting is held (feature host_held), so the gathering and the countries taking part
come to it. Real sentences of ANT articles in no gold file."""
from tests.transforms.visits.reading import read_visits


def _held(text):
    """{(generator, party's country or None, host): host_held} of the candidates that name a host."""
    _, _, trace = read_visits(text)
    return {(c.generator, c.actor.country, c.host_iso2): c.features.get("host_held") for c in trace
            if c.host_tokens is not None}


def test_the_capital_that_hosts_the_conference_is_where_it_is_held():
    # ANT FR-internationalNews-897-20180424: «تحتضن العاصمة البلجيكية بروكسل ... مؤتمرا للهيئات المانحة لسوريا»:
    # the verb of holding stands two words (the capital's head and adjective) before Brussels.
    held = _held("تحتضن العاصمة البلجيكية بروكسل الثلاثاء والأربعاء مؤتمرا للهيئات المانحة لسوريا، على أمل "
                 "إيجاد تمويل كاف للعمل الإنساني الموجه للسوريين.")
    assert held[("gathering", None, "BE")] == 1.0


def test_a_summit_held_in_a_city_between_three_countries():
    # ANT FR-internationalNews-1148-20180509: «تعقد في طوكيو قمة ثلاثية بين الصين واليابان وكوريا الجنوبية»:
    # China and South Korea come to Tokyo; the verb of holding is right before في طوكيو.
    held = _held("في موازاة ذلك، تعقد في طوكيو قمة ثلاثية بين الصين واليابان وكوريا الجنوبية من أجل التوصل إلى "
                 "أرضية اتفاق مع التطورات الدبلوماسية الكبيرة التي تشهدها شبه الجزيرة.")
    assert held[("participant_country", "CN", "JP")] == 1.0
    assert held[("participant_country", "KR", "JP")] == 1.0
    assert ("participant_country", "JP", "JP") not in held  # the host's own people are no visitors


def test_a_country_the_conference_is_about_is_no_place_it_is_held():
    # ANT AL-internationalNews-270-20180301: «خلال مؤتمر دولي اختتم في واشنطن ... في كل من العراق وسوريا»:
    # the conference ends (اختتم) in Washington; Iraq and Syria, where the group was beaten, are no places it is
    # held in (no verb of holding before them).
    held = _held("أعلنت الولايات المتحدة، خلال مؤتمر دولي اختتم في واشنطن، الأربعاء، أن تنظيم داعش يتطور ويتكيف "
                 "مع الهزائم التي مني بها في كل من العراق وسوريا، محذرة من أن تحول التنظيم إلى اللامركزية يجعله "
                 "أكثر انتشارا وخطورة.")
    assert held[("gathering", None, "US")] == 1.0
    assert held[("gathering", None, "IQ")] == 0.0 and held[("gathering", None, "SY")] == 0.0
