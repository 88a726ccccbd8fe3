"""Readers: from a source file to a `Document` (cleaned text plus metadata).

`read_source` reads the bytes, enforces the size limit, decodes them, tells the
format from the content (an RIS record named .txt is still RIS), and hands the
document to that format's reader. Each reader module has one function,
`read(document, source) -> document`, which sets `document.text` and whatever
metadata the format carries, with a note per value saying where it came from.

A citation export (RIS, BibTeX) may hold several works: each record is a source of
its own, named "<file>#<n>" (n counting records from 1 in file order), and is read
with `read_source(..., record=n)`. How a file splits into records is its format
module's (`ris.records`, `bibtex.entries`); `records_in` lists them for the corpus.

Every problem with a file is raised as `SourceError(source, problem)`, whose
message is one line for people: the file and what is wrong with it.
"""
from __future__ import annotations

import codecs
import hashlib
import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Callable

from extract.document import Document, Record, SourceError, record_source
from extract.metadata import Vocabulary
from extract.readers import bibtex, html, pdf, ris, text
from extract.readers.decode import decode, read_bytes
from extract.readers.sniff import is_pdf, sniff_text_format
from extract.settings import PROJECT_CORPUS, Settings

__all__ = ["READERS", "Source", "read_source", "records_in", "document_id", "sniff_format"]


@dataclass(frozen=True)
class Source:
    """What a reader gets besides the document: the file's bytes, its name for
    messages, and the vocabulary the metadata rules use."""

    name: str  # path relative to the corpus folder ("<file>#<n>" for one record of a citation export)
    data: bytes
    vocab: Vocabulary
    record: Record | None = None  # the record to read, for a citation export holding several


Reader = Callable[[Document, Source], Document]
#: Format name -> reader. The name is what `Document.format` records.
READERS: dict[str, Reader] = {
    "text": text.read,
    "html": html.read,
    "ris": ris.read,
    "bibtex": bibtex.read,
    "pdf": pdf.read,
}
#: Formats whose files may hold several works -> how a file's text splits into them.
RECORDS: dict[str, Callable[[str], tuple[Record, ...]]] = {"ris": ris.records, "bibtex": bibtex.entries}
RECORD_NAMES = {"ris": "RIS records", "bibtex": "BibTeX entries"}
#: How much of a file `records_in` decodes to tell whether it is a citation export at all.
HEAD_BYTES = 16384


def read_source(path: Path, corpus_root: Path, settings: Settings, record: int | None = None) -> Document:
    """Read one source file, or record `record` of a citation export holding several (see
    `records_in`), into a Document, or raise SourceError."""
    path, corpus_root = Path(path), Path(corpus_root)
    name = _relative_name(path, corpus_root)
    data = read_bytes(path, name, settings.max_file_bytes)
    vocab = Vocabulary.load(_vocabulary_file(settings, corpus_root))
    document = Document(id=document_id(path), source=name, text="", original_name=path.name)
    if is_pdf(data):
        document.format, document.encoding = "pdf", None
    else:
        decoded = decode(data, name)
        document.raw, document.encoding = decoded.text, decoded.encoding
        document.format = sniff_text_format(decoded.text)
    chosen = _chosen_record(document, name, record)
    if chosen:
        name = document.source = record_source(name, chosen.number)
        document.id, document.raw = document_id(path, chosen), chosen.raw
    document = READERS[document.format](document, Source(name, data, vocab, chosen))
    document.text = plain_spaces(document.text)
    if not document.text.strip():
        raise SourceError(name, f"no text found in this {document.format} source")
    return document


#: Typesetters' spaces, as plain spaces: a no-break space between a number and its scale or unit
#: ("520&nbsp;million users"), a thin or a narrow one as a thousands separator ("1 000 yuan").
TYPESET_SPACES = dict.fromkeys(map(ord, "\u00a0\u2007\u2009\u202f"), " ")
#: Characters that are no part of the words they sit in: soft hyphens ("regu&shy;lation"), zero-width
#: spaces and joiners, a byte-order mark inside the text.
INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))


def plain_spaces(text: str) -> str:
    """The text as words a reader sees: typesetters' spaces as plain ones, invisible characters
    gone (the tokenizer would take a no-break space for a token of its own, and split a word at a
    soft hyphen)."""
    return text.translate(TYPESET_SPACES).translate(INVISIBLE)


def _chosen_record(document: Document, name: str, number: int | None) -> Record | None:
    """The record to read of a citation export; None for a file that is one source. A file of
    several records read whole, or a record it does not hold, is an error that says so."""
    records = _records(document.raw, document.format) if document.format in RECORDS else ()
    what = RECORD_NAMES.get(document.format, "records")
    if number is None:
        if len(records) > 1:
            raise SourceError(name, f"holds {len(records)} {what}: each is a source of its own "
                                    f"({record_source(name, 1)} to {record_source(name, len(records))}); "
                                    "read one with record=N")
        return None
    if not 1 <= number <= len(records):
        raise SourceError(record_source(name, number), f"no such record: the file holds {len(records)} {what}")
    return records[number - 1]


def records_in(path: Path, max_bytes: int) -> tuple[Record, ...]:
    """The records of a citation export that holds several works, in file order; () for any
    other file: one work, another format, or a file that cannot be read (reading it says why).
    Only a file whose head looks like RIS or BibTeX is decoded whole."""
    try:
        if Path(path).stat().st_size > max_bytes:
            return ()
        data = Path(path).read_bytes()
        if is_pdf(data) or sniff_text_format(_head(data)) not in RECORDS:
            return ()
        text = decode(data, str(path)).text
    except (OSError, SourceError):
        return ()
    format = sniff_text_format(text)
    records = _records(text, format) if format in RECORDS else ()
    return records if len(records) > 1 else ()


def _head(data: bytes) -> str:
    """The start of a file as text, enough to sniff its format (UTF-16 needs its byte-order mark)."""
    head = data[:HEAD_BYTES]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return head.decode("utf-16", errors="replace")
    return head.decode("utf-8-sig", errors="replace")  # GB18030 too: the tags sniffed are ASCII


@lru_cache(maxsize=2)  # the records of one file are read one after another: split once
def _records(text: str, format: str) -> tuple[Record, ...]:
    """The file's records, each keeping its key only where the key tells it apart: unique in the
    file and with a letter in its slug (a numeric key could be another record's number)."""
    records = RECORDS[format](text)
    slugs = Counter(_slug(record.key) for record in records if record.key)

    def distinctive(key: str | None) -> bool:
        return bool(key) and slugs[_slug(key)] == 1 and re.search(r"[^\W\d_]", _slug(key)) is not None

    return tuple(record if distinctive(record.key) else replace(record, key=None) for record in records)


def sniff_format(data: bytes, name: str = "<bytes>") -> str:
    """The reader a file's bytes need: 'pdf', 'ris', 'bibtex', 'html' or 'text'."""
    return "pdf" if is_pdf(data) else sniff_text_format(decode(data, name).text)


def document_id(path: Path, record: Record | None = None) -> str:
    """A stable id from the file name: its stem, lower case, runs of anything but
    letters and digits turned into '-'. Letters of any script are kept. A record of a
    citation export adds its key ("refs-chen2019"), else its number ("refs-3")."""
    slug = _slug(Path(path).stem) or "source-" + hashlib.sha1(Path(path).name.encode("utf-8")).hexdigest()[:8]
    if record is None:
        return slug
    return f"{slug}-{_slug(record.key) if record.key else record.number}"


def _slug(name: str) -> str:
    return re.sub(r"[\W_]+", "-", name.lower()).strip("-")


def _vocabulary_file(settings: Settings, corpus_root: Path) -> Path:
    """The corpus's or the configured metadata vocabulary, else the project's own."""
    path = settings.vocab_file("vocab/metadata.yaml", corpus_root)
    return path if path.is_file() else PROJECT_CORPUS / "vocab" / "metadata.yaml"


def _relative_name(path: Path, corpus_root: Path) -> str:
    try:
        return path.resolve().relative_to(corpus_root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()
