"""Diplomatic visits in one article (who travelled where, when, done or planned) and the same
visit told across articles (cluster_visits)."""
from transforms.visits.clustering import cluster_visits
from transforms.visits.extract import extract_visits, find_visits
from transforms.visits.triggers import VisitLexicon, build_visit_lexicon

__all__ = ["VisitLexicon", "build_visit_lexicon", "extract_visits", "find_visits", "cluster_visits"]
