"""A press review's list of headlines (transforms/visits/layout.py): each headline is a story of its
own, so an official of one is not the visitor of a place of another. Real sentences of non-gold
ANT press reviews (France 24's «في صحف اليوم») and of the team gold."""
from flows.extraction import analyse_article
from flows.lexicons import load_lexicons
from tests.transforms.visits.reading import read_visits
from transforms.visits.layout import headline_items


def _run(text):
    article, rows, trace = read_visits(text)
    return article.docs["body"], rows, trace


def _pairs(rows):
    return {(r["visitor_name_ar"], r["visitor_country_iso2"], r["host_country_iso2"]) for r in rows}


def test_two_headlines_are_two_stories():
    # ANT FR-internationalNews-2219-20180709 (non-gold): the Ethiopian and Eritrean leaders met in
    # Asmara, not in Daraa, the place of the headline before.
    doc, rows, trace = _run("في صحف اليوم: اتفاق يلفه الغموض بين الروس والفصائل المعارضة في درعا، ولقاء تاريخي بين "
                            "رئيس الوزراء الإثيوبي والرئيس الإريتري بعد مرور 20 عاما على نهاية حرب حدودية بين البلدين.")
    assert not any(r["host_country_iso2"] == "SY" for r in rows)
    assert any(c.dropped_by and c.dropped_by.startswith("other_headline") for c in trace)


def test_a_headline_keeps_its_own_visit():
    # ANT FR-internationalNews-299-20180307 (non-gold): the crown prince's visit to Britain is one
    # headline; Syria is another's.
    doc, rows, _ = _run("في الصحف اليوم: التطورات الميدانية والدبلوماسية في سوريا، وزيارة ولي العهد السعودي محمد "
                        "بن سلمان إلى بريطانيا، واتفاق الكوريتين على انعقاد قمة بينهما في نيسان أبريل المقبل.")
    assert ("محمد بن سلمان", "SA", "GB") in _pairs(rows)
    assert not any(r["host_country_iso2"] == "SY" for r in rows)


def test_the_frame_rules_read_headline_by_headline():
    # ANT FR-internationalNews-781-20180418 (team gold, no visit): a secret meeting with Kim in one
    # headline, a cinema opening in Riyadh in the next; the frame rules read no visit to Riyadh.
    doc, rows, _ = _run("في الصحف كذلك: رئيس مكتب التحقيقات الفيدرالي الأمريكي يشن حملة إعلامية ضد الرئيس الأمريكي "
                        "دونالد ترامب، ورئيس وكالة الاستخبارات سي آي إي أجرى لقاء سريا مع الرئيس الكوري الشمالي كيم "
                        "جونغ أون، الرئيس الكوبي راؤول كاسترو يتخلى عن الرئاسة يوم غد والسعودية تدشن أول صالة سينما "
                        "في الرياض.")
    assert not any(r["host_country_iso2"] == "SA" for r in rows)


def test_a_quote_after_a_paper_is_no_list():
    # ANT AL-internationalNews-474-20180315 (non-gold) opens a quote with «وتقول الصحيفة:»: a verb
    # before the paper, so no heading of headlines.
    lexicons = load_lexicons()
    doc = analyse_article("", "وتقول الصحيفة: إنه قبل أن يتم خطف الرهائن القطريين، بدأت إيران جهداً جريئاً لتحقيق هذا "
                              "الانتقال الديموغرافي، ففي اجتماع سري عُقد في إسطنبول بتيسير من الأمم المتحدة في سبتمبر "
                              "2015، اقترح مبعوث من قوة القدس التابعة لسليماني اتفاقا.", None, lexicons).docs["body"]
    media = doc.cue_lexicon.word_pattern("media", noun_clitics=True)
    assert headline_items(doc.text, doc.sentences[0], media) is None
    doc = analyse_article("", "في صحف اليوم: اتفاق يلفه الغموض بين الروس والفصائل المعارضة في درعا، ولقاء تاريخي بين "
                              "رئيس الوزراء الإثيوبي والرئيس الإريتري.", None, lexicons).docs["body"]
    assert len(headline_items(doc.text, doc.sentences[0], media)) == 2
