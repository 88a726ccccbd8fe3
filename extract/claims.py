"""The claim record: one statement a source makes, with its provenance.

Claim components (spaCy pipeline components in extract/*.py) append `Claim`
objects to `doc._.claims`. Offsets are character offsets into the document
text; `quote_start`/`quote_end` delimit the whole sentence.
"""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field

KINDS = ("figure", "date", "perk", "penalty", "relation")
BOUNDS = ("exact", "approx", "min", "max")


@dataclass
class Claim:
    kind: str  # one of KINDS
    predicate: str  # e.g. user_count, launched, grants_perk, owned_by
    phrase_start: int  # the exact words carrying the claim
    phrase_end: int
    quote_start: int  # the sentence holding it
    quote_end: int
    method: str  # the rule or model that produced it, e.g. "figure/dep-subject"
    subject_id: str | None = None  # actor id (see extract.actors)
    subject: str | None = None  # the actor's canonical name
    value: float | None = None
    unit: str | None = None
    bound: str | None = None  # one of BOUNDS, for figures
    object: str | None = None  # the perk, the penalty, or the other actor of a relation
    object_id: str | None = None  # the other actor's id, for relations
    date: str | None = None  # ISO date or prefix of a dated event
    as_of: str | None = None  # the time a figure refers to
    attributed_to: str | None = None  # whom the text credits
    attribution_phrase: str | None = None  # the words that credit it ("according to X")
    confidence: float = 0.5
    extra: dict = field(default_factory=dict)  # rule-specific detail, e.g. currency, range role

    def identity(self) -> tuple:
        """What makes two claims the same claim: used for the id and to drop duplicates."""
        return (self.kind, self.predicate, self.phrase_start, self.phrase_end, self.object or "")

    def claim_id(self, document_id: str) -> str:
        """A stable id: the same document and claim give the same id in every build."""
        key = "\x1f".join([document_id, *map(str, self.identity())])
        return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]

    def as_dict(self) -> dict:
        return asdict(self)
