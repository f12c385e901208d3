"""Country names and nationality adjectives as lexicon entries, and the rules that keep an
adjective from counting where it does not name a country (currency names, given names)."""
from __future__ import annotations

import re
from collections.abc import Iterator

from transforms.arabic_text import normalize_key
from transforms.cue_lexicon import class_and_unseen_words
from transforms.entities.clitics import definite, inflect_nisba
from transforms.entities.gazetteer import Entry


def _alternatives(cell: str) -> list[str]:
    return [part.strip() for part in (cell or "").split("|") if part.strip()]


def _cldr_names(name: str) -> list[str]:
    """CLDR writes some names with a parenthesis: ميانمار (بورما) → ميانمار, بورما."""
    inside = re.findall(r"\(([^)]*)\)", name)
    outside = re.sub(r"\s*\([^)]*\)", "", name).strip()
    return [outside] + [part.strip() for part in inside if len(part.split()) == 1]


def country_name_entries(country_rows: list[dict], variant_rows: list[dict]) -> Iterator[tuple[str, Entry]]:
    canonical = {row["iso2"]: row["name_ar"] for row in country_rows}
    for row in country_rows:
        for name in _cldr_names(row["name_ar"]):
            yield name, Entry("country", (row["iso2"],), row["name_ar"])
    for row in variant_rows:
        codes = tuple(_alternatives(row["iso2"]))
        name = " و".join(canonical.get(code, code) for code in codes)
        yield row["name_ar"], Entry("country", codes, name)


def adjective_forms(row: dict) -> set[str]:
    """Every written form of a country's nationality adjective, as normalised keys: the regular
    forms inflected from each masculine, the curated feminine and irregular plurals, each also
    with the article (المصري، الأميركيين، الأتراك). A curated form written with the article
    (الجنوب أفريقي) is taken as it is."""
    forms: set[str] = set()
    for masculine in _alternatives(row["masculine"]):
        forms.update(inflect_nisba(normalize_key(masculine)))
    as_written = set()
    for other in _alternatives(row["feminine"]) + _alternatives(row.get("plural", "")):
        (as_written if other.startswith("ال") else forms).add(normalize_key(other))
    return forms | {definite(form) for form in forms} | as_written


# News often writes a long nisba without one of its inner long vowels: الأرمني for الأرميني,
# النمسوية for النمساوية, النيوزلندي، النروجي، التايلندية، البنغلادشي. A masculine of at least six
# letters gives, for each ا/و/ي from its fourth letter up to the one before the letter before the
# nisba ي, the masculine without it; only its forms with the article count. The first three letters
# stay: dropping the ا of الباني/الماني makes البني "structures", المني; so does the letter before
# the nisba ي (أوروغوايي → أوروغواي, the country). Indefinite forms would be given and family names
# (رومني، راندي، اندري، تاياني، كروتي) and other words (باهمية = بأهمية، يابني "my son").
MIN_VARIANT_SOURCE = 6
_LONG_VOWELS = "اوي"


def dropped_vowel_variants(masculine: str) -> set[str]:
    """The masculine (a normalised single word) without one of its inner long vowels."""
    if " " in masculine or len(masculine) < MIN_VARIANT_SOURCE or not masculine.endswith("ي"):
        return set()
    return {masculine[:i] + masculine[i + 1:]
            for i in range(3, len(masculine) - 2) if masculine[i] in _LONG_VOWELS}


def adjective_entries(demonym_rows: list[dict], country_rows: list[dict],
                      ambiguous: frozenset[str] | None = None) -> Iterator[tuple[str, Entry]]:
    """The adjectives' entries; `ambiguous`: the normalised masculines that are far more often another word
    (common_adjective_masculines), without the cue lexicon's by default."""
    ambiguous = common_adjective_masculines(None) if ambiguous is None else ambiguous
    common = common_words(ambiguous)
    canonical = {row["iso2"]: row["name_ar"] for row in country_rows}
    entries = {row["iso2"]: Entry("adjective", (row["iso2"],), canonical.get(row["iso2"], row["iso2"]))
               for row in demonym_rows}
    regular = {row["iso2"]: adjective_forms(row) for row in demonym_rows}
    for row in demonym_rows:
        for form in regular[row["iso2"]]:
            if form not in common:
                yield form, entries[row["iso2"]]
    # A variant counts only when it is no written form of any country's adjective or name, and
    # no two countries give it (the regular spelling always wins).
    taken = set().union(*regular.values()) | {normalize_key(phrase) for phrase, _ in country_name_entries(country_rows, [])}
    taken |= {definite(name) for name in list(taken) if " " not in name}
    owners: dict[str, set[str]] = {}
    for row in demonym_rows:
        for masculine in _alternatives(row["masculine"]):
            if normalize_key(masculine) in ambiguous:
                continue
            for variant in dropped_vowel_variants(normalize_key(masculine)):
                for plain in inflect_nisba(variant):
                    owners.setdefault(definite(plain), set()).add(row["iso2"])
    for form, codes in sorted(owners.items()):
        if len(codes) == 1 and form not in taken and form not in common:
            yield form, entries[next(iter(codes))]


# Nationality adjectives that are, far more often, another common word: مالي/مالية "financial"
# (Mali), صحراوي "desert" (Western Sahara), قمري "lunar" (Comoros). Every inflected form of
# these masculines is dropped (the country names themselves stay). Class country_common_adjective of seeds/cue_words.csv
# (a masculine as written; its forms are inflected here) and these, which no row has yet (each of مالي، صحراوي، قمري، كوكي
# decides rows of its real sentence: all four are rows).
AMBIGUOUS_MASCULINES_UNSEEN: tuple[str, ...] = ()


def common_adjective_masculines(cues) -> frozenset[str]:
    """The normalised masculines of class country_common_adjective (`cues`: the cue lexicon, or None) and
    AMBIGUOUS_MASCULINES_UNSEEN."""
    return class_and_unseen_words(cues, "country_common_adjective", AMBIGUOUS_MASCULINES_UNSEEN)


def common_words(masculines) -> set[str]:
    """Every inflected form of those masculines, with the article and without: no adjective of a country."""
    return {form for masculine in masculines for plain in inflect_nisba(masculine) for form in (plain, definite(plain))}


# A country name that is also a common word counts only after a word that introduces a place
# (في مالي، دولة مالي، جمهورية بنين) or inside a list of countries.
NAMES_NEEDING_CONTEXT = {normalize_key(w) for w in ("مالي", "بنين")}
PLACE_INTRODUCERS = {normalize_key(w) for w in (
    "في", "من", "إلى", "الى", "عن", "دولة", "جمهورية", "بلد", "شمال", "جنوب", "شرق", "غرب", "وسط",
    "حكومة", "رئيس", "سفير", "سفارة", "عاصمة",
)}

# Currency nouns: the adjective after them names the currency, not a country
# (الدولار الأميركي، الجنيه المصري، 1.3 مليار دولار أمريكي).
CURRENCY_NOUNS = {normalize_key(w) for w in (
    "دولار", "دولارا", "دولاراً", "دولارات", "جنيه", "جنيها", "جنيهات", "ريال", "ريالا", "ريالات",
    "دينار", "دينارا", "دنانير", "ليرة", "ليرات", "درهم", "درهما", "دراهم", "روبل", "روبلا", "روبلات",
    "ين", "يوان", "روبية", "روبيات", "شيكل", "شيكلا", "شواكل", "فرنك", "فرنكات", "بيزو", "وون",
    "كرونة", "كرونات", "زلوتي", "رينغيت", "بوليفار", "بوليفارا", "دونغ", "روفيه", "أوقية", "شلن",
)}

# Language nouns: the adjective after them names a language (باللغة الفرنسية، اللغة التركية).
LANGUAGE_NOUNS = {normalize_key(w) for w in ("لغة", "اللغة", "لغات", "اللغات", "لهجة", "اللهجة")}

# Confession adjectives: a nationality adjective joined to one of them by و names a church or a
# community, not a country (الطوائف الأرثوذكسية والأرمنية والكاثوليكية، الروم الأرثوذكس والأرمن).
# Next to one without و it still names the country (الكنيسة الكاثوليكية التشيلية).
CONFESSION_ADJECTIVE = re.compile(
    r"^(?:ال)?(?:ارثوذكس|كاثوليك|انجيل|بروتستانت|قبط|ماروني|سريان|كلدان)(?:ي|يه|يون|يين|يات)?$")


# تركي is also a man's name (الأمير تركي الفيصل، تركي آل الشيخ، العقيد الركن تركي المالكي):
# bare تركي followed by بن/آل or by a word with the article is a name, unless that word is a
# day or a time (قال مسؤول تركي الاثنين).
GIVEN_NAME_ADJECTIVES = {normalize_key("تركي")}
NAME_PRECEDERS = {normalize_key(w) for w in (
    "الأمير", "الشيخ", "السيد", "الوزير", "الكاتب", "المستشار", "الركن", "العقيد", "العميد", "اللواء",
    "الفريق", "المقدم", "الرائد", "الدكتور", "بن", "ابن", "الأخ",
)}
NAME_FOLLOWERS = {normalize_key(w) for w in ("بن", "ابن", "آل")}
NOT_A_SURNAME = {normalize_key(w) for w in (
    "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "اليوم", "الليلة",
    "الجنسية", "الأصل", "المولد", "الجديد", "الأخير", "الأول", "الكبير",
)}


# اليمنى "right (side)" normalises to اليمني "Yemeni" (ى → ي); written with ى, or with ي after a
# body part or a side (الزاوية اليمنى، بقدمه اليمني), it is the side, not Yemen.
RIGHT_SIDE_FORMS = {normalize_key(w) for w in ("يمني", "اليمني")}
SIDE_NOUNS = {normalize_key(w) for w in (
    "الجهة", "جهة", "الزاوية", "زاوية", "القدم", "قدم", "قدمه", "بقدمه", "اليد", "يد", "يده", "بيده", "الذراع",
    "ذراعه", "الساق", "ساقه", "الرجل", "رجله", "رجلها", "الركبة", "ركبته", "الرئة", "الجانبية", "الناحية",
    "العين", "عينه", "الأذن", "الكتف", "كتفه", "الضفة", "القائمة", "الجبهة", "الرواق", "الجناح", "الخانة",
)}

# أمريكي is also "American" of the continent: after جنوب/شمال/وسط (المنتخب الجنوب أمريكي) or
# before جنوبي/شمالي/لاتيني (المنتخب الأمريكي الجنوبي، الحكومات الأمريكية اللاتينية) it names a region.
CONTINENT_ADJECTIVE_COUNTRIES = {"US"}
CONTINENT_PARTS_BEFORE = {normalize_key(w) for w in ("جنوب", "الجنوب", "شمال", "الشمال", "وسط")}
CONTINENT_PARTS_AFTER = {
    form
    for base in ("جنوبي", "شمالي", "لاتيني")
    for plain in inflect_nisba(normalize_key(base))
    for form in (plain, definite(plain))
} | {normalize_key(w) for w in ("الوسطى", "الوسطي", "وسطى")}


# A news agency named by its country's adjective is a credit, not a mention of the country
# (وكالة الأنباء السعودية الرسمية، وكالة أنباء الأناضول التركية، وكالة الأنباء الرسمية السورية):
# an adjective counts for nothing when وكالة comes before it with only these words (or the
# agency's own name) in between.
AGENCY_NOUNS = {normalize_key(w) for w in ("وكالة", "الوكالة")}
AGENCY_FILLERS = {normalize_key(w) for w in (
    "الأنباء", "أنباء", "للأنباء", "الرسمية", "الرسمي", "الحكومية", "الوطنية", "الإخبارية", "الصحافة",
)}
AGENCY_LOOKBACK = 4
