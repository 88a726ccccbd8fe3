"""PDF documents: the text of every page, metadata from the document information
dictionary and from the first page (where papers print their title, authors and DOI).
"""
from __future__ import annotations

import io
import logging
import re
import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING

import pypdf
from pypdf.errors import PyPdfError

from extract.clean import CleanConfig, unwrap
from extract.document import Document, SourceError
from extract.metadata import Metadata, find_doi, infer_metadata, normalize_date, split_authors

if TYPE_CHECKING:
    from extract.readers import Source

#: Titles that PDF producers write when nobody set one.
PLACEHOLDER_TITLE = re.compile(
    r"^(?:untitled|title|document\d*|microsoft (?:word|powerpoint) - .*|.*\.(?:docx?|pdf|tex|indd|odt|rtf))$",
    re.IGNORECASE,
)
#: Damaged files make pypdf raise many kinds of errors; all mean "broken PDF".
BROKEN = (PyPdfError, ValueError, KeyError, TypeError, IndexError, AttributeError, AssertionError, RecursionError, OSError)


def read(document: Document, source: "Source") -> Document:
    reader = _reader(source.data, source.name)
    pages = page_texts(reader, source.name)
    document.raw = "\n\n".join(pages)
    document.text = _joined(pages)
    if not document.text.strip():
        raise SourceError(
            source.name, f"PDF with no extractable text ({len(pages)} page(s); a scanned image? run OCR on it first)"
        )
    try:
        info = reader.metadata or {}
    except BROKEN:  # a damaged information dictionary loses the metadata, not the text
        info = {}
    meta = info_metadata(info, source)
    first_page = next((page for page in pages if page.strip()), "")
    meta.offer("doi", find_doi(first_page), "pdf: a DOI on the first page")
    inferred = infer_metadata(first_page, source.vocab)
    for name in ("title", "authors", "published", "license", "url", "outlet"):
        meta.offer(name, getattr(inferred, name), inferred.notes.get(name, "").replace("text:", "pdf first page:", 1))
    # The file's creation date only when the first page states no date and no browser printed it.
    meta.offer("published", *creation_date(info))
    meta.apply_to(document)
    return document


def page_texts(reader: pypdf.PdfReader, name: str) -> list[str]:
    try:
        return [page.extract_text() or "" for page in reader.pages]
    except BROKEN as error:
        raise SourceError(name, f"broken PDF: text extraction failed ({_first_line(error)})") from None


def _reader(data: bytes, name: str) -> pypdf.PdfReader:
    # pypdf logs recoverable damage as warnings; the reader's outcome is what counts.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise SourceError(name, "encrypted PDF: it needs a password to be read")
        len(reader.pages)  # forces the page tree to be read, where damage shows
    except SourceError:
        raise
    except BROKEN as error:
        raise SourceError(name, f"broken PDF: it cannot be parsed ({_first_line(error)})") from None
    return reader


#: Typographic ligatures a PDF's fonts draw as one glyph ("ﬁve", "eﬀect"), as their letters.
LIGATURES = {code: unicodedata.normalize("NFKC", chr(code)) for code in range(0xFB00, 0xFB07)}


def _joined(pages: list[str]) -> str:
    """Pages separated by a blank line, without their running heads and feet, their footnotes
    apart; ligatures as letters ("ﬁve" is a number word only as "five"); words hyphenated
    across a line end rejoined, and lines wrapped on the page joined back into their paragraphs."""
    pages = [_dehyphenated(page.strip().translate(LIGATURES))
             for page in _with_notes_apart(_without_running_lines(pages)) if page.strip()]
    return _unwrapped(pages)


def _dehyphenated(text: str) -> str:
    return re.sub(r"(?<=[a-z])-\n(?=[a-z])", "", text)


#: A page set in columns has lines this much shorter than the document's (their 90th percentile)...
COLUMN_WIDTH_SHARE = 0.75
#: ...and this many lines at least, nearly all of them words rather than a table's or a contents
#: list's figures (few end with a number).
COLUMN_PAGE_MIN_LINES = 8
COLUMN_PAGE_MAX_NUMBER_ENDINGS = 0.2


def _unwrapped(pages: list[str]) -> str:
    """The pages, blank lines between them, with the lines wrapped on the page joined into their
    paragraphs. The width lines wrap at is the document's, but for a page set in two columns,
    whose lines wrap at the column's width: measured against the document's, every line of it
    would look like a paragraph's last, and a line break ends a sentence."""
    config = CleanConfig(hard_wrapped=True)
    width = _line_width("\n".join(pages))
    columns = {i: unwrap(page, config) for i, page in enumerate(pages) if width and _set_in_columns(page, width)}
    if not columns:
        return unwrap("\n\n".join(pages), config)
    # Each column page waits behind a placeholder paragraph while the others are unwrapped together.
    marks = {i: f"\x00column page {i}\x00" for i in columns}
    text = unwrap("\n\n".join(marks.get(i, page) for i, page in enumerate(pages)), config)
    for i, mark in marks.items():
        text = text.replace(mark, columns[i])
    return text


def _line_width(text: str) -> int:
    lengths = sorted(len(line.strip()) for line in text.split("\n") if line.strip())
    return lengths[len(lengths) * 9 // 10] if lengths else 0


def _set_in_columns(page: str, width: int) -> bool:
    lines = [line.strip() for line in page.split("\n") if line.strip()]
    if len(lines) < COLUMN_PAGE_MIN_LINES or _line_width(page) >= COLUMN_WIDTH_SHARE * width:
        return False
    return sum(line[-1].isdigit() for line in lines) <= COLUMN_PAGE_MAX_NUMBER_ENDINGS * len(lines)


#: A running head or foot is at most this many words, and stands among a page's first or last lines.
RUNNING_LINE_MAX_WORDS = 16
RUNNING_LINE_REACH = 2


def _without_running_lines(pages: list[str]) -> list[str]:
    """The pages without the lines printed on every page ("Working Paper 24-03 — Points for
    Good Deeds", "Page 3 of 12"; a journal's facing pages put the page number on their outer edge:
    "146  Vogel and Li", "Vogel and Li  147"): a line among the first or last lines of at least half the
    pages, and of two at least, whatever its page number. The text extraction may glue one to
    the page's last line ("... Beijing.Working Paper 24-03"), which keeps the line."""
    if len(pages) < 2:
        return pages
    edges = [_edge_lines(page) for page in pages]
    seen: dict[str, int] = {}
    for lines in edges:
        for key in {_running_key(line) for line in lines}:
            seen[key] = seen.get(key, 0) + 1
    least = max(2, (len(pages) + 1) // 2)
    running = {key for key, count in seen.items() if count >= least and key}
    if not running:
        return pages
    texts = {line.strip() for lines in edges for line in lines if _running_key(line) in running}
    kept = []
    for page in pages:
        lines = page.split("\n")
        for i in [*range(min(RUNNING_LINE_REACH, len(lines))), *range(max(0, len(lines) - RUNNING_LINE_REACH), len(lines))]:
            line = lines[i].strip()
            if _running_key(line) in running:
                lines[i] = ""
            else:
                glued = next((t for t in texts if len(line) > len(t) and (line.endswith(t) or line.startswith(t))), None)
                if glued is not None:
                    lines[i] = line[:-len(glued)] if line.endswith(glued) else line[len(glued):]
        kept.append("\n".join(line for line in lines if line.strip()))
    return kept


def _edge_lines(page: str) -> list[str]:
    lines = [line for line in page.split("\n") if line.strip()]
    return lines[:RUNNING_LINE_REACH] + lines[RUNNING_LINE_REACH:][-RUNNING_LINE_REACH:]


def _running_key(line: str) -> str:
    line = re.sub(r"\s+", " ", line.strip())
    if not line or _word_count(line) > RUNNING_LINE_MAX_WORDS:
        return ""
    # A page number on the outer edge moves from side to side between facing pages ("146  Vogel and
    # Li", "Vogel and Li  147"): the line is the same running head on both.
    return re.sub(r"^#\s+|\s+#$", "", re.sub(r"\d+", "#", line)).casefold()


def _word_count(line: str) -> int:
    """The words of a line; a bar between a running head's fields ("Lab  |  Title  |  March 2023") is none."""
    return sum(any(c.isalnum() for c in word) for word in line.split())


#: A footnote's line: its number, then its text ("2 Interview with a loan officer, ...").
FOOTNOTE_LINE = re.compile(r"^(\d{1,3})\s+(?=\S)")


def _with_notes_apart(pages: list[str]) -> list[str]:
    """Pages whose footnotes and endnotes are paragraphs of their own and whose note numbers
    glued to the words they note are bracketed ("schemes.1 Anji" -> "schemes.[1] Anji"): a run
    of lines opening with consecutive numbers, each printed before (on the page, or on an
    earlier one for endnotes) right after a word or a stop. Joined to the paragraph above, a
    note became part of its last sentence."""
    pages = list(pages)
    for k, page in enumerate(pages):
        lines = page.split("\n")
        earlier = pages[:k]
        for start, line in enumerate(lines):
            first = FOOTNOTE_LINE.match(line)
            if first is None or start == 0 and k == 0:
                continue
            before = [*earlier, "\n".join(lines[:start])]
            number = int(first.group(1))
            if not _noted(number, before):
                continue
            notes = set()
            for i in range(start, len(lines)):
                opening = FOOTNOTE_LINE.match(lines[i])
                if opening and int(opening.group(1)) == number + len(notes) and _noted(number + len(notes), before):
                    notes.add(i)
            for n in range(number, number + len(notes)):
                at = next(j for j, text in enumerate(before) if _marker(n).search(text))
                before[at] = _marker(n).sub(f"[{n}]", before[at], count=1)
            notes_text = "\n".join("\n" + lines[i] if i in notes else lines[i] for i in range(start, len(lines)))
            pages[:k] = before[:-1]
            pages[k] = f"{before[-1]}\n{notes_text}" if before[-1] else notes_text.lstrip("\n")
            break
    return pages


def _noted(number: int, texts: list[str]) -> bool:
    return any(_marker(number).search(text) for text in texts)


@lru_cache(maxsize=None)
def _marker(number: int) -> re.Pattern:
    """A note's number printed right after a word or a stop, before a space, a line's end or a
    stop ("users1, compared with"; not "RMB1,091.6"), or after a year's full stop before the next
    sentence ("in July 2014.2 Firms": a decimal is no year followed by a capital)."""
    after_word = rf"(?<=[^\W\d]|[.,;:)”\"’])(?<!\d[.,]){number}(?=\s|$|[.,;:)](?!\d))"
    after_year = rf"(?<=\b(?:19|20)\d\d\.){number}(?=\s+[A-Z“\"])"
    return re.compile(f"{after_word}|{after_year}", re.MULTILINE)


def info_metadata(info, source: "Source") -> Metadata:
    """Title, authors and keywords from the document information dictionary."""
    meta = Metadata()
    title = str(info.get("/Title") or "").strip()
    if title and not PLACEHOLDER_TITLE.match(title):
        meta.offer("title", title, "pdf: /Title")
    author = str(info.get("/Author") or "").strip()
    if author:
        names = split_authors(author, source.vocab, labelled=True) or [author]
        meta.offer("authors", names, "pdf: /Author")
    keywords = [k.strip() for k in re.split(r"\s*[,;]\s*", str(info.get("/Keywords") or "")) if k.strip()]
    meta.offer("keywords", keywords, "pdf: /Keywords")
    return meta


#: The /Creator a web browser writes when it prints a page to PDF: its user agent ("Mozilla/5.0
#: (X11; Linux x86_64) ... HeadlessChrome/120.0"). Such a file was made when someone printed
#: the page, which says nothing of when the page was published.
BROWSER_CREATOR = re.compile(r"^Mozilla/\d")


def creation_date(info) -> tuple[str | None, str]:
    """'D:20190715093000+08'00'' -> '2019-07-15'; nothing for a page a browser printed."""
    if BROWSER_CREATOR.match(str(info.get("/Creator") or "").strip()):
        return None, ""
    raw = str(info.get("/CreationDate") or "")
    created = re.match(r"^(?:D:)?(\d{4})(\d{2})?(\d{2})?", raw)
    if not created:
        return None, ""
    iso = normalize_date("-".join(part for part in created.groups() if part))
    return iso, f'pdf: /CreationDate "{raw}" (when the file was made)'


def _first_line(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    return text[0] if text else type(error).__name__
