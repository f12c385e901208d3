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
