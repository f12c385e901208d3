"""Role nouns that introduce a person as titles do (seeds/titles.csv, issue 10): a coordinator
(منسق، المنسقة: official), an envoy (الموفد، موفد: diplomat) and an undersecretary (وكيل وزارة، وكيل
وزير، الوكيل: deputy). Without the row the name after them was read with no title, or cut short, or
not at all. Bare وكيل is no row: "agent, proxy" (وكيل لجهة، وكيل أعماله), and normalised وكيلة is also
وكيله "his agent" (مدرة على المصور ووكيله عائدات طائلة); nor is bare منسقة, an adjective as often
(ضربات منسقة قادها): the words after them would be read as names, and scripts/build_name_stopwords.py
would count them as words after a title. Sentences are real, from non-gold ANT articles; the article id is given beside each."""
from tests.transforms.test_persons_untitled import lexicon
from transforms.persons import extract_persons


def persons(text: str) -> dict[str, dict]:
    return {p["name_ar"]: p for p in extract_persons(text, [], lexicon())}


def test_a_coordinator_after_the_name():
    # AL-internationalNews-1495-20180606
    found = persons("وكان مارك لوكوك، منسق الأمم المتحدة للشؤون الإنسانية والإغاثة في حالات الطوارئ، اتهم في بيان "
                    "صدر مؤخراً، ميليشيات الحوثي، بفرض قيود متزايدة على عمل المنظمات الإغاثية والتدخل في أنشطتها.")
    assert found["مارك لوكوك"]["title_ar"].startswith("منسق الأمم المتحدة")


def test_a_coordinator_before_the_name():
    # BB-middleEast-616-20180613
    found = persons('وقالت المنسقة الأممية للشؤون الإنسانية في اليمن ليز غراند "في هذه الحالة المتردية بشكل مطرد، '
                    'نخشى أن يفقد ما يصل إلى 250 ألف نسمة كل شي - حتى حيواتهم".')
    assert found["ليز غراند"]["title_ar"].startswith("المنسقة الأممية")


def test_an_envoy():
    # AL-internationalNews-1627-20180615
    found = persons("والاثنين، أكد مجلس الأمن أنه يدعم الجهود الدبلوماسية التي يبذلها الموفد الخاص للأمم المتحدة "
                    "الى اليمن مارتن غريفيتس.")
    assert found["مارتن غريفيتس"]["title_ar"].startswith("الموفد الخاص")
    # FR-internationalNews-1527-20180530
    found = persons("ومن المقرر أن يستمع المجلس خلال الاجتماع إلى تقرير يعرضه موفد الأمم المتحدة إلى الشرق الأوسط "
                    "نيكولاي ملادينوف.")
    assert found["نيكولاي ملادينوف"]["title_ar"].startswith("موفد الأمم المتحدة")


def test_an_undersecretary():
    # AL-internationalNews-336-20180303
    found = persons("صرح وكيل وزارة الخارجية اليوناني يورغوس كاتروغالوس للصحافيين، السبت، أن بلاده لا تعتزم "
                    "مبادلة الجنديين اليونانيين اللذين تحتجزهما تركيا.")
    assert found["يورغوس كاتروغالوس"]["title_ar"].startswith("وكيل وزارة الخارجية")
    # AL-internationalNews-1766-20180623: the full name, not its last four words
    found = persons("وحضر تدشين تلك المرحلة الوكيل الأول لمحافظة المهرة، مختار محمد سعيد عبد الكريم، ومدير عام "
                    "مكتب التربية والتعليم بمحافظة المهرة سمير مبخوت هراش.")
    assert "مختار محمد سعيد عبد الكريم" in found
