"""`sckb build`: a corpus folder in, build/kb.db and build/kb.trig (with kb.nq, kb.jsonld) out.

The build streams the corpus one source at a time, so memory does not grow with it:

1. extract: each source is read, analysed by the spaCy pipeline and turned into rows by
   workers (kb/extraction.py; this process, local processes or Dask: kb/executors.py);
   results come back in source order and are cached by content hash (kb/cache.py), so an
   unchanged source is not analysed again. A source that cannot be read is reported and
   skipped. Curators' reviews are applied to each source's claims and its rows are written
   to SQLite in batches.
2. cross-check: figures, dates and relations (a small part of the rows, kept in memory)
   are compared across sources; the actors and conflicts tables are written.
3. RDF: each source becomes its own RDF unit (metadata and named graph), validated against
   the SHACL shapes by the workers and cached too, then streamed into the RDF files.

Everything is written into a temporary folder and moved into place only when all of it
is complete, so a failed build never destroys the last good knowledge base. One job or
many, cached or not, the same corpus gives byte-identical outputs.
"""
from __future__ import annotations

import os
import shutil
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Callable, Iterable, Iterator

from extract.actors import Gazetteer
from extract.corpus import Corpus, open_corpus
from extract.settings import Settings
from kb import __version__, crosscheck, rdf
from kb.cache import ResultCache, digest, file_hash, pipeline_version, rdf_version
from kb.crosscheck import CrossCheckError
from kb.executors import ExecutorError, InProcess, open_executor
from kb.extraction import KnowledgeBaseTask, RdfTask, SourceTask, extract_sources, rdf_units
from kb.review import REVIEWS, Curation, ReviewError, load_reviews
from kb.rows import ActorRegistry
from kb.store import KnowledgeBaseWriter

#: progress(stage, done, total): called as work advances.
Progress = Callable[[str, int, int], None]
#: Columns of a document the cross-check does not need: left out of what the build keeps in memory.
BULKY_DOCUMENT_COLUMNS = ("text", "raw")
#: Columns of an actor that depend on the whole corpus, not on what a source says of it: left out of
#: what a source's RDF unit gets, so that a change elsewhere does not invalidate its cached RDF.
CORPUS_WIDE_ACTOR_COLUMNS = ("mention_count", "origin")


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
    #: Wall-clock seconds per stage of the build.
    seconds: dict[str, float] = field(default_factory=dict)
    #: Seconds of work per step, summed over the workers (read, nlp, rows, rdf, validate).
    work_seconds: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    #: Sources analysed by this build, and sources whose cached result was reused.
    analysed: int = 0
    reused: int = 0
    #: Sources whose RDF unit was made and validated by this build, and those taken from the cache.
    rdf_made: int = 0
    rdf_reused: int = 0
    jobs: int = 1
    elapsed: float = 0.0  # seconds, the whole build
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


def _batches(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def _source_task(corpus: Corpus, path: Path, settings: Settings) -> SourceTask:
    return SourceTask(path, corpus.root, corpus.catalog.get(path.relative_to(corpus.root).as_posix()), settings)


def cached_map(executor, function: Callable[[list], list], items: list[tuple[str, Callable]],
               cache: ResultCache, cacheable: Callable[[dict], bool], batch_size: int) -> Iterator[tuple[dict, bool]]:
    """(result, reused) for each (key, make_task) of `items`, in order: the cached result when
    there is one, else `function` run by the executor on batches of the tasks made for the
    misses. Results that are `cacheable` are stored under their key."""
    hits = [cache.has(key) for key, _ in items]
    if hits.count(False) <= batch_size:  # a few changed sources: starting workers would cost more
        executor = InProcess()
    misses = (make() for (_, make), hit in zip(items, hits) if not hit)
    computed = (result for batch in executor.map(function, _batches(misses, batch_size)) for result in batch)
    for (key, make), hit in zip(items, hits):
        result = cache.get(key) if hit else None
        reused = result is not None
        if not reused:
            result = next(computed) if not hit else function([make()])[0]  # an unreadable entry: redo it here
            if cacheable(result):
                cache.put(key, result)
        yield result, reused


# --- the build ------------------------------------------------------------------------------


@dataclass
class Assembly:
    """What the build keeps in memory between its stages: small, whatever the corpus size."""

    actors: ActorRegistry
    #: Documents without their text, and the columns of the claims the cross-check needs.
    documents: list[dict] = field(default_factory=list)
    cross_checked: list[dict] = field(default_factory=list)
    #: Per source: (document id, extraction key, rows digest, names to resolve, actors referenced).
    sources: list[tuple] = field(default_factory=list)
    predicates: set[str] = field(default_factory=set)
    claims: int = 0


def build(corpus_dir: str | Path = "corpus", out_dir: str | Path = "build", settings: Settings | None = None,
          progress: Progress = _no_progress, *, jobs: int | None = None, executor: str = "local",
          scheduler: str | None = None, cache: bool = True) -> BuildReport:
    """Build the knowledge base of `corpus_dir` into `out_dir`.

    jobs: workers (default: settings.jobs, 0 meaning the machine's cores); executor: "local" or "dask" (with
    `scheduler`, a Dask scheduler address; without, a local Dask cluster); cache: reuse
    per-source results from out_dir/cache (False analyses everything again)."""
    started = time.perf_counter()
    settings = settings or Settings.from_env()
    corpus_dir, out_dir = Path(corpus_dir), Path(out_dir)
    report = BuildReport(corpus_dir, out_dir)
    corpus = open_corpus(corpus_dir)
    report.errors.extend(corpus.problems)
    try:  # a broken reviews file fails the build: applying only part of the curation would lose work
        curation = Curation(load_reviews(corpus_dir / REVIEWS))
    except ReviewError as error:
        raise BuildFailed(str(error)) from None

    out_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".build-", dir=out_dir))
    results = ResultCache(out_dir / "cache" if cache else staging / "cache")
    try:
        workers = open_executor(executor, jobs or settings.jobs, scheduler)
    except ExecutorError as error:
        shutil.rmtree(staging, ignore_errors=True)
        raise BuildFailed(str(error)) from None
    report.jobs = workers.jobs
    try:
        writer = KnowledgeBaseWriter(staging / "kb.db")
        assembly = _extract(corpus, settings, curation, results, workers, writer, report, progress)
        _cross_check(assembly, corpus_dir, settings, writer, report)
        clock = time.perf_counter()
        writer.finish()
        report.seconds["store sqlite"] = report.seconds.get("store sqlite", 0) + time.perf_counter() - clock
        _write_rdf(assembly, settings, curation, results, workers, staging, report, progress)
        _publish(staging, out_dir, report)
    finally:
        workers.close()
        shutil.rmtree(staging, ignore_errors=True)
    if cache:
        results.prune()
    report.documents = len(assembly.documents)
    report.claims = assembly.claims
    report.elapsed = time.perf_counter() - started
    return report


def _extract(corpus: Corpus, settings: Settings, curation: Curation, cache: ResultCache, workers,
             writer: KnowledgeBaseWriter, report: BuildReport, progress: Progress) -> Assembly:
    """Stage 1: every source's rows, curated, into SQLite; what later stages need, into an Assembly."""
    clock = time.perf_counter()
    version = pipeline_version(settings, corpus.root)
    items = []
    for path in corpus.sources:
        try:
            content = file_hash(path)
        except OSError as error:
            report.errors.append(f"{path}: cannot read the file ({error.strerror or error})")
            continue
        task = _source_task(corpus, path, settings)
        key = digest(version, path.relative_to(corpus.root).as_posix(), content, task.catalog_entry)
        items.append((key, lambda task=task: task))
    assembly = Assembly(ActorRegistry(Gazetteer.load(settings.vocab_file("actors.yaml", corpus.root))))
    seen: dict[str, str] = {}
    writing = 0.0
    results = cached_map(workers, extract_sources, items, cache, cacheable=lambda result: "error" not in result,
                         batch_size=settings.batch_size)
    for done, ((key, _), (result, reused)) in enumerate(zip(items, results), 1):
        progress("extract", done, len(items))
        if "error" in result:
            report.errors.append(result["error"])
            continue
        document = result["document"]
        if document["id"] in seen:
            report.errors.append(f"{document['source']}: same id {document['id']!r} as {seen[document['id']]}; "
                                 "rename one of them")
            continue
        seen[document["id"]] = document["source"]
        report.reused += reused
        report.analysed += not reused
        report.model = report.model or result["model"]
        for step, seconds in result["seconds"].items() if not reused else ():
            report.work_seconds[step] += seconds

        writing -= time.perf_counter()
        curated = curation.apply(document["id"], result["claims"], document["text"])
        report.warnings.extend(curated.problems)
        for table in ("citations", "sentences", "mentions"):
            writer.add(table, result[table])
        writer.add("documents", [document])
        writer.add("claims", curated.claims)
        writer.add("rejected_claims", curated.rejected)
        writing += time.perf_counter()
        _remember(assembly, key, result, curated.claims)
    report.warnings.extend(curation.unapplied())
    report.seconds["extract"] = time.perf_counter() - clock - writing
    report.seconds["store sqlite"] = writing
    if not assembly.documents:
        raise BuildFailed(f"{corpus.root}: no source could be read", report.errors)
    return assembly


def _remember(assembly: Assembly, key: str, result: dict, claims: list[dict]) -> None:
    document = result["document"]
    assembly.actors.add_source(result["actors_named"], claims)
    assembly.documents.append({k: v for k, v in document.items() if k not in BULKY_DOCUMENT_COLUMNS})
    assembly.cross_checked.extend({column: claim.get(column) for column in crosscheck.CLAIM_COLUMNS}
                                  for claim in claims if claim["kind"] in crosscheck.CLAIM_KINDS)
    assembly.predicates.update(claim["predicate"] for claim in claims if claim.get("predicate"))
    assembly.claims += len(claims)
    names = sorted({name for name in [document.get("outlet"), *(c.get("attributed_to") for c in claims)] if name})
    referenced = sorted({c[k] for c in claims for k in ("subject_id", "object_id") if c.get(k)})
    rows_digest = digest(document, claims, result["citations"])
    assembly.sources.append((document["id"], key, rows_digest, names, referenced))


def _cross_check(assembly: Assembly, corpus_dir: Path, settings: Settings, writer: KnowledgeBaseWriter,
                 report: BuildReport) -> None:
    """Stage 2: the actors and conflicts tables."""
    clock = time.perf_counter()
    actors = assembly.actors.all()
    writer.add("actors", actors)
    report.actors = len(actors)

    def counted(rows):
        for row in rows:
            report.conflicts += row["relation"] == "conflicts"
            yield row

    try:  # the pairs go to SQLite as they are made
        writer.add("conflicts", counted(crosscheck.compared_pairs(assembly.cross_checked, assembly.documents,
                                                                    actors, settings, corpus=corpus_dir)))
    except CrossCheckError as error:
        raise BuildFailed(f"cross-checking failed: {error}") from None
    report.seconds["cross-check"] = time.perf_counter() - clock


def _write_rdf(assembly: Assembly, settings: Settings, curation: Curation, cache: ResultCache, workers,
               staging: Path, report: BuildReport, progress: Progress) -> None:
    """Stage 3: one validated RDF unit per source, streamed into kb.trig, kb.nq and kb.jsonld."""
    clock = time.perf_counter()
    run = {"software_version": __version__, "model": report.model}
    actors = {row["id"]: row for row in assembly.actors.all()}
    names = rdf.ActorNames(actors.values())
    version = rdf_version(settings, run)

    def task(document_id: str, extraction_key: str, resolved: dict, referenced: list[dict]) -> RdfTask:
        result = cache.get(extraction_key)
        curated = curation.apply(document_id, result["claims"], result["document"]["text"])
        return RdfTask(result["document"], curated.claims, result["citations"], resolved, referenced, settings, run)

    def stable(actor: dict) -> dict:
        return {k: v for k, v in actor.items() if k not in CORPUS_WIDE_ACTOR_COLUMNS}

    # The knowledge base's own unit first, then the sources in document-id order.
    everyone, predicates = [stable(actor) for actor in actors.values()], sorted(assembly.predicates)
    items = [(digest(version, everyone, predicates), lambda: KnowledgeBaseTask(everyone, predicates, settings))]
    for document_id, extraction_key, rows_digest, names_used, referenced_ids in sorted(assembly.sources):
        resolved = {name: names.find(name) for name in names_used}
        ids = sorted(set(referenced_ids) | {actor_id for actor_id in resolved.values() if actor_id})
        referenced = [stable(actors[actor_id]) for actor_id in ids]
        key = digest(version, rows_digest, resolved, referenced)
        items.append((key, lambda args=(document_id, extraction_key, resolved, referenced): task(*args)))

    problems = []
    with rdf.DatasetWriter(staging) as out:
        results = cached_map(workers, rdf_units, items, cache, cacheable=lambda result: result["conforms"],
                             batch_size=settings.batch_size)
        for done, (result, reused) in enumerate(results):
            progress("rdf", done, len(items) - 1)
            if not result["conforms"]:
                problems.append(result["report"])
                continue
            if done:  # a source's unit, not the knowledge base's
                report.rdf_reused += reused
                report.rdf_made += not reused
            for step, seconds in result["seconds"].items() if not reused else ():
                report.work_seconds[step] += seconds
            out.add(rdf.Chunk.from_json(result["chunk"]))
    report.seconds["rdf"] = time.perf_counter() - clock
    if problems:
        raise BuildFailed("the RDF violates the SHACL shapes in kb/shapes.ttl (or its rows their texts)", problems)


def _publish(staging: Path, out_dir: Path, report: BuildReport) -> None:
    """Move every finished output into place (os.replace is atomic per file)."""
    for path in sorted(staging.iterdir()):
        if path.is_file():
            target = out_dir / path.name
            os.replace(path, target)
            report.outputs[path.name] = target


def extract_corpus(corpus_dir: Path, settings: Settings, report: BuildReport,
                   progress: Progress = _no_progress, jobs: int | None = 1) -> dict[str, list[dict]]:
    """The extractor's claims and documents of a corpus, in memory, with no curation, cache or
    knowledge base: what `sckb evaluate` scores."""
    corpus = open_corpus(corpus_dir)
    report.errors.extend(corpus.problems)
    tables: dict[str, list[dict]] = {"documents": [], "claims": []}
    tasks = [_source_task(corpus, path, settings) for path in corpus.sources]
    workers = open_executor("local", jobs)
    try:
        results = (result for batch in workers.map(extract_sources, _batches(tasks, settings.batch_size)) for result in batch)
        for done, result in enumerate(results, 1):
            progress("extract", done, len(tasks))
            if "error" in result:
                report.errors.append(result["error"])
                continue
            tables["documents"].append(result["document"])
            tables["claims"].extend(result["claims"])
            report.model = report.model or result["model"]
    finally:
        workers.close()
    if not tables["documents"]:
        raise BuildFailed(f"{corpus_dir}: no source could be read", report.errors)
    return tables
