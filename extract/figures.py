"""Figures: the numbers a source states, as claims ("over 520 million users" -> user_count,
520000000.0, unit users, bound min).

The component "sckb_figures" reads each sentence's quantities (extract/numbers.py) and makes
a claim of each one that measures something:

- counts: "<number> <counted noun>" ("450,000,000 verified accounts", "eight private
  companies"); the predicate comes from the counted noun and cue words of the sentence
  (corpus/vocab/metrics.yaml, `counts`); an unknown noun gives predicate "count" with the noun
  as unit. "ten hours a day" is a rate: unit "hours per day". A word written with hyphens
  counts as one modifier ("27 follow-up interviews", "610,000 high-speed rail trips").
- percentages: "56 percent of respondents" (`percents`); unit "percent".
- money: "1,000 yuan", "$150"; unit the ISO 4217 code (CNY, USD: "yuan", "RMB" and "¥" all
  compare), predicate money_amount. An equivalent in brackets ("1,000 yuan (about $150 USD)")
  is a second claim, since the text states it (its own bound, approx here); the two point at
  each other with extra["equivalent"] and extra["equivalent_of"] = {value, unit}, so that a
  cross-check does not take a conversion for a second amount.
- adjectival measures: "a 72-year-old man" (age, years), "a 1,500-character letter" (count,
  characters), "a 10-day trip" (duration, days).
- measures on a scale (`measures`): "my Sesame score was 696", "his Sesame score (713)", "her
  score: 768 this week", "her score, which had been 702,", "pushed his score down to 580" -> score; "a score greater than 650"
  -> score_threshold, bound min; the number of a threshold noun in a passage about scores
  ("lower its deposit-free threshold to 560 from 580", "raised its threshold to 600": `threshold_nouns`)
  -> score_threshold, both the level moved to and the level moved from.
- ranges: "from 350 to 950", "between 10 and 20 million", a band a label opens on a list's line
  ("Grade B: 1,000 to 1,049 points"): two claims, the low end bound min and the high end bound max,
  extra["range"] = "low" | "high". On a verb of change (`change_verbs`: "the limit went from 500 yuan
  to 8,000 yuan") the two are a level before and one after, each with its own bound, extra["change"] =
  "from" | "to".
- tables: a number alone in a cell of a table written as text lines, its cells set apart by
  "|" or, as PDF readers render tables, by tabs or runs of spaces; it counts its row's label or
  its column's header, and takes the scale and currency its caption or header gives in brackets
  ("Revenue (RMB million)"); in a table of names and numbers it is a bare count. A number with no
  noun of its own after a label's colon in a box of key figures counts the label's head noun, as of
  the label's time ("Blacklisted debtors (June 2023): 8.5 million": `key_figure_line`).
- age limits: "residents aged 18 or over", "from the age of 16" (`age_cues`); a person's
  age: "Li Wei, 34, a courier", "..., who is 71," (named or not: "who" stands for a person).
- sample sizes: "(N = 1,520)", "(n = 2,406)" (`sample_size_cues`): a count without a noun.
- a study's own material: "Drawing on 28 interviews with users, we show", "a survey of 812 residents",
  "Using records of 41,000 riders, we find" (`study_material`): a plain count of no actor's.

- scores by context: a number after a scoring verb ("residents who score 150 or above",
  "people scoring 600 or higher", "those rated 180 or above"), a bound in a sentence about a
  scoring system ("below 550", "700 and above"), points with a bound ("at least 600
  points", "260 points or more"): score_threshold; a range a scoring verb or a scale governs
  ("scores its users between 350 and 950", "a scale of 350 to 950"; in brackets after a range noun,
  `range_nouns`: "its range (350 to 950)"): two scores. The passage
  may name the score up to `score_passage_sentences` sentences before; "over", "under", "at"
  bound only a number too large for an age or an hour ("over 750": `large_thresholds`).
- points changes: a signed number in a passage about scores ("giving blood (+10)", "drunk
  driving (-100)") is the points an act adds or takes away: score, extra["change"].
- elliptical figures: a scaled number without its noun takes it from the partitive after it
  ("More than 1.2 million of the city's 4.3 million residents"), from the antecedent of "the
  number"/"the figure" ("how many people have opted in ... put the number at 400 million"),
  or from a parallel figure of the sentence ("15.7 million people, up from 9.6 million", "within
  five working days rather than 20"); numbers after a count's colon or in its brackets that add
  up to it are its parts ("2,140 residents (Jinhu 720, Fenglin 760, Tanxi 660)");
  a part of a group the text names counts the group's noun ("17 of the 45 schemes",
  "all 11 of its prefectures"), as do the bare numbers after a group put first ("Of the 62 schemes
  she has catalogued, 41 reward volunteering, and only 12 publish ..."; "Of those, 28 ..."); a bare
  number after "and" before its verb ("of whom 38,000 were rated AAA and 2,700 were rated D") or
  left alone by a conjunct without its verb ("..., and its second list about 780,000") counts the
  noun of the figure before it; a number that is a scoring verb's subject is those scored, no score.
- a counted noun with "the" that repeats a figure stated before ("the eight companies") is
  no new figure; a currency equivalent takes its amount's bound, and a bound after the
  brackets ("2,000 yuan ($290) or more") is both amounts'.

A bound before the first of two coordinated figures applies to both ("more than 11 million
flights and 4 million train trips": both min; extra["bound_from"] = "coordination").

Not figures: furniture ("figure 1", "season 3", "Top 10", "Project number 22609415", page and
volume numbers, phone numbers, copyright years), years (dates are extract/dates.py's), numbers
inside time expressions, a note's number in square brackets ("plane tickets [4]."), ordinals ("4th", "first"), the text's own parts counted exactly ("Five
myths about ..."; with a bound they are the world's: "lists more than 140 ways to gain points"),
"one" used as a determiner ("one of the eight companies": the claim is 8 companies) or as a lower bound ("at least one perk": any),
classifiers ("five star hotels", "a 5-star hotel", "rated four stars or above"), lengths of time that place an event ("two years before
the national plan", "Updated 3 hours ago": `time_point_words`), lengths of time that frame another
figure ("in the first nine months of 2024"; beside a poll's share, "in the past twelve months":
numbers.yaml `time_frames`), reference-list entries, and
hypothetical examples ("someone who plays videogames for ten hours a day"; a score threshold
under a hypothetical subject is a rule and stays: "anyone who falls below 850"), and figures in a
question ("Does the system stop 23 million people from travelling?"; not one before the colon that
opens a quoted question: "We asked 5,320 readers: "Would you ...?"").

Subject: extract/subjects.py; a score, a blocked flight or an amount in a clause with a score
condition belongs to the scoring system or blacklist of the text (`scoring_system`; a relative clause on a
named actor is a clause of its own: "Ant, which was valued at $60 billion, says 100 partners use Sesame
scores" values Ant), users to
what they activated ("2 million residents have activated it"). As-of: the time expression that
modifies the figure's clause ("till the end of 2016", "as of October", "In 2015, ..."), resolved
by extract/dates.py.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace
from decimal import Decimal

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from extract.claims import Claim
from extract.dates import TimeExpression, TimeFinder, expression_root, in_span, range_links_of, time_expressions
from extract.actors import actors_in, is_description
from extract.perks import questioned
from extract.numbers import (NUMBER_SECTIONS, YEAR, NumberReader, Quantity, doc_text, line_at, load_checked_vocab,
                             match_after, match_before, norm, opens_range, phrases, words_of)
from extract.tables import (CELL, CELL_GAP, FactLine, figures_row, key_figure_lines, pipe_cells as _cells, pipe_row as _table_row,
                            spaced_cells as _spaced_cells)
from extract.subjects import (LIST_NOUNS, Subject, actor_at, company_of_text, court_list, fined_party, is_partitive, is_score,
                              is_scoring_system, judged_party, law_of_passage, law_outweighs, opinion_subject, phrase_head,
                              pipeline_gazetteer_path, same_paragraph, score_system, scoring_system, speaks_of_schemes,
                              stake_subject, subject_of, use_gazetteer, writers_own)

for _name in ("claims", "published"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

#: Words before a number that name a group counted before ("the eight").
DEFINITE_WORDS = {"the", "these", "those"}
#: No one is older: a larger number is no age.
OLDEST_AGE = 120
#: Marks that open a quoted or announced question after the words that frame it ("We asked: “Would ...?”").
OPENING_MARKS = (":", "“", "‘", "«")


def _person_at(token: Token) -> Span | None:
    """The person whose name ends at (or holds) this token."""
    return next((span for span in actors_in(token.sent) if span.label_ == "person" and span.start <= token.i < span.end), None)


def _in_hyphenated_word(token: Token) -> bool:
    """A hyphen or the part after it in a word written with hyphens ("follow-up", "third-party",
    "state-owned"): what the parser tags it matters less than the word it helps make."""
    doc = token.doc
    if token.text == "-":
        return True
    return token.i > 0 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_ \
        and token.i > 1 and not doc[token.i - 2].whitespace_


def _who_is(number: Token) -> bool:
    """ "..., who is 63, ...": a number a relative clause of "who" states, the age of a person."""
    verb = number.head
    return number.dep_ in ("attr", "acomp") and verb.lemma_ == "be" and verb.dep_ == "relcl" \
        and any(c.dep_ == "nsubj" and c.lower_ == "who" for c in verb.children)


def _before_hyphen(token: Token) -> bool:
    """The first part of a word written with hyphens ("on" in "on-site")."""
    doc = token.doc
    return token.i + 1 < len(doc) and doc[token.i + 1].text == "-" and not token.whitespace_ \
        and not doc[token.i + 1].whitespace_


def _compound_before_head(token: Token) -> bool:
    """A noun that modifies the noun after it ("credit" in "credit scores"): not the head noun."""
    return token.dep_ == "compound" and token.head.i > token.i


def _fact_item(sent: Span, q: Quantity) -> bool:
    """ "• 6.2 million: rail tickets refused since 2013": a number opening its line, then a colon
    and what it counts, as fact boxes and key-figure lists write them."""
    doc = sent.doc
    if q.end >= sent.end or doc[q.end].text != ":":
        return False
    before = q.start - 1
    while before >= sent.start and (doc[before].is_punct or doc[before].text in "•·*"):  # a bullet
        before -= 1
    return before < sent.start or "\n" in doc[before].text or "\n" in doc[before].whitespace_


def _asked(sent: Span, figure: "Figure") -> bool:
    """ "Does the system stop 23 million people from travelling?", "Would I panic if my score dropped
    to 580?": a figure in a question is asked about, not claimed; one before the colon or the quotation
    mark that opens a quoted question is the text's ("We asked 5,320 readers: "Would you ...?"")."""
    doc = sent.doc
    if not questioned(sent):
        return False
    return not any(t.text in OPENING_MARKS or t.text == '"' and not t.whitespace_
                   for t in doc[figure.phrase_end:sent.end - 1])


@dataclass
class TableCell:
    """Where a number stands in a table written as text lines ("| Alipay | 1.2 billion | 2023 |"),
    as readers render HTML tables, or laid out with spaces, as PDF readers render them: its row's
    label (first cell), its column's header cell (in the first row of the table) and the year of
    its column or row, if any."""

    label: Span | None
    header: Span | None
    year: str | None
    #: a table laid out with spaces: its lines above the number up to its caption, and its row
    #: before the number, where a unit in brackets gives the scale ("Revenue (RMB million)")
    heading: str = ""


#: A unit in brackets in a table's caption or header ("Revenue (RMB million)", "Users (millions)").
HEADING_UNIT = re.compile(r"\(([^()]*)\)")


def _cell_span(doc: Doc, cell: tuple[int, int]) -> Span | None:
    """The words of a cell; none in a blank one."""
    return doc.char_span(*cell, alignment_mode="expand") if cell[0] < cell[1] else None



def _column(text: str, cells: list[tuple[int, int]], begin: int, end: int, run_on: bool = False) -> int | None:
    """The cell the characters `begin`:`end` of the text fill alone, or None; with `run_on`, the cell
    may run on into a capitalised word (a PDF reader joined the next row to this one)."""
    for n, (a, b) in enumerate(cells):
        if a == begin and (b == end or run_on and text[end:end + 1] == " " and text[end + 1:end + 2].isupper()):
            return n
    return None


def _row_cell(doc: Doc, q: Quantity, is_row, split, run_on: bool = False):
    """(text, the row's start, the row, its cells, the quantity's column) when the quantity stands
    alone in a cell of a table row (`is_row`, cells by `split`); else None."""
    first, last = doc[q.phrase_start], doc[q.phrase_end - 1]
    text = doc_text(doc)
    start, line = line_at(text, first.idx)
    if not is_row(line):
        return None
    cells = split(start, line)
    column = _column(text, cells, first.idx, last.idx + len(last), run_on=run_on)
    return None if column is None else (text, start, line, cells, column)


def table_cell(doc: Doc, q: Quantity) -> TableCell | None:
    """The table cell a quantity fills alone (see `TableCell`), or None."""
    found = _row_cell(doc, q, _table_row, _cells)
    if found is None:  # not in a table row, or not alone in its cell
        return None
    text, start, _, cells, column = found
    if column == 0:  # the row's label: a rank or an item number
        return TableCell(None, None, None)
    header_start, header = _table_header(text, start)
    header_cells = _cells(header_start, header) if header_start != start else []
    label = _cell_span(doc, cells[0])
    head = _cell_span(doc, header_cells[column]) if column < len(header_cells) else None
    years = [head.text] if head is not None and YEAR.match(head.text) else \
        [text[a:b] for a, b in cells if YEAR.match(text[a:b])]
    return TableCell(label, head, years[0] if len(years) == 1 else None)




def spaced_table_cell(doc: Doc, q: Quantity) -> TableCell | None:
    """The cell of a table laid out with spaces ("Zhejiang      41,200       18,900") a quantity fills
    alone, or None; a PDF reader may join a row to the next one ("... 212,000 Taizhou    Hehe
    Points ..."), so a cell may run on into a capitalised word. Its header is the cell in the same
    place of the table's first row, if that row has as many cells."""
    found = _row_cell(doc, q, figures_row, _spaced_cells, run_on=True)
    if found is None:
        return None
    text, start, line, cells, column = found
    begin = doc[q.phrase_start].idx
    if column == 0:  # the row's label: a rank or an item number
        return TableCell(None, None, None)
    rows = _spaced_rows_above(text, start)
    header_start, header = next(((a, row) for a, row in rows if CELL_GAP.search(row.strip())), (start, line))
    header_cells = _spaced_cells(header_start, header)
    aligned = header_start != start and len(header_cells) == len(cells)
    head = _cell_span(doc, header_cells[column]) if aligned else None
    label = _cell_span(doc, cells[0])
    heading = " ".join([*(row for _, row in rows), text[start:begin]])
    if aligned and (stub := _cell_span(doc, header_cells[0])) is not None:
        heading += f" ({stub.text})"  # "RMB million    Q1 2018    Q1 2019": the stub gives the unit as a bracket would
    year = head.text if head is not None and YEAR.match(head.text) else None
    return TableCell(label, head, year, heading)


def _spaced_rows_above(text: str, start: int) -> list[tuple[int, str]]:
    """The lines above the row starting at `start` in its table laid out with spaces, in order,
    across blank lines, down from the caption (the first line without cell gaps: "Table 1. ...")."""
    rows, cursor = [], start
    while cursor > 0:
        above, line = line_at(text, cursor - 1)
        if line.strip():
            rows.insert(0, (above, line))
            if not CELL_GAP.search(line.strip()):
                break  # the caption
        cursor = above
    return rows



def key_figure_line(doc: Doc, q: Quantity) -> FactLine | None:
    """The line of a box of key figures whose value holds the number `q`, if it stands in one."""
    start = doc[q.start].idx
    return next((f for f in key_figure_lines(doc) if f.value[0] <= start < f.value[1]), None)


def _in_table(figure: Figure, cell: TableCell) -> Figure:
    """A figure read off a table cell: marked extra["table"], as of its column's or row's year."""
    figure.extra["table"] = True
    if cell.year is not None:
        figure.extra["as_of"] = cell.year
    return figure

def _table_header(text: str, start: int) -> tuple[int, str]:
    """The first row of the table whose row starts at `start`, across the blank lines between
    rows and the "|---|---|" rule under the header."""
    header, cursor = (start, line_at(text, start)[1]), start
    while cursor > 0:
        above, line = line_at(text, cursor - 1)
        if _table_row(line):
            if line.replace(CELL, "").strip(" -:"):  # not the rule
                header = (above, line)
        elif line.strip():
            break
        cursor = above
    return header


def _last_noun(span: Span | None, kinds: tuple[str, ...]) -> Token | None:
    """The last noun of a label or header cell ("Loan applications scored": applications); a
    header in capitals may be tagged a proper noun ("Users"); a letter is a grade's, no noun ("| B |")."""
    if span is None:
        return None
    nouns = [t for t in span if t.pos_ in kinds and t.is_alpha and len(t) > 1 and not t.ent_type_]
    return nouns[-1] if nouns else None


#: Part-of-speech and dependency labels of the words that may stand between a number and the
#: noun it counts ("450,000,000 verified accounts", "4 million train trips").
NOUN_MODIFIERS = {"ADJ", "NOUN", "PROPN", "VERB"}
#: How far past the number the counted noun may be.
MAX_NOUN_DISTANCE = 4
#: Base confidence of a figure by what it is.
KIND_CONFIDENCE = {"count": 0.8, "generic": 0.55, "percent": 0.75, "money": 0.75, "measure": 0.75}


def _definite(noun: Token) -> bool:
    """ "the eight companies": a counted noun with "the" names a set stated before."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in noun.children)


def plural(noun: str) -> str:
    """English plural of a unit noun written in the singular ("character" -> "characters")."""
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "i", "o", "u"):
        return noun[:-1] + "ies"
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    return noun + "s"


@dataclass
class Metric:
    predicate: str
    nouns: list[tuple[str, ...]] = field(default_factory=list)
    cues: set[str] = field(default_factory=set)
    unit: str | None = None
    threshold_predicate: str | None = None

    def matches(self, noun_key: tuple[str, ...] | None, sentence_words: set[str]) -> bool:
        if self.nouns and (noun_key is None or not any(noun_key[-len(n):] == n for n in self.nouns)):
            return False
        return not self.cues or bool(self.cues & sentence_words)


def _metrics(entries, tokenize) -> list[Metric]:
    return [
        Metric(
            predicate=entry["predicate"],
            nouns=sorted({words_of(n, tokenize) for n in entry.get("nouns", [])}, key=lambda n: (-len(n), n)),
            cues={c.lower() for c in entry.get("cues", [])},
            unit=entry.get("unit"),
            threshold_predicate=entry.get("threshold_predicate"),
        )
        for entry in entries or []
    ]


@dataclass
class Figure:
    """A quantity read as a figure, before it becomes a claim."""

    quantity: Quantity
    kind: str  # count | generic | percent | money | measure
    predicate: str
    unit: str | None
    anchor: Token  # the token the figure is about (counted noun, measure noun, number)
    phrase_start: int  # token span of the claim's words
    phrase_end: int
    extra: dict = field(default_factory=dict)


class FigureExtractor:
    def __init__(self, nlp: Language, metrics: dict, numbers: dict, events: dict):
        tokenize = nlp.make_doc
        self.reader = NumberReader(numbers, tokenize)
        self.finder = TimeFinder(events["calendar"], self.reader, tokenize, range_links_of(events))
        self.counts = _metrics(metrics.get("counts"), tokenize)
        self.percents = _metrics(metrics.get("percents"), tokenize)
        self.measures = _metrics(metrics.get("measures"), tokenize)
        self.money_predicate = (metrics.get("money") or {}).get("predicate", "money_amount")
        elliptical = metrics.get("elliptical") or {}
        self.antecedent_nouns = {w.lower() for w in elliptical.get("antecedent_nouns", [])}
        self.partitive_pronouns = {w.lower() for w in elliptical.get("partitive_pronouns", [])}
        self.parallel_cues = phrases(elliptical.get("parallel_cues", []), tokenize)
        self.difference_words = {w.lower() for w in elliptical.get("difference_words", [])}
        self.sample_size_cues = phrases(metrics.get("sample_size_cues", []), tokenize)
        study = metrics.get("study_material") or {}
        self.study_verbs_on = {w.lower() for w in study.get("verbs_on", [])}
        self.study_verbs = {w.lower() for w in study.get("verbs", [])}
        self.study_nouns = {w.lower() for w in study.get("nouns", [])}
        self.study_doers = {w.lower() for w in study.get("doers", [])}
        self.study_recounted = {w.lower() for w in study.get("recounted", [])}
        self.level_verbs = {w.lower() for w in metrics.get("level_verbs", [])}
        self.change_verbs = {w.lower() for w in metrics.get("change_verbs", [])}
        self.age = next((m for m in self.counts if m.predicate == "age"), None)
        #: the units of a length of time ("year", "month", "quarter")
        self.time_units = {noun[-1] for m in self.counts if m.predicate == "duration" for noun in m.nouns}
        scale_unit = self.measures[0].unit if self.measures else None
        #: nouns counted in the unit of the scale ("points"): they tell a passage about scores
        self.point_nouns = {noun[-1] for m in self.counts if m.unit and m.unit == scale_unit for noun in m.nouns}
        self.threshold_words = {w.lower() for w in metrics.get("threshold_words", [])}
        large = metrics.get("large_thresholds") or {}
        self.large_threshold_words = {w.lower() for w in large.get("words", [])}
        self.large_threshold_floor = float(large.get("floor", 0))
        self.score_passage = int(metrics.get("score_passage_sentences", 1))
        self.bound_adjectives = {w.lower(): bound for bound, adjectives in (metrics.get("bound_adjectives") or {}).items()
                                 for w in adjectives}
        self.score_verbs = {w.lower() for m in metrics.get("measures") or [] for w in m.get("verbs", [])}
        #: nouns whose number is a score's threshold ("lower its threshold to 560")
        self.threshold_nouns = {w.lower() for m in metrics.get("measures") or [] for w in m.get("threshold_nouns", [])}
        #: nouns whose bracketed range is a scale's ("its range (350 to 950)")
        self.range_nouns = {w.lower() for m in metrics.get("measures") or [] for w in m.get("range_nouns", [])}
        self.threshold_predicates = {m.threshold_predicate for m in self.measures if m.threshold_predicate}
        self.age_cues = phrases(metrics.get("age_cues", []), tokenize)
        #: predicates whose subject is the scoring system or blacklist of the sentence
        self.system_predicates = {e["predicate"] for e in metrics.get("counts") or [] if e.get("subject") == "system"}
        self.perk_nouns = {w.lower() for w in (metrics.get("money") or {}).get("perk_nouns", [])}
        self.fining_verbs = {w.lower() for w in (metrics.get("money") or {}).get("fining_verbs", [])}
        self.judgment_nouns = {w.lower() for w in (metrics.get("money") or {}).get("judgment_nouns", [])}
        self.obligation_modals = {w.lower() for m in metrics.get("counts") or [] for w in m.get("obligation_modals", [])}
        self.time_limit_preps = {w.lower() for m in metrics.get("counts") or [] for w in m.get("time_limit_preps", [])}
        scoring = metrics.get("scoring") or {}
        self.system_nouns = {w.lower() for w in scoring.get("system_nouns", [])}
        self.other_scheme_words = {w.lower() for w in scoring.get("other_scheme_words", [])}
        self.obligation_verbs = {w.lower() for m in metrics.get("counts") or [] for w in m.get("obligation_verbs", [])}
        self.gazetteer_path = pipeline_gazetteer_path(nlp)

    def __call__(self, doc: Doc) -> Doc:
        if doc._.claims is None:
            doc._.claims = []
        use_gazetteer(doc, self.gazetteer_path)
        expressions = time_expressions(doc, self.finder)
        stated: set[tuple] = set()  # (value, counted noun) of the figures so far
        self._counted: list[Token] = []  # the nouns counted so far, for "86 of them"
        for sent in doc.sents:
            if self.reader.is_reference_entry(sent):
                continue
            sent_expressions = in_span(expressions, sent)
            dates = {i for e in sent_expressions for i in range(e.start, e.end)}
            made: list[tuple[Claim, Subject | None]] = []  # the sentence's figures so far
            for figure in self.figures(sent, dates):
                key = (figure.quantity.value, figure.anchor.lemma_.lower())
                if figure.kind in ("count", "generic") and key in stated and _definite(figure.anchor):
                    continue  # "the eight companies": a figure stated before, named again
                stated.add(key)
                if figure.kind in ("count", "generic"):
                    self._counted.append(figure.anchor)
                figure = self._study_count(figure)
                subject = self.subject(figure, made)
                made.append((self.claim(doc, sent, figure, sent_expressions, subject), subject))
            doc._.claims.extend(claim for claim, _ in made)
        return doc

    # -- reading figures ----------------------------------------------------------------------

    def figures(self, sent: Span, dates: set[int]) -> list[Figure]:
        """The figures of a sentence; `dates` are the tokens of its time expressions."""
        doc = sent.doc
        quantities = [q for q in self.reader.quantities(sent, dates) if not self._skip(doc, q)]
        words = {t.lemma_.lower() for t in sent} | {norm(t) for t in sent}
        found: list[Figure] = []
        self._context = (quantities, found, dates)
        used: set[int] = set()
        for n, quantity in enumerate(quantities):
            if quantity.start in used:
                continue
            following = quantities[n + 1] if n + 1 < len(quantities) else None
            if following is not None and self._is_range(doc, quantity, following):
                found.extend(self._range(sent, quantity, following, words))
                used.add(following.start)
                continue
            figure = self.read(sent, quantity, words)
            if figure is None:
                continue
            found.append(figure)
            if figure.kind == "money" and following is not None and self._is_equivalent(doc, quantity, following):
                equivalent = self.read(sent, following, words)
                if equivalent is not None:  # "1,000 yuan (about $150 USD)": one amount, twice
                    self._share_equivalent_bound(doc, sent, quantity, following)
                    figure.extra["equivalent"] = {"value": following.value, "unit": following.currency}
                    equivalent.extra["equivalent_of"] = {"value": quantity.value, "unit": quantity.currency}
                    equivalent.anchor = figure.anchor
                    found.append(equivalent)
                    used.add(following.start)
        self._share_bounds(doc, found)
        # a threshold under a hypothetical subject is a rule ("anyone who falls below 850 is rated D")
        found = [f for f in found if f.predicate in self.threshold_predicates or not self._hypothetical(f.anchor)]
        return [f for f in found if not _asked(sent, f)]

    def _skip(self, doc: Doc, q: Quantity) -> bool:
        return self.reader.is_furniture(q, doc) or self.reader.is_weak(q, doc)

    def read(self, sent: Span, q: Quantity, words: set[str]) -> Figure | None:
        doc = sent.doc
        if q.signed:
            return self._points_change(sent, q)
        if q.currency:
            return self._money(doc, q)
        if q.percent:
            return self._percent(sent, q, words)
        if q.cue_end is None and q.end + 1 < sent.end and doc[q.end].text == "-" and doc[q.end + 1].is_alpha:
            return self._adjectival(sent, q, words)  # "a 1,000-yuan bonus" (not "40-odd": a bound)
        cell = table_cell(doc, q) or spaced_table_cell(doc, q)
        if cell is not None:
            return self._table_figure(sent, q, cell, words)
        fact = key_figure_line(doc, q)
        if fact is not None and (figure := self._key_figure(sent, q, fact, words)) is not None:
            return figure
        sample_mark = match_before(doc, q.start, self.sample_size_cues, sent.start) if q.bound == "exact" else None
        if sample_mark is not None:
            return self._sample_size(doc, q, sample_mark)
        noun = self.counted_noun(sent, q)
        if noun is not None and self._text_part(q, noun):
            return None  # "Five myths about ...": the text's own parts
        if noun is not None and match_after(doc, noun.i + 1, self.reader.time_point_words, sent.end) is not None:
            return None  # "Updated 3 hours ago", "two years before the guidance": a point in time, no length
        if noun is not None and self._at_least_one(q, noun):
            return None  # "had used at least one deposit-free service": any, no count
        if noun is not None and self._time_frame(sent, q, noun):
            return None  # "in the first nine months of 2024": when another figure was counted, no length
        if noun is not None and any(c.lower_ in self.reader.source_words and c.dep_ in ("amod", "acl")
                                    for c in noun.children):
            return None  # "two people familiar with the matter": the story's sources
        if noun is not None and self._points_back(doc, q):
            return None  # "the two companies": the ones named before
        if noun is not None:
            return self._count(sent, q, noun, words)
        return self._aged(sent, q) or self._measure(sent, q, words) or self._score_by_context(sent, q, words) \
            or self._age(sent, q) or self._elliptical(sent, q, words)

    def _key_figure(self, sent: Span, q: Quantity, fact: FactLine, words: set[str]) -> Figure | None:
        """ "Blacklisted debtors (June 2023): 8.5 million": a number with no noun of its own after the
        colon of a box of key figures (extract/tables.py `fact_lines`) counts its label's head noun, as a
        table's cell counts its row's label."""
        if q.currency or q.percent:
            return None  # an amount or a share reads by itself ("Fines collected: 3.2 billion yuan")
        noun = self.counted_noun(sent, q)
        if noun is not None and fact.value[0] <= noun.idx < fact.value[1]:
            return None  # "Pilot cities: 62 cities"
        label = sent.doc.char_span(*fact.label, alignment_mode="expand")
        head = label.root if label is not None and label.root.pos_ == "NOUN" else _last_noun(label, ("NOUN",))
        if head is None:
            return None
        figure = self._count(sent, q, head, words)
        figure.anchor = sent.doc[q.end - 1]
        figure.extra["noun"] = label.text
        return figure

    def _text_part(self, q: Quantity, noun: Token) -> bool:
        """ "Five myths about ...", "we answer six common questions", "my testimony makes three points":
        a text numbers its own parts exactly; with a bound the count is the world's ("the handbook lists
        more than 140 ways to gain points")."""
        if q.bound != "exact":
            return False
        lemma = noun.lemma_.lower()
        return lemma in self.reader.structure_nouns or lemma in self.reader.argument_nouns \
            and noun.dep_ == "dobj" and noun.head.lemma_.lower() in self.reader.argument_verbs

    @staticmethod
    def _sample_size(doc: Doc, q: Quantity, mark: int) -> Figure:
        """ "(N = 1,520)": the size of a study's sample, a count with no noun of its own; the phrase
        starts at its mark (token `mark`: "n = 2,406")."""
        return Figure(q, "generic", "count", None, doc[q.end - 1], mark, q.phrase_end, {"sample_size": True})

    def _study_count(self, figure: Figure) -> Figure:
        """A count of a study's own material (metrics.yaml `study_material`) is marked so, and a count
        predicate it cannot be ("812 residents" of a survey: no population) is a plain count."""
        if figure.kind not in ("count", "generic") or not self._study_material(figure.anchor):
            return figure
        extra = {**figure.extra, "study_material": True}
        if figure.predicate in self.study_recounted:
            return replace(figure, predicate="count", kind="generic", unit=self._noun_words(figure.anchor), extra=extra)
        return replace(figure, extra=extra)

    def _study_material(self, noun: Token) -> bool:
        """ "Drawing on 28 interviews with users", "based on 1,900 court decisions", "a survey of 812
        residents", "interviews with 34 judges", "Using trip records of 41,000 riders, we find": the
        counted noun, or a noun whose "of"/"with" phrase holds it, is a study's sampling noun, or the
        object of a verb of basing on or of using, with the study as doer (not "Sesame Credit draws on
        the data of 450 million Alipay users")."""
        token = noun
        while True:
            if token.lemma_.lower() in self.study_nouns:
                return True
            if token.dep_ == "conj":
                token = token.head
            elif token.dep_ == "pobj" and token.head.dep_ == "prep":
                prep, head = token.head, token.head.head
                if head.pos_ in ("VERB", "AUX"):
                    return head.lemma_.lower() in self.study_verbs_on and prep.lower_ in ("on", "upon") \
                        and self._done_by_study(head)
                if prep.lower_ not in ("of", "with") or head.pos_ not in ("NOUN", "PROPN"):
                    return False
                token = head
            elif token.dep_ == "dobj" and token.head.lemma_.lower() in self.study_verbs:
                return self._done_by_study(token.head)
            else:
                return False

    def _done_by_study(self, verb: Token) -> bool:
        """ "we use", "this thesis analyses", "Using ..., we find": a verb whose subject is the writer
        or the text, or a participle opening the sentence, which the main clause's subject does
        ("Drawing on ..., this thesis argues"; "This report, based on ...": the noun it describes)."""
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None and verb.tag_ in ("VBG", "VBN") and verb.dep_ in ("advcl", "prep", "acl"):
            head = verb.head  # a participle with no subject of its own: the one of what it hangs on
            subject = head if verb.dep_ == "acl" else next((c for c in head.children if c.dep_ == "nsubj"), None)
        return subject is not None and subject.lower_ in self.study_doers

    def _at_least_one(self, q: Quantity, noun: Token) -> bool:
        """ "9.4 per cent had claimed at least one perk", "more than one lender": one as a lower bound
        says "any" or "several", not how many; a length of time stays ("at least one year")."""
        return q.value == 1 and q.bound == "min" and not q.has_scale and noun.lemma_.lower() not in self.time_units

    def _time_frame(self, sent: Span, q: Quantity, noun: Token) -> bool:
        """A length of time that frames other figures rather than states one (numbers.yaml
        `time_frames`): a part of a time ("in the first nine months of 2024", "the first three
        quarters of this year") or, in a sentence stating a share, the period a poll asked about
        ("9 percent said they had used one in the past twelve months")."""
        doc = sent.doc
        if noun.lemma_.lower() not in self.time_units or q.phrase_start == sent.start:
            return False
        before = doc[q.phrase_start - 1].lower_
        if before in self.reader.part_words and self._of_a_time(sent, noun.i + 1):
            return True
        quantities = self._context[0] if getattr(self, "_context", None) else []
        return before in self.reader.lookback_words and any(other.percent for other in quantities)

    def _of_a_time(self, sent: Span, i: int) -> bool:
        """Whether "of" and a time start at token `i` ("of 2024", "of this year", "of the year")."""
        doc = sent.doc
        if i >= sent.end or doc[i].lower_ != "of":
            return False
        dates = self._context[2] if getattr(self, "_context", None) else set()
        return any(t.i in dates or YEAR.match(t.text) or t.lemma_.lower() in self.time_units
                   for t in doc[i + 1:min(i + 4, sent.end)])

    def _points_back(self, doc: Doc, q: Quantity) -> bool:
        return q.bound == "exact" and q.value <= self.reader.pointing_limit and q.start > 0 \
            and doc[q.start - 1].lower_ in self.reader.pointing_words

    def counted_noun(self, sent: Span, q: Quantity) -> Token | None:
        """The noun a number counts: the head of the noun phrase right after it, across its
        modifiers ("over 520 million users", "4 million train trips", "381 Chinese cities"); a word
        written with hyphens is one modifier, whatever the parser tags its parts ("27 follow-up
        interviews", "610,000 high-speed rail trips")."""
        doc = sent.doc
        start = q.end + 1 if _fact_item(sent, q) else q.end
        if q.cue_end is not None:  # "40-odd ministries", "650+ points": after the bound
            start = max(start, q.cue_end)
        first = doc[start] if start < sent.end else None
        if first is not None and first.lemma_.lower() in self.reader.classifier_nouns:
            return None  # "hotels rated three stars or above": a class, no count
        if first is not None and first.tag_ == "NNS" and first.i + 1 < sent.end \
                and doc[first.i + 1].pos_ in ("VERB", "AUX", "ADP", "PUNCT", "CCONJ"):
            return first  # "at least 650 points rent flats": a plural noun a verb follows is counted
        words = 0
        for i in range(start, sent.end):
            token = doc[i]
            if token.lower_ in self.reader.classifier_nouns or CELL in token.text:
                return None  # "five star hotels"; the end of a table cell
            joined = _in_hyphenated_word(token)
            words += not joined  # "follow-up" is one word
            if words > MAX_NOUN_DISTANCE:
                return None
            if token.pos_ not in NOUN_MODIFIERS and not (joined or _before_hyphen(token)):
                return None
            if token.pos_ == "VERB" and token.dep_ != "amod":
                return None
            # "7 working days": the parser may call a modifier of the counted noun amod
            modifier = token.dep_ in ("compound", "nmod", "amod") and token.head.i > token.i \
                and token.head.pos_ in ("NOUN", "PROPN") \
                or i + 1 < sent.end and doc[i + 1].text == "-" \
                or joined and i + 1 < sent.end and doc[i + 1].pos_ in ("NOUN", "PROPN")  # "26 trust-keeping incentives"
            if token.pos_ in ("NOUN", "PROPN") and not modifier:
                # A count counts a common noun in the plural ("zero deposit", "4.0 International
                # License" count nothing), or in the singular after "one".
                plural = token.tag_ == "NNS" or "Plur" in token.morph.get("Number")
                return token if token.pos_ == "NOUN" and (plural or q.value == 1) else None
        return None

    def _noun_key(self, noun: Token) -> tuple[str, ...]:
        """The counted noun with its modifiers, as metrics.yaml writes them: "verified account"."""
        modifiers = [t for t in noun.lefts if t.dep_ in ("amod", "compound", "nmod") and t.i > noun.i - 4
                     and t.lower_ not in self.reader.scale_words]  # "1.2 bn loans": the parser's compound
        return (*(norm(t) for t in modifiers), noun.lemma_.lower())

    def _noun_words(self, noun: Token) -> str:
        """A counted noun with its compound modifiers, in lower case and in the plural: "press
        releases", "years" (for "up to one year")."""
        compounds = [t for t in noun.lefts if (t.dep_ == "compound" or t.dep_ == "amod" and t.pos_ == "NOUN")
                     and t.i > noun.i - 4 and CELL not in t.text and t.lower_ not in self.reader.scale_words]  # "working days"
        head = norm(noun) if noun.tag_ == "NNS" else plural(noun.lemma_.lower())
        if compounds and any(_in_hyphenated_word(t) for t in noun.doc[compounds[0].i:noun.i + 1]):
            # "follow-up interviews", "start-ups": a word written with hyphens stays whole
            return "".join(t.text_with_ws for t in noun.doc[compounds[0].i:noun.i]).lower() + head
        return " ".join([*(norm(t) for t in compounds), head])

    def _metric(self, table: list[Metric], noun: Token | None, words: set[str]) -> Metric | None:
        key = self._noun_key(noun) if noun is not None else None
        return next((m for m in table if m.matches(key, words)), None)

    def _count(self, sent: Span, q: Quantity, noun: Token, words: set[str]) -> Figure:
        doc = sent.doc
        metric = self._metric(self.counts, noun, words)
        unit = metric.unit if metric and metric.unit else self._noun_words(noun)
        end = noun.i + 1
        extra = {"noun": doc[q.end : noun.i + 1].text}
        rate_end = self._rate(doc, end, sent)
        if rate_end is not None:
            extra["per"] = doc[rate_end - 1].lemma_.lower()
            unit, end = f"{unit} per {extra['per']}", rate_end
        if q.bound == "exact" and q.cue_start is None:  # "260 points or more": a bound after the noun
            for bound, options in self.reader.bound_suffixes.items():
                suffix_end = match_after(doc, end, options, sent.end)
                if suffix_end is not None:
                    q.bound, end = bound, suffix_end
                    break
        kind = "count" if metric else "generic"
        predicate = metric.predicate if metric else "count"
        if metric and metric.threshold_predicate and q.bound in ("min", "max"):
            predicate = metric.threshold_predicate  # "at least 600 points", "260 points or more"
        return Figure(q, kind, predicate, unit, noun, q.phrase_start, max(end, q.phrase_end), extra)

    def _table_figure(self, sent: Span, q: Quantity, cell: "TableCell", words: set[str]) -> Figure | None:
        """A number alone in a cell of a table row ("| Partner institutions | 212 | 160 |"): it counts
        the noun of its row's label, or of its column's header when the label is a name ("| Alipay |
        1.2 billion |" under "| Platform | Users |"), or what the caption says in a table of names and
        numbers; a unit in brackets above it gives its scale and currency ("Revenue (RMB million)");
        a year heading its column, or standing in its row, is its as-of."""
        doc = sent.doc
        scale, currency = self._heading_unit(cell.heading)
        if scale and not q.has_scale:
            q.value = float(Decimal(str(q.value)) * Decimal(str(scale)))  # "3,412.6" under "Revenue (RMB million)"
        if currency and not q.currency:
            q.currency = currency
            return _in_table(self._money(doc, q), cell)
        counted = next(((noun, span.text) for span, kinds in ((cell.label, ("NOUN",)), (cell.header, ("NOUN", "PROPN")))
                        if (noun := _last_noun(span, kinds)) is not None), None)
        if counted is None and cell.heading:  # a table of names and numbers: a count of what its caption says
            return Figure(q, "generic", "count", None, doc[q.end - 1], q.phrase_start, q.phrase_end, {"table": True})
        if counted is None:
            return None
        metric = self._metric(self.measures, counted[0], words) if self._is_measure(counted[0]) else None
        if metric is not None:  # "| Rongcheng | 98.5 |" under "| City | Score |"
            return Figure(q, "measure", metric.predicate, metric.unit, sent.doc[q.end - 1], q.phrase_start,
                          q.phrase_end, {"noun": counted[1], "table": True})
        figure = self._count(sent, q, counted[0], words)
        figure.anchor = sent.doc[q.end - 1]
        figure.extra["noun"] = counted[1]
        return _in_table(figure, cell)

    def _heading_unit(self, heading: str) -> tuple[float | None, str | None]:
        """The scale and the currency a table's caption or header gives its numbers in brackets:
        "(RMB million)" is (1e6, "CNY"), "Active users (millions)" (1e6, None); or in the header's stub
        cell, which `spaced_table_cell` brackets ("RMB million    Q1 2018    Q1 2019")."""
        scale, currency = None, None
        for unit in HEADING_UNIT.findall(heading):
            for word in unit.lower().split():
                number = self.reader.scale_words.get(word) or self.reader.scale_words.get(word.rstrip("s"))
                scale = float(number) if number is not None else scale
                currency = self.reader.currency_words.get((word,)) or currency
        return scale, currency

    def _adjectival(self, sent: Span, q: Quantity, words: set[str]) -> Figure | None:
        """ "a 72-year-old man" (age), "a 1,500-character letter", "a 10-day trip": a measure
        written as a hyphenated adjective; the unit is the hyphenated noun."""
        doc, i, parts = sent.doc, q.end, []
        while i + 1 < sent.end and doc[i].text == "-" and doc[i + 1].is_alpha:
            parts.append(doc[i + 1])
            i += 2
        if parts[0].lower_ in self.reader.classifier_nouns:
            return None  # "a 5-star hotel": a class, not a quantity
        key = tuple(t for part in parts for t in ("-", norm(part)))[1:]
        metric = next((m for m in self.counts if m.matches(key, words)), None) or next(
            (m for m in self.counts if m.matches((parts[0].lemma_.lower(),), words)), None)
        unit = metric.unit if metric and metric.unit else plural(parts[0].lemma_.lower())
        head = parts[-1].head if parts[-1].head.pos_ == "NOUN" else parts[-1]
        extra = {"noun": doc[q.end + 1 : i].text, "adjective_of": head.text}
        kind = "count" if metric else "generic"
        return Figure(q, kind, metric.predicate if metric else "count", unit, head, q.phrase_start, i, extra)

    def _rate(self, doc: Doc, i: int, sent: Span) -> int | None:
        """End of "a day", "per month" after a counted noun, if there (not "a year earlier",
        a time expression)."""
        dates = self._context[2] if getattr(self, "_context", None) else set()
        if i + 1 < sent.end and doc[i].lower_ in self.reader.rate_words and i not in dates:
            unit = doc[i + 1]
            if unit.pos_ == "NOUN" and unit.lemma_.lower() in {"day", "week", "month", "year", "hour", "minute"}:
                return i + 2
        return None

    def _percent(self, sent: Span, q: Quantity, words: set[str]) -> Figure:
        doc = sent.doc
        of_noun, end = None, q.end
        if q.end < sent.end and doc[q.end].lower_ == "of":
            of_noun = None
            for t in doc[q.end + 1 : min(q.end + 6, sent.end)]:
                if t.pos_ in ("VERB", "AUX") and t.dep_ != "amod" or t.is_punct:
                    break  # "two-thirds of those polled supported ...": the phrase has ended
                if t.pos_ in ("NOUN", "PROPN") and not _compound_before_head(t):
                    of_noun = t
                    break
            end = of_noun.i + 1 if of_noun is not None else end
        metric = self._metric(self.percents, of_noun, words) if of_noun is not None else None
        if metric is None or not metric.nouns:
            metric = next((m for m in self.percents if not m.nouns and m.matches(None, words)), None)
        extra = {"of": doc[q.end + 1 : end].text} if of_noun is not None else {}
        anchor = doc[q.end - 1]
        unit = "percentage points" if norm(doc[q.end - 1]) in ("point", "points") else "percent"  # a change of a share
        return Figure(q, "percent", metric.predicate if metric else "share", unit, anchor,
                      q.phrase_start, end, extra)

    def _money(self, doc: Doc, q: Quantity) -> Figure:
        extra = {"currency_words": doc[q.start : q.end].text}
        last = doc[q.end - 1]
        if last.dep_ == "pobj" and last.head.lower_ == "of" and last.head.head.pos_ == "NOUN":
            extra["for"] = last.head.head.lower_  # "a bonus of 1,000 yuan"
        return Figure(q, "money", self.money_predicate, q.currency, last, q.phrase_start, q.phrase_end, extra)

    def _measure(self, sent: Span, q: Quantity, words: set[str]) -> Figure | None:
        """A number read off a scale: "a score greater than 650", "my Sesame score was 696"."""
        doc = sent.doc
        noun, comparative = self._measure_noun_before(sent, q), True
        if noun is None:
            noun, comparative = self._measure_noun_by_verb(doc[q.end - 1]), False
        if noun is None:
            return None
        if self._is_threshold(noun):
            return self._threshold(sent, q, noun)
        metric = self._metric(self.measures, noun, words)
        if metric is None:
            return None
        adjective = next((self.bound_adjectives[c.lower_] for c in noun.lefts if c.lower_ in self.bound_adjectives), None)
        if comparative and adjective and q.bound == "exact" and q.cue_start is None:
            q.bound = adjective  # "a minimum score of 600"
        threshold = comparative and q.bound in ("min", "max") and metric.threshold_predicate
        predicate = metric.threshold_predicate if threshold else metric.predicate
        compounds = [c.left_edge.i for c in noun.lefts if c.dep_ in ("compound", "nmod")]
        start = min(noun.i, q.phrase_start, *compounds)  # "Sesame score was 696"
        return Figure(q, "measure", predicate, metric.unit, noun, start, q.phrase_end, {"noun": noun.text})

    def _measure_noun_before(self, sent: Span, q: Quantity) -> Token | None:
        """ "a score greater than 650", "a score of 700": the measure noun right before; also across
        the bracket or the colon that gives its value ("his Sesame score (713)", "her score: 768")."""
        doc = sent.doc
        i = q.phrase_start - 1
        if i >= sent.start and doc[i].lower_ in ("of", "(", ":"):
            i -= 1
        if i >= sent.start and doc[i].pos_ == "NOUN" and (self._is_measure(doc[i]) or self._is_threshold(doc[i])):
            return doc[i]
        return None

    def _measure_noun_by_verb(self, number: Token) -> Token | None:
        """ "my Sesame score was 696", "scores range from 350 to 950", "her score, which had been 702":
        the verb's subject."""
        moved = self._measure_moved_to(number)
        if moved is not None:
            return moved
        node = number.head
        dates = self._context[2] if getattr(self, "_context", None) else set()
        # "350-950": via 350; "was 669 last year": via the time expression it is parsed into
        while (node.pos_ in ("ADP", "SCONJ", "NUM") or node.i in dates) and node.head.i != node.i:
            node = node.head
        if node.lemma_.lower() not in self.level_verbs:
            return None
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None and node.dep_ == "conj" and node.head.lemma_.lower() in self.level_verbs:
            # "my score started at 560 and is now 750": the first verb's subject is the second's
            subject = next((c for c in node.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.tag_ == "WDT" and node.dep_ == "relcl":
            subject = node.head  # "her score, which had been 702, fell": the noun "which" stands for
        return subject if subject is not None and (self._is_measure(subject) or self._is_threshold(subject)) else None

    def _measure_moved_to(self, number: Token) -> Token | None:
        """ "three violations pushed his score down to 580", "the bank raised her score to 750": a
        verb moves its object, a measure, to the level "to" gives, or from the level "from" gives
        ("lower its threshold to 560 from 580"); not "by": a change, no level."""
        mark = number.head
        if mark.lower_ not in ("to", "from") or mark.dep_ != "prep" or mark.head.pos_ != "VERB":
            return None
        moved = next((c for c in mark.head.children if c.dep_ == "dobj"), None)
        return moved if moved is not None and moved.i < number.i and (
            self._is_measure(moved) or self._is_threshold(moved)) else None

    def _is_measure(self, noun: Token) -> bool:
        key = self._noun_key(noun)
        return any(key[-len(n):] == n for m in self.measures for n in m.nouns)

    def _is_threshold(self, noun: Token) -> bool:
        return noun.pos_ == "NOUN" and (noun.lemma_.lower() in self.threshold_nouns or noun.lower_ in self.threshold_nouns)

    def _threshold(self, sent: Span, q: Quantity, noun: Token) -> Figure | None:
        """ "lower its deposit-free threshold to 560 from 580", "raised its threshold to 600": the
        number of a threshold noun (`threshold_nouns`) is the score's threshold, in a passage about
        scores (a threshold of income or of age is none)."""
        if not self.measures or q.currency or q.percent or q.has_scale \
                or not (self._about_scores_in(sent) or self._score_passage(sent)):
            return None
        metric = self.measures[0]
        start = min(noun.i, q.phrase_start) if noun.i + 2 >= q.phrase_start else q.phrase_start
        return Figure(q, "measure", metric.threshold_predicate or metric.predicate, metric.unit, noun, start,
                      q.phrase_end, {"noun": noun.text})

    def _score_by_context(self, sent: Span, q: Quantity, words: set[str], ranged: bool = False) -> Figure | None:
        """A bare number read as a score from its context:
        - the object of a scoring verb: "residents who score 150 or above", "people scoring
          600 or higher", "those rated 180 or above", "scores its users between 350 and 950";
        - a bound in a sentence about a score or a scoring system: "from “poor” below 550 to
          “excellent” at 700 and above" (a band's threshold);
        - the ends of a range on a scale: "on a scale of 350 to 950".
        A bound makes it a threshold (score_threshold); the metric is the first of `measures`."""
        # a number in words only as large as a score's ("above six fifty"): "one", "two" are no scores
        if q.has_scale or q.words and q.value < self.large_threshold_floor or q.currency or q.percent \
                or not self.measures:
            return None
        doc = sent.doc
        metric = self.measures[0]
        verb = self._scoring_verb(doc[q.end - 1])
        bounded = q.bound in ("min", "max") or self._large_threshold(sent, q) or self._threshold_cue(sent, q)
        if verb is None and not (bounded or ranged) or verb is None and not self._scoring_sentence(sent, q, ranged):
            return None
        predicate = metric.threshold_predicate if bounded and metric.threshold_predicate and not ranged \
            else metric.predicate
        anchor = verb if verb is not None else doc[q.end - 1]
        return Figure(q, "measure", predicate, metric.unit, anchor, q.phrase_start, q.phrase_end,
                      {"noun": anchor.text, "score_rule": "verb" if verb is not None else "context"})

    def _points_change(self, sent: Span, q: Quantity) -> Figure | None:
        """ "blood donation (+5)", "a court judgment ignored (-50)": a number with its sign in a
        passage about points or scores is the points an act adds or takes away; a signed number
        elsewhere ("-5%" in a rating key) is no figure."""
        doc = sent.doc
        if q.currency or q.percent or q.has_scale or not self.measures:
            return None
        if q.end < sent.end and doc[q.end].like_num:
            return None  # "+41 22 555 01 19": a telephone number
        if not (self._about_scores_in(sent) or self._score_passage(sent)):
            return None
        metric = self.measures[0]
        return Figure(q, "measure", metric.predicate, metric.unit, doc[q.end - 1], q.phrase_start, q.phrase_end,
                      {"noun": metric.unit, "change": True})

    def _scoring_verb(self, number: Token) -> Token | None:
        if number.dep_ in ("nsubj", "nsubjpass"):
            return None  # "of which about 5,100 were rated A": those rated, counted, not their score
        node = number.head
        for _ in range(3):
            if node.pos_ in ("VERB", "AUX") and (node.lemma_.lower() in self.score_verbs or node.lower_ in self.score_verbs):
                return node
            if node.pos_ not in ("ADP", "SCONJ", "NUM", "ADV", "CCONJ") or node.head.i == node.i:
                return None
            node = node.head
        return None

    def _scoring_sentence(self, sent: Span, q: Quantity, ranged: bool = False) -> bool:
        """A sentence about a score: a score noun, points or a scoring system before the number;
        after a threshold word ("above", "below": `threshold_words`; "over", "at" a number too large
        for an age: `large_thresholds`), before a bound ("600 or more") or at an end of a range
        ("from 600 to 650"), also after the number or in the passage before it
        (`score_passage_sentences`: "Sesame scores run from 350 to 950. Hotels waive the deposit
        above 650"; "respondents over 60 held a score" are of an age); the sentence before
        also when "it" stands for its score ("Sesame Credit is Ant Group's score. It runs from 350 to 950")."""
        doc = sent.doc
        if self._about_scores_in(doc[sent.start : q.start]):
            return True
        before = doc[sent.start - 1].sent if sent.start else None
        score_before = before is not None and same_paragraph(before, sent) and self._about_scores_in(before)
        if score_before and any(t.lower_ == "it" and t.pos_ == "PRON" for t in doc[sent.start : q.start]):
            return True  # "Sesame Credit is Ant Group's score. It runs from 350 to 950."
        suffix = q.cue_start is None and q.cue_end is not None  # "600 or more"
        large_range = ranged and q.value >= self.large_threshold_floor
        if not (suffix or large_range or self._threshold_cue(sent, q) or self._large_threshold(sent, q)):
            return False
        return self._about_scores_in(doc[q.end : sent.end]) or self._score_passage(sent)

    def _threshold_cue(self, sent: Span, q: Quantity) -> bool:
        """ "above 650", "above roughly 600": a threshold word before the number or its hedge."""
        doc = sent.doc
        if q.cue_start is None:
            return False
        hedged = q.bound == "approx" and q.cue_start > sent.start
        return doc[q.cue_start].lower_ in self.threshold_words \
            or hedged and doc[q.cue_start - 1].lower_ in self.threshold_words | self.large_threshold_words

    def _large_threshold(self, sent: Span, q: Quantity) -> bool:
        """ "for people over seven fifty", "At 600, the first doors opened": a word that is as often
        an age's or a time's ("over 60", "at 11") before a number as large as a score's."""
        doc = sent.doc
        cue = q.cue_start if q.cue_start is not None else q.start
        if q.value < self.large_threshold_floor or q.has_scale or cue == sent.start:
            return False
        return doc[cue].lower_ in self.large_threshold_words or q.cue_start is None \
            and doc[cue - 1].lower_ in self.large_threshold_words

    def _score_passage(self, sent: Span) -> bool:
        """Whether one of the `score_passage_sentences` sentences before this one speaks of scores,
        across paragraphs."""
        doc, current = sent.doc, sent
        for _ in range(self.score_passage):
            if current.start == 0:
                return False
            current = doc[current.start - 1].sent
            if self._about_scores_in(current):
                return True
        return False

    def _about_scores_in(self, span: Span) -> bool:
        return any(is_score(t) or t.lemma_.lower() in self.point_nouns for t in span) or any(
            is_scoring_system(a) for a in actors_in(span) if not is_description(a) or a.label_ == "program")

    def _aged(self, sent: Span, q: Quantity) -> Figure | None:
        """An age limit: "residents aged 18 or over", "aged under 35", "from the age of 16"
        (metrics.yaml `age_cues` before the number or its bound)."""
        if self.age is None or q.has_scale or q.value > OLDEST_AGE:
            return None
        doc = sent.doc
        if match_before(doc, q.phrase_start, self.age_cues, sent.start) is None:
            return None
        if opens_range(doc, q.end, sent.end):
            return None  # "83 percent of those aged 18 to 29": a group of a survey, no age limit
        return Figure(q, "count", self.age.predicate, self.age.unit, doc[q.end - 1], q.phrase_start, q.phrase_end)

    def _age(self, sent: Span, q: Quantity) -> Figure | None:
        """A person's age written as a bare number: "Pan Guifen, who is 63, ...", "Li Wei, 34, a
        courier"; the person is the figure's subject (extra["person"]). "who" stands for a person
        whether or not the text names them: "The retired teacher, who is 71, ..." is an age too."""
        if self.age is None or q.has_scale or q.bound != "exact" or q.value > OLDEST_AGE:
            return None
        doc = sent.doc
        number = doc[q.end - 1]
        person = None
        who_is = _who_is(number)
        if who_is:
            person = _person_at(number.head.head)  # "Pan Guifen, who is 63"
        elif q.start - 2 >= sent.start and q.end < sent.end and doc[q.start - 1].text == "," \
                and doc[q.end].text == ",":
            person = _person_at(doc[q.start - 2])  # "Li Wei, 34, a courier"
        if person is None and not who_is:
            return None
        extra = {"person": [person.start, person.end]} if person is not None else {}
        return Figure(q, "count", self.age.predicate, self.age.unit, number, q.phrase_start, q.phrase_end, extra)

    def _elliptical(self, sent: Span, q: Quantity, words: set[str]) -> Figure | None:
        """A number whose counted noun the text leaves out, taken from:
        - the partitive after it: "More than 1.2 million of the city's 4.3 million residents";
        - the antecedent of "the number", "the figure": "Ant does not say how many people have
          opted in. In 2018 it put the number at more than 400 million";
        - a parallel figure of the sentence: "now names more than 15.7 million people, up from
          9.6 million two years ago", "runs to 38 articles, four more than the draft", "the first list
          held 11.2 million entries, and the second about 780,000" (the verb left out);
        - the last noun counted in the sentence or the one before it in its paragraph: "1,370
          households were listed, and 86 of them were barred", "Meituan had 6 million riders.
          Ele.me had around 3 million", "Of the 48 riders we met, 31 had been suspended".
        Only a scaled number, a part of "them" or a number that is its clause's subject: a bare
        number elsewhere is no figure."""
        if q.currency or q.percent:
            return None
        doc = sent.doc
        number = doc[q.end - 1]
        of_them = q.end + 1 < sent.end and doc[q.end].lower_ == "of" and doc[q.end + 1].lower_ in self.partitive_pronouns
        level = self._level_of(number, q.has_scale, q.phrase_start)
        about = self._about_the_number(number)
        earlier = match_before(doc, q.phrase_start, self.parallel_cues, sent.start) is not None  # "up from 820,000"
        # "38 articles, four more than the draft": a difference counts the noun of the figure before
        earlier = earlier or q.end < sent.end and doc[q.end].lower_ in self.difference_words
        stated = about is not None and self._counted_by(about) is not None  # "put the number of X at 34,000"
        part_of = self._part_of(sent, q)
        total = self._total_of_parts(sent, q)
        group = self._fronted_group(sent, q)
        if not (q.has_scale or of_them or level is not None or earlier or stated or part_of is not None
                or total is not None or group is not None or number.dep_ in ("nsubj", "nsubjpass")
                or self._coordinated_subject(sent, q) or self._gapped(number)):
            return None
        if q.start > sent.start and doc[q.start - 1].lower_ in DEFINITE_WORDS:
            return None  # "The eight had spent three years ...": the firms counted before, named again
        quantities, found, _ = self._context
        noun, rule = (total.anchor, "parts") if total is not None else (None, None)
        if noun is None and q.has_scale and q.end < sent.end and doc[q.end].lower_ == "of":
            later = [o for o in quantities if o.start > q.end]
            noun = self.counted_noun(sent, later[0]) if later and later[0].start - q.end <= 6 else None
            rule = "partitive"
        if noun is None and part_of is not None:
            noun, rule = part_of, "part-of"
        if noun is None and group is not None and group.pos_ == "NOUN":
            noun, rule = group, "part-of"
        if noun is None and about is not None:
            noun, rule = self._counted_by(about) or self._antecedent_noun(sent), "antecedent"
        if noun is None and level is not None and level.lemma_.lower() not in self.antecedent_nouns:
            noun, rule = level, "level"
        if noun is None:
            parallel = [f for f in found if f.kind in ("count", "generic") and f.quantity.end <= q.start]
            noun, rule = (parallel[-1].anchor, "parallel") if parallel else (None, None)
        if noun is None:
            noun, rule = self._counted_before(sent), "counted-before"
        if noun is None:
            return None
        figure = self._count(sent, q, noun, words)
        figure.phrase_start, figure.phrase_end = q.phrase_start, q.end + 2 if of_them else q.phrase_end
        figure.extra.update(noun=noun.text, elliptical=rule)
        if rule in ("counted-before", "part-of"):
            # its own clause says whose it is ("Ele.me had around 3 million"); "12 of the decisions"
            # is no figure named again, though "the decisions" are
            figure.anchor = number
        figure.extra.pop("per", None)
        return figure

    def _total_of_parts(self, sent: Span, q: Quantity) -> "Figure | None":
        """The count whose parts a bare number lists with others after its colon or in its brackets,
        the parts adding up to it: "We surveyed 2,140 residents (Jinhu 720, Fenglin 760, Tanxi 660)",
        "74 interviews: 29 with officials, 38 with residents and seven with employees"."""
        if q.bound != "exact" or q.cue_start is not None or q.has_scale:
            return None
        doc = sent.doc
        quantities, found, _ = self._context
        opener = next((t.i for t in reversed(doc[sent.start:q.start]) if t.text in ("(", ":", ")")), None)
        if opener is None or doc[opener].text == ")":
            return None
        closer = next((t.i for t in doc[opener + 1:sent.end] if t.text == ")"), sent.end) \
            if doc[opener].text == "(" else sent.end
        parts = [o for o in quantities if opener < o.start and o.end <= closer]
        if q not in parts or len(parts) < 2 or any(o.currency or o.percent or o.has_scale for o in parts):
            return None
        whole = sum(o.value for o in parts)
        return next((f for f in reversed(found) if f.phrase_end <= opener and f.kind in ("count", "generic")
                     and math.isclose(f.quantity.value, whole, rel_tol=1e-6)), None)

    def _fronted_group(self, sent: Span, q: Quantity) -> Token | None:
        """ "Of the 62 schemes she has catalogued, 41 reward volunteering, and only 12 publish ...",
        "Of those, 28 had dropped penalties": a group put first with "of" and its comma, whose parts
        the bare numbers after it count (a noun or a pronoun for the group counted before). The
        parser may take such a number for a modifier of the verb after it ("41 reward")."""
        doc = sent.doc
        opener = doc[sent.start]
        if opener.lower_ != "of" or q.currency or q.percent or q.has_scale:
            return None
        group = next((c for c in opener.children if c.dep_ == "pobj"), None)
        if group is None or not (group.tag_ == "NNS" or group.lower_ in self.partitive_pronouns):
            return None
        comma = next((t.i for t in doc[group.i + 1:q.start] if t.text == ","), None)
        whole = next((self.reader.token_value(c) for c in group.children if c.dep_ == "nummod"), None)
        if comma is None or whole is not None and whole[0] <= q.value:
            return None
        return group

    @staticmethod
    def _coordinated_subject(sent: Span, q: Quantity) -> bool:
        """ "of whom about 38,000 were rated AAA and 2,700 were rated D": a bare number after "and" or
        "while" and before a finite verb is the subject of a clause of its own, whatever the parser
        made of it, and counts what the figure before it counts."""
        doc = sent.doc
        if q.phrase_start == sent.start or q.end >= sent.end or q.currency or q.percent:
            return False
        before, after = doc[q.phrase_start - 1], doc[q.end]
        return before.lower_ in ("and", "while", "but", "whereas") \
            and (after.pos_ == "AUX" or after.tag_ in ("VBD", "VBZ", "VBP", "MD"))

    @staticmethod
    def _gapped(number: Token) -> bool:
        """ "the first list held some 11.2 million entries, and its second list about 780,000": a
        conjunct that leaves out the verb of the clause before it keeps only its subject and its
        number, which counts what the figure of that clause counts."""
        node = number.head
        for _ in range(3):
            if node.pos_ in ("VERB", "AUX") or node.dep_ == "conj" or node.head.i == node.i:
                break
            node = node.head
        return node.dep_ == "conj" and node.pos_ in ("NOUN", "PROPN") and node.head.pos_ in ("VERB", "AUX") \
            and node.i < number.i

    def _part_of(self, sent: Span, q: Quantity) -> Token | None:
        """ "23 of the 60 schemes", "all 14 of its counties", "at least nine of the cities": a part of
        a group the text names with "the" or a possessive; the group's plural noun is counted."""
        doc = sent.doc
        at = q.end
        if at + 1 >= sent.end or doc[at].lower_ != "of":
            return None
        opener = doc[at + 1]
        if opener.lower_ not in DEFINITE_WORDS and opener.tag_ != "PRP$" and opener.dep_ != "poss":
            return None
        # the group's own number and words may stand before its noun ("of the 45 schemes")
        for token in doc[at + 2 : min(at + 2 + MAX_NOUN_DISTANCE + 2, sent.end)]:
            read = self.reader.token_value(token)
            if read is not None and read[0] <= self.reader.pointing_limit:
                return None  # "two of the three cities": which of the ones named before
            if token.pos_ == "NOUN" and token.tag_ == "NNS" and not _compound_before_head(token):
                # "two of its five claims": the text's own parts
                return None if token.lemma_.lower() in self.reader.structure_nouns else token
            if token.pos_ in ("VERB", "AUX", "ADP", "PUNCT", "CCONJ") and token.dep_ != "amod":
                return None
        return None

    def _level_of(self, number: Token, scaled: bool, cue_start: int) -> Token | None:
        """The noun whose level a number states: the subject of a level verb (metrics.yaml
        `level_verbs`) the number completes, if it is "the number" ("the number of pilot cities
        doubled to 62") or, for a scaled number, counts something ("registered users reached 81
        million"; "hotel prices rose above 650" counts no prices)."""
        node = number.head
        dates = self._context[2] if getattr(self, "_context", None) else set()
        # through prepositions, time expressions and the bound cue ("reached just shy of 2 million")
        while (node.pos_ in ("ADP", "NUM") or node.i in dates or cue_start <= node.i < number.i) and node.head.i != node.i:
            node = node.head
        if node.pos_ != "VERB" or node.lemma_.lower() not in self.level_verbs or node.i > number.i:
            return None
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.pos_ != "NOUN" or node.lemma_ == "be" and subject.tag_ == "NNS":
            return None
        counts = scaled and subject.tag_ == "NNS" or subject.lemma_.lower() in self.antecedent_nouns
        return subject if counts and not self._is_measure(subject) else None

    def _counted_before(self, sent: Span) -> Token | None:
        """The last noun a figure counted in the sentence before this one, in its paragraph."""
        doc = sent.doc
        if not self._counted or sent.start == 0:
            return None
        before = doc[sent.start - 1].sent
        noun = self._counted[-1]
        return noun if before.start <= noun.i < before.end and same_paragraph(before, sent) else None

    def _about_the_number(self, number: Token) -> Token | None:
        """The noun a number is the value of: "put the number at 400 million", "the figure is
        now close to 600 million", "the number of people on the list has risen to 8 million"."""
        node = number.head
        for _ in range(3):
            if node.pos_ in ("VERB", "AUX"):
                return next((c for c in node.children if c.dep_ in ("nsubj", "dobj", "nsubjpass")
                             and c.lemma_.lower() in self.antecedent_nouns), None)
            node = node.head
        return None

    @staticmethod
    def _counted_by(about: Token) -> Token | None:
        """What the number's noun says it counts: "the number of people" (people), "Sesame
        Credit's user base" (users)."""
        counted = next((g for c in about.children if c.dep_ == "prep" and c.lower_ == "of"
                        for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
        return counted or next((c for c in about.children if c.dep_ == "compound" and c.pos_ == "NOUN"), None)

    def _antecedent_noun(self, sent: Span) -> Token | None:
        """What "the number" counts: "how many <noun>" or a counted noun in the sentence or the
        two before it (same paragraph), nearest first."""
        doc, current = sent.doc, sent
        for _ in range(3):
            for token in reversed(list(current)):
                if token.lower_ == "many" and token.i > current.start and doc[token.i - 1].lower_ == "how":
                    if token.head.pos_ == "NOUN":
                        return token.head
            if current.start == 0 or not same_paragraph(doc[current.start - 1].sent, current):
                return None
            current = doc[current.start - 1].sent
        return None

    def _share_equivalent_bound(self, doc: Doc, sent: Span, amount: Quantity, equivalent: Quantity) -> None:
        """ "up to 500,000 yuan ($71,000)": the equivalent takes the amount's bound; "2,000 yuan
        ($290) or more": a bound after the brackets is both amounts'."""
        close = equivalent.phrase_end
        if close < sent.end and doc[close].text in (")", "]") and amount.bound == "exact":
            for bound, options in self.reader.bound_suffixes.items():
                end = match_after(doc, close + 1, options, sent.end)
                if end is not None:
                    amount.bound, amount.cue_end = bound, None
                    equivalent.bound = bound
                    return
        if equivalent.bound == "exact" and equivalent.cue_start is None:
            equivalent.bound = amount.bound

    # -- ranges, equivalents, coordination -----------------------------------------------------

    def _is_range(self, doc: Doc, low: Quantity, high: Quantity) -> bool:
        """ "from 350 to 950", "between 10 and 20 million", "350-950", "the 350-to-950 score",
        "2 billion to 3 billion yuan"."""
        if high.cue_start is not None:
            return False
        link = " ".join(t.lower_ for t in doc[low.end:high.start])
        opener = doc[low.phrase_start - 1].lower_ if low.phrase_start > 0 else ""
        on_scale = opener == "of" and low.phrase_start > 1 and (
            self._is_measure(doc[low.phrase_start - 2]) or is_score(doc[low.phrase_start - 2]))  # "a scale of 350 to 950"
        on_scale = on_scale or self._bracketed_scale(doc, low)
        if link in ("-", "–", "- to -"):
            return True
        if link == "to":
            # "one to three years": two numbers in words joined by "to" are a range too, two marked
            # alike with a scale word ("2 billion to 3 billion"), and a bare number before a
            # percentage or an amount it is lower than ("by 10 to 15 percent", "5 to 10 yuan")
            unit_of_high = (high.percent or high.currency) and not (low.percent or low.currency) \
                and not low.has_scale and low.value < high.value
            return opener in ("from", "between") or on_scale or low.words and high.words \
                or low.has_scale and high.has_scale or bool(unit_of_high) or self._range_cell(doc, low, high) is not None \
                or self._labelled_band(doc, low, high)
        return link == "and" and opener == "between"

    def _changes(self, preposition: Token) -> bool:
        """Whether a "from" hangs on a verb of change (`change_verbs`)."""
        head = preposition.head
        return head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in self.change_verbs

    @staticmethod
    def _labelled_band(doc: Doc, low: Quantity, high: Quantity) -> bool:
        """ "Grade B (Good): 1,000 to 1,049 points;", "Class C - 60 to 79": a band that a label's colon or
        dash opens on a line of a list of grades is a range; elsewhere a bare "X to Y" may be a change ("rose
        1,200 to 1,350")."""
        opener = doc[low.phrase_start - 1] if low.phrase_start > 0 else None
        labelled = opener is not None and opener.text[-1:] in (":", "-", "–", "—")  # "(Good):" is one token
        return labelled and low.cue_start is None and low.value < high.value \
            and (low.percent, low.currency) == (high.percent, high.currency)

    def _bracketed_scale(self, doc: Doc, low: Quantity) -> bool:
        """ "its range (350 to 950) looks like a FICO score": a range in brackets after a measure or a
        range noun (`range_nouns`), in a sentence about scores."""
        if low.phrase_start < 2 or doc[low.phrase_start - 1].text != "(":
            return False
        noun = doc[low.phrase_start - 2]
        if not (self._is_measure(noun) or is_score(noun) or noun.lemma_.lower() in self.range_nouns):
            return False
        return self._about_scores_in(noun.sent)

    def _range(self, sent: Span, low: Quantity, high: Quantity, words: set[str]) -> list[Figure]:
        doc = sent.doc
        if high.has_scale and not low.has_scale and low.value < high.value:
            # "between 10 and 20 million": the scale of the high end applies to the low end, unless
            # the low end is an amount in full ("from 100,000 to 1 million yuan")
            scale = self._scale(doc, high)
            if scale and low.value * scale <= high.value:
                low.value *= scale
        high_figure = self.read(sent, high, words) or self._score_by_context(sent, high, words, ranged=True) \
            or self._range_in_cell(sent, low, high, words)
        if high_figure is None:
            return []
        opener = low.phrase_start
        if opener > sent.start and doc[opener - 1].lower_ in ("from", "between"):
            opener -= 1  # "from 350", "Between 10"
        low_figure = Figure(low, high_figure.kind, high_figure.predicate, high_figure.unit, high_figure.anchor,
                            opener, low.end, dict(high_figure.extra))
        if high_figure.kind == "measure" and high_figure.predicate != low_figure.predicate:
            low_figure.predicate = high_figure.predicate
        high_figure.phrase_start = high.start if doc[low.end].text in ("-", "–") else low.end  # "950", "to 950"
        full = [doc[opener].idx, doc[high_figure.phrase_end - 1].idx + len(doc[high_figure.phrase_end - 1])]
        if doc[opener].lower_ == "from" and self._changes(doc[opener]):
            # "the limit went from 500 yuan to 8,000 yuan": a level before and a level after, each with
            # its own bound
            low_figure.extra.update(change="from", change_phrase=full)
            high_figure.extra.update(change="to", change_phrase=full)
            return [low_figure, high_figure]
        low.bound, high.bound = "min", "max"
        low_figure.extra.update(range="low", range_phrase=full)
        high_figure.extra.update(range="high", range_phrase=full)
        return [low_figure, high_figure]

    def _range_cell(self, doc: Doc, low: Quantity, high: Quantity) -> TableCell | None:
        """The table cell a range fills alone ("| B | 75 to 89 |"), not a row's label."""
        cell = table_cell(doc, self._whole_range(low, high)) or spaced_table_cell(doc, self._whole_range(low, high))
        return cell if cell is not None and cell.label is not None else None

    @staticmethod
    def _whole_range(low: Quantity, high: Quantity) -> Quantity:
        return replace(high, start=low.start, cue_start=low.cue_start)

    def _range_in_cell(self, sent: Span, low: Quantity, high: Quantity, words: set[str]) -> Figure | None:
        """The high end of a range that fills a table's cell alone ("| B | 75 to 89 |" under "| Grade |
        Score |"), read as a number alone in that cell: its column's header says what it measures."""
        cell = self._range_cell(sent.doc, low, high)
        figure = self._table_figure(sent, self._whole_range(low, high), cell, words) if cell is not None else None
        if figure is not None:
            figure.quantity = high
        return figure

    def _scale(self, doc: Doc, quantity: Quantity) -> float | None:
        """What the scale word multiplies the number of `quantity` by ("20 million", "RMB1 million"):
        None when it is written in words."""
        if quantity.words:
            return None
        numbers = (read[0] for token in doc[quantity.start:quantity.end]
                   if (read := self.reader.token_value(token)) is not None)
        number = next(numbers, None)
        return quantity.value / float(number) if number else None

    def _is_equivalent(self, doc: Doc, money: Quantity, other: Quantity) -> bool:
        """ "1,000 yuan (about $150 USD)": an amount in brackets right after another."""
        return (
            other.currency is not None
            and money.phrase_end < len(doc)
            and doc[money.phrase_end].text in ("(", "[")
            and other.phrase_start == money.phrase_end + 1
        )

    def _share_bounds(self, doc: Doc, figures: list[Figure]) -> None:
        """ "more than 11 million flights and 4 million train trips": one bound for both."""
        for first, second in zip(figures, figures[1:]):
            q1, q2 = first.quantity, second.quantity
            if q1.bound == "exact" or q2.cue_start is not None or "range" in second.extra:
                continue
            between = doc[first.phrase_end : q2.start]
            if len(between) == 1 and between[0].lower_ in ("and", "or") and first.kind == second.kind:
                q2.bound = q1.bound
                second.extra["bound_from"] = "coordination"

    def _hypothetical(self, anchor: Token) -> bool:
        """ "someone who plays videogames for ten hours a day": an example, not a claim."""
        for token in anchor.ancestors:
            if token.dep_ == "relcl" and token.head.lower_ in self.reader.indefinite_subjects:
                return True
            if any(c.dep_ == "nsubj" and c.lower_ in self.reader.indefinite_subjects for c in token.children):
                return True
        return False

    # -- the claim ------------------------------------------------------------------------------

    def as_of(self, figure: Figure, expressions: list[TimeExpression]) -> TimeExpression | None:
        """The time expression that modifies the clause the figure is in, nearest first. A tally
        "since" a time ("Since 2013, courts have blocked 36 million purchases") is as of the
        writing, not of its start."""
        doc = figure.anchor.doc
        fact = key_figure_line(doc, figure.quantity)
        if fact is not None:  # "Blacklisted debtors (June 2023): 8.5 million", "Fines collected in 2022: ..."
            labelled = [e for e in expressions if fact.label[0] <= doc[e.start].idx < (fact.when or fact.label)[1]]
            if labelled:
                return labelled[-1]
        path = [doc[figure.quantity.end - 1], *doc[figure.quantity.end - 1].ancestors]
        best, best_rank = None, len(path)
        for expression in expressions:
            if expression.start < figure.phrase_end and expression.end > figure.phrase_start:
                continue
            if expression.start > 0 and doc[expression.start - 1].lower_ == "since":
                continue
            head = expression_root(doc, expression).head
            # "till the end of 2016, it has ...": through prepositions; "a survey in 2014
            # found that 59 percent ...": through the subject of the clause's verb
            while head.head.i != head.i and (
                head.pos_ in ("ADP", "SCONJ") or head.dep_ in ("nsubj", "nsubjpass") and head.pos_ == "NOUN"
            ):
                head = head.head
            if head in path and path.index(head) < best_rank:
                best, best_rank = expression, path.index(head)
        return best

    # -- whom a figure is about ----------------------------------------------------------------

    def subject(self, figure: Figure, before: list[tuple[Claim, Subject | None]]) -> Subject | None:
        """The figure's subject (extract/subjects.py), with rules of its own:
        - a fine is the fined party's ("the regulator fined Tenpay 2.99 billion yuan": `fined_party`), and
          a judgment's amount the party it is given against ("won a judgment against him for 2.3
          million yuan": `judged_party`);
        - a score is its system's ("my Sesame score was 696"; "Alibaba users with a score
          greater than 650": the scoring system of Alibaba's group);
        - the value of a perk or a penalty ("a bonus of 1,000 yuan", "a 5% discount" for high scorers) belongs to
          the scoring system that earns it, like the perk; its equivalent in brackets too;
        - a poll's share is about what respondents were asked ("59 percent supported the concept
          of a social credit score"), else, in a sentence about scores, the scoring system ("38
          percent could not say what affects their score"); the next shares of the sentence
          ("while 29 percent were neutral") are about the same; the pollster is credited, never
          the subject;
        - in a text about a law, a time limit of a duty ("the regulator must decide within 15 working
          days", "Article 15 requires the website to decide within 5 working days") is the law's
          (`_time_limit_of_law`);
        - a count of a study's own material ("Drawing on 28 interviews", "a survey of 812 residents") is
          no actor's (`_study_count`);
        - a count of those who run schemes like the topic ("At least 62 Chinese cities had launched similar
          points schemes") is no scheme's (`_runs_other_schemes`)."""
        anchor = figure.anchor
        if figure.extra.get("study_material"):
            return None
        if "equivalent_of" in figure.extra and before:
            return before[-1][1]
        if figure.kind == "measure" and is_score(anchor):
            found = score_system(anchor)
            if found is not None:
                return found
        if self._on_a_scale(figure) or figure.predicate in self.system_predicates:
            # "residents who score 150 or above", "at least 600 points": the system that scores;
            # "blocked ... 11 million flights": the blacklist that blocks (its figures need no word of it)
            found = scoring_system(anchor, blacklist_topic=figure.predicate in self.system_predicates)
            if found is not None:
                return found
        if self._perk_size(figure) and self._perk_clause(anchor):
            # "those rated AAA can obtain loans of up to 200,000 yuan", "a 5% discount"
            found = scoring_system(anchor, blacklist_topic=False)
            if found is not None:
                return found
        if figure.predicate == "user_count" and (found := self._used_thing(figure)) is not None:
            return found
        if figure.kind == "money" and (found := fined_party(anchor, self.fining_verbs)) is not None:
            return found  # "the regulator fined Tenpay 2.99 billion yuan": Tenpay's fine
        if figure.kind == "money" and (found := judged_party(anchor, self.judgment_nouns)) is not None:
            return found  # "a supplier won a judgment against him for 2.3 million yuan": his debt
        if figure.kind == "money" and figure.extra.get("for") in self.perk_nouns:
            found = (self._named_doer(anchor) if not self._about_scores(anchor.sent) else None) or scoring_system(anchor, blacklist_topic=False)
            if found is not None:
                return found
        if figure.predicate == "share_of_respondents":
            found = opinion_subject(anchor)
            if found is None and self._about_scores(anchor.sent):
                # "38 percent of respondents could not say what affects their score": the scheme's
                found = scoring_system(anchor, blacklist_topic=False)
            if found is None:
                previous = [subject for claim, subject in before if claim.predicate == figure.predicate]
                found = previous[-1] if previous else None
            return found
        if (found := self._time_limit_of_law(figure)) is not None:
            return found
        if self._runs_other_schemes(anchor):
            return None  # "At least 62 Chinese cities had launched similar points schemes": not the topic's
        # a figure the parse gives no actor ("nearly 6 million times, the court said") is about
        # the scheme or blacklist the passage is about, if it is about one
        found = subject_of(anchor, scheme_look_back=speaks_of_schemes(anchor.sent))
        if figure.kind != "money":  # "15.7 million names had been added since the list began, the court said"
            found = court_list(found, anchor)
        if found is not None or is_partitive(anchor):
            return found
        if writers_own(anchor):  # "about 38% of our bookings" in a blog post: no actor's
            return None
        system = scoring_system(anchor, blacklist_topic=False)
        if system is not None and law_outweighs(system) and not self._schemes_own(figure):
            system = None  # a scheme named in passing in a text about a law: the law's figure
        return system or law_of_passage(anchor) or company_of_text(anchor.doc)

    def _runs_other_schemes(self, anchor: Token) -> bool:
        """Whether the counted are the subject of a clause whose object is schemes like the topic, not
        the topic ("62 Chinese cities had launched similar points schemes", "40 cities run their own
        systems": `other_scheme_words`): they are counted as others, no scheme's figure."""
        noun = anchor if anchor.pos_ in ("NOUN", "PROPN") else anchor.head
        if noun.dep_ not in ("nsubj", "nsubjpass"):
            return False
        objects = [c for c in noun.head.children if c.dep_ == "dobj" and c.lemma_.lower() in self.system_nouns]
        return any(m.lower_ in self.other_scheme_words for o in objects for m in o.children if m.dep_ in ("amod", "poss"))

    @staticmethod
    def _schemes_own(figure: Figure) -> bool:
        """ "may be barred from serving as directors for up to five years", "2.8 million enterprises are on
        such lists": the length of a sanction and a count of those a scheme lists or scores stay the scheme's,
        even in a text about a law."""
        if figure.predicate == "duration":
            return figure.anchor.head.lower_ == "for"
        sent = figure.anchor.sent
        return figure.kind == "count" and (speaks_of_schemes(sent) or any(t.lower_ in LIST_NOUNS for t in sent))

    def _time_limit_of_law(self, figure: Figure) -> Subject | None:
        """ "The regulator must decide within 15 working days", "the Office shall reply within 10 working
        days": in a text about a law (`law_of_text`), a time limit set by a duty (a modal of
        obligation) is one of the law's provisions, not a figure about the party it binds. The length of a sanction ("shall not
        enjoy subsidies for two years") is no time limit: it stays the scheme's."""
        if figure.predicate != "duration" or figure.anchor.head.lower_ not in self.time_limit_preps:
            return None
        verb = next((t for t in figure.anchor.ancestors if t.pos_ in ("VERB", "AUX")), None)
        if verb is None or not self._obliged(verb):
            return None
        return law_of_passage(figure.anchor)

    def _obliged(self, verb: Token) -> bool:
        """Whether a modal of obligation governs `verb` or a verb it is coordinated with ("must verify
        the objection and reply within 10 days"), or a verb that lays the duty on someone ("Article 15
        requires the website to decide within 5 working days": `obligation_verbs`)."""
        verbs = (verb, *(verb.ancestors if verb.dep_ == "conj" else ()))
        if verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_.lower() in self.obligation_verbs:
            return True
        if verb.dep_ == "relcl" and verb.head.dep_ == "dobj" and verb.head.head.lemma_.lower() in self.obligation_verbs \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return True  # the infinitive read as describing the one bound: "requires the website to decide"
        return any(c.dep_ == "aux" and c.lower_ in self.obligation_modals for v in verbs for c in v.children)

    @staticmethod
    def _named_doer(anchor: Token) -> Subject | None:
        """ "Ant paid a fine of 7 billion yuan": an actor that is itself its clause's subject (not
        "Alipay users", people of a scheme) pays or gets the amount; a scheme leaves it to the rules
        (and so does a sentence about scores: "Renji Hospital gives high scorers a bonus of ...",
        the hospital only delivers the scheme's perk)."""
        found = subject_of(anchor, fallback=False)
        if found is None or found.how != "nsubj" or is_scoring_system(found.actor):
            return None
        return found if phrase_head(found.actor).i == found.actor.root.i else None

    def _on_a_scale(self, figure: Figure) -> bool:
        return figure.kind == "measure" or figure.unit == (self.measures[0].unit if self.measures else None)

    @staticmethod
    def _perk_size(figure: Figure) -> bool:
        """An amount or a rate that can size a perk or a penalty ("loans of up to 200,000 yuan",
        "a 5% discount"), not a share of some group ("30% of residents") or of a company ("a 9% stake")."""
        return figure.kind == "money" or (figure.kind == "percent" and "of" not in figure.extra
                                          and stake_subject(figure.anchor) is None)

    def _perk_clause(self, anchor: Token) -> bool:
        """Whether the clause of an amount holds a score condition: a score noun, a scoring verb
        or points ("allowing residents rated 180 or above to borrow up to 500,000 yuan")."""
        clause = next((t for t in anchor.ancestors if t.pos_ in ("VERB", "AUX")), anchor)
        # "Ant Financial, which was valued at $60 billion, says 100 partners use Sesame scores": a clause on
        # a named actor is about that actor, whatever the rest of the sentence says of scores
        clause = next((t for t in (clause, *clause.ancestors) if t.dep_ in ("ROOT", "advcl", "conj", "ccomp")
                       or t.dep_ == "relcl" and actor_at(t.head) is not None), clause)
        words = [t for t in clause.subtree]
        return any(is_score(t) or t.lower_ in self.score_verbs or t.lemma_.lower() in ("point",) for t in words)

    def _about_scores(self, sent: Span) -> bool:
        """Whether a sentence speaks of scores: a score noun or a scoring verb."""
        return any(is_score(t) or t.lower_ in self.score_verbs for t in sent)

    def _used_thing(self, figure: Figure) -> Subject | None:
        """ "More than 1.2 million residents have activated it": users of what they use."""
        number = figure.anchor.doc[figure.quantity.end - 1]
        for token in (figure.anchor, number):
            if token.dep_ == "nsubj" and token.head.pos_ == "VERB":
                obj = next((c for c in token.head.children if c.dep_ == "dobj"), None)
                if obj is not None:
                    found = subject_of(obj, fallback=False) if obj.lower_ not in ("it", "its") else None
                    if found is None and obj.lower_ == "it":
                        found = subject_of(obj, fallback=False)
                    if found is not None:
                        return found
        return None

    def claim(self, doc: Doc, sent: Span, figure: Figure, expressions: list[TimeExpression],
              subject: Subject | None = None) -> Claim:
        """The claim of a figure about `subject` (see `subject`)."""
        q = figure.quantity
        when = self.as_of(figure, expressions)
        extra = dict(figure.extra)
        if when is not None:
            extra.update(when.extra("as_of_"))
        if subject is not None:
            extra["subject_rule"] = subject.how
        subject_confidence = subject.confidence if subject else 0.4
        confidence = round((KIND_CONFIDENCE[figure.kind] + subject_confidence) / 2, 2)
        last = doc[figure.phrase_end - 1]
        claim = Claim(
            kind="figure",
            predicate=figure.predicate,
            phrase_start=doc[figure.phrase_start].idx,
            phrase_end=last.idx + len(last.text),
            quote_start=sent.start_char,
            quote_end=sent.end_char,
            method=f"figure/{figure.kind}:{subject.how if subject else 'no-subject'}",
            subject_id=subject.id if subject else None,
            subject=subject.name if subject else None,
            value=q.value,
            unit=figure.unit,
            bound=q.bound,
            as_of=when.date if when is not None else figure.extra.get("as_of"),
            confidence=confidence,
            extra=extra,
        )
        return claim


@Language.factory(
    "sckb_figures",
    default_config={"vocab_path": None, "numbers_path": None, "events_path": None},
)
def make_figure_extractor(nlp: Language, name: str, vocab_path: str | None, numbers_path: str | None,
                          events_path: str | None):
    return FigureExtractor(
        nlp,
        load_checked_vocab("metrics", vocab_path, "counts"),
        load_checked_vocab("numbers", numbers_path, *NUMBER_SECTIONS),
        load_checked_vocab("events", events_path, "calendar"),
    )
