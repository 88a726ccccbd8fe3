"""The built knowledge base as a whole: the two stores agree, builds are deterministic,
curation survives rebuilds, and the seeds' cross-checks come out as the mission needs."""
import json
import shutil
import sqlite3

import pytest

from kb.build import build
from kb.rdf import sparql


def rows(db_path, sql, *params):
    with sqlite3.connect(db_path) as con:
        con.row_factory = sqlite3.Row
        return [dict(row) for row in con.execute(sql, params)]


@pytest.fixture(scope="module")
def kb(seed_build):
    return seed_build.outputs["kb.db"], seed_build.outputs["kb.trig"]


def test_every_sqlite_claim_is_in_rdf_with_the_same_id_value_and_quote(kb):
    db, trig = kb
    claims = {c["id"]: c for c in rows(db, "select id, value, quote, phrase_start, phrase_end from claims")}
    found = sparql(trig, """
        PREFIX oa: <http://www.w3.org/ns/oa#>
        PREFIX sckb: <https://w3id.org/sckb/vocab#>
        SELECT ?claim ?value ?quote WHERE { GRAPH ?g {
            ?claim sckb:quote ?target .
            ?target oa:hasSelector ?selector .
            ?selector oa:exact ?quote .
            OPTIONAL { ?claim sckb:value ?value }
        } }""")
    by_id = {row["claim"].rsplit("/", 1)[-1]: row for row in found}
    assert set(by_id) == set(claims)
    for claim_id, claim in claims.items():
        assert by_id[claim_id]["quote"] == claim["quote"]
        if claim["value"] is not None:
            assert float(by_id[claim_id]["value"]) == pytest.approx(claim["value"])


def test_building_twice_gives_identical_stores(seed_build, corpus_dir, tmp_path):
    again = build(corpus_dir, tmp_path)
    for name in ("kb.nq", "kb.trig"):
        assert (tmp_path / name).read_bytes() == seed_build.outputs[name].read_bytes(), name
    query = "select * from claims order by id"
    assert rows(tmp_path / "kb.db", query) == rows(seed_build.outputs["kb.db"], query)
    assert again.claims == seed_build.claims


def test_full_text_search_finds_a_claim_by_a_word_of_its_quote(kb):
    db, _ = kb
    found = rows(db, "select claims.id, claims.quote from claims join claims_fts on claims_fts.rowid = claims.rowid "
                     "where claims_fts match 'flights'")
    assert found and all("flight" in row["quote"].lower() for row in found)


def test_alipay_user_figures_conflict_for_stated_reasons(kb):
    db, _ = kb
    pairs = rows(db, """select f.*, a.phrase as phrase_a, b.phrase as phrase_b from conflicts f
                        join claims a on a.id = f.claim_a join claims b on b.id = f.claim_b
                        where f.relation = 'conflicts'""")
    pair = next(p for p in pairs if {p["phrase_a"], p["phrase_b"]} ==
                {"450,000,000 verified accounts", "over 520 million users"})
    codes = {reason["code"] for reason in json.loads(pair["reasons"])}
    assert {"different_as_of", "different_metric"} <= codes
    scoped = [p for p in pairs if "approximately 400 million users" in (p["phrase_a"], p["phrase_b"])]
    assert scoped and all("different_scope" in p["reasons"] for p in scoped)


def test_a_curators_correction_survives_a_rebuild(corpus_dir, seed_build, tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(corpus_dir, corpus)
    target = rows(seed_build.outputs["kb.db"], "select id, subject from claims where kind = 'figure' limit 1")[0]
    reviews = corpus / "annotations" / "reviews.jsonl"
    reviews.write_text(json.dumps({"decision": "correct", "claim_id": target["id"], "by": "A. Curator",
                                   "why": "checked against the source", "fields": {"subject": "Checked Subject"}})
                       + "\n" + json.dumps({"decision": "accept", "claim_id": "0000000000000000", "by": "A. Curator",
                                            "why": "stale on purpose"}) + "\n", encoding="utf-8")
    for _ in range(2):  # a rebuild applies the same decisions again
        report = build(corpus, tmp_path / "out")
        claim = rows(tmp_path / "out" / "kb.db", "select * from claims where id = ?", target["id"])[0]
        assert (claim["subject"], claim["status"]) == ("Checked Subject", "corrected")
        assert json.loads(claim["corrected_fields"]) == {"subject": target["subject"]}
        assert report.warnings == [f"{reviews}:2: claim 0000000000000000 no longer exists (stale accept decision)"]


def test_the_eight_licensed_companies_and_sesame_credits_launch_agree_across_sources(kb):
    db, _ = kb
    agreements = rows(db, """select f.*, a.document_id as doc_a, b.document_id as doc_b from conflicts f
                             join claims a on a.id = f.claim_a join claims b on b.id = f.claim_b
                             where f.relation = 'agrees'""")
    eight = [p for p in agreements if p["value_a"] == p["value_b"] == "8.0" and p["doc_a"] != p["doc_b"]]
    assert eight and all(p["independent_origins"] == 2 for p in eight)
    launch = [p for p in agreements if p["subject"] == "Sesame Credit" and p["value_a"] == p["value_b"] == "2015"]
    assert launch


def test_named_claims_carry_value_subject_date_and_attribution(kb):
    db, _ = kb
    flights = rows(db, "select * from claims where kind = 'figure' and phrase like '%11 million flights%'")[0]
    assert (flights["value"], flights["bound"], flights["attributed_to"]) == (11e6, "min", "Business Insider")
    bonus = rows(db, "select * from claims where kind = 'figure' and phrase like '%1,000 yuan%'")[0]
    assert (bonus["value"], bonus["unit"]) == (1000, "CNY")
    launch = rows(db, "select * from claims where kind = 'date' and subject = 'Sesame Credit' and date = '2015'")
    assert launch
