"""Tables rebuilt after every load from what the warehouse holds, inside the load's transaction."""
from __future__ import annotations

import pyarrow as pa

from marsad.paths import SQL
from marsad.schema import TABLES, VISIT_EVENTS, Table
from marsad.sql_files import sql, sql_text
from transforms.visits import cluster_visits


def rebuild_derived(con) -> None:
    for table in TABLES.values():
        if table.kind != "derived":
            continue
        if (SQL / "derive" / f"{table.name}.sql").exists():
            con.execute(sql_text(f"derive/{table.name}.sql"))
        else:
            PYTHON_DERIVATIONS[table.name](con, table)


def derive_visit_events(con, table: Table) -> None:
    cursor = con.execute(sql_text("read/visits_for_clustering.sql"))
    names = [d[0] for d in cursor.description]
    visits = [dict(zip(names, row)) for row in cursor.fetchall()]
    replace_with_rows(con, table, cluster_visits(visits))


def replace_with_rows(con, table: Table, rows: list[dict]) -> None:
    incoming = pa.Table.from_pylist(rows, schema=table.arrow_schema)
    con.register("incoming", incoming)
    try:
        con.execute(sql("load/replace_from_arrow.sql", table=table.name))
    finally:
        con.unregister("incoming")


PYTHON_DERIVATIONS = {VISIT_EVENTS.name: derive_visit_events}
