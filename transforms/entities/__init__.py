"""Countries, places and organisations mentioned in Arabic news text.

    gazetteer = build_gazetteer(country_rows, country_variant_rows, demonym_rows, place_rows, organisation_rows)
    find_entities(text, gazetteer) -> {"countries": [...], "places": [...], "organisations": [...]}

Rows come from seeds/: countries.csv (generated, CLDR), country_variants.csv (curated),
demonyms.csv (curated base forms; regular inflections are generated in clitics.py),
places_curated.csv + places.csv (curated, then generated from GeoNames), organisations.csv (curated).
"""
from transforms.entities.extract import build_gazetteer, find_entities
from transforms.entities.gazetteer import Gazetteer

__all__ = ["Gazetteer", "build_gazetteer", "find_entities"]
