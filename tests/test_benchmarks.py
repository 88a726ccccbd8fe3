"""The benchmark tools: the corpus generator, the load check's statistics, and run.py end to end (tiny)."""
import importlib.util
import json
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


# --- run.py end to end -------------------------------------------------------------------------------------


def test_run_py_measures_every_stage_of_a_tiny_corpus(tmp_path):
    json_path = tmp_path / "bench.json"
    process = subprocess.run([sys.executable, str(BENCHMARKS / "run.py"), "--docs", "3", "--skip-load", "--runs", "2",
                              "--json", str(json_path)], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert process.returncode == 0, process.stderr[-2000:]
    results = json.loads(json_path.read_text())
    build = results["build"]
    assert build["documents"] == 3 and build["claims"] > 0
    for stage in ("read", "extract", "review", "cross-check", "store sqlite", "store rdf", "validate", "write rdf",
                  "publish", "other"):
        assert stage in build["stages"]
    assert build["stages"]["extract"] > 0 and build["stages"]["validate"] > 0
    assert build["peak_memory_mib"] > 50  # a spaCy process, measured in its own child
    assert build["words_per_second"] > 0 and build["documents_per_second"] > 0
    assert results["raw_spacy"]["pipe_seconds"] > 0
    assert "parser" in results["raw_spacy"]["components"]
    assert results["ratios"]["extract_over_raw_spacy"] > 0
    for rebuild in ("rebuild_no_change", "rebuild_one_changed"):
        assert results[rebuild]["build_seconds"] > 0
    # every library query was timed, and every page answered
    from kb.queries import library

    sql_names = {q.name for q in library() if q.language == "sql"}
    assert {t["name"].split("?")[0] for t in results["sql"]} == sql_names
    sparql_names = {q.name for q in library() if q.language == "sparql"}
    assert {t["name"].split("?")[0] for t in results["sparql"]["queries"]} == sparql_names
    assert {p["name"] for p in results["pages"]} >= {"claim", "document", "actor", "conflicts"}
    assert all(p["errors"] == 0 and p["p50_ms"] <= p["p95_ms"] for p in results["pages"])
    assert "load" not in results
    assert results["machine"]["cpus"] and results["machine"]["python"] and results["machine"]["date"]
    assert "build, end to end" in process.stdout
