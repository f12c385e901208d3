"""Writing table parts as Parquet (zstd), atomically: a crash never leaves a half-written part."""
from __future__ import annotations

import errno
import os
import re
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from marsad.schema import Table


def write_part(rows: list[dict], table: Table, parquet_dir: Path, part_name: str) -> Path:
    """Write rows as <parquet_dir>/<table>/<part_name>.parquet; the file appears whole or not at all."""
    folder = parquet_dir / table.name
    folder.mkdir(parents=True, exist_ok=True)
    final = folder / f"{part_name}.parquet"
    temporary = folder / f".{part_name}.parquet.tmp-{os.getpid()}"
    # Column by column: about 2/3 of the CPU of Table.from_pylist, which looks each key up twice per row.
    schema = table.arrow_schema
    arrow = pa.Table.from_pydict({name: [row.get(name) for row in rows] for name in schema.names}, schema=schema)
    try:
        pq.write_table(arrow, temporary, compression="zstd")
        with open(temporary, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(temporary, final)
    except OSError as error:
        if error.errno == errno.ENOSPC:  # pyarrow's message names no file: say which one
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(final)) from error
        raise
    finally:
        temporary.unlink(missing_ok=True)
    return final


_TEMPORARY = re.compile(r"^\..+\.parquet\.tmp-(\d+)$")


def remove_stale_temporaries(parquet_dir: Path) -> list[Path]:
    """Delete the half-written parts a killed run left (`.<part>.parquet.tmp-<pid>`), those of
    processes no longer alive only: a run writing beside this one keeps its own. Returns them."""
    removed = []
    for path in parquet_dir.glob("*/.*.parquet.tmp-*") if parquet_dir.is_dir() else []:
        found = _TEMPORARY.match(path.name)
        if found and not _alive(int(found.group(1))):
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's live process
        return True
    return True
