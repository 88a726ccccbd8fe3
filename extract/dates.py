"""Dates: time expressions, and the dated events that make date claims.

Two parts:

- `TimeFinder` reads the time expressions of a document ("June 1", "May 1, 2018",
  "23 March, 2017", "in 2015", "last June", "early February", "that same year", "the year's
  end") with the calendar of corpus/vocab/events.yaml, and resolves them against the
  publication date (`doc._.published`) at the precision the text supports. They are kept in
  `doc._.time_expressions`, which the figure component reads too (for `as_of`).
- The component "sckb_dates" turns "<event cue> ... <time expression>" into date claims, with
  the event's predicate from the events vocabulary ("launched", "took_effect", "froze", ...).

How a date is written (`Claim.date`, `TimeExpression.date`):
- resolved: an ISO date or prefix at the precision of the text: "2015", "2018-02", "2018-05-01";
  a part of that span is kept in extra["part"] (early | mid | late: "early February" ->
  "2018-02", part early), a season in extra["season"]. "The end of" a year or month is a
  cut-off, its last day: "till the end of 2016" -> "2016-12-31" (part end). Words meaning the
  time of writing ("currently") are the publication date.
- unresolved (a relative date and no publication date, "that same year" with no earlier date):
  None; a year is never invented. A month named without a year in a text dated only to a
  year ("On June 1, ..." in a text of 2017) is in that year (resolved "publication-year"); "last
  June" there stays unresolved, since it may be in that year or the one before. What the words
  still tell goes to extra["partial"] in the XML Schema forms "--06-01" (gMonthDay) and "--06"
  (gMonth) ("June 1" with no year).
A relative time restated in full right after it is that date ("A year later, in January 2015, ...").
Counted and relative expressions: "two years ago" and "last month" count back from the
publication date (at the precision of the unit); "a year earlier", "the next day" from the
date named before them; "the 12 months to June 30" is its end; "on Tuesday" the last such
weekday on or before the publication date; "In January last year" a month dated by a year
phrase, as is the opening month of "between May and September last year". A count before a
clause, set off by a comma right after a date, dates the clause's event from that date ("in
2013, a year before the State Council published its outline": 2014); elsewhere it is a
duration ("paid eighteen months after he was listed"). "At the same time" is the time of the
event named before (not of a thing's description nor of a state's end); opening a sentence or
before a comma it is no time. The year of a document's number ("[2019] No. 6") is no time, nor is a
season's word the parser reads as a verb ("are expected to fall").
extra["expression"] always holds the words and extra["resolved"] how the date was obtained
(absolute | publication | publication-year | previous-date | unresolved); unresolved dates get a lower confidence.

Subject and object of a date claim: each event says (events.yaml, `subject`) whether the claim
is about the thing the event happens to (theme: launched, froze, licensed, took_effect...) or
about its doer (agent: began). The subject is that participant when it is a known actor, else
the other participant; `object` holds the remaining participant (an actor's canonical name,
else the words of its noun phrase). "Ant Financial ... that same year launched its Sesame Credit
rating system" -> launched, subject Sesame Credit, object Ant Financial, date 2015. In a text about a
law (`law_of_text`), a subject that names no actor, or a provision (a deadline, a start) with no subject,
is the law's draft or provision ("A draft was put out for comment last November", "firms will receive a
grade from 1 March 2025", "Firms must file a credit commitment letter by 31 December 2025": the law).
A document published with no maker beside the verb is its possessor's or that of the doer who sets
something out in it ("The State Council's Planning Outline ..., released in June 2014", "The State
Council set it out in a Planning Outline ..., published in June 2014": State Council). A target set
is about what it is set for ("set 2020 as the deadline for its basic construction", "named 2020 as
the year by which the basic framework should be in place"), not about who sets it. What a maker
comes back with, or a product returns as, is what is launched ("Tencent came back with WeChat Pay
Score in 2019", "Tencent Credit returned in 2019 as WeChat Pay Score"); what is granted on someone's filing is about
the filer ("approved Baihang's application in January 2018": Baihang, `filing_nouns`); a relative clause with no
pronoun and a subject of its own is about the noun it describes ("the score Ant launched in 2015"); a verb
with two objects acts on the named one when the direct object names no one ("fined Alibaba a record sum in
April": Alibaba, not "record sum"); a
name set off after the object names it ("launched its own score, WeChat Pay Score, in January 2019"),
also when the parser hangs it, with the time, on the verb.
Publishing, keeping or running a named list starts the list: the claim is the list's, its keeper
the object ("The Supreme People's Court began publishing it in October 2013", "the List of Dishonest
Judgment Debtors, maintained by the Supreme People's Court since 2013"); publishing a thing about a
list ("plans to publish a full review of the list") starts none: it stays the publisher's.
A deadline is about what is to be done or ready by then, whoever does it: a doer's event (`agent`)
"by" a time is about its object ("the city will extend the scheme to three counties by 2024").
A place that is the subject of an event acting on the scheme the text names for it dates that scheme
("Suzhou announced in January 2023 that the Osmanthus Score would be linked to ...", "In March 2021 the city
abolished all D-grade penalties": `doers_scheme` of extract/subjects.py); not a report ("said") nor a
publication, which stay the speaker's and the publisher's (a report by a speaker the text names by no
actor, "..., a senior official said on Thursday", is no one's: not the reported clause's subject).

What a writer advises its readers to do by a time is no deadline ("Companies should review their filings before
the end of 2019": `advised_parties`); a body's duty is ("Local governments should set up platforms by 2020").
A country's possessive before an event noun says where, not whose ("received China's first licence in January
2018": the receiver's licence).

The event of a time expression is the first verb above it (not a gerund used as a noun, with a
possessor: "Regulators halted Ant's listing in November 2020" is the halting's time, about Ant), also for
a time wire copy puts between a subject and its verb, which the parser hangs on the subject ("Chinese
regulators in April ordered Ant to ..."); when that verb is none, the verb
whose clause it completes ("began scoring its residents in 2014"), the event noun it
describes ("a survey ... carried out in September") or the event noun that is its subject
("The only licence ... went to Baihang Credit in January 2018"). A thing named only by its
owner is the owner's ("Suqian's scheme, introduced in 2015": Suqian).

The items of a list after a colon, each with its time, each had the verb's event then and are its
subjects ("has licensed three firms: Lianhe Credit in 2019, Qilin Data in June 2021 and, on 4 May
this year, Harbour Credit"). Whom a verb of sampling counts is a sample, no figure ("We surveyed
2,140 residents between April and June 2025": the survey began in April and ended in June); two
months of one year joined by "and" are an activity's span too ("tests carried out in January and
February 2024"). So do a survey conducted or carried out (the event's noun is one of sampling) and
documents reviewed ("Between January and July 2025, researchers reviewed 2,140 notices"); a participle
that describes whom the activity counts ("3,012 adults aged 18 and over ... between 10 October and 2
November 2025": `describing_participles`) is no activity, the verb above it is.

Also: an act done for the first time that names no event of its own begins ("The firm first applied
in 2019": began), a past participle describing a noun, which is its object for the cue ("the Credit
Information Law, passed in August 2021": passing a law, published), the event noun a light verb takes ("received a licence in 2018"), an adjective of an
event ("the Measures, effective from 1 May 2018"), a verb of following or a pro-verb ("Zhejiang
followed suit in 2018", "Xinhe did the same"; with no dated event before to repeat, a start of its
own: "Singapore followed in 2016"), the end of a time allowed ("has until December
to pay": a deadline; also with whom it is allowed in between, "gave the firms until December 31 to
submit plans"), what a dated report says had happened ("said on Tuesday that it had
granted a licence": the report's date), "by" a time in a clause committed to the future
("said it would connect the list ... by the end of 2020": a deadline whatever the verb; one the
parser hangs on a verb of intention is the intended verb's: "By 2020, China's rulers aim to put in
place a social credit system" is about the system), a
time opening a sentence for the clause after a semicolon, "since" a time with what one can
do since then ("Since 2019, firms can ask ..."; inside an infinitive of purpose, the perfect it serves:
"has relied on Sesame Credit to waive its deposit since 2017"), the time a rule or an offer starts from
("From September 1, no platform may use a score ...": took_effect, also inside what a report
says), a plan the clause after a counted time states ("two days before its shares were due to
start trading": scheduled), and a date alone in a row of a table laid out in plain lines whose
header names the event by its participle ("City Scheme Launched ..."; a year, or a month and year: "Lishui
Camellia Points    March 2018    Lishui Credit Office"; a slide's bulleted items are no such rows), and the date opening a timeline's entry
(`timeline_entry` of extract/tables.py: "March 2018 – Baihang Credit is licensed by ...", "2014: Planning
Outline published"), which dates the entry's event wherever the parser hung it and though it cut the line
after the colon, told in the present too ("The State Council issues the Planning Outline": a verb the
tagger read as a plural noun, `_misread_present`); a month named there without a year is in the entry's
year ("2021: The law takes effect on 1 November"), and that date replaces the entry's coarser one. The
time in the label of a box of key figures dates the figure, no event ("Blacklisted debtors (June 2023):
8.5 million": `in_key_figure_label`).

Not events: a year naming a thing ("Under the 2023 rules, residents start ..."), a time that dates a figure the verb states ("had published more than 40
million records by February", "added 560,000 people to the list in 2019", "By 2019, 20 cities
had joined", also a count the verb reached, "By the end of 2019 the scheme had been extended to 30 cities", a number that is the object, "shall exceed 5 million by 2027", and what a
complement counts, "was used to block 34.6 million attempts", "barred debtors from buying 1.4
million tickets since 2014" (not a count with a possessor, which describes the whole acted on: "began
scoring its 740,000 residents in 2013" is a start), or a figure of the noun or the preposition the time hangs on, "said in
August, against a peak of 15.7 million in 2019", "up from 25 percent two years ago": the figure's as_of) or a state a report describes ("said last month that its
database now covers ..."), a bound ("signed after 1 March 2019", "in force until 2020"), a
recurring date ("its annual deadline of June 30"), a reporting period named by its end ("net profit for the
quarter ended March 31": `period_nouns`), the time of writing of a state told in the present,
with a modal or in the perfect of a state ("Two firms currently hold a licence", "At present, 86 firms
have joined": only what is told as done is dated, "Qilin Data today announced"), a survey the text itself draws on ("It
draws on a survey ..., conducted in 2019"), dates in reference-list entries (also every
sentence of a numbered one, and of a note: "2 Interview with an adviser, ..."; not a report's
subsection, "3.1 Firms should ... by the end of 2021"), bylines
("published on June 28, 2018" with no subject; "This article was first published in 2019"), the text's own
date ("This prospectus is dated October 26, 2020": `own_document_nouns`),
copyright years, the year of a cited work ("Following Ahmed (2020), I argue", "(Liang et al., 2018;
Daum, 2021)": `cited_year` of extract/numbers.py), a span of years in brackets after a title, part of its name ("Planning Outline for the
Construction of a Social Credit System (2014-2020)"), dates no event cue governs (banner dates), and
events denied or refused ("did not launch the score in 2020", "declined to license any of them in 2017").
"""
from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass, field, replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from extract.claims import Claim
from extract.clean import LIST_BULLETS
from extract.consequences import REFUSING_VERBS
from extract.datelines import dateline_at
from extract.tables import entry_of_line, key_figure_lines
from extract.numbers import (
    NUMBER_SECTIONS,
    NumberReader,
    cited_year,
    doc_text,
    line_at,
    load_checked_vocab,
    match_after,
    match_before,
    norm,
    numbered_line,
    phrases,
    words_of,
)
from extract.actors import SPANS_KEY
from extract.subjects import (
    FIRST_PERSON,
    PERSONAL_PRONOUNS,
    PRONOUNS,
    RELATIVE_PRONOUNS,
    SOURCE_TYPES,
    _is_named_list,
    actor_at,
    actor_of_phrase,
    antecedent,
    body_of_we,
    doers_scheme,
    law_of_text,
    pipeline_gazetteer_path,
    reporting_verbs,
    resolve_pronoun,
    same_paragraph,
    speaks_of_blacklists,
    subject_of,
    use_gazetteer,
    window_start,
)

for _name in ("claims", "published", "time_expressions"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

DAY = re.compile(r"^(?P<day>[0-3]?\d)(?:st|nd|rd|th)?$", re.I)
YEAR = re.compile(r"^(?:1[89]\d\d|20\d\d)$")
#: Superscript figures a footnote's number is written in, which a copied text glues to the word before.
FOOTNOTE_MARKS = "\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079"
ISO_DATE = re.compile(r"^(?P<y>\d{4})-(?P<m>\d{2})(?:-(?P<d>\d{2}))?$")
#: Dates written in figures with slashes or dots: year first ("2019/05/01"), or year last with the
#: day and month in either order ("15/06/2022" in Britain, "06/15/2022" in the US).
YEAR_FIRST_DATE = re.compile(r"^(?P<y>\d{4})(?P<sep>[/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})$")
YEAR_LAST_DATE = re.compile(r"^(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4})$")
#: Most words between an event cue and its date for the claim's phrase to cover both.
MAX_GAP = 4
#: Most words of a line that may be a row of a table laid out in plain lines, and how many lines
#: above a row its header may be.
TABLE_ROW_WORDS = 20
TABLE_LOOK_BACK = 12
#: Marks a line of prose ends with (a sentence's or a clause's): a line ending so is no table row.
PROSE_LINE_ENDS = (".", "?", "!", ";", ":", ",")
#: Actor types a maker launches ("Tencent came back with WeChat Pay Score"), not a place or a person.
PRODUCT_TYPES = {"product", "program", "platform"}
#: Confidence of a date by how it was obtained.
DATE_CONFIDENCE = {"absolute": 0.85, "publication": 0.75, "publication-year": 0.6, "previous-date": 0.65,
                   "unresolved": 0.4}


# -- time expressions ---------------------------------------------------------------------


@dataclass
class TimeExpression:
    """A time expression: its tokens, what the text says, and the date it resolves to."""

    start: int  # token span in the doc
    end: int
    text: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    part: str | None = None  # early | mid | late
    season: str | None = None
    #: absolute | last | next | this | now | year-offset | month-offset | same-year | same-month | same-time |
    #: ago (counted back from the publication date) | shift (counted from the date before) | weekday
    #: | last-weekday | next-weekday | season-after, season-before (the first such season after or
    #: before the date before) | clause-shift (the time of the clause after "a year before", counted
    #: from the date named before in the sentence)
    relation: str = "absolute"
    offset: int = 0  # year-offset, month-offset, ago, shift: how many units; weekday: Monday = 0
    unit: str | None = None  # ago, shift: day | week | weekend | month | year
    calendar: bool = False  # shift: names a unit of the calendar ("the following year"), dated at its precision
    date: str | None = None  # resolved ISO date or prefix, else None
    partial: str | None = None  # what an unresolved date still tells: "--06-01", "--02"
    resolved: str = "unresolved"  # absolute | publication | publication-year | previous-date | unresolved
    restated: bool = False  # a relative time the full date right after it restates: that date dates the event

    @property
    def confidence(self) -> float:
        return DATE_CONFIDENCE[self.resolved]

    def extra(self, prefix: str = "") -> dict:
        """What a claim keeps of this expression (prefix "as_of_" for a figure's as_of)."""
        info = {"expression": self.text, "resolved": self.resolved}
        if self.partial:
            info["partial"] = self.partial
        if self.part:
            info["part"] = self.part
        if self.season:
            info["season"] = self.season
        return {prefix + key: value for key, value in info.items()}


def range_links_of(events_vocab: dict) -> list[str]:
    """The words joining the two ends of a range of times (events.yaml `ranges`, `bare_range_links`)."""
    ranges = events_vocab.get("ranges") or {}
    return sorted({w for links in ranges.values() for w in links} | set(events_vocab.get("bare_range_links", [])))


def parse_published(published: str | None) -> tuple[int | None, int | None, int | None]:
    """(year, month, day) of an ISO publication date or prefix; Nones when absent or unreadable."""
    match = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", published or "")
    if not match:
        return None, None, None
    return tuple(int(g) if g else None for g in match.groups())


def iso(year: int | None, month: int | None = None, day: int | None = None) -> str | None:
    if year is None:
        if month is None:
            return None
        return f"--{month:02d}" + (f"-{day:02d}" if day else "")
    return f"{year:04d}" + (f"-{month:02d}" if month else "") + (f"-{day:02d}" if month and day else "")


class TimeFinder:
    """Finds and resolves the time expressions of a doc (see the module docstring)."""

    def __init__(self, calendar: dict, numbers: NumberReader, tokenize=None, range_links: list[str] = ()):
        self.months = {k.lower(): v for k, v in calendar["months"].items()}
        self.spoken_days = {k.lower(): v for k, v in (calendar.get("spoken_days") or {}).items()}
        self.ambiguous_months = {m.lower() for m in calendar.get("ambiguous_months", [])}
        self.weekdays = {d.lower() for d in calendar.get("weekdays", [])}
        self.seasons = {k.lower(): v for k, v in calendar.get("seasons", {}).items()}
        sequels = calendar.get("season_sequels") or {}
        self.sequels = {direction: phrases(words, tokenize) for direction, words in sequels.items()}
        self.recurring = phrases(calendar.get("recurring", []), tokenize)
        self.recurring_before = phrases(calendar.get("recurring_before", []), tokenize)
        self.parts = {part: phrases(words, tokenize) for part, words in calendar.get("parts", {}).items()}
        #: one-word parts, which the tokenizer may leave glued to a year or month ("mid-2019")
        self.glued_parts = {words[0]: part for part, options in self.parts.items() for words in options
                            if len(words) == 1}
        self.relations = {rel: phrases(words, tokenize) for rel, words in calendar.get("relations", {}).items()}
        self.anaphora = {kind: phrases(words, tokenize) for kind, words in calendar.get("anaphora", {}).items()}
        self.season_anaphora = phrases(calendar.get("season_anaphora", []), tokenize)
        self.now = phrases(calendar.get("now", []), tokenize)
        self.year_phrases = {words_of(text, tokenize): info for text, info in calendar.get("year_phrases", {}).items()}
        self.year_phrase_list = sorted(self.year_phrases, key=lambda p: (-len(p), p))
        self.month_preps = phrases(calendar.get("month_preps", []), tokenize)
        self.units = {k.lower(): v for k, v in (calendar.get("units") or {}).items()}
        self.counted_offsets = {k.lower(): v for k, v in (calendar.get("counted_offsets") or {}).items()}
        self.whole_years_from = int(calendar.get("whole_years_from", 0)) or None
        self.unreferred_bounds = phrases(calendar.get("unreferred_bounds", []), tokenize)
        self.connectives = set(phrases(calendar.get("connectives", []), tokenize))
        self.clause_offsets = {k.lower(): int(v) for k, v in (calendar.get("clause_offsets") or {}).items()}
        self.span_ends = phrases(calendar.get("span_ends", []), tokenize)
        self.range_links = phrases(list(range_links), tokenize)  # `range_links_of`
        self.shift_phrases = {words_of(t, tokenize): (v["unit"], int(v["offset"]), v.get("from", "previous"))
                              for t, v in (calendar.get("shift_phrases") or {}).items()}
        #: shift phrases that name a unit of the calendar rather than count one ("the following year"
        #: is a year, "a year later" a year's distance): dated at the precision of that unit
        self.calendar_shifts = {words_of(t, tokenize) for t, v in (calendar.get("shift_phrases") or {}).items()
                                if v.get("calendar")}
        self.shift_phrase_list = sorted(self.shift_phrases, key=lambda p: (-len(p), p))
        self.weekday_numbers = {d.lower(): n for n, d in enumerate(calendar.get("weekdays", []))}
        self.ahead_verbs = frozenset(w.lower() for w in calendar.get("ahead_verbs", []))
        self.ahead_phrases = phrases(calendar.get("ahead_phrases", []), tokenize)
        self.behind_phrases = phrases(calendar.get("behind_phrases", []), tokenize)
        rule_starts = calendar.get("rule_starts") or {}
        self.rule_start_preps = phrases(rule_starts.get("preps", []), tokenize)
        self.rule_modals = {w.lower() for w in rule_starts.get("modals", [])}
        self.numbers = numbers
        self.openers = self._opening_words()

    def _opening_words(self) -> frozenset[str]:
        """The words a time expression can open with: the first word of every phrase `_read_at`
        tries, calendar words, "the"/"a"/"an" and number words (counted times: "two years ago").
        Digits and glued parts ("mid-2019") open one too (`could_open`)."""
        tables = [*self.anaphora.values(), self.season_anaphora, self.now, self.shift_phrase_list,
                  *self.sequels.values(), self.year_phrase_list, *self.parts.values(), *self.relations.values()]
        firsts = {phrase[0] for table in tables for phrase in table if phrase}
        return frozenset(firsts | set(self.months) | self.weekdays | set(self.seasons) | {"the", "a", "an"}
                         | set(self.numbers.number_words))

    def could_open(self, token: Token) -> bool:
        """Whether a time expression may start at `token` (most tokens are quickly ruled out)."""
        text = token.text
        return norm(token) in self.openers or token.lower_.rstrip(".") in self.months \
            or "-" in text or any(c.isdigit() for c in text)

    # -- reading ------------------------------------------------------------------------

    def find(self, doc: Doc) -> list[TimeExpression]:
        """All time expressions of `doc`, resolved in reading order."""
        found: list[TimeExpression] = []
        year, month, day = parse_published(doc._.published)
        for sent in doc.sents:
            i = sent.start
            while i < sent.end:
                expression = self._read_at(doc, i, sent) if self.could_open(doc[i]) else None
                if expression is not None and expression.relation == "clause-shift" \
                        and not _set_off_after(doc, found, expression):
                    expression = None  # "paid eighteen months after he was listed": a duration, no time
                if expression is None:
                    i += 1
                    continue
                self._resolve(expression, (year, month, day), self._previous(doc, found, sent, expression), doc,
                              narrative=_narrative_year(doc, found, sent, year),
                              sequel=_sequel_year(found, sent, expression, year)
                              or _entry_year(doc, found, expression))
                found.append(expression)
                i = expression.end
        for e, then in zip(found, found[1:]):
            if _restated(doc, e, then):
                e.year, e.month, e.day, e.date, e.resolved = then.year, then.month, then.day, then.date, then.resolved
                e.restated = True
        return found

    def _read_at(self, doc: Doc, i: int, sent: Span) -> TimeExpression | None:
        if match_before(doc, i, self.numbers.copyright_marks) is not None \
                or match_before(doc, i, self.recurring_before, sent.start) is not None:
            return None  # "© 2023", "every Monday"
        if YEAR.match(doc[i].text) and i > sent.start and doc[i - 1].text == "[" and i + 1 < sent.end \
                and doc[i + 1].text == "]":
            return None  # "Lin Zheng Ban Fa [2019] No. 6": the year of a document's number
        if YEAR.match(doc[i].text) and cited_year(doc[i]):
            return None  # "Following Ahmed (2020), ...", "(Liang et al., 2018)": the year of a cited work
        for kind, options in self.anaphora.items():
            end = match_after(doc, i, options, sent.end)
            if end is not None and self._connective(doc, i, end, sent):
                return None
            if end is not None:
                return TimeExpression(i, end, doc[i:end].text, relation=kind)
        end = match_after(doc, i, self.season_anaphora, sent.end)
        if end is not None and end < sent.end and doc[end].lower_ in self.seasons:  # "that autumn"
            return TimeExpression(i, end + 1, doc[i : end + 1].text, relation="same-year", season=doc[end].lower_)
        end = match_after(doc, i, self.now, sent.end)
        if end is not None:
            return TimeExpression(i, end, doc[i:end].text, relation="now")
        end = match_after(doc, i, self.shift_phrase_list, sent.end)
        if end is not None:  # "last month", "the next day"
            words = tuple(norm(t) for t in doc[i:end])
            unit, offset, origin = self.shift_phrases[words]
            relation = "ago" if origin == "publication" else "shift"
            return TimeExpression(i, end, doc[i:end].text, relation=relation, offset=offset, unit=unit,
                                  calendar=words in self.calendar_shifts)
        for direction, options in self.sequels.items():  # "the following spring", "the previous autumn"
            end = match_after(doc, i, options, sent.end)
            if end is not None and end < sent.end and doc[end].lower_ in self.seasons:
                return TimeExpression(i, end + 1, doc[i : end + 1].text, relation=f"season-{direction}",
                                      season=doc[end].lower_)
        counted = self._counted(doc, i, sent)
        if counted is not None:
            return counted
        end = match_after(doc, i, self.year_phrase_list, sent.end)
        if end is not None:
            info = self.year_phrases[tuple(norm(t) for t in doc[i:end])]
            if end + 1 < sent.end and doc[end].lower_ == "of" and (year := self._year(doc[end + 1])):
                # "the third quarter of 2021", "the end of the year of 2019": the year named
                return TimeExpression(i, end + 2, doc[i : end + 2].text, year=year, part=info.get("part"))
            return TimeExpression(i, end, doc[i:end].text, relation="year-offset",
                                  offset=int(info.get("offset", 0)), part=info.get("part"))
        weekday = self._weekday(doc, i, sent)
        if weekday is not None:
            return weekday
        glued = self._glued(doc[i])
        if glued is not None:
            return glued
        part, j = self._prefix(doc, i, sent, self.parts)
        if part is not None and (phrase := self._whole_year_phrase(doc, j, sent)) is not None:
            offset, end = phrase  # "at the end of last year", "early next year"
            return TimeExpression(i, end, doc[i:end].text, relation="year-offset", offset=offset, part=part)
        relation, j = self._prefix(doc, j, sent, self.relations)
        core = self._core(doc, j, sent, context=bool(part or relation) or self._after_prep(doc, i, sent))
        if core is None:
            return None
        expression, end = core
        expression.start, expression.part = i, part or expression.part
        if relation and expression.year is None:
            expression.relation = relation
        end = self._parenthetical_year(doc, end, sent, expression)
        end = self._year_of_month(doc, end, sent, expression)
        self._year_of_range(doc, end, sent, expression)
        if expression.year is None and match_after(doc, end, self.recurring, sent.end) is not None:
            return None  # "On March 15 each year": a date that recurs, no time
        expression.end, expression.text = end, doc[i:end].text
        return expression

    def _connective(self, doc: Doc, start: int, end: int, sent: Span) -> bool:
        """ "At the same time, critics argue ...": words of a time that join two thoughts when they
        open a sentence or come before a comma (calendar `connectives`)."""
        if tuple(norm(t) for t in doc[start:end]) not in self.connectives:
            return False
        return start == sent.start or end < sent.end and doc[end].text == ","

    def _counted(self, doc: Doc, i: int, sent: Span) -> TimeExpression | None:
        """ "two years ago", "a year earlier", "three months later" (a count of units and an
        offset word), and "the 12 months to June 30" (a span named by its end)."""
        j = i + 1 if doc[i].lower_ == "the" else i
        count = 1 if doc[j].lower_ in ("a", "an") else None
        if count is None:
            read = self.numbers.token_value(doc[j]) if j < sent.end else None
            count = int(read[0]) if read is not None and read[1] is None and read[2] is None else None
        if count is None or j + 2 > sent.end:
            return None
        unit = self.units.get(doc[j + 1].lower_)
        if unit is None:
            return None
        if isinstance(unit, dict):  # "a decade ago": ten years
            unit, count = unit["unit"], count * int(unit.get("times", 1))
        offset_word = doc[j + 2].lower_ if j + 2 < sent.end else ""
        comparison = j + 3 < sent.end and doc[j + 3].lower_ == "than"  # "five years later than planned"
        whole_years = unit == "year" and self.whole_years_from is not None and count >= self.whole_years_from
        if j == i and offset_word in self.clause_offsets and doc[j + 2].dep_ == "mark" and not comparison:
            # "Rongcheng began testing it in 2013, a year before the State Council published its outline":
            # the clause's event, counted from the date just before (`find` keeps it only there)
            return TimeExpression(i, j + 3, doc[i : j + 3].text, relation="clause-shift", unit=unit,
                                  offset=self.clause_offsets[offset_word] * count, calendar=whole_years)
        if j == i and offset_word in self.counted_offsets and not comparison:
            direction, origin = self.counted_offsets[offset_word]["direction"], self.counted_offsets[offset_word]["from"]
            relation = "ago" if origin == "publication" else "shift"
            return TimeExpression(i, j + 3, doc[i : j + 3].text, relation=relation, offset=direction * count, unit=unit,
                                  calendar=whole_years)
        link = match_after(doc, j + 2, self.span_ends, sent.end)
        if j > i and link is not None:  # "the 12 months to June 30": the span ends on that date
            core = self._core(doc, link, sent, context=True)
            if core is not None:
                expression, end = core
                expression.start, expression.end, expression.text = i, end, doc[i:end].text
                return expression
        return None

    def _weekday(self, doc: Doc, i: int, sent: Span) -> TimeExpression | None:
        """ "said on Tuesday": a weekday alone, the last such day on or before the publication
        date (or the next one, in a clause about the future); "last Friday" is before the day of
        writing, "next Friday" after it."""
        relation, j = self._prefix(doc, i, sent, self.relations)
        day = self.weekday_numbers.get(doc[j].lower_) if j < sent.end else None
        if day is None or not doc[j].text[0].isupper():
            return None
        if i > sent.start and doc[i - 1].lower_ in ("a", "an", "one"):
            return None  # "on a Friday in March": some Friday, not the last one
        after = j + 2 if j + 2 < sent.end and doc[j + 1].text == "," else j + 1
        if after < sent.end and (self._day(doc[after]) or self._month(doc[after], True)):
            return None  # "Friday 29 March", "Monday, May 1": a calendar date, read by _core
        relation = f"{relation}-weekday" if relation in ("last", "next") else "weekday"
        return TimeExpression(i, j + 1, doc[i : j + 1].text, relation=relation, offset=day)

    def _glued(self, token: Token) -> TimeExpression | None:
        """ "mid-2019", "late-March": a part and a year or month in one token."""
        prefix, dash, rest = token.text.partition("-")
        part = self.glued_parts.get(prefix.lower()) if dash else None
        if part is None:
            return None
        year = int(rest) if YEAR.match(rest) else None
        month = self.months.get(rest.lower()) if year is None else None
        if year is None and month is None:
            return None
        return TimeExpression(token.i, token.i + 1, token.text, year=year, month=month, part=part)

    def _year_of_month(self, doc: Doc, end: int, sent: Span, expression: TimeExpression) -> int:
        """ "In January last year", "February (of) this year": the year phrase dates the month;
        "(in) November (of) that year": the year named before does."""
        if expression.year is not None or expression.month is None or expression.relation != "absolute":
            return end
        start = end + 1 if end < sent.end and doc[end].lower_ == "of" else end  # "April of this year"
        anaphor_end = match_after(doc, start, self.anaphora.get("same-year", []), sent.end)
        if anaphor_end is not None:  # "November of that year", "in January that year"
            expression.relation = "same-year"
            return anaphor_end
        phrase = self._whole_year_phrase(doc, start, sent)
        if phrase is None:
            return end
        offset, phrase_end = phrase
        expression.relation, expression.offset = "year-offset", offset
        return phrase_end

    def _prefix(self, doc, i, sent, table) -> tuple[str | None, int]:
        for name, options in table.items():
            end = match_after(doc, i, options, sent.end)
            if end is not None:
                return name, end
        return None, i

    def _after_prep(self, doc: Doc, i: int, sent: Span) -> bool:
        """Whether a preposition comes right before token i ("in October"), or before "the" and a
        season ("in the spring"), or a month and a range's link ("between May and September")."""
        if i > sent.start and doc[i - 1].lower_ == "the" and doc[i].lower_ in self.seasons:
            i -= 1
        link = match_before(doc, i, self.range_links, sent.start)
        if link is not None and link > sent.start and self._month(doc[link - 1], True):
            return True
        return match_before(doc, i, self.month_preps, sent.start) is not None

    def _month(self, token: Token, context: bool) -> int | None:
        lower = token.lower_.rstrip(".")
        if lower not in self.months:
            return None
        if lower in self.ambiguous_months and not (token.text[0].isupper() and context):
            return None
        return self.months[lower]

    def _day(self, token: Token) -> int | None:
        match = DAY.match(token.text)
        day = int(match["day"]) if match else None
        return day if day and 1 <= day <= 31 else None

    def _year(self, token: Token) -> int | None:
        text = token.text.rstrip(FOOTNOTE_MARKS)  # "in 2014¹": a footnote's number glued to the year
        return int(text) if YEAR.match(text) else None

    def _core(self, doc: Doc, i: int, sent: Span, context: bool):
        """(expression, end) of a calendar date starting at token i, else None."""
        if i >= sent.end:
            return None
        if doc[i].lower_ in self.weekdays:  # "Friday 29 March", "Monday, May 1"
            i += 2 if i + 1 < sent.end and doc[i + 1].text == "," else 1
            context = True
            if i >= sent.end:
                return None
        token = doc[i]
        nxt = doc[i + 1] if i + 1 < sent.end else None
        # An ISO date, which the tokenizer splits: 2018 - 05 - 01
        if self._year(token) and nxt is not None and nxt.text == "-":
            iso_end = min(i + 5, sent.end)
            match = ISO_DATE.match(doc[i:iso_end].text.replace(" ", "")) or ISO_DATE.match(
                doc[i : min(i + 3, sent.end)].text.replace(" ", ""))
            if match and _valid_day(int(match["y"]), int(match["m"]), int(match["d"]) if match["d"] else None):
                end = i + (5 if match["d"] else 3)
                day = int(match["d"]) if match["d"] else None
                return TimeExpression(i, end, "", year=int(match["y"]), month=int(match["m"]), day=day), end
        numeric = _numeric_date(token.text)
        if numeric is not None:  # "15/06/2022", "2019/05/01"
            return TimeExpression(i, i + 1, "", year=numeric[0], month=numeric[1], day=numeric[2]), i + 1
        # DAY [of] MONTH [,] [YEAR]: "23 March, 2017", "1st of May"
        day = self._day(token)
        if day and nxt is not None:
            j = i + 1 + (1 if nxt.lower_ == "of" else 0)
            month = self._month(doc[j], True) if j < sent.end else None
            if month:
                year, end = self._optional_year(doc, j + 1, sent)
                return TimeExpression(i, end, "", year=year, month=month, day=day), end
        # MONTH [DAY] [,] [YEAR]: "May 1, 2018", "April 4th, 2017", "June 1", "October 2017", "November third"
        month = self._month(token, True)
        if month:
            day = (self._day(nxt) or self.spoken_days.get(nxt.lower_)) if nxt is not None and not self._year(nxt) else None
            j = i + 2 if day else i + 1
            year, end = self._optional_year(doc, j, sent)
            # "in an October report", "the March rules": a month naming the time of a thing
            attributive = i > sent.start and doc[i - 1].pos_ in ("DET", "PRON") and nxt is not None \
                and nxt.pos_ == "NOUN" and token.head.i == nxt.i
            context = context or attributive
            if day or year or (context and self._month(token, context)):
                return TimeExpression(i, end, "", year=year, month=month, day=day), end
            return None
        # SEASON [of] [YEAR]: "summer 2017", "last summer"
        season = self.seasons.get(token.lower_)
        if season is not None:
            if token.pos_ in ("VERB", "AUX"):
                return None  # "are expected to fall", "shares may fall 2%": a verb, no season
            if nxt is not None and nxt.pos_ in ("NOUN", "PROPN") and token.dep_ in ("compound", "amod", "nmod"):
                return None  # "winter heating bills", "the Spring Festival": a kind of thing, no time
            j = i + 1 + (1 if nxt is not None and nxt.lower_ == "of" else 0)
            year, end = self._optional_year(doc, j, sent, comma=False)
            if not (year or context):
                return None
            end = end if year else i + 1
            return TimeExpression(i, end, "", year=year, season=token.lower_), end
        year = self._year(token)
        if year and not self._is_quantity(doc, i, sent):
            return TimeExpression(i, i + 1, "", year=year), i + 1
        spoken = self._spoken_year(doc, i, sent) if context else None
        if spoken is not None:  # "back in twenty fifteen"
            return TimeExpression(i, spoken[1], "", year=spoken[0]), spoken[1]
        return None

    def _year_of_range(self, doc: Doc, end: int, sent: Span, expression: TimeExpression) -> None:
        """ "between March and August 2022": a month with no year that opens a range of months
        takes the year of the month that closes it, the year before if it comes later in the
        calendar ("from November to February 2023"); so does the year phrase of the closing month
        ("between May and September last year")."""
        if expression.year is not None or expression.month is None or expression.relation != "absolute":
            return
        link_end = match_after(doc, end, self.range_links, sent.end)
        core = self._core(doc, link_end, sent, context=True) if link_end is not None else None
        if core is None or core[0].month is None:
            return
        closing, before = core[0], 1 if expression.month > core[0].month else 0
        if closing.year is not None:
            expression.year = closing.year - before
            return
        phrase = self._whole_year_phrase(doc, core[1], sent)
        if phrase is not None:
            expression.relation, expression.offset = "year-offset", phrase[0] - before

    def _whole_year_phrase(self, doc: Doc, start: int, sent: Span) -> tuple[int, int] | None:
        """The year offset and the end of a year phrase at `start` that names a whole year ("last
        year", "this year"; not a part of one, "the year's end")."""
        phrase_end = match_after(doc, start, self.year_phrase_list, sent.end)
        if phrase_end is None:
            return None
        info = self.year_phrases[tuple(norm(t) for t in doc[start:phrase_end])]
        return None if info.get("part") else (int(info.get("offset", 0)), phrase_end)

    def _optional_year(self, doc: Doc, j: int, sent: Span, comma: bool = True) -> tuple[int | None, int]:
        if comma and j + 1 < sent.end and doc[j].text == "," and self._year(doc[j + 1]):
            return self._year(doc[j + 1]), j + 2
        if j < sent.end and self._year(doc[j]):
            return self._year(doc[j]), j + 1
        at = j + 1 if comma and j < sent.end and doc[j].text == "," else j
        spoken = self._spoken_year(doc, at, sent)  # "November third, twenty twenty"
        return spoken if spoken is not None else (None, j)

    def _spoken_year(self, doc: Doc, i: int, sent: Span) -> tuple[int, int] | None:
        """(year, end) of a year said aloud, as a transcript writes it: "twenty eighteen",
        "nineteen ninety-eight", "twenty twenty", "two thousand and nine"."""
        word = lambda k: doc[k].lower_ if k < sent.end else ""
        if word(i) in ("nineteen", "twenty"):
            rest = self._spoken_number(doc, i + 1, sent)
            if rest is not None and 10 <= rest[0] <= 99:
                return (1900 if word(i) == "nineteen" else 2000) + rest[0], rest[1]
        if word(i) == "two" and word(i + 1) == "thousand":
            j = i + 3 if word(i + 2) == "and" else i + 2
            rest = self._spoken_number(doc, j, sent)
            if rest is not None and 1 <= rest[0] <= 99:
                return 2000 + rest[0], rest[1]
        return None

    def _spoken_number(self, doc: Doc, i: int, sent: Span) -> tuple[int, int] | None:
        """(value, end) of a number from 1 to 99 in words: "eighteen", "twenty", "ninety-eight"."""
        words = self.numbers.number_words
        if i >= sent.end or doc[i].lower_ not in words:
            return None
        value = int(words[doc[i].lower_])
        if value in range(20, 100, 10) and i + 2 < sent.end and doc[i + 1].text == "-" \
                and int(words.get(doc[i + 2].lower_, 0)) in range(1, 10):
            return value + int(words[doc[i + 2].lower_]), i + 3
        return (value, i + 1) if 1 <= value <= 99 else None

    def _is_quantity(self, doc: Doc, i: int, sent: Span) -> bool:
        """ "2015 people", "$2015", "2015 percent": a number that looks like a year but is not."""
        before = doc[i - 1].lower_ if i > sent.start else ""
        after = doc[i + 1].lower_ if i + 1 < sent.end else ""
        return (
            before in self.numbers.currency_symbols
            or before in self.numbers.label_words
            or after in self.numbers.scale_words
            or match_after(doc, i + 1, self.numbers.percent_phrases, sent.end) is not None
            or match_after(doc, i + 1, self.numbers.currency_phrases, sent.end) is not None
        )

    def _parenthetical_year(self, doc: Doc, end: int, sent: Span, expression: TimeExpression) -> int:
        """ "Last June (2016)": the year in brackets settles the date."""
        if end + 2 < sent.end and doc[end].text == "(" and self._year(doc[end + 1]) and doc[end + 2].text == ")":
            if expression.year is None and expression.relation in ("absolute", "last", "next", "this"):
                expression.year, expression.relation = self._year(doc[end + 1]), "absolute"
                return end + 3
        return end

    # -- resolving ----------------------------------------------------------------------

    def _previous(self, doc: Doc, found: list[TimeExpression], sent: Span,
                  e: TimeExpression | None = None) -> TimeExpression | None:
        """The latest resolved date of this sentence or of the previous one (for "that same year");
        for the time of an event named before ("at the same time"), not one that describes a thing
        ("The Interim Measures, issued in 2018, shall be repealed at the same time") nor the end of a
        state ("in force until 2028")."""
        earliest = sent.start
        if sent.start > 0:
            previous = doc[sent.start - 1].sent
            if same_paragraph(previous, sent):
                earliest = previous.start
        anaphor = e is not None and e.relation == "same-time"
        for expression in reversed(found):
            if expression.start < earliest:
                return None
            if anaphor and (_describes_a_thing(doc, expression) or
                            match_before(doc, expression.start, self.unreferred_bounds, earliest) is not None):
                continue
            if expression.date and not expression.date.startswith("--"):
                return expression
        return None

    def _resolve(self, e: TimeExpression, published, previous: TimeExpression | None, doc: Doc,
                 narrative: int | None = None, sequel: int | None = None) -> None:
        pub_year, pub_month, pub_day = published
        if e.relation in ("same-year", "same-month", "same-time"):
            if e.relation == "same-month" and previous is not None and len(previous.date) < 7:
                previous = None  # "that month" after a date with no month
            if previous is not None:
                same_year = iso(int(previous.date[:4]), e.month, e.day)  # "(November of) that year"
                e.date = {"same-year": same_year, "same-month": previous.date[:7]}.get(e.relation, previous.date)
                e.resolved = "previous-date"
            return
        if e.relation == "now":
            if pub_year is not None:
                e.date, e.resolved = iso(pub_year, pub_month, pub_day), "publication"
            return
        if e.relation == "year-offset":
            if pub_year is not None:
                e.year, e.resolved = pub_year + e.offset, "publication"
                if e.month is not None:  # "In January last year"
                    e.date = iso(e.year, e.month, e.day)
                else:
                    e.date = _end_of(e.year, None) if e.part == "end" else iso(e.year)
            elif e.month is not None:
                e.partial = iso(None, e.month, e.day)
            return
        if e.relation == "ago":  # counted back from the publication date
            origin = iso(pub_year, pub_month, pub_day) if pub_year is not None else None
            e.date = _shift(origin, e.unit, e.offset, coarse=True) if origin else None
            e.resolved = "publication" if e.date else "unresolved"  # "last week" straddling two years
            return
        if e.relation == "clause-shift" and (previous is None or previous.start < doc[e.start].sent.start):
            return  # "a year before the council published it" with no date named before it in its sentence
        if e.relation in ("shift", "clause-shift"):  # counted from the date before: "a year earlier", "the next day"
            if previous is not None and previous.date:
                e.date = _shift(previous.date, e.unit, e.offset, coarse=e.calendar)
                e.resolved = "previous-date" if e.date else "unresolved"  # "the next week" after a bare year
            return
        if e.relation in ("season-after", "season-before"):  # "the following spring": the first such
            if previous is not None and previous.date:  # season after (or before) the date before
                then = previous.month or (self.seasons[previous.season] if previous.season else None)
                centre, year = self.seasons[e.season], int(previous.date[:4])
                if e.relation == "season-after":
                    e.year = year if then is not None and centre > then else year + 1
                else:
                    e.year = year if then is not None and centre < then else year - 1
                e.date, e.resolved = iso(e.year), "previous-date"
            return
        if e.relation in ("weekday", "last-weekday", "next-weekday"):
            if pub_day is not None:
                later = e.relation == "next-weekday" or e.relation == "weekday" and self._ahead(doc, e)
                e.date = _weekday_near(pub_year, pub_month, pub_day, e.offset, later, strict=e.relation != "weekday")
                e.resolved = "publication"
            return
        if e.year is not None:
            e.resolved = "absolute"
        else:
            month = e.month or (self.seasons[e.season] if e.season else None)
            year_only = pub_month is None and e.relation == "absolute"
            if pub_year is None or month is None or (pub_month is None and e.relation not in ("this", "absolute")):
                # "--06-01": no year is invented. "last June" in a text dated only to a year may
                # be in that year or the one before.
                e.partial = iso(None, e.month, e.day)
                return
            if e.relation == "this" or year_only:
                # "On June 1, ... took effect" in a text of 2017: a month the text names
                # without a year is in the year of writing.
                e.year = pub_year
                if year_only:
                    e.resolved = "publication-year"
                    e.date = _end_of(e.year, e.month) if e.part == "end" and not e.day else iso(e.year, e.month, e.day)
                    return
            elif e.relation == "absolute" and (sequel or narrative is not None and _past_perfect(doc[e.start])):
                # "in September the court had added his name", told after "on a Tuesday in
                # October 2017": the story's year; "In March last year ..., and in June ...":
                # the year of the month just before
                e.year, e.resolved = sequel or narrative, "previous-date"
                e.date = _end_of(e.year, e.month) if e.part == "end" and not e.day else iso(e.year, e.month, e.day)
                return
            else:
                later = e.relation == "next" or (e.relation == "absolute" and self._ahead(doc, e))
                if e.season and _within_season(pub_month, month):
                    pub_month = month  # "last summer" written in August is the summer before this one
                e.year = _nearest_year(month, e.day, pub_year, pub_month, pub_day or 31, later,
                                       strict=e.relation in ("last", "next"))
            e.resolved = "publication"
        e.date = _end_of(e.year, e.month) if e.part == "end" and not e.day else iso(e.year, e.month, e.day)

    def _ahead(self, doc: Doc, e: TimeExpression) -> bool:
        """Whether the time lies ahead of the writer: its clause speaks of the future, or the
        words before it do ("has until December to pay"), or a rule starts from it ("From
        September 1, no platform may ..."); never a time something has lasted since ("up eleven
        points since March")."""
        floor = doc[e.start].sent.start
        if match_before(doc, e.start, self.behind_phrases, floor) is not None:
            return False
        return _is_future(doc[e.start], self.ahead_verbs) or \
            match_before(doc, e.start, self.ahead_phrases, floor) is not None or \
            self.rule_start_verb(doc, e) is not None

    def rule_start_verb(self, doc: Doc, e: TimeExpression) -> Token | None:
        """The verb saying what will or may (not) be done from a time a rule or an offer starts
        from (`rule_starts`): the one above the time, else (the parser may hang "from July 1" on a
        relative clause) the nearest one of its part of the sentence (not past a semicolon)."""
        sent = doc[e.start].sent
        if match_before(doc, e.start, self.rule_start_preps, sent.start) is None:
            return None
        verb = next((t for t in doc[e.start].ancestors if self._with_modal(t)), None)
        if verb is None:
            part = [t for t in sent if not any(x.text == ";" for x in doc[min(t.i, e.start) : max(t.i, e.start)])]
            verb = min((t for t in part if self._with_modal(t)), key=lambda t: abs(t.i - e.start), default=None)
        return verb

    def _with_modal(self, token: Token) -> bool:
        """Whether a verb says what will or may (not) be done: "may use", "will no longer pay"."""
        return token.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ in self.rule_modals
                                                     for c in token.children)


def _numeric_date(text: str) -> tuple[int, int | None, int | None] | None:
    """(year, month, day) of a date written in figures ("15/06/2022", "06/15/2022", "2019/05/01");
    when the day and the month could be either way round ("05/06/2022") only the year is sure."""
    if match := YEAR_FIRST_DATE.match(text):
        year, month, day = int(match["y"]), int(match["m"]), int(match["d"])
    elif match := YEAR_LAST_DATE.match(text):
        year, first, second = int(match["y"]), int(match["a"]), int(match["b"])
        if first > 12 >= second:
            month, day = second, first  # day first
        elif second > 12 >= first:
            month, day = first, second  # month first
        elif first == second:
            month, day = first, first
        else:
            return (year, None, None) if YEAR.match(match["y"]) and first <= 12 and second <= 12 else None
    else:
        return None
    return (year, month, day) if YEAR.match(str(year)) and 1 <= month <= 12 and _valid_day(year, month, day) else None


def _valid_day(year: int, month: int, day: int | None) -> bool:
    """Whether digits read as a date are one ("2019-20", a financial year, is not)."""
    return 1 <= month <= 12 and (day is None or 1 <= day <= monthrange(year, month)[1])


def _shift(date: str, unit: str | None, count: int, coarse: bool = False) -> str | None:
    """`date` (an ISO date or prefix) moved by `count` units, at the precision of the date, or
    of the unit when `coarse` (counted from the day of writing): "2020-03" a year earlier is
    "2019-03"; "2018-01-31" a day later "2018-02-01"; two years before 2020-01-15 is "2018";
    the week before 2020-09-15 is "2020-09"; "over the weekend" written on Monday 2021-11-15 is
    the month of that Saturday and Sunday, "2021-11"."""
    import datetime

    parts = [int(p) for p in date.split("-")]
    year, month, day = (parts + [None, None])[:3]
    if unit == "year":
        return iso(year + count) if coarse else iso(year + count, month, day)
    if unit == "month" and coarse:
        month, day = month or 1, None
    if unit == "month" and month is not None:
        total = year * 12 + (month - 1) + count
        return iso(total // 12, total % 12 + 1)
    if unit == "weekend" and day is not None and coarse:  # the last weekend on or before the day, moved by weeks
        today = datetime.date(year, month, day)
        saturday = today - datetime.timedelta(days=(today.weekday() - 5) % 7) + datetime.timedelta(weeks=count)
        sunday = saturday + datetime.timedelta(days=1)
        same_month = (saturday.year, saturday.month) == (sunday.year, sunday.month)
        return iso(saturday.year, saturday.month) if same_month else None
    if unit in ("day", "week") and day is not None:
        moved = datetime.date(year, month, day) + datetime.timedelta(days=count * (7 if unit == "week" else 1))
        if unit == "week" and coarse:
            return _week_span(moved)
        return moved.isoformat()
    return None


def _week_span(day) -> str | None:
    """The calendar week holding `day` at the precision it has: its month when it lies in one
    ("last week" written on 15 September 2020 is 2020-09), else its year, else nothing."""
    import datetime

    monday = day - datetime.timedelta(days=day.weekday())
    sunday = monday + datetime.timedelta(days=6)
    if (monday.year, monday.month) == (sunday.year, sunday.month):
        return iso(monday.year, monday.month)
    return iso(monday.year) if monday.year == sunday.year else None


def _weekday_near(year: int, month: int, day: int, weekday: int, later: bool, strict: bool = False) -> str:
    """The date of the last `weekday` on or before the given day, or the next one on or after
    it; `strict` excludes the day itself ("last Friday" written on a Friday)."""
    import datetime

    today = datetime.date(year, month, day)
    delta = (weekday - today.weekday()) % 7 if later else -((today.weekday() - weekday) % 7)
    if strict and delta == 0:
        delta = 7 if later else -7
    return (today + datetime.timedelta(days=delta)).isoformat()


def _end_of(year: int, month: int | None) -> str:
    """The last day of a year or a month: "the end of 2016" is a cut-off, 2016-12-31."""
    month = month or 12
    day = monthrange(year, month)[1]
    return iso(year, month, day)


def _narrative_year(doc: Doc, found: list[TimeExpression], sent: Span, pub_year: int | None) -> int | None:
    """The year of a story told in the past: the last date before `sent`, when the text wrote
    it with its month and a year before the year of writing ("in October 2017", "in March last
    year" in 2019), and it stands in this paragraph or the one before. A month named after it
    without a year, in the past perfect, is in that year."""
    if not found or pub_year is None:
        return None
    last = found[-1]
    written = last.resolved in ("absolute", "previous-date") or last.relation == "year-offset"
    if not written or last.month is None or last.year is None or last.year >= pub_year:
        return None
    breaks = sum(1 for t in doc[last.end:sent.start] if t.is_space and "\n\n" in t.text.replace("\r", ""))
    return last.year if breaks <= 1 and sent.start - last.end < NARRATIVE_WINDOW else None


def _sequel_year(found: list[TimeExpression], sent: Span, e: TimeExpression, pub_year: int | None) -> int | None:
    """ "In March last year the court listed him, and in June the operator changed his
    ringtone": a month named without a year after a month of an earlier year, later in the
    calendar and in the same sentence, continues that year's story. (Not across sentences in
    the simple past: "... went to Baihang in January 2018. Baihang said in March ..." is news.)"""
    last = found[-1] if found else None
    if last is None or last.start < sent.start or pub_year is None or e.month is None or e.year is not None:
        return None
    if last.month is None or last.year is None or last.year >= pub_year or not last.date or last.month > e.month:
        return None
    return last.year


def _entry_year(doc: Doc, found: list[TimeExpression], e: TimeExpression) -> int | None:
    """ "2021: The Data Security Law takes effect on 1 September": a month named without a year in a
    timeline's entry (`timeline_entry`) is in the year of the entry's own date."""
    if not found or e.month is None or e.year is not None:
        return None
    line_start, _, entry = entry_of_line(doc, doc[e.start].idx)
    last = found[-1]
    if entry is None or last.year is None or not line_start <= doc[last.start].idx < entry.end() <= doc[e.start].idx:
        return None
    return last.year


def _past_perfect(token: Token) -> bool:
    """Whether the clause of a time expression is in the past perfect ("had added"): the
    tense of a story told about an earlier time, not of the news."""
    verb = next((t for t in token.ancestors if t.pos_ in ("VERB", "AUX")), None)
    return verb is not None and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


#: Verbs too vague to name what is due by a deadline (unless a complement says it: "will be complete").
VAGUE_VERBS = ("do", "be", "happen")
#: Tags of wh-words ("what", "which").
WH_TAGS = ("WP", "WDT", "WRB")
#: The tags of the words that open a relative clause ("which", "who", "whose").
RELATIVE_TAGS = ("WP", "WDT", "WP$")


def _vague(verb: Token) -> bool:
    """ "What Firms Should Do Before 2020": nothing in particular is due; "will be complete by
    2025" says what is."""
    return verb.lemma_.lower() in VAGUE_VERBS and not any(
        c.dep_ in ("acomp", "attr") and c.tag_ not in WH_TAGS for c in verb.children)


#: Prepositions of a time the parser may hang on a verb's object instead of the verb ("scrapped the
#: score in late-2021"); not "for" (the period a thing covers: "its plan for 2025").
OBJECT_TIME_PREPS = ("in", "on", "at", "during")

#: Prepositions of the means by which something is done ("said in a notice", "announced via a filing").
MEANS_PREPS = ("in", "through", "via")


#: Punctuation between a byline cue and its date ("Published: 14 November 2023").
BYLINE_MARKS = (":", "-", "\u2013", "\u2014", "|")
#: Marks that part the items of a byline line ("Published March 3, 2024 · 42 min read").
SEPARATORS = ("·", "•", "|", "\u2013", "\u2014")


#: How many tokens after a dated sentence a narrative's year still holds.
NARRATIVE_WINDOW = 200


def _within_season(month: int, centre: int) -> bool:
    """Whether a month lies in the season centred on `centre` (a month either side)."""
    return min((month - centre) % 12, (centre - month) % 12) <= 1


def _nearest_year(month, day, pub_year, pub_month, pub_day, later: bool, strict: bool) -> int:
    """The year of the nearest (month, day) before the publication date, or after it when
    `later`; `strict` excludes the publication month itself ("last June" said in June)."""
    here = (month, day or 0)
    now = (pub_month, pub_day if day else 0)
    if later:
        return pub_year if (here > now if strict else here >= now) else pub_year + 1
    return pub_year if (here < now if strict else here <= now) else pub_year - 1


#: Tags of a singular noun: a number before one describes the thing ("a $34.5 billion
#: offering"); only a plural noun is counted ("3.2 million people").
SINGULAR_NOUNS = {"NN", "NNP"}


#: Auxiliaries that put a clause in the future.
FUTURE_AUX = {"will", "shall", "'ll"}
#: Auxiliaries of an obligation, which lies ahead unless in the perfect.
OBLIGATION_AUX = {"must", "should"}


#: Tags of a verb in the present tense: with a calendar date, a timetable ("take effect on June 1").
PRESENT_TENSE = {"VBZ", "VBP"}


def _is_future(token: Token, ahead_verbs: frozenset = frozenset()) -> bool:
    """Whether the clause governing `token` speaks of the future ("will take effect on June 1",
    "the rules take effect on June 1": a date in the present tense is a timetable's; "had been
    scheduled for Thursday": a plan's date is ahead whatever the tense). A date inside a noun
    phrase ("the March rules apply") is no timetable's."""
    child = token
    for ancestor in token.ancestors:
        if ancestor.lemma_.lower() in ahead_verbs and not any(c.dep_ == "prt" for c in ancestor.children):
            return True  # "is set to open in March" (not "was set up in March")
        if ancestor.pos_ in ("VERB", "AUX"):
            auxiliaries = _auxiliaries(ancestor)
            if any(c.lower_ in FUTURE_AUX for c in auxiliaries):
                return True
            if ancestor.dep_ == "ccomp" and token.i > ancestor.i and any(c.lower_ == "would" for c in auxiliaries) \
                    and not any(c.lemma_ == "have" for c in auxiliaries):
                return True  # reported: "said it would bar debtors from April 1" (not "said on Monday it would")
            if any(c.lower_ in OBLIGATION_AUX for c in auxiliaries) and not any(c.lemma_ == "have" for c in auxiliaries):
                return True  # "firms must register before June" (not "must have paid in June")
            if ancestor.tag_ == "VBG" and any(c.tag_ in PRESENT_TENSE for c in auxiliaries):
                return True  # "is accepting comments until June 30": what goes on now runs on ahead
            if auxiliaries and all(c.lower_ == "to" for c in auxiliaries):
                child = ancestor
                continue  # an infinitive has no tense: "expects the bank to approve it by March"
            # a base form with a subject of its own is a present tense the tagger missed
            finite = ancestor.tag_ in PRESENT_TENSE or ancestor.tag_ == "VB" and any(
                c.dep_ == "nsubj" for c in ancestor.children)
            return finite and not auxiliaries and child.dep_ not in NOUN_PHRASE_DEPS
        child = ancestor
    return False


def _auxiliaries(verb: Token) -> list[Token]:
    """A verb's auxiliaries; a verb conjoined to another, with no subject nor auxiliary of its own,
    shares that one's ("will extend the scheme and link it ... by June 30": "link" is ahead too)."""
    own = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if own or verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX") \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return own
    return _auxiliaries(verb.head)


#: Modals that with "have" say what could have been ("could have built", "might have launched");
#: "would have" is left out: reported plans use it ("said it would have finished by 2020").
COUNTERFACTUAL_MODALS = {"could", "might", "should"}

#: Dependencies of a noun phrase in its clause: a date inside one dates the thing, not the verb.
NOUN_PHRASE_DEPS = ("nsubj", "nsubjpass", "dobj", "attr")


def after_publication(date: str | None, published: str | None) -> bool:
    """Whether a resolved date lies after the time of writing, at the precision both have (a
    day of 2019 is not after a text dated "2019")."""
    if not date or date.startswith("--") or not published:
        return False
    common = min(len(date), len(published))
    return date[:common] > published[:common]


def time_expressions(doc: Doc, finder: TimeFinder) -> list[TimeExpression]:
    """`doc._.time_expressions`, computed once by whichever component asks first."""
    if doc._.time_expressions is None:
        doc._.time_expressions = finder.find(doc)
    return doc._.time_expressions


def _infinitive_clause(verb: Token) -> bool:
    """Whether a verb heads a clause of purpose in the infinitive ("has relied on Sesame Credit to
    waive its deposit since 2017"): it has no tense of its own, the verb it serves has."""
    return verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def in_span(expressions: list[TimeExpression], span: Span) -> list[TimeExpression]:
    return [e for e in expressions if e.start >= span.start and e.end <= span.end]


#: What sets off a date that restates the relative time before it ("A year later, in January 2015, ...").
RESTATING_MARKS = {",", "(", "–", "—"}
RESTATING_PREPS = {"in", "on", "at", "by"}


def _restated(doc: Doc, e: TimeExpression, then: TimeExpression) -> bool:
    """A relative time that the next expression, set off right after it, restates in full ("A year
    later, in January 2015, the central bank ...", "two years ago (in March 2016)"): it is that date,
    not one counted from whatever date came before."""
    if e.relation == "absolute":
        return False
    between = [t.lower_ for t in doc[e.end:then.start]]
    return then.relation == "absolute" and then.year is not None and then.start > e.end \
        and between[0] in RESTATING_MARKS and all(w in RESTATING_MARKS | RESTATING_PREPS for w in between) \
        and doc[e.start].sent == doc[then.start].sent


def _set_off_after(doc: Doc, found: list[TimeExpression], e: TimeExpression) -> bool:
    """Whether a time comes right after another time and a comma ("in 2013, a year before ...")."""
    return bool(found) and e.start > 0 and doc[e.start - 1].text == "," and found[-1].end == e.start - 1


def _describes_a_thing(doc: Doc, e: TimeExpression) -> bool:
    """Whether a time dates a participle or a relative clause of a noun ("the Measures issued on 3
    March 2019", "rules that took effect in 2016")."""
    root = expression_root(doc, e)
    return any(t.dep_ in ("acl", "relcl") for t in (root, *root.ancestors))


def expression_root(doc: Doc, e: TimeExpression) -> Token:
    """The token of the expression that the rest of the sentence attaches to."""
    span = doc[e.start : e.end]
    for token in span:
        if not (span.start <= token.head.i < span.end) or token.head.i == token.i:
            return token
    return span.root


# -- dated events ---------------------------------------------------------------------------


@dataclass
class Event:
    predicate: str
    verbs: list[tuple[str, ...]] = field(default_factory=list)
    nouns: set[str] = field(default_factory=set)
    subject: str = "theme"  # theme | agent
    intransitive: bool = False
    #: (preposition, noun) phrases that state the event with no verb: "the rules, in force since 2018"
    states: set[tuple[str, str]] = field(default_factory=set)
    #: whether an event noun dated without a written year is a recurring date ("the June 30 deadline")
    nouns_need_year: bool = False
    #: adjectives that state the event of the thing they describe ("the Measures, effective from 2018")
    adjectives: set[str] = field(default_factory=set)
    #: verbs that name the event only with an object: "Ant dropped the plan", not "her score dropped"
    transitive: set[str] = field(default_factory=set)
    #: verbs that name the event only with no object: "the registry opened", not "I opened an account"
    without_object: set[str] = field(default_factory=set)
    #: verbs that name the event only in a text about blacklists, and not "in" or "on" a named
    #: place or market: "she was listed in 2019", not "Ant was to be listed in Shanghai"
    in_blacklist_texts: set[str] = field(default_factory=set)
    #: the predicate of a verb cue dated by a time that is not its object: the act of setting a
    #: target ("In 2014 the State Council set 2020 as the target year": announced in 2014)
    setting: str | None = None


def _blacklist_listing(verb: Token) -> bool:
    """ "She was listed in 2019" in a text about blacklists; not "listed in Hong Kong", "listed
    debtors" or "Ant Group's listing"."""
    named = {i for a in verb.doc.spans.get(SPANS_KEY, []) for i in range(a.start, a.end)}  # a place, an exchange
    adjective = verb.dep_ == "amod" or verb.tag_ == "VBN" and _child(verb, "dobj") is not None \
        and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)  # "refused to listed debtors"
    return verb.tag_ in ("VBD", "VBN") and not adjective and speaks_of_blacklists(verb.doc) and not any(
        g.i in named for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "on") for g in c.children)


def _acts_on_something(verb: Token) -> bool:
    """Whether a verb has an object, or is a passive whose subject is that object."""
    return any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in verb.children) or \
        verb.dep_ in ("acl", "relcl") and verb.tag_ == "VBN"


def _clause_words(verb: Token) -> dict[str, Token]:
    """The words of a verb's own clause by lemma, without the clauses of other verbs in it
    ("added that the list grew" has no "list" of its own)."""
    words: dict[str, Token] = {}
    nodes = list(verb.children)
    for node in nodes:
        if node.pos_ in ("VERB", "AUX") and node.dep_ in ("ccomp", "advcl", "relcl", "parataxis", "conj", "acl"):
            continue
        words.setdefault(node.lemma_.lower(), node)
        nodes.extend(node.children)
    return words


def _dependents(token: Token) -> dict[str, Token]:
    """A verb's dependents by lemma, with its prepositions' objects ("go into effect")."""
    words: dict[str, Token] = {}
    for child in token.children:
        words.setdefault(child.lemma_.lower(), child)
        if child.dep_ in ("prep", "dobj", "prt", "acomp", "attr", "advmod"):  # "did this first": "this" read as its det
            for grandchild in child.children:
                if grandchild.dep_ in ("pobj", "det", "prep") or child.dep_ == "dobj" and grandchild.dep_ == "acl":
                    # "offered firms the opportunity to trial": the object's own clause counts
                    words.setdefault(grandchild.lemma_.lower(), grandchild)
                if grandchild.dep_ == "prep":
                    for g in grandchild.children:
                        words.setdefault(g.lemma_.lower(), g)
    if token.dep_ == "acl" and token.tag_ in ("VBN", "VBD"):  # the tagger may read it as a past tense
        # a past participle's noun is its object ("the Personal Information Protection Law, passed in
        # August 2021": passing a law)
        words.setdefault(token.head.lemma_.lower(), token.head)
    return words


def _regular_forms(lemmas: set[str]) -> dict[str, str]:
    """The regular inflections of verb lemmas, each mapped to its lemma: the lemmatiser
    misreads a few ("fined" -> "fin", "relaunched" -> "relaunche")."""
    forms: dict[str, str] = {}
    for lemma in sorted(lemmas):
        stem = lemma[:-1] if lemma.endswith("e") else lemma
        for form in (lemma + "s", lemma + "es", stem + "ed", stem + "ing", lemma + lemma[-1] + "ed",
                     lemma + lemma[-1] + "ing"):
            forms.setdefault(form, lemma)
    return forms


class DateExtractor:
    def __init__(self, nlp: Language, events_vocab: dict, numbers_vocab: dict):
        tokenize = nlp.make_doc
        self.numbers = NumberReader(numbers_vocab, tokenize)
        self.finder = TimeFinder(events_vocab["calendar"], self.numbers, tokenize, range_links_of(events_vocab))
        self.events = [
            Event(
                predicate=entry["predicate"],
                verbs=[tuple(v.lower().split()) for v in entry.get("verbs", [])],
                nouns={n.lower() for n in entry.get("nouns", [])},
                subject=entry.get("subject", "theme"),
                intransitive=bool(entry.get("intransitive", False)),
                states={tuple(p.lower().split()) for p in entry.get("states", [])},
                nouns_need_year=bool(entry.get("nouns_need_year", False)),
                adjectives={a.lower() for a in entry.get("adjectives", [])},
                transitive={v.lower() for v in entry.get("transitive", [])},
                without_object={v.lower() for v in entry.get("without_object", [])},
                in_blacklist_texts={v.lower() for v in entry.get("in_blacklist_texts", [])},
                setting=entry.get("setting"),
            )
            for entry in events_vocab["events"]
        ]
        self.verb_forms = _regular_forms({cue[0] for event in self.events for cue in event.verbs})
        self.planned_markers = {w.lower() for w in events_vocab.get("planned_markers", [])}
        self.follow_verbs = {w.lower() for w in events_vocab.get("follow_verbs", [])}
        self.comeback_verbs = {w.lower() for w in events_vocab.get("comeback_verbs", [])}
        self.percent_words = {p[-1] for p in self.numbers.percent_phrases}  # "15 per cent": a share, not one thing
        self.list_keeping_verbs = {w.lower() for w in events_vocab.get("list_keeping_verbs", [])}
        self.provision_predicates = set(events_vocab.get("provision_predicates", []))
        self.follow_objects = {w.lower() for w in events_vocab.get("follow_objects", [])}
        self.pro_verbs = [tuple(w.lower().split()) for w in events_vocab.get("pro_verbs", [])]
        self.owned_things = {w.lower() for w in events_vocab.get("owned_things", [])}
        self.filing_nouns = {w.lower() for w in events_vocab.get("filing_nouns", [])}
        self.issued_things = {w.lower() for w in events_vocab.get("issued_things", [])}
        #: nouns of documents someone makes: what is published, and rules an authority issues
        self.document_nouns = self.issued_things | next(
            (e.nouns for e in self.events if e.predicate == "published"), set())
        self.deadline_preps = phrases(events_vocab.get("deadline_preps", []), tokenize)
        self.deadline_event = next((e for e in self.events if e.predicate == "deadline"), None)
        self.scheduled_event = next((e for e in self.events if e.predicate == "scheduled"), None)
        self.target_markers = {w.lower() for w in events_vocab.get("target_markers", [])}
        self.bound_preps = phrases(events_vocab.get("bound_preps", []), tokenize)
        self.committed_bounds = phrases(events_vocab.get("bounds_unless_due", []), tokenize)
        self.negations = {w.lower() for w in events_vocab.get("bound_negations", [])}
        self.time_markers = {w.lower() for w in events_vocab.get("time_markers", [])}
        self.byline_cues = phrases(events_vocab.get("byline_cues", []), tokenize)
        since = events_vocab.get("since_predicate")
        self.since_event = next((e for e in self.events if e.predicate == since), None)
        #: the start of a state no event word names: about the system or list it involves
        self.since_state = replace(self.since_event) if self.since_event is not None else None
        self.since_preps = phrases(events_vocab.get("since_preps", []), tokenize)
        self.since_auxiliaries = {w.lower() for w in events_vocab.get("since_auxiliaries", [])}
        #: the events the start and the end of an activity's span date
        span_ends = [next((e for e in self.events if e.predicate == p), None) for p in events_vocab.get("span_ends", [])]
        self.span_ends = span_ends if len(span_ends) == 2 and None not in span_ends else None
        self.state_end_preps = phrases(events_vocab.get("state_end_preps", []), tokenize)
        self.gazetteer_path = pipeline_gazetteer_path(nlp)
        self.statistic_count = int(events_vocab.get("statistic_count", 1000))
        self.reporting = set(events_vocab.get("reporting_predicates", []))
        self.self_references = {w.lower() for w in events_vocab.get("self_references", [])}
        self.own_data_verbs = {w.lower() for w in events_vocab.get("own_data_verbs", [])}
        self.sampling_verbs = {w.lower() for w in events_vocab.get("sampling_verbs", [])}
        self.describing_participles = {w.lower() for w in events_vocab.get("describing_participles", [])}
        self.seeking_words = {w.lower() for w in events_vocab.get("seeking_words", [])}
        ranges = events_vocab.get("ranges") or {}
        self.range_opens = phrases(list(ranges), tokenize)
        self.month_pair_opens = phrases(events_vocab.get("month_pair_opens", []), tokenize)
        self.range_links = {opener.lower(): {w.lower() for w in links} for opener, links in ranges.items()}
        self.bare_range_links = set(events_vocab.get("bare_range_links", []))
        self.ranks = {w.lower() for w in events_vocab.get("ranks", [])}
        first_time = events_vocab.get("first_time") or {}
        self.first_time_event = next((e for e in self.events if e.predicate == first_time.get("predicate")), None)
        self.first_time_words = {w.lower() for w in first_time.get("words", [])}
        self.light_verbs = {w.lower() for w in events_vocab.get("light_verbs", [])}
        self.witness_verbs = {w.lower() for w in events_vocab.get("witness_verbs", [])}
        self.aspect_verbs = {w.lower() for w in events_vocab.get("aspect_verbs", [])}
        self.other_phrasal_verbs = {tuple(w.lower().split()) for w in events_vocab.get("other_phrasal_verbs", [])}
        self.condition_marks = {w.lower() for w in events_vocab.get("condition_marks", [])}
        self.advised_parties = {w.lower() for w in events_vocab.get("advised_parties", [])}
        self.period_words = {w.lower() for w in events_vocab.get("period_words", [])}
        self.period_preps = {w.lower() for w in events_vocab.get("period_preps", [])}
        self.period_nouns = {w.lower() for w in events_vocab.get("period_nouns", [])}
        marker = events_vocab.get("reference_line")
        self.reference_line = re.compile(marker) if marker else None
        started = next((e for e in self.events if e.predicate == events_vocab.get("rule_start_predicate")), None)
        #: its own copy: a rule's start is its taking effect whether or not it is still ahead
        self.rule_start_event = replace(started) if started is not None else None
        self.own_document_nouns = {w.lower() for w in events_vocab.get("own_document_nouns") or []}
        allowance = events_vocab.get("allowance") or {}
        self.allowance_phrases = phrases(allowance.get("phrases", []), tokenize)
        self.allowance_verbs = set(allowance.get("verbs", []))
        self.allowance_preps = set(allowance.get("preps", []))
        self.allowance_event = next((e for e in self.events if e.predicate == allowance.get("predicate")), None)

    def __call__(self, doc: Doc) -> Doc:
        if doc._.claims is None:
            doc._.claims = []
        use_gazetteer(doc, self.gazetteer_path)
        expressions = time_expressions(doc, self.finder)
        previous: Claim | None = None  # the last date claim, for "X followed in 2018"
        for sent in doc.sents:
            # a reference's sentence ("2. Supreme People's Court, press release, 12 May 2023."); the
            # entries of a list under a heading are dropped for every kind by sckb_reference_claims
            if self.numbers.is_reference_entry(sent) or self._in_numbered_reference(doc, sent):
                continue
            for expression in in_span(expressions, sent):
                if expression.restated:
                    continue  # "A year later, in January 2015, ...": the full date dates the event
                if in_key_figure_label(doc, expression):
                    continue  # "Blacklisted debtors (June 2023): 8.5 million": the time the figure counts at
                claim = self._followed(doc, sent, expression, previous) or self.claim_for(doc, sent, expression)
                if claim is not None and previous is not None and _restates(claim, previous):
                    continue  # "Established 2013 (11 years ago)": one event, its date said twice
                if claim is not None and previous is not None and _refines(claim, previous) \
                        and previous in doc._.claims:
                    doc._.claims.remove(previous)  # "2021: The law takes effect on 1 September": one event
                if claim is not None:
                    doc._.claims.append(claim)
                    previous = claim
                    if claim.predicate in self.reporting and (reported := self.reported_claim(doc, sent, expression)):
                        doc._.claims.append(reported)
        self._add_table_claims(doc, expressions)
        return doc

    # -- tables laid out in plain lines -------------------------------------------------------

    def _add_table_claims(self, doc: Doc, expressions: list[TimeExpression]) -> None:
        """The date claims of years in plain tables' rows (`table_claim`) that no claim of the
        text already dates."""
        for expression in expressions:
            claim = self.table_claim(doc, expression)
            if claim is not None and not any(c.kind == "date" and c.phrase_start <= claim.phrase_start < c.phrase_end
                                             for c in doc._.claims):
                doc._.claims.append(claim)

    def table_claim(self, doc: Doc, e: TimeExpression) -> Claim | None:
        """A date alone in a row of a table laid out in plain lines, as a PDF's text gives it
        ("Suzhou Osmanthus Score 2016 3.1 million", "... March 2018 ..." under "City Scheme
        Launched Residents enrolled"), whose header names one event by its participle ("Launched", "Founded"): the
        row's thing, the last actor the row names before the year, had that event that year. A
        reader may join the header and the first row in one line."""
        if not _cell_date(doc, e) or in_key_figure_label(doc, e):
            return None
        text = doc_text(doc)
        at = doc[e.start].idx
        row_start, row = line_at(text, at)
        if not plain_row(row):
            return None
        header = self._table_header(text, row_start, at)
        if header is None:
            return None
        event, cells_start = header  # the row's cells start after the header when they share a line
        years = [x for x in doc._.time_expressions if cells_start <= doc[x.start].idx < row_start + len(row)
                 and _cell_date(doc, x)]
        if years != [e]:
            return None
        actors = [a for a in doc.spans.get(SPANS_KEY, []) if cells_start <= a.start_char and a.end <= e.start]
        subject_id, subject_name = _ids(actors[-1]) if actors else (None, None)
        sent = doc[e.start].sent
        return Claim(
            kind="date", predicate=event.predicate,
            phrase_start=at, phrase_end=doc[e.end - 1].idx + len(doc[e.end - 1].text),
            quote_start=sent.start_char, quote_end=sent.end_char,
            method=f"date/table:{e.resolved}", subject_id=subject_id, subject=subject_name,
            date=e.date, confidence=round(e.confidence * 0.8, 2), extra={**e.extra(), "table": True},
        )

    def _table_header(self, text: str, row_start: int, at: int) -> tuple[Event, int] | None:
        """The event a plain table's header names (`_column_event`) and where the row's cells
        start: the header is the row's own line before `at`, or the first line above it past
        other rows (and blank lines) that names one."""
        own = self._column_event(text[row_start:at])
        if own is not None:
            return own, row_start + len(text[row_start:at])
        cursor = row_start
        for _ in range(TABLE_LOOK_BACK):
            if cursor == 0:
                return None
            cursor, line = line_at(text, cursor - 1)
            if not line.strip():
                continue
            if not plain_row(line):
                return None
            if (event := self._column_event(line)) is not None:
                return event, row_start
        return None

    def _column_event(self, line: str) -> Event | None:
        """The one event a header line names by a capitalised participle of its verb
        ("Launched", "Introduced"; not a verb of saying, nor one that names the event only in some
        texts)."""
        found = set()
        for word in re.findall(r"[A-Za-z]+", line):
            lemma = self.verb_forms.get(word.lower())
            if not word[0].isupper() or not word.lower().endswith("ed") or lemma is None:
                continue
            found |= {event.predicate for event in self.events if (lemma,) in event.verbs
                      and event.predicate not in self.reporting and lemma not in event.in_blacklist_texts
                      and lemma not in event.transitive}
        if len(found) != 1:
            return None
        return next(event for event in self.events if event.predicate in found)

    def _in_numbered_reference(self, doc: Doc, sent: Span) -> bool:
        """Whether the sentence is part of a numbered reference entry ("[1] Ant Financial (2015).
        “Sesame Credit goes abroad.” Press release, 28 October 2015.") or a note ("2 Interview
        with an adviser, Beijing, 14 April 2022."): its line opens with a reference number or a
        note's, whichever of the entry's sentences it is."""
        text = doc_text(doc)
        line_start, _ = line_at(text, sent.start_char)
        if self.reference_line is not None and self.reference_line.match(text, line_start) is not None:
            return True
        note = numbered_line(doc, line_start)  # extract/numbers.py: a note's number, not a line that is a sentence
        # a subsection's number ("3.1 Foreign firms should ...") numbers no note
        return note is not None and note["word"].lower() not in self.finder.months and "." not in note["number"]

    # -- finding the event ------------------------------------------------------------------

    def event_of(self, token: Token) -> tuple[Event, list[Token]] | None:
        """The event a verb or an event noun names, if the vocabulary has it, with the tokens
        of its cue ("took effect": took, effect)."""
        lemma = token.lemma_.lower()
        if _noun_cue(token):
            event = next((e for e in self.events if lemma in e.nouns or token.lower_ in e.nouns), None)
            if event is None and (state := _state(token)) is not None:  # "in force since 2018"
                event = next((e for e in self.events if state in e.states), None)
                return (event, [token.head, token]) if event else None
            return (event, [token]) if event else None
        if token.pos_ == "ADJ":  # "the Measures, effective from 1 May 2018"
            event = next((e for e in self.events if lemma in e.adjectives), None)
            return (event, [token]) if event else None
        if token.pos_ not in ("VERB", "AUX") and not _misread_present(token):
            return None
        lemmas = {lemma, self.verb_forms.get(token.lower_, lemma)}  # "fined" (lemmatised "fin")
        if any((word, c.lower_) in self.other_phrasal_verbs for word in lemmas for c in token.children
               if c.dep_ == "prt"):
            return None  # "signed up for the app": another verb than "sign"
        cues = [(event, cue) for event in self.events for cue in event.verbs if cue[0] in lemmas
                and not (cue[0] in event.transitive and not _acts_on_something(token))
                and not (cue[0] in event.without_object and _child(token, "dobj") is not None)
                and not (cue[0] in event.in_blacklist_texts and not _blacklist_listing(token))]
        # the most specific cue wins: "signed an agreement" began a tie, "signed the law" published it.
        # A cue's other words are among the verb's dependents, else anywhere in its own clause: the
        # parser may read "allowed eight companies to trial credit scoring" as a noun phrase
        longer = [(event, cue) for event, cue in cues if len(cue) > 1]
        for words in (_dependents, _clause_words) if longer else ():
            found = dict(words(token))
            for event, cue in longer:
                if set(cue[1:]) <= set(found):
                    return event, [token, *(found[w] for w in cue[1:])]
        return next(((event, [token]) for event, cue in cues if len(cue) == 1), None)

    def find_event(self, doc: Doc, e: TimeExpression) -> tuple[Token, tuple[Event, list[Token]]] | None:
        """The event cue governing a time expression: up the tree to the first verb (or event
        noun), that verb's coordinated verbs, and the clause of a cleft ("It was last August
        when the court exposed ..."); else the start of a state ("since last summer, I have
        seldom used Alipay"), a deadline a commitment sets ("promised a unified system by 2020"),
        the start of a rule ("From September 1, no platform may
        use a score ...", also inside what a report says) or a plan the clause after a counted
        time states ("two days before its shares were due to start trading")."""
        found = self._allowed(doc, e) or self._stated(doc, e) or self._find_event(doc, e)
        if found is not None and found[1][0].predicate in self.reporting:
            # "Qilin said on Tuesday that from July 1 members will no longer pay": the start of what is said
            return self._rule_start(doc, e) or found
        return found or self._since(doc, e) or self._target(doc, e) or self._rule_start(doc, e) \
            or self._planned_clause(doc, e) or self._timeline_event(doc, e)

    def _timeline_event(self, doc: Doc, e: TimeExpression) -> tuple[Token, tuple[Event, list[Token]]] | None:
        """The event of a timeline's entry its opening date dates (`timeline_entry`: "March 2018 – Baihang
        Credit is licensed by ...", "Q3 2019 – Suzhou rolls out ..."), where the parser hung the date on
        a noun of the entry: the entry's main verb, else its first verb that names an event."""
        line_start, line, entry = entry_of_line(doc, doc[e.start].idx)
        if entry is None or doc[e.end - 1].idx > entry.end():
            return None
        # the parser may still cut the entry after its colon: the event is then in the line's next sentence
        told = [t for t in doc[e.end:] if t.idx < line_start + len(line) and t.idx >= entry.end()]
        roots = list(dict.fromkeys(t.sent.root for t in told))
        verbs = roots + [t for t in told if t.pos_ in ("VERB", "AUX")]
        return next(((verb, event) for verb in verbs if (event := self.event_of(verb)) is not None), None)

    def _planned_clause(self, doc: Doc, e: TimeExpression):
        """ "halted on 3 November 2020, two days before its shares were due to start trading" (or "it
        was supposed to happen"): a plan the clause after a counted time states (`planned_markers`),
        with no event word of its own, is scheduled for that time."""
        if e.relation != "clause-shift" or self.scheduled_event is None:
            return None
        verb = expression_root(doc, e).head
        if not any(t.lemma_.lower() in self.planned_markers for t in (verb, *verb.children)):
            return None
        return verb, (self.scheduled_event, [verb])

    def _allowed(self, doc: Doc, e: TimeExpression):
        """ "Wei has until December to pay", "were given till 2020 to comply": the end of a time
        someone is allowed is a deadline, however the parser hangs "until"."""
        start = match_before(doc, e.start, self.allowance_phrases, doc[e.start].sent.start)
        cue = doc[start] if start is not None else self._allowing_verb(doc, e)
        if cue is None or self.allowance_event is None or e.end >= len(doc) or doc[e.end].lower_ != "to":
            return None
        return cue, (self.allowance_event, [cue])

    def _allowing_verb(self, doc: Doc, e: TimeExpression) -> Token | None:
        """The verb that allows someone a time up to its end, with whom it is allowed in between
        ("have given the firms until December 31 to submit plans": given)."""
        prep = doc[e.start - 1] if e.start > doc[e.start].sent.start else None
        if prep is None or prep.lower_ not in self.allowance_preps or prep.head.pos_ != "VERB":
            return None
        return prep.head if prep.head.lemma_.lower() in self.allowance_verbs else None

    def _target(self, doc: Doc, e: TimeExpression):
        """ "said it would connect the list with the credit database by the end of 2020",
        "promised a unified system by 2020": "by" a time, in a clause that commits to the future,
        sets a deadline, whatever the verb (a figure reached by then is the figure's as_of)."""
        if self.deadline_event is None or match_before(doc, e.start, self.deadline_preps, doc[e.start].sent.start) is None:
            return None
        verb = next((t for t in expression_root(doc, e).ancestors if t.pos_ in ("VERB", "AUX")), None)
        if verb is None or not self._committed(verb) or _vague(verb):
            return None
        clause = [verb, *(t for t in verb.subtree if t.dep_ in ("xcomp", "ccomp") and t.pos_ in ("VERB", "AUX"))]
        if any(self._states_a_figure(v) for v in clause):
            return None  # "by 2025 Ant aims to serve 1 billion users": the figure's as_of
        verb = self._intended(verb)
        return verb, (self.deadline_event, [verb])

    def _intended(self, verb: Token) -> Token:
        """ "By 2020, China's rulers aim to put in place a social credit system": a time the parser hangs
        on a verb of intention is the deadline of what is intended, the verb it governs (whose object the
        deadline is about), not of the aiming."""
        while verb.lemma_.lower() in self.target_markers:
            intended = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
            if intended is None:
                return verb
            verb = intended
        return verb

    def _rule_start(self, doc: Doc, e: TimeExpression):
        """ "From September 1, no platform may use a score to refuse ...", "users will no longer pay
        deposits from July 1": a time a rule or an offer starts from, in a clause that says what
        will or may be done, dates the rule's taking effect (events.yaml `rule_start_predicate`,
        calendar `rule_starts`)."""
        if self.rule_start_event is None or self._range_end(doc, doc[e.start].sent, e) is not None:
            return None
        verb = self.finder.rule_start_verb(doc, e)
        return (verb, (self.rule_start_event, [verb])) if verb is not None else None

    def _reports_by_then(self, verb: Token, e: TimeExpression) -> bool:
        """ "By 2019 the court said it had blocked 26.8 million purchases": "by" a time fronted
        before a verb of saying whose clause commits to nothing dates the tally reported (its
        as_of), no deadline ("said by March it would publish", "told the city to connect it by
        2025" set one)."""
        return e.end <= verb.i and not any(
            c.dep_ == "xcomp" or c.dep_ == "ccomp" and self._committed(c) for c in verb.children)

    def _committed(self, verb: Token) -> bool:
        """Whether a verb's clause commits to the future: an auxiliary ("would connect"), a
        verb of commitment governing it ("promised", "aims to build") or a predicate adjective
        of one ("Comments are due by 30 June")."""
        for token in (verb, *verb.ancestors):
            if token.lemma_.lower() in self.target_markers or any(
                    c.dep_ in ("aux", "acomp") and c.lower_ in self.target_markers for c in token.children):
                return True
            if token.dep_ not in ("xcomp", "ccomp", "conj"):
                return False
        return False

    def _stated(self, doc: Doc, e: TimeExpression):
        """ "the Measures, in force since May 1, 2018", "a register in place by 2022": a state
        phrase right before the date's preposition dates the event with no verb (the parser
        hangs the date anywhere)."""
        j = e.start - 1
        if j < 2 or doc[j].pos_ not in ("ADP", "SCONJ"):
            return None
        noun = doc[j - 1]
        state = _state(noun) if noun.head.i == j - 2 else None
        if state is None or noun.head.head.lemma_ == "be" or not any(state in e.states for e in self.events) \
                or (found := self.event_of(noun)) is None:
            return None  # "to be in force" is a verb's event; "applications for licences in 2019" no state
        return noun, found

    def _since(self, doc: Doc, e: TimeExpression):
        """ "since <date>" and a verb in the perfect ("have used"), of a permission ("can
        ask") or a participle that describes an actor ("the list, maintained by the court since
        2013"; not "the number of people named since 2013", a count) date the start of a state."""
        if self.since_event is None or match_before(doc, e.start, self.since_preps, doc[e.start].sent.start) is None:
            return None
        verb = expression_root(doc, e).head
        while verb.pos_ in ("ADP", "SCONJ") and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ in ("nsubj", "nsubjpass"):
            # "since 2019 Baihang Credit has received ...": the parser may hang the year on the subject
            verb = verb.head
        # "has blocked them from buying seats since 2019": the parser may hang the time on the gerund
        # of the verb in the perfect (never past the clause: "said" is no state)
        governing, node = [], verb
        while (node.dep_ in ("pcomp", "prep", "xcomp") or _infinitive_clause(node)) and node.head.i != node.i \
                and len(governing) < 3:
            node = node.head
            if node.pos_ in ("VERB", "AUX"):
                governing.append(node)
        for candidate in (verb, *governing, doc[e.start].sent.root):  # "• Since 2019, ... has shifted": a
            # bullet may take the phrase from its clause
            if candidate.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lemma_.lower() in self.since_auxiliaries
                                                         for c in candidate.children) \
                    or candidate.tag_ == "VBN" and candidate.dep_ == "acl" and _actor(candidate.head, owners=False) is not None:
                return candidate, (self.since_state, [candidate])
        return None

    def _find_event(self, doc: Doc, e: TimeExpression) -> tuple[Token, tuple[Event, list[Token]]] | None:
        node = expression_root(doc, e)
        for clause in node.children:  # "In 2010, when real-name registration was being proposed"
            if clause.dep_ in ("relcl", "advcl") and any(c.lower_ == "when" for c in clause.children):
                if (event := self.event_of(clause)) is not None:
                    return clause, event
            # "The following year it licensed Baihang", "..., and the following year it rolled it out": a
            # time the parser made a noun (the sentence's root, or a conjunct), with the clause right
            # after it as a relative clause about it
            fronted = node.dep_ == "ROOT" and e.start == node.sent.start or clause.left_edge.i == e.end
            subject = _child(clause, "nsubj") if clause.dep_ == "relcl" else None
            if fronted and subject is not None and subject.lower_ not in RELATIVE_PRONOUNS \
                    and (event := self.event_of(clause)) is not None:
                return clause, event
        if node.dep_ == "appos" and e.start > 0 and doc[e.start - 1].text == ",":
            # "It licensed Baihang, a venture of the eight, the following year": a time set off by a
            # comma at a phrase's end, which the parser made an appositive of a noun, is the verb's
            verb = next((t for t in node.ancestors if t.pos_ in ("VERB", "AUX")), None)
            if verb is not None and (event := self.event_of(verb)) is not None:
                return self._planned_event(verb) or (verb, event)
        through_name = False
        own_prep = node.head if node.head.lower_ in OBJECT_TIME_PREPS and node.head.i < node.i else None
        for _ in range(8):
            if node.head.i == node.i:
                return None
            node = node.head
            if node.pos_ == "ADJ" and (event := self.event_of(node)) is not None:
                return node, event
            if node.pos_ in ("ADP", "NOUN") and self.event_of(node) is None and self._names_a_figure(node, e):
                return None  # "down from a peak of 15.7 million in 2019": the figure's time
            if node.pos_ in ("NOUN", "PROPN"):
                if self._sought(node):
                    return None  # "its application for the licence in 2022": no licence yet
                if (event := self.event_of(node)) is not None:
                    return self._means_of_verb(node, e) or (node, event)
                if _names_its_noun(e, node):
                    return None  # "Under the 2023 rules, residents start ...": the rules' name, not the start's time
                if _between_subject_and_verb(node, own_prep, e):
                    continue  # "Chinese regulators in April ordered Ant to ...": the verb's time
                # "signed an agreement with Didi in 2022": the parser may hang a verb's time on a
                # name in its object's phrase
                # "scrapped the score in late-2021": or on the object itself
                on_object = node.dep_ == "dobj" and own_prep is not None and own_prep.head.i == node.i
                if node.dep_ == "pobj" or node.dep_ == "dobj" and (through_name or on_object) \
                        or node.lower_ in self.time_markers or _set_off_name(node):
                    through_name = node.dep_ == "pobj" and node.pos_ == "PROPN"
                    continue
                return None
            if node.pos_ not in ("VERB", "AUX"):
                continue
            if node.lower_ in self.time_markers or node.dep_ == "pobj" or _possessed_gerund(node):
                continue  # "starting in 2020"; "for its stock market listing", "derailed Ant's listing": a gerund used as a noun
            # a fronted date ("In 2015, Ant created and launched ...") is shared by coordinated
            # verbs; one after its verb belongs to that verb's clause alone ("was drafted in
            # 2018 and came into force this January")
            # (not one inside a later conjunct's clause: "X put him on the list, and in June Y changed it")
            if (reported := self._reported_at(node, e)) is not None:
                return reported  # "said on Monday it would complete the transfer": the saying's time
            shared = list(node.conjuncts) if e.start < min(c.i for c in (node, *node.conjuncts)) else []
            if (aspect := self._aspect_of(node)) is not None:
                return aspect  # "stopped publishing the list in 2022": the end of the publishing
            for candidate in (node, *shared, *self._cleft_clauses(node)):
                if (event := self.event_of(candidate)) is not None:
                    return self._planned_event(candidate) or (candidate, event)
            return self._event_around(node) or self._next_clause(node, e) or self._first_time(node)
        return None

    def _first_time(self, verb: Token):
        """ "The firm first applied in 2019", "Tencent, which first invested in 2021": an act done
        for the first time (`first_time` words) that is no event of the vocabulary begins doing it."""
        if self.first_time_event is None or not any(c.dep_ == "advmod" and c.lower_ in self.first_time_words
                                                    for c in verb.children):
            return None
        return verb, (self.first_time_event, [verb])

    def _aspect_of(self, verb: Token):
        """The verb of beginning or ending whose clause `verb` completes ("stopped publishing",
        "started to score"): its event is the claim's, about the participants of `verb`."""
        head = verb.head
        if verb.dep_ != "xcomp" or head.lemma_.lower() not in self.aspect_verbs:
            return None
        found, inner = self.event_of(head), self.event_of(verb)
        if found is None:
            return None
        # who or what the claim is about stays the act's ("began testing the system": the system)
        event = replace(found[0], subject=inner[0].subject) if inner is not None else found[0]
        return verb, (event, [head, verb])

    def _light_event(self, verb: Token):
        """The event noun a light verb takes as its object ("received a licence")."""
        obj = _child(verb, "dobj")
        if verb.lemma_.lower() in self.light_verbs and obj is not None and (event := self.event_of(obj)) is not None:
            return obj, event
        return None

    def _first_to(self, verb: Token):
        """ "Shenzhen became the first city to pass a credit regulation", "was the first bureau to
        receive a licence": being first (or only) to do something dates the doing, however the
        parser hangs the infinitive."""
        if verb.lemma_.lower() not in ("be", "become"):
            return None
        rank = _child(verb, "attr")
        if rank is None or not any(c.lower_ in self.ranks for c in rank.children):
            return None
        for clause in (*verb.children, *rank.children):
            if clause.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
                found = self.event_of(clause)
                return (clause, found) if found is not None else self._light_event(clause)
        return None

    def _sought(self, noun: Token) -> bool:
        """Whether a noun names what is sought ("an application for a licence", "bid for a licence")."""
        prep = noun.head
        return noun.dep_ == "pobj" and prep.lower_ == "for" and prep.head.lemma_.lower() in self.seeking_words

    def _means_of_verb(self, noun: Token, e: TimeExpression):
        """ "said in a notice on Tuesday": an event noun through which a verb's event is done, with
        the time after it (not its own "2023" in "in its 2023 report"), leaves the time to the verb."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ not in MEANS_PREPS or prep.head.pos_ != "VERB" or e.start < noun.i:
            return None
        found = self.event_of(prep.head)
        return (prep.head, found) if found is not None else None

    def _event_around(self, verb: Token) -> tuple[Token, tuple[Event, list[Token]]] | None:
        """The event a verb that is none belongs to:
        - the verb whose clause it completes: "began scoring its residents in 2014", "plans to
          link the score ... next year";
        - the event noun a light verb takes as its object: "received a licence in 2018";
        - the event noun it describes: "a survey ... carried out by the commission in September";
        - the event noun that is its subject: "The only licence the PBoC has granted went to
          Baihang Credit in January 2018";
        - its subject's own verb, misread as modifying the subject."""
        if verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX"):
            if (event := self.event_of(verb.head)) is not None:
                return verb.head, event
        if (light := self._light_event(verb)) is not None:
            return light  # "received a licence in 2018": the event its object names
        obj = _child(verb, "dobj")
        if verb.lemma_.lower() in self.witness_verbs and obj is not None and (event := self.event_of(obj)) is not None:
            return obj, event  # "2018 saw the launch of the White Crane Score"
        state = _child(verb, "acomp")
        if verb.lemma_ == "be" and state is not None and state.pos_ == "ADJ" and (event := self.event_of(state)):
            return state, event  # "shall be effective as of July 1, 2021"
        if (first := self._first_to(verb)) is not None:
            return first
        if verb.dep_ == "acl" and verb.head.pos_ == "NOUN":  # "a survey (of 1,000 residents) carried out"
            noun = verb.head
            if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
                noun = noun.head.head if self.event_of(noun) is None else noun
            if (event := self.event_of(noun)) is not None:
                return noun, event
        subject = _child(verb, "nsubj")
        if subject is not None and subject.pos_ == "NOUN" and (event := self.event_of(subject)) is not None:
            return subject, event
        for clause in subject.children if subject is not None else ():
            # "In 2015, Ant Financial partnered with ... so that applicants no longer had to ...": the
            # parser misread the subject's own verb, right after it, as a participle modifying it
            if clause.dep_ == "acl" and clause.i == subject.i + 1 and clause.tag_ in ("VBD", "VBN") \
                    and (event := self.event_of(clause)) is not None:
                return clause, event
        return None

    def _next_clause(self, verb: Token, e: TimeExpression):
        """ "In 2017 a supplier won a judgment against him; when he could not pay, the court put
        him on the list": a time opening the sentence dates the clauses after a semicolon too,
        however the parser joined them."""
        sent = verb.sent
        if any(not (t.is_punct or t.pos_ == "ADP") for t in sent.doc[sent.start : e.start]):
            return None  # not fronted
        for other in (verb.head, *verb.children):
            if other.i <= verb.i or other.pos_ not in ("VERB", "AUX"):
                continue
            if not any(t.text == ";" for t in sent.doc[verb.i : other.i]):
                continue
            own_time = any(other.left_edge.i <= x.start and x.end <= other.right_edge.i + 1 and x.start > verb.i
                           for x in sent.doc._.time_expressions)
            if not own_time and (event := self.event_of(other)) is not None:  # not "...; Alipay has sponsored a fair in 2016"
                return other, event
        return None

    def _reported_at(self, clause: Token, e: TimeExpression):
        """ "The central bank said on Tuesday it would tighten the rules": a time between a
        verb and the subject of the clause it introduces is that verb's, though the parser
        may hang it on the clause."""
        head, subject = clause.head, _child(clause, "nsubj") or _child(clause, "nsubjpass")
        if clause.dep_ != "ccomp" or subject is None or not head.i < e.start < e.end <= subject.i:
            return None
        found = self.event_of(head)
        return (head, found) if found is not None else None

    def _planned_event(self, verb: Token):
        """ "plans the rollout of its system by 2020": a planning verb whose object is itself an
        event; that event is the claim's (and it is planned)."""
        if verb.lemma_.lower() not in self.planned_markers:
            return None
        for child in verb.children:
            if child.dep_ in ("dobj", "xcomp") and (event := self.event_of(child)) is not None:
                return child, event
        return None

    def _cleft_clauses(self, verb: Token) -> list[Token]:
        if verb.lemma_ != "be" or not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in verb.children):
            return []
        return [c for c in verb.children if c.dep_ in ("advcl", "relcl", "ccomp")]

    def is_planned(self, cue: Token) -> bool:
        """Whether the event is planned rather than done: "will take effect", "set to take
        effect", "scheduled to become obligatory", "aims to go into effect"."""
        links = ("xcomp", "ccomp", "acl", "relcl", "advcl", "conj", "dobj")
        child = None
        for token in (cue, *cue.ancestors):
            if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in token.children):
                return True
            # what a planning verb governs is planned; not a verb coordinated with it ("Baihang,
            # set up in 2018, received its licence ...")
            if child is not None and child.dep_ in ("xcomp", "ccomp", "dobj") and token.lemma_.lower() in self.planned_markers:
                return True
            if token.dep_ not in links:
                return False
            child = token
        return False

    # -- participants -----------------------------------------------------------------------

    def participants(self, cue: Token, event: Event, ignore: set[int]) -> tuple[Token | None, Token | None]:
        """(theme, agent) tokens of an event cue; tokens in `ignore` (the cue's own words, the
        date) are no participants."""
        nominal = _noun_cue(cue)
        if nominal and _state(cue) is not None and any(_state(cue) in e.states for e in self.events):
            return _state_holder(cue, ignore), None
        if nominal:
            theme, agent = self._noun_participants(cue, ignore)
            return theme, _represented(agent)
        if cue.pos_ == "ADJ":  # the noun it describes, or the subject it is said of
            holder = cue.head if cue.head.pos_ in ("NOUN", "PROPN") else _child(cue.head, "nsubj", ignore)
            return (holder if holder is None or holder.pos_ in ("NOUN", "PROPN") else None), None
        subject = _lede_subject(_child(cue, "nsubj", ignore))
        passive_subject = _child(cue, "nsubjpass", ignore)
        agent = next((g for c in cue.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        # "every company has been issued a code": in a passive with an object, the object is the
        # thing the event acts on, the subject its recipient
        theme = _child(cue, "dobj", ignore) if passive_subject is not None and event.subject == "agent" else None
        theme = theme or passive_subject or _child(cue, "dobj", ignore)
        if theme is not None and theme.dep_ == "dobj":
            theme = _named_dative(cue, theme, ignore) or theme  # "fined Alibaba a record Rmb18.2bn": Alibaba
        if theme is not None and theme.pos_ == "NOUN":
            theme = _misread_apposition(cue, theme) or theme  # "launched its own score, WeChat Pay Score, ..."
        if theme is None and any(c.dep_ == "dobj" and c.i in ignore for c in cue.children):
            # "granted a licence to Tianmu": with the object part of the cue, the one it goes to
            # by name (not "to eight private companies", which leaves the licensor the subject)
            # ("gave Pudao Credit a licence": the name itself is the dative)
            theme = next((g for c in cue.children if c.dep_ in ("dative", "prep") and c.lower_ == "to"
                          for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"), None) \
                or next((c for c in cue.children if c.dep_ == "dative" and c.pos_ == "PROPN"), None)
        if subject is None and passive_subject is None:
            implicit, passive = _implicit_subject(cue)
            if passive:
                theme = theme or implicit
            else:
                subject = implicit
        if cue.dep_ == "relcl":  # "..., which launched ...": the noun the clause refers to
            theme = antecedent(cue) if theme is not None and theme.lower_ in RELATIVE_PRONOUNS else theme
            subject = antecedent(cue) if subject is not None and subject.lower_ in RELATIVE_PRONOUNS else subject
            if theme is None and subject is not None and not event.intransitive and _object_clause(cue, subject):
                theme = antecedent(cue)  # "the score Ant Group launched in January 2015"
        if theme is None and cue.lemma_.lower() in self.comeback_verbs:
            theme = _product_returned(cue)  # "Tencent came back with WeChat Pay Score in 2019"
        if event.intransitive and theme is None:
            theme, subject = subject, None
        if event is self.deadline_event and theme is None:
            theme = _targeted(cue, ignore)  # "set 2020 as the deadline for its basic construction"
        if theme is not None and theme.lemma_.lower() in self.filing_nouns:
            theme = _child(theme, "poss") or theme  # "approved Baihang's application": Baihang is licensed
        if theme is not None and theme.pos_ == "NOUN" and self.event_of(theme) is not None:
            # "completed the rollout of the Weihai Score": what the event noun is about
            theme = next((g for c in theme.children if c.dep_ == "prep" and c.lower_ == "of"
                          for g in c.children if g.dep_ == "pobj"), theme)
        agent = subject or agent
        if agent is None and event.subject == "agent" and theme is not None:
            agent = _source_of(theme) or self._document_maker(theme)
        return theme, _represented(agent)

    def _document_maker(self, theme: Token) -> Token | None:
        """Who made a document whose making is dated with no maker beside the verb: its
        possessor ("The State Council's Planning Outline ..., released in June 2014"), or the doer
        of the clause that sets something out in it ("The State Council set it out in a Planning
        Outline ..., published in June 2014"). Only a document: "Tencent's app, released in 2018"
        is the app's."""
        found = _actor(theme, owners=False)
        document = found.label_ == "law" if found is not None else theme.lemma_.lower() in self.document_nouns
        if not document:
            return None
        owner = None
        if found is not None:  # the parser may hang a title's participle on its last word
            theme = next((t for t in found if t.pos_ in ("NOUN", "PROPN")
                          and not found.start <= t.head.i < found.end), theme)
            before = theme.doc[found.start - 1] if found.start > 0 else None
            if before is not None and before.tag_ == "POS" and found.start > 1:
                owner = theme.doc[found.start - 2]  # "the People's Bank of China's Measures ..."
        owner = _child(theme, "poss") or owner
        if owner is not None:
            return owner if owner.lower_ not in FIRST_PERSON else None
        prep = theme.head if theme.dep_ == "pobj" and theme.head.lower_ == "in" else None
        verb = prep.head if prep is not None and prep.dep_ == "prep" else None
        if verb is not None and verb.dep_ == "dobj":
            verb = verb.head  # "set out its plan in the Outline ...": the phrase may hang on the object
        doer = _child(verb, "nsubj") if verb is not None and verb.pos_ == "VERB" else None
        maker = _actor(doer) if doer is not None else None
        return doer if maker is not None and maker.label_ not in SOURCE_TYPES else None

    def _noun_participants(self, cue: Token, ignore: set[int]) -> tuple[Token | None, Token | None]:
        def object_of(*preps):
            return next((g for c in cue.children if c.dep_ == "prep" and c.lower_ in preps
                         for g in c.children if g.dep_ == "pobj" and g.i not in ignore), None)

        of_object, by_object = object_of("of", "for"), object_of("by")
        possessor = _child(cue, "poss", ignore)
        if possessor is not None and _is_place(possessor):
            possessor = None  # "received China's first licence": a country's possessive says where, not whose
        maker = next((c for c in cue.children if c.dep_ in ("compound", "nmod") and c.i not in ignore
                      and actor_of_phrase(c) is not None), None)  # "a Netease survey"
        if of_object is not None:
            return of_object, by_object or possessor or maker
        if possessor is not None or by_object is not None or maker is not None:
            return possessor, by_object or maker
        # "in a 2015 talk, he called data ...", "browses the menu ..., in an exhibition": the
        # clause the noun's phrase belongs to says who and what
        if cue.dep_ == "nsubj" and cue.head.pos_ in ("VERB", "AUX"):  # "The only licence ... went to
            recipient = next((g for c in cue.head.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                              for g in c.children if g.dep_ == "pobj" and g.i not in ignore), None)
            if recipient is not None:  # Baihang Credit": whom it went to
                return recipient, by_object or possessor or maker
        if cue.dep_ == "dobj" and cue.head.pos_ in ("VERB", "AUX"):  # "Pudao received a licence": the
            # light verb's subject takes part (a coordinated verb's, when it has none of its own: "Qilin
            # was incorporated in 2016 and received a licence"); "granted Baihang a licence": the one it is given to
            verb = cue.head
            subject = _child(verb, "nsubj", ignore)
            if subject is None and verb.dep_ == "conj":
                subject = _child(verb.head, "nsubj", ignore) or _child(verb.head, "nsubjpass", ignore)
            return _child(verb, "dative", ignore), subject
        prep = cue.head if cue.dep_ == "pobj" else None
        verb = prep.head if prep is not None and prep.dep_ == "prep" else None
        if verb is None or verb.pos_ not in ("VERB", "AUX"):
            return None, None
        return _child(verb, "dobj", ignore), _child(verb, "nsubj", ignore)

    def _theme_actor(self, cue: Token, theme: Token | None, ignore: set[int] = frozenset()) -> Span | None:
        """The actor the thing acted upon names: its phrase, or a prepositional object of the
        verb ("froze development on Tencent Credit"), unless that object is a word of the cue
        ("was put on the city's list": the list is where one is put, not what the event is about)."""
        # a noun cue's theme taken from its clause ("browses the menu of Alibaba's system, in
        # an exhibition") is only what the event concerns: the actor it belongs to counts
        derived = theme is not None and _noun_cue(cue) and theme.head.i != cue.i
        found = _actor(theme, owners=derived) if theme is not None else None
        if found is None and cue.pos_ in ("VERB", "AUX"):
            for child in cue.children:
                if child.dep_ == "prep" and child.lower_ in ("on", "of", "for"):
                    for pobj in child.children:
                        if pobj.dep_ == "pobj" and pobj.i not in ignore and (found := _actor(pobj)) is not None:
                            return found
        return found

    # -- the claim ----------------------------------------------------------------------------

    def claim_for(self, doc: Doc, sent: Span, e: TimeExpression) -> Claim | None:
        if self._is_byline(doc, sent, e) or _in_dateline(doc, e):
            return None
        if _titled_period(doc, e):
            return None  # "Planning Outline for the Construction of a Social Credit System (2014-2020)": part of its name
        if e.relation == "clause-shift" and e.date is None:
            return None  # "a year before the province published its rules" with no date to count from
        if (end := self._range_end(doc, sent, e)) is not None:
            return self.span_claim(doc, sent, e, end)
        if (end := self._month_pair_end(doc, sent, e)) is not None and \
                (claim := self.span_claim(doc, sent, e, end)) is not None:
            return claim  # "tests carried out in January and February 2024"; an event's two dates are its own
        if self._state_end(doc, sent, e):
            return self.span_claim(doc, sent, e, 1)
        if self._bounds(doc, sent, e):
            return None  # "contracts signed after 1 March 2019", "in force until 2020": a bound, no event
        if (listed := self.listed_claim(doc, sent, e)) is not None:
            return listed
        found = self.find_event(doc, e)
        if found is None:
            return None
        cue, (event, cue_tokens) = found
        if not sent.start <= cue.i < sent.end:  # a timeline's entry the parser cut after its date
            sent = doc[min(sent.start, cue.sent.start):max(sent.end, cue.sent.end)]
        if self._conditional(cue) or event is not self.since_state and self._negated(cue):
            return None  # "If the rules were adopted in 2025, ...", "did not launch it in 2020": no event happened
        if self._advised(cue):
            return None  # "Companies should review their filings before the end of 2019": advice, no deadline
        if self._period_of(doc, cue, e):
            return None  # "the annual report for 2018": the period it covers
        if self._period_end(cue):
            return None  # "net profit for the quarter ended March 31": when the figures were counted
        if e.relation == "now" and not _told_as_past(cue, e):
            return None  # "Two firms currently hold a licence": a state at the time of writing, no event
        since = match_before(doc, e.start, self.since_preps, sent.start)
        if event.predicate in self.reporting and since is not None and doc[since].head == cue:
            return None  # "She has reported from Beijing since 2016": a career, no saying dated
        if self._own_data(cue):
            return None  # "It draws on a survey of 1,836 users, conducted in 2019": the study's method
        if self._text_itself(cue):
            return None  # "This prospectus is dated October 26, 2020": the document's own date, its metadata
        if event.nouns_need_year and _noun_cue(cue) and e.relation == "absolute" \
                and e.resolved != "absolute":
            return None  # "its annual report deadline of June 30" recurs
        return self._claim(doc, sent, e, cue, event, cue_tokens)

    def _text_itself(self, cue: Token) -> bool:
        """Whether the event's subject is the text itself: "this" and a noun of a document
        (events.yaml `own_document_nouns`: "This document is dated ...", "this announcement was issued on")."""
        verb = cue if cue.pos_ in ("VERB", "AUX") else cue.head
        return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in self.own_document_nouns
                   and any(d.dep_ == "det" and d.lower_ == "this" for d in c.children) for c in verb.children)

    def _period_of(self, doc: Doc, cue: Token, e: TimeExpression) -> bool:
        """Whether the time is the period a document covers: of a periodical ("the 2018 Annual
        Report") or after "for" ("the report for 2018")."""
        if cue.pos_ not in ("NOUN", "PROPN"):
            return False
        root = expression_root(doc, e)
        if root.head.lower_ in self.period_preps and root.head.head.i == cue.i:
            return True
        return root.head.i == cue.i and any(c.lower_ in self.period_words for c in cue.children)

    def _period_end(self, cue: Token) -> bool:
        """Whether the cue is the participle that names a reporting period by its end ("the quarter
        ended March 31", "the year ending 31 December": `period_nouns`)."""
        if cue.lemma_.lower() != "end" or cue.pos_ != "VERB":
            return False
        period = cue.head if cue.dep_ == "acl" else cue.doc[cue.i - 1] if cue.i > 0 else None  # the parser may
        return period is not None and period.lemma_.lower() in self.period_nouns  # make "ended" the root

    def _negated(self, cue: Token) -> bool:
        """Whether the cue's verb is denied ("did not launch the score in 2020", "was never
        founded") or refused ("the central bank declined to license any of them in 2017": `REFUSING_VERBS`);
        "not only" adds, it does not deny. (A state denied since a time still began then:
        "has not used Alipay since 2019".)"""
        verb = cue if cue.pos_ in ("VERB", "AUX", "ADJ") else cue.head
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in REFUSING_VERBS:
            return True
        return any(c.dep_ == "neg" and c.lower_ in self.negations and not (
            c.i + 1 < len(c.doc) and c.doc[c.i + 1].lower_ == "only") for c in verb.children)

    def _conditional(self, cue: Token) -> bool:
        """Whether the cue's clause is a condition ("if", "unless" marking its verb) or what could
        have been and was not ("it could have built one by 2020")."""
        verb = cue if cue.pos_ in ("VERB", "AUX", "ADJ") else cue.head
        auxiliaries = {c.lower_ for c in verb.children if c.dep_ == "aux"}
        counterfactual = "have" in auxiliaries and bool(auxiliaries & COUNTERFACTUAL_MODALS)
        return counterfactual or any(c.dep_ == "mark" and c.lower_ in self.condition_marks for c in verb.children)

    def _advised(self, cue: Token) -> bool:
        """Whether the cue's clause advises its readers: "should" and a subject of `advised_parties` that
        names no actor ("Foreign-invested enterprises should review their filings before the end of 2019",
        "Platforms should review their agreements by the end of 2024"), as a law firm advises its clients."""
        verb = cue if cue.pos_ in ("VERB", "AUX", "ADJ") else cue.head
        if not any(c.dep_ == "aux" and c.lower_ == "should" for c in _auxiliaries(verb)):
            return False
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None and verb.dep_ == "conj":  # "should audit their data and file ... by June"
            subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        return subject is not None and subject.lower_ in self.advised_parties and actor_at(subject) is None

    def _bounds(self, doc: Doc, sent: Span, e: TimeExpression) -> bool:
        """Whether the time bounds a condition or a state rather than dating an event; "not
        until 2019 did the city abolish the fee" and a time allowed do date one. (An end of a range
        of times is a span's, `span_claim`.)"""
        if match_before(doc, e.start, self.committed_bounds, sent.start) is not None:
            # "contracts signed before 2018": a condition; "must register before June": a deadline
            verb = next((t for t in expression_root(doc, e).ancestors if t.pos_ in ("VERB", "AUX")), None)
            return verb is None or not (self._committed(verb) or self.is_planned(verb))
        start = match_before(doc, e.start, self.bound_preps, sent.start)
        if start is None or self._allowed(doc, e) is not None:
            return False
        return not (start > sent.start and doc[start - 1].lower_ in self.negations)

    def _state_end(self, doc: Doc, sent: Span, e: TimeExpression) -> bool:
        """ "will run until the end of the year": the end of an activity (`span_claim` says which
        verbs have one); "not until 2019 did ..." and "has until December to pay" are no end."""
        start = match_before(doc, e.start, self.state_end_preps, sent.start)
        return start is not None and self._allowed(doc, e) is None \
            and not (start > sent.start and doc[start - 1].lower_ in self.negations)

    def _range_end(self, doc: Doc, sent: Span, e: TimeExpression) -> int | None:
        """Which end of a range of times a time is (0: the start, 1: the end), if it is one:
        "between 2014 and 2021", "from 2014 to 2020", "in 2014-2019"."""
        times = in_span(doc._.time_expressions, sent)
        for first, second in zip(times, times[1:]):
            if e is not first and e is not second:
                continue
            opener = match_before(doc, first.start, self.range_opens, sent.start)
            link = doc[first.end : second.start]
            if opener is not None and len(link) == 1 and link[0].lower_ in self.range_links.get(doc[opener].lower_, ()):
                return 0 if e is first else 1
            if len(link) == 1 and link[0].text in self.bare_range_links and not doc[first.end - 1].whitespace_ \
                    and not link[0].whitespace_:
                return 0 if e is first else 1  # "in 2014-2019": two times joined by a dash are a range
        return None

    def listed_claim(self, doc: Doc, sent: Span, e: TimeExpression) -> Claim | None:
        """ "The PBoC has licensed three firms: Lianhe Credit in 2019, Qilin Data in June 2021 and,
        on 4 May this year, Harbour Credit": the items of a list after a colon, each with its own
        time (after it, or set off by commas before it), each had the verb's event then, and the
        claim is about the item."""
        item = _listed_item(doc, e)
        if item is None:
            return None
        verb = _list_head(item).head
        if verb.pos_ not in ("VERB", "AUX") or (event := self.event_of(verb)) is None:
            return None
        claim = self._claim(doc, sent, e, verb, *event)
        if claim is None:
            return None
        actor = _actor(item)
        claim.subject_id, claim.subject = _ids(actor) if actor is not None else (None, _phrase_text(item))
        name_start = min(t.i for t in item.subtree if t.dep_ == "compound" or t is item)
        start, end = min(name_start, e.start), max(item.i + 1, e.end)
        claim.phrase_start, claim.phrase_end = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
        claim.method += ":listed"
        return claim

    def _month_pair_end(self, doc: Doc, sent: Span, e: TimeExpression) -> int | None:
        """Which of two months of one year an activity took a time is (0: the first, 1: the
        second), if it is one: "in January and February 2024", the first month taking its year
        from the second (`month_pair_opens`)."""
        times = in_span(doc._.time_expressions, sent)
        for first, second in zip(times, times[1:]):
            if e is not first and e is not second:
                continue
            link = doc[first.end : second.start]
            shared_year = first.month is not None and not any(YEAR.match(t.text) for t in doc[first.start : first.end])
            if len(link) == 1 and link[0].lower_ == "and" and shared_year and second.month is not None \
                    and match_before(doc, first.start, self.month_pair_opens, sent.start) is not None:
                return 0 if e is first else 1
        return None

    def span_claim(self, doc: Doc, sent: Span, e: TimeExpression, end: int) -> Claim | None:
        """ "interviews conducted between March 2019 and January 2020", "the pilot ran from 2015
        to 2018": the ends of the time an activity took are when it began and when it ended. A
        span of events an event word names ("regulations adopted between 2014 and 2021"), the
        time a figure covers ("1.2 million visits recorded between ..."), a copula's or a title's
        bracketed years ("the Outline (2014–2020)") date no event. `end` is which end of the range
        the time is (`_range_end`)."""
        if self.span_ends is None:
            return None
        verb = next((t for t in expression_root(doc, e).ancestors if t.pos_ in ("VERB", "AUX")
                     and not self._describes(t)), None)
        bracketed = e.start > 0 and doc[e.start - 1].text == "("  # "the Planning Outline ... (2014–2020)"
        if verb is None or bracketed or verb.lemma_ == "be" or self.event_of(verb) is not None \
                and not self._samples(verb):
            return None  # ("surveyed residents between April and June" is an activity's time, though an event)
        # "1.2 million visits recorded between ...": the figure's time; not "a survey of 2,106 users conducted
        # between ...", where the participle the parser hangs on the counted noun describes the noun before "of"
        described = verb.head if verb.dep_ == "acl" else None
        if described is not None and described.dep_ == "pobj" and described.head.lower_ == "of":
            described = None
        if self._states_a_figure(verb, [described] if described is not None else []):
            return None
        claim = self._claim(doc, sent, e, verb, self.span_ends[0], [verb])
        if claim is not None and claim.predicate == self.span_ends[0].predicate:
            claim.predicate = self.span_ends[end].predicate
            claim.method += ":span"
        return claim

    def _describes(self, verb: Token) -> bool:
        """Whether a verb is a participle describing a noun ("adults aged 18 and over",
        `describing_participles`), no activity a span of times could date."""
        return verb.dep_ == "acl" and (verb.lemma_.lower() in self.describing_participles
                                       or verb.lower_ in self.describing_participles)

    def _samples(self, verb: Token) -> bool:
        """Whether a verb is one of sampling ("surveyed 2,140 residents"), or one whose event is
        a survey's ("a survey of 1,826 users ... conducted between October 2019 and February 2020":
        `sampling_verbs` names the survey too): its span of times is the fieldwork's."""
        if verb.lemma_.lower() in self.sampling_verbs:
            return True
        found = self.event_of(verb)
        return found is not None and any(t.lemma_.lower() in self.sampling_verbs for t in found[1][1:])

    def reported_claim(self, doc: Doc, sent: Span, e: TimeExpression) -> Claim | None:
        """ "The PBoC said in a notice on Tuesday that it had granted a licence to Tianmu": what
        a dated report says had happened, with no time of its own, is dated by the report."""
        found = self.find_event(doc, e)
        if found is None or found[0].pos_ not in ("VERB", "AUX"):
            return None
        times = {t for x in doc._.time_expressions for t in range(x.start, x.end)}
        for clause in found[0].children:
            if clause.dep_ != "ccomp" or not any(c.dep_ == "aux" and c.lower_ == "had" for c in clause.children):
                continue
            event = self.event_of(clause)
            if event is not None and not any(t.i in times for t in clause.subtree):
                claim = self._claim(doc, sent, e, clause, *event)
                if claim is not None:
                    claim.method, claim.extra["reported"] = claim.method + ":reported", True
                return claim
        return None

    def _claim(self, doc: Doc, sent: Span, e: TimeExpression, cue: Token, event: Event,
               cue_tokens: list[Token]) -> Claim | None:
        """The date claim of an event cue and its time, unless the time dates something else."""
        if self._dates_a_figure(cue, e) or (event.predicate in self.reporting and _reports_a_state(cue)):
            return None
        ignore = {t.i for t in cue_tokens} | set(range(e.start, e.end))
        cue_words = {t.lemma_.lower() for t in cue_tokens[1:]}  # "granted X a licence, the third such licence"
        ignore |= {c.i for c in cue.children if c.lemma_.lower() in cue_words}
        theme, agent = self.participants(cue, event, ignore)
        if self._the_text_itself(theme):
            return None  # "This article was first published in 2019": a byline
        by_deadline = match_before(doc, e.start, self.deadline_preps, sent.start) is not None
        if by_deadline and event.predicate in self.reporting and self._reports_by_then(cue, e):
            return None
        # a deadline is about what is to be done or ready by then, whoever does it ("the city will
        # extend the scheme to three counties by 2024": the scheme)
        about = self.deadline_event if by_deadline and event.subject == "agent" and self.deadline_event else event
        subject_span, obj = self._subject_and_object(cue, about, theme, agent, ignore)
        if event.predicate in self.reporting and _unnamed_speaker(agent):
            subject_span = None  # "..., a senior official said on Thursday": no actor, not the reported clause's
        if event is self.since_state:  # "Since 2019 residents have been able to link passports to Alipay"
            subject_span = self._state_actor(cue) or subject_span
        if about.subject == "agent" and event.predicate not in self.reporting \
                and (kept := self._kept_list(cue, theme, ignore)) is not None and kept is not subject_span:
            # "The Supreme People's Court began publishing it in October 2013": the list's start
            obj = _name(subject_span) if isinstance(subject_span, Span) else subject_span
            subject_span = kept
        if isinstance(subject_span, Span) and (verb := _verb_done_by(subject_span, cue)) is not None \
                and event.predicate not in self.reporting and event.predicate != "published":
            # "In March 2021 the city abolished all D-grade penalties": a place acting on its scheme dates the scheme
            subject_span = doers_scheme(subject_span, verb)
        predicate, extra = event.predicate, e.extra()
        if by_deadline:
            predicate, extra["event"] = "deadline", event.predicate  # "go into effect by 2020"
        elif event.setting and self._sets_another_time(cue, e):
            predicate = event.setting  # "In 2014 the State Council set 2020 as the target year": 2014 sets it
        elif event.predicate != "deadline" and event is not self.rule_start_event \
                and (self.is_planned(cue) or after_publication(e.date, doc._.published)):
            # "set to take effect on May 1"; an event dated after the time of writing is ahead
            predicate, extra["event"] = "scheduled", event.predicate
        start, end = self._phrase(cue_tokens, e)
        if (start, end) != (min(start, e.start), max(end, e.end)):
            extra["date_phrase"] = [doc[e.start].idx, doc[e.end - 1].idx + len(doc[e.end - 1])]
        if isinstance(subject_span, str) and subject_span.islower() and " " not in subject_span:
            # "the notice was published in July", "the offer will run until ...": a bare common noun
            # names nothing a reader could look up; the claim is about the actor the passage is about,
            # if any (a thing named in more words stays: "the cyber security law", "the debtors' database")
            subject_span = getattr(subject_of(cue), "actor", None) or subject_span
        if isinstance(subject_span, str) or subject_span is None and predicate in self.provision_predicates:
            # in a text about a law, a thing that names no actor ("A draft was put out for comment last
            # November"), or a provision with no subject ("Firms must file a credit commitment letter by
            # 31 December 2025"), is the law's draft or provision (a law firm's alert on a regulation)
            subject_span = getattr(law_of_text(doc), "actor", None) or subject_span
        subject_id, subject_name = _ids(subject_span) if not isinstance(subject_span, str) else (None, subject_span)
        return Claim(
            kind="date",
            predicate=predicate,
            phrase_start=doc[start].idx,
            phrase_end=doc[end - 1].idx + len(doc[end - 1].text),
            quote_start=sent.start_char,
            quote_end=sent.end_char,
            method=f"date/{'noun' if _noun_cue(cue) else 'verb'}:{e.resolved}",
            subject_id=subject_id,
            subject=subject_name,
            object=obj,
            date=e.date,
            confidence=round(e.confidence * (1.0 if subject_id is not None else 0.85), 2),
            extra=extra,
        )

    def _kept_list(self, cue: Token, theme: Token | None, ignore: set[int]) -> Span | None:
        """The named list a doer publishes, keeps or runs ("began publishing it in October 2013",
        "maintained by the Supreme People's Court since 2013"): the dated act starts the list, so
        the claim is about the list, its keeper the object."""
        if cue.lemma_.lower() not in self.list_keeping_verbs or theme is None:
            return None
        found = _actor(theme, owners=False)  # the list itself, not "court blacklist data"
        if found is not None and _of_another_noun(theme, found):
            return None  # "plans to publish a full review of the list": a thing about the list starts no list
        return found if found is not None and _is_named_list(found) else None

    def _state_actor(self, verb: Token) -> Span | None:
        """The known actor a state since a time is about: what its verb acts on or reaches
        ("residents have been able to link passports to Alipay", "Rongcheng's libraries have accepted
        a Sesame Credit score"), unless its subject is itself a known actor ("it has shown court
        blacklist data to its users": Sesame Credit); a relative clause is about its antecedent
        ("the list, which the court has kept since 2013")."""
        obj = _child(verb, "dobj")
        if obj is not None and obj.lower_ in RELATIVE_PRONOUNS:
            return _object_actor(obj)
        subject = _child(verb, "nsubj")
        if subject is not None and _actor(subject, owners=False) is not None:
            return None
        return _used_actor(verb)

    def _own_data(self, noun: Token) -> bool:
        """Whether an event noun is the text's own data: what the text (we, it) draws on, with no
        maker named ("Drawing on a survey of 2,406 users, conducted in 2021, we ask ..."); not "we
        use a 2018 survey by Peking University"."""
        if noun.pos_ not in ("NOUN", "PROPN") or any(c.dep_ in ("poss", "compound") and actor_of_phrase(c) is not None
                                                     for c in noun.children) or _source_of(noun) is not None:
            return False
        if any(c.dep_ == "poss" and c.lower_ in FIRST_PERSON for c in noun.children):
            return True  # "our survey"
        verb = noun.head.head if noun.dep_ == "pobj" else noun.head if noun.dep_ == "dobj" else None
        if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in self.own_data_verbs:
            return False
        subject = _child(verb, "nsubj") or next((_child(c, "nsubj") for c in verb.children if c.dep_ == "conj"), None)
        return subject is None or subject.lower_ in FIRST_PERSON or subject.lower_ == "it" or any(
            c.dep_ == "poss" and c.lower_ in FIRST_PERSON for c in subject.children)  # "our data come from"

    def _sets_another_time(self, verb: Token, e: TimeExpression) -> bool:
        """Whether a verb's object is a time other than `e` ("set 2020 as the target year")."""
        obj = _child(verb, "dobj")
        return verb.pos_ == "VERB" and obj is not None and not e.start <= obj.i < e.end and any(
            x.start <= obj.i < x.end for x in verb.doc._.time_expressions)

    def _the_text_itself(self, theme: Token | None) -> bool:
        """ "this article", "this post": the document speaking of itself."""
        return theme is not None and theme.lemma_.lower() in self.self_references \
            and any(c.dep_ == "det" and c.lower_ == "this" for c in theme.children)

    def _repeats(self, verb: Token) -> bool:
        """A verb of following with no object of its own ("Zhejiang followed", "followed suit"),
        or a pro-verb ("did the same", "did so")."""
        lemma, obj = verb.lemma_.lower(), _child(verb, "dobj")
        if lemma in self.follow_verbs and (obj is None or obj.lower_ in self.follow_objects):
            return True
        dependents = _dependents(verb)
        return any(cue[0] == lemma and set(cue[1:]) <= set(dependents) for cue in self.pro_verbs)

    def _followed(self, doc: Doc, sent: Span, e: TimeExpression, previous: Claim | None) -> Claim | None:
        """ "Shanghai adopted its regulation in 2017, Zhejiang followed in 2018": a verb of
        following with no object of its own repeats the event of the date claim just before it
        (this sentence or the one before, same paragraph), for its own subject."""
        if previous is None or e.date is None:
            return None
        verb = expression_root(doc, e).head
        if verb.pos_ == "ADP":
            verb = verb.head
        follower = _child(verb, "nsubj")
        if follower is None or not self._repeats(verb):
            return None
        earliest = sent.start
        if sent.start > 0 and same_paragraph(before := doc[sent.start - 1].sent, sent):
            earliest = before.start
        if previous.quote_start < doc[earliest].idx:
            return None
        actor = _actor(follower)
        subject_id, subject_name = _ids(actor) if actor is not None else (None, _thing(follower))
        start = min(follower.left_edge.i, e.start)
        return Claim(
            kind="date", predicate=previous.predicate,
            phrase_start=doc[start].idx, phrase_end=doc[e.end - 1].idx + len(doc[e.end - 1].text),
            quote_start=sent.start_char, quote_end=sent.end_char,
            method=f"date/follows:{e.resolved}", subject_id=subject_id, subject=subject_name,
            date=e.date, confidence=round(e.confidence * 0.8, 2),
            extra={**e.extra(), "follows": previous.predicate},
        )

    def _dates_a_figure(self, cue: Token, e: TimeExpression) -> bool:
        """ "had published more than 40 million records by February this year": the time
        dates the figure the verb states (its as_of), not an event. A figure with a bound, a
        scale word or a statistic's size is a measure; "licensed eight companies in 2015" names
        participants. A tally reached by a time ("By early 2019, 20 cities had joined") is a
        figure whatever its size."""
        if cue.pos_ not in ("VERB", "AUX"):
            return False
        tally = match_before(cue.doc, e.start, self.deadline_preps, cue.sent.start) is not None \
            and any(c.dep_ == "aux" and c.lower_ == "had" for c in cue.children)
        # a tally's count may be where the verb reached ("By the end of 2019, the scheme had been
        # extended to 30 cities"), not only who did it or what was done
        reached = _prepositional_objects(cue, e) if tally else []
        return self._states_a_figure(cue, _swallowed_nouns(cue, e) + reached, any_count=tally)

    def _states_a_figure(self, verb: Token, more: list[Token] = (), any_count: bool = False) -> bool:
        """Whether a counted participant of the verb is a figure: its subject ("more than 20
        provinces had passed rules", also of the verb it is coordinated with), object, the
        agent of a passive ("had been opened by over 240 million people"), or `more`; with
        `any_count`, any number counting one of them. Whom a verb of sampling counts
        (`sampling_verbs`: "surveyed 2,140 residents") is a sample, no figure. A coordinated verb with a subject of its
        own ("3,000 hotels let guests ..., and the company teamed up with ...") does not share
        the first verb's."""
        if verb.lemma_.lower() in self.sampling_verbs:
            return False  # "surveyed 2,140 residents in 2025": a sample, the time the survey's
        own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        verbs = [verb, verb.head] if verb.dep_ == "conj" and not own_subject else [verb]
        participants = [c for v in verbs for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
        agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        # "since 2019 courts have been encouraged": the parser may read a year as counting a noun
        times = {i for x in verb.doc._.time_expressions or () for i in range(x.start, x.end)}
        # "Ant said around 400 million in its prospectus": a number a report states is what it says
        said = (found := self.event_of(verb)) is not None and found[0].predicate in self.reporting
        counted = [c for c in verb.children if c.dep_ in ("dobj", "attr") and not (said and c.tag_ == "CD")]
        counted += participants + agents + list(more)
        counted += [c for v in (verb, *_counting_complements(verb)) for c in v.children
                    if c.dep_ == "npadvmod" or c.dep_ == "dobj" and v is not verb]
        return any(self._is_measure(obj, times, any_count) for obj in counted)

    def _is_measure(self, obj: Token, times: set[int], any_count: bool = False) -> bool:
        """Whether a participant is counted by a figure: a number with a scale word, a bound or a
        statistic's size, counting it or being it ("shall exceed 5 million"), or a share ("15 per
        cent"); with `any_count`, any number. Numbers in `times` (token indices) are times."""
        if obj.tag_ == "CD":  # "shall exceed 5 million by 2027": the number is the object
            return obj.i not in times and (any(t.lower_ in self.numbers.scale_words for t in obj.subtree)
                                           or self._statistic(obj, obj))
        if obj.tag_ in SINGULAR_NOUNS and obj.lower_ not in self.percent_words:
            return False  # "a $34.5 billion offering was suspended": the number sizes one thing
        if not any_count and any(c.dep_ == "poss" for c in obj.children):
            return False  # "began scoring its 740,000 residents in 2013": the whole described, no tally reached
        share = obj.lower_ in self.percent_words
        for number in (c for c in obj.children if c.dep_ == "nummod" and c.i not in times):
            scaled = any(t.lower_ in self.numbers.scale_words for t in number.subtree)
            bounded = any(t.dep_ in ("quantmod", "advmod", "amod") for t in number.subtree if t != number)
            if share or scaled or bounded or any_count or self._statistic(number, obj):
                return True
        return False

    def _names_a_figure(self, phrase: Token, e: TimeExpression) -> bool:
        """Whether a noun or a preposition the time hangs on holds a figure the time dates: "down from
        a peak of 15.7 million in 2019", "up from 25 percent two years ago" (the figure's as_of)."""
        times = set(range(e.start, e.end))
        if phrase.pos_ == "ADP":
            return any(self._is_measure(g, times) for g in phrase.children if g.dep_ == "pobj")
        return self._is_measure(phrase, times) or any(
            self._is_measure(g, times) for c in phrase.children if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children if g.dep_ == "pobj")

    def _statistic(self, number: Token, counted: Token) -> bool:
        """A count too large to name participants ("added 560,000 people to the list"); an
        amount of money ("fined 50,000 yuan") is what the event is, not a count."""
        if (norm(counted),) in self.numbers.currency_words:
            return False
        read = self.numbers.token_value(number)
        return read is not None and read[0] >= self.statistic_count

    def _subject_and_object(self, cue, event, theme, agent, ignore=frozenset()) -> tuple[Span | str | None, str | None]:
        """The claim's subject (an actor mention, else the words naming the thing the event
        happens to) and object (the other participant's name or words); see the module
        docstring."""
        roles = [(self._theme_actor(cue, theme, ignore), theme), (_actor(agent) if agent is not None else None, agent)]
        if event.subject == "agent":
            roles.reverse()
        first_person = roles[0][1] is not None and roles[0][1].lower_ in FIRST_PERSON
        if first_person and (body := body_of_we(roles[0][1])) is not None:
            roles[0], first_person = (body, roles[0][1]), False  # "We commenced operations in 2015", in a 20-F
        if first_person:  # "I opened the Sesame credit score service": the writer is no actor
            return None, _name(roles[1][0]) if roles[1][0] is not None else None
        if roles[0][0] is None and roles[1][0] is not None and not _specific(roles[0][1]):
            roles.reverse()  # the participant that is a known actor
        (subject, subject_token), (other, other_token) = roles
        if subject is None and (subject_token is None or not _nominal(subject_token)) \
                and other is None and other_token is not None:
            subject_token, other_token = other_token, None  # the one participant there is
        if subject is None and subject_token is not None:
            subject = self._owner(subject_token)
        if subject is None:
            subject = _fronted_participle_subject(cue)  # "Launched in 2015, Sesame Credit ..."
        if subject is None:
            if subject_token is None or subject_token.pos_ not in ("NOUN", "PROPN"):
                subject_token, other_token = other_token, None
            is_noun = subject_token is not None and subject_token.pos_ in ("NOUN", "PROPN")
            subject = (self._issuer(subject_token, cue) or _thing(subject_token)) if is_noun else None
        if other is not None and (isinstance(subject, str) or other.id_ != subject.id_):
            return subject, _name(other)
        if other_token is not None and other_token.pos_ in ("NOUN", "PROPN") and other is None:
            return subject, _phrase_text(other_token)
        if cue.pos_ == "VERB" and (clause := _child(cue, "xcomp")) is not None:
            return subject, _phrase_text(clause, whole=True)  # "began to coordinate with Sesame Credit"
        return subject, None

    def _issuer(self, thing: Token, cue: Token) -> Span | None:
        """Who issued rules that have no name ("the rules", "a procedure"): the maker they or an
        earlier mention of them name ("draft rules published by the central bank ... the rules
        take effect"), else the authority that reports them ("the ministry said the measures would
        take effect"). A person or an outlet reports rules, it does not issue them."""
        if thing.lemma_.lower() not in self.issued_things:
            return None
        for mention in (thing, *_earlier_mentions(thing)):
            if (found := actor_of_phrase(mention)) is not None and found.label_ not in SOURCE_TYPES:
                return found
        speaker = _reporter(cue)
        found = actor_of_phrase(speaker) if speaker is not None else None
        return found if found is not None and found.label_ not in SOURCE_TYPES else None

    def _owner(self, thing: Token) -> Span | str | None:
        """ "Suqian's scheme", "Beijing's regulations", "Ant's initial public offering": a thing
        with no name of its own (not "the government's “social credit” scheme" nor "Shanghai's
        Social Credit Regulations", which are named) is its owner's; an owner the actor finder
        missed is still named by its proper noun."""
        owned = thing.lemma_.lower() in self.owned_things or thing.lower_ in self.owned_things
        owner = next((c for c in thing.children if c.dep_ == "poss"), None)
        if not owned or owner is None:
            return None
        modifiers = thing.doc[owner.right_edge.i + 1 : thing.i]
        if any(t.pos_ == "PROPN" or t.is_quote for t in modifiers):
            return None
        found = _actor(owner)
        if found is None and owner.pos_ == "PROPN":
            return _thing(owner)
        return found

    def _phrase(self, cue_tokens: list[Token], e: TimeExpression) -> tuple[int, int]:
        """Token span of the claim's words: the event cue and the date when they are close
        ("launched in 2015"), else the event cue alone (the date's own offsets go to extra)."""
        start = min(t.i for t in cue_tokens)
        end = max(t.i for t in cue_tokens) + 1
        if max(e.start - end, start - e.end) <= MAX_GAP:
            return min(start, e.start), max(end, e.end)
        return start, end

    def _is_byline(self, doc: Doc, sent: Span, e: TimeExpression) -> bool:
        """ "Paul De Maeyer - published on June 28, 2018", "Published: 14 November 2023": a
        byline cue before the date (a preposition or a colon or dash may come between) in a
        sentence with no grammatical subject."""
        cue = match_before(doc, e.start, self.byline_cues, sent.start)
        if cue is None and e.start > sent.start and (doc[e.start - 1].pos_ == "ADP" or doc[e.start - 1].text in BYLINE_MARKS):
            cue = match_before(doc, e.start - 1, self.byline_cues, sent.start)
        if cue is None:
            return False
        # "Published March 3, 2024 · 42 min listen": what follows a separator is another part of the line
        end = next((t.i for t in doc[e.end : sent.end] if t.text in SEPARATORS), sent.end)
        return not any(t.dep_ in ("nsubj", "nsubjpass") for t in doc[sent.start : end])


def _noun_cue(cue: Token) -> bool:
    """An event cue that is a noun ("the launch", "its licence"), not a verb in the present the tagger
    read as one (`_misread_present`)."""
    return cue.pos_ in ("NOUN", "PROPN") and not _misread_present(cue)


def _misread_present(token: Token) -> bool:
    """A verb in the present the tagger read as a plural noun, which a subject shows: timelines tell
    their events in the present ("June 2014 – The State Council issues the Planning Outline")."""
    return token.tag_ == "NNS" and any(c.dep_ == "nsubj" for c in token.children)


def _told_as_past(cue: Token, e: TimeExpression) -> bool:
    """Whether the verb of an event dated by the time of writing tells it as done: in the past
    ("Qilin Data today announced", "released today"), or in the perfect when the time is a day
    ("has today launched"). In the present ("currently hold a licence", "currently expect a B"),
    with a modal ("I would put the number today at ...") or in the perfect of a state ("At
    present, 86 firms have joined") it describes how things stand, which no event dates."""
    verb = cue if cue.pos_ in ("VERB", "AUX") else next(
        (t for t in cue.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False
    if verb.tag_ == "VBD":
        return True
    perfect = verb.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    return perfect and e.text.lower() == "today"


def in_key_figure_label(doc: Doc, expression: TimeExpression) -> bool:
    """Whether a time stands in the label of a line of a box of key figures (extract/tables.py
    `fact_lines`): it says when the figure counts, no event ("Blacklisted debtors (June 2023): 8.5 million",
    "Fines collected in 2022: 3.2 billion yuan")."""
    start = doc[expression.start].idx
    return any(f.label[0] <= start < (f.when or f.label)[1] for f in key_figure_lines(doc))


def _restates(claim: Claim, previous: Claim) -> bool:
    """Whether a claim is the previous one again: the same event cue and predicate, dated the same."""
    return (claim.phrase_start, claim.predicate, claim.date, claim.quote_start) == \
        (previous.phrase_start, previous.predicate, previous.date, previous.quote_start)


def _refines(claim: Claim, previous: Claim) -> bool:
    """Whether a claim dates the previous one's event more precisely: the same predicate and subject,
    phrases that share the event cue, a date within the previous one's ("2021: ... takes effect on 1
    September")."""
    return (claim.predicate, claim.subject) == (previous.predicate, previous.subject) \
        and claim.phrase_start < previous.phrase_end and previous.phrase_start < claim.phrase_end \
        and claim.date is not None and previous.date is not None \
        and len(claim.date) > len(previous.date) and claim.date.startswith(previous.date)


#: Dependencies of a word that modifies the noun after it ("the 2023 rules").
NOUN_MODIFIERS = ("nummod", "compound", "amod", "nmod")


def _names_its_noun(e: TimeExpression, noun: Token) -> bool:
    """Whether a year alone is a modifier of the noun right after it, part of the thing's name
    ("the 2023 rules", "the 2019 interim measures"): it dates no verb above the noun (a day is a
    time's: "on Monday night")."""
    doc = noun.doc
    root = next((t for t in doc[e.start : e.end] if t.head.i == noun.i), None)
    after_prep = e.start > 0 and doc[e.start - 1].pos_ == "ADP"  # "revised in 2016[4]": a time, a note's mark
    return root is not None and root.dep_ in NOUN_MODIFIERS and noun.i >= e.end and noun.is_alpha \
        and not after_prep and YEAR.match(e.text) is not None


def _list_head(item: Token) -> Token:
    """The noun a list's item belongs to: up its chain of appositions and conjuncts (an item the
    parser conjoins with the time of the item before, "Qilin Data in June 2021 and Harbour Credit",
    belongs where that item does)."""
    while item.dep_ in ("appos", "conj") and item.head.i < item.i:
        item = item.head
        if item.dep_ == "pobj" and item.head.pos_ == "ADP":
            item = item.head.head
    return item


def _listed_item(doc: Doc, e: TimeExpression) -> Token | None:
    """The item of a list after a colon whose time `e` is ("Lianhe Credit in 2019", ", on 4 May this
    year, Harbour Credit"): a name in apposition to the verb's object (or conjoined with one) right
    before the time's preposition, or that the time, set off by commas, comes right before."""
    prep = e.start - 1 if e.start > 0 and doc[e.start - 1].pos_ == "ADP" else e.start
    carrier = _noun_of(doc[prep - 1]) if prep > 0 and prep < e.start else None
    if carrier is None or carrier.dep_ not in ("appos", "conj"):
        after = e.end + 1 if e.end < len(doc) and doc[e.end].text == "," else None
        carrier = next((t for t in doc[after : after + 4] if t.dep_ in ("appos", "conj")), None) if after else None
        if carrier is None or "," in doc[after : carrier.i].text or prep == 0 or doc[prep - 1].text != ",":
            return None
    head = _list_head(carrier)
    if head is carrier or head.dep_ not in ("dobj", "nsubjpass") or carrier.pos_ != "PROPN":
        return None
    colon = head.i + 1 < len(doc) and doc[head.i + 1].text == ":"
    return carrier if colon else None


def _noun_of(token: Token) -> Token:
    """The head noun of a name a token is part of ("Lianhe" in "Lianhe Credit": Credit)."""
    while token.dep_ == "compound" and token.head.i > token.i:
        token = token.head
    return token


def _cell_date(doc: Doc, e: TimeExpression) -> bool:
    """Whether a time may be a table's cell: a year or a month and year written out ("2016",
    "March 2018", "Sept. 2020"); not a relative one, nor a day, which is a byline's more often
    ("Published 17 November 2020", also when the day is read apart: "14 November 2023")."""
    day_before = e.start > 0 and DAY.match(doc[e.start - 1].text) is not None
    return e.resolved == "absolute" and e.year is not None and e.day is None and not day_before \
        and YEAR.match(e.text.split()[-1]) is not None


def plain_row(line: str) -> bool:
    """A line that may be a table row: a few words that do not end like a sentence, and no item of a
    bulleted list (a slide's "- Approved as a shareholder of Baihang Credit in 2018" heads no column)."""
    words = line.split()
    return 0 < len(words) <= TABLE_ROW_WORDS and not line.rstrip().endswith(PROSE_LINE_ENDS) \
        and not (len(words) > 1 and words[0] in LIST_BULLETS)



def _in_dateline(doc: Doc, e: TimeExpression) -> bool:
    """Whether a time is the date of a dateline (the document's, which the metadata reads)."""
    dateline = dateline_at(doc, doc[e.start].idx)
    return dateline is not None and dateline.after_place(doc[e.start].idx, doc[e.end - 1].idx + len(doc[e.end - 1]))


def _lede_subject(subject: Token | None) -> Token | None:
    """The subject of a press release's or a wire story's first sentence, which the parser may
    take from its dateline ("SHENZHEN, China, March 4, 2024 /PRNewswire/ -- Qilin Data today
    announced ...": Qilin Data, not Shenzhen): the first actor after the dateline."""
    if subject is None:
        return None
    doc = subject.doc
    dateline = dateline_at(doc, subject.idx)
    if dateline is None:
        return subject
    after = [a for a in doc.spans.get(SPANS_KEY, []) if a.start_char >= dateline.end and a.start < subject.sent.end]
    return min(after, key=lambda a: a.start).root if after else subject


#: How many sentences back an unnamed document ("the rules") looks for an earlier mention.
DOCUMENT_LOOK_BACK = 3


def _earlier_mentions(thing: Token) -> list[Token]:
    """Earlier nouns of the same lemma as an unnamed document ("draft rules ... the rules"):
    in its own sentence before it and the sentences just before, nearest first."""
    start = window_start(thing.sent, DOCUMENT_LOOK_BACK)
    lemma = thing.lemma_.lower()
    return [t for t in reversed(thing.doc[start : thing.left_edge.i]) if t.lemma_.lower() == lemma and t.pos_ == "NOUN"]


def _reporter(cue: Token) -> Token | None:
    """The subject of the verb of saying whose reported clause holds `cue` ("the ministry
    said the measures would take effect in May": ministry)."""
    below = cue
    for verb in cue.ancestors:
        if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in reporting_verbs() and below.dep_ in ("ccomp", "parataxis"):
            return _child(verb, "nsubj")
        below = verb
    return None


def _reports_a_state(verb: Token) -> bool:
    """ "Baihang said last month that its database now covers 100 million people": what is
    reported is a state in the simple present, which the time only dates (as the figure's
    as_of); a report of what happened ("4.4 million people have paid, the court said in
    March") is a dated statement."""
    said = [c for c in verb.children if c.dep_ == "ccomp" and not _relative_misread(c)]
    # a saying has one report: when it comes first ("X has granted ..., the bureau said on Monday,
    # widening ..."), a clause the parser hangs after the verb is another's
    said = [c for c in said if c.i < verb.i] or said
    return any(c.tag_ in PRESENT_TENSE and not any(a.dep_ in ("aux", "auxpass") for a in c.children) for c in said)


def _counting_complements(verb: Token) -> list[Token]:
    """The verbs whose counts a verb's clause states: its open complement ("the list was used to
    block 34.6 million attempts", "could grow 15 per cent a year") and the act a verb of stopping
    keeps from happening ("barred debtors from buying 1.4 million tickets", "prevented from
    buying air tickets 31 million times")."""
    found = [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")]
    return found + [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
                    for p in c.children if p.dep_ == "pcomp" and p.pos_ in ("VERB", "AUX")]


def _relative_misread(clause: Token) -> bool:
    """Whether a clause the parser hangs on a verb of saying is a relative clause ("a company in
    which Ant and Tencent each hold a stake", "users whose score is 600 or higher"): a wh-word
    among its own or its subject's or prepositions' words."""
    near = [clause, *(c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "prep"))]
    return any(t.tag_ in RELATIVE_TAGS for n in near for t in n.children)


def _swallowed_nouns(verb: Token, e: TimeExpression) -> list[Token]:
    """Nouns between a fronted time and its verb that the parser hung on the time's phrase
    ("by the end of 2021 more than 20 provinces had passed ..."): the verb's subject."""
    doc = verb.doc
    return [t for t in doc[e.end : verb.i] if t.pos_ in ("NOUN", "PROPN") and e.start <= t.head.i < e.end]


def _possessed_gerund(verb: Token) -> bool:
    """A verb form with a possessor that is the object or subject of another verb: a gerund used as a
    noun ("derailed Ant's listing in November 2020": the derailing's time)."""
    return verb.dep_ in ("dobj", "nsubj", "nsubjpass") and verb.head.pos_ in ("VERB", "AUX") \
        and any(c.dep_ == "poss" for c in verb.children)


def _titled_period(doc: Doc, e: TimeExpression) -> bool:
    """Whether the time is an end of a span of years in brackets right after a title ("Planning Outline
    for the Construction of a Social Credit System (2014-2020)", "the 14th Five-Year Plan (2021-2025)"):
    the period is part of the document's name, no event's time."""
    sent = doc[e.start].sent
    opening = next((t for t in reversed(doc[sent.start : e.start]) if not (YEAR.match(t.text) or t.is_punct
                                                                      or t.lower_ == "to") or t.text == "("), None)
    closing = next((t for t in doc[e.end : sent.end] if not (YEAR.match(t.text) or t.is_punct or t.lower_ == "to")
                    or t.text == ")"), None)
    if opening is None or closing is None or opening.text != "(" or closing.text != ")" or opening.i == 0:
        return False
    years = [t for t in doc[opening.i + 1 : closing.i] if YEAR.match(t.text)]
    title = doc[opening.i - 1]
    return len(years) == 2 and title.is_title and title.pos_ in ("PROPN", "NOUN")


def _between_subject_and_verb(subject: Token, prep: Token | None, e: TimeExpression) -> bool:
    """A time the parser hung on a verb's subject that stands between the subject and its verb, as
    wire copy puts it ("Chinese regulators in April ordered Ant ...", "The central bank on Friday
    gave final approval ..."): the verb's."""
    verb = subject.head
    if subject.dep_ not in ("nsubj", "nsubjpass") or prep is None or prep.head.i != subject.i \
            or not subject.i < prep.i < e.end <= verb.i:
        return False
    return all(t.dep_ in ("aux", "auxpass", "advmod", "neg") or t.is_punct for t in subject.doc[e.end : verb.i])


def _nominal(token: Token) -> bool:
    """A noun, or a gerund used as one ("halted Ant's listing")."""
    return token.pos_ in ("NOUN", "PROPN") or _possessed_gerund(token)


def _set_off_name(node: Token) -> bool:
    """A name set off by commas that the parser hung on a verb ("launched its own score, WeChat Pay
    Score, in January 2019": an apposition of the object, read as the verb's npadvmod or appos)."""
    before = node.left_edge.i - 1
    return node.pos_ == "PROPN" and node.dep_ in ("appos", "npadvmod") and node.head.pos_ in ("VERB", "AUX") \
        and before >= 0 and node.doc[before].text == ","


def _misread_apposition(verb: Token, noun: Token) -> Token | None:
    """The name right after a noun, set off by a comma, that the parser hung on the verb rather than
    on the noun ("launched its own score, WeChat Pay Score, in January 2019": the score's name)."""
    return next((c for c in verb.children if _set_off_name(c) and c.left_edge.i == noun.right_edge.i + 2), None)


def _prepositional_objects(verb: Token, e: TimeExpression) -> list[Token]:
    """The objects of a verb's prepositions, but the time's own ("extended to 30 cities by 2019": cities)."""
    return [g for c in verb.children if c.dep_ == "prep" and not e.start <= c.i < e.end
            for g in c.children if g.dep_ == "pobj" and not e.start <= g.i < e.end]


def _used_actor(verb: Token) -> Span | None:
    """The known actor a state is about, among what its verb (or the verbs it governs) acts
    on or reaches: "have used Alipay", "have been able to link their passports to Alipay"; not
    where something comes from ("names Sesame Credit has received from the court")."""
    nodes, found = [verb], None
    for node in nodes:
        nodes.extend(c for c in node.children if c.dep_ in ("xcomp", "acomp") and len(nodes) < 6)
        objects = [c for c in node.children if c.dep_ == "dobj"]
        subject = _child(node, "nsubj")
        if not objects and node.dep_ == "relcl" and subject is not None and subject.lower_ not in RELATIVE_PRONOUNS:
            objects = [antecedent(node)]  # "the scoring service Ant has operated since 2015": the service
        objects += [g for c in node.children if c.dep_ in ("prep", "dative") and c.lower_ in REACHED
                    for g in c.children if g.dep_ == "pobj"]
        found = next((a for a in map(_object_actor, objects) if a is not None), None)
        if found is not None:
            return found
    return None


def _object_actor(obj: Token) -> Span | None:
    """The known actor an object names; a relative pronoun names its antecedent ("which the court
    has kept since 2013")."""
    if obj.lower_ in RELATIVE_PRONOUNS and obj.head.dep_ == "relcl":
        return actor_of_phrase(antecedent(obj.head))
    return actor_of_phrase(obj)


#: Prepositions of what a state reaches ("link passports to Alipay", "apply to Credit China").
REACHED = ("to", "into", "onto", "with", "on")


def _source_of(thing: Token) -> Token | None:
    """Who a thing comes from, named in its own phrase: "an outline from the State Council",
    "a survey by the commission"."""
    return next((g for c in thing.children if c.dep_ == "prep" and c.lower_ in ("from", "by")
                 for g in c.children if g.dep_ == "pobj"), None)


def _represented(agent: Token | None) -> Token | None:
    """The known actor an unnamed group stands for: "researchers at the Free University of
    Berlin", "an analyst from Everbright Securities" act for their institution."""
    if agent is None or agent.pos_ != "NOUN" or _actor(agent) is not None:
        return agent
    institution = next((g for c in agent.children if c.dep_ == "prep" and c.lower_ in ("at", "from", "of")
                        for g in c.children if g.dep_ == "pobj"), None)
    return institution if institution is not None and _actor(institution) is not None else agent


def _state(noun: Token) -> tuple[str, str] | None:
    """("in", "force") for the noun of a prepositional phrase ("in force", "in place")."""
    if noun.dep_ != "pobj" or noun.head.pos_ != "ADP":
        return None
    return noun.head.lower_, noun.lemma_.lower()


def _state_holder(noun: Token, ignore: set[int]) -> Token | None:
    """What is in that state: the noun the phrase describes ("the Measures, in force since
    2018"), else the object or subject of its verb ("wants a system in place by 2020")."""
    prep = noun.head
    if prep.i >= 2 and noun.doc[prep.i - 1].text == "," and noun.doc[prep.i - 2].pos_ in ("NOUN", "PROPN"):
        return noun.doc[prep.i - 2]  # set off by commas, the phrase describes the noun before
    holder = prep.head
    if holder.pos_ in ("NOUN", "PROPN"):
        return holder
    if holder.pos_ in ("VERB", "AUX"):
        return _child(holder, "dobj", ignore) or _child(holder, "nsubj", ignore)
    return None


def _fronted_participle_subject(cue: Token) -> Span | None:
    """ "Launched in January 2015, Sesame Credit rates users ...": a participle opening the
    sentence describes the first actor after its comma, however the parser read the rest."""
    sent = cue.sent
    first = next((t for t in sent if not (t.is_punct or t.is_space)), None)
    if first is None or first.i != cue.i or cue.tag_ != "VBN":
        return None
    comma = next((t.i for t in sent if t.i > cue.i and t.text == ","), None)
    if comma is None:
        return None
    after = [a for a in sent.doc.spans.get(SPANS_KEY, []) if a.start == comma + 1]
    return after[0] if after else None


def _specific(token: Token | None) -> bool:
    """A definite, uncounted noun phrase names one thing ("the “network management real-name
    policy,” initiated by the National Internet Information Office"); "eight private companies"
    does not, so the doer that is a known actor is the better subject."""
    if token is None or token.pos_ not in ("NOUN", "PROPN"):
        return False
    determiners = {c.lower_ for c in token.children if c.dep_ == "det"}
    counted = any(c.dep_ == "nummod" for c in token.children) or token.tag_ in ("NNS", "NNPS")
    return bool(determiners & {"the", "this", "that"}) and not counted


def _named_dative(cue: Token, obj: Token, ignore: set[int]) -> Token | None:
    """The named party of a verb with two objects whose direct object names no one ("Regulators fined
    Alibaba a record Rmb18.2bn in April", "gave Qilin Credit the go-ahead"): what the event acts on."""
    dative = _child(cue, "dative", ignore)
    if dative is None or _actor(dative) is None or _actor(obj) is not None:
        return None
    return dative

def _child(token: Token, dep: str, ignore: set[int] = frozenset()) -> Token | None:
    """The child of `token` with the dependency `dep`. Of two subjects the parser gave one verb
    ("Comments closed in March; the rules are expected to ...", "A spokesman for the bureau, Li
    Na, said ..."), the nearest before the verb is its own."""
    found = [c for c in token.children if c.dep_ == dep and c.i not in ignore]
    if len(found) > 1 and dep in ("nsubj", "nsubjpass"):
        before = [c for c in found if c.i < token.i]
        return before[-1] if before else found[0]
    return found[0] if found else None


def _implicit_subject(verb: Token) -> tuple[Token | None, bool]:
    """The understood subject of a verb that has none, and whether it is the verb's object
    (a passive participle: "the project, announced in 2014 ...")."""
    node = verb
    for _ in range(4):
        if node.dep_ == "aux":  # "Wei has until December to pay": the verb it helps has the subject
            return _child(node.head, "nsubj"), False
        if node.dep_ == "acl":  # "a law, set to take effect": the noun it modifies
            return node.head, node.tag_ == "VBN"
        if node.dep_ == "relcl":
            return antecedent(node), node.tag_ == "VBN" and _child(node, "nsubjpass") is None
        if node.dep_ == "pcomp":  # "built a system by issuing certificates": the main verb's
            node = node.head  # subject does the issuing
            continue
        if node.dep_ == "prep":
            node = node.head
            if node.pos_ not in ("VERB", "AUX"):
                return None, False
            subject = _child(node, "nsubj") or _child(node, "nsubjpass")
            if subject is not None:
                return subject, False
            continue
        if node.dep_ == "advcl" and node.tag_ == "VBN" and (noun := _reduced_relative_head(node)) is not None:
            return noun, True
        if node.dep_ in ("xcomp", "conj", "advcl"):
            head = node.head
            subject = _child(head, "nsubj") or _child(head, "nsubjpass")
            if subject is not None and subject.lower_ in RELATIVE_PRONOUNS and head.dep_ == "relcl":
                subject = antecedent(head)  # "a system that is scheduled to become obligatory"
            if subject is not None:  # "Launched in 2015, Sesame Credit ...": passive participle
                return subject, node.dep_ == "advcl" and node.tag_ == "VBN"
            node = head
            continue
        return None, False
    return None, False


def _object_clause(clause: Token, subject: Token) -> bool:
    """A relative clause with no pronoun whose subject is its own and whose object is the noun it
    describes ("the score Ant Group launched in 2015"), not a time ("the year Ant launched")."""
    head = clause.head
    times = clause.doc._.time_expressions or ()
    return subject.lower_ not in RELATIVE_PRONOUNS and head.pos_ in ("NOUN", "PROPN") and head.i < subject.i \
        and head.ent_type_ not in ("DATE", "TIME") and not any(x.start <= head.i < x.end for x in times)


def _product_returned(verb: Token) -> Token | None:
    """The product a maker comes back with or a product returns as ("Tencent came back with WeChat
    Pay Score", "Tencent Credit returned as WeChat Pay Score"), when the text names it."""
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("with", "as")), None)
    if prep is None or prep.i + 1 >= len(verb.doc):
        return None
    # the parser may hang a name followed by a relative clause elsewhere: the words right after count
    found = _child(prep, "pobj") or verb.doc[prep.i + 1]
    if _actor(found) is None:  # "with a narrower product, WeChat Pay Score": its appositive names it
        after = found.right_edge.i + 1
        found = next((c for c in found.children if c.dep_ == "appos"), None) or (
            verb.doc[after + 1] if after + 1 < len(verb.doc) and verb.doc[after].text == "," else None)
    product = _actor(found) if found is not None else None
    return found if product is not None and product.label_ in PRODUCT_TYPES else None


def _targeted(verb: Token, cue_words: set[int]) -> Token | None:
    """What a target a verb sets is for: the object of the target noun's "for", or its owner ("set
    2020 as the deadline for its basic construction": the system "it" stands for), else the subject of the clause describing it ("named
    2020 as the year by which the basic framework should be in place", "set 2020 as the year the
    system was supposed to be in place")."""
    target = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                   for g in c.children if g.dep_ == "pobj" and g.i in cue_words), None)
    if target is None:
        return None
    for_object = next((g for c in target.children if c.dep_ == "prep" and c.lower_ == "for"
                       for g in c.children if g.dep_ == "pobj"), None)
    if for_object is not None:  # "for the system's basic framework": what the part belongs to
        return _child(for_object, "poss") or for_object
    clause = next((c for c in target.children if c.dep_ in ("relcl", "acl") and c.pos_ in ("VERB", "AUX")), None)
    return (_child(clause, "nsubj") or _child(clause, "nsubjpass")) if clause is not None else None


def _reduced_relative_head(participle: Token) -> Token | None:
    """ "... the “network management real-name policy,” initiated by the National Internet
    Information Office in 2015": a passive participle right after a noun and a comma modifies
    that noun, though the parser may attach it to the main verb."""
    if not any(c.dep_ == "agent" for c in participle.children):
        return None
    i = participle.i - 1
    while i > participle.sent.start and participle.doc[i].is_punct:
        i -= 1
    noun = participle.doc[i]
    comma = any(t.text == "," for t in participle.doc[i + 1 : participle.i])
    return noun if comma and noun.pos_ in ("NOUN", "PROPN") and noun.i < participle.i else None


def _verb_done_by(actor: Span, cue: Token) -> Token | None:
    """The verb of the cue's sentence whose subject an actor's words are ("plans" in "The city plans to
    link the score ..."), if any."""
    root = actor.root
    return root.head if root.dep_ == "nsubj" and root.sent.start == cue.sent.start else None


def _unnamed_speaker(agent: Token | None) -> bool:
    """ "a senior official", "local officials", "two people familiar with the deal": a reporter the text
    names by no actor (not "the bureau", a description of one named before, nor "a spokesman for the
    court", whose body its phrase names)."""
    definite = any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in agent.children) \
        if agent is not None else False
    return agent is not None and agent.pos_ == "NOUN" and not definite and _actor(agent) is None \
        and not any(_actor(t) is not None for t in agent.subtree if t.pos_ == "PROPN")


def _is_place(token: Token) -> bool:
    """Whether a participant names a place ("China", "Zhejiang")."""
    found = actor_at(token, descriptions=False)
    return found is not None and found.label_ == "place"


def _actor(token: Token, owners: bool = True) -> Span | None:
    """The actor a participant is; with `owners=False`, only an actor that names it (not the
    owner in "the PRC's new internet safety law")."""
    if token.lower_ in PRONOUNS or token.lower_ in RELATIVE_PRONOUNS or token.lower_ in PERSONAL_PRONOUNS:
        if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
            return actor_of_phrase(antecedent(token.head), owners=owners)
        return resolve_pronoun(token)
    return actor_of_phrase(token, owners=owners)


def _of_another_noun(token: Token, actor: Span) -> bool:
    """ "a full review of the list": the actor is named after "of" a noun outside its name (not "the list of
    dishonest judgment debtors", a name with "of" inside)."""
    head = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else None
    return head is not None and head.pos_ == "NOUN" and not actor.start <= head.i < actor.end


def _thing(token: Token) -> str:
    """The words naming a thing that is no actor: the noun with its compounds, as written but
    without quotation marks ("cyber security law", "social credit system")."""
    modifiers = [c for c in token.lefts if c.dep_ in ("compound", "nmod")]
    start = min((c.left_edge.i for c in modifiers), default=token.i)
    while start < token.i and token.doc[start].pos_ in ("DET", "PUNCT"):
        start += 1  # "A debtors' database" -> "debtors' database"
    text = re.sub(r"[\"\u201c\u201d]", " ", token.doc[start : token.i + 1].text)
    return " ".join(text.split())


def _name(actor: Span) -> str:
    from extract.actors import actor_of

    return actor_of(actor)[1]


def _ids(actor: Span | None) -> tuple[str | None, str | None]:
    if actor is None:
        return None, None
    from extract.actors import actor_of

    return actor_of(actor)


def _phrase_text(token: Token, whole: bool = False) -> str:
    """The words of the noun phrase headed by `token` (without relative clauses), or of the
    whole clause when `whole`."""
    if whole:
        clauses = {t.i for c in token.subtree if c.dep_ == "relcl" for t in c.subtree}
        words = [t for t in token.subtree if t.dep_ != "aux" and t.i not in clauses]
    else:
        words = [token]
        for child in token.lefts:
            words.extend(child.subtree)
        for child in token.rights:
            if child.dep_ in ("compound", "amod", "nummod", "prep") and child.dep_ != "relcl":
                if child.dep_ == "prep" and child.lower_ not in ("of", "for"):
                    continue
                words.extend(child.subtree)
    words = sorted(set(words), key=lambda t: t.i)
    leading = ("own", *PRONOUNS)
    while words and (words[0].is_punct or words[0].dep_ == "det" or words[0].lower_ in leading):
        words = words[1:]  # "its own citizen-scoring system" -> "citizen-scoring system"
    while words and words[-1].is_punct:
        words = words[:-1]
    if not words:
        return token.text
    return token.doc[words[0].i : words[-1].i + 1].text


@Language.factory(
    "sckb_dates",
    default_config={"vocab_path": None, "numbers_path": None},
)
def make_date_extractor(nlp: Language, name: str, vocab_path: str | None, numbers_path: str | None):
    return DateExtractor(
        nlp,
        load_checked_vocab("events", vocab_path, "events", "calendar"),
        load_checked_vocab("numbers", numbers_path, *NUMBER_SECTIONS),
    )
