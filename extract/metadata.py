"""Metadata that a text capture of a web page tells about itself.

A capture is the page's text as a browser shows it: site furniture (logos, menus,
banners), then a headline, a byline, a dateline, the article, and more furniture.
We read the metadata from the furniture's *shape*, never from a site's wording:

- the **header zone** is everything before the first prose paragraph; the headline
  is the headline-like line there that the byline block follows (a byline, or a
  dateline then a byline), else the first headline-like line; a standfirst between
  the headline and the byline gives way to the headline above it;
- **bylines and datelines** are short lines (or rows of short fields) near the top ("By Jane Doe",
  "Jane Doe - published on 06/28/18", "March 3, 2018", a wire's "JANUARY 15, 2020 /
  9:14 AM / UPDATED 2 HOURS AGO" with bare names "Lin Wei, Thomas Hale" under it),
  or short lines opening with a label anywhere ("Written by:", "Published: 24
  February 2018", "Updated: ...", a legislature's record's "Volume 702: debated on Thursday 9 December
  2021", its volume's number aside); a forum's byline names its poster, a user name, and
  then the date ("Posted by kiwi_in_hz on 22 July 2017, 21:14"): the first post's is the page's;
- a date inside an article sentence is never a publication date, and a date
  without a year (a site banner's "Friday 29 March") is not one either, nor is the date
  of an infobox's row ("Founded<TAB>January 2015": extract/infobox.py);
- licence, copyright, DOI and address lines are recognised by their form;
- state media run a byline row's fields together, each opening with its label and a colon ("By Chen
  Qingqing Source:Global Times Published: 2018/5/10 21:33:40"), and name the outlet in its "Source:"
  field ("Source: Xinhua| 2019-03-02 17:45:09|Editor: Li Xia"), which wins over a site's address in
  the copyright line; a broadcaster dates its page "Updated 16:20, 28-Aug-2016";
- an encyclopedia's article has its name right above the site's tagline ("From Wikipedia, the
  free encyclopedia"), which names the outlet;
- a newsletter saved with its e-mail headers ("From:", "Date:", "Subject:" opening the file)
  has its title in "Subject:", its date in "Date:" and its sender (the outlet) in "From:";
- a Title Case line under a site's tagline is the headline, not the tagline's standfirst; a
  sentence-case line right under a byline or a labelled date ("Published: ...", "Author: ...")
  can be the headline (fact-check sites put them above it); a site's name on the first line is
  the outlet when a surer headline stands anywhere in the header, under a menu set one item a line;
- a blog's name and its tagline on the first line ("MERICS Blog - European Voices on China",
  "Credit & Society | an academic blog on ...") are the site's masthead, neither a headline nor the
  headline above a sentence-case standfirst.

Every value comes with a note saying which line it was read from, so a curator
can check it. The words the rules look for are data: corpus/vocab/metadata.yaml.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from pathlib import Path

from email.parser import HeaderParser
from email.utils import parseaddr

from dateutil import parser as dateparser

from extract.datelines import LEDE_DATELINE
from extract.document import Document
from extract.turns import turn_lines
from extract.vocab import load_vocab

#: Fields a Metadata carries, in the order they are applied to a Document.
FIELDS = ("title", "authors", "published", "url", "doi", "license", "outlet", "keywords")
#: A prose line: a paragraph of running text, where the header zone ends.
PROSE_MIN_WORDS = 20
#: The most words of a line that is only a company's name ("Harrow & Lane LLP").
COMPANY_NAME_WORDS = 6
#: The most words of a site's name on the first line of a capture ("Trust Watch").
MASTHEAD_WORDS = 4
#: Bylines, datelines and labelled lines are short.
SHORT_LINE_WORDS = 14
#: The header zone never runs past this many lines, whatever the page looks like.
MAX_HEADER_LINES = 40
#: Bylines may sit just after a standfirst paragraph: look this many lines past the header.
BYLINE_LINES_AFTER_HEADER = 4
TITLE_MAX_WORDS = 30
TITLE_MAX_CHARS = 250
#: Publication years outside this range are misreadings (a figure, an ID).
YEARS = range(1900, 2101)
NOTE_MAX_CHARS = 120
CJK_CHAR = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


# --------------------------------------------------------------------------- results


@dataclass
class Metadata:
    """Inferred metadata; `notes[field]` says where each value comes from."""

    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    url: str | None = None
    doi: str | None = None
    license: str | None = None
    outlet: str | None = None
    keywords: list[str] = field(default_factory=list)
    notes: dict[str, str] = field(default_factory=dict)

    def offer(self, name: str, value, note: str) -> bool:
        """Set `name` unless it is already set (callers offer values best first)."""
        if not value or getattr(self, name):
            return False
        setattr(self, name, value)
        self.notes[name] = note
        return True

    def as_dict(self) -> dict:
        return {name: getattr(self, name) for name in (*FIELDS, "notes")}

    def apply_to(self, document: Document) -> Document:
        """Fill the document's empty fields with these values and their notes."""
        for name in FIELDS:
            value = getattr(self, name)
            if value and not getattr(document, name):
                setattr(document, name, value)
                document.notes[name] = self.notes[name]
        return document


def text_note(*lines: str) -> str:
    """'text: "the line"': the provenance of a value read from a capture."""
    quoted = " / ".join(line.strip() for line in lines)
    if len(quoted) > NOTE_MAX_CHARS:
        quoted = quoted[: NOTE_MAX_CHARS - 1] + "…"
    return f'text: "{quoted}"'


# --------------------------------------------------------------------------- vocabulary


class Vocabulary:
    """The label and word lists of corpus/vocab/metadata.yaml, compiled for matching."""

    def __init__(self, data: dict):
        self.data = data
        self.byline = _label_pattern(data["byline_labels"])
        self.published = _label_pattern(data["published_labels"])
        self.updated = _label_pattern(data["updated_labels"])
        self.url = _label_pattern(data["url_labels"])
        self.doi = _label_pattern(data["doi_labels"])
        self.keywords = _label_pattern(data["keyword_labels"])
        self.outlet_field = _label_pattern(data["outlet_labels"])
        self.inline_field = _inline_field_pattern(
            [*data["published_labels"], *data["updated_labels"], *data["outlet_labels"], *data["editor_labels"]])
        self.photo_credit = _credit_pattern(data["photo_credit_labels"])
        verbs = sorted(data["byline_date_verbs"], key=len, reverse=True)
        self.date_verb = re.compile(r"^(?:" + "|".join(map(re.escape, verbs)) + r")\b\s*:?\s*", re.IGNORECASE)
        stamp = _time_stamp(data["time_zones"])
        #: What may stand before a date on a dateline: "Wed", "9:14 AM EST,", "on".
        self.date_prefix = re.compile(rf"^(?:{WEEKDAY}|{stamp}|on|at|[,\s])*$", re.IGNORECASE)
        #: What may follow it: "9:14 AM", "at 09:14 GMT", "10.20 (Beijing time)", and a last update
        #: ("9:41 AM GMT+8 Updated 3 hours ago").
        updates = "|".join(map(re.escape, sorted(data["updated_labels"], key=len, reverse=True)))
        self.date_suffix = re.compile(rf"^(?:{stamp}|at|[,\s()])*(?:(?:{updates})\b.*)?$", re.IGNORECASE)
        self.menu_words = {word.casefold() for word in data["menu_words"]}
        self.agencies = {word.casefold() for word in data["picture_agencies"]}
        self.small_words = {word.casefold() for word in data["title_case_small_words"]}
        self.particles = set(data["name_particles"])
        self.roles = {word.casefold() for word in data["byline_roles"]}
        self.group_words = {word.casefold() for word in data.get("group_words", [])}
        self.company_suffixes = {word.casefold() for word in data["company_suffixes"]}
        self.document_number = re.compile(data["document_number"], re.IGNORECASE)
        self.cc_elements = data["creative_commons"]["elements"]
        self.cc_order = data["creative_commons"]["order"]
        self.kinds = data["kinds"]
        self.encyclopedia_tagline = re.compile(data["encyclopedia_tagline"], re.IGNORECASE)

    @classmethod
    def load(cls, path: str | Path | None = None) -> "Vocabulary":
        return _vocabulary(str(path) if path else None)

    def is_role(self, text: str) -> bool:
        """'Staff Writer', 'Beijing correspondent': a byline's job title, not a name."""
        return any(word in self.roles for word in re.findall(r"\w+", text.casefold()))

    def is_group(self, text: str) -> bool:
        """'Lanting Partners', 'Financial Services Regulatory': a firm's or a practice group's name, no person's."""
        return any(word in self.group_words for word in re.findall(r"\w+", text.casefold()))

    def without_company_suffix(self, name: str) -> str:
        """'South China Morning Post Publishers Ltd' -> 'South China Morning Post': the outlet,
        not the company that holds its copyright."""
        words = name.split()
        while len(words) > 1 and words[-1].strip(".,").casefold() in self.company_suffixes:
            words.pop()
        return " ".join(words).rstrip(",")

    def is_company_name(self, text: str) -> bool:
        """A line that is only a company's name with its legal form: "Harrow & Lane LLP", "Qilin Data Co., Ltd."."""
        words = text.split()
        return 2 <= len(words) <= COMPANY_NAME_WORDS and words[-1].strip(".,").casefold() in self.company_suffixes \
            and words[0][:1].isupper()

    def is_menu(self, text: str) -> bool:
        return text.strip(" :|·•>»-–—!").casefold() in self.menu_words

    def fields(self, text: str) -> list[str]:
        """A byline row's fields: set apart by bars, dots, tabs or runs of spaces, or run together
        with a label and a colon opening each ("By Chen Qingqing Source:Global Times Published:
        2018/5/10 21:33:40", state media's byline row)."""
        return [part for segment in SEGMENT_SEPARATOR.split(text) for part in self.inline_field.split(segment)]


_VOCABULARIES: dict[str | None, Vocabulary] = {}


def _vocabulary(path: str | None) -> Vocabulary:
    if path not in _VOCABULARIES:
        _VOCABULARIES[path] = Vocabulary(load_vocab("metadata", path))
    return _VOCABULARIES[path]


WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday)?\.?"


def _time_stamp(zones: list[str]) -> str:
    """A clock time, a time zone or both: '9:14 AM', '09.14 GMT', '10:30 UTC+8', 'EST'."""
    names = "|".join(re.escape(zone) for zone in sorted(zones, key=len, reverse=True))
    clock = r"\d{1,2}(?:[:.]\d{2}){1,2}\s*(?:[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?"
    # An offset ends the zone even when a capture glues the next word to it ("GMT+8Updated").
    zone = rf"(?:{names})(?:\s*[+-]\s*\d{{1,2}}(?::?\d{{2}})?|(?![a-z]))"
    return rf"(?:{clock}|{zone})"


def _label_pattern(labels: list[str]) -> re.Pattern:
    """A label at the start of a line, then ':' or a space; group 'value' is the rest.
    Longest labels first, so "Written by" wins over "by"."""
    alternatives = "|".join(re.escape(label) for label in sorted(labels, key=len, reverse=True))
    return re.compile(rf"^(?:{alternatives})(?:\s*[:：]\s*|\s+|$)(?P<value>.*)$", re.IGNORECASE)


def _inline_field_pattern(labels: list[str]) -> re.Pattern:
    """Where a field with its label and colon starts inside a line: a capital (or Chinese) label
    after a space ("... Source:Global Times Published: ..."); a lower-case word before a colon is
    part of a field's own label ("Release date:")."""
    capitalised = {label[:1].upper() + label[1:] for label in labels}
    alternatives = "|".join(re.escape(label) for label in sorted(capitalised, key=len, reverse=True))
    return re.compile(rf"\s+(?=(?:{alternatives})\s*[:：])")


def _credit_pattern(labels: list[str]) -> re.Pattern:
    """A picture credit: a label then a colon, a slash or "by"/"courtesy"/"via" ("Photo: Xinhua",
    "Image courtesy of ...", "Credit/Getty"); a line that only starts with the word is not one
    ("Credit scores at the school gate", "Picture this")."""
    alternatives = "|".join(re.escape(label) for label in sorted(labels, key=len, reverse=True))
    return re.compile(rf"^(?:{alternatives})(?:\s*[:：/]\s*|\s+(?:by|courtesy|via)\b\s*|$)(?P<value>.*)$", re.IGNORECASE)


# --------------------------------------------------------------------------- lines and zones


@dataclass(frozen=True)
class Line:
    number: int  # index among the capture's non-empty lines
    text: str

    @cached_property
    def words(self) -> list[str]:
        return self.text.split()

    @cached_property
    def size(self) -> int:
        """Length in words; Chinese, written without spaces, counts two characters a word."""
        cjk = len(CJK_CHAR.findall(self.text))
        return len(CJK_CHAR.sub(" ", self.text).split()) + cjk // 2

    @property
    def is_short(self) -> bool:
        return self.size <= SHORT_LINE_WORDS

    @cached_property
    def is_short_fields(self) -> bool:
        """Short, or a row of short fields, as bylines and datelines are: a blog's "Posted on October
        9, 2024 by Jane Doe | Filed under: Opinion, Platforms | 14 min read" is as short as its
        longest field."""
        if self.is_short:
            return True
        fields = SEGMENT_SEPARATOR.split(self.text)
        return not self.is_prose and len(fields) > 1 and all(Line(self.number, f).is_short for f in fields)

    @property
    def is_prose(self) -> bool:
        """Running text: many words ending a sentence."""
        return self.size >= PROSE_MIN_WORDS and bool(re.search(r"[.!?。！？][\"'”’)]*$", self.text))


def capture_lines(raw: str) -> list[Line]:
    texts = [text.strip() for text in raw.splitlines()]
    return [Line(number, text) for number, text in enumerate(t for t in texts if t)]


def header_end(lines: list[Line]) -> int:
    """Index of the first prose line: the header zone is the lines before it."""
    for line in lines[:MAX_HEADER_LINES]:
        if line.is_prose:
            return line.number
    return min(len(lines), MAX_HEADER_LINES)


# --------------------------------------------------------------------------- dates

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_ORDINAL = r"(?:st|nd|rd|th)?"
#: A year, ended by a word boundary or glued to the time after it: a capture joins a page's date and
#: time cells ("November 4, 20205:41 AM GMT+8" is 4 November 2020, 5:41).
_YEAR = r"\d{4}(?:\b|(?=\d{1,2}:\d{2}))"
#: (pattern, precision, day first?) for every written date form we read. Numeric
#: forms: "2018-03-03" is ISO; slashes ("06/28/18") are read month first because
#: English-language sites overwhelmingly write the US order (a first number over 12
#: can only be a day, and dateutil then swaps); dots ("24.02.2018") are the
#: European day-first convention.
DATE_FORMS = (
    (re.compile(r"(?<!\d)(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?!\d)"), "day", False),
    (re.compile(r"(?<!\d)(?P<y>\d{4})/(?P<m>\d{1,2})/(?P<d>\d{1,2})(?!\d)"), "day", False),
    (re.compile(r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"), "day", False),
    (re.compile(r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月"), "month", False),
    (re.compile(rf"\b\d{{1,2}}{_ORDINAL}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}", re.IGNORECASE), "day", True),
    (re.compile(rf"\b{_MONTH}\s+\d{{1,2}}{_ORDINAL},?\s+{_YEAR}", re.IGNORECASE), "day", False),
    (re.compile(rf"\b{_MONTH},?\s+\d{{4}}\b", re.IGNORECASE), "month", False),
    # a broadcaster's "Updated 16:20, 28-Aug-2016"
    (re.compile(rf"\b\d{{1,2}}-{_MONTH}-{_YEAR}", re.IGNORECASE), "day", True),
    (re.compile(r"(?<![\d/.])\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})(?![\d/])"), "day", False),
    (re.compile(r"(?<![\d/.])\d{1,2}\.\d{1,2}\.\d{4}(?![\d.])"), "day", True),
)
PRECISION_FORMAT = {"day": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}


@dataclass(frozen=True)
class FoundDate:
    iso: str  # ISO date or prefix, at the precision the text gives
    start: int
    end: int
    text: str


def find_dates(text: str) -> list[FoundDate]:
    """Every date with a year in `text`, left to right, longest reading first."""
    found = []
    for pattern, precision, dayfirst in DATE_FORMS:
        for match in pattern.finditer(text):
            iso = _parse_date(match, precision, dayfirst)
            if iso:
                found.append(FoundDate(iso, match.start(), match.end(), match.group(0)))
    found.sort(key=lambda date: (date.start, -(date.end - date.start)))
    kept: list[FoundDate] = []
    for date in found:
        if not kept or date.start >= kept[-1].end:
            kept.append(date)
    return kept


def _parse_date(match: re.Match, precision: str, dayfirst: bool) -> str | None:
    groups = match.groupdict()
    if groups:  # numeric year-first and Chinese forms: the groups are unambiguous
        text = f"{groups['y']}-{groups['m']}-{groups.get('d') or 1}"
        dayfirst = False
    else:
        text = _four_digit_year(match.group(0))
    try:
        # `default` fills the parts a month-precision date leaves out.
        parsed = dateparser.parse(text, dayfirst=dayfirst, default=datetime(2000, 1, 1))
    except (ValueError, OverflowError):
        return None
    if parsed.year not in YEARS:
        return None
    return parsed.strftime(PRECISION_FORMAT[precision])


def _four_digit_year(text: str) -> str:
    """'06/28/18' -> '06/28/2018'. A fixed pivot keeps the result the same whatever
    year it is run in (dateutil's own rule moves with the clock): 00-69 -> 2000s."""
    match = re.fullmatch(r"(\d{1,2}/\d{1,2}/)(\d{2})", text)
    if not match:
        return text
    year = int(match.group(2))
    return f"{match.group(1)}{2000 + year if year < 70 else 1900 + year}"


def parse_date(text: str) -> str | None:
    """The first date with a year in `text`, as an ISO date or prefix."""
    dates = find_dates(text)
    return dates[0].iso if dates else None


def normalize_date(value: str | None) -> str | None:
    """A metadata field's date ("2019/7", "2019/07/15/", "2018-05-14T08:30:00+08:00",
    "July 2019", "2019") as an ISO date or prefix, or None."""
    if not value:
        return None
    value = str(value).strip()
    numeric = re.match(r"^(\d{4})(?:[-/.](\d{1,2}))?(?:[-/.](\d{1,2}))?(?=$|[/T\s])", value)
    if numeric:
        year, month, day = numeric.groups()
        parts = [year] + [f"{int(part):02d}" for part in (month, day) if part]
        return _valid_prefix(parts)
    return parse_date(value)


def _valid_prefix(parts: list[str]) -> str | None:
    if int(parts[0]) not in YEARS:
        return None
    try:
        datetime(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)
    except ValueError:
        return parts[0] if len(parts) > 1 else None
    return "-".join(parts)


# --------------------------------------------------------------------------- names


def is_person_name(text: str, vocab: Vocabulary) -> bool:
    """'Paul De Maeyer', 'J. K. Rowling', 'Ludwig van Beethoven', '张伟'."""
    text = text.strip()
    if re.fullmatch(r"[\u4e00-\u9fff·]{2,6}", text):
        return True
    words = text.split()
    if not 2 <= len(words) <= 5 or vocab.is_menu(text) or vocab.is_group(text):
        return False
    for position, word in enumerate(words):
        if word in vocab.particles and 0 < position < len(words) - 1:
            continue
        if not re.fullmatch(r"[A-Z][a-zA-Z'’\-]*\.?|[A-Z]\.(?:[A-Z]\.)*", word):
            return False
    return True


def is_named_entity(text: str, vocab: Vocabulary) -> bool:
    """A short proper name (person or organisation) given after an explicit label:
    'King & Spalding', 'Reuters Staff'."""
    text = text.strip()
    words = text.split()
    return (
        1 <= len(words) <= 6
        and bool(re.match(r"[A-Z\u4e00-\u9fff]", text))
        and not re.search(r"\d|https?:|[.!?]$", text)
        and not vocab.is_menu(text)
    )


def split_authors(text: str, vocab: Vocabulary, labelled: bool = False) -> list[str]:
    """The names in a byline value: 'Jane Doe and John Smith', 'A. Li, B. Wang & C. Zhou'.
    Without a label, every part must look like a person's name; 'and'/'&' split only
    between multi-word names, so 'King & Spalding' stays one name."""
    text = re.sub(r"\s+", " ", text).strip(" ,;:|-–—")
    parts = [part.strip() for part in re.split(r"\s*[,;]\s*|\s+(?:and|&)\s+", text) if part.strip()]
    # Drop job titles beside names ("Jane Doe, Staff Writer", "Michael Chen, Partner; Sarah O'Neill,
    # Senior Associate"), not a byline that is one ("Reuters Staff").
    parts = [part for part in parts if not vocab.is_role(part)] or parts
    # "By Zhou Yiming and Rachel Tan, Lanting Partners": the firm beside its people is none of the authors
    if any(is_person_name(part, vocab) for part in parts):
        parts = [part for part in parts if not vocab.is_group(part)]
    if len(parts) > 1 and not all(len(part.split()) >= 2 or _is_cjk_name(part) for part in parts):
        parts = [text]
    accept = (lambda part: is_named_entity(part, vocab) or bool(USER_NAME.fullmatch(part))) if labelled \
        else (lambda part: is_person_name(part, vocab))
    names = [part for part in parts if accept(part)]
    return names if len(names) == len(parts) else []


#: A forum's or a blog's user name after a label ("Posted by kiwi_in_hz", "posted by mike88"): one word of
#: letters and digits joined by underscores, dots or dashes, with an underscore or a digit, as no English word has.
USER_NAME = re.compile(r"(?=[^\s]*[_\d])[A-Za-z][\w.-]{2,29}")


def bare_names(text: str, vocab: Vocabulary) -> list[str]:
    """The person names of a byline without a label ("Lin Wei, Thomas Hale" beside a dateline);
    none from words in capitals, which are a masthead or a section label ("TIDEWATER ASIA FINTECH
    BRIEF | Issue No. 214 | 12 June 2025", "CHINA NEWS"): a byline in capitals says "By"."""
    if text.isupper() or _runs_on_past_place(text):
        return []
    return split_authors(without_places(text), vocab)


#: A place after "in" that ends a byline: "Thomas Hale in Shanghai", "Li Tao in Hong Kong".
PLACE_AT_END = re.compile(r"[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2}\s*$")


def _runs_on_past_place(text: str) -> bool:
    """A line whose "in" and capitalised words go on past a place: a headline ("Personal Credit
    Reporting in China After the Ant Rectification"), no reporter filing from somewhere."""
    text = FILED_FROM.sub("", text)  # "Jane Doe in Beijing and John Smith in Hong Kong": each files from a place
    tail = BYLINE_TAIL.search(text)
    return tail is not None and tail.group().strip() == "in" and not PLACE_AT_END.fullmatch(text[tail.end():])


def without_places(value: str) -> str:
    """A byline's names without where each reporter files from ("Thomas Hale in Shanghai and Li Tao
    in Beijing" -> "Thomas Hale and Li Tao"), nor the time or place after them."""
    return BYLINE_TAIL.split(FILED_FROM.sub("", value))[0]


def names_before_affiliation(value: str, vocab: Vocabulary) -> list[str]:
    """The authors of a byline that adds where they work or write from after a comma ("Priya Raman,
    Tidewater Research (Singapore)", "Jane Doe and Li Wei, Reuters"): the names before the first
    part that is no name."""
    parts = re.split(r"\s*,\s*", value.strip())
    for end in range(len(parts) - 1, 0, -1):
        names = split_authors(", ".join(parts[:end]), vocab)
        if names:
            return names
    return []


def _is_cjk_name(text: str) -> bool:
    return bool(re.fullmatch(r"[\u4e00-\u9fff·]{2,6}", text))


# --------------------------------------------------------------------------- bylines and datelines

#: What separates a byline's parts: "Jane Doe | March 3, 2018", "By Mei Lin · May 14, 2018",
#: a wire's "JANUARY 15, 2020 / 9:14 AM / UPDATED 3 HOURS AGO", a government site's
#: "Source: Shangcheng District People's Court    Published: 2023-06-15 09:30    Views: 2,371"
#: (fields set apart by tabs or runs of spaces).
SEGMENT_SEPARATOR = re.compile(r"\s+[-–—|·•/]\s+|\s*[|·•]\s*|\s*\t\s*| {3,}")
#: What may follow the names on a byline: "Alex Turner at 09:15", "Jane Doe in Beijing",
#: "Jane Doe on March 3, 2018".
BYLINE_TAIL = re.compile(r"\s+(?:(?:at|on)\s+(?=\d|[A-Z][a-z]+\.?\s+\d)|in\s+(?=[A-Z]))")
#: Where each of several reporters files from, after each name: "Ma Jingwen in Beijing and Li Tao in
#: Hong Kong" names two authors (the tail would keep the first only).
FILED_FROM = re.compile(r"\s+in\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2}(?=\s*(?:[,;&]|\band\b))")
#: A byline's contact details in brackets: "Grace Wong, CFA (+852 3105 2218, grace.wong@eastbank.hk)".
#: (A place or an outlet in brackets, "Priya Raman, Tidewater Research (Singapore)", stays.)
BYLINE_CONTACT = re.compile(r"\s*\((?=[^()]*[\d@])[^()]*\)")
#: The credits after a wire's byline: "Reporting by Lin Wei; Editing by Kim Coghill" names
#: the writers first, then the editors, who are not authors.
OTHER_CREDITS = re.compile(r"\s*;\s*\w+(?:\s+\w+){0,2}\s+by\b.*$", re.IGNORECASE)
#: A headline's byline block: at most this many bylines and datelines right under it.
BYLINE_BLOCK_LINES = 3


@dataclass(frozen=True)
class Dateline:
    iso: str
    rank: int  # 0 labelled published, 1 joined to a byline, 2 bare dateline, 3 updated
    number: int
    note: str


def read_bylines(lines: list[Line], top: int, vocab: Vocabulary, meta: Metadata) -> None:
    """Authors and the publication date from bylines and datelines."""
    datelines: list[Dateline] = []
    for line in lines:
        if not line.is_short_fields:
            if line.number < top and (lede := _lede_dateline(line, vocab)) is not None:
                datelines.append(lede)
            continue
        near_top = line.number < top
        datelines += _datelines(line, near_top, vocab)
        names, note_lines = byline_names(line, lines, near_top, vocab)
        meta.offer("authors", names, text_note(*note_lines))
    for dateline in sorted(datelines, key=lambda d: (d.rank, d.number)):
        note = dateline.note if dateline.rank < 3 else f"{dateline.note} (last update; no publication date given)"
        meta.offer("published", dateline.iso, note)
        break


#: A wire service's dateline opens with its place in capitals: "SHENZHEN, Jan 9, 2020 (Reuters)".
WIRE_PLACE = re.compile(r"^[A-Z][A-Z.'’ /-]*[A-Z.],\s*(?:[A-Z][a-z]+(?: [A-Z][a-z]+)?,\s*)?")


def _lede_dateline(line: Line, vocab: Vocabulary) -> Dateline | None:
    """ "BEIJING, March 3, 2023 /PRNewswire/ -- Lianxin Data today announced ...": a wire story's
    or a press release's dateline opening the first paragraph (extract/datelines.py)."""
    dateline = LEDE_DATELINE.match(line.text)
    if dateline is None or not dateline.group("when"):
        return None
    head = line.text[: dateline.end("when")].rstrip()
    date = date_after_label(head, vocab)
    if date is None or head[date.end:].strip(" ,"):
        return None
    return Dateline(date.iso, 2, line.number, text_note(head))


def date_after_label(value: str, vocab: Vocabulary) -> FoundDate | None:
    """The date that opens `value`, after at most a weekday or a time ("Monday, 12 February
    2018", "8:00pm, 3 Mar, 2018", "9:14 AM EST, Wed January 15, 2020") or a wire dateline's
    place ("BEIJING, March 3, 2019")."""
    dates = find_dates(value)
    if not dates:
        return None
    before = value[: dates[0].start]
    place = WIRE_PLACE.match(before)
    if vocab.date_prefix.match(before[place.end():] if place else before):
        return dates[0]
    return None


def is_dateline(line: Line, vocab: Vocabulary) -> bool:
    """A short line that is a date, a labelled date or a byline with its date."""
    return line.is_short_fields and not line.text.endswith(".") and any(
        _dateline_segment(segment, vocab) for segment in vocab.fields(line.text)
    )


#: A volume's (and issue's) number before a labelled date: "Volume 702: debated on Thursday 9 December 2021".
VOLUME_FIELD = re.compile(r"^vol(?:ume)?\.?\s*\d+(?:\s*,?\s*(?:no|issue)\.?\s*\d+)?\s*[:,;]\s*(?=\S)", re.IGNORECASE)


def _dateline_segment(segment: str, vocab: Vocabulary) -> tuple[FoundDate, str] | None:
    """A segment that is a date, as (date, kind): kind is 'published', 'updated' or 'bare'. A volume's
    number before it is no part of it (`VOLUME_FIELD`)."""
    segment = VOLUME_FIELD.sub("", segment)
    if (date := _date_after_names(segment, vocab)) is not None:
        return date, "published"  # "Posted by kiwi_in_hz on 22 July 2017": not the label "Posted" of a date
    for pattern, kind in ((vocab.updated, "updated"), (vocab.published, "published")):
        label = pattern.match(segment)
        if label:
            date = date_after_label(label.group("value"), vocab)
            return (date, kind) if date else None
    verb = vocab.date_verb.match(segment)
    rest = segment[verb.end():] if verb else segment
    date = date_after_label(rest, vocab)
    if not date:
        return None
    after = rest[date.end:]
    if len(after.split()) > 2 and not vocab.date_suffix.match(after):
        return None  # more than a time after the date: a sentence, not a dateline
    if verb and re.search(r"updat|modif", verb.group(0), re.IGNORECASE):
        return date, "updated"
    return date, "published" if verb else "bare"


def _date_after_names(segment: str, vocab: Vocabulary) -> FoundDate | None:
    """The date a forum or blog writes after its byline's names: "Posted by kiwi_in_hz on 22 July 2017,
    21:14", "Written by Jane Doe on March 3, 2018" (`BYLINE_TAIL`); none when more than a time follows it."""
    label = vocab.byline.match(segment)
    tail = BYLINE_TAIL.search(label.group("value")) if label else None
    if tail is None or not tail.group(0).strip().startswith(("on", "at")):
        return None
    rest = label.group("value")[tail.end():]
    date = date_after_label(rest, vocab)
    if date is None or len(rest[date.end:].split()) > 2 and not vocab.date_suffix.match(rest[date.end:]):
        return None
    return date


def _datelines(line: Line, near_top: bool, vocab: Vocabulary) -> list[Dateline]:
    found = []
    segments = vocab.fields(line.text)
    if _infobox_row(segments):
        return found
    for segment in segments:
        reading = _dateline_segment(segment, vocab)
        if not reading:
            continue
        date, kind = reading
        labelled = bool(vocab.published.match(segment) or vocab.updated.match(segment))
        if not labelled and (not near_top or line.text.endswith(".")):
            continue  # unlabelled dates count only on datelines near the top
        if kind == "updated":
            rank = 3
        elif labelled:
            rank = 0
        else:
            joined_to_byline = any(is_person_name(s, vocab) for s in segments if s is not segment)
            rank = 1 if (kind == "published" or joined_to_byline) else 2
        found.append(Dateline(date.iso, rank, line.number, text_note(line.text)))
    return found


def _infobox_row(segments: list[str]) -> bool:
    """An infobox's row of an event and its date ("Established<TAB>1 October 2013"): the topic's date,
    not the page's."""
    from extract.infobox import label_reading  # the infobox's claims build on the cleaner, which builds on this module

    return len(segments) == 2 and label_reading(segments[0]) is not None


def byline_names(line: Line, lines: list[Line], near_top: bool, vocab: Vocabulary) -> tuple[list[str], list[str]]:
    """The authors a byline names, and the lines it was read from:
    'By Jane Doe', 'Written by:' + the next line, 'Jane Doe - published on 06/28/18',
    or a name alone on a line next to a dateline (near the top)."""
    if not line.is_short_fields:
        return [], []
    segments = vocab.fields(line.text)
    for index, segment in enumerate(segments):
        label = vocab.byline.match(segment)
        if label:
            bare_by = segment[:2].casefold() == "by" and not re.match(r"by\s*:", segment, re.IGNORECASE)
            if bare_by and not near_top:
                continue  # "By ..." far from the top is more likely prose than a byline
            value, note_lines = label.group("value"), [line.text]
            if not value and index == len(segments) - 1:
                value, note_lines = _next_line_value(line, lines, note_lines)
            value = OTHER_CREDITS.sub("", without_places(BYLINE_CONTACT.sub("", value)))
            titled = _titled_names(value, vocab)
            if titled:  # "Authors: Jane Doe, Partner, Shanghai | Li Wei, Counsel, Beijing": each field one author
                return titled + [n for later in segments[index + 1:] for n in _titled_names(later, vocab)], note_lines
            names = split_authors(value, vocab, labelled=not bare_by) or names_before_affiliation(value, vocab)
            if names:
                return names, note_lines
        elif near_top and bare_names(segment, vocab):
            others = [s for i, s in enumerate(segments) if i != index]
            if any(find_dates(s) for s in others):
                return bare_names(segment, vocab), [line.text]
        elif near_top and (names := _names_after_date(segment, vocab)):
            return names, [line.text]
    names = bare_names(line.text, vocab) if near_top and len(segments) == 1 else []
    if names and not vocab.is_role(line.text):
        for neighbour in _neighbours(line, lines):
            if is_dateline(neighbour, vocab):
                first, second = sorted((line, neighbour), key=lambda l: l.number)
                return names, [first.text, second.text]
        following = lines[line.number + 1] if line.number + 1 < len(lines) else None
        if following is not None and HANDLE.fullmatch(following.text):
            return names, [line.text, following.text]
    return [], []


#: A social network's handle under a post's author name: "@meichen_reports", Mastodon's
#: "@mei@journa.host", Bluesky's "@mei.bsky.social".
HANDLE = re.compile(r"@\w{1,50}(?:[.@][\w-]+)*(?:\.[\w-]+)*")


def _titled_names(value: str, vocab: Vocabulary) -> list[str]:
    """The names of a byline's fields that give a name, a job title and the office, as law firms'
    alerts write them ("Jane Doe, Partner, Shanghai", "Li Wei, Senior Associate, Hong Kong; Ma Lin,
    Counsel, Beijing"); none when a field is only a name and a title ("Grace Wong, CFA"), which
    `split_authors` reads."""
    names = []
    for field in re.split(r"\s*;\s*", value):
        parts = [part.strip() for part in field.split(",")]
        if len(parts) >= 3 and is_person_name(parts[0], vocab) and vocab.is_role(parts[1]):
            names.append(parts[0])
    return names


def _names_after_date(segment: str, vocab: Vocabulary) -> list[str]:
    """The author that blog software writes after the date: 'Posted on 22 June 2021 by Emma Clarke'."""
    label = vocab.published.match(segment)
    value = label.group("value") if label else segment
    date = date_after_label(value, vocab)
    author = re.match(r"\s*,?\s*by\s+(?P<names>.+)$", value[date.end:], re.IGNORECASE) if date else None
    return split_authors(author.group("names"), vocab, labelled=True) if author else []


def _neighbours(line: Line, lines: list[Line]) -> list[Line]:
    return [lines[i] for i in (line.number - 1, line.number + 1) if 0 <= i < len(lines)]


def _next_line_value(line: Line, lines: list[Line], note_lines: list[str]) -> tuple[str, list[str]]:
    """A label alone on its line ("Written by:") names what the next line holds."""
    following = lines[line.number + 1] if line.number + 1 < len(lines) else None
    if following is None or not following.is_short:
        return "", note_lines
    return following.text, [*note_lines, following.text]


# --------------------------------------------------------------------------- title


def read_title(lines: list[Line], end: int, top: int, vocab: Vocabulary, meta: Metadata) -> None:
    """The headline: the best headline-like line of the header zone (the first of equals).
    What makes a line a headline is what follows it: a byline block above all (a byline, or
    a dateline then a byline), else a standfirst, the first paragraph or a dateline; and its
    form: Title Case or a question. The site's own name, menus, captions and credits are
    never headlines. A standfirst between the headline and the byline gives way to it."""
    best, best_score = None, 0
    turns = turn_lines([line.text for line in lines])
    for line in lines[:end]:
        if _is_outlet(line, meta) or line.number in turns:
            continue  # a speaker's line of a transcript is no headline, whatever its form
        score = headline_score(line, lines, top, vocab)
        if score > best_score:
            best, best_score = line, score
    if best is not None:
        best = headline_above_standfirst(best, lines, top, vocab, meta)
        meta.offer("title", best.text, text_note(best.text))


def read_encyclopedia_header(lines: list[Line], top: int, vocab: Vocabulary, meta: Metadata) -> None:
    """An encyclopedia's article: its name on the line above the site's tagline ("Sesame Credit" /
    "From Wikipedia, the free encyclopedia"), which names the site, the outlet. The browser's title
    above them ("Sesame Credit - Wikipedia") and an infobox's rows below are no headlines."""
    for line in lines[1:top]:
        tagline = vocab.encyclopedia_tagline.match(line.text)
        if tagline is not None:
            name = lines[line.number - 1]
            meta.offer("title", name.text, text_note(name.text, line.text) + " (the article's name above the tagline)")
            meta.offer("outlet", tagline.group("site").strip(), text_note(line.text))
            return


def _is_outlet(line: Line, meta: Metadata) -> bool:
    """The outlet's name alone, or the journal's citation line that names it ("Asian Survey 59(4) (2019)")."""
    if not meta.outlet:
        return False
    journal = JOURNAL_LINE.match(line.text)
    return line.text.casefold() == meta.outlet.casefold() \
        or journal is not None and journal.group("journal") == meta.outlet


def headline_above_standfirst(line: Line, lines: list[Line], top: int, vocab: Vocabulary, meta: Metadata) -> Line:
    """The headline, when `line` is its standfirst: a sentence-case summary under the
    headline-like line right above it ("Beyond the deposit waiver: how China's tech giants
    turned credit scores into a business" / "Sesame Credit, WeChat Pay Score and the
    state-backed Baihang Credit are competing for the same data" / "By Priya Raman").
    A line in capitals above is a section label, not a headline, nor is a row of short fields (a
    law firm's practice group and place, "Regulatory & Compliance | PRC"); a question or a Title Case
    line is a headline's form, not a standfirst's."""
    above = lines[line.number - 1] if line.number > 0 else None
    if (
        above is not None
        and _could_be_headline(above, vocab)
        and above.size >= 4
        and not above.text.isupper()
        and not _is_kicker(above)
        and not _is_outlet(above, meta)
        and not _is_furniture_line(above.text)  # "Subscribe for $1 a week"
        and not byline_names(above, lines, above.number < top, vocab)[0]
        and not _is_title_case(line.words, vocab)
        and not _is_question(line)  # "Who decides what a good citizen earns?" is a headline's form
        and not _is_site_name_line(above)
    ):
        return above
    return line


def byline_block(line: Line, lines: list[Line], top: int, vocab: Vocabulary) -> tuple[bool, bool]:
    """Whether the lines right under `line` hold a byline, and a dateline: the run of bylines
    and datelines that a headline has under it, in either order ("JANUARY 15, 2020 / 9:14 AM"
    then "Lin Wei, Thomas Hale")."""
    byline = dateline = False
    for following in lines[line.number + 1: line.number + 1 + BYLINE_BLOCK_LINES]:
        if byline_names(following, lines, following.number < top, vocab)[0]:
            byline = True
        elif is_dateline(following, vocab):
            dateline = True
        else:
            break
    return byline, dateline


#: Menu items stand between bars, bullets or slashes, or are set apart by tabs or runs of spaces;
#: breadcrumbs ("Reports > China") between arrows.
_MENU_SEPARATOR = re.compile(r"\s+[|·•/]\s+|\s*\t\s*| {2,}")
_BREADCRUMB_SEPARATOR = re.compile(r"\s+[>»›]\s+")
#: The last crumb of a trail, the page's own section, may be longer than a menu item, up to this.
MAX_CRUMB_WORDS = 10
#: A page's buttons, each in square brackets: "[Print]  [Close]", "【打印】", "[Share on X]".
_BUTTON = re.compile(r"\[[^\[\]\n]{1,40}\]|【[^【】\n]{1,40}】")


def is_menu_bar(text: str, max_words: int = 4) -> bool:
    """A line of short items between separators: "Home | World | Business", "Reports > China", or a
    trail of three crumbs or more whose last may be long ("Home > Theses > School of Law and Politics")."""
    def short_items(items: list[str], least: int) -> bool:
        return len(items) >= least and all(
            0 < len(item.split()) <= max_words and any(c.isalpha() for c in item) for item in items)

    text = text.strip(" |·•/\t")
    crumbs = _BREADCRUMB_SEPARATOR.split(text)
    # a trail's last crumb names the page's own section, longer than a menu's items ("Home > Theses >
    # School of Social and Political Science"), when the crumbs before it are short; a sentence there
    # is a paragraph that names a path in the app ("Go to Xinyu Score > More > Close Service. You ...")
    last = crumbs[-1].strip()
    return short_items(_MENU_SEPARATOR.split(text), 3) or short_items(crumbs, 2) \
        or len(crumbs) >= 3 and short_items(crumbs[:-1], 2) and bool(last) \
        and len(last.split()) <= MAX_CRUMB_WORDS and not re.search(r"[.!?]", last)


def _is_site_menu(text: str) -> bool:
    """A menu bar, led perhaps by the site's name ("Huaxi County Market Supervision Bureau | Home |
    Notices | Contact"), or a row of buttons: never a headline."""
    return is_menu_bar(text) or is_menu_bar(_MENU_SEPARATOR.split(text.strip(), 1)[-1]) or _is_button_row(text)


def _is_labelled_field(text: str, vocab: Vocabulary) -> bool:
    """A page's source, address, DOI or tags after their label and a colon ("Source: Yunlan
    Municipal Bureau", "Tags: Credit, Fintech"): a field of the page, never its headline."""
    return bool(re.match(r"[^:：]{1,30}[:：]", text)) and any(
        pattern.match(text) for pattern in (vocab.url, vocab.doi, vocab.keywords))


def _is_button_row(text: str) -> bool:
    """Two buttons or more and nothing worded besides: "[Font size: Large Medium Small]  [Print]
    [Close]", "[Share on X] [Copy link]  ♥ 87"."""
    return len(_BUTTON.findall(text)) >= 2 and not _WORDED.search(CJK_CHAR.sub("x", _BUTTON.sub(" ", text)))


def headline_score(line: Line, lines: list[Line], top: int, vocab: Vocabulary) -> int:
    """0 for a line that is no headline; more the surer it is."""
    if not _could_be_headline(line, vocab) or byline_names(line, lines, line.number < top, vocab)[0]:
        return 0
    # what follows it, past a site's tagline ("From Civicpedia, the free encyclopedia")
    following = next((other for other in lines[line.number + 1:] if not _is_tagline(other.text)), None)
    if _wrapped_on(line, lines):
        return 0  # a paragraph's line wrapped on the page (a PDF's first page), whatever its capitals
    score = 0
    if following is not None:
        byline, dateline = byline_block(line, lines, top, vocab)
        if byline:
            score += 3
        elif dateline or (following.size >= 10 and not _is_site_menu(following.text)
                          and not _is_headline_form(following, vocab)):
            score += 1  # a standfirst or the first paragraph; a site's menu or buttons under it are neither,
            # nor a Title Case headline under a site's tagline ("Many Stories, One World" / the headline)
    question = _is_question(line)
    # Chinese has no letter case: a Chinese headline counts as Title Case.
    title_case = _is_title_case(line.words, vocab) or len(CJK_CHAR.findall(line.text)) > len(line.text) / 2
    if _worded_size(line) >= 4 and (question or title_case):
        score += 2
    elif score and title_case:
        score += 1  # a short Title Case headline that opens the article: "Open Sesame"
    elif line.size < 4:
        return 0  # short lines in sentence case are labels and captions
    elif line.number == 0:
        score += 1  # a capture's first line in sentence case: an encyclopedia's "Rongcheng social credit system"
    elif _under_byline_block(line, lines, top, vocab):
        score += 1  # "Published: 9th February 2024" / "Author: ..." / a headline in sentence case
    if line.text.isupper() or _is_masthead(line):
        score -= 2  # site names, taglines and section kickers are set in capitals
    return max(score, 0)


def _wrapped_on(line: Line, lines: list[Line]) -> bool:
    """A line that a sentence runs on from: the next line goes on in lower case ("... the National
    Development and Reform Commission and the People's Bank" / "of China named 62 cities ...")."""
    nxt = lines[line.number + 1] if line.number + 1 < len(lines) else None
    return nxt is not None and nxt.text.split()[0].islower() and not line.text.rstrip().endswith((".", "?", "!", ":"))


def _is_headline_form(line: Line, vocab: Vocabulary) -> bool:
    """A line that looks like a headline on its own: Title Case and not short, and no sentence."""
    return _could_be_headline(line, vocab) and _worded_size(line) >= 4 and _is_title_case(line.words, vocab)


def _under_byline_block(line: Line, lines: list[Line], top: int, vocab: Vocabulary) -> bool:
    """A line right under a byline or a dateline (a fact-check site's "Published: ..." and "Author:
    ..." above its headline): where a headline set in sentence case stands."""
    if line.number == 0:
        return False
    above = lines[line.number - 1]
    return bool(byline_names(above, lines, above.number < top, vocab)[0]) or is_dateline(above, vocab)


def _is_site_name_line(line: Line) -> bool:
    """A capture's first line made of a name and its tagline, parted by a bar or a dash ("MERICS Blog -
    European Voices on China"): the site's, above a headline in sentence case, not a headline above its standfirst."""
    return line.number == 0 and _SITE_NAME_SEPARATOR.search(line.text) is not None


_SITE_NAME_SEPARATOR = re.compile(r"\s[|\-–—]\s")


def _is_kicker(line: Line) -> bool:
    """A row of short fields set apart by bars or bullets, a section's or a practice group's label
    ("Regulatory & Compliance | PRC", "Client Alert | Corporate Social Credit System")."""
    fields = _MASTHEAD_SEPARATOR.split(line.text)
    return len(fields) > 1 and all(len(field.split()) <= KICKER_FIELD_WORDS for field in fields)


#: The most words of one field of a kicker's row.
KICKER_FIELD_WORDS = 5


def _is_masthead(line: Line) -> bool:
    """A site's name in capitals, then its edition or desk: "COASTAL DAILY  |  English Edition",
    "HARBOURLINE SECURITIES | Asia Equity Research"; or, on a capture's first line, a name and its
    tagline in lower case: "Credit & Society | an academic blog on credit scoring in China"."""
    fields = _MASTHEAD_SEPARATOR.split(line.text)
    return len(fields) > 1 and (fields[0].isupper() or line.number == 0 and fields[-1][:1].islower())


#: Bars and bullets set a masthead's parts apart; a dash in a headline does not ("US - China talks stall").
_MASTHEAD_SEPARATOR = re.compile(r"\s*[|·•]\s*")


def _is_question(line: Line) -> bool:
    """A headline that asks or exclaims: a headline's form, as Title Case is."""
    return line.text.rstrip("\"'”’」").endswith(("?", "!", "？", "！"))


def _worded_size(line: Line) -> int:
    """The line's size in words that have letters ("Questions 1 - 28" is one word long)."""
    cjk = len(CJK_CHAR.findall(line.text))
    return len(_WORDED.findall(CJK_CHAR.sub(" ", line.text))) + cjk // 2


def _could_be_headline(line: Line, vocab: Vocabulary) -> bool:
    text = line.text
    return (
        2 <= _worded_size(line) and line.size <= TITLE_MAX_WORDS
        and len(text) <= TITLE_MAX_CHARS
        and not re.search(r"[.,:;|。，：；]$", text)
        and not re.match(r"[a-z]", text)
        and "logo" not in text.casefold()
        and not re.search(r"https?://|www\.|\.(?:jpe?g|png|gif|webp|svg)\b", text, re.IGNORECASE)
        and not vocab.is_menu(text)
        and not _is_site_menu(text)
        and not _is_labelled_field(text, vocab)
        and not _is_furniture_line(text)
        and not vocab.photo_credit.match(text)
        and text.casefold() not in vocab.agencies
        and not re.match(r"(?:©|\(c\)|copyright\b)", text, re.IGNORECASE)
        and not _is_mostly_date(line, vocab)
        and not _is_date_banner(text)
        and not vocab.document_number.fullmatch(text)
        and not vocab.is_company_name(text)  # "Harrow & Lane LLP" above a client alert's date: the firm
    )


#: A headline may name a date ("Transcript of the Regular Press Conference for November 2022"):
#: at least this many words besides its dates make a line more than a dateline.
HEADLINE_WORDS_BESIDES_DATES = 4


def _is_mostly_date(line: Line, vocab: Vocabulary) -> bool:
    """A dateline, or a date with a few words around it ("Wednesday 8 March 2023 at 10:00")."""
    dates = find_dates(line.text)
    if not dates:
        return False
    besides = line.text
    for date in reversed(dates):
        besides = besides[:date.start] + " " + besides[date.end:]
    return is_dateline(line, vocab) or len(_WORDED.findall(besides)) < HEADLINE_WORDS_BESIDES_DATES


#: A word with a letter in it: "Questions 1 - 28" has one.
_WORDED = re.compile(r"\S*[^\W\d_]\S*")


def _is_furniture_line(text: str) -> bool:
    """A line the cleaner's furniture vocabulary names as a whole: "Share on Twitter", "Follow us"."""
    from extract.clean import default_furniture  # the cleaner builds on this module

    return default_furniture().is_whole_line(text)


def _is_tagline(text: str) -> bool:
    from extract.clean import default_furniture

    category = default_furniture().category(text)
    return category is not None and category.name == "tagline"


def _is_date_banner(text: str) -> bool:
    """A site's 'today' banner or a post's time stamp: 'Friday 29 March', 'Mon, Mar 3', 'Mar 3'."""
    weekday = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?"
    day = rf"(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}}{_ORDINAL})"
    return bool(re.match(rf"{weekday}\s+{day}", text, re.IGNORECASE) or re.fullmatch(day, text, re.IGNORECASE))


def _is_title_case(words: list[str], vocab: Vocabulary) -> bool:
    content = [w for w in words if re.match(r"[\"'“‘(]?[A-Za-z]", w) and w.strip("\"'“‘(").casefold() not in vocab.small_words]
    if not content:
        return False
    capitalised = sum(1 for w in content if re.match(r"[\"'“‘(]?[A-Z]", w))
    return capitalised / len(content) >= 0.75


# --------------------------------------------------------------------------- licence, copyright, outlet


def find_license(text: str, vocab: Vocabulary) -> str | None:
    """A Creative Commons licence named in `text` ('Creative Commons Attribution-NonCommercial
    4.0 International License', 'CC BY-SA 4.0', a creativecommons.org URL) as 'CC BY-NC 4.0'."""
    url = re.search(r"creativecommons\.org/(licenses|publicdomain)/([a-z-]+)/(\d\.\d)", text, re.IGNORECASE)
    if url:
        if url.group(1).lower() == "publicdomain":
            return f"CC0 {url.group(3)}" if url.group(2).lower() == "zero" else "Public Domain Mark"
        return _cc_name(url.group(2).split("-"), url.group(3), vocab)
    short = re.search(r"\bCC[ -]?(0|BY(?:[ -](?:NC|ND|SA))*)(?:[ -](\d\.\d))?\b", text)
    if short:
        if short.group(1) == "0":
            return f"CC0 {short.group(2) or '1.0'}"
        return _cc_name(re.split(r"[ -]", short.group(1)), short.group(2), vocab)
    named = re.search(r"Creative\s+Commons\s+(.{0,120})", text, re.IGNORECASE)
    if named:
        phrase = re.split(r"\blicen[cs]e\b", named.group(1), flags=re.IGNORECASE)[0]
        if re.search(r"\bzero\b|\bCC0\b", phrase, re.IGNORECASE):
            return "CC0 1.0"
        elements = [code for variant, code in vocab.cc_elements.items() if len(variant) > 2 and _has_word(phrase, variant)]
        version = re.search(r"\d\.\d", phrase)
        if elements:
            return _cc_name(elements, version.group(0) if version else None, vocab)
    return None


def _has_word(phrase: str, variant: str) -> bool:
    pattern = r"[\s-]?".join(re.escape(part) for part in re.split(r"[\s-]", variant))
    return bool(re.search(rf"(?<![a-z]){pattern}(?![a-z])", phrase, re.IGNORECASE))


def _cc_name(elements: list[str], version: str | None, vocab: Vocabulary) -> str | None:
    codes = {vocab.cc_elements.get(element.casefold(), element.upper()) for element in elements}
    ordered = [code for code in vocab.cc_order if code in codes]
    if "BY" not in ordered:
        return None
    return f"CC {'-'.join(ordered)}" + (f" {version}" if version else "")


COPYRIGHT = re.compile(
    r"^(?:copyright\s*)?(?:©|\(c\)|copyright\b)\s*(?:copyright\s*)?"
    r"(?:\d{4}(?:\s*[-–]\s*\d{2,4})?\s*,?\s*)?(?:by\s+)?(?P<holder>[^|]+?)\s*(?:\d{4}\s*)?"
    r"(?:[|]|\.\s|\.$|,?\s*all rights reserved|$)",
    re.IGNORECASE,
)


def find_copyright_holder(text: str, vocab: Vocabulary) -> str | None:
    """'© 2018 Pacific Tech Review. All rights reserved.' -> 'Pacific Tech Review'; the year may follow
    the holder ("Copyright The Financial Times Limited 2021.")."""
    match = COPYRIGHT.match(text.strip())
    if not match:
        return None
    holder = match.group("holder").strip(" .,")
    return holder if is_named_entity(holder, vocab) else None


def _copyright_holder(line: Line, vocab: Vocabulary) -> str | None:
    """The holder a short line's copyright notice names, the notice alone or one of the line's
    fields ("Sponsored by: ...    Copyright © 2022 NDRC. All Rights Reserved.")."""
    if not line.is_short:
        return None
    # "This publication is not legal advice. (c) 2023 Lanting Partners.": a notice after a disclaimer's sentence too
    segments = [part for segment in SEGMENT_SEPARATOR.split(line.text) for part in re.split(r"(?<=[.!?])\s+", segment)]
    return next(filter(None, (find_copyright_holder(segment, vocab) for segment in segments)), None)


def read_rights_and_outlet(lines: list[Line], top: int, vocab: Vocabulary, meta: Metadata) -> None:
    _offer_masthead(lines, top, vocab, meta)  # first: a newsletter's author may hold its copyright
    for line in lines:
        licence = find_license(line.text, vocab)
        if licence:
            meta.offer("license", licence, text_note(line.text))
    holders = [(line, holder) for line in lines if (holder := _copyright_holder(line, vocab))]
    # a site's address ("XINHUANET.com") names the outlet less surely than the story's own row
    _offer_copyright_holders([pair for pair in holders if not WEB_ADDRESS.search(pair[1])], vocab, meta)
    _offer_source_field(lines, top, vocab, meta)
    _offer_copyright_holders([pair for pair in holders if WEB_ADDRESS.search(pair[1])], vocab, meta)
    for line in lines[:top]:
        logo = re.match(r"^(?P<name>.{2,60}?)\s*(?:logo|Logo|LOGO)(?![a-z])", line.text)
        if logo and is_named_entity(logo.group("name"), vocab):
            meta.offer("outlet", logo.group("name").strip(), text_note(line.text))
    _offer_journal(lines, top, vocab, meta)
    _offer_repeated_name(lines, vocab, meta)
    _offer_wire_service(lines, top, meta)
    _offer_firm(lines, top, vocab, meta)


def _offer_copyright_holders(holders: list[tuple[Line, str]], vocab: Vocabulary, meta: Metadata) -> None:
    for line, holder in holders:
        meta.offer("outlet", vocab.without_company_suffix(holder), text_note(line.text))
        meta.offer("license", f"© {holder}", text_note(line.text) + " (copyright, all rights reserved)")


#: A web address as a copyright holder's name: "XINHUANET.com", "www.gov.cn".
WEB_ADDRESS = re.compile(r"\w\.(?:com|cn|net|org)\b", re.IGNORECASE)


def _offer_source_field(lines: list[Line], top: int, vocab: Vocabulary, meta: Metadata) -> None:
    """The outlet a story's byline row names in its "Source:" field, beside its date or its byline
    ("Source: Xinhua| 2019-03-02 17:45:09|Editor: Li Xia"): state media reprint one another's stories,
    and the row says whose this one is (the site's copyright line names only the site: XINHUANET.com)."""
    for line in lines[:top]:
        fields = vocab.fields(line.text)
        if len(fields) < 2 or not line.is_short_fields or not is_dateline(line, vocab):
            continue
        for value in (label.group("value").strip() for f in fields if (label := vocab.outlet_field.match(f))):
            if is_named_entity(value, vocab) and len(value.split()) <= MASTHEAD_WORDS:
                meta.offer("outlet", value, text_note(line.text))
                return


def _offer_masthead(lines: list[Line], top: int, vocab: Vocabulary, meta: Metadata) -> None:
    """A site's or a newsletter's name alone on the capture's first line, above a surer headline, that
    the text names again ("Trust Watch" / "Issue #42: Baihang's new licence" / ... "Welcome back to
    Trust Watch"): the outlet. A page whose first line is its own title ("Lishui Harmony Points" above
    an encyclopedia's article) has no surer headline under it."""
    if len(lines) < 3:
        return
    first = lines[0]
    if len(first.words) > MASTHEAD_WORDS or not is_named_entity(first.text, vocab) \
            or not _is_title_case(first.words, vocab) or first.text in meta.authors:
        return
    # the surer headline may stand under a menu set one item a line ("Reuters" / "World" / "Business")
    surest = max(headline_score(line, lines, top, vocab) for line in lines[1:max(top, 2)])
    if surest <= headline_score(first, lines, top, vocab):
        return
    if any(first.text in line.text for line in lines[2:]):
        meta.offer("outlet", first.text, text_note(first.text) + " (the name above the headline, named again)")


#: A journal's citation line atop an article's first page: its name, then its volume ("Journal of Chinese
#: Governance, Vol. 7, No. 2 (2019), pp. 145-171", "Asian Survey 59(4) (2019): 612-630", "China Review,
#: 2021, vol. 21, no. 3, 45-67"); the year in brackets, or before the volume, is the issue's.
JOURNAL_LINE = re.compile(
    r"^(?P<journal>[A-Z][\w&’'.:\- ]{3,80}?),?\s+(?:(?P<year>(?:19|20)\d\d),\s+)?"
    r"(?:vol(?:ume)?\.?\s*\d+|\d+\s*\(\d+(?:[-–]\d+)?\))", re.IGNORECASE)
BRACKETED_YEAR = re.compile(r"\(((?:19|20)\d\d)\)")


def _offer_journal(lines: list[Line], top: int, vocab: Vocabulary, meta: Metadata) -> None:
    """A journal article's first page names its journal, volume and year in one line above the title
    (`JOURNAL_LINE`): the journal is the outlet, the year the publication's (a byline's date, read
    before, is more precise and wins)."""
    for line in lines[:top]:
        found = JOURNAL_LINE.match(line.text)
        if found is None or not is_named_entity(found.group("journal"), vocab):
            continue
        year = found.group("year") or next(iter(BRACKETED_YEAR.findall(line.text[found.end():])), None)
        meta.offer("outlet", found.group("journal").strip(), text_note(line.text) + " (the journal's citation line)")
        meta.offer("published", year, text_note(line.text) + " (the issue's year)")
        return


def _offer_firm(lines: list[Line], top: int, vocab: Vocabulary, meta: Metadata) -> None:
    """A company's name alone on a line of the header, with its legal form, is who publishes the
    page ("Harrow & Lane LLP" above a client alert's date): the outlet, without the form (and out of
    a letterhead's capitals: "MARLOWE CHEN LLP" is Marlowe Chen)."""
    for line in lines[:top]:
        if vocab.is_company_name(line.text):
            name = vocab.without_company_suffix(line.text)
            meta.offer("outlet", name.title() if name.isupper() else name, text_note(line.text))
            return


def _offer_wire_service(lines: list[Line], top: int, meta: Metadata) -> None:
    """A wire story's outlet is the service its first dateline names in brackets: "HONG KONG, Sept 3
    (Reuters) -", "BEIJING, March 4 (Xinhua) --" (a press release's "/PRNewswire/" is its distributor,
    no outlet)."""
    for line in lines[:top]:
        dateline = LEDE_DATELINE.match(line.text)
        wire = dateline.group("wire") if dateline else None
        if wire and wire.startswith("(") and re.fullmatch(r"\(([A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,2})\)", wire):
            meta.offer("outlet", wire[1:-1], text_note(line.text[:dateline.end()].strip()))
            return


def _offer_repeated_name(lines: list[Line], vocab: Vocabulary, meta: Metadata) -> None:
    """A site's name recurs in its furniture: alone on a line at least twice, and at
    least three times in all ('King & Spalding', 'King & Spalding on:'). The author's name
    above each post of a thread recurs too, and is no site."""
    standalone: dict[str, int] = {}
    for line in lines:
        if line.is_short and is_named_entity(line.text, vocab) and _is_title_case(line.words, vocab) \
                and line.text not in meta.authors:
            standalone[line.text] = standalone.get(line.text, 0) + 1
    for name, count in standalone.items():
        if count >= 2 and len(name) >= 3:
            mentions = sum(line.text.count(name) for line in lines)
            if mentions >= 3:
                first = next(line.text for line in lines if line.text == name)
                meta.offer("outlet", name, text_note(first) + f" (site name, on {mentions} lines)")
                return


# --------------------------------------------------------------------------- addresses, DOI, keywords

DOI = re.compile(r"\b10\.\d{4,9}/[^\s\"<>]+")
URL = re.compile(r"https?://[^\s<>\"']+")


def find_doi(text: str) -> str | None:
    match = DOI.search(text)
    return match.group(0).rstrip(".,;)]}") if match else None


def read_identifiers(lines: list[Line], top: int, vocab: Vocabulary, meta: Metadata) -> None:
    """The page's own URL and DOI: labelled lines anywhere, bare ones near the top.
    (A DOI or URL deep in the text is usually a work the page cites.)"""
    for line in lines:
        near_top = line.number < top
        if vocab.doi.match(line.text) or (near_top and (line.is_short or "doi.org/" in line.text)):
            meta.offer("doi", find_doi(line.text), text_note(line.text))
        url_label = vocab.url.match(line.text)
        bare_url = URL.fullmatch(line.text)
        if (url_label and line.is_short) or (near_top and bare_url):
            address = URL.search(line.text)
            if address and "doi.org/" not in address.group(0):
                meta.offer("url", address.group(0).rstrip(".,;)"), text_note(line.text))
        keywords = vocab.keywords.match(line.text)
        if keywords and re.search(r"[,;、]", keywords.group("value")):
            words = [w.strip() for w in re.split(r"\s*[,;、]\s*", keywords.group("value")) if w.strip()]
            meta.offer("keywords", words, text_note(line.text))


# --------------------------------------------------------------------------- e-mail headers

#: The header fields a saved e-mail opens with, one per line ("From: Credit Watch <ed@cw.example>").
MAIL_HEADER = re.compile(r"^(?:From|To|Cc|Date|Sent|Subject|Reply-To)\s*:", re.IGNORECASE)
#: What a forwarded or replied subject carries before the newsletter's own title.
MAIL_SUBJECT_PREFIX = re.compile(r"^(?:(?:re|fwd?|fw)\s*:\s*)+", re.IGNORECASE)


def mail_header_block(raw: str) -> str:
    """The e-mail header lines opening a capture (at least two of them), or ""."""
    block = []
    for line in raw.lstrip().splitlines():
        if block and line[:1] in (" ", "\t") and line.strip():
            block.append(line)  # a long header folded onto the next line
            continue
        if not MAIL_HEADER.match(line):
            break
        block.append(line)
    return "\n".join(block) if len(block) >= 2 else ""


def read_mail_headers(raw: str, meta: Metadata) -> None:
    """Title, date and sender of a newsletter saved with its e-mail headers, parsed by the
    standard library's header parser."""
    block = mail_header_block(raw)
    if not block:
        return
    headers = HeaderParser().parsestr(block)
    subject = MAIL_SUBJECT_PREFIX.sub("", " ".join((headers["Subject"] or "").split()))
    meta.offer("title", subject, text_note(f"Subject: {headers['Subject']}"))
    sent = headers["Date"] or headers["Sent"]
    if sent:
        meta.offer("published", parse_date(sent), text_note(f"Date: {sent}"))
    sender = parseaddr(headers["From"] or "")[0].strip()
    meta.offer("outlet", sender, text_note(f"From: {headers['From']}"))


# --------------------------------------------------------------------------- all together


def infer_metadata(raw: str, vocab: Vocabulary | None = None) -> Metadata:
    """Title, authors, publication date, URL, DOI, licence, outlet and keywords of a
    text capture, each with a note naming the line it was read from."""
    vocab = vocab or Vocabulary.load()
    lines = capture_lines(raw)
    end = header_end(lines)
    top = min(end + BYLINE_LINES_AFTER_HEADER, MAX_HEADER_LINES)
    meta = Metadata()
    read_mail_headers(raw, meta)  # first: a header's "From:" line is no headline
    read_encyclopedia_header(lines, top, vocab, meta)  # first: an infobox's rows are no headlines
    read_bylines(lines, top, vocab, meta)
    read_rights_and_outlet(lines, top, vocab, meta)  # first: the site's name is not a headline
    read_title(lines, end, top, vocab, meta)
    read_identifiers(lines, top, vocab, meta)
    return meta
