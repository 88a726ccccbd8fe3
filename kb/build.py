"""`sckb build`: a corpus folder in, build/kb.db and build/kb.trig out.

Stages: read every source (a broken file is reported and skipped), analyse the
texts with the spaCy pipeline, turn documents and claims into rows, cross-check,
then write the SQLite and RDF stores into a temporary folder and move them into
place only when all of them are complete, so a failed build never destroys the
last good knowledge base.
"""
from __future__ import annotations

import os
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from extract.actors import Gazetteer
from extract.citations import find_citations
from extract.corpus import apply_catalog, open_corpus
from extract.document import Document, SourceError
from extract.nlp import load_nlp, new_doc
from extract.readers import read_source
from extract.settings import Settings
from kb import __version__, rdf
from kb import rows as to_rows
from kb.crosscheck import CrossCheckError, cross_check
from kb.review import REVIEWS, ReviewError, apply_reviews, load_reviews
from kb.store import write_sqlite

#: progress(stage, done, total): called as work advances.
Progress = Callable[[str, int, int], None]


@dataclass
class BuildReport:
    corpus: Path
    out: Path
    documents: int = 0
    claims: int = 0
    actors: int = 0
    conflicts: int = 0
    #: One line per source that could not be read, or corpus problem.
    errors: list[str] = field(default_factory=list)
    #: One line per thing a person should look at that did not stop a source (stale reviews...).
    warnings: list[str] = field(default_factory=list)
    outputs: dict[str, Path] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)
    model: str = ""  # the spaCy model that analysed the texts

    @property
    def ok(self) -> bool:
        return not self.errors


class BuildFailed(Exception):
    """The build could not produce a knowledge base; the previous one is untouched."""

    def __init__(self, message: str, errors: list[str] | None = None):
        super().__init__(message)
        self.errors = errors or []


def _no_progress(stage: str, done: int, total: int) -> None:
    pass


def read_documents(corpus_dir: Path, settings: Settings, report: BuildReport, progress: Progress) -> list[Document]:
    corpus = open_corpus(corpus_dir)
    report.errors.extend(corpus.problems)
    documents: list[Document] = []
    seen: dict[str, str] = {}
    for done, path in enumerate(corpus.sources, 1):
        progress("read", done, len(corpus.sources))
        try:
            document = read_source(path, corpus.root, settings)
        except SourceError as error:
            report.errors.append(str(error))
            continue
        if document.id in seen:
            report.errors.append(
                f"{document.source}: same id {document.id!r} as {seen[document.id]}; rename one of them"
            )
            continue
        seen[document.id] = document.source
        document.citations = find_citations(document.text)
        documents.append(apply_catalog(document, corpus.catalog.get(document.source)))
    return documents


def extract_corpus(corpus_dir: Path, settings: Settings, report: BuildReport,
                   progress: Progress = _no_progress) -> dict[str, list[dict]]:
    """Read and analyse every source: the rows of every table, before curation and cross-checking."""
    clock = time.perf_counter()
    documents = read_documents(corpus_dir, settings, report, progress)
    report.seconds["read"] = time.perf_counter() - clock
    if not documents:
        raise BuildFailed(f"{corpus_dir}: no source could be read", report.errors)

    clock = time.perf_counter()
    nlp = load_nlp(settings, corpus_dir)
    actors = to_rows.ActorRegistry(Gazetteer.load(settings.vocab_file("actors.yaml", corpus_dir)))
    tables: dict[str, list[dict]] = {name: [] for name in ("documents", "claims", "citations", "sentences", "mentions")}
    docs = (new_doc(nlp, d.text, d.published, d.id) for d in documents)
    for done, (document, doc) in enumerate(zip(documents, nlp.pipe(docs, batch_size=16)), 1):
        claims = to_rows.claim_rows(document, doc)
        actors.add_doc(doc, claims)
        tables["documents"].append(to_rows.document_row(document))
        tables["claims"].extend(claims)
        tables["citations"].extend(to_rows.citation_rows(document))
        tables["sentences"].extend(to_rows.sentence_rows(document, doc))
        tables["mentions"].extend(to_rows.mention_rows(document, doc))
        progress("extract", done, len(documents))
    tables["actors"] = actors.all()
    report.model = f"{nlp.meta['lang']}_{nlp.meta['name']} {nlp.meta['version']}"
    report.seconds["extract"] = time.perf_counter() - clock
    return tables


def build(corpus_dir: str | Path = "corpus", out_dir: str | Path = "build", settings: Settings | None = None,
          progress: Progress = _no_progress) -> BuildReport:
    settings = settings or Settings.from_env()
    corpus_dir, out_dir = Path(corpus_dir), Path(out_dir)
    report = BuildReport(corpus_dir, out_dir)
    tables = extract_corpus(corpus_dir, settings, report, progress)

    try:  # a broken reviews file fails the build: applying only part of the curation would lose work
        decisions = load_reviews(corpus_dir / REVIEWS)
    except ReviewError as error:
        raise BuildFailed(str(error)) from None
    texts = {row["id"]: row["text"] for row in tables["documents"]}
    reviewed = apply_reviews(tables["claims"], decisions, texts)
    tables["claims"], tables["rejected_claims"] = reviewed.claims, reviewed.rejected
    report.warnings.extend(reviewed.problems)

    clock = time.perf_counter()
    try:
        tables["conflicts"] = cross_check(tables["claims"], tables["documents"], tables["actors"], settings,
                                          corpus=corpus_dir)
    except CrossCheckError as error:
        raise BuildFailed(f"cross-checking failed: {error}") from None
    report.seconds["cross-check"] = time.perf_counter() - clock

    out_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".build-", dir=out_dir))
    try:
        clock = time.perf_counter()
        write_sqlite(staging / "kb.db", tables)
        report.seconds["store sqlite"] = time.perf_counter() - clock
        _write_rdf(tables, staging, settings, report)
        _publish(staging, out_dir, report)
    finally:
        shutil.rmtree(staging, ignore_errors=True)

    report.documents = len(tables["documents"])
    report.claims = len(tables["claims"])
    report.actors = len(tables["actors"])
    report.conflicts = sum(row["relation"] == "conflicts" for row in tables["conflicts"])
    return report


def _write_rdf(tables: dict[str, list[dict]], staging: Path, settings: Settings, report: BuildReport) -> None:
    """The RDF stores, validated against kb/shapes.ttl: a graph that violates them fails the build."""
    clock = time.perf_counter()
    run = {"software_version": __version__, "model": report.model}
    try:
        dataset = rdf.build_dataset(tables["documents"], tables["actors"], tables["claims"], tables["citations"],
                                    settings, run=run)
    except rdf.RDFInputError as error:
        raise BuildFailed("the RDF build refused rows whose offsets do not match their text", error.problems) from None
    report.seconds["store rdf"] = time.perf_counter() - clock
    clock = time.perf_counter()
    conforms, violations = rdf.validate(dataset)
    report.seconds["validate"] = time.perf_counter() - clock
    if not conforms:
        raise BuildFailed("the RDF graph violates the SHACL shapes in kb/shapes.ttl:\n" + violations)
    rdf.write_all(dataset, staging)


def _publish(staging: Path, out_dir: Path, report: BuildReport) -> None:
    """Move every finished output into place (os.replace is atomic per file)."""
    for path in sorted(staging.iterdir()):
        target = out_dir / path.name
        os.replace(path, target)
        report.outputs[path.name] = target
