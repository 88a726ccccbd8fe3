"""The benchmark tools: the corpus generator, the load check's statistics, and run.py end to end (tiny)."""
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCHMARKS = ROOT / "benchmarks"
KINDS = ("figure", "date", "perk", "penalty", "relation")


def _module(name: str):
    """benchmarks/NAME.py, imported from its file (benchmarks/ is a folder of scripts, not a package)."""
    if str(BENCHMARKS) not in sys.path:
        sys.path.insert(0, str(BENCHMARKS))
    spec = importlib.util.spec_from_file_location(f"benchmarks_{name}", BENCHMARKS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def generate():
    return _module("generate")


@pytest.fixture(scope="module")
def load():
    return _module("load")


@pytest.fixture(scope="module")
def generated_build(generate, tmp_path_factory, nlp):
    """Five generated pages, built into a knowledge base (the session's spaCy model is reused)."""
    from kb.build import build

    corpus = tmp_path_factory.mktemp("generated")
    generate.generate(corpus, docs=5, seed=7)
    return build(corpus, tmp_path_factory.mktemp("generated-build"))


def _claims(report, sql: str, *params):
    import sqlite3

    conn = sqlite3.connect(report.outputs["kb.db"])
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


# --- the generator ----------------------------------------------------------------------------------


def test_the_same_seed_writes_the_same_pages(generate, tmp_path):
    first = generate.generate(tmp_path / "a", docs=4, seed=3)
    second = generate.generate(tmp_path / "b", docs=4, seed=3)
    assert [p.name for p in first] == [p.name for p in second]
    assert [p.read_bytes() for p in first] == [p.read_bytes() for p in second]


def test_another_seed_writes_other_pages(generate):
    assert generate.Generator(seed=1).page(1).text != generate.Generator(seed=2).page(1).text


def test_a_page_does_not_depend_on_the_corpus_size(generate, tmp_path):
    small = generate.generate(tmp_path / "small", docs=2, seed=5)
    large = generate.generate(tmp_path / "large", docs=6, seed=5)
    assert [p.read_text() for p in small] == [p.read_text() for p in large[:2]]


def test_pages_differ_from_each_other_in_shape(generate):
    generator = generate.Generator(seed=11)
    pages = [generator.page(n) for n in range(1, 21)]
    assert len({page.headline for page in pages}) > 5
    first_sentences = {page.text.split("\n\n")[-1][:40] for page in pages}
    assert len(first_sentences) > 5
    # Articles run to news length, not a line or two.
    assert all(250 < len(page.text.split()) < 2500 for page in pages)


def test_a_page_is_a_capture_with_a_dateline_and_furniture(generate):
    page = generate.Generator(seed=2).page(3)
    lines = page.text.splitlines()
    year = str(page.published.year)
    header = "\n".join(lines[:30])
    assert year in header or page.published.strftime("%m/%d/%y") in header  # the dateline
    assert any(line.startswith("©") for line in lines)  # the footer
    assert any(line.startswith("Tags:") for line in lines)
    prose = [line for line in lines if len(line.split()) >= 20]
    assert len(prose) >= 5


def test_a_bad_template_slot_is_a_clear_error(generate, tmp_path):
    templates = generate.load_templates()
    templates["headlines"] = ["{no_such_slot} and more"]
    path = tmp_path / "templates.yaml"
    import yaml

    path.write_text(yaml.safe_dump(templates, allow_unicode=True), encoding="utf-8")
    with pytest.raises(generate.GeneratorError, match="no_such_slot"):
        generate.Generator(seed=1, templates_path=path).page(1)


def test_unreadable_templates_are_a_clear_error(generate, tmp_path):
    path = tmp_path / "templates.yaml"
    path.write_text("headlines: [unclosed", encoding="utf-8")
    with pytest.raises(generate.GeneratorError, match="cannot read the templates"):
        generate.load_templates(path)


def test_generated_pages_build_without_errors(generated_build):
    assert generated_build.ok, generated_build.errors
    assert generated_build.documents == 5


@pytest.mark.parametrize("kind", KINDS)
def test_the_extractor_finds_every_kind_of_claim_in_generated_pages(generated_build, kind):
    rows = _claims(generated_build, "select count(*) from claims where kind = ?", kind)
    assert rows[0][0] > 0


def test_generated_claims_carry_attributions_and_resolved_dates(generated_build):
    attributed = _claims(generated_build, "select count(*) from claims where attributed_to is not null")[0][0]
    dated = _claims(generated_build, "select count(*) from claims where kind = 'date' and date is not null")[0][0]
    assert attributed > 0 and dated > 0


def test_the_dateline_gives_each_page_its_publication_date(generated_build, generate):
    generator = generate.Generator(seed=7)
    expected = {generator.page(n).name.removesuffix(".txt"): generator.page(n).published.isoformat()
                for n in range(1, 6)}
    published = dict(_claims(generated_build, "select id, published from documents"))
    assert published == expected


def test_page_furniture_does_not_become_claims(generated_build):
    quotes = [row[0] for row in _claims(generated_build, "select quote from claims")]
    furniture = ("Share on", "All rights reserved", "Sign up for our newsletter", "Tags:", "Privacy Policy")
    assert not [q for q in quotes if any(f in q for f in furniture)]


# --- the load check's statistics ------------------------------------------------------------------------


@pytest.mark.parametrize("values, p, expected", [
    (list(range(1, 101)), 50, 50),
    (list(range(1, 101)), 99, 99),
    (list(range(1, 101)), 100, 100),
    (list(range(1000, 0, -1)), 99, 990),  # order does not matter
    ([7.5], 50, 7.5),
    ([1, 2], 50, 1),
    ([1, 2, 3, 4], 75, 3),
])
def test_percentile_is_the_nearest_rank(load, values, p, expected):
    assert load.percentile(values, p) == expected


def test_summarise_reports_p50_and_p99_of_known_latencies(load):
    latencies = [10.0] * 98 + [500.0, 900.0]  # two slow requests in a hundred
    stats = load.summarise(latencies)
    assert stats["count"] == 100
    assert stats["p50"] == 10.0
    assert stats["p99"] == 500.0
    assert stats["max"] == 900.0
    assert stats["mean"] == pytest.approx((980 + 1400) / 100)


def test_summarise_of_nothing_says_so(load):
    assert load.summarise([]) == {"count": 0}
    with pytest.raises(ValueError):
        load.percentile([], 50)


def test_the_load_check_refuses_a_folder_without_a_knowledge_base(load, tmp_path):
    with pytest.raises(load.LoadError, match="no kb.db"):
        load.run_load(tmp_path, clients=1, seconds=0.5)


# --- run.py: figures from a build's report ------------------------------------------------------------------


@pytest.fixture(scope="module")
def run():
    return _module("run")


def _child_build(**changes) -> dict:
    """What run.child_build writes for a 2-job build of 100 documents (figures of a real run)."""
    result = {"seconds": {"extract": 60.0, "store sqlite": 1.5, "cross-check": 0.5, "rdf": 20.0},
              "work_seconds": {"read": 3.0, "nlp": 90.0, "rows": 4.0, "rdf": 8.0, "validate": 25.0},
              "build_seconds": 85.0, "documents": 100, "jobs": 2, "analysed": 100, "reused": 0,
              "peak_memory_mib": 300.0, "worker_peak_memory_mib": 450.0, "pipeline_versions": ["v1"]}
    return {**result, **changes}


def test_build_figures_account_for_every_second_of_the_build(run):
    figures = run.build_figures(_child_build(), words=45_000)
    assert list(figures["stages"]) == [*run.STAGES, "other"]
    assert figures["stages"]["other"] == pytest.approx(3.0)
    assert sum(figures["stages"].values()) == pytest.approx(85.0)
    assert figures["work"] == {"read": 3.0, "nlp": 90.0, "rows": 4.0, "rdf": 8.0, "validate": 25.0}
    assert figures["documents_per_second"] == pytest.approx(100 / 85)
    assert figures["words_per_second"] == pytest.approx(45_000 / 85)


def test_the_memory_bound_counts_every_worker_as_large_as_the_largest(run):
    assert run.build_figures(_child_build(), 1)["peak_memory_upper_bound_mib"] == 300 + 2 * 450
    # a build that analysed in its own process started no worker
    in_process = _child_build(worker_peak_memory_mib=0.0)
    assert run.build_figures(in_process, 1)["peak_memory_upper_bound_mib"] == 300


def test_a_stage_the_report_leaves_out_counts_as_zero_and_its_time_as_other(run):
    figures = run.build_figures(_child_build(seconds={"extract": 60.0}, work_seconds={}), 1)
    assert figures["stages"]["rdf"] == 0.0 and figures["stages"]["other"] == pytest.approx(25.0)
    assert figures["work"]["nlp"] == 0.0


def _results(run, rebuild_seconds: float = 2.0, analysed: int = 1, version: str = "v1") -> dict:
    build = run.build_figures(_child_build(), 45_000)
    results = {"build": build, "raw_spacy": {"pipe_seconds": 100.0}, "corpus": {"sources": 100},
               "rebuild_no_change": {**build, "analysed": 0, "reused": 100, "build_seconds": 1.0},
               "rebuild_one_changed": {**build, "analysed": analysed, "reused": 100 - analysed,
                                       "build_seconds": rebuild_seconds, "pipeline_versions": [version]},
               "sql": [{"name": "timeline", "p95_ms": 12.0}],
               "pages": [{"name": "claim", "p95_ms": 250.0}, {"name": "document", "p95_ms": 40.0}]}
    results["ratios"] = run.ratios(results)
    return results


def test_ratios_compare_the_build_with_raw_spacy(run):
    results = _results(run)
    assert results["ratios"] == pytest.approx({"build_over_raw_spacy": 0.85, "extract_over_raw_spacy": 0.6,
                                               "nlp_work_over_raw_spacy": 0.9})
    results["build_one_job"] = {**results["build"], "build_seconds": 153.0}
    assert run.ratios(results)["speed_up_of_jobs"] == pytest.approx(1.8)


def test_targets_say_which_are_met_and_name_the_slowest_page(run):
    results = _results(run, rebuild_seconds=8.5)
    results["sql"].append({"name": "agreements", "p95_ms": 900.0})  # a full fetch: an export's time, not a page's
    met = {t["target"]: t["met"] for t in run.targets(results)}
    assert met == {"build / raw spaCy": True, "rebuild after one change / cold build": False,
                   "peak memory of the whole build, bound": True,
                   "slowest p95, pages and canned-query pages (claim)": False}


def test_a_rebuild_that_analysed_too_much_is_noted_with_its_cause(run):
    assert run.cache_notes(_results(run)) == []
    edited = run.cache_notes(_results(run, analysed=100, version="v2"))
    assert edited == ["rebuild one changed analysed 100 sources, not 1: the pipeline (code, vocabularies, model) "
                      "was edited during the run"]
    missed = run.cache_notes(_results(run, analysed=100))
    assert missed and "the cache missed" in missed[0]


def test_page_paths_use_datasettes_tilde_encoding(run, tmp_path):
    import sqlite3

    db = tmp_path / "kb.db"
    conn = sqlite3.connect(db)
    for table in run.PAGE_KINDS:
        conn.execute(f"create table {table} (id text primary key)")
    conn.execute("insert into actors values ('people.cn:bank/credit')")
    conn.execute("insert into documents values ('00028-a.b')")
    conn.commit()
    conn.close()
    paths = run.page_paths(db, runs=2, seed=1)
    assert paths["actor"] == ["/kb/actors/people~2Ecn~3Abank~2Fcredit"] * 2
    assert paths["document"] == ["/kb/documents/00028-a~2Eb"] * 2
    assert paths["claim"] == []
    assert run.document_paths(db) == ["/kb/documents/00028-a~2Eb"]


# --- run.py end to end -------------------------------------------------------------------------------------


def test_run_py_measures_a_tiny_corpus_from_the_builds_report(tmp_path):
    json_path = tmp_path / "bench.json"
    # one source per worker task, so that three sources go to the workers (whose memory is measured)
    env = {**os.environ, "SCKB_BATCH_SIZE": "1"}
    process = subprocess.run([sys.executable, str(BENCHMARKS / "run.py"), "--docs", "3", "--skip-load", "--runs", "2",
                              "--jobs", "2", "--json", str(json_path)],
                             cwd=ROOT, capture_output=True, text=True, timeout=900, env=env)
    assert process.returncode == 0, process.stderr[-2000:]
    results = json.loads(json_path.read_text())
    build = results["build"]
    assert build["documents"] == 3 and build["claims"] > 0
    assert build["jobs"] == 2 and build["analysed"] == 3 and build["reused"] == 0
    assert set(build["stages"]) == {"extract", "store sqlite", "cross-check", "rdf", "other"}
    assert build["stages"]["extract"] > 0 and build["stages"]["rdf"] > 0
    assert build["work"]["nlp"] > 0 and build["work"]["validate"] > 0
    assert build["peak_memory_mib"] > 50 and build["worker_peak_memory_mib"] > 50  # spaCy processes
    assert build["peak_memory_upper_bound_mib"] == build["peak_memory_mib"] + 2 * build["worker_peak_memory_mib"]
    assert build["words_per_second"] > 0 and build["documents_per_second"] > 0
    one_job = results["build_one_job"]  # asked for by default on a corpus this small
    assert one_job["jobs"] == 1 and one_job["analysed"] == 3 and one_job["worker_peak_memory_mib"] == 0
    assert results["raw_spacy"]["pipe_seconds"] > 0
    assert "parser" in results["raw_spacy"]["components"]
    assert set(results["ratios"]) == {"build_over_raw_spacy", "extract_over_raw_spacy", "nlp_work_over_raw_spacy",
                                      "speed_up_of_jobs"}
    assert all(ratio > 0 for ratio in results["ratios"].values())
    changed = results["rebuild_one_changed"]
    assert changed["build_seconds"] > 0 and changed["analysed"] + changed["reused"] == 3
    assert changed["rdf_made"] + changed["rdf_reused"] == 3
    assert results["rebuild_no_change"]["build_seconds"] > 0
    if not results["notes"]:  # nobody edited the pipeline during the run: the cache held
        assert results["rebuild_no_change"]["reused"] == 3 and changed["analysed"] == 1
    # every library query was timed, and every page answered
    from kb.queries import library

    sql_names = {q.name for q in library() if q.language == "sql"}
    assert {t["name"].split("?")[0] for t in results["sql"]} == sql_names
    sparql_names = {q.name for q in library() if q.language == "sparql"}
    assert {t["name"].split("?")[0] for t in results["sparql"]["queries"]} == sparql_names
    pages = {p["name"]: p for p in results["pages"]}
    assert set(pages) >= {"claim", "document", "actor", "conflicts", "every document"}
    assert pages["every document"]["runs"] == 3
    assert all(p["errors"] == 0 and p["p50_ms"] <= p["p95_ms"] for p in results["pages"])
    assert [t["target"].split(" (")[0] for t in results["targets"]] == [
        "build / raw spaCy", "rebuild after one change / cold build", "peak memory of the whole build, bound",
        "slowest p95, pages and canned-query pages"]
    assert "load" not in results
    assert results["machine"]["cpus"] and results["machine"]["python"] and results["machine"]["date"]
    assert "cold build, end to end" in process.stdout and "target: build / raw spaCy" in process.stdout
