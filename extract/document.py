"""The records that flow from readers to the knowledge base."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

#: A source that is one record of a citation export: "<file>#<n>", n counting records from 1.
RECORD_SUFFIX = re.compile(r"#(\d+)$")


class SourceError(Exception):
    """A source that cannot be read. `str()` is a one-line message for people."""

    def __init__(self, source: str, problem: str):
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


def record_source(file: str, number: int) -> str:
    """The source name of record `number` of `file`: 'sources/refs.ris#2'."""
    return f"{file}#{number}"


def source_file(source: str) -> str:
    """The file a source name refers to: 'sources/refs.ris#2' -> 'sources/refs.ris'."""
    return RECORD_SUFFIX.sub("", source)


@dataclass(frozen=True)
class Record:
    """One work of a citation export that holds several (an RIS record, a BibTeX entry)."""

    number: int  # from 1, in file order
    key: str | None  # the export's own key (RIS ID, BibTeX citation key), when it tells records apart
    raw: str  # the record's own part of the file
    #: What the format's parser made of it, for a format parsed a whole file at once (BibTeX).
    parsed: object = field(default=None, compare=False, repr=False)


@dataclass
class Citation:
    """A work that a document cites: a reference-list entry or an inline URL."""

    text: str  # the cited text, exactly as in the document
    start: int  # offsets into Document.text
    end: int
    title: str | None = None
    authors: str | None = None
    date: str | None = None  # ISO date or prefix
    url: str | None = None
    kind: str = "reference"  # reference | inline-url
    retrieved: str | None = None  # ISO date the citing author accessed the work ("Retrieved May 3, 2017")


@dataclass
class Document:
    """One source, read and cleaned. Every claim offset refers to `text`."""

    id: str  # stable, from the file name: a slug of its stem (and of a record's key or number)
    source: str  # path relative to the corpus folder ("<file>#<n>" for one record of a citation export)
    text: str  # cleaned text
    raw: str = ""  # the decoded file before cleaning
    format: str = "text"  # the reader that read it: text | html | ris | bibtex | pdf
    kind: str | None = None  # article | news | blog | journal-article | legal-alert | ...
    title: str | None = None
    outlet: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None  # ISO date or prefix
    url: str | None = None
    license: str | None = None
    doi: str | None = None
    keywords: list[str] = field(default_factory=list)
    original_name: str | None = None
    #: Where each inferred metadata value comes from, e.g. {"published": 'text: "published on 06/28/18"'}.
    notes: dict[str, str] = field(default_factory=dict)
    citations: list[Citation] = field(default_factory=list)
    encoding: str | None = None
