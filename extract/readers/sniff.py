"""Which reader a source needs, told by its content, never by its extension.

Reference managers and browsers name files freely: an RIS record saved as .txt,
an HTML page saved without an extension. The first lines say what a file is.
"""
from __future__ import annotations

import re

PDF_MAGIC = b"%PDF-"
#: The PDF specification lets a file carry junk before its header; readers accept 1 KB of it.
PDF_MAGIC_WINDOW = 1024

#: An RIS tag line: two-character tag, one or two spaces, a dash (the standard says two
#: spaces; exports seen in the wild often have one).
RIS_TAG_LINE = re.compile(r"^([A-Z][A-Z0-9]) {1,2}-(?: |$)")
RIS_TYPE_LINE = re.compile(r"^TY {1,2}- ?\S")
#: A BibTeX entry opening: @article{key, or @book(key,
BIBTEX_ENTRY = re.compile(r"^@\s*[A-Za-z]+\s*[{(]", re.MULTILINE)
HTML_MARKERS = re.compile(r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.IGNORECASE)
DOCUMENT_OPENING = re.compile(r"^\s*(?:<!doctype\s+html|<html[\s>])", re.IGNORECASE | re.MULTILINE)
HTML_PREAMBLE_CHARS = 1024
#: How far into the text the markers of a format are looked for.
HEAD_CHARS = 4096
HEAD_LINES = 5


def is_pdf(data: bytes) -> bool:
    return PDF_MAGIC in data[:PDF_MAGIC_WINDOW]


def sniff_text_format(text: str) -> str:
    """'ris', 'bibtex', 'html' or 'text' for a decoded source."""
    lines = _first_lines(text, HEAD_LINES)
    if any(RIS_TYPE_LINE.match(line) for line in lines):
        return "ris"
    if lines and BIBTEX_ENTRY.match(_without_bibtex_comments(text).lstrip()):
        return "bibtex"
    head = text[:HEAD_CHARS]
    if head.lstrip().startswith("<") and HTML_MARKERS.search(head):
        return "html"
    # A page saved with something before it (HTTP headers from a command-line download):
    # the document opens near the top and closes at the end.
    if DOCUMENT_OPENING.search(head[:HTML_PREAMBLE_CHARS]) and re.search(r"</html>\s*$", text, re.IGNORECASE):
        return "html"
    return "text"


def _first_lines(text: str, count: int) -> list[str]:
    lines = []
    for line in text.splitlines():
        if line.strip():
            lines.append(line.strip())
            if len(lines) == count:
                break
    return lines


def _without_bibtex_comments(text: str) -> str:
    """The text after any leading '%' comment lines (BibTeX exports often start with them)."""
    kept = text.lstrip("\ufeff").splitlines()
    while kept and (not kept[0].strip() or kept[0].lstrip().startswith("%")):
        kept.pop(0)
    return "\n".join(kept)
