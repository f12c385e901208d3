"""Persons named in Arabic news: titles, name boundaries, within-article coreference, a mined lexicon."""
from transforms.persons.extract import extract_persons, merge_persons, person_id
from transforms.persons.lexicon import PersonLexicon, build_person_lexicon

__all__ = ["PersonLexicon", "build_person_lexicon", "extract_persons", "merge_persons", "person_id"]
