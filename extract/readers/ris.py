"""RIS records (reference-manager exports): the abstract is the text.

A source is one work, and every claim must point into one document's text: an
export holding several records is split by `records` into one source per record
(see extract/readers/__init__.py), and the reader reads one record at a time.

Exports in the wild write tags as "TY  - " (the standard: two spaces) or
"TY - " (one space); both are accepted.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

import rispy

from extract.document import Document, Record, SourceError
from extract.metadata import Metadata, find_doi, normalize_date

if TYPE_CHECKING:
    from extract.readers import Source

TAG_LINE = re.compile(r"^([A-Z][A-Z0-9]) {1,2}-(?: (.*)|\s*)$")
#: Periodical types, where T2 after a title with a journal name (JO/JF) is a subtitle.
PERIODICALS = {"JOUR", "EJOUR", "MGZN", "NEWS", "INPR", "ABST"}
JOURNAL_TAGS = ("journal_name", "alternate_title3", "alternate_title2", "alternate_title1")  # JO, JF, JA, J2
TAG_OF = {v: k for k, v in rispy.TAG_KEY_MAPPING.items()}


def read(document: Document, source: "Source") -> Document:
    record = parse_record(document.raw, source.name)
    kind_tag = record.get("type_of_reference", "").strip().upper()
    document.kind = source.vocab.kinds["ris"].get(kind_tag, kind_tag.lower() or None)
    meta = record_metadata(record, kind_tag)
    meta.apply_to(document)
    abstract = record.get("abstract") or record.get("notes_abstract") or ""
    if not document.title and not abstract:
        raise SourceError(source.name, "malformed RIS: the record has neither a title (TI/T1) nor an abstract (AB/N2)")
    document.text = "\n\n".join(part.strip() for part in (document.title, abstract) if part and part.strip())
    _note_citation(document, record)
    return document


def records(raw: str) -> tuple[Record, ...]:
    """The records of an RIS file in file order, each its own lines from its type line (TY) to
    its end line (ER). A record that the next TY opens before its ER ends there, unclosed
    (reading it says so); lines outside any record (blank lines, an export's header) are no record's."""
    chunks: list[list[str]] = []
    inside = False
    for line in _lines(raw):
        match = TAG_LINE.match(line.rstrip())
        tag = match.group(1) if match else None
        if tag == "TY":
            chunks.append([])
            inside = True
        if inside:
            chunks[-1].append(line)
            inside = tag != "ER"
    return tuple(Record(number, _tag_value(chunk, "ID"), "\n".join(chunk) + "\n")
                 for number, chunk in enumerate(chunks, 1))


def _tag_value(lines: list[str], tag: str) -> str | None:
    for match in map(TAG_LINE.match, (line.rstrip() for line in lines)):
        if match and match.group(1) == tag and (match.group(2) or "").strip():
            return match.group(2).strip()
    return None


def _lines(raw: str) -> list[str]:
    return raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def parse_record(raw: str, name: str) -> dict:
    """The one record of an RIS file (or of one record's lines), or SourceError saying what is wrong."""
    lines = [_standard_tag_line(line) for line in _lines(raw)]
    tags = [match.group(1) for match in map(TAG_LINE.match, lines) if match]
    starts, ends = tags.count("TY"), tags.count("ER")
    if starts == 0:
        raise SourceError(name, "malformed RIS: no record type line (TY  - ) opens a record")
    if ends == 0:
        raise SourceError(name, "malformed RIS: the record is not closed by an end line (ER  - )")
    if starts != ends:
        raise SourceError(name, f"malformed RIS: {starts} record openings (TY) but {ends} record ends (ER)")
    if tags[0] != "TY":
        raise SourceError(name, f"malformed RIS: the file starts with tag {tags[0]} before the record type line (TY  - )")
    try:
        parsed = rispy.loads("\n".join(lines))
    except Exception as error:  # rispy raises bare exceptions on odd input
        raise SourceError(name, f"malformed RIS: {error}") from None
    if len(parsed) != 1:
        raise SourceError(name, "malformed RIS: no complete record between TY and ER")
    return parsed[0]


def _standard_tag_line(line: str) -> str:
    """'TY - JOUR' -> 'TY  - JOUR', the form rispy reads."""
    match = TAG_LINE.match(line.rstrip())
    if not match:
        return line.rstrip()
    return f"{match.group(1)}  - {match.group(2) or ''}".rstrip() if match.group(1) != "ER" else "ER  - "


def record_metadata(record: dict, kind_tag: str) -> Metadata:
    meta = Metadata()
    journal, journal_key = _first(record, JOURNAL_TAGS)
    title, title_key = _first(record, ("title", "primary_title"))
    secondary = record.get("secondary_title")
    if title and secondary and journal and kind_tag in PERIODICALS:
        # With the journal named in JO/JF, a periodical's T2 is the title's subtitle.
        joiner = " " if title.rstrip().endswith((":", "?", "!", ".")) else ": "
        meta.offer("title", title.rstrip() + joiner + secondary.strip(), f"ris: {TAG_OF[title_key]} + T2 (subtitle)")
        secondary = None
    else:
        meta.offer("title", title, f"ris: {TAG_OF.get(title_key, 'TI')}")
    authors = []
    for key in ("authors", "first_authors"):
        authors += [a.strip() for a in record.get(key, []) if a.strip() and a.strip() not in authors]
    meta.offer("authors", authors, "ris: AU/A1")
    meta.offer("published", *_date(record))
    meta.offer("outlet", journal, f"ris: {TAG_OF.get(journal_key, 'JO')}")
    meta.offer("outlet", secondary, "ris: T2 (secondary title)")
    meta.offer("outlet", record.get("publisher"), "ris: PB")
    urls = record.get("urls") or []
    doi = record.get("doi") or next((find_doi(u) for u in urls if "doi.org/" in u), None)
    meta.offer("doi", find_doi(doi) if doi else _doi_anywhere(record), "ris: DO" if record.get("doi") else "ris: a DOI in another field")
    web = [u for u in urls if "doi.org/" not in u]
    meta.offer("url", web[0] if web else None, "ris: UR")
    meta.offer("keywords", [k.strip() for k in record.get("keywords", []) if k.strip()], "ris: KW")
    return meta


def _first(record: dict, keys: tuple[str, ...]) -> tuple[str | None, str | None]:
    for key in keys:
        value = record.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip(), key
    return None, None


def _date(record: dict) -> tuple[str | None, str]:
    """The most precise of DA, PY and Y1 ('2019/7' -> '2019-07')."""
    best, note = None, ""
    for key in ("date", "year", "publication_year"):
        value = normalize_date(record.get(key))
        if value and (best is None or len(value) > len(best)):
            best, note = value, f'ris: {TAG_OF[key]} "{record[key]}"'
    return best, note


def _doi_anywhere(record: dict) -> str | None:
    for value in record.get("unknown_tag", {}).values():
        for item in value:
            if find_doi(item):
                return find_doi(item)
    return None


def _note_citation(document: Document, record: dict) -> None:
    """Volume, issue and pages have no Document field: the notes keep them."""
    for key, name in (("volume", "volume"), ("number", "issue"), ("issn", "issn")):
        if record.get(key):
            document.notes[name] = f'ris: {TAG_OF[key]} "{record[key]}"'
    start, end = record.get("start_page"), record.get("end_page")
    if start or end:
        pages = "–".join(p for p in (start, end) if p)
        document.notes["pages"] = f'ris: SP/EP "{pages}"'
