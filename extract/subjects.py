"""Whom a claim is about: the actor a figure, a date, a perk or a penalty belongs to.

Public API (used by the figure, date, perk and penalty components):

- `subject_of(anchor, fallback=True) -> Subject | None`: the actor that the words around
  `anchor` (the token carrying the claim: a counted noun, an event verb) are about.
- `actor_of_phrase(token) -> Span | None`: the actor a noun phrase names or belongs to
  ("Alipay", "Alipay's rating system, Sesame Credit", "users of the Alibaba platform").
- `resolve_pronoun(token) -> Span | None`: the actor "it", "its", "they", "which" stands for.
- `main_actor(sent) -> Span | None`: the actor a sentence is mainly about.
- `Subject`: the answer, with the rule that found it (`how`) and a confidence.

The rules, in order (the first that names an actor wins):
1. inside the claim's own phrase: possessor, compound, appositive, "of"/"by" phrase, the
   agent of a participle ("Alipay's 450 million users", "450 million Alipay users", "users of
   the Alibaba platform", "two press releases published by the NDRC"); a partitive ("one of
   the eight companies") stops here: the clause is about one member, not the set;
2. up the dependency tree: the subject of each governing verb ("Alipay has 450 million
   users"), a passive agent, the antecedent of a relative clause ("Zhenai.com, which has ...";
   a relative clause after an appositive refers to the appositive's anchor: in "Alipay, a
   division of Alibaba, which counts 520 million users" it is Alipay), a noun that the claim
   is attached to ("Alipay, with 450 million users, ...");
3. pronouns: a possessive in a fronted phrase points forward to the main subject ("Since its
   introduction in 2015, Sesame Credit ..."), otherwise back to the nearest actor before it in
   the sentence, then to the main actor of the previous sentences of the paragraph;
4. fallback: the nearest actor before the anchor in the sentence that is a participant of
   its clause (a subject, an object, a "by" agent; not a modifier such as "visas to
   Luxembourg"): "the Asian colossus (China) has 1.4 billion inhabitants".
Outlets and people are never picked by the positional rules 3-4: in this corpus they are the
sources that report claims, not what the claims are about (see extract/attribution.py).
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from extract.actors import SPANS_KEY, actor_of

SUBJECT_DEPS = ("nsubj", "nsubjpass")
RELATIVE_PRONOUNS = {"which", "that", "who", "whom", "whose"}
PRONOUNS = {"it", "its", "they", "their", "them", "itself"}
#: Actor types that the positional rules never pick: they report claims, they are not their topic.
SOURCE_TYPES = {"outlet", "person"}
#: Confidence of each rule, from most to least direct.
CONFIDENCE = {
    "phrase": 0.9,
    "nsubj": 0.85,
    "agent": 0.8,
    "attached": 0.8,
    "relative-clause": 0.75,
    "cataphora": 0.75,
    "pronoun": 0.6,
    "sentence": 0.5,
    "previous-sentence": 0.4,
}
#: How many sentences back the previous-sentence rule looks, within the paragraph.
LOOK_BACK = 2


@dataclass(frozen=True)
class Subject:
    actor: Span  # the actor mention, from doc.spans["actors"]
    id: str
    name: str
    how: str  # the rule that found it (a key of CONFIDENCE)
    confidence: float


def _subject(actor: Span | None, how: str) -> Subject | None:
    if actor is None:
        return None
    actor_id, name = actor_of(actor)
    return Subject(actor, actor_id, name, how, CONFIDENCE[how])


# -- actor mentions --------------------------------------------------------------------


def _index(doc: Doc) -> dict[int, Span]:
    """Token index -> the actor mention covering it (cached on the doc)."""
    key = ("sckb_actor_index", len(doc.spans.get(SPANS_KEY, [])))
    index = doc.user_data.get(key)
    if index is None:
        index = {i: span for span in doc.spans.get(SPANS_KEY, []) for i in range(span.start, span.end)}
        doc.user_data[key] = index
    return index


def actor_at(token: Token) -> Span | None:
    """The actor mention that covers `token`, if any."""
    return _index(token.doc).get(token.i)


def _is_source(actor: Span) -> bool:
    return actor.label_ in SOURCE_TYPES


def actor_of_phrase(token: Token, depth: int = 0, appositive: bool = True, owners: bool = True) -> Span | None:
    """The actor the noun phrase headed by `token` names, or the actor it belongs to.

    `appositive=False` ignores appositives: after a counted noun they name members, not the
    owner ("eight companies, among them Ant Financial"). `owners=False` ignores possessors and
    "of"/"by" phrases: only an actor that names the thing itself counts ("the PRC's new law"
    is not the PRC)."""
    found = actor_at(token)
    if found is not None or depth > 2:
        return found
    children = list(token.children)
    for child in children:  # "Alipay's rating system, Sesame Credit": the appositive names it
        if appositive and child.dep_ == "appos" and (found := actor_of_phrase(child, depth + 1)):
            return found
    for child in children:  # "Alipay users", "its Sesame Credit rating system"
        if child.dep_ in ("compound", "nmod") and (found := actor_at(child)):
            return found
    if not owners:
        return None
    for child in children:  # "Alipay's 450 million users", "its users"
        if child.dep_ == "poss":
            found = resolve_pronoun(child) if child.lower_ in PRONOUNS else actor_of_phrase(child, depth + 1)
            if found is not None:
                return found
    for child in children:  # "users of the Alibaba platform", "a survey by Yesky.com"
        if child.dep_ == "prep" and child.lower_ in ("of", "by"):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    for candidate in (pobj, *pobj.conjuncts):
                        if found := actor_of_phrase(candidate, depth + 1):
                            return found
    for child in children:  # "two press releases published by the NDRC": their maker
        if child.dep_ == "acl" and child.tag_ == "VBN":
            for agent in child.children:
                if agent.dep_ == "agent":
                    for pobj in agent.children:
                        if pobj.dep_ == "pobj" and (found := actor_of_phrase(pobj, depth + 1)):
                            return found
    return None


# -- relative clauses and pronouns -----------------------------------------------------------


def _relative_pronoun(clause: Token) -> Token | None:
    for child in clause.children:
        if child.lower_ in RELATIVE_PRONOUNS and child.tag_ in ("WDT", "WP", "WP$"):
            return child
    return None


def antecedent(clause: Token) -> Token:
    """The noun a relative clause (`clause` is its verb, dep "relcl") refers to.

    A non-restrictive clause ("..., which ...") that follows an appositive refers to the
    appositive's anchor, whatever the parser attached it to: in "Alipay, a payments division
    of retail giant Alibaba, which counts over 520 million users" the antecedent is Alipay.
    """
    head = clause.head
    pronoun = _relative_pronoun(clause)
    restrictive = pronoun is None or pronoun.i == 0 or pronoun.nbor(-1).text not in {",", "(", "—", "–", "-"}
    if restrictive:
        return head
    node = head
    while node.dep_ != "appos" and node.dep_ in ("pobj", "prep", "compound", "conj", "nmod", "amod"):
        node = node.head
    return node.head if node.dep_ == "appos" else head


#: Dependency labels of the words that are a clause's own participants (not modifiers of a noun).
ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "attr", "dative", "ROOT"}


def _is_argument(actor: Span) -> bool:
    """Whether an actor mention is a participant of its clause ("Alibaba users" as an object,
    "developed by China") rather than a modifier of another noun ("visas to Luxembourg",
    "a hospital in Shanghai", "China's most widespread")."""
    node = actor.root
    while node.dep_ in ("compound", "appos", "conj", "nmod") and node.head is not node:
        node = node.head
    if node.dep_ == "pobj":
        return node.head.dep_ == "agent" or (node.head.lower_ == "by" and node.head.head.pos_ == "VERB")
    return node.dep_ in ARGUMENT_DEPS


def _nearest_actor_before(sent: Span, position: int, arguments_only: bool = False) -> Span | None:
    actors = [a for a in sent.doc.spans.get(SPANS_KEY, []) if sent.start <= a.start and a.end <= position]
    actors = [a for a in actors if not _is_source(a) and (not arguments_only or _is_argument(a))]
    return actors[-1] if actors else None


def same_paragraph(before: Span, after: Span) -> bool:
    """Whether no blank line separates two sentences (the parser may attach it to either)."""
    gap = (
        before.text[len(before.text.rstrip()):]
        + before.doc.text[before.end_char : after.start_char]
        + after.text[: len(after.text) - len(after.text.lstrip())]
    )
    return "\n\n" not in gap.replace("\r", "")


def _previous_main_actor(sent: Span) -> Span | None:
    """The main actor of the nearest previous sentence of the paragraph that has one."""
    current = sent
    for _ in range(LOOK_BACK):
        if current.start == 0:
            return None
        previous = current.doc[current.start - 1].sent
        if not same_paragraph(previous, current):
            return None
        if (found := main_actor(previous)) is not None:
            return found
        current = previous
    return None


def main_actor(sent: Span) -> Span | None:
    """The actor a sentence is mainly about: its main subject's, else its first non-source actor."""
    for child in sent.root.children:
        if child.dep_ in SUBJECT_DEPS and child.lower_ not in PRONOUNS:
            found = actor_of_phrase(child)
            if found is not None and not _is_source(found):
                return found
    actors = [a for a in sent.doc.spans.get(SPANS_KEY, []) if sent.start <= a.start and a.end <= sent.end]
    actors = [a for a in actors if not _is_source(a)]
    return actors[0] if actors else None


def _fronted_subject(pronoun: Token) -> Span | None:
    """ "Since its introduction in 2015, Sesame Credit has ...": the clause's subject, when the
    pronoun sits in a phrase placed before it."""
    node = pronoun
    while node.head is not node and node.head.pos_ not in ("VERB", "AUX"):
        node = node.head
    verb = node.head
    if node is verb or node.dep_ in SUBJECT_DEPS:
        return None
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS and child.i > pronoun.i and child.lower_ not in PRONOUNS:
            return actor_of_phrase(child)
    return None


def _clause_subject_before(pronoun: Token) -> Span | None:
    """ "the county of Suining had established its own system": a pronoun inside a clause
    refers to the clause's subject, when that subject comes before it."""
    for ancestor in pronoun.ancestors:
        if ancestor.pos_ not in ("VERB", "AUX"):
            continue
        for child in ancestor.children:
            if child.dep_ in SUBJECT_DEPS and child.i < pronoun.i and pronoun not in child.subtree:
                if child.lower_ in RELATIVE_PRONOUNS and ancestor.dep_ == "relcl":
                    return actor_of_phrase(antecedent(ancestor))
                if child.lower_ not in PRONOUNS:
                    return actor_of_phrase(child)
        return None
    return None


def _resolve_pronoun(token: Token) -> Subject | None:
    found = _fronted_subject(token)
    if found is not None:
        return _subject(found, "cataphora")
    found = _clause_subject_before(token)
    if found is not None and not _is_source(found):
        return _subject(found, "pronoun")
    found = _nearest_actor_before(token.sent, token.i)
    if found is not None:
        return _subject(found, "pronoun")
    return _subject(_previous_main_actor(token.sent), "previous-sentence")


def resolve_pronoun(token: Token) -> Span | None:
    """The actor a pronoun ("it", "its", "they") stands for, if one can be found."""
    found = _resolve_pronoun(token)
    return found.actor if found else None


# -- the subject of a claim ------------------------------------------------------------------


def _path(anchor: Token) -> list[Token]:
    """`anchor` and its ancestors, nearest first."""
    return [anchor, *anchor.ancestors]


def _clause_subject(verb: Token, path: set[int]) -> Subject | None:
    """The actor that is the subject of `verb` (its subject, its passive agent, or the
    antecedent of its relative pronoun), leaving out the claim's own words (`path`)."""
    for child in verb.children:
        if child.dep_ not in SUBJECT_DEPS or child.i in path:
            continue
        if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            found = actor_of_phrase(antecedent(verb))
            # "Le Figaro, which mentions ...": an outlet reports, it is not the topic
            return _subject(found, "relative-clause") if found is None or found.label_ != "outlet" else None
        if child.lower_ in PRONOUNS:
            return _resolve_pronoun(child)
        found = actor_of_phrase(child)
        # An outlet reports claims, it is not their topic ("Business Insider reports ...", "a
        # survey by Yesky.com found ...": the pollster is credited, see extract/attribution.py).
        if found is not None and found.label_ != "outlet":
            return _subject(found, "nsubj")
    for child in verb.children:  # passive agent: "licensed by the PBoC"
        if child.dep_ == "agent":
            for pobj in child.children:
                if (found := actor_of_phrase(pobj)) is not None:
                    return _subject(found, "agent")
    if verb.dep_ == "relcl" and _relative_pronoun(verb) is not None:
        found = actor_of_phrase(antecedent(verb))
        if found is not None and found.label_ != "outlet":
            return _subject(found, "relative-clause")
    return None


#: Heads of a partitive "one of the eight companies": the clause is about a member of the set.
PARTITIVES = {"one", "each", "any", "none", "some", "among", "two", "three", "all", "most", "many"}


def _is_partitive(anchor: Token) -> bool:
    """ "Sesame Credit is one of the eight companies that ...": the figure counts the set, and
    the clause's subject is only one member of it, so it is not the figure's subject."""
    head = anchor.head
    return head.lower_ == "of" and head.head.lower_ in PARTITIVES or head.lower_ == "among"


def subject_of(anchor: Token, fallback: bool = True) -> Subject | None:
    """The actor the claim carried by `anchor` is about (see the module docstring for the rules)."""
    found = actor_of_phrase(anchor, appositive=False)
    if found is not None and found.label_ != "outlet":
        return _subject(found, "phrase")
    if _is_partitive(anchor):
        return None
    path = _path(anchor)
    on_path = {t.i for t in path}
    for token in path[1:]:
        if token.pos_ in ("VERB", "AUX"):
            subject = _clause_subject(token, on_path)
            if subject is not None:
                return subject
        elif token.pos_ in ("NOUN", "PROPN"):
            # "Alipay, with 450 million users, ...": the claim hangs on an actor.
            found = actor_at(token)
            if found is not None and not _is_source(found):
                return _subject(found, "attached")
    if not fallback:
        return None
    return _subject(_nearest_actor_before(anchor.sent, anchor.i, arguments_only=True), "sentence")
