"""The query library (queries/*.sql, *.rq) and kb/queries.py, on the knowledge base built from the seeds.

Every query must parse its header, run, and return rows with its defaults or the examples its
header gives. What a query answers is checked against the tables themselves: the expected
rows are recomputed here in Python from kb.db, so the tests hold whatever the extractors find.
"""
from __future__ import annotations

import asyncio
import csv
import io
import json
import re
import sqlite3
from pathlib import Path
from urllib.parse import urlencode

import pytest

from kb import queries, rdf
from kb.queries import Query, QueryError, QueryFileError, Result

LIBRARY = queries.library()
BY_NAME = {query.name: query for query in LIBRARY}
SQL = [query for query in LIBRARY if query.language == "sql"]
SPARQL = [query for query in LIBRARY if query.language == "sparql"]


def runs(query: Query) -> list[dict]:
    """The parameter sets a query is run with: its defaults, then each example of its header."""
    return [{}, *query.examples]


CASES = [pytest.param(query, params, id=f"{query.name}:{urlencode(params) or 'defaults'}")
         for query in LIBRARY for params in runs(query)]


@pytest.fixture(scope="module")
def out(seed_build) -> Path:
    return seed_build.out


@pytest.fixture(scope="module")
def db(out) -> sqlite3.Connection:
    connection = sqlite3.connect(out / "kb.db")
    connection.row_factory = sqlite3.Row
    yield connection
    connection.close()


@pytest.fixture(scope="module")
def dataset(out):
    return rdf.load(out / "kb.trig")


def run(query: Query, out: Path, dataset, params=None) -> Result:
    if query.language == "sql":
        return queries.run_sql(out, query, params)
    return queries.run_sparql(dataset, query, params)


def rows(db, sql: str, *args) -> list[dict]:
    return [dict(row) for row in db.execute(sql, args)]


def local_id(iri: str) -> str:
    return iri.rsplit("/", 1)[-1]


# --- the library -----------------------------------------------------------------------------

def test_the_library_answers_the_questions_of_the_issue():
    asked = {
        "conflicting_figures", "agreements", "claims_about_actor", "perks_and_penalties", "timeline",
        "citation_graph", "single_source_claims", "source_chain", "document_overview", "search_quotes",
        "figures_by_metric", "claim_provenance", "claims_by_actor", "attribution_chain", "event_timeline",
    }
    assert asked <= set(BY_NAME)
    assert {BY_NAME[name].language for name in ("claim_provenance", "attribution_chain", "event_timeline")} == {"sparql"}


def test_the_readme_lists_every_query():
    readme = (queries.QUERIES_DIR / "README.md").read_text(encoding="utf-8")
    assert [query.name for query in LIBRARY if f"| `{query.name}` |" not in readme] == []


@pytest.mark.parametrize("query", LIBRARY, ids=lambda query: query.name)
def test_every_query_says_what_it_answers(query):
    assert query.title and len(query.title) < 90 and not query.title.startswith(("-", "#"))
    assert len(query.description) > 80 and "?" in query.title + query.description  # it asks the question
    for name in query.parameters:
        parameter = query.documented.get(name)
        assert parameter and parameter.help, f"{query.path.name}: parameter {name} has no `param:` line"
    assert set(query.documented) <= set(query.parameters), "a `param:` line documents no parameter"
    if not all_optional(query):
        assert query.examples, "a query with a required parameter gives an example"
    if query.language == "sql":
        assert not query.text.rstrip().endswith(";"), "Datasette runs one statement, without a semicolon"


@pytest.mark.parametrize("query, params", CASES)
def test_every_query_runs_and_returns_rows_on_the_seeds(query, params, out, dataset):
    result = run(query, out, dataset, params)
    assert result.columns and all(len(row) == len(result.columns) for row in result.rows)
    if params or all_optional(query):
        assert result.rows, f"{query.name} with {params or 'its defaults'} returns no rows on the seeds"


def all_optional(query: Query) -> bool:
    return all(query.parameter(name).optional for name in query.parameters)


@pytest.mark.parametrize("query, params", [case for case in CASES if case.values[1] and all_optional(case.values[0])])
def test_an_example_narrows_what_the_defaults_list(query, params, out, dataset):
    everything = run(query, out, dataset)
    narrowed = run(query, out, dataset, params)
    key = "claim_id" if "claim_id" in everything.columns else None
    if key:
        assert {row[key] for row in narrowed.dicts()} <= {row[key] for row in everything.dicts()}
    assert len(narrowed.rows) <= len(everything.rows)


@pytest.mark.parametrize("query", SQL, ids=lambda query: query.name)
def test_sql_parameters_are_found_as_datasette_finds_them(query):
    from datasette.utils import derive_named_parameters

    found = asyncio.run(derive_named_parameters(None, query.text))
    assert query.parameters == tuple(dict.fromkeys(found))


#: Rows a part when a test reads a result through the site part by part.
PART = 3


def test_sql_queries_are_served_as_the_sites_canned_queries(out):
    """Every SQL query and parameter set: its export is its whole result, and read a few rows
    at a time (`_size`, `_next`, as the site's pages read it) the same rows, none skipped or repeated."""
    from kb.site import make_datasette

    site = make_datasette(out / "kb.db")

    async def rows(name, params):
        response = await site.client.get(f"/kb/{name}.json?{urlencode({**params, '_shape': 'objects'})}")
        assert response.status_code == 200, (name, params, response.text[:300])
        return response.json()["rows"]

    async def read_in_parts(name, params):
        parts, part = [], None
        while part is None or len(part) == PART:
            part = await rows(name, {**params, "_size": PART, "_next": PART * len(parts)})
            parts.append(part)
        return [row for part in parts for row in part]

    loop = asyncio.new_event_loop()
    try:
        for query in SQL:
            for params in runs(query):
                expected = json.loads(queries.format_result(queries.run_sql(out, query, params), "json"))
                assert loop.run_until_complete(rows(query.name, params)) == expected, (query.name, params)
                assert loop.run_until_complete(read_in_parts(query.name, params)) == expected, (query.name, params)
        page = loop.run_until_complete(site.client.get("/kb/conflicting_figures"))
        assert BY_NAME["conflicting_figures"].title in page.text
    finally:
        loop.close()


# --- what each SQL query answers ---------------------------------------------------------------

def test_conflicts_put_both_claims_quotes_and_sources_side_by_side(out, db):
    result = queries.run_sql(out, BY_NAME["conflicting_figures"]).dicts()
    pairs = {(row["claim_a"], row["claim_b"]) for row in rows(db, "select * from conflicts where relation = 'conflicts'")}
    assert {(row["claim_a"], row["claim_b"]) for row in result} == pairs and pairs
    for row in result:
        for side in "ab":
            claim = rows(db, "select c.*, d.text, d.title from claims c join documents d on d.id = c.document_id "
                             "where c.id = ?", row[f"claim_{side}"])[0]
            assert row[f"quote_{side}"] == claim["text"][claim["start_char"]:claim["end_char"]]
            assert row[f"source_{side}"] == claim["title"] and row[f"phrase_{side}"] == claim["phrase"]
        assert row["reasons"]


def test_conflicts_about_one_actor_involve_it_on_one_side(out, db):
    subject = rows(db, "select subject_a from conflicts where relation = 'conflicts' order by subject_a")[0]["subject_a"]
    result = queries.run_sql(out, BY_NAME["conflicting_figures"], {"subject": subject}).dicts()
    assert result
    for row in result:
        sides = rows(db, "select subject from claims where id in (?, ?)", row["claim_a"], row["claim_b"])
        assert subject.lower() in {side["subject"].lower() for side in sides} | {row["subject"].lower()}


def test_agreements_filter_on_independent_origins(out, db):
    every = queries.run_sql(out, BY_NAME["agreements"]).dicts()
    assert len(every) == db.execute("select count(*) from conflicts where relation = 'agrees'").fetchone()[0]
    independent = queries.run_sql(out, BY_NAME["agreements"], {"min_origins": "2"}).dicts()
    assert all(row["independent_origins"] >= 2 for row in independent)
    assert len(independent) == sum(1 for row in every if (row["independent_origins"] or 0) >= 2)



def test_pairs_about_an_actor_id_are_those_with_a_claim_about_it(out, db):
    actor = rows(db, "select c.subject_id from conflicts x join claims c on c.id = x.claim_a "
                     "where c.subject_id is not null order by c.subject_id")[0]["subject_id"]
    about = {row["id"] for row in rows(db, "select id from claims where subject_id = ?", actor)}
    for name, relation in (("agreements", "agrees"), ("conflicting_figures", "conflicts")):
        found = {(row["claim_a"], row["claim_b"]) for row in queries.run_sql(out, BY_NAME[name], {"subject": actor}).dicts()}
        expected = {(row["claim_a"], row["claim_b"]) for row in rows(db, "select * from conflicts where relation = ?", relation)
                    if row["claim_a"] in about or row["claim_b"] in about
                    or actor.lower() in {(row[key] or "").lower() for key in ("subject", "subject_a", "subject_b")}}
        assert found == expected, name


@pytest.mark.parametrize("name, params", [("agreements", {}), ("agreements", {"min_origins": "2"}),
                                          ("conflicting_figures", {}), ("conflicting_figures", {"kind": "figure"})])
def test_pairs_are_listed_in_the_order_of_an_index(out, name, params):
    """Read in index order, the site's first page of pairs does not wait for every pair to be sorted."""
    query = BY_NAME[name]
    connection = queries.connect_read_only(out / "kb.db")
    try:
        plan = [row[3] for row in connection.execute("explain query plan " + query.text,
                                                      queries.bind_values(query.parameters, params, name))]
    finally:
        connection.close()
    assert not [step for step in plan if "TEMP B-TREE FOR ORDER BY" in step], plan

def part_closure(db, actor_id: str) -> set[str]:
    """The actor and everything that belongs to it, from actors.part_of."""
    parents = {row["id"]: set(json.loads(row["part_of"] or "[]")) for row in rows(db, "select id, part_of from actors")}
    family, grew = {actor_id}, True
    while grew:
        more = {child for child, ups in parents.items() if ups & family} - family
        family |= more
        grew = bool(more)
    return family


def actor_with_parts(db) -> str:
    """An actor that something with claims belongs to."""
    for row in rows(db, "select a.id from actors a, json_each(a.part_of) p "
                        "where a.id in (select subject_id from claims) order by a.id"):
        parent = rows(db, "select p.value as parent from actors a, json_each(a.part_of) p where a.id = ?", row["id"])
        return parent[0]["parent"]
    pytest.fail("no actor with parts has claims on the seeds")


def test_claims_about_an_actor_include_its_parts_and_relations_naming_it(out, db):
    actor = actor_with_parts(db)
    family = part_closure(db, actor)
    expected = {row["id"] for row in rows(db, "select id, subject_id, object_id from claims")
                if row["subject_id"] in family or row["object_id"] in family}
    result = queries.run_sql(out, BY_NAME["claims_about_actor"], {"actor": actor}).dicts()
    assert expected <= {row["claim_id"] for row in result}
    assert any(row["via"] for row in result) and len(family) > 1
    alone = queries.run_sql(out, BY_NAME["claims_about_actor"], {"actor": actor, "parts": "no"}).dicts()
    assert {row["claim_id"] for row in alone} >= {row["id"] for row in rows(
        db, "select id from claims where subject_id = ? or object_id = ?", actor, actor)}
    assert not any(row["via"] for row in alone) and len(alone) < len(result)


def test_an_actor_is_found_by_id_name_or_alias_in_any_case(out, db):
    actor = rows(db, "select a.id, a.name, a.aliases from actors a where json_array_length(a.aliases) > 0 "
                     "and a.id in (select subject_id from claims) order by a.mention_count desc, a.id")[0]
    alias = json.loads(actor["aliases"])[0]
    answers = [queries.run_sql(out, BY_NAME["claims_about_actor"], {"actor": key}).rows
               for key in (actor["id"], actor["name"], actor["name"].upper(), alias)]
    assert answers[0] and all(answer == answers[0] for answer in answers)


def test_perks_and_penalties_count_the_documents_that_state_them(out, db):
    result = queries.run_sql(out, BY_NAME["perks_and_penalties"]).dicts()
    claims = rows(db, "select * from claims where kind in ('perk', 'penalty')")
    assert {row["claim_id"] for row in result} == {claim["id"] for claim in claims}
    by_id = {claim["id"]: claim for claim in claims}
    for row in result:
        claim = by_id[row["claim_id"]]
        documents = {other["document_id"] for other in claims if other["kind"] == claim["kind"]
                     and other["subject_id"] == claim["subject_id"] and other["object"].lower() == claim["object"].lower()}
        assert row["sources"] == len(documents)
    penalties = queries.run_sql(out, BY_NAME["perks_and_penalties"], {"kind": "penalty"}).dicts()
    assert penalties and {row["kind"] for row in penalties} == {"penalty"}


def at_common_precision(date: str, bound: str) -> tuple[str, str]:
    """Both dates cut to the precision they share: 2015 and 2015-06 compare as 2015 and 2015."""
    n = min(len(date), len(bound))
    return date[:n], bound[:n]


def test_the_timeline_is_in_date_order_and_filters_at_common_precision(out, db):
    timeline = queries.run_sql(out, BY_NAME["timeline"]).dicts()
    dated = rows(db, "select id from claims where date is not null and date != ''")
    assert {row["claim_id"] for row in timeline} == {row["id"] for row in dated}
    assert [row["date"] for row in timeline] == sorted(row["date"] for row in timeline)
    years = sorted({row["date"][:4] for row in timeline})
    start, end = years[len(years) // 3], years[2 * len(years) // 3]
    window = queries.run_sql(out, BY_NAME["timeline"], {"from": start, "until": end}).dicts()
    expected = [row for row in timeline
                if at_common_precision(row["date"], start)[0] >= at_common_precision(row["date"], start)[1]
                and at_common_precision(row["date"], end)[0] <= at_common_precision(row["date"], end)[1]]
    assert window == expected and 0 < len(window) < len(timeline)


def test_the_citation_graph_counts_credits_and_citations_per_document(out, db):
    result = queries.run_sql(out, BY_NAME["citation_graph"]).dicts()
    credits = rows(db, "select document_id, attributed_to, count(*) as n from claims "
                       "where attributed_to != '' group by document_id, attributed_to")
    attributions = sorted((row["document_id"], row["claims"]) for row in result if row["how"] == "attribution")
    assert attributions == sorted((row["document_id"], row["n"]) for row in credits) and credits
    cited = [row for row in result if row["how"] != "attribution"]
    assert sum(row["mentions"] for row in cited) == db.execute("select count(*) from citations").fetchone()[0]
    known = [row for row in result if row["actor_id"]]
    assert known and all(row["credited"] == db.execute("select name from actors where id = ?", (row["actor_id"],))
                         .fetchone()[0] for row in known)



def test_the_citation_graph_counts_the_documents_crediting_each_source(out, db):
    result = queries.run_sql(out, BY_NAME["citation_graph"]).dicts()
    documents = {}  # a credited source is its actor when known, else its name as written
    for row in result:
        documents.setdefault(row["actor_id"] or row["credited"].lower(), set()).add(row["document_id"])
    assert result and all(row["credited_by_documents"] == len(documents[row["actor_id"] or row["credited"].lower()])
                          for row in result)

def test_single_source_claims_have_no_agreement_and_no_same_claim_elsewhere(out, db):
    result = {row["claim_id"] for row in queries.run_sql(out, BY_NAME["single_source_claims"]).dicts()}
    claims = rows(db, "select * from claims")
    agreeing = {claim for row in rows(db, "select * from conflicts where relation = 'agrees'")
                for claim in (row["claim_a"], row["claim_b"])}

    def what(claim):
        lower = lambda text: text.lower() if text else text  # noqa: E731
        return (claim["subject_id"] or lower(claim["subject"]), claim["predicate"], claim["value"], claim["date"],
                claim["object_id"] or lower(claim["object"]))

    stated_by = {}
    for claim in claims:
        stated_by.setdefault(what(claim), set()).add(claim["document_id"])
    expected = {claim["id"] for claim in claims if claim["id"] not in agreeing and stated_by[what(claim)] == {claim["document_id"]}}
    assert result == expected
    assert agreeing and not result & agreeing and len(result) < len(claims)


def test_the_source_chain_links_claims_to_citations_that_name_the_credit_or_sit_in_the_sentence(out, db):
    result = queries.run_sql(out, BY_NAME["source_chain"]).dicts()
    credited = {row["id"] for row in rows(db, "select id from claims where attributed_to != ''")}
    assert credited <= {row["claim_id"] for row in result}
    linked = [row for row in result if row["citation_id"]]
    assert linked
    for row in linked:
        claim = rows(db, "select * from claims where id = ?", row["claim_id"])[0]
        citation = rows(db, "select * from citations where id = ?", row["citation_id"])[0]
        if "sentence" in row["link"]:
            assert claim["start_char"] <= citation["start"] and citation["end"] <= claim["end_char"]
        if "names" in row["link"]:
            names = {claim["attributed_to"].lower()}
            for actor in rows(db, "select name, aliases from actors where id = ?", row["credited_actor_id"] or ""):
                names |= {actor["name"].lower(), *(alias.lower() for alias in json.loads(actor["aliases"]))}
            cited = f"{citation['text']} {citation['url'] or ''} {citation['title'] or ''}".lower()
            assert any(name in cited for name in names if len(name) > 2)
    one = linked[0]["claim_id"]
    assert {row["claim_id"] for row in queries.run_sql(out, BY_NAME["source_chain"], {"claim": one}).dicts()} == {one}


def test_documents_count_their_claims_and_citations(out, db):
    result = queries.run_sql(out, BY_NAME["document_overview"]).dicts()
    assert {row["id"] for row in result} == {row["id"] for row in rows(db, "select id from documents")}
    for row in result:
        counts = {kind: n for kind, n in db.execute(
            "select kind, count(*) from claims where document_id = ? group by kind", (row["id"],))}
        assert row["claims"] == sum(counts.values())
        assert (row["figures"], row["perks"], row["penalties"]) == (
            counts.get("figure", 0), counts.get("perk", 0), counts.get("penalty", 0))
        assert row["citations"] == db.execute("select count(*) from citations where document_id = ?", (row["id"],)).fetchone()[0]
    assert [row["published"] for row in result] == sorted((row["published"] for row in result), reverse=True)


def test_full_text_search_finds_quotes_with_the_words_highlighted(out, db):
    result = queries.run_sql(out, BY_NAME["search_quotes"], {"q": "blacklist"}).dicts()
    assert result
    for row in result:
        quote = db.execute("select quote from claims where id = ?", (row["claim_id"],)).fetchone()[0]
        assert row["quote"].replace("[", "").replace("]", "") == quote.replace("[", "").replace("]", "")
        highlighted = re.findall(r"\[([^\]]+)\]", row["quote"])
        assert highlighted and all(word.lower().startswith("blacklist") for word in highlighted)  # blacklisted too
    assert queries.run_sql(out, BY_NAME["search_quotes"], {"q": ""}).rows == []


@pytest.mark.parametrize("q", ['"unbalanced', "a OR (", "NEAR(", "*", "'; drop table claims; --"])
def test_search_words_are_never_an_fts_syntax_error(out, q):
    queries.run_sql(out, BY_NAME["search_quotes"], {"q": q})


def test_figures_by_metric_span_their_range(out, db):
    result = queries.run_sql(out, BY_NAME["figures_by_metric"]).dicts()
    assert {row["claim_id"] for row in result} == {row["id"] for row in rows(db, "select id from claims where kind = 'figure'")}
    for row in result:
        assert row["lowest"] <= row["value"] <= row["highest"] and row["sources"] >= 1
    compared = {row["compared_as"] for row in result if row["compared_as"]}
    for family in compared:
        assert all(row["compared_as"] == family or row["metric"] == family
                   for row in queries.run_sql(out, BY_NAME["figures_by_metric"], {"metric": family}).dicts())


# --- SPARQL --------------------------------------------------------------------------------------

def test_sparql_claims_by_actor_match_the_claims_table(out, db, dataset):
    actor = actor_with_parts(db)
    name = db.execute("select name from actors where id = ?", (actor,)).fetchone()[0]
    expected = {row["id"] for row in rows(db, "select id from claims where subject_id = ? or object_id = ?", actor, actor)}
    for key in (actor, name, name.lower()):
        found = queries.run_sparql(dataset, BY_NAME["claims_by_actor"], {"actor": key}).dicts()
        assert {local_id(row["claim"]) for row in found} == expected
    family = queries.run_sparql(dataset, BY_NAME["actor_family_claims"], {"actor": actor}).dicts()
    in_sql = queries.run_sql(out, BY_NAME["claims_about_actor"], {"actor": actor}).dicts()
    assert {local_id(row["claim"]) for row in family} == {row["claim_id"] for row in in_sql}


def test_sparql_timeline_holds_the_same_events_as_sql(out, dataset):
    in_rdf = queries.run_sparql(dataset, BY_NAME["event_timeline"]).dicts()
    in_sql = queries.run_sql(out, BY_NAME["timeline"]).dicts()
    assert sorted(local_id(row["claim"]) for row in in_rdf) == sorted(row["claim_id"] for row in in_sql)
    assert [row["date"] for row in in_rdf] == sorted(row["date"] for row in in_rdf)


def test_sparql_attribution_chain_covers_every_credited_claim(out, db, dataset):
    found = queries.run_sparql(dataset, BY_NAME["attribution_chain"]).dicts()
    credited = {row["id"] for row in rows(db, "select id from claims where attributed_to != ''")}
    assert {local_id(row["claim"]) for row in found} == credited
    chained = {row["claim_id"] for row in queries.run_sql(out, BY_NAME["source_chain"]).dicts() if row["citation_id"]}
    assert {local_id(row["claim"]) for row in found if row["citation"]} == chained & credited


def test_a_claim_is_bound_by_its_id_or_its_iri(db, dataset):
    claim = rows(db, "select id, quote from claims order by id")[0]
    by_id = queries.run_sparql(dataset, BY_NAME["claim_provenance"], {"claim": claim["id"]})
    iri = by_id.dicts()[0]["claim"]
    by_iri = queries.run_sparql(dataset, BY_NAME["claim_provenance"], {"claim": iri})
    assert by_id.rows == by_iri.rows and len(by_id) == 1 and by_id.dicts()[0]["quote"] == claim["quote"]


def test_text_parameters_are_bound_as_literals(db, dataset):
    name = rows(db, "select name from actors where id in (select subject_id from claims) order by id")[0]["name"]
    query = "SELECT ?label ?actor WHERE { VALUES ?label { UNDEF } ?actor skos:prefLabel ?label }"
    found = queries.run_sparql(dataset, query, {"label": name})
    assert found.rows and {row["label"] for row in found.dicts()} == {name}
    assert queries.run_sparql(dataset, query).columns == ["label", "actor"]


def test_an_unknown_or_ambiguous_actor_is_a_clear_error(dataset):
    from rdflib import Dataset, Literal, URIRef
    from rdflib.namespace import RDF, SKOS

    with pytest.raises(QueryError, match="no actor with the id, name or alias 'Nobody Inc'"):
        queries.run_sparql(dataset, BY_NAME["claims_by_actor"], {"actor": "Nobody Inc"})
    twins = Dataset(default_union=True)
    for number in (1, 2):
        twins.add((URIRef(f"https://kb.test/kb/actors/{number}"), RDF.type, rdf.SCKB.Actor))
        twins.add((URIRef(f"https://kb.test/kb/actors/{number}"), SKOS.prefLabel, Literal("Twin")))
    with pytest.raises(QueryError, match="names 2 actors"):
        queries.run_sparql(twins, BY_NAME["claims_by_actor"], {"actor": "twin"})


def test_a_sparql_result_without_rows_keeps_its_columns(dataset):
    result = queries.run_sparql(dataset, BY_NAME["claims_by_actor"], {"actor": "https://kb.test/nobody"})
    assert result.rows == [] and result.columns[:3] == ["actor", "name", "role"]


# --- errors, read-only ---------------------------------------------------------------------------

def test_the_knowledge_base_is_opened_read_only(out, db):
    before = db.execute("select count(*) from actors").fetchone()[0]
    for statement in ("insert into actors (id, name) values ('x', 'X')", "delete from claims", "drop table conflicts"):
        with pytest.raises(QueryError, match="readonly"):
            queries.run_sql(out, statement)
    assert db.execute("select count(*) from actors").fetchone()[0] == before


def test_a_missing_knowledge_base_says_to_build_first(tmp_path):
    with pytest.raises(QueryError, match=r"run `sckb build` first"):
        queries.run_sql(tmp_path, BY_NAME["document_overview"])
    with pytest.raises(QueryError, match=r"run `sckb build` first"):
        queries.run_query(BY_NAME["event_timeline"], tmp_path)


def test_sql_errors_name_the_query_file(out, tmp_path):
    (tmp_path / "broken.sql").write_text("-- Broken\n-- Which table is this?\nselect * from no_such_table\n")
    with pytest.raises(QueryError, match=r"^broken\.sql: no such table: no_such_table"):
        queries.run_sql(out, queries.find("broken", tmp_path))


def test_unknown_parameters_and_queries_are_clear_errors(out):
    with pytest.raises(QueryError, match="unknown parameter actr; it takes actor, from, until"):
        queries.run_sql(out, BY_NAME["timeline"], {"actr": "Alipay"})
    with pytest.raises(QueryError, match="did you mean timeline"):
        queries.find("timelines")
    with pytest.raises(QueryError, match="sparql query, not sql"):
        queries.run_sql(out, BY_NAME["event_timeline"])


@pytest.mark.parametrize("file_name, text, message", [
    ("untitled.sql", "select 1\n", "first line is its title"),
    ("empty.sql", "-- A title\n-- What is this?\n", "no query"),
    ("stray.sql", "-- A title\n-- example: who=me\nselect :what\n", "the example names who"),
    ("typed.rq", "# A title\n# param: x (colour) a colour\nSELECT ?x WHERE { VALUES ?x { UNDEF } }\n", "type 'colour'"),
    ("unbound.rq", "# A title\n# param: actor (actor) who\nSELECT ?actor WHERE { ?actor ?p ?o }\n", r"needs a `VALUES \?actor"),
    ("undocumented.rq", "# A title\nSELECT ?actor WHERE { VALUES ?actor { UNDEF } ?actor ?p ?o }\n", "has no `# param: actor`"),
], ids=lambda value: value if str(value).endswith((".sql", ".rq")) else "")
def test_a_broken_query_file_is_a_clear_error(tmp_path, file_name, text, message):
    (tmp_path / file_name).write_text(text, encoding="utf-8")
    with pytest.raises(QueryFileError, match=message) as error:
        queries.library(tmp_path)
    assert file_name in str(error.value)


def test_a_query_may_not_hide_a_table(tmp_path):
    (tmp_path / "claims.sql").write_text("-- Claims\n-- Which claims are there?\nselect * from claims\n")
    with pytest.raises(QueryFileError, match="would hide the table's page at /kb/claims"):
        queries.library(tmp_path)


def test_two_queries_may_not_share_a_name(tmp_path):
    (tmp_path / "timeline.sql").write_text("-- Timeline\nselect 1\n")
    (tmp_path / "timeline.rq").write_text("# Timeline\nSELECT * WHERE { ?s ?p ?o }\n")
    with pytest.raises(QueryFileError, match="two queries named 'timeline'"):
        queries.library(tmp_path)


def test_the_header_is_read_into_title_description_parameters_and_examples(tmp_path):
    (tmp_path / "claims_of_a_kind.sql").write_text(
        "-- Claims of a kind\n-- Which claims are of this kind?\n-- One row per claim.\n--\n-- A second paragraph.\n"
        "-- param: kind  optional: figure or date\n-- example: kind=figure&actor=Zhima+Credit\n-- example: kind=date\n"
        "select id from claims where (:kind = '' or kind = :kind) -- not :this\n  and ':nor_this' != :actor\n",
        encoding="utf-8")
    query = queries.library(tmp_path)[0]
    assert (query.name, query.language, query.title) == ("claims_of_a_kind", "sql", "Claims of a kind")
    assert query.description == "Which claims are of this kind? One row per claim.\n\nA second paragraph."
    assert query.parameters == ("kind", "actor")
    assert query.examples == ({"kind": "figure", "actor": "Zhima Credit"}, {"kind": "date"})
    assert query.parameter("kind").optional and not query.parameter("actor").optional
    canned = query.canned()
    assert canned["params"] == ["kind", "actor"] and canned["sql"] == query.text
    assert canned["description"].endswith("Parameters: kind: optional: figure or date.")


# --- formatting -------------------------------------------------------------------------------------

SAMPLE = Result(["claim_id", "quote", "value", "credited"],
                [("a1", "Over [520 million], “users”, said one, \"two\"", 520000000.0, None),
                 ("b2", "支付宝 counts 450,000,000 accounts", 1.5, "China News Service")])


def test_csv_reads_back_as_the_same_rows():
    read = list(csv.reader(io.StringIO(queries.format_result(SAMPLE, "csv"))))
    assert read[0] == SAMPLE.columns
    assert read[1:] == [["a1", SAMPLE.rows[0][1], "520000000.0", ""], ["b2", SAMPLE.rows[1][1], "1.5", "China News Service"]]


def test_json_is_a_list_of_objects():
    assert json.loads(queries.format_result(SAMPLE, "json")) == [
        {"claim_id": "a1", "quote": SAMPLE.rows[0][1], "value": 520000000.0, "credited": None},
        {"claim_id": "b2", "quote": SAMPLE.rows[1][1], "value": 1.5, "credited": "China News Service"}]


def test_the_table_shows_every_column_and_value_as_written():
    text = queries.format_result(SAMPLE, "table", width=400)
    for expected in [*SAMPLE.columns, "Over [520 million]", "支付宝 counts", "520000000 ", "1.5", "2 rows"]:
        assert expected in text
    assert "None" not in text and "520000000.0" not in text


def test_an_unknown_format_is_a_clear_error():
    with pytest.raises(QueryError, match="unknown format 'xml'"):
        queries.format_result(SAMPLE, "xml")
