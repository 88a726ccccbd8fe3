"""spaCy's Matcher, run only where a pattern can match.

The Matcher tries every pattern at every token: with the eighty-odd cue patterns of
corpus/vocab/perks.yaml and penalties.yaml, that cost as much as the rest of the perk and
penalty component. But a pattern can only start at a token its first word accepts ("barred",
"deposit-free"), and a match cannot run past a token that none of its words accepts. A
`CueMatcher` finds those places with plain word tests (`WORD_TESTS`, read from the patterns) and
runs each pattern's own Matcher on that stretch of text only.

Where a word test cannot tell (an attribute it does not read, a regular expression, a negated
word "!"), it lets the token through, so the matches are exactly the Matcher's: the same
(match id, start, end) triples, in text order. A pattern that may start with an optional word
runs on the whole document.
"""
from __future__ import annotations

from spacy.attrs import LEMMA, LOWER, ORTH
from spacy.matcher import Matcher
from spacy.tokens import Doc

#: Pattern keys the word tests read, and the token attribute each compares.
WORD_TESTS = {"ORTH": "orth_", "TEXT": "orth_", "LOWER": "lower_", "LEMMA": "lemma_", "POS": "pos_", "TAG": "tag_",
              "IS_PUNCT": "is_punct", "LIKE_NUM": "like_num"}
#: Attributes whose values are flags, not strings.
FLAGS = {"is_punct", "like_num"}
#: The attributes a pattern's first word is looked up by, with their spaCy ids (for `Doc.to_array`).
LOOKUPS = {"lower_": LOWER, "lemma_": LEMMA, "orth_": ORTH}
#: Quantifiers under which a pattern word may match no token.
OPTIONAL = ("?", "*", "!", "{0", "{,")


def _word_tests(word: dict) -> list[tuple[str, bool, frozenset]]:
    """(attribute, wanted inside, values) tests a token must pass for the pattern word to accept
    it: the equalities, IN and NOT_IN of the attributes of `WORD_TESTS`; none for a negated word."""
    word = {str(key).upper(): value for key, value in word.items()}
    if str(word.get("OP", "1")) == "!":
        return []
    tests = []
    for key, wanted in word.items():
        attribute = WORD_TESTS.get(key)
        if attribute is None:
            continue
        kind = bool if attribute in FLAGS else str
        if isinstance(wanted, kind):
            tests.append((attribute, True, frozenset([wanted])))
        elif isinstance(wanted, dict):
            for predicate, inside in (("IN", True), ("NOT_IN", False)):
                values = wanted.get(predicate)
                if isinstance(values, list) and all(isinstance(v, kind) for v in values):
                    tests.append((attribute, inside, frozenset(values)))
    return tests


def _passes(tests, token) -> bool:
    return all((getattr(token, attribute) in values) == inside for attribute, inside, values in tests)


def _longest(pattern: list[dict]) -> int | None:
    """The most tokens a match of the pattern can have; None when a word may repeat at will."""
    total = 0
    for word in pattern:
        op = str({str(k).upper(): v for k, v in word.items()}.get("OP", "1"))
        if op in ("*", "+") or op.endswith(",}"):
            return None
        total += int(op.strip("{}").split(",")[-1]) if op.startswith("{") else 1
    return total


class _Pattern:
    """One pattern, with its own Matcher and the word tests of its words."""

    def __init__(self, vocab, key: str, pattern: list[dict]):
        self.matcher = Matcher(vocab)
        self.matcher.add(key, [pattern])
        first = {str(k).upper(): v for k, v in pattern[0].items()}
        self.anywhere = str(first.get("OP", "1")).startswith(OPTIONAL)
        self.first = _word_tests(pattern[0])
        self.words = [_word_tests(word) for word in pattern]
        self.longest = _longest(pattern)

    def end(self, doc: Doc, start: int) -> int:
        """Where a match starting at `start` must end by: its longest length, else the first
        token none of its words accepts."""
        if self.longest is not None:
            return min(len(doc), start + self.longest)
        end = start + 1
        while end < len(doc) and any(_passes(tests, doc[end]) for tests in self.words):
            end += 1
        return end

    def matches_at(self, doc: Doc, start: int) -> list[tuple[int, int, int]]:
        """The pattern's matches that start at token `start`."""
        if not _passes(self.first, doc[start]):
            return []
        found = self.matcher(doc[start:self.end(doc, start)])
        return [(key, start, start + end) for key, first, end in found if first == 0]


class CueMatcher:
    """A drop-in for spaCy's `Matcher` (`add(key, patterns)`, then call it on a Doc) that runs
    each pattern only where it can start (see the module docstring)."""

    def __init__(self, vocab):
        self.vocab = vocab
        self.checked = Matcher(vocab)  # every pattern: spaCy's checks of the patterns and of the doc's annotation
        self.anywhere = Matcher(vocab)  # the patterns that may start with an optional word: run on the whole doc
        self.patterns: list[_Pattern] = []
        self.starts = {attribute: {} for attribute in LOOKUPS}  # attribute -> value id -> pattern numbers
        self.unindexed: list[int] = []  # patterns whose first word has no value to look up: tried at every token

    def add(self, key: str, patterns: list[list[dict]]) -> None:
        self.checked.add(key, patterns)  # raises spaCy's own errors for a bad pattern
        for pattern in patterns:
            compiled = _Pattern(self.vocab, key, pattern)
            if compiled.anywhere:
                self.anywhere.add(key, [pattern])
                continue
            number = len(self.patterns)
            self.patterns.append(compiled)
            lookup = next(((a, values) for a, inside, values in compiled.first if inside and a in LOOKUPS), None)
            if lookup is None:
                self.unindexed.append(number)
                continue
            attribute, values = lookup
            for value in values:
                self.starts[attribute].setdefault(self.vocab.strings.add(value), []).append(number)

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        self.checked(doc[0:0])  # raises where the doc lacks the annotation the patterns read, as the Matcher does
        found = set(self.anywhere(doc)) if len(self.anywhere) else set()
        for start, numbers in self._starts(doc).items():
            for number in numbers:
                found.update(self.patterns[number].matches_at(doc, start))
        return sorted(found, key=lambda match: (match[1], match[2], match[0]))

    def _starts(self, doc: Doc) -> dict[int, list[int]]:
        """Token -> the patterns whose first word's value is the token's (looked up on the doc's
        arrays of word ids, not token by token)."""
        starts: dict[int, list[int]] = {i: list(self.unindexed) for i in range(len(doc))} if self.unindexed else {}
        if not len(doc):
            return starts
        columns = doc.to_array([LOOKUPS[attribute] for attribute in self.starts]).T.tolist()
        for column, index in zip(columns, self.starts.values()):
            for i, value in enumerate(column):
                if value in index:
                    starts.setdefault(i, []).extend(index[value])
        return starts
