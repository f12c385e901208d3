"""Building every extractor's lexicon from seeds/ once per process (the I/O edge of extraction)."""
from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from datetime import date
from functools import cache

from marsad.paths import SEEDS
from marsad.seeds import read_model, read_seed_csv
from transforms.linear_model import LinearModel
from transforms.aid import CurrencyLexicon, build_currency_lexicon
from transforms.aid.usd import build_pegs
from transforms.cue_lexicon import CueLexicon, build_cue_lexicon
from transforms.dates import DateLexicon, build_date_lexicon
from transforms.entities import Gazetteer, build_gazetteer
from transforms.persons import PersonLexicon, build_person_lexicon
from transforms.persons.crf import read_crf1d
from transforms.persons.tagger import ModelVocabulary
from transforms.visits import VisitLexicon, build_visit_lexicon


@dataclass(frozen=True)
class Lexicons:
    gazetteer: Gazetteer
    persons: PersonLexicon
    dates: DateLexicon
    currencies: CurrencyLexicon
    visits: VisitLexicon
    cues: CueLexicon
    visit_model: LinearModel | None
    aid_models: dict  # 'aid', 'aid-donor', 'aid-recipient' -> LinearModel, when trained
    usd_pegs: dict  # currency -> units per US dollar (seeds/currency_pegs_curated.csv)
    ecb_usd_per_unit: "EcbRates"


class EcbRates:
    """US dollars per unit of a currency on a day, from the ECB reference rates shipped inside the
    currencyconverter package (no network): the last rate published on or before the day, or
    None for a currency or a day the ECB has no rate for. The rates load on first use."""

    def __init__(self):
        self._converter = None

    def __call__(self, currency: str, day: date) -> float | None:
        from currency_converter import CurrencyConverter, RateNotFoundError

        if self._converter is None:
            self._converter = CurrencyConverter(fallback_on_missing_rate=True,
                                                fallback_on_missing_rate_method="last_known",
                                                fallback_on_wrong_date=False)
        try:
            return self._converter.convert(1.0, currency, "USD", date=day)
        except (ValueError, RateNotFoundError):
            return None


PERSON_TAGGER = SEEDS / "models" / "persons.crfsuite"


def read_person_tagger():
    """The person-name tagger seeds/models/persons.crfsuite that `make models` fits
    (scripts/train_person_tagger.py), opened, or None before it exists."""
    path = PERSON_TAGGER
    if not path.exists():
        return None
    import pycrfsuite  # python-crfsuite (requirements.lock): reinstall with `make` if missing

    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    return tagger


def model_attributes(tagger) -> frozenset[bytes] | None:
    """Every attribute of the tagger's model (its ATTRIBUTES section, as `tagger.dump` writes it),
    or None for a tagger that cannot dump its model or whose count disagrees with the header."""
    if not hasattr(tagger, "dump"):
        return None
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "model.txt")
        tagger.dump(path)
        with open(path, "rb") as dumped:
            text = dumped.read()
    try:
        head = text.index(b"ATTRIBUTES = {\n")
        body = text[head + len(b"ATTRIBUTES = {\n"):text.index(b"\n}", head)]
        count = int(text.split(b"num_attrs: ", 1)[1].split(b"\n", 1)[0])
    except (ValueError, IndexError):
        return None
    attributes = frozenset(line.split(b": ", 1)[1] for line in body.split(b"\n") if line)
    return attributes if len(attributes) == count else None


def attach_person_tagger(lexicon: PersonLexicon, tagger, model_file=None) -> PersonLexicon:
    """The lexicon with `tagger` and, where its model can be read, the features that model knows
    (transforms.persons.tagger.ModelVocabulary: the tagger is then given only those, as bytes).
    With `model_file`, the tagger's model file, its weights are read too: the tagger's labels and
    marginals are then computed in Python (transforms.persons.crf), the same numbers, without
    crfsuite."""
    lexicon.tagger = tagger
    attributes = model_attributes(tagger) if tagger is not None else None
    model = None
    if attributes is not None and model_file is not None:
        try:
            model = read_crf1d(model_file.read_bytes())
        except ValueError:
            model = None  # (crfsuite then tags)
    lexicon.tagger_vocabulary = ModelVocabulary(tagger, attributes, model) if attributes is not None else None
    return lexicon


@cache
def load_lexicons() -> Lexicons:
    titles = read_seed_csv("titles.csv")
    cues = build_cue_lexicon(read_seed_csv("cue_words.csv"))
    organisations = read_seed_csv("organisations.csv")
    lexicons = Lexicons(
        gazetteer=build_gazetteer(read_seed_csv("countries.csv"), read_seed_csv("country_variants.csv"),
                                  read_seed_csv("demonyms.csv"),
                                  read_seed_csv("places_curated.csv") + read_seed_csv("places.csv"),
                                  organisations, cues),
        persons=attach_person_tagger(build_person_lexicon(titles, read_seed_csv("persons.csv"),
                                                  read_seed_csv("name_stopwords.csv"),
                                                  read_seed_csv("office_nouns.csv"), read_seed_csv("given_names.csv"),
                                                  read_seed_csv("imperfect_verbs.csv"), cues=cues), read_person_tagger(),
                                     PERSON_TAGGER),
        dates=build_date_lexicon(read_seed_csv("months.csv"), read_seed_csv("months_curated.csv"),
                                 read_seed_csv("imperfect_verbs.csv"), cues, read_seed_csv("annual_days.csv")),
        currencies=build_currency_lexicon(read_seed_csv("currencies.csv"), read_seed_csv("currencies_curated.csv")),
        visits=build_visit_lexicon(read_seed_csv("visit_triggers.csv"), titles, cues, organisations,
                                   read_seed_csv("international_seats.csv")),
        cues=cues,
        visit_model=read_model("visits"),
        aid_models={name: model for name in ("aid", "aid-donor", "aid-recipient")
                    if (model := read_model(name)) is not None},
        usd_pegs=build_pegs(read_seed_csv("currency_pegs_curated.csv")),
        ecb_usd_per_unit=EcbRates(),
    )
    return lexicons
