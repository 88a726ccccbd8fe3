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

A build that follows another into the same folder carries over what did not change
(kb/manifest.py): the rows of unchanged sources stay in a copy of the previous kb.db and
their RDF is copied from the previous files; nothing at all is done when nothing changed.

Everything is written into a temporary folder and moved into place only when all of it
is complete, so a failed build never destroys the last good knowledge base. One job or
many, cached, carried over or not, the same corpus gives the same rows and byte-identical
RDF files.
"""
from __future__ import annotations

import os
import shutil
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Callable, Iterable, Iterator

from extract.actors import Gazetteer
from extract.corpus import Corpus, CorpusSource, open_corpus
from extract.settings import Settings
from kb import __version__, crosscheck, rdf
from kb.cache import ResultCache, build_version, pipeline_version, rdf_version
from kb.hashing import digest, file_hash
from kb.crosscheck import CrossCheckError
from kb.executors import ExecutorError, InProcess, open_executor
from kb.extraction import KnowledgeBaseTask, RdfTask, SourceTask, extract_sources, rdf_units
from kb.manifest import OUTPUTS, Manifest
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
    #: Nothing changed since the last build: its outputs were kept as they are.
    up_to_date: bool = False
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


def _source_task(corpus: Corpus, source: CorpusSource, settings: Settings) -> SourceTask:
    return SourceTask(source.path, corpus.root, corpus.catalog_entry(source), settings, source.record)


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
        if hit:  # an unreadable entry is redone here
            yield cached_or_made(key, make, function, cache, cacheable)
            continue
        result = next(computed)
        if cacheable(result):
            cache.put(key, result)
        yield result, False


def cached_or_made(key: str, make: Callable, function: Callable[[list], list], cache: ResultCache,
                   cacheable: Callable[[dict], bool]) -> tuple[dict, bool]:
    """(result, reused) of one item: its cache entry, else `function` run here on `make()`."""
    result = cache.get(key)
    if result is not None:
        return result, True
    result = function([make()])[0]
    if cacheable(result):
        cache.put(key, result)
    return result, False


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
    #: What the manifest records of each source (see kb/manifest.py).
    recorded: dict[str, dict] = field(default_factory=dict)

    def add(self, summary: dict, summary_key: str) -> None:
        """Take in one source's summary (see `source_summary`)."""
        document = summary["document"]
        self.actors.add_source(summary["actors_named"], summary["claim_actors"])
        self.documents.append(document)
        self.cross_checked.extend(summary["cross_checked"])
        self.predicates.update(summary["predicates"])
        self.claims += summary["claims"]
        self.sources.append((document["id"], summary["key"], summary["rows_digest"], summary["names"],
                             summary["referenced"]))
        self.recorded[document["id"]] = {"source": document["source"], "key": summary["key"],
                                         "decisions": summary["decisions"], "summary": summary_key}


def source_summary(key: str, result: dict, claims: list[dict], decisions: str, problems: list[str]) -> dict:
    """What the build keeps of one source after writing its rows (`claims`: curated): enough for the
    later stages and for carrying the source over into the next build without reading it again."""
    document = result["document"]
    return {
        "key": key,
        "decisions": decisions,
        "claim_ids": [claim["id"] for claim in result["claims"]],  # as extracted: what reviews refer to
        "problems": problems,
        "model": result["model"],
        "document": {k: v for k, v in document.items() if k not in BULKY_DOCUMENT_COLUMNS},
        "actors_named": result["actors_named"],
        "claim_actors": [{k: claim.get(k) for k in ("subject_id", "subject", "object_id", "object")}
                         for claim in claims],
        "cross_checked": [{column: claim.get(column) for column in crosscheck.CLAIM_COLUMNS}
                          for claim in claims if claim["kind"] in crosscheck.CLAIM_KINDS],
        "predicates": sorted({claim["predicate"] for claim in claims if claim.get("predicate")}),
        "claims": len(claims),
        "names": sorted({name for name in [document.get("outlet"), *(c.get("attributed_to") for c in claims)]
                         if name}),
        "referenced": sorted({c[k] for c in claims for k in ("subject_id", "object_id") if c.get(k)}),
        "rows_digest": digest(document, claims, result["citations"]),
    }


def build(corpus_dir: str | Path = "corpus", out_dir: str | Path = "build", settings: Settings | None = None,
          progress: Progress = _no_progress, *, jobs: int | None = None, executor: str = "local",
          scheduler: str | None = None, cache: bool = True) -> BuildReport:
    """Build the knowledge base of `corpus_dir` into `out_dir`.

    jobs: workers (default: settings.jobs, 0 meaning the machine's cores); executor: "local" or "dask" (with
    `scheduler`, a Dask scheduler address; without, a local Dask cluster); cache: reuse
    per-source results from out_dir/cache, and the rows and RDF of unchanged sources from the
    previous build (False analyses and writes everything again)."""
    started = time.perf_counter()
    settings = settings or Settings.from_env()
    corpus_dir, out_dir = Path(corpus_dir), Path(out_dir)
    report = BuildReport(corpus_dir, out_dir)
    corpus = open_corpus(corpus_dir, settings)
    report.errors.extend(corpus.problems)
    try:  # a broken reviews file fails the build: applying only part of the curation would lose work
        curation = Curation(load_reviews(corpus_dir / REVIEWS))
    except ReviewError as error:
        raise BuildFailed(str(error)) from None

    out_dir.mkdir(parents=True, exist_ok=True)
    version = build_version(settings, corpus.root)
    previous = Manifest.read(out_dir / "cache", out_dir, version) if cache else None
    staging = Path(tempfile.mkdtemp(prefix=".build-", dir=out_dir))
    results = ResultCache(out_dir / "cache" if cache else staging / "cache")
    try:
        workers = open_executor(executor, jobs or settings.jobs, scheduler)
    except ExecutorError as error:
        shutil.rmtree(staging, ignore_errors=True)
        raise BuildFailed(str(error)) from None
    report.jobs = workers.jobs
    try:
        sources = _source_keys(corpus, settings, report)
        carried = _carried_over(sources, previous, curation, results)
        if previous and len(carried) == len(sources) == len(previous.sources):
            _up_to_date(previous, carried, curation, report)  # nothing changed: the outputs stand
        else:
            manifest = Manifest(version)
            assembly = _extract(corpus, sources, carried, previous, manifest, settings, curation, results, workers,
                                staging, report, progress)
            _write_rdf(assembly, settings, curation, results, workers, staging, previous, manifest, report,
                       progress)
            _publish(staging, out_dir, report)
            manifest.sources = assembly.recorded
            manifest.counts = {"documents": len(assembly.documents), "claims": assembly.claims,
                               "actors": report.actors, "conflicts": report.conflicts}
            if cache:
                manifest.write(out_dir / "cache", out_dir)
            report.documents, report.claims = len(assembly.documents), assembly.claims
    finally:
        workers.close()
        shutil.rmtree(staging, ignore_errors=True)
    if cache:
        results.prune()
    report.elapsed = time.perf_counter() - started
    return report


def _source_keys(corpus: Corpus, settings: Settings, report: BuildReport) -> list[tuple[str, CorpusSource]]:
    """(extraction key, source) of every readable source, in corpus order: the key changes with the
    file, its catalog entry and the pipeline version (and a record's with its number, which is in its
    name: the records of a changed file are all extracted again)."""
    version = pipeline_version(settings, corpus.root)
    keys, contents = [], {}
    for source in corpus.sources:
        try:
            if source.path not in contents:  # the records of one file: hashed once
                contents[source.path] = file_hash(source.path)
        except OSError as error:
            report.errors.append(f"{source.path}: cannot read the file ({error.strerror or error})")
            continue
        entry = corpus.catalog_entry(source)
        keys.append((digest(version, source.name, contents[source.path], entry), source))
    return keys


def _carried_over(sources: list[tuple[str, CorpusSource]], previous: Manifest | None, curation: Curation,
                  cache: ResultCache) -> dict[str, dict]:
    """The summaries of the sources the previous build made exactly as this one would (same
    extraction key, same reviews), by extraction key: their rows and RDF can be carried over."""
    if previous is None:
        return {}
    made = {entry["key"]: (made_id, entry) for made_id, entry in previous.sources.items()}
    # Sources whose file names give the same id are left to the build, which keeps the first.
    ids = Counter(source.id for _, source in sources)
    carried = {}
    for key, _ in sources:
        made_id, entry = made.get(key, (None, None))
        summary = cache.get(entry["summary"]) if entry and ids[made_id] == 1 else None
        if summary and curation.digest(curation.about(made_id, summary["claim_ids"])) == entry["decisions"]:
            cache.keep(key)
            carried[key] = summary | {"summary_key": entry["summary"]}
    return carried


def _up_to_date(previous: Manifest, carried: dict[str, dict], curation: Curation, report: BuildReport) -> None:
    """Report the previous build's outputs as this build's: every source and review is as it was."""
    for summary in carried.values():
        _carry(summary, curation, report)
    report.warnings.extend(curation.unapplied())
    report.rdf_reused = len(previous.units) - ("" in previous.units)
    for name in ("documents", "claims", "actors", "conflicts"):
        setattr(report, name, previous.counts.get(name, 0))
    report.outputs = {name: report.out / name for name in OUTPUTS}
    report.up_to_date = True


def _carry(summary: dict, curation: Curation, report: BuildReport) -> None:
    """A source carried over from the previous build: its reviews count as applied, its warnings stand."""
    curation.take(curation.about(summary["document"]["id"], summary["claim_ids"]))
    report.warnings.extend(summary["problems"])
    report.reused += 1
    report.model = report.model or summary["model"]


def _extract(corpus: Corpus, sources: list[tuple[str, CorpusSource]], carried: dict[str, dict], previous: Manifest | None,
             manifest: Manifest, settings: Settings, curation: Curation, cache: ResultCache, workers,
             staging: Path, report: BuildReport, progress: Progress) -> Assembly:
    """Stages 1 and 2: every source's rows, curated, into SQLite (the carried-over ones stay as the
    previous build wrote them); then the actors and conflicts. What the RDF stage needs, into an Assembly."""
    clock = time.perf_counter()
    if carried:
        kept = {summary["document"]["id"] for summary in carried.values()}
        writer = KnowledgeBaseWriter.continuing(staging / "kb.db", report.out / "kb.db", kept, ("conflicts",))
    else:
        writer = KnowledgeBaseWriter(staging / "kb.db")
    assembly = Assembly(ActorRegistry(Gazetteer.load(settings.vocab_file("actors.yaml", corpus.root))))
    items = [(key, lambda source=source: _source_task(corpus, source, settings)) for key, source in sources
             if key not in carried]
    results = cached_map(workers, extract_sources, items, cache, cacheable=lambda result: "error" not in result,
                         batch_size=settings.batch_size)
    seen: dict[str, str] = {}
    writing = 0.0
    for done, (key, _) in enumerate(sources, 1):
        progress("extract", done, len(sources))
        if key in carried:
            summary = carried[key]
            _carry(summary, curation, report)
            seen[summary["document"]["id"]] = summary["document"]["source"]
            assembly.add(summary, summary["summary_key"])
            continue
        result, reused = next(results)
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
        decisions = curation.about(document["id"], (claim["id"] for claim in result["claims"]))
        curated = curation.apply(document["id"], result["claims"], document["text"])
        report.warnings.extend(curated.problems)
        for table in ("citations", "sentences", "mentions"):
            writer.add(table, result[table])
        writer.add("documents", [document])
        writer.add("claims", curated.claims)
        writer.add("rejected_claims", curated.rejected)
        writing += time.perf_counter()
        summary = source_summary(key, result, curated.claims, curation.digest(decisions), curated.problems)
        summary_key = digest("summary", key, summary["decisions"])
        cache.put(summary_key, summary)
        assembly.add(summary, summary_key)
    report.warnings.extend(curation.unapplied())
    report.seconds["extract"] = time.perf_counter() - clock - writing
    report.seconds["store sqlite"] = writing
    if not assembly.documents:
        raise BuildFailed(f"{corpus.root}: no source could be read", report.errors)
    _cross_check(assembly, corpus.root, settings, writer, previous, manifest, report)
    clock = time.perf_counter()
    writer.finish()
    report.seconds["store sqlite"] += time.perf_counter() - clock
    return assembly


def _cross_check(assembly: Assembly, corpus_dir: Path, settings: Settings, writer: KnowledgeBaseWriter,
                 previous: Manifest | None, manifest: Manifest, report: BuildReport) -> None:
    """Stage 2: the actors and conflicts tables. A group of comparable claims whose fingerprint is
    the one the previous build recorded keeps the rows that build wrote (see `continuing`)."""
    clock = time.perf_counter()
    actors = assembly.actors.all()
    writer.add("actors", actors)
    report.actors = len(actors)
    before = previous.groups if previous and writer.kept is not None else {}

    def compared():
        for group in crosscheck.compared_groups(assembly.cross_checked, assembly.documents, actors, settings,
                                                corpus=corpus_dir):
            name = f"{group.kind}/{group.family}"
            if before.get(name, {}).get("fingerprint") == group.fingerprint:
                manifest.groups[name] = before[name]
            else:
                if name in before:
                    writer.remove("conflicts", kind=group.kind, predicate=group.family)
                conflicts = 0
                for row in group.rows():
                    conflicts += row["relation"] == "conflicts"
                    yield row
                manifest.groups[name] = {"fingerprint": group.fingerprint, "conflicts": conflicts}
            report.conflicts += manifest.groups[name]["conflicts"]
        for name in before.keys() - manifest.groups.keys():  # groups no claim falls in any more
            kind, family = name.split("/", 1)
            writer.remove("conflicts", kind=kind, predicate=family)

    try:  # the pairs go to SQLite as they are made
        writer.add("conflicts", compared())
    except CrossCheckError as error:
        raise BuildFailed(f"cross-checking failed: {error}") from None
    report.seconds["cross-check"] = time.perf_counter() - clock


def _write_rdf(assembly: Assembly, settings: Settings, curation: Curation, cache: ResultCache, workers,
               staging: Path, previous: Manifest | None, manifest: Manifest, report: BuildReport,
               progress: Progress) -> None:
    """Stage 3: one validated RDF unit per source, streamed into kb.trig, kb.nq and kb.jsonld; a unit
    the previous build wrote from the same inputs is copied from its files."""
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
    units = [("", digest(version, everyone, predicates), lambda: KnowledgeBaseTask(everyone, predicates, settings))]
    for document_id, extraction_key, rows_digest, names_used, referenced_ids in sorted(assembly.sources):
        resolved = {name: names.find(name) for name in names_used}
        ids = sorted(set(referenced_ids) | {actor_id for actor_id in resolved.values() if actor_id})
        referenced = [stable(actors[actor_id]) for actor_id in ids]
        key = digest(version, rows_digest, resolved, referenced)
        units.append((document_id, key,
                      lambda args=(document_id, extraction_key, resolved, referenced): task(*args)))

    written = previous.units if previous else {}
    copied = {name for name, key, _ in units if written.get(name, {}).get("key") == key}
    for name in copied:
        cache.keep(written[name]["key"])
    made = cached_map(workers, rdf_units, [(key, make) for name, key, make in units if name not in copied],
                      cache, cacheable=lambda result: result["conforms"], batch_size=settings.batch_size)
    problems = []
    with rdf.DatasetWriter(staging) as out:
        for done, (name, key, make) in enumerate(units):
            progress("rdf", done, len(units) - 1)
            if name in copied and out.can_copy(written[name]):
                manifest.units[name] = {"key": key, **out.copy(rdf.dataset_files(report.out), written[name])}
                report.rdf_reused += bool(name)
                continue
            result, reused = next(made) if name not in copied else \
                cached_or_made(key, make, rdf_units, cache, lambda result: result["conforms"])  # not copyable after all
            if not result["conforms"]:
                problems.append(result["report"])
                continue
            if name:  # a source's unit, not the knowledge base's
                report.rdf_reused += reused
                report.rdf_made += not reused
            for step, seconds in result["seconds"].items() if not reused else ():
                report.work_seconds[step] += seconds
            manifest.units[name] = {"key": key, **out.add(rdf.Chunk.from_json(result["chunk"]))}
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
    corpus = open_corpus(corpus_dir, settings)
    report.errors.extend(corpus.problems)
    tables: dict[str, list[dict]] = {"documents": [], "claims": []}
    tasks = [_source_task(corpus, source, settings) for source in corpus.sources]
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
