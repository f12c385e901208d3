"""Currency names after an amount → ISO 4217, from CLDR forms and curated short forms.

A currency is a noun (دولار، جنيه، دراهم) optionally qualified by a nisba adjective or a country
(دولار كندي، الجنيه الإسترليني، دولار هونغ كونغ). A qualified name is looked up exactly; an
unqualified noun takes its curated default, and for nouns many countries share (جنيه، درهم، دينار،
ريال، ليرة) the currency of a country the article names comes first (درهم with Morocco named → MAD).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from transforms.arabic_text import normalize_key

_WORD = re.compile(r"[ \t\u00A0]*(?:من[ \t\u00A0]+)?([\u0621-\u064A]+)")
_NEXT_WORD = re.compile(r"[ \t\u00A0]*([\u0621-\u064A]+)")
_SYMBOL = re.compile(r"[ \t\u00A0]*([$€£])")
# A currency noun alone in brackets after the amount (680 مليون (دولار)).
_BRACKETED = re.compile(r"[ \t\u00A0]*\([ \t\u00A0]*([\u0621-\u064A]+)[ \t\u00A0]*\)")
_ENDINGS = ("تين", "تان", "ين", "ون", "ات", "ان", "ه", "ا")


def stem(word: str) -> str:
    """A normalised word without the article and the agreement endings of a nisba adjective:
    الأمريكية / أمريكيين / أمريكي → امريكي, so qualifiers agree with any noun form."""
    if word.startswith("ال") and len(word) > 4:
        word = word[2:]
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


def _noun_key(word: str) -> str:
    """A currency noun's key: no article, no accusative alif (جنيها → جنيه)."""
    if word.startswith("ال") and len(word) > 4:
        word = word[2:]
    if word.endswith("ا") and len(word) > 3:
        word = word[:-1]
    return word


@dataclass
class CurrencyLexicon:
    # noun → [(qualifier stems, code)], longest qualifier first
    qualified: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=dict)
    # noun → (code, 'default' | 'fallback')
    unqualified: dict[str, tuple[str, str]] = field(default_factory=dict)
    # noun → {country iso2: code} for nouns several countries share
    local: dict[str, dict[str, str]] = field(default_factory=dict)
    symbols: dict[str, str] = field(default_factory=dict)
    _names: re.Pattern | None = field(default=None, repr=False, compare=False)  # built on first use
    # the last text searched and where each name in it starts and ends
    _searched: tuple[str, list[int], list[int]] | None = field(default=None, repr=False, compare=False)
    # every whole word _names matches: a noun with or without ال and the accusative ا (built with it)
    _forms: frozenset[str] | None = field(default=None, repr=False, compare=False)

    def add_name(self, form: str, code: str) -> None:
        words = normalize_key(form).split()
        if not words:
            return
        noun = _noun_key(words[0])
        qualifier = tuple(stem(w) for w in words[1:])
        bucket = self.qualified.setdefault(noun, [])
        if (qualifier, code) not in bucket:
            bucket.append((qualifier, code))
            bucket.sort(key=lambda item: -len(item[0]))
        if len(code) == 3 and not code.startswith("X") and code != "EUR":
            self.local.setdefault(noun, {}).setdefault(code[:2], code)

    def match_after(self, normalised: str, pos: int, countries: frozenset[str] | set[str] = frozenset()
                    ) -> tuple[str, int] | None:
        """(code, end) of the currency written right after offset `pos` of normalised text, or None.
        `countries` are the ISO codes the article names, for nouns several countries share."""
        symbol = _SYMBOL.match(normalised, pos)
        if symbol:
            return self.symbols[symbol.group(1)], symbol.end()
        bracketed = _BRACKETED.match(normalised, pos)
        if bracketed:
            noun = _noun_key(bracketed.group(1))
            if noun in self.qualified or noun in self.unqualified:
                code = self._unqualified(noun, countries)
                return (code, bracketed.end()) if code else None
        first = _WORD.match(normalised, pos)
        if not first:
            return None
        noun = _noun_key(first.group(1))
        if noun not in self.qualified and noun not in self.unqualified:
            return None
        following, cursor = [], first.end()
        for _ in range(3):
            word = _NEXT_WORD.match(normalised, cursor)
            if not word:
                break
            following.append((stem(word.group(1)), word.end()))
            cursor = word.end()
        for qualifier, code in self.qualified.get(noun, ()):
            n = len(qualifier)
            if n == 0:
                continue
            if len(following) >= n and tuple(s for s, _ in following[:n]) == qualifier:
                return code, following[n - 1][1]
        return self._unqualified(noun, countries), first.end()

    def _unqualified(self, noun: str, countries) -> str | None:
        code, use = self.unqualified.get(noun, (None, "default"))
        if use == "fallback" or code is None:
            local = self.local.get(noun, {})
            named = sorted(local[c] for c in countries if c in local)
            if code in named:
                return code
            if named:
                return named[0]
        if code is None:
            for qualifier, candidate in self.qualified.get(noun, ()):
                if not qualifier:
                    return candidate
        return code

    def may_hold_money(self, normalised: str, start: int, end: int) -> bool:
        """Whether normalised[start:end] names any currency (a noun or a symbol): a sentence that
        names none holds no sum, and its amounts need not be parsed.

        The names are found once per text (the last text asked about is kept), and a span is
        answered from their offsets. A noun is a whole word (no letter on either side), so it is
        inside [start, end) exactly when the span's own search would find it there; only a span
        that ends inside a word is searched itself, as that word's beginning could be a name."""
        if self._names is None:
            self._build_names()
        if 0 < end < len(normalised) and "\u0621" <= normalised[end] <= "\u064A":
            return self._names.search(normalised, start, end) is not None
        searched = self._searched
        if searched is None or searched[0] is not normalised:
            found = [(m.start(), m.end()) for m in self._names.finditer(normalised)]
            searched = self._searched = (normalised, [a for a, _ in found], [b for _, b in found])
        _, starts, ends = searched
        first = bisect.bisect_left(starts, start)  # names do not overlap: the first after start ends first
        return first < len(starts) and ends[first] <= end

    def _build_names(self) -> None:
        nouns = set(self.qualified) | set(self.unqualified)
        symbols = "".join(re.escape(s) for s in self.symbols)
        self._names = re.compile(
            rf"(?<![\u0621-\u064A])(?:ال)?{_letter_tree(nouns)}ا?(?![\u0621-\u064A])"
            + (f"|[{symbols}]" if symbols else ""))
        self._forms = frozenset(f"{al}{noun}{alif}" for noun in nouns for al in ("", "ال") for alif in ("", "ا"))

    def text_may_hold_money(self, normalised: str, words: list[str], arabic) -> bool:
        """may_hold_money(normalised, 0, len(normalised)), answered from the text's tokens
        (transforms.document: `words`, and `arabic`, whether each is Arabic letters only) instead
        of a search through every character of the text, which the tokens have already read.

        A name is a whole run of Arabic letters, and a run lies inside one token: a token of Arabic
        letters only is that run (no letter touches a token), so it names a currency exactly when
        it is one of the names' written forms; a run inside another token (1350دولارا) is found by
        searching the other tokens alone, one space between each. A symbol ($) is no token."""
        if self._names is None:
            self._build_names()
        if not self._forms.isdisjoint(words) or any(symbol in normalised for symbol in self.symbols):
            return True
        others = [word for word, letters in zip(words, arabic) if not letters]
        return bool(others) and self._names.search(" ".join(others)) is not None

    def match_before(self, normalised: str, pos: int) -> str | None:
        """The code of a currency symbol written just before offset `pos` ($1.3)."""
        before = normalised[max(0, pos - 2):pos].strip()
        return self.symbols.get(before[-1:]) if before else None


def _letter_tree(words: set[str]) -> str:
    """A regular expression for exactly these words, shaped as their letter tree (a common
    beginning is read once, not once per word): {دولار، دينار، درهم} → (?:د(?:ولار|ينار|رهم))."""
    def branch(node: dict) -> str:
        ends = "" in node
        parts = [re.escape(letter) + branch(child) for letter, child in sorted(node.items()) if letter]
        if not parts:
            return ""
        body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
        return f"(?:{body})?" if ends else body

    tree: dict = {}
    for word in words:
        node = tree
        for letter in word:
            node = node.setdefault(letter, {})
        node[""] = {}
    return "(?:" + branch(tree) + ")"


def build_currency_lexicon(currency_rows: list[dict], curated_rows: list[dict]) -> CurrencyLexicon:
    """The lexicon from seeds/currencies.csv (iso4217, name_ar, form_ar) and
    seeds/currencies_curated.csv (form_ar, iso4217, use: name | default | fallback | symbol)."""
    lexicon = CurrencyLexicon()
    for row in currency_rows:
        lexicon.add_name(row["form_ar"], row["iso4217"])
    for row in curated_rows:
        form, code, use = row["form_ar"], row["iso4217"], row["use"]
        if use == "symbol":
            lexicon.symbols[form] = code
        elif use == "name":
            lexicon.add_name(form, code)
        else:
            lexicon.unqualified[_noun_key(normalize_key(form))] = (code, use)
    return lexicon
