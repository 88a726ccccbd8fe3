"""Citations: the works a document cites, from its reference list and its inline URLs.

Two kinds (see `Citation` in extract/document.py):

- ``reference``: an entry of a reference list, i.e. the lines after a heading such as
  "References", "Bibliography", "Works cited", "Sources" or "Notes" (the headings are data:
  `reference_headings` in corpus/vocab/furniture.yaml). Each entry is parsed for its
  authors, title, publication date, retrieval date ("Retrieved May 3, 2017"), URL or DOI.
  APA ("Renshaw, D. (2017). Title."), MLA ("Botsman, Rachel. “Title.” Wired, 21 Oct. 2017")
  and numbered ("[1] R. Creemers, “Title,” 2018") styles are understood.
- ``inline-url``: a URL in the running text, such as "(www.chinanews.com)". Any
  ``http(s)://``, ``www.`` or ``doi:`` address counts, parenthesised or not, because a URL in
  an article points at a source either way. A bare domain ("chinanews.com") counts only as a
  whole parenthetical: in running prose "Yesky.com" or "Amazon.com" names a company.

The input is the cleaned text (`extract.clean.clean_capture`); every citation satisfies
``text[c.start:c.end] == c.text``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit, urlunsplit

from dateutil.parser import parserinfo
from spacy.language import Language
from spacy.tokens import Doc

from extract.document import Citation
from extract.numbers import doc_text
from extract.vocab import load_vocab

# --- dates -----------------------------------------------------------------

#: English month names and abbreviations -> month number (dateutil's own table).
MONTHS = {name.lower(): number for number, names in enumerate(parserinfo.MONTHS, 1) for name in names}
_MONTH = r"(?:%s)\.?" % "|".join(sorted(MONTHS, key=len, reverse=True))
_YEAR = r"(?:1[89]|20)\d\d"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
#: "May 3, 2017" | "3 May 2017" | "21 Oct. 2017" | "2017-05-03" | "May 2018" | "2018, May 3" | "2018"
DATE = re.compile(
    rf"(?P<md>(?P<m1>{_MONTH})\s+(?P<d1>{_DAY}),?\s+(?P<y1>{_YEAR}))"
    rf"|(?P<dm>(?P<d2>{_DAY})\s+(?P<m2>{_MONTH}),?\s+(?P<y2>{_YEAR}))"
    rf"|(?P<iso>(?P<y3>{_YEAR})-(?P<m3>\d\d)-(?P<d3>\d\d))"
    rf"|(?P<ym>(?P<y4>{_YEAR}),\s+(?P<m4>{_MONTH})(?:\s+(?P<d4>{_DAY}))?)"
    rf"|(?P<my>(?P<m5>{_MONTH})\s+(?P<y5>{_YEAR}))"
    rf"|(?P<y>\b(?P<y6>{_YEAR})[a-z]?\b)",
    re.IGNORECASE,
)


def parse_date(match: re.Match) -> str:
    """The ISO date (or prefix: year, year-month) of a `DATE` match."""
    groups = match.groupdict()
    for year_key, month_key, day_key in (("y1", "m1", "d1"), ("y2", "m2", "d2"), ("y3", "m3", "d3"),
                                         ("y4", "m4", "d4"), ("y5", "m5", None), ("y6", None, None)):
        if groups.get(year_key):
            parts = [groups[year_key]]
            month = groups.get(month_key) if month_key else None
            if month:
                number = int(month) if month.isdigit() else MONTHS[month.lower().rstrip(".")]
                parts.append(f"{number:02d}")
                day = groups.get(day_key) if day_key else None
                if day:
                    parts.append(f"{int(re.match(r'[0-9]+', day).group()):02d}")
            return "-".join(parts)
    raise ValueError(f"not a date match: {match.group()!r}")


def first_date(text: str) -> str | None:
    """The most precise reading of the first date in `text`, or None."""
    match = DATE.search(text)
    return parse_date(match) if match else None


# --- URLs ------------------------------------------------------------------

URL = re.compile(r"(?:https?://|www\.)[^\s<>\"“”‘’]+", re.IGNORECASE)
DOI = re.compile(r"\b(?:doi:\s?|https?://(?:dx\.)?doi\.org/)?(?P<doi>10\.\d{4,9}/[^\s\"“”<>]+)", re.IGNORECASE)
#: A parenthetical that is only a domain name, with or without a path: "(chinanews.com/gn)".
BARE_DOMAIN = re.compile(r"(?<=\()(?:[a-z0-9-]+\.)+[a-z]{2,}(?:/[^\s()]*)?(?=\))", re.IGNORECASE)
#: Punctuation that ends a sentence or a parenthesis, not the URL before it.
URL_TRAILING = ".,;:!?'\"’”»]}"


def trim_url(url: str) -> str:
    """The URL without the sentence punctuation glued to its end; keeps balanced parentheses
    such as Wikipedia's ".../Sesame_Credit_(company)"."""
    while url:
        if url[-1] in URL_TRAILING:
            url = url[:-1]
        elif url[-1] == ")" and url.count(")") > url.count("("):
            url = url[:-1]
        else:
            break
    return url


def normalize_url(url: str) -> str:
    """A canonical form: a scheme (https when the text gives none), lower-case scheme and host."""
    url = trim_url(url.strip())
    if not re.match(r"[a-z][a-z0-9+.-]*://", url, re.IGNORECASE):
        url = "https://" + url
    parts = urlsplit(url)
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path, parts.query, parts.fragment))


# --- reference lists -------------------------------------------------------

_NUMBERING = re.compile(r"^\s*(?:\[\d{1,3}\]|\d{1,3}[.)])\s+(?=\S)")
_PAREN_YEAR = re.compile(rf"\(\s*(?:{_YEAR}[a-z]?(?:,[^)]{{0,20}})?|n\.\s?d\.)\s*\)")
#: Chicago author-date puts the year in a sentence of its own: "Creemers, Rogier. 2018. Title."
_YEAR_SENTENCE = re.compile(rf"(?<=\.)\s{_YEAR}[a-z]?\.(?=\s)")
_RETRIEVED = re.compile(rf"\b(?:retrieved|accessed|viewed)(?:\s+on)?:?\s+(?P<date>{DATE.pattern})", re.IGNORECASE)
_RETRIEVED_WORD = re.compile(r"\b(?:retrieved|accessed|available)\b(?:\s+(?:from|at|on))?:?", re.IGNORECASE)
_QUOTED = re.compile(r"[“\"](?P<title>[^”\"]{3,}?)[”\"]")

# Author names. Western: "Renshaw, D." / "Liang, F., Das, V., & Hussain, M. M." / "Botsman, Rachel".
_SURNAME = r"[A-Z][\w'’-]+(?:\s(?:van|von|de|der|den|da|di|du|le|la|del)\s[A-Z][\w'’-]+)?"
_INITIALS = r"(?:[A-Z]\.\s?(?:-?[A-Z]\.\s?){0,3})"
_GIVEN = r"[A-Z][a-z'’-]+(?:\s(?:[A-Z]\.|[A-Z][a-z'’-]+))?"
_INVERTED = rf"{_SURNAME},\s(?:{_INITIALS}|{_GIVEN})"
_NAME = rf"(?:{_INVERTED}|{_GIVEN}\s{_SURNAME})"  # the first author inverted, the others either way
_WESTERN_AUTHORS = rf"{_INVERTED}(?:,?\s(?:&\s|and\s)?{_NAME})*(?:,?\s(?:et\sal\.?))?"
# Chinese: "赵小燕, 黄慧" (two to four characters each, separated by commas).
_CJK_NAME = r"[\u4e00-\u9fff]{2,4}"
_CJK_AUTHORS = rf"{_CJK_NAME}(?:\s*[,，、]\s*{_CJK_NAME})*"
#: An author list opening an entry and closed by a full stop: "Renshaw, D. ..." / "赵小燕, 黄慧. ..."
LEADING_AUTHORS = re.compile(rf"^(?P<authors>{_WESTERN_AUTHORS}|{_CJK_AUTHORS})(?:(?<=\.)\s+|\.\s+|。)")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
#: A full stop that ends a title (not the stop of an initial such as "D.").
_SENTENCE_END = re.compile(r"(?<!\b[A-Z])[.?!](?=\s|$)|。")


#: Reference entries are lists of names and titles; prose has more stopwords than this.
ENTRY_MAX_STOPWORDS = 0.4


#: A wiki's link to edit a section, glued to its heading: "References[edit]", "Notes [edit source]".
EDIT_LINK = r"(?:\s*\[\s*edit(?:\s+source)?\s*\])"


@dataclass(frozen=True)
class ReferenceVocab:
    headings: re.Pattern

    @classmethod
    def from_headings(cls, headings: list[str]) -> "ReferenceVocab":
        """From the `reference_headings` patterns; "7. References:" is a heading too, and so is a wiki's
        "References[edit]", its section's edit link glued on."""
        pattern = r"(?:\d{1,2}\.?\s+)?(?:%s)\s*:?%s?" % ("|".join(f"(?:{h})" for h in headings), EDIT_LINK)
        return cls(re.compile(pattern, re.IGNORECASE))

    @classmethod
    def load(cls) -> "ReferenceVocab":
        return _default_reference_vocab()


@lru_cache(maxsize=None)
def _default_reference_vocab() -> ReferenceVocab:
    return ReferenceVocab.from_headings(load_vocab("furniture")["reference_headings"])


def is_reference_heading(line: str, vocab: ReferenceVocab | None = None) -> bool:
    """A line that only says "References", "Works cited", "7. Notes"..."""
    vocab = vocab or ReferenceVocab.load()
    return bool(vocab.headings.fullmatch(line.strip()))


def looks_like_entry(line: str) -> bool:
    """An entry of a reference list: it has the shape of a citation (numbering, a year in
    parentheses, a retrieval note, a URL or DOI, a leading author list, a quoted title) and
    is not prose (few stopwords)."""
    line = line.strip()
    if not line or len(line) > 600:
        return False
    if _NUMBERING.match(line):
        return True
    shaped = any(p.search(line) for p in (_PAREN_YEAR, _YEAR_SENTENCE, _RETRIEVED_WORD, URL, DOI, LEADING_AUTHORS)) or (
        _QUOTED.search(line) and DATE.search(line)
    )
    return bool(shaped) and stopword_density(line) < ENTRY_MAX_STOPWORDS


def stopword_density(text: str) -> float:
    """The share of English stopwords (spaCy's list) among the words: high in prose, low in
    titles, names, menus and reference entries."""
    from spacy.lang.en.stop_words import STOP_WORDS  # the language data only, not a model

    words = [w.lower().replace("’", "'") for w in _WORD.findall(text)]
    return sum(w in STOP_WORDS for w in words) / len(words) if words else 0.0


@dataclass(frozen=True)
class Line:
    text: str  # the line without surrounding spaces
    start: int  # its offsets in the document text
    end: int


def _lines(text: str) -> list[Line]:
    lines, offset = [], 0
    for raw in text.split("\n"):
        lead = len(raw) - len(raw.lstrip())
        stripped = raw.strip()
        lines.append(Line(stripped, offset + lead, offset + lead + len(stripped)))
        offset += len(raw) + 1
    return lines


def reference_lists(text: str, vocab: ReferenceVocab | None = None) -> list[list[Line]]:
    """The entries of each reference list in `text`: the lines after a reference heading that
    look like entries (blank lines between entries allowed), up to the first line that does not."""
    vocab = vocab or ReferenceVocab.load()
    lines = [line for line in _lines(text) if line.text]
    lists = []
    i = 0
    while i < len(lines):
        if is_reference_heading(lines[i].text, vocab):
            entries = []
            j = i + 1
            while j < len(lines) and looks_like_entry(lines[j].text) and not is_reference_heading(lines[j].text, vocab):
                entries.append(lines[j])
                j += 1
            if entries:
                lists.append(entries)
                i = j
                continue
        i += 1
    return lists


@Language.component("sckb_reference_claims")
def without_reference_claims(doc: Doc) -> Doc:
    """No claim comes from a reference list's entries, whichever component read one there: a
    cited headline's "4.3 million" and its "3 March 2022" are the cited work's, not this
    document's; nor from a correction's account of what an earlier version said (`retraction_cues`
    of furniture.yaml): the retracted text is no claim; nor from a claim a fact-check rates
    false (`verdict_cues`), or that the next sentence calls false ("... claims to show X. This is
    false.": `refutation_cues`), or that a report calls false ("a post falsely claims that X":
    `false_report_adverbs`); nor from a headline set in capitals (`capitals_share`): it repeats
    the item under it; nor from the author's bio ("Jane Doe is a senior fellow at ...": `author_bios`);
    nor from a myth a debunking post states to reject it ("Myth 2: Sesame Credit is part of the state
    system.": `labelled_false`)."""
    if not doc._.claims:
        return doc
    text = doc.text
    excluded = [(line.start, line.end) for entries in reference_lists(text) for line in entries]
    if _retraction().search(text):
        excluded += [(sent.start_char, sent.end_char) for sent in doc.sents if _retraction().search(sent.text)]
    excluded += [(sent.start_char, sent.end_char) for sent in doc.sents
                 if _in_capitals(sent.text) or _verdict().search(sent.text.strip())]
    excluded += refuted_sentences(doc) + falsely_reported(doc) + author_bios(doc) + labelled_false(doc)
    if excluded:
        # a claim's sentence or its own words: a clause a report calls false leaves the rest of its sentence
        doc._.claims = [claim for claim in doc._.claims
                        if not any(start <= claim.quote_start < end or start <= claim.phrase_start < end
                                   for start, end in excluded)]
    return doc


def refuted_sentences(doc: Doc) -> list[tuple[int, int]]:
    """ "A video shared online claims to show a score falling live. This is false.": a sentence
    the next one opens by calling false (`refutation_cues`) is what a fact-check rates, no claim of
    the document. Only within a paragraph: a refutation after a heading rates nothing above it."""
    spans, text = [], doc_text(doc)
    previous = None
    for sent in doc.sents:
        between = text[previous.start_char + len(previous.text.rstrip()):sent.start_char] if previous is not None else "\n"
        if "\n" not in between and _refutation().match(sent.text.strip()):
            spans.append((previous.start_char, previous.end_char))
        previous = sent
    return spans


def author_bios(doc: Doc) -> list[tuple[int, int]]:
    """ "Jane Doe is a senior fellow at the Atlantic Institute. She writes on Chinese law.": a
    paragraph that opens by naming one of the document's authors, a person, in the third person (a name of
    the byline, then a verb of `bio_verbs`) is the columnist's bio, page furniture under an op-ed or a
    blog post that the closing-line rule of extract/clean.py misses when a note follows it or the
    page was HTML. Where the author works is no claim of the article."""
    authors = [_HONORIFIC.sub("", name) for name in doc._.authors or []]
    authors = [name for name in authors if len(name.split()) >= 2]  # a name, not a desk or a handle
    if not authors:
        return []
    text = doc_text(doc)
    opening = re.compile(r"(?:%s)\s+(?:%s)\b" % ("|".join(re.escape(name) for name in authors),
                                                  "|".join(_bio_verbs())))
    bios = []
    for sent in doc.sents:
        body = _LEADING_LABEL.sub("", sent.text)
        if _opens_paragraph(text, sent.start_char) and opening.match(body) \
                and _names_a_person(doc, sent.start_char + len(sent.text) - len(body)):
            bios.append((sent.start_char, _paragraph_end(text, sent.start_char)))
    return bios


def _names_a_person(doc: Doc, start: int) -> bool:
    """Whether the actor named at `start` is a person: a company's "About Yunxin Credit Holdings Limited //
    Yunxin Credit Holdings Limited is a leading ..." under its own release is what the release claims."""
    from extract.actors import SPANS_KEY  # here: the actor finder imports the cleaner, which imports this module

    return any(m.start_char == start and m.label_ == "person" for m in doc.spans.get(SPANS_KEY, []))


#: A byline's title before the name, which the bio leaves out ("Dr. Jane Doe" is "Jane Doe is ...").
_HONORIFIC = re.compile(r"^(?:Dr|Prof|Professor|Mr|Mrs|Ms)\.?\s+")


def _opens_paragraph(text: str, start: int) -> bool:
    """Whether a sentence opens its line: only the first sentence of a paragraph can open a bio."""
    return not text[text.rfind("\n", 0, start) + 1:start].strip()


#: The most words of a label before a colon ("About the authors:", "Myth 2:").
LABEL_WORDS = 4
#: A label that may open a bio's line: "About the authors: Jane Doe is ...".
_LEADING_LABEL = re.compile(r"^(?:[^\s:]+ ){0,%d}[^\s:]+:\s+" % (LABEL_WORDS - 1))


def labelled_false(doc: Doc) -> list[tuple[int, int]]:
    """ "Myth 2: Sesame Credit is part of the state system.": a sentence that a label of falsehood
    (`FALSEHOODS` of extract/consequences.py: "Myth", "Misconception") opens before a colon is what a
    debunking post rejects; its "Reality:" that follows is the post's claim."""
    from extract.consequences import FALSEHOODS  # here: consequences imports what imports this module

    spans = []
    for sent in doc.sents:
        colon = next((t for t in sent[:LABEL_WORDS + 1] if t.text == ":"), None)
        if colon is not None and any(t.lemma_.lower() in FALSEHOODS for t in doc[sent.start:colon.i]):
            spans.append((sent.start_char, sent.end_char))
    return spans


def _paragraph_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end < 0 else end


@lru_cache(maxsize=None)
def _bio_verbs() -> tuple[str, ...]:
    return tuple(re.escape(verb) for verb in load_vocab("furniture").get("bio_verbs") or ["is"])


def falsely_reported(doc: Doc) -> list[tuple[int, int]]:
    """ "Post falsely claims China docks points for jaywalking", "a blogger wrongly said that ...": what
    a report its adverb calls false (`false_report_adverbs`) says is no claim; the words before the
    verb (who reported it, and when) still are."""
    adverbs, reporting = _false_reports()
    return [(content.left_edge.idx, content.right_edge.idx + len(content.right_edge))
            for adverb in doc if adverb.lower_ in adverbs and adverb.dep_ == "advmod"
            and adverb.head.lemma_.lower() in reporting
            # what it reports, not a clause joined to the report ("62 per cent believed, wrongly, that
            # X, and one in four said Y")
            for content in adverb.head.children if content.dep_ in ("ccomp", "xcomp", "dobj")]


def _in_capitals(text: str) -> bool:
    share, fewest = _capitals()
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= fewest and sum(c.isupper() for c in letters) >= share * len(letters)


@lru_cache(maxsize=None)
def _capitals() -> tuple[float, int]:
    """furniture.yaml's share of capitals that makes a line a headline, and the fewest letters it needs."""
    furniture = load_vocab("furniture")
    return float(furniture.get("capitals_share", 0.8)), int(furniture.get("capitals_min_letters", 12))


@lru_cache(maxsize=None)
def _retraction() -> re.Pattern:
    cues = load_vocab("furniture").get("retraction_cues") or []
    return re.compile("|".join(f"(?:{cue})" for cue in cues) or r"(?!)", re.IGNORECASE)


@lru_cache(maxsize=None)
def _false_reports() -> tuple[frozenset, frozenset]:
    """The adverbs that call a report false, and the verbs of reporting they must modify: "people wrongly
    blacklisted" were blacklisted all the same."""
    adverbs = frozenset(word.lower() for word in load_vocab("furniture").get("false_report_adverbs") or [])
    return adverbs, frozenset(word.lower() for word in load_vocab("attribution").get("reporting_verbs") or [])


@lru_cache(maxsize=None)
def _refutation() -> re.Pattern:
    cues = load_vocab("furniture").get("refutation_cues") or []
    return re.compile("|".join(f"(?:{cue})" for cue in cues) or r"(?!)", re.IGNORECASE)


@lru_cache(maxsize=None)
def _verdict() -> re.Pattern:
    cues = load_vocab("furniture").get("verdict_cues") or []
    return re.compile("(?:" + "|".join(f"(?:{cue})" for cue in cues) + r")$" if cues else r"(?!)", re.IGNORECASE)


def parse_reference(entry: Line) -> Citation:
    """A reference-list entry with its parts: authors, title, dates, URL."""
    body = _NUMBERING.sub("", entry.text)
    url = _entry_url(body)
    retrieved = _RETRIEVED.search(body)
    body = _before_locators(body)
    authors, title, rest = _authors_and_title(body)
    return Citation(
        text=entry.text,
        start=entry.start,
        end=entry.end,
        title=title or None,
        authors=authors or None,
        date=_publication_date(body, rest),
        url=url,
        kind="reference",
        retrieved=first_date(retrieved.group("date")) if retrieved else None,
    )


def _entry_url(body: str) -> str | None:
    url = URL.search(body)
    if url:
        return normalize_url(url.group())
    doi = DOI.search(body)
    return f"https://doi.org/{trim_url(doi.group('doi'))}" if doi else None


def _before_locators(body: str) -> str:
    """The entry up to its retrieval note, URL or DOI, which say where, not what."""
    cuts = [m.start() for m in (_RETRIEVED_WORD.search(body), URL.search(body), DOI.search(body)) if m]
    return body[: min(cuts)].rstrip(" .,;:") if cuts else body.rstrip(" .,;:")


def _authors_and_title(body: str) -> tuple[str, str, str]:
    """(authors, title, what follows the title) of an entry without its locators."""
    year = _PAREN_YEAR.search(body) or _YEAR_SENTENCE.search(body)
    quoted = _QUOTED.search(body, year.end() if year else 0)
    if year:  # APA: Authors (2018). Title. Source.  Chicago: Authors. 2018. “Title.” Source.
        if quoted and not body[year.end():quoted.start()].strip(" ."):
            title, rest = quoted.group("title").strip(" .,"), body[quoted.end():]
        else:
            title, rest = _first_sentence(body[year.end():].lstrip(" ."))
        return _author_list(body[: year.start()]), title, rest
    if quoted:  # MLA / IEEE: Authors. “Title.” Source, date.
        return _author_list(body[: quoted.start()]), quoted.group("title").strip(" .,"), body[quoted.end():]
    authors = LEADING_AUTHORS.match(body)
    if authors:  # Authors. Title. Source.
        title, rest = _first_sentence(body[authors.end():])
        return _author_list(authors.group("authors")), title, rest
    title, rest = _first_sentence(body)
    return "", title, rest


def _author_list(text: str) -> str:
    """The authors as written, without the full stop that closes the list (an initial keeps
    its own: "Renshaw, D.")."""
    text = text.strip(" ,;")
    if text.endswith(".") and not re.search(r"\b[A-Z]\.$", text):
        text = text[:-1]
    return text


def _first_sentence(text: str) -> tuple[str, str]:
    end = _SENTENCE_END.search(text)
    if not end:
        return text.strip(" .,"), ""
    keep = end.end() if text[end.start()] in "?!" else end.start()
    return text[:keep].strip(" ,"), text[end.end():]


def _publication_date(body: str, after_title: str) -> str | None:
    year = _PAREN_YEAR.search(body) or _YEAR_SENTENCE.search(body)
    if year:
        return first_date(year.group().strip("(). "))
    return first_date(after_title)


# --- inline URLs -----------------------------------------------------------


def inline_urls(text: str, skip: list[tuple[int, int]] = ()) -> list[Citation]:
    """URLs in the running text, outside the spans in `skip` (the reference lists)."""
    found: dict[int, Citation] = {}
    for pattern in (URL, DOI, BARE_DOMAIN):
        for match in pattern.finditer(text):
            raw = trim_url(match.group())
            start, end = match.start(), match.start() + len(raw)
            if any(a <= start < b for a, b in skip) or any(c.start <= start < c.end for c in found.values()):
                continue
            url = f"https://doi.org/{trim_url(match.group('doi'))}" if pattern is DOI else normalize_url(raw)
            found[start] = Citation(text=raw, start=start, end=end, url=url, kind="inline-url")
    return [found[start] for start in sorted(found)]


def find_citations(text: str) -> list[Citation]:
    """Every citation of `text`: reference-list entries and inline URLs, in text order."""
    if not isinstance(text, str):
        raise TypeError(f"find_citations expects the document text (str), got {type(text).__name__}")
    lists = reference_lists(text)
    references = [parse_reference(entry) for entries in lists for entry in entries]
    spans = [(entry.start, entry.end) for entries in lists for entry in entries]
    citations = references + inline_urls(text, spans)
    return sorted(citations, key=lambda c: (c.start, c.end))
