"""The held-out corpus (tests/heldout/): six invented sources, written apart from the seeds,
that measure how well the readers, the cleaning and the extractors generalise.

These tests check that the held-out set builds and can be scored. They assert what the
files themselves say (titles, publication dates, which lines are page furniture), never a
score: scores are measured with `sckb evaluate --corpus tests/heldout` and reported.
Known gaps are marked xfail(strict=True): when a fix lands the mark must be removed.
"""
import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from extract.claims import KINDS
from extract.evaluate import gold_path, load_gold
from kb.build import build
from kb.cli import cli

HELDOUT = Path(__file__).resolve().parent / "heldout"
SOURCES = HELDOUT / "sources"

REUTERS = "reuters-2020-court-blacklist-flights.txt"
EXPLAINER = "cdgs-2022-social-credit-explainer.txt"
BUSINESS = "techasia-2020-credit-scores-business.txt"
CAPTURE = "wanderer-2021-credit-score-perks-penalties.txt"
HTML_PAGE = "coastalpost-2019-xiamen-egret-score.html"
BIBTEX = "liang-okafor-2021-points-based-social-credit.bib"


def gap(why: str):
    return pytest.mark.xfail(strict=True, reason=why)


# What each file says about itself: the headline and the publication date a reader sees.
TITLES = [
    pytest.param(REUTERS, "China's courts kept blacklisted debtors off 26.8 million flights, top court says",
                 id="reuters"),
    pytest.param(EXPLAINER, "China’s Social Credit System: a timeline of the rules, the pilots and the myths", id="explainer"),
    pytest.param(BUSINESS, "Beyond the deposit waiver: how China’s tech giants turned credit scores into a business",
                 id="business"),
    pytest.param(CAPTURE, "Good score, good life? What a high credit rating gets you in China – and what a low one costs",
                 id="capture"),
    pytest.param(HTML_PAGE, "Xiamen’s ‘Egret Score’ rewards good citizens with half-price bus rides", id="html"),
    pytest.param(BIBTEX, "Scoring Citizens, Rewarding Virtue: Points-Based Social Credit in Two Chinese Cities", id="bibtex"),
]

PUBLISHED = [
    pytest.param(REUTERS, "2020-01-15",
                 id="reuters"),
    pytest.param(EXPLAINER, "2022-03-10", id="explainer"),
    pytest.param(BUSINESS, "2020-09-15", id="business"),
    pytest.param(CAPTURE, "2021-06-22", id="capture"),
    pytest.param(HTML_PAGE, "2019-11-08", id="html"),
    pytest.param(BIBTEX, "2021-06", id="bibtex"),
]

# Headlines are text too (the gold has claims in them), so cleaning must keep them.
HEADLINES = [
    pytest.param(REUTERS, "China's courts kept blacklisted debtors off 26.8 million flights, top court says",
                 id="reuters"),
    pytest.param(BUSINESS, "Beyond the deposit waiver: how China’s tech giants turned credit scores into a business", id="business"),
    pytest.param(CAPTURE, "Good score, good life? What a high credit rating gets you in China – and what a low one costs",
                 id="capture"),
    pytest.param(HTML_PAGE, "Xiamen’s ‘Egret Score’ rewards good citizens with half-price bus rides", id="html"),
]

# Lines of page furniture, verbatim from the files, that must not survive cleaning.
FURNITURE = [
    (CAPTURE, "Skip to content"), (CAPTURE, "Food & Drink"), (CAPTURE, "Classifieds"), (CAPTURE, "Menu"),
    (CAPTURE, "We use cookies to give you the best experience on our website. By continuing to browse, "
              "you agree to our use of cookies. Learn more"),
    (CAPTURE, "Accept"), (CAPTURE, "12 Comments"), (CAPTURE, "Share on Facebook"), (CAPTURE, "Share on WeChat"),
    pytest.param(CAPTURE, "Photo 3 of 8", id="capture-photo-counter"),
    pytest.param(CAPTURE, "Read more: Top 10 hotpot restaurants in Chengdu",
                 id="capture-read-more"),
    (CAPTURE, "Page 2 of 5"), (CAPTURE, "« Previous | Next »"), (CAPTURE, "Tags: Alipay, credit, expat life, money"),
    (CAPTURE, "Sign up for our weekly newsletter"), (CAPTURE, "We will never share your email address."),
    (CAPTURE, "Top 10 coworking spaces in Jing’an"), (CAPTURE, "How to open a bank account in China in 5 steps"),
    (CAPTURE, "Advertising enquiries: +86 21 6288 4410"),
    (CAPTURE, "© 2021 Wanderer Media Co., Ltd. All rights reserved."), (CAPTURE, "沪ICP备12038472号-2"),
    (REUTERS, "Skip to main content"), (REUTERS, "4 MIN READ"),
    (REUTERS, "JANUARY 15, 2020 / 9:14 AM / UPDATED 3 HOURS AGO"),
    (REUTERS, "Reporting by Lin Wei and Thomas Hale; Editing by Kim Coghill"),
    (REUTERS, "Our Standards: The Thomson Reuters Trust Principles."), (REUTERS, "MORE FROM REUTERS"),
    (REUTERS, "Hong Kong protests enter eighth month"),
    (REUTERS, "Photo 3 of 8: Passengers queue at Beijing South railway station"),
    (REUTERS, "All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays."),
    (REUTERS, "© 2020 Reuters. All Rights Reserved."),
    (EXPLAINER, "Research | Commentary | Events | Experts | About"),
    pytest.param(EXPLAINER, "Download PDF (6 pages)",
                 id="explainer-download"),
    (EXPLAINER, "Page 1 of 1"), (EXPLAINER, "Share: Twitter | LinkedIn | Email"),
    (EXPLAINER, "Press enquiries: press@cdgs.example.org, +49 30 2345 6789"),
    (BUSINESS, "Fintech | Startups | E-commerce | Policy | Podcasts"),
    pytest.param(BUSINESS, "Priya Raman is a senior reporter covering fintech in Asia. Follow her on Twitter @praman_tech.",
                 id="business-author-box"),
    (BUSINESS, "Top 10 fintech deals of 2020 so far"), (BUSINESS, "Share this story: Facebook Twitter LinkedIn WhatsApp"),
    (BUSINESS, "Get TechAsia Review in your inbox every Monday. Sign up"),
    (HTML_PAGE, "Most read"), (HTML_PAGE, "Typhoon warning lifted after 36 hours"),
    (HTML_PAGE, "Port handles 10 million containers for first time"), (HTML_PAGE, "Newsroom hotline: +86 592 555 0199"),
    (HTML_PAGE, "© 2019 Coastal Post Media Group. All rights reserved."),
    (HTML_PAGE, "New ferry timetable: 5 routes added to Gulangyu"),
]

# Bits of markup and record fields that are never text: scripts, share counters, BibTeX fields.
NEVER_IN_TEXT = [
    (HTML_PAGE, "dataLayer"), (HTML_PAGE, "sample_rate"), (HTML_PAGE, "1.2k shares"), (HTML_PAGE, "Weather: 24°C"),
    (BIBTEX, "215--238"), (BIBTEX, "2381-2346"), (BIBTEX, "liang2021scoring"), (BIBTEX, "Governing by Numbers"),
]


@pytest.fixture(scope="module")
def heldout_build(tmp_path_factory):
    return build(HELDOUT, tmp_path_factory.mktemp("heldout-build"))


@pytest.fixture(scope="module")
def documents(heldout_build) -> dict[str, dict]:
    """The built documents, by file name."""
    with sqlite3.connect(heldout_build.outputs["kb.db"]) as db:
        db.row_factory = sqlite3.Row
        rows = db.execute("select * from documents").fetchall()
    return {Path(row["source"]).name: dict(row) for row in rows}


@pytest.fixture(scope="module")
def evaluation() -> dict:
    """`sckb evaluate --corpus tests/heldout --json`, as a user runs it."""
    result = CliRunner().invoke(cli, ["evaluate", "--corpus", str(HELDOUT), "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


@pytest.fixture(scope="module")
def gold() -> list[dict]:
    return load_gold(gold_path(HELDOUT), SOURCES)


def test_builds_without_errors(heldout_build):
    assert heldout_build.ok, heldout_build.errors
    assert heldout_build.warnings == []


def test_one_document_per_source(documents):
    assert sorted(documents) == sorted(path.name for path in SOURCES.iterdir())


@pytest.mark.parametrize("source, title", TITLES)
def test_title_is_read_from_the_file(documents, source, title):
    assert documents[source]["title"] == title


@pytest.mark.parametrize("source, published", PUBLISHED)
def test_publication_date_is_read_from_the_file(documents, source, published):
    assert documents[source]["published"] == published


@pytest.mark.parametrize("source, headline", HEADLINES)
def test_headline_is_kept_in_the_text(documents, source, headline):
    assert headline in documents[source]["text"].splitlines()


@pytest.mark.parametrize("source, line", FURNITURE)
def test_furniture_line_is_cleaned_away(documents, source, line):
    assert line in (SOURCES / source).read_text(encoding="utf-8"), "the test names a line the file does not have"
    kept = {kept.strip() for kept in documents[source]["text"].splitlines()}
    assert line not in kept


@pytest.mark.parametrize("source, fragment", NEVER_IN_TEXT)
def test_markup_and_record_fields_are_not_text(documents, source, fragment):
    assert fragment in (SOURCES / source).read_text(encoding="utf-8")
    assert fragment not in documents[source]["text"]


def test_gold_covers_every_source(gold):
    assert {claim["source"] for claim in gold} == {path.name for path in SOURCES.iterdir()}


def test_gold_has_every_kind(gold):
    assert {claim["kind"] for claim in gold} == set(KINDS)


def test_evaluation_reports_every_kind(evaluation, gold):
    kinds = evaluation["kinds"]
    for kind in KINDS:
        expected = sum(claim["kind"] == kind for claim in gold)
        assert kinds[kind]["gold"] == expected, kind
        assert kinds[kind]["recall"] is not None, kind
    assert evaluation["overall"]["gold"] == len(gold)
    assert evaluation["ignored_extracted"] == 0  # every held-out source has gold


def test_evaluation_accounts_for_every_gold_claim(evaluation, gold):
    """Each gold claim is either matched or listed as a miss, so the report can be trusted."""
    assert evaluation["overall"]["matched"] + len(evaluation["misses"]) == len(gold)
    extracted = evaluation["overall"]["extracted"]
    assert evaluation["overall"]["matched"] + len(evaluation["false_alarms"]) == extracted
