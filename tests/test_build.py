"""`sckb build` end to end: contract tables, bad input, atomicity, exit codes."""
import sqlite3

import pytest
from click.testing import CliRunner

from kb import build as build_module
from kb.build import BuildFailed, build
from kb.cli import cli

NEWS_CAPTURE = """Home | World | Business | Tech
Subscribe to our newsletter

Beijing courts expand the debtor blacklist

By Jane Smith
Published: 3 March 2019

Courts in Beijing added 20,000 people to the list of dishonest debtors last year, according to Xinhua.
People on the list cannot buy plane tickets or book rooms in luxury hotels.

Share this article
© 2019 Example News. All rights reserved.
"""

RIS_RECORD = """TY  - JOUR
TI  - Credit scoring and the state
AU  - Doe, Jane
PY  - 2020/03/01
JO  - Journal of Chinese Governance
AB  - The People's Bank of China licensed eight companies to pilot personal credit scoring in 2015.
ER  -
"""


def run(*args):
    return CliRunner().invoke(cli, ["build", *map(str, args)])


def tables(db_path):
    with sqlite3.connect(db_path) as con:
        return {row[0] for row in con.execute("select name from sqlite_master where type in ('table', 'view')")}


@pytest.fixture
def mixed_folder(tmp_path):
    """A folder of sources the project has never seen, with no catalog."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "debtors.txt").write_text(NEWS_CAPTURE, encoding="utf-8")
    (folder / "record.ris.txt").write_text(RIS_RECORD, encoding="utf-8")
    return folder


def test_seed_corpus_builds_every_contract_table(seed_build):
    assert seed_build.ok, seed_build.errors
    db = seed_build.outputs["kb.db"]
    assert {"documents", "actors", "claims", "conflicts", "citations"} <= tables(db)
    with sqlite3.connect(db) as con:
        assert con.execute("select count(*) from documents").fetchone()[0] == 5
        bad_quotes = con.execute(
            "select count(*) from claims c join documents d on d.id = c.document_id "
            "where substr(d.text, c.start_char + 1, c.end_char - c.start_char) != c.quote").fetchone()[0]
        assert bad_quotes == 0


def test_catalog_values_override_inferred_ones(seed_build):
    with sqlite3.connect(seed_build.outputs["kb.db"]) as con:
        row = con.execute("select published, original_name, notes from documents "
                          "where source = 'sources/aleteia-2018-social-credit-system.txt'").fetchone()
    assert row[0] == "2018-06-28"
    assert row[1] == "003_d8d4135a9a20cc0d.txt"
    assert "published on 06/28/18" in row[2]


def test_folder_without_catalog_builds_one_row_per_source(mixed_folder, tmp_path):
    result = run("--corpus", mixed_folder, "--out", tmp_path / "out")
    assert result.exit_code == 0, result.output
    with sqlite3.connect(tmp_path / "out" / "kb.db") as con:
        rows = dict(con.execute("select source, format from documents"))
    assert rows == {"debtors.txt": "text", "record.ris.txt": "ris"}


def test_bad_sources_are_named_and_the_rest_still_builds(mixed_folder, tmp_path):
    (mixed_folder / "empty.txt").write_bytes(b"")
    (mixed_folder / "photo.txt").write_bytes(bytes(range(256)) * 4)
    result = run("--corpus", mixed_folder, "--out", tmp_path / "out")
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert len(errors) == 2
    assert any("empty.txt" in line and "empty" in line for line in errors)
    assert any("photo.txt" in line for line in errors)
    with sqlite3.connect(tmp_path / "out" / "kb.db") as con:
        assert con.execute("select count(*) from documents").fetchone()[0] == 2


def test_two_sources_with_the_same_id_are_reported(mixed_folder, tmp_path):
    (mixed_folder / "debtors.html").write_text("<html><body><p>Another text.</p></body></html>", encoding="utf-8")
    result = run("--corpus", mixed_folder, "--out", tmp_path / "out")
    assert result.exit_code == 1
    assert "same id 'debtors'" in result.output


def test_catalog_entry_without_a_file_is_reported(mixed_folder, tmp_path):
    (mixed_folder / "catalog.yaml").write_text("missing.txt:\n  title: Gone\n", encoding="utf-8")
    result = run("--corpus", mixed_folder, "--out", tmp_path / "out")
    assert result.exit_code == 1
    assert "catalog entry 'missing.txt' names no file" in result.output


def test_failed_build_leaves_previous_knowledge_base_untouched(mixed_folder, tmp_path, monkeypatch):
    out = tmp_path / "out"
    assert run("--corpus", mixed_folder, "--out", out).exit_code == 0
    before = (out / "kb.db").read_bytes()

    def dies_midway(writer):
        writer.db.execute("create table half_written (x)")
        raise OSError("disk full")

    monkeypatch.setattr(build_module.KnowledgeBaseWriter, "finish", dies_midway)
    (mixed_folder / "more.txt").write_text(NEWS_CAPTURE.replace("Jane Smith", "John Roe"), encoding="utf-8")
    with pytest.raises(OSError):
        build(mixed_folder, out)
    assert (out / "kb.db").read_bytes() == before
    assert [p.name for p in out.iterdir()] == ["kb.db"] or not any(p.name.startswith(".build-") for p in out.iterdir())


def test_nothing_readable_exits_2_and_keeps_old_output(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    out.mkdir()
    (out / "kb.db").write_bytes(b"previous")
    result = run("--corpus", folder, "--out", out)
    assert result.exit_code == 2
    assert "empty.txt" in result.output
    assert (out / "kb.db").read_bytes() == b"previous"
    with pytest.raises(BuildFailed):
        build(folder, out)


def test_a_file_that_cannot_be_opened_is_named_and_the_rest_still_builds(mixed_folder, tmp_path, monkeypatch):
    real_hash = build_module.file_hash

    def unreadable(path):
        if path.name == "debtors.txt":
            raise PermissionError(13, "Permission denied")
        return real_hash(path)

    monkeypatch.setattr(build_module, "file_hash", unreadable)
    report = build(mixed_folder, tmp_path / "out")
    assert report.documents == 1
    assert report.errors == [f"{mixed_folder / 'debtors.txt'}: cannot read the file (Permission denied)"]


@pytest.mark.parametrize("bug, said", [
    (ValueError("a rule met something it did not expect"), "ValueError: a rule met something it did not expect"),
    (KeyError("company"), "KeyError: 'company'"),  # spaCy wraps it in a ValueError of its own; the cause is told
])
def test_a_source_that_trips_a_bug_is_named_and_the_rest_still_builds(mixed_folder, tmp_path, monkeypatch, bug, said):
    """A bug met on one source (here, a rule that fails on the word "blacklist") is that source's
    error: the other sources are built."""
    from extract import figures

    real = figures.FigureExtractor.__call__

    def fails_on_blacklists(self, doc):
        if "blacklist" in doc.text:
            raise bug
        return real(self, doc)

    monkeypatch.setattr(figures.FigureExtractor, "__call__", fails_on_blacklists)
    report = build(mixed_folder, tmp_path / "out", jobs=1, cache=False)
    assert report.documents == 1
    assert report.errors == [f"debtors.txt: the extractor failed on this source ({said}); please report it"]


def test_evaluate_names_a_source_the_extractor_failed_on(mixed_folder, monkeypatch):
    """`sckb evaluate` says which source gave no claims because of a bug, on stderr and in its JSON."""
    import json

    from extract import figures
    from extract.evaluate import gold_path

    real = figures.FigureExtractor.__call__

    def fails_on_blacklists(self, doc):
        if "blacklist" in doc.text:
            raise ValueError("a rule met something it did not expect")
        return real(self, doc)

    monkeypatch.setattr(figures.FigureExtractor, "__call__", fails_on_blacklists)
    gold = gold_path(mixed_folder)
    gold.parent.mkdir(parents=True, exist_ok=True)
    gold.write_text("", encoding="utf-8")
    result = CliRunner().invoke(cli, ["evaluate", "--corpus", str(mixed_folder), "--json"])
    assert result.exit_code == 0, result.output
    assert "debtors.txt: the extractor failed on this source" in result.stderr
    assert json.loads(result.stdout)["errors"] == [
        "debtors.txt: the extractor failed on this source (ValueError: a rule met something it did not expect); "
        "please report it"]
