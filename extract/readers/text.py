"""Text captures of web pages: the page as a browser shows it, furniture and all.

The cleaned text comes from `extract.clean.clean_capture`; the metadata is read
from the *raw* capture, because bylines, datelines and copyright lines are the
very furniture that cleaning removes.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from extract.clean import clean_capture
from extract.document import Document
from extract.metadata import infer_metadata

if TYPE_CHECKING:
    from extract.readers import Source


def read(document: Document, source: "Source") -> Document:
    document.text = clean_capture(document.raw).text
    infer_metadata(document.raw, source.vocab).apply_to(document)
    return document
