"""Curators' review decisions, applied by every build so human work survives rebuilds.

Decisions live in `corpus/annotations/reviews.jsonl`, one JSON object per line:
`{"claim_id", "decision": accept|reject|correct|add, "fields": {...}, "by", "why", "date"}`
(see corpus/annotations/README.md). A decision whose claim no longer exists is
reported, never silently dropped.
"""
from __future__ import annotations

import datetime
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from kb.hashing import digest

DECISIONS = ("accept", "reject", "correct", "add")
REVIEWS = Path("annotations") / "reviews.jsonl"
#: Fields a correction may change: what a claim says, never its provenance.
CORRECTABLE = ("subject_id", "subject", "predicate", "value", "unit", "bound", "object", "object_id",
               "date", "as_of", "attributed_to", "kind")
STATUS = {"accept": "accepted", "correct": "corrected", "add": "curated"}


class ReviewError(ValueError):
    pass


@dataclass
class ReviewOutcome:
    claims: list[dict]
    rejected: list[dict] = field(default_factory=list)
    #: One line per decision that could not be applied (stale claim id, quote not found...).
    problems: list[str] = field(default_factory=list)


def load_reviews(path: Path) -> list[dict]:
    if not path.is_file():
        return []
    decisions = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            decision = json.loads(line)
        except json.JSONDecodeError as error:
            raise ReviewError(f"{path}:{number}: not JSON ({error.msg})") from None
        problem = check_decision(decision)
        if problem:
            raise ReviewError(f"{path}:{number}: {problem}")
        decision["_line"] = f"{path}:{number}"
        decisions.append(decision)
    return decisions


def check_decision(decision: dict) -> str | None:
    kind = decision.get("decision")
    if kind not in DECISIONS:
        return f"decision must be one of {', '.join(DECISIONS)}, not {kind!r}"
    if not decision.get("by") or not decision.get("why"):
        return "every decision says who made it ('by') and why ('why')"
    if kind != "add" and not decision.get("claim_id"):
        return f"a {kind} decision names the claim it is about ('claim_id')"
    fields = decision.get("fields") or {}
    if kind == "correct":
        wrong = sorted(set(fields) - set(CORRECTABLE))
        if not fields or wrong:
            return f"a correction changes some of {', '.join(CORRECTABLE)}" + (f"; not {', '.join(wrong)}" if wrong else "")
    if kind == "add":
        missing = [k for k in ("document_id", "kind", "predicate", "quote", "phrase") if not fields.get(k)]
        if missing:
            return f"an added claim needs {', '.join(missing)}"
    return None


def added_claim(decision: dict, texts: dict[str, str]) -> dict | str:
    """The claim a curator added, anchored in its document's text; or the problem."""
    fields = dict(decision["fields"])
    text = texts.get(fields["document_id"])
    if text is None:
        return f"no document {fields['document_id']!r}"
    start = text.find(fields["quote"])
    if start < 0:
        return f"quote not found in document {fields['document_id']!r}"
    phrase_start = text.find(fields["phrase"], start)
    if phrase_start < 0 or phrase_start >= start + len(fields["quote"]):
        return "phrase not found inside the quote"
    key = json.dumps(fields, sort_keys=True, ensure_ascii=False)
    claim = {column: fields.get(column) for column in CORRECTABLE}
    claim.update({
        "id": "c" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:15],
        "document_id": fields["document_id"], "kind": fields["kind"], "predicate": fields["predicate"],
        "phrase": fields["phrase"], "phrase_start": phrase_start, "phrase_end": phrase_start + len(fields["phrase"]),
        "quote": fields["quote"], "start_char": start, "end_char": start + len(fields["quote"]),
        "method": f"curator:{decision['by']}", "confidence": 1.0, "extra": {},
    })
    return claim


def apply_reviews(claims: list[dict], decisions: list[dict], texts: dict[str, str]) -> ReviewOutcome:
    """Apply decisions in file order; later decisions about a claim override earlier ones."""
    by_id = {claim["id"]: dict(claim) for claim in claims}
    rejected: dict[str, dict] = {}
    problems = []
    for decision in decisions:
        kind, claim_id = decision["decision"], decision.get("claim_id")
        note = {"review_by": decision["by"], "review_why": decision["why"], "review_date": decision.get("date")}
        if kind == "add":
            claim = added_claim(decision, texts)
            if isinstance(claim, str):
                problems.append(f"{decision['_line']}: cannot add the claim: {claim}")
                continue
            by_id[claim["id"]] = {**claim, **note, "status": "curated"}
            continue
        if claim_id not in by_id:
            problems.append(f"{decision['_line']}: claim {claim_id} no longer exists (stale {kind} decision)")
            continue
        if kind == "reject":
            rejected[claim_id] = {**by_id.pop(claim_id), **note, "status": "rejected"}
            continue
        claim = by_id[claim_id]
        if kind == "correct":
            claim["corrected_fields"] = {name: claim.get(name) for name in decision["fields"]}
            claim.update(decision["fields"])
        claim.update(note, status=STATUS[kind])
    ordered = sorted(by_id.values(), key=lambda c: (c["document_id"], c["start_char"], c["phrase_start"], c["id"]))
    return ReviewOutcome(ordered, sorted(rejected.values(), key=lambda c: c["id"]), problems)


def record_decision(corpus: Path, decision: dict) -> Path:
    """Append one decision to the corpus's reviews file (what `sckb review` does)."""
    decision = {"date": datetime.date.today().isoformat(), **decision}
    problem = check_decision(decision)
    if problem:
        raise ReviewError(problem)
    path = corpus / REVIEWS
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(decision, ensure_ascii=False, sort_keys=True) + "\n")
    return path


class Curation:
    """The decisions of a reviews file, applied one source at a time as a build streams them.

    Each source gets the decisions about its claims (and the claims added to it) in file
    order, exactly what `apply_reviews` would give it on the whole corpus; `unapplied()`
    reports the decisions no source took, with apply_reviews' own words."""

    def __init__(self, decisions: list[dict]):
        self.decisions = decisions
        self.about_claim: dict[str, list[int]] = {}
        self.added_to: dict[str, list[int]] = {}
        for number, decision in enumerate(decisions):
            if decision["decision"] == "add":
                self.added_to.setdefault(decision["fields"]["document_id"], []).append(number)
            else:
                self.about_claim.setdefault(decision["claim_id"], []).append(number)
        self.taken: set[int] = set()

    def about(self, document_id: str, claim_ids: Iterable[str]) -> list[int]:
        """The numbers of the decisions about a source: about its claims, or adding to it."""
        numbers = set(self.added_to.get(document_id, []))
        for claim_id in claim_ids:
            numbers.update(self.about_claim.get(claim_id, []))
        return sorted(numbers)

    def digest(self, numbers: list[int]) -> str:
        """What identifies these decisions: a source curated with the same ones comes out the same."""
        return digest([self.decisions[n] for n in numbers])

    def take(self, numbers: list[int]) -> None:
        """Count decisions as applied (by this build, or carried over from the previous one)."""
        self.taken.update(numbers)

    def apply(self, document_id: str, claims: list[dict], text: str) -> ReviewOutcome:
        numbers = self.about(document_id, (claim["id"] for claim in claims))
        self.take(numbers)
        return apply_reviews(claims, [self.decisions[n] for n in numbers], {document_id: text})

    def unapplied(self) -> list[str]:
        left = [d for n, d in enumerate(self.decisions) if n not in self.taken]
        return apply_reviews([], left, {}).problems
