"""Citation exports holding several works: each record of an RIS or BibTeX file is a source of its own.

The fixtures (tests/fixtures/citation_exports) are exports of our own: an RIS file of three
journal articles (the second without an ID tag) and a BibTeX file of three entries (the second
with an unclosed brace), with a small gold for the RIS file.
"""
import json
import shutil
import sqlite3
from pathlib import Path

import pytest
import yaml

from extract.corpus import open_corpus
from extract.document import SourceError
from extract.evaluate import GoldError, gold_path, load_gold, score
from extract.readers import document_id, read_source, records_in
from extract.settings import Settings
from kb.build import BuildReport, build, extract_corpus

EXPORTS = Path(__file__).parent / "fixtures" / "citation_exports"
RIS = "scoring-literature.ris"
BIB = "credit-library.bib"
WIRE_STORY = Path(__file__).parent / "fixtures" / "readers" / "capture-wire.txt"


def make_corpus(folder: Path, *, gold: bool = False) -> Path:
    """A corpus of the two exports and a news capture (a source of one file)."""
    sources = folder / "sources"
    sources.mkdir(parents=True)
    for name in (RIS, BIB):
        shutil.copy(EXPORTS / name, sources / name)
    shutil.copy(WIRE_STORY, sources / WIRE_STORY.name)
    if gold:
        shutil.copytree(EXPORTS / "annotations", folder / "annotations")
    return folder


def rows(db: Path, sql: str) -> list[dict]:
    with sqlite3.connect(db) as con:
        con.row_factory = sqlite3.Row
        return [dict(row) for row in con.execute(sql)]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("exports")
    corpus = make_corpus(folder / "corpus")
    report = build(corpus, folder / "out", jobs=1)
    return report, report.outputs["kb.db"]


# --------------------------------------------------------------------------- reading


def test_each_record_is_a_document_with_its_own_metadata(built):
    _, db = built
    documents = {row["source"]: row for row in rows(db, "select * from documents where format in ('ris', 'bibtex')")}
    assert sorted(documents) == [f"sources/{BIB}#1", f"sources/{BIB}#3",
                                 f"sources/{RIS}#1", f"sources/{RIS}#2", f"sources/{RIS}#3"]
    first, second, third = (documents[f"sources/{RIS}#{n}"] for n in (1, 2, 3))
    assert first["title"] == "Social Credit System in China: Scores, Lists and Sanctions"
    assert json.loads(first["authors"]) == ["Marsden, Clara", "Tao, Wenjun"]
    assert (first["published"], first["doi"]) == ("2020-03-15", "10.5555/jdg.2020.0114")
    assert first["url"] == "https://journals.example.org/jdg/article/2020-0114"
    assert (second["title"], second["published"], second["doi"]) == \
        ("Scored by the Wallet: Sesame Credit and Consumer Trust", "2019-06", "10.5555/ajcf.2019.0042")
    assert json.loads(second["authors"]) == ["Okafor, Daniel"]
    assert (third["outlet"], third["url"]) == ("China Policy Review", None)
    # Each record's text is its own title and abstract, and its raw text its own lines of the file.
    assert second["text"].startswith("Scored by the Wallet") and "Rongcheng" not in second["text"]
    assert second["raw"].startswith("TY  - JOUR\nTI  - Scored by the Wallet") and "Marsden" not in second["raw"]
    entry = documents[f"sources/{BIB}#3"]
    assert (entry["title"], entry["published"], entry["outlet"]) == \
        ("Credit Repair under the Social Credit System", "2022", "Proceedings of the Workshop on Data and Governance")


def test_record_ids_are_the_file_and_the_records_key_else_its_number(built):
    _, db = built
    ids = {row["source"]: row["id"] for row in rows(db, "select id, source from documents")}
    assert ids[f"sources/{RIS}#1"] == "scoring-literature-marsden2020"  # ID  - Marsden2020
    assert ids[f"sources/{RIS}#2"] == "scoring-literature-2"  # no ID tag
    assert ids[f"sources/{RIS}#3"] == "scoring-literature-liu2021"
    assert ids[f"sources/{BIB}#1"] == "credit-library-chen2018platform"  # the citation key
    assert ids[f"sources/{WIRE_STORY.name}"] == "capture-wire"  # a file of one work: as ever


def test_each_record_has_its_own_claims_quoted_from_its_own_text(built):
    _, db = built
    claims = rows(db, "select c.*, d.text, d.source from claims c join documents d on d.id = c.document_id")
    by_source = {}
    for claim in claims:
        assert claim["text"][claim["start_char"]:claim["end_char"]] == claim["quote"]
        by_source.setdefault(claim["source"], []).append(claim)
    launch = [c for c in by_source[f"sources/{RIS}#2"] if c["kind"] == "date" and c["predicate"] == "launched"]
    assert [(c["subject"], c["date"]) for c in launch] == [("Sesame Credit", "2015-01")]
    listed = [c for c in by_source[f"sources/{RIS}#1"] if c["kind"] == "figure"]
    assert [(c["predicate"], c["value"]) for c in listed] == [("blacklisted_people", 15_000_000)]
    licence = [c for c in by_source[f"sources/{BIB}#1"] if c["kind"] == "date" and c["predicate"] == "licensed"]
    assert [(c["subject"], c["date"]) for c in licence] == [("Baihang Credit", "2018-02")]
    assert not any("Sesame" in c["quote"] for c in by_source[f"sources/{BIB}#1"])


def test_a_broken_record_is_reported_by_file_and_record_and_the_others_build(built):
    report, db = built
    assert len(report.errors) == 1
    assert report.errors[0].startswith(f"sources/{BIB}#2: malformed BibTeX")
    assert report.documents == 6  # 3 + 2 records, and the news capture
    assert rows(db, f"select count(*) as n from documents where source like 'sources/{BIB}%'") == [{"n": 2}]


def test_every_record_is_in_the_rdf_with_its_own_graph(built):
    report, _ = built
    trig = report.outputs["kb.trig"].read_text(encoding="utf-8")
    for document in ("scoring-literature-marsden2020", "scoring-literature-2", "credit-library-wang2022repair"):
        assert f"graph/{document}>" in trig
    assert f'"sources/{RIS}#2"' in trig


def test_reading_a_file_of_several_records_whole_says_how_to_read_one(tmp_path):
    path = tmp_path / RIS
    shutil.copy(EXPORTS / RIS, path)
    with pytest.raises(SourceError) as caught:
        read_source(path, tmp_path, Settings())
    assert str(caught.value) == (f"{RIS}: holds 3 RIS records: each is a source of its own "
                                 f"({RIS}#1 to {RIS}#3); read one with record=N")
    with pytest.raises(SourceError, match=rf"^{RIS}#4: no such record: the file holds 3 RIS records$"):
        read_source(path, tmp_path, Settings(), record=4)


@pytest.mark.parametrize("content, problem", [
    ("TY  - JOUR\nTI  - Cashless China\nER  - \nTY  - JOUR\nPY  - 2019\nER  - \n",
     "refs.ris#2: malformed RIS: the record has neither a title (TI/T1) nor an abstract (AB/N2)"),
    ("TY  - JOUR\nTI  - Cashless China\nTY  - JOUR\nTI  - Credit Bureaus\nER  - \n",
     "refs.ris#1: malformed RIS: the record is not closed by an end line (ER  - )"),
])
def test_a_broken_ris_record_is_named_with_its_number(tmp_path, content, problem):
    (tmp_path / "refs.ris").write_text(content, encoding="utf-8")
    number = int(problem.split("#")[1].split(":")[0])
    with pytest.raises(SourceError) as caught:
        read_source(tmp_path / "refs.ris", tmp_path, Settings(), record=number)
    assert str(caught.value) == problem
    other = 3 - number
    assert read_source(tmp_path / "refs.ris", tmp_path, Settings(), record=other).source == f"refs.ris#{other}"


def test_a_duplicate_bibtex_key_is_an_error_of_the_second_entry(tmp_path):
    (tmp_path / "dupe.bib").write_text("@article{a, title = {One}}\n@article{a, title = {Two}}\n", encoding="utf-8")
    assert read_source(tmp_path / "dupe.bib", tmp_path, Settings(), record=1).title == "One"
    with pytest.raises(SourceError, match=r"^dupe\.bib#2: malformed BibTeX.*Duplicate entry key"):
        read_source(tmp_path / "dupe.bib", tmp_path, Settings(), record=2)


def test_keys_that_do_not_tell_records_apart_give_way_to_numbers(tmp_path):
    """A key shared by two records, or one without a letter (it could be another record's
    number), is not used: the record's number is."""
    record = "TY  - JOUR\nID  - {key}\nTI  - Title {n}\nER  - \n"
    keys = ["Chen 2019", "chen-2019", "17", "Lee2020"]
    (tmp_path / "refs.ris").write_text("".join(record.format(key=k, n=n) for n, k in enumerate(keys, 1)), encoding="utf-8")
    records = records_in(tmp_path / "refs.ris", Settings().max_file_bytes)
    assert [document_id(tmp_path / "refs.ris", r) for r in records] == ["refs-1", "refs-2", "refs-3", "refs-lee2020"]


def test_files_of_one_work_are_not_split():
    for name in ("news-record.ris", "report.bib", "capture-wire.txt", "news-page.html"):
        assert records_in(EXPORTS.parent / "readers" / name, Settings().max_file_bytes) == ()
    too_small = Settings(max_file_bytes=100)
    assert records_in(EXPORTS / RIS, too_small.max_file_bytes) == ()  # reading it says it is too big


def test_an_export_saved_as_utf16_is_split_too(tmp_path):
    (tmp_path / "refs.txt").write_bytes((EXPORTS / RIS).read_text(encoding="utf-8").encode("utf-16"))
    assert [r.number for r in records_in(tmp_path / "refs.txt", Settings().max_file_bytes)] == [1, 2, 3]
    document = read_source(tmp_path / "refs.txt", tmp_path, Settings(), record=3)
    assert (document.id, document.title) == ("refs-liu2021", "Local Pilots of Social Credit Scoring")


# --------------------------------------------------------------------------- catalog


def test_catalog_entries_of_the_file_and_of_one_record(tmp_path):
    corpus = make_corpus(tmp_path / "corpus")
    (corpus / "catalog.yaml").write_text(yaml.safe_dump({
        f"sources/{RIS}": {"license": "CC BY 4.0", "notes": {"license": "the publisher's page"}},
        f"sources/{RIS}#2": {"url": "https://example.org/okafor-2019", "license": "CC BY-NC 4.0"},
        f"sources/{RIS}#9": {"title": "No such record"},
    }), encoding="utf-8")
    opened = open_corpus(corpus)
    assert opened.problems == [f"{corpus / 'catalog.yaml'}: catalog entry 'sources/{RIS}#9' names no record "
                               f"of sources/{RIS} (records count from 1, in file order)"]
    entries = {source.name: opened.catalog_entry(source) for source in opened.sources}
    assert entries[f"sources/{RIS}#1"] == {"license": "CC BY 4.0", "notes": {"license": "the publisher's page"}}
    assert entries[f"sources/{RIS}#2"] == {"license": "CC BY-NC 4.0", "url": "https://example.org/okafor-2019",
                                            "notes": {"license": "the publisher's page"}}
    assert entries[f"sources/{BIB}#1"] is None


# --------------------------------------------------------------------------- rebuilding


def test_rebuild_after_editing_one_record_extracts_that_files_records_only(tmp_path):
    corpus = make_corpus(tmp_path / "corpus")
    out = tmp_path / "out"
    first = build(corpus, out, jobs=1)
    assert (first.analysed, first.reused) == (6, 0)
    before = {row["id"]: row for row in rows(out / "kb.db", "select * from claims")}

    export = corpus / "sources" / RIS
    export.write_text(export.read_text(encoding="utf-8").replace("1,000 points", "800 points"), encoding="utf-8")
    second = build(corpus, out, jobs=1)
    assert (second.analysed, second.reused) == (3, 3)  # the RIS file's records; the BibTeX records and the capture
    after = {row["id"]: row for row in rows(out / "kb.db", "select * from claims")}
    scores = [c["value"] for c in after.values() if c["document_id"] == "scoring-literature-liu2021"
              and c["predicate"] == "score"]
    assert scores == [800]
    unchanged = {i for i, c in before.items() if c["document_id"] != "scoring-literature-liu2021"}
    assert {i: before[i] for i in unchanged} == {i: after[i] for i in unchanged}

    fresh = build(corpus, tmp_path / "fresh", jobs=1, cache=False)
    for name in ("kb.trig", "kb.nq"):
        assert (out / name).read_bytes() == (tmp_path / "fresh" / name).read_bytes()
    assert fresh.documents == second.documents == 6
    third = build(corpus, out, jobs=1)  # the broken record is read again, to be reported again
    assert (third.analysed, third.reused, third.errors) == (0, 6, second.errors)
    assert len(second.errors) == 1 and second.errors[0].startswith(f"sources/{BIB}#2: malformed BibTeX")


# --------------------------------------------------------------------------- evaluation


def test_evaluate_matches_the_gold_of_a_file_with_the_claims_of_its_records(tmp_path):
    """The gold names the file; its quotes lie in the records' texts; each gold claim is found
    among the claims of the record it was copied from (what `sckb evaluate` does)."""
    corpus = make_corpus(tmp_path / "corpus", gold=True)
    golden = load_gold(gold_path(corpus))
    assert {claim["source"] for claim in golden} == {RIS}
    tables = extract_corpus(corpus, Settings.from_env(), BuildReport(corpus, tmp_path))
    sources = {row["id"]: row["source"] for row in tables["documents"]}
    extracted = [{**claim, "source": sources[claim["document_id"]]} for claim in tables["claims"]]
    result = score(extracted, golden)
    found_in = {(gold["kind"], gold["phrase"]): claim["source"] for gold, claim in result.matches}
    assert found_in[("figure", "15 million people")] == f"sources/{RIS}#1"
    assert found_in[("date", "launched Sesame Credit in January 2015")] == f"sources/{RIS}#2"
    assert found_in[("perk", "rent cars and book hotel rooms without paying a deposit")] == f"sources/{RIS}#2"
    assert found_in[("figure", "1,000 points")] == f"sources/{RIS}#3"
    # Every claim of the RIS file's records is scored; those of the BibTeX file and the capture are not.
    of_export = [claim for claim in extracted if claim["source"].startswith(f"sources/{RIS}#")]
    assert result.overall.extracted == len(of_export) and result.ignored == len(extracted) - len(of_export)


def test_gold_may_not_quote_what_no_record_of_its_file_says(tmp_path):
    corpus = make_corpus(tmp_path / "corpus", gold=True)
    gold = json.loads((corpus / "annotations" / "gold.jsonl").read_text(encoding="utf-8").splitlines()[0])
    gold |= {"source": BIB, "quote": gold["quote"]}  # a sentence of the RIS file, said to be the BibTeX file's
    (corpus / "annotations" / "gold.jsonl").write_text(json.dumps(gold) + "\n", encoding="utf-8")
    with pytest.raises(GoldError, match="quote not found verbatim in credit-library.bib"):
        load_gold(gold_path(corpus))
