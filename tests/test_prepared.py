"""The prepared tables (kb/schema.py, PREPARED_TABLES) answer the canned queries as the rows themselves do.

tests/fixtures/reference_queries holds the canned queries as they were written before the prepared
tables: each computes its answer from the row tables (claims, conflicts, citations...) at every
request. The library's queries (queries/*.sql) read the prepared tables instead; for every query
asked with its defaults, its examples and parameters drawn from the knowledge base at hand, both
must give the same columns and rows in the same order: on the seeds, on generated pages, and after
an incremental build that carried most sources over. And the library's queries read a page of
rows in the order of an index, without sorting every row first.
"""
from __future__ import annotations

import re
import shutil
import sqlite3
import sys
from pathlib import Path

import pytest

from extract.settings import Settings
from extract import readers
from kb import queries
from kb.build import build
from kb.plugins.sckb_query_pages import paged
from kb.schema import PREPARED_TABLES

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
import generate  # noqa: E402  (benchmarks/generate.py)

REFERENCE = {query.name: query for query in queries.library(ROOT / "tests" / "fixtures" / "reference_queries")}
LIBRARY = {query.name: query for query in queries.library() if query.language == "sql"}
GENERATED_PAGES = 20
SETTINGS = Settings.from_env()


def first(db: sqlite3.Connection, sql: str, *args):
    row = db.execute(sql, args).fetchone()
    return row[0] if row else None


def parameter_sets(db_path: Path) -> dict[str, list[dict]]:
    """Parameters to ask each query with, beyond its defaults and examples: actors, claims, documents,
    sources, metrics and dates of this knowledge base (and a few that match nothing)."""
    with sqlite3.connect(db_path) as db:
        actor = first(db, "select subject_id from claims where subject_id is not null "
                          "group by subject_id order by count(*) desc, subject_id")
        parent = first(db, "select p.value from actors a, json_each(a.part_of) p join claims c on c.subject_id = a.id "
                           "group by p.value order by count(*) desc, p.value")
        alias = first(db, "select upper(n.value) from actors a, json_each(a.aliases) n where a.id = ?", actor)
        unlinked = first(db, "select upper(subject) from claims where subject_id is null and subject > '' order by id")
        credited = first(db, "select attributed_to from claims where attributed_to > '' "
                             "group by attributed_to order by count(*) desc, attributed_to")
        credited_actor = first(db, "select a.id from actors a join claims c on lower(c.attributed_to) = lower(a.name) "
                                   "order by a.id")
        cited_claim = first(db, "select c.id from claims c join citations ci on ci.document_id = c.document_id "
                                "and ci.start >= c.start_char and ci.\"end\" <= c.end_char order by c.id")
        plain_claim = first(db, "select id from claims where attributed_to is null order by id")
        cited_document = first(db, "select document_id from citations group by document_id "
                                   "order by count(*) desc, document_id")
        domain = first(db, "select substr(url, instr(url, '//') + 2, 6) from citations where url > '' order by id")
        outlet = first(db, "select upper(outlet) from documents where outlet > '' order by id")
        kind = first(db, "select kind from documents order by id")
        family = first(db, "select predicate from conflicts where kind = 'figure' "
                           "group by predicate order by count(*) desc, predicate")
        metric = first(db, "select predicate from claims where kind = 'figure' order by id")
        pair_subject = first(db, "select upper(subject_a) from conflicts order by claim_a, claim_b")
        dates = [row[0] for row in db.execute("select date from claims where date > '' order by date, id")]
    middle = dates[len(dates) // 2][:7] if dates else "2015"
    nobody = "nobody at all"
    sets = {
        "timeline": [{"actor": actor}, {"actor": alias}, {"actor": unlinked}, {"actor": nobody},
                     {"from": middle}, {"until": middle}, {"from": middle[:4], "until": middle[:4], "actor": actor}],
        "single_source_claims": [{"actor": actor}, {"actor": unlinked}, {"kind": "relation"},
                                 {"kind": "date", "actor": actor}],
        "perks_and_penalties": [{"actor": actor}, {"actor": alias, "kind": "penalty"}, {"actor": unlinked},
                                {"kind": "perk"}],
        "figures_by_metric": [{"metric": family}, {"metric": metric}, {"actor": actor}, {"metric": family, "actor": actor},
                              {"actor": unlinked}],
        "claims_about_actor": [{"actor": actor}, {"actor": parent}, {"actor": parent, "parts": "no"}, {"actor": alias},
                               {"actor": nobody}],
        "source_chain": [{"claim": cited_claim}, {"claim": plain_claim}, {"credited": credited},
                         {"credited": credited_actor}, {"claim": nobody}],
        "citation_graph": [{"document": cited_document}, {"credited": credited}, {"credited": credited_actor},
                           {"credited": domain}, {"document": cited_document, "credited": credited}],
        "document_overview": [{"outlet": outlet}, {"kind": kind}],
        "conflicting_figures": [{"subject": pair_subject}, {"subject": actor}, {"subject": nobody}, {"kind": "date"},
                                {"metric": family, "subject": actor}],
        "agreements": [{"subject": pair_subject}, {"subject": actor}, {"min_origins": "2", "subject": actor},
                       {"min_origins": "3"}],
    }
    return {name: [params for params in found if None not in params.values()] for name, found in sets.items()}


def cases(db_path: Path) -> list[tuple[str, dict]]:
    """(query name, parameters) for every reference query: defaults, examples and parameter_sets."""
    extra = parameter_sets(db_path)
    return [(name, params) for name in sorted(REFERENCE)
            for params in [{}, *LIBRARY[name].examples, *extra.get(name, [])]]


def assert_same_answers(db_path: Path) -> None:
    for name, params in cases(db_path):
        expected = queries.run_sql(db_path, REFERENCE[name], params)
        found = queries.run_sql(db_path, LIBRARY[name], params)
        assert found.columns == expected.columns, (name, params)
        assert found.rows == expected.rows, (name, params, len(found.rows), len(expected.rows))


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    """A corpus of generated news pages (benchmarks/generate.py)."""
    work = tmp_path_factory.mktemp("generated")
    generate.generate(work, docs=GENERATED_PAGES, seed=11)
    return work / "sources"


@pytest.fixture(scope="module")
def generated_build(generated, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("generated-build")
    build(generated, out, SETTINGS, jobs=1)
    return out / "kb.db"


def test_the_reference_queries_ask_the_library_s_questions_of_the_rows_alone():
    assert set(REFERENCE) <= set(LIBRARY)
    for name, query in REFERENCE.items():
        assert query.parameters == LIBRARY[name].parameters, name
        read = set(tables_read(query.text).values()) - ctes(query.text)
        assert not read & {table.name for table in PREPARED_TABLES}, (name, read)


def test_the_queries_answer_as_the_rows_do_on_the_seeds(seed_build):
    assert_same_answers(seed_build.outputs["kb.db"])


def test_the_queries_answer_as_the_rows_do_on_generated_pages(generated_build):
    with sqlite3.connect(generated_build) as db:  # what the comparison rests on is there
        assert first(db, "select count(*) from conflicts where relation = 'agrees'") > 0
        assert first(db, "select count(*) from conflicts where relation = 'conflicts'") > 0
        assert first(db, "select count(*) from claim_citations") > 0
        assert first(db, "select count(*) from claims where subject_id is null and subject > ''") > 0
    assert_same_answers(generated_build)


def add_sentences(page: Path, *sentences: str) -> None:
    """Add sentences to the longest paragraph of a page: its article, not its furniture."""
    lines = page.read_text(encoding="utf-8").splitlines()
    prose = max(range(len(lines)), key=lambda i: len(lines[i]))
    lines[prose] += " " + " ".join(sentences)
    page.write_text("\n".join(lines) + "\n", encoding="utf-8")


def prepared_rows(db_path: Path, table: str) -> list[tuple]:
    with sqlite3.connect(db_path) as db:
        return sorted(map(tuple, db.execute(f"select * from [{table}]")), key=repr)


def test_an_incremental_build_prepares_them_as_a_build_afresh(generated, tmp_path):
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    shutil.copytree(generated, corpus)
    build(corpus, out, SETTINGS, jobs=1)
    before = prepared_rows(out / "kb.db", "claim_stats")
    # a figure that other pages' figures about Alipay's users agree or conflict with, and a perk of Sesame Credit
    add_sentences(sorted(corpus.iterdir())[0], "Alipay had 900 million users in 2020.",
                  "Sesame Credit users with high scores can rent bicycles without a deposit.")
    report = build(corpus, out, SETTINGS, jobs=1)
    assert (report.analysed, report.reused, report.up_to_date) == (1, GENERATED_PAGES - 1, False)
    build(corpus, tmp_path / "afresh", SETTINGS, jobs=1, cache=False)

    changed = readers.document_id(sorted(corpus.iterdir())[0])
    after = prepared_rows(out / "kb.db", "claim_stats")
    carried_over = {row[0]: row for row in after if row[1] != changed}
    assert set(carried_over) <= {row[0] for row in before}
    assert set(carried_over.values()) - set(before), "the new claims change no count of the others: a weak test"
    for table in PREPARED_TABLES:
        assert prepared_rows(out / "kb.db", table.name) == prepared_rows(tmp_path / "afresh" / "kb.db", table.name)
    for name, params in cases(out / "kb.db"):
        incremental = queries.run_sql(out / "kb.db", LIBRARY[name], params)
        assert incremental.rows == queries.run_sql(tmp_path / "afresh" / "kb.db", LIBRARY[name], params).rows
        assert incremental.rows == queries.run_sql(out / "kb.db", REFERENCE[name], params).rows, (name, params)


# --- a page through an index ---------------------------------------------------------------------------

#: Full-text search ranks every match (bm25) before the first page: its cost follows the matches.
RANKED = {"search_quotes"}
CTE = re.compile(r"(\w+)\s*(?:\([^)]*\))?\s+as\s+(?:materialized\s+)?\(", re.I)
TABLE_ALIAS = re.compile(r"\b(?:from|join)\s+(\w+)"
                         r"(?:\s+(?:as\s+)?(?!on\b|where\b|join\b|cross\b|left\b|group\b|order\b)(\w+))?", re.I)


def ctes(sql: str) -> set[str]:
    return {name.lower() for name in CTE.findall(sql)}


def tables_read(sql: str) -> dict[str, str]:
    """Alias (or name) -> table or CTE, for every table a query reads."""
    found = {}
    for table, alias in TABLE_ALIAS.findall(sql):
        found[(alias or table).lower()] = table.lower()
    return found


def plan(db_path: Path, query, params: dict) -> list[str]:
    """What SQLite does to answer the site's first page of `query` (its SQL with the page's limit)."""
    values = dict(queries.bind_values(query.parameters, params, query.name), _page_rows=101, _page_offset=0)
    with sqlite3.connect(db_path) as db:
        return [row[3] for row in db.execute("explain query plan " + paged(query.text), values)]


@pytest.mark.parametrize("name", sorted(set(LIBRARY) - RANKED))
def test_a_page_is_read_in_the_order_of_an_index(name, seed_build):
    """No sort of every row before the first page, and no table read whole: the rows come in the
    query's order from an index, looked up by key (CTEs, small and built per request, may be read whole)."""
    query = LIBRARY[name]
    built_per_request, aliases = ctes(query.text), tables_read(query.text)
    for params in [{}, *query.examples]:
        steps = plan(seed_build.outputs["kb.db"], query, params)
        assert "USE TEMP B-TREE FOR ORDER BY" not in steps, (name, params, steps)
        whole = [step for step in steps if re.fullmatch(r"SCAN (\w+)", step)
                 and aliases.get(step.split()[1].lower(), step.split()[1].lower()) not in built_per_request]
        assert not whole, (name, params, whole)
