"""Arabic date grammar: time expressions resolved against publication or the text (pure transforms)."""
from transforms.dates.extract import extract_time_expressions
from transforms.dates.lexicon import DateLexicon, build_date_lexicon
from transforms.dates.stamps import update_stamp_utc

__all__ = ["DateLexicon", "build_date_lexicon", "extract_time_expressions", "update_stamp_utc"]
