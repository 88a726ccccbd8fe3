"""BibTeX entries: the abstract is the text, as for RIS.

An export holding several entries is split by `entries` into one source per
entry (see ris.py for why); the reader reads one entry at a time. Field values
are freed of braces and LaTeX markup with pylatexenc ("{\\\"u}" -> "ü", "---" -> "—"),
except fields that are addresses (url, doi), where LaTeX decoding would mangle "%"
and "_".
"""
from __future__ import annotations

import logging
import re
from functools import lru_cache
from typing import TYPE_CHECKING

import bibtexparser
from bibtexparser import model
from pylatexenc.latex2text import LatexNodes2Text

from extract.document import Document, Record, SourceError
from extract.metadata import Metadata, find_doi, normalize_date

if TYPE_CHECKING:
    from extract.readers import Source

#: Fields that are identifiers: braces stripped, LaTeX left alone.
VERBATIM_FIELDS = {"url", "doi", "eprint", "isbn", "issn", "file", "urldate"}
OUTLET_FIELDS = ("journal", "journaltitle", "booktitle", "howpublished", "publisher", "organization", "institution", "school")
MONTHS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
#: Blocks that hold no work: string macros, preambles, comments.
NOT_ENTRIES = re.compile(r"\s*@\s*(?:string|preamble|comment)\b", re.IGNORECASE)
_LATEX = LatexNodes2Text(math_mode="verbatim", strict_latex_spaces=False)


def read(document: Document, source: "Source") -> Document:
    entry = entry_of(source.record, source.name) if source.record else parse_entry(document.raw, source.name)
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
    library = _library(raw)
    if library.failed_blocks:
        raise _malformed(library.failed_blocks[0], name)
    if not library.entries:
        raise SourceError(name, "malformed BibTeX: no parsable entry (expected @type{key, field = {value}, ...})")
    return library.entries[0]


def entries(raw: str) -> tuple[Record, ...]:
    """The entries of a BibTeX file in file order, those that failed to parse included (reading
    one says what is wrong with it); @string, @preamble and @comment blocks are no entries."""
    blocks = [block for block in _library(raw).blocks if _is_entry(block)]
    return tuple(Record(number, getattr(block, "key", None), block.raw, block) for number, block in enumerate(blocks, 1))


def entry_of(record: Record, name: str) -> model.Entry:
    """The entry of one record of `entries`, or SourceError saying what is wrong with it."""
    if isinstance(record.parsed, model.ParsingFailedBlock):
        raise _malformed(record.parsed, name)
    return record.parsed


@lru_cache(maxsize=2)  # a file is parsed once to count its entries and read them, one after another
def _library(raw: str) -> bibtexparser.Library:
    # bibtexparser logs each failed block; we report it as a SourceError instead.
    logging.getLogger("bibtexparser").setLevel(logging.CRITICAL)
    return bibtexparser.parse_string(raw)


def _is_entry(block: model.Block) -> bool:
    if isinstance(block, model.Entry):
        return True
    return isinstance(block, model.ParsingFailedBlock) and not NOT_ENTRIES.match(block.raw or "")


def _malformed(block: model.ParsingFailedBlock, name: str) -> SourceError:
    error = block.error
    reason = (getattr(error, "abort_reason", None) or str(error) or "syntax error").strip().splitlines()[0]
    where = f" in the entry starting on line {block.start_line + 1}" if block.start_line is not None else ""
    return SourceError(name, f"malformed BibTeX{where}: {reason}")


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
