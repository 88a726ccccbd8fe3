"""The build at scale: many jobs, Dask and the cache give the same knowledge base as one job.

The corpus is the project's seeds plus a few generated pages (benchmarks/generate.py), and
`batch_size` is small so that the workers really get several tasks each.
"""
import shutil
import sqlite3
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from extract.settings import Settings
from kb.build import BuildFailed, build
from kb.cli import cli
from kb.executors import ExecutorError, open_executor
from kb.manifest import MANIFEST

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
import generate  # noqa: E402  (benchmarks/generate.py)

OUTPUTS = ("kb.trig", "kb.nq", "kb.jsonld")
SETTINGS = Settings.from_env(batch_size=2)


def contents(out: Path) -> dict:
    """Every row of every table, and the bytes of every RDF file: what must not depend on how it was built."""
    with sqlite3.connect(out / "kb.db") as db:
        names = [n for (n,) in db.execute("select name from sqlite_master where type = 'table' and name not like "
                                          "'%_fts%' and name not like 'sqlite_%' order by name")]
        found = {name: sorted(map(repr, db.execute(f"select * from [{name}]"))) for name in names}
    found.update({name: (out / name).read_bytes() for name in OUTPUTS})
    return found


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("scale")
    folder = work / "corpus"
    shutil.copytree(ROOT / "corpus", folder)
    generate.generate(work / "generated", docs=5, seed=7)
    shutil.copytree(work / "generated" / "sources", folder / "sources" / "generated")
    return folder


@pytest.fixture(scope="module")
def one_job(corpus, tmp_path_factory) -> tuple:
    out = tmp_path_factory.mktemp("one-job")
    report = build(corpus, out, SETTINGS, jobs=1, cache=False)
    return report, contents(out)


def test_many_jobs_give_what_one_job_gives(corpus, one_job, tmp_path):
    report = build(corpus, tmp_path, SETTINGS, jobs=2, cache=False)
    assert report.jobs == 2 and report.analysed == one_job[0].analysed == 10
    assert contents(tmp_path) == one_job[1]


def test_dask_gives_what_one_job_gives(corpus, one_job, tmp_path):
    pytest.importorskip("dask.distributed")
    report = build(corpus, tmp_path, SETTINGS, jobs=2, executor="dask", cache=False)
    assert report.jobs == 2
    assert contents(tmp_path) == one_job[1]


def add_sentence(page: Path, sentence: str) -> None:
    """Add a sentence to the longest paragraph of a page: its article, not its furniture."""
    lines = page.read_text(encoding="utf-8").splitlines()
    prose = max(range(len(lines)), key=lambda i: len(lines[i]))
    lines[prose] += " " + sentence
    page.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_unchanged_sources_are_reused_and_a_changed_one_is_analysed_again(corpus, one_job, tmp_path):
    first = build(corpus, tmp_path, SETTINGS, jobs=1)
    assert (first.analysed, first.reused) == (10, 0)
    again = build(corpus, tmp_path, SETTINGS, jobs=1)
    assert again.up_to_date and (again.analysed, again.reused, again.rdf_reused) == (0, 10, 10)
    assert (again.documents, again.claims, again.actors, again.conflicts) == \
        (first.documents, first.claims, first.actors, first.conflicts)
    assert contents(tmp_path) == one_job[1]

    changed = tmp_path / "changed"
    shutil.copytree(corpus, changed)
    add_sentence(sorted((changed / "sources" / "generated").iterdir())[0], "Alipay had 900 million users in 2020.")
    after = build(changed, tmp_path, SETTINGS, jobs=1)
    assert (after.analysed, after.reused) == (1, 9)
    assert (after.rdf_made, after.rdf_reused) == (1, 9)  # other sources' RDF does not depend on mention counts
    with sqlite3.connect(tmp_path / "kb.db") as db:
        assert db.execute("select count(*) from claims where phrase like '%900 million%'").fetchone()[0] == 1
    # the other sources' rows and RDF were carried over from the last build: the same as building afresh
    build(changed, tmp_path / "afresh", SETTINGS, jobs=1, cache=False)
    assert contents(tmp_path) == contents(tmp_path / "afresh")
    # and the cache holds this build's entries only: the changed page's old result is gone
    assert build(changed, tmp_path, SETTINGS, jobs=1).reused == 10


def edit(folder: Path) -> None:
    """Remove one source, add a sentence to another, and a curator's decision on a third."""
    pages = sorted((folder / "sources" / "generated").iterdir())
    pages[0].unlink()
    add_sentence(pages[1], "Tencent had 800 million users in 2019.")
    with sqlite3.connect(folder.parent / "out" / "kb.db") as db:
        (claim_id,) = db.execute("select id from claims where document_id = ? order by id limit 1",
                                 (pages[2].stem,)).fetchone()
    result = CliRunner().invoke(cli, ["review", "reject", claim_id, "--by", "tester", "--why", "a test",
                                      "--corpus", str(folder)])
    assert result.exit_code == 0, result.output


def test_a_build_after_edits_equals_a_build_afresh(corpus, tmp_path):
    folder = tmp_path / "corpus"
    shutil.copytree(corpus, folder)
    build(folder, tmp_path / "out", SETTINGS, jobs=1)
    edit(folder)
    report = build(folder, tmp_path / "out", SETTINGS, jobs=1)
    assert (report.analysed, report.reused, report.up_to_date) == (1, 8, False)
    build(folder, tmp_path / "afresh", SETTINGS, jobs=1, cache=False)
    assert contents(tmp_path / "out") == contents(tmp_path / "afresh")
    with sqlite3.connect(tmp_path / "out" / "kb.db") as db:  # the full-text index follows the rows
        found = db.execute("select count(*) from claims_fts where claims_fts match '800 million'").fetchone()[0]
        assert found == db.execute("select count(*) from claims where quote like '%800 million%'").fetchone()[0] > 0


def test_outputs_changed_by_hand_are_not_trusted(corpus, one_job, tmp_path):
    """The next build starts afresh when the outputs are not the ones the last build recorded."""
    build(corpus, tmp_path, SETTINGS, jobs=1)
    (tmp_path / "kb.nq").write_text("", encoding="utf-8")
    report = build(corpus, tmp_path, SETTINGS, jobs=1)
    assert not report.up_to_date and report.reused == 10  # from the cache, written again
    assert contents(tmp_path) == one_job[1]


def test_a_changed_vocabulary_invalidates_every_source(corpus, tmp_path):
    folder = tmp_path / "corpus"
    shutil.copytree(corpus, folder)
    build(folder, tmp_path / "out", SETTINGS, jobs=1)
    perks = folder / "vocab" / "perks.yaml"
    perks.write_text(perks.read_text(encoding="utf-8") + "\n# a curator's note\n", encoding="utf-8")
    again = build(folder, tmp_path / "out", SETTINGS, jobs=1)
    assert (again.analysed, again.reused) == (10, 0)


def test_reviews_apply_to_cached_sources(corpus, tmp_path):
    """Curation is not cached: a new decision takes effect without analysing anything again."""
    folder = tmp_path / "corpus"
    shutil.copytree(corpus, folder)
    build(folder, tmp_path / "out", SETTINGS, jobs=1)
    with sqlite3.connect(tmp_path / "out" / "kb.db") as db:
        (claim_id,) = db.execute("select id from claims order by id limit 1").fetchone()
    result = CliRunner().invoke(cli, ["review", "reject", claim_id, "--by", "tester", "--why", "a test",
                                      "--corpus", str(folder)])
    assert result.exit_code == 0, result.output
    again = build(folder, tmp_path / "out", SETTINGS, jobs=1)
    assert again.analysed == 0
    with sqlite3.connect(tmp_path / "out" / "kb.db") as db:
        assert db.execute("select count(*) from claims where id = ?", (claim_id,)).fetchone()[0] == 0
        assert db.execute("select count(*) from rejected_claims where id = ?", (claim_id,)).fetchone()[0] == 1
    assert claim_id not in (tmp_path / "out" / "kb.nq").read_text(encoding="utf-8")


def test_an_unreadable_cache_entry_is_recomputed(corpus, one_job, tmp_path):
    build(corpus, tmp_path, SETTINGS, jobs=1)
    (tmp_path / "cache" / MANIFEST).unlink()  # so that the next build reads the cache
    for entry in sorted((tmp_path / "cache").glob("*/*"))[:3]:
        entry.write_bytes(b"cut short")
    build(corpus, tmp_path, SETTINGS, jobs=1)
    assert contents(tmp_path) == one_job[1]


@pytest.mark.parametrize("name, jobs, scheduler, message", [
    ("threads", 2, None, "unknown executor 'threads'"),
    ("local", 2, "tcp://127.0.0.1:8786", "--scheduler is for --executor dask"),
])
def test_executor_mistakes_are_explained(name, jobs, scheduler, message):
    with pytest.raises(ExecutorError, match=message):
        open_executor(name, jobs, scheduler)


def test_cli_build_takes_jobs_and_no_cache(corpus, tmp_path):
    result = CliRunner().invoke(cli, ["build", "--corpus", str(corpus), "--out", str(tmp_path), "--jobs", "1",
                                      "--no-cache"])
    assert result.exit_code == 0, result.output
    assert "10 sources analysed, 0 reused from the cache or the last build; 1 job" in result.output
    assert not (tmp_path / "cache").exists()


def test_cli_rejects_a_scheduler_without_dask(corpus, tmp_path):
    result = CliRunner().invoke(cli, ["build", "--corpus", str(corpus), "--out", str(tmp_path),
                                      "--scheduler", "tcp://127.0.0.1:8786"])
    assert result.exit_code == 2
    assert "--scheduler is for --executor dask" in result.output
