"""The learned subject choice: its candidates and features (extract/subject_candidates.py) and the
trainer that measures it against the hand rules (extract/train_subjects.py)."""
import json

import pytest

from extract.nlp import analyse
from extract.subject_candidates import NONE, candidates
from extract.train_subjects import (Training, best_penalty, choose, collect, helped_kinds, leave_one_set_out,
                                    sign_test, train)


def claim_of(doc, phrase):
    return next(c for c in doc._.claims if doc.text[c.phrase_start:c.phrase_end] == phrase)


def by_name(options):
    return {c.name: c for c in options}


def base_features(candidate):
    """The features before they are crossed with the claim's kind and predicate."""
    return {name for name in candidate.features if "|" not in name}


def test_the_subject_of_the_claims_verb(nlp):
    doc = analyse(nlp, "Alipay has 450 million users, Xinhua reported.")
    options = candidates(doc, claim_of(doc, "450 million users"))
    assert options[0].key == NONE and base_features(options[0]) == {"none"}
    alipay, xinhua = by_name(options)["Alipay"], by_name(options)["Xinhua"]
    assert {"chosen:rules", "chosen:rules:nsubj", "role:nsubj", "subject-of-claim-verb", "before",
            "same-sentence", "in-gazetteer"} <= base_features(alipay)
    # the outlet that reports the figure is a speaker, after the claim, and no rule chose it
    assert {"speaker", "after", "type:outlet"} <= base_features(xinhua)
    assert not any(name.startswith("chosen:") for name in xinhua.features)


def test_an_actor_of_the_sentence_before(nlp):
    doc = analyse(nlp, "Alipay is the largest payment platform in China. It has 520 million users.")
    options = by_name(candidates(doc, claim_of(doc, "520 million users")))
    assert {"chosen:rules:previous-sentence", "sentences-back:<=1", "previous-subject", "same-paragraph"} \
        <= base_features(options["Alipay"])
    assert {"type:place", "sentences-back:<=1"} <= base_features(options["China"])
    assert "previous-subject" not in options["China"].features


def test_a_thing_the_rules_named_is_found_in_the_sentence(nlp):
    """A date's subject may be no actor ("the internet safety law"): its words still tell its role."""
    doc = analyse(nlp, "The internet safety law took effect in June 2017.")
    claim = next(c for c in doc._.claims if c.kind == "date")
    law = by_name(candidates(doc, claim))[claim.subject]
    assert {"not-an-actor", "chosen:rules", "role:nsubj", "subject-of-claim-verb"} <= base_features(law)


def test_features_are_crossed_with_the_claims_kind(nlp):
    doc = analyse(nlp, "Sesame Credit rates users from 350 to 950. Users with a score above 700 can rent cars "
                       "without a deposit.")
    perk = next(c for c in doc._.claims if c.kind == "perk")
    sesame = by_name(candidates(doc, perk))["Sesame Credit"]
    assert {"scoring-system", "sanction|scoring-system", f"{perk.predicate}|scoring-system"} <= set(sesame.features)


# -- the fit, on examples made by hand ------------------------------------------------------------------


def example(corpus, number, gold_near=True, kind="figure"):
    """A claim with two candidates, one named near its words and one far from them."""
    near = {"key": "a", "name": "Near Co", "features": {"tokens:<=3": 1.0, "chosen:rules": 1.0}, "gold": gold_near}
    far = {"key": "b", "name": "Far Co", "features": {"tokens:>15": 1.0}, "gold": not gold_near}
    none = {"key": "", "name": None, "features": {"none": 1.0}, "gold": False}
    return {"corpus": corpus, "source": f"{corpus}.txt", "kind": kind, "phrase": f"claim {number}",
            "gold": "Near Co" if gold_near else "Far Co", "rules": "Near Co", "candidates": [none, near, far]}


def fixture():
    examples = [example("one", n, gold_near=n != 0) for n in range(6)]
    examples += [example("two", n, gold_near=n != 1) for n in range(5)]
    examples += [example("three", n) for n in range(4)]
    return examples


def test_training_learns_which_features_mark_the_subject():
    weights = train(fixture(), penalty=1.0)
    assert weights["tokens:<=3"] > 0 > weights["tokens:>15"]
    assert choose(example("new", 0), weights)["name"] == "Near Co"


def test_training_is_deterministic():
    """No draw at random: the same examples, in any order, give the same weights."""
    examples = fixture()
    first = train(examples, penalty=5.0)
    again = train(list(reversed(json.loads(json.dumps(examples)))), penalty=5.0)
    assert first == again


def test_features_seen_once_are_left_out():
    examples = fixture()
    examples[0]["candidates"][1]["features"]["rare"] = 1.0
    assert "rare" not in train(examples, penalty=1.0, training=Training(min_count=2))


def test_leave_one_set_out_counts_against_the_rules():
    table = leave_one_set_out(fixture(), Training(penalties=(1.0, 10.0)), names=lambda name: name)
    one = table["one"]["kinds"]["figure"]
    assert one == {"claims": 6, "rules": 5, "ranker": 5, "wins": 0, "losses": 0, "oracle": 6}
    assert table["one"]["penalty"] in (1.0, 10.0)
    assert set(table) == {"one", "two", "three"}


def test_the_penalty_is_chosen_on_the_training_sets_alone():
    assert best_penalty(fixture(), Training(penalties=(1.0, 10.0))) in (1.0, 10.0)
    assert best_penalty([example("one", 0)], Training(penalties=(1.0, 10.0))) == 10.0  # one set: the most cautious


def test_sign_test():
    assert sign_test(5, 0) == pytest.approx(1 / 32)
    assert sign_test(12, 8) == pytest.approx(0.2517, abs=1e-4)
    assert sign_test(0, 0) == 1.0


def row(claims, rules, ranker, wins, losses):
    return {"claims": claims, "rules": rules, "ranker": ranker, "wins": wins, "losses": losses, "oracle": claims}


def test_a_kind_is_helped_only_when_the_gain_is_more_than_chance():
    clear = {"a": {"penalty": 1, "kinds": {"figure": row(40, 20, 30, 10, 0)}},
             "b": {"penalty": 1, "kinds": {"figure": row(40, 20, 26, 6, 0)}}}
    assert helped_kinds(clear, blind=("b",)) == ["figure"]
    slight = {"a": {"penalty": 1, "kinds": {"figure": row(80, 60, 64, 12, 8)}}}
    assert helped_kinds(slight, blind=()) == []
    worse_on_a_blind_set = {"a": {"penalty": 1, "kinds": {"figure": row(40, 20, 32, 12, 0)}},
                            "b": {"penalty": 1, "kinds": {"figure": row(40, 30, 29, 0, 1)}}}
    assert helped_kinds(worse_on_a_blind_set, blind=("b",)) == []


# -- examples from a corpus with gold ---------------------------------------------------------------------


def test_collect_matches_claims_to_gold(tmp_path, nlp):
    text = "Alipay is the largest payment platform in China. It has 520 million users.\n"
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "alipay.txt").write_text(text, encoding="utf-8")
    (tmp_path / "annotations").mkdir()
    gold = {"as_of": None, "attributed_to": None, "bound": "exact", "date": None, "kind": "figure",
            "object": None, "phrase": "520 million users", "predicate": "user_count",
            "quote": "It has 520 million users.", "source": "alipay.txt", "subject": "Alipay",
            "unit": "users", "value": 520000000}
    (tmp_path / "annotations" / "gold.jsonl").write_text(json.dumps(gold) + "\n", encoding="utf-8")
    [found] = collect(tmp_path)
    assert (found["kind"], found["phrase"], found["gold"], found["source"]) == \
        ("figure", "520 million users", "Alipay", "alipay.txt")
    assert [c["name"] for c in found["candidates"] if c["gold"]] == ["Alipay"]
