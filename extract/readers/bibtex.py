"""BibTeX entries: the abstract is the text, as for RIS.

One entry per file (see ris.py for why). Field values are freed of braces and
LaTeX markup with pylatexenc ("{\\\"u}" -> "ü", "---" -> "—"), except fields
that are addresses (url, doi), where LaTeX decoding would mangle "%" and "_".
"""
from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

import bibtexparser
from bibtexparser import model
from pylatexenc.latex2text import LatexNodes2Text

from extract.document import Document, SourceError
from extract.metadata import Metadata, find_doi, normalize_date

if TYPE_CHECKING:
    from extract.readers import Source

#: Fields that are identifiers: braces stripped, LaTeX left alone.
VERBATIM_FIELDS = {"url", "doi", "eprint", "isbn", "issn", "file", "urldate"}
OUTLET_FIELDS = ("journal", "journaltitle", "booktitle", "howpublished", "publisher", "organization", "institution", "school")
MONTHS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
_LATEX = LatexNodes2Text(math_mode="verbatim", strict_latex_spaces=False)


def read(document: Document, source: "Source") -> Document:
    entry = parse_entry(document.raw, source.name)
    fields = {key.lower(): _plain(key.lower(), field.value) for key, field in entry.fields_dict.items()}
    for key in ("author", "editor"):  # names are split before decoding, where braces still protect them
        if key in fields:
            fields[key] = [_plain(key, name) for name in split_names(str(entry.fields_dict[key].value))]
    document.kind = source.vocab.kinds["bibtex"].get(entry.entry_type.lower(), entry.entry_type.lower())
    entry_metadata(fields).apply_to(document)
    abstract = fields.get("abstract", "")
    if not document.title and not abstract:
        raise SourceError(source.name, f"malformed BibTeX: entry {entry.key!r} has neither a title nor an abstract")
    document.text = "\n\n".join(part for part in (document.title, abstract) if part)
    for name in ("volume", "number", "pages"):
        if fields.get(name):
            document.notes["issue" if name == "number" else name] = f'bibtex: {name} "{fields[name]}"'
    return document


def parse_entry(raw: str, name: str) -> model.Entry:
    """The one entry of a BibTeX file, or SourceError saying what is wrong."""
    # bibtexparser logs each failed block; we report it as a SourceError instead.
    logging.getLogger("bibtexparser").setLevel(logging.CRITICAL)
    library = bibtexparser.parse_string(raw)
    if library.failed_blocks:
        block = library.failed_blocks[0]
        error = block.error
        reason = (getattr(error, "abort_reason", None) or str(error) or "syntax error").strip().splitlines()[0]
        where = f" in the entry starting on line {block.start_line + 1}" if block.start_line is not None else ""
        raise SourceError(name, f"malformed BibTeX{where}: {reason}")
    entries = library.entries
    if not entries:
        raise SourceError(name, "malformed BibTeX: no parsable entry (expected @type{key, field = {value}, ...})")
    if len(entries) > 1:
        raise SourceError(name, f"holds {len(entries)} BibTeX entries; sckb reads one entry per file: split the file into one file per entry")
    return entries[0]


def _plain(key: str, value) -> str:
    value = str(value).strip()
    if key in VERBATIM_FIELDS:
        return value.replace("{", "").replace("}", "").strip()
    text = _LATEX.latex_to_text(value)
    return re.sub(r"\s+", " ", text).strip()


def entry_metadata(fields: dict[str, str]) -> Metadata:
    meta = Metadata()
    title = fields.get("title")
    if title and fields.get("subtitle"):
        title = f"{title}: {fields['subtitle']}"
    meta.offer("title", title, "bibtex: title" + (" + subtitle" if fields.get("subtitle") else ""))
    for key in ("author", "editor"):
        meta.offer("authors", fields.get(key, []), f"bibtex: {key}")
    meta.offer("published", *_date(fields))
    for key in OUTLET_FIELDS:
        meta.offer("outlet", fields.get(key), f"bibtex: {key}")
    meta.offer("doi", find_doi(fields.get("doi", "")), "bibtex: doi")
    url = fields.get("url")
    meta.offer("url", url, "bibtex: url")
    keywords = [k.strip() for k in re.split(r"\s*[,;]\s*", fields.get("keywords", "")) if k.strip()]
    meta.offer("keywords", keywords, "bibtex: keywords")
    return meta


def split_names(value: str) -> list[str]:
    """BibTeX separates names with ' and ' outside braces: '{Barnes and Noble} and Doe, Jane'
    is two names. 'others' (et al.) is not a name."""
    names, depth, start = [], 0, 0
    for match in re.finditer(r"[{}]|\s+and\s+", value, flags=re.IGNORECASE):
        token = match.group(0)
        if token == "{":
            depth += 1
        elif token == "}":
            depth = max(depth - 1, 0)
        elif depth == 0:
            names.append(value[start:match.start()])
            start = match.end()
    names.append(value[start:])
    return [name.strip() for name in names if name.strip() and name.strip().lower() != "others"]


def _date(fields: dict[str, str]) -> tuple[str | None, str]:
    """biblatex 'date', else 'year' plus 'month' ('jul', 'July', '7')."""
    if fields.get("date"):
        return normalize_date(fields["date"]), f'bibtex: date "{fields["date"]}"'
    year = fields.get("year", "").strip()
    if not re.fullmatch(r"\d{4}", year):
        return None, ""
    month = _month(fields.get("month", ""))
    if month:
        return f"{year}-{month:02d}", f'bibtex: year "{year}", month "{fields["month"]}"'
    return year, f'bibtex: year "{year}"'


def _month(value: str) -> int | None:
    value = value.strip().lower()
    if value.isdigit() and 1 <= int(value) <= 12:
        return int(value)
    return MONTHS.get(value[:3])
