"""The gold file and the scorer behind `sckb evaluate`."""
from __future__ import annotations

import json
import sqlite3
from collections import Counter
from pathlib import Path

import pytest

from conftest import make_pdf
from extract.claims import KINDS
from extract.evaluate import (
    GOLD_KEYS,
    GoldError,
    MatchRules,
    Names,
    content_words,
    gold_path,
    load_extracted,
    load_gold,
    score,
)
from extract.settings import PROJECT_CORPUS

GOLD_FILE = gold_path(PROJECT_CORPUS)
SOURCES = PROJECT_CORPUS / "sources"

# A realistic sentence pair in the style of the seeds, used by the hand-made cases.
KS = "king-spalding.txt"
ALIPAY = ("Alipay, a payments division of retail giant Alibaba, which counts over 520 million users, "
          "has so far led the sector with “Sesame Credit.”")
PERKS = ("Highly rated users receive attractive perks, such as deposit-free apartment rentals in Shenzen, "
         "access to private networks for using WeChat on the metro, free Mobike bicycle rentals, "
         "or VIP membership to a dating app.")
FROZE = "In early February, Tencent succumbed to government pressure and froze development on Tencent Credit."


@pytest.fixture(scope="session")
def names() -> Names:
    return Names.from_settings()


def gold(quote, phrase, kind, predicate, source=KS, **fields) -> dict:
    record = {key: None for key in GOLD_KEYS}
    record.update(source=source, quote=quote, phrase=phrase, kind=kind, predicate=predicate, **fields)
    return record


def found(quote, phrase, kind, predicate, source=f"sources/{KS}", **fields) -> dict:
    """An extracted claim as the pipeline gives it: source path relative to the corpus."""
    return {"source": source, "quote": quote, "phrase": phrase, "kind": kind, "predicate": predicate,
            "subject": None, "value": None, "object": None, "date": None, "attributed_to": None, **fields}


USERS = gold(ALIPAY, "over 520 million users", "figure", "user_count", subject="Alipay", value=520e6,
             unit="users", bound="min")


# ------------------------------------------------------------------ figures and place


def test_exact_figure_matches(names):
    report = score([found(ALIPAY, "520 million users", "figure", "user_count", subject="Alipay", value=520e6)],
                   [USERS], names=names)
    assert (report.overall.matched, report.overall.precision, report.overall.recall) == (1, 1.0, 1.0)
    assert report.misses == [] and report.false_alarms == []


@pytest.mark.parametrize("value, matches", [(520e6, True), (520e6 * (1 + 1e-7), True), (520e6 + 1000, False),
                                            (520.0, False), (None, False)])
def test_figure_value_must_agree(names, value, matches):
    report = score([found(ALIPAY, "over 520 million users", "figure", "user_count", value=value)], [USERS],
                   names=names)
    assert report.overall.matched == int(matches)
    assert len(report.misses) == len(report.false_alarms) == int(not matches)


def test_value_tolerance_is_configurable(names):
    near = found(ALIPAY, "over 520 million users", "figure", "user_count", value=521e6)
    assert score([near], [USERS], names=names).overall.matched == 0
    assert score([near], [USERS], MatchRules(value_rel_tol=0.01), names=names).overall.matched == 1


def test_text_not_offsets_cleaning_differences_do_not_matter(names):
    """A cleaner may straighten quotes or re-flow whitespace: the words still match."""
    cleaned = ALIPAY.replace("“", '"').replace("”", '"').replace(" which counts", "\n which  counts")
    extracted = found(cleaned, "520 million users", "figure", "user_count", value=520e6)
    assert score([extracted], [USERS], names=names).overall.matched == 1


def test_quote_changed_by_cleaning_still_matches(names):
    """Neither quote holds the other (a footnote mark was kept), but it is the same sentence."""
    marked = ALIPAY.replace("Alipay, a payments", "Alipay [1], a payments")
    extracted = found(marked, "over 520 million users", "figure", "user_count", value=520e6)
    assert score([extracted], [USERS], names=names).overall.matched == 1


def test_a_recurring_phrase_in_another_sentence_does_not_match(names):
    launched = gold(ALIPAY, "has so far led the sector", "date", "launched", subject="Sesame Credit", date="2015")
    other = found("In 2015, the People’s Bank of China offered firms a trial.", "In 2015", "date", "licensed",
                  date="2015")
    inside = found("In 2015, the People’s Bank of China offered firms a trial.", "has so far led the sector",
                   "date", "launched", date="2015")  # its phrase is in the gold quote, its quote is not
    assert score([other, inside], [launched], names=names).overall.matched == 0


def test_extracted_quote_holding_gold_phrase_matches(names):
    """The other direction: a longer extracted phrase that the gold quote does not hold."""
    extracted = found(ALIPAY, "Alibaba, which counts over 520 million users, has so far", "figure", "user_count",
                      value=520e6)
    assert score([extracted], [USERS], names=names).overall.matched == 1


def test_same_value_elsewhere_in_the_document_does_not_match(names):
    elsewhere = found("Its rival counts over 520 million users too.", "over 520 million users", "figure",
                      "user_count", value=520e6)
    report = score([elsewhere], [USERS], names=names)
    assert report.overall.matched == 0
    assert report.false_alarms[0]["phrase"] == "over 520 million users"
    assert report.misses[0]["phrase"] == "over 520 million users"


@pytest.mark.parametrize("change", [{"source": "sources/other.txt"}, {"kind": "date"}])
def test_source_and_kind_must_agree(names, change):
    extracted = found(ALIPAY, "over 520 million users", "figure", "user_count", value=520e6) | change
    assert score([extracted, found(ALIPAY, "x", "figure", "count", value=1)], [USERS],
                 names=names).overall.matched == 0


def test_sources_without_gold_are_not_scored(names):
    other = found("Tencent counts 1 billion users.", "1 billion users", "figure", "user_count",
                  source="sources/not-annotated.txt", value=1e9)
    report = score([other], [USERS], names=names)
    assert report.ignored == 1
    assert report.overall.extracted == 0 and report.false_alarms == []


# ----------------------------------------------------------------- one to one


def test_duplicates_are_matched_one_to_one(names):
    twice = [found(ALIPAY, "over 520 million users", "figure", "user_count", value=520e6)] * 2
    report = score(twice, [USERS], names=names)
    assert (report.overall.matched, report.overall.extracted) == (1, 2)
    assert report.overall.precision == 0.5 and len(report.false_alarms) == 1


def test_greedy_prefers_the_overlapping_phrase(names):
    """Two perks in one sentence, two extracted: each pairs with the perk its phrase covers,
    even when the first extracted one would also pass on object similarity alone."""
    rentals = gold(PERKS, "deposit-free apartment rentals in Shenzen", "perk", "grants_perk",
                   object="deposit-free apartment rentals in Shenzhen")
    bikes = gold(PERKS, "free Mobike bicycle rentals", "perk", "grants_perk", object="free Mobike bicycle rentals")
    extracted = [found(PERKS, "free Mobike bicycle rentals", "perk", "grants_perk", object="free rentals",
                       subject="Sesame Credit"),
                 found(PERKS, "apartment rentals in Shenzen", "perk", "grants_perk", object="apartment rentals",
                       subject="Tencent Credit")]
    report = score(extracted, [rentals, bikes], names=names)
    assert report.overall.matched == 2
    assert {(g["phrase"], e["phrase"]) for g, e in report.matches} == {
        ("deposit-free apartment rentals in Shenzen", "apartment rentals in Shenzen"),
        ("free Mobike bicycle rentals", "free Mobike bicycle rentals")}


def test_one_merged_extraction_matches_one_of_a_list(names):
    items = ["deposit-free apartment rentals in Shenzen", "free Mobike bicycle rentals",
             "VIP membership to a dating app"]
    golds = [gold(PERKS, item, "perk", "grants_perk", object=item) for item in items]
    merged = found(PERKS, "deposit-free apartment rentals in Shenzen, access to private networks for using "
                   "WeChat on the metro, free Mobike bicycle rentals", "perk", "grants_perk",
                   object="deposit-free apartment rentals and free bicycle rentals")
    report = score([merged], golds, names=names)
    assert (report.overall.matched, report.overall.recall) == (1, pytest.approx(1 / 3))


# ------------------------------------------------------------------------ dates


@pytest.mark.parametrize("gold_date, extracted_date, matches", [
    ("2018-05-01", "2018-05-01", True),
    ("2018-05", "2018-05-01", False),  # a different precision is a different claim
    ("2015", "2016", False),
    (None, None, True),  # an unresolvable date: the extractor should not invent one
    (None, "2018-02", False),
])
def test_dates(names, gold_date, extracted_date, matches):
    g = gold(FROZE, "froze development on Tencent Credit", "date", "froze", subject="Tencent Credit",
             date=gold_date, date_text="early February")
    e = found(FROZE, "In early February", "date", "froze", subject="Tencent Credit", date=extracted_date)
    assert score([e], [g], names=names).overall.matched == int(matches)


# ------------------------------------------------------------- perks and penalties


PENALTY = ("People who end up on the blacklist published on the website of the Supreme People’s Court "
           "“can’t stay at four and five star hotels, send their children to expensive schools, book cheap "
           "hire cars, or make luxury purchases online,” Business Insider reports.")
HOTELS = gold(PENALTY, "can’t stay at four and five star hotels", "penalty", "imposes_penalty",
              subject="Social Credit System", object="cannot stay at four and five star hotels",
              attributed_to="Business Insider")


@pytest.mark.parametrize("phrase, obj, matches", [
    # phrases overlap: the object's wording does not matter
    ("stay at four and five star hotels", "hotel ban", True),
    # phrases apart, objects similar (Jaccard of content words >= 0.5)
    ("People who end up on the blacklist", "barred from staying at four and five star hotels", True),
    # phrases apart, objects different
    ("send their children to expensive schools", "cannot send children to expensive schools", False),
])
def test_perks_and_penalties(names, phrase, obj, matches):
    e = found(PENALTY, phrase, "penalty", "imposes_penalty", object=obj)
    assert score([e], [HOTELS], names=names).overall.matched == int(matches)


def test_object_jaccard_threshold_is_configurable(names):
    e = found(PENALTY, "People who end up on the blacklist", "penalty", "imposes_penalty",
              object="no five star hotels")  # content words {star, hotel} vs {stay, star, hotel}: 2/3
    loose, strict = MatchRules(object_jaccard=0.5), MatchRules(object_jaccard=0.9)
    assert score([e], [HOTELS], loose, names=names).overall.matched == 1
    assert score([e], [HOTELS], strict, names=names).overall.matched == 0


def test_content_words_drop_stop_words_and_fold_plurals():
    assert content_words("cannot stay at four and five star hotels") == {"stay", "star", "hotel"}
    assert content_words("Deposit-free hotels stays") == {"deposit", "free", "hotel", "stay"}


# ------------------------------------------------------------------------ relations


@pytest.mark.parametrize("subject, predicate, obj, matches", [
    ("Alipay", "division_of", "Alibaba Group", True),
    ("Alipay", "division_of", "Alibaba", True),  # an alias from the gazetteer
    ("alipay", "division_of", "alibaba group holding", True),
    ("Alipay", "part_of", "Alibaba Group", False),  # another predicate
    ("Alipay", "division_of", "Tencent", False),  # another object
    ("Sesame Credit", "division_of", "Alibaba Group", False),  # another subject
])
def test_relations_match_subject_predicate_and_object(names, subject, predicate, obj, matches):
    g = gold(ALIPAY, "a payments division of retail giant Alibaba", "relation", "division_of",
             subject="Alipay", object="Alibaba Group")
    e = found(ALIPAY, "division of retail giant Alibaba", "relation", predicate, subject=subject, object=obj)
    assert score([e], [g], names=names).overall.matched == int(matches)


def test_inverse_relations_match(names):
    owns = gold(ALIPAY, "led the sector with “Sesame Credit.”", "relation", "owns", subject="Alipay",
                object="Sesame Credit")
    owned = found(ALIPAY, "Alipay", "relation", "owned_by", subject="Sesame Credit", object="Alipay")
    assert score([owned], [owns], names=names).overall.matched == 1


# ----------------------------------------------------------- subject and attribution


def test_subject_accuracy_counts_matched_claims_only(names):
    golds = [USERS,
             gold(ALIPAY, "has so far led the sector", "date", "launched", subject="Sesame Credit", date="2015"),
             gold(FROZE, "In early February", "date", "froze", date_text="early February")]  # no subject
    extracted = [found(ALIPAY, "over 520 million users", "figure", "user_count", subject="Alibaba Group",
                       value=520e6),
                 found(ALIPAY, "led the sector", "date", "launched", subject="Sesame credit", date="2015"),
                 found(FROZE, "In early February", "date", "froze", subject="Tencent")]
    report = score(extracted, golds, names=names)
    assert report.overall.matched == 3
    assert (report.subject["figure"].correct, report.subject["figure"].total) == (0, 1)
    assert (report.subject["date"].correct, report.subject["date"].total) == (1, 1)
    assert report.subject["overall"].rate == 0.5


@pytest.mark.parametrize("credited, correct", [("Business Insider", 1), ("the Business Insider website", 1),
                                               ("Le Figaro", 0), (None, 0)])
def test_attribution_accuracy(names, credited, correct):
    e = found(PENALTY, "stay at four and five star hotels", "penalty", "imposes_penalty",
              object="no hotels", attributed_to=credited)
    unattributed = gold(PENALTY, "book cheap hire cars", "penalty", "imposes_penalty", object="cannot book cheap hire cars")
    report = score([e, found(PENALTY, "book cheap hire cars", "penalty", "imposes_penalty")],
                   [HOTELS, unattributed], names=names)
    assert report.overall.matched == 2
    accuracy = report.attribution_overall
    assert (accuracy.correct, accuracy.total) == (correct, 1)
    # the pairs counted wrong are listed, in the text and the JSON report alike
    mismatches = report.attribution_mismatches
    assert len(mismatches) == 1 - correct
    if mismatches:
        assert mismatches[0]["gold_attributed_to"] == "Business Insider"
        assert mismatches[0]["extracted_attributed_to"] == credited
        assert "attribution mismatches (matched, other credit): 1" in report.as_text()
    assert report.as_dict()["attribution_mismatches"] == mismatches


# ------------------------------------------------------------------------ the report


def test_scores_per_kind_and_report_forms(names):
    golds = [USERS, gold(FROZE, "froze development", "date", "froze", date_text="early February"), HOTELS]
    extracted = [found(ALIPAY, "over 520 million users", "figure", "user_count", value=520e6),
                 found(ALIPAY, "520 million", "figure", "count", value=520.0),  # false alarm
                 found(FROZE, "early February", "date", "froze", date=None)]
    report = score(extracted, golds, names=names)
    figure, date, penalty = (report.kinds[k] for k in ("figure", "date", "penalty"))
    assert (figure.precision, figure.recall, figure.f1) == (0.5, 1.0, pytest.approx(2 / 3))
    assert (date.precision, date.recall) == (1.0, 1.0)
    assert (penalty.precision, penalty.recall, penalty.f1) == (None, 0.0, None)
    assert (report.overall.gold, report.overall.extracted, report.overall.matched) == (3, 3, 2)

    as_dict = json.loads(json.dumps(report.as_dict()))
    assert as_dict["kinds"]["figure"]["matched"] == 1
    assert as_dict["misses"] == [{"source": KS, "phrase": HOTELS["phrase"], "kind": "penalty",
                                  "predicate": "imposes_penalty", "subject": "Social Credit System",
                                  "object": HOTELS["object"], "attributed_to": "Business Insider"}]
    assert as_dict["false_alarms"][0]["phrase"] == "520 million"
    text = report.as_text()
    assert "figure" in text and "overall" in text and "misses (gold not found): 1" in text
    assert "can't stay at four and five star hotels" in text  # misses listed by phrase


def test_extracted_claims_need_source_and_kind(names):
    with pytest.raises(ValueError, match="extracted claim 2 has no source"):
        score([found(ALIPAY, "x", "figure", "count"), {"kind": "figure"}], [USERS], names=names)


def test_load_extracted_reads_a_built_database(tmp_path):
    db = tmp_path / "kb.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE documents (id TEXT, source TEXT)")
        conn.execute("CREATE TABLE claims (id TEXT, document_id TEXT, kind TEXT, value REAL, phrase TEXT, "
                     "quote TEXT, start_char INT, phrase_start INT, status TEXT)")
        conn.execute("INSERT INTO documents VALUES ('ks', 'sources/king-spalding.txt')")
        conn.executemany("INSERT INTO claims VALUES (?, 'ks', 'figure', ?, ?, ?, ?, ?, ?)", [
            ("b", 8.2e8, "820 million", "x", 50, 60, "extracted"),
            ("a", 5.2e8, "520 million", ALIPAY, 10, 20, "accepted"),
            ("c", 1.0, "one", "y", 5, 5, "curated")])
    claims = load_extracted(db)
    assert [(c["id"], c["source"]) for c in claims] == [("a", "sources/king-spalding.txt"),
                                                         ("b", "sources/king-spalding.txt")]
    assert [c["id"] for c in load_extracted(db, include_curated=True)] == ["c", "a", "b"]
    with pytest.raises(FileNotFoundError, match="sckb build"):
        load_extracted(tmp_path / "missing.db")


# ------------------------------------------------------------------ gold validation


@pytest.fixture
def corpus(tmp_path) -> Path:
    (tmp_path / "sources").mkdir()
    (tmp_path / "annotations").mkdir()
    (tmp_path / "sources" / KS).write_text(ALIPAY + "\n" + FROZE + "\n", encoding="utf-8")
    return tmp_path


def write_gold(corpus: Path, *lines: str) -> Path:
    path = gold_path(corpus)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_good_gold_file_loads(corpus):
    path = write_gold(corpus, json.dumps(USERS, ensure_ascii=False), "")
    assert load_gold(path) == [USERS]


def _without(key):
    record = dict(USERS)
    del record[key]
    return record


@pytest.mark.parametrize("record, problem", [
    (_without("quote"), "missing key(s) quote"),
    (USERS | {"atributed_to": "x"}, "unknown key(s) atributed_to"),
    (USERS | {"kind": "statistic"}, "kind 'statistic' is not one of"),
    (USERS | {"bound": "over"}, "bound 'over' is not one of"),
    (USERS | {"value": "520 million"}, "a figure needs a numeric value"),
    (USERS | {"as_of": "end of 2016"}, "as_of 'end of 2016' is not an ISO date"),
    (USERS | {"quote": ALIPAY.replace("“", '"')}, "quote not found verbatim in king-spalding.txt"),
    (USERS | {"phrase": "over 530 million users"}, "is not part of its quote"),
    (USERS | {"source": "missing.txt"}, "source 'missing.txt' is not a file"),
    (gold(FROZE, "In early February", "date", "froze"), "needs a date, or date_text"),
    (gold(FROZE, "froze development", "relation", "owns", subject="Tencent"), "a relation needs an object"),
])
def test_bad_gold_records_are_named_by_file_and_line(corpus, record, problem):
    path = write_gold(corpus, json.dumps(USERS, ensure_ascii=False), json.dumps(record, ensure_ascii=False))
    with pytest.raises(GoldError) as error:
        load_gold(path)
    assert str(error.value).startswith(f"{path}:2: ")
    assert problem in str(error.value)


def test_gold_quotes_of_a_pdf_are_checked_against_the_text_it_reads(corpus):
    sentence = "Blacklisted debtors are barred from flights and high-speed trains across China."
    (corpus / "sources" / "alert.pdf").write_bytes(make_pdf([["Client alert, 3 March 2023", sentence]]))
    barred = gold(sentence, "barred from flights", "penalty", "imposes_penalty", source="alert.pdf",
                  object="flights")
    assert load_gold(write_gold(corpus, json.dumps(barred))) == [barred]
    invented = barred | {"quote": "Debtors are barred from flights.", "phrase": "barred from flights"}
    with pytest.raises(GoldError, match="quote not found verbatim in alert.pdf"):
        load_gold(write_gold(corpus, json.dumps(invented)))


def test_a_gold_quote_may_keep_the_line_breaks_of_the_page_it_was_copied_from(corpus):
    lines = ["Its legal representative and principal managers may in addition be prohibited from",
             "travelling abroad, from serving as directors of other companies for up to five years,",
             "and from buying first-class tickets. Fines would range from RMB 100,000 to RMB 1 million.",
             "Contacts", "Daniel Marlowe, Partner", "Vivian Chen, Counsel"]
    (corpus / "sources" / "alert.pdf").write_bytes(make_pdf([lines]))
    copied = "\n".join(lines[:3]).split(" Fines")[0]  # as a PDF viewer copies it, line breaks and all
    banned = gold(copied, "prohibited from\ntravelling abroad", "penalty", "imposes_penalty", source="alert.pdf",
                  object="prohibited from travelling abroad")
    assert load_gold(write_gold(corpus, json.dumps(banned))) == [banned]


def test_every_problem_is_reported_at_once(corpus):
    path = write_gold(corpus, "{not json", json.dumps(USERS), "[1, 2]")
    with pytest.raises(GoldError) as error:
        load_gold(path)
    assert [p.split(": ", 1)[0] for p in error.value.problems] == [f"{path}:1", f"{path}:3"]
    assert "not valid JSON" in error.value.problems[0]


def test_missing_gold_file(tmp_path):
    with pytest.raises(GoldError, match="no such gold file"):
        load_gold(tmp_path / "gold.jsonl")


# ------------------------------------------------------------------- the real gold


@pytest.fixture(scope="session")
def real_gold() -> list[dict]:
    return load_gold(GOLD_FILE)


def test_real_gold_loads_and_every_quote_is_in_its_source(real_gold):
    texts = {path.name: path.read_text(encoding="utf-8") for path in SOURCES.iterdir()}
    for claim in real_gold:
        assert claim["quote"] in texts[claim["source"]], claim["quote"]
        assert claim["phrase"] in claim["quote"], claim["phrase"]


def test_real_gold_covers_every_seed_and_kind(real_gold):
    seeds = {"aleteia-2018-social-credit-system.txt", "chong-2019-cashless-china.txt",
             "king-spalding-2018-social-credit-roadblock.txt", "open-sesame-feature.txt", "sesame-credit-blog.txt"}
    assert seeds <= {claim["source"] for claim in real_gold}
    kinds = Counter(claim["kind"] for claim in real_gold)
    assert set(kinds) == set(KINDS)
    assert len(real_gold) >= 60


def test_real_gold_is_in_deterministic_order_with_sorted_keys(real_gold):
    lines = [line for line in GOLD_FILE.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert lines == [json.dumps(claim, ensure_ascii=False, sort_keys=True) for claim in real_gold]
    texts = {path.name: path.read_text(encoding="utf-8") for path in SOURCES.iterdir()}
    positions = [(c["source"], texts[c["source"]].find(c["quote"]), c["quote"].find(c["phrase"])) for c in real_gold]
    assert positions == sorted(positions)


def test_real_gold_names_use_the_gazetteer(real_gold, names):
    """A subject or credited party that is a gazetteer alias must be written canonically."""
    canonical = set(names.canonical.values())
    for claim in real_gold:
        for key in ("subject", "attributed_to", "object" if claim["kind"] == "relation" else None):
            name = claim.get(key) if key else None
            if name and names._key(name) in names.canonical:
                assert name in canonical, f"{key} {name!r} should be {names.canonical[names._key(name)]!r}"


def test_real_gold_matches_itself(real_gold, names):
    """The scorer's ceiling: the gold, given as extraction, scores 1.0 everywhere."""
    as_extracted = [dict(claim, source=f"sources/{claim['source']}") for claim in real_gold]
    report = score(as_extracted, real_gold, names=names)
    assert report.overall.precision == report.overall.recall == 1.0
    assert report.subject["overall"].rate == report.attribution_overall.rate == 1.0


# ------------------------------------------------- subject mismatches, predicate hierarchy


def test_report_lists_subject_mismatches(names):
    extracted = found(ALIPAY, "over 520 million users", "figure", "user_count", subject="Alibaba", value=520e6)
    report = score([extracted], [USERS], names=names)
    assert report.subject_mismatches == [{"source": KS, "kind": "figure", "phrase": "over 520 million users",
                                          "gold_subject": "Alipay", "extracted_subject": "Alibaba"}]
    assert report.as_dict()["subject_mismatches"] == report.subject_mismatches
    assert "gold: Alipay, extracted: Alibaba" in report.as_text()


ROLE = "“We reward trust,” said Ant Financial representative Chen Wenjin."


@pytest.mark.parametrize("extracted_predicate, broader, matches", [
    ("works_for", False, True),
    ("affiliated_with", False, False),  # strict by default: the coarser claim loses the role
    ("affiliated_with", True, True),
    ("member_of", True, False),  # a sibling, not a broader predicate
])
def test_relation_predicates_and_their_hierarchy(names, extracted_predicate, broader, matches):
    gold_role = gold(ROLE, "Ant Financial representative Chen Wenjin", "relation", "works_for",
                     subject="Chen Wenjin", object="Ant Financial")
    extracted = found(ROLE, "Ant Financial representative Chen Wenjin", "relation", extracted_predicate,
                      subject="Chen Wenjin", object="Ant Financial")
    report = score([extracted], [gold_role], MatchRules(broader_predicates=broader), names=names)
    assert report.overall.matched == int(matches)
    if not matches:
        assert report.predicate_mismatches[0]["gold_predicate"] == "works_for"


def test_vocabulary_inverse_predicates_are_turned_round(names):
    text = "Alibaba, the developer of Taobao, grew."
    claim = gold(text, "the developer of Taobao", "relation", "develops", subject="Alibaba Group", object="Taobao")
    extracted = found(text, "Alibaba, the developer of Taobao", "relation", "developed_by", subject="Taobao",
                      object="Alibaba Group")
    assert score([extracted], [claim], names=names).overall.matched == 1


def test_a_cycle_in_the_hierarchy_is_refused():
    from extract.relations import PredicateHierarchy, RelationVocabularyError

    with pytest.raises(RelationVocabularyError, match="cycle"):
        PredicateHierarchy.from_vocab({"predicates": {"a": {"broader": "b"}, "b": {"broader": "a"}}})


@pytest.mark.parametrize("gold, extracted, same", [
    ("Mr Zhang", "Zhang", True),  # the gold writes the name as the text does, the extractor without title
    ("Dr. Harriet Okoye", "Harriet Okoye", True),
    ("Ms Chen", "Mr Chen", True),
    ("Mr Zhang", "Zhang Wei", False),
    ("Missouri", "Souri", False),  # a title is a word of its own
])
def test_a_person_s_courtesy_title_is_no_part_of_the_name(names, gold, extracted, same):
    assert (names(gold) == names(extracted)) is same


@pytest.mark.parametrize("gold, extracted, same", [
    ("Hengxin Data Services Co., Ltd.", "Hengxin Data Services", True),  # annotators keep or drop the legal form
    ("Tianmu Credit Reporting Co.", "Tianmu Credit Reporting", True),
    ("Qilin Inc", "Qilin", True),
    ("Co-op Credit", "Credit", False),
    ("Harwell Lin & Partners", "Harwell Lin", False),  # partners are no legal form
])
def test_a_company_s_legal_form_is_no_part_of_the_name(names, gold, extracted, same):
    assert (names(gold) == names(extracted)) is same
