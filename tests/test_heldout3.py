"""The third held-out corpus (tests/heldout3/): six invented sources for measurement only.

Nobody tunes rules on this set (see tests/heldout3/README.md), so these tests check only that
it builds from a bare folder and that `sckb evaluate --corpus tests/heldout3` scores it
completely. They assert no score: scores are measured and reported, never thresholds here.
"""
import json
import sqlite3
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from extract.claims import KINDS
from extract.evaluate import gold_path, load_gold
from kb.build import build
from kb.cli import cli

HELDOUT3 = Path(__file__).resolve().parent / "heldout3"
SOURCES = HELDOUT3 / "sources"


@pytest.fixture(scope="module")
def heldout3_build(tmp_path_factory):
    return build(HELDOUT3, tmp_path_factory.mktemp("heldout3-build"))


@pytest.fixture(scope="module")
def built_sources(heldout3_build) -> list[str]:
    """The file name of every built document."""
    with sqlite3.connect(heldout3_build.outputs["kb.db"]) as db:
        rows = db.execute("select source from documents").fetchall()
    return [Path(source).name for (source,) in rows]


@pytest.fixture(scope="module")
def gold() -> list[dict]:
    return load_gold(gold_path(HELDOUT3), SOURCES)


@pytest.fixture(scope="module")
def evaluation() -> dict:
    """`sckb evaluate --corpus tests/heldout3 --json`, as a user runs it."""
    result = CliRunner().invoke(cli, ["evaluate", "--corpus", str(HELDOUT3), "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_set_has_no_catalog():
    """Metadata must be inferred from the files themselves: the set ships no catalog."""
    assert not (HELDOUT3 / "catalog.yaml").exists()


def test_builds_without_read_errors(heldout3_build):
    assert heldout3_build.ok, heldout3_build.errors
    assert heldout3_build.errors == []


def test_one_document_per_source(built_sources):
    assert Counter(built_sources) == Counter(path.name for path in SOURCES.iterdir())


def test_each_source_is_read_in_the_format_it_was_written_in(heldout3_build):
    """The set exercises text captures, an HTML page and a BibTeX record: each file's format
    is sniffed from its content, so a capture misread as another format would skew the scores."""
    with sqlite3.connect(heldout3_build.outputs["kb.db"]) as db:
        formats = dict((Path(source).name, fmt) for source, fmt in db.execute("select source, format from documents"))
    assert formats == {
        "apn-2019-court-blacklist-flights.txt": "text",
        "frictionless-2024-score-nobody-has.txt": "text",
        "harbour-review-2022-points-of-trust.txt": "text",
        "ledger-asia-2023-tencent-baihang-stake.txt": "text",
        "lindqvist-2020-explainer-social-credit.html": "html",
        "ng-baptiste-2023-paying-with-reputation.bib": "bibtex",
    }


def test_gold_covers_every_source(gold):
    assert {claim["source"] for claim in gold} == {path.name for path in SOURCES.iterdir()}


def test_gold_has_every_kind(gold):
    assert {claim["kind"] for claim in gold} == set(KINDS)


@pytest.mark.parametrize("kind", KINDS)
def test_evaluation_reports_kind(evaluation, gold, kind):
    scores = evaluation["kinds"][kind]
    assert scores["gold"] == sum(claim["kind"] == kind for claim in gold)
    for measure in ("precision", "recall", "f1"):
        assert measure in scores
    assert scores["recall"] is not None


def test_evaluation_scores_the_whole_set(evaluation, gold):
    assert evaluation["overall"]["gold"] == len(gold)
    assert evaluation["ignored_extracted"] == 0  # every source has gold


def test_evaluation_accounts_for_every_claim(evaluation, gold):
    """Each gold claim is matched or listed as a miss; each extracted one matched or a false alarm."""
    overall = evaluation["overall"]
    assert overall["matched"] + len(evaluation["misses"]) == len(gold)
    assert overall["matched"] + len(evaluation["false_alarms"]) == overall["extracted"]
