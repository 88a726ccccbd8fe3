"""Perks and penalties: what a score brings, and the actor that grants or imposes it.

`sckb_perks_penalties` finds cue words from two vocabularies (corpus/vocab/perks.yaml and
penalties.yaml) with a spaCy Matcher (a cue lies in one sentence: a headline's "perks multiply" and the
byline's "Source:" under it are none), and turns each cue into one claim per perk or
penalty it introduces:

- "A high credit score brings benefits like expedited visas to Singapore and Luxembourg,
  as well as deposit-free bike sharing, hotels stays, and ... apartment rentals" gives four
  perks (a *list* cue: the items follow it, split at commas and "as well as");
- "deposit-free apartment rentals" is a perk by itself (a *phrase* cue), and so is a deposit waived, dropped or
  scrapped in any sentence ("dropped their deposits for users with 650 points": a *clause* cue);
- "users ... barred from rail travel" is a penalty "barred from rail travel"; whom a verb bars may be
  marked by a participle ("bars listed firms from public tenders"), and a second party with the particle
  again is barred from its own item ("..., and their legal representatives from serving as directors"), and
  so is a count of other parties with the particle again, the verb left out ("barred from buying plane tickets
  and 4.9 million from train tickets": two penalties); whom it bars may be "would-be" ones ("blocked 17.5
  million would-be air travellers from buying tickets");
- a point in time that closes an item is no part of it ("banned from taking flights as of 2017", "... last
  year"); a length stays ("for five years"), and so does a tally since a time (below).

Each claim's `object` is the normalised perk or penalty, its phrase the exact words, its
subject the scoring system or blacklist whose rating earns it (extract/subjects.py,
`scoring_system`: "a high Sesame score" -> Sesame Credit; "the blacklist" -> the Social Credit
System). Whoever delivers it is its grantor, kept as `extra["grantor"]`: the subject of the
cue's clause when that is an actor ("the Ministry of Civil Affairs ... place people on the
blacklist"), an actor a description stands for ("the state system"), an institution that is
none of our actors ("a university hospital in Shanghai"), else the actor the sentence names.
Negated cues ("no penalties such as", "does not bar") give no claim, nor do prohibitions and
restrictions ("forbid blacklisting people for jaywalking", "may blacklist people only where a
law allows it"), weak cues inside a name ("the Free University of Berlin"), participles that
describe the recipients ("Blacklisted debtors were refused ..."; cue option `not_as_modifier`),
inabilities that say whom ("people who cannot pay"; `not_in_description`) or that are of knowing ("could not name",
"the two numbers cannot simply be compared": penalties.yaml `unrestricted_acts`), rules on how a score may be used
("a low score may not be used to deny anyone transport": `_rule_on_scores`), feared possibilities
("critics fear debtors could be barred"), cues in a clause that a denied case opens ("in none of the
cities is ..."), a perk named as what one loses or is cost ("losing their deposit waivers", "lose access
to subsidised loans", "can cost you deposit-free rentals", "their deposit-free services withdrawn": the
clause reader's penalty), nor a bare listing ("was listed in 2019 over a
debt": an event, no penalty), nor a tally of a penalty's use ("refused 23.4 million flight bookings",
"blocked 2.4 million ticket purchases": a figure; grammar `tally_nouns`), nor a count of those listed ("placed 2,140
people on the national list", "1,247 enterprises had been included in the list": a figure), nor a sanction lifted
("her rail ban was lifted", "apply to have their restrictions suspended": grammar `lifting_verbs`), nor a perk or
penalty summed up since a time ("has waived deposits worth 96 billion yuan since its launch").

List items end where "and" opens another clause: a subject of its own ("..., and their children cannot
enrol") or the same subject's next verb in the present with an object ("... and lowers their score").
List items split at commas, "as well as", and at "and"/"or" before a noun phrase that names a
perk or penalty of its own (grammar `item_heads`, `item_modifiers`: "discounts on heating bills
and priority at hospitals", "... and cheaper loans"), wherever the parser hung it; not a verb's
list of objects ("barred from serving as directors, supervisors or senior managers"), places of one
act ("on the screens at the station and in the cinemas"), nor the examples of a restriction
(grammar `illustrated_nouns`: "restrictions on high consumption, including air travel and ..."): one
item that starts at its cue and names it once ("barred from luxury spending such as ...").

Perks of a score condition (`_conditioned`): after a condition of perks.yaml ("residents who
score 150 or above", "guests with at least 600 points", "users with good payment records"),
the next verb is what the recipients can do: one perk per coordinated verb phrase ("check in
without a deposit and check out without queuing"), one per object of a receiving verb
("receive discounts on X and priority in Y"), one for a sequence ("see a doctor first and pay
afterwards", "stay now and pay later", not "free of charge for the first hour": an adjective is no step;
`Phrases.steps`); not a letter grade the
condition leads to ("earn an "AA" rating", "will be placed in Class A", "of whom 38,000 were rated AAA and 2,700
were rated D.": the standing that earns the perks).
A receiving verb in the past right after a grade, which the parser reads as a modifier ("Firms rated A
received faster clearance, lower deposits and ..."), is the recipients' verb, and the list after it the
perks; so is one in the present the tagger reads as a plural noun heading the sentence ("A highly rated
company benefits from lower audit rates, ... and ...": `_misread_receiving_noun`).

What a card or pass gives is a list of perks ("receive a "Maple Pass", which gives free entry to ..., ... and
...": cue `pass_perks`; the card is none, grammar `pass_nouns`). A colon after a lead-in of perks or
penalties opens a list when semicolons or bullets part its items, or, after a clause (not a field's label:
"Published: 14 November 2023, 07:30"), commas part phrases with no finite verb ("enjoy what we call a "green
channel": priority handling of approvals, fewer inspections, and ..."); a clause after the colon is no item
up to its auxiliary ("joint punishment of blacklisted firms: those on the lists can be barred from ...").
Lists end at the next cue ("Points are added for A, B and C, and deducted for D"), at a closing credit ("..., the Southern Metropolis Daily reported"), and at the last verb
of a series that is not under the cue's modal ("are named on boards, may not bid for contracts, and lose their
rebates"). A lead-in that says nothing of what it lists takes the kind from the heading of its section, a
short line that names perks or penalties ("Perks of a high score // Here is what I have used: // - ...";
`_heading_kind`); a lead-in with no verb that names parties of a standing, over items that each open with a
verb or a modal, by that standing ("Defaulters on the list: // - cannot buy plane tickets // - are barred
from ..."; not over names: "Blacklisted debtors: // - Zhou Hai, 51"). A cue that ends at a colon whose list
the colon-list reader takes part by part ("may not: (1) take aircraft, soft sleepers or ...; (2) ...")
leaves the items to it, each part whole.

A table's column of consequences (grammar `table_headers`: "Main consequences", "Typical consequence",
"Perks") holds one perk or penalty per item of a row's cell, items parted by semicolons ("| Tax grade D |
SAT | Invoice rationing; closer audit |", or a PDF's row laid out with spaces): of the kind the header
names, else of the standing the row's label names ("Tax grade A", "C", "Seriously dishonest list",
"AEO Advanced Certified"); rows are read by extract/tables.py. A list cue or colon before the header
("their main consequences are: Grade  Score  ...") gives none of its own.

An encyclopedia's footnote markers are no words of a perk or penalty ("tickets[5]" is "tickets") and no
object of its verb ("has denied that purchases lower a score.[4]" refuses nothing: extract/consequences.py
`_object`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from dateutil.parser import parserinfo

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from extract.actors import FINITE_VERB_TAGS, SPANS_KEY, actor_of, is_description
from extract.claims import Claim
from extract.clean import is_bullet, is_footnote_marker, list_marker_end
from extract.consequences import (GROUNDS_PREPS, NEGATING_VERBS, REASON_MARKS, ClauseReader, ClauseWords, asking,
                                   conditional, denied_in_scope, describing, grade_letter, hypothetical,
                                   later_item_of_series, negated_here, negative_inversion, no_longer, of_no_case,
                                   one_object, own_thing, said)
from extract.cue_matcher import CueMatcher
from extract.numbers import YEAR, doc_text, line_at
from extract.subjects import actor_mentions, is_named_blacklist, same_paragraph, scoring_system
from extract.tables import cell_items, pipe_row, rows_under_header, spaced_row
from extract.vocab import load_vocab

#: Modals of a rule: what "will" or "may" befall a party is a consequence, not a report that it did.
RULE_MODALS = frozenset({"will", "shall", "may", "can", "could", "would", "must", "might"})
#: Words that negate the cue they govern ("no perks such as", "does not bar").
NEGATIONS = {"no", "not", "never", "n't", "n’t", "nor", "neither"}
#: Verbs that introduce reported speech: the grantor is never their subject.
REPORTING_VERBS = {"say", "report", "cite", "quote", "tell", "write", "warn", "note", "claim", "mention",
                   "add", "explain", "argue", "continue", "find", "show", "suggest", "estimate", "reveal"}
#: Actor types that never grant or impose anything in this sense.
NON_GRANTOR_TYPES = {"outlet", "person", "place"}
SCORE_NOUNS = {"score", "rating", "rank", "ranking", "credit"}
#: What a score is made of or is: a rule that says what it may not be used for binds those who score.
SCORED_THINGS = SCORE_NOUNS | {"data", "information", "record", "blacklist"}
QUOTES = "“”\"‘’«»"
#: Parts of speech of the words that end a cue after whom it bars ("blocked people from", "shut out of").
PARTICLE_POS = {"ADP", "PART", "ADV"}
#: Dependents that belong to a noun phrase on the left of its head.
NP_LEFT = {"det", "amod", "compound", "nummod", "poss", "nmod", "npadvmod", "quantmod", "advmod"}


#: Words by which a noun points at the list after it ("the following measures").
LIST_POINTERS = frozenset({"following", "these", "below"})
#: The match key of conditions that name no recipients (perks.yaml `open_conditions`).
OPEN_CONDITION = "open_condition"
#: Modals of what a party can do ("above 650 you can rent chargers").
ABILITY_MODALS = frozenset({"can", "may", "could"})
#: Cells of a table's column of consequences that name none.
NO_ITEMS = frozenset({"none", "n/a", "na", "-", "–", "—", "nil", "no change"})
#: A cell that counts ("212,000" under "Rewards claimed"): a figure, no perk or penalty.
COUNT_CELL = re.compile(r"[\d.,%\s]+(?:million|billion|thousand)?")
#: The most words of a table's header cell that names a column ("Typical consequence").
HEADER_WORDS = 4
#: Pronouns that open a sentence about the parties of the sentence before ("They cannot ...").
REFERRING_PRONOUNS = frozenset({"they", "these", "those", "such"})


#: Prepositions that open an adjunct of when ("as of 2017", "in March", "since 2019", "by the end of 2018");
#: not "for" or "within", which say how long a penalty lasts ("barred for five years").
WHEN_PREPS = frozenset({"as", "of", "in", "since", "by", "until", "till", "through", "at", "on", "during", "the", "end"})
#: Words that make a date a point in time rather than a length ("last year", "earlier this month", "in March").
POINT_WORDS = frozenset({"last", "this", "next", "ago", "yesterday", "today", "earlier", "recently", "previous"}
                        | {name.lower() for names in parserinfo.MONTHS for name in names})


#: Parts of speech of a count of parties in a gapped coordination ("and 4.9 million people from ...").
GAPPED_COUNT_POS = frozenset({"NUM", "NOUN", "ADJ", "DET", "ADV", "SYM"})


#: The most words of a section's heading ("Perks of a high score", "What defaulters lose").
HEADING_WORDS = 8
#: Marks that close a sentence or a label, which a heading has none of ("?" it may: a question heads an answer).
CLOSING_MARKS = frozenset(".:;,!")


def _section_heading(sent: Span) -> Span | None:
    """The heading over the paragraph of `sent`: the sentence before the paragraph's first, when it is
    a few words on a line of its own with no closing stop ("Perks of a high score")."""
    doc, first = sent.doc, sent
    while first.start > 0 and same_paragraph(before := doc[first.start - 1].sent, first):
        first = before
    if first.start == 0:
        return None
    heading = doc[first.start - 1].sent
    words = [t for t in heading if not (t.is_space or t.is_punct)]
    text = heading.text.strip()
    if not words or len(words) > HEADING_WORDS or text[-1] in CLOSING_MARKS or is_bullet(heading[0].text):
        return None
    return heading


#: Actor types that are someone a perk or penalty happens to (or who grants it), never the perk
#: or penalty itself.
PARTY_TYPES = {"person", "company", "organization", "government", "court", "outlet"}


def _cumulative(phrase: Span) -> bool:
    """ "waived deposits worth 96 billion yuan since its launch": an amount or a count summed up since a
    time, what a perk or a penalty has come to, not what it is."""
    since = next((t for t in phrase if t.lower_ == "since" and t.dep_ == "prep"), None)
    # a cardinal number, not an ordinal word like_num also takes ("first-class seats since 2019")
    return since is not None and any(t.like_num and t.tag_ == "CD" for t in phrase[:since.i - phrase.start])


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
    needs: frozenset = frozenset()  # lemmas one of which the sentence must hold ("point")
    #: a participle describing the recipients ("Blacklisted debtors") is their condition, no claim
    not_as_modifier: bool = False
    #: a restrictive relative clause says whom it describes ("people who cannot pay"), no claim
    not_in_description: bool = False
    #: what a party cannot be handed is read from the clause ("cannot be sold a seat": refused a seat)
    active_only: bool = False
    #: the other kind where the sentence speaks of good standing only ("names posted on a red board")
    by_standing: bool = False


@dataclass
class Grammar:
    """How lists and clauses end, who receives, what a description stands for (perks.yaml)."""

    clause_openers: set
    stoppers: set
    connectors: list
    recipients: set
    grantor_nouns: set
    descriptions: dict = field(default_factory=dict)
    sequence_words: set = field(default_factory=set)
    receiving_verbs: set = field(default_factory=set)
    granting_verbs: set = field(default_factory=set)
    enabling_verbs: set = field(default_factory=set)
    benefit_nouns: set = field(default_factory=set)
    pass_nouns: set = field(default_factory=set)
    sanction_nouns: set = field(default_factory=set)
    collective_nouns: set = field(default_factory=set)
    rule_nouns: set = field(default_factory=set)
    negative_conditions: set = field(default_factory=set)
    prohibiting_verbs: set = field(default_factory=set)
    restricting_words: list = field(default_factory=list)
    losing_verbs: set = field(default_factory=set)
    having_nouns: set = field(default_factory=set)
    item_heads: set = field(default_factory=set)
    item_modifiers: set = field(default_factory=set)
    fearing_verbs: set = field(default_factory=set)
    kind_modifiers: set = field(default_factory=set)
    illustrated_nouns: set = field(default_factory=set)
    tally_nouns: set = field(default_factory=set)
    lifting_verbs: set = field(default_factory=set)
    ban_nouns: set = field(default_factory=set)
    table_headers: dict = field(default_factory=dict)
    naming_verbs: set = field(default_factory=set)

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
            sequence_words={w.lower() for w in entry.get("sequence_words", [])},
            receiving_verbs={w.lower() for w in entry.get("receiving_verbs", [])},
            granting_verbs={w.lower() for w in entry.get("granting_verbs", [])},
            enabling_verbs={w.lower() for w in entry.get("enabling_verbs", [])},
            benefit_nouns={w.lower() for w in entry.get("benefit_nouns", [])},
            pass_nouns={w.lower() for w in entry.get("pass_nouns", [])},
            sanction_nouns={w.lower() for w in entry.get("sanction_nouns", [])},
            collective_nouns={w.lower() for w in entry.get("collective_nouns", [])},
            rule_nouns={w.lower() for w in entry.get("rule_nouns", [])},
            negative_conditions={w.lower() for w in entry.get("negative_conditions", [])},
            prohibiting_verbs={w.lower() for w in entry.get("prohibiting_verbs", [])},
            restricting_words=[w.lower().split() for w in entry.get("restricting_words", [])],
            losing_verbs={w.lower() for w in entry.get("losing_verbs", [])},
            having_nouns={w.lower() for w in entry.get("having_nouns", [])},
            item_heads={w.lower() for w in entry.get("item_heads", [])},
            item_modifiers={w.lower() for w in entry.get("item_modifiers", [])},
            fearing_verbs={w.lower() for w in entry.get("fearing_verbs", [])},
            kind_modifiers={w.lower() for w in entry.get("kind_modifiers", [])},
            illustrated_nouns={w.lower() for w in entry.get("illustrated_nouns", [])},
            tally_nouns={w.lower() for w in entry.get("tally_nouns", [])},
            lifting_verbs={w.lower() for w in entry.get("lifting_verbs", [])},
            ban_nouns={w.lower() for w in entry.get("ban_nouns", [])},
            table_headers={str(k).lower(): str(v) for k, v in (entry.get("table_headers") or {}).items()},
            naming_verbs={w.lower() for w in entry.get("naming_verbs", [])},
        )


TAKES = {"list", "phrase", "verb", "clause", "self", "object"}


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
                  context=context, grantor_types=types,
                  needs=frozenset(w.lower() for w in entry.get("needs", [])),
                  not_as_modifier=bool(entry.get("not_as_modifier")), by_standing=bool(entry.get("by_standing")),
                  not_in_description=bool(entry.get("not_in_description")), active_only=bool(entry.get("active_only")))
        cues.append((cue, entry["patterns"]))
    return cues


# --- Phrases: where a perk or penalty begins and ends -------------------------------------


class Phrases:
    """Token-level grammar: clause ends, list items, noun and verb phrases."""

    def __init__(self, grammar: Grammar):
        self.grammar = grammar

    def clause_end(self, doc: Doc, start: int) -> int:
        """Where the clause that starts at token `start` ends: a semicolon, a dash, a closing
        quote it did not open, or a comma followed by a new clause ("..., which"). The list a
        colon opens runs on past its semicolons and bullets ("may be: barred from ...; denied
        ...; and named ...")."""
        end = doc[start].sent.end if start < len(doc) else len(doc)
        depth, open_quote = 0, False
        listed = _after_colon(doc, start)
        markers = {j for i in range(start, end) if listed and _line_bullet(doc[i])
                   for j in range(i, list_marker_end(doc, i))}  # "(b)": its bracket closes nothing
        for i in range(start, end):
            text, lower = doc[i].text, doc[i].lower_
            if listed and (text == ";" or text == ":" and i == start or i in markers):
                continue
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
            elif text == "," and _credit_follows(doc, i, end):  # "..., the Southern Metropolis Daily reported."
                return i
            elif text == "," and i > start and _new_clause_follows(doc, i, end):  # "..., and their children cannot"
                return i
            elif doc[i].pos_ == "CCONJ" and i > start and _new_clause_follows(doc, i - 1, end):
                return i  # "... projects and their managers cannot register ..."
        while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space) and doc[end - 1].text not in ")":
            end -= 1
        return end

    def list_items(self, doc: Doc, start: int, end: int, split: bool = True) -> list[tuple[int, int]]:
        """The items of a list between tokens `start` and `end`: split at commas, semicolons
        and "as well as"; the last item also at an "and"/"or" that joins two heads ("A, B and
        C", "free rides and discounts"), never inside an item ("visas to Singapore and
        Luxembourg", "airplane or train tickets"), nor when `split` is false (the object of a
        preposition cue: "restrictions on employment and travel" is one noun phrase)."""
        if self.illustrated(doc, start, end):
            whole = self.trim(doc, start, end)
            return [whole] if whole else []
        parts, part_start, depth, i = [], start, 0, start
        # "invoices issued on demand, without the cap; faster refunds": semicolons part items that hold commas
        separators = (";",) if _separates(doc, start, end, ";") else (",", ";")
        while i < end:
            text = doc[i].text
            if depth == 0 and _line_bullet(doc[i]):  # "\n(b) named publicly": the marker parts the items
                parts.append((part_start, i))
                part_start = i = list_marker_end(doc, i)
                continue
            if text in "([":
                depth += 1
            elif text in ")]":
                depth -= 1
            elif depth == 0 and text in separators:
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
        items = _inner_lists_joined(doc, items)
        # "restrict high consumption, not movement": a part set against the list is none of it
        items = [p for n, p in enumerate(items) if not (n and doc[p[0]].lower_ in ("not", "never"))]
        # "use Huabei, Ant's virtual credit card, or buy tickets": an apposition names the item before
        if "," in separators:
            items = [p for n, p in enumerate(items) if not (n and _apposition(doc[p[0]:p[1]], items[n - 1]))]
        # "restrictions on issuing bonds, receiving subsidies and buying land": acts split even where nouns do not
        if items and (split or doc[items[-1][0]].tag_ == "VBG"):
            items[-1:] = self.split_coordination(doc, *items[-1], listed=len(items) > 1)
            items = [part for item in items for part in _split_determined(doc, *item)]
            items = [part for item in items for part in self.split_parallel(doc, *item)]
        return items

    def in_sequence(self, words) -> bool:
        """Whether words hold a step of a sequence ("see a doctor first and pay afterwards", "before
        paying"); not an adjective of a noun ("free of charge for the first hour", "in later years")."""
        return any(t.lower_ in self.grammar.sequence_words and t.dep_ != "amod" for t in words)

    @staticmethod
    def split_at_verbs(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
        """ "borrow up to 20 books at a time, ride city buses at a discount": a base-form verb after a
        comma opens the next verb phrase of a list, wherever the parser hung it ("ride" read as a
        noun's modifier)."""
        cuts = [t.i for t in doc[start + 2:end] if t.tag_ == "VB" and doc[t.i - 1].text == ","]
        bounds = [start, *cuts, end]
        return [(lo, hi - 1 if hi in cuts else hi) for lo, hi in zip(bounds, bounds[1:])]

    def illustrated(self, doc: Doc, start: int, end: int) -> bool:
        """ "high consumption, including flights and star-rated hotels": a perk or restriction (grammar
        `illustrated_nouns`) followed by examples that illustrate it is one item with its examples."""
        such = next((t.i for t in doc[start:end] if t.lower_ in ("including", "like")
                     or t.lower_ == "such" and t.i + 1 < end and doc[t.i + 1].lower_ == "as"), None)
        return such is not None and any(t.lemma_.lower() in self.grammar.illustrated_nouns for t in doc[start:such])

    def split_parallel(self, doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
        """ "discounts on heating bills and priority at public hospitals", "the 299-yuan deposit on a bike
        account and the 99-yuan deposit of power-bank apps": after "and"/"or", a noun phrase whose head
        names a perk or penalty of its own (grammar `item_heads`) or repeats the item's head starts
        another item, wherever the parser hung it ("priority" as a conjunct of "bills"); not a second object
        of the verb that opens the item ("receiving government funds and subsidies": one item)."""
        root = doc[start:end].root
        for token in doc[start + 1:end - 1]:
            if token.pos_ != "CCONJ" or token.lower_ not in ("and", "or"):
                continue
            if not any(t.pos_ in ("NOUN", "PROPN") for t in doc[start:token.i]):
                continue
            after = doc[token.i + 1]
            modifier = after.pos_ == "ADJ" and (after.tag_ == "JJR" or after.lower_ in self.grammar.item_modifiers) \
                or after.pos_ == "NOUN" and after.dep_ == "compound" and after.lemma_.lower() in self.grammar.item_heads
            if modifier and after.i + 1 < end and doc[after.i + 1].pos_ in ("NOUN", "PROPN"):
                # "... and cheaper loans", "... and priority appointments": the parser may hang the modifier anywhere
                return [(start, token.i), *self.split_parallel(doc, token.i + 1, end)]
            head = _phrase_head(doc, token.i + 1, end)
            if head is None:
                continue
            if _objects_of_one_verb(root, head):
                continue  # "receiving government funds and subsidies": what one verb takes is one item
            heads = self.grammar.item_heads | self.grammar.benefit_nouns | self.grammar.sanction_nouns
            if head.lemma_.lower() in heads or self._of_its_own(head) \
                    or head.i != root.i and root.pos_ == "NOUN" and head.lemma_ == root.lemma_:
                return [(start, token.i), *self.split_parallel(doc, token.i + 1, end)]
        return [(start, end)]

    def trim(self, doc: Doc, start: int, end: int) -> tuple[int, int] | None:
        """The part without leading connectors ("and", "as well as"), list markers and edge punctuation."""
        changed = True
        while changed and start < end:
            changed = False
            while start < end and (doc[start].is_punct or doc[start].is_space) and doc[start].text not in "(":
                start, changed = start + 1, True
            if start < end and _line_bullet(doc[start]):  # "(b) named publicly", "2. fewer inspections"
                start, changed = list_marker_end(doc, start), True
            for words in self.grammar.connectors:
                if _words_at(doc, start, words) and start + len(words) <= end:
                    start, changed = start + len(words), True
                    break
        while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].pos_ == "CCONJ") \
                and doc[end - 1].text not in ")":
            end -= 1
        end = _before_time_adjunct(doc, start, end)
        opening = next((i for i in range(end - 1, start, -1) if doc[i].text == "("), None)
        if end - start > 2 and doc[end - 1].text == ")" and opening is not None \
                and any(t.pos_ in ("VERB", "AUX") for t in doc[opening:end]):
            end = opening  # "cheaper loans (how much cheaper, the bank would not say)": an aside, no part of it
            while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
                end -= 1
        return (start, end) if start < end else None

    @staticmethod
    def is_item(doc: Doc, start: int, end: int) -> bool:
        """A part that names something: not a bare date adverbial ("as of October"), nor someone
        ("Persons subject to enforcement: Mr Zhang (...); Jiangxi Huarui Co., Ltd.": whom, not what), nor
        the opening of a clause up to its auxiliary ("...: those on the lists can be barred from ...", whose
        own verb is the cue)."""
        content = [t for t in doc[start:end] if t.pos_ in ("NOUN", "PROPN", "VERB", "NUM", "ADJ")]
        if not content or doc[end - 1].pos_ == "AUX":
            return False
        root = doc[start:end].root
        listed = start == 0 or doc[start - 1].is_punct or doc[start - 1].is_space  # not "reported to Baihang"
        if listed and any(m.start <= root.i < m.end and m.label_ in PARTY_TYPES for m in doc.spans.get(SPANS_KEY, [])):
            return False
        return not all(t.ent_type_ in ("DATE", "TIME") or t.pos_ == "ADJ" for t in content)

    def split_coordination(self, doc: Doc, start: int, end: int, listed: bool = False) -> list[tuple[int, int]]:
        """Split "B and C" when the conjunction joins the item's own head to another head;
        "or" only between verbs or in a list with commas ("cannot fly, ride trains, check into
        hotels or enrol their children": four; "traffic offences or unpaid debts": one noun
        phrase), and never between steps of one sequence ("see a doctor first and pay
        afterwards")."""
        span = doc[start:end]
        root = span.root
        for token in span:
            if token.pos_ == "CCONJ" and listed and start < token.i < end - 1 and token.head != root:
                # in a list, "tutoring children and recycling", "the purchase of property and
                # fee-paying schools": the parser may hang the last item on a word of the one before
                after = next((c for c in doc[token.i + 1:end] if c.left_edge.i == token.i + 1 and c.dep_ == "conj"), None)
                if after is not None and after.pos_ in ("VERB", "NOUN") and start <= after.head.i < token.i:
                    return [(start, token.i), (token.i + 1, end)]
            if token.pos_ == "CCONJ" and doc[token.i + 1].pos_ == "ADP" and doc[token.i + 1].dep_ == "conj":
                continue  # "on the screens at the station and in the cinemas": places of one act
            if token.pos_ == "CCONJ" and token.head == root and start < token.i < end - 1:
                conj = [c for c in root.conjuncts if c.i > token.i and c.i < end]
                if not conj:
                    continue
                if token.lower_ in ("or", "nor") and not (listed or root.pos_ in ("VERB", "AUX")):
                    continue
                if root.pos_ in ("VERB", "AUX") and self.in_sequence(span):
                    continue
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
        while head.dep_ == "compound" and head.head.pos_ in ("NOUN", "PROPN") and head.i < head.head.i:
            head = head.head  # "fast-track visa service": the cue's word modifies the head noun
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
        start = self.without_recipients(doc, start, root.i)
        end = min(max(end, root.i + 1), self.clause_end(doc, head.i))
        # "priority in school admissions and discounts on transport": the cue's own perk
        return next((p for p in self.split_parallel(doc, start, end) if p[0] <= root.i < p[1]), (start, end))

    def without_recipients(self, doc: Doc, start: int, head: int) -> int:
        """Where a perk's noun phrase starts without whom it goes to, which the parser may read as its
        first word: "buys you deposit-free power banks", "earns citizens priority in school places"."""
        while start < head and (doc[start].tag_ == "PRP" or doc[start].dep_ in ("compound", "nmod", "dative")
                                and _is_recipient(doc[start], self.grammar) and doc[start].tag_ == "NNS"):
            start += 1
        return start

    def verb_phrase(self, doc: Doc, root: Token) -> tuple[int, int]:
        """The verb phrase a cue belongs to ("see a doctor without standing in line"), without the verb
        phrases coordinated with it ("ride buses at half price, skip the deposit and ..."), unless
        they are steps of one sequence ("see a doctor first and pay afterwards")."""
        verb = root
        while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
            verb = verb.head
        end = min(verb.right_edge.i + 1, self.clause_end(doc, verb.i))
        later = [c for c in verb.conjuncts if verb.i < c.i < end and c.pos_ == "VERB"]
        groups = self.steps([verb, *later])
        if len(groups) > 1:
            end = _phrase_of(verb, [g[0] for g in groups], end, last=groups[0][-1])[1]
        return verb.i, end

    def steps(self, verbs: list[Token]) -> list[list[Token]]:
        """Coordinated verbs grouped into perks: one verb each, or the steps of one sequence together ("see
        a doctor first and pay afterwards", "stay now and pay later"); not "rent bicycles free and see a
        doctor before paying", where "before" is inside the second perk."""
        groups = [[verbs[0]]]
        for before, after in zip(verbs, verbs[1:]):
            doc = after.doc
            own = doc[after.i:_bare_right_edge(after) + 1]
            # a step word before the next verb opens a sequence ("see a doctor first and ..."), unless it
            # closes one ("stay now and pay later, and are offered loans")
            between = doc[before.i:after.i] if len(groups[-1]) == 1 else doc[after.i:after.i]
            if self.in_sequence(between) or any(t.lower_ in self.grammar.sequence_words and t.pos_ == "ADV" for t in own):
                groups[-1].append(after)
            else:
                groups.append([after])
        return groups


    def _of_its_own(self, head: Token) -> bool:
        """ "... and free parking", "... and faster approvals": a noun phrase whose modifier names the
        advantage (a comparative, or a word of grammar `item_modifiers`) is a perk of its own."""
        return any(c.dep_ == "amod" and c.i < head.i and (c.tag_ == "JJR" or c.lower_ in self.grammar.item_modifiers)
                   for c in head.children)


def _counted(noun: Token) -> bool:
    """ "3,512 persons", "1.52 million firms": a noun a number counts (not "an exporter ...; one that ...", an
    appositive the parser hangs on it)."""
    return noun.like_num or any(c.dep_ == "nummod" or c.like_num and c.dep_ != "appos" for c in noun.children)


def _inner_lists_joined(doc: Doc, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """ "barred from serving as directors, supervisors or senior managers": a part that finishes the list
    of the object in the item before it (`_finishes_object_list`) is part of that item."""
    joined: list[tuple[int, int]] = []
    for start, end in items:
        if joined and _finishes_object_list(doc, joined[-1], start, end):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def _finishes_object_list(doc: Doc, before: tuple[int, int], start: int, end: int) -> bool:
    """Whether the words from `start` to `end` are nouns the parser coordinates with the object of a
    preposition in the item `before`, whose verb takes no object of its own: "serving as directors,
    supervisors or ..." (unlike a noun's list, "restrictions on travel, employment and ...", or a verb's
    adjunct after its object, "send children to schools, book cars")."""
    part = doc[start:end]
    if part.root.dep_ != "conj" or any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound") for t in part):
        return False
    head = part.root
    while head.dep_ == "conj" and not before[0] <= head.i < before[1] and head.head != head:
        head = head.head  # the conjunct in the item before
    prep = head.head
    return before[0] <= head.i < before[1] and head.dep_ == "pobj" and before[0] <= prep.i \
        and prep.head.pos_ == "VERB" and not any(c.dep_ == "dobj" for c in prep.head.children)


def _after_colon(doc: Doc, start: int) -> bool:
    """Whether the words at token `start` follow a colon (past line breaks and a bullet)."""
    i = start if start < len(doc) and doc[start].text == ":" else start - 1
    while i >= 0 and (doc[i].is_space or is_bullet(doc[i].text)):
        i -= 1
    return i >= 0 and doc[i].text == ":"


def _list_item_of(match: Span) -> tuple[int, int] | None:
    """The token range of the item holding `match` in a list its sentence opens with a colon and
    parts with semicolons or bullets; None when `match` is in no such list."""
    doc, sent = match.doc, match.sent
    colon = next((t.i for t in sent if t.text == ":" and t.i < match.start), None)
    if colon is None:
        return None
    parts = [t.i for t in doc[colon + 1:sent.end] if t.text == ";" or _line_bullet(t)]
    if not parts:
        return None
    bounds = [colon, *parts, sent.end]
    return max(b for b in bounds if b < match.start) + 1, min(b for b in bounds if b >= match.end)


def _phrase_list(doc: Doc, start: int, end: int) -> bool:
    """ "enjoy what we call a "green channel": faster approvals, fewer inspections, and cheaper loans": after
    a colon, phrases set apart by commas with no finite verb among them are a list, as semicolons make one."""
    return any(t.text == "," for t in doc[start:end]) and not any(t.tag_ in FINITE_VERB_TAGS for t in doc[start:end])


def _finite(lead_in: Span) -> bool:
    """Whether a lead-in is a clause ("firms rated A enjoy what we call a fast lane"), not a field's label
    ("Published: 14 November 2023, 07:30", "Person subject to enforcement: Mr Wu, a contractor")."""
    return any(t.tag_ in FINITE_VERB_TAGS for t in lead_in)


def _bulleted_sentences(sentences: list[Span]) -> list[Span]:
    """The sentences at the head of `sentences` that open with a bullet on a line of their own."""
    items = []
    for sent in sentences:
        if not (_line_bullet(sent[0]) and len(sent) > 1):
            break
        items.append(sent)
    return items


def _predicates(doc: Doc, listed: list[tuple[Span, list]]) -> bool:
    """Whether every item of a list opens with a verb or a modal: what its lead-in's party does or undergoes
    ("- cannot buy plane tickets", "- are barred from ..."), not names or things ("- Wang Lei, 42")."""
    items = [doc[start] for _, spans in listed for start, end in spans if start < end]
    return bool(items) and all(t.pos_ in ("VERB", "AUX") or t.tag_ == "MD" for t in items)


def _bulleted(doc: Doc, start: int, end: int) -> bool:
    """Whether two or more lines between tokens `start` and `end` open with a bullet."""
    return sum(_line_bullet(doc[i]) for i in range(start, end)) >= 2


def _opens_table(doc: Doc, colon: Token) -> bool:
    """ "The grades and their main consequences are: Grade  Score  Inspections  Main consequences": a
    colon before a table's header, whose rows hold the items (`_add_table_claims`)."""
    start, line = line_at(doc_text(doc), colon.idx)
    rest = line[colon.idx - start + 1:]
    return spaced_row(rest) or pipe_row(rest)


def _before_time_adjunct(doc: Doc, start: int, end: int) -> int:
    """Where an item ends before the point in time that closes it ("banned from taking flights as of 2017",
    "blocked from buying tickets last year"): when it happened is no part of the perk or penalty. A length
    stays ("barred for five years"), and so does an item that would be left with no head."""
    if _cumulative(doc[start:end]):  # "from buying 1.4 million plane tickets since 2014": a tally, kept whole
        return end
    cut = end
    while cut > start and doc[cut - 1].ent_type_ in ("DATE", "TIME"):
        cut -= 1
    when = doc[cut:end]
    if cut == end or not any(YEAR.match(t.text) or t.lower_ in POINT_WORDS for t in when):
        return end
    while cut > start and doc[cut - 1].lower_ in WHEN_PREPS:
        cut -= 1
    if doc[cut].lower_ in ("of", "the", "end"):  # "the end of 2018" without its "by": a name's own words
        return end
    head = [t for t in doc[start:cut] if t.pos_ in ("NOUN", "PROPN", "VERB")]
    return cut if head and cut - start >= 2 else end


def _line_bullet(token: Token) -> bool:
    """A bullet, or a list item's number or letter ("1.", "(b)"), at the start of a line."""
    return token.i > 0 and "\n" in token.doc[token.i - 1].text and list_marker_end(token.doc, token.i) > token.i


def _separates(doc: Doc, start: int, end: int, mark: str) -> bool:
    """Whether `mark` stands between tokens `start` and `end` outside brackets."""
    depth = 0
    for token in doc[start:end]:
        if token.text in "([":
            depth += 1
        elif token.text in ")]":
            depth -= 1
        elif depth == 0 and token.text == mark:
            return True
    return False


def _opens_clause(token: Token, cue: Cue) -> bool:
    """A list item that starts with a finite verb is a clause of its own ("barred from flying, cannot buy
    tickets and are denied credit"); in a list of nouns ("benefits: no deposits, express check-in and
    cheaper loans") a plain present-tense verb is a noun the tagger misread."""
    if token.tag_ not in FINITE_VERB_TAGS:
        return False
    return cue.prefix or not (token.tag_ == "VBP" and token.pos_ == "VERB")


def _has_own_subject(doc: Doc, start: int, end: int) -> bool:
    """A later list item that is a clause with its own subject and finite verb ("Barred from flying, the
    businessman took a train", "can't buy a ticket, that's how it works") is no item but the next clause.
    Its subject is a pronoun or a determined noun: "hotels stays" in a list of nouns is a misread plural."""
    for token in doc[start:end]:
        verb = token.head
        determined = token.pos_ == "PRON" or any(c.dep_ in ("det", "poss") for c in token.children)
        if token.dep_ in ("nsubj", "nsubjpass") and token.i < verb.i < end and determined and not _bare_plural(verb) \
                and not (token.tag_ == "NNS" and verb.tag_ == "VBZ") \
                and (verb.tag_ in FINITE_VERB_TAGS or any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_VERB_TAGS
                                                     for c in verb.children)):
            return True
    return False


def _specific(noun: Token) -> bool:
    """A noun of perks or penalties in general that says how much: "cash rewards of up to 500 yuan",
    unlike "attractive perks", "small material benefits"."""
    return any(t.like_num or t.ent_type_ == "MONEY" for c in noun.rights if c.dep_ == "prep" for t in c.subtree)


def _repeated_preposition(doc: Doc, start: int, end: int, word: str) -> list[tuple[int, int]]:
    """The items of a list whose items repeat the cue's preposition: without it, and split where
    "and"/"or" comes before it again ("for littering or for burning straw" is two)."""
    if doc[start].lower_ == word and start + 1 < end:
        start += 1
    for token in doc[start + 1:end - 1]:
        if token.pos_ == "CCONJ" and doc[token.i + 1].lower_ == word:
            return [(start, token.i), *_repeated_preposition(doc, token.i + 1, end, word)]
    return [(start, end)]


def _parting_colon(match: Span) -> Token | None:
    """The colon a cue ends at when its list parts the items by semicolons ("Mr Zhang may not: (1) take
    aircraft, soft sleeper berths or ...; (2) stay in ..."): each part is one item, commas and all."""
    doc = match.doc
    colon = match.end if match.end < len(doc) and doc[match.end].text == ":" else None
    if colon is None and match[-1].text == ":":
        colon = match.end - 1
    return doc[colon] if colon is not None and _separates(doc, colon + 1, doc[colon].sent.end, ";") else None


def _rule_on_scores(verb: Token) -> bool:
    """Whether what cannot or may not be done is said of a score or its data ("a low score may not be used to
    deny anyone transport", "credit data must not be shared"): a rule on those who score, no party's inability."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in SCORED_THINGS for c in verb.children)


def _gapped(doc: Doc, start: int, end: int, word: str) -> list[tuple[int, int]]:
    """The items of a gapped coordination, split where "and"/"or" opens a count of other parties followed by
    the cue's preposition again, the verb left out ("barred from buying plane tickets and 4.9 million from
    train tickets": two penalties, the second "train tickets")."""
    for token in doc[start + 1:end - 2]:
        if token.pos_ != "CCONJ":
            continue
        again = next((t for t in doc[token.i + 1:min(end, token.i + 7)] if t.lower_ == word), None)
        counted = doc[token.i + 1:again.i] if again is not None else []
        if again is not None and again.i + 1 < end and any(t.like_num for t in counted) \
                and all(t.pos_ in GAPPED_COUNT_POS for t in counted):
            return [(start, token.i), *_gapped(doc, again.i + 1, end, word)]
    return [(start, end)]


def _objects_of_one_verb(root: Token, head: Token) -> bool:
    """Whether `head` is a conjunct of the direct object of the verb that opens an item ("receiving
    government funds and subsidies"), so that both are what the one verb takes."""
    if root.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children):
        return False  # a clause with its own subject is no item opened by its verb
    return head.dep_ == "conj" and any(c.dep_ == "dobj" and head in c.conjuncts for c in root.children)


def _phrase_head(doc: Doc, start: int, end: int) -> Token | None:
    """The head noun of the noun phrase that starts at `start`: up from its determiners and modifiers."""
    token = doc[start]
    while token.dep_ in NP_LEFT and start <= token.i < token.head.i < end:
        token = token.head
    return token if token.pos_ in ("NOUN", "PROPN") else None


def _split_determined(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """ "kept out of aircraft cabins and the first-class carriages of trains": "and" before a second
    noun phrase with its own determiner, which the parser hangs outside the first, starts another item."""
    for token in doc[start + 1:end - 1]:
        after = doc[token.i + 1]
        if token.pos_ == "CCONJ" and token.lower_ == "and" and after.pos_ == "DET" and after.head.pos_ == "NOUN" \
                and after.head.dep_ == "conj" and not start <= after.head.head.i < token.i:
            return [(start, token.i), (token.i + 1, end)]
    return [(start, end)]


def _apposition(part: Span, before: tuple[int, int]) -> bool:
    """A part that describes the name before it: an apposition, or a description with a possessive
    set off by commas that the parser joined to the name as a conjunct ("Huabei, Ant's credit card,")."""
    root, doc = part.root, part.doc
    # "Huabei, Ant's virtual credit card": the parser may hang either on a word of the other as a
    # modifier (apposition, nmod), never as a conjunct of a list; in a list of common nouns ("discounted
    # entry to zoos, a fast lane at the tax office and ...") the parser's apposition is the next item
    if any(t.dep_ in ("appos", "nmod") and before[0] <= t.head.i < before[1] and _names(t.head) for t in part):
        return True
    if any(t.dep_ in ("appos", "nmod") and part.start <= t.head.i < part.end and _names(t.head)
           for t in doc[before[0]:before[1]]):
        return True
    if not before[0] <= root.head.i < before[1]:
        return False
    closed = part.end < len(doc) and doc[part.end].text == ","
    return root.dep_ == "conj" and root.head.pos_ == "PROPN" and root.pos_ == "NOUN" and closed \
        and any(c.dep_ == "poss" for c in root.children)


def _forbidden_by(act: Token, cue: Span) -> bool:
    """Whether the act is what the cue forbids: inside its object ("barred scores from being used to
    deny"), not a sanction listed beside it ("kept out of cabins ... and blocked from"), nor its grounds
    ("banned for refusing to pay")."""
    node = act
    while node.i not in range(cue.start, cue.end):
        if node.dep_ == "conj" or node.lower_ == "for" or node.head.i == node.i:
            return False
        node = node.head
    return True


def _names(token: Token) -> bool:
    """A name an apposition may describe ("Weilidai, Tencent's small-loan product"); after a common noun
    the parser's apposition is the next item of a list ("discounted entry to zoos, a fast lane at ...")."""
    return token.pos_ == "PROPN"


def _holds_phrase(words: list[str], phrases: list[list[str]]) -> bool:
    """Whether one of the `phrases` (lists of words) is a run of `words` (looked for only where
    the words hold its first)."""
    present = set(words)
    return any((not phrase or phrase[0] in present)
               and any(words[i:i + len(phrase)] == phrase for i in range(len(words))) for phrase in phrases)


def _words_at(doc: Doc, i: int, words: list[str]) -> bool:
    return i + len(words) <= len(doc) and all(doc[i + k].lower_ == w for k, w in enumerate(words))


def _inside_other_kind(claim: Claim, found: list) -> bool:
    """A claim whose words lie inside a longer claim of the other kind reads a word of it alone:
    "higher credit limits on Huabei" is a perk, not the penalty "limits on Huabei"."""
    return any(other.kind != claim.kind and other.phrase_start <= claim.phrase_start
               and claim.phrase_end <= other.phrase_end
               and other.phrase_end - other.phrase_start > claim.phrase_end - claim.phrase_start
               for other, _ in found)


def _repeated_particle(item: Span, particle: Token) -> Token | None:
    """ "bars listed firms from tenders, and their legal representatives from serving as executives": an
    item that names whom the cue bars, with a possessive (the parties' own people), before the cue's own
    particle again (the verb left out) -> that particle; else None ("the business lounges of airports")."""
    if particle.pos_ != "ADP" or len(item) < 3 or item[0].tag_ != "PRP$":
        return None
    again = next((t for t in item[1:] if t.lower_ == particle.lower_), None)
    if again is None or not all(t.pos_ in ("DET", "PRON", "NOUN", "ADJ", "PROPN", "PART") for t in item[:again.i - item.start]):
        return None
    return again


def normalise(span: Span) -> str:
    """The words of a perk or penalty, without parentheses, quotes, footnote markers ("tickets[5]"),
    leading articles and spare spaces: "a bonus of 1,000 yuan (about $150 USD)" -> "bonus of 1,000 yuan"."""
    text, depth = [], 0
    for token in span:
        if is_footnote_marker(token.text):
            text.append(token.whitespace_)
        elif token.text in "([":
            depth += 1
        elif token.text in ")]":
            depth = max(depth - 1, 0)
        elif not depth and (token.tag_ == "POS" or not all(c in QUOTES for c in token.text)):  # "debtors’ photographs"
            text.append(token.text + token.whitespace_)
        elif token.whitespace_:
            text.append(token.whitespace_)
    words = re.sub(r"\s+", " ", "".join(text)).strip(" ,;:.")
    words = re.sub(r"\s+([,.;:])", r"\1", words)
    return re.sub(r"^(?:a|an|the)\s+", "", words, flags=re.I)


# --- The component --------------------------------------------------------------------------


class PerkPenaltyFinder:
    def __init__(self, nlp: Language, vocabularies: list[tuple[str, dict]], grammar: Grammar,
                 clauses: ClauseWords | None = None):
        self.grammar = grammar
        self._perk_cue = Cue("perk", "grants_perk", "conditioned", "verb")
        self.phrases = Phrases(grammar)
        self.matcher = CueMatcher(nlp.vocab)  # spaCy's Matcher, run only where a cue can start
        self.conditions = CueMatcher(nlp.vocab)
        self.cues: list[Cue] = []
        self._clause_cues: dict[str, Cue] = {}
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
            if vocab.get("open_conditions"):  # no recipients named: "Above 700, hotels skip the deposit"
                self.conditions.add(OPEN_CONDITION, vocab["open_conditions"])
                self._perk_cue = Cue(vocab["kind"], vocab["predicate"], "conditioned", "verb",
                                     grantor_types=tuple(vocab.get("grantor_types", [])))
            self._clause_cues[vocab["kind"]] = Cue(vocab["kind"], vocab["predicate"], "clause", "verb",
                                                   context=frozenset(w.lower() for w in vocab.get("context", [])),
                                                   grantor_types=tuple(vocab.get("grantor_types", [])))
        self.clauses = ClauseReader(clauses, self.phrases) if clauses is not None else None
        #: Verbs that offer something to someone: receiving ("get", "skip"), granting, exempting.
        self.offering = self.grammar.receiving_verbs | self.grammar.granting_verbs | (
            clauses.receiving | clauses.granting | clauses.exempting if clauses is not None else frozenset())
        self._conditions_of, self._conditions_found = None, []

    def __call__(self, doc: Doc) -> Doc:
        if doc._.claims is None:
            doc._.claims = []
        matches = self._matches_by_cue(doc)
        taken: dict[str, list[tuple[int, int]]] = {"perk": [], "penalty": []}
        found = []
        cue_spans = [m for ms in matches.values() for m in ms]
        self._cue_spans = [m for index, ms in matches.items() if self.cues[index].takes in ("list", "clause")
                           and not self.cues[index].weak for m in ms]
        self._add_table_claims(doc, found, taken)  # first: a cue's phrase may run across a table's cells
        for claim, item in self._conditioned(doc, cue_spans):
            if not any(item[0] < e and s < item[1] for s, e in taken["perk"]):
                taken["perk"].append(item)
                found.append((claim, item))
        #: ranges of negated cues: their kind is denied there, the other kind may be stated
        #: ("does not grant them new loans": no perk, a penalty)
        self._denied: set[tuple[str, int, int]] = set()
        for index, cue in enumerate(self.cues):
            for match in matches.get(index, []):
                if cue.takes == "list" and is_negated(match):  # "no penalties such as travel bans"
                    denied = (match.start, self.phrases.clause_end(doc, match.end))
                    taken[cue.kind].append(denied)
                    self._denied.add((cue.kind, *denied))
                    continue
                if self._not_a_claim(cue, match):
                    continue
                for claim, item in self._claims(doc, cue, match):  # of the claim's kind: a cue's may turn
                    if any(item[0] < e and s < item[1] for s, e in taken[claim.kind]):
                        continue
                    taken[claim.kind].append(item)
                    found.append((claim, item))
        self._add_clause_claims(doc, found, taken)
        self._add_colon_list_claims(doc, found, taken)
        claims = [c for c, _ in found if not _inside_other_kind(c, found) and not self._bare_listing(c, doc)
                  and not self._tally(c, doc) and not self._sanction_lifted(c, doc)]
        doc._.claims.extend(sorted(claims, key=lambda c: (c.phrase_start, c.phrase_end)))
        return doc

    def _add_clause_claims(self, doc: Doc, found: list, taken: dict) -> None:
        """Clause claims where no cue claim stands; where one cue claim holds several clause
        claims ("excluded from tenders and cannot issue bonds"), the clause claims replace it.
        `found` and `taken` are the cue claims (with their items) and the token ranges used."""
        clause = list(self._clause_claims(doc))
        for claim, item in list(found):
            inside = [c for c, _ in clause if c.kind == claim.kind
                      and claim.phrase_start <= c.phrase_start and c.phrase_end <= claim.phrase_end]
            steps = self.phrases.in_sequence(doc[item[0]:item[1]])
            if len(inside) > 1 and not steps:  # "see a doctor first and pay afterwards" stays one
                found.remove((claim, item))
                taken[claim.kind].remove(item)
        phrase_cues = {c.category for c in self.cues if c.takes == "phrase"}
        for claim, item in clause:  # a clause claim never overlaps a claim of either kind ...
            # ... except the bare noun phrases of its own kind it holds ("discounts" of "discounts on transport")
            held = [(c, i) for c, i in found if c.kind == claim.kind and c.extra.get("category") in phrase_cues
                    and item[0] <= i[0] and i[1] <= item[1] and i != item]
            for c, i in held:
                found.remove((c, i))
                taken[c.kind].remove(i)
            if not any(item[0] < e and s < item[1] for kind in taken for s, e in taken[kind]
                       if kind == claim.kind or (kind, s, e) not in self._denied):
                taken[claim.kind].append(item)
                found.append((claim, item))
            else:
                for c, i in held:  # it still overlaps something else: the noun phrases stay
                    found.append((c, i))
                    taken[c.kind].append(i)

    def _clause_claims(self, doc: Doc):
        """Perks and penalties read from the clause (extract/consequences.py): what a party in
        good or bad standing receives, may do, is barred from or suffers."""
        if self.clauses is None:
            return
        good = {t.i for s in self._good_conditions(doc) for t in s}
        for finding in self.clauses.read(doc, good):
            cue = self._clause_cues[finding.kind]
            anchor = doc[finding.verb.i:finding.verb.i + 1]
            # "forbid blacklisting people for jaywalking"; a coordinated clause has its own verb
            if self._prohibited(anchor, climb=("xcomp", "ccomp", "dobj", "pcomp")) or recommended(anchor) \
                    or questioned(anchor) or self._sanction_barred(finding) \
                    or finding.kind == "perk" and self._graded(finding.verb):
                continue
            grantor, grantor_text = self._grantor(doc, anchor, finding.items, cue)
            for number, (start, end) in enumerate(finding.items):
                if self._generic(doc[start:end]) and not self._lost_perk(doc[start:end], finding):
                    continue  # "receive attractive perks, such as ...": the list cue's
                phrase = doc[min(start, finding.start) if number == 0 else start:end]
                words = normalise(doc[start:end])
                claim = Claim(
                    kind=finding.kind, predicate=cue.predicate,
                    phrase_start=phrase.start_char, phrase_end=phrase.end_char,
                    quote_start=phrase.sent.start_char, quote_end=phrase.sent.end_char,
                    method=f"{finding.kind}/clause-{finding.shape}",
                    object=f"{finding.prefix} {words}".strip() if finding.prefix else words, confidence=0.5,
                    extra={"category": f"clause-{finding.shape}", "cue": finding.verb.text},
                )
                self._credit(claim, anchor, grantor, grantor_text)
                yield claim, (phrase.start, end)

    def _add_colon_list_claims(self, doc: Doc, found: list, taken: dict) -> None:
        """The items of a list that a colon opens, set apart by semicolons or bullets, where the
        words before the colon say what they are (`_lead_in_kind`): each item no other rule
        claimed is a perk or a penalty ("Once listed, an enterprise may be:\n- barred from ...;\n
        - subjected to more frequent inspections; and\n- named publicly on Credit China."). The
        items of a list without punctuation are sentences of their own, one bullet each."""
        if self.clauses is None:
            return
        good = {t.i for s in self._good_conditions(doc) for t in s}
        sentences = list(doc.sents)
        for number, sent in enumerate(sentences):
            colon = next((t for t in sent if t.text == ":"), None)
            if colon is None or colon.i == sent.start:
                continue
            lead_in = doc[sent.start:colon.i]
            kind = self._lead_in_kind(lead_in, good) or self._heading_kind(sent)
            listed = self._colon_items(doc, sent, colon, sentences[number + 1:])
            if kind is None and _predicates(doc, listed):  # "Defaulters on the list: // - cannot buy ..."
                kind = self._party_kind(lead_in, good)
            if kind is None or is_negated(doc[colon.i - 1:colon.i]) or _opens_table(doc, colon):
                continue
            if any(items for _, items in listed):  # "shall be subject to the following measures: (1) ...":
                self._drop_lead_in(doc, found, taken, sent.start, colon.i)  # the items are the claims
            cue, anchor = self._clause_cues[kind], doc[colon.i - 1:colon.i]
            grantor, grantor_text = self._grantor(doc, anchor, [i for _, items in listed for i in items], cue)
            for quote, items in listed:
                for start, end in items:
                    item = doc[start:end]
                    if start >= end or self._generic(item) or negative_inversion(item[0]) or any(
                            start < e and s < end for spans in taken.values() for s, e in spans):
                        continue
                    claim = Claim(
                        kind=kind, predicate=cue.predicate,
                        phrase_start=item.start_char, phrase_end=item.end_char,
                        quote_start=quote.start_char, quote_end=quote.end_char,
                        method=f"{kind}/colon-list", object=normalise(item), confidence=0.5,
                        extra={"category": "colon-list", "cue": doc[sent.start:colon.i].text.strip()},
                    )
                    self._credit(claim, anchor, grantor, grantor_text)
                    taken[kind].append((start, end))
                    found.append((claim, (start, end)))

    def _add_table_claims(self, doc: Doc, found: list, taken: dict) -> None:
        """The items of a table's column of perks or penalties (grammar `table_headers`: "Main
        consequences", "Typical consequence"), parted by semicolons in a row's cell: each no other
        rule claimed is one, of the kind the header names or else of the standing of the row's label
        ("Tax grade A", "D", "Seriously dishonest list": `row_standing`); "none" and counts ("212,000"
        under "Rewards claimed") are no items."""
        if self.clauses is None:
            return
        text = doc_text(doc)
        for row in rows_under_header(text):
            column, named = self._consequence_column(text, row.header)
            label = doc.char_span(*row.cells[0], alignment_mode="expand") if row.cells else None
            if column is None or not 0 < column < len(row.cells) or label is None:
                continue
            kind = named if named in ("perk", "penalty") else \
                {"good": "perk", "bad": "penalty"}.get(self.clauses.row_standing(label))
            if kind is None:
                continue
            cue = self._clause_cues[kind]
            for a, b in cell_items(text, row.cells[column]):
                item = doc.char_span(a, b, alignment_mode="expand")
                if item is None or item.text.lower() in NO_ITEMS or COUNT_CELL.fullmatch(item.text) or any(
                        item.start < e and s < item.end for spans in taken.values() for s, e in spans):
                    continue
                claim = Claim(
                    kind=kind, predicate=cue.predicate, phrase_start=item.start_char, phrase_end=item.end_char,
                    quote_start=item.sent.start_char, quote_end=item.sent.end_char, method=f"{kind}/table",
                    object=normalise(item), confidence=0.5,
                    extra={"category": "table", "cue": text[slice(*row.header[column])]},
                )
                self._credit(claim, label, None, None)
                taken[kind].append((item.start, item.end))
                found.append((claim, (item.start, item.end)))

    def _consequence_column(self, text: str, header: list[tuple[int, int]]) -> tuple[int | None, str | None]:
        """(the column, the kind its header names) of the last header cell of a few words that names perks
        or penalties (grammar `table_headers`); (None, None) when none does."""
        for column in range(len(header) - 1, 0, -1):
            words = re.findall(r"[a-z]+", text[slice(*header[column])].lower())
            named = next((self.grammar.table_headers[w] for w in words if w in self.grammar.table_headers), None)
            if named is not None and len(words) <= HEADER_WORDS:
                return column, named
        return None, None

    def _colon_items(self, doc: Doc, sent: Span, colon: Token, after: list[Span]) -> list[tuple[Span, list]]:
        """(quote, item token ranges) of the list a colon opens: in its own sentence, set apart by
        semicolons or bullets; or, when the colon ends its sentence, the bulleted sentences `after` it."""
        start = colon.i + 1
        if any(not t.is_space for t in doc[start:sent.end]):
            end = self.phrases.clause_end(doc, start)
            if not (_separates(doc, start, end, ";") or _bulleted(doc, start, end)
                    or _phrase_list(doc, start, end) and _finite(doc[sent.start:colon.i])):
                return []
            items = self.phrases.list_items(doc, start, end, split=False)
            return [(sent, [(list_marker_end(doc, first), last) for first, last in items])]  # "(2) suspension ..."
        return [(item, [(begin, self.phrases.clause_end(doc, begin))])
                for item in _bulleted_sentences(after) if (begin := list_marker_end(doc, item.start))]

    def _lead_in_kind(self, lead_in: Span, good: set[int]) -> str | None:
        """What the items of a list after `lead_in` and its colon are: perks or penalties by the
        words of the lead-in ("enjoy a list of incentives", "face sanctions such as"), or else by
        the standing of the party it speaks of, when it ends on what they may do or be ("Once
        listed, an enterprise may be", "With a score of 600 or more you can", "you may be able to"),
        or of the question it answers ("What can I do with a higher score?")."""
        words = self.clauses.words
        perk_verbs = words.receiving | words.granting | words.benefiting
        penalty_verbs = words.restricting | words.sanctioning | frozenset(words.suffering)
        kinds = set()
        # "Blacklisted debtors include:": what a party is called says nothing of what is listed
        party = {t.i for head in lead_in if head.dep_ in ("nsubj", "nsubjpass") for t in head.subtree}
        if not _finite(lead_in) and self.clauses.is_party(lead_in.root):
            party = {t.i for t in lead_in}  # "Blacklisted debtors:": the lead-in only names them (`_party_kind`)
        for token in lead_in:
            lemma = token.lemma_.lower()
            if token.i in party:
                continue
            if lemma in words.kinds:
                kinds.add(words.kinds[lemma])
            elif token.pos_ in ("VERB", "ADJ") and lemma in perk_verbs:
                kinds.add("perk")
            elif token.pos_ in ("VERB", "ADJ") and lemma in penalty_verbs:
                kinds.add("penalty")
        if kinds:
            return kinds.pop() if len(kinds) == 1 else None
        ends = [t for t in lead_in if not t.is_space][-2:]
        if ends and ends[-1].lower_ == "to" and len(ends) == 2:  # "you may be able to:"
            ends = ends[:1]
        last = ends[-1] if ends else None
        if last is None or not (last.lemma_.lower() in words.abilities or last.lemma_ == "be"):
            return None
        standing = self.clauses.sentence_standing(lead_in, good)
        before = lead_in.doc[lead_in.start - 1].sent if lead_in.start > 0 else None
        asked = before is not None and any(t.text == "?" for t in before[-3:])
        if standing is None and asked:
            # "What can I do with a higher score? // Depending on your score, you may be able to:"
            standing = self.clauses.sentence_standing(before, good)
        return {"good": "perk", "bad": "penalty"}.get(standing)

    def _party_kind(self, lead_in: Span, good: set[int]) -> str | None:
        """What a list is by the standing of the parties a verbless lead-in names, when its items say what
        they do or undergo ("Defaulters on the list: // - cannot buy plane tickets // - are barred from ..."):
        perks for a party in good standing, penalties for one in bad."""
        if _finite(lead_in) or not self.clauses.is_party(lead_in.root):
            return None
        return {"good": "perk", "bad": "penalty"}.get(self.clauses.sentence_standing(lead_in, good))

    def _heading_kind(self, lead_in: Span) -> str | None:
        """What a list is by the heading of its section, when its lead-in says nothing ("Perks of a high
        score // Once you pass 600, things get interesting. Here is what I have used: // - ..."): the one
        kind its nouns of perks or penalties name (grammar `benefit_nouns`, `sanction_nouns`)."""
        heading = _section_heading(lead_in)
        kinds = {kind for t in heading or () if (kind := self._kind_noun(t)) is not None}
        return kinds.pop() if len(kinds) == 1 else None

    def _kind_noun(self, token: Token) -> str | None:
        """The kind a noun of perks or penalties names, in the singular or the plural, which the
        model may not lemmatise in a heading's capitals ("Perks", "Penalties")."""
        kinds, word = self.clauses.words.kinds, token.lower_
        singular = word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else word
        return next((kinds[w] for w in (token.lemma_.lower(), word, singular) if w in kinds), None)

    def _bare_listing(self, claim: Claim, doc: Doc) -> bool:
        """ "listed", "was listed in 2019 over a debt", "listed more than once", "blacklisting schemes": a
        verb of listing with no list, no label ("as dishonest") and no publicity says only that someone was
        listed, which is an event (a `blacklisted` date), no penalty."""
        if claim.kind != "penalty" or self.clauses is None or claim.extra.get("category") == "clause-listed-for":
            return False  # "a court may list a debtor who hides assets": the grounds of a listing are the rule's
        words = self.clauses.words
        phrase = doc.char_span(claim.phrase_start, claim.phrase_end, alignment_mode="expand")
        if phrase is None or not len(phrase):
            return False
        first = phrase[0]
        if not (first.lemma_.lower() in words.self_listing or first.lower_ in words.listed) \
                or first.pos_ not in ("VERB", "AUX", "ADJ") or phrase.root.i != first.i:
            return False  # not "blacklisted debtors off 26.8 million flights", what happens to them
        if any(c.dep_ == "aux" and c.lower_ in RULE_MODALS for c in first.children):
            return False  # "whoever receives a low score will be blacklisted": what a rule does to a party
        if any(c.dep_ in ("dobj", "attr", "oprd") and not _counted(c) for c in first.children):
            return False  # "blacklisted debtors off flights": a party it names, not a count of those listed
        named = [g for c in first.children if c.dep_ in ("prep", "dative") for g in [c, *c.children]]
        return not any(t.lemma_.lower() in words.lists or t.lower_ == "as" for t in named) \
            and not any(c.lower_ == "publicly" for c in first.children)

    def _sanction_lifted(self, claim: Claim, doc: Doc) -> bool:
        """ "Her high-speed rail ban was lifted", "may apply to have their restrictions suspended", "the court lifted
        the travel ban": a penalty whose sanction noun (grammar `ban_nouns`, `sanction_nouns`) a verb of ending
        takes (grammar `lifting_verbs`) tells of relief, no penalty."""
        if claim.kind != "penalty":
            return False
        phrase = doc.char_span(claim.phrase_start, claim.phrase_end, alignment_mode="expand")
        nouns = self.grammar.ban_nouns | self.grammar.sanction_nouns
        return phrase is not None and any(
            t.lemma_.lower() in nouns and t.dep_ in ("nsubjpass", "dobj", "nsubj")
            and t.head.lemma_.lower() in self.grammar.lifting_verbs for t in phrase)

    def _tally(self, claim: Claim, doc: Doc) -> bool:
        """ "refused 23.4 million flight bookings", "block 34.6 million attempts to buy air tickets": a
        penalty whose words count the acts it stopped (grammar `tally_nouns`) is a tally of its use, a
        figure, no penalty; not "kept debtors off 26.8 million flights", which counts what they were kept
        off, nor "docked 40 points for one late order" (the grounds). So is a perk or a penalty summed up
        since a time ("has waived deposits worth 96 billion yuan since its launch")."""
        phrase = doc.char_span(claim.phrase_start, claim.phrase_end, alignment_mode="expand")
        if phrase is not None and _cumulative(phrase):
            return True
        if claim.kind != "penalty" or phrase is None or not len(phrase):
            return False
        return any(t.pos_ == "NOUN" and t.lemma_.lower() in self.grammar.tally_nouns
                   and _counted(t) and t.head.lower_ not in GROUNDS_PREPS for t in phrase) \
            or self._counted_listing(phrase)

    def _counted_listing(self, phrase: Span) -> bool:
        """ "placed 2,140 people on the national list", "added some 15.6 million names to the blacklist", "1,247
        enterprises had been included in the list", "8.3 million people were still listed": a verb of listing (or
        of moving onto a list) whose party is a number of them counts those listed, a figure, no penalty; not
        "placed the developer on the list", which names whom, nor "1,370 households were publicly listed as ...",
        an exposure in public (as in `_bare_listing`)."""
        if self.clauses is None:
            return False
        words = self.clauses.words
        verb = phrase[0] if phrase[0].pos_ in ("VERB", "AUX") else phrase.root
        if verb.lemma_.lower() not in words.listing | words.self_listing | words.entering \
                or any(c.lower_ == "publicly" for c in verb.children):
            return False
        parties = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        # not "one that stays there ... moves to the serious list": "one" stands for a party, it counts none
        return any(_counted(p) and p.lower_ != "one" for p in parties)

    def _good_standing(self, sent: Span) -> bool:
        """Whether the sentence speaks of parties in good standing only (extract/consequences.py)."""
        if self.clauses is None:
            return False
        good = {t.i for s in self._good_conditions(sent.doc) for t in s if sent.start <= t.i < sent.end}
        return self.clauses.sentence_standing(sent, good) == "good"

    def _drop_lead_in(self, doc: Doc, found: list, taken: dict, start: int, end: int) -> None:
        """Forget a claim whose words lie before a list's colon and only name what the list holds
        ("subject to the following measures", "face these penalties")."""
        for claim, (first, last) in list(found):
            head = doc[last - 1]
            if start <= first and last <= end and (self._generic(doc[last - 1:last])
                                                   or any(c.lower_ in LIST_POINTERS for c in head.children)):
                found.remove((claim, (first, last)))
                taken[claim.kind].remove((first, last))

    def _generic(self, item: Span) -> bool:
        """An item that only names perks or penalties in general ("more privileges")."""
        root = item.root
        if root.lemma_.lower() in self.grammar.collective_nouns:  # "a range of sanctions"
            root = next((g for c in root.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), root)
        return root.lemma_.lower() in self.grammar.benefit_nouns | self.grammar.sanction_nouns and not _specific(root) \
            and not self._of_a_kind(root)

    def _of_a_kind(self, noun: Token) -> bool:
        """ "joint punishment", "financial penalties": a noun of perks or penalties with a modifier that says
        which kind names one (grammar `kind_modifiers`), unlike "severe penalties"."""
        return any(c.dep_ in ("amod", "compound") and c.lower_ in self.grammar.kind_modifiers for c in noun.children)

    def _lost_perk(self, item: Span, finding) -> bool:
        """ "lost the privilege for two years": losing a perk named before is a penalty of its own."""
        return finding.shape == "suffering" and item.root.lemma_.lower() in self.grammar.benefit_nouns

    def _condition_matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        """The score conditions of perks.yaml in the document, matched once per document (several
        rules ask for them)."""
        if self._conditions_of is not doc:
            self._conditions_of, self._conditions_found = doc, self.conditions(doc)
        return self._conditions_found

    def _good_conditions(self, doc: Doc) -> list[Span]:
        """The score conditions of perks.yaml that speak of good standing."""
        return [doc[s:e] for _, s, e in self._condition_matches(doc) if not self._bad_condition(doc[s:e])]

    def _bad_condition(self, condition: Span) -> bool:
        """ "with a low score", "with a D rating": a condition of bad standing."""
        grades = self.clauses.words.grades if self.clauses is not None else {}
        return any(t.lower_ in self.grammar.negative_conditions or grades.get(t.text) == "bad" for t in condition)

    def _not_a_claim(self, cue: Cue, match: Span) -> bool:
        """A cue that states no perk or penalty:
        - a weak cue inside a name ("the Free University of Berlin");
        - a participle describing the recipients ("Blacklisted debtors were refused ...");
        - a sentence that only needs some words it lacks (`needs`);
        - a recommendation or a question ("Does the system stop people from travelling?");
        - a prohibition or a restriction of the act ("forbid blacklisting people for jaywalking",
          "may blacklist people only where a law allows it");
        - a list cue before a table ("their main consequences are: Grade  Score  ..."), whose rows
          hold the items."""
        doc = match.doc
        if recommended(match) or questioned(match):
            return True
        colon = next((t for t in match if t.text == ":"), None)
        if cue.takes == "list" and colon is not None and _opens_table(doc, colon):
            return True
        if cue.kind == "penalty" and self._unrestricted_act(match):
            return True  # "could not name a single factor": not being able to say or know is no penalty
        if cue.weak and any(not is_description(a) and a.start <= match.start < a.end and a.label_ != "place"
                            for a in actor_mentions(doc)):
            return True
        verb = _governing_verb(match.root)
        if cue.not_as_modifier and (self._describes_recipients(match) or verb is not None and conditional(verb, REASON_MARKS)
                                    or verb is not None and describing(verb)):
            return True  # "because a parent was blacklisted": the reason; "respondents who had been blacklisted": whom
        # "until they want to skip a deposit", "How companies get blacklisted", "a parent who says he cannot pay"
        verb = _clause_verb(match.root)
        if cue.not_in_description and verb is not None and describing(verb):
            return True  # "the list catches people who cannot pay": whom it catches
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None) if verb is not None else None
        if cue.kind == "penalty" and obj is not None and own_thing(verb, obj):
            return True  # "it cannot sell its own score to lenders": a firm and its own product
        if cue.category == "inability" and verb is not None and _rule_on_scores(verb):
            return True  # "A low score may not be used to deny anyone public transport": a rule on the scorers
        if cue.active_only and verb is not None and any(c.dep_ == "auxpass" for c in verb.children) \
                and self.clauses is not None and verb.lemma_.lower() in self.clauses.words.transfers \
                and any(c.dep_ == "dobj" for c in verb.children):
            return True  # "cannot be sold a seat": the clause reader reads what is refused
        if verb is not None and (conditional(verb) or asking(verb) or said(verb)
                                 or hypothetical(verb, self.grammar.fearing_verbs)):
            return True
        if cue.needs and not any(t.lemma_.lower() in cue.needs for t in match.sent):
            return True
        if cue.kind == "perk" and cue.takes == "phrase" and self._lost(match):
            return True
        if cue.kind == "penalty" and self._bars_a_sanction(match, self.phrases.clause_end(doc, match.end)):
            return True
        if cue.takes == "list" and self._on_whom(match):
            return True  # "Restrictions on dishonest debtors have grown": whom, not what
        return self._prohibited(match) or self._rule_of_conduct(match)

    def _unrestricted_act(self, match: Span) -> bool:
        """ "could not name a single factor", "the two numbers cannot simply be compared": the verb the cue
        negates (the next word, or the clause's verb past an adverb or "be") is an act of saying or knowing."""
        if self.clauses is None:
            return False
        doc = match.doc
        after = doc[match.end] if match.end < len(doc) else None
        verb = _clause_verb(match.root)
        acts = [t for t in (after, verb) if t is not None and t.pos_ == "VERB" and t.i >= match.end]
        return any(self.clauses.unrestricted_act(t) for t in acts)

    def _bars_a_sanction(self, bar: Span, end: int) -> bool:
        """ "guidance that barred municipal scores from being used to deny anyone public services", "rules
        that ban lenders from using blacklists to refuse anyone an account": what a bar forbids (up to
        token `end`) is itself a sanction, so the bar protects; not "banned for refusing to pay" (the grounds)."""
        if self.clauses is None:
            return False
        denying = self.clauses.words.withholding
        return any(t.pos_ == "VERB" and t.lemma_.lower() in denying and _forbidden_by(t, bar) for t in bar.doc[bar.end:end])

    def _on_whom(self, match: Span) -> bool:
        """ "restrictions on grade D enterprises": a cue whose preposition's object is a party names
        whom it falls on, not what it is."""
        preposition = match[-1]
        objects = [c for c in preposition.children if c.dep_ == "pobj"]
        return self.clauses is not None and preposition.lower_ in ("on", "upon", "against") and bool(objects) \
            and all(self.clauses.is_party(o) for o in objects)

    def _sanction_barred(self, finding) -> bool:
        """A clause claim of a bar that protects (`_bars_a_sanction`), or of the sanction it forbids
        ("barred cities from using scores to refuse residents care": no penalty "refuse")."""
        if self.clauses is None:
            return False
        verb, doc = finding.verb, finding.verb.doc
        barring = self.clauses.words.barring | self.grammar.prohibiting_verbs
        if verb.lemma_.lower() in barring and finding.items:
            return self._bars_a_sanction(doc[verb.i:verb.i + 1], max(e for _, e in finding.items))
        return verb.lemma_.lower() in self.clauses.words.withholding and any(
            a.lemma_.lower() in barring and _forbidden_by(verb, doc[a.i:a.i + 1]) for a in verb.ancestors)

    def _lost(self, match: Span) -> bool:
        """ "users ... reported losing their deposit waivers": a perk named as what one loses is gone
        (the clause reader reads the loss as a penalty)."""
        noun = self.phrases.noun_phrase(match.doc, match.root)
        head = match.doc[noun[0]:noun[1]].root
        if head.dep_ == "pobj" and head.head.head.lemma_.lower() in self.grammar.having_nouns:
            head = head.head.head  # "lose access to subsidised business loans"
        if head.dep_ in ("nsubj", "nsubjpass") and head.head.tag_ == "VBN":
            head = head.head  # "saw ... their deposit-free services withdrawn", "deposit waivers were revoked"
        elif head.dep_ == "dobj":
            head = head.head
        else:
            return False
        return head.lemma_.lower() in self.grammar.losing_verbs

    @staticmethod
    def _describes_recipients(match: Span) -> bool:
        """ "Blacklisted debtors", "a firm blacklisted by one agency", "kept blacklisted debtors off"
        (a participle the parser reads as the verb of the noun after it): the participle says who."""
        root, doc = match.root, match.doc
        if root.dep_ in ("amod", "compound") and root.head.pos_ in ("NOUN", "PROPN"):
            return True
        if root.dep_ == "acl" and root.tag_ == "VBN" and root.head.pos_ in ("NOUN", "PROPN"):
            return True
        after = doc[root.i + 1] if root.i + 1 < len(doc) else None
        return root.tag_ == "VBN" and after is not None and after.pos_ == "NOUN" and after.head == root \
            and not any(c.dep_ in ("aux", "auxpass") for c in root.children)

    def _rule_of_conduct(self, match: Span) -> bool:
        """ "The regulation prohibits banks from sharing customer data": a rule that forbids an
        act states what the law is, not a penalty (its subject is a rule, the verb active)."""
        verb = _governing_verb(match.root)
        if verb is None or verb.lemma_.lower() not in self.grammar.prohibiting_verbs:
            return False
        subject = _subject(verb)
        return subject is not None and subject.lemma_.lower() in self.grammar.rule_nouns

    def _prohibited(self, match: Span, climb: tuple = ("xcomp", "ccomp", "dobj", "pcomp", "conj")) -> bool:
        node = _governing_verb(match.root)
        for _ in range(4):
            if node is None:
                return False
            if node.lemma_.lower() in self.grammar.prohibiting_verbs and node not in match:
                return True
            if _holds_phrase([t.lower_ for t in node.subtree], self.grammar.restricting_words):
                return True
            if node.dep_ not in climb or node.head.i == node.i:
                return False
            node = node.head
        return False

    # --- perks of a score condition ---------------------------------------------------------

    def _conditioned(self, doc: Doc, cue_spans: list[Span]):
        """ "Residents who score 150 or above can borrow books without a deposit", "lets users
        with good payment records charge their phones ... and hire cars without a deposit",
        "those rated AAA can obtain bank loans", "Residents rated AAA receive discounts on X and
        priority in Y": what recipients with a good score can do, or receive, is a perk. The verb
        is the first after the condition; its coordinated verb phrases (or, after a receiving
        verb, its coordinated objects) are one perk each. A low-score condition ("those with a
        low score cannot ...") is left to the penalty cues."""
        matches = self._condition_matches(doc)
        conditions = filter_spans([doc[s:e] for _, s, e in matches])
        open_ones = {(s, e) for key, s, e in matches if doc.vocab.strings[key] == OPEN_CONDITION}
        claimed: set[int] = set()
        for condition in conditions:
            if self._bad_condition(condition) or self._counts_people(condition):
                continue
            verb = self._verb_after(doc, condition, conditions, (condition.start, condition.end) in open_ones)
            if verb is None or verb.i in claimed or is_negated(doc[verb.i:verb.i + 1]) or asking(verb) \
                    or questioned(doc[verb.i:verb.i + 1]) or self._obliged(verb) or self._graded(verb):
                continue
            claimed.add(verb.i)
            items = self._granted(doc, verb)
            if items and verb.dep_ == "pcomp":  # "(leave) without stopping at the front desk": the preposition too
                items[0] = (verb.head.i, items[0][1])
            if not items or any(any(s <= m.start < e for m in cue_spans if self._is_list_cue(m)) for s, e in items):
                continue
            grantor, grantor_text = self._grantor(doc, doc[verb.i:verb.i + 1], items, self._perk_cue)
            for start, end in items:
                phrase = doc[start:end]
                claim = Claim(
                    kind="perk", predicate=self._perk_cue.predicate,
                    phrase_start=phrase.start_char, phrase_end=phrase.end_char,
                    quote_start=phrase.sent.start_char, quote_end=phrase.sent.end_char,
                    method="perk/conditioned", object=normalise(phrase), confidence=0.6,
                    extra={"category": "conditioned", "cue": condition.text},
                )
                self._credit(claim, doc[verb.i:verb.i + 1], grantor, grantor_text)
                yield claim, (start, end)

    def _graded(self, verb: Token) -> bool:
        """ "Residents above 1,100 points earn an "AA" rating", "firms scoring 90 or above will be placed in
        Class A", "can expect to be placed in Grade A": a verb after a condition that gives the recipients a
        letter grade says where the scale puts them, which earns the perks; it is none itself; nor is a passive
        verb of naming ("A score above 650 is considered "good"": grammar `naming_verbs`)."""
        if self.clauses is None:
            return False
        if verb.lemma_.lower() in self.grammar.naming_verbs and any(c.dep_ == "auxpass" for c in verb.children):
            return True  # "A score above 650 is considered "good"": the band's name, which earns the perks
        if verb.lower_ in self.clauses.words.score_nouns and any(c.dep_ == "auxpass" for c in verb.children):
            return True  # "of whom 38,000 were rated AAA and 2,700 were rated D": another standing, whatever its grade
        grades = self.clauses.words.grades
        verbs = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
        objects = [o for v in verbs for c in v.children
                   for o in ([c] if c.dep_ in ("dobj", "attr", "oprd") else
                             [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" else [])]
        # "2,700 were rated D.": the tokenizer keeps a letter grade's full stop with it, as an initial's
        return any(t.text.strip('"“”').removesuffix(".") in grades and grade_letter(t)
                   for o in objects for t in (o, *(c for c in o.children if c.dep_ in ("compound", "amod", "nmod"))))

    def _counts_people(self, condition: Span) -> bool:
        """ "Sesame Credit, which scores more than 600 million users": after a verb of scoring, a count of
        the people scored, no threshold (a scale word or a noun after the number)."""
        doc, number = condition.doc, condition[-1]
        after = doc[condition.end] if condition.end < len(doc) else None
        if condition[0].pos_ != "VERB" or not number.like_num or after is None:
            return False
        # "600 million users": a scale word (a number word itself) or a counted noun after the number
        return after.like_num or after.pos_ == "NOUN" and number.head == after and after.lemma_.lower() != "point"

    def _obliged(self, verb: Token) -> bool:
        """ "users with high scores need to pay deposits", "must register": what one has to do is no perk;
        "are no longer required to pay" is read from the clause (an obligation lifted)."""
        obligations = self.clauses.words.obligations if self.clauses is not None else frozenset()
        if negated_here(verb):  # "no longer had to submit bank statements": an obligation lifted
            obliging = self.clauses.words.obliging if self.clauses is not None else frozenset()
            return verb.lemma_.lower() in obliging and _passive_verb(verb)
        return any(c.lower_ == "must" for c in verb.children) or verb.lemma_.lower() in obligations \
            and any(c.dep_ == "xcomp" for c in verb.children)

    def _is_list_cue(self, match: Span) -> bool:
        """A cue of a list of perks: a noun of perks ("perks such as") or a card's ("a pass that gives")."""
        return any(t.lemma_.lower() in self.grammar.benefit_nouns | self.grammar.pass_nouns for t in match)

    def _verb_after(self, doc: Doc, condition: Span, conditions: list[Span], fronted: bool = False) -> Token | None:
        """The first verb after a condition, in its clause: what the recipients can do. After a
        condition that names no recipients (`fronted`: "Above 700, hotels skip the room deposit",
        "above 650 you can rent chargers"), only a verb that offers: not "hotels booked through
        Fliggy", "the penalty is lifted"."""
        end = self.phrases.clause_end(doc, condition.end) if condition.end < condition.sent.end else condition.end
        inside = {t.i for c in conditions for t in c}
        party = condition.root.head if condition.root.dep_ in ("prep", "acl", "relcl", "amod") else condition.root
        if party.dep_ in ("pobj", "dative"):  # "grants rentals to users scoring 550 or more, had 410 million users"
            end = min(end, party.right_edge.i + 1)  # the recipients of another verb: a verb after is not theirs
        for token in doc[condition.end:end]:
            if self._misread_receiving_noun(token, condition):
                return token
            if token.i in inside or token.pos_ not in ("VERB",) or token.lemma_ in REPORTING_VERBS:
                continue
            if self._misread_receiving(token, condition):
                return token
            if token.dep_ in ("amod", "compound") or token.dep_ in ("acl", "relcl") and token.head.i < token.i:
                continue  # "taxpayers rated A", "discounted loans": part of a noun phrase
            if token.tag_ in ("VBG", "VBN") and doc[token.i - 1].text == ",":
                continue  # "Residents rated AAA, meaning 1,050 points or more, receive ...": a gloss of the condition
            if token.lemma_.lower() in self.grammar.enabling_verbs:
                continue  # "let guests ... check in": the enabled verb
            if fronted and not self._offers(token):
                continue  # "Above 700, hotels booked through Fliggy skip the deposit": not "booked"
            if token.dep_ == "pcomp" and token.head.lower_ != "without":
                continue  # "by paying on time": a gerund of a preposition is no verb of the recipients
            return token
        return None

    def _misread_receiving(self, token: Token, condition: Span) -> bool:
        """ "Firms rated A received faster clearance, ...": a receiving verb in the past right after a
        grade, which the parser may read as a modifier of the first perk ("received clearance") and
        the condition's participle as the main verb, is the recipients' verb."""
        return token.i == condition.end and token.dep_ == "amod" and token.tag_ in ("VBD", "VBN") \
            and token.lemma_.lower() in self.grammar.receiving_verbs

    def _misread_receiving_noun(self, token: Token, condition: Span) -> bool:
        """ "A highly rated company benefits from lower audit rates, ...", "A firm rated A enjoys ...": a
        receiving verb in the present the tagger read as a plural noun heading the sentence, with only the
        recipients' noun between the condition and it, is the recipients' verb."""
        doc = token.doc
        return token.tag_ == "NNS" and token.dep_ == "ROOT" and token.lemma_.lower() in self.offering \
            and all(t.pos_ in ("NOUN", "PROPN") for t in doc[condition.end:token.i])

    def _offers(self, verb: Token) -> bool:
        """A verb that offers something to someone (`offering`), or one a party can do ("you can rent")."""
        able = any(c.dep_ == "aux" and c.lower_ in ABILITY_MODALS for c in verb.children)
        return verb.lemma_.lower() in self.offering or able and not any(c.dep_ == "auxpass" for c in verb.children)

    def _granted(self, doc: Doc, verb: Token) -> list[tuple[int, int]]:
        """The perks of the verb: its objects after a receiving verb ("receive discounts on X and
        priority in Y"), else its verb phrases ("check in without a deposit and check out
        without queuing")."""
        end = self.phrases.clause_end(doc, verb.i)
        if verb.dep_ == "amod":  # a receiving verb read as a modifier (`_misread_receiving`): the list after it
            return self.phrases.list_items(doc, verb.i + 1, end)
        if verb.pos_ == "NOUN":  # ... or as a noun (`_misread_receiving_noun`): the list after it, or after its "from"
            first = verb.i + 2 if verb.i + 1 < end and doc[verb.i + 1].dep_ == "prep" else verb.i + 1
            return self.phrases.list_items(doc, first, end)
        passive = any(c.dep_ == "auxpass" for c in verb.children)  # "may be given X and Y"
        if verb.lemma_.lower() in self.grammar.receiving_verbs or passive and verb.lemma_.lower() in self.grammar.granting_verbs:
            obj = next((c for c in verb.children if c.dep_ in ("dobj", "attr", "oprd")), None)
            if obj is None or obj.lemma_.lower() in self.grammar.benefit_nouns and not _specific(obj):
                return []
            heads = [obj, *[c for c in obj.conjuncts if obj.i < c.i < end]]
            # "receive discounts on their heating bills": the parser may hang the preposition on the verb
            last = max([heads[-1].right_edge.i, *(c.right_edge.i for c in verb.rights if c.dep_ == "prep" and c.i > obj.i)])
            items = [_phrase_of(h, heads, min(end, last + 1)) for h in heads]
            items = [part for item in items for part in self.phrases.split_parallel(doc, *item)]
            # "enjoy a simplified refund process and are inspected less often": a verb phrase after the objects
            later = [c for c in verb.conjuncts if items[-1][1] <= c.i < end and c.pos_ == "VERB"]
            return items + [(c.i, min(end, _own_right_edge(c) + 1)) for c in later]
        verbs = [verb, *[c for c in verb.conjuncts if verb.i < c.i < end and c.pos_ == "VERB"]]
        end = min(end, _own_right_edge(verbs[-1]) + 1)  # "..., and those rated 250 can borrow": another clause
        groups = self.phrases.steps(verbs)  # "see a doctor first and pay afterwards" is one perk
        heads = [g[0] for g in groups]
        items = [_phrase_of(g[0], heads, end, last=g[-1]) for g in groups] if len(groups) > 1 else [(verb.i, end)]
        return [part for item in items for part in self.phrases.split_at_verbs(doc, *item)]

    def _matches_by_cue(self, doc: Doc) -> dict[int, list[Span]]:
        """Each cue's matches, the longest where they overlap, in text order."""
        grouped: dict[int, list[Span]] = {}
        for match_id, start, end in self.matcher(doc):
            if doc[start].sent != doc[end - 1].sent:
                continue  # a headline's "perks multiply" and the byline's "Source:" under it are no cue
            index = int(doc.vocab.strings[match_id].split(":")[1])
            grouped.setdefault(index, []).append(doc[start:end])
        return {k: sorted(filter_spans(v), key=lambda s: s.start) for k, v in grouped.items()}

    def _claims(self, doc: Doc, cue: Cue, match: Span):
        sent = match.sent
        if cue.weak and not self._in_context(sent, cue):
            return
        if is_negated(match):
            return
        if cue.takes == "list" and self._left_to_colon_list(match, cue):
            return  # "may not: (1) take aircraft, ...; (2) stay in ...": one item per part, `_add_colon_list_claims`
        items = self._items(doc, cue, match)
        bounds = _list_item_of(match)
        if bounds is not None:  # "- borrow e-books without a deposit;\n- park for free": the cue's own item only
            items = [(max(s, bounds[0]), min(e, bounds[1])) for s, e in items if s < bounds[1] and bounds[0] < e]
        if not items:
            return
        grantor, grantor_text = self._grantor(doc, match, items, cue)
        kind, predicate = cue.kind, cue.predicate
        if cue.by_standing and self._good_standing(match.sent):  # shown as an honour
            kind, predicate = "perk", self._clause_cues["perk"].predicate
        lost = self._lost_ability(cue, match)
        if lost is not None:  # "she could no longer rent bikes deposit-free": a perk one can no longer have is a penalty
            kind, predicate = "penalty", self._clause_cues["penalty"].predicate
        for number, (start, end) in enumerate(items):
            item = doc[start:end]
            if negative_inversion(item[0]):  # "Penalties are rarer: ..., and in none of the cities is ..."
                continue
            phrase_start = match.start if number == 0 and cue.prefix and match.end <= start else start
            if cue.takes == "clause":
                phrase_start = match.start
            if lost is not None:  # "could no longer rent bikes deposit-free"
                phrase_start = min([c.i for c in lost.children if c.dep_ in ("aux", "neg", "advmod") and c.i < lost.i]
                                   + [lost.i])
            phrase = doc[phrase_start:end]
            claim = Claim(
                kind=kind, predicate=predicate,
                phrase_start=phrase.start_char, phrase_end=phrase.end_char,
                quote_start=sent.start_char, quote_end=sent.end_char,
                method=f"{kind}/{cue.category}", object=self._object(cue, match, item, lost),
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
        system = scoring_system(match.root, grantor=grantor, graded_firms=True)
        if system is not None and claim.kind == "perk" and is_named_blacklist(system.actor):
            system = None  # a blacklist grants no perks: the passage's list is some other list, or none
        if system is not None:
            claim.subject_id, claim.subject = system.id, system.name
            claim.extra["subject_rule"] = system.how
        if grantor is not None and (system is None or grantor.id_ != system.id):
            claim.extra["grantor"] = actor_of(grantor)[1]
        elif grantor is None and grantor_text:
            claim.extra["grantor"] = grantor_text

    def _left_to_colon_list(self, match: Span, cue: Cue) -> bool:
        """Whether the list after the cue's colon is one the colon-list reader takes whole part by part
        (`_add_colon_list_claims`: its lead-in names the same kind), so the cue claims none of its own."""
        colon = _parting_colon(match)
        if colon is None or self.clauses is None:
            return False
        good = {t.i for s in self._good_conditions(match.doc) for t in s}
        return self._lead_in_kind(match.doc[colon.sent.start:colon.i], good) == cue.kind

    @staticmethod
    def _in_context(sent: Span, cue: Cue) -> bool:
        """Whether the sentence speaks of the cue's context ("graded D", "blacklisted"), or opens with a
        pronoun for the parties of the sentence before that does ("... are graded D. They cannot ...")."""
        def speaks(span: Span) -> bool:
            return any(t.lemma_.lower() in cue.context or t.lower_ in cue.context for t in span)

        before = sent.doc[sent.start - 1].sent if sent.start > 0 else None
        return speaks(sent) or before is not None and sent[0].lower_ in REFERRING_PRONOUNS and speaks(before)

    def _items(self, doc: Doc, cue: Cue, match: Span) -> list[tuple[int, int]]:
        if cue.takes == "list":
            start = self._list_start(doc, cue, match)
            if start is None:
                return []
            end = self.phrases.clause_end(doc, start)
            verb = _clause_verb(match.root)
            if verb is not None and verb.dep_ == "relcl" and verb.i < end:  # "debtors, who cannot fly, travel by bus"
                end = min(end, max(verb.right_edge.i + 1, match.end))
            if cue.grant:
                if doc[start].lower_ in ("to", "for") and self._before_recipient(doc, start - 1, end) == start:
                    return []  # "Discounts are offered to residents with ...": what is offered came before
                end = self._before_recipient(doc, start, end)
            # "added for A, B and C, and deducted for D": the next cue opens another list
            end = min([self._cue_start(m) for m in self._cue_spans if start < m.start < end and not _overlaps(m, match)]
                      + [end])
            if self.phrases.illustrated(doc, match.start, end):  # "restrictions on high consumption, including
                whole = self.phrases.trim(doc, match.start, end)  # air travel and ...": one, with its examples
                return [whole] if whole else []
            items = self.phrases.list_items(doc, start, end, split=cue.split)
            if match[-1].pos_ == "ADP":  # "added for volunteering, for donating blood or for caring for ..."
                items = [part for item in items for part in _repeated_preposition(doc, *item, match[-1].lower_)]
                # "barred from buying plane tickets and 4.9 million from train tickets": a count, the verb left out
                items = [part for item in items for part in _gapped(doc, *item, match[-1].lower_)]
            # "barred from flying, cannot buy tickets and are denied credit", "rewards users with
            # waivers and penalises defaulters with bans": an item that starts with a finite verb is
            # a clause of its own, and the list ends there
            own = next((n for n, (s, e) in enumerate(items) if n and (_opens_clause(doc[s], cue)
                                                                        or _has_own_subject(doc, s, e))), len(items))
            # "are named on boards, may not bid for contracts, and lose their rebates": the series' last verb is
            # not under the middle one's "may not" (the clause reader reads it)
            own = min(own, next((n for n, (s, _) in enumerate(items) if n and later_item_of_series(doc[s])), own))
            # "prevented from leaving the country, for periods of up to three years": an item that
            # opens with another preposition than the cue's is an adjunct of the verb, and ends the list
            preposition = match[-1].lower_ if match[-1].pos_ == "ADP" else None
            adjunct = next((n for n, (s, _) in enumerate(items) if n and preposition and doc[s].pos_ == "ADP"
                            and doc[s].lower_ != preposition and doc[s].head.i < match.end), len(items))
            # "lose access to night-time orders, a penalty the platform introduced in 2018": a later item
            # that names perks or penalties in general describes the one before, and ends the list
            summary = next((n for n, (s, e) in enumerate(items) if n and self._generic(doc[s:e])), len(items))
            items = items[:min(own, adjunct, summary)]
            if one_object(doc, items, None if cue.grant else "as"):
                # "grants deposit-free rentals of power banks, bikes and hotels"; "may not serve as directors,
                # supervisors or senior managers": one ban on holding posts, its roles listed
                items = [(items[0][0], items[-1][1])]
            if items:  # "barred from bidding for contracts and must file monthly returns": another clause
                last_start, last_end = items[-1]
                verb = next((t.i for t in doc[last_start + 1:last_end] if _opens_clause(t, cue)
                             and doc[t.i - 1].pos_ == "CCONJ"), None)
                if verb is not None:
                    items[-1] = (last_start, verb - 1)
            return items
        if cue.takes == "phrase":
            root = match.root
            if root.pos_ == "VERB" and match[-1].pos_ == "NOUN" and match[-1].head == root:
                root = match[-1]  # "discounted tickets" with the participle read as a verb: its noun
            start, end = self.phrases.noun_phrase(doc, root)
            return [(min(start, match.start), end)]
        if cue.takes == "verb":
            start, end = self.phrases.verb_phrase(doc, match.root)
            return [(start, end)] if start <= match.start and match.end <= end else []
        if cue.takes == "object":  # "were refused high-speed rail tickets": the verb's object
            verb = _governing_verb(match.root) or match.root
            obj = next((c for c in verb.children if c.dep_ in ("dobj", "attr", "oprd") and c.i > verb.i
                        and not is_footnote_marker(c.text)), None)
            if obj is None and match[-1].pos_ == "NOUN" and match[-1] != verb:  # "heard a recording warning them"
                obj = match[-1]
            if obj is None:
                return []
            start, end = self.phrases.noun_phrase(doc, obj)
            return [(match.start, end)]
        if cue.takes == "clause":
            verb = _governing_verb(match.root) or match.root
            end = min(self.phrases.clause_end(doc, match.end), max(_clause_right_edge(verb) + 1, match.end))
            return [(match.start, max(match.end, end))]
        return [(match.start, match.end)]

    def _cue_start(self, match: Span) -> int:
        """Where a cue's words begin: a card's cue ("a Blue Card that offers ...") with the card's name, which
        names what holds the perks, not one of the perks a verb before it grants ("are given a Blue Card")."""
        if match[0].lower_ in self.grammar.pass_nouns:
            return min(match.start, match[0].left_edge.i)
        return match.start

    def _list_start(self, doc: Doc, cue: Cue, match: Span) -> int | None:
        """Where the items begin: right after the cue, or, after a granting verb, after the
        score condition that names the recipients ("offers its users with a high score ...")."""
        if not cue.grant:
            return match.end
        sent = match.sent
        end = self.phrases.clause_end(doc, match.end)
        conditions = [doc[s:e] for _, s, e in self._condition_matches(doc) if sent.start <= s and e <= sent.end]
        # a condition of the recipients after "to" ("free rides to members with scores above 700") opens no list
        recipients = self._before_recipient(doc, match.end, end)
        after = [c for c in filter_spans(conditions) if match.end <= c.start and c.end < end and c.start < recipients]
        if after:
            return after[0].end
        # "offers free rides to users with a score over 650"; "users with a high score are given ..."
        if self._said_of_bad_standing(match):
            return None  # "..., while low grades bring public naming": what a low score brings is no perk
        if any(match.end < c.start and c.end <= end or c.end <= match.start for c in conditions):
            return match.end
        return None

    def _said_of_bad_standing(self, match: Span) -> bool:
        """Whether a granting verb's own subject speaks of bad standing ("low grades bring ...")."""
        verb = _governing_verb(match.root)
        subject = _subject(verb) if verb is not None else None
        return subject is not None and self.clauses is not None \
            and self.clauses.marks(list(subject.subtree), set()) == {"bad"}

    def _before_recipient(self, doc: Doc, start: int, end: int) -> int:
        """Granted perks end where their recipients begin: "free rides | to users with ..."."""
        for i in range(start + 1, end - 1):
            if doc[i].lower_ in ("to", "for") and any(_is_recipient(t, self.grammar) for t in doc[i + 1:min(i + 4, end)]):
                return i
        return end

    def _lost_ability(self, cue: Cue, match: Span) -> Token | None:
        """The verb of a perk someone can no longer have: negated with its ability ("could no longer
        rent bikes deposit-free", "cannot rent them without a deposit"). A negated perk said in
        general ("does not offer deposit-free rentals") is none (`is_negated` drops it)."""
        if cue.kind != "perk" or cue.takes not in ("verb", "phrase") or self.clauses is None:
            return None
        # the clause's head, also where the tagger misread the verb as a noun ("could no longer rent")
        verb = next((t for t in (match.root, *match.root.ancestors) if t.pos_ in ("VERB", "AUX")
                     or t.dep_ in ("ccomp", "xcomp", "ROOT")), None)
        able = verb is not None and any(c.lemma_.lower() in self.clauses.words.abilities or c.lower_ == "longer"
                                        for c in verb.children)
        return verb if able and negated_here(verb) else None

    def _object(self, cue: Cue, match: Span, item: Span, lost: Token | None = None) -> str:
        if lost is not None:  # "no longer able to rent bikes deposit-free": from the verb on
            words = normalise(item.doc[lost.i:item.end])
            label = "no longer able to" if any(c.lower_ == "longer" for c in lost.children) \
                else self.clauses.words.inability_label
            return f"{label} {words}"
        words = normalise(item)
        if cue.takes == "self":
            return cue.label or normalise(match)
        if cue.takes == "clause":
            rest = normalise(item.doc[match.end:item.end]) if item.end > match.end else ""
            if not rest and cue.label:  # "Volunteering at a care home adds 5 points": what for is the subject
                verb = _governing_verb(match.root)
                act = next((c for c in verb.children if c.dep_ == "csubj" or c.dep_ == "nsubj"
                            and (c.tag_ == "VBG" or c.pos_ == "NOUN" and c.lower_.endswith("ing"))),
                           None) if verb is not None else None
                words = normalise(item.doc[act.left_edge.i:act.right_edge.i + 1]) if act is not None else ""
                if act is not None and item.doc[act.left_edge.i].is_sent_start and act.left_edge.pos_ != "PROPN":
                    words = words[:1].lower() + words[1:]  # "Volunteering at ..." opens the sentence
                rest = f"for {words}" if words else ""
            return f"{cue.label or normalise(match)} {rest}".strip()
        if cue.takes == "list" and cue.prefix:
            # the cue without whom it bars: "blocked (people) from", "shut out of", "kept (debtors) off"
            tail = len(match)
            while tail > 1 and match[tail - 1].pos_ in PARTICLE_POS:
                tail -= 1
            prefix = cue.label or " ".join([match[0].text, *(t.text for t in match[tail:])])
            again = _repeated_particle(item, match[-1])
            if again is not None:  # "bars firms from tenders, and their managers from serving ...": without whom
                words = normalise(item.doc[again.i + 1:item.end])
            if item.start <= match.start:  # an item that holds its cue already: not "barred from barred from ..."
                return normalise(item.doc[match.start:item.end]) if match.start > item.start else words
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
        for span in actor_mentions(doc):
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
        before = [s for s in actor_mentions(doc) if s.end <= head.left_edge.i and s.label_ in types]
        return before[-1] if before else None

    def _sentence_actor(self, doc: Doc, match: Span, items, cue: Cue) -> Span | None:
        """The scoring actor the sentence names, when the clause names no grantor: of the
        preferred types first, then the nearest to the cue."""
        sent = match.sent
        credited = _credit_tokens(sent)
        candidates = [s for s in actor_mentions(doc)
                      if sent.start <= s.start and s.end <= sent.end and _may_grant(s, cue)
                      and not _inside(s, items) and s.start not in credited]
        if not candidates:
            return None
        rank = {t: n for n, t in enumerate(cue.grantor_types)}
        return min(candidates, key=lambda s: (rank.get(s.label_, len(rank)), abs(s.start - match.start)))


def _phrase_of(head: Token, siblings: list[Token], end: int, last: Token | None = None) -> tuple[int, int]:
    """The words of one of several coordinated heads: from its left edge to where the next
    sibling's coordination begins (or the clause ends); with `last`, the head's phrase runs on to that
    verb of its own sequence ("stay now and pay later")."""
    start = head.left_edge.i if head.pos_ != "VERB" else head.i
    later = [s for s in siblings if s.i > head.i]
    if later:
        stop = later[0].left_edge.i if later[0].pos_ != "VERB" else later[0].i
        cc = [t.i for t in head.doc[(last or head).i:stop] if t.dep_ == "cc" or t.text == ","]
        # a verb's phrase ends at the comma or conjunction before the next verb, not at one inside its
        # objects ("rent bicycles and power banks without a deposit, stay now and pay later")
        stop = (max(cc) if head.pos_ == "VERB" else min(cc)) if cc else stop
    else:
        stop = end
    while stop > start + 1 and (head.doc[stop - 1].is_punct or head.doc[stop - 1].dep_ == "cc"):
        stop -= 1
    return start, stop


def _credit_follows(doc: Doc, comma: int, end: int) -> bool:
    """ "..., the Southern Metropolis Daily reported": after a comma, a noun phrase and a
    reporting verb that end the sentence credit it; they are no list item."""
    for j in range(comma + 1, min(comma + 9, len(doc))):
        token = doc[j]
        if token.pos_ == "VERB":
            subject = any(c.dep_ == "nsubj" and comma < c.i < j for c in token.children)
            return token.lemma_ in REPORTING_VERBS and subject
    return False


def _new_clause_follows(doc: Doc, before: int, end: int) -> bool:
    """ "..., and their children cannot enrol": after token `before` (a comma, or the last word
    of a phrase), a conjunction and a subject of its own start another clause, and so does a verb in the
    present with an object ("... and lowers their score"); it is no list item."""
    if before + 2 >= end or doc[before + 1].pos_ != "CCONJ":
        return False
    after = doc[before + 2]
    if after.tag_ == "VBZ" and any(c.dep_ == "dobj" for c in after.children):
        return True  # "bars listed users from flights and lowers their score": the same subject's next verb
    for token in doc[before + 2:min(before + 7, end)]:
        if token.dep_ in ("nsubj", "nsubjpass") and token.head.i > token.i and not _bare_plural(token.head):
            return True
        if token.pos_ in ("VERB", "AUX"):
            return False
    return False


def _passive_verb(verb: Token) -> bool:
    return any(c.dep_ == "auxpass" for c in verb.children)


def _bare_plural(verb: Token) -> bool:
    """ "travel bans and asset freezes.": a present-tense verb with nothing but its subject, ending the
    clause, is a plural noun the tagger misread ("freezes"), no clause of its own."""
    doc = verb.doc
    last = verb.i + 1 >= len(doc) or doc[verb.i + 1].is_punct
    return verb.tag_ == "VBZ" and last and all(c.dep_ in ("nsubj", "punct") for c in verb.children)


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


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


def recommended(match: Span) -> bool:
    """A recommendation, not a claim: the sentence opens with a bare verb that has no subject
    ("Publish the number of exit bans each year.", "• Notify every debtor in writing")."""
    sent = match.sent
    first = next((t for t in sent if not (t.is_punct or t.is_space or t.text in "•·-–—*")), None)
    return first is not None and first.dep_ == "ROOT" and first.tag_ == "VB" \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in first.children)


def questioned(match: Span) -> bool:
    """A question, not a claim: the cue's sentence asks whether ("Does the system stop millions of
    people from travelling?", "Will a low score cost you your job?"): it ends with a question mark."""
    last = next((t for t in reversed(match.sent) if not (t.is_space or t.text in QUOTES)), None)
    return last is not None and last.text == "?"


def is_negated(match: Span) -> bool:
    """Whether the cue is negated: "no perks such as", "does not bar", "refused to offer", "no
    evidence that ... barred"."""
    inside = {t.i for t in match}
    root = match.root
    heads = [root] + ([root.head] if root.head != root and root.dep_ in ("dobj", "attr", "nsubjpass", "pobj") else [])
    if root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.head.pos_ == "VERB":
        heads.append(root.head.head)  # "does not lead to any restriction on travel"
    for head in heads:
        for child in head.children:
            if child.i not in inside and child.lower_ in NEGATIONS and child.dep_ in ("neg", "det", "advmod", "preconj"):
                return True
        if any(c.i not in inside and no_longer(c) for c in head.children):  # "no longer pay deposits"
            return True
    verb = _governing_verb(root)
    if verb is not None and verb.dep_ == "acl" and verb.head.dep_ == "dobj" and negated_here(verb.head.head):
        return True  # "never got anyone banned from a train"
    if verb is not None and of_no_case(_clause_verb(root)):  # "no evidence that a low score barred anyone from ..."
        return True
    if verb is not None and denied_in_scope(_clause_verb(root)):  # "has never been used to ban anyone from trains"
        return True
    # a complement comes after its verb: one before it is a misread series ("can be excluded
    # from X, refused Y": "refused" does not negate "excluded")
    while verb is not None and verb.dep_ in ("xcomp", "ccomp") and verb.head != verb and verb.i > verb.head.i:
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


def _clause_verb(token: Token) -> Token | None:
    """The verb of the cue's clause: an auxiliary's or a negation's verb ("can not pay": "pay")."""
    verb = _governing_verb(token)
    return verb.head if verb is not None and verb.dep_ in ("aux", "auxpass", "neg") else verb


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


def _own_right_edge(verb: Token) -> int:
    """The last token of the verb's phrase, a coordinated clause with its own subject aside
    ("see a doctor first and pay afterwards" is one phrase; "..., and those rated 250 can
    borrow" is another clause)."""
    kept = [c.right_edge.i for c in verb.rights
            if not (c.dep_ == "conj" and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children))
            and c.dep_ not in ("punct",)]
    return max([verb.i, *kept])


def _bare_right_edge(verb: Token) -> int:
    """The last token of the verb's own words, without the verbs coordinated with it ("pay later" of
    "stay now and pay later, and ...")."""
    kept = [c.right_edge.i for c in verb.rights if c.dep_ not in ("conj", "cc", "punct")]
    return max([verb.i, *kept])


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
                             Grammar.from_vocab(perks.get("grammar") or {}), ClauseWords.from_vocab(perks, penalties))
