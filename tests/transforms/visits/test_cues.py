"""The word lists of transforms/visits/cues.py moved into classes of seeds/cue_words.csv (issue 8, session 35): each
pattern built from a class and its *_UNSEEN tuple matches what the code's own pattern matched, and each row decides
the visits of its real sentence (an ANT article in no gold file; id quoted)."""
import re

import pytest

from marsad.seeds import read_seed_csv
from tests.transforms.test_code_lists_as_rows import _extract, _lexicons_without
from transforms.arabic_text import normalize_key
from transforms.cue_lexicon import CueLexiconError, build_cue_lexicon, class_and_unseen_alternation
from transforms.visits.cues import clause_words

ROWS = read_seed_csv("cue_words.csv")
CUES = build_cue_lexicon(ROWS)
CLAUSES = clause_words(CUES)

# The patterns as cues.py wrote them before the move.
OLD_COUNTRY_LIST = re.compile(r"(?<!\w)[وف]?(?:لل|[بل]?(?:ال)?)(?:دول|دوله|بلدا|بلدان|بينها|منها)(?!\w)")
# (انتهاء left the at-event words since, issue 9: the end of a summit does not put a later speaker at it)
OLD_AT_EVENT = re.compile(r"(?<!\w)(?:في|خلال|اثناء|اثر|هامش|امام|ختام|مستهل|افتتاح|بدايه|نهايه|اختتام|بعد|قبيل)"
                          r"\s*(?:[^\s]+\s*)?$")
OLD_WHERE = re.compile(r"^\s*[،,]?\s*حيث(?:\s+[^\s]+){0,2}\s*$"
                       r"|^\s*[،,]?\s*حيث\s+(?:من\s+)?(?:المقرر|المنتظر|المتوقع|يتوقع|ينتظر)\s+(?:ان\s+)?(?:\S+\s*)?$")
OLD_INTERNATIONAL = re.compile(
    r"الامين العام|الامم المتحده|الاممي|مبعوث|المبعوث|حلف|الناتو|الاطلسي|الاتحاد الاوروبي|المفوض|"
    r"صندوق النقد|البنك الدولي|الوكاله الدوليه|المجلس الاوروبي|الجامعه العربيه|الاتحاد الافريقي|"
    r"منظمه التعاون|منظمه الصحه العالميه|مجلس التعاون|منظمه حظر الاسلحه|الوكاله الدوليه للطاقه|منظمه التجاره العالميه|"
    r"المفوضيه السامي|اليونيسف|اليونسكو|برنامج الاغذيه العالمي|البنك الاوروبي|المفوضيه الاوروبيه")
OLD_GATHERING = re.compile(
    r"(?<!\w)[وف]?(?:لل|[بل]?(?:ال)?)(?:قاده|زعماء|اعضاء|وزراء|رؤساء|ممثلي|ممثلو|وفود|دول|تكتل)(?!\w)"
    r"|(?<!\w)[وفبل]?(?:ال|لل)?قمه\s+(?:ال|لل|ل)?(?:عربيه|اوروبيه|افريقيه|خليجيه|اسلاميه|الاتحاد|حلف|مجموعه|رابطه|منظمه|دول)(?!\w)")

# (pattern, the code's words, its new pattern, the clitics before and the endings after a word to try)
MOVES = {
    "visit_country_list": (OLD_COUNTRY_LIST, "دول|دوله|بلدا|بلدان|بينها|منها", CLAUSES.country_list,
                           ("", "و", "ف", "ال", "بال", "لل", "ول", "فبال", "ك"), ("", "ي", "ه", " ", "ا")),
    "visit_at_event": (OLD_AT_EVENT, "في|خلال|اثناء|اثر|هامش|امام|ختام|مستهل|افتتاح|بدايه|نهايه|اختتام|بعد|قبيل",
                       CLAUSES.at_event, ("", "و", "ال", "x "), ("", " ", "ه", " الاجتماع", " ختام ", "ه الاجتماع ", " x y")),
    "visit_gathering_head": (OLD_GATHERING, "قاده|زعماء|اعضاء|وزراء|رؤساء|ممثلي|ممثلو|وفود|دول|تكتل", CLAUSES.gathering,
                             ("", "و", "ف", "ال", "بال", "لل", "ول", "فبال", "ك"), ("", "ي", " ", "ا")),
    "visit_summit_of": (OLD_GATHERING, "عربيه|اوروبيه|افريقيه|خليجيه|اسلاميه|الاتحاد|حلف|مجموعه|رابطه|منظمه|دول",
                        CLAUSES.gathering, ("قمه ", "القمه ", "للقمه  ", "وقمه ال", "قمه لل", "قمه ل", "قمه", "x "),
                        ("", "ي", " الافريقي", "ا")),
    "visit_where_plan": (OLD_WHERE, "المقرر|المنتظر|المتوقع|يتوقع|ينتظر", CLAUSES.where,
                         ("، حيث ", " حيث من ", "حيث  من  ", "حيث", ", حيث من ال"),
                         ("", " ان يعقد", " يعقد", " ان يعقد اجتماع", " ان", "ه ان", " x y z")),
}


def _unseen(cls):
    from transforms.visits import cues

    return {"visit_country_list": cues.COUNTRY_LIST_UNSEEN, "visit_at_event": cues.AT_EVENT_UNSEEN,
            "visit_gathering_head": cues.GATHERING_HEADS_UNSEEN, "visit_summit_of": cues.SUMMIT_OF_UNSEEN,
            "visit_where_plan": cues.WHERE_PLAN_UNSEEN}[cls]


@pytest.mark.parametrize("cls", MOVES)
def test_the_new_pattern_matches_what_the_old_one_matched(cls):
    old, words, new, before, after = MOVES[cls]
    for word in words.split("|") + ["دو", "بلد", "بينهم", "فيما", "خلا", "بعدما"]:
        for text in (f"{p}{word}{s}" for p in before for s in after):
            for context in (text, f"شاركت فيه 41 {text} من بينها ", f"x {text}"):
                assert bool(old.search(context)) == bool(new.search(context)), context
                assert bool(old.match(context)) == bool(new.match(context)), context


@pytest.mark.parametrize("cls", MOVES)
def test_the_class_holds_the_words_the_code_had(cls):
    words = MOVES[cls][1]
    assert set(CUES.lists.get(cls, ())) | {normalize_key(w) for w in _unseen(cls)} == set(words.split("|"))
    assert not set(CUES.lists.get(cls, ())) & {normalize_key(w) for w in _unseen(cls)}  # a word is a row or unseen


def test_the_international_words_match_what_they_matched():
    # read anywhere in a normalised title (is_visitor); the class's rows and INTERNATIONAL_UNSEEN are the code's words
    from transforms.visits import cues

    words = OLD_INTERNATIONAL.pattern.split("|")
    assert set(CUES.lists["visit_international"]) | {normalize_key(w) for w in cues.INTERNATIONAL_UNSEEN} == set(words)
    for word in words + ["الامين", "الامم", "مبعو", "صندوق", "المفوضيه", "البنك"]:
        for title in (word, f"{word}ه", f"ال{word} ", f"رئيس {word} الدولي", f"نائب{word}"):
            assert bool(OLD_INTERNATIONAL.search(title)) == bool(CLAUSES.international.search(title)), title


def test_a_misspelt_class_is_an_error():
    with pytest.raises(CueLexiconError, match="not a word-list class"):
        class_and_unseen_alternation(CUES, "visit_country_lists", ("منها",))


def _visits(rows):
    return [(r["visitor_name_ar"], r["visitor_country_iso2"], r["host_country_iso2"], r["status"]) for r in rows]


# (class, lemma, ANT id, published, the text read (None: the example alone), the visits of it with the row, and without)
ROW_DECISIONS = [
    # «قمة لدول الاتحاد الأوروبي في … صوفيا، ويحضرها رؤساء وزعماء الدول الأوروبية لمناقشة … انسحاب الولايات المتحدة»:
    # الدول opens the list, so the United States is read as taking part in Sofia (wrong with the row; kept as the code
    # had it)
    ("visit_country_list", "دول", "FR-internationalNews-1293-20180517", "2018-05-17T15:34:07+00:00",
     None, [(None, "US", "BG", "occurred")], [(None, None, "BG", "occurred")]),
    # «وحضر الاجتماع … وزير دولة … وزير شؤون الإعلام بمملكة البحرين»: without the office row, دولة of «وزير دولة» opens a
    # list and Bahrain takes part in a meeting read in Saudi Arabia (wrong: the meeting was in Cairo); with it, «وزير
    # دولة» is a minister of state, no list (issue 9)
    ("visit_country_list_office", "وزير", "AL-internationalNews-1078-20180509", "2018-05-09T00:01:48+04:00",
     None, [], [(None, "BH", "SA", "occurred")]),
    # A word that puts the actors at the meeting named after it, which points back to a summit placed before (the
    # article's sentences before the example, {example}): «دونالد ترمب قد يجريان محادثات على هامش القمة» puts Trump at
    # the G7 summit in Canada (right with the row)
    ("visit_at_event", "هامش", "AL-internationalNews-1460-20180604", "2018-06-04T12:07:34+04:00",
     "أعلن مصدر في مكتب الرئاسة الفرنسية، الاثنين، أن موقف الولايات المتحدة من التجارة وتغير المناخ والسياسة الخارجية يعقد "
     "جدول أعمال قمة مجموعة الدول السبع الصناعية الكبرى التي تعقد هذا الأسبوع في كيبيك بكندا.\n{example}",
     [("إيمانويل ماكرون", "FR", "CA", "occurred"), ("دونالد ترمب", "US", "CA", "occurred")],
     [("إيمانويل ماكرون", "FR", "CA", "occurred")]),
    # «أعلن ترامب بعد اجتماع … أن القمة سوف تعود»: Trump's trip to the Singapore summit is planned (right with the row)
    ("visit_at_event", "بعد", "SK-internationalNews-1902-20180602", "2018-06-02T01:27:31+00:00",
     "يشير ترامب إلى محادثات مستمرة مع كوريا الشمالية للإعداد لقمة 12 يونيو / حزيران المقررة في سنغافورة مع الزعيم الكوري "
     "الشمالي كيم جونغ أون.\n{example}",
     [("دونالد ترامب", "US", "SG", "planned"), ("كيم جونغ أون", "KP", "SG", "planned")],
     [("كيم جونغ أون", "KP", "SG", "planned"), ("دونالد ترامب", "US", "SG", "occurred")]),
    # «ويلعب دورا رئيسيا في التحضير للقمة التاريخية المرتقبة»: Pompeo is named at the Singapore summit (doubtful: he
    # prepares it; he did go)
    ("visit_at_event", "في", "FR-internationalNews-1734-20180610", "2018-06-10T05:26:08+00:00",
     "وستكون القمة في سنغافورة أول لقاء يجمع بين رئيس أمريكي خلال ولايته وزعيم كوري شمالي.\nوكان وزير الخارجية الأمريكي "
     "مايك بومبيو قد أعلن الخميس أن زعيم كوريا الشمالية أبلغه شخصيا أن بيونغ يانغ مستعدة لنزع سلاحها النووي.\n{example}",
     [(None, "KP", "SG", "occurred"), ("مايك بومبيو", "US", "SG", "occurred")],
     [(None, "KP", "SG", "occurred"), (None, "US", "SG", "occurred")]),
    # A plural of offices or states near a meeting word: a gathering of unnamed leaders, a visit with no visitor named
    # (the Islamic conference of labour ministers in Jeddah, right; four delegations at a meeting France hosted, right;
    # the EU's ministers in Luxembourg, right; a Sudanese opposition bloc meeting in Berlin, doubtful: its visitors are
    # Sudanese)
    ("visit_gathering_head", "وزراء", "AL-economy-103-20180225", "2018-02-25T17:20:09+04:00", None,
     [(None, None, "SA", "occurred")], []),
    ("visit_gathering_head", "وفود", "BB-middleEast-550-20180529", "2018-05-29T16:34:08+00:00", None,
     [(None, None, "FR", "occurred")], []),
    ("visit_gathering_head", "دول", "AL-internationalNews-1780-20180627", "2018-06-27T06:07:05+04:00", None,
     [(None, None, "LU", "occurred")], []),
    ("visit_gathering_head", "تكتل", "BB-middleEast-689-20180701", "2018-07-01T11:19:57+00:00", None,
     [(None, None, "DE", "occurred")], []),
    # the heads of Pakistan's Islamic societies meeting in Lahore: a domestic meeting read as a gathering of unnamed
    # leaders (wrong with the row; kept as the code had it)
    ("visit_gathering_head", "رؤساء", "AL-internationalNews-629-20180326", "2018-03-26T13:24:20+04:00",
     "وجاء ذلك خلال ترأس الأشرفي لاجتماع طارئ للمجلس بمدينة لاهور شرق باكستان بحضور عدد من قادة ورؤساء الجمعيات "
     "الإسلامية في البلاد.\n{example}", [(None, None, "PK", "occurred")], []),
    # قمة and a bloc's word: a summit of unnamed leaders where it is held (the Arab summit in Dhahran, a European
    # summit in Brussels, the African summit in Addis Ababa, the African Union's in Nouakchott, NATO's in Brussels, the
    # G7's in Canada: all right)
    ("visit_summit_of", "عربية", "FR-internationalNews-737-20180416", "2018-04-16T06:30:38+00:00", None,
     [(None, None, "SA", "occurred")], []),
    # (the European summit in Brussels is lost since the 2026-12-07 refit of the visit model, issue 9: its frame
    # reading scores 0.13 -> 0.08, under the veto 0.1: wrong, kept as the refit has it; a veto low enough to keep it
    # changes no develop figure and lets in a wrong frame reading at p 0.09 on non-gold articles: see decide.py _VETO)
    ("visit_summit_of", "أوروبية", "FR-internationalNews-2044-20180628", "2018-06-28T08:18:33+00:00", None,
     [], []),
    ("visit_summit_of", "أفريقية", "SK-middleEast-279-20180313", "2018-03-13T17:27:29+00:00", None,
     [(None, None, "ET", "occurred")], []),
    ("visit_summit_of", "الاتحاد", "FR-internationalNews-2102-20180702", "2018-07-02T14:04:11+00:00", None,
     [(None, None, "MR", "occurred")], []),
    ("visit_summit_of", "حلف", "AL-internationalNews-1895-20180711", "2018-07-11T15:58:30+04:00", None,
     [(None, None, "BE", "occurred")], []),
    ("visit_summit_of", "مجموعة", "AL-internationalNews-1539-20180609", "2018-06-09T19:43:48+04:00", None,
     [(None, None, "CA", "occurred")], []),
    # «وصل العاهل الأردني … إلى السعودية حيث من المقرر أن يلتقي … قادة المملكة والإمارات العربية المتحدة والكويت»: the
    # meeting is placed in Saudi Arabia, and the UAE's and Kuwait's leaders come to it (right with the row)
    ("visit_where_plan", "المقرر", "FR-internationalNews-1746-20180610", "2018-06-10T18:59:33+00:00", None,
     [("عبد الله الثاني", "JO", "SA", "occurred"), (None, "AE", "SA", "planned"), (None, "KW", "SA", "planned")],
     [("عبد الله الثاني", "JO", "SA", "occurred")]),    # A title's words of an international body: its holder has no country, so he visits where he goes (Aboul Gheit,
    # the Arab League's secretary general, to Brussels, right; Guterres at the Geneva conference on Yemen, right; Tusk,
    # «رئيس الاتحاد الأوروبي», at the NATO summit in Brussels, doubtful: his own seat; the EU's energy commissioner to
    # Iran, right, though planned; Lagarde at the G20 in Buenos Aires, right; Tusk at the Sofia summit, right)
    ("visit_international", "الأمين العام", "AL-internationalNews-186-20180224", "2018-02-24T17:31:16+04:00",
     "{example}\nوأشار المتحدث الرسمي في ختام تصريحاته إلى أن أبو الغيط سيتوجه غدًا 25 الجاري، مع وفد يضم خمسة من وزراء الخارجية العرب، إلى #بروكسل، حيث يعقدون لقاءً مع وزراء الخارجية الأوروبيين والممثلة العليا للسياسة الأوروبية \"فيدريكا موغريني\"، ومن المنتظر أن تكون القضية الفلسطينية هي الموضوع الوحيد على طاولة البحث، حيث يعتزم الوفد دعوة الدول الأوروبية التي لم تعترف بعد بفلسطين للإقدام على هذه الخطوة المهمة التي من شأنها تعزيز فرص السلام، كما ينوي الوزراء العرب مناقشة البدائل المطروحة لتحريك ملف التسوية في حال أصرت الولايات المتحدة على التخلي عن دورها كوسيط نزيه بين الفلسطينيين والإسرائيليين.",
     [("أحمد أبو الغيط", None, "BE", "planned"), (None, "PS", "BE", "planned"), (None, "US", "BE", "planned")],
     [(None, "PS", "BE", "planned"), (None, "US", "BE", "planned")]),
    ("visit_international", "الأمم المتحدة", "AL-internationalNews-774-20180403", "2018-04-03T21:59:44+04:00",
     "{example}\nوأشار غوتيريس، إلى أن المبعوث الأممي الجديد سيحصل على كل دعم ممكن للنجاح في مهمته، \"والسعي للتوصل إلى اتفاق سياسي يوقف الحرب في اليمن\"، وفق ما نقلته عنه وكالة الأنباء اليمنية الرسمية أثناء لقائه في جنيف وزير الخارجية اليمني عبدالملك المخلافي.",
     # (Guterres at Geneva is lost since the 2026-12-07 refit, issue 9: his possessed-noun pair scores 0.31 -> 0.21, under
     # the floor 0.25: wrong, kept as the refit has it; a floor low enough to keep it changes no develop figure and lets
     # in a doubtful row at p 0.22 on non-gold articles: see decide.py _POSSESSED_FLOOR)
     [("عبدالملك المخلافي", "YE", "CH", "occurred")],
     [("عبدالملك المخلافي", "YE", "CH", "occurred")]),
    ("visit_international", "الاتحاد الأوروبي", "AL-internationalNews-1881-20180710", "2018-07-10T16:36:45+04:00", None,
     [("دونالد توسك", None, "BE", "occurred"), ("دونالد ترمب", "US", "BE", "occurred")],
     [("دونالد ترمب", "US", "BE", "occurred")]),
    ("visit_international", "المفوض", "AL-internationalNews-1227-20180518", "2018-05-18T14:10:10+04:00", None,
     [("ميغويل ارياس كانيثي", None, "IR", "occurred")], []),
    ("visit_international", "صندوق النقد", "FR-internationalNews-2438-20180722", "2018-07-22T05:16:34+00:00",
     "بدأ وزراء مالية دول مجموعة العشرين السبت اجتماعا في بيونيس أيرس بالأرجنتين، وسط أجواء من التوترات التجارية الحادة بين الولايات المتحدة وباقي الدول، وخلافات حول إيران.\n{example}",
     [("كريستين لاغارد", None, "AR", "occurred")], [(None, None, "AR", "occurred")]),
    ("visit_international", "المجلس الأوروبي", "BB-middleEast-517-20180519", "2018-05-19T13:54:10+00:00", None,
     [("دونالد توسك", None, "BG", "occurred")], []),
]


@pytest.mark.parametrize("cls, lemma, ant_id, published, text, with_row, without_row", ROW_DECISIONS,
                         ids=[f"{r[0]}:{r[1]}" for r in ROW_DECISIONS])
def test_a_row_decides_its_sentence(cls, lemma, ant_id, published, text, with_row, without_row):
    example = next(r["example"] for r in ROWS if r["class"] == cls and r["lemma"] == lemma and r["example_id"] == ant_id)
    example = text.replace("{example}", example) if text else example
    assert _visits(_extract(ant_id, example, published, _lexicons_without())["visits"]) == with_row
    assert _visits(_extract(ant_id, example, published, _lexicons_without(cls, lemma))["visits"]) == without_row


# «وبعد يوم من انتهاء القمة أعلن وزير الخارجية الأمريكي مايك بومبيو …» (an ANT article in no gold file): the end of a
# summit does not put a speaker a day later at it, so neither Pompeo nor Trump is sent to a host by it (issue 9: the
# row انتهاء of visit_at_event sent both to North Korea).
ENDED_SUMMIT = ("وبعد يوم من انتهاء القمة أعلن وزير الخارجية الأمريكي مايك بومبيو أن أغلب عمليات نزع السلاح النووي ستنتهي "
                "مع نهاية ولاية ترامب عام 2020.")


def test_the_end_of_a_summit_puts_no_one_at_it():
    text = ("والتقى ترامب وكيم في 12 حزيران/يونيو في قمة تاريخية في سنغفورة تعهّد فيها الزعيم الكوري الشمالي \"العمل نحو نزع "
     "السلاح النووي بشكل تام من شبه الجزيرة الكورية\".\nلكن الاتفاق لم يذكر جدولا زمنيا للعملية أو كيفية تنفيذها.\n"
     "وبعد أكثر من شهر على التوقيع لم يتم الإعلان عن أي تقدم ملموس على هذا الصعيد.\nوكانت إدارة ترامب قد أكدت قبل قمة "
     "سنغافورة أن نزع السلاح النووي في كوريا الشمالية يجب أن يبدأ \"بدون تأخير\"، وبعد القمة ذكرت أن العملية ستبدأ \"سريعا "
     "جدا\".\n{example}").replace("{example}", ENDED_SUMMIT)
    assert _visits(_extract("FR-internationalNews-2360-20180718", text, "2018-07-18T07:20:59+00:00",
                            _lexicons_without())["visits"]) == []
