"""The benchmark: how long `sckb build` takes on a corpus of N pages, and how fast the site answers.

    python benchmarks/run.py [--docs 1000] [--large] [--skip-load] [--json PATH]

One run measures, on a synthetic corpus (benchmarks/generate.py) or one given with --corpus:

- the build end to end and per stage (kb.build's BuildReport.seconds, plus the steps it does
  not time: review, write rdf, publish), documents/s, words/s and peak memory. The build runs
  in a child process, so its memory is its own and the model loads cold, as in `sckb build`;
- raw spaCy: the same model with all its components, `nlp.pipe` over the same cleaned texts,
  in another child process; the ratio extract/raw says what the sckb components cost;
- a rebuild with no change and a rebuild after one document changed (both full rebuilds today);
- every canned SQL query of queries/*.sql with each of its header's examples, the claim,
  document, actor and conflicts pages (Datasette's own client), and every SPARQL query of
  queries/*.rq: p50 and p95 over --runs runs;
- unless --skip-load, the load check (benchmarks/load.py): concurrent readers of the served site.

It prints one table and writes the figures as JSON (machine, date, N included). Timings are
wall-clock on a shared machine: read them with the load average the output records.
"""
from __future__ import annotations

import asyncio
import contextlib
import io
import json
import os
import platform
import random
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable
from urllib.parse import urlencode

import click

BENCHMARKS = Path(__file__).resolve().parent
ROOT = BENCHMARKS.parent
for _path in (str(ROOT), str(BENCHMARKS)):
    if _path not in sys.path:
        sys.path.insert(0, _path)

import generate  # noqa: E402  (benchmarks/generate.py)
from extract.metadata import PROSE_MIN_WORDS  # noqa: E402
import load  # noqa: E402  (benchmarks/load.py)

#: The build's stages, in order: BuildReport.seconds names the first six; the benchmark times the
#: others by wrapping the functions kb.build calls (see `child_build`).
STAGES = ("read", "extract", "review", "cross-check", "store sqlite", "store rdf", "validate", "write rdf", "publish")
#: Steps kb.build does not time itself: (stage, module, function name).
UNTIMED_STEPS = (("review", "kb.build", "apply_reviews"), ("write rdf", "kb.rdf", "write_all"),
                 ("publish", "kb.build", "_publish"))
DEFAULT_RUNS = 20
#: A query or page stops repeating after this many seconds (and at least MIN_RUNS runs).
BUDGET_SECONDS = 30.0
MIN_RUNS = 3
#: Datasette's sql_time_limit_ms in kb/site.py: a canned query slower than this fails on the site.
SITE_SQL_LIMIT_MS = 3000
PAGE_KINDS = ("claims", "documents", "actors")
#: The last line of a printed traceback: "TypeError: '<' not supported ...".
EXCEPTION_LINE = re.compile(r"^(?:[\w.]+(?:Error|Exception)): .*$", re.MULTILINE)
#: A child (a build, raw spaCy) that runs longer than this is stopped as hanging, unless --timeout
#: says otherwise: a fixed allowance plus so much per source (a build takes about 1 s a page here).
CHILD_TIMEOUT = 6 * 3600
TIMEOUT_BASE_SECONDS = 900
TIMEOUT_SECONDS_PER_SOURCE = 5


class BenchmarkError(Exception):
    """The benchmark could not run; `str()` is one line for people."""


# --- child processes -----------------------------------------------------------------------------

CHILD = "import sys; sys.path.insert(0, {benchmarks!r}); import run; run.{function}(*sys.argv[1:])"


def run_child(function: str, *args: str, timeout: float = CHILD_TIMEOUT) -> dict:
    """Run `run.<function>(*args, result_path)` in a fresh Python; its JSON result, plus the
    child's wall time (interpreter start and imports included)."""
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as handle:
        result_path = Path(handle.name)
    command = [sys.executable, "-c", CHILD.format(benchmarks=str(BENCHMARKS), function=function), *args,
               str(result_path)]
    clock = time.perf_counter()
    try:
        try:
            process = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            raise BenchmarkError(f"{function} did not finish within {timeout:,.0f} s and was stopped; if it hangs, "
                                 "`py-spy dump --pid PID` on a new run shows where") from None
        wall = time.perf_counter() - clock
        if process.returncode != 0:
            lines = (process.stderr or process.stdout).strip().splitlines()
            raise BenchmarkError(f"{function} failed (exit {process.returncode}): {lines[-1] if lines else 'no output'}")
        result = json.loads(result_path.read_text(encoding="utf-8"))
    finally:
        result_path.unlink(missing_ok=True)
    result["process_seconds"] = wall
    return result


def peak_memory_mib() -> float:
    """This process's peak resident memory (Linux reports ru_maxrss in KiB)."""
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _timed(stage: str, function: Callable, seconds: dict[str, float]) -> Callable:
    def wrapper(*args, **kwargs):
        clock = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            seconds[stage] = seconds.get(stage, 0.0) + time.perf_counter() - clock
    return wrapper


def child_build(corpus: str, out: str, result_path: str) -> None:
    """In a child process: `kb.build.build(corpus, out)`, timed per stage."""
    import importlib

    clock = time.perf_counter()
    from kb.build import BuildFailed, build
    imports = time.perf_counter() - clock
    untimed: dict[str, float] = {}
    for stage, module_name, name in UNTIMED_STEPS:
        module = importlib.import_module(module_name)
        if callable(getattr(module, name, None)):  # a renamed step is simply counted under "other"
            setattr(module, name, _timed(stage, getattr(module, name), untimed))
    clock = time.perf_counter()
    try:
        report = build(corpus, out)
    except BuildFailed as error:
        raise SystemExit(f"the build failed: {error}") from None
    total = time.perf_counter() - clock
    result = {"seconds": {**report.seconds, **untimed}, "build_seconds": total, "import_seconds": imports,
              "documents": report.documents, "claims": report.claims, "actors": report.actors,
              "conflicts": report.conflicts, "errors": report.errors, "warnings": len(report.warnings),
              "model": report.model, "peak_memory_mib": peak_memory_mib()}
    Path(result_path).write_text(json.dumps(result), encoding="utf-8")


def child_spacy(db_path: str, result_path: str) -> None:
    """In a child process: the bare spaCy model (all its components) over the build's cleaned texts,
    and the load time of the sckb pipeline (which the build's extract stage includes)."""
    import spacy

    from extract.nlp import load_nlp, model_name
    from extract.settings import Settings

    texts = document_texts(Path(db_path))
    name = model_name(Settings.from_env())
    clock = time.perf_counter()
    nlp = spacy.load(name)
    model_load = time.perf_counter() - clock
    clock = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=16):  # the build's batch size
        pass
    pipe = time.perf_counter() - clock
    clock = time.perf_counter()
    sckb = load_nlp()
    sckb_load = time.perf_counter() - clock
    result = {"model": name, "components": nlp.pipe_names, "sckb_components": sckb.pipe_names,
              "model_load_seconds": model_load, "pipe_seconds": pipe, "sckb_load_seconds": sckb_load,
              "documents": len(texts), "words": sum(len(t.split()) for t in texts),
              "peak_memory_mib": peak_memory_mib()}
    Path(result_path).write_text(json.dumps(result), encoding="utf-8")


def document_texts(db_path: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{db_path.resolve().as_posix()}?mode=ro", uri=True)
    try:
        return [row[0] for row in conn.execute("select text from documents order by id")]
    finally:
        conn.close()


# --- the build ---------------------------------------------------------------------------------------


def measure_build(corpus: Path, out: Path, words: int | None = None, timeout: float = CHILD_TIMEOUT) -> dict:
    """One build in a child process: its stages (and what no stage covers, as "other"), documents/s,
    words/s (words of the cleaned texts, counted from the new kb.db unless given) and peak memory."""
    result = run_child("child_build", str(corpus), str(out), timeout=timeout)
    if result["errors"]:
        raise BenchmarkError(f"{len(result['errors'])} sources could not be read, e.g. {result['errors'][0]}")
    result["words"] = words if words is not None else corpus_words(out / "kb.db")
    seconds = result["seconds"]
    result["stages"] = {stage: seconds.get(stage, 0.0) for stage in STAGES}
    result["stages"]["other"] = max(0.0, result["build_seconds"] - sum(result["stages"].values()))
    result["documents_per_second"] = result["documents"] / result["build_seconds"]
    result["words_per_second"] = result["words"] / result["build_seconds"]
    return result


def change_one_document(sources: list[Path], paragraph: str) -> tuple[Path, str]:
    """Insert `paragraph` after the last prose paragraph of the first text source, as a correction
    would be; returns the file and its old text (to put back)."""
    for path in sources:
        if path.suffix != ".txt":
            continue
        old = path.read_text(encoding="utf-8")
        lines = old.split("\n")
        prose = [i for i, line in enumerate(lines) if len(line.split()) >= PROSE_MIN_WORDS]
        if not prose:
            continue
        at = prose[-1] + 1
        path.write_text("\n".join(lines[:at] + ["", paragraph] + lines[at:]), encoding="utf-8")
        return path, old
    raise BenchmarkError("no text source with a prose paragraph to change for the rebuild")


# --- queries and pages ---------------------------------------------------------------------------------


def repeat(call: Callable[[], object], runs: int, budget: float = BUDGET_SECONDS) -> list[float]:
    """Milliseconds of up to `runs` calls, stopping once `budget` seconds are spent (after MIN_RUNS)."""
    times: list[float] = []
    started = time.perf_counter()
    for _ in range(runs):
        clock = time.perf_counter()
        call()
        times.append((time.perf_counter() - clock) * 1000)
        if len(times) >= MIN_RUNS and time.perf_counter() - started > budget:
            break
    return times


def _timing(name: str, times: list[float], **extra) -> dict:
    stats = load.summarise(times)
    return {"name": name, "runs": stats["count"], "p50_ms": stats["p50"], "p95_ms": stats["p95"],
            "max_ms": stats["max"], **extra}


def measure_sql(out: Path, runs: int) -> list[dict]:
    from kb.queries import library, run_sql

    db_path = out / "kb.db"
    results = []
    for query in (q for q in library() if q.language == "sql"):
        for params in query.examples or ({},):
            rows = len(run_sql(db_path, query, params))
            times = repeat(lambda: run_sql(db_path, query, params), runs)
            timing = _timing(_label(query.name, params), times, rows=rows)
            timing["over_site_limit"] = timing["p50_ms"] > SITE_SQL_LIMIT_MS
            results.append(timing)
    return results


def measure_sparql(out: Path, runs: int) -> dict:
    from kb.queries import library, open_dataset, run_sparql
    from kb.rdf import oxigraph_available

    clock = time.perf_counter()
    dataset = open_dataset(out)
    load_seconds = time.perf_counter() - clock
    results = []
    for query in (q for q in library() if q.language == "sparql"):
        for params in query.examples or ({},):
            rows = len(run_sparql(dataset, query, params))
            times = repeat(lambda: run_sparql(dataset, query, params), runs)
            results.append(_timing(_label(query.name, params), times, rows=rows))
    engine = "oxigraph" if oxigraph_available() else "rdflib"
    return {"engine": engine, "load_seconds": load_seconds, "queries": results}


def _label(name: str, params) -> str:
    return f"{name}?{urlencode(params)}" if params else name


def page_paths(db_path: Path, runs: int, seed: int) -> dict[str, list[str]]:
    """For each page kind, `runs` paths: pages of different rows, chosen with the seed."""
    from datasette.utils import tilde_encode  # how Datasette writes a row's key in its URL

    conn = sqlite3.connect(f"file:{db_path.resolve().as_posix()}?mode=ro", uri=True)
    try:
        rng = random.Random(seed)
        paths = {}
        for table in PAGE_KINDS:
            ids = [row[0] for row in conn.execute(f"select id from {table} order by id")]
            chosen = [rng.choice(ids) for _ in range(runs)] if ids else []
            paths[table[:-1]] = [f"/kb/{table}/{tilde_encode(str(i))}" for i in chosen]
    finally:
        conn.close()
    paths["conflicts"] = ["/conflicts"] * runs
    paths["claims table"] = ["/kb/claims"] * runs
    return paths


def measure_pages(out: Path, runs: int, seed: int) -> list[dict]:
    """Each page kind through Datasette's own client (no network): p50/p95, and any non-200 answer
    with the exception the server printed for it."""
    from kb.site import make_datasette

    async def get(datasette, path: str) -> tuple[float, str | None]:
        printed = io.StringIO()  # Datasette prints a server error's traceback to stdout
        clock = time.perf_counter()
        with contextlib.redirect_stdout(printed):
            response = await datasette.client.get(path)
        elapsed = (time.perf_counter() - clock) * 1000
        if response.status_code == 200:
            return elapsed, None
        exceptions = EXCEPTION_LINE.findall(printed.getvalue())
        return elapsed, f"{path}: {response.status_code}" + (f" ({exceptions[-1].strip()})" if exceptions else "")

    async def measure() -> list[dict]:
        datasette = make_datasette(out / "kb.db")
        await datasette.invoke_startup()
        results = []
        for kind, paths in page_paths(out / "kb.db", runs, seed).items():
            times, failures, started = [], [], time.perf_counter()
            for path in paths:
                elapsed, failure = await get(datasette, path)
                times.append(elapsed)
                if failure:
                    failures.append(failure)
                if len(times) >= MIN_RUNS and time.perf_counter() - started > BUDGET_SECONDS:
                    break
            if times:
                results.append(_timing(kind, times, errors=len(failures), error_examples=failures[:3]))
        return results

    return asyncio.run(measure())


# --- the run ---------------------------------------------------------------------------------------------


def machine() -> dict:
    return {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform(),
            "processor": platform.processor() or platform.machine(),
            "date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "load_average_at_start": list(os.getloadavg())}


def corpus_words(db_path: Path) -> int:
    return sum(len(text.split()) for text in document_texts(db_path))


@dataclass
class Options:
    docs: int
    seed: int
    runs: int
    skip_load: bool
    clients: int
    seconds: float
    timeout: float | None = None  # None: TIMEOUT_BASE_SECONDS + TIMEOUT_SECONDS_PER_SOURCE per source


def benchmark(corpus: Path, work: Path, options: Options, say: Callable[[str], None]) -> dict:
    results: dict = {"machine": machine()}
    sources = sorted(p for p in (corpus / "sources").glob("*") if p.is_file()) if (corpus / "sources").is_dir() \
        else sorted(p for p in corpus.glob("*") if p.is_file())
    if not sources:
        clock = time.perf_counter()
        say(f"generating {options.docs:,} pages into {corpus}")
        sources = generate.generate(corpus, options.docs, options.seed)
        results["generate_seconds"] = time.perf_counter() - clock
    results["corpus"] = {"folder": str(corpus), "sources": len(sources),
                         "bytes": sum(p.stat().st_size for p in sources)}
    if options.timeout is None:
        options.timeout = TIMEOUT_BASE_SECONDS + TIMEOUT_SECONDS_PER_SOURCE * len(sources)
    results["options"] = dict(vars(options))
    out = work / "build"

    say("cold build (child process)")
    results["build"] = measure_build(corpus, out, timeout=options.timeout)
    words = results["corpus"]["words"] = results["build"]["words"]
    say("raw spaCy (child process)")
    results["raw_spacy"] = raw = run_child("child_spacy", str(out / "kb.db"), timeout=options.timeout)
    extract = results["build"]["stages"]["extract"] - raw["sckb_load_seconds"]
    results["ratios"] = {"extract_over_raw_spacy": extract / raw["pipe_seconds"],
                         "build_over_raw_spacy": results["build"]["build_seconds"] / raw["pipe_seconds"]}

    say("rebuild, nothing changed")
    results["rebuild_no_change"] = measure_build(corpus, out, words, options.timeout)
    path, old_text = change_one_document(sources, generate.Generator(options.seed).correction(1))
    try:
        say(f"rebuild, {path.name} changed")
        results["rebuild_one_changed"] = measure_build(corpus, out, words, options.timeout)
    finally:
        path.write_text(old_text, encoding="utf-8")
    results["rebuild_one_changed"]["changed"] = path.name

    say("SQL queries")
    results["sql"] = measure_sql(out, options.runs)
    say("SPARQL queries")
    results["sparql"] = measure_sparql(out, options.runs)
    say("pages")
    results["pages"] = measure_pages(out, options.runs, options.seed)
    if not options.skip_load:
        say(f"load check: {options.clients} clients for {options.seconds:.0f} s")
        results["load"] = load.run_load(out, options.clients, options.seconds, options.seed).as_dict()
    results["machine"]["load_average_at_end"] = list(os.getloadavg())
    results["machine"]["benchmark_peak_memory_mib"] = peak_memory_mib()
    return results


def failures(results: dict) -> list[str]:
    """What went wrong while measuring: pages that did not answer 200, load-check errors."""
    problems = [f"page {page['name']}: {page['errors']} errors, e.g. {page['error_examples'][0]}"
                for page in results.get("pages", []) if page["errors"]]
    if results.get("load", {}).get("errors"):
        problems.append(f"load check: {results['load']['errors']} errors, e.g. {results['load']['error_examples'][0]}")
    return problems


# --- the table -------------------------------------------------------------------------------------------


def table(results: dict):
    from rich.table import Table

    m = results["machine"]
    b, raw = results["build"], results["raw_spacy"]
    corpus = results["corpus"]
    title = (f"sckb benchmark: {corpus['sources']:,} documents, {corpus.get('words', 0):,} words; "
             f"{m['cpus']} CPUs, Python {m['python']}, {m['date']}")
    grid = Table("measure", "value", "detail", title=title, title_justify="left")

    def row(measure: str, value: str, detail: str = "") -> None:
        grid.add_row(measure, value, detail)

    row("claims / actors / conflicts", f"{b['claims']:,} / {b['actors']:,} / {b['conflicts']:,}",
        f"model {b['model']}" + (f"; corpus generated in {results['generate_seconds']:.1f} s"
                                  if "generate_seconds" in results else ""))
    row("load average (1 min)", f"{m['load_average_at_start'][0]:.2f} -> {m.get('load_average_at_end', [0])[0]:.2f}",
        "shared machine: other processes were running")
    grid.add_section()
    row("build, end to end", f"{b['build_seconds']:.1f} s",
        f"process {b['process_seconds']:.1f} s (imports {b['import_seconds']:.1f} s)")
    for stage, seconds in b["stages"].items():
        row(f"  {stage}", f"{seconds:.2f} s", f"{100 * seconds / b['build_seconds']:.1f}% of the build")
    row("throughput", f"{b['documents_per_second']:.2f} docs/s", f"{b['words_per_second']:,.0f} words/s")
    row("peak memory, build", f"{b['peak_memory_mib']:,.0f} MiB", "maxrss of the build's process")
    grid.add_section()
    row("raw spaCy nlp.pipe", f"{raw['pipe_seconds']:.1f} s",
        f"{raw['words'] / raw['pipe_seconds']:,.0f} words/s; {raw['model']} ({', '.join(raw['components'])})")
    row("  model load / sckb pipeline load", f"{raw['model_load_seconds']:.1f} s / {raw['sckb_load_seconds']:.1f} s",
        f"peak memory {raw['peak_memory_mib']:,.0f} MiB")
    ratios = results["ratios"]
    row("extract / raw spaCy", f"{ratios['extract_over_raw_spacy']:.2f}x", "extract stage without the pipeline load")
    row("build / raw spaCy", f"{ratios['build_over_raw_spacy']:.2f}x")
    grid.add_section()
    for key, label in (("rebuild_no_change", "rebuild, no change"), ("rebuild_one_changed", "rebuild, one doc changed")):
        rebuild = results[key]
        row(label, f"{rebuild['build_seconds']:.1f} s", f"{100 * rebuild['build_seconds'] / b['build_seconds']:.0f}% "
            f"of the cold build; extract {rebuild['stages']['extract']:.1f} s")
    grid.add_section()
    for query in results["sql"]:
        flag = f"; over the site's {SITE_SQL_LIMIT_MS} ms limit" if query["over_site_limit"] else ""
        row(f"sql {query['name']}", _p50_p95(query), f"{query['rows']:,} rows, {query['runs']} runs{flag}")
    grid.add_section()
    sparql = results["sparql"]
    row(f"sparql: load kb.trig ({sparql['engine']})", f"{sparql['load_seconds']:.1f} s")
    for query in sparql["queries"]:
        row(f"sparql {query['name']}", _p50_p95(query), f"{query['rows']:,} rows, {query['runs']} runs")
    grid.add_section()
    for page in results["pages"]:
        row(f"page {page['name']}", _p50_p95(page), f"{page['runs']} runs, {page['errors']} errors")
    if "load" in results:
        lr = results["load"]
        grid.add_section()
        row("load: requests/s", f"{lr['requests_per_second']:,.1f}",
            f"{lr['clients']} clients, {lr['seconds']:.0f} s, {lr['requests']:,} requests")
        stats = lr["latency_ms"]
        if stats.get("count"):
            row("load: latency p50 / p99", f"{stats['p50']:,.0f} / {stats['p99']:,.0f} ms")
        row("load: errors", str(lr["errors"]))
    return grid


def _p50_p95(timing: dict) -> str:
    return f"{timing['p50_ms']:,.1f} / {timing['p95_ms']:,.1f} ms"


@click.command()
@click.option("--docs", type=click.IntRange(min=1), default=None,
              help=f"Pages to generate [default: {generate.DEFAULT_DOCS:,}; {generate.LARGE_DOCS:,} with --large].")
@click.option("--large", is_flag=True, help=f"Generate {generate.LARGE_DOCS:,} pages.")
@click.option("--corpus", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Use this corpus folder (generate into it when it has no sources) instead of a temporary one.")
@click.option("--skip-load", is_flag=True, help="Leave out the load check.")
@click.option("--json", "json_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the results here as JSON.")
@click.option("--runs", type=click.IntRange(min=1), default=DEFAULT_RUNS, show_default=True,
              help="Runs of each query and page (p50/p95).")
@click.option("--seed", type=int, default=generate.DEFAULT_SEED, show_default=True, help="The generator's seed.")
@click.option("--clients", type=click.IntRange(1, 1000), default=load.DEFAULT_CLIENTS, show_default=True,
              help="Concurrent readers in the load check.")
@click.option("--seconds", type=click.FloatRange(0.5, 600), default=load.DEFAULT_SECONDS, show_default=True,
              help="Duration of the load check.")
@click.option("--timeout", type=click.FloatRange(min=1), default=None,
              help=f"Seconds after which a build (or the raw spaCy run) is stopped as hanging "
                   f"[default: {TIMEOUT_BASE_SECONDS} + {TIMEOUT_SECONDS_PER_SOURCE} per source].")
@click.option("--keep", is_flag=True, help="Keep the temporary folder (corpus and build) and print where it is.")
def main(docs, large, corpus, skip_load, json_path, runs, seed, clients, seconds, timeout, keep):
    """Benchmark the build, the queries and the site on a synthetic corpus."""
    from rich.console import Console

    console = Console(width=None if sys.stdout.isatty() else 150)
    err = Console(stderr=True)
    docs = docs or (generate.LARGE_DOCS if large else generate.DEFAULT_DOCS)
    options = Options(docs=docs, seed=seed, runs=runs, skip_load=skip_load, clients=clients, seconds=seconds,
                      timeout=timeout)
    work = Path(tempfile.mkdtemp(prefix="sckb-bench-"))
    try:
        results = benchmark(corpus or work / "corpus", work, options,
                            lambda line: err.print(f"[dim]{time.strftime('%H:%M:%S')}[/dim] {line}", highlight=False))
    except (BenchmarkError, generate.GeneratorError, load.LoadError) as error:
        raise click.ClickException(str(error)) from None
    finally:
        if keep:
            err.print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    console.print(table(results))
    if json_path:
        json_path.parent.mkdir(parents=True, exist_ok=True)
        json_path.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
        err.print(f"wrote {json_path}")
    problems = failures(results)
    for problem in problems:
        err.print(f"[red]error:[/red] {problem}", highlight=False)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
