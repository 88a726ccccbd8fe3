"""Score extracted claims against the hand-checked gold claims (`sckb evaluate`).

The gold lives in corpus/annotations/gold.jsonl (format: corpus/annotations/README.md).
`load_gold` reads and checks it; `score` compares a list of extracted claims with it and
returns an `EvaluationReport`.

How an extracted claim matches a gold claim
-------------------------------------------
Both sides are compared as text, never by character offsets: offsets depend on how a
source was cleaned, the words do not. Before any comparison, text is normalised
(Unicode NFKC, curly quotes and apostrophes made straight, dashes made "-", runs of
whitespace made one space).

1. Same source and same kind. The gold names a file ("aleteia.txt"); an extracted
   claim carries its path relative to the corpus ("sources/aleteia.txt"): only the file
   name is compared. The claims of every record of a citation export ("refs.ris#2") are
   the file's ("refs.ris"), matched against the file's gold: a gold quote lies in one record.
2. Same place: the extracted quote contains the gold phrase, or the gold quote contains
   the extracted phrase; and the two quotes are the same sentence (one holds the other,
   since sentence splitting may differ, or they share at least half their content words,
   since cleaning may change a few). A phrase like "In 2015" found in another sentence
   of the document does not count.
3. Same content, by kind:
   - figure: the values agree within a relative tolerance (default 1e-6);
   - date: the dates are the same string ("2018-05" does not match "2018-05-01"); a gold
     date of null (a relative date the text cannot resolve) wants a null date;
   - perk, penalty: the objects share enough content words (Jaccard of the words left
     after dropping English stop words and folding -s/-ed/-ing, default >= 0.5), or the
     two phrases overlap inside the sentence (one occurs in the other's quote at a place
     that intersects it);
   - relation: the same subject, predicate and object, after names are made canonical
     with the gazetteer (corpus/actors.yaml) and inverse predicates are turned around
     (A owns B is B owned_by A; every `inverse` name of corpus/vocab/relations.yaml). With
     `MatchRules(broader_predicates=True)` an extracted predicate that is broader than the
     gold's (relations.yaml `broader`: affiliated_with for works_for) matches too; off by
     default, since the broader claim says less;
   - any other kind: the same predicate.
4. One to one, greedily: among all pairs that match, the pairs whose phrases overlap
   most are taken first; each gold claim and each extracted claim is used at most once.

Extracted claims from sources the gold does not cover are left out of the scores (and
counted in the report). On the matched pairs the report also measures:
- subject accuracy per kind: the canonical subject names agree (gold subjects left null
  are not counted; relations are left out since their subject is part of the match);
- attribution accuracy: on pairs where the gold credits someone (`attributed_to`), the
  extracted claim credits the same (canonical) name.
The pairs each accuracy counts wrong are listed (`subject_mismatches`,
`attribution_mismatches`), so that a person can see what to fix.
"""
from __future__ import annotations

import json
import math
import re
import sqlite3
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import Iterable

from spacy.lang.en.stop_words import STOP_WORDS

from extract.actors import Gazetteer
from extract.claims import BOUNDS, KINDS
from extract.document import SourceError, source_file
from extract.readers import read_source
from extract.readers.decode import decode
from extract.readers.sniff import is_pdf
from extract.relations import PredicateHierarchy
from extract.settings import Settings
from extract.vocab import load_vocab

#: Every gold record has these keys (null where they do not apply).
GOLD_KEYS = ("as_of", "attributed_to", "bound", "date", "kind", "object", "phrase", "predicate",
             "quote", "source", "subject", "unit", "value")
#: Keys a gold record may have besides: the words of an unresolved date, the annotator's note.
GOLD_OPTIONAL_KEYS = ("date_text", "note")
#: Relation predicates stated the other way round: (A, owns, B) is (B, owned_by, A). The
#: relations vocabulary (corpus/vocab/relations.yaml, `inverse`) adds its own.
INVERSE_PREDICATES = {"owns": "owned_by"}

ISO_PREFIX = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
_QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "“": '"', "”": '"',
                         "„": '"', "‟": '"', "″": '"', "–": "-", "—": "-", "‐": "-", "‑": "-",
                         "‒": "-", "―": "-"})


class GoldError(ValueError):
    """A gold file that cannot be used: one line per problem, each naming file and line."""

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


# ------------------------------------------------------------------------- gold file


def gold_path(corpus: str | Path) -> Path:
    """Where a corpus keeps its gold claims."""
    return Path(corpus) / "annotations" / "gold.jsonl"


def load_gold(path: str | Path, sources_dir: str | Path | None = None) -> list[dict]:
    """The gold claims of `path`, checked: every record has the gold keys, a known kind,
    the fields its kind needs, and a quote found in its source file (`_as_copied`: a PDF's
    line breaks and ligatures aside, verbatim) (in
    `sources_dir`, by default the `sources/` folder next to `annotations/`).
    Raises GoldError listing every problem as "FILE:LINE: problem"."""
    path = Path(path)
    if not path.is_file():
        raise GoldError([f"{path}: no such gold file"])
    sources_dir = Path(sources_dir) if sources_dir else path.parent.parent / "sources"
    texts: dict[str, str | None] = {}  # source -> its text as a quote may be copied from it
    records, problems = [], []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            problems.append(f"{where}: not valid JSON ({error.msg}, column {error.colno})")
            continue
        if not isinstance(record, dict):
            problems.append(f"{where}: a gold claim must be a JSON object")
            continue
        found = _record_problems(record) or _provenance_problems(record, sources_dir, texts)
        problems.extend(f"{where}: {problem}" for problem in found)
        if not found:
            records.append(record)
    if problems:
        raise GoldError(problems)
    return records


def _record_problems(record: dict) -> list[str]:
    problems = []
    missing = [key for key in GOLD_KEYS if key not in record]
    if missing:
        problems.append(f"missing key(s) {', '.join(missing)}")
    unknown = sorted(set(record) - set(GOLD_KEYS) - set(GOLD_OPTIONAL_KEYS))
    if unknown:
        problems.append(f"unknown key(s) {', '.join(unknown)} (a typo?)")
    if problems:
        return problems
    for key in ("source", "quote", "phrase", "predicate"):
        if not isinstance(record[key], str) or not record[key].strip():
            problems.append(f"{key} must be a non-empty string")
    kind = record["kind"]
    if kind not in KINDS:
        problems.append(f"kind {kind!r} is not one of {', '.join(KINDS)}")
    if record["bound"] is not None and record["bound"] not in BOUNDS:
        problems.append(f"bound {record['bound']!r} is not one of {', '.join(BOUNDS)}")
    for key in ("date", "as_of"):
        if record[key] is not None and not (isinstance(record[key], str) and ISO_PREFIX.match(record[key])):
            problems.append(f"{key} {record[key]!r} is not an ISO date or prefix (2018, 2018-05, 2018-05-01)")
    if kind == "figure" and (not isinstance(record["value"], (int, float)) or isinstance(record["value"], bool)):
        problems.append("a figure needs a numeric value")
    if kind == "figure" and not record["unit"]:
        problems.append("a figure needs a unit")
    if kind == "date" and record["date"] is None and not record.get("date_text"):
        problems.append("a date claim needs a date, or date_text when the text's date cannot be resolved")
    if kind in ("perk", "penalty", "relation") and not record["object"]:
        problems.append(f"a {kind} needs an object")
    if kind == "relation" and not record["subject"]:
        problems.append("a relation needs a subject")
    return problems


def _provenance_problems(record: dict, sources_dir: Path, texts: dict) -> list[str]:
    source = record["source"]
    if source not in texts:  # each source read and normalised once, not once a record
        text = _source_text(sources_dir / source_file(source))
        texts[source] = _as_copied(text) if text is not None else None
    text = texts[source]
    if text is None:
        return [f"source {source!r} is not a file in {sources_dir}"]
    if _as_copied(record["quote"]) not in text:
        return [f"quote not found verbatim in {source}: {_clip(record['quote'])!r}"]
    if record["phrase"] not in record["quote"]:
        return [f"phrase {_clip(record['phrase'])!r} is not part of its quote"]
    return []


def _as_copied(text: str) -> str:
    """Text as a quote may be copied from it: a PDF's ligatures as letters (NFKC) and every run
    of whitespace one space (line breaks kept or dropped); quotes, dashes and the rest verbatim."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def _source_text(file: Path) -> str | None:
    """What a gold quote is copied from: the file's text, or for a PDF the text its reader finds
    (there are no words to copy in the file's bytes)."""
    if not file.is_file():
        return None
    data = file.read_bytes()
    try:
        if is_pdf(data):
            return read_source(file, file.parent.parent, Settings.from_env()).text
        return decode(data, file.name).text
    except SourceError as error:
        raise GoldError([f"{file}: its text cannot be read to check gold quotes ({error})"]) from None


def _clip(text: str, width: int = 70) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


# ------------------------------------------------------------------ extracted claims


def load_extracted(db_path: str | Path, include_curated: bool = False) -> list[dict]:
    """The claims of a built kb.db, each with its document's `source`. Claims a curator
    added (status curated) are left out unless asked for: they are not the extractor's."""
    db_path = Path(db_path)
    if not db_path.is_file():
        raise FileNotFoundError(f"{db_path}: no knowledge base here (run `sckb build` first)")
    with sqlite3.connect(db_path) as db:
        db.row_factory = sqlite3.Row
        try:
            rows = db.execute(
                "SELECT claims.*, documents.source AS source FROM claims "
                "JOIN documents ON documents.id = claims.document_id "
                "ORDER BY documents.source, claims.start_char, claims.phrase_start, claims.id"
            ).fetchall()
        except sqlite3.DatabaseError as error:
            raise ValueError(f"{db_path}: not a knowledge base with claims and documents ({error})") from None
    claims = [dict(row) for row in rows]
    return [c for c in claims if include_curated or c.get("status") != "curated"]


# --------------------------------------------------------------------- normalising


def normalize_text(text: str | None) -> str:
    """Text as compared: NFKC, straight quotes, plain dashes, single spaces."""
    text = unicodedata.normalize("NFKC", text or "").translate(_QUOTES)
    return re.sub(r"\s+", " ", text).strip()


def content_words(text: str | None) -> set[str]:
    """The words that carry meaning: lower case, stop words dropped, suffixes folded."""
    words = re.findall(r"[^\W_]+", normalize_text(text).casefold())
    return {_stem(w) for w in words if w not in STOP_WORDS and len(w) > 1}


def _stem(word: str) -> str:
    """A crude suffix folding, enough for "hotels"/"hotel", "staying"/"stay", "blacklisted"/"blacklist"."""
    for suffix, shortest in (("ing", 3), ("ed", 3), ("s", 3)):
        if word.endswith(suffix) and len(word) - len(suffix) >= shortest and not word.endswith("ss"):
            return word[: -len(suffix)]
    return word


def jaccard(a: set, b: set) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


#: A courtesy title before a person's name ("Mr", "Dr."): the gold writes a name as the text
#: does ("Mr Zhang", when it gives no other), the extractor without its title.
TITLE = re.compile(r"^(?:mr|mrs|ms|miss|dr|prof|professor)\.?\s+(?=\S)")
#: A company's legal form after its name ("Co., Ltd.", "Inc."): annotators write it or leave it
#: out ("Hengxin Data Services Co., Ltd." in one set, "Hengxin Data Services" in another); the
#: company is the same.
LEGAL_FORM = re.compile(r"(?:[\s,]+(?:co|ltd|inc|corp|limited|llc|plc|gmbh)\.?)+$")


class Names:
    """Makes actor names comparable: aliases become the canonical name (gazetteer),
    other names are compared without case, a leading "the", a person's title, a company's
    legal form or a possessive."""

    def __init__(self, gazetteer: Gazetteer | None = None):
        self.canonical: dict[str, str] = {}
        for actor in (gazetteer.actors.values() if gazetteer else ()):
            for name in gazetteer.names(actor):
                self.canonical.setdefault(self._key(name), actor.name)

    @classmethod
    def from_settings(cls, settings: Settings | None = None) -> "Names":
        settings = settings or Settings.from_env()
        return cls(Gazetteer.load(settings.vocab_file("actors.yaml")))

    @staticmethod
    def _key(name: str) -> str:
        name = normalize_text(name).casefold()
        name = re.sub(r"^the\s+", "", name)
        name = TITLE.sub("", name) or name  # "Mr Zhang" is the Zhang the extractor names without title
        name = re.sub(r"'s?$", "", name).strip(" .,;:")
        return LEGAL_FORM.sub("", name) or name

    def __call__(self, name: str | None) -> str | None:
        if not name:
            return None
        key = self._key(name)
        return (self.canonical.get(key) or key).casefold()


# ------------------------------------------------------------------------ matching


@dataclass(frozen=True)
class MatchRules:
    """The knobs of matching."""

    object_jaccard: float = 0.5  # perks/penalties: least content-word Jaccard of objects
    value_rel_tol: float = 1e-6  # figures: relative tolerance of values
    #: relations: let an extracted predicate that is broader than the gold's match it (an
    #: "affiliated_with" for a gold "works_for"). Off by default: see the module docstring.
    broader_predicates: bool = False


def _file_name(source: str | None) -> str:
    """The name of the file a source is or is a record of."""
    return PurePath(source_file(str(source or "")).replace("\\", "/")).name


def _spans(needle: str, haystack: str) -> list[tuple[int, int]]:
    """Every place `needle` occurs in `haystack`."""
    if not needle:
        return []
    spans, start = [], haystack.find(needle)
    while start >= 0:
        spans.append((start, start + len(needle)))
        start = haystack.find(needle, start + 1)
    return spans


def _overlap(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> int:
    """The most characters that some span of `a` shares with some span of `b`."""
    return max((max(0, min(x[1], y[1]) - max(x[0], y[0])) for x in a for y in b), default=0)


@dataclass
class _Side:
    """One claim prepared for comparison."""

    index: int
    claim: dict
    source: str
    quote: str
    phrase: str
    words: set = field(default_factory=set)  # content words of the quote


def _phrase_overlap(g: _Side, e: _Side) -> int:
    """How many characters the two phrases share inside a quote that holds both."""
    best = 0
    if e.phrase and e.phrase in g.quote:
        best = _overlap(_spans(e.phrase, g.quote), _spans(g.phrase, g.quote))
    if g.phrase and g.phrase in e.quote:
        best = max(best, _overlap(_spans(g.phrase, e.quote), _spans(e.phrase, e.quote)))
    return best


def _located(g: _Side, e: _Side) -> bool:
    """Rule 2: one phrase lies in the other's quote, and both quotes are the same sentence."""
    if not ((e.phrase and e.phrase in g.quote) or (g.phrase and g.phrase in e.quote)):
        return False
    return _same_sentence(g, e)


def _same_sentence(g: _Side, e: _Side) -> bool:
    """Short phrases ("In 2015", "eight companies") recur across a document, so the quotes
    must agree too: one holds the other (sentence splitting differs), or, when cleaning
    changed a few words, they share at least half their content words."""
    if not e.quote or e.quote in g.quote or g.quote in e.quote:
        return True
    return jaccard(g.words, e.words) >= 0.5


def _number(value) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(number) else number


def load_hierarchy(settings: Settings | None = None) -> PredicateHierarchy:
    """The relation predicates' hierarchy and inverse names (corpus/vocab/relations.yaml)."""
    settings = settings or Settings.from_env()
    return PredicateHierarchy.from_vocab(load_vocab("relations", str(settings.vocab_file("vocab/relations.yaml"))))


def _relation(claim: dict, names: Names, hierarchy: PredicateHierarchy | None) -> tuple:
    """(subject, predicate, object) with canonical names, an inverse predicate turned round."""
    subject, predicate, obj = names(claim.get("subject")), claim.get("predicate"), names(claim.get("object"))
    if predicate in INVERSE_PREDICATES:
        return obj, INVERSE_PREDICATES[predicate], subject
    if hierarchy is not None:
        predicate, turned = hierarchy.canonical(predicate)
        if turned:
            return obj, predicate, subject
    return subject, predicate, obj


def _same_relation(gold: dict, extracted: dict, rules: MatchRules, names: Names,
                   hierarchy: PredicateHierarchy | None) -> bool:
    g, e = _relation(gold, names, hierarchy), _relation(extracted, names, hierarchy)
    if g == e:
        return True
    if not (rules.broader_predicates and hierarchy is not None):
        return False
    symmetric = e[1] == "partners_with" and (e[2], e[1], e[0]) == g
    return (g[0], g[2]) == (e[0], e[2]) and e[1] in hierarchy.ancestors(g[1]) or symmetric


def _content_matches(kind: str, gold: dict, extracted: dict, overlap: int, rules: MatchRules, names: Names,
                     hierarchy: PredicateHierarchy | None = None) -> bool:
    if kind == "figure":
        g, e = _number(gold.get("value")), _number(extracted.get("value"))
        return g is not None and e is not None and math.isclose(g, e, rel_tol=rules.value_rel_tol)
    if kind == "date":
        return (gold.get("date") or None) == (extracted.get("date") or None)
    if kind in ("perk", "penalty"):
        similar = jaccard(content_words(gold.get("object")), content_words(extracted.get("object")))
        return overlap > 0 or similar >= rules.object_jaccard
    if kind == "relation":
        return _same_relation(gold, extracted, rules, names, hierarchy)
    return gold.get("predicate") == extracted.get("predicate")


def _pairs(golds: list[_Side], extracted: list[_Side], rules: MatchRules, names: Names,
           hierarchy: PredicateHierarchy | None = None) -> list[tuple[int, int]]:
    """The one-to-one greedy matching of one source and kind: (gold index, extracted index)."""
    candidates = []
    for g in golds:
        kind = g.claim["kind"]
        for e in extracted:
            if not _located(g, e):
                continue
            overlap = _phrase_overlap(g, e)
            if _content_matches(kind, g.claim, e.claim, overlap, rules, names, hierarchy):
                candidates.append((-overlap, g.index, e.index))
    candidates.sort()
    used_gold, used_extracted, pairs = set(), set(), []
    for _, gi, ei in candidates:
        if gi not in used_gold and ei not in used_extracted:
            used_gold.add(gi)
            used_extracted.add(ei)
            pairs.append((gi, ei))
    return pairs


# ------------------------------------------------------------------------- report


@dataclass
class KindScore:
    kind: str
    gold: int = 0
    extracted: int = 0
    matched: int = 0

    @property
    def precision(self) -> float | None:
        return self.matched / self.extracted if self.extracted else None

    @property
    def recall(self) -> float | None:
        return self.matched / self.gold if self.gold else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"gold": self.gold, "extracted": self.extracted, "matched": self.matched,
                "precision": self.precision, "recall": self.recall, "f1": self.f1}


@dataclass
class Accuracy:
    correct: int = 0
    total: int = 0

    @property
    def rate(self) -> float | None:
        return self.correct / self.total if self.total else None

    def add(self, ok: bool) -> None:
        self.correct += ok
        self.total += 1

    def as_dict(self) -> dict:
        return {"correct": self.correct, "total": self.total, "accuracy": self.rate}


def _describe(claim: dict) -> dict:
    """What a person needs to find a claim again: where, which words, what it says."""
    keys = ("kind", "predicate", "subject", "value", "unit", "date", "object", "attributed_to")
    return {"source": _file_name(claim.get("source")), "phrase": claim.get("phrase"),
            **{k: claim.get(k) for k in keys if claim.get(k) is not None}}


@dataclass
class EvaluationReport:
    kinds: dict[str, KindScore]
    overall: KindScore
    subject: dict[str, Accuracy]
    attribution: dict[str, Accuracy]
    matches: list[tuple[dict, dict]] = field(default_factory=list)  # (gold, extracted)
    misses: list[dict] = field(default_factory=list)  # gold claims nothing matched
    false_alarms: list[dict] = field(default_factory=list)  # extracted claims matching no gold
    ignored: int = 0  # extracted claims from sources the gold does not cover
    rules: MatchRules = field(default_factory=MatchRules)
    names: "Names | None" = None  # how subject names were compared
    #: missed gold relations stated between the same actors with another predicate
    predicate_mismatches: list[dict] = field(default_factory=list)

    @property
    def subject_mismatches(self) -> list[dict]:
        """Matched pairs whose subjects differ (the pairs that subject accuracy counts as
        wrong): where, which words, the gold subject and the extracted one."""
        names = self.names or Names()
        return [
            {"source": _file_name(g.get("source")), "kind": g["kind"], "phrase": g.get("phrase"),
             "gold_subject": g["subject"], "extracted_subject": e.get("subject")}
            for g, e in self.matches
            if _counts_for_subject(g) and names(g["subject"]) != names(e.get("subject"))
        ]

    @property
    def attribution_mismatches(self) -> list[dict]:
        """Matched pairs where the gold credits someone and the extraction credits someone
        else or no one (the pairs attribution accuracy counts as wrong)."""
        names = self.names or Names()
        return [
            {"source": _file_name(g.get("source")), "kind": g["kind"], "phrase": g.get("phrase"),
             "gold_attributed_to": g["attributed_to"], "extracted_attributed_to": e.get("attributed_to")}
            for g, e in self.matches
            if g.get("attributed_to") and names(g["attributed_to"]) != names(e.get("attributed_to"))
        ]

    @property
    def attribution_overall(self) -> Accuracy:
        total = Accuracy()
        for accuracy in self.attribution.values():
            total.correct += accuracy.correct
            total.total += accuracy.total
        return total

    def as_dict(self) -> dict:
        return {
            "kinds": {kind: score.as_dict() for kind, score in self.kinds.items()},
            "overall": self.overall.as_dict(),
            "subject_accuracy": {kind: acc.as_dict() for kind, acc in self.subject.items()},
            "attribution_accuracy": {"overall": self.attribution_overall.as_dict(),
                                     **{kind: acc.as_dict() for kind, acc in self.attribution.items()}},
            "misses": [_describe(claim) for claim in self.misses],
            "false_alarms": [_describe(claim) for claim in self.false_alarms],
            "subject_mismatches": self.subject_mismatches,
            "attribution_mismatches": self.attribution_mismatches,
            "predicate_mismatches": self.predicate_mismatches,
            "ignored_extracted": self.ignored,
            "rules": {"object_jaccard": self.rules.object_jaccard, "value_rel_tol": self.rules.value_rel_tol,
                      "broader_predicates": self.rules.broader_predicates},
        }

    def as_text(self) -> str:
        def pct(x: float | None) -> str:
            return "-" if x is None else f"{100 * x:5.1f}"

        lines = [f"{'kind':<10}{'gold':>6}{'extr':>6}{'match':>7}{'prec%':>7}{'rec%':>7}{'F1%':>7}{'subj%':>7}"]
        for score in [*self.kinds.values(), self.overall]:
            subject = self.subject.get(score.kind)
            lines.append(f"{score.kind:<10}{score.gold:>6}{score.extracted:>6}{score.matched:>7}"
                         f"{pct(score.precision):>7}{pct(score.recall):>7}{pct(score.f1):>7}"
                         f"{pct(subject.rate if subject else None):>7}")
        attribution = self.attribution_overall
        lines.append(f"attribution accuracy: {attribution.correct}/{attribution.total} ({pct(attribution.rate).strip()}%)")
        if self.ignored:
            lines.append(f"{self.ignored} extracted claim(s) from sources without gold were not scored")
        for title, claims in (("misses (gold not found)", self.misses),
                              ("false alarms (extracted, not in gold)", self.false_alarms)):
            lines.append(f"\n{title}: {len(claims)}")
            for claim in claims:
                what = claim.get("value") if claim.get("kind") == "figure" else claim.get("date") or claim.get("object")
                lines.append(f"  {claim.get('kind', '?'):<9}{_file_name(claim.get('source')):<48}"
                             f"{_clip(normalize_text(claim.get('phrase')), 60)!r}" + (f"  [{what}]" if what else ""))
        mismatches = self.subject_mismatches
        lines.append(f"\nsubject mismatches (matched, other subject): {len(mismatches)}")
        for pair in mismatches:
            lines.append(f"  {pair['kind']:<9}{pair['source']:<48}{_clip(normalize_text(pair['phrase']), 60)!r}"
                         f"  gold: {pair['gold_subject']}, extracted: {pair['extracted_subject']}")
        credits = self.attribution_mismatches
        lines.append(f"\nattribution mismatches (matched, other credit): {len(credits)}")
        for pair in credits:
            lines.append(f"  {pair['kind']:<9}{pair['source']:<48}{_clip(normalize_text(pair['phrase']), 60)!r}"
                         f"  gold: {pair['gold_attributed_to']}, extracted: {pair['extracted_attributed_to']}")
        if self.predicate_mismatches:
            lines.append(f"\nrelation predicate mismatches (missed, same actors): {len(self.predicate_mismatches)}")
            for pair in self.predicate_mismatches:
                lines.append(f"  {pair['source']:<48}{_clip(normalize_text(pair['phrase']), 50)!r}  gold: "
                             f"{pair['subject']} {pair['gold_predicate']} {pair['object']}; extracted: {pair['extracted']}")
        return "\n".join(lines)


# ------------------------------------------------------------------------- scoring


def score(extracted: Iterable[dict], gold: list[dict], rules: MatchRules | None = None,
          names: Names | None = None, hierarchy: PredicateHierarchy | None = None) -> EvaluationReport:
    """Compare extracted claims with the gold claims (see the module docstring)."""
    rules = rules or MatchRules()
    names = names or Names.from_settings()
    hierarchy = hierarchy or load_hierarchy()
    extracted = list(extracted)
    for number, claim in enumerate(extracted, start=1):
        missing = [key for key in ("source", "kind") if not isinstance(claim, dict) or not claim.get(key)]
        if missing:
            raise ValueError(f"extracted claim {number} has no {' or '.join(missing)}: {_clip(repr(claim))}")
    gold_sides = [_side(i, claim) for i, claim in enumerate(gold)]
    covered = {side.source for side in gold_sides}
    extracted_sides = [_side(i, claim) for i, claim in enumerate(extracted)]
    scored = [side for side in extracted_sides if side.source in covered]

    pairs = []
    for source, kind in sorted({(s.source, s.claim["kind"]) for s in gold_sides + scored}):
        golds = [s for s in gold_sides if (s.source, s.claim["kind"]) == (source, kind)]
        found = [s for s in scored if (s.source, s.claim["kind"]) == (source, kind)]
        pairs.extend(_pairs(golds, found, rules, names, hierarchy))
    pairs.sort()
    report = _report(gold, extracted, scored, pairs, rules, names, ignored=len(extracted_sides) - len(scored))
    report.predicate_mismatches = _predicate_mismatches(gold_sides, scored, pairs, names, hierarchy)
    return report


def _predicate_mismatches(gold_sides, scored, pairs, names, hierarchy) -> list[dict]:
    """Missed gold relations that an unmatched extracted relation of the same sentence states
    between the same two actors with another predicate: where the two disagree only on the
    predicate (works_for for affiliated_with, owned_by for part_of)."""
    matched_gold, matched_extracted = {gi for gi, _ in pairs}, {ei for _, ei in pairs}
    found = []
    for g in gold_sides:
        if g.claim["kind"] != "relation" or g.index in matched_gold:
            continue
        gs, gp, go = _relation(g.claim, names, hierarchy)
        for e in scored:
            if e.claim["kind"] != "relation" or e.index in matched_extracted or e.source != g.source:
                continue
            es, ep, eo = _relation(e.claim, names, hierarchy)
            if {es, eo} == {gs, go} and _located(g, e):
                found.append({"source": g.source, "phrase": g.claim.get("phrase"), "subject": g.claim["subject"],
                              "object": g.claim["object"], "gold_predicate": g.claim["predicate"],
                              "extracted": f"{e.claim.get('subject')} {e.claim.get('predicate')} {e.claim.get('object')}"})
                break
    return found


def _side(index: int, claim: dict) -> _Side:
    quote = normalize_text(claim.get("quote"))
    return _Side(index, claim, _file_name(claim.get("source")), quote, normalize_text(claim.get("phrase")),
                 content_words(quote))


def _report(gold, extracted, scored, pairs, rules, names, ignored) -> EvaluationReport:
    kinds = sorted({c["kind"] for c in gold} | {s.claim["kind"] for s in scored},
                   key=lambda k: (KINDS.index(k) if k in KINDS else len(KINDS), k))
    scores = {kind: KindScore(kind) for kind in kinds}
    for claim in gold:
        scores[claim["kind"]].gold += 1
    for side in scored:
        scores[side.claim["kind"]].extracted += 1
    subject: dict[str, Accuracy] = {}
    attribution: dict[str, Accuracy] = {}
    for gi, ei in pairs:
        g, e = gold[gi], extracted[ei]
        scores[g["kind"]].matched += 1
        if _counts_for_subject(g):
            subject.setdefault(g["kind"], Accuracy()).add(names(g["subject"]) == names(e.get("subject")))
        if g.get("attributed_to"):
            attribution.setdefault(g["kind"], Accuracy()).add(
                names(g["attributed_to"]) == names(e.get("attributed_to")))
    overall = KindScore("overall", sum(s.gold for s in scores.values()),
                        sum(s.extracted for s in scores.values()), len(pairs))
    total_subject = Accuracy(sum(a.correct for a in subject.values()), sum(a.total for a in subject.values()))
    matched_gold = {gi for gi, _ in pairs}
    matched_extracted = {ei for _, ei in pairs}
    return EvaluationReport(
        kinds=scores, overall=overall,
        subject={**{k: subject[k] for k in kinds if k in subject}, "overall": total_subject},
        attribution={k: attribution[k] for k in kinds if k in attribution},
        matches=[(gold[gi], extracted[ei]) for gi, ei in pairs],
        misses=[claim for i, claim in enumerate(gold) if i not in matched_gold],
        false_alarms=[s.claim for s in scored if s.index not in matched_extracted],
        ignored=ignored, rules=rules, names=names,
    )


def _counts_for_subject(gold: dict) -> bool:
    """Subject accuracy counts gold claims that name a subject, relations aside (their
    subject is part of the match)."""
    return gold["kind"] != "relation" and bool(gold.get("subject"))
