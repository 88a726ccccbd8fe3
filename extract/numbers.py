"""Numbers as writers write them: "over 520 million", "450,000,000", "twenty million",
"about $150", "56 percent", "£5bn", and as newsrooms abbreviate them: "5.7m people", "Rmb1.7tn",
"12pc", "40-odd" (extract/nlp.py splits the abbreviations off the number).

`NumberReader` reads the quantities of a sentence with the vocabulary of
corpus/vocab/numbers.yaml (number words, scale words, bound cues, currencies,
percent words, furniture). It knows nothing of what is counted: extract/figures.py
finds the counted noun and the metric. A sign glued to a number ("+5", "-50") marks it `signed`;
"six fifty" said aloud is 650.

Furniture (`is_furniture`): numbers that label, number or date the page rather than state a figure:
labels ("figure 1"), links, phone numbers, copyright years, a page's counters ("128 comments") and
reach ("viewed 2.3 million times", "A post shared more than 12,000 times claims"), numbers opening a
heading or a note ("3.3 Platforms as enforcers"; a sentence too when its neighbours number the lines
around it, "3.1 Foreign firms should ..." under "3. Recommendations") or a section or a list item
("1. Who is rated"), reading times ("About 7 minutes of reading", "Reading time: 6 minutes"), rates
of exchange ("RMB7.2960 to US$1.00", "US$1 = 7.15 yuan"), a statistic's level ("95% CI"), a
publication's price to its subscribers ("Subscribe: 12 issues for GBP 49"), a study's research grant
("funded by a grant of EUR 48,000 from the Hollins Trust"), a note's number in square brackets ("...
plane tickets [4]."), a street address ("offices at 1188 Century Avenue", `street_words`), bare years and
reporting periods' years ("Q3 2022 RMB").

Values are computed with `Decimal` so that "1.4 billion" is exactly 1400000000.0.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import Callable, Iterable
from decimal import Decimal, InvalidOperation

from spacy.tokens import Doc, Span, Token

DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")
#: A number glued to a currency before it or a scale or currency after it: "RMB1,000", "5bn",
#: "US$150", "500元".
GLUED = re.compile(
    r"^(?P<prefix>[^\d\s]*?)(?P<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?P<suffix>[^\d\s]*)$", re.I
)
#: A year, when it stands alone: read as a date, never as a figure.
YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")
#: The tens a units word may follow in one number ("sixty-one").
TENS = frozenset(Decimal(n) for n in range(20, 100, 10))
#: What separates a page's counters from the rest of their line ("by Tomas Varga | 7 comments").
SEGMENT_MARKS = ("\n", "|", "·", "•")
#: Signs glued to a number ("+5", "-50", "−5").
SIGNS = {"+": 1, "-": -1, "\u2212": -1}
#: Words after the low end of a range ("one to three years", "18-29").
RANGE_LINKS = ("to", "-", "–")
#: Telephone numbers and similar digit strings ("010-1234-5678", "+86 10 ...").
PHONE = re.compile(r"^\+?\d[\d\-\s().]{7,}\d$")
#: An author-year citation's words: "Zhang 2021", "Zhang and Li, 2021", "Creemers et al. 2018: 12".
AUTHOR_YEAR = re.compile(r"^[A-Z][\w'’\-]+(?:(?:,| and| &) [A-Z][\w'’\-]+)*(?: et al\.?)?,? (?:19|20)\d\d[a-z]?"
                         r"(?:[:,] ?(?:p\. ?)?\d+(?:[-–]\d+)?)?$")
#: A cited work's year in brackets after its author: "2018", "2018a".
CITED_YEAR = re.compile(r"(?:19|20)\d\d[a-z]?")


@dataclass
class Quantity:
    """A number found in a sentence, with what the surrounding words say about it."""

    start: int  # first token of the number (currency symbol included), doc index
    end: int  # one past its last token (scale, currency or percent word included)
    value: float
    bound: str = "exact"  # exact | approx | min | max
    cue_start: int | None = None  # first token of the bound cue, if any
    cue_end: int | None = None  # one past the last token of a bound suffix ("or more"), if any
    currency: str | None = None  # ISO 4217 code
    percent: bool = False
    has_scale: bool = False
    words: bool = False  # written in words ("eight"), not digits
    signed: bool = False  # written with its sign ("+5", "-50"): a change, as points lists give them

    @property
    def phrase_start(self) -> int:
        return self.cue_start if self.cue_start is not None else self.start

    @property
    def phrase_end(self) -> int:
        return self.cue_end if self.cue_end is not None else self.end


#: The sections numbers.yaml must have.
NUMBER_SECTIONS = ("number_words", "scale_words", "bounds", "currencies", "percent_words")


#: A line that opens with a note's or a heading's number: "2 Interview with ...", "3.3 Platforms as ...".
NUMBERED_LINE = re.compile(r"[ \t]*(?P<number>\d{1,3}(?:\.\d{1,2})?)[ \t]+(?P<word>[A-Z][a-z]*)")
#: A line that opens with a section's or a list item's number and a full stop: "1. Who is rated".
SECTION_NUMBER = re.compile(r"[ \t]*\d{1,2}\.[ \t]+[A-Z]")


def numbered_line(doc: Doc, at: int) -> re.Match | None:
    """The line starting at character `at` if it numbers a note or a heading: a bare number before a
    capitalised word, on a line that is no sentence (no finite verb: "30 Chinese cities joined the scheme
    in 2020" is one) or that stands in a run of numbered lines ("1 Estimates range from ...", "2 ...")."""
    text = doc_text(doc)
    match = NUMBERED_LINE.match(text, at)
    if match is None:
        return None
    start, words = line_at(text, at)
    line = doc.char_span(at, start + len(words), alignment_mode="contract")
    sentence = line is not None and any("Fin" in t.morph.get("VerbForm") for t in line)
    return match if not sentence or _in_numbered_run(text, at, match["number"]) else None


def _in_numbered_run(text: str, at: int, number: str) -> bool:
    """Whether a neighbour of the line at `at` opens with the number before or after its `number`; a
    subsection's ("3.1 Foreign firms should ...") also with its section's ("3. Recommendations")."""
    lines = [line.strip() for line in text[:at].split("\n")[-4:-1] + text[at:].split("\n")[1:4] if line.strip()]
    if "." in number:
        section, sub = number.split(".")
        neighbours = {f"{section}.{int(sub) - 1}", f"{section}.{int(sub) + 1}", f"{section}.", section}
    else:
        neighbours = {str(int(number) - 1), str(int(number) + 1)}
    return any(line.split(" ", 1)[0] in neighbours for line in lines)


class VocabularyError(ValueError):
    """A vocabulary file that cannot be used. `str()` is a one-line message for people."""


def load_checked_vocab(name: str, path: str | None, *sections: str) -> dict:
    """Vocabulary `name` (or the file at `path`), with a clear error when it is missing,
    unreadable, or lacks one of `sections`."""
    import yaml

    from extract.vocab import load_vocab

    where = path or f"corpus/vocab/{name}.yaml"
    try:
        vocab = load_vocab(name, path)
    except FileNotFoundError:
        raise VocabularyError(f"vocabulary file not found: {where}") from None
    except yaml.YAMLError as error:
        raise VocabularyError(f"{where}: not valid YAML ({str(error).splitlines()[0]})") from None
    if not isinstance(vocab, dict):
        raise VocabularyError(f"{where}: expected sections (a YAML mapping), found {type(vocab).__name__}")
    missing = [section for section in sections if section not in vocab]
    if missing:
        raise VocabularyError(f"{where}: missing section(s): {', '.join(missing)}")
    return vocab


def line_at(text: str, char: int) -> tuple[int, str]:
    """Where the line holding `char` starts, and the line."""
    start = text.rfind("\n", 0, char) + 1
    end = text.find("\n", char)
    return start, text[start: end if end >= 0 else len(text)]


def doc_text(doc: Doc) -> str:
    """The doc's text, built once: spaCy joins every token's text each time `doc.text` is read."""
    if "sckb_text" not in doc.user_data:
        doc.user_data["sckb_text"] = doc.text
    return doc.user_data["sckb_text"]


def cited_after_name(head: Token) -> bool:
    """A capitalised word followed by a year in brackets: "Creemers (2018)", "Liang et al. (2018)"."""
    doc = head.doc
    et_al = head.lower_ in ("al", "al.") or head.text == "." and head.i > 0 and doc[head.i - 1].lower_ == "al"
    return (head.is_title or et_al) and head.i + 3 < len(doc) and doc[head.i + 1].text == "(" \
        and CITED_YEAR.fullmatch(doc[head.i + 2].text) is not None and doc[head.i + 3].text in (")", ":", ",")


def cited_year(token: Token) -> bool:
    """Whether a year dates a cited work rather than an event: the year of an author cited with it
    ("Following Ahmed (2020), I argue ...") or of an author-year citation in brackets, one of several
    ("(Liang et al., 2018; Daum, 2021)"). A scholar's text cites works by year on every page."""
    doc = token.doc
    if token.i >= 2 and doc[token.i - 1].text == "(" and cited_after_name(doc[token.i - 2]):
        return True
    return in_citation(token)


def in_citation(token: Token) -> bool:
    """Whether a token is part of an author-year citation in brackets, alone or one of several
    ("(Creemers, 2018)", "(Liang et al., 2018; Daum 2021: 12)")."""
    doc, sent = token.doc, token.sent
    start = next((t.i for t in reversed(doc[sent.start:token.i]) if t.text in ("(", ";", ")")), None)
    end = next((t.i for t in doc[token.i:sent.end] if t.text in (")", ";", "(")), None)
    if start is None or end is None or doc[start].text == ")" or doc[end].text == "(" or end == token.i:
        return False
    return AUTHOR_YEAR.match(doc[start + 1:end].text) is not None


def norm(token: Token) -> str:
    """A token's text as vocabularies write it: lower case, straight apostrophes."""
    return token.lower_.replace("\u2019", "'")


def words_of(text: str, tokenize: Callable[[str], Iterable] | None = None) -> tuple[str, ...]:
    """A vocabulary entry as the tokenizer splits it ("the year's end" -> the, year, 's, end)."""
    if not isinstance(text, str):  # YAML reads a bare no, on, yes as booleans
        raise VocabularyError(f"vocabulary entry {text!r} is not a word: quote it in the YAML file")
    text = text.lower().replace("\u2019", "'")
    if tokenize is None:
        return tuple(text.split())
    return tuple(t.lower_ for t in tokenize(text))


def phrases(words, tokenize=None) -> list[tuple[str, ...]]:
    """Vocabulary entries as token tuples, longest first so the longest cue wins."""
    return sorted({words_of(w, tokenize) for w in words}, key=lambda p: (-len(p), p))


def _indexed(candidates, position: int) -> dict[str, list[tuple[str, ...]]]:
    """`candidates` grouped by their first (position 0) or last (-1) word, each group in the
    candidates' order (longest first). Matching runs at every token of every document, so each
    vocabulary is indexed once."""
    key = (id(candidates), position)
    cached = _INDEXES.get(key)
    if cached is None or cached[0] is not candidates:
        if len(_INDEXES) > 512:  # candidates built on the fly: do not keep them all
            _INDEXES.clear()
        index: dict[str, list[tuple[str, ...]]] = {}
        for phrase in candidates:
            if phrase:
                index.setdefault(phrase[position], []).append(phrase)
        cached = _INDEXES[key] = (candidates, index)
    return cached[1]


_INDEXES: dict[tuple, tuple] = {}


def _matches(doc: Doc, start: int, phrase: tuple[str, ...]) -> bool:
    return all(norm(doc[start + k]) == word for k, word in enumerate(phrase))


def match_before(doc: Doc, end: int, candidates, floor: int = 0) -> int | None:
    """Start of the longest phrase of `candidates` ending just before token `end`, if any."""
    if not floor < end <= len(doc):
        return None
    for phrase in _indexed(candidates, -1).get(norm(doc[end - 1]), ()):
        start = end - len(phrase)
        if start >= floor and _matches(doc, start, phrase):
            return start
    return None


def match_after(doc: Doc, start: int, candidates, ceiling: int | None = None) -> int | None:
    """End of the longest phrase of `candidates` starting at token `start`, if any."""
    ceiling = len(doc) if ceiling is None else ceiling
    if not 0 <= start < ceiling:
        return None
    for phrase in _indexed(candidates, 0).get(norm(doc[start]), ()):
        end = start + len(phrase)
        if end <= ceiling and _matches(doc, start, phrase):
            return end
    return None


def _share(value) -> Decimal:
    """A share from numbers.yaml as a percentage: 50, or a fraction of the whole ("2/3")."""
    if isinstance(value, str) and "/" in value:
        numerator, denominator = value.split("/")
        return Decimal(100) * Decimal(numerator) / Decimal(denominator)
    return Decimal(str(value))


def parse_digits(text: str) -> Decimal | None:
    if not DIGITS.match(text):
        return None
    try:
        return Decimal(text.replace(",", ""))
    except InvalidOperation:
        return None


def opens_range(doc: Doc, end: int, limit: int) -> bool:
    """Whether the number ending at token `end` is the low end of a range ("one to three years",
    "aged 18 to 29"), which runs on before token `limit`."""
    return end + 1 < limit and doc[end].lower_ in RANGE_LINKS and doc[end + 1].like_num


class NumberReader:
    """Reads quantities with the vocabulary of numbers.yaml (see that file for each part)."""

    def __init__(self, vocab: dict, tokenize=None):
        _phrases = lambda words: phrases(words, tokenize)  # noqa: E731
        self.number_words = {k.lower(): Decimal(str(v)) for k, v in vocab["number_words"].items()}
        self.scale_words = {k.lower(): Decimal(str(v)) for k, v in vocab["scale_words"].items()}
        self.scale_articles = {words_of(str(k), tokenize): Decimal(str(v)) for k, v in (vocab.get("scale_articles") or {}).items()}
        self.scale_article_phrases = sorted(self.scale_articles, key=lambda p: (-len(p), p))
        self.vague_words = {w.lower() for w in vocab.get("vague_words", [])}
        unit_articles = vocab.get("unit_articles") or {}
        self.unit_article_words = {w.lower() for w in unit_articles.get("words", [])}
        self.unit_article_nouns = {w.lower() for w in unit_articles.get("nouns", [])}
        self.unit_article_after = {w.lower() for w in unit_articles.get("after", [])}
        self.currency_scale_words = {k.lower(): Decimal(str(v)) for k, v in (vocab.get("currency_scale_words") or {}).items()}
        self.weak_numbers = {w.lower() for w in vocab.get("weak_numbers", [])}
        self.bound_cues = {b: _phrases(words) for b, words in vocab["bounds"].items()}
        self.bound_suffixes = {b: _phrases(words) for b, words in vocab.get("bound_suffixes", {}).items()}
        self.direction_cues = {words_of(cue, tokenize): {v.lower() for v in verbs}
                               for cue, verbs in (vocab.get("direction_cues") or {}).items()}
        self.currency_words: dict[tuple, str] = {}
        self.currency_symbols: dict[str, str] = {}
        for code, forms in vocab["currencies"].items():
            for word in forms.get("words", []):
                self.currency_words[words_of(word, tokenize)] = code
            for symbol in forms.get("symbols", []):
                self.currency_symbols[symbol.lower()] = code
        self.currency_phrases = sorted(self.currency_words, key=lambda p: (-len(p), p))
        self.percent_phrases = _phrases(vocab["percent_words"])
        fractions = vocab.get("fractions") or {}
        self.fractions = {words_of(str(k), tokenize): _share(v) for k, v in (fractions.get("words") or {}).items()}
        self.fraction_phrases = sorted(self.fractions, key=lambda p: (-len(p), p))
        self.fraction_of = {w.lower() for w in fractions.get("followed_by", [])}
        self.fraction_not_after = {w.lower() for w in fractions.get("not_after", [])}
        self.share_links = _phrases(fractions.get("links", []))
        self.rate_words = {w.lower() for w in vocab.get("rate_words", [])}
        self.time_point_words = _phrases(vocab.get("time_point_words", []))
        self.classifier_nouns = {w.lower() for w in vocab.get("classifier_nouns", [])}
        self.indefinite_subjects = {w.lower() for w in vocab.get("indefinite_subjects", [])}
        furniture = vocab.get("furniture", {})
        self.label_words = {words_of(w)[0] for w in furniture.get("label_words", [])}
        self.counter_nouns = {w.lower() for w in furniture.get("counter_nouns", [])}
        self.reach_verbs = {w.lower() for w in furniture.get("reach_verbs", [])}
        self.structure_nouns = {w.lower() for w in furniture.get("structure_nouns", [])}
        self.argument_nouns = {w.lower() for w in furniture.get("argument_nouns", [])}
        self.argument_verbs = {w.lower() for w in furniture.get("argument_verbs", [])}
        self.source_words = {w.lower() for w in furniture.get("source_words", [])}
        self.pointing_words = {w.lower() for w in furniture.get("pointing_words", [])}
        self.pointing_limit = float(furniture.get("pointing_limit", 0))
        self.copyright_marks = _phrases(furniture.get("copyright_marks", []))
        self.reference_cues = _phrases(furniture.get("reference_cues", []))
        self.period_marks = {w.lower() for w in furniture.get("period_marks", [])}
        self.street_words = {w.lower() for w in furniture.get("street_words", [])}
        reading_time = furniture.get("reading_time") or {}
        self.reading_units = {w.lower() for w in reading_time.get("units", [])}
        self.reading_words = {w.lower() for w in reading_time.get("words", [])}
        self.reading_labels = _phrases(reading_time.get("labels", []))
        exchange_rates = furniture.get("exchange_rates") or {}
        self.exchange_links = {w.lower() for w in exchange_rates.get("links", [])}
        self.exchange_units = {w.lower() for w in exchange_rates.get("units", [])}
        self.exchange_equals = {w.lower() for w in exchange_rates.get("equals", [])}
        self.statistic_words = {w.lower() for w in furniture.get("statistic_words", [])}
        self.subscription_words = {w.lower() for w in furniture.get("subscription_words", [])}
        self.offer_nouns = {w.lower() for w in furniture.get("offer_nouns", [])}
        self.grant_nouns = {w.lower() for w in furniture.get("grant_nouns", [])}
        self.funding_words = {w.lower() for w in furniture.get("funding_words", [])}
        time_frames = vocab.get("time_frames") or {}
        self.part_words = {w.lower() for w in time_frames.get("part_words", [])}
        self.lookback_words = {w.lower() for w in time_frames.get("lookback_words", [])}

    # -- single tokens -------------------------------------------------------------------

    def token_value(self, token: Token) -> tuple[Decimal, str | None, Decimal | None] | None:
        """(number, glued currency code, glued scale) of one token, or None."""
        lower = token.lower_
        if lower in self.number_words:
            return self.number_words[lower], None, None
        value = parse_digits(token.text)
        if value is not None:
            return value, None, None
        glued = GLUED.match(token.text)
        if not glued or not (glued["prefix"] or glued["suffix"]):
            return None
        prefix, suffix = glued["prefix"].lower(), glued["suffix"].lower()
        if prefix in SIGNS and not suffix:  # "+5", "-50"
            return SIGNS[prefix] * parse_digits(glued["number"]), None, None
        currency = self.currency_symbols.get(prefix) or self.currency_words.get((prefix,)) if prefix else None
        scale = self.scale_words.get(suffix) if suffix else None
        after = self.currency_words.get((suffix,)) if suffix and not prefix and scale is None else None  # "500元"
        if (prefix and not currency) or (suffix and scale is None and after is None):
            return None  # "2Till", "4th", "B2B": not a quantity
        currency = currency or after
        return parse_digits(glued["number"]), currency, scale

    def is_year(self, token: Token) -> bool:
        return bool(YEAR.match(token.text))

    # -- quantities in a sentence --------------------------------------------------------

    @cached_property
    def _opening_words(self) -> frozenset[str]:
        """The words a quantity can open with besides digits: number words, currency symbols
        and the first words of currency, fraction and "one in" phrases."""
        firsts = (phrase[0] for phrases in (self.currency_phrases, self.fraction_phrases)
                  for phrase in phrases if phrase)
        return frozenset((*self.number_words, *self.currency_symbols, *firsts))

    def could_open(self, token: Token) -> bool:
        """Whether a quantity may start at `token` (most tokens are quickly ruled out)."""
        return norm(token) in self._opening_words or any(c.isdigit() for c in token.text)

    def quantities(self, sent: Span, skip: set[int] = frozenset()) -> list[Quantity]:
        """Every quantity in `sent` whose tokens are not in `skip` (e.g. dates)."""
        doc, found, i = sent.doc, [], sent.start
        while i < sent.end:
            opens = i not in skip and self.could_open(doc[i])
            quantity = self._read_at(doc, i, sent, skip) if opens else None
            if quantity is None:
                i += 1
                continue
            found.append(quantity)
            i = quantity.end
        return found

    def _read_at(self, doc: Doc, i: int, sent: Span, skip) -> Quantity | None:
        fraction = self._fraction_at(doc, i, sent, skip)
        if fraction is not None:
            return fraction
        start = i
        currency = None
        symbol = doc[i].lower_
        if symbol in self.currency_symbols and i + 1 < sent.end:
            currency, i = self.currency_symbols[symbol], i + 1
        else:
            words_end = match_after(doc, i, self.currency_phrases, sent.end)
            if words_end is not None and words_end < sent.end and self.token_value(doc[words_end]):
                currency, i = self.currency_words[tuple(norm(t) for t in doc[i:words_end])], words_end
        if i in skip or self._glued_to_a_name(doc, i, sent):
            return None
        read, end = self.token_value(doc[i]), i + 1
        article = read is None
        if article:  # "a million", "half a billion"
            read, end = self._scale_article(doc, i, sent)
        if read is None and self._unit_article(doc, i, sent):
            read, end = (Decimal(1), None, None), i + 1  # "for a year"
        if read is None or i > sent.start and doc[i - 1].lower_ in self.vague_words:
            return None
        number, glued_currency, scale = read
        currency = currency or glued_currency
        words = article or doc[i].lower_ in self.number_words
        if words and number in TENS:  # "sixty-one", "twenty three": one number, not two
            after = end + int(end < sent.end and doc[end].text == "-")
            unit = self.number_words.get(doc[after].lower_) if after < sent.end else None
            if unit is not None and 0 < unit < 10:
                number, end = number + unit, after + 1
        if words and 0 < number < 10 and end < sent.end and self.number_words.get(doc[end].lower_) in TENS:
            number, end = number * 100 + self.number_words[doc[end].lower_], end + 1  # "six fifty" said for 650
        if words:
            number, end = self._spoken_fraction(doc, end, sent, number)
        has_scale = scale is not None
        value = number * (scale or 1)
        # "twenty million", "two hundred thousand": scale words multiply what came before.
        while end < sent.end and doc[end].lower_ in self.scale_words:
            value *= self.scale_words[doc[end].lower_]
            has_scale, end = True, end + 1
            value, end = self._and_units(doc, end, sent, value)
        if self._short_scale(doc, end, sent, currency):
            value *= self.currency_scale_words[doc[end].lower_]  # "$1.5m", "5.7m people"
            has_scale, end = True, end + 1
        if not currency:
            hyphen = int(end < sent.end and doc[end].text == "-")  # "a 1,000-yuan bonus"
            words_end = match_after(doc, end + hyphen, self.currency_phrases, sent.end)
            if words_end is not None:
                currency = self.currency_words[tuple(norm(t) for t in doc[end + hyphen : words_end])]
                end = words_end
        elif end < sent.end and (doc[end].lower_,) in self.currency_words:
            end += 1  # "$150 USD": a code after a symbol restates the currency
        percent = False
        percent_end = match_after(doc, end, self.percent_phrases, sent.end)
        if percent_end is not None and not currency:
            percent, end = True, percent_end
        signed = doc[i].text[:1] in SIGNS and doc[i].text[1:2].isdigit()
        quantity = Quantity(start, end, float(value), currency=currency, percent=percent,
                            has_scale=has_scale, words=words, signed=signed)
        self._read_bound(doc, quantity, sent)
        return quantity

    def _short_scale(self, doc: Doc, end: int, sent: Span, currency: str | None) -> bool:
        """Whether the token at `end` is a one-letter scale glued to the number before it: after a
        currency ("$1.5m"), or before what it counts, in the plural ("5.7m people", "300m of them");
        "a 5m wall" is a length."""
        if end >= sent.end or doc[end].lower_ not in self.currency_scale_words or doc[end - 1].whitespace_:
            return False
        if currency:
            return True
        after = doc[end + 1] if end + 1 < sent.end else None
        return after is not None and (after.tag_ in ("NNS", "NNPS") or after.lower_ == "of")

    def _scale_article(self, doc: Doc, i: int, sent: Span) -> tuple[tuple[Decimal, None, None] | None, int]:
        """ "a million", "half a billion": an article that stands for a number before a scale word;
        (number, no currency, no scale) and the index of the scale word."""
        end = match_after(doc, i, self.scale_article_phrases, sent.end)
        if end is None or end >= sent.end or doc[end].lower_ not in self.scale_words:
            return None, i + 1
        return (self.scale_articles[tuple(norm(t) for t in doc[i:end])], None, None), end

    def _unit_article(self, doc: Doc, i: int, sent: Span) -> bool:
        """ "for a year", "within a month", "at least a year": an article as one unit of time."""
        if doc[i].lower_ not in self.unit_article_words or i + 1 >= sent.end or i == sent.start:
            return False
        if doc[i + 1].lemma_.lower() not in self.unit_article_nouns or doc[i + 1].tag_ != "NN":
            return False
        after_cue = any(match_before(doc, i, phrases, sent.start) is not None for phrases in self.bound_cues.values())
        return doc[i - 1].lower_ in self.unit_article_after or after_cue

    def _spoken_fraction(self, doc: Doc, end: int, sent: Span, number: Decimal) -> tuple[Decimal, int]:
        """ "one point two million", "thirty-four and a half billion": the fraction of a number
        said aloud before its scale word (only there: "at one point two people left")."""
        digits, at = [], end
        if at < sent.end and doc[at].lower_ == "point":
            at += 1
            while at < sent.end and doc[at].lower_ in self.number_words and self.number_words[doc[at].lower_] < 10:
                digits.append(int(self.number_words[doc[at].lower_]))
                at += 1
            fraction = Decimal("0." + "".join(map(str, digits))) if digits else None
        elif at + 2 < sent.end and [t.lower_ for t in doc[at:at + 3]] == ["and", "a", "half"]:
            fraction, at = Decimal("0.5"), at + 3
        else:
            return number, end
        if fraction is None or at >= sent.end or doc[at].lower_ not in self.scale_words:
            return number, end
        return number + fraction, at

    def _and_units(self, doc: Doc, end: int, sent: Span, value: Decimal) -> tuple[Decimal, int]:
        """ "two hundred and fifty", "one thousand and twenty": a number word below a hundred
        joined by "and" to a scale word adds to it."""
        at = end + 1
        if not (at < sent.end and doc[end].lower_ == "and" and doc[at].lower_ in self.number_words):
            return value, end
        more = self.number_words[doc[at].lower_]
        if not 0 < more < 100:
            return value, end
        return value + more, at + 1

    def _glued_to_a_name(self, doc: Doc, i: int, sent: Span) -> bool:
        """ "5G", "4K": a number glued to a capital letter names a thing, it counts nothing."""
        after = doc[i + 1] if i + 1 < sent.end else None
        return after is not None and not doc[i].whitespace_ and after.is_upper and after.is_alpha \
            and after.lower_ not in self.scale_words and (after.lower_,) not in self.currency_words

    def _fraction_at(self, doc: Doc, i: int, sent: Span, skip) -> Quantity | None:
        """ "nearly half of", "a fifth of", "two-thirds of", "one in five", "three out of four": a
        share written as a fraction is a percentage (numbers.yaml, `fractions`). Only before
        "of" or as the subject of a verb ("only a quarter said"; "half price" is no share), and
        not after an ordinal ("the first half of 2020" is a time)."""
        if i > sent.start and doc[i - 1].lower_ in self.fraction_not_after:
            return None
        end, value = self._part_of_whole(doc, i, sent), None
        if end is not None:
            value = Decimal(100) * self._small_number(doc[i]) / self._small_number(doc[end - 1])
        else:
            end = match_after(doc, i, self.fraction_phrases, sent.end)
            if end is None or end >= sent.end \
                    or doc[end].lower_ not in self.fraction_of and doc[end].pos_ not in ("VERB", "AUX"):
                return None
            value = self.fractions[tuple(norm(t) for t in doc[i:end])]
        if any(j in skip for j in range(i, end)):
            return None
        quantity = Quantity(i, end, float(value), percent=True, words=True)
        self._read_bound(doc, quantity, sent)
        return quantity

    def _part_of_whole(self, doc: Doc, i: int, sent: Span) -> int | None:
        """The end of "one in five", "two in three", "three out of four" opening at token `i`:
        a whole number, a link and a larger whole number of no more than a thousand ("1 in 2019"
        is no share)."""
        part = self._small_number(doc[i])
        link = i + 1
        if part and link + 1 < sent.end and doc[link].pos_ == "NOUN" and doc[link + 1].lower_ in ("in", "out"):
            link += 1  # "one respondent in eight": the counted noun between
        link_end = match_after(doc, link, self.share_links, sent.end) if part else None
        if link_end is None or link_end >= sent.end:
            return None
        whole = self._small_number(doc[link_end])
        counts_a_noun = link > i + 1 and link_end + 1 < sent.end and doc[link_end + 1].pos_ == "NOUN"
        return link_end + 1 if whole and part < whole <= 1000 and not counts_a_noun else None  # not "two people in three provinces"

    def _small_number(self, token: Token) -> Decimal | None:
        """A whole number written as one token, with no currency or scale ("three", "10")."""
        read = self.token_value(token)
        if read is None or read[1] is not None or read[2] is not None or read[0] != int(read[0]) or read[0] < 1:
            return None
        return read[0]

    def _read_bound(self, doc: Doc, quantity: Quantity, sent: Span) -> None:
        for bound, phrases in self.bound_cues.items():
            cue = match_before(doc, quantity.start, phrases, sent.start)
            if cue is not None and self._direction(doc, cue, quantity.start, sent):
                continue
            if cue is not None and (quantity.cue_start is None or cue < quantity.cue_start):
                quantity.bound, quantity.cue_start = bound, cue
        for bound, phrases in self.bound_suffixes.items():
            end = match_after(doc, quantity.end, phrases, sent.end)
            if end is not None:  # a cue before the number says the bound ("some 40-odd"), both are the phrase
                quantity.cue_end = end
                quantity.bound = bound if quantity.cue_start is None else quantity.bound

    def _direction(self, doc: Doc, cue: int, end: int, sent: Span) -> bool:
        """ "went up to 712": a bound cue after a verb of motion says where the level went."""
        verbs = self.direction_cues.get(tuple(norm(t) for t in doc[cue:end]))
        return bool(verbs) and cue > sent.start and doc[cue - 1].lemma_.lower() in verbs

    # -- furniture ------------------------------------------------------------------------

    def is_furniture(self, quantity: Quantity, doc: Doc) -> bool:
        """A number that labels, numbers or dates the page rather than states a figure."""
        first = doc[quantity.start]
        if quantity.start > 0:
            before = doc[quantity.start - 1].lower_.rstrip(":")
            if before in self.label_words or before.rstrip(".") in self.label_words:
                return True
        if first.like_url or first.like_email or PHONE.match(first.text):
            return True
        if match_before(doc, quantity.start, self.copyright_marks) is not None:
            return True
        if self._counter_line(doc, quantity) or self._reach(doc, quantity) or self._line_number(doc, quantity) \
                or self._section_number(doc, quantity):
            return True
        if self._reading_time(doc, quantity) or self._exchange_rate(doc, quantity) or self._statistic(doc, quantity) \
                or self._subscription_offer(doc, quantity) or self._note_marker(doc, quantity) \
                or self._research_grant(doc, quantity) or self._street_address(doc, quantity):
            return True
        single = quantity.end - quantity.start == 1 and quantity.currency is None and not quantity.percent
        if single and self.is_year(first) and quantity.cue_start is None:
            return True
        # "Q3 2022 RMB", "FY 2023": a reporting period's year, whatever currency follows it
        return self.is_year(first) and quantity.start > 0 and doc[quantity.start - 1].lower_ in self.period_marks

    def _counter_line(self, doc: Doc, quantity: Quantity) -> bool:
        """ "128 comments", "17 upvotes · 4 replies", "by Tomas Varga | 7 comments": a page's
        counters, a number and a counter noun alone between line breaks or separators."""
        if quantity.end >= len(doc) or norm(doc[quantity.end]) not in self.counter_nouns:
            return False
        text, at = doc_text(doc), doc[quantity.start].idx
        start = max(text.rfind(mark, 0, at) for mark in SEGMENT_MARKS) + 1
        ends = [end for mark in SEGMENT_MARKS if (end := text.find(mark, at)) >= 0]
        segment = text[start:min(ends) if ends else len(text)]
        return all(word.lower() in self.counter_nouns for word in re.findall(r"[^\W\d_]+", segment))

    def _line_number(self, doc: Doc, quantity: Quantity) -> bool:
        """ "3.3 Platforms as enforcers", "4 Company statements collected by the authors": a bare number
        opening its line before a capitalised word numbers a heading or a note; not a line that is a
        sentence, with a finite verb ("30 Chinese cities joined the scheme in 2020")."""
        bare = quantity.end - quantity.start == 1 and quantity.cue_start is None and quantity.cue_end is None \
            and quantity.currency is None and not quantity.percent and not quantity.words
        if not bare or quantity.end >= len(doc) or not doc[quantity.end].is_title or not doc[quantity.end].is_alpha:
            return False
        text, at = doc_text(doc), doc[quantity.start].idx
        return not text[text.rfind("\n", 0, at) + 1 : at].strip() and numbered_line(doc, at) is not None

    def _section_number(self, doc: Doc, quantity: Quantity) -> bool:
        """ "1. Who is rated", "4. Obligations and deadlines": a number and a full stop opening a line
        before a capitalised word number a section or an item of a list; not the end of a sentence
        that a hard line break split ("... fell from five to\n3. The bureau said"), whose line
        before runs on in lower case or after a comma."""
        if quantity.end - quantity.start != 1 or quantity.cue_start is not None or quantity.words \
                or quantity.currency or quantity.percent or quantity.end + 1 >= len(doc):
            return False
        stop, word = doc[quantity.end], doc[quantity.end + 1]
        if stop.text != "." or doc[quantity.start].whitespace_ or not word.is_title or not word.is_alpha:
            return False
        text, at = doc_text(doc), doc[quantity.start].idx
        line_start = text.rfind("\n", 0, at) + 1
        if text[line_start:at].strip() or not SECTION_NUMBER.match(text, line_start):
            return False
        before = text[:line_start].rstrip()
        return not before or not (before[-1].islower() or before[-1] in ",;-")

    @staticmethod
    def _note_marker(doc: Doc, quantity: Quantity) -> bool:
        """ "blocked 34.6 million purchases [4]", "according to the administration [7]": a whole
        number alone in square brackets numbers a note or a source, as "[4]" glued to its word does."""
        return quantity.end - quantity.start == 1 and quantity.cue_start is None and quantity.currency is None \
            and not quantity.percent and 0 < quantity.start and quantity.end < len(doc) \
            and doc[quantity.start - 1].text == "[" and doc[quantity.end].text == "]" \
            and doc[quantity.start].text.isdigit()

    def _reading_time(self, doc: Doc, quantity: Quantity) -> bool:
        """ "About 7 minutes of reading", "a 5-minute read", "Reading time: 6 minutes": how long the
        text takes to read."""
        after = [t.lower_ for t in doc[quantity.end:quantity.end + 3] if t.lower_ not in ("-", "of")]
        if not after or after[0] not in self.reading_units:
            return False
        label_end = quantity.phrase_start - (quantity.phrase_start > 0 and doc[quantity.phrase_start - 1].text == ":")
        return len(after) >= 2 and after[1] in self.reading_words \
            or match_before(doc, label_end, self.reading_labels) is not None

    def _exchange_rate(self, doc: Doc, quantity: Quantity) -> bool:
        """ "at a rate of RMB7.2960 to US$1.00": a rate of exchange is the convenience of the reader,
        both its amounts (the one unit and the rate)."""
        if quantity.currency is None:
            return False
        words = [t.lower_ for t in doc[quantity.end:quantity.end + 2]]
        if words and words[0] in self.exchange_links and len(words) > 1 and words[1] in self.exchange_units:
            return True  # the rate, before the one unit it buys
        if quantity.value == 1 and words and words[0] in self.exchange_equals:
            return True  # "US$1 = 7.15 yuan": the one unit, before its rate
        before = doc[quantity.start - 1] if quantity.start > 0 else None
        if before is not None and before.lower_ in self.exchange_equals \
                and self._one_unit(doc[max(0, quantity.start - 3):quantity.start - 1]):
            return True  # the rate, after its one unit
        return quantity.value == 1 and before is not None and before.lower_ in self.exchange_links \
            and quantity.start > 1 and doc[quantity.start - 2].text[-1:].isdigit()  # the one unit, after its rate

    def _one_unit(self, tokens: Span) -> bool:
        """ "US$1", "1 US$", "one dollar": the number one and a currency, nothing else."""
        ones = [t for t in tokens if self.number_words.get(t.lower_) == 1 or parse_digits(t.text) == 1]
        currencies = [t for t in tokens if t.lower_ in self.currency_symbols or (t.lower_,) in self.currency_words]
        return len(ones) == 1 and len(currencies) == 1 and len(tokens) == 2

    def _statistic(self, doc: Doc, quantity: Quantity) -> bool:
        """ "95% CI 1.6-2.8", "the 95% confidence interval": a statistic's level, not a share."""
        return quantity.percent and quantity.end < len(doc) and doc[quantity.end].lower_ in self.statistic_words

    def _subscription_offer(self, doc: Doc, quantity: Quantity) -> bool:
        """ "Paid subscribers (€6 a month) also get the digest", "Subscribe: 12 issues for GBP 49": what
        the publication charges its readers, an amount or a count of its issues near a word of
        subscribing (`subscription_words`)."""
        offer = quantity.currency is not None or quantity.end < len(doc) \
            and doc[quantity.end].lemma_.lower() in self.offer_nouns
        return offer and any(t.lemma_.lower() in self.subscription_words or t.lower_ in self.subscription_words
                             for t in doc[quantity.start].sent)

    #: The most capitalised words of a street's name between its number and its kind ("1188 Century Avenue").
    STREET_NAME_WORDS = 3

    def _street_address(self, doc: Doc, quantity: Quantity) -> bool:
        """ "Our principal executive offices are located at 1188 Century Avenue": a bare number before a
        street's capitalised name and its kind (`street_words`) is its address."""
        bare = quantity.currency is None and not quantity.percent and quantity.cue_end is None \
            and quantity.end - quantity.start == 1
        i = quantity.end
        while bare and i < len(doc) and i - quantity.end <= self.STREET_NAME_WORDS and doc[i].is_title:
            if doc[i].lower_ in self.street_words and i > quantity.end:
                return True
            i += 1
        return False

    def _research_grant(self, doc: Doc, quantity: Quantity) -> bool:
        """ "The survey was funded by a grant of EUR 48,000 from the Hollins Trust": the amount of a
        grant (`grant_nouns`: "a grant of", "a EUR 48,000 grant") by which something is funded
        (`funding_words`), the study's acknowledgement; not "a start-up grant of 50,000 yuan funded
        by the city", a perk."""
        if quantity.currency is None:
            return False
        start = quantity.phrase_start
        if start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lemma_.lower() in self.grant_nouns:
            grant = doc[start - 2]
        elif quantity.end < len(doc) and doc[quantity.end].lemma_.lower() in self.grant_nouns:
            grant = doc[quantity.end]
        else:
            return False
        by, verb = grant.head, grant.head.head
        return grant.dep_ == "pobj" and by.lower_ == "by" and (
            verb.lemma_.lower() in self.funding_words or verb.lower_ in self.funding_words)

    def _reach(self, doc: Doc, quantity: Quantity) -> bool:
        """ "viewed 2.3 million times", "shared more than 40,000 times": a post's reach (`reach_verbs`)."""
        if quantity.end >= len(doc) or doc[quantity.end].lower_ != "times":
            return False
        verb = doc[quantity.end].head
        if verb.pos_ == "VERB" and verb.lemma_.lower() in self.reach_verbs:
            return True
        # "A post shared more than 12,000 times claims that ...": the parser may hang "times" on a
        # word after it; the participle right before the count still says what was counted
        before = doc[quantity.phrase_start - 1] if quantity.phrase_start > 0 else None
        return before is not None and before.tag_ in ("VBN", "VBD") and before.lemma_.lower() in self.reach_verbs

    def is_weak(self, quantity: Quantity, doc: Doc) -> bool:
        """"one" as a determiner: "one local complained", "one of the eight companies";
        not the low end of a range ("one to three years"), nor before a long unit of time ("after
        one year": `unit_articles` nouns)."""
        end = quantity.end
        unit_of_time = end < len(doc) and doc[end].lemma_.lower() in self.unit_article_nouns  # "after one year"
        return (
            quantity.end - quantity.start == 1
            and doc[quantity.start].lower_ in self.weak_numbers
            and quantity.cue_start is None
            and not opens_range(doc, end, len(doc))
            and not unit_of_time
        )

    def is_reference_entry(self, sent: Span) -> bool:
        """A reference-list entry ("... Retrieved May 3, 2017"): no claim comes from it."""
        words = [norm(t) for t in sent]
        by_first_word = _indexed(self.reference_cues, 0)
        return any(tuple(words[i : i + len(cue)]) == cue
                   for i, word in enumerate(words) for cue in by_first_word.get(word, ()))
