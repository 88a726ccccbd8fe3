"""An encyclopedia's infobox: the box of rows beside an article, each a label and a value about the
article's topic ("Founded | January 2015", "Parent | Ant Group", "Users | 520 million (2018)[1]").

Readers leave an HTML infobox as a table written with bars ("| Founded | 23 May 2018 |") and a text
capture as lines of a label, a tab and a value ("Founded<TAB>January 2015") or a label and a colon
(a translated Baike entry's "Proposed: 2007"). Rules:

- a row is a line of two cells, a short label and a value; a box is a run of two rows and more (blank
  lines between them allowed), one of them at least with a label the vocabulary knows
  (corpus/vocab/infobox.yaml); colon rows count only with a known label;
- the cleaner keeps a box's rows (`infobox_lines`), which a text capture's boilerplate rules took for a
  menu;
- `sckb_infobox` makes the rows' claims about the article's topic, the first actor the article names:
  a date row dates the topic's event ("Launched | 2013": launched 2013), a relation row relates the
  topic to each actor of its value ("Operator | Rongcheng Credit Management Office": operated_by), a
  figure row counts what its label says ("Users | 520 million (2018)": user_count, as of 2018); other
  components' dates inside a box's row are dropped unless its label names an event (a figure's year
  in brackets, "420 (2022)", launches nothing).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from extract.actors import SPANS_KEY, actor_of
from extract.claims import Claim
from extract.numbers import NUMBER_SECTIONS, NumberReader, Quantity, doc_text, load_checked_vocab
from extract.tables import CELL, pipe_cells, pipe_row, rule_row
from extract.vocab import load_vocab

#: The most words of a row's label and of its value.
LABEL_MAX_WORDS = 5
VALUE_MAX_WORDS = 16
#: A footnote marker or a bracketed note left after a label ("Users[1]").
_NOTE = re.compile(r"\[[^\]]{1,20}\]")


@dataclass(frozen=True)
class InfoRow:
    """A row of an infobox: character spans (in the text) of its line, its label and its value, and
    what its label tells (`kind`: dates | relations | figures, `predicate`), None for a label the
    vocabulary does not know."""

    line: tuple[int, int]
    label: tuple[int, int]
    value: tuple[int, int]
    kind: str | None
    predicate: str | None


@lru_cache(maxsize=None)
def _labels(path: str | None = None) -> dict[str, tuple[str, str]]:
    """Every known label (lower case) -> (kind, predicate)."""
    data = load_vocab("infobox", path)
    return {label.casefold(): (kind, predicate)
            for kind in ("dates", "relations", "figures")
            for predicate, labels in (data.get(kind) or {}).items()
            for label in labels}


def units(path: str | None = None) -> dict[str, str]:
    """The unit of a bare number in a figure row, by its predicate."""
    return dict(load_vocab("infobox", path).get("units") or {})


def label_reading(label: str) -> tuple[str, str] | None:
    """What a row's label tells, (kind, predicate), or None."""
    return _labels().get(_NOTE.sub("", label).strip(" :\t").casefold())


def _row_cells(line: str) -> tuple[tuple[int, int], tuple[int, int], bool] | None:
    """The label's and the value's spans in the line (offsets within it) and whether they are set apart
    by a colon, when the line is a row of two cells."""
    if pipe_row(line):
        if rule_row(line):
            return None
        cells = [cell for cell in pipe_cells(0, line)]
        if len(cells) != 2 or cells[0][0] == cells[0][1] or cells[1][0] == cells[1][1]:
            return None
        return cells[0], cells[1], False
    stripped = line.strip()
    if CELL in stripped:
        return None
    tab = re.match(r"^([^\t]+?)[ ]*\t+[ ]*(\S.*?)\s*$", line)
    if tab is not None:
        return tab.span(1), tab.span(2), False
    colon = re.match(r"^\s*([A-Z][^:\n]{0,40}?)\s*:\s+(\S.*?)\s*$", line)
    if colon is not None:
        return colon.span(1), colon.span(2), True
    return None


def _row(text: str, start: int, line: str) -> InfoRow | None:
    cells = _row_cells(line)
    if cells is None:
        return None
    (ls, le), (vs, ve), by_colon = cells
    label, value = line[ls:le], line[vs:ve]
    if len(label.split()) > LABEL_MAX_WORDS or len(value.split()) > VALUE_MAX_WORDS or value.endswith((". ", ".")) \
            and len(value.split()) > 4:
        return None
    reading = label_reading(label)
    if by_colon and reading is None:
        return None  # "Note: ..." in prose: a colon row counts only with a known label
    kind, predicate = reading if reading else (None, None)
    return InfoRow((start, start + len(line)), (start + ls, start + le), (start + vs, start + ve), kind, predicate)


def infobox_rows(text: str) -> list[InfoRow]:
    """The rows of the text's infoboxes: runs of two rows and more (blank lines and an HTML table's
    rules between them allowed), one of them with a known label."""
    found: list[InfoRow] = []
    run: list[InfoRow] = []
    offset = 0
    for line in text.split("\n") + ["."]:
        row = _row(text, offset, line) if line.strip() else None
        if row is not None:
            run.append(row)
        elif line.strip() and not rule_row(line):
            if len(run) >= 2 and any(r.kind for r in run):
                found += run
            run = []
        offset += len(line) + 1
    return found


#: doc.user_data key of the Doc's infobox rows (`doc_infobox_rows`).
ROWS_KEY = "sckb_infobox_rows"


def doc_infobox_rows(doc: Doc) -> list[InfoRow]:
    """The Doc's infobox rows, found once per document (the figure reader and `sckb_infobox` both read them)."""
    if ROWS_KEY not in doc.user_data:
        doc.user_data[ROWS_KEY] = infobox_rows(doc_text(doc))
    return doc.user_data[ROWS_KEY]


def infobox_lines(text: str) -> set[int]:
    """The numbers (from 0) of the text's lines that are rows of an infobox."""
    starts = {row.line[0] for row in infobox_rows(text)}
    numbers, offset = set(), 0
    for number, line in enumerate(text.split("\n")):
        if offset in starts:
            numbers.add(number)
        offset += len(line) + 1
    return numbers


# --------------------------------------------------------------------------- the claims of the rows

#: Actor types that are no infobox's topic: a place is where the topic is, an outlet or a person who
#: writes about it is no topic of an encyclopedia's box.
NO_TOPIC_TYPES = frozenset({"place", "outlet", "person"})
#: Actor types a relation row's value may name (a headquarters' place is no owner or operator).
NO_PARTY_TYPES = frozenset({"place", "outlet"})


def topic_of(doc: Doc, rows: list[InfoRow]) -> Span | None:
    """The article's topic: the first actor the text names outside the box's values (the article's
    name above the box, or the lead's first words: "Sesame Credit (Chinese: ...) is ...")."""
    values = [row.value for row in rows]
    for span in doc.spans.get(SPANS_KEY, []):
        if span.label_ in NO_TOPIC_TYPES or any(a <= span.start_char < b for a, b in values):
            continue
        return span
    return None


class InfoboxReader:
    """`sckb_infobox`: the claims of an encyclopedia's infobox rows about the article's topic."""

    def __init__(self, figure_units: dict[str, str], numbers: NumberReader):
        self.figure_units = figure_units
        self.numbers = numbers

    def __call__(self, doc: Doc) -> Doc:
        rows = doc_infobox_rows(doc)
        if not rows:
            return doc
        topic = topic_of(doc, rows)
        claims = [c for c in doc._.claims if not self._superseded(c, rows)]
        for row in rows:
            if topic is None or row.kind is None:
                continue
            if row.kind == "dates":
                claims += self._dates(doc, row, topic)
            elif row.kind == "relations":
                claims += self._relations(doc, row, topic)
            else:
                self._figures(doc, claims, row, topic)
        doc._.claims = claims
        return doc

    @staticmethod
    def _superseded(claim: Claim, rows: list[InfoRow]) -> bool:
        """A date or a relation another component read in a row: the row's label says what its value is
        (a figure's year in brackets, "420 (2022)", dates no launch)."""
        if claim.kind not in ("date", "relation"):
            return False
        return any(row.line[0] <= claim.phrase_start and claim.phrase_end <= row.line[1] for row in rows)

    @staticmethod
    def _quote(doc: Doc, row: InfoRow) -> tuple[int, int]:
        sent = doc.char_span(row.value[0], row.value[1], alignment_mode="expand")
        sent = sent.sent if sent is not None else None
        return (sent.start_char, sent.end_char) if sent is not None else row.line

    def _dates(self, doc: Doc, row: InfoRow, topic: Span) -> list[Claim]:
        """The date that opens the row's value dates the topic's event ("Founded | January 2015; 9
        years ago": launched 2015-01)."""
        for e in doc._.time_expressions or []:
            start = doc[e.start].idx
            if row.value[0] <= start < row.value[1] and e.date:
                last = doc[e.end - 1]
                subject_id, subject = actor_of(topic)
                quote_start, quote_end = self._quote(doc, row)
                return [Claim(kind="date", predicate=row.predicate, phrase_start=row.label[0],
                              phrase_end=last.idx + len(last.text), quote_start=quote_start, quote_end=quote_end,
                              method=f"date/infobox:{e.resolved}", subject_id=subject_id, subject=subject,
                              date=e.date, confidence=0.7, extra={**e.extra(), "infobox": True})]
        return []

    def _relations(self, doc: Doc, row: InfoRow, topic: Span) -> list[Claim]:
        """Each actor of the row's value is the topic's other party ("Parent | Ant Group": owned_by)."""
        found = []
        subject_id, subject = actor_of(topic)
        quote_start, quote_end = self._quote(doc, row)
        for span in doc.spans.get(SPANS_KEY, []):
            if not (row.value[0] <= span.start_char and span.end_char <= row.value[1]) \
                    or span.label_ in NO_PARTY_TYPES or span.id_ == topic.id_:
                continue
            object_id, name = actor_of(span)
            found.append(Claim(kind="relation", predicate=row.predicate, phrase_start=row.label[0],
                               phrase_end=span.end_char, quote_start=quote_start, quote_end=quote_end,
                               method="relation/infobox", subject_id=subject_id, subject=subject,
                               object=name, object_id=object_id, confidence=0.6, extra={"infobox": True}))
        return found

    def _figures(self, doc: Doc, claims: list[Claim], row: InfoRow, topic: Span) -> None:
        """The figure that opens the row's value counts what the label says of the topic ("Users | 520
        million (2018)": the topic's user_count, as of the year in brackets); another component's
        reading of it takes the label's predicate and the topic, else the row makes its own."""
        subject_id, subject = actor_of(topic)
        unit = self.figure_units.get(row.predicate)
        read = [c for c in claims if c.kind == "figure" and row.value[0] <= c.phrase_start < row.value[1]
                and c.predicate not in ("share", "money_amount")]
        for claim in read:
            claim.predicate, claim.subject_id, claim.subject = row.predicate, subject_id, subject
            if unit and (not claim.unit or "noun" in claim.extra):
                claim.unit = unit  # a unit read from the label ("Number of employees": numbers) gives way
            claim.extra["subject_rule"] = "infobox"
        if not read and (figure := self._figure(doc, row)) is not None:
            q, sent, when = figure
            claims.append(Claim(kind="figure", predicate=row.predicate, phrase_start=doc[q.phrase_start].idx,
                                phrase_end=doc[q.phrase_end - 1].idx + len(doc[q.phrase_end - 1]),
                                quote_start=sent.start_char, quote_end=sent.end_char, method="figure/infobox",
                                subject_id=subject_id, subject=subject, value=q.value, unit=unit, bound=q.bound,
                                as_of=when, confidence=0.6, extra={"subject_rule": "infobox"}))

    def _figure(self, doc: Doc, row: InfoRow) -> tuple[Quantity, Span, str | None] | None:
        """The first quantity of the row's value that is no date, its sentence and the date after it."""
        value = doc.char_span(row.value[0], row.value[1], alignment_mode="expand")
        if value is None:
            return None
        times = [e for e in doc._.time_expressions or [] if value.start <= e.start < value.end]
        skip = {i for e in times for i in range(e.start, e.end)}
        quantities = [q for q in self.numbers.quantities(value, skip) if not q.currency and not q.percent]
        if not quantities:
            return None
        q = quantities[0]
        when = next((e.date for e in times if e.start >= q.end and e.date), None)
        return q, doc[q.start].sent, when


@Language.factory("sckb_infobox", default_config={"vocab_path": None, "numbers_path": None})
def make_infobox_reader(nlp: Language, name: str, vocab_path: str | None, numbers_path: str | None):
    numbers = NumberReader(load_checked_vocab("numbers", numbers_path, *NUMBER_SECTIONS), nlp.make_doc)
    return InfoboxReader(units(vocab_path), numbers)
