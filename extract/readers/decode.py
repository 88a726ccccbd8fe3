"""From a file's bytes to text: size limit, binary check, encoding.

Sources come from the web and from reference managers, so we meet UTF-8 (with or
without a byte-order mark), UTF-16 exported by Windows tools, and GB18030/GBK
from Chinese sites. Anything else is refused with a message that says what was
tried, rather than decoded into mojibake that would poison every claim.
"""
from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from extract.document import SourceError

#: Byte-order marks, longest first so that a UTF-8 BOM is not mistaken for anything else.
BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: Encodings tried, in order, on bytes without a byte-order mark.
UNMARKED_ENCODINGS = ("utf-8", "gb18030")
#: Named in the "undecodable" message, so people know what to convert to.
TRIED = "UTF-8, UTF-8/UTF-16 with a byte-order mark, GB18030"

#: Control bytes that plain text does contain.
TEXT_CONTROLS = {0x09, 0x0A, 0x0C, 0x0D}
#: A larger share of other control bytes than this means the file is not text.
MAX_CONTROL_SHARE = 0.02
#: How much of the file the binary check looks at.
SNIFF_BYTES = 8192
#: GB18030 can decode many byte strings that were never Chinese (Latin-1 accents
#: followed by letters form valid pairs), so its output must be mostly CJK to count.
MIN_CJK_SHARE_OF_NON_ASCII = 0.8


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str


def read_bytes(path: Path, source: str, max_bytes: int) -> bytes:
    """The file's bytes, refusing empty files and files over the size limit."""
    size = path.stat().st_size
    if size > max_bytes:
        raise SourceError(
            source,
            f"file is {_human_size(size)}, over the size limit of {_human_size(max_bytes)}; "
            "set SCKB_MAX_FILE_BYTES to raise the limit",
        )
    data = path.read_bytes()
    if not data:
        raise SourceError(source, "file is empty")
    return data


def decode(data: bytes, source: str) -> Decoded:
    """Decode a text file's bytes, or raise SourceError for binary or undecodable bytes."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return _checked(_decode_marked(data, encoding, source), source)
    if looks_binary(data):
        raise SourceError(source, "binary file (NUL or control bytes), not a text, HTML, RIS, BibTeX or PDF source")
    for encoding in UNMARKED_ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if encoding == "gb18030" and not _mostly_cjk(text):
            continue
        return _checked(Decoded(text, encoding), source)
    raise SourceError(source, f"undecodable bytes: not valid in any encoding tried ({TRIED}); re-save the file as UTF-8")


def looks_binary(data: bytes) -> bool:
    """NUL bytes, or more than a small share of control bytes, in the file's head."""
    head = data[:SNIFF_BYTES]
    if b"\x00" in head:
        return True
    controls = sum(1 for byte in head if (byte < 0x20 and byte not in TEXT_CONTROLS) or byte == 0x7F)
    return controls > MAX_CONTROL_SHARE * len(head)


def _decode_marked(data: bytes, encoding: str, source: str) -> Decoded:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        family = "UTF-8" if encoding == "utf-8-sig" else "UTF-16"
        raise SourceError(
            source, f"undecodable bytes: the file starts with a {family} byte-order mark but byte {error.start} is not valid {family}"
        ) from None
    # Python's "utf-16" codec consumes the BOM; "utf-8-sig" does too.
    label = "utf-16-le" if data.startswith(codecs.BOM_UTF16_LE) else "utf-16-be" if encoding == "utf-16" else encoding
    return Decoded(text, label)


def _checked(decoded: Decoded, source: str) -> Decoded:
    text = decoded.text.lstrip("\ufeff")
    if not text.strip():
        raise SourceError(source, "file is empty (only whitespace)")
    if _control_share(text) > MAX_CONTROL_SHARE:
        raise SourceError(source, f"binary file: decoded as {decoded.encoding} it is full of control characters")
    return Decoded(text, decoded.encoding)


def _control_share(text: str) -> float:
    head = text[:SNIFF_BYTES]
    controls = sum(1 for ch in head if unicodedata.category(ch) == "Cc" and ord(ch) not in TEXT_CONTROLS)
    return controls / max(len(head), 1)


def _mostly_cjk(text: str) -> bool:
    non_ascii = [ch for ch in text if ord(ch) > 0x7F]
    if not non_ascii:
        return True
    cjk = sum(1 for ch in non_ascii if _is_cjk(ch))
    return cjk / len(non_ascii) >= MIN_CJK_SHARE_OF_NON_ASCII


def _is_cjk(ch: str) -> bool:
    code = ord(ch)
    return (
        0x4E00 <= code <= 0x9FFF  # unified ideographs
        or 0x3400 <= code <= 0x4DBF  # extension A
        or 0x3000 <= code <= 0x303F  # CJK punctuation
        or 0xFF00 <= code <= 0xFFEF  # full-width forms
        or 0x2000 <= code <= 0x206F  # general punctuation: “ ” — …
        or 0x20000 <= code <= 0x2FA1F  # extensions B-F, compatibility
    )


def _human_size(size: int) -> str:
    """'25.3 MB (26,543,210 bytes)', or '240 bytes'."""
    for unit, scale in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if size >= scale:
            return f"{size / scale:.1f} {unit} ({size:,} bytes)"
    return f"{size} bytes"
