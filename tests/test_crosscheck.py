"""Cross-checking claims: rows as the SQLite tables hold them, built on the seed texts."""
from __future__ import annotations

import json
import math
import random
import re

import pytest
import yaml

from extract.claims import Claim
from extract.settings import PROJECT_CORPUS, Settings
from kb.crosscheck import (
    ActorGraph,
    Comparable,
    CrossCheckError,
    Interval,
    cross_check,
    dates_agree,
    explain,
    figure_interval,
    half_unit,
    rounded_by_scale_word,
)

SOURCES = PROJECT_CORPUS / "sources"

#: Metadata of the seeds as the catalog gives it (documents rows).
SEEDS = {
    "sesame-credit-blog": {"outlet": None, "title": "The credit company that went too far", "published": "2017"},
    "king-spalding-2018-social-credit-roadblock": {
        "outlet": "King & Spalding", "title": "Open Sesame? China's Social Credit Revolution Hits A Roadblock",
        "published": "2018-03"},
    "aleteia-2018-social-credit-system": {
        "outlet": "Aleteia", "title": "The Chinese \u201csocial credit system\u201d", "published": "2018-06-28"},
    "open-sesame-feature": {"outlet": "The World of Chinese", "title": "Open Sesame", "published": "2018"},
}

#: Small realistic documents for the rules the seeds do not exercise.
TRAVEL_BRIEF = (
    "China's blacklist grows. The social credit system has blocked would-be travellers from taking "
    "more than 11 million flights, according to Business Insider. Courts add names every week."
)
PAYMENTS_BRIEF = (
    "Alipay counts 520 million users. The payments app, which counts 520 million users, dominates mobile "
    "payments in China. Alipay's annual report gives 450,000,000 verified accounts for 2017."
)


@pytest.fixture(scope="session")
def documents() -> dict[str, dict]:
    docs = {doc_id: {"id": doc_id, "text": (SOURCES / f"{doc_id}.txt").read_text(encoding="utf-8"), **meta}
            for doc_id, meta in SEEDS.items()}
    docs["travel-brief"] = {"id": "travel-brief", "text": TRAVEL_BRIEF, "outlet": "Asia Travel Wire",
                            "title": "China's blacklist grows", "published": "2018-09"}
    docs["payments-brief"] = {"id": "payments-brief", "text": PAYMENTS_BRIEF, "outlet": "Payments Daily",
                              "title": "Alipay in numbers", "published": "2018-05"}
    return docs


@pytest.fixture(scope="session")
def actors() -> list[dict]:
    """The real gazetteer, as the actors table holds it (lists as JSON text)."""
    entries = yaml.safe_load((PROJECT_CORPUS / "actors.yaml").read_text(encoding="utf-8"))
    return [{"id": e["id"], "name": e["name"], "type": e["type"],
             "aliases": json.dumps(e.get("aliases", []), ensure_ascii=False),
             "part_of": json.dumps(e.get("part_of", []))} for e in entries]


@pytest.fixture(scope="session")
def settings() -> Settings:
    return Settings(approx_tolerance=0.1)


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around [start, end): from the last sentence end (or line break) before it."""
    before = max(m.end() for m in re.finditer(r"(?:^|[.!?]\s+|\n)", text[:start]))
    after = re.search(r"[.!?](?=\s|$)|\n", text[end:])
    return before, end + (after.end() if after else len(text) - end)


def make_claim(document: dict, phrase: str, *, kind: str = "figure", predicate: str, occurrence: int = 0,
               status: str = "extracted", **fields) -> dict:
    """A claims row for `phrase` in `document`, with its real offsets and stable id."""
    text = document["text"]
    starts = [m.start() for m in re.finditer(re.escape(phrase), text)]
    assert len(starts) > occurrence, f"{phrase!r} not in {document['id']}"
    start = starts[occurrence]
    end = start + len(phrase)
    quote_start, quote_end = _sentence(text, start, end)
    claim = Claim(kind, predicate, start, end, quote_start, quote_end, method="test/hand-made",
                  object=fields.get("object"))
    row = {"id": claim.claim_id(document["id"]), "document_id": document["id"], "kind": kind,
           "subject_id": None, "subject": None, "predicate": predicate, "value": None, "unit": None,
           "bound": None, "object": None, "object_id": None, "date": None, "as_of": None,
           "phrase": phrase, "phrase_start": start, "phrase_end": end, "quote": text[quote_start:quote_end],
           "start_char": quote_start, "end_char": quote_end, "attributed_to": None,
           "method": "test/hand-made", "confidence": 0.8, "status": status}
    row.update(fields)
    return row


def check(claims, documents, actors, settings, **kwargs):
    return cross_check(claims, list(documents.values()), actors, settings, **kwargs)


def codes(row) -> list[str]:
    return [reason["code"] for reason in row["reasons"]]


def reason(row, code) -> dict:
    return next(r for r in row["reasons"] if r["code"] == code)


def pair(rows, a, b) -> dict:
    key = tuple(sorted((a["id"], b["id"])))
    found = [r for r in rows if (r["claim_a"], r["claim_b"]) == key]
    assert len(found) == 1, f"expected one row for {key}, got {len(found)}"
    return found[0]


# --- the seed facts ---------------------------------------------------------------------


@pytest.fixture(scope="session")
def alipay_accounts(documents):
    return make_claim(documents["sesame-credit-blog"], "450,000,000 verified accounts", predicate="verified_accounts",
                      subject_id="alipay", subject="Alipay", value=450_000_000, unit="verified accounts",
                      bound="exact", as_of="2016", attributed_to="Alipay")


@pytest.fixture(scope="session")
def alipay_users(documents):
    return make_claim(documents["king-spalding-2018-social-credit-roadblock"], "over 520 million users",
                      predicate="user_count", subject_id="alipay", subject="Alipay", value=520_000_000,
                      unit="users", bound="min")


@pytest.fixture(scope="session")
def alibaba_users(documents):
    return make_claim(documents["aleteia-2018-social-credit-system"], "approximately 400 million users",
                      predicate="user_count", subject_id="alibaba", subject="Alibaba Group", value=400_000_000,
                      unit="users", bound="approx")


def test_alipay_accounts_conflict_with_over_520_million_users(alipay_accounts, alipay_users, documents, actors,
                                                               settings):
    [row] = check([alipay_accounts, alipay_users], documents, actors, settings)
    assert row["relation"] == "conflicts"
    assert row["scope"] == "same" and row["subject"] == "Alipay" and row["predicate"] == "users"
    assert {"ranges_disjoint", "different_as_of", "different_metric", "different_bound", "rounding",
            "different_source"} <= set(codes(row))
    assert row["independent_origins"] is None
    accounts_side = "A" if row["claim_a"] == alipay_accounts["id"] else "B"
    users_side = "B" if accounts_side == "A" else "A"
    as_of = reason(row, "different_as_of")["text"]
    assert f"{accounts_side} is as of 2016" in as_of or f"{accounts_side} as of 2016" in as_of
    assert "2018-03 (publication date)" in as_of
    metric = reason(row, "different_metric")["text"]
    assert f"{accounts_side} counts verified accounts" in metric and f"{users_side} counts users" in metric
    assert "min" in reason(row, "different_bound")["text"] and "exact" in reason(row, "different_bound")["text"]
    assert "over 520 million users" in reason(row, "rounding")["text"]
    assert "Alipay" in reason(row, "different_source")["text"]


def test_alibaba_platform_users_are_compared_with_alipay_through_the_chain(
        alipay_accounts, alipay_users, alibaba_users, documents, actors, settings):
    rows = check([alipay_accounts, alipay_users, alibaba_users], documents, actors, settings)
    assert len(rows) == 3
    for alipay in (alipay_accounts, alipay_users):
        row = pair(rows, alibaba_users, alipay)
        assert row["scope"] == "parent"
        assert reason(row, "different_scope")["text"] == \
            "Alipay is part of Ant Financial, which is part of Alibaba Group"
        assert row["relation"] == "conflicts"  # 360-440 million against 450 million, and 515 million or more
    # "approximately 400 million" is approximate, not a rounded figure: its tolerance says how far it may be.
    assert "rounding" not in codes(pair(rows, alibaba_users, alipay_users))
    assert "rounding" not in codes(pair(rows, alibaba_users, alipay_accounts))
    assert "Alibaba Group" in pair(rows, alibaba_users, alipay_users)["subject"]


def test_pboc_eight_companies_agree_from_two_independent_documents(documents, actors, settings):
    magazine = make_claim(documents["open-sesame-feature"], "eight private companies", predicate="companies_licensed",
                          subject_id="pboc", subject="People's Bank of China", value=8, unit="companies",
                          bound="exact", as_of="2015")
    # Aleteia says "Beijing"; a curator corrected the subject to the licensing body.
    aleteia = make_claim(documents["aleteia-2018-social-credit-system"], "eight private companies",
                         predicate="companies_licensed", subject_id="pboc", subject="People's Bank of China", value=8,
                         unit="companies", bound="exact", as_of="2015", status="corrected")
    [row] = check([magazine, aleteia], documents, actors, settings)
    assert row["relation"] == "agrees"
    assert row["independent_origins"] == 2
    assert reason(row, "independent_origins")["origins"] == [
        "Aleteia (its own, uncredited)", "The World of Chinese (its own, uncredited)"]
    assert "same_credited_source" not in codes(row) and "different_as_of" not in codes(row)


def test_two_documents_crediting_business_insider_are_one_origin(documents, actors, settings):
    aleteia = make_claim(documents["aleteia-2018-social-credit-system"], "more than 11 million flights",
                         predicate="blocked_flights", subject_id="social-credit-system", subject="Social Credit System",
                         value=11_000_000, unit="flights", bound="min", attributed_to="Business Insider website")
    brief = make_claim(documents["travel-brief"], "more than 11 million flights", predicate="blocked_flights",
                       subject_id="social-credit-system", subject="Social Credit System", value=11_000_000,
                       unit="flights", bound="min", attributed_to="Business Insider")
    trains = make_claim(documents["aleteia-2018-social-credit-system"], "4 million train trips",
                        predicate="blocked_train_trips", subject_id="social-credit-system",
                        subject="Social Credit System", value=4_000_000, unit="train trips", bound="min",
                        attributed_to="Business Insider website")
    [row] = check([aleteia, brief, trains], documents, actors, settings)  # flights never meet train trips
    assert row["relation"] == "agrees" and row["predicate"] == "blocked_flights"
    assert row["independent_origins"] == 1
    assert reason(row, "independent_origins")["origins"] == ["Business Insider"]
    assert "Business Insider" in reason(row, "same_credited_source")["text"]
    assert "different_source" not in codes(row)


@pytest.fixture(scope="session")
def sesame_launches(documents):
    blog = make_claim(documents["sesame-credit-blog"], "Started in the beginning of 2015", kind="date",
                      predicate="began", subject_id="sesame-credit", subject="Sesame Credit", date="2015")
    law_firm = make_claim(documents["king-spalding-2018-social-credit-roadblock"], "Since its introduction in 2015",
                          kind="date", predicate="launched", subject_id="sesame-credit", subject="Sesame Credit",
                          date="2015")
    # "Ant Financial ... launched its Sesame Credit": the launch happened to Sesame Credit, the subject.
    aleteia = make_claim(documents["aleteia-2018-social-credit-system"], "that same year launched its Sesame Credit",
                         kind="date", predicate="launched", subject_id="sesame-credit", subject="Sesame Credit",
                         object="Ant Financial", object_id="ant-financial", date="2015")
    return blog, law_firm, aleteia


def test_sesame_credit_launched_in_2015_agrees_across_three_sources(sesame_launches, documents, actors, settings):
    blog, law_firm, aleteia = sesame_launches
    rows = check(list(sesame_launches), documents, actors, settings)
    assert len(rows) == 3
    for row in rows:
        assert row["relation"] == "agrees" and row["kind"] == "date" and row["predicate"] == "launch"
        assert row["subject"] == "Sesame Credit" and row["independent_origins"] == 2
        assert row["value_a"] == row["value_b"] == "2015"
    assert "began" in reason(pair(rows, blog, aleteia), "different_wording")["text"]
    assert "different_wording" not in codes(pair(rows, law_firm, aleteia))


def test_dates_compare_at_the_coarser_precision(sesame_launches, documents, actors, settings):
    blog = sesame_launches[0]
    month = make_claim(documents["payments-brief"], "Alipay counts", kind="date", predicate="launched",
                       subject_id="sesame-credit", subject="Sesame Credit", date="2015-01")
    [row] = check([blog, month], documents, actors, settings)
    assert row["relation"] == "agrees"
    assert "compared by year" in reason(row, "different_precision")["text"]
    later = dict(month, id="f" * 16, date="2016-01")
    [row] = check([blog, later], documents, actors, settings)
    assert row["relation"] == "conflicts" and "different_date" in codes(row)


# --- which pairs are compared -----------------------------------------------------------


def test_the_same_phrase_twice_in_one_document_is_not_a_confirmation(documents, actors, settings):
    brief = documents["payments-brief"]
    common = dict(predicate="user_count", subject_id="alipay", subject="Alipay", unit="users")
    first = make_claim(brief, "520 million users", value=520_000_000, bound="exact", **common)
    again = make_claim(brief, "520 million users", value=520_000_000, bound="exact", occurrence=1, **common)
    accounts = make_claim(brief, "450,000,000 verified accounts", value=450_000_000, bound="exact",
                          as_of="2017", **dict(common, predicate="verified_accounts", unit="verified accounts"))
    rows = check([first, again, accounts], documents, actors, settings)
    assert len(rows) == 2  # each 520 million against 450,000,000; never the repeat against itself
    for row in rows:
        assert row["relation"] == "conflicts"
        assert "same_document" in codes(row) and "Payments Daily" in reason(row, "same_document")["text"]
        assert "different_metric" in codes(row)


def test_unrelated_siblings_and_other_metrics_are_not_compared(alipay_users, documents, actors, settings):
    aleteia = documents["aleteia-2018-social-credit-system"]
    zhenai = make_claim(aleteia, "approximately 140 million users", predicate="user_count", subject_id="zhenai",
                        subject="Zhenai", value=140_000_000, unit="users", bound="approx")
    population = make_claim(aleteia, "approximately 1.4 billion inhabitants", predicate="population",
                            subject_id="org:china", subject="China", value=1.4e9, unit="inhabitants", bound="approx")
    sesame_users = make_claim(documents["king-spalding-2018-social-credit-roadblock"], "millions of Alipay users",
                              predicate="user_count", subject_id="sesame-credit", subject="Sesame Credit",
                              value=1_000_000, unit="users", bound="min")
    assert check([alipay_users, zhenai, population, sesame_users], documents, actors, settings) == []


def test_dates_of_a_part_and_its_parent_are_not_compared(sesame_launches, documents, actors, settings):
    founded = make_claim(documents["open-sesame-feature"], "in a 2015 talk", kind="date", predicate="launched",
                         subject_id="ant-financial", subject="Ant Financial", date="2014")
    rows = check([sesame_launches[1], founded], documents, actors, settings)
    assert rows == []


def test_scores_are_not_compared_and_rejected_claims_are_set_aside(alipay_accounts, alipay_users, documents, actors,
                                                                    settings):
    blog = documents["sesame-credit-blog"]
    june = make_claim(blog, "my Sesame score was 696", predicate="score", subject_id="sesame-credit",
                      subject="Sesame Credit", value=696, unit="points", bound="exact", as_of="2016-06")
    april = make_claim(blog, "my Sesame credit score is 698", predicate="score", subject_id="sesame-credit",
                       subject="Sesame Credit", value=698, unit="points", bound="exact", as_of="2017-04-04")
    rejected = dict(alipay_users, status="rejected")
    assert check([june, april, alipay_accounts, rejected], documents, actors, settings) == []


def test_relation_claims_link_actors_the_gazetteer_does_not(alipay_users, alibaba_users, documents, settings):
    bare = [{"id": "alipay", "name": "Alipay", "part_of": None, "aliases": "[]"},
            {"id": "alibaba", "name": "Alibaba Group", "part_of": "[]", "aliases": '["Alibaba"]'}]
    division = make_claim(documents["king-spalding-2018-social-credit-roadblock"],
                          "a payments division of retail giant Alibaba", kind="relation", predicate="division_of",
                          subject_id="alipay", subject="Alipay", object="Alibaba")  # no object_id: found by name
    assert check([alipay_users, alibaba_users], documents, bare, settings) == []
    [row] = check([alipay_users, alibaba_users, division], documents, bare, settings)
    assert reason(row, "different_scope")["text"] == "Alipay is a division of Alibaba Group"


def test_owns_points_from_the_whole_to_the_part():
    graph = ActorGraph(
        [{"id": "tencent", "name": "Tencent"}, {"id": "wechat", "name": "WeChat"}],
        [{"id": "r1", "kind": "relation", "predicate": "owns", "subject_id": "tencent", "object_id": "wechat"}],
        Comparable.load(PROJECT_CORPUS / "vocab" / "comparable.yaml").scope_links)
    chain = graph.chain("wechat", "tencent")
    assert graph.describe(chain) == "WeChat is owned by Tencent"
    assert graph.chain("tencent", "wechat") is None


# --- intervals ----------------------------------------------------------------------------


@pytest.mark.parametrize("a, b, overlap", [
    (("exact", 450), ("exact", 450), True),
    (("exact", 450), ("exact", 451), False),
    (("exact", 450), ("min", 520), False),
    (("exact", 600), ("min", 520), True),
    (("exact", 520), ("min", 520), True),
    (("exact", 600), ("max", 520), False),
    (("exact", 500), ("max", 520), True),
    (("min", 10), ("max", 5), False),
    (("min", 5), ("max", 10), True),
    (("max", 5), ("min", 10), False),
    (("min", 5), ("min", 1000), True),
    (("max", 5), ("max", 1000), True),
    (("approx", 400), ("exact", 440), True),  # the tolerance edge, ends included
    (("approx", 400), ("exact", 360), True),
    (("approx", 400), ("exact", 440.5), False),
    (("approx", 400), ("exact", 359.5), False),
    (("approx", 100), ("approx", 122), True),  # 90-110 against 109.8-134.2
    (("approx", 100), ("approx", 123), False),
    (("approx", 400), ("min", 440), True),
    (("approx", 400), ("max", 359), False),
])
def test_bound_pairs(a, b, overlap):
    ia, ib = figure_interval(a[1], a[0], 0.1), figure_interval(b[1], b[0], 0.1)
    assert ia.overlaps(ib) is overlap and ib.overlaps(ia) is overlap


def test_interval_shapes():
    assert figure_interval(520, "min", 0.1) == Interval(520, math.inf)
    assert figure_interval(520, "max", 0.1) == Interval(0, 520)  # counts are never negative
    assert figure_interval(-3, "max", 0.1) == Interval(-math.inf, -3)
    assert figure_interval(520e6, "min", 0.1, rounding=5e6) == Interval(515e6, math.inf)
    assert figure_interval(400, "approx", 0.1, rounding=50) == Interval(360, 440)  # tolerance alone
    with pytest.raises(CrossCheckError, match="unknown bound 'about'"):
        figure_interval(1, "about", 0.1)


@pytest.mark.parametrize("value, half", [(520e6, 5e6), (11e6, 5e5), (1.4e9, 5e7), (450e6, 5e6), (8, 0.5), (2.5, 0.05)])
def test_half_unit_of_the_last_significant_digit(value, half):
    assert math.isclose(half_unit(value), half)


@pytest.mark.parametrize("phrase, rounded", [
    ("over 520 million users", True), ("a £5bn fine", True), ("1.4 billion inhabitants", True),
    ("two hundred thousand people", True), ("450,000,000 verified accounts", False),
    ("eight private companies", False), ("data from 5 members", False), ("in 381 Chinese cities", False),
])
def test_scale_words_mark_rounded_figures(phrase, rounded):
    vocab = Comparable.load(PROJECT_CORPUS / "vocab" / "comparable.yaml")
    assert rounded_by_scale_word(phrase, vocab.scale_words) is rounded


@pytest.mark.parametrize("full, relation", [(523_000_000, "agrees"), (525_000_000, "agrees"),
                                            (527_000_000, "conflicts")])
def test_a_rounded_figure_is_worth_half_a_unit(full, relation, documents, actors, settings):
    filing = {"id": "payments-filing", "outlet": "Payments Daily", "published": "2018-05", "title": "Alipay's filing",
              "text": f"Alipay counts 520 million users. Its filing lists {full:,} users at the end of 2017."}
    common = dict(predicate="user_count", subject_id="alipay", subject="Alipay", unit="users", bound="exact")
    rounded = make_claim(filing, "520 million users", value=520_000_000, **common)
    written = make_claim(filing, f"{full:,} users", value=full, as_of="2017-12-31", **common)
    [row] = check([rounded, written], dict(documents, **{filing["id"]: filing}), actors, settings)
    assert row["relation"] == relation
    assert "give or take 5 million" in reason(row, "rounding")["text"]


def test_the_extractor_can_say_a_figure_is_not_rounded(documents, actors, settings):
    filing = {"id": "payments-filing", "outlet": "Payments Daily", "published": "2018-05", "title": "Alipay's filing",
              "text": "Alipay counts 520 million users. Its filing lists 523,000,000 users at the end of 2017."}
    common = dict(predicate="user_count", subject_id="alipay", subject="Alipay", unit="users", bound="exact")
    rounded = make_claim(filing, "520 million users", value=520_000_000, extra='{"has_scale": false}', **common)
    written = make_claim(filing, "523,000,000 users", value=523_000_000, extra="{}", **common)
    [row] = check([rounded, written], dict(documents, **{filing["id"]: filing}), actors, settings)
    assert row["relation"] == "conflicts" and "rounding" not in codes(row)


@pytest.mark.parametrize("tolerance, relation", [(0.1, "conflicts"), (0.2, "agrees")])
def test_tolerance_comes_from_settings(tolerance, relation, alibaba_users, alipay_accounts, documents, actors):
    unlinked = dict(alipay_accounts, subject_id="alibaba", subject="Alibaba Group")
    [row] = check([alibaba_users, unlinked], documents, actors, Settings(approx_tolerance=tolerance))
    assert row["relation"] == relation  # 450 million against 400 million give or take 10% or 20%


def test_tolerance_from_the_environment(monkeypatch, alibaba_users, alipay_accounts, documents, actors):
    unlinked = dict(alipay_accounts, subject_id="alibaba", subject="Alibaba Group")
    monkeypatch.setenv("SCKB_APPROX_TOLERANCE", "0.2")
    [row] = cross_check([alibaba_users, unlinked], list(documents.values()), actors)
    assert row["relation"] == "agrees"
    monkeypatch.setenv("SCKB_APPROX_TOLERANCE", "1.5")
    with pytest.raises(CrossCheckError, match="approx_tolerance"):
        cross_check([alibaba_users, unlinked], list(documents.values()), actors)


@pytest.mark.parametrize("a, b, agree", [("2015", "2015-03", True), ("2015", "2016", False),
                                         ("2015-03-01", "2015-03", True), ("2015-03", "2015-04-01", False)])
def test_dates_agree_at_common_precision(a, b, agree):
    assert dates_agree(a, b) is agree


# --- vocabulary ---------------------------------------------------------------------------


@pytest.fixture(scope="session")
def vocab() -> Comparable:
    return Comparable.load(PROJECT_CORPUS / "vocab" / "comparable.yaml")


@pytest.mark.parametrize("predicate, unit, family", [
    # predicates and units as extract/figures.py writes them (corpus/vocab/metrics.yaml)
    ("user_count", "users", "users"),
    ("verified_accounts", "verified accounts", "users"),
    ("account_count", "accounts", "users"),
    ("blocked_flights", "flights", "blocked_flights"),
    ("blocked_train_trips", "train trips", "blocked_train_trips"),
    ("companies_licensed", "companies", "licensed_companies"),
    ("companies", "companies", "company"),  # any count of companies is not a count of licences
    ("blacklisted_people", "people", "blacklisted_people"),
    ("population", "inhabitants", "population"),
    ("cities", "cities", "cities"),
    ("study_participants", "participants", "study participant (participant)"),  # unlisted: meets itself
    ("score", "points", None),
    ("score_threshold", "points", None),
    ("money_amount", "CNY", None),
    ("share_of_respondents", "percent", None),
    # curated rows may say it in other words: the unit's head decides
    ("count", "monthly active users", "users"),
    ("count", "real-name registered users", "users"),
    ("coverage", "Chinese cities", "cities"),
    (None, "regular users", "users"),
])
def test_metric_families(vocab, predicate, unit, family):
    assert vocab.metric_family(predicate, unit) == family


@pytest.mark.parametrize("predicate, family", [
    ("launched", "launch"), ("began", "launch"), ("introduced", "launch"), ("launch_date", "launch"),
    ("took_effect", "taking_effect"), ("announced", "announcement"), ("published", "announcement"),
    ("froze", "suspension"), ("licensed", "licensing"), ("scheduled", "scheduled"),
])
def test_event_families(vocab, predicate, family):
    assert vocab.event_family(predicate) == family


def test_a_corpus_can_bring_its_own_vocabulary(tmp_path, alipay_accounts, alipay_users, documents, actors, settings):
    (tmp_path / "vocab").mkdir()
    (tmp_path / "vocab" / "comparable.yaml").write_text("metrics: {}\nnot_compared: [users]\n", encoding="utf-8")
    assert check([alipay_accounts, alipay_users], documents, actors, settings, corpus=tmp_path) == []
    (tmp_path / "vocab" / "comparable.yaml").write_text("metrics: [oops]\n", encoding="utf-8")
    with pytest.raises(CrossCheckError, match="malformed"):
        check([alipay_accounts, alipay_users], documents, actors, settings, corpus=tmp_path)


# --- output -------------------------------------------------------------------------------


def test_output_is_deterministic_and_ordered(alipay_accounts, alipay_users, alibaba_users, sesame_launches,
                                              documents, actors, settings):
    claims = [alipay_accounts, alipay_users, alibaba_users, *sesame_launches]
    first = check(claims, documents, actors, settings)
    shuffled = claims[:]
    random.Random(7).shuffle(shuffled)
    again = cross_check(shuffled, list(reversed(list(documents.values()))), list(reversed(actors)), settings)
    assert json.dumps(first) == json.dumps(again)
    keys = [(r["claim_a"], r["claim_b"]) for r in first]
    assert keys == sorted(keys) and all(a < b for a, b in keys)


def test_rows_fit_the_conflicts_table(alipay_accounts, alipay_users, documents, actors, settings):
    [row] = check([alipay_accounts, alipay_users], documents, actors, settings)
    assert {"claim_a", "claim_b", "subject", "predicate", "value_a", "value_b", "relation", "reasons"} <= set(row)
    assert {row["value_a"], row["value_b"]} == {450_000_000, 520_000_000}
    json.dumps(row["reasons"], allow_nan=False)
    assert all(set(r) >= {"code", "text"} for r in row["reasons"])


def test_explain_a_conflict(alipay_accounts, alipay_users, documents, actors, settings):
    [row] = check([alipay_accounts, alipay_users], documents, actors, settings)
    text = explain(dict(row, reasons=json.dumps(row["reasons"])))  # as read back from SQLite
    assert text.startswith("Alipay: ")
    assert "450 million verified accounts" in text and "over 520 million users" in text
    assert "conflicts with" in text and "different as-of dates" in text and "different metric wording" in text


def test_explain_an_agreement(documents, actors, settings, sesame_launches):
    row = check(list(sesame_launches[:2]), documents, actors, settings)[0]
    assert explain(row) == "Sesame Credit: launch 2015 agrees with launch 2015 (2 independent origins)."


# --- bad input ----------------------------------------------------------------------------


@pytest.mark.parametrize("change, message", [
    ({"id": None}, "claim row 1 has no id"),
    ({"value": "lots"}, "is not a number"),
    ({"bound": "about"}, "unknown bound 'about'"),
    ({"document_id": "missing"}, "unknown document 'missing'"),
])
def test_bad_claims_get_clear_errors(change, message, alipay_users, documents, actors, settings):
    with pytest.raises(CrossCheckError, match=message):
        check([dict(alipay_users, **change)], documents, actors, settings)


def test_bad_dates_and_duplicates_get_clear_errors(sesame_launches, alipay_users, documents, actors, settings):
    with pytest.raises(CrossCheckError, match="not an ISO date"):
        check([dict(sesame_launches[0], date="spring 2015")], documents, actors, settings)
    with pytest.raises(CrossCheckError, match="appears twice"):
        check([alipay_users, alipay_users], documents, actors, settings)


def test_bad_actor_lists_get_clear_errors(alipay_users, documents, settings):
    with pytest.raises(CrossCheckError, match="actor alipay: part_of: expected a JSON list"):
        check([alipay_users], documents, [{"id": "alipay", "name": "Alipay", "part_of": "ant-financial"}], settings)


# --- many claims about one thing ------------------------------------------------------------


def yearly_user_counts(years: range) -> tuple[list[dict], list[dict]]:
    """One small news item per year, each giving Alipay's users as of its year."""
    documents, claims = [], []
    for year in years:
        text = f"Alipay had {year - 1900} million users at the end of {year}, the company said."
        document = {"id": f"brief-{year}", "text": text, "outlet": f"Wire {year}", "published": f"{year + 1}-01"}
        documents.append(document)
        claims.append(make_claim(document, f"{year - 1900} million users", predicate="user_count",
                                 subject_id="alipay", subject="Alipay", value=(year - 1900) * 1_000_000,
                                 unit="users", bound="exact", as_of=str(year)))
    return documents, claims


def test_each_claim_is_compared_with_its_nearest_in_time_only(actors):
    documents, claims = yearly_user_counts(range(2000, 2030))
    rows = cross_check(claims, documents, actors, Settings(max_pairs_per_claim=4))
    partners: dict[str, set[str]] = {}
    for row in rows:
        partners.setdefault(row["claim_a"], set()).add(row["claim_b"])
        partners.setdefault(row["claim_b"], set()).add(row["claim_a"])
    assert len(rows) < 30 * 29 / 2  # not every pair
    year_of = {claim["id"]: int(claim["as_of"]) for claim in claims}
    for claim in claims:
        year = year_of[claim["id"]]
        nearest = {c["id"] for c in claims if 0 < abs(year_of[c["id"]] - year) <= 2}
        assert nearest <= partners[claim["id"]]  # its four nearest years are among its partners


def test_a_small_group_is_compared_pair_by_pair(actors):
    documents, claims = yearly_user_counts(range(2010, 2015))
    rows = cross_check(claims, documents, actors, Settings(max_pairs_per_claim=4))
    assert len(rows) == 5 * 4 / 2


def test_the_pair_limit_must_be_positive(actors):
    documents, claims = yearly_user_counts(range(2010, 2012))
    with pytest.raises(CrossCheckError, match="max_pairs_per_claim must be at least 1"):
        cross_check(claims, documents, actors, Settings(max_pairs_per_claim=0))
