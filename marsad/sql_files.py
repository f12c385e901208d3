"""Loading the statements in sql/: Python never spells SQL itself."""
from functools import cache

from marsad.paths import SQL


@cache
def sql_text(relative: str) -> str:
    return (SQL / relative).read_text(encoding="utf-8")


def sql(relative: str, **identifiers: str) -> str:
    """A statement from sql/<relative>, with `{name}` identifiers (tables, columns from the schema module) filled in."""
    return sql_text(relative).format(**identifiers)
