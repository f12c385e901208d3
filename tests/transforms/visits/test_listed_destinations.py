"""Issue 9, visits scored below the threshold: the host is a later item of a list of places whose
first is where someone goes (host_listed_after_destination: بعد زيارتين إلى السعودية وتركيا).
Real sentences of ANT articles in no gold file."""
from tests.transforms.visits.reading import read_visits


def _features(text):
    """{(visitor name or None, host): features} of the cue_place and gathering candidates."""
    _, _, trace = read_visits(text)
    return {((c.actor.person or {}).get("name_ar"), c.host_iso2): c.features for c in trace
            if c.generator in ("cue_place", "gathering") and c.features}


def test_each_country_after_the_first_destination_is_a_destination():
    # ANT FR-internationalNews-943-20180426: «يتوجه إلى السعودية والأردن وإسرائيل»: Jordan and Israel
    # have no إلى of their own, yet Pompeo goes to each.
    text = ("يشارك وزير الخارجية الأمريكي الجديد مايك بومبيو الجمعة في اجتماع للحلف الأطلسي، قبل أن يتوجه إلى "
            "السعودية والأردن وإسرائيل في أول جولة خارجية له.")
    features = _features(text)
    assert features[("مايك بومبيو", "JO")]["host_listed_after_destination"] == 1.0
    assert features[("مايك بومبيو", "IL")]["host_listed_after_destination"] == 1.0
    assert features[("مايك بومبيو", "SA")]["host_listed_after_destination"] == 0.0  # the first item has its own إلى


def test_a_list_after_a_verb_of_visiting_is_a_list_of_destinations():
    # ANT CN-internationalNews-660-20181009: «سيزور فرنسا وإيطاليا وبلجيكا»; Moon is named in full the
    # sentence before.
    text = ("وقال البيت الأزرق في كوريا الجنوبية خلال مؤتمر صحفي إن رئيس البلاد مون جاي-إن سيوجه دعوة إلى "
            "البابا فرانسيس من كيم جونغ أون لزيارة بيونج يانج.\n"
            "وسيكون مون في جولة بأوروبا من 13 لـ21 أكتوبر/ تشرين الأول، حيث سيزور فرنسا وإيطاليا وبلجيكا "
            "والفاتيكان والدنمارك.")
    features = _features(text)
    listed = {host for (name, host), f in features.items() if name == "مون جاي-إن" and f["host_listed_after_destination"]}
    assert {"IT", "BE", "DK"} <= listed and "FR" not in listed


def test_a_list_after_between_is_no_list_of_destinations():
    # ANT BB-middleEast-295-20180405: «توترات متزايدة بين باريس وأنقرة»: the two capitals stand for
    # their governments; Ankara is no destination of Macron's.
    text = ("وبعد أن التقى الرئيس الفرنسي إيمانويل ماكرون بوفد من قوات سوريا الديمقراطية الشهر الماضي، كانت هناك "
            "توترات متزايدة بين باريس وأنقرة بعدما شن أردوغان هجوما لاذعا على ماكرون بسبب عرضه إقامة حوار بين "
            "تركيا ووحدات حماية الشعب الكردية.")
    features = _features(text)
    assert ("إيمانويل ماكرون", "TR") in features
    assert not any(f["host_listed_after_destination"] for f in features.values())
