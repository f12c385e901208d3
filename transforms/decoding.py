"""Turning the bytes of an input file (or one JSONL line) into text, or saying clearly why not.

UTF-8 (with or without BOM) and Windows-1256 are both real for Arabic files; UTF-16 with a BOM
turns up from office tools. Anything else is reported, never guessed silently.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

# Arabic letters, digits, Latin letters, whitespace and common punctuation: what a cp1256 reading
# of a real Arabic file is made of. Mojibake and binary data are not.
_PLAUSIBLE = re.compile(r"[\u0600-\u06FF\s\w.,:;!?()\"'«»\-/%#@&*+=\[\]{}|<>،؛؟…–—‘’“”]")
_CONTROL = re.compile(r"[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]")


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str


@dataclass(frozen=True)
class DecodeProblem:
    reason: str  # empty | binary | undecodable
    detail: str
    byte_offset: int | None = None


def decode_bytes(data: bytes) -> Decoded | DecodeProblem:
    """Decode file or line bytes: BOMs first, then strict UTF-8, then Windows-1256 if it reads as Arabic."""
    if not data.strip():
        return DecodeProblem("empty", "the input has no content" if not data else "the input holds only whitespace")
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[len(codecs.BOM_UTF8):], "utf-8-sig")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16")
    if b"\x00" in data:
        return DecodeProblem("binary", "the input contains NUL bytes: a binary file, not text", data.index(b"\x00"))
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as error:
        utf8_error = error
    text = data.decode("cp1256", errors="replace")
    if _reads_as_arabic(text):
        return Decoded(text, "cp1256")
    snippet = data[max(0, utf8_error.start - 8): utf8_error.start + 8]
    return DecodeProblem(
        "undecodable",
        f"not valid UTF-8 (byte {utf8_error.start}: {snippet!r}) and not readable as Windows-1256 Arabic",
        utf8_error.start,
    )


def _strict(data: bytes, encoding: str) -> Decoded | DecodeProblem:
    try:
        return Decoded(data.decode(encoding), encoding)
    except UnicodeDecodeError as error:
        return DecodeProblem("undecodable", f"starts with a {encoding} byte-order mark but is not valid {encoding}: {error.reason}", error.start)


def _reads_as_arabic(text: str) -> bool:
    """cp1256 maps nearly every byte to something, so demand real Arabic text: mostly Arabic letters,
    no control characters, and no UTF-8 mojibake pairs (ط§ ظ„ ...)."""
    if not text or _CONTROL.search(text) or "\ufffd" in text:
        return False
    letters = [c for c in text if c.isalpha()]
    arabic = sum("\u0621" <= c <= "\u064A" for c in letters)
    plausible = len(_PLAUSIBLE.findall(text))
    mojibake = text.count("ط") + text.count("ظ")
    return (
        bool(letters)
        and arabic / len(letters) > 0.6
        and plausible / len(text) > 0.97
        and mojibake / max(arabic, 1) < 0.3
    )
