"""Perks and penalties: what a score brings, and the actor that grants or imposes it.

`sckb_perks_penalties` finds cue words from two vocabularies (corpus/vocab/perks.yaml and
penalties.yaml) with a spaCy Matcher, and turns each cue into one claim per perk or
penalty it introduces:

- "A high credit score brings benefits like expedited visas to Singapore and Luxembourg,
  as well as deposit-free bike sharing, hotels stays, and ... apartment rentals" gives four
  perks (a *list* cue: the items follow it, split at commas and "as well as");
- "deposit-free apartment rentals" is a perk by itself (a *phrase* cue);
- "users ... barred from rail travel" is a penalty "barred from rail travel".

Each claim's `object` is the normalised perk or penalty, its phrase the exact words, its
subject the scoring system or blacklist whose rating earns it (extract/subjects.py,
`scoring_system`: "a high Sesame score" -> Sesame Credit; "the blacklist" -> the Social Credit
System). Whoever delivers it is its grantor, kept as `extra["grantor"]`: the subject of the
cue's clause when that is an actor ("the Ministry of Civil Affairs ... place people on the
blacklist"), an actor a description stands for ("the state system"), an institution that is
none of our actors ("a university hospital in Shanghai"), else the actor the sentence names.
`extra["grantor"]`. Negated cues ("no penalties such as", "does not bar") give no claim.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from extract.actors import SPANS_KEY, actor_of
from extract.claims import Claim
from extract.subjects import scoring_system
from extract.vocab import load_vocab

#: Words that negate the cue they govern ("no perks such as", "does not bar").
NEGATIONS = {"no", "not", "never", "n't", "n’t", "nor", "neither"}
#: Verbs that cancel what their complement says ("refused to grant ...").
NEGATING_VERBS = {"refuse", "fail", "decline", "cease", "deny"}
#: Verbs that introduce reported speech: the grantor is never their subject.
REPORTING_VERBS = {"say", "report", "cite", "quote", "tell", "write", "warn", "note", "claim", "mention",
                   "add", "explain", "argue", "continue", "find", "show", "suggest", "estimate", "reveal"}
#: Actor types that never grant or impose anything in this sense.
NON_GRANTOR_TYPES = {"outlet", "person", "place"}
SCORE_NOUNS = {"score", "rating", "rank", "ranking", "credit"}
QUOTES = "“”\"‘’«»"
#: Dependents that belong to a noun phrase on the left of its head.
NP_LEFT = {"det", "amod", "compound", "nummod", "poss", "nmod", "npadvmod", "quantmod", "advmod"}


class VocabularyError(ValueError):
    """A perks or penalties vocabulary that cannot be used; says which and why."""


@dataclass
class Cue:
    kind: str  # perk | penalty
    predicate: str  # grants_perk | imposes_penalty
    category: str  # extra["category"]: deposit_waiver, barred, ...
    takes: str  # list | phrase | verb | clause | self
    label: str | None = None
    weak: bool = False
    grant: bool = False  # a granting verb: the perks follow a score condition
    prefix: bool = True  # list items read with the cue in front ("barred from" + item)
    split: bool = True  # the last list item splits at "and"/"or" between two heads
    context: frozenset = frozenset()
    grantor_types: tuple = ()


@dataclass
class Grammar:
    """How lists and clauses end, who receives, what a description stands for (perks.yaml)."""

    clause_openers: set
    stoppers: set
    connectors: list
    recipients: set
    grantor_nouns: set
    descriptions: dict = field(default_factory=dict)

    @classmethod
    def from_vocab(cls, entry: dict) -> "Grammar":
        connectors = sorted((c.split() for c in entry.get("connectors", [])), key=len, reverse=True)
        return cls(
            clause_openers={w.lower() for w in entry.get("clause_openers", [])},
            stoppers=set(entry.get("stoppers", [])),
            connectors=connectors,
            recipients={w.lower() for w in entry.get("recipients", [])},
            grantor_nouns={w.lower() for w in entry.get("grantor_nouns", [])},
            descriptions={k.lower(): list(v) for k, v in (entry.get("descriptions") or {}).items()},
        )


TAKES = {"list", "phrase", "verb", "clause", "self"}


def load_cues(vocab: dict, name: str) -> list[tuple[Cue, list]]:
    """The cues of one vocabulary, each with its Matcher patterns, in vocabulary order."""
    for key in ("kind", "predicate", "cues"):
        if key not in vocab:
            raise VocabularyError(f"vocabulary {name!r} lacks {key!r}")
    context = frozenset(w.lower() for w in vocab.get("context", []))
    types = tuple(vocab.get("grantor_types", []))
    cues = []
    for number, entry in enumerate(vocab["cues"], 1):
        takes = entry.get("takes", "phrase")
        if takes not in TAKES or not entry.get("patterns"):
            raise VocabularyError(f"vocabulary {name!r}, cue {number} ({entry.get('category')}): "
                                  f"needs patterns and takes one of {sorted(TAKES)}")
        cue = Cue(vocab["kind"], vocab["predicate"], entry.get("category", f"cue{number}"), takes,
                  label=entry.get("label"), weak=bool(entry.get("weak")), grant=bool(entry.get("grant")),
                  prefix=entry.get("prefix", takes == "list" and not entry.get("grant")),
                  split=entry.get("split", True),
                  context=context, grantor_types=types)
        cues.append((cue, entry["patterns"]))
    return cues


# --- Phrases: where a perk or penalty begins and ends -------------------------------------


class Phrases:
    """Token-level grammar: clause ends, list items, noun and verb phrases."""

    def __init__(self, grammar: Grammar):
        self.grammar = grammar

    def clause_end(self, doc: Doc, start: int) -> int:
        """Where the clause that starts at token `start` ends: a semicolon, a dash, a closing
        quote it did not open, or a comma followed by a new clause ("..., which")."""
        end = doc[start].sent.end if start < len(doc) else len(doc)
        depth, open_quote = 0, False
        for i in range(start, end):
            text, lower = doc[i].text, doc[i].lower_
            if text in "([":
                depth += 1
            elif text in ")]":
                if depth == 0:
                    return i
                depth -= 1
            elif depth:
                continue
            elif text in ("“", "‘"):
                open_quote = True
            elif text in ("”", "’") and open_quote:
                open_quote = False
            elif text == '"' and open_quote:
                open_quote = False
            elif text == '"' and i > start and not open_quote and doc[i - 1].whitespace_ == "":
                return i
            elif text == '"':
                open_quote = True
            elif text in self.grammar.stoppers or lower in self.grammar.stoppers:
                return i
            elif text == "," and i + 1 < end and doc[i + 1].lower_ in self.grammar.clause_openers:
                return i
        while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space) and doc[end - 1].text not in ")":
            end -= 1
        return end

    def list_items(self, doc: Doc, start: int, end: int, split: bool = True) -> list[tuple[int, int]]:
        """The items of a list between tokens `start` and `end`: split at commas, semicolons
        and "as well as"; the last item also at an "and"/"or" that joins two heads ("A, B and
        C", "free rides and discounts"), never inside an item ("visas to Singapore and
        Luxembourg", "airplane or train tickets"), nor when `split` is false (the object of a
        preposition cue: "restrictions on employment and travel" is one noun phrase)."""
        parts, part_start, depth, i = [], start, 0, start
        while i < end:
            text = doc[i].text
            if text in "([":
                depth += 1
            elif text in ")]":
                depth -= 1
            elif depth == 0 and text in (",", ";"):
                parts.append((part_start, i))
                part_start = i + 1
            elif depth == 0 and _words_at(doc, i, ["as", "well", "as"]):
                parts.append((part_start, i))
                part_start = i + 3
                i += 3
                continue
            i += 1
        parts.append((part_start, end))
        items = [p for p in (self.trim(doc, s, e) for s, e in parts) if p and self.is_item(doc, *p)]
        if items and split:
            items[-1:] = self.split_coordination(doc, *items[-1])
        return items

    def trim(self, doc: Doc, start: int, end: int) -> tuple[int, int] | None:
        """The part without leading connectors ("and", "as well as") and edge punctuation."""
        changed = True
        while changed and start < end:
            changed = False
            while start < end and (doc[start].is_punct or doc[start].is_space) and doc[start].text not in "(":
                start, changed = start + 1, True
            for words in self.grammar.connectors:
                if _words_at(doc, start, words) and start + len(words) <= end:
                    start, changed = start + len(words), True
                    break
        while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].pos_ == "CCONJ") \
                and doc[end - 1].text not in ")":
            end -= 1
        return (start, end) if start < end else None

    @staticmethod
    def is_item(doc: Doc, start: int, end: int) -> bool:
        """A part that names something: not a bare date adverbial ("as of October")."""
        content = [t for t in doc[start:end] if t.pos_ in ("NOUN", "PROPN", "VERB", "NUM", "ADJ")]
        if not content:
            return False
        return not all(t.ent_type_ in ("DATE", "TIME") or t.pos_ == "ADJ" for t in content)

    @staticmethod
    def split_coordination(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
        """Split "B and C" when the conjunction joins the item's own head to another head."""
        span = doc[start:end]
        root = span.root
        for token in span:
            if token.pos_ == "CCONJ" and token.head == root and start < token.i < end - 1:
                conj = [c for c in root.conjuncts if c.i > token.i and c.i < end]
                if conj:
                    return [(start, token.i), (token.i + 1, end)]
        return [(start, end)]

    def noun_phrase(self, doc: Doc, root: Token) -> tuple[int, int]:
        """The noun phrase a cue belongs to: its head noun with determiners, modifiers and
        prepositional complements, but no relative clause or apposition."""
        head = root
        for _ in range(3):
            if head.pos_ in ("NOUN", "PROPN") or head.head == head:
                break
            head = head.head
        start = head.i
        for child in reversed(list(head.lefts)):
            if child.dep_ not in NP_LEFT or child.right_edge.i != start - 1:
                break
            start = child.left_edge.i
        end = head.i + 1
        for child in head.rights:
            if child.dep_ in ("prep", "compound", "amod", "nummod") and child.i == end:
                end = child.right_edge.i + 1
        start = min(start, root.i)
        return start, min(max(end, root.i + 1), self.clause_end(doc, head.i))

    def verb_phrase(self, doc: Doc, root: Token) -> tuple[int, int]:
        """The verb phrase a cue belongs to ("see a doctor without standing in line")."""
        verb = root
        while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
            verb = verb.head
        return verb.i, min(verb.right_edge.i + 1, self.clause_end(doc, verb.i))


def _words_at(doc: Doc, i: int, words: list[str]) -> bool:
    return i + len(words) <= len(doc) and all(doc[i + k].lower_ == w for k, w in enumerate(words))


def normalise(span: Span) -> str:
    """The words of a perk or penalty, without parentheses, quotes, leading articles and
    spare spaces: "a bonus of 1,000 yuan (about $150 USD)" -> "bonus of 1,000 yuan"."""
    text, depth = [], 0
    for token in span:
        if token.text in "([":
            depth += 1
        elif token.text in ")]":
            depth = max(depth - 1, 0)
        elif not depth and not all(c in QUOTES for c in token.text):
            text.append(token.text + token.whitespace_)
        elif token.whitespace_:
            text.append(token.whitespace_)
    words = re.sub(r"\s+", " ", "".join(text)).strip(" ,;:.")
    words = re.sub(r"\s+([,.;:])", r"\1", words)
    return re.sub(r"^(?:a|an|the)\s+", "", words, flags=re.I)


# --- The component --------------------------------------------------------------------------


class PerkPenaltyFinder:
    def __init__(self, nlp: Language, vocabularies: list[tuple[str, dict]], grammar: Grammar):
        self.grammar = grammar
        self.phrases = Phrases(grammar)
        self.matcher = Matcher(nlp.vocab)
        self.conditions = Matcher(nlp.vocab)
        self.cues: list[Cue] = []
        for name, vocab in vocabularies:
            for cue, patterns in load_cues(vocab, name):
                key = f"{cue.kind}:{len(self.cues)}"
                try:
                    self.matcher.add(key, patterns)
                except Exception as error:  # spaCy reports bad patterns with its own error types
                    raise VocabularyError(f"vocabulary {name!r}, cue {cue.category!r}: bad pattern: {error}") from None
                self.cues.append(cue)
            if vocab.get("conditions"):
                self.conditions.add("condition", vocab["conditions"])

    def __call__(self, doc: Doc) -> Doc:
        if doc._.claims is None:
            doc._.claims = []
        matches = self._matches_by_cue(doc)
        taken: dict[str, list[tuple[int, int]]] = {"perk": [], "penalty": []}
        found = []
        for index, cue in enumerate(self.cues):
            for match in matches.get(index, []):
                if cue.takes == "list" and is_negated(match):  # "no penalties such as travel bans"
                    taken[cue.kind].append((match.start, self.phrases.clause_end(doc, match.end)))
                    continue
                for claim, item in self._claims(doc, cue, match):
                    if any(item[0] < e and s < item[1] for s, e in taken[cue.kind]):
                        continue
                    taken[cue.kind].append(item)
                    found.append(claim)
        doc._.claims.extend(sorted(found, key=lambda c: (c.phrase_start, c.phrase_end)))
        return doc

    def _matches_by_cue(self, doc: Doc) -> dict[int, list[Span]]:
        """Each cue's matches, the longest where they overlap, in text order."""
        grouped: dict[int, list[Span]] = {}
        for match_id, start, end in self.matcher(doc):
            index = int(doc.vocab.strings[match_id].split(":")[1])
            grouped.setdefault(index, []).append(doc[start:end])
        return {k: sorted(filter_spans(v), key=lambda s: s.start) for k, v in grouped.items()}

    def _claims(self, doc: Doc, cue: Cue, match: Span):
        sent = match.sent
        if cue.weak and not self._in_context(sent, cue):
            return
        if is_negated(match):
            return
        items = self._items(doc, cue, match)
        if not items:
            return
        grantor, grantor_text = self._grantor(doc, match, items, cue)
        for number, (start, end) in enumerate(items):
            item = doc[start:end]
            phrase_start = match.start if number == 0 and cue.prefix and match.end <= start else start
            if cue.takes == "clause":
                phrase_start = match.start
            phrase = doc[phrase_start:end]
            claim = Claim(
                kind=cue.kind, predicate=cue.predicate,
                phrase_start=phrase.start_char, phrase_end=phrase.end_char,
                quote_start=sent.start_char, quote_end=sent.end_char,
                method=f"{cue.kind}/{cue.category}", object=self._object(cue, match, item),
                confidence=0.5 if cue.weak else 0.7,
                extra={"category": cue.category, "cue": match.text},
            )
            self._credit(claim, match, grantor, grantor_text)
            yield claim, (start, end)

    @staticmethod
    def _credit(claim: Claim, match: Span, grantor: Span | None, grantor_text: str | None) -> None:
        """The claim's subject is the scoring system or blacklist whose rating earns the perk or
        penalty (extract/subjects.py, `scoring_system`); whoever delivers it (a hospital, a
        court, a dating site) is kept as extra["grantor"]."""
        system = scoring_system(match.root, grantor=grantor)
        if system is not None:
            claim.subject_id, claim.subject = system.id, system.name
            claim.extra["subject_rule"] = system.how
        if grantor is not None and (system is None or grantor.id_ != system.id):
            claim.extra["grantor"] = actor_of(grantor)[1]
        elif grantor is None and grantor_text:
            claim.extra["grantor"] = grantor_text

    @staticmethod
    def _in_context(sent: Span, cue: Cue) -> bool:
        return any(t.lemma_.lower() in cue.context or t.lower_ in cue.context for t in sent)

    def _items(self, doc: Doc, cue: Cue, match: Span) -> list[tuple[int, int]]:
        if cue.takes == "list":
            start = self._list_start(doc, cue, match)
            if start is None:
                return []
            end = self.phrases.clause_end(doc, start)
            if cue.grant:
                end = self._before_recipient(doc, start, end)
            return self.phrases.list_items(doc, start, end, split=cue.split)
        if cue.takes == "phrase":
            return [self.phrases.noun_phrase(doc, match.root)]
        if cue.takes == "verb":
            return [self.phrases.verb_phrase(doc, match.root)]
        if cue.takes == "clause":
            verb = _governing_verb(match.root) or match.root
            end = min(self.phrases.clause_end(doc, match.end), max(_clause_right_edge(verb) + 1, match.end))
            return [(match.start, max(match.end, end))]
        return [(match.start, match.end)]

    def _list_start(self, doc: Doc, cue: Cue, match: Span) -> int | None:
        """Where the items begin: right after the cue, or, after a granting verb, after the
        score condition that names the recipients ("offers its users with a high score ...")."""
        if not cue.grant:
            return match.end
        sent = match.sent
        end = self.phrases.clause_end(doc, match.end)
        conditions = [doc[s:e] for _, s, e in self.conditions(doc) if sent.start <= s and e <= sent.end]
        after = [c for c in filter_spans(conditions) if match.end <= c.start and c.end < end]
        if after:
            return after[0].end
        # "offers free rides to users with a score over 650"; "users with a high score are given ..."
        if any(match.end < c.start and c.end <= end or c.end <= match.start for c in conditions):
            return match.end
        return None

    def _before_recipient(self, doc: Doc, start: int, end: int) -> int:
        """Granted perks end where their recipients begin: "free rides | to users with ..."."""
        for i in range(start + 1, end - 1):
            if doc[i].lower_ in ("to", "for") and any(_is_recipient(t, self.grammar) for t in doc[i + 1:min(i + 4, end)]):
                return i
        return end

    @staticmethod
    def _object(cue: Cue, match: Span, item: Span) -> str:
        words = normalise(item)
        if cue.takes == "self":
            return cue.label or normalise(match)
        if cue.takes == "clause":
            rest = normalise(item.doc[match.end:item.end]) if item.end > match.end else ""
            return f"{cue.label or normalise(match)} {rest}".strip()
        if cue.takes == "list" and cue.prefix:
            prefix = cue.label or (normalise(match) if len(match) <= 2 else f"{match[0].text} {match[-1].text}")
            return f"{prefix} {words}"
        return words

    # --- who grants or imposes -------------------------------------------------------------

    def _grantor(self, doc: Doc, match: Span, items: list[tuple[int, int]], cue: Cue):
        """(actor span, None) for an actor, (None, text) for an institution we do not know,
        (None, None) when the text does not say."""
        in_items = list(items)
        verb = _governing_verb(match.root)
        for _ in range(5):
            if verb is None or verb.lemma_ in REPORTING_VERBS:
                break
            agent = _agent(verb)
            subject = agent if agent is not None else _subject(verb)
            if subject is not None and not _is_recipient(subject, self.grammar) and subject.lower_ != "it":
                actor = self._actor_in(doc, subject, in_items, cue)
                if actor is not None:
                    return actor, None
                described = self._described(doc, subject, cue)
                if described is not None:
                    return described, None
                if subject.lemma_.lower() in self.grammar.grantor_nouns:
                    return None, normalise(_noun_phrase_text(subject))
                if subject.lemma_.lower() in SCORE_NOUNS:
                    break
                if subject.head != verb:  # a relative clause about a thing ("a bonus, which allows")
                    verb = _next_verb(verb)
                    continue
                return None, None
            verb = _next_verb(verb)
        return self._sentence_actor(doc, match, in_items, cue), None

    def _actor_in(self, doc: Doc, head: Token, items, cue: Cue) -> Span | None:
        """The grantor among the actors of a subject noun phrase (relative clauses aside)."""
        skip = {t.i for child in head.children if child.dep_ == "relcl" for t in child.subtree}
        lo, hi = head.left_edge.i, head.right_edge.i + 1
        for span in doc.spans.get(SPANS_KEY, []):
            if lo <= span.start and span.end <= hi and span.start not in skip and _may_grant(span, cue) \
                    and not _inside(span, items):
                return span
        return None

    def _described(self, doc: Doc, head: Token, cue: Cue) -> Span | None:
        """The actor a definite description stands for: "the state system" -> the last
        program mentioned before it."""
        types = self.grammar.descriptions.get(head.lemma_.lower())
        determiners = {c.lower_ for c in head.children if c.dep_ in ("det", "poss")}
        if not types or not determiners & {"the", "this", "that", "its", "their"}:
            return None
        before = [s for s in doc.spans.get(SPANS_KEY, []) if s.end <= head.left_edge.i and s.label_ in types]
        return before[-1] if before else None

    def _sentence_actor(self, doc: Doc, match: Span, items, cue: Cue) -> Span | None:
        """The scoring actor the sentence names, when the clause names no grantor: of the
        preferred types first, then the nearest to the cue."""
        sent = match.sent
        credited = _credit_tokens(sent)
        candidates = [s for s in doc.spans.get(SPANS_KEY, [])
                      if sent.start <= s.start and s.end <= sent.end and _may_grant(s, cue)
                      and not _inside(s, items) and s.start not in credited]
        if not candidates:
            return None
        rank = {t: n for n, t in enumerate(cue.grantor_types)}
        return min(candidates, key=lambda s: (rank.get(s.label_, len(rank)), abs(s.start - match.start)))


def _inside(span: Span, items) -> bool:
    return any(s <= span.start and span.end <= e for s, e in items)


def _may_grant(span: Span, cue: Cue) -> bool:
    return span.label_ not in NON_GRANTOR_TYPES and (not cue.grantor_types or span.label_ in cue.grantor_types)


def _credit_tokens(sent: Span) -> set[int]:
    """Tokens that credit a source ("according to X, which mentions ... Y"): their actors
    are sources, not grantors."""
    tokens: set[int] = set()
    for token in sent:
        if token.lower_ == "according" or token.text == "(":
            tokens |= {t.i for t in token.subtree}
    for i, token in enumerate(sent):
        if token.text == "(":
            close = next((t.i for t in sent[i:] if t.text == ")"), sent.end)
            tokens |= set(range(token.i, close))
    return tokens


def is_negated(match: Span) -> bool:
    """Whether the cue is negated: "no perks such as", "does not bar", "refused to offer"."""
    inside = {t.i for t in match}
    root = match.root
    heads = [root] + ([root.head] if root.head != root and root.dep_ in ("dobj", "attr", "nsubjpass", "pobj") else [])
    for head in heads:
        for child in head.children:
            if child.i not in inside and child.lower_ in NEGATIONS and child.dep_ in ("neg", "det", "advmod", "preconj"):
                return True
    verb = _governing_verb(root)
    while verb is not None and verb.dep_ in ("xcomp", "ccomp") and verb.head != verb:
        if verb.head.lemma_ in NEGATING_VERBS:
            return True
        verb = verb.head
    return False


def _governing_verb(token: Token) -> Token | None:
    for _ in range(6):
        if token.pos_ in ("VERB", "AUX") or token.dep_ == "ROOT":
            return token
        token = token.head
    return None


def _subject(verb: Token) -> Token | None:
    """The verb's active subject; a relative pronoun stands for the noun its clause modifies.
    A passive subject is whom the verb happens to, so it is not returned."""
    for child in verb.children:
        if child.dep_ in ("nsubjpass", "csubjpass"):
            return None
        if child.dep_ in ("nsubj", "csubj"):
            if child.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
                return verb.head
            return child
    return None


def _agent(verb: Token) -> Token | None:
    """X of a passive "... by X"."""
    for child in verb.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _next_verb(verb: Token) -> Token | None:
    """The clause above, when this one names no grantor: through infinitives, adverbial and
    coordinated clauses, complements, and relative clauses (to the verb of the noun they
    modify); the caller never climbs out of reported speech ("X says ...")."""
    if verb.dep_ in ("xcomp", "ccomp", "advcl", "conj", "pcomp", "prep"):
        return _governing_verb(verb.head)
    if verb.dep_ in ("relcl", "acl") and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") and c.tag_ not in ("WDT", "WP")
                                                  for c in verb.children):
        return _governing_verb(verb.head.head) if verb.head.head != verb.head else None
    return None


def _clause_right_edge(verb: Token) -> int:
    """The last token of the verb's own clause, coordinated clauses aside."""
    kept = [c.right_edge.i for c in verb.rights if c.dep_ not in ("conj", "cc", "punct")]
    return max([verb.i, *kept])


def _is_recipient(token: Token, grammar: Grammar) -> bool:
    return token.lemma_.lower() in grammar.recipients or token.lower_ in grammar.recipients


def _noun_phrase_text(head: Token) -> Span:
    skip = [c for c in head.children if c.dep_ in ("relcl", "appos", "punct") and c.i > head.i]
    end = min([c.left_edge.i for c in skip] + [head.right_edge.i + 1])
    return head.doc[head.left_edge.i:end]


@Language.factory(
    "sckb_perks_penalties",
    default_config={"perks_path": None, "penalties_path": None},
)
def make_perk_penalty_finder(nlp: Language, name: str, perks_path: str | None, penalties_path: str | None):
    """Config: `perks_path` and `penalties_path` name other vocabulary files (default:
    corpus/vocab/perks.yaml and penalties.yaml); the list grammar comes from the perks file."""
    perks = load_vocab("perks", perks_path)
    penalties = load_vocab("penalties", penalties_path)
    return PerkPenaltyFinder(nlp, [("perks", perks), ("penalties", penalties)],
                             Grammar.from_vocab(perks.get("grammar") or {}))
