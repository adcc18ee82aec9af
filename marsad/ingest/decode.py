"""Bytes to text: encoding detection, binary and size checks, line-ending normalisation.

Every reader goes through `decode_report_bytes`, so a file, a URL body and stdin fail the same way
with the same one-line reasons.
"""

from __future__ import annotations

import re

from marsad.errors import InputError
from marsad.settings import InputLimits, input_limits

MAX_REPORT_BYTES = InputLimits.max_report_bytes  # the default; MARSAD_MAX_REPORT_MB changes the limit in force
MAX_COLLECTION_BYTES = 200 * 1024 * 1024  # a feed or a page fetched whole into memory

# Magic numbers of files people drop into report folders by mistake.
_MAGIC = (
    (b"%PDF", "PDF"),
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"\x1f\x8b", "gzip archive"),
    (b"SQLite format 3", "SQLite database"),
)
_ARABIC_OR_LATIN = re.compile(r"[\u0600-\u06FF\u0750-\u077FA-Za-z\u00C0-\u024F0-9]")
_ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F]")
_GLUED = re.compile(r"[A-Za-z](?=[\u0600-\u06FF])|[\u0600-\u06FF](?=[A-Za-z])")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_LINE_ENDINGS = re.compile(r"\r\n?")


class DecodeError(InputError):
    """The bytes are not report text; the message is the bare reason (the caller adds the origin)."""


class ReportError(InputError):
    """An input that cannot become a report: "reports/x.bin: binary file, not a report"."""

    def __init__(self, origin: str, reason: str) -> None:
        super().__init__(f"{origin}: {reason}")
        self.origin = origin
        self.reason = reason


def megabytes(size: int) -> str:
    """A size for messages: "5.0 MB", or "900 bytes" where megabytes would read 0.0."""
    if size < 100 * 1024:
        return f"{size} bytes"
    return f"{size / (1024 * 1024):.1f} MB"


def report_limit() -> int:
    """Bytes allowed in one report: MARSAD_MAX_REPORT_MB, else 5 MB."""
    return input_limits().max_report_bytes


def check_size(size: int, limit: int | None = None) -> None:
    limit = report_limit() if limit is None else limit
    if size > limit:
        raise DecodeError(
            f"too large ({megabytes(size)}; the limit is {megabytes(limit)} per report): split it "
            "or raise MARSAD_MAX_REPORT_MB"
        )


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR become LF; nothing else changes, so offsets stay meaningful."""
    return _LINE_ENDINGS.sub("\n", text) if "\r" in text else text


def _binary_kind(data: bytes) -> str | None:
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    if b"\x00" in data[:8192]:
        return "binary file"
    return None


def _mostly_text(text: str) -> bool:
    """True when a cp1256 decoding looks like Arabic or Latin prose rather than line noise."""
    visible = [c for c in text if not c.isspace()]
    if not visible:
        return False
    letters = sum(1 for c in visible if _ARABIC_OR_LATIN.match(c))
    if letters / len(visible) < 0.75:
        return False
    # Windows-1256 is tried for Arabic: a Western file (cp1252 "é", "ü") also decodes, to Latin letters
    # and stray Arabic ones, and must be refused rather than read garbled.
    beyond_ascii = [c for c in visible if not c.isascii()]
    if not beyond_ascii:
        return True
    arabic = sum(1 for c in beyond_ascii if _ARABIC.match(c))
    # German "Straße" decodes to "Straكe": Arabic letters glued to Latin ones are mojibake, not Arabic.
    glued = len(_GLUED.findall(text))
    return arabic / len(beyond_ascii) >= 0.6 and glued <= 0.05 * arabic


def reject_binary(data: bytes) -> None:
    """Raise DecodeError for images, archives and other non-text bytes (UTF-16 with a BOM is text)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return
    kind = _binary_kind(data)
    if kind is not None:
        raise DecodeError(f"{kind}, not a report" if kind != "binary file" else "binary file, not a report")


def decode_report_bytes(data: bytes, limit: int | None = None) -> str:
    """Decode a report's bytes to text with normalised line endings, or raise DecodeError with the reason.

    UTF-8 (with or without BOM) and UTF-16 with a BOM are accepted; other bytes are tried as
    Windows-1256 (Arabic) and kept only if they decode to mostly Arabic/Latin letters.
    """
    check_size(len(data), limit)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise DecodeError(f"broken UTF-16 text ({exc.reason} at byte {exc.start})") from exc
    else:
        reject_binary(data)
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            text = data.decode("cp1256", errors="replace")
            if "\ufffd" in text or not _mostly_text(text):
                raise DecodeError(
                    f"not UTF-8 text (invalid byte at offset {exc.start}) nor Windows-1256 Arabic; save it as "
                    "UTF-8 and retry"
                ) from exc
    text = text.lstrip("\ufeff")
    if _CONTROL.search(text[:8192]) and len(_CONTROL.findall(text[:8192])) > 8:
        raise DecodeError("binary file, not a report")
    if not text.strip():
        raise DecodeError("empty file, no text to read")
    return normalise_newlines(text)
