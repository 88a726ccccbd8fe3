"""The candidates for a claim's subject, and what describes each: the inputs of a learned subject choice.

The hand rules of extract/subjects.py pick one actor for each claim. To learn when to trust
them (`python -m extract.train_subjects`), each claim gets candidates: every actor named in
its sentence and the `LOOK_BACK` sentences before it, the last mention of every actor named
earlier in the text, the text's most named actors, each rule's own answer (the component's,
`subject_of`, `scoring_system`, the sentence's and the previous sentences' main actor, the
text's topic), and "no subject". Each candidate is described by general features, never by
its name: which rules chose it and how; its grammatical role and its path in the parse to the
claim's words; before or after them and how far, in tokens and sentences; its type, whether
it is in the gazetteer, a scoring system, a speaker, credited; whether it is the subject of
the sentences before, of the paragraph, of the claims nearby; how often the text names it.
Every feature also exists for the claim's kind (perks and penalties together) and, for types,
roles and the rules' choice, for the claim's predicate.

The trainer matches claims to gold as `sckb evaluate` does and marks the candidate the gold
names; what it measured is in README.md (*A learned subject choice*).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from extract import subjects as rules
from extract.actors import SPANS_KEY, actor_of, clean_entity_name, is_description
from extract.claims import Claim

#: Claim kinds whose subject is chosen (a relation's subject is part of what it states).
RANKED_KINDS = ("figure", "date", "perk", "penalty")
#: How many sentences before the claim's own are searched for actors, and described by distance.
LOOK_BACK = 3
#: How many of the text's most named actors are candidates wherever the claim is.
MOST_NAMED = 3
#: The key of the "no subject" candidate.
NONE = ""


# -- what the claim is --------------------------------------------------------------------------


def claim_group(kind: str) -> str:
    """Kinds whose subjects are chosen alike share their weights: perks and penalties."""
    return "sanction" if kind in ("perk", "penalty") else kind


def anchor_of(doc: Doc, claim: Claim) -> Token | None:
    """The token that carries the claim: the head of its phrase's words."""
    span = doc.char_span(claim.phrase_start, claim.phrase_end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def rules_how(claim: Claim) -> str:
    """How the rules found the claim's subject, as far as the claim tells (dates do not say)."""
    if claim.subject is None:
        return "none"
    return claim.extra.get("subject_rule") or "given"


# -- candidates ------------------------------------------------------------------------------------


@dataclass
class Candidate:
    """An actor the claim may be about (key "" is "no subject"), with its features."""

    key: str  # the actor id, else its name (a thing the rules named), "" for none
    id: str | None
    name: str | None
    mentions: list[Span] = field(default_factory=list)
    features: dict[str, float] = field(default_factory=dict)


def _key(actor_id: str | None, name: str | None) -> str:
    return actor_id or (name or "").lower()


def candidates(doc: Doc, claim: Claim) -> list[Candidate]:
    """The claim's candidates with their features, in a fixed order (none first, then by key)."""
    anchor = anchor_of(doc, claim)
    if anchor is None:
        return []
    found: dict[str, Candidate] = {NONE: Candidate(NONE, None, None)}

    def add(actor_id: str | None, name: str | None, mention: Span | None = None) -> None:
        key = _key(actor_id, name)
        if key:
            candidate = found.setdefault(key, Candidate(key, actor_id, name))
            if mention is not None and all(m.start != mention.start for m in candidate.mentions):
                candidate.mentions.append(mention)

    for mention in _window_mentions(anchor):
        add(*actor_of(mention), mention)
    for mention in _named_before(anchor):
        add(*actor_of(mention), mention)
    for actor_id in _most_named(doc)[:MOST_NAMED]:
        add(actor_id, (doc._.actor_names or {}).get(actor_id))
    choices = _rule_choices(anchor, claim)
    for choice in choices.values():
        add(choice.id, choice.name, choice.mention)
    context = _Context(doc, anchor, claim, choices)
    for candidate in found.values():
        candidate.features = _with_group(features(candidate, context), claim)
    return [found[key] for key in sorted(found)]


def _window_mentions(anchor: Token) -> list[Span]:
    """Actor mentions of the claim's sentence and the `LOOK_BACK` sentences before it."""
    sent = anchor.sent
    start = rules.window_start(sent, LOOK_BACK)
    return [m for m in anchor.doc.spans.get(SPANS_KEY, []) if start <= m.start and m.end <= sent.end]


def _named_before(anchor: Token) -> list[Span]:
    """The last mention of each actor named before the claim's sentence."""
    last: dict[str, Span] = {}
    for mention in anchor.doc.spans.get(SPANS_KEY, []):
        if mention.end <= anchor.sent.start:
            last[mention.id_] = mention
    return list(last.values())


def _most_named(doc: Doc) -> list[str]:
    """Actor ids by how often the text names them (sources aside), most first (cached)."""
    key = ("sckb_most_named", len(doc.spans.get(SPANS_KEY, [])))
    if key not in doc.user_data:
        counts: dict[str, int] = {}
        for mention in doc.spans.get(SPANS_KEY, []):
            if mention.label_ not in rules.SOURCE_TYPES:
                counts[mention.id_] = counts.get(mention.id_, 0) + 1
        doc.user_data[key] = sorted(counts, key=lambda k: (-counts[k], k))
    return doc.user_data[key]


@dataclass(frozen=True)
class _Choice:
    """One rule's answer: the actor (or the words naming a thing), how it was found, and where
    the text names it, when it does."""

    id: str | None
    name: str | None
    how: str
    mention: Span | None


def _rule_choices(anchor: Token, claim: Claim) -> dict[str, _Choice]:
    """What each rule says the claim is about: the component's answer ("rules"), the general
    subject rule, the scoring system rule, the text's topic, the main actor of the sentence and
    of the sentences before."""
    choices = {}
    if claim.subject is not None:
        choices["rules"] = _Choice(claim.subject_id, claim.subject, rules_how(claim), _words_naming(anchor, claim))
    for rule, found in (("subject_of", rules.subject_of(anchor)), ("scoring_system", rules.scoring_system(anchor))):
        if found is not None:
            choices[rule] = _Choice(found.id, found.name, found.how, _in_text(found.actor))
    for rule, mention in (("main_actor", rules.main_actor(anchor.sent)),
                          ("previous_main_actor", rules.previous_main_actor(anchor.sent)),
                          ("topic", rules.topic_system(anchor))):
        if mention is not None:
            choices[rule] = _Choice(*actor_of(mention), rule, _in_text(mention))
    return choices


def _in_text(mention: Span) -> Span | None:
    """The mention, if the text names the actor there: a rule may place an actor it infers
    ("the blacklist system" of a sentence about debtors) on the words that made it think so."""
    if any(m.start == mention.start and m.end == mention.end for m in mention.doc.spans.get(SPANS_KEY, [])):
        return mention
    return mention if clean_entity_name(mention.text).lower() == actor_of(mention)[1].lower() else None


def _words_naming(anchor: Token, claim: Claim) -> Span | None:
    """Where the claim's sentence names its subject: an actor mention of that id, else the words
    of the subject's name (a thing: "the rules", "the internet safety law")."""
    sent = anchor.sent
    if claim.subject_id is not None:
        named = [m for m in sent.doc.spans.get(SPANS_KEY, []) if m.id_ == claim.subject_id
                 and sent.start <= m.start and m.end <= sent.end]
        return min(named, key=lambda m: (_distance(m, anchor), m.start)) if named else None
    at = sent.text.lower().find(claim.subject.lower())
    words = sent.doc.char_span(sent.start_char + at, sent.start_char + at + len(claim.subject),
                               alignment_mode="expand") if at >= 0 else None
    return words if words is not None and len(words) else None


# -- features ------------------------------------------------------------------------------------


class _Context:
    """What every candidate of one claim is compared with."""

    def __init__(self, doc: Doc, anchor: Token, claim: Claim, choices: dict[str, "_Choice"]):
        self.doc, self.anchor, self.claim, self.choices = doc, anchor, claim, choices
        self.recent = _recent_actors(anchor)  # actor ids, the last named before the claim's words first
        self.passage = _passage_roles(anchor)  # actor id -> its role in the passage
        self.neighbours = _neighbour_subjects(doc, claim, anchor)  # subject key -> claims nearby about it


def _neighbour_subjects(doc: Doc, claim: Claim, anchor: Token) -> dict[str, int]:
    """How many other claims of the sentence and the one before it the rules found to be about
    each subject: a passage keeps to its topic."""
    start = doc[anchor.sent.start - 1].sent.start_char if anchor.sent.start > 0 else 0
    counts: dict[str, int] = {}
    for other in doc._.claims or []:
        if other is claim or not (start <= other.phrase_start < anchor.sent.end_char) or other.kind not in RANKED_KINDS:
            continue
        key = _key(other.subject_id, other.subject)
        if key:
            counts[key] = counts.get(key, 0) + 1
    return counts


def _recent_actors(anchor: Token) -> list[str]:
    """Actors (sources aside) by how lately they were named before the claim's words."""
    order: list[str] = []
    for mention in reversed(_window_mentions(anchor)):
        if mention.end <= anchor.i and mention.label_ not in rules.SOURCE_TYPES and mention.id_ not in order:
            order.append(mention.id_)
    return order


def _passage_roles(anchor: Token) -> dict[str, str]:
    """What the passage before the claim is about: the main subject of the sentence before
    ("previous-subject"), of the one before that ("earlier-subject"), and of the paragraph's
    first sentence ("paragraph-subject")."""
    doc, roles = anchor.doc, {}
    sentences, current = [], anchor.sent
    while current.start > 0 and rules.same_paragraph(doc[current.start - 1].sent, current):
        current = doc[current.start - 1].sent
        sentences.append(current)
    for name, sent in (("paragraph-subject", sentences[-1] if sentences else None),
                       ("earlier-subject", sentences[1] if len(sentences) > 1 else None),
                       ("previous-subject", sentences[0] if sentences else None)):
        found = rules.main_actor(sent, subjects_only=True) if sent is not None else None
        if found is not None:
            roles[found.id_] = name
    return roles


def _with_group(found: dict[str, float], claim: Claim) -> dict[str, float]:
    """Each feature, the same feature for the claim's kind (a perk's subject is chosen unlike a
    figure's), and the candidate's type and role for the claim's predicate (a date a law took
    effect is about the law, a count of users about a platform)."""
    group = claim_group(claim.kind)
    crossed = {f"{group}|{name}": value for name, value in found.items()}
    for name in found:
        if name.startswith(("type:", "role:", "chosen:rules", "scoring-system")):
            crossed[f"{claim.predicate}|{name}"] = 1.0
    return {**found, **crossed}


def features(candidate: Candidate, context: _Context) -> dict[str, float]:
    """What describes one candidate (before it is crossed with the claim's kind and predicate)."""
    found: dict[str, float] = {}
    for rule, choice in context.choices.items():
        if _key(choice.id, choice.name) == candidate.key:
            found[f"chosen:{rule}"] = 1.0
            found[f"chosen:{rule}:{choice.how}"] = 1.0
    if candidate.key == NONE:
        found["none"] = 1.0
        if "rules" not in context.choices:
            found["none:rules-chose-none"] = 1.0
        return found
    if candidate.id is None:
        found["not-an-actor"] = 1.0  # words the rules named ("the rules"), no actor
    agreeing = sum(1 for rule in found if rule.count(":") == 1)
    found[f"rules-agreeing:{_bucket(agreeing, (0, 1, 2))}"] = 1.0
    if candidate.id in context.recent:
        found[f"recent:{_bucket(context.recent.index(candidate.id) + 1, (1, 2))}"] = 1.0
    if candidate.id in context.passage:
        found[context.passage[candidate.id]] = 1.0
    if candidate.key in context.neighbours:
        found[f"subject-of-nearby-claims:{_bucket(context.neighbours[candidate.key], (1, 3))}"] = 1.0
    found.update(_document_features(candidate, context))
    mention = _nearest(candidate.mentions, context.anchor)
    if mention is None:
        found["no-mention-near"] = 1.0
        return found
    found[f"type:{mention.label_ or 'thing'}"] = 1.0
    if rules.is_scoring_system(mention):
        found["scoring-system"] = 1.0
    if rules.gazetteer_of(context.doc).get(candidate.id) is not None:
        found["in-gazetteer"] = 1.0
    if context.claim.attributed_to and _same_name(context.claim.attributed_to, candidate.name):
        found["credited-for-claim"] = 1.0
    found.update(_place_features(mention, context.anchor))
    if mention.sent.start == context.anchor.sent.start:
        found.update(_syntax_features(mention, context.anchor))
    return found


def _same_name(a: str | None, b: str | None) -> bool:
    return bool(a and b) and a.strip().lower() == b.strip().lower()


def _nearest(mentions: list[Span], anchor: Token) -> Span | None:
    """The mention that stands for the candidate: in the claim's sentence the nearest to the
    claim's words, else the last one before."""
    here = [m for m in mentions if m.sent.start == anchor.sent.start]
    if here:
        return min(here, key=lambda m: (_distance(m, anchor), m.start))
    before = [m for m in mentions if m.end <= anchor.i]
    return before[-1] if before else None


def _distance(mention: Span, anchor: Token) -> int:
    if mention.start <= anchor.i < mention.end:
        return 0
    return mention.start - anchor.i if mention.start > anchor.i else anchor.i - mention.end + 1


def _bucket(value: int, bounds: tuple[int, ...]) -> str:
    """ "<=3", "<=8", ... or ">LAST": a number as one of a few ranges."""
    for bound in bounds:
        if value <= bound:
            return f"<={bound}"
    return f">{bounds[-1]}"


def _document_features(candidate: Candidate, context: _Context) -> dict[str, float]:
    doc, anchor = context.doc, context.anchor
    ranking = _most_named(doc)
    found = {}
    if candidate.id in ranking[:1]:
        found["most-named"] = 1.0
    elif candidate.id in ranking[:MOST_NAMED]:
        found["often-named"] = 1.0
    before = sum(1 for m in doc.spans.get(SPANS_KEY, []) if m.id_ == candidate.id and m.end <= anchor.sent.start)
    found[f"named-before:{_bucket(before, (0, 1, 3))}"] = 1.0
    return found


def _place_features(mention: Span, anchor: Token) -> dict[str, float]:
    """Where the mention is: how many sentences back, before or after the claim's words, how far."""
    doc, sent = anchor.doc, anchor.sent
    if mention.sent.start == sent.start:
        found = {"same-sentence": 1.0}
        if mention.start <= anchor.i < mention.end:
            found["covers-anchor"] = 1.0
        else:
            found["before" if mention.end <= anchor.i else "after"] = 1.0
        found[f"tokens:{_bucket(_distance(mention, anchor), (0, 3, 8, 15))}"] = 1.0
        nearer = [m for m in doc.spans.get(SPANS_KEY, []) if m.sent.start == sent.start and m.end <= anchor.i
                  and m.start > mention.start and m.label_ not in rules.SOURCE_TYPES]
        if mention.end <= anchor.i and not nearer and mention.label_ not in rules.SOURCE_TYPES:
            found["nearest-before"] = 1.0
        return found
    back, current = 0, sent
    while current.start > mention.start and back <= LOOK_BACK:
        current = doc[current.start - 1].sent
        back += 1
    found = {f"sentences-back:{_bucket(back, (1, 2, 3))}": 1.0}
    if back <= LOOK_BACK and rules.same_paragraph(mention.sent, sent):
        found["same-paragraph"] = 1.0
    if rules.main_actor(mention.sent) is not None and rules.main_actor(mention.sent).id_ == mention.id_:
        found["main-actor-of-its-sentence"] = 1.0
    return found


#: Dependency labels of a mention's phrase head worth telling apart; the rest are "other".
ROLES = ("nsubj", "nsubjpass", "dobj", "pobj", "poss", "attr", "appos", "conj", "ROOT", "npadvmod", "dative")
#: Prepositions worth telling apart for a mention that is their object.
PREPOSITIONS = ("by", "of", "in", "on", "to", "with", "from", "for", "at", "under", "among")


def _syntax_features(mention: Span, anchor: Token) -> dict[str, float]:
    """The mention's grammatical role and its link to the claim's words in the parse."""
    head = rules.phrase_head(mention)
    found = {f"role:{head.dep_ if head.dep_ in ROLES else 'other'}": 1.0}
    if head.dep_ == "pobj":
        prep = head.head.lower_
        found[f"object-of:{prep if prep in PREPOSITIONS else 'other'}"] = 1.0
        if prep == "to" and head.head.i > 0 and head.head.nbor(-1).lower_ == "according":
            found["according-to"] = 1.0
    if rules.is_speaker(mention):
        found["speaker"] = 1.0
    if rules.is_argument(mention):
        found["participant"] = 1.0
    if is_description(mention):
        found["description"] = 1.0
    ancestors = {t.i for t in anchor.ancestors}
    if head.i in ancestors:
        found["governs-anchor"] = 1.0
    if anchor.i in {t.i for t in mention.root.ancestors}:
        found["inside-claim-phrase"] = 1.0
    found[f"tree-path:{_bucket(_tree_distance(mention.root, anchor), (1, 2, 3, 5))}"] = 1.0
    verb = next((t for t in (anchor, *anchor.ancestors) if t.pos_ in ("VERB", "AUX")), None)
    if verb is not None and head.head.i == verb.i and head.dep_ in rules.SUBJECT_DEPS:
        found["subject-of-claim-verb"] = 1.0
    elif head.dep_ in rules.SUBJECT_DEPS and head.head.i in ancestors:
        found["subject-of-governing-verb"] = 1.0
    if head.dep_ in rules.SUBJECT_DEPS and head.head.i == anchor.sent.root.i:
        found["subject-of-sentence"] = 1.0
    relative = next((t for t in (anchor, *anchor.ancestors) if t.dep_ == "relcl"), None)
    if relative is not None and rules.antecedent(relative).i in range(mention.start, mention.end):
        found["antecedent-of-claim-clause"] = 1.0
    return found


def _tree_distance(a: Token, b: Token) -> int:
    """How many arcs of the parse lie between two tokens of one sentence."""
    up_a = [a, *a.ancestors]
    depth_a = {t.i: n for n, t in enumerate(up_a)}
    for n, token in enumerate((b, *b.ancestors)):
        if token.i in depth_a:
            return n + depth_a[token.i]
    return len(up_a) + 1
