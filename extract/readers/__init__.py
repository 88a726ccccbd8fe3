"""Readers: from a source file to a `Document` (cleaned text plus metadata).

`read_source` reads the bytes, enforces the size limit, decodes them, tells the
format from the content (an RIS record named .txt is still RIS), and hands the
document to that format's reader. Each reader module has one function,
`read(document, source) -> document`, which sets `document.text` and whatever
metadata the format carries, with a note per value saying where it came from.

Every problem with a file is raised as `SourceError(source, problem)`, whose
message is one line for people: the file and what is wrong with it.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from extract.document import Document, SourceError
from extract.metadata import Vocabulary
from extract.readers import bibtex, html, pdf, ris, text
from extract.readers.decode import decode, read_bytes
from extract.readers.sniff import is_pdf, sniff_text_format
from extract.settings import PROJECT_CORPUS, Settings

__all__ = ["READERS", "Source", "read_source", "document_id", "sniff_format"]


@dataclass(frozen=True)
class Source:
    """What a reader gets besides the document: the file's bytes, its name for
    messages, and the vocabulary the metadata rules use."""

    name: str  # path relative to the corpus folder
    data: bytes
    vocab: Vocabulary


Reader = Callable[[Document, Source], Document]
#: Format name -> reader. The name is what `Document.format` records.
READERS: dict[str, Reader] = {
    "text": text.read,
    "html": html.read,
    "ris": ris.read,
    "bibtex": bibtex.read,
    "pdf": pdf.read,
}


def read_source(path: Path, corpus_root: Path, settings: Settings) -> Document:
    """Read one source file into a Document, or raise SourceError."""
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
    document = READERS[document.format](document, Source(name, data, vocab))
    if not document.text.strip():
        raise SourceError(name, f"no text found in this {document.format} source")
    return document


def sniff_format(data: bytes, name: str = "<bytes>") -> str:
    """The reader a file's bytes need: 'pdf', 'ris', 'bibtex', 'html' or 'text'."""
    return "pdf" if is_pdf(data) else sniff_text_format(decode(data, name).text)


def document_id(path: Path) -> str:
    """A stable id from the file name: its stem, lower case, runs of anything but
    letters and digits turned into '-'. Letters of any script are kept."""
    slug = re.sub(r"[\W_]+", "-", Path(path).stem.lower()).strip("-")
    return slug or "source-" + hashlib.sha1(Path(path).name.encode("utf-8")).hexdigest()[:8]


def _vocabulary_file(settings: Settings, corpus_root: Path) -> Path:
    """The corpus's or the configured metadata vocabulary, else the project's own."""
    path = settings.vocab_file("vocab/metadata.yaml", corpus_root)
    return path if path.is_file() else PROJECT_CORPUS / "vocab" / "metadata.yaml"


def _relative_name(path: Path, corpus_root: Path) -> str:
    try:
        return path.resolve().relative_to(corpus_root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()
