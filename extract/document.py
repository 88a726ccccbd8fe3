"""The records that flow from readers to the knowledge base."""
from __future__ import annotations

from dataclasses import dataclass, field


class SourceError(Exception):
    """A source that cannot be read. `str()` is a one-line message for people."""

    def __init__(self, source: str, problem: str):
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


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

    id: str  # stable, from the file name: a slug of its stem
    source: str  # path relative to the corpus folder
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
