"""Measure whether a subject ranker learned from the gold beats the hand rules on sets it has not seen.

    python -m extract.train_subjects [CORPUS ...] [--save-examples FILE | --examples FILE] [--out FILE]

1. Examples. For each corpus with gold (default: corpus/ and the development sets in tests/),
   the extractor runs; its claims are matched to the gold claims as `sckb evaluate` matches
   them (extract/evaluate.py). Every matched claim of a ranked kind is one example: its
   candidates with their features (extract/subject_candidates.py), and which candidate the gold
   names ("no subject" when the gold names none). A claim whose gold subject is no candidate
   teaches nothing, but still counts against the ranker when it is measured.
2. The model: a conditional logit (a softmax over each claim's candidates; the score of a
   candidate is the dot product of weights and features), fitted by full-batch gradient descent
   with an L2 penalty, from zero weights. Nothing is drawn at random, so the same examples give
   the same weights; it needs only numpy, which spaCy already brings.
3. Leave one set out: for each corpus, weights trained on the others choose its claims'
   subjects, and their accuracy is set against the rules' on the same claims, kind by kind. The
   penalty is chosen without looking at the held-out set: by leaving each of the other sets
   out in turn. A kind is one the ranker helps when it beats the rules on the held-out sets on
   average, does no worse on any set written blind, and wins more claims from the rules than it
   loses by more than chance (a one-sided sign test).

`--out` writes the weights trained on every corpus, with the table, as JSON.
"""
from __future__ import annotations

import argparse
import json
import math
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from extract.evaluate import GoldError, Names, gold_path, load_gold, score
from extract.subject_candidates import NONE, RANKED_KINDS, candidates

#: The corpora with gold, and those written blind (by someone who had not seen the rules).
DEFAULT_CORPORA = ("corpus", "tests/heldout", "tests/heldout2", "tests/devset3", "tests/heldout3", "tests/heldout4",
                   "tests/heldout5")
BLIND_CORPORA = ("tests/devset3", "tests/heldout3", "tests/heldout4", "tests/heldout5")
#: The chance a sign test may leave that the ranker's wins over the rules are luck.
SIGNIFICANCE = 0.05


@dataclass(frozen=True)
class Training:
    """The knobs of the fit."""

    penalties: tuple[float, ...] = (5.0, 20.0, 50.0, 100.0, 200.0)  # L2 penalties to choose from
    rate: float = 0.5  # step of gradient descent
    steps: int = 400
    min_count: int = 2  # features seen on fewer examples are left out


# -- examples -------------------------------------------------------------------------------


def collect(corpus: str | Path, names: Names | None = None) -> list[dict]:
    """The examples of one corpus with gold, in the order of its sources and claims:
    {"corpus", "source", "kind", "phrase", "gold", "rules", "candidates": [{"key", "name",
    "features", "gold": bool}]}."""
    from extract.corpus import open_corpus
    from extract.nlp import load_nlp, new_doc
    from extract.settings import Settings
    from kb.build import _source_task
    from kb.extraction import read
    from kb.rows import claim_rows

    corpus = Path(corpus)
    names = names or Names.from_settings()
    settings = Settings.from_env()
    gold = load_gold(gold_path(corpus))
    opened = open_corpus(corpus)
    nlp = load_nlp(settings, opened.root)
    examples = []
    for path in opened.sources:
        document = read(_source_task(opened, path, settings))
        source_gold = [g for g in gold if Path(g["source"]).name == Path(document.source).name]
        if not source_gold:
            continue
        doc = nlp(new_doc(nlp, document.text, document.published, document.id, document.outlet, document.authors))
        claims = {c.claim_id(document.id): c for c in reversed(doc._.claims or [])}  # as the rows: the first wins
        rows = [{**row, "source": document.source} for row in claim_rows(document, doc)]
        for gold_claim, row in score(rows, source_gold, names=names).matches:
            if row["kind"] in RANKED_KINDS:
                examples.append(_example(corpus, document.source, doc, claims[row["id"]], gold_claim, names))
    return examples


def _example(corpus: Path, source: str, doc, claim, gold_claim: dict, names: Names) -> dict:
    wanted = names(gold_claim["subject"]) or NONE
    return {"corpus": corpus.as_posix(), "source": Path(source).name, "kind": claim.kind,
            "phrase": doc.text[claim.phrase_start:claim.phrase_end], "gold": gold_claim["subject"],
            "rules": claim.subject,
            "candidates": [{"key": c.key, "name": c.name, "features": c.features,
                            "gold": (names(c.name) or NONE) == wanted} for c in candidates(doc, claim)]}


# -- the fit ----------------------------------------------------------------------------------


def _vocabulary(examples: list[dict], min_count: int) -> list[str]:
    counts: dict[str, int] = {}
    for example in examples:
        for name in {name for c in example["candidates"] for name in c["features"]}:
            counts[name] = counts.get(name, 0) + 1
    return sorted(name for name, count in counts.items() if count >= min_count)


@dataclass
class _Table:
    """Every candidate of every example, its features as (feature index, value) entries."""

    entry_feature: np.ndarray
    entry_value: np.ndarray
    entry_starts: np.ndarray  # where each candidate's entries start (each has one at least)
    gold: np.ndarray  # whether each candidate is gold
    starts: np.ndarray  # where each example's candidates start

    @classmethod
    def of(cls, examples: list[dict], vocabulary: list[str]) -> "_Table":
        index = {name: i for i, name in enumerate(vocabulary)}
        features, values, entry_starts, gold, starts = [], [], [], [], []
        for example in examples:
            starts.append(len(gold))
            for candidate in example["candidates"]:
                entry_starts.append(len(features))
                known = sorted((index[n], v) for n, v in candidate["features"].items() if n in index)
                for i, v in known or [(len(vocabulary), 0.0)]:  # no known feature: an entry past the weights
                    features.append(i)
                    values.append(v)
                gold.append(candidate["gold"])
        return cls(np.array(features), np.array(values, dtype=float), np.array(entry_starts),
                   np.array(gold, dtype=bool), np.array(starts))

    def scores(self, weights: np.ndarray) -> np.ndarray:
        return np.add.reduceat(np.append(weights, 0.0)[self.entry_feature] * self.entry_value, self.entry_starts)

    def feature_sums(self, per_candidate: np.ndarray, size: int) -> np.ndarray:
        """Σ over candidates of `per_candidate` times the candidate's features."""
        counts = np.diff(np.append(self.entry_starts, len(self.entry_feature)))
        spread = np.repeat(per_candidate, counts) * self.entry_value
        return np.bincount(self.entry_feature, weights=spread, minlength=size + 1)[:size]


def train(examples: list[dict], penalty: float, training: Training = Training()) -> dict[str, float]:
    """Weights that make each example's gold candidates likely: they maximise the mean log
    probability of the gold candidates under a softmax of each example's candidate scores, less
    `penalty` times half the squared weights over the number of examples. Examples with no gold
    candidate are left out."""
    usable = sorted((e for e in examples if any(c["gold"] for c in e["candidates"])),
                    key=lambda e: (e["corpus"], e["source"], e["phrase"], e["kind"]))
    vocabulary = _vocabulary(usable, training.min_count)
    if not usable or not vocabulary:
        return {}
    table = _Table.of(usable, vocabulary)
    example_of = np.repeat(np.arange(len(usable)), np.diff(np.append(table.starts, len(table.gold))))
    weights = np.zeros(len(vocabulary))
    for _ in range(training.steps):
        scores = table.scores(weights)
        scores -= np.maximum.reduceat(scores, table.starts)[example_of]
        p = np.exp(scores)
        p /= np.add.reduceat(p, table.starts)[example_of]
        q = np.where(table.gold, p, 0.0)  # the same, among the gold candidates only
        q /= np.add.reduceat(q, table.starts)[example_of]
        gradient = (table.feature_sums(p - q, len(vocabulary)) + penalty * weights) / len(usable)
        weights -= training.rate * gradient
    return {name: round(float(w), 4) for name, w in zip(vocabulary, weights) if abs(w) >= 1e-4}


def choose(example: dict, weights: dict[str, float]) -> dict:
    """The candidate the weights score highest (ties: the first, "no subject" first)."""
    scores = [sum(weights.get(n, 0.0) * v for n, v in c["features"].items()) for c in example["candidates"]]
    return example["candidates"][max(range(len(scores)), key=lambda i: (scores[i], -i))]


def best_penalty(examples: list[dict], training: Training = Training()) -> float:
    """The penalty whose weights do best on each corpus left out in turn (mean accuracy over
    the corpora; ties: the larger penalty)."""
    corpora = sorted({e["corpus"] for e in examples})

    def accuracy(penalty: float) -> float:
        total = 0.0
        for held_out in corpora:
            weights = train([e for e in examples if e["corpus"] != held_out], penalty, training)
            measured = [e for e in examples if e["corpus"] == held_out and e["gold"]]
            total += sum(choose(e, weights)["gold"] for e in measured) / max(len(measured), 1)
        return total / len(corpora)

    if len(corpora) < 2:
        return max(training.penalties)
    return max(sorted(training.penalties), key=lambda penalty: (round(accuracy(penalty), 9), penalty))


# -- measuring ----------------------------------------------------------------------------------


def leave_one_set_out(examples: list[dict], training: Training = Training(), names: Names | None = None) -> dict:
    """{corpus: {"penalty": p, "kinds": {kind: counts}}}: for each corpus, the ranker trained on the
    others (its penalty chosen on them alone) against the rules, on the claims whose gold names a
    subject, as `sckb evaluate` counts them. Counts: claims, rules (right), ranker (right),
    wins and losses (claims one gets right and the other wrong), oracle (the gold subject is a
    candidate)."""
    names = names or Names.from_settings()
    table = {}
    for held_out in sorted({e["corpus"] for e in examples}):
        rest = [e for e in examples if e["corpus"] != held_out]
        penalty = best_penalty(rest, training)
        weights = train(rest, penalty, training)
        kinds: dict[str, dict[str, int]] = {}
        for example in (e for e in examples if e["corpus"] == held_out and e["gold"]):
            rules_right = names(example["rules"]) == names(example["gold"])
            ranker_right = choose(example, weights)["gold"]
            for kind in (example["kind"], "all"):
                row = kinds.setdefault(kind, dict.fromkeys(("claims", "rules", "ranker", "wins", "losses", "oracle"), 0))
                row["claims"] += 1
                row["rules"] += rules_right
                row["ranker"] += ranker_right
                row["wins"] += ranker_right and not rules_right
                row["losses"] += rules_right and not ranker_right
                row["oracle"] += any(c["gold"] for c in example["candidates"])
        table[held_out] = {"penalty": penalty, "kinds": dict(sorted(kinds.items()))}
    return table


def sign_test(wins: int, losses: int) -> float:
    """The chance of at least `wins` wins in `wins + losses` tosses of a fair coin."""
    n = wins + losses
    return sum(math.comb(n, k) for k in range(wins, n + 1)) / 2 ** n if n else 1.0


def helped_kinds(table: dict, blind: tuple[str, ...] = BLIND_CORPORA) -> list[str]:
    """The kinds on which the ranker beats the rules (module docstring, step 3)."""
    kinds = sorted({k for entry in table.values() for k in entry["kinds"] if k != "all"})
    helped = []
    for kind in kinds:
        rows = {corpus: entry["kinds"][kind] for corpus, entry in table.items() if kind in entry["kinds"]}
        gains = {corpus: (row["ranker"] - row["rules"]) / row["claims"] for corpus, row in rows.items()}
        wins, losses = sum(r["wins"] for r in rows.values()), sum(r["losses"] for r in rows.values())
        if sum(gains.values()) / len(gains) > 0 and all(gains.get(c, 0) >= 0 for c in blind) \
                and sign_test(wins, losses) < SIGNIFICANCE:
            helped.append(kind)
    return helped


def table_text(table: dict) -> str:
    def pct(a: int, b: int) -> str:
        return f"{100 * a / b:.1f}" if b else "-"

    lines = [f"{'held-out set':<18}{'kind':<9}{'claims':>7}{'rules%':>8}{'ranker%':>9}{'wins':>6}{'losses':>7}"
             f"{'oracle%':>9}{'penalty':>9}"]
    for corpus, entry in table.items():
        for kind, row in entry["kinds"].items():
            lines.append(f"{corpus:<18}{kind:<9}{row['claims']:>7}{pct(row['rules'], row['claims']):>8}"
                         f"{pct(row['ranker'], row['claims']):>9}{row['wins']:>6}{row['losses']:>7}"
                         f"{pct(row['oracle'], row['claims']):>9}{entry['penalty']:>9g}")
    return "\n".join(lines)


# -- the command --------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m extract.train_subjects", description=__doc__.split("\n")[0])
    parser.add_argument("corpora", nargs="*", default=list(DEFAULT_CORPORA), help="corpora with annotations/gold.jsonl")
    parser.add_argument("--examples", type=Path, help="read the examples from this JSON file instead of running the extractor")
    parser.add_argument("--save-examples", type=Path, help="write the examples to this JSON file")
    parser.add_argument("--out", type=Path, help="write the weights trained on every corpus, with the table, to this JSON file")
    args = parser.parse_args(argv)
    names = Names.from_settings()
    try:
        if args.examples:
            examples = json.loads(args.examples.read_text(encoding="utf-8"))
        else:
            examples = [e for corpus in args.corpora for e in collect(corpus, names)]
        if args.save_examples:
            args.save_examples.write_text(json.dumps(examples, indent=1, sort_keys=True), encoding="utf-8")
    except (GoldError, OSError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    table = leave_one_set_out(examples, names=names)
    print(table_text(table))
    kinds = helped_kinds(table)
    print(f"the ranker beats the rules on: {', '.join(kinds) or 'no kind (the rules stay in charge)'}")
    if args.out:
        penalty = best_penalty(examples)
        data = {"trained_on": sorted({e["corpus"] for e in examples}), "examples": len(examples),
                "penalty": penalty, "helped_kinds": kinds, "leave_one_set_out": table,
                "weights": dict(sorted(train(examples, penalty).items()))}
        try:
            args.out.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
        except OSError as error:
            print(f"error: {args.out}: {error.strerror}", file=sys.stderr)
            return 1
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
