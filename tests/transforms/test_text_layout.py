from pathlib import Path

from transforms.text_layout import split_text_articles

SEED = Path(__file__).resolve().parents[2] / "seeds" / "articles" / "000_202838f5eb5d9b9a.txt"
STEM = "000_202838f5eb5d9b9a"


def words(text: str) -> str:
    return " ".join(text.split())


def seed_articles():
    articles, problems = split_text_articles(SEED.read_text(encoding="utf-8"), STEM)
    assert problems == []
    return articles


def test_seed_holds_exactly_two_articles_with_ids_by_position():
    articles = seed_articles()
    assert [a.external_id for a in articles] == [f"{STEM}#1", f"{STEM}#2"]


def test_titles_are_kept_and_the_repeated_caption_dropped():
    first, second = seed_articles()
    assert first.title == "وزير الدفاع الأميركي جيمس ماتيس والرئيس المصري عبد الفتاح السيسي"
    assert second.title == "وزير الدفاع الأميركي جيمس ماتيس مع رئيس حكومة الوفاق الوطني الليبية فايز السراج في واشنطن"
    assert first.title not in first.body
    assert second.title not in second.body


def test_bodies_are_paragraphs_and_keep_every_sentence():
    first, second = seed_articles()
    # The seed, like real web copy, has no-break spaces between some words: compare word sequences.
    assert words(first.body).startswith("أجرى وزير الدفاع الأميركي جيمس ماتيس السبت محادثات")
    assert "1.3 مليار دولار سنويا منذ توقيعها معاهدة سلام مع إسرائيل عام 1979." in words(first.body)
    assert words(first.body).endswith("ومسؤولين في الإمارة الخليجية.")
    assert words(second.body).startswith("طالب رئيس حكومة الوفاق الوطني الليبية فايز السراج")
    assert "\n\n" not in first.body


def test_source_lines_become_the_source_not_body():
    first, second = seed_articles()
    assert (first.source, second.source) == ("البنتاغون", "وكالات")
    assert "المصدر" not in first.body and "المصدر" not in second.body


def test_read_also_links_are_related_headlines_not_body():
    first, second = seed_articles()
    assert [r.headline for r in first.related] == ["ماتيس: إيران أكبر دولة داعمة للإرهاب"]
    assert "إيران أكبر دولة" not in first.body
    offset = first.related[0].body_offset
    assert words(first.body[:offset]).endswith("ووزير الدفاع صدقي صبحي.")
    assert first.body[offset - 1] == "\n"
    assert second.related == []


def test_update_blocks_are_dated_parts_of_the_body():
    first, second = seed_articles()
    assert [u.clock_gmt for u in first.updates] == ["17:42", "13:10"]
    late, early = first.updates
    assert first.body[late.header_start:late.char_start].strip() == "تحديث (17:42 ت.غ)"
    assert words(first.body[late.char_start:late.char_end]).startswith("التقى وزير الدفاع الأميركي جيمس ماتيس السبت نظيره المصري")
    assert words(first.body[late.char_start:late.char_end]).endswith("وغرب أفريقيا وجنوب آسيا.")
    assert words(first.body[early.char_start:early.char_end]).startswith("بدأ وزير الدفاع الأميركي جيمس ماتيس الجمعة رحلة خارجية")
    assert early.char_end == len(first.body)
    assert second.updates == []


def test_crlf_and_a_missing_source_line_still_parse():
    text = SEED.read_text(encoding="utf-8").replace("\n", "\r\n")
    articles, _ = split_text_articles(text, STEM)
    assert len(articles) == 2 and articles[0].body == seed_articles()[0].body
    only_title_and_paragraph = "ماتيس يزور القاهرة\n\nأجرى وزير الدفاع الأميركي جيمس ماتيس السبت محادثات في القاهرة.\n"
    articles, problems = split_text_articles(only_title_and_paragraph, "x")
    assert problems == [] and len(articles) == 1 and articles[0].source is None


def test_a_title_without_paragraphs_is_a_problem_not_an_article():
    articles, problems = split_text_articles("وزير الدفاع الأميركي جيمس ماتيس\nالمصدر: وكالات\n", "x")
    assert articles == []
    assert [p.reason for p in problems] == ["no_body"]
