"""The I/O floor: read every input line, write it to Parquet and load DuckDB — no parsing at all."""
from __future__ import annotations

from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from flows.inputs import LINK_NOT_READ, UNSUPPORTED, InputFile
from flows.pipeline import DEFAULT_BATCH_BYTES, plan_batches
from marsad.sql_files import sql_text


def copy_raw_lines(files: list[InputFile], warehouse: Path, parquet: Path) -> int:
    """Returns the number of lines copied (one per article in JSON Lines input). Only the files the
    pipeline reads are copied: a corpus folder's index.tsv would double the ANT corpus's lines."""
    parquet.mkdir(parents=True, exist_ok=True)
    parts, lines = [], 0
    read = [f for f in files if f.input_format not in (UNSUPPORTED, LINK_NOT_READ)]
    for number, batch in enumerate(plan_batches(read, DEFAULT_BATCH_BYTES)):
        raw = [line for f in batch for line in Path(f.path).read_bytes().splitlines() if line.strip()]
        part = parquet / f"raw-{number}.parquet"
        pq.write_table(pa.table({"line": pa.array(raw, pa.binary())}), part, compression="zstd")
        parts.append(str(part))
        lines += len(raw)
    with duckdb.connect(str(warehouse)) as con:
        con.execute(sql_text("bench/load_raw_lines.sql"), {"files": parts})
    return lines
