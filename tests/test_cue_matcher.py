"""The cue matcher (extract/cue_matcher.py) finds exactly what spaCy's Matcher finds."""
import pytest
import yaml
from spacy.matcher import Matcher

from extract.cue_matcher import CueMatcher
from extract.nlp import analyse
from extract.readers import read_source
from extract.settings import Settings

from conftest import CORPUS, SOURCES

#: Patterns of the shapes the vocabularies use, and of those they could: an optional or negated
#: first word, a word that repeats at will or within bounds, a regular expression, a flag.
SHAPES = {
    "list": [[{"LEMMA": {"IN": ["penalty", "sanction"]}}, {"IS_PUNCT": True, "OP": "?"}, {"LOWER": "such"},
              {"LOWER": "as"}]],
    "barred": [[{"LEMMA": {"IN": ["bar", "ban", "block"]}}, {"POS": {"IN": ["PRON", "NOUN", "DET", "ADJ"]}, "OP": "*"},
                {"LOWER": "from"}]],
    "within": [[{"LEMMA": "benefit"}, {"IS_PUNCT": False, "OP": "{0,8}"}, {"ORTH": ":"}]],
    "words": [[{"LEMMA": {"IN": ["put", "place", "add"]}}, {"IS_PUNCT": False, "OP": "+"},
               {"LOWER": {"IN": ["on", "to"]}}, {"LEMMA": "blacklist"}]],
    "optional first": [[{"LOWER": "not", "OP": "?"}, {"LEMMA": "allow"}, {"LOWER": "to"}]],
    "negated": [[{"LOWER": "the", "OP": "!"}, {"LEMMA": "list"}]],
    "ending optional": [[{"LOWER": "deposit"}, {"ORTH": "-", "OP": "?"}, {"LOWER": "free", "OP": "?"}]],
    "regex": [[{"LOWER": {"IN": ["rated", "graded"]}}, {"TEXT": {"REGEX": "^A{1,3}[+]?$"}}]],
    "number": [[{"LOWER": "with"}, {"LOWER": {"IN": ["at", "more"]}, "OP": "?"}, {"LIKE_NUM": True},
                {"LEMMA": "point"}]],
    "by part of speech": [[{"POS": "ADJ"}, {"LEMMA": "score"}]],
}

TEXT = """Debtors face penalties, such as travel bans. The rules bar poor people from flights and block
them from hotels. Benefits of a good score: free rides, deposit-free rentals.
The court may put a debtor on blacklists. People are not allowed to leave; they are allowed to stay.
A list, the list and a new list.
Residents rated AAA or graded A+ with at least 600 points, or with 20 points, enjoy a deposit - free bike and a
high score. Pay the deposit"""


def both_matches(nlp, patterns: dict, doc) -> tuple[list, list]:
    """What spaCy's Matcher finds (once each, in text order), and what the cue matcher finds."""
    matcher, cues = Matcher(nlp.vocab), CueMatcher(nlp.vocab)
    for key, shapes in patterns.items():
        matcher.add(key, shapes)
        cues.add(key, shapes)
    return sorted(set(matcher(doc)), key=lambda m: (m[1], m[2], m[0])), cues(doc)


def test_same_matches_as_the_matcher_for_every_shape(nlp):
    doc = analyse(nlp, TEXT)
    for name, shapes in SHAPES.items():
        expected, found = both_matches(nlp, {name: shapes}, doc)
        assert found == expected and expected, name
    expected, found = both_matches(nlp, SHAPES, doc)
    assert found == expected


@pytest.fixture(scope="module")
def seed_docs(nlp):
    return {path.name: analyse(nlp, read_source(path, CORPUS, Settings.from_env()).text)
            for path in sorted(SOURCES.iterdir())}


@pytest.mark.parametrize("vocabulary", ["perks", "penalties"])
def test_same_matches_as_the_matcher_on_the_seeds(nlp, seed_docs, vocabulary):
    vocab = yaml.safe_load((CORPUS / "vocab" / f"{vocabulary}.yaml").read_text())
    patterns = {f"cue{n}": cue["patterns"] for n, cue in enumerate(vocab["cues"])}
    if vocab.get("conditions"):
        patterns["condition"] = vocab["conditions"]
    matched = 0
    for name, doc in seed_docs.items():
        expected, found = both_matches(nlp, patterns, doc)
        assert found == expected, name
        matched += len(found)
    assert matched > 10


def test_an_empty_doc_has_no_matches(nlp):
    cues = CueMatcher(nlp.vocab)
    cues.add("list", SHAPES["list"])
    assert cues(nlp.make_doc("")) == []


def test_bad_patterns_raise_the_matchers_errors(nlp):
    with pytest.raises(ValueError):
        CueMatcher(nlp.vocab).add("bad", [[{"LOWER": "x", "OP": "{3,1}"}]])
