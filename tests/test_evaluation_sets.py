"""The bare-folder evaluation sets: tests/heldout2 (retired from measurement, now development),
tests/devset3 (a development set written blind), tests/heldout3, tests/heldout4 and tests/heldout5
(retired from measurement, now development), tests/heldout6 (retired from measurement at the end of
session 7, now development), tests/heldout7 (opened for development in session 8), tests/heldout8
(the blind measurement set: never tune on it, never read its misses), and tests/devset9 and
tests/devset10 (development sets written in session 9 by writers who had not seen the extractor; each
holds a citation export of several records), tests/devset11, tests/devset12 and tests/devset13 (the same, session 10),
tests/devset14 and tests/devset15 (the same, session 11), tests/devset16 and tests/devset17 (the same, session 12),
tests/devset18 and tests/devset19 (the same, session 13),
and tests/devset20 and tests/devset21 (the same, session 14). Invented sources with gold, no catalog.

Scores on them are measured and reported (`sckb evaluate --corpus tests/heldout8`), never
asserted: these tests check only that each set builds from a bare folder, in the formats it was
written in, and that the evaluation scores it completely. See each set's README for its rules.
"""
import json
import sqlite3
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from extract.claims import KINDS
from extract.document import source_file
from extract.evaluate import gold_path, load_gold
from extract.readers import records_in
from extract.settings import Settings
from kb.build import build
from kb.cli import cli

HERE = Path(__file__).resolve().parent
SETS = ("heldout2", "devset3", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "devset9", "devset10", "devset11", "devset12", "devset13",
        "devset14", "devset15", "devset16", "devset17", "devset18", "devset19", "devset20", "devset21")
#: The format each source of the sets must be read as (sniffed from content, not from the name).
FORMATS = {
    "heldout2": {
        "aldridge-weiss-2019-corporate-social-credit-alert.html": "html",
        "asia-markets-daily-2021-ant-credit-bureau.txt": "text",
        "kwan-osei-2021-credit-without-deposits.ris": "ris",
        "meridian-2019-life-on-the-list.txt": "text",
        "passage-rights-2020-no-ticket-home-summary.txt": "text",
    },
    "devset3": {
        "eastwire-2020-tencent-credit-suspended.txt": "text",
        "halvorsen-institute-2021-corporate-credit-explainer.html": "html",
        "ledgerline-2020-ant-ipo-halted.txt": "text",
        "northlight-2019-the-debtors-ringtone.txt": "text",
        "sorensen-qiu-2022-pay-later-hospitals.bib": "bibtex",
        "trustandpixels-2023-score-at-the-border.txt": "text",
    },
    "heldout3": {
        "apn-2019-court-blacklist-flights.txt": "text",
        "frictionless-2024-score-nobody-has.txt": "text",
        "harbour-review-2022-points-of-trust.txt": "text",
        "ledger-asia-2023-tencent-baihang-stake.txt": "text",
        "lindqvist-2020-explainer-social-credit.html": "html",
        "ng-baptiste-2023-paying-with-reputation.bib": "bibtex",
    },
    "heldout4": {
        "finpulse-2023-qiantang-credit-licence.txt": "text",
        "kestrel-institute-2023-five-myths-social-credit.html": "html",
        "kettle-and-code-2019-a-year-with-a-sesame-score.txt": "text",
        "longview-2022-the-points-city.txt": "text",
        "marlowe-chen-2023-social-credit-law-alert.pdf": "pdf",
        "okafor-wen-2021-points-for-good-behaviour.ris": "ris",
        "orientwire-2021-court-blacklist-delistings.txt": "text",
    },
    "heldout5": {
        "bitstream-asia-2022-interview-osterhaus.txt": "text",
        "brightwater-2024-scoring-after-the-crackdown.pdf": "pdf",
        "haldane-xu-2020-keeping-promises-in-public.bib": "bibtex",
        "halyard-2023-the-good-neighbour-ledger.txt": "text",
        "huaxia-daily-2021-yiwu-trust-keeping-incentives.txt": "text",
        "lanternfish-2022-platform-worker-scores.html": "html",
        "straitpress-2024-credit-repair-rules.txt": "text",
        "veritylens-2024-factcheck-23-million-travel-bans.txt": "text",
    },
    "heldout6": {
        "civipedia-2025-municipal-credit-point-schemes.txt": "text",
        "credit-ledger-weekly-2024-issue-142.txt": "text",
        "expatstack-2021-low-sesame-score-trains.html": "html",
        "ledger-and-lantern-2024-ep94-transcript.txt": "text",
        "lianxin-2025-press-release-sme-trust-index.html": "html",
        "linhai-2022-notice-trust-points-measures-translation.txt": "text",
        "marsh-qiu-2023-scores-at-the-counter.pdf": "pdf",
        "okonkwo-lin-2023-courts-lists-lenders.ris": "ris",
    },
    "heldout7": {
        "achterberg-sun-2022-rated-by-the-state.bib": "bibtex",
        "cecc-2024-hearing-scores-lists-transcript.txt": "text",
        "harbourline-2024-credit-score-rules-live.html": "html",
        "hengtai-digital-2023-annual-report-excerpt.pdf": "pdf",
        "luoxi-court-2023-enforcement-announcement.txt": "text",
        "meifoster-2024-tongrui-points-thread.txt": "text",
        "openledger-2025-faq-credit-lists.html": "html",
        "tidewater-2023-the-list-that-follows-you.html": "html",
    },
    "heldout8": {
        "factline-2023-sesame-score-train-ban-claim.html": "html",
        "ferraz-huang-2023-lists-that-travel.ris": "ris",
        "guoxin-daily-2023-circular-credit-demonstration-cities.txt": "text",
        "halden-centre-2024-who-owns-the-score.html": "html",
        "harrow-lim-zhang-2025-samr-credit-classification-alert.pdf": "pdf",
        "lakeshore-2024-red-lists-rewards-of-compliance.ris": "ris",
        "northern-courier-2022-explainer-no-single-score.txt": "text",
        "parallax-2024-the-ledger-of-shanlan.html": "html",
        "solberg-2022-two-scores-one-power-bank.html": "html",
        "tradewind-2025-court-list-data-deal.txt": "text",
        "wen-abara-2021-deposit-free-sesame-credit.ris": "ris",
    },
    "devset9": {
        "harwell-lin-2025-samr-credit-risk-classification.pdf": "pdf",
        "longitude-2024-qiaoshan-lotus-points.html": "html",
        "okafor-bai-2022-points-and-platforms.ris": "ris",
        "oriental-herald-2024-red-list-guideline.txt": "text",
        "pacificmeridian-2025-baihang-small-business-scores.txt": "text",
        "scoredpeople-blog-2023-deposit-free-month.html": "html",
    },
    "devset10": {
        "credit-incentives-reading-list-2023.bib": "bibtex",
        "harbour-ledger-2025-court-blacklist-rules.html": "html",
        "hengxin-2025-harbourlight-score-press-release.html": "html",
        "meridian-2025-scored-out-report.pdf": "pdf",
        "plainspoken-2024-china-credit-scores-explained.html": "html",
        "tidewater-fintech-brief-2025-06-12.txt": "text",
    },
    "devset11": {
        "harbour-times-2025-court-blacklist-platforms.html": "html",
        "harrow-lindqvist-2024-enterprise-credit-classification.html": "html",
        "lanzhen-drc-2023-credit-points-faq.txt": "text",
        "ledger-line-2024-stop-calling-it-a-score.txt": "text",
        "northlight-2023-the-city-that-keeps-score.pdf": "pdf",
        "zotero-export-2022-platform-and-city-scores.ris": "ris",
    },
    "devset12": {
        "clearsignal-2024-factcheck-social-credit-score-post.html": "html",
        "collingwood-2025-corporate-social-credit-in-practice.pdf": "pdf",
        "fenwick-zhou-2023-and-ipa-2024-platform-scoring.bib": "bibtex",
        "harbourline-2024-zhongyu-fintech-3q24-note.txt": "text",
        "ledger-lines-2025-ep87-scores-lists-lenders.txt": "text",
        "meridian-2025-qiantang-credit-lenders.html": "html",
    },
    "devset13": {
        "dayan-pay-help-xinyu-score-faq.txt": "text",
        "ganxi-higher-court-2022-enforcement-typical-cases.txt": "text",
        "kestrel-wp-2023-14-points-platforms-courts.pdf": "pdf",
        "ledger-lines-2024-what-your-sesame-score-does.html": "html",
        "lingnan-daily-2023-quanzhou-citong-score.html": "html",
        "scoring-refs-export-2021.ris": "ris",
    },
    "devset14": {
        "credit-scoring-refs-2021-2024.bib": "bibtex",
        "jiangsu-gov-2023-trust-keeping-measures.txt": "text",
        "ledger-lines-2024-issue-112.txt": "text",
        "meridian-2022-points-of-failure.html": "html",
        "rightsledger-2023-locked-out-ch3.pdf": "pdf",
        "yunxin-2023-q3-results.html": "html",
    },
    "devset15": {
        "expatnest-2025-sesame-score-thread.html": "html",
        "homewallet-2025-credit-score-explainer.txt": "text",
        "larchmont-wei-2024-corporate-credit-brief.html": "html",
        "liu-okafor-reid-2023-earning-trust.pdf": "pdf",
        "news-records-2019-2023-credit-scores.ris": "ris",
        "qiaodong-court-2024-dishonest-debtors-notice.txt": "text",
    },
    "devset16": {
        "abernathy-lowe-2024-enterprise-credit-alert.pdf": "pdf",
        "credit-records-2024-2026.ris": "ris",
        "kessler-2024-five-myths-blog.txt": "text",
        "meridian-2025-heqiao-points-feature.html": "html",
        "nationalcourier-2025-qilin-score-rule.txt": "text",
        "pan-newswire-2025-zhejiang-court-blacklist.html": "html",
    },
    "devset17": {
        "civipedia-qiaolin-credit-points.txt": "text",
        "credit-scoring-literature-2022-2024.bib": "bibtex",
        "jinrong-daily-2025-lanqiao-funding.html": "html",
        "ndrc-2025-credit-repair-press-conference.txt": "text",
        "westbrook-2025-three-city-scores-brief.pdf": "pdf",
        "youqian-help-2025-score-rules.html": "html",
    },
    "devset18": {
        "ashcombe-reyes-2025-zhejiang-credit-measures.pdf": "pdf",
        "capital-ledger-2026-pudao-results.html": "html",
        "mbc-news-2025-debtor-blacklist-removals.txt": "text",
        "orchard-2024-yanxi-harmony-points.html": "html",
        "papertrail-2025-five-social-credit-myths.txt": "text",
        "wechat-baihang-2024-2025-export.ris": "ris",
    },
    "devset19": {
        "circuitline-2025-sesame-credit-threshold.html": "html",
        "lantern-review-2024-myth-of-one-score.txt": "text",
        "meridian-wire-2025-court-blacklist.txt": "text",
        "new-china-today-2025-songling-pine-credit.txt": "text",
        "northgate-herald-2025-corporate-ratings.html": "html",
        "tidewater-2026-credit-report-survey.pdf": "pdf",
    },
    "devset20": {
        "asia-capital-ledger-2025-tianheng-sme-scores.txt": "text",
        "credit-scoring-readings-2024-2025.ris": "ris",
        "harbour-post-2025-wechat-pay-score-debtors.html": "html",
        "lantern-review-2025-points-of-virtue.txt": "text",
        "ledgerlab-blog-2025-who-keeps-the-files.html": "html",
        "lindqvist-moore-2025-credit-repair-alert.pdf": "pdf",
    },
    "devset21": {
        "credit-lists-and-scores-2023-2025.bib": "bibtex",
        "dunmore-2024-firm-grades-working-paper.pdf": "pdf",
        "ledger-review-2025-wen-shuyi-interview.html": "html",
        "lianshan-2025-honest-100-days-press-release.html": "html",
        "openpedia-baishui-civility-points.txt": "text",
        "scorecard-china-2026-issue-58-newsletter.txt": "text",
    },
}


@pytest.fixture(scope="module", params=SETS)
def folder(request) -> Path:
    return HERE / request.param


@pytest.fixture(scope="module")
def set_build(folder, tmp_path_factory):
    return build(folder, tmp_path_factory.mktemp(f"{folder.name}-build"))


@pytest.fixture(scope="module")
def built_sources(set_build) -> list[str]:
    """The file name of every built document (a record of a citation export: its file's)."""
    with sqlite3.connect(set_build.outputs["kb.db"]) as db:
        rows = db.execute("select source from documents").fetchall()
    return [Path(source_file(source)).name for (source,) in rows]


@pytest.fixture(scope="module")
def gold(folder) -> list[dict]:
    return load_gold(gold_path(folder), folder / "sources")


@pytest.fixture(scope="module")
def evaluation(folder) -> dict:
    """`sckb evaluate --corpus FOLDER --json`, as a user runs it."""
    result = CliRunner().invoke(cli, ["evaluate", "--corpus", str(folder), "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_set_has_no_catalog(folder):
    """Metadata must be inferred from the files themselves: the set ships no catalog."""
    assert not (folder / "catalog.yaml").exists()


def test_builds_without_read_errors(set_build):
    assert set_build.ok, set_build.errors
    assert set_build.errors == []


def test_one_document_per_work(folder, built_sources):
    """A file is one document; a citation export of several records, one per record."""
    works = Counter({path.name: len(records_in(path, Settings().max_file_bytes)) or 1
                     for path in (folder / "sources").iterdir()})
    assert Counter(built_sources) == works


def test_each_source_is_read_in_the_format_it_was_written_in(folder, set_build):
    with sqlite3.connect(set_build.outputs["kb.db"]) as db:
        formats = {Path(source_file(source)).name: fmt for source, fmt in db.execute("select source, format from documents")}
    assert formats == FORMATS[folder.name]


def test_gold_covers_every_source(folder, gold):
    assert {claim["source"] for claim in gold} == {path.name for path in (folder / "sources").iterdir()}


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
