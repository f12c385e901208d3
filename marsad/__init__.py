"""Marsad: Arabic news articles to a DuckDB warehouse of visits, aid figures and countries."""
