"""Tables written as text lines: the rows and cells that readers leave of a table.

Readers render an HTML table as lines of cells between bars ("| Tax grade A | SAT | Invoices on demand |",
under a header row and a "|---|---|" rule) and a PDF reader a table as lines whose cells are set apart
by tabs or runs of spaces ("A   90 or above   fast-track approvals"); prose has neither. The figures
(extract/figures.py) and the perks and penalties (extract/perks.py) read cells of both. A timeline is a
table of two columns written as lines, each a date, a dash or a colon, and what happened then
(`timeline_entry`): the cleaner keeps them, the sentence splitter keeps each whole, and the dates
(extract/dates.py) date each entry's event by its date. A box of key figures is one too (`fact_lines`:
"Blacklisted debtors (June 2023): 8.5 million"): its figure counts its label, as of the label's time,
which dates no event.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from extract.citations import DATE
from extract.numbers import doc_text, line_at

#: The character that separates the cells of a table row.
CELL = "|"
#: What separates the cells of a table laid out with spaces, as PDF readers render one: a tab
#: or two spaces and more (prose has neither).
CELL_GAP = re.compile(r"\t+| {2,}")
#: A gap that sets cells apart in a row: three spaces or more, a tab, or two spaces after a word
#: (two after a full stop are a typist's gap between sentences).
_ROW_GAP = r"(?: {3,}|\t+|(?<=[^\s.!?:;,]) {2}(?=\S))"
#: A row of a table laid out with spaces: three cells or more, two such gaps between them.
SPACED_ROW = re.compile(rf"\S{_ROW_GAP}\S.*?\S{_ROW_GAP}\S")
#: A number cell ("4.1 million", "212,000", "21.6%").
NUMBER_CELL = re.compile(r"^[-+(]?\d[\d,.]*")


def pipe_row(line: str) -> bool:
    """A row of a table written with bars: "| a | b |"."""
    return line.strip().startswith(CELL) and line.count(CELL) >= 3


def rule_row(line: str) -> bool:
    """The rule under a header row: "|---|---|"."""
    return pipe_row(line) and not line.replace(CELL, "").strip(" -:")


def pipe_cells(start: int, line: str) -> list[tuple[int, int]]:
    """Character spans (in the document) of the cells of a table row starting at `start`, without
    their spaces (a blank cell's is empty)."""
    spans, offset = [], start
    for part in line.split(CELL):
        lead = len(part) - len(part.lstrip())
        spans.append((offset + lead, offset + max(lead, len(part.rstrip()))))
        offset += len(part) + 1
    return spans[1:-1]


def spaced_cells(start: int, line: str) -> list[tuple[int, int]]:
    """Character spans (in the document) of the cells of a line laid out with spaces."""
    spans, offset = [], start
    for part in CELL_GAP.split(line):
        if part.strip():
            lead = len(part) - len(part.lstrip())
            spans.append((offset + lead, offset + len(part.rstrip())))
        offset += len(part)
        gap = CELL_GAP.match(line, offset - start)
        offset += len(gap.group()) if gap else 0
    return spans


@dataclass
class Row:
    """A row of a table below its header: character spans (in the text) of its cells and of its
    table's header cells."""

    cells: list[tuple[int, int]]
    header: list[tuple[int, int]]


def spaced_row(line: str) -> bool:
    """A line laid out with spaces in three cells or more."""
    return SPACED_ROW.search(line.strip()) is not None


def figures_row(line: str) -> bool:
    """A row of a table of figures laid out with spaces: two cells and more, two of them numbers,
    or cells set apart by tabs; or three cells and more, one of them holding a number ("B  75 to 89
    once a year", "D  below 60  ...": a bound first)."""
    cells = [part.strip() for part in CELL_GAP.split(line) if part.strip()]
    if spaced_row(line):
        return any(any(ch.isdigit() for ch in cell) for cell in cells)
    numbers = sum(1 for cell in cells if NUMBER_CELL.match(cell))
    return len(cells) >= 2 and numbers >= 1 and (numbers >= 2 or "\t" in line.strip())


def rows_under_header(text: str) -> list[Row]:
    """Every row of the text's tables that stands under a header row: in a table written with bars,
    the rows after the rule under the header ("| Rating | ... |" / "|---|" / "| Tax grade A | ... |"),
    blank lines between rows allowed (a row above a rule is the next table's header, or a caption's); in a table laid out with spaces, the lines after the first of a
    run of such lines. A PDF reader may join a row to the next one ("... priority for subsidies B  75
    to 89 ..."): a row with more cells than its header is parted where a cell runs on into the next
    row's label (`_joined_rows`)."""
    lines, offset = [], 0
    for line in text.split("\n"):
        lines.append((offset, line))
        offset += len(line) + 1
    rows, n = [], 0
    while n < len(lines):
        if pipe_row(lines[n][1]):
            group = []
            while n < len(lines) and (pipe_row(lines[n][1]) or not lines[n][1].strip()):
                if lines[n][1].strip():
                    group.append(lines[n])
                n += 1
            header = None
            for k, row in enumerate(group):  # a header is the row above a rule (a caption's row may be one)
                if rule_row(row[1]):
                    continue
                if k + 1 < len(group) and rule_row(group[k + 1][1]):
                    header = pipe_cells(*row)
                elif header is not None:
                    rows.append(Row(pipe_cells(*row), header))
        elif spaced_row(lines[n][1]):
            group = []
            while n < len(lines) and spaced_row(lines[n][1]):
                group.append(lines[n])
                n += 1
            header = spaced_cells(*group[0])
            rows += [Row(cells, header) for row in group[1:] for cells in _joined_rows(text, spaced_cells(*row), len(header))]
        else:
            n += 1
    return rows


def _joined_rows(text: str, cells: list[tuple[int, int]], width: int) -> list[list[tuple[int, int]]]:
    """The rows of a line that holds more cells than its header (`width`): where the last cell of a row
    ends in a short capitalised word, that word is the next row's label ("fast-track approvals;
    priority for subsidies B")."""
    rows = []
    while len(cells) > width > 1:
        a, b = cells[width - 1]
        label = re.search(r" ([A-Z][A-Za-z+-]{0,3})$", text[a:b])
        if label is None:
            break
        rows.append(cells[:width - 1] + [(a, a + label.start())])
        cells = [(a + label.start(1), b)] + cells[width:]
    return rows + [cells]


def cell_items(text: str, cell: tuple[int, int]) -> list[tuple[int, int]]:
    """The items of a cell parted by semicolons ("Invoices on demand; faster export rebates"), without
    their spaces."""
    items, start = [], cell[0]
    for part in text[cell[0]:cell[1]].split(";"):
        lead = len(part) - len(part.lstrip())
        if part.strip():
            items.append((start + lead, start + len(part.rstrip())))
        start += len(part) + 1
    return items


#: A timeline's entry: a line that opens (after a bullet) with its date, a dash or a colon, then the
#: event, told in the present or as a headline ("June 2014 – The State Council issues the Planning
#: Outline", "2018: Baihang Credit licensed", "Q3 2019 - Suzhou rolls out ...", "Late 2019: ...").
TIMELINE_ENTRY = re.compile(
    r"[ \t]*(?:[-–—•*·][ \t]*)?(?:(?:early|mid|late|spring|summer|autumn|fall|winter|Q[1-4]|H[12])[ \t-]*)?"
    rf"(?:{DATE.pattern})(?:[ \t]*[-–/][ \t]*\d{{2,4}})?[ \t]*(?::|[-–—](?=[ \t]))[ \t]*(?=\S)",
    re.IGNORECASE)


def timeline_entry(text: str, line_start: int) -> re.Match | None:
    """The opening of a timeline's entry (`TIMELINE_ENTRY`: its date and the dash or colon after it) on
    the line that starts at `line_start`, if that line is one."""
    match = TIMELINE_ENTRY.match(text, line_start)
    return match if match is not None and "\n" not in match.group(0) else None


def entry_of_line(doc: Doc, char: int) -> tuple[int, str, re.Match | None]:
    """The line of the Doc's text holding character `char`: where it starts, the line, and the opening of
    the timeline entry it is, if it is one (`timeline_entry`)."""
    text = doc_text(doc)
    line_start, line = line_at(text, char)
    return line_start, line, timeline_entry(text, line_start)


#: A line of a box of key figures: a label, maybe the time it counts at in brackets, a colon, then the
#: figure and at most a few words ("Blacklisted debtors (June 2023): 8.5 million", "Pilot cities: 62",
#: "- Fines collected in 2022: 3.2 billion yuan").
FACT_LINE = re.compile(
    r"[ \t]*(?:[-–—•*·][ \t]*)?(?P<label>[A-Z][^:()\n]{1,60}?)[ \t]*(?:\((?P<when>[^()\n]{2,30})\))?[ \t]*:[ \t]*"
    r"(?P<value>(?:[$¥€£]|US\$|HK\$|RMB|CNY)?[ \t]?[~≈]?\d[^\s\n]*(?:[ \t]+[^\s\n]+){0,4})[ \t]*$")


@dataclass
class FactLine:
    """A line of a box of key figures: character spans (in the text) of its label, of the time in
    brackets after the label (or None) and of its value."""

    label: tuple[int, int]
    when: tuple[int, int] | None
    value: tuple[int, int]


def fact_lines(text: str) -> list[FactLine]:
    """The lines of the text's boxes of key figures (`FACT_LINE`), in runs of two lines and more: one such
    line alone ("Note: 3 of them appealed") is no box."""
    found: list[FactLine] = []
    run: list[FactLine] = []
    offset = 0
    for line in text.split("\n") + [""]:
        match = FACT_LINE.fullmatch(line)
        if match is not None:
            span = lambda name: (offset + match.start(name), offset + match.end(name)) if match.group(name) else None
            run.append(FactLine(span("label"), span("when"), span("value")))
        elif line.strip():
            found += run if len(run) >= 2 else []
            run = []
        offset += len(line) + 1
    return found + (run if len(run) >= 2 else [])


def key_figure_lines(doc: Doc) -> list[FactLine]:
    """The Doc's `fact_lines`, and the figure rows of its infoboxes ("Users | 520 million (2018)":
    extract/infobox.py), found once per document."""
    if "sckb_fact_lines" not in doc.user_data:
        from extract.infobox import doc_infobox_rows  # the infobox's claims build on the actors, which use tables

        rows = [FactLine(row.label, None, row.value) for row in doc_infobox_rows(doc) if row.kind == "figures"]
        doc.user_data["sckb_fact_lines"] = fact_lines(doc_text(doc)) + rows
    return doc.user_data["sckb_fact_lines"]
