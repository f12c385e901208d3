"""Where a name ends (issue 10): a participle that governs a complement (المنتمي للحزب، مختص في)
describes the person before it and is no name part, so the name ends before it. The build of
seeds/name_stopwords.csv tells such participles from family names by how the corpus uses them (see
governs_complement in scripts/build_name_stopwords.py); a participle that is also a given name
(مؤيد) still opens a name.

Sentences are real, from ANT articles in no gold file; the article id is given beside each."""
import csv
from pathlib import Path

from tests.transforms.person_names import names

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def test_a_participle_governing_a_complement_ends_the_name():
    # AL-internationalNews-136-20180221
    found = names("كان الرئيس الأمريكي دونالد ترمب المنتمي للحزب الجمهوري قد جعل مسألة الحد من الهجرة "
                  "وطرد #المهاجرين المقيمين في الولايات المتحدة بصورة غير قانونية محور برنامجه")
    assert "دونالد ترمب" in found
    assert not any("المنتمي" in name for name in found)


def test_describing_participles_are_no_name_parts_but_a_given_name_of_that_shape_is():
    kinds = {row["word_ar"]: row["kind"] for row in csv.DictReader(open(SEEDS / "name_stopwords.csv", encoding="utf-8"))}
    for word in ("المنتمي", "مختص", "متخصص", "مقرب"):
        assert kinds.get(word) != "name_part", word
    assert kinds["مؤيد"] == "name_part"  # مؤيد اللامي (FR-internationalNews-1067-20180503)
