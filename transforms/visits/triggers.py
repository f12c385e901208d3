"""Verbs and nouns of travel, reception and meeting, found with one compiled alternation.

The lexicon rows (seeds/visit_triggers.csv) give each word once; the clitics Arabic news attaches
to it are added here: the conjunctions و/ف, the future prefix س on a present verb, the
prepositions ب/ل/ك and the article ال on a noun (بزيارة، للزيارة), an object or possessive pronoun
(زارها، زيارته، توجهه) and the accusative alif (اجتماعا). Matching runs over normalised text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from transforms.arabic_text import normalize_key

_PRONOUNS = ("ه", "ها", "هم", "هما", "هن", "ي", "نا")
# A verb with a pronoun spelt like a common noun, once normalised (وزارة → وزاره = و + زاره).
_NOUN_HOMOGRAPHS = {"وزاره", "فزاره", "حضره", "وحضره", "فحضره", "وزارات"}


@dataclass(frozen=True)
class Trigger:
    start: int  # offsets in the normalised text
    end: int
    form: str  # the lexicon form (normalised)
    kind: str  # go | tour | receive | meet | attend
    pos: str  # verb | noun
    tense: str  # past | present | future | noun
    pronoun: bool  # carries an attached pronoun (زيارته، توجهه)
    adjacent: bool  # the place must follow at once (حل بـ)


@dataclass(frozen=True)
class TriggerLexicon:
    pattern: re.Pattern
    rows: dict  # normalised form -> row


# Kinds of title (seeds/titles.csv) that do not travel on public business.
_PRIVATE_TITLE_KINDS = {"profession", "activist", "artist", "sport"}
_OFFICIAL_CLERGY = {"البابا", "بابا", "البطريرك", "المرشد", "الكاردينال"}


@dataclass(frozen=True)
class VisitLexicon:
    triggers: TriggerLexicon
    titles: dict  # normalised title -> kind, for telling officials from private travellers

    def is_private_title(self, title: str | None) -> bool:
        """A title whose office is private (الصحفي، الباحث، اللاعب): not an official visitor."""
        if not title or not self.titles:
            return False
        words = normalize_key(title).split()
        for n in range(len(words), 0, -1):
            kind = self.titles.get(" ".join(words[:n]))
            if kind is not None:
                if kind == "religious":  # a preacher travels privately; a pope or patriarch does not
                    return not words[0] in _OFFICIAL_CLERGY
                return kind in _PRIVATE_TITLE_KINDS
        return False


def build_visit_lexicon(trigger_rows: list[dict], title_rows: list[dict] = ()) -> VisitLexicon:
    """From seeds/visit_triggers.csv rows and seeds/titles.csv rows (title_ar, kind)."""
    titles = {normalize_key(r["title_ar"]): r.get("kind", "") for r in title_rows if r.get("title_ar")}
    return VisitLexicon(build_trigger_lexicon(trigger_rows), titles)


def _surface_variants(form: str, pos: str) -> list[str]:
    """The word with its suffixes: pronouns, and for a noun in ة (normalised ه) the construct ت."""
    variants = [form]
    base = form[:-1] + "ت" if pos == "noun" and form.endswith("ه") else form
    variants += [base + p for p in _PRONOUNS]
    if pos == "noun" and not form.endswith("ه"):
        variants.append(form + "ا")  # اجتماعا، لقاءا
    return variants


def build_trigger_lexicon(rows: list[dict]) -> TriggerLexicon:
    """One regex for every form: prefix clitics, the word (longest first), word edges."""
    by_form: dict[str, dict] = {}
    nouns, verbs = set(), set()
    for row in rows:
        form = normalize_key(row["form"])
        pos = row["pos"].strip()
        by_form[form] = {**row, "form": form, "pos": pos}
        target = nouns if pos == "noun" else verbs
        target.update(_surface_variants(form, pos))
    noun_alt = "|".join(sorted(nouns, key=len, reverse=True))
    verb_alt = "|".join(sorted(verbs, key=len, reverse=True))
    pattern = re.compile(
        r"(?<!\w)(?:"
        rf"(?P<npre>[وف]?(?:لل|[بلك]?(?:ال)?))(?P<noun>{noun_alt})"
        rf"|(?P<vpre>[وف]?)(?P<fut>س?)(?P<verb>{verb_alt})"
        r")(?!\w)"
    )
    return TriggerLexicon(pattern, by_form)


def _lexicon_form(word: str, rows: dict) -> tuple[str, bool]:
    """The lexicon form behind a matched word, and whether a pronoun was attached."""
    if word in rows:
        return word, False
    for p in sorted(_PRONOUNS, key=len, reverse=True):
        if word.endswith(p):
            stem = word[: -len(p)]
            if stem in rows:
                return stem, True
            if stem.endswith("ت") and stem[:-1] + "ه" in rows:
                return stem[:-1] + "ه", True
    if word.endswith("ا") and word[:-1] in rows:
        return word[:-1], False
    return word, False


def find_triggers(normalized_text: str, lexicon: TriggerLexicon) -> list[Trigger]:
    """Every trigger word in the normalised text, in order."""
    found = []
    for m in lexicon.pattern.finditer(normalized_text):
        is_noun = m.group("noun") is not None
        word = m.group("noun") if is_noun else m.group("verb")
        form, pronoun = _lexicon_form(word, lexicon.rows)
        row = lexicon.rows.get(form)
        if row is None:
            continue
        if not is_noun and m.group("fut") and row["tense"] != "present":
            continue  # س before a past verb is part of another word
        if not is_noun and pronoun and normalized_text[m.start():m.end()] in _NOUN_HOMOGRAPHS:
            continue  # وزارة (ministry) and حضرة are nouns, not "and he visited him" / "he attended it"
        tense = row["tense"]
        if not is_noun and m.group("fut"):
            tense = "future"
        found.append(Trigger(
            start=m.start(), end=m.end(), form=form, kind=row["kind"], pos=row["pos"],
            tense=tense, pronoun=pronoun, adjacent=row.get("adjacent", "0") == "1",
        ))
    return found
