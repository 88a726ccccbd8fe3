"""Turn read documents and analysed spaCy Docs into the rows of kb/schema.py."""
from __future__ import annotations

import hashlib

from spacy.tokens import Doc

from extract.actors import SPANS_KEY, Gazetteer, actor_of
from extract.document import Document


def document_row(document: Document) -> dict:
    return {
        "id": document.id,
        "source": document.source,
        "title": document.title,
        "kind": document.kind,
        "outlet": document.outlet,
        "authors": document.authors or [],
        "published": document.published,
        "url": document.url,
        "license": document.license,
        "doi": document.doi,
        "text": document.text,
        "format": document.format,
        "keywords": document.keywords or [],
        "original_name": document.original_name,
        "encoding": document.encoding,
        "notes": document.notes or {},
        "raw": document.raw,
    }


def citation_rows(document: Document) -> list[dict]:
    rows = []
    for citation in document.citations:
        key = f"{document.id}\x1f{citation.start}\x1f{citation.end}"
        rows.append({
            "id": hashlib.sha1(key.encode()).hexdigest()[:16],
            "document_id": document.id,
            "kind": citation.kind,
            "text": citation.text,
            "start": citation.start,
            "end": citation.end,
            "title": citation.title,
            "authors": citation.authors,
            "date": citation.date,
            "retrieved": getattr(citation, "retrieved", None),
            "url": citation.url,
        })
    return rows


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of text[start:end] without its leading and trailing white space."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def claim_rows(document: Document, doc: Doc) -> list[dict]:
    """The claims the pipeline found, with provenance; one row per distinct claim id."""
    text = document.text
    rows: dict[str, dict] = {}
    for claim in doc._.claims or []:
        claim_id = claim.claim_id(document.id)
        if claim_id in rows:
            continue
        claim.quote_start, claim.quote_end = trimmed(text, claim.quote_start, claim.quote_end)
        rows[claim_id] = {
            "id": claim_id,
            "document_id": document.id,
            "kind": claim.kind,
            "subject_id": claim.subject_id,
            "subject": claim.subject,
            "predicate": claim.predicate,
            "value": claim.value,
            "unit": claim.unit,
            "bound": claim.bound,
            "object": claim.object,
            "object_id": claim.object_id,
            "date": claim.date,
            "as_of": claim.as_of,
            "phrase": text[claim.phrase_start:claim.phrase_end],
            "phrase_start": claim.phrase_start,
            "phrase_end": claim.phrase_end,
            "quote": text[claim.quote_start:claim.quote_end],
            "start_char": claim.quote_start,
            "end_char": claim.quote_end,
            "attributed_to": claim.attributed_to,
            "attribution_phrase": claim.attribution_phrase,
            "method": claim.method,
            "confidence": claim.confidence,
            "status": "extracted",
            "extra": claim.extra or {},
        }
    return sorted(rows.values(), key=lambda row: (row["start_char"], row["phrase_start"], row["id"]))


def sentence_rows(document: Document, doc: Doc) -> list[dict]:
    rows = []
    for sent in doc.sents:
        start, end = trimmed(document.text, sent.start_char, sent.end_char)
        if start < end:
            rows.append({"id": f"{document.id}/{len(rows)}", "document_id": document.id, "number": len(rows),
                         "start": start, "end": end, "text": document.text[start:end]})
    return rows


def actors_named(doc: Doc) -> list[list]:
    """[actor id, name, type, mentions] for each actor the document names, in order of first mention:
    what the build's ActorRegistry needs of a source (it is cached and sent between processes)."""
    named: dict[str, list] = {}
    for span in doc.spans.get(SPANS_KEY, []):
        actor_id, name = actor_of(span)
        named.setdefault(actor_id, [actor_id, name, span.label_, 0])[3] += 1
    return list(named.values())


def mention_rows(document: Document, doc: Doc) -> list[dict]:
    return [
        {"id": f"{document.id}/{span.start_char}-{span.end_char}", "actor_id": span.id_,
         "document_id": document.id, "start": span.start_char, "end": span.end_char, "text": span.text}
        for span in doc.spans.get(SPANS_KEY, [])
    ]


class ActorRegistry:
    """Collects the actors of a build: the whole gazetteer, plus those the corpus names."""

    def __init__(self, gazetteer: Gazetteer):
        self.rows: dict[str, dict] = {}
        for actor in gazetteer.actors.values():
            self.rows[actor.id] = {
                "id": actor.id, "name": actor.name, "type": actor.type, "aliases": actor.aliases,
                "description": actor.description, "part_of": actor.part_of, "origin": "gazetteer",
                "mention_count": 0,
            }

    def _ensure(self, actor_id: str, name: str, type_: str, origin: str) -> None:
        if actor_id not in self.rows:
            self.rows[actor_id] = {
                "id": actor_id, "name": name, "type": type_, "aliases": [], "description": None,
                "part_of": [], "origin": origin, "mention_count": 0,
            }

    def add_source(self, actors_named: list[list], claims: list[dict]) -> None:
        """Count one source's mentions (from `actors_named`) and register the actors its claims name."""
        for actor_id, name, type_, count in actors_named:
            self._ensure(actor_id, name, type_, "ner")
            self.rows[actor_id]["mention_count"] += count
        for claim in claims:
            for key, name in (("subject_id", claim["subject"]), ("object_id", claim.get("object"))):
                if claim.get(key):
                    self._ensure(claim[key], name or claim[key], "organization", "claim")

    def all(self) -> list[dict]:
        return [self.rows[key] for key in sorted(self.rows)]
