"""Finding input files and reading them into parsed articles and problems (the file I/O edge)."""
from __future__ import annotations

import codecs
import hashlib
import os
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

from transforms.articles import ParsedArticle, RecordProblem
from transforms.decoding import DecodeProblem, decode_bytes
from transforms.jsonl_records import parse_jsonl_record
from transforms.text_layout import split_text_articles

JSONL_SUFFIXES = {".jsonl", ".ndjson"}
TEXT_SUFFIXES = {".txt"}
# A folder's other files (README.md, index.tsv ...) are listed as skipped, not parsed as articles.
UNSUPPORTED = "unsupported"
# A link in an input folder that is not read: to a file outside the folder, broken, or a loop.
LINK_NOT_READ = "link_not_read"


class InputNotFound(FileNotFoundError):
    pass


@dataclass(frozen=True)
class InputFile:
    path: str
    bytes: int
    content_sha256: str
    input_format: str  # text | jsonl | unsupported | link_not_read
    problem: tuple[str, str] | None = None  # (reason, detail) of a link not read


@dataclass
class FileReading:
    """What one file yielded so far; `items()` streams its articles and problems."""

    file: InputFile
    encoding: str | None = None
    articles_read: int = 0
    problems: int = 0

    def items(self) -> Iterator[ParsedArticle | RecordProblem]:
        for item in _items(self):
            if isinstance(item, RecordProblem):
                self.problems += 1
            else:
                self.articles_read += 1
            yield item


def discover_inputs(paths: list[Path], follow_symlinks: bool = False) -> list[InputFile]:
    """Files named, and files under folders named (hidden ones skipped), each once, in a stable order.

    Paths are made absolute without resolving symlinks: a link is an input of its own. Inside a
    folder, a link to a file outside that folder is not followed unless `follow_symlinks` (a
    folder of articles must not read /etc/passwd); it, a broken link and a link loop are listed
    as inputs not read, each with its reason, so that they get a rejects row."""
    found: dict[str, Path] = {}
    links_not_read: dict[str, tuple[str, str]] = {}
    for path in paths:
        if not path.exists():
            raise InputNotFound(f"input not found: {path}")
        if path.is_file():
            found.setdefault(os.path.abspath(path), path)
            continue
        root = path.resolve()
        for candidate in sorted(path.rglob("*")):
            relative = candidate.relative_to(path)
            if any(part.startswith(".") for part in relative.parts):
                continue
            if candidate.is_symlink():
                problem = _link_problem(candidate, root, follow_symlinks)
                if problem is not None:
                    links_not_read.setdefault(os.path.abspath(candidate), problem)
                    continue
            if candidate.is_file():
                found.setdefault(os.path.abspath(candidate), candidate)
    named = {os.path.abspath(p) for p in paths if p.is_file()}
    described = {resolved: describe_file(Path(resolved), resolved in named) for resolved in found}
    described.update({link: _link_not_read(link, problem) for link, problem in links_not_read.items()})
    return [described[key] for key in sorted(described)]


def _link_problem(link: Path, root: Path, follow: bool) -> tuple[str, str] | None:
    """Why a link inside an input folder is not read, or None when it is read."""
    try:
        target = link.resolve(strict=True)
    except RuntimeError:
        return "symlink_loop", f"{link} is a symbolic link loop: not read"
    except OSError:
        return "broken_link", f"{link} is a symbolic link to nothing ({os.readlink(link)}): not read"
    if not target.is_file():
        return None  # a link to a folder: its files are not walked
    if not follow and not target.is_relative_to(root):
        return ("symlink_outside_input",
                f"{link} links to {target}, outside the input folder: not read (--follow-symlinks reads it)")
    return None


def _link_not_read(link: str, problem: tuple[str, str]) -> InputFile:
    digest = hashlib.sha256(("link:" + link + "->" + problem[1]).encode("utf-8")).hexdigest()
    return InputFile(link, 0, digest, LINK_NOT_READ, problem)


def describe_file(path: Path, named: bool = True) -> InputFile:
    """Hash and classify a file; one found inside a folder must have an article file's extension."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    suffix = path.suffix.lower()
    if named or suffix in JSONL_SUFFIXES | TEXT_SUFFIXES:
        input_format = sniff_format(path)
    else:
        input_format = UNSUPPORTED
    return InputFile(str(path), path.stat().st_size, digest.hexdigest(), input_format)


def sniff_format(path: Path) -> str:
    """By extension; otherwise a file whose first character is '{' is JSON Lines."""
    if path.suffix.lower() in JSONL_SUFFIXES:
        return "jsonl"
    if path.suffix.lower() in TEXT_SUFFIXES:
        return "text"
    with open(path, "rb") as handle:
        head = handle.read(64).lstrip(b"\xef\xbb\xbf \t\r\n")
    return "jsonl" if head.startswith(b"{") else "text"


def read_file(file: InputFile) -> FileReading:
    """A reader for one file; undecodable content becomes problems, never an exception."""
    return FileReading(file)


def _items(reading: FileReading) -> Iterator[ParsedArticle | RecordProblem]:
    file = reading.file
    stem = Path(file.path).stem
    if file.input_format == LINK_NOT_READ:
        reason, detail = file.problem
        yield RecordProblem(0, reason, detail)
    elif file.input_format == UNSUPPORTED:
        yield RecordProblem(0, "unsupported_type", "found in an input folder but not a .txt or .jsonl file: not read",
                            "warning")
    elif file.input_format == "jsonl":
        yield from _jsonl_items(reading, stem)
    else:
        decoded = decode_bytes(Path(file.path).read_bytes())
        if isinstance(decoded, DecodeProblem):
            yield RecordProblem(0, decoded.reason, decoded.detail, byte_offset=decoded.byte_offset)
            return
        reading.encoding = decoded.encoding
        articles, problems = split_text_articles(decoded.text, stem)
        yield from articles
        yield from problems


def _jsonl_items(reading: FileReading, stem: str) -> Iterator[ParsedArticle | RecordProblem]:
    """Line by line, so memory follows the batch, not the file; each line is decoded on its own."""
    encodings, anything = set(), False
    now = datetime.now(timezone.utc)
    for number, offset, raw in _lines_with_offsets(reading.file.path):
        if not raw.strip():
            continue
        anything = True
        decoded = decode_bytes(raw)
        if isinstance(decoded, DecodeProblem):
            at = offset + (decoded.byte_offset or 0)
            yield RecordProblem(number, decoded.reason, f"line {number}: {decoded.detail}", byte_offset=at,
                                line_sha256=hashlib.sha256(raw).hexdigest())
            continue
        if decoded.encoding not in encodings:
            encodings.add(decoded.encoding)
            reading.encoding = "+".join(sorted(encodings))
        article, problems = parse_jsonl_record(decoded.text, number, stem, now)
        line_sha256 = hashlib.sha256(raw).hexdigest() if problems else None
        for p in problems:
            yield RecordProblem(p.position, p.reason, p.detail, p.severity, offset, line_sha256)
        if article is not None:
            yield article
    if not anything:
        yield RecordProblem(0, "empty", "the file has no JSON lines")


def _lines_with_offsets(path: str) -> Iterator[tuple[int, int, bytes]]:
    """(line number, byte offset, the line's bytes without its end); only "\n" ends a line, as in
    JSON Lines (a "\r" or U+2028 inside a line stays in it)."""
    with open(path, "rb") as handle:
        bom = handle.read(2)
    if bom in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        yield from _utf16_lines(path, bom)
        return
    offset = 0
    with open(path, "rb") as handle:
        for number, raw in enumerate(handle, start=1):
            skip = len(codecs.BOM_UTF8) if number == 1 and raw.startswith(codecs.BOM_UTF8) else 0
            yield number, offset + skip, raw[skip:].rstrip(b"\r\n")  # a BOM alone is a blank line
            offset += len(raw)


def _utf16_lines(path: str, bom: bytes) -> Iterator[tuple[int, int, bytes]]:
    """A UTF-16 file is split after decoding, block by block, since its newline is two bytes. Each
    line is passed on with the file's BOM so that it decodes as UTF-16 on its own; a blank line
    is passed on empty."""
    codec = "utf-16-le" if bom == codecs.BOM_UTF16_LE else "utf-16-be"
    decoder = codecs.getincrementaldecoder(codec)(errors="surrogatepass")
    newline_bytes = len("\n".encode(codec))
    number, offset, pending = 0, len(bom), ""
    with open(path, "rb") as handle:
        handle.seek(len(bom))
        for block in [*iter(lambda: handle.read(1 << 20), b""), None]:
            pending += decoder.decode(block or b"", final=block is None)
            *complete, pending = pending.split("\n")
            if block is None and pending:
                complete, pending = complete + [pending], ""
            for line in complete:
                number += 1
                text = line.rstrip("\r")
                yield number, offset, (bom + text.encode(codec, errors="surrogatepass")) if text.strip(" \t\n\r\x0b\x0c") else b""
                offset += len(line.encode(codec, errors="surrogatepass")) + newline_bytes
