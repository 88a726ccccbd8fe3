"""The second held-out corpus (tests/heldout2/): five invented sources for measurement only.

Nobody tunes rules on this set (see tests/heldout2/README.md), so these tests check only that
it builds from a bare folder and that `sckb evaluate --corpus tests/heldout2` scores it
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

HELDOUT2 = Path(__file__).resolve().parent / "heldout2"
SOURCES = HELDOUT2 / "sources"


@pytest.fixture(scope="module")
def heldout2_build(tmp_path_factory):
    return build(HELDOUT2, tmp_path_factory.mktemp("heldout2-build"))


@pytest.fixture(scope="module")
def built_sources(heldout2_build) -> list[str]:
    """The file name of every built document."""
    with sqlite3.connect(heldout2_build.outputs["kb.db"]) as db:
        rows = db.execute("select source from documents").fetchall()
    return [Path(source).name for (source,) in rows]


@pytest.fixture(scope="module")
def gold() -> list[dict]:
    return load_gold(gold_path(HELDOUT2), SOURCES)


@pytest.fixture(scope="module")
def evaluation() -> dict:
    """`sckb evaluate --corpus tests/heldout2 --json`, as a user runs it."""
    result = CliRunner().invoke(cli, ["evaluate", "--corpus", str(HELDOUT2), "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_set_has_no_catalog():
    """Metadata must be inferred from the files themselves: the set ships no catalog."""
    assert not (HELDOUT2 / "catalog.yaml").exists()


def test_builds_without_read_errors(heldout2_build):
    assert heldout2_build.ok, heldout2_build.errors
    assert heldout2_build.errors == []


def test_one_document_per_source(built_sources):
    assert Counter(built_sources) == Counter(path.name for path in SOURCES.iterdir())


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
