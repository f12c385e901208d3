"""Countries, places and organisations mentioned in Arabic news text."""
from transforms.entities.extract import build_gazetteer, find_entities
from transforms.entities.gazetteer import Gazetteer

__all__ = ["Gazetteer", "build_gazetteer", "find_entities"]
