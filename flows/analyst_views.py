"""The analyst views of sql/views/, created or replaced inside the load's transaction.

Each file creates one view and comments it and its columns; files run in name order, so a view
may build on one whose file sorts before it.
"""
from __future__ import annotations

from marsad.paths import SQL
from marsad.sql_files import sql_text

VIEWS_DIR = SQL / "views"


def view_files() -> list[str]:
    """sql/-relative paths of the view files, in the order they are created."""
    return [f"views/{path.name}" for path in sorted(VIEWS_DIR.glob("*.sql"))]


def create_analyst_views(con) -> None:
    for relative in view_files():
        con.execute(sql_text(relative))
