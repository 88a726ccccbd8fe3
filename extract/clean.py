"""Cleaning of web captures: drop the page furniture, keep every sentence of the article.

A capture is the text of a web page as a browser or a scraper saw it: the article plus
menus, share bars, sign-up boxes, donation appeals, photo credits and footers. The cleaner
follows jusText (Pomikálek 2011, the boilerplate remover that classifies blocks by length,
stopword density and link density, then lets neighbours decide the doubtful ones), adapted
to plain text, where a block is a line:

1. Paragraphs. Every line is a paragraph; lines of hard-wrapped text are joined back.
2. Features judge each paragraph alone. Furniture: a furniture phrase (data:
   corpus/vocab/furniture.yaml), an image file name, a run of URLs, few letters, a short
   line repeated on the page, a pull quote. Otherwise, like jusText: *good* (long and rich in
   stopwords: prose), *near-good*, *short*, or *stopword-poor*.
3. Widgets. Within a block of consecutive lines, a run of short lines made at least half of
   furniture or menu-like lines (Title Case, no sentence) is a menu, a share bar, a box.
4. Context decides short and near-good paragraphs by their nearest decided neighbours,
   exactly as jusText does. A page without long paragraphs (a wire story) anchors the
   context on its full-sentence near-good paragraphs instead; a page without any (a short
   note, a list) loses only its furniture.
5. Headings: a title-like line followed by prose stays, with the byline and dateline block
   between them passed over (a headline, then "Lin Wei, Thomas Hale", then a time stamp).
6. The tail. After the last prose paragraph, lines that are furniture only there (an author's
   bio) go, and the first end-of-article marker (tags, related articles, an author box, a
   disclaimer, a copyright line) or widget starts the tail, and it all goes; a comments
   widget starts a tail even if long paragraphs (comments) follow.

Protected: reference lists (extract.citations finds their heading and entries), timelines (a
heading and its entries, each a date and an event: extract.tables), an encyclopedia's infobox
(rows of a label and a value: extract.infobox) and
provenance lines (bylines, datelines, licence statements), which say who wrote the page,
when, and under what licence; the metadata readers and attribution read them. Bylines in
the tail still go.

Kept lines are copied character for character (only their surrounding spaces are
trimmed): claim offsets point into the cleaned text. Paragraphs are separated by a blank
line; the lines of a wrapped paragraph stay on their own lines.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from extract import citations, metadata
from extract.citations import stopword_density
from extract.tables import spaced_row, timeline_entry
from extract.turns import participant_lines, turn_lines
from extract.vocab import load_vocab

GOOD, NEARGOOD, SHORT, BAD, KEEP = "good", "neargood", "short", "bad", "keep"


@dataclass(frozen=True)
class RemovedLine:
    number: int  # 1-based line number in the raw capture
    line: str  # the line as captured, without surrounding spaces
    reason: str  # the rule that removed it, e.g. "vocab:navigation", "tail", "context"


@dataclass
class CleanResult:
    text: str
    removed: list[RemovedLine] = field(default_factory=list)


@dataclass(frozen=True)
class CleanConfig:
    """The knobs of the classifier; the defaults are jusText's for English."""

    length_low: int = 70  # shorter paragraphs are "short": their neighbours decide
    length_high: int = 200  # longer stopword-rich paragraphs are prose on their own
    stopwords_low: float = 0.30  # below: not prose
    stopwords_high: float = 0.32  # at or above: prose
    max_link_density: float = 0.5  # share of characters in URLs above which a line is a link list
    min_letter_ratio: float = 0.5  # share of letters among non-space characters
    dense_sentence_min_words: int = 10  # a sentence this long is prose however many numbers it has
    menu_max_words: int = 4  # menu items are short Title Case phrases
    sentence_min_words: int = 5  # a short line with a sentence's end and this many words is a sentence
    heading_max_words: int = 20
    heading_max_chars: int = 150
    min_widget_lines: int = 3  # a run of short lines this long may be a widget
    pull_quote_min_chars: int = 40  # shorter repeats are left to the other rules
    wrap_max_width: int = 100  # hard-wrapped text has lines no longer than this
    hard_wrapped: bool = False  # known to be hard-wrapped (a PDF's lines): only its width is found


# --- the vocabulary ----------------------------------------------------------

#: Marks that open a list item ("- barred from ...", "• faster refunds").
LIST_BULLETS = frozenset("-–—•*·▪◦●‣")
#: A dash doubled as plain-text captures write a bullet ("-- free entry to the city's parks;").
DOUBLED_DASH = "--"
#: The number or letter of a list item, as tokens join it: "1.", "2)", "(a)", "b.", "iii.".
LIST_ENUMERATOR = re.compile(r"^\(?(?:\d{1,2}|[a-z]|[ivx]{2,4})[.)]$", re.I)


#: A footnote marker of an encyclopedia or a paper ("2014.[1]"); the tokenizer splits it off.
FOOTNOTE_MARKER = r"\[\d{1,3}\]"
_FOOTNOTE_TOKEN = re.compile(rf"^{FOOTNOTE_MARKER}$")


def is_footnote_marker(text: str) -> bool:
    return bool(_FOOTNOTE_TOKEN.match(text))


def is_bullet(text: str) -> bool:
    """A bullet: one bullet character, or a doubled dash."""
    return text in LIST_BULLETS or text == DOUBLED_DASH


def list_marker_end(doc, start: int) -> int:
    """Where a list item's text begins in a spaCy Doc when a bullet or an item's number or letter
    opens it at token `start` ("•", "-", "1.", "(b)", "iii."); `start` when none does."""
    if start < len(doc) and is_bullet(doc[start].text):
        return start + 1
    for width in (1, 2, 3):
        if start + width <= len(doc) and LIST_ENUMERATOR.match("".join(t.text for t in doc[start:start + width])) \
                and not any(t.whitespace_ for t in doc[start:start + width - 1]):
            return start + width
    return start


_BULLETS = re.compile(r"^[\s\-–—•*·>»|#]+")
_TRAILING = re.compile(r"[\s|:.!?…›»>·•\-–—]+$")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_SENTENCE_END = re.compile(r"[.!?…](?:[\"'”’)\]]*)$")
#: A sentence's end anywhere in a paragraph (a standfirst may close on a tagline).
_FULL_SENTENCE = re.compile(r"\w[.!?…][\"'”’)\]]*(?:\s|$)")


def normalize(line: str) -> str:
    """A line as the furniture patterns see it: no bullets or trailing separators, lower case,
    straight apostrophes, single spaces."""
    line = _BULLETS.sub("", line.replace("’", "'").replace("\u00a0", " "))
    return re.sub(r"\s+", " ", _TRAILING.sub("", line)).lower()


@dataclass(frozen=True)
class Category:
    name: str
    lines: re.Pattern | None
    starts: re.Pattern | None
    phrases: re.Pattern | None
    max_words: int | None
    tail: str | None  # soft | hard | None
    closing: re.Pattern | None = None  # phrases that count only after the article


@dataclass(frozen=True)
class Furniture:
    """The furniture vocabulary, compiled."""

    categories: tuple[Category, ...]
    image_file: re.Pattern
    provenance: re.Pattern
    provenance_max_words: int
    references: citations.ReferenceVocab
    #: The metadata vocabulary, whose name rules tell a byline of bare names ("Lin Wei, Thomas Hale").
    names: metadata.Vocabulary

    @classmethod
    def from_vocab(cls, data: dict) -> "Furniture":
        """Compile the parsed furniture.yaml; a malformed entry is a ValueError naming it."""
        categories = tuple(_category(name, spec) for name, spec in data["categories"].items())
        extensions = "|".join(map(re.escape, data["image_extensions"]))
        image_file = re.compile(rf"[\w\-.%~+/:@]+\.(?:{extensions})(?:\?\S*)?", re.IGNORECASE)
        provenance = data["provenance"]
        return cls(
            categories,
            image_file,
            _alternation(provenance["lines"], "provenance"),
            provenance["max_words"],
            citations.ReferenceVocab.from_headings(data["reference_headings"]),
            metadata.Vocabulary.load(),
        )

    def category(self, text: str) -> Category | None:
        """The furniture category of a line, or None."""
        line = normalize(text)
        if not line:
            return None
        words = len(line.split())
        opening = _BULLETS.sub("", text.replace("’", "'")).lower()  # "Tags:" keeps its colon
        for category in self.categories:
            if category.lines and category.lines.fullmatch(line):
                return category
            if category.max_words is not None and words > category.max_words:
                continue
            if category.starts and category.starts.match(opening):
                return category
            if category.phrases and category.phrases.search(line):
                return category
        return None

    def is_whole_line(self, text: str) -> bool:
        """Whether a category's `lines` names the whole line ("Share on Twitter", "Follow us")."""
        line = normalize(text)
        return any(category.lines and category.lines.fullmatch(line) for category in self.categories)

    def closing_category(self, text: str) -> Category | None:
        """The category whose `closing` phrases a line has: furniture if it follows the article."""
        line = normalize(text)
        for category in self.categories:
            too_long = category.max_words is not None and len(line.split()) > category.max_words
            if category.closing and not too_long and category.closing.search(line):
                return category
        return None

    def is_provenance(self, text: str) -> bool:
        line = normalize(text)
        return len(line.split()) <= self.provenance_max_words and bool(self.provenance.fullmatch(line))

    def is_byline_of_names(self, text: str) -> bool:
        """A line of person names and nothing else, as wire bylines are: 'Lin Wei, Thomas Hale'
        (not a line in capitals: metadata.bare_names)."""
        return bool(metadata.bare_names(text, self.names))


def _category(name: str, spec: dict) -> Category:
    if spec.get("tail") not in (None, "soft", "hard"):
        raise ValueError(f"furniture vocabulary, category {name!r}: tail must be soft or hard, not {spec['tail']!r}")
    return Category(
        name,
        _alternation(spec.get("lines"), name),
        _alternation(spec.get("starts"), name),
        _alternation(spec.get("phrases"), name),
        spec.get("max_words"),
        spec.get("tail"),
        _alternation(spec.get("closing"), name),
    )


def _alternation(patterns: list[str] | None, where: str) -> re.Pattern | None:
    if not patterns:
        return None
    for pattern in patterns:
        try:
            re.compile(pattern)
        except re.error as error:
            raise ValueError(f"furniture vocabulary, {where!r}: bad pattern {pattern!r}: {error}") from None
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


@lru_cache(maxsize=None)
def default_furniture() -> Furniture:
    return Furniture.from_vocab(load_vocab("furniture"))


# --- paragraphs ----------------------------------------------------------------


@dataclass
class Paragraph:
    lines: list[tuple[int, str]]  # (line number, line without surrounding spaces)
    block: int  # paragraphs of one block are not separated by blank lines
    cls: str = SHORT
    reason: str | None = None  # why it goes; None while it may stay
    furniture: bool = False  # bad by its own features: no context can bring it back
    self_good: bool = False  # prose by its own features
    heading: bool = False  # title-like: may stay if prose follows
    menu_like: bool = False
    protected: str | None = None  # reference | provenance | list | turn
    tail: str | None = None  # soft | hard: an end-of-article marker
    rule: bool = False  # a line of dashes or "=": the plain-text <hr>, no paragraph of the page

    @property
    def text(self) -> str:
        return " ".join(line for _, line in self.lines)

    def remove(self, reason: str, furniture: bool = True) -> None:
        self.cls, self.reason, self.furniture = BAD, reason, furniture

    def protect(self, why: str) -> None:
        """Kept whatever its features and its neighbours say (a reference list, a list, a turn)."""
        self.cls, self.reason, self.furniture, self.protected, self.tail = KEEP, None, False, why, None

    @property
    def named_furniture(self) -> bool:
        """Removed because the furniture vocabulary names it: nothing protects it."""
        return (self.reason or "").startswith("vocab:")

    @property
    def kept(self) -> bool:
        return self.cls in (GOOD, KEEP)


#: A rule: a line of dashes, "=", underscores, asterisks or box-drawing strokes ("-----",
#: "=====", "* * *", "+------+"), which plain-text e-mails draw around a box or between items.
RULE_LINE = re.compile(r"(?:[-=_*~+#\u2500-\u257f][ \t]?){3,}")


def split_paragraphs(raw: str, config: CleanConfig) -> list[Paragraph]:
    """One paragraph per line, except that hard-wrapped lines are joined back. A speaker's
    label opens a paragraph: in a printed hearing's record a turn follows the last line of the
    one before it ("... ordered by the PBoC." / "Chair Smith. When?"). A table's row laid out with
    spaces is a line of its own, however long the row before it. A rule line is what an
    <hr> is to a page: it separates blocks as a blank line does, and is no paragraph whose class
    its neighbours may take (a newsletter's box neither drags the item after it out nor joins it)."""
    lines = raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    width = _wrap_width(lines, config)
    turns = turn_lines(lines) if width else set()
    paragraphs: list[Paragraph] = []
    block, previous = 0, ""
    for number, line in enumerate(lines, 1):
        line = line.strip()
        if not line or RULE_LINE.fullmatch(line):
            block += 1
            previous = ""
            if line:
                paragraphs.append(Paragraph([(number, line)], block, rule=True))
                block += 1
            continue
        if width and previous and len(previous) >= 0.75 * width and not _BULLETS.match(line) \
                and not _opens_section(previous, line, width) and number - 1 not in turns \
                and not spaced_row(previous) and not spaced_row(line):
            paragraphs[-1].lines.append((number, line))
        else:
            paragraphs.append(Paragraph([(number, line)], block))
        previous = line
    return paragraphs


def _opens_section(previous: str, line: str, width: int) -> bool:
    """A short line without a full stop after a finished sentence is a heading, not the end
    of a wrapped paragraph ("... for repeat offences." / "3. Incentives"); a footnote's marker
    may follow the stop ("... without collateral.[2]")."""
    previous = re.sub(rf"(?:{FOOTNOTE_MARKER})+$", "", previous) or previous
    return previous[-1] in ".!?" and len(line) < 0.75 * width and line[-1] not in ".!?;:,"


def _wrap_width(lines: list[str], config: CleanConfig) -> int | None:
    """The width of a hard-wrapped text (most lines end near it), or None. The width is that of
    the longest lines but a few (a URL, a table row) that run past it."""
    lengths = sorted(len(line.strip()) for line in lines if line.strip() and not RULE_LINE.fullmatch(line.strip()))
    if len(lengths) < 5:
        return None
    width = lengths[len(lengths) * 9 // 10]
    if config.hard_wrapped:
        return width
    if width > config.wrap_max_width:
        return None
    full = sum(length >= 0.75 * width for length in lengths)
    return width if full >= 0.5 * len(lengths) else None


def unwrap(raw: str, config: CleanConfig | None = None) -> str:
    """The text with the lines of a hard-wrapped text (a PDF's, an e-mail's) joined back into
    their paragraphs, one paragraph a line; other text as it was. A line break inside a
    sentence would end the sentence, and split a name across it ("the State\nAdministration")."""
    paragraphs = split_paragraphs(raw, config or CleanConfig())
    parts, block = [], None
    for p in paragraphs:
        if block is not None:
            parts.append("\n" if p.block == block else "\n\n")
        parts.append(p.text)
        block = p.block
    return "".join(parts)


# --- features --------------------------------------------------------------------


def link_density(text: str) -> float:
    links = sum(len(m.group()) for m in citations.URL.finditer(text))
    emails = sum(len(m.group()) for m in re.finditer(r"\S+@\S+\.\w+", text))
    return (links + emails) / max(len(text), 1)


def letter_ratio(text: str) -> float:
    visible = [c for c in text if not c.isspace()]
    return sum(c.isalpha() for c in visible) / len(visible) if visible else 0.0




_SLUG = re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+){3,}")


def describe(p: Paragraph, furniture: Furniture, config: CleanConfig) -> None:
    """Classify a paragraph by its own features (step 2)."""
    text = p.text
    if p.rule:
        p.remove("rule")
        return
    words = _WORD.findall(text)
    sentence = bool(_SENTENCE_END.search(text))
    p.heading = (
        len(words) <= config.heading_max_words and len(text) <= config.heading_max_chars
        and not text.endswith(".") and (text[0].isupper() or text[0].isdigit() or text[0] in "\"“‘'")
    )
    capitals = [w for w in words if w[0].isupper()]
    p.menu_like = (
        0 < len(words) <= config.menu_max_words and not sentence
        and len(capitals) >= 0.8 * len([w for w in words if len(w) > 3 or w[0].isupper()])
    )
    category = furniture.category(text)
    if furniture.is_provenance(text):
        p.cls, p.protected = KEEP, "provenance"
        p.tail = category.tail if category else None  # an author box after the article
        return
    if category:
        p.remove(f"vocab:{category.name}")
        p.tail = category.tail
    elif furniture.image_file.fullmatch(text) or _SLUG.fullmatch(text):
        p.remove("image-file-name")
    elif metadata.is_menu_bar(text, config.menu_max_words):
        p.remove("menu-bar")
    elif letter_ratio(text) < config.min_letter_ratio and not _is_numeric_sentence(words, text, config):
        p.remove("few-letters")
    elif link_density(text) > config.max_link_density:
        p.remove("link-dense")
    elif len(text) < config.length_low:
        # A short full sentence (an article's one-line last paragraph, a quote) is doubtful
        # rather than short: one prose neighbour keeps it.
        full_sentence = sentence and len(words) >= config.sentence_min_words and not p.menu_like
        p.cls = NEARGOOD if full_sentence and stopword_density(text) >= config.stopwords_high else SHORT
    else:
        density = stopword_density(text)
        if density >= config.stopwords_high:
            p.cls = GOOD if len(text) > config.length_high else NEARGOOD
            p.self_good = p.cls == GOOD
        elif density >= config.stopwords_low:
            p.cls = NEARGOOD
        elif (sentence or _is_bulleted_figure(text)) and len(words) >= config.sentence_min_words \
                and not p.menu_like:
            # A full sentence dense with names and numbers ("Shares of Tencent fell 1.4% in Hong
            # Kong, lagging the Hang Seng index, which slipped 0.3%."), or a list item stating a
            # figure ("• 6.2 million: rail tickets refused since 2013 (the court)"), is news, not
            # furniture: it stays beside prose on either side, as a near-good paragraph does.
            p.cls = NEARGOOD
        else:
            p.remove("stopword-poor", furniture=False)


def _is_numeric_sentence(words: list[str], text: str, config: CleanConfig) -> bool:
    """A sentence dense with numbers: a notice's entry ("1. Wang Mou (male, born 1981, ID No.
    330102198103******). Case No.: (2023) Zhe 0102 Zhi No. 1234. Amount owed: RMB 486,200.")
    has fewer letters than digits and marks, but its words make it a statement, not a counter
    or a separator line."""
    return len(words) >= config.dense_sentence_min_words and bool(_FULL_SENTENCE.search(text))


def _is_bulleted_figure(text: str) -> bool:
    """A list item that states a figure: a bullet, then a number among its words."""
    return bool(_BULLETS.match(text)) and any(c.isdigit() for c in text)


def protect_reference_lists(paragraphs: list[Paragraph], furniture: Furniture) -> None:
    """A reference heading and the entries after it stay, though they look like furniture."""
    for i, p in enumerate(paragraphs):
        if not citations.is_reference_heading(p.text, furniture.references):
            continue
        entries = []
        for q in paragraphs[i + 1:]:
            if q.named_furniture or not citations.looks_like_entry(q.text):
                break
            entries.append(q)
        if entries:
            for q in [p, *entries]:
                q.protect("reference")


#: A line that opens with a list item's bullet, number or letter: "(2) AA, from 1,050 ...", "3. ...", "- ...", "-- ...".
_LIST_ITEM = re.compile(rf"^\s*(?:{DOUBLED_DASH}|[{re.escape(''.join(sorted(LIST_BULLETS)))}]|{LIST_ENUMERATOR.pattern.strip('^$')})\s+", re.I)


def protect_colon_lists(paragraphs: list[Paragraph]) -> None:
    """A lead-in that ends with a colon and the list items after it stay ("Residents are
    classified into six grades according to their scores:" / "(2) AA, from 1,050 to 1,099
    points;"): a notice's or a report's list is terse, poor in stopwords and rich in numbers,
    and read item by item the boilerplate rules took it for a menu. An item the furniture
    vocabulary names ("- Share on WeChat") ends the list."""
    for i, p in enumerate(paragraphs):
        if not p.text.endswith(":") or p.named_furniture or p.menu_like:
            continue
        items = []
        for q in paragraphs[i + 1:]:
            if not _LIST_ITEM.match(q.text) or q.named_furniture or q.menu_like or q.rule or link_density(q.text) > 0:
                break
            items.append(q)
        if len(items) >= 2:
            for q in [p, *items]:
                if not q.protected:
                    q.protect("list")


def protect_timelines(paragraphs: list[Paragraph]) -> None:
    """A timeline (two entries and more in a row, each a date, a dash or a colon and its event:
    `timeline_entry`) and the heading right above it stay: an explainer's "Key dates" box is terse
    and short-lined, and read line by line the boilerplate rules took it for a menu."""
    i = 0
    while i < len(paragraphs):
        run = []
        for q in paragraphs[i:]:
            if q.named_furniture or timeline_entry(q.text, 0) is None:
                break
            run.append(q)
        if len(run) >= 2:
            heading = paragraphs[i - 1] if i and paragraphs[i - 1].heading and not paragraphs[i - 1].named_furniture \
                else None
            for q in [heading, *run] if heading is not None else run:
                if not q.protected:
                    q.protect("timeline")
        i += max(len(run), 1)


def protect_infoboxes(paragraphs: list[Paragraph], raw: str) -> None:
    """An encyclopedia's infobox (rows of a label and a value, "Founded<TAB>January 2015": extract/infobox.py)
    stays: terse and short-lined, read row by row the boilerplate rules took it for a menu."""
    from extract.infobox import infobox_lines  # the infobox's claims build on the actors, which build on this module

    rows = {number + 1 for number in infobox_lines(raw.replace("\r\n", "\n").replace("\r", "\n"))}
    for p in paragraphs:
        if all(number in rows for number, _ in p.lines) and not p.named_furniture and not p.protected:
            p.protect("infobox")


def protect_turns(paragraphs: list[Paragraph], raw: str) -> None:
    """What a speaker says in a transcript's or an interview's turn stays, however short or
    terse ("PRIYA RAMAN: The trains thing is the court list, exactly."); an ad read the
    furniture vocabulary names still goes. A transcript's list of participants stays too: it says whom
    each speaker speaks for (extract/turns.py `participants`)."""
    lines = raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    opening = {number + 1 for number in turn_lines(lines) | participant_lines(lines)}
    for p in paragraphs:
        if p.lines[0][0] in opening and not p.named_furniture and not p.protected:
            p.protect("turn")


def mark_repeats(paragraphs: list[Paragraph], config: CleanConfig) -> None:
    """Short lines that the page repeats are site furniture ("Back to top", the site's name);
    a sentence repeated inside a longer paragraph is a pull quote."""
    counts: dict[str, int] = {}
    for p in paragraphs:
        counts[normalize(p.text)] = counts.get(normalize(p.text), 0) + 1
    for p in paragraphs:
        if p.protected or p.furniture:
            continue
        key = normalize(p.text)
        if counts[key] > 1 and len(p.text) < config.length_low and not _SENTENCE_END.search(p.text):
            p.remove("repeated")
    _mark_pull_quotes(paragraphs, config)


def _mark_pull_quotes(paragraphs: list[Paragraph], config: CleanConfig) -> None:
    texts = [re.sub(r"\s+", " ", p.text) for p in paragraphs]
    page = "\n".join(texts)
    for i, p in enumerate(paragraphs):
        if p.protected or p.furniture or len(texts[i]) < config.pull_quote_min_chars:
            continue
        if page.count(texts[i]) < 2:  # quick test before looking for where
            continue
        for j, other in enumerate(texts):
            if j == i or paragraphs[j].furniture:
                continue
            longer = len(other) > len(texts[i]) and texts[i] in other
            if longer or (other == texts[i] and j < i):
                p.remove("pull-quote" if longer else "repeated-paragraph")
                break


def mark_widgets(paragraphs: list[Paragraph], config: CleanConfig) -> None:
    """Runs of short lines in one block, at least half furniture or menu items, are widgets
    (step 3). In a capture without blank lines, the whole capture is one block."""
    blank_lines = len({p.block for p in paragraphs}) > 1
    run: list[Paragraph] = []
    for p in [*paragraphs, None]:
        member = p is not None and p.protected != "reference" and not p.rule and len(p.text) < config.length_low
        if member and run and blank_lines and p.block != run[-1].block:
            _judge_run(run, config)
            run = []
        if member:
            run.append(p)
        else:
            _judge_run(run, config)
            run = []


def _judge_run(run: list[Paragraph], config: CleanConfig) -> None:
    if len(run) < config.min_widget_lines:
        return
    # A dateline is short and menu-like, but it is the article's, not the widget's.
    suspicious = sum(p.furniture or (p.menu_like and not p.protected) for p in run)
    if 2 * suspicious >= len(run):
        for p in run:  # full sentences among them are left to the context
            if not p.protected and not p.furniture and p.cls != NEARGOOD:
                p.remove("widget")


def _neighbour(paragraphs: list[Paragraph], i: int, step: int, ignore_neargood: bool) -> str:
    """The class of the nearest decided paragraph before (step -1) or after (step 1): jusText's."""
    i += step
    while 0 <= i < len(paragraphs):
        cls = paragraphs[i].cls
        if paragraphs[i].rule:
            pass  # a rule separates; it decides nothing
        elif cls in (GOOD, BAD) or (cls == NEARGOOD and not ignore_neargood):
            return cls
        i += step
    return BAD


def resolve_by_context(paragraphs: list[Paragraph]) -> None:
    """Short paragraphs, then near-good ones, take the class their neighbours suggest (step 4)."""
    decided = {}
    for i, p in enumerate(paragraphs):
        if p.cls != SHORT:
            continue
        before, after = _neighbour(paragraphs, i, -1, True), _neighbour(paragraphs, i, 1, True)
        if before == after:
            decided[i] = before
        elif before == BAD and _neighbour(paragraphs, i, -1, False) == NEARGOOD:
            decided[i] = GOOD
        elif after == BAD and _neighbour(paragraphs, i, 1, False) == NEARGOOD:
            decided[i] = GOOD
        else:
            decided[i] = BAD
    for i, cls in decided.items():
        paragraphs[i].cls = cls
    for i, p in enumerate(paragraphs):
        if p.cls == NEARGOOD:
            around = (_neighbour(paragraphs, i, -1, True), _neighbour(paragraphs, i, 1, True))
            p.cls = BAD if around == (BAD, BAD) else GOOD
    for p in paragraphs:
        if p.cls == BAD and not p.reason:
            p.reason = "context"


def restore_headings(paragraphs: list[Paragraph], config: CleanConfig, furniture: Furniture) -> None:
    """A title-like line that context removed stays when the next paragraph past the byline
    block is prose (step 5). The byline block is what a page sets between a headline and its
    article: furniture, bylines and datelines, a line of bare names. Prose means prose by
    context, so of two title-like lines before the prose (a section label, then the title)
    only the second stays. A line that a byline or dateline follows is the headline: it stays
    when any article text follows the block (a "Key points" box, a first short paragraph),
    unless that text is a headline with a byline of its own (then ours is the site's name)."""
    prose = [p.cls == GOOD and len(p.text) >= config.length_low for p in paragraphs]
    for i in reversed(range(len(paragraphs))):  # last first: a restored box heading is article text
        p = paragraphs[i]
        standfirst = _is_standfirst(paragraphs, i, config)
        if not ((p.heading or standfirst) and p.cls == BAD and not p.furniture):
            continue
        after, bylined = _past_byline_block(paragraphs, i + 1, furniture)
        if after is None:
            continue
        headline = bylined and paragraphs[after].cls == GOOD and not _past_byline_block(paragraphs, after + 1, furniture)[1]
        if (prose[after] or headline) and (p.heading or bylined):
            p.cls, p.reason = GOOD, None


def _is_standfirst(paragraphs: list[Paragraph], i: int, config: CleanConfig) -> bool:
    """A standfirst: the full sentences a page sets between the headline and the byline ("A tile
    dealer in Hunan owed a supplier money. Then the trains stopped taking him."). Context removes
    it (a title above, a byline below), but it is the article's own summary and states its claims;
    it stays when a byline block, then prose, follows it (see restore_headings)."""
    p = paragraphs[i]
    return (i > 0 and paragraphs[i - 1].heading and not p.heading
            and len(_WORD.findall(p.text)) >= config.sentence_min_words
            and bool(_FULL_SENTENCE.search(p.text)))


def _past_byline_block(paragraphs: list[Paragraph], start: int, furniture: Furniture) -> tuple[int | None, bool]:
    """The first paragraph from `start` on that is not furniture, a byline or a dateline, and
    whether a byline or dateline came before it."""
    bylined = False
    for j in range(start, len(paragraphs)):
        q = paragraphs[j]
        byline = _is_dated(q) or _is_byline_of_names(paragraphs, j, furniture)
        if not (byline or q.furniture or q.protected):
            return j, bylined
        bylined = bylined or byline
    return None, bylined


def _is_dated(p: Paragraph) -> bool:
    """A byline or dateline: 'By Jane Lin', 'JANUARY 15, 2020 / 9:14 AM / UPDATED 3 HOURS AGO'."""
    text = p.text
    short = len(text.split()) <= metadata.SHORT_LINE_WORDS and not text.endswith(".")
    return p.protected == "provenance" or (short and bool(metadata.find_dates(text)))


def _is_byline_of_names(paragraphs: list[Paragraph], i: int, furniture: Furniture) -> bool:
    """A line of bare names is a byline next to a dateline, as the metadata rules read it
    (alone, 'Inside Sesame Credit' has the same shape)."""
    if not furniture.is_byline_of_names(paragraphs[i].text):
        return False
    return any(_is_dated(paragraphs[j]) for j in (i - 1, i + 1) if 0 <= j < len(paragraphs))


def mark_closing_lines(paragraphs: list[Paragraph], furniture: Furniture) -> None:
    """From the article's last prose paragraph on, a line with a category's closing phrases
    (an author's bio: "Jane Doe is a reporter covering ...", itself prose: "... She has reported
    from Beijing since 2015") is that furniture, and may start the tail (step 6). Before it, the
    same words are an article sentence."""
    prose = [i for i, p in enumerate(paragraphs) if p.self_good and not p.furniture and not p.protected]
    for p in paragraphs[prose[-1] + (len(prose) == 1):] if prose else []:
        category = None if p.protected else furniture.closing_category(p.text)
        if category:
            p.remove(f"vocab:{category.name}")
            p.tail = category.tail


def cut_tail(paragraphs: list[Paragraph]) -> None:
    """Everything from the start of the tail goes, reference lists excepted (step 6)."""
    start = _tail_start(paragraphs)
    if start is None:
        return
    for p in paragraphs[start:]:
        if p.protected == "reference":
            continue
        if p.kept or not p.furniture:
            p.cls, p.reason, p.furniture = BAD, "tail", True


def _tail_start(paragraphs: list[Paragraph]) -> int | None:
    prose = [i for i, p in enumerate(paragraphs) if p.self_good and not p.furniture and not p.protected]
    if not prose:
        return None
    total = sum(len(paragraphs[i].text) for i in prose)
    before = 0  # prose characters before the paragraph
    for i, p in enumerate(paragraphs):
        if p.tail == "hard" and 2 * before >= total:
            return i
        before += len(p.text) if p.self_good and not p.furniture and not p.protected else 0
    return next((i for i in range(prose[-1] + 1, len(paragraphs))
                 if paragraphs[i].tail or paragraphs[i].reason == "widget"), None)


# --- the whole -----------------------------------------------------------------


def clean_capture(raw: str, config: CleanConfig | None = None, furniture: Furniture | None = None) -> CleanResult:
    """The article text of a captured web page, and the lines removed with the reason."""
    if not isinstance(raw, str):
        raise TypeError(
            f"clean_capture expects the decoded text of a capture (str), got {type(raw).__name__}; "
            "decode the file first (extract.readers)"
        )
    config = config or CleanConfig()
    furniture = furniture or default_furniture()
    paragraphs = split_paragraphs(raw, config)
    for p in paragraphs:
        describe(p, furniture, config)
    protect_reference_lists(paragraphs, furniture)
    protect_colon_lists(paragraphs)
    protect_timelines(paragraphs)
    protect_infoboxes(paragraphs, raw)
    protect_turns(paragraphs, raw)
    mark_repeats(paragraphs, config)
    mark_widgets(paragraphs, config)
    if not any(p.self_good for p in paragraphs):
        promote_sentence_paragraphs(paragraphs, config)
    if any(p.self_good for p in paragraphs):
        resolve_by_context(paragraphs)
        restore_headings(paragraphs, config, furniture)
        mark_closing_lines(paragraphs, furniture)
        cut_tail(paragraphs)
    else:
        # No article prose to anchor the context rules (a short note, a list): remove only
        # what is furniture by its own features.
        for p in paragraphs:
            if p.cls in (SHORT, NEARGOOD) or (p.cls == BAD and not p.furniture):
                p.cls, p.reason = GOOD, None
    return render(paragraphs)


def promote_sentence_paragraphs(paragraphs: list[Paragraph], config: CleanConfig) -> None:
    """A page without long paragraphs (wire stories write one or two sentences to a
    paragraph, a thread one post) anchors the context on its paragraphs of full, stopword-rich
    sentences; a post may close on an emoji or hashtags after its last sentence ("... does. 🧵")."""
    for p in paragraphs:
        if p.cls == NEARGOOD and len(p.text) >= config.length_low and _FULL_SENTENCE.search(p.text):
            p.cls, p.self_good = GOOD, True


def render(paragraphs: list[Paragraph]) -> CleanResult:
    text = "\n\n".join(p.text for p in paragraphs if p.kept)
    removed = [
        RemovedLine(number, line, p.reason or "context")
        for p in paragraphs if not p.kept
        for number, line in p.lines
    ]
    return CleanResult(text, removed)
