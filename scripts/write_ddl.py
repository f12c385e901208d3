"""Render sql/ddl/<table>.sql from marsad/schema.py (run after editing the schema)."""
from marsad.paths import SQL
from marsad.schema import TABLES, render_ddl


def main() -> None:
    target = SQL / "ddl"
    target.mkdir(parents=True, exist_ok=True)
    for table in TABLES.values():
        (target / f"{table.name}.sql").write_text(render_ddl(table), encoding="utf-8")
    print(f"wrote {len(TABLES)} DDL files to {target}")


if __name__ == "__main__":
    main()
