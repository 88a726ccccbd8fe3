"""Curators' review decisions: each decision type, a stale one, and bad files."""
import json

import pytest

from kb.review import ReviewError, apply_reviews, load_reviews, record_decision

TEXT = "Alipay counts over 520 million users. Tencent froze Tencent Credit in early February."


def claim(claim_id, phrase, **fields):
    start = TEXT.index(phrase)
    sentence_end = TEXT.index(".", start) + 1
    sentence_start = TEXT.rfind(". ", 0, start)
    sentence_start = 0 if sentence_start < 0 else sentence_start + 2
    return {"id": claim_id, "document_id": "doc", "kind": "figure", "predicate": "user_count",
            "phrase": phrase, "phrase_start": start, "phrase_end": start + len(phrase),
            "quote": TEXT[sentence_start:sentence_end], "start_char": sentence_start, "end_char": sentence_end,
            "status": "extracted", **fields}


@pytest.fixture
def claims():
    return [claim("a1", "over 520 million users", subject="Alibaba Group", subject_id="alibaba", value=520e6),
            claim("b2", "early February", kind="date", predicate="froze", subject="Tencent")]


def decide(decision, claim_id=None, **fields):
    entry = {"decision": decision, "by": "A. Curator", "why": "checked against the source", "_line": "reviews.jsonl:1"}
    if claim_id:
        entry["claim_id"] = claim_id
    if fields:
        entry["fields"] = fields
    return entry


def test_accept_sets_status(claims):
    outcome = apply_reviews(claims, [decide("accept", "a1")], {"doc": TEXT})
    assert [c["status"] for c in outcome.claims] == ["accepted", "extracted"]
    assert outcome.claims[0]["review_by"] == "A. Curator"


def test_reject_moves_claim_out_of_the_store(claims):
    outcome = apply_reviews(claims, [decide("reject", "b2")], {"doc": TEXT})
    assert [c["id"] for c in outcome.claims] == ["a1"]
    assert [c["id"] for c in outcome.rejected] == ["b2"]
    assert outcome.rejected[0]["review_why"] == "checked against the source"


def test_correct_changes_fields_and_keeps_the_old_values(claims):
    outcome = apply_reviews(claims, [decide("correct", "a1", subject="Alipay", subject_id="alipay")], {"doc": TEXT})
    corrected = outcome.claims[0]
    assert (corrected["subject"], corrected["subject_id"], corrected["status"]) == ("Alipay", "alipay", "corrected")
    assert corrected["corrected_fields"] == {"subject": "Alibaba Group", "subject_id": "alibaba"}
    assert corrected["quote"] == claims[0]["quote"]  # provenance is untouched


def test_add_anchors_the_new_claim_in_the_text(claims):
    added = decide("add", document_id="doc", kind="relation", predicate="owns", subject="Tencent",
                   object="Tencent Credit", quote="Tencent froze Tencent Credit in early February.",
                   phrase="Tencent Credit")
    outcome = apply_reviews(claims, [added], {"doc": TEXT})
    new = next(c for c in outcome.claims if c["status"] == "curated")
    assert TEXT[new["start_char"]:new["end_char"]] == new["quote"]
    assert TEXT[new["phrase_start"]:new["phrase_end"]] == "Tencent Credit"
    assert new["method"] == "curator:A. Curator"
    # The same decision gives the same id in every build.
    again = apply_reviews(claims, [added], {"doc": TEXT})
    assert next(c for c in again.claims if c["status"] == "curated")["id"] == new["id"]


def test_stale_decision_is_reported_not_dropped(claims):
    outcome = apply_reviews(claims, [decide("accept", "gone")], {"doc": TEXT})
    assert outcome.problems == ["reviews.jsonl:1: claim gone no longer exists (stale accept decision)"]
    assert [c["status"] for c in outcome.claims] == ["extracted", "extracted"]


def test_added_claim_whose_quote_is_missing_is_reported(claims):
    added = decide("add", document_id="doc", kind="figure", predicate="count", quote="Not in the text.", phrase="text")
    outcome = apply_reviews(claims, [added], {"doc": TEXT})
    assert "quote not found" in outcome.problems[0]


@pytest.mark.parametrize("line, problem", [
    ("{not json", "not JSON"),
    (json.dumps({"decision": "approve", "claim_id": "a", "by": "x", "why": "y"}), "decision must be one of"),
    (json.dumps({"decision": "accept", "claim_id": "a"}), "who made it"),
    (json.dumps({"decision": "correct", "claim_id": "a", "by": "x", "why": "y", "fields": {"quote": "z"}}), "not quote"),
    (json.dumps({"decision": "add", "by": "x", "why": "y", "fields": {"kind": "figure"}}), "needs document_id"),
])
def test_bad_reviews_file_names_file_line_and_problem(tmp_path, line, problem):
    path = tmp_path / "reviews.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(ReviewError, match=problem) as error:
        load_reviews(path)
    assert str(error.value).startswith(f"{path}:1:")


def test_record_decision_appends_a_line_the_build_reads(tmp_path):
    record_decision(tmp_path, {"decision": "reject", "claim_id": "a1", "by": "A. Curator", "why": "furniture"})
    record_decision(tmp_path, {"decision": "accept", "claim_id": "b2", "by": "A. Curator", "why": "checked"})
    decisions = load_reviews(tmp_path / "annotations" / "reviews.jsonl")
    assert [d["decision"] for d in decisions] == ["reject", "accept"]
    assert all(d["date"] for d in decisions)
