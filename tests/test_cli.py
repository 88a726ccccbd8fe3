"""The command line on a built knowledge base: conflicts, queries, review, evaluate."""
import json

import pytest
from click.testing import CliRunner

from kb.cli import cli


@pytest.fixture(scope="module")
def out(seed_build):
    return seed_build.outputs["kb.db"].parent


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def test_conflicts_shows_the_quotes_side_by_side_with_reasons(out):
    result = run("conflicts", "--out", out, "--subject", "Alipay")
    assert result.exit_code == 0, result.output
    assert "450,000,000 verified accounts" in result.output
    assert "over 520 million users" in result.output
    assert "different as-of dates" in result.output


def test_conflicts_without_a_build_says_what_to_do(tmp_path):
    result = run("conflicts", "--out", tmp_path)
    assert result.exit_code != 0 and "run `sckb build` first" in result.output


@pytest.mark.parametrize("fmt", ["csv", "json", "table"])
def test_query_runs_a_library_query_in_every_format(out, fmt):
    result = run("query", "conflicting_figures", "--out", out, "--format", fmt)
    assert result.exit_code == 0, result.output
    assert "verified accounts" in result.output
    if fmt == "json":
        assert isinstance(json.loads(result.output), list)


def test_sparql_binds_a_parameter(out, seed_build):
    import sqlite3

    with sqlite3.connect(seed_build.outputs["kb.db"]) as con:
        claim_id = con.execute("select id from claims where phrase like '%11 million%'").fetchone()[0]
    result = run("sparql", "claim_provenance", "--out", out, "-p", f"claim={claim_id}", "--format", "json")
    assert result.exit_code == 0, result.output
    [row] = json.loads(result.output)
    assert "11 million flights" in row["quote"] and row["attributed_to"] == "Business Insider"


def test_unknown_query_suggests_the_library(out):
    result = run("query", "conflicting_figure", "--out", out)
    assert result.exit_code != 0 and "conflicting_figures" in result.output


def test_review_records_a_decision_for_the_next_build(tmp_path):
    result = run("review", "correct", "abc123", "--set", "value=520000000", "--set", "subject=Alipay",
                 "--by", "A. Curator", "--why", "checked", "--corpus", tmp_path)
    assert result.exit_code == 0, result.output
    decision = json.loads((tmp_path / "annotations" / "reviews.jsonl").read_text(encoding="utf-8"))
    assert decision["fields"] == {"value": 520000000, "subject": "Alipay"}
    bad = run("review", "correct", "abc123", "--set", "quote=x", "--by", "A", "--why", "b", "--corpus", tmp_path)
    assert bad.exit_code != 0 and "not quote" in bad.output
