"""receive frames on real sentences (frames/receive.py)."""
from tests.transforms.visits.frames.helpers import names, read

# CN-middleEast-247-20180311
BASHIR = ("دبي، الإمارات العربية المتحدة (CNN)-- استقبل الرئيس السوداني عمر البشير، الأحد، وزير الخارجية القطري "
          "الشيخ محمد بن عبدالرحمن، وذلك غداة استقباله لمدير المخابرات العامة المصرية")


def test_the_receivers_country_hosts_the_received_and_receiving_again_keeps_the_host():
    article = read(BASHIR)
    received, again = article.frames()
    assert (received.trigger.form, [h.iso2 for h in received.hosts]) == ("استقبل", ["SD"])
    assert names(received.visitors) == ["محمد بن عبدالرحمن"]
    # «غداة استقباله لمدير المخابرات العامة المصرية»: the one who receives again is the sentence's
    # host, not the Qatari minister named just before the noun.
    assert [h.iso2 for h in again.hosts] == ["SD"] and names(again.visitors) == ["EG"]


def test_the_verbs_of_receiving_are_a_row_with_its_forms_generated():
    # One row of class visit_receive_verb (استقبل / يستقبل, the sentence of BASHIR) stands for the forms _sentence_host
    # looks back for, with و/ف; without the row no verb is read.
    from marsad.seeds import read_seed_csv
    from transforms.cue_lexicon import build_cue_lexicon
    from transforms.visits.cues import clause_words
    rows = read_seed_csv("cue_words.csv")
    verb = clause_words(build_cue_lexicon(rows)).receive_verb
    for word in ("استقبل", "واستقبلت", "يستقبل", "فتستقبل", "يستقبلون", "سيستقبل"):
        assert verb.fullmatch(word), word
    assert not verb.search("استقباله") and not verb.search("المستقبل")
    without = clause_words(build_cue_lexicon([r for r in rows if r["class"] != "visit_receive_verb"])).receive_verb
    assert not without.search("استقبل الرئيس السوداني عمر البشير")
