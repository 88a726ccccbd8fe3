"""The per-source work of a build, as it runs in a worker: read and analyse sources, make their rows and RDF.

A `SourceTask` says everything a worker needs to know of one source; `extract_sources`
handles a batch of them (the spaCy pipeline is faster on batches) and returns one plain,
JSON-able result per source, so results can be cached on disk and sent between processes:

    {"document": row, "claims": [...], "citations": [...], "sentences": [...], "mentions": [...],
     "actors_named": [[actor id, name, type, mentions], ...], "model": "en_core_web_sm 3.8.0",
     "seconds": {"read": s, "nlp": s, "rows": s}}

or {"error": "path: what is wrong"} for a source that cannot be read. `rdf_units` makes the
validated RDF units of sources (and of the knowledge base's own part) from their curated rows.
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from extract.citations import find_citations
from extract.corpus import apply_catalog
from extract.document import SourceError
from extract.nlp import load_nlp, new_doc
from extract.readers import read_source
from extract.settings import Settings
from kb import rdf, rows


@dataclass(frozen=True)
class SourceTask:
    path: Path
    corpus: Path
    catalog_entry: dict | None
    settings: Settings
    record: int | None = None  # which record of a citation export holding several


def read(task: SourceTask):
    document = read_source(task.path, task.corpus, task.settings, task.record)
    document.citations = find_citations(document.text)
    return apply_catalog(document, task.catalog_entry)


def model_label(nlp) -> str:
    return f"{nlp.meta['lang']}_{nlp.meta['name']} {nlp.meta['version']}"


def _analyse(nlp, documents: list) -> list:
    """The documents' spaCy Docs, analysed as one batch; when that fails, one by one, so that
    a source which trips a bug gets its exception instead of a Doc and takes no other down."""
    def doc_of(document):
        return new_doc(nlp, document.text, document.published, document.id, document.outlet, document.authors)
    try:
        return list(nlp.pipe([doc_of(document) for document in documents], batch_size=len(documents)))
    except Exception:  # noqa: BLE001 - which source failed is found below
        pass
    analysed = []
    for document in documents:
        try:
            analysed.append(nlp(doc_of(document)))
        except Exception as error:  # noqa: BLE001 - reported as this source's error
            analysed.append(error)
    return analysed


def extract_sources(tasks: list[SourceTask]) -> list[dict]:
    """Read and analyse a batch of sources (all from one corpus, with one settings)."""
    results: list[dict] = [{} for _ in tasks]
    documents = []
    for i, task in enumerate(tasks):
        clock = time.perf_counter()
        try:
            documents.append((i, read(task)))
        except SourceError as error:
            results[i] = {"error": str(error)}
            continue
        results[i]["seconds"] = {"read": time.perf_counter() - clock}
    if not documents:
        return results

    nlp = load_nlp(tasks[0].settings, tasks[0].corpus)
    clock = time.perf_counter()
    analysed = _analyse(nlp, [document for _, document in documents])
    nlp_seconds = (time.perf_counter() - clock) / len(documents)
    for (i, document), doc in zip(documents, analysed):
        if isinstance(doc, Exception):  # a bug met on this source: the rest of the corpus still builds
            cause = doc.__cause__ or doc  # spaCy wraps a component's KeyError in a ValueError of its own
            results[i] = {"error": f"{document.source}: the extractor failed on this source "
                                   f"({type(cause).__name__}: {cause}); please report it"}
            continue
        clock = time.perf_counter()
        claims = rows.claim_rows(document, doc)
        results[i].update({
            "document": rows.document_row(document),
            "claims": claims,
            "citations": rows.citation_rows(document),
            "sentences": rows.sentence_rows(document, doc),
            "mentions": rows.mention_rows(document, doc),
            "actors_named": rows.actors_named(doc),
            "model": model_label(nlp),
        })
        results[i]["seconds"].update(nlp=nlp_seconds, rows=time.perf_counter() - clock)
    return results


# --- the RDF of a source ----------------------------------------------------------------------


@dataclass(frozen=True)
class RdfTask:
    """One source's curated rows, with what its RDF needs of the rest of the knowledge base:
    the actor each name it credits resolves to, and the rows of the actors it refers to."""

    document: dict
    claims: list[dict]
    citations: list[dict]
    resolved: dict[str, str | None]
    referenced: list[dict]
    settings: Settings
    run: dict


class ResolvedNames:
    """`rdf.ActorNames`' answers for one source, computed by the build from all actors."""

    def __init__(self, resolved: dict[str, str | None]):
        self.resolved = resolved

    def find(self, name: str) -> str | None:
        return self.resolved.get(name)


@dataclass(frozen=True)
class KnowledgeBaseTask:
    """The knowledge base's own RDF unit: every actor, and the predicate terms the claims use."""

    actors: list[dict]
    predicates: list[str]
    settings: Settings


def _work(task: RdfTask | KnowledgeBaseTask) -> tuple:
    """(make the unit's triples, the actor rows it may point at)."""
    if isinstance(task, KnowledgeBaseTask):
        return lambda: rdf.knowledge_base_triples(task.actors, task.predicates, task.settings), task.actors
    return (lambda: rdf.source_triples(task.document, task.claims, task.citations, ResolvedNames(task.resolved),
                                       task.settings, task.run), task.referenced)


def rdf_units(tasks: list[RdfTask | KnowledgeBaseTask]) -> list[dict]:
    """Each unit's RDF, validated against the SHACL shapes (the batch in one validation):
    {"chunk": JSON of rdf.Chunk, "conforms": bool, "report": text, "seconds": {"rdf": s, "validate": s}}."""
    results = []
    for task, unit in zip(tasks, rdf.checked_units([_work(task) for task in tasks])):
        if isinstance(unit, rdf.RDFInputError):
            where = task.document["source"] if isinstance(task, RdfTask) else "actors"
            results.append({"conforms": False, "report": f"{where}: {unit}"})
            continue
        results.append({"chunk": unit.chunk.to_json(), "conforms": unit.conforms, "report": unit.report,
                        "seconds": {"rdf": unit.seconds_built, "validate": unit.seconds_validated}})
    return results
