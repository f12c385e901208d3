"""The person names the pipeline reads in one text, for the person tests: the countries found
first, as the flow passes them to the person extractor."""
from flows.lexicons import load_lexicons
from transforms.entities import find_entities
from transforms.persons import extract_persons


def names(text: str) -> list[str]:
    lexicons = load_lexicons()
    countries = find_entities(text, lexicons.gazetteer)["countries"]
    return [p["name_ar"] for p in extract_persons(text, countries, lexicons.persons)]
