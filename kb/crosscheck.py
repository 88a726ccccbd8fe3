"""Cross-checking: which claims about the same thing agree, which conflict, and why.

Two claims are comparable when they are about the same thing:
- figures about the same subject (or a subject and its parent, through the actors'
  part_of chain and the corpus's relation claims) that count the same metric
  family (corpus/vocab/comparable.yaml: "verified accounts" and "users" both
  count users);
- dates of the same event family ("launched", "began") about the same subject
  (the thing the event happened to: extract/dates.py makes Sesame Credit the
  subject of "Ant Financial launched Sesame Credit").

A figure becomes an interval from its bound: exact [v, v], min [v, inf), max
[0, v], approx v give or take `settings.approx_tolerance` (10%). A figure written
with a scale word ("520 million") is a rounded figure, worth half a unit of its
last significant digit either way (515 to 525 million); an approximate one already
says it is imprecise, so the tolerance alone sets its width. Two figures conflict
when their intervals do not overlap. Dates are compared at the coarser
of their precisions ("2015" agrees with "2015-03").

Every pair gets reasons, computed from the rows, that explain why two figures may
differ (as-of dates, wording, scope, bound, rounding, sources) or why an
agreement is weaker than it looks (the same credited source, the same document).
Agreements count their independent origins: whom each claim credits, or its own
document when it credits no one.
"""
from __future__ import annotations

import json
import math
import re
from bisect import bisect_left
from collections import deque
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, Iterator, Mapping

import yaml

from extract.settings import Settings
from extract.vocab import read_yaml
from kb.hashing import digest

COMPARABLE_VOCAB = "vocab/comparable.yaml"
#: Its scale words ("million", "bn") mark rounded figures.
NUMBERS_VOCAB = "vocab/numbers.yaml"
BOUNDS = ("exact", "approx", "min", "max")
#: The claim columns cross-checking reads (a build keeps only these in memory, for the claim
#: kinds it compares or follows).
CLAIM_COLUMNS = ("id", "document_id", "kind", "subject_id", "subject", "predicate", "value", "unit", "bound",
                 "date", "as_of", "object_id", "object", "attributed_to", "status", "phrase", "extra")
CLAIM_KINDS = ("figure", "date", "relation")
#: Review statuses whose claims take no part in cross-checking.
SET_ASIDE_STATUSES = frozenset({"rejected"})
ISO_PREFIX = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
#: Relative slack when comparing interval ends, so that 400 million +10% meets 440 million.
EDGE_SLACK = 1e-9


class CrossCheckError(ValueError):
    """Rows that cannot be cross-checked. `str()` is one line for people."""


# --- vocabulary ---------------------------------------------------------------------------


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


@lru_cache(maxsize=65536)  # a few hundred distinct wordings, compared many times
def normalise_wording(text: str | None) -> str:
    """Wording as vocabularies match it: lower case, "_"/"-" as spaces, plurals folded."""
    words = re.sub(r"[_\-\s]+", " ", (text or "").lower()).split()
    return " ".join(_singular(w) for w in words)


def _heads(wording: str) -> list[str]:
    """The wording and its heads: "monthly active user" -> itself, "active user", "user"."""
    words = wording.split()
    return [" ".join(words[i:]) for i in range(len(words))]


@dataclass(frozen=True)
class ScopeLink:
    direction: str  # "up": the subject is the part; "down": the subject is the whole
    wording: str  # "is owned by": how a sentence says part ... whole


@dataclass(frozen=True)
class Comparable:
    """comparable.yaml, parsed: what may be compared with what."""

    metrics: Mapping[str, str]  # normalised term -> metric family
    events: Mapping[str, str]  # normalised term -> event family
    not_compared: frozenset[str]
    scale_words: tuple[str, ...]
    scope_links: Mapping[str, ScopeLink]

    @classmethod
    def load(cls, path: str | Path, numbers_path: str | Path | None = None) -> "Comparable":
        """comparable.yaml at `path`, with the scale words of numbers.yaml beside it."""
        path = Path(path)
        numbers = _read_yaml(numbers_path or path.with_name("numbers.yaml"), must_exist=False)
        scale_words = tuple(sorted((numbers.get("scale_words") or {}) if isinstance(numbers, dict) else ()))
        return cls.from_dict(_read_yaml(path), scale_words, str(path))

    @classmethod
    def from_dict(cls, data: dict, scale_words: Iterable[str] = (),
                  where: str = "comparable vocabulary") -> "Comparable":
        try:
            scope_links = {
                name: ScopeLink(spec["direction"], spec["wording"])
                for name, spec in (data.get("scope_relations") or {}).items()
            }
            return cls(
                metrics=_term_index(data.get("metrics") or {}),
                events=_term_index(data.get("events") or {}),
                not_compared=frozenset(normalise_wording(t) for t in data.get("not_compared") or []),
                scale_words=tuple(scale_words),
                scope_links=scope_links,
            )
        except (AttributeError, KeyError, TypeError) as error:
            raise CrossCheckError(
                f"{where}: malformed entry ({error!r}); see the comments in {COMPARABLE_VOCAB}") from None

    def state(self) -> list:
        """The vocabulary as plain data, for fingerprints."""
        return [sorted(self.metrics.items()), sorted(self.events.items()), sorted(self.not_compared),
                list(self.scale_words), {name: [link.direction, link.wording] for name, link in self.scope_links.items()}]

    def metric_family(self, predicate: str | None, unit: str | None) -> str | None:
        """The family a figure counts, or None when it is not to be compared.

        The predicate says what the extractor decided the figure measures
        ("verified_accounts"); the unit, the counted noun, is the fallback. Unlisted
        wording is its own family, so that figures worded alike still meet."""
        wordings = [normalise_wording(w) for w in (predicate, unit) if w]
        if any(head in self.not_compared for w in wordings for head in _heads(w)):
            return None
        for wording in wordings:
            for head in _heads(wording):
                if head in self.metrics:
                    return self.metrics[head]
        if len(set(wordings)) == 2:
            return f"{wordings[0]} ({wordings[1]})"
        return wordings[0] if wordings else None

    def event_family(self, predicate: str | None) -> str | None:
        wording = normalise_wording(predicate)
        for candidate in [wording, *wording.split()]:
            if candidate in self.events:
                return self.events[candidate]
        return wording or None


def _read_yaml(path: str | Path, must_exist: bool = True):
    path = Path(path)
    if not must_exist and not path.is_file():
        return {}
    try:
        return read_yaml(path) or {}
    except (OSError, yaml.YAMLError) as error:
        raise CrossCheckError(f"{path}: cannot read this vocabulary ({error})") from None


def _term_index(families: dict) -> dict[str, str]:
    index: dict[str, str] = {}
    for family, spec in families.items():
        for term in spec["terms"]:
            index.setdefault(normalise_wording(str(term)), family)
    return index


# --- intervals ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Interval:
    """The values a figure allows, ends included."""

    low: float
    high: float

    def overlaps(self, other: "Interval") -> bool:
        return _at_most(self.low, other.high) and _at_most(other.low, self.high)

    def describe(self) -> str:
        if self.low == self.high:
            return f"exactly {human_number(self.low)}"
        if math.isinf(self.high):
            return f"at least {human_number(self.low)}"
        if math.isinf(self.low) or self.low == 0:
            return f"at most {human_number(self.high)}"
        return f"{human_number(self.low)} to {human_number(self.high)}"


def _at_most(a: float, b: float) -> bool:
    return a <= b or math.isclose(a, b, rel_tol=EDGE_SLACK)


def half_unit(value: float) -> float:
    """Half a unit of the last significant digit: 520 million -> 5 million, 1.4 billion -> 50 million."""
    if value == 0:
        return 0.0
    exponent = Decimal(f"{abs(value):.12g}").normalize().as_tuple().exponent
    return 10.0 ** exponent / 2


def rounded_by_scale_word(phrase: str | None, scale_words: Iterable[str]) -> bool:
    """Is the number in the phrase written with a scale word ("520 million", "11m")?"""
    pattern = _scale_word_pattern(tuple(sorted(scale_words, key=lambda w: (-len(w), w))))
    return bool(phrase) and pattern is not None and pattern.search(phrase) is not None


@lru_cache(maxsize=8)
def _scale_word_pattern(scale_words: tuple[str, ...]) -> re.Pattern | None:
    if not scale_words:
        return None
    words = "|".join(re.escape(w) for w in scale_words)
    # A scale word right after a digit ("11m", "4.5亿") or after a number word ("two million").
    return re.compile(rf"(?:\d\s*|\b[A-Za-z]+\s+)(?:{words})(?![A-Za-z])", re.IGNORECASE)


def figure_interval(value: float, bound: str, tolerance: float, rounding: float = 0.0) -> Interval:
    """The interval a figure allows. `rounding` (half a unit of a rounded figure) widens
    the finite ends of exact, min and max figures; an approximate figure already says
    it is imprecise, so the configured tolerance alone sets its width."""
    if bound == "exact":
        return Interval(value - rounding, value + rounding)
    if bound == "approx":
        spread = abs(value) * tolerance
        return Interval(value - spread, value + spread)
    if bound == "min":
        return Interval(value - rounding, math.inf)
    if bound == "max":
        return Interval(0.0 if value >= 0 else -math.inf, value + rounding)
    raise CrossCheckError(f"unknown bound {bound!r}: expected one of {', '.join(BOUNDS)}")


def human_number(value: float) -> str:
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(value) >= size:
            return f"{value / size:,.6g} {word}"
    return f"{value:,.6g}"


# --- dates --------------------------------------------------------------------------------


def at_common_precision(a: str, b: str) -> tuple[str, str]:
    """Both dates cut to the coarser precision: ("2015", "2015-03") -> ("2015", "2015")."""
    size = min(len(a), len(b))
    return a[:size], b[:size]


def dates_agree(a: str, b: str) -> bool:
    x, y = at_common_precision(a, b)
    return x == y


def _precision_name(date: str) -> str:
    return {4: "year", 7: "month", 10: "day"}.get(len(date), "date")


# --- subject scope ------------------------------------------------------------------------


@dataclass(frozen=True)
class ScopeStep:
    part: str
    wording: str
    whole: str
    source: str  # "gazetteer" or the relation claim's id


class ActorGraph:
    """Who is part of whom: the actors' part_of lists plus the relation claims."""

    def __init__(self, actors: list[dict], relations: list[dict], links: Mapping[str, ScopeLink]):
        self.names = {a["id"]: a.get("name") or a["id"] for a in actors}
        self.by_name = _name_index(actors)
        self.up: dict[str, list[ScopeStep]] = {}
        self._chains: dict[tuple[str, str], list[ScopeStep] | None] = {}
        for actor in sorted(actors, key=lambda a: a["id"]):
            for whole in _json_list(actor.get("part_of"), f"actor {actor['id']}: part_of"):
                self._add(ScopeStep(actor["id"], "is part of", whole, "gazetteer"))
        for claim in sorted(relations, key=lambda c: c["id"]):
            link = links.get(claim.get("predicate") or "")
            other = claim.get("object_id") or self.actor_id(claim.get("object"))
            if not link or not claim.get("subject_id") or not other:
                continue
            if claim.get("subject") and claim["subject_id"] not in self.names:
                self.names[claim["subject_id"]] = claim["subject"]
            part, whole = (claim["subject_id"], other) if link.direction == "up" else (other, claim["subject_id"])
            self._add(ScopeStep(part, link.wording, whole, claim["id"]))

    def _add(self, step: ScopeStep) -> None:
        if step.part != step.whole:
            self.up.setdefault(step.part, []).append(step)

    def actor_id(self, name: str | None) -> str | None:
        return self.by_name.get(_name_key(name)) if name else None

    def name(self, actor_id: str) -> str:
        return self.names.get(actor_id, actor_id)

    def chain(self, part: str, whole: str) -> list[ScopeStep] | None:
        """The shortest chain of steps from `part` up to `whole`, or None.
        Gazetteer steps come first, so ties go to the curated gazetteer."""
        if (part, whole) not in self._chains:
            self._chains[part, whole] = self._search(part, whole)
        return self._chains[part, whole]

    def _search(self, part: str, whole: str) -> list[ScopeStep] | None:
        paths: dict[str, list[ScopeStep]] = {part: []}
        queue = deque([part])
        while queue:
            node = queue.popleft()
            if node == whole:
                return paths[node]
            for step in self.up.get(node, []):
                if step.whole not in paths:
                    paths[step.whole] = paths[node] + [step]
                    queue.append(step.whole)
        return None

    def wholes(self, part: str) -> set[str]:
        """Everything `part` belongs to, directly or through other wholes (what `chain` can reach)."""
        found, queue = set(), deque([part])
        while queue:
            for step in self.up.get(queue.popleft(), []):
                if step.whole not in found and step.whole != part:
                    found.add(step.whole)
                    queue.append(step.whole)
        return found

    def state(self) -> list:
        """What comparisons read of the graph (not the claims its steps come from), for fingerprints."""
        steps = {part: [(step.wording, step.whole) for step in steps] for part, steps in self.up.items()}
        return [self.names, self.by_name, steps]

    def describe(self, chain: list[ScopeStep]) -> str:
        """"Alipay is part of Ant Financial, which is part of Alibaba Group"."""
        text = f"{self.name(chain[0].part)} {chain[0].wording} {self.name(chain[0].whole)}"
        for step in chain[1:]:
            text += f", which {step.wording} {self.name(step.whole)}"
        return text


def _name_key(name: str) -> str:
    name = re.sub(r"^(?:https?://)?(?:www\.)?", "", name.strip().lower())
    name = re.sub(r"^the\s+", "", name)
    return re.sub(r"(?:['’]s)$", "", name).strip(" /.,;:")


def _name_index(actors: list[dict]) -> dict[str, str]:
    index: dict[str, str] = {}
    for actor in sorted(actors, key=lambda a: a["id"]):
        names = [actor.get("name"), *_json_list(actor.get("aliases"), f"actor {actor['id']}: aliases")]
        for name in filter(None, names):
            index.setdefault(_name_key(str(name)), actor["id"])
    return index


def _json_list(value, where: str) -> list:
    """A list column as SQLite holds it (JSON text) or as Python holds it (a list)."""
    if value is None or value == "":
        return []
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except json.JSONDecodeError:
            raise CrossCheckError(f"{where}: expected a JSON list, got {value!r}") from None
    if not isinstance(value, (list, tuple)):
        raise CrossCheckError(f"{where}: expected a list, got {value!r}")
    return list(value)


# --- claims as the cross-check sees them --------------------------------------------------


@dataclass(frozen=True)
class Origin:
    key: str
    label: str


@dataclass
class Checked:
    """One claim ready for comparison: the row plus what comparing needs."""

    row: dict
    document: dict
    family: str
    topic: str  # the actor the claim is about
    origin: Origin
    credited: Origin | None  # whom the text credits, resolved; None if no one
    scale_word: bool | None = None  # written with a scale word; found once, on the first comparison

    @property
    def id(self) -> str:
        return self.row["id"]

    def time_reference(self) -> tuple[str, str] | None:
        """(time, how we know it) of the state a figure describes."""
        if self.row.get("as_of"):
            return str(self.row["as_of"]), "as of"
        if self.row.get("date"):
            return str(self.row["date"]), "dated"
        if self.document.get("published"):
            return str(self.document["published"]), "publication date"
        return None


def _document_label(document: dict) -> str:
    return document.get("outlet") or document.get("title") or document["id"]


def _origin(claim: dict, document: dict, graph: ActorGraph) -> tuple[Origin, Origin | None]:
    """Whom the claim comes from: whom it credits, else its own document."""
    credited_text = (claim.get("attributed_to") or "").strip()
    if credited_text:
        actor_id = graph.actor_id(credited_text)
        credited = Origin(f"actor:{actor_id}", graph.name(actor_id)) if actor_id else \
            Origin(f"credit:{_name_key(credited_text)}", credited_text)
        return credited, credited
    return Origin(f"document:{document['id']}", f"{_document_label(document)} (its own, uncredited)"), None


def _checked_claims(claims: list[dict], documents: dict[str, dict], graph: ActorGraph,
                    vocab: Comparable) -> list[Checked]:
    checked = []
    for claim in claims:
        if claim.get("status") in SET_ASIDE_STATUSES:
            continue
        if claim.get("kind") == "figure" and claim.get("value") is not None and claim.get("subject_id"):
            family = vocab.metric_family(claim.get("predicate"), claim.get("unit"))
            topic = claim["subject_id"]
        elif claim.get("kind") == "date" and claim.get("date"):
            # The subject is what the event happened to (extract/dates.py: "Ant Financial
            # launched Sesame Credit" has subject Sesame Credit), whoever the text says did it.
            family = vocab.event_family(claim.get("predicate"))
            topic = claim.get("subject_id")
        else:
            continue
        if not family or not topic:
            continue
        document = documents.get(claim.get("document_id"))
        if document is None:
            raise CrossCheckError(f"claim {claim['id']}: unknown document {claim.get('document_id')!r}")
        origin, credited = _origin(claim, document, graph)
        checked.append(Checked(claim, document, family, topic, origin, credited))
    return checked


def _validate(claims: list[dict]) -> list[dict]:
    seen: set[str] = set()
    valid = []
    for number, claim in enumerate(claims, 1):
        claim = dict(claim)
        if not claim.get("id"):
            raise CrossCheckError(f"claim row {number} has no id")
        if claim["id"] in seen:
            raise CrossCheckError(f"claim {claim['id']} appears twice")
        seen.add(claim["id"])
        if claim.get("kind") == "figure" and claim.get("value") is not None:
            try:
                claim["value"] = float(claim["value"])
            except (TypeError, ValueError):
                raise CrossCheckError(f"claim {claim['id']}: value {claim['value']!r} is not a number") from None
            claim["bound"] = claim.get("bound") or "exact"
            if claim["bound"] not in BOUNDS:
                raise CrossCheckError(f"claim {claim['id']}: unknown bound {claim['bound']!r}; "
                                      f"expected one of {', '.join(BOUNDS)}")
        if claim.get("kind") == "date" and claim.get("date") and not ISO_PREFIX.match(str(claim["date"])):
            raise CrossCheckError(f"claim {claim['id']}: date {claim['date']!r} is not an ISO date or prefix "
                                  "(2015, 2015-03, 2015-03-01)")
        valid.append(claim)
    return valid


# --- pairs --------------------------------------------------------------------------------


def _same_phrase(a: Checked, b: Checked) -> bool:
    """The same words said twice in one document (an abstract repeated, two rules on one phrase)."""
    return a.row.get("document_id") == b.row.get("document_id") and \
        " ".join((a.row.get("phrase") or "").lower().split()) == " ".join((b.row.get("phrase") or "").lower().split())


def _scope(a: Checked, b: Checked, graph: ActorGraph, allow_parent: bool):
    """("same", None), ("parent", the chain from the part up to the whole), or None
    when the claims are about different things."""
    if a.topic == b.topic:
        return "same", None
    if not allow_parent:
        return None
    chain = graph.chain(a.topic, b.topic) or graph.chain(b.topic, a.topic)
    return ("parent", chain) if chain else None


def _reason(code: str, text: str, **extra) -> dict:
    return {"code": code, "text": text, **extra}


class _Pair:
    """Compare two claims and explain the verdict."""

    def __init__(self, a: Checked, b: Checked, scope, graph: ActorGraph, vocab: Comparable, tolerance: float):
        self.a, self.b, self.graph, self.vocab, self.tolerance = a, b, graph, vocab, tolerance
        self.scope_name, self.scope_chain = scope
        self.reasons: list[dict] = []

    def row(self) -> dict:
        a, b = self.a.row, self.b.row
        agrees = self._compare_figures() if a["kind"] == "figure" else self._compare_dates()
        if self.scope_chain:
            self.reasons.append(_reason("different_scope", self.graph.describe(self.scope_chain)))
        if a["kind"] == "figure":
            self._metric_reasons()
        self._source_reasons()
        origins = sorted({o.key: o for o in (self.a.origin, self.b.origin)}.values(), key=lambda o: o.key)
        if agrees:
            self.reasons.append(_reason(
                "independent_origins",
                f"{len(origins)} independent origin{'s' if len(origins) > 1 else ''}: "
                + "; ".join(o.label for o in origins),
                origins=[o.label for o in origins]))
        return {
            "claim_a": a["id"],
            "claim_b": b["id"],
            "subject": self._subject(),
            "predicate": self.a.family,
            "value_a": a["value"] if a["kind"] == "figure" else a["date"],
            "value_b": b["value"] if b["kind"] == "figure" else b["date"],
            "relation": "agrees" if agrees else "conflicts",
            "reasons": self.reasons,
            "kind": a["kind"],
            "scope": self.scope_name,
            "subject_a": a.get("subject"),
            "subject_b": b.get("subject"),
            "unit_a": a.get("unit"),
            "unit_b": b.get("unit"),
            "bound_a": a.get("bound"),
            "bound_b": b.get("bound"),
            "independent_origins": len(origins) if agrees else None,
        }

    def _subject(self) -> str:
        """What both are about; "Alibaba Group / Alipay" when one is part of the other."""
        names = [self.graph.names.get(c.topic) or c.row.get("subject") or c.topic for c in (self.a, self.b)]
        return " / ".join(names) if self.scope_chain else names[0]

    # figures

    def _scale_word(self, claim: Checked) -> bool:
        """Written with a scale word: the extractor's word for it when it gives one, else the phrase's."""
        if claim.scale_word is None:
            said = _extra(claim.row).get("has_scale")
            claim.scale_word = said if isinstance(said, bool) else \
                rounded_by_scale_word(claim.row.get("phrase"), self.vocab.scale_words)
        return claim.scale_word

    def _interval(self, claim: Checked) -> Interval:
        row = claim.row
        rounding = half_unit(row["value"]) if self._rounded(claim) else 0.0
        return figure_interval(row["value"], row["bound"], self.tolerance, rounding)

    def _rounded(self, claim: Checked) -> bool:
        """Written with a scale word and not already approximate: worth half a unit."""
        return claim.row["bound"] != "approx" and self._scale_word(claim)

    def _compare_figures(self) -> bool:
        ia, ib = self._interval(self.a), self._interval(self.b)
        agrees = ia.overlaps(ib)
        verdict = "overlap" if agrees else "do not overlap"
        self.reasons.append(_reason(
            "ranges_overlap" if agrees else "ranges_disjoint",
            f"A allows {ia.describe()}, B allows {ib.describe()}: the ranges {verdict}"))
        self._time_reason()
        bound_a, bound_b = self.a.row["bound"], self.b.row["bound"]
        if bound_a != bound_b:
            self.reasons.append(_reason(
                "different_bound",
                f"{bound_a} vs {bound_b}: A is {_BOUND_WORDS[bound_a]}, B is {_BOUND_WORDS[bound_b]}"))
        for rounded, full, name in ((self.a, self.b, "A"), (self.b, self.a, "B")):
            if not self._rounded(rounded) or self._scale_word(full):
                continue
            self.reasons.append(_reason(
                "rounding",
                f"{name}'s \"{rounded.row.get('phrase')}\" is a rounded figure (give or take "
                f"{human_number(half_unit(rounded.row['value']))}), the other is written in full "
                f"(\"{full.row.get('phrase')}\")"))
        return agrees

    def _time_reason(self) -> None:
        ta, tb = self.a.time_reference(), self.b.time_reference()
        if not ta or not tb:
            return
        same = dates_agree(ta[0], tb[0]) if ISO_PREFIX.match(ta[0]) and ISO_PREFIX.match(tb[0]) else ta[0] == tb[0]
        if not same:
            self.reasons.append(_reason("different_as_of", f"A is {_time_text(ta)}, B {_time_text(tb)}"))

    def _metric_reasons(self) -> None:
        wa, wb = (normalise_wording(c.row.get("unit") or c.row.get("predicate")) for c in (self.a, self.b))
        if wa != wb:
            self.reasons.append(_reason(
                "different_metric",
                f"A counts {self.a.row.get('unit') or self.a.row.get('predicate')}, "
                f"B counts {self.b.row.get('unit') or self.b.row.get('predicate')}"))

    # dates

    def _compare_dates(self) -> bool:
        da, db = str(self.a.row["date"]), str(self.b.row["date"])
        agrees = dates_agree(da, db)
        self.reasons.append(_reason(
            "same_date" if agrees else "different_date",
            f"A dates it {da}, B {db}" + (": the same" if agrees else ": not the same")
            + (f" {_precision_name(min(da, db, key=len))}" if agrees else "")))
        if len(da) != len(db):
            coarse = min(da, db, key=len)
            self.reasons.append(_reason(
                "different_precision",
                f"A gives the {_precision_name(da)} {da}, B the {_precision_name(db)} {db}: "
                f"compared by {_precision_name(coarse)}"))
        pa, pb = self.a.row.get("predicate"), self.b.row.get("predicate")
        if normalise_wording(pa) != normalise_wording(pb):
            self.reasons.append(_reason("different_wording", f"A says {pa}, B says {pb}"))
        return agrees

    # both

    def _source_reasons(self) -> None:
        a, b = self.a, self.b
        if a.row.get("document_id") == b.row.get("document_id"):
            self.reasons.append(_reason(
                "same_document", f"both come from the same document, {_document_label(a.document)}"))
        if a.credited and b.credited and a.credited.key == b.credited.key:
            self.reasons.append(_reason(
                "same_credited_source",
                f"both credit {a.credited.label}: one story repeated, not two independent confirmations"))
        elif a.credited or b.credited:
            self.reasons.append(_reason(
                "different_source", f"A credits {_credit_text(a)}, B credits {_credit_text(b)}"))


def _extra(row: dict) -> dict:
    """The claim's rule-specific detail, a JSON object in SQLite; {} when absent or unreadable."""
    extra = row.get("extra")
    if isinstance(extra, str):
        try:
            extra = json.loads(extra)
        except json.JSONDecodeError:
            return {}
    return extra if isinstance(extra, dict) else {}


_BOUND_WORDS = {"exact": "exact", "approx": "approximate", "min": "a minimum (\"over\")",
                "max": "a maximum (\"up to\")"}


def _time_text(reference: tuple[str, str]) -> str:
    time, how = reference
    return {"as of": f"as of {time}", "dated": f"as of {time} (the date its sentence gives)",
            }.get(how, f"as of {time} ({how})")


def _credit_text(claim: Checked) -> str:
    return claim.credited.label if claim.credited else f"no one (its document: {_document_label(claim.document)})"


# --- the cross-check ----------------------------------------------------------------------


def cross_check(claims: Iterable[Mapping], documents: Iterable[Mapping], actors: Iterable[Mapping],
                settings: Settings | None = None, *, corpus: str | Path | None = None,
                comparable: Comparable | None = None) -> list[dict]:
    """Rows for the `conflicts` table, sorted: the comparable pairs of claims, agreeing or not
    (see `compared_pairs`, which yields them one group at a time).

    `corpus` lets a corpus folder bring its own vocab/comparable.yaml; `comparable`
    overrides the vocabulary outright (tests, notebooks)."""
    rows = compared_pairs(claims, documents, actors, settings, corpus=corpus, comparable=comparable)
    return sorted(rows, key=lambda r: (r["claim_a"], r["claim_b"]))


def compared_pairs(claims: Iterable[Mapping], documents: Iterable[Mapping], actors: Iterable[Mapping],
                   settings: Settings | None = None, *, corpus: str | Path | None = None,
                   comparable: Comparable | None = None) -> Iterator[dict]:
    """The rows of `cross_check`, one group of comparable claims after another (each group's
    rows by claim ids), made as they are read: a large corpus's pairs need not fit in memory."""
    for group in compared_groups(claims, documents, actors, settings, corpus=corpus, comparable=comparable):
        yield from group.rows()


@dataclass
class ComparedGroup:
    """The claims of one kind and family (e.g. figures of user counts), compared among themselves.
    `fingerprint` is a digest of everything its rows depend on: the same fingerprint, the same rows,
    so a build may keep the rows it wrote before instead of calling `rows`."""

    kind: str
    family: str
    fingerprint: str
    rows: Callable[[], Iterator[dict]]


def compared_groups(claims: Iterable[Mapping], documents: Iterable[Mapping], actors: Iterable[Mapping],
                    settings: Settings | None = None, *, corpus: str | Path | None = None,
                    comparable: Comparable | None = None) -> Iterator[ComparedGroup]:
    """The groups of `compared_pairs`, in order, each with its fingerprint; rows made on demand."""
    settings = settings or Settings.from_env()
    tolerance = float(settings.approx_tolerance)
    if not 0 <= tolerance < 1:
        raise CrossCheckError(f"approx_tolerance must be between 0 and 1 (got {tolerance}); "
                              "set SCKB_APPROX_TOLERANCE to e.g. 0.1")
    vocab = comparable or Comparable.load(settings.vocab_file(COMPARABLE_VOCAB, corpus),
                                          settings.vocab_file(NUMBERS_VOCAB, corpus))
    claims = _validate(list(claims))
    actors = [dict(a) for a in actors]
    if any(not a.get("id") for a in actors):
        raise CrossCheckError("an actor row has no id")
    documents_by_id = {d["id"]: dict(d) for d in documents}
    relations = [c for c in claims if c.get("kind") == "relation" and c.get("status") not in SET_ASIDE_STATUSES]
    graph = ActorGraph(actors, relations, vocab.scope_links)

    limit = settings.max_pairs_per_claim
    if limit < 1:
        raise CrossCheckError(f"max_pairs_per_claim must be at least 1 (got {limit})")
    groups: dict[tuple[str, str], list[Checked]] = {}
    for claim in _checked_claims(claims, documents_by_id, graph, vocab):
        groups.setdefault((claim.row["kind"], claim.family), []).append(claim)

    context = digest(graph.state(), vocab.state(), tolerance, limit)
    document_digests = {document_id: digest(document) for document_id, document in documents_by_id.items()}
    for (kind, family), members in sorted(groups.items()):
        def rows(kind=kind, members=members) -> Iterator[dict]:
            allow_parent = kind == "figure"
            for a, b in _candidate_pairs(members, graph, allow_parent, limit):
                if _same_phrase(a, b):
                    continue
                scope = _scope(a, b, graph, allow_parent)
                if scope:
                    yield _Pair(a, b, scope, graph, vocab, tolerance).row()
        fingerprint = digest(context, [(c.row, document_digests[c.document["id"]], c.topic, c.origin, c.credited)
                                       for c in members])
        yield ComparedGroup(kind, family, fingerprint, rows)


def _day(claim: Checked) -> float:
    """The day a claim's figure or event refers to, for finding its neighbours in time; unknown is last."""
    reference = claim.time_reference()
    if not reference or not ISO_PREFIX.match(reference[0]):
        return math.inf
    parts = [int(part) for part in reference[0].split("-")]
    year, month, day = parts + [1] * (3 - len(parts))
    try:
        return float(date(year, month, day).toordinal())
    except ValueError:
        return math.inf


def _candidate_pairs(members: list[Checked], graph: ActorGraph, allow_parent: bool, limit: int):
    """The pairs worth comparing, (a, b) with a.id < b.id, each once: claims about the same
    topic, or (with `allow_parent`) about a part and its whole. Each claim is paired with at most
    `limit` others, the nearest in time first, so the table grows with the corpus rather than
    with its square; a group of at most `limit` + 1 related claims gives every pair."""
    by_topic: dict[str, list[Checked]] = {}
    for claim in members:
        by_topic.setdefault(claim.topic, []).append(claim)
    topics = sorted(by_topic)
    wholes = {topic: graph.wholes(topic) & by_topic.keys() if allow_parent else set() for topic in topics}
    pairs: set[tuple[str, str]] = set()
    by_id = {claim.id: claim for claim in members}
    for topic in topics:
        related = {topic} | wholes[topic] | {part for part in topics if topic in wholes[part]}
        pool = sorted((c for t in related for c in by_topic[t]), key=lambda c: (_day(c), c.id))
        days = [_day(c) for c in pool]
        for claim in by_topic[topic]:
            for other in _nearest_in_time(pool, days, claim, limit):
                pairs.add((min(claim.id, other.id), max(claim.id, other.id)))
    return [(by_id[a], by_id[b]) for a, b in sorted(pairs)]


def _nearest_in_time(pool: list[Checked], days: list[float], claim: Checked, limit: int) -> list[Checked]:
    """Up to `limit` other claims of the time-sorted `pool` (which holds `claim`), nearest in time
    first; of two as near, the earlier in the pool."""
    def gap(day: float) -> float:
        return 0.0 if day == me else abs(day - me)  # unknown days (inf) are near each other

    me = _day(claim)
    here = bisect_left(pool, (me, claim.id), key=lambda c: (_day(c), c.id))
    before, after, found = here - 1, here + 1, []
    while len(found) < limit and (before >= 0 or after < len(pool)):
        if before < 0 or (after < len(pool) and gap(days[after]) < gap(days[before])):
            found.append(pool[after])
            after += 1
        else:
            found.append(pool[before])
            before -= 1
    return found


# --- explanation --------------------------------------------------------------------------

_REASON_LABELS = {
    "different_as_of": "different as-of dates",
    "different_metric": "different metric wording",
    "different_scope": "different subject scope",
    "different_bound": "different bounds",
    "rounding": "rounding",
    "different_source": "different credited sources",
    "same_credited_source": "the same credited source",
    "same_document": "the same document",
    "different_precision": "different date precision",
    "different_wording": "different event wording",
}


#: What makes an agreement weaker than it looks.
_AGREEMENT_CAVEATS = ("different_scope", "same_credited_source", "same_document")


def explain(row: Mapping) -> str:
    """One sentence summarising a `conflicts` row, for the CLI and the site."""
    reasons = row.get("reasons") or []
    if isinstance(reasons, str):
        reasons = json.loads(reasons)
    codes = [r["code"] for r in reasons]
    a, b = (_describe_value(row, side) for side in ("a", "b"))
    subject = row.get("subject") or "?"
    if row.get("relation") == "agrees":
        origins = row.get("independent_origins")
        caveats = [_REASON_LABELS[c] for c in codes if c in _AGREEMENT_CAVEATS]
        text = f"{subject}: {a} agrees with {b}"
        if origins is not None:
            text += f" ({origins} independent origin{'s' if origins != 1 else ''}"
            text += f"; {', '.join(caveats)})" if caveats else ")"
        return text + "."
    labels = [_REASON_LABELS[c] for c in codes if c in _REASON_LABELS]
    text = f"{subject}: {a} conflicts with {b}"
    return text + (f"; possible reasons: {', '.join(labels)}." if labels else "; no reason found to explain it.")


def _describe_value(row: Mapping, side: str) -> str:
    value = row.get(f"value_{side}")
    if row.get("kind") == "date":
        return f"{row.get('predicate')} {value}"
    words = {"exact": "", "approx": "about ", "min": "over ", "max": "up to "}
    bound = row.get(f"bound_{side}") or "exact"
    unit = row.get(f"unit_{side}") or ""
    return f"{words.get(bound, '')}{human_number(float(value))} {unit}".strip()
