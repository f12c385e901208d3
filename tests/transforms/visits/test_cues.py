"""The word lists of transforms/visits/cues.py as classes of seeds/cue_words.csv (issue 8): each pattern built from
a class and its *_UNSEEN tuple matches what the code's own pattern matched; the prepositions and head nouns before a
place (to_place, in_place), the words that keep a name from acting and the seat words are rows, no word list in code;
and each row decides the visits of its real sentence (an ANT article in no gold file; id quoted)."""
import re

import pytest

from marsad.seeds import read_seed_csv
from tests.transforms.test_code_lists_as_rows import _extract, _lexicons_without, check_example_row_decides
from transforms.arabic_text import normalize_key
from transforms.cue_lexicon import CueLexiconError, build_cue_lexicon, class_and_unseen_alternation
from transforms.visits.cues import clause_words, in_place_pattern, to_place_pattern


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
    # «أعلن ترامب بعد اجتماع … أن القمة سوف تعود»: Trump's trip to the Singapore summit is planned (right with the row;
    # without it «أن القمة سوف تعود» only talks of the summit and puts Trump at none, candidates.py _attendees_from)
    ("visit_at_event", "بعد", "SK-internationalNews-1902-20180602", "2018-06-02T01:27:31+00:00",
     "يشير ترامب إلى محادثات مستمرة مع كوريا الشمالية للإعداد لقمة 12 يونيو / حزيران المقررة في سنغافورة مع الزعيم الكوري "
     "الشمالي كيم جونغ أون.\n{example}",
     [("دونالد ترامب", "US", "SG", "planned"), ("كيم جونغ أون", "KP", "SG", "planned")],
     [("كيم جونغ أون", "KP", "SG", "planned")]),
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


# ---- the topic, addressing and stage-reached words (session 34) --------------------------------------------------
# The patterns as cues.py wrote them before the move.
OLD_TOPIC_BEFORE = re.compile(
    r"(?<!\w)[وفبل]?(?:ال)?(?:اوضاع|وضع|ازمه|حرب|صراع|تطورات|سلام|استقرار|امن|نزاع|تسويه|عمليات|انتخابات|"
    r"اعمار|مصالحه|ملف|قضيه|تدخل|وجود|هجوم|معارك|اقتصاد|استثمار|استثمارات|النار|القتال|العنف|الغارات|"
    r"الضربات|القصف|الهدنه|التصعيد|الهجمات|التهدئه|اصلاحات|الاصلاحات|اصلاح|الاصلاح|حقوق|الحريات|الاستثمار|"
    r"التعاون|العلاقات|الاحتجاجات|المظاهرات|الانتهاكات|الاوضاع)(?:\s+(?:و)?ال\S+){0,3}\s+في\s+$")
OLD_TOPIC_OF = re.compile(r"(?<!\w)(?:الخاص|الخاصه|المكلف|المكلفه|المعني|المعنيه|لشؤون|بشؤون|بشان|حول|بملف|ملف|"
                          r"[وبل]?(?:ال)?علاق(?:ه|ات|اته|اتها|اتهم|ته|تها|تهم))\s*$")
OLD_ADDRESSING = re.compile(
    r"^(?:\S+\s+){0,6}?[وف]?(?:فيه|فيها|به|بها|بالشكر|بالتحيه|بالتهنئه|بالتعازي|بالدعوه|بالسؤال|بالنداء|بالحديث|"
    r"بكلمه|بخطاب|برساله|برسائل|بسؤال|بنداء|بطلب|بمناشده|بالشكوي|بشكوي|بانتقادات|بالانتقاد|بالاعتذار|"
    r"باعتذار)(?!\w)")
OLD_REACHED = re.compile(
    r"^\s*(?:الي|لل|ل)\s*(?:ال)?(?:دور|مرحله|نهائي|نهائيات|مركز|مستوي|مستويات|نسبه|حد|ذروه|طريق|اتفاق|تفاهم|تسويه|"
    r"سلطه|حكم|رئاسه|نتيجه|نتائج|حل|قناعه|مرتبه|صداره|رقم|اعلي|ادني|مليار|مليون|الف|\d)")


def _words(pattern: re.Pattern) -> list[str]:
    """The words of the pattern's word alternation (the group that holds a |, bare or after (?:ال)?)."""
    group = max(re.findall(r"\(\?:([^()]*\|[^()]*)\)", pattern.pattern), key=len)
    return [w for w in group.split("|") if re.fullmatch(r"[\u0621-\u064a]+", w)]


def _same(old, new, texts, how):
    for text in texts:
        assert bool(getattr(old, how)(text)) == bool(getattr(new, how)(text)), text


def test_the_topic_words_match_what_they_matched():
    words = _words(OLD_TOPIC_BEFORE) + ["اوضا", "وضعا", "الحربي", "سلامه"]
    _same(OLD_TOPIC_BEFORE, CLAUSES.topic_before,
          [f"{p}{w}{mid} في " for w in words for p in ("", "و", "بال", "ل", "سال")
           for mid in ("", " الراهنه", " والامنيه السياسيه الجاريه", " السياسيه الامنيه الراهنه الجاريه", "في")]
          + ["بحثا تطورات الاوضاع في ", "الاوضاع في سوريا "], "search")
    words = _words(OLD_TOPIC_OF) + ["علاقه", "والعلاقات", "علاقاتها", "علاقتهم", "الخا", "ملفات"]
    _same(OLD_TOPIC_OF, CLAUSES.topic_of, [f"{p}{w}{s}" for w in words for p in ("", "و", "ال", " ") for s in ("", " ", "ه")],
          "search")


def test_the_words_of_addressing_and_of_a_stage_reached_match_what_they_matched():
    words = _words(OLD_ADDRESSING) + ["بالشك", "برسالته", "فيهم"]
    _same(OLD_ADDRESSING, CLAUSES.addressing,
          [f"{lead}{p}{w}{s}" for w in words for p in ("", "و", "ف") for s in ("", " الي", "ا")
           for lead in ("", "الي الشعب ", "الي الامير القطري الشيخ تميم بن حمد ")], "search")
    words = _words(OLD_REACHED) + ["دوري", "حدود", "اتفاقيه", "2", "مصر"]
    _same(OLD_REACHED, CLAUSES.reached,
          [f"{s}{p}{a}{w} النهائي" for w in words for p in ("الي", "لل", "ل", "الي ") for a in ("", "ال", " ")
           for s in ("", " ")], "match")


def test_the_classes_hold_the_words_the_code_had():
    from transforms.visits import cues

    for cls, unseen, old in (("visit_topic_noun", cues.TOPIC_NOUNS_UNSEEN, OLD_TOPIC_BEFORE),
                             ("visit_addressing_object", cues.ADDRESSING_UNSEEN, OLD_ADDRESSING),
                             ("visit_reached_stage", cues.REACHED_UNSEEN, OLD_REACHED)):
        assert {normalize_key(w) for w in unseen} | set(CUES.lists.get(cls, ())) == set(_words(old))
    assert {normalize_key(w) for w in cues.TOPIC_OF_UNSEEN} | set(CUES.lists.get("visit_topic_of", ())) == set(
        "الخاص|الخاصه|المكلف|المكلفه|المعني|المعنيه|لشؤون|بشؤون|بشان|حول|بملف|ملف".split("|"))


def _visit_lexicons_without(cls=None, lemma=None):
    from dataclasses import replace

    from flows.lexicons import load_lexicons
    from transforms.visits import build_visit_lexicon

    cues = build_cue_lexicon([r for r in read_seed_csv("cue_words.csv") if not (r["class"] == cls and r["lemma"] == lemma)])
    return replace(load_lexicons(), cues=cues, visits=build_visit_lexicon(
        read_seed_csv("visit_triggers.csv"), read_seed_csv("titles.csv"), cues, read_seed_csv("organisations.csv")))


# (lemma, ANT id, published, the text read (the example, or the article's opening where the example's decision is
# the article's), the visits (visitor, visitor's country, host) with the row, and without it)
TOPIC_ROWS = [
    # the conflict in Afghanistan is what NATO's leaders turn to at their summit (in Brussels): no trip there (right)
    ("صراع", "BB-internationalNews-791-20180712", "2018-07-12T10:07:23+00:00", None, [], [(None, "US", "AF")]),
    # Russian volunteers taking part in the conflict in Syria: no official's visit (right)
    ("نزاع", "BB-middleEast-60-20180220", "2018-02-20T15:27:52+00:00", None, [], [(None, "RU", "SY")]),
    # «مجلس الأمن في نيويورك» is read as the topic «الأمن في»: Abbas's speech in New York is lost (wrong with the row)
    ("أمن", "AL-internationalNews-115-20180220", "2018-02-20T08:33:13+04:00", None, [], [("محمود عباس", "PS", "US")]),
    # «لدعم الاقتصاد اللبناني في باريس» makes Paris a topic, so the conference Macron took part in is read as the
    # Brussels one named next (wrong with the row; the article's opening, its title left out)
    ("اقتصاد", "FR-internationalNews-580-20180406", "2018-04-06T15:07:12+00:00",
     'أعلن الرئيس الفرنسي إيمانويل ماكرون في مؤتمر صحفي في ختام مؤتمر "سيدر" لدعم الاقتصاد اللبناني الذي استضافته باريس '
     'الجمعة، عن جمع نحو 11 مليار دولار من المنح والقروض لتعزيز الاقتصاد والاستقرار في لبنان. ومن المقرر عقد مؤتمر آخر في '
     'بروكسل في 25 من الشهر الجاري لمساعدة لبنان على إيواء اللاجئين السوريين. وفي المجمل تحتاج بيروت إلى 23 مليار دولار على '
     'مدى 12 عاما.\n{example}\nوقال الرئيس الفرنسي في مؤتمر صحافي في ختام مؤتمر "سيدر" إن لبنان حصل على قروض ومنح بنحو 11 '
     'مليار دولار، موجها الشكر لكل من ساهم في هذا العمل.\nوشارك في المؤتمر نحو 40 دولة وعشر منظمات دولية.',
     [(None, "LB", "BE"), ("إيمانويل ماكرون", "FR", "BE")], [(None, "LB", "BE")]),
    # Britain's part in the strikes on Syria: no trip there (right; since the 2026-12-07 refit of the visit model,
    # issue 9, the model alone also rejects the wrong (None, GB, SY) the sentence gave without the row)
    ("الضربات", "FR-internationalNews-727-20180414", "2018-04-14T06:46:40+00:00", None, [], []),
    # the calm sought in Syria after the summit in Ankara: Turkey goes nowhere (right)
    ("التهدئة", "FR-middleEast-197-20180404", "2018-04-04T14:27:10+00:00", None,
     [("فلاديمير بوتين", "RU", "TR"), ("حسن روحاني", "IR", "TR")],
     [("فلاديمير بوتين", "RU", "TR"), ("حسن روحاني", "IR", "TR"), (None, "TR", "SY")]),
    # human rights in Saudi Arabia are the topic of May's meeting with the crown prince (in London): no trip (right)
    ("حقوق", "BB-middleEast-149-20180307", "2018-03-07T16:49:54+00:00", None, [], [("تريزا ماي", "GB", "SA")]),
    # «لمنظمة التعاون الإسلامي في إسطنبول» is read as the topic «التعاون … في»: the summit's Istanbul is lost and Gaza
    # taken (wrong with the row on the sentence alone; in its article, without the row, the summit's guests go to
    # Turkey; the 2026-12-07 refit, issue 9, no longer keeps the wrong (None, TR, PS) the sentence gave without it)
    ("التعاون", "FR-internationalNews-1323-20180518", "2018-05-18T20:54:49+00:00", None,
     [("رجب طيب أردوغان", "TR", "PS")], []),
]


@pytest.mark.parametrize("lemma, ant_id, published, opening, with_row, without_row", TOPIC_ROWS, ids=[r[0] for r in TOPIC_ROWS])
def test_a_topic_row_decides_its_sentence(lemma, ant_id, published, opening, with_row, without_row):
    from datetime import datetime

    from flows.extraction import extract_article

    example = next(r["example"] for r in read_seed_csv("cue_words.csv")
                   if r["class"] == "visit_topic_noun" and r["lemma"] == lemma and r["example_id"] == ant_id)
    text = opening.replace("{example}", example) if opening else example

    def visits(lexicons):
        rows = extract_article(ant_id, "", text, datetime.fromisoformat(published), lexicons)["visits"]
        return [(r["visitor_name_ar"], r["visitor_country_iso2"], r["host_country_iso2"]) for r in rows]

    assert visits(_visit_lexicons_without()) == with_row
    assert visits(_visit_lexicons_without("visit_topic_noun", lemma)) == without_row


# ---- the prepositions and head nouns before a place --------------------------------------------------------------

def _before(sentence: str, place: str) -> str:
    """The normalised words before a place of a real sentence, six at most, as the frames read them (with a space)."""
    words = normalize_key(sentence[:sentence.index(place)]).split()
    return " ".join(words[-6:]) + " "


@pytest.mark.parametrize("sentence, place", [
    # AL-economy-362-20180402: a head noun after إلى
    ("وكان الأمير محمد بن سلمان، قد غادر مدينة سياتل في وقت سابق، متوجهاً إلى مدينة لوس أنجليس في إطار زيارته", "لوس"),
    # AL-internationalNews-1549-20180610: a head noun and a word after إلى
    ("وذكر البيت الأبيض أن من المتوقع أن يصل ترمب إلى قاعدة بايا ليبار الجوية في سنغافورة", "ليبار"),
    # AL-internationalNews-27-20180217: المنطقة after إلى (visit_destination_area)
    ("وكان وزير الداخلية متوجهاً إلى المنطقة مع حاكم ولاية أواهاكا حيث وقع الزلزال.", "مع"),
])
def test_a_place_after_a_preposition_of_destination_is_where_a_trip_goes(sentence, place):
    assert CLAUSES.to_place.search(_before(sentence, place))


def test_a_glued_area_is_no_destination_yet_a_glued_city_is():
    # «بمنطقة» is where one is (visit_destination_area is read after إلى only); «بمدينة» heads a destination.
    assert not CLAUSES.to_place.search(normalize_key("وقع الانفجار بمنطقة") + " ")
    assert CLAUSES.to_place.search(normalize_key("وقع الانفجار بمدينة") + " ")


@pytest.mark.parametrize("sentence, place", [
    # AL-internationalNews-1562-20180611: a head noun after في
    ("وسيعقد الرئيس الأميركي دونالد ترمب والزعيم الكوري الشمالي كيم جونغ- أون قمة في فندق كابيلا في سنتوسا", "كابيلا"),
    # BB-culture-280-20180829: a compass word after في
    ("وينمو الكمأ في منطقة بيدمون في شمالي إيطاليا وسط جذور أشجار معينة", "إيطاليا"),
    # AL-internationalNews-2000-20180720: the capital after في
    ("وانعقدت القمة في العاصمة الفنلندية خلف أبواب مغلقة", "الفنلندية"),
])
def test_a_place_after_a_preposition_of_place_is_where_a_meeting_is_held(sentence, place):
    assert CLAUSES.in_place.search(_before(sentence, place))


def test_a_place_after_a_word_of_destination_is_not_held_there():
    assert not CLAUSES.in_place.search(normalize_key("متوجهاً إلى مدينة") + " ")


def test_without_rows_the_patterns_never_match():
    # No word list stays in code: with no cue lexicon nothing is a destination or a meeting's place.
    assert not to_place_pattern(None).search("الي مدينه ")
    assert not in_place_pattern(None).search("في مدينه ")


# The words before a name that keep it from acting (transforms.visits.mentions): classes visit_named_facility,
# visit_facility_honorific, visit_genitive_relation and visit_relation_office_head.
ACTOR_WORDS = CLAUSES.actor_words


@pytest.mark.parametrize("sentence, name", [
    # BB-economy-254-20180925
    ("بينما تقطع القطارات المسافة بين جدة ومطار الملك عبد العزيز في 14 دقيقة.", "عبد العزيز"),
    # SK-middleEast-1463-20180506
    ("يعتمد سكان الأرخبيل على مستشفى الشيخ خليفة بن زايد في علاجهم", "خليفة"),
])
def test_a_name_after_a_facility_noun_is_the_facilitys(sentence, name):
    assert ACTOR_WORDS.facility_before.search(_before(sentence, name).strip())


@pytest.mark.parametrize("sentence, name, relation", [
    # BB-economy-220-20180816: the son-in-law, not Erdogan, acts
    ("ووجه وزير المالية التركي، بيرات اللبيرق، صهر الرئيس التركي رجب طيب إردوغان للصحفيين، كلمة", "رجب", True),
    # BB-internationalNews-1161-20181006: what happened to a person
    ("فتح الادعاء العام التركي تحقيقا في اختفاء الصحفي السعودي، جمال خاشقجي.", "السعودي", True),
    # AL-internationalNews-339-20180303: قوات inside a title (قائد قوات الاحتياط) is no relation
    ("وأفاد قائد قوات الاحتياط بالجيش اليمني، في تصريحات صحافية", "بالجيش", False),
])
def test_a_name_after_a_relation_noun_does_not_act(sentence, name, relation):
    from transforms.visits.mentions import _in_relation

    assert _in_relation(_before(sentence, name).strip(), ACTOR_WORDS) is relation


def test_without_rows_no_word_keeps_a_name_from_acting():
    from transforms.visits.cues import actor_words

    none = actor_words(None)
    assert not none.facility_before.search("مطار الملك") and not none.relation_before.search("صهر الرئيس")


# What a speaker reports (transforms.visits.frames.meeting): classes visit_reported_opener, visit_reporting_verb and
# visit_reported_that, read on the raw text with their hamza (CueLexicon.written).
def test_a_reported_clause_opens_at_its_complementiser_on_the_raw_text():
    # AL-internationalNews-137-20180221: «وقالت إنها ...»
    text = "وقالت إنها \"تشعر بالأسف لأنه رفض البقاء في القاعة للاستماع للآخرين\""
    assert CLAUSES.reported.search(text).group() == "إنها"
    # AL-culture-184-20180321: a verb of saying and أن three words after it
    text = "وأكدت شيرين في تصريحات إعلامية أن هذه الأغنية ليست عن الحبيب بل عن فقدان الأخ."
    assert CLAUSES.reported.search(text).group() == "وأكدت شيرين في تصريحات إعلامية أن"


def test_the_hamza_tells_a_complementiser_on_the_raw_text():
    # «انه» written without its hamza, and أن with no verb of saying before it, open no reported clause here.
    assert not CLAUSES.reported.search("وقالت انه لن يحضر")
    assert not CLAUSES.reported.search("يجب أن يحضر الوفد")
    assert CUES.written["visit_reported_opener"] and "إن" in CUES.written["visit_reported_opener"]


def test_a_trip_looks_for_its_place_before_a_complementiser_of_either_class():
    # frames/go.py reads the rows of visit_reported_that and visit_reported_opener, no list of its own: the seven
    # forms it wrote by hand, and بأنه, which its list lacked (BB-internationalNews-422-20180427).
    assert all(CLAUSES.opens_clause.fullmatch(w) for w in ("أن", "إن", "بأن", "أنه", "إنه", "أنها", "إنها"))
    text = 'ورحب وزير الخارجية البريطاني، بوريس جونسون، بزيارة ترامب لبريطانيا، ووصف الخبر بأنه "رائع".'
    assert CLAUSES.opens_clause.search(text).group() == "بأنه" and not CLAUSES.reported_that.search(text)


# The words that make a seat a place (transforms.visits.mentions.build_locs): classes visit_seat_preposition,
# visit_body_speech and visit_international_adjective.
SEAT_WORDS = CLAUSES.seat_words


def test_a_seat_after_a_preposition_is_a_place_and_a_seat_that_speaks_is_not():
    # AL-internationalNews-690-20180330: «في البيت الأبيض»; AL-internationalNews-299-20180302: «وقال قصر الإليزيه»
    assert SEAT_WORDS.preposition.search(_before("وآخر يوم عمل لهيكس في البيت الأبيض هو اليوم الجمعة", "البيت").strip())
    assert not SEAT_WORDS.preposition.search(_before("وقال قصر الإليزيه إن الرئيس", "قصر").strip())


def test_a_speech_in_a_body_is_at_its_seat_unless_the_body_is_national():
    # AL-internationalNews-711-20180331: «وألقت كلمة في الأمم المتحدة»
    assert SEAT_WORDS.speech_in.search(_before("ألفت يوسفزاي كتابا وألقت كلمة في الأمم المتحدة والتقت باللاجئين", "الأمم").strip())
    # AL-internationalNews-31-20180217: «لمجلس الأمن الدولي» stays international; القومي makes it national
    assert not SEAT_WORDS.national.match(" الدولي") and SEAT_WORDS.national.match(" القومي")


def test_a_country_after_a_place_preposition_or_a_topic_is_not_the_officials():
    # FR-internationalNews-2106-20180702 (team): «التقى المبعوث الأممي الخميس في سلطنة عمان»; BB-middleEast-76-20180222:
    # «نائب وزير الخارجية الإيراني إن الوضع في سوريا»: the country is where, or what is talked about
    assert ACTOR_WORDS.place_preposition.search(normalize_key("الخميس في"))
    assert ACTOR_WORDS.not_title_word.search(normalize_key("إن الوضع في"))
    assert not ACTOR_WORDS.place_preposition.search(normalize_key("وفد من"))  # وفد من مصر is Egypt's


def test_an_honorific_between_a_title_and_a_name_keeps_the_title_the_names():
    # AL-economy-778-20180608: «وولي عهد أبوظبي الشيخ محمد بن زايد»
    assert ACTOR_WORDS.honorific_gap.match("الشيخ") and ACTOR_WORDS.honorific_gap.match("")
    assert not ACTOR_WORDS.honorific_gap.match("الرئيس")


# ---- the prepositions the visit model reads, and the clause patterns (session 33) ------------------------------

def _visit(row):
    return row["visitor_name_ar"], row["host_country_iso2"], round(row["confidence"], 3)

# (class, lemma, ANT id, sentence, published, table, what the table's rows read with the row, and without it)
PREPOSITION_ROWS = [
    # a preposition of place before the host: the visit model reads it (prep_in) and is surer of the visit
    ("visit_prep_in", "في", "AL-internationalNews-106-20180219",
     "تعرض المندوب القطري للطرد في #غزة بعد زيارته مستشفى الشفاء.", "2018-02-19T18:35:22+04:00", "visits", _visit,
     [(None, "PS", 0.759)], []),  # the 2026-12-07 refit (issue 9): without the row the pair falls below the threshold
    ("visit_prep_in", "داخل", "SK-internationalNews-1462-20180509",
     "ومنذ توليه الحكم عام 2011، سافر كيم جونغ أون مرات عدة داخل كوريا الشمالية، وقالت الوكالة إن كيم وصل، الثلاثاء، "
     "إلى مطار مدينة داليان الساحلية الصينية القريبة من الحدود مع كوريا الشمالية، حيث التقى الرئيس، شي جين بينغ، دون أن "
     "تصدر بيانات رسمية بشأن فحوى القمة.", "2018-05-09T12:39:48+00:00", "visits", _visit,
     [("شي جين بينغ", "KP", 0.831)], [("شي جين بينغ", "KP", 0.573)]),
    # a word of coming from before the host (prep_from)
    ("visit_prep_from", "من", "AL-internationalNews-541-20180320",
     "يبدأ المبعوث الأممي الجديد إلى #اليمن،\xa0مارتن غريفيث، أولى جولاته من الرياض اليوم بلقاء الرئيس اليمني، عبدربه "
     "منصور هادي، وكبار مسؤولي الحكومة الشرعية.", "2018-03-20T07:52:12+04:00", "visits", _visit,
     [(None, "SA", 0.771), ("مارتن غريفيث", "SA", 0.407)], [(None, "SA", 0.77), ("مارتن غريفيث", "SA", 0.406)]),
]


@pytest.mark.parametrize("cls, lemma, ant_id, text, published, table, read, with_row, without_row", PREPOSITION_ROWS,
                         ids=[f"{r[0]}:{r[1]}" for r in PREPOSITION_ROWS])
def test_a_preposition_row_decides_its_sentence(cls, lemma, ant_id, text, published, table, read, with_row, without_row):
    check_example_row_decides(cls, lemma, ant_id, text, published, table, read, with_row, without_row)

def test_the_visit_model_reads_the_prepositions_it_had():
    from transforms.visits.cues import clause_words

    clauses = clause_words(CUES)
    assert clauses.prep_in == {"في", "داخل"}
    assert clauses.prep_from == {"من", "قادما", "قادمه", "قادمين"}
    assert normalize_key("قادمة") in clauses.prep_from

def test_the_visit_clause_patterns_read_the_words_they_had():
    # cues._EVENT_PHASES and object_filler's place nouns, now classes visit_event_phase and visit_object_place_noun
    # with their *_UNSEEN tuples: the patterns built from them match what the old ones matched.
    import re

    from transforms.visits.cues import clause_words

    clauses = clause_words(CUES)
    sequence = CUES.word_alternation("sequence")
    old_after = re.compile(rf"(?<!\w)(?:{sequence})(?:\s+(?:انتهاء|ختام|اختتام|انتهت|انتهي|حضور|مشاركته|مشاركتها))?\s*\S*$")
    phases = ["انتهاء", "ختام", "اختتام", "انتهت", "انتهي", "حضور", "مشاركته", "مشاركتها", "انتهائه", "مشارك", "ختامها"]
    for seq in CUES.lists["sequence"]:
        for phase in phases:
            for text in (f"{seq} {phase} القمه", f"{seq}  {phase} ", f"و{seq} {phase}", f"{seq} {phase} في القمه"):
                assert bool(clauses.after_event.search(text)) == bool(old_after.search(text)), text
    old_filler = re.compile(rf"(?:(?:رفيع|رفيعه|الرفيع|الرفيعه)\s+(?:المستوي)\s+|(?:{CUES.word_alternation('time_adverb')})\s+)*"
                            r"(?:(?:مدينه|بلده|العاصمه|عاصمه|جزيره|منطقه|قريه|ولايه|اقليم)\s+)?")
    assert clauses.object_filler.pattern != old_filler.pattern  # a trie of the same words
    for noun in ("مدينه", "بلده", "العاصمه", "عاصمه", "جزيره", "منطقه", "قريه", "ولايه", "اقليم", "مدينتي", "المدينه", "عاصم"):
        for text in (f"{noun} ", f"رفيع المستوي {noun} ", f"اليوم {noun} ", f"{noun}  ", noun):
            assert bool(clauses.object_filler.fullmatch(text)) == bool(old_filler.fullmatch(text)), text
    # «زار وفد أميركي رفيع المستوى، الخميس، مدينة منبج» (the comment's sentence): the words between, times taken out
    assert clauses.object_filler.fullmatch("رفيع المستوي مدينه ")


def test_an_official_noun_opens_an_actor_phrase_with_its_clitics():
    # class visit_official_noun: the 49 normalised words of the former OFFICIAL_NOUN in mentions.py (its وزيرة with ة,
    # which normalised text never has, is the وزيره row) and مبعوثون (issue 9: وزار مبعوثون كوريون جنوبيون واشنطن);
    # without rows, none.
    from transforms.visits.cues import actor_words

    official = actor_words(CUES).official_noun
    assert set(CUES.word_set("visit_official_noun")) == {
        "وفد", "وفدا", "وفود", "مبعوث", "مبعوثا", "مبعوثان", "مبعوثين", "مبعوثون", "موفد", "وزير", "وزيرا", "وزيري",
        "وزيره", "وزراء", "رئيس", "رئيسه", "رئيسا", "رئيسان", "وزيران", "زعيمان", "نائب", "نائبي", "امير", "ملك",
        "عاهل", "ولي عهد", "ولي العهد", "مسؤول", "مسؤولا", "مسؤولون", "مسؤولين", "مسؤولو", "زعيم", "زعماء", "قاده",
        "قائد", "مستشار", "مستشاره", "سفير", "مساعد", "مساعده", "ممثل", "ممثلو", "ممثلي", "مندوب", "مدير", "مديره",
        "نظيره", "نظيرها", "نظيرهم"}
    # FR-internationalNews-500-20180318; AL-internationalNews-1861-20180706 (بنظيرهم: ب glued)
    text = normalize_key("ترامب يستقبل  ولي العهد السعودي الأمير محمد بن سلمان الثلاثاء")
    assert [m.group() for m in official.finditer(text)] == ["ولي العهد", "الامير"]
    text = normalize_key("ويلتقي وزراء خارجية بريطانيا والصين وفرنسا وألمانيا وروسيا بنظيرهم الإيراني في فيينا الجمعة")
    assert [m.group() for m in official.finditer(text)] == ["وزراء", "بنظيرهم"]
    assert not official.search(normalize_key("مسؤولية")) and not actor_words(None).official_noun.search("وزير")


def test_an_envoy_of_an_international_body_is_read_from_two_word_lists():
    # classes visit_envoy_head (وسيط in ENVOY_HEADS_UNSEEN) and visit_envoy_body, the former _INTERNATIONAL_ENVOY of
    # mentions.py: three words between at most.
    from transforms.visits.cues import actor_words

    envoy = actor_words(CUES).international_envoy
    # BB-middleEast-966-20180905; FR-internationalNews-1883-20180618 (three words between)
    assert envoy.search(normalize_key("وطالب جان كوبيش، ممثل الأمم المتحدة في العراق")).group() == "ممثل الامم"
    text = normalize_key("تفقدت أنجلينا جولي المبعوثة الخاصة لمفوضية الأمم المتحدة السامية لشؤون اللاجئين")
    assert envoy.search(text).group() == "المبعوثه الخاصه لمفوضيه الامم"
    assert envoy.search(normalize_key("الوسيط الدولي")) and not envoy.search(normalize_key("مندوبة الولايات المتحدة لدى الأمم"))
    assert not actor_words(None).international_envoy.search(normalize_key("مبعوث الأمم المتحدة"))


def test_a_word_of_subject_matter_is_a_word_list_with_its_conjunction():
    # class visit_subject_matter, the former SUBJECT_MATTER of frames/meeting_place.py (36 words, all rows).
    subject = CLAUSES.subject_matter
    assert len(CUES.word_set("visit_subject_matter")) == 36
    # FR-internationalNews-2523-20180730; BB-middleEast-145-20180307 (ويتناول: و glued)
    assert subject.search(normalize_key("جولة جديدة من المحادثات حول سوريا في سوتشي")).group() == "حول"
    assert subject.search(normalize_key("محادثات مع رئيسة الوزراء تيريزا ماي، ويتناول الغداء")).group() == "ويتناول"
    assert not subject.search(normalize_key("المحادثات الحولية"))


def test_the_meeting_nouns_a_city_names_are_read_as_openings():
    # class visit_event_named_by_city, the former _EVENT_WORD of frames/meeting_place.py: the same 18 normalised
    # openings, a word read by startswith after و/ف (AL-internationalNews-33-20180216: مؤتمر ميونخ).
    assert set(CLAUSES.event_named_by_city) == {
        "قمه", "مؤتمر", "اجتماع", "محادثات", "مفاوضات", "منتدي", "لقاء", "مباحثات", "بقمه", "بمؤتمر", "باجتماع", "لقمه",
        "لمؤتمر", "لاجتماع", "لمحادثات", "بمحادثات", "لمنتدي", "بمنتدي"}
    assert normalize_key("ومؤتمرات").lstrip("وف").startswith(CLAUSES.event_named_by_city)
    assert not normalize_key("القمة").lstrip("وف").startswith(CLAUSES.event_named_by_city)


def test_a_title_naming_a_sport_is_read_from_its_rows():
    # class visit_sport_in_title, the former _SPORT_IN_TITLE of triggers.py; FR-internationalNews-1626-20180604 (مدرب
    # المنتخب السعودي), BB-middleEast-123-20180302 (رئيس الفيفا: ال before فيفا).
    sport = CLAUSES.sport_in_title
    assert sport.search(normalize_key("مدرب المنتخب السعودي")).group() == "المنتخب"
    assert sport.search(normalize_key("رئيس الاتحاد المغربي لكرة القدم")).group() == "لكره"
    assert sport.search(normalize_key("رئيس الفيفا")) and not sport.search(normalize_key("وزير الخارجية"))
    assert not sport.search(normalize_key("يمارس سباحة"))  # السباحة is a row as written, with its ال


def test_the_group_words_of_the_visit_model_are_a_word_set():
    # class visit_group_word, the former _GROUP_WORDS of features.py, read whole (no clitic taken off): the same 14 words.
    assert CUES.word_set("visit_group_word") == {"قاده", "زعماء", "وزراء", "رؤساء", "ممثلي", "ممثلو", "وفود", "اعضاء",
                                                 "مسؤولين", "مسؤولون", "الدول", "دول", "المشاركين", "المشاركون"}
    # SK-middleEast-3742-20181004: «اجتماع قادة القوات المسلحة»
    assert set(normalize_key("أمن سيناء والحدود محور اجتماع قادة القوات المسلحة").split()) & CUES.word_set("visit_group_word")


def test_the_gap_between_a_visit_noun_and_its_place_is_read_from_rows():
    # classes visit_in_owner (لهم، لهما in VISIT_IN_OWNERS_UNSEEN) and visit_in_adjective (أولى in
    # VISIT_IN_ADJECTIVES_UNSEEN), the former _VISIT_IN of frames/go.py, matched on the whole gap.
    gap = CLAUSES.visit_in_gap
    assert gap.fullmatch("له في").group("owner") == "له"  # «زيارة له في لندن»
    assert gap.fullmatch("الرسميه في") and gap.fullmatch("لهما الاولي في") and gap.fullmatch("ب")
    assert not gap.fullmatch("الرسميه الي") and not gap.fullmatch("لكم في")
