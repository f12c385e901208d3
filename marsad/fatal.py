"""A fatal error said in one line a user can act on (the traceback is for `--debug`)."""
from __future__ import annotations

import errno
import re

# DuckDB and pyarrow report a full disk inside their own messages.
_NO_SPACE = re.compile(r"no space left on device", re.IGNORECASE)
_QUOTED_PATH = re.compile(r'"(/[^"]+)"|\'(/[^\']+)\'')


def one_line(error: BaseException) -> str:
    """First line only. Marsad's own errors already say what to do; others are named by type;
    a full disk, wherever it surfaced, names the file and says so plainly."""
    for link in _chain(error):
        if isinstance(link, OSError) and link.errno == errno.ENOSPC:
            return f"no space left on device while writing {link.filename or 'a file'}"
        text = str(link)
        if _NO_SPACE.search(text):
            path = _QUOTED_PATH.search(text)
            where = f" while writing {path.group(1) or path.group(2)}" if path else ""
            return f"no space left on device{where} ({text.strip().splitlines()[0]})"
    text = (str(error).strip() or type(error).__name__).splitlines()[0]
    ours = type(error).__module__.split(".")[0] in ("flows", "marsad", "transforms")
    return text if ours else f"{type(error).__name__}: {text}"


def _chain(error: BaseException) -> list[BaseException]:
    """The error and the ones it was raised from."""
    chain: list[BaseException] = []
    while error is not None and all(error is not seen for seen in chain):
        chain.append(error)
        error = error.__cause__ or error.__context__
    return chain
