"""presence frames on real sentences (frames/presence.py)."""
from tests.transforms.visits.frames.helpers import names, new_discourse, read
from transforms.visits.frames.presence import presence_frames

# BB-internationalNews-219-20180324
MACRON = ("وأعلن الرئيس الفرنسي إيمانويل ماكرون، الموجود في بروكسل للمشاركة في قمة الاتحاد الأوروبي، إنه سيعود إلى "
          "فرنسا للإشراف على كيفية التعامل مع الحادث وتبعاته.")
# CN-middleEast-247-20180311
BASHIR = ("دبي، الإمارات العربية المتحدة (CNN)-- استقبل الرئيس السوداني عمر البشير، الأحد، وزير الخارجية القطري "
          "الشيخ محمد بن عبدالرحمن، وذلك غداة استقباله لمدير المخابرات العامة المصرية")


def test_a_named_official_present_in_a_city_abroad_is_visiting_it():
    article = read(MACRON)
    frames = presence_frames(article.ctx, new_discourse(), article.sentences[0], 0, [], article.is_private)
    assert [([h.place for h in f.hosts], names(f.visitors)) for f in frames] == [(["بروكسل"], ["إيمانويل ماكرون"])]
    assert article.ctx.text[frames[0].start:frames[0].end].startswith("في")


def test_an_official_with_no_city_after_him_is_not_present_anywhere():
    article = read(BASHIR)
    assert presence_frames(article.ctx, new_discourse(), article.sentences[0], 0, [], article.is_private) == []
