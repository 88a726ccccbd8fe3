"""Relations between actors: ownership, divisions, affiliation, licensing, partnership, roles.

`sckb_relations` reads four kinds of wording, with cue words from corpus/vocab/relations.yaml:

- role descriptions: "Alipay, a payments division of retail giant Alibaba", "Tencent, the
  owner of popular social apps WeChat and QQ", "Alipay's rating system, Sesame Credit",
  "Ant Financial representative Chen Wenjin"; a product noun that heads the role's object is
  what the role is of, no role of its own ("Ant, the operator of the Alipay payments app and the
  Sesame Credit scoring service": both operated by Ant, however the parser joins the second);
- participles: "Ant Financial Services, which is owned by Alibaba", "AFSG, a company
  affiliated with ... Alibaba";
- verbs: "Ant Financial, which runs ... Sesame Credit", "the PBoC assigned ... to eight
  companies, among them Ant Financial", "began to coordinate with Sesame Credit", "belongs to
  the same Group Alipay belongs to: Ant Financial Service Group";
- licences: "Sesame credit is ... one of the eight companies that has gained the
  governmental permission and business license".

Also: possessives ("Tencent's WeChat Pay Score", "its Sesame Credit service", "whose
Jiebei app": part_of, unless the sentence says how, "which launched its X": developed_by),
"it" for the actor named before ("it approved Baihang Credit", "It is run by X", "X runs it"),
lists of holders with their shares (every name apposed to the holders, "the eight firms, among them A
and B, hold 8% each", every name their "including" gives, "eight firms, including A and B, hold 8% each", and
the names listed right before "among them" however the parser hangs them, a share the parser reads as an
adverb still held), stakes said without their company ("A and B hold 17.5 percent each", "A owns 17.5%,
as does B": the company another stake of the sentence names, or whose owners a role noun of it names
("X's largest shareholder is Y, which holds 36%, and Z holds 7.5%"), else the one whose owners the
sentence before names, or that it says was licensed, set up...), ties signed
between the subjects ("X and Y signed a partnership"), or whose tie a possessive or a clause on it
says ("its partnership with X", "an agreement the city signed with X"), stakes ("a joint venture in
which NIFA holds 36 percent", "X will raise its stake in Y": owned_by), hyphenated participles ("the
state-backed Baihang Credit", "Baihang Credit, the PBoC-licensed bureau"), a licence that "went to"
its holder or that an act was done "with" ("was established with the approval of the PBoC"), a
selection whose agent hangs on the selected-as noun ("designated one of the model cities by the
NDRC"), copular descriptions ("The blacklist is the most developed part of X"), roles that link only
through a preposition ("the company behind Alipay"), a gazetteer name that goes on with "of" and the
name of the body the gazetteer says it is part of ("the Credit Reference Center of the People's Bank of China"), contact lines and bylines ("Helen Zhao, PR
Manager, Pearl River Credit", "Liang Yu (Fudan University)"; not another author of an author-year
citation: "(Liang et al., 2018; Creemers, 2018)"), a register's titles ("X Co., Ltd.,
legal representative Gao Mou", "X Co., Ltd. (legal representative: Mr Gao)"), the bare title of one
who reports what a body does ("Baihang expects approval, chief executive Zhu Huanqi said"), data one
actor supplies to another ("the score draws on payment data shared by Alipay": relations.yaml
`supplies`), roles in
a clause on "which" ("X, of which Mr Gao is the legal representative", "a bureau in which NIFA is
the largest shareholder"), deals ("completed the acquisition of X"),
roles given by a verb ("counts Tencent as an investor") or by "with ... as" ("set up with NIFA as
its largest shareholder"), things inside a platform ("it sits inside Alipay": relations.yaml
`containers`), what was merged into a body ("the office was merged into the bureau": `insertions`),
a speakers' list's unit set off before its body ("deputy director of the Department of Price
Affairs, NDRC": works_for the body), years spent at a body ("spent eight years at X": works_for),
a regulator's permission ("the PBoC allowed eight companies, among them X and Y, to prepare ...":
licensed_by; relations.yaml `licences`), a licence received "from" its licensor wherever the parser hangs the
"from" ("received its licence from the central bank"), a tie signed "with which" ("Baihang, with which X signed an
agreement"), and the rows of a table laid out in plain lines under a header naming a column of
relations.yaml `columns` ("Scheme   Launched   Operator"), a role of a set one is "one of" ("JD.com, one of
Pudao's founding investors": owned_by), a deal agreed with a purpose ("agreed with ICBC to build a score":
partners_with; relations.yaml verbs `purpose`, "agrees with X that ..." being an opinion), a second licence
whose licensor is the one of the licence told of before ("A second licence went to Pudao Credit"), a licence
given "to" its holders however the parser hangs the "to" ("granted licences to X and Y"), "the go-ahead" as a
licence, also given to a first object the parser apposes it into ("gave eight companies, including X and Y, the
go-ahead to ..."), a passive infinitive of giving on its holder ("the first company to be granted a licence by
Y"), one of a set a regulator allowed or picked ("X, one of eight firms picked by Y", "X was among eight companies
Y allowed to run trials": relations.yaml participles `allowed`, `permitted`), the role noun of a set the subject
is among or one of ("X and Y are among the shareholders of Z", "X is one of the investors in Z"), an owner
compounded before a role noun on the name it describes ("Alibaba affiliate Ant Group", the parser hanging
"Alibaba" on the name; a role compounded on another name is that name's: "the unit of Alibaba affiliate Ant
Group" is Ant Group's unit), a division named by no name of its own, through which one works for its body ("the
head of the credit department at the NDRC", "deputy director of the NDRC's credit department"), and the
maker "it" stands for in a clause on the thing made ("WeChat Pay Score, the credit score it launched":
not the score, the organisation named before it), and a maker that comes to a market with its product ("Tencent
came back in 2019 with WeChat Pay Score", "answered with", "hit back with": developed_by; relations.yaml `entries`),
the product found right after its preposition or set off after its noun where the parser hung it on a later verb,
and a share said as the passive subject of a verb of dividing or holding ("the remaining 30% is split among A, B
and C", "the rest is held by A": owned_by; relations.yaml stakes `passive_verbs`), the company the share's "of"
or the one another stake names. A body's "we" in a quote of one who speaks for it is the body ("we signed an
agreement with X," said Y, Z's chief: Z partners_with X), and so is a filing's "our" of a stake ("Alibaba
holds 33% of our equity interest", in Ant's prospectus: Ant owned_by Alibaba); a stake of "no" equity is none. "A and B each
hold 8%" is read from the order of the words, where "each" parts the parse ("a company in which A and B
each hold an 8% stake", "NIFA holds 36%; A and B each own 8%").
A workplace named right after "of" or "at" is the person's though the parser hung the name's last word
elsewhere ("Helen Marsh of Torrance University said": "University" read as the verb's subject).
A workplace or a container named with its owner's
possessive is the unit named ("nine years at the PBoC's Credit Reference Center", "inside Ant Group's
Alipay app"), and where an object is kept is no object ("keeps two lists on its Publicity System": the
possessive says whose the system is). Relations stated as no fact (planned,
stopped, yet to come, conditional, asked: relations.yaml `unrealised`) are left out. Descriptions ("the court", "the company") are actor
mentions (extract/actors.py). A place is an end only where relations.yaml says (`places`): the
owner or maker of a local scheme the gazetteer does not know ("Suzhou's Osmanthus Score").

Both ends are actors (doc.spans["actors"]); a claim's subject is one, its `object` the
canonical name of the other and `object_id` its id. Every predicate reads from the part to
the whole (see the vocabulary's header): "Tencent owns WeChat" is stored as
WeChat owned_by Tencent. Negated wording ("not part of", "refused to give final approval")
gives no relation.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import combinations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from extract.actors import SPANS_KEY, Gazetteer, actor_of, is_description, is_local_body, is_possessive_mark
from extract.claims import Claim
from extract.datelines import dateline_at
from extract.dates import plain_row
from extract.numbers import doc_text, in_citation
from extract.perks import is_negated
from extract.subjects import CORPORATE_WE, PRONOUNS, REPORTED_DEPS, body_of_we, reporting_verbs, resolve_pronoun
from extract.turns import SPEAKER_TITLES
from extract.vocab import load_vocab

#: Dependents that hold the other actor of a role noun: "division of Alibaba",
#: "Alipay's system", "Ant Financial representative".
ROLE_LINKS = {"prep", "poss", "compound", "nmod", "amod"}

#: Possessives of people: what a person does with "his score" is his own account's, not a relation.
PERSONAL_POSSESSIVES = ("his", "her", "my", "your", "our")

#: Predicates of making something, which a verb says over a possessive's part_of ("launched its
#: own score, X": developed_by).
MAKING = ("developed_by", "founded_by")

#: Possessives that stand for an owner: "its subsidiary", and a body's own "our subsidiary".
OWNER_PRONOUNS = PRONOUNS | {"our"}

#: Particles the parser may read as prepositions ("spun out of"; "out" takes its own "of").
PARTICLES = ("out", "off", "up")

#: Actor types that employ no one: "its legal representative" is not the list's or the law's.
NO_EMPLOYERS = ("program", "law")

#: Actor types that are no part of the place they sit in: "the province's high court" says where
#: the court is (courts are the state's), not whose.
PLACELESS_TYPES = ("court",)

#: Actor types of schemes, whose names may be plural ("Osmanthus Points") and still name one.
SCHEME_TYPES = {"program", "product"}


@dataclass(frozen=True)
class Link:
    predicate: str
    inverse: bool = False
    #: a role that links only through these prepositions ("the company behind Alipay")
    preps: tuple = ()


class RelationVocabularyError(ValueError):
    """A relations vocabulary that cannot be used; says what is wrong."""


@dataclass(frozen=True)
class PredicateHierarchy:
    """The predicates of relations.yaml as data: each one's broader predicate, and the names of
    predicates stated the other way round ("owns" is owned_by read from the owner)."""

    broader: dict  # predicate -> its broader predicate, or None at the top
    inverses: dict  # inverse name -> predicate ("owns" -> "owned_by")

    @classmethod
    def from_vocab(cls, vocab: dict) -> "PredicateHierarchy":
        predicates = vocab.get("predicates") if isinstance(vocab, dict) else None
        if not isinstance(predicates, dict):
            raise RelationVocabularyError("relations vocabulary: `predicates` must map each predicate to its rule")
        broader, inverses = {}, {}
        for name, rule in predicates.items():
            rule = rule or {}
            parent = rule.get("broader")
            if parent is not None and parent not in predicates:
                raise RelationVocabularyError(f"relations vocabulary: {name} is broader than an undeclared predicate {parent!r}")
            broader[name] = parent
            if rule.get("inverse"):
                inverses[rule["inverse"]] = name
        hierarchy = cls(broader, inverses)
        for name in broader:
            hierarchy.ancestors(name)  # refuses a cycle
        return hierarchy

    def ancestors(self, predicate: str) -> list[str]:
        """The broader predicates of `predicate`, nearest first (works_for -> [affiliated_with])."""
        found, node = [], self.broader.get(predicate)
        while node is not None:
            if node in found or node == predicate:
                raise RelationVocabularyError(f"relations vocabulary: the broader predicates of {predicate} form a cycle")
            found.append(node)
            node = self.broader.get(node)
        return found

    def canonical(self, predicate: str) -> tuple[str, bool]:
        """(predicate, turned): an inverse name becomes its predicate, with `turned` True."""
        if predicate in self.inverses:
            return self.inverses[predicate], True
        return predicate, False


class RelationFinder:
    def __init__(self, vocab: dict, gazetteer: Gazetteer | None = None):
        try:
            self.organizations = set(vocab["organization_types"])
            self.predicates = vocab["predicates"]
            self.hierarchy = PredicateHierarchy.from_vocab(vocab)
            self.roles = {k.lower(): Link(v["predicate"], bool(v.get("inverse")), tuple(v.get("preps", ())))
                          for k, v in vocab["roles"].items()}
            self.verbs = {k: (Link(v["predicate"], bool(v.get("inverse"))), v["object"]) for k, v in vocab["verbs"].items()}
            # "agreed with ICBC to build a score": a tie only with a purpose ("agree with X that ..." is an opinion)
            self.purpose_verbs = {k for k, v in vocab["verbs"].items() if v.get("purpose")}
            self.participles = {k: (Link(v["predicate"]), set(v["preps"])) for k, v in vocab["participles"].items()}
            licences = vocab["licences"]
            workplaces = vocab.get("workplaces") or {}
            self.workplace_preps = {w.lower() for w in workplaces.get("preps", ["from", "at"])}
            self.workplace_predicate = workplaces.get("predicate", "affiliated_with")
            self.workplace_verbs = {w.lower() for w in workplaces.get("verbs", [])}
            self.workplace_verb_preps = {w.lower() for w in workplaces.get("verb_preps", ["at", "for"])}
            self.writing_verbs = {w.lower() for w in workplaces.get("writing_verbs", [])}
            self.speaking_titles = {w.lower() for w in workplaces.get("speaking_titles", [])}
            self.managing_verbs = {w.lower() for w in workplaces.get("managing_verbs", [])}
            self.time_verbs = {w.lower() for w in workplaces.get("time_verbs", [])}
            self.time_units = {w.lower() for w in workplaces.get("time_units", [])}
            self.writing_preps = {w.lower() for w in workplaces.get("writing_preps", ["for"])}
        except (KeyError, TypeError, AttributeError) as error:
            raise RelationVocabularyError(f"relations vocabulary: missing or malformed entry {error}") from None
        unknown = {link.predicate for link in self.roles.values()} | {link.predicate for link, _ in self.verbs.values()} \
            | {link.predicate for link, _ in self.participles.values()}
        if unknown - set(self.predicates):
            raise RelationVocabularyError(f"relations vocabulary: undeclared predicates {sorted(unknown - set(self.predicates))}")
        self.licence_nouns = set(licences.get("nouns", []))
        self.receiving_verbs = set(licences.get("receiving_verbs", []))
        self.giving_verbs = set(licences.get("giving_verbs", []))
        self.granting_verbs = self.giving_verbs | set(licences.get("granting_verbs", []))
        self.licensor_adjectives = licences.get("licensor_adjectives", {})
        self.kind_participles = {w.lower() for w in licences.get("kind_participles", [])}
        self.permission_verbs = {w.lower() for w in licences.get("permission_verbs", [])}
        self.regulator_types = set(licences.get("regulator_types", []))
        self.attachments = {str(k).lower(): v for k, v in (vocab.get("attachments") or {}).items()}
        if set(self.attachments.values()) - set(self.predicates):
            raise RelationVocabularyError("relations vocabulary: `attachments` names an undeclared predicate")
        entries = vocab.get("entries") or {}
        self.entry_verbs = {w.lower() for w in entries.get("verbs", [])}
        self.entry_preps = {w.lower() for w in entries.get("preps", ["with"])}
        self.entry_types = set(entries.get("types", SCHEME_TYPES))
        self.entry_link = Link(entries.get("predicate", "developed_by"))
        if self.entry_link.predicate not in self.predicates:
            raise RelationVocabularyError("relations vocabulary: `entries` names an undeclared predicate")
        supplies = vocab.get("supplies") or {}
        self.supply_participles = {w.lower() for w in supplies.get("participles", [])}
        self.supply_nouns = {w.lower() for w in supplies.get("nouns", [])}
        self.supply_predicate = supplies.get("predicate", "partners_with")
        ventures = vocab.get("ventures") or {}
        self.venture_nouns = {w.lower() for w in ventures.get("nouns", [])}
        self.venture_preps = {w.lower() for w in ventures.get("preps", [])}
        self.venture_predicate = ventures.get("predicate", "owned_by")
        ties = vocab.get("ties") or {}
        self.tie_nouns = {w.lower(): Link(p) for p, words in ties.items() for w in words}
        self.partnership = next(iter(ties), "partners_with")  # what making something together is
        unknown_ties = {link.predicate for link in self.tie_nouns.values()} - set(self.predicates)
        if unknown_ties:
            raise RelationVocabularyError(f"relations vocabulary: `ties` names undeclared predicates {sorted(unknown_ties)}")
        self.affiliation_verbs = {w.lower() for w in workplaces.get("affiliation_verbs", [])}
        self.occupation_preps = {w.lower() for w in workplaces.get("occupation_preps", [])}
        self.not_staff = {w.lower() for w in workplaces.get("not_staff", [])}
        self.naming_verbs = {w.lower() for w in vocab.get("naming_verbs") or []}
        self.role_verbs = {w.lower() for w in vocab.get("role_verbs") or []}
        # kinds of body a description names (read by extract/actors.py too): noun -> (types, name words)
        self.kinds = {str(noun).lower(): (set(entry.get("types", [])), set(entry.get("names", [noun])))
                      if isinstance(entry, dict) else (set(entry), {str(noun).lower()})
                      for noun, entry in (vocab.get("descriptions") or {}).items()}
        insertions = vocab.get("insertions") or {}
        self.insertion_verbs = {w.lower() for w in insertions.get("verbs", [])}
        self.insertion_preps = {w.lower() for w in insertions.get("preps", ["into"])}
        self.insertion_predicate = insertions.get("predicate", "part_of")
        containers = vocab.get("containers") or {}
        self.container_preps = {w.lower() for w in containers.get("preps", [])}
        self.container_predicate = containers.get("predicate", "part_of")
        stakes = vocab.get("stakes") or {}
        self.stake_verbs = set(stakes.get("verbs", []))
        self.stake_nouns = set(stakes.get("nouns", []))
        self.share_units = {tuple(str(w).lower().split()) for w in stakes.get("units", ["percent", "%"])}
        self.shared_verbs = {w.lower() for w in stakes.get("passive_verbs", [])}
        self.shared_preps = {w.lower() for w in stakes.get("passive_preps", ["among", "between", "by"])}
        self.remainders = {w.lower() for w in stakes.get("remainders", [])}
        # role nouns of a product of its owner ("its Sesame Credit service")
        self.product_nouns = {word for word, link in self.roles.items() if link.predicate == "part_of" and not link.inverse}
        deals = vocab.get("deals") or {}
        self.deal_nouns = {w.lower() for w in deals.get("nouns", [])}
        self.deal_link = Link(deals.get("predicate", "owned_by"))
        self.undone_verbs = {w.lower() for w in deals.get("undone_verbs", [])}
        unrealised = vocab.get("unrealised") or {}
        self.unrealised_verbs = {w.lower() for w in unrealised.get("verbs", [])}
        self.unrealised_adverbs = {w.lower() for w in unrealised.get("adverbs", [])}
        self.unrealised_modifiers = {w.lower() for w in unrealised.get("modifiers", [])}
        self.conditions = {w.lower() for w in unrealised.get("conditions", [])}
        self.columns = {str(k).lower(): v for k, v in (vocab.get("columns") or {}).items()}
        if set(self.columns.values()) - set(self.predicates):
            raise RelationVocabularyError("relations vocabulary: `columns` names an undeclared predicate")
        self.gazetteer = gazetteer

    def __call__(self, doc: Doc) -> Doc:
        if doc._.claims is None:
            doc._.claims = []
        for sent in doc.sents:
            found: dict[tuple, Claim] = {}
            for claim in self.relations_in(doc, sent):
                found.setdefault((claim.subject_id, claim.predicate, claim.object_id), claim)
            doc._.claims.extend(_said_best(found.values()))
        doc._.claims.extend(self._table_rows(doc))
        return doc

    def _table_rows(self, doc: Doc):
        """A table laid out in plain lines (a PDF's text): under a header whose cells, parted by runs
        of spaces, name a column of relations.yaml (`columns`: "Operator"), each row with as many cells
        ties the actor of its first cell to the actor of that column's cell ("Jinhu Points   March
        2018   Jinhu Credit Office": operated_by)."""
        text, offset, header = doc_text(doc), 0, None
        names = [s for s in doc.spans.get(SPANS_KEY, []) if _is_name(s)]
        for line in text.split("\n"):
            cells = _cells(line, offset)
            offset += len(line) + 1
            if len(cells) < 2 or not plain_row(line):
                header = None
                continue
            columns = {i: self.columns[cell.lower()] for i, (_, _, cell) in enumerate(cells)
                       if i > 0 and cell.lower() in self.columns}
            if columns:
                header = (len(cells), columns)
                continue
            if header is None or len(cells) != header[0]:
                continue
            row = doc.char_span(cells[0][0], cells[-1][1], alignment_mode="expand")
            thing = _actor_in(cells[0], names)
            for column, predicate in header[1].items():
                other = _actor_in(cells[column], names)
                if row is not None and thing is not None and other is not None:
                    yield from self._claim(row, thing, Link(predicate), other, other[0], "relation/table")

    def relations_in(self, doc: Doc, sent: Span):
        actors = [s for s in doc.spans.get(SPANS_KEY, []) if sent.start <= s.start and s.end <= sent.end
                  and (_is_name(s) or is_description(s))]
        if not actors:
            return
        by_root = {span.root.i: span for span in actors}
        for actor in actors:
            yield from self._roles(doc, sent, actor, actors, by_root)
            yield from self._possessed(doc, sent, actor, actors)
            yield from self._workplace(doc, sent, actor, actors)
            yield from self._backed(doc, sent, actor, actors)
            yield from self._attached(doc, sent, actor, actors)
            yield from self._parent_in_name(doc, sent, actor)
        yield from self._possessive_roles(doc, sent, actors)
        yield from self._titles(doc, sent, actors)
        for token in sent:
            if _phrasal(token) in self.participles or token.lemma_.lower() in self.participles \
                    or token.lower_ in self.participles:
                yield from self._participle(doc, sent, token, actors, by_root)
            if token.dep_ == "acl" and token.lower_ in self.supply_participles \
                    and token.head.lemma_.lower() in self.supply_nouns:
                yield from self._supplied(doc, sent, token, actors, by_root)
            if token.pos_ == "NOUN" and token.lemma_.lower() in self.venture_nouns:
                yield from self._venture(doc, sent, token, actors, by_root)
            if token.pos_ == "VERB" and self._verb_key(token) in self.verbs:
                yield from self._verb(doc, sent, token, actors, by_root)
            if token.pos_ == "VERB" and self._entry_key(token) in self.entry_verbs:
                yield from self._entered_with(doc, sent, token, actors, by_root)
            if token.pos_ == "VERB" and token.lemma_.lower() in self.permission_verbs:
                yield from self._permitted(doc, sent, token, actors, by_root)
            if token.lemma_.lower() in self.licence_nouns or _hyphenated(token) in self.licence_nouns:
                yield from self._licence(doc, sent, token, actors, by_root)
            if token.pos_ == "VERB" and token.lemma_.lower() in self.stake_verbs:
                yield from self._stake(doc, sent, token, actors, by_root)
            if token.lower_ == "each" and (held := self._stake_after_each(token)) is not None:
                yield from self._each_holds(doc, sent, token, held, actors, by_root)
            if token.pos_ == "VERB" and token.lemma_.lower() in self.shared_verbs and _is_passive(token):
                yield from self._stake_shared(doc, sent, token, actors, by_root)
            if token.pos_ == "NOUN" and token.lemma_.lower() in self.deal_nouns:
                yield from self._deal(doc, sent, token, actors, by_root)
            if token.pos_ == "NOUN" and self._tie_link(token) is not None:
                yield from self._tie(doc, sent, token, actors, by_root)
            if token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in self.naming_verbs:
                yield from self._named_holders(doc, sent, token, actors, by_root)
            if token.lemma_ == "be" and token.dep_ == "relcl":
                yield from self._role_in_which(doc, sent, token, actors, by_root)
            if token.pos_ == "VERB" and token.lemma_.lower() in self.role_verbs:
                yield from self._role_given(doc, sent, token, actors, by_root)
            if token.pos_ == "VERB" and token.lemma_.lower() in self.insertion_verbs:
                yield from self._inserted(doc, sent, token, actors, by_root)
            if token.dep_ == "prep" and token.lower_ == "as":
                yield from self._role_with(doc, sent, token, actors, by_root)
            if token.dep_ == "prep" and token.lower_ in self.container_preps and token.head.pos_ in ("VERB", "AUX"):
                yield from self._contained(doc, sent, token, actors, by_root)

    # --- the four kinds of wording -----------------------------------------------------------

    def _roles(self, doc, sent, actor: Span, actors, by_root):
        """ "X, the owner of Y", "Y's rating system, X", "Y representative X"."""
        for description in self._descriptions(actor, by_root):
            for role_token, link in self._role_nouns(description, by_root):
                # "though not part of the PBOC pilot program"; another speaker's title in a list
                if _denied(role_token) or _held_by_another(role_token, description, actor, by_root):
                    continue
                if role_token.dep_ == "conj" and role_token.tag_ == "NNS":  # "its founder X and two senior executives": others
                    continue
                if _describes_another(role_token, actor, by_root):  # "unit of Huaxia affiliate Lotus Credit"
                    continue
                others = self._actors_linked_to(role_token, actors, exclude=actor)
                for conj in role_token.conjuncts if not others else ():
                    others = others or self._actors_linked_to(conj, actors, exclude=actor)  # "president and founder of FLIA"
                for other in others:
                    body = _body_of_unit(other, actors) if link.predicate == "works_for" else None
                    yield from self._claim(sent, actor, link, body or other, role_token, "relation/role")

    def _possessed(self, doc, sent, actor: Span, actors):
        """ "Tencent's QZone": a product named with its owner's possessive. The parser does not
        always attach the possessive to the name after it ("such as Renren or Tencent's QZone"
        makes Tencent a conjunct of Renren), so a possessive right before the name counts too."""
        # "Ant Financial's Sesame Credit and Tencent Credit": the possessive is the first name's, however parsed;
        # "Sesame Credit's parent Ant Group": a role noun between says the tie (`_possessive_roles`)
        owners = [o for child in actor.root.children if child.dep_ == "poss" and (o := _span_at(child, actors)) is not None
                  and not any(o.end <= s.start and s.end <= actor.start for s in actors)
                  and not any(t.lemma_.lower() in self.roles for t in doc[o.end:actor.start])]
        owners += [self._possessor(child, actors) for child in _possessive_pronouns(actor, self.product_nouns)]
        before = actor.start - 1
        while before > sent.start and doc[before].is_quote:  # Hangzhou's “Qianjiang Score”
            before -= 1
        if before > sent.start and is_possessive_mark(doc[before]):
            owners.append(next((s for s in actors if s.end == before), None))
        owners.append(_elliptic_owner(actor, actors))
        if actor[-1].tag_ in ("NNS", "NNPS") and actor.label_ not in SCHEME_TYPES:
            return  # "China's Social Credit Systems" names no one body; "Suzhou's Osmanthus Points" one scheme
        # "the city launched its “Lotus Points” scheme": a verb of making says how it is the city's
        thing = actor.root.head if actor.root.dep_ in ("compound", "nmod") and actor.root.head.lemma_.lower() in self.product_nouns \
            else actor.root
        link = self._made(thing) or Link("part_of")
        for owner in dict.fromkeys(o for o in owners if o is not None):
            if owner.id_ != actor.id_ and actor.label_ in self.organizations:
                yield from self._claim(sent, actor, link, owner, doc[owner.end], "relation/possessive")

    def _possessive_roles(self, doc, sent, actors):
        """A possessive role noun and the names it describes, read from the order of the words
        (the parser often hangs the names anywhere): "Ant's lending platforms Huabei and Jiebei",
        "its own score, WeChat Pay Score" (the names after the role noun), and "Sesame Credit,
        its credit-scoring feature" (a name set off before it); "its" as `_pronoun_owner` says."""
        for mark in sent:
            pronoun = mark.lower_ in ("its", "their") and mark.tag_ == "PRP$"
            owner = None if pronoun else next((a for a in actors if a.end == mark.i), None)
            if not (pronoun or owner is not None and is_possessive_mark(mark)):
                continue
            role = self._role_after(doc, mark.i + 1, sent.end)
            if role is None:
                continue
            names = _names_after(doc, role.i + 1, sent.end, actors)
            if role.tag_ == "NN":  # "Sesame Credit's parent Ant Group and Tencent": one parent, then another name
                names = names[:1]
            opening = mark.i if pronoun else owner.start
            before = next((a for a in actors if a.end + 1 == opening and doc[a.end].text == ","), None)
            if not names and before is not None and _role_ends_phrase(doc, role.i + 1, sent.end):
                names = [before]
            link = self._made(role) or self.roles[role.lemma_.lower()]
            for name in names:
                whose = self._pronoun_owner(mark, name, actors) if pronoun else owner
                if whose is not None and name.label_ in self.organizations:
                    yield from self._claim(sent, name, link, whose, role, "relation/possessive-role")

    def _made(self, thing: Token) -> Link | None:
        """How a verb whose object is `thing` says its owner made it ("created its own rating, X":
        developed_by), or None."""
        verb = thing.head if thing.dep_ == "dobj" else None
        link = self.verbs.get(self._verb_key(verb), (None,))[0] if verb is not None else None
        return Link(link.predicate) if link is not None and link.predicate in MAKING else None

    def _titles(self, doc, sent, actors):
        """A person's title read from the order of the words, which the parser often hangs
        anywhere: the body's name before the title ("NDRC deputy secretary-general Zhao Wei",
        "Ant's chief executive Eric Jing"), or a title set off before the name that names its
        body by a possessive or a preposition ("A spokesperson for the bureau, Liu Mei, said",
        "The city's deputy mayor, Chen Bo, said"): the person works for that body."""
        for person in (a for a in actors if a.label_ == "person"):
            yield from self._title_before(doc, sent, person, actors)
            yield from self._title_set_off(doc, sent, person, actors)
            yield from self._title_apposed(doc, sent, person, actors)
            yield from self._title_of_reporter(doc, sent, person, actors)

    def _title_before(self, doc, sent, person: Span, actors):
        """ "NDRC deputy secretary-general Zhao Wei": a run of lower-case title words right after a body's name."""
        i, words = person.start - 1, []
        while i >= sent.start and len(words) < 5 and (doc[i].is_lower and doc[i].is_alpha or doc[i].text == "-"):
            words.append(doc[i])
            i -= 1
        if i >= sent.start and is_possessive_mark(doc[i]):  # "Ant's chief executive Eric Jing"
            i -= 1
        pronoun = next((w for w in words if w.lower_ in ("its", "their") and w.tag_ == "PRP$"), None)
        if pronoun is not None:  # "..., its chief executive Deng Hao said": the title from the pronoun on
            words = [w for w in words if w.i > pronoun.i]
        role = next((w for w in words if self._works_for_role(w)), None)
        body = _owner_of(pronoun, actors) if pronoun is not None \
            else next((a for a in actors if a.end == i + 1 and a.label_ != "person"), None)
        if role is not None and body is not None:
            yield from self._claim(sent, person, Link("works_for"), body, role, "relation/title")

    def _title_set_off(self, doc, sent, person: Span, actors):
        """ "A spokesperson for the bureau, Liu Mei, ...": a noun phrase of a title, a comma, the
        name, and the apposition's end."""
        comma = person.start - 1
        closed = person.end >= sent.end or doc[person.end].is_punct
        if comma - 1 < sent.start or doc[comma].text != "," or not closed:
            return
        start = comma
        while start - 1 >= sent.start and _in_title_phrase(doc[start - 1]):
            start -= 1
        phrase = [t for t in doc[start:comma] if _span_at(t, actors) is None]
        role = next((t for t in reversed(phrase) if self._works_for_role(t)), None)
        if role is None:
            return
        inside = [a for a in actors if start <= a.start and a.end <= comma and a.label_ != "person"]
        after = [a for a in inside if a.start > role.i and any(t.pos_ == "ADP" for t in doc[role.i:a.start])]
        whose = [a for a in inside if a.end < role.i and is_possessive_mark(doc[a.end])]
        for body in (after or whose)[:1]:
            yield from self._claim(sent, person, Link("works_for"), body, role, "relation/title")

    def _title_apposed(self, doc, sent, person: Span, actors):
        """ "Hubei Tongda Co., Ltd., unified social credit code 9142..., legal representative Gao Mou",
        "Hubei Tongda Co., Ltd. (legal representative: Mr Gao)": a register's line sets the title off
        after the body, right before the name (a courtesy title and a colon aside), with no verb
        between (read from the order of the words: the parser hangs such lines anywhere)."""
        if person.root.dep_ in ("nsubj", "nsubjpass"):  # "X sued Y, chief executive Wu Jian said": whose, unsaid
            return
        i = person.start - 1
        while i >= sent.start and (doc[i].text == ":" or doc[i].text.rstrip(".") in SPEAKER_TITLES):
            i -= 1
        title, i = _title_before(doc, sent, i)
        if not title or not self._works_for_role(title[0]) or i < sent.start or doc[i].text not in (",", "("):
            return
        body = next((a for a in reversed(actors) if a.end <= i and a.label_ in self.organizations), None)
        if body is None or body.label_ in NO_EMPLOYERS:
            return
        if any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") or _span_at(t, actors) is not None for t in doc[body.end:i]):
            return
        yield from self._claim(sent, person, Link("works_for"), body, title[0], "relation/title")

    def _title_of_reporter(self, doc, sent, person: Span, actors):
        """ "Baihang expects approval by March, chief executive Zhu Huanqi told Ledger Asia": a bare
        title of one who speaks for a body (relations.yaml `speaking_titles`), set off, on the one who
        reports what a body does or did is a title at that body."""
        verb = person.root.head
        if person.root.dep_ != "nsubj" or verb.lemma_.lower() not in reporting_verbs():
            return
        title, i = _title_before(doc, sent, person.start - 1)
        if not title or title[0].lower_ not in self.speaking_titles or i >= sent.start and doc[i].text != ",":
            return
        by_root = {s.root.i: s for s in actors}
        bodies = [s for c in verb.children if c.dep_ in REPORTED_DEPS for n in c.children if n.dep_ in ("nsubj", "nsubjpass")
                  for s in self._actors_for(_antecedent_of(n), actors, by_root)]
        for body in bodies[:1]:
            if body.label_ in self.organizations and body.label_ not in NO_EMPLOYERS:
                yield from self._claim(sent, person, Link("works_for"), body, title[0], "relation/title")

    def _works_for_role(self, token: Token) -> bool:
        link = self.roles.get(token.lemma_.lower())
        return token.pos_ in ("NOUN", "PROPN") and link is not None and link.predicate == "works_for"

    def _pronoun_owner(self, pronoun: Token, name: Span, actors) -> Span | None:
        """Whose "its" is, the name it describes aside: the doer of its clause ("Tencent, which owns
        8% of Baihang, has kept its own score, X": Tencent), else the organisation named before it."""
        owner = self._possessor(pronoun, actors)
        if owner is not None and owner.id_ != name.id_:
            return owner
        organisations = [_described_by(a, actors) for a in actors if a.label_ not in ("person", "place")]
        return _named_before(pronoun, organisations, [name])

    def _role_after(self, doc: Doc, start: int, end: int) -> Token | None:
        """The role noun that heads the words after a possessive ("lending platforms", "own score",
        "credit-scoring feature"): the last noun of a run of modifiers, when it is a role of a
        thing or a part (no role that needs its own preposition, none of a person)."""
        head = None
        for token in doc[start:min(end, start + 6)]:
            if token.pos_ in ("ADJ", "NOUN", "VERB", "PROPN") and token.tag_ not in ("VBD", "VBZ", "VBP", "MD") \
                    or token.text in ("-", "“", "”", '"'):
                head = token if token.pos_ == "NOUN" else head
                if token.pos_ == "PROPN":
                    break
                continue
            break
        if head is None or doc[head.i + 1:head.i + 2].text == "of":  # "Ant's part of the deal": a role of its own
            return None
        link = self.roles.get(head.lemma_.lower())
        return head if link is not None and not link.preps and link.predicate != "works_for" else None

    def _possessor(self, pronoun: Token, actors) -> Span | None:
        """What "its" stands for on an object: the doer of its clause ("Ant, which launched its
        Sesame Credit", "Tencent has suspended its score, Tencent Credit"); else `_owner_of`."""
        possessed = pronoun.head
        if pronoun.lower_ in ("its", "their") and possessed.dep_ == "dobj":
            by_root = {s.root.i: s for s in actors}
            doers = [s for s in self._clause_subjects(possessed.head, actors, by_root) if s.label_ in self.organizations]
            if doers:
                return doers[0]
        return _owner_of(pronoun, actors)

    def _workplace(self, doc, sent, actor: Span, actors):
        """ "Xi Tao from Shunqing District Court", "Rogier Creemers, researcher ... at Leiden
        University": a person's institution. The person's role noun, where the text gives one,
        says what the tie is (researcher: works_for); else the text says only affiliated_with."""
        if actor.label_ != "person":
            return
        by_root = {s.root.i: s for s in actors}
        described = [t for child in actor.root.children if child.dep_ == "appos" for t in (child, *child.conjuncts)]
        speakers = _speakers_clauses(actor)
        copulas = [c for c in speakers if c.lemma_ == "be"]  # "My name is X and I'm a reporter with Y"
        if actor.root.dep_ == "nsubj" and actor.root.head.lemma_ == "be":  # "Zhang Wei is a partner at X"
            copulas.append(actor.root.head)
        described += [c for verb in copulas for c in verb.children if c.dep_ == "attr" and c.i not in by_root]
        titles = [c for c in actor.root.children if c.dep_ == "compound" and c.i < actor.start]  # "Judge Xi Tao"
        roles = [link for token in described + titles if (link := self._role_link(token, by_root)) is not None]
        link = Link(roles[0].predicate) if roles and not roles[0].inverse else Link(self.workplace_predicate)
        for child in actor.root.children:
            if child.dep_ == "prep" and child.lower_ in self.workplace_preps:
                for other in _institution(self._actors_under(child, actors)):
                    yield from self._claim(sent, actor, link, other, child, "relation/workplace")
        # "Zhou Mei, Head of Communications, Lantern Data", "Liang Yu (Fudan University)": a
        # contact line's or a byline's institution, set off after the name
        titled = self._institution_after_title(sent, actor, actors)
        for other in [titled] if titled is not None else self._institution_set_off(actor, actors, by_root):
            if in_citation(other.root):
                continue  # "(Liang et al., 2018; Creemers, 2018)": another cited author, no workplace
            tie = Link("works_for") if titled is not None else link
            yield from self._claim(sent, actor, tie, other, doc[other.start - 1], "relation/workplace")
        # "court spokeswoman Sun Jiali": a title that names its body by kind, the last such body named
        for title in titles:
            role = self._role_link(title, by_root)
            for kind in (c for c in title.children if c.dep_ == "compound" and c.i not in by_root and role is not None):
                body = self._body_of_kind(kind)
                if body is not None and role.predicate == "works_for":
                    yield from self._claim(sent, actor, role, body, title, "relation/workplace")
        # "Li Hua, a sociologist at Hebei University": the preposition hangs on the apposed noun (a
        # role noun of relations.yaml is read by `_roles`; any other names an occupation)
        for noun in described:
            role = self._role_link(noun, by_root)
            # a role a person cannot have is an occupation: "a partner at Hengtai Law Firm" (not partners_with)
            if noun.pos_ != "NOUN" or role is not None and self.predicates.get(role.predicate, {}).get("subject") != "organization":
                continue
            staff = noun.lemma_.lower() not in self.not_staff
            tie = Link("works_for" if staff else self.workplace_predicate)
            for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in self.occupation_preps):
                for other in _institution(self._actors_under(prep, actors)):
                    yield from self._claim(sent, actor, tie, other, prep, "relation/workplace")
            # "Zhou Ping, a former Meituan rider": an organisation's name before the occupation
            # (its customers, "an Alipay user", are not its staff)
            employers = [s for c in noun.children if c.dep_ in ("compound", "nmod", "amod") and c.i < noun.i
                         for s in [_span_at(c, actors)] if s is not None and s.label_ in self.organizations]
            for other in employers[:1] if staff and role is None else ():
                yield from self._claim(sent, actor, tie, other, noun, "relation/workplace")
        # "Wang Li, who works at the Nanjing Credit Bureau", "Wang Li worked at ...": a verb of working says works_for
        # "Wen Li, who studies law at Fudan University": other verbs say only affiliated_with
        verbs = self.workplace_verbs | self.affiliation_verbs | self.writing_verbs | self.managing_verbs | self.time_verbs
        clauses = [c for c in actor.root.children if c.dep_ == "relcl"]
        if actor.root.dep_ == "nsubj":  # "Zhou Jun previously worked at Ant Group"
            clauses.append(actor.root.head)
        clauses += [c for c in speakers if c.lemma_ != "be"]
        clauses += [c for clause in clauses for c in clause.children if c.dep_ == "xcomp"]  # "used to run a team at X"
        for clause in (c for c in clauses if c.lemma_.lower() in verbs):
            lemma = clause.lemma_.lower()
            if is_negated(doc[clause.i:clause.i + 1]) \
                    or lemma in self.managing_verbs and not any(c.dep_ == "dobj" for c in clause.children) \
                    or lemma in self.time_verbs and not self._years_spent(clause):
                continue
            tie = self.workplace_predicate if lemma in self.affiliation_verbs else "works_for"
            preps = self.writing_preps if lemma in self.writing_verbs else self.workplace_verb_preps
            # "studies civil enforcement at Renmin University": the place may hang on the object
            heads = [clause, *(c for c in clause.children if c.dep_ == "dobj")]
            for prep in (c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in preps):
                for other in _institution(self._actors_under(prep, actors)):
                    yield from self._claim(sent, actor, Link(tie), other, clause, "relation/workplace")

    def _years_spent(self, verb: Token) -> bool:
        """Whether a verb's object is a span of working time ("spent eight years at X"), not a
        visit ("spent the weekend at X")."""
        return any(c.dep_ == "dobj" and c.lemma_.lower() in self.time_units for c in verb.children)

    def _institution_after_title(self, sent: Span, person: Span, actors) -> Span | None:
        """ "Helen Zhao, Senior PR Manager, Pearl River Credit": a contact line's title and
        organisation after the name, read from the order of the words (the parser hangs the
        organisation anywhere). The title is a run of title words holding a role of working."""
        doc, comma = person.doc, person.end
        if comma >= sent.end or doc[comma].text != ",":
            return None
        end = comma + 1
        while end < sent.end and doc[end].text != "," and _in_title_phrase(doc[end]) and _span_at(doc[end], actors) is None:
            end += 1
        if end >= sent.end or doc[end].text != "," or not any(self._works_for_role(t) for t in doc[comma + 1:end]):
            return None
        return next((a for a in actors if a.start == end + 1 and a.label_ in self.organizations), None)

    def _institution_set_off(self, person: Span, actors, by_root) -> list[Span]:
        """An organisation's name set off after a person's, alone: apposed ("Zhou Mei, Head of
        Communications, Lantern Data") or in brackets ("Liang Yu (Fudan University)"). Not a
        name in a list ("Li Wen, Tencent and Alibaba"): apposed names with conjuncts are left out."""
        doc = person.doc
        apposed = [by_root[c.i] for c in person.root.children if c.dep_ == "appos" and c.i in by_root
                   and not any(g.dep_ == "conj" for g in c.children)]
        after = person.end
        if after < len(doc) and doc[after].text == "(":
            closing = next((s for s in actors if s.start == after + 1 and s.end < len(doc) and doc[s.end].text == ")"), None)
            apposed += [closing] if closing is not None else []
        listed = any(c.dep_ == "conj" for c in person.root.children) or person.start > 0 \
            and doc[person.start - 1].lower_ in (",", "and", "or")
        apposed = [a for a in apposed if doc[a.start - 1].text == "(" or not listed and not _listed_on(a)]
        return [a for a in dict.fromkeys(apposed) if a.label_ in self.organizations][:1]

    def _body_of_kind(self, noun: Token) -> Span | None:
        """The body a bare kind noun stands for ("court" in "court spokeswoman"): the last actor
        before it of the kind's types, or whose name holds one of its words (relations.yaml
        `descriptions`)."""
        kind = self.kinds.get(noun.lemma_.lower())
        if kind is None or _span_at(noun, noun.doc.spans.get(SPANS_KEY, [])) is not None:
            return None
        types, words = kind
        before = [a for a in noun.doc.spans.get(SPANS_KEY, []) if a.end <= noun.i and a.label_ != "place"
                  and (a.label_ in types or any(w in a.text.lower().split() for w in words))]
        return before[-1] if before else None

    def _attached(self, doc, sent, actor: Span, actors):
        """ "the Credit Reference Center under the People's Bank of China": an organization
        attached by a preposition of relations.yaml (`attachments`) to the actor it names."""
        if actor.label_ not in self.organizations:
            return
        by_root = {s.root.i: s for s in actors}
        # "the Credit Reference Center, a public institution under the PBoC": on its apposition too
        holders = [actor.root, *(c for c in actor.root.children if c.dep_ == "appos" and c.i not in by_root and c.pos_ == "NOUN")]
        # "a researcher with the Academy under the NDRC": right after the name, though the parser hung it on the role
        after = [doc[actor.end]] if actor.end < sent.end and doc[actor.end].dep_ == "prep" \
            and self._role_link(doc[actor.end].head, by_root) is not None else []
        for child in dict.fromkeys([*(c for h in holders for c in h.children), *after]):
            predicate = self.attachments.get(child.lower_) if child.dep_ == "prep" else None
            if predicate is None or _denied(child):
                continue
            for other in _without_owners(self._actors_under(child, actors))[:1]:
                if other.label_ in self.organizations:
                    yield from self._claim(sent, actor, Link(predicate), other, child, "relation/attached")

    def _parent_in_name(self, doc, sent, actor: Span):
        """ "The Credit Reference Center of the People's Bank of China", "the General Office of the
        State Council": a name that goes on with "of" and the name of the body the gazetteer says
        the actor is part of states that it is."""
        known = self.gazetteer.get(actor.id_) if self.gazetteer is not None and _is_name(actor) else None
        for of in (t for t in actor if t.lower_ == "of") if known is not None and known.part_of else ():
            start = of.i + 1 + (doc[of.i + 1].lower_ == "the" if of.i + 1 < actor.end else 0)
            words = doc[start:actor.end].text.casefold()
            for parent in filter(None, map(self.gazetteer.get, known.part_of)):
                if words in {name.casefold() for name in self.gazetteer.names(parent)}:
                    named = Span(doc, start, actor.end, label=parent.type, span_id=parent.id)
                    yield from self._claim(sent, actor, Link("part_of"), named, of, "relation/name")

    def _supplied(self, doc, sent, participle: Token, actors, by_root):
        """ "The score draws on earnings records supplied by Meituan", "uses payment data shared by
        Alipay and WeChat Pay": who uses the data works with who supplies it."""
        if is_negated(doc[participle.i:participle.i + 1]):
            return
        data = participle.head
        while data.dep_ == "conj" and data.head != data:  # "records held by X, as well as data shared by Y"
            data = data.head
        verb = data.head.head if data.dep_ == "pobj" and data.head.dep_ == "prep" else data.head if data.dep_ == "dobj" else None
        if verb is None or verb.pos_ not in ("VERB", "AUX") or is_negated(doc[verb.i:verb.i + 1]):
            return
        users = self._clause_subjects(verb, actors, by_root)
        suppliers = [o for c in participle.children if c.dep_ == "agent" for o in self._actors_under(c, actors)]
        for user in users:
            for supplier in suppliers:
                yield from self._claim(sent, user, Link(self.supply_predicate), supplier, participle, "relation/supply")

    def _venture(self, doc, sent, noun: Token, actors, by_root):
        """ "Baihang Credit is a joint venture between NIFA and eight lenders": a venture is
        owned by those it is "between" (relations.yaml `ventures`)."""
        if _denied(noun):
            return
        ventures = self._actors_for(noun, actors, by_root)
        owners = [o for c in noun.children if c.dep_ == "prep" and c.lower_ in self.venture_preps
                  for o in self._actors_under(c, actors)]
        for venture in ventures:
            for owner in owners:
                yield from self._claim(sent, venture, Link(self.venture_predicate), owner, noun, "relation/venture")

    def _participle(self, doc, sent, token: Token, actors, by_root):
        """ "X, which is owned by Y", "a company affiliated with Y", "X is run by Y"."""
        link, preps = self.participles.get(_phrasal(token)) or self.participles.get(token.lower_) \
            or self.participles[token.lemma_.lower()]
        # "a portal run by X": the parser may read the participle as a noun, but keeps its agent
        passive = token.tag_ == "VBN" or any(c.dep_ == "agent" for c in token.children)
        if not passive or is_negated(doc[token.i:token.i + 1]):
            return
        subjects = []
        participle = token
        while participle.dep_ == "conj" and participle.head.tag_ == "VBN":  # "launched in 2018 and run by X"
            participle = participle.head
        own = [c for c in participle.children if c.dep_ == "nsubjpass" and c.tag_ not in ("WDT", "WP")]
        if own:  # a clause with its own subject: "Xiamen, whose score was launched by A and is run by B": the score
            subjects = [s for c in own for s in self._actors_for(c, actors, by_root)]
        elif participle.dep_ in ("acl", "relcl", "amod") or participle.dep_ == "appos" and participle.tag_ != "VBN":
            subjects = [s for s in self._actors_for(participle.head, actors, by_root) if not _restricted(s, participle)]
        elif participle.dep_ == "advcl" and participle.i < participle.head.i:
            # "Founded in 2016 by Zhou Jun, Lianxin Data ...": a fronted participle is about the main subject
            subjects = [s for c in participle.head.children if c.dep_ in ("nsubj", "nsubjpass")
                        for s in self._actors_for(_antecedent_of(c), actors, by_root)]
        verb = _verb_of_share(participle)
        if not subjects and verb is not None:  # "X is 36% owned by Y", "X, which is 33 percent owned by Y"
            for subject in _shared_subjects(verb):  # "X, which got its licence in 2021 and is 35% owned by Y"
                subjects = self._actors_for(_antecedent_of(subject), actors, by_root)
        if not subjects:  # "Baihang Credit was set up in 2018 and licensed by X": the subject of the first
            passive = [c for c in token.children if c.dep_ in ("nsubjpass", "nsubj")] \
                or [c for c in participle.children if c.dep_ == "nsubjpass"]
            for subject in passive:
                subjects = self._actors_for(_antecedent_of(subject), actors, by_root)
        particle = _particle(token)
        heads = [c for h in (token, *([particle] if particle is not None else [])) for c in h.children
                 if c.dep_ in ("agent", "prep") and c.lower_ in preps]
        if not heads:  # "selected as a pilot city by the NDRC": the parser hangs the agent on the "as" phrase
            heads = [g for c in token.children if c.dep_ == "prep" for n in c.children if n.dep_ == "pobj"
                     for g in n.children if g.dep_ == "prep" and g.lower_ == "by" and "by" in preps]
        if not heads and "by" in preps:  # "designated one of the model cities by the NDRC": on the noun's "of" phrase
            heads = [g for c in token.children if c.dep_ == "oprd" for g in c.subtree
                     if g.dep_ == "prep" and g.lower_ == "by" and g.head.pos_ in ("NOUN", "PROPN")]
        objects = _owned_aside([o for child in heads for o in self._actors_under(child, actors)])
        # "founded by former Sesame Credit executives": by its people, not by the body
        objects = [o for o in objects if not (o.root.dep_ in ("compound", "nmod", "amod") and o.root.head.i not in by_root
                                              and self._works_for_role(o.root.head))]
        for subject in subjects:
            for other in objects:
                yield from self._claim(sent, subject, link, other, token, "relation/participle")

    def _verb(self, doc, sent, verb: Token, actors, by_root):
        """ "Y runs X", "the PBoC assigned ... to X", "X began to coordinate with Y"."""
        link, where = self.verbs[self._verb_key(verb)]
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or is_negated(doc[verb.i:verb.i + 1]):
            return
        if self._verb_key(verb) in self.purpose_verbs and not _has_purpose(verb):
            return
        if self._stake_of(verb) is not None:  # "keeps 31 percent of Baihang": a stake (`_stake`)
            return
        agents = self._clause_subjects(verb, actors, by_root)
        if not agents:
            return
        if any(c.dep_ == "poss" and c.lower_ in PERSONAL_POSSESSIVES for h in verb.children if h.dep_ == "dobj"
               for c in h.children):
            return  # "keeps his Sesame Credit score high": his own account, not a product he runs
        objects = self._verb_objects(verb, where, actors)
        if not objects and where == "dobj" and not any(c.dep_ == "dobj" for c in verb.children):
            objects = self._apposed_object(verb, actors)
        same = self._same_as(verb, where, actors)
        if same is not None:  # "belongs to the same Group Alipay belongs to: Ant Financial Service Group"
            objects, siblings = [same[0]], same[1]
            agents = agents + siblings
        makers = self._makers_with(verb) if link.predicate in MAKING else []
        objects = [o for o in objects if o not in makers]
        for agent in agents:
            for other in objects:
                subject, obj = (other, agent) if link.inverse else (agent, other)
                yield from self._claim(sent, subject, Link(link.predicate), obj, verb, "relation/verb")
        if makers:  # "Meituan developed the rider score with Sesame Credit": made together
            for agent in agents:
                for other in makers:
                    yield from self._claim(sent, agent, Link(self.partnership), other, verb, "relation/verb")

    @staticmethod
    def _makers_with(verb: Token) -> list[Span]:
        """The actors a thing is made "with" ("launched the scheme with Hellobike", on the verb or
        its object), named as the preposition's own object (not "with data from WeChat")."""
        by_root = {s.root.i: s for s in verb.doc.spans.get(SPANS_KEY, [])}
        heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
        return [by_root[p.i] for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
                for p in c.children if p.dep_ == "pobj" and p.i in by_root]

    def _verb_key(self, verb: Token) -> str:
        """The verbs entry a verb reads: its phrasal lemma where the vocabulary has one ("roll
        out"), else its lemma."""
        particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
        phrasal = f"{verb.lemma_.lower()} {particle}"
        return phrasal if particle and phrasal in self.verbs else verb.lemma_.lower()

    def _entered_with(self, doc, sent, verb: Token, actors, by_root):
        """ "Tencent came back in 2019 with WeChat Pay Score", "JD.com answered with Xiaobai Credit":
        a maker comes to a market with its product (relations.yaml `entries`)."""
        if _is_passive(verb) or is_negated(doc[verb.i:verb.i + 1]):
            return
        makers = [a for a in self._clause_subjects(verb, actors, by_root)
                  if a.label_ in self.organizations and a.label_ not in SCHEME_TYPES]
        # the preposition's own object, or a name apposed to it ("with a narrower product, WeChat Pay
        # Score"); not what it is about ("responded with a statement on Sesame Credit")
        preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in self.entry_preps]
        objects = [h for c in preps for p in c.children if p.dep_ == "pobj" for h in (p, *p.conjuncts)]
        heads = {t.i for h in objects for t in (h, *(a for a in h.children if a.dep_ == "appos"))}
        # a preposition the parser left without its object ("with WeChat Pay Score, which waives ..."
        # read as the subject of a later verb): the name right after it
        heads |= {s.root.i for c in preps if not any(p.dep_ == "pobj" for p in c.children)
                  for s in actors if s.start == c.i + 1}
        products = [s for s in actors if s.label_ in self.entry_types
                    and (s.root.i in heads or any(_set_off_after(h, s) for h in objects))]
        for maker in makers:
            for product in products:
                yield from self._claim(sent, product, self.entry_link, maker, verb, "relation/entry")

    def _entry_key(self, verb: Token) -> str:
        """The entries verb a verb reads: with its particle or adverb where the vocabulary lists
        the pair ("came back", which the parser may read as an adverb), else its lemma."""
        lemma = verb.lemma_.lower()
        return next((f"{lemma} {c.lower_}" for c in verb.children if c.dep_ in ("prt", "advmod")
                     and f"{lemma} {c.lower_}" in self.entry_verbs), lemma)

    def _licence(self, doc, sent, noun: Token, actors, by_root):
        """ "X has gained the governmental permission and business license" (X licensed_by
        the government), "Y gave approval to X" (X licensed_by Y)."""
        if noun.dep_ == "nsubj" and noun.head.lemma_ in ("go", "pass") and not is_negated(doc[noun.i:noun.i + 1]):
            # "The only licence the PBoC has granted went to Baihang Credit"
            licensees = [o for c in noun.head.children if c.dep_ == "prep" and c.lower_ == "to"
                         for o in self._actors_under(c, actors)]
            givers = [c for c in noun.children if c.dep_ == "relcl" and c.lemma_.lower() in self.giving_verbs]
            licensors = [a for g in givers for a in self._clause_subjects(g, actors, by_root)] \
                or self._licensors(noun, actors, exclude=licensees)
            for licensee in licensees:
                for licensor in licensors:
                    yield from self._claim(sent, licensee, Link("licensed_by"), licensor, noun, "relation/licence")
            return
        if noun.dep_ == "pobj" and noun.head.lower_ == "with" and noun.head.head.pos_ in ("VERB", "AUX"):
            yield from self._licensed_with(doc, sent, noun, actors, by_root)
            return
        if noun.dep_ == "appos" and (first := self._first_object(noun)) is not None:
            yield from self._licence_to_first_object(doc, sent, noun, first, actors, by_root)
            return
        verb = noun.head if noun.dep_ in ("dobj", "conj") else None
        if verb is not None and noun.dep_ == "conj":
            verb = verb.head if verb.dep_ == "dobj" else None
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "dobj":
            verb = noun.head.head.head  # "holds one of the 186 payment licences"
        if verb is None or is_negated(doc[verb.i:verb.i + 1]) or is_negated(doc[noun.i:noun.i + 1]):
            return
        lemma = verb.lemma_.lower()
        if lemma in self.receiving_verbs:
            licensees = self._clause_subjects(verb, actors, by_root)
            # "received its licence from the central bank": the parser may hang the "from" on the verb
            # (the one named there, not a body a branch "of" which gave it)
            licensors = self._licensors(noun, actors, exclude=licensees) \
                or [s for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
                    for s in self._actors_under(c, actors) if s not in licensees and s.root.head == c]
        elif lemma in self.giving_verbs and (any(c.dep_ == "nsubjpass" for c in verb.children)
                                             or verb.dep_ in ("relcl", "acl") and _is_passive(verb)):
            # "Baihang was granted a licence by the central bank", "the first company to be granted a
            # licence by the PBoC" (the noun the passive infinitive modifies)
            receivers = [c for c in verb.children if c.dep_ == "nsubjpass"] or [verb.head]
            licensees = [a for c in receivers for a in self._actors_for(_antecedent_of(c), actors, by_root)]
            licensors = [o for c in (*verb.children, *noun.children) if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by"
                         for o in self._actors_under(c, actors)]  # the parser may hang "by" on the licence
        elif lemma in self.giving_verbs:
            # "issued a licence to Baihang", "gave Pudao Credit a licence"
            licensors = self._clause_subjects(verb, actors, by_root)
            # "granted licences to X": the parser may hang the "to" on the licence
            licensees = _institutions([o for c in (*verb.children, *noun.children)
                                       if c.dep_ == "dative" or c.dep_ == "prep" and c.lower_ == "to"
                                       for o in self._actors_under(c, actors)])
        else:
            return
        for licensee in licensees:
            for licensor in licensors:
                yield from self._claim(sent, licensee, Link("licensed_by"), licensor, noun, "relation/licence")

    def _first_object(self, noun: Token) -> Token | None:
        """The first object of a giving verb whose second object, the licence, the parser apposed to
        a name inside the first: "gave eight companies, including X and Y, the go-ahead" (companies)."""
        for head in noun.ancestors:
            if head.dep_ == "dobj" and head.head.lemma_.lower() in self.giving_verbs:
                return head
        return None

    def _licence_to_first_object(self, doc, sent, noun: Token, first: Token, actors, by_root):
        """ "the PBoC gave eight companies, including X and Y, the go-ahead to ...": the actors of
        the first object are licensed by the giver."""
        verb = first.head
        if is_negated(doc[verb.i:verb.i + 1]) or is_negated(doc[noun.i:noun.i + 1]):
            return
        licence = {t.i for t in noun.subtree}
        licensees = _institutions([s for s in self._actors_under(first, actors) if s.root.i not in licence])
        for licensee in licensees:
            for licensor in self._clause_subjects(verb, actors, by_root):
                yield from self._claim(sent, licensee, Link("licensed_by"), licensor, noun, "relation/licence")

    def _permitted(self, doc, sent, verb: Token, actors, by_root):
        """ "The PBoC allowed eight companies, among them X and Y, to prepare credit reporting", "the
        central bank permitted X to collect data": those a regulator permits to do something are
        licensed by it (relations.yaml `licences`: `permission_verbs`, `regulator_types`)."""
        if is_negated(doc[verb.i:verb.i + 1]):
            return
        regulators = [a for a in self._clause_subjects(verb, actors, by_root) if a.label_ in self.regulator_types]
        acts = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "advcl")
                and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)]
        # the parser makes the permitted the verb's object, or the subject of the infinitive; it may
        # hang the infinitive and the names listed with the object anywhere, so the names between the
        # object and the infinitive's "to" are read from the order of the words
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        subjects = [g for c in acts for g in c.children if g.dep_ == "nsubj"]
        named = [s for n in objects + subjects for to in [_infinitive_after(n)] if to is not None
                 for s in actors if n.left_edge.i <= s.start and s.end <= to.i]
        if not objects and verb.dep_ == "relcl" and acts:
            # "among eight companies the PBoC allowed to run trials": the permitted are those the clause is on
            named = self._actors_for(verb.head, actors, by_root)
        licensees = _institutions(named)
        for licensee in licensees:
            for regulator in regulators:
                yield from self._claim(sent, licensee, Link("licensed_by"), regulator, verb, "relation/licence")

    def _licensed_with(self, doc, sent, noun: Token, actors, by_root):
        """ "X was established in 2018 with the approval of the PBoC", "X operates with a licence from
        Y": what the verb's subject did, it did with the licensor's permission."""
        verb = noun.head.head
        if is_negated(doc[verb.i:verb.i + 1]) or is_negated(doc[noun.i:noun.i + 1]):
            return
        licensees = [a for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                     for a in self._actors_for(_antecedent_of(c), actors, by_root)]
        licensors = self._licensors(noun, actors, exclude=licensees)
        for licensee in licensees:
            for licensor in licensors:
                yield from self._claim(sent, licensee, Link("licensed_by"), licensor, noun, "relation/licence")

    def _backed(self, doc, sent, actor: Span, actors):
        """ "the state-backed Baihang Credit", "a Tencent-owned app", "Baihang Credit, the
        PBoC-licensed bureau": a hyphenated participle before a name, or in a description apposed
        to it, ties it to the actor its first word names (an actor, or a word the licences
        vocabulary reads as one: state -> the Chinese government; not "state-owned", which says
        what kind of firm it is, not whose)."""
        by_root = {s.root.i: s for s in actors}
        described = [d for d in self._descriptions(actor, by_root) if d.i > actor.end]
        for i in [actor.start - 1] + [t.i for d in described for t in d.lefts if t.i > actor.end]:
            if i - 2 < sent.start or doc[i - 1].text != "-" or doc[i].lower_ not in self.participles:
                continue
            link, _ = self.participles[doc[i].lower_]
            word = doc[i - 2]
            other = _span_at(word, actors)
            says_whose = doc[i].lower_ not in self.kind_participles  # "state-owned": what kind of firm, not whose
            if other is None and word.lower_ in self.licensor_adjectives and says_whose:
                other = self._gazetteer_span(doc, word, self.licensor_adjectives[word.lower_])
            if other is None and "place" in self.kinds.get(word.lower_, ((), ()))[0]:
                other = _place_of(actor)  # "a city-owned company": the city named before
            if other is not None:
                yield from self._claim(sent, actor, link, other, doc[i], "relation/backed")

    def _named_holders(self, doc, sent, verb: Token, actors, by_root):
        """ "Baihang, whose shareholders include Ant and Tencent", "its owners are X and Y", "the
        biggest shareholder of X is Y": a role noun as the subject, whose possessor (or actor
        "of") is one end; the actors the verb names hold the role towards it."""
        role = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        link = self._role_link(role, by_root) if role is not None else None
        owner = next((c for c in role.children if c.dep_ == "poss"), None) if link is not None else None
        of = [c for c in role.children if c.dep_ == "prep" and c.lower_ == "of"] if link is not None else []
        if owner is None and not of or _denied(role) or is_negated(doc[verb.i:verb.i + 1]):
            return
        if owner is None:
            whole = [s for c in of for s in self._actors_under(c, actors)][:1]
        elif owner.tag_ == "WP$" and role.head.dep_ == "relcl" or verb.dep_ == "relcl" and owner.tag_ == "WP$":
            whole = self._actors_for(verb.head, actors, by_root)  # "X, whose shareholders include"
        elif owner.lower_ in OWNER_PRONOUNS:
            whole = [o for o in [_owner_of(owner, actors)] if o is not None]
        else:
            whole = [s for s in actors if s.start <= owner.i < s.end]
        named = [s for c in verb.children if c.dep_ in ("dobj", "attr")
                 for s in self._actors_under(c, actors)]
        if named:  # "are NIFA (36 percent), Tencent Credit (8 percent) and ...": the parser may cut the list loose
            named += [s for c in verb.children if c.dep_ == "dep" and c.i > named[0].start
                      for s in self._actors_under(c, actors)]
        for part in whole:
            for holder in named:
                yield from self._claim(sent, holder, link, part, role, "relation/holders")  # the holder holds the role

    def _role_given(self, doc, sent, verb: Token, actors, by_root):
        """ "The company counts Tencent as an investor", "Ant appointed Eric Jing as its chief
        executive", "X counts Y among its shareholders": the verb's object holds the role noun
        after "as"/"among" towards the actor the role names ("of X", a possessive), else
        towards the verb's doer (relations.yaml `role_verbs`)."""
        if is_negated(doc[verb.i:verb.i + 1]):
            return
        holders = [s for c in verb.children if c.dep_ == "dobj" for s in self._actors_under(c, actors)][:1]
        roles = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("as", "among")
                 for g in c.children if g.dep_ == "pobj"] + [c for c in verb.children if c.dep_ == "oprd"]
        for role in roles:
            link = self._role_link(role, by_root)
            if link is None or _denied(role):
                continue
            whole = [s for c in role.children if c.dep_ == "prep" and c.lower_ == "of" for s in self._actors_under(c, actors)] \
                or [o for c in role.children if c.dep_ == "poss" and c.lower_ not in PRONOUNS for o in [_span_at(c, actors)]
                    if o is not None] \
                or self._clause_subjects(verb, actors, by_root)
            for holder in holders:
                for part in whole[:1]:
                    yield from self._claim(sent, holder, link, part, role, "relation/role-given")

    def _role_in_which(self, doc, sent, verb: Token, actors, by_root):
        """ "Hubei Tongda Co., Ltd., of which Mr Gao is the legal representative", "a bureau in which
        NIFA is the largest shareholder": the clause's subject holds its role noun towards what
        "which" stands for."""
        if not any(c.dep_ in ("prep", "dep") and c.lower_ in ("of", "in") and any(w.tag_ == "WDT" for w in c.children)
                   for c in verb.children):
            return
        holders = [s for c in verb.children if c.dep_ == "nsubj" for s in self._actors_for(c, actors, by_root)]
        wholes = self._actors_for(verb.head, actors, by_root)
        for role in (c for c in verb.children if c.dep_ == "attr"):
            link = self._role_link(role, by_root)
            if link is None or link.preps or _denied(role):
                continue
            for holder in holders:
                for whole in wholes:
                    yield from self._claim(sent, holder, link, whole, role, "relation/role")

    def _role_with(self, doc, sent, prep: Token, actors, by_root):
        """ "Baihang, set up in 2018 with NIFA as its largest shareholder": the actor "with" a
        clause holds the role noun after "as" towards the role's possessor."""
        head = prep.head
        withs = [c for c in head.children if c.dep_ == "prep" and c.lower_ == "with" and c.i < prep.i]
        if head.dep_ == "pobj" and head.head.lower_ == "with":  # "with NIFA as ...", "as" on the name
            withs.append(head.head)
        holders = [s for w in withs for s in self._actors_under(w, actors) if s.start < prep.i][:1]
        for role in (c for c in prep.children if c.dep_ == "pobj"):
            link = self._role_link(role, by_root)
            owner = next((c for c in role.children if c.dep_ == "poss"), None)
            if link is None or owner is None or _denied(role):
                continue
            for holder in holders:
                whole = self._pronoun_owner(owner, holder, actors) if owner.lower_ in OWNER_PRONOUNS \
                    else _span_at(owner, actors)
                if whole is not None:
                    yield from self._claim(sent, holder, link, whole, role, "relation/role-with")

    def _inserted(self, doc, sent, verb: Token, actors, by_root):
        """ "the rating service that Ant built into the Alipay app", "WeChat integrated the score
        into its wallet": what is built into an actor is part of it (relations.yaml `insertions`)."""
        if is_negated(doc[verb.i:verb.i + 1]):
            return
        parts = self._verb_objects(verb, "dobj", actors)
        if not parts and _is_passive(verb):  # "Sesame Credit was built into Alipay"
            parts = [s for c in verb.children if c.dep_ == "nsubjpass" for s in self._actors_for(_antecedent_of(c), actors, by_root)]
        wholes = [s for c in verb.children if c.dep_ == "prep" and c.lower_ in self.insertion_preps
                  for s in self._actors_under(c, actors)]
        for part in parts:
            for whole in wholes[:1]:
                yield from self._claim(sent, part, Link(self.insertion_predicate), whole, verb, "relation/inserted")

    def _contained(self, doc, sent, prep: Token, actors, by_root):
        """ "it sits inside Alipay", "the score Ant runs inside Alipay", "Sesame Credit is shown
        within the Alipay app": what a verb puts inside an actor is part of it (relations.yaml
        `containers`): its object, or with none its subject; a place only says where."""
        verb = prep.head
        if is_negated(doc[verb.i:verb.i + 1]):
            return
        wholes = [s for s in _without_owners(self._actors_under(prep, actors)) if s.label_ in self.organizations][:1]
        if not wholes:
            return
        if any(c.dep_ == "dobj" for c in verb.children) or verb.dep_ == "relcl" and _has_subject(verb):
            parts = self._verb_objects(verb, "dobj", actors)  # "runs Sesame Credit inside Alipay": not Ant
        else:
            parts = self._clause_subjects(verb, actors, by_root) \
                or [s for c in verb.children if c.dep_ == "nsubjpass" for s in self._actors_for(_antecedent_of(c), actors, by_root)]
        for part in parts:
            yield from self._claim(sent, part, Link(self.container_predicate), wholes[0], prep, "relation/contained")

    def _stake(self, doc, sent, verb: Token, actors, by_root):
        """ "a joint venture in which the eight companies hold 8 percent each and NIFA holds 36
        percent", "X owns a 30 percent stake in Y": the holder owns part of the venture."""
        stake = self._stake_of(verb)
        if stake is None or is_negated(doc[verb.i:verb.i + 1]) or _denied(stake):  # "in which we hold no equity interest"
            return
        holders = self._clause_subjects(verb, actors, by_root) or self._among(verb, actors)
        holders += [a for c in verb.children if c.dep_ == "nsubj" for a in _listed_among_them(c, actors) if a not in holders]
        holders += self._as_does(verb, actors, by_root)
        owned = [o for c in stake.children if c.dep_ == "prep" and c.lower_ in ("of", "in") or c.dep_ == "compound"
                 for o in self._actors_under(c, actors)]  # "its stake in Baihang", "lifts Baihang stake"
        if not owned:  # "Alibaba holds 33% of our equity interest", in Ant's filing: the body whose "we" it is
            owned = [o for c in stake.children if c.dep_ == "prep" and c.lower_ in ("of", "in")
                     for g in c.subtree if g.dep_ == "poss" and g.lower_ in CORPORATE_WE and (o := body_of_we(g)) is not None]
        if not owned:  # "Ant holds 35 percent of it": the actor named last before the holder
            owned = [o for c in stake.children if c.dep_ == "prep" and c.lower_ in ("of", "in")
                     for g in c.children if g.lower_ == "it" and (o := _named_before(g, actors, holders)) is not None]
        clause = verb
        while not owned and clause.dep_ in ("conj",) and clause.head != clause:
            clause = clause.head
        if not owned and clause.dep_ != "relcl":  # "... in which A hold 8 percent and B holds 36 percent"
            clause = next((t for t in sent if t.dep_ == "relcl" and t.lemma_ == verb.lemma_), clause)
        if not owned and clause.dep_ == "relcl" and not _relative_subject(clause):  # "a joint venture in which ... hold"
            owned = self._actors_for(clause.head, actors, by_root)  # (not "X, which holds 36%": X is a holder)
        earlier = self._stake_of(verb.head) if verb.dep_ in ("advcl", "conj") else None
        if not owned and earlier is not None:
            # "Huaxia holds 60% of Lantern Data, and Tencent owns a minority stake": the same venture
            owned = [o for c in earlier.children if c.dep_ == "prep" and c.lower_ in ("of", "in")
                     for o in self._actors_under(c, actors)]
        elif not owned and verb.dep_ in ("advcl", "conj") and self._states_ownership(verb.head):
            # "X is 36% owned by NIFA, while eight firms ... each hold 8%": the same venture
            owned = [o for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")
                     for o in self._actors_for(c, actors, by_root)]
        if not owned:  # "approved Baihang Credit instead, in which NIFA holds 36 percent" (a clause the parser left loose)
            owned = [o for c in clause.children if c.dep_ == "prep" and c.lower_ in ("of", "in")
                     and any(g.tag_ == "WDT" for g in c.children)
                     for o in [_named_before(c, [a for a in actors if a.label_ != "place"], holders)] if o is not None]
        if not owned and not any(c.dep_ == "prep" and c.lower_ in ("of", "in") for c in stake.children):
            owned = self._venture_before(doc, sent, verb, holders, actors)
        held = any(c.dep_ == "poss" for c in stake.children)  # "plans to raise its stake in X": it has one
        for holder in holders:
            for venture in owned:
                yield from self._claim(sent, venture, Link("owned_by"), holder, verb, "relation/stake", held)

    def _stake_shared(self, doc, sent, verb: Token, actors, by_root):
        """ "the remaining 30% is split among A, B and C", "the rest is held by A": a share said as
        the passive subject, its holders after the verb's preposition; the company is the share's
        "of", else the one another stake of the sentence, or the sentence before, names."""
        share = next((c for c in verb.children if c.dep_ == "nsubjpass" and self._is_share(c)), None)
        if share is None or is_negated(doc[verb.i:verb.i + 1]):
            return
        preps = [c for c in verb.children if c.dep_ in ("prep", "agent") and c.lower_ in self.shared_preps]
        # "between two state-owned investors, A and B": names set off after the noun, wherever the parser hung them
        named = [s for c in preps for s in self._actors_under(c, actors)] \
            + [s for c in preps for p in c.children if p.dep_ == "pobj" for s in _set_off_names(p, actors)]
        holders = list({s.start: s for s in named if s.label_ not in ("person", "place")}.values())
        owned = [o for c in share.children if c.dep_ == "prep" and c.lower_ == "of" for o in self._actors_under(c, actors)]
        if holders and not owned:
            owned = self._venture_before(doc, sent, verb, holders, actors)
        for holder in holders:
            for venture in owned:
                yield from self._claim(sent, venture, Link("owned_by"), holder, verb, "relation/stake")

    def _stake_after_each(self, each: Token) -> tuple[Token, Token] | None:
        """(verb, share) of "each hold 8%", "each own an 8 percent stake" read from the order of the
        words: "each" parts the parse (the verb read as an adjective, the holders as another clause's)."""
        doc, i = each.doc, each.i + 1
        if i < len(doc) and doc[i].pos_ == "AUX":  # "will each hold" / "each will hold"
            i += 1
        if i >= len(doc) or doc[i].lemma_.lower() not in self.stake_verbs:
            return None
        share = next((t for t in doc[i + 1:min(i + 6, each.sent.end)]
                      if t.lemma_.lower() in self.stake_nouns or _is_share_unit(t, self.share_units)), None)
        return (doc[i], share) if share is not None else None

    def _each_holds(self, doc, sent, each: Token, held: tuple[Token, Token], actors, by_root):
        """ "a company in which A and B each hold an 8% stake", "NIFA holds 36% of Baihang; A and B each
        own 8%": the names coordinated right before "each" hold the share; the company is the share's
        "of"/"in", else the one a clause "in which" before the holders describes, else the one another
        stake of the sentence (or the sentence before) names."""
        verb, share = held
        if is_negated(doc[verb.i:verb.i + 1]) or _denied(share):
            return
        holders = _coordinated_before(each.i, actors)
        after = share.i + 1
        owned = [a for a in actors if after < len(doc) and doc[after].lower_ in ("of", "in")
                 and a.start in (after + 1, after + 2) and a.label_ in self.organizations][:1]
        if holders and not owned:
            owned = self._described_by_which(holders[0], actors, by_root)
        if holders and not owned:
            owned = self._venture_before(doc, sent, verb, holders, actors)
        for holder in holders:
            for venture in owned:
                yield from self._claim(sent, venture, Link("owned_by"), holder, verb, "relation/stake")

    def _described_by_which(self, first: Span, actors, by_root) -> list[Span]:
        """The actor a clause "in which" right before `first` describes: the name before it, or the
        name a description before it is apposed to ("Baihang Credit, a company in which ...")."""
        doc, i = first.doc, first.start
        if i < 3 or doc[i - 1].lower_ != "which" or doc[i - 2].lower_ != "in":
            return []
        before = doc[i - 4] if doc[i - 3].text == "," else doc[i - 3]
        named = [a for a in actors if a.end == before.i + 1 and a.label_ in self.organizations]
        if not named and before.pos_ == "NOUN" and before.dep_ == "appos" and before.head.i in by_root:
            named = [by_root[before.head.i]]
        return named[:1]

    def _is_share(self, noun: Token) -> bool:
        """Whether a noun is a share of a company: a stake noun ("the remaining shares"), a number of
        its units ("the remaining 30%", "60 percent"), or what is left of it ("the rest")."""
        return noun.lemma_.lower() in self.stake_nouns | self.remainders or _is_share_unit(noun, self.share_units)

    def _as_does(self, verb: Token, actors, by_root) -> list[Span]:
        """ "A owns 17.5%, as does B": B holds the same stake."""
        return [s for c in verb.children if c.dep_ == "advcl" and c.lemma_ == "do" and any(m.lower_ == "as" for m in c.children)
                for n in c.children if n.dep_ == "nsubj" for s in self._actors_for(n, actors, by_root)]

    def _venture_before(self, doc, sent, verb: Token, holders, actors) -> list[Span]:
        """What a stake said without its company is in ("A and B hold 17.5 percent each"): the
        company another stake of the sentence names ("NIFA holds 36% of Baihang; Ant and Tencent
        each own 8%"), else the one whose owners the sentence before named ("Qiantang is 35 percent
        owned by Ant."), else the one it said was licensed or set up ("The central bank granted Baihang
        Credit a licence."), else the company the sentence before says something was done to ("Baihang
        Credit was licensed in 2018.")."""
        others = {h.id_ for h in holders}
        named = [o for t in sent if t != verb and (stake := self._stake_of(t)) is not None
                 for c in stake.children if c.dep_ == "prep" and c.lower_ in ("of", "in")
                 for o in self._actors_under(c, actors) if o.id_ not in others]
        # "X's largest shareholder is Y, which holds 36%, and Z holds 7.5%": whose owners it names
        named += [o for o in self._owners_whole(sent, actors) if o.id_ not in others]
        if named or sent.start == 0:
            return named[:1]
        previous = doc[sent.start - 1].sent
        mentions = [s for s in doc.spans.get(SPANS_KEY, []) if previous.start <= s.start and s.end <= previous.end
                    and s.id_ not in others]
        # whose owners it named, else what it said was licensed or set up ("The central bank granted X a licence")
        for predicates in (("owned_by",), ("licensed_by", "founded_by")):
            owned = [c.subject_id for c in doc._.claims if c.kind == "relation" and c.predicate in predicates
                     and c.quote_start == previous.start_char]
            named = [s for s in mentions if owned and s.id_ == owned[-1]]
            if named:
                return named[-1:]
        # what was done to a company ("was licensed", "was set up"), not what it did ("Ant will be the largest shareholder")
        return [s for s in mentions if s.root.dep_ == "nsubjpass" and s.root.head == previous.root
                and s.label_ == "company"][:1]

    def _owners_whole(self, sent: Span, actors) -> list[Span]:
        """The actors a sentence names the owners of by a role noun of owning with its possessive
        ("Qiantang's largest shareholder", "its owners") or "of" ("the largest shareholder of X")."""
        found = []
        for role in (t for t in sent if t.pos_ == "NOUN" and (link := self.roles.get(t.lemma_.lower())) is not None
                     and link.predicate == "owned_by" and link.inverse and not _denied(t)):
            for child in role.children:
                if child.dep_ == "poss":
                    found += [o for o in [_owner_of(child, actors) if child.lower_ in OWNER_PRONOUNS else _span_at(child, actors)]
                              if o is not None]
                elif child.dep_ == "prep" and child.lower_ == "of":
                    found += self._actors_under(child, actors)[:1]
        return found

    def _among(self, verb: Token, actors) -> list[Span]:
        """ "eight firms – among them Tencent Credit and Sesame Credit – each hold 8%": the
        actors named "among" the subject, not their owners' possessives."""
        named = [s for c in verb.children if c.dep_ == "prep" and c.lower_ == "among"
                 for s in self._actors_under(c, actors)]
        return [s for s in named if s.root.dep_ != "poss"]

    def _states_ownership(self, verb: Token) -> bool:
        """Whether a clause says who owns what: a verb of stakes, or a participle of owning ("is
        36% owned by")."""
        words = [verb, *(c for c in verb.children if c.dep_ in ("acomp", "xcomp"))]
        return any(self._stake_of(w) is not None or w.lower_ in self.participles
                   and self.participles[w.lower_][0].predicate == "owned_by" for w in words)

    def _stake_of(self, verb: Token) -> Token | None:
        """The share a verb of stakes takes: "raise its stake", "keep 31 percent"; a share the parser
        reads as an adverb ("hold 8% each": "%" an npadvmod) is still what is held."""
        if verb.lemma_.lower() not in self.stake_verbs:
            return None
        return next((c for c in verb.children if c.dep_ == "dobj" and (c.lemma_.lower() in self.stake_nouns
                     or any(_is_share_unit(t, self.share_units) for t in c.subtree))
                     or c.dep_ == "npadvmod" and _is_share_unit(c, self.share_units)), None)

    def _deal(self, doc, sent, noun: Token, actors, by_root):
        """ "Huaxia has completed the acquisition of X", "Ping An's takeover of X", "the purchase of X
        by Y": what a deal is "of" is owned by the buyer, named by "by", a possessive or the doer of
        the deal's verb (relations.yaml `deals`); not a deal called off ("blocked the takeover")."""
        verb = noun.head if noun.dep_ in ("dobj", "nsubjpass") else None
        if _denied(noun) or verb is not None and (verb.lemma_.lower() in self.undone_verbs
                                                  or is_negated(doc[verb.i:verb.i + 1])):
            return
        bought = [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for o in self._actors_under(c, actors)]
        buyers = [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "by" for o in self._actors_under(c, actors)]
        for owner in (c for c in noun.children if c.dep_ == "poss"):
            buyers += [o for o in [_owner_of(owner, actors) if owner.lower_ in OWNER_PRONOUNS else _span_at(owner, actors)]
                       if o is not None]
        if not buyers and verb is not None and noun.dep_ == "dobj":
            buyers = self._clause_subjects(verb, actors, by_root)
        for thing in _owned_aside(bought):
            for buyer in buyers[:1]:
                yield from self._claim(sent, thing, self.deal_link, buyer, noun, "relation/deal")

    def _tie_link(self, noun: Token) -> Link | None:
        """The tie a noun names, hyphenated ("tie-up") or not ("credit-sharing agreement")."""
        return self.tie_nouns.get(_hyphenated(noun)) or self.tie_nouns.get(noun.lemma_.lower())

    def _tie(self, doc, sent, noun: Token, actors, by_root):
        """ "Meituan signed a cooperation agreement with Sesame Credit", "X formed a joint venture
        with Y": a noun of a tie "with" an actor; the other end is the tie's possessor ("its
        partnership with X"), else the subject of the verb it is the object of, or of a relative
        clause on it ("an agreement the city signed with X"); "with which" stands for the noun its clause
        modifies ("Baihang, with which X signed an agreement")."""
        between = [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "between"
                   for o in self._actors_under(c, actors)]
        if len(between) > 1 and noun.lemma_.lower() not in self.venture_nouns:
            # "the tie-up between X and Y": a tie among those it is between (a venture between
            # its owners is `_venture`'s)
            if not _denied(noun) and not is_negated(doc[noun.i:noun.i + 1]):
                for first, second in combinations(_owned_aside(between), 2):
                    yield from self._claim(sent, first, self._tie_link(noun), second, noun, "relation/tie")
            return
        verb = noun.head if noun.dep_ in ("dobj", "pobj", "attr") else None
        while verb is not None and verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
            verb = verb.head
        signing = _signing_clause(noun)
        owners = self._tie_owners(noun, actors)
        if owners:  # "its partnership with X", "X's agreement with Y was renewed": whose tie the possessive says
            verb = verb or noun.head
        elif signing is not None and signing.dep_ == "relcl" and _has_subject(signing):
            verb = signing
        if verb is None or is_negated(doc[verb.i:verb.i + 1]) or is_negated(doc[noun.i:noun.i + 1]):
            return
        subjects = owners or self._clause_subjects(verb, actors, by_root)
        with_phrases = [c for c in (*noun.children, *verb.children, *(signing.children if signing is not None else ()))
                        if c.dep_ == "prep" and c.lower_ == "with"]
        others = [o for c in with_phrases for o in self._actors_under(c, actors) or self._relative_object(verb, c, actors)
                  if not _in_apposition(o, c)]  # "Baihang, with which X signed an agreement": Baihang
        others = [o for o in dict.fromkeys(others) if o not in subjects]
        link = self._tie_link(noun)
        for subject in subjects:
            for other in others:
                yield from self._claim(sent, subject, link, other, noun, "relation/tie")
        if not others:  # "Tencent and JD.com signed a partnership": the tie is between the subjects
            for first, second in combinations(subjects, 2):
                yield from self._claim(sent, first, link, second, noun, "relation/tie")

    @staticmethod
    def _tie_owners(noun: Token, actors) -> list[Span]:
        """Whose a tie is by its possessive: "the court's data-sharing agreement with Ant Group",
        "through its partnership with Baihang Credit" (`_owner_of` says whose "its" is)."""
        found = []
        for child in (c for c in noun.children if c.dep_ == "poss"):
            owner = _owner_of(child, actors) if child.lower_ in OWNER_PRONOUNS else _span_at(child, actors)
            if owner is not None and owner.label_ != "person":
                found.append(owner)
        return found

    # --- finding the actors -------------------------------------------------------------------

    @staticmethod
    def _descriptions(actor: Span, by_root) -> list[Token]:
        """Nouns that describe the actor: its appositions (also those of an apposed alias,
        "Ant Financial Services (AFSG, a company ...)"), the noun it is apposed to, and a
        role noun compounded with it ("Ant Financial representative Chen Wenjin")."""
        root = actor.root
        found = []
        for child in root.children:
            if child.dep_ == "appos":
                if child.i in by_root:  # an alias's, not another actor's in a list the parser apposed
                    same = by_root[child.i].id_ == actor.id_  # ("Gao Jian, director of X; Tian Rui, director of Y")
                    found += [c for c in child.children if c.dep_ == "appos" and c.i not in by_root and same]
                elif child.pos_ in ("NOUN", "PROPN"):  # not a verb the parser apposed ("X, whose app lends")
                    found.append(child)
                else:  # "JD.com, one of Pudao's founding investors": the noun of the set it is one of
                    found += _one_of(child)
            elif child.dep_ == "compound" and child.pos_ == "NOUN":
                found.append(child)
        first = root
        while first.dep_ == "conj" and first.head != first:  # "its shareholders, Ant and Tencent": both apposed
            first = first.head
        if first.dep_ == "appos" and first.head.i not in by_root and first.head.pos_ in ("NOUN", "PROPN"):
            found.append(first.head)
        doc = actor.doc
        if actor.end + 1 < len(doc) and doc[actor.end].text == ",":  # "hotels on Fliggy, Alibaba's
            found += [t for t in actor.sent if t.left_edge.i == actor.end + 1 and _set_off(t)  # travel platform"
                      and t.i not in by_root and t not in found and t.pos_ == "NOUN"]
        # "X, which is part of Y": the relative clause's predicate noun describes X
        found += [a for c in root.children if c.dep_ == "relcl" and c.lemma_ == "be"
                  for a in c.children if a.dep_ == "attr" and a.i not in by_root and a.pos_ == "NOUN"]
        if first.dep_ == "nsubj" and first.head.lemma_ == "be":  # "The blacklist is the most developed part of X",
            # "Ant and Tencent are both shareholders in Baihang"
            found += [c for c in first.head.children if c.dep_ == "attr" and c.i not in by_root and c.pos_ == "NOUN"]
            found += _set_it_is_in(first.head, by_root)
        return found

    def _role_nouns(self, description: Token, by_root) -> list[tuple[Token, Link]]:
        """The role nouns in a description, each with its link: "the developer of Taobao and
        parent company of Ant Financial" has two (developer, parent company)."""
        roles = []
        for token in description.subtree:
            link = self._role_link(token, by_root)
            if link is not None and _in_clause_of(token, description):
                roles.append((token, link))
        role_tokens = {token.i for token, _ in roles}
        return [(token, link) for token, link in roles if not _names_the_object(token, role_tokens)]

    def _role_link(self, token: Token, by_root) -> Link | None:
        """The link a role noun makes; a role modifier decides over a generic noun ("parent
        company": parent), not over a role of its own ("app developer": developer)."""
        if token.pos_ not in ("NOUN", "PROPN") or token.i in by_root:
            return None
        own = self.roles.get(token.lemma_.lower())
        if own is not None and not own.preps:
            return own
        for child in token.children:
            if child.dep_ in ("compound", "amod") and child.lemma_.lower() in self.roles:
                return self.roles[child.lemma_.lower()]
        return own

    def _actors_linked_to(self, role: Token, actors, exclude: Span) -> list[Span]:
        """The actors a role noun names: in its prepositions, possessive and compounds, but
        not inside a nested role ("developer of Taobao and parent company of Ant Financial")
        nor inside a clause ("..., quoted by Wired")."""
        by_root = {s.root.i: s for s in actors}
        skip: set[int] = set()
        for token in role.subtree:
            nested_role = token != role and self._role_link(token, by_root) is not None \
                and not self._unnamed_division(token, role, by_root) and not _names_the_object(token, {role.i})
            if nested_role and token.dep_ == "compound":  # "unit of Alibaba affiliate Ant Group": Alibaba is Ant's
                skip |= {t.i for t in _owner_compounds(token) for t in t.subtree}
            # "a researcher with the Institute of Finance under the Academy": the institute is under it
            attached = token.dep_ == "prep" and token.lower_ in self.attachments and token.head.i in by_root
            if nested_role or attached or token.dep_ in ("relcl", "acl", "appos") and token != role:
                skip |= {t.i for t in token.subtree}
        found = []
        # "Qilin Pay's vice-president": the parser may hang the possessive on the title's first part
        links = [c for word in (*_hyphen_parts(role), role) for c in word.children if c.dep_ in ROLE_LINKS]
        link = self._role_link(role, by_root)
        if link is not None and link.preps:  # "the company behind Alipay", not "a company in Beijing"
            links = [c for c in links if c.dep_ == "prep" and c.lower_ in link.preps]
        for child in links:  # "its eight smaller shareholders": whose
            if child.dep_ == "poss" and child.lower_ in OWNER_PRONOUNS and (owner := _owner_of(child, actors)) is not None \
                    and owner.id_ != exclude.id_ and not (link is not None and link.predicate == "works_for"
                                                          and owner.label_ in NO_EMPLOYERS):
                found.append(owner)  # "Ms Chen, its legal representative": not the list the company is on
        named = [c for c in links if c.dep_ == "prep" and self._actors_under(c, actors)]
        if len(named) > 1:  # "a researcher with the Academy under the NDRC": the Academy is under it, not the role
            links = [c for c in links if c not in named[1:] or c.lower_ not in self.attachments]
        ranges = [(c.left_edge.i, c.right_edge.i + 1) for c in links if c.i > role.i]
        ranges += [(c.left_edge.i, c.right_edge.i + 1) for c in role.children if _names_the_object(c, {role.i})]
        # "Alibaba affiliate Ant Group": the parser hangs the owner beside the role, on the name
        owners = _owner_compounds(role) if role.head.i == exclude.root.i else []
        left = [c.left_edge.i for c in (*links, *owners) if c.i < role.i]
        if left:  # "Ant Financial representative": the modifiers together
            ranges.append((min(left), role.i))
        for lo, hi in ranges:
            for span in actors:
                if lo <= span.start and span.end <= hi and span.root.i not in skip \
                        and span.id_ != exclude.id_ and span not in found:
                    found.append(span)
        # "founder of Simon Fraser University's GeNA Lab": the possessor only says whose lab
        # it is; the role is towards the lab.
        roots = {s.root.i for s in found}
        return [s for s in found if not (s.root.dep_ == "poss" and s.root.head.i in roots)]

    def _unnamed_division(self, token: Token, role: Token, by_root) -> bool:
        """ "the head of the credit department at the NDRC", "deputy director of the NDRC's credit
        department": a division named by no name of its own is no role of its own; one who works in
        it works for the body it is a division of."""
        link, outer = self._role_link(token, by_root), self._role_link(role, by_root)
        return link is not None and link.predicate == "division_of" and outer is not None \
            and outer.predicate == "works_for" and token.pos_ == "NOUN" \
            and not any(c.i in by_root for c in token.children if c.dep_ == "compound")

    def _actors_for(self, noun: Token, actors, by_root) -> list[Span]:
        """The actors a noun stands for: the actor it heads, the actor it is apposed to or
        that is apposed to it, or, for "one of the companies" predicated of an actor
        ("Sesame credit is one of the eight companies that ..."), that actor."""
        found = []
        last = next((s for s in actors if s.end - 1 == noun.i and s.root.i != noun.i), None) \
            or self._named_kind(noun, actors)
        if noun.i in by_root:
            found.append(by_root[noun.i])
        elif noun.dep_ == "nsubjpass" and (doer := _pronoun_actor(noun)) is not None:  # "It is run by X"
            found.append(doer)
        elif last is not None:  # "the list of dishonest judgment debtors kept by": a clause on the name's last word
            found.append(last)
        elif noun.dep_ == "appos" and noun.head.i in by_root:
            found.append(by_root[noun.head.i])
        else:
            # "the eight firms, among them A and B": every name of the apposed list, however the parser
            # hangs the names ("Sesame Credit and Tencent Credit": the first a modifier of the second)
            found += [by_root[t.i] for c in noun.children if c.dep_ == "appos" for t in c.subtree
                      if t.i in by_root and t.dep_ in ("appos", "conj", "nmod")]
            # "eight private firms, including A and B": every name the set's "including" gives
            found += [by_root[t.i] for c in noun.children if c.dep_ == "prep" and c.lower_ == "including"
                      for t in c.subtree if t.i in by_root and t.dep_ in ("pobj", "conj", "nmod")]
        if not found:
            head = noun
            if head.dep_ == "pobj" and head.head.lower_ == "of":
                head = head.head.head
            if head.dep_ == "appos" and head.head.i in by_root:  # "X, one of eight companies picked by Y"
                found.append(by_root[head.head.i])
            elif _time_adverbial(head):
                # "approved Baihang Credit in 2018, which is owned by ...": the parser hangs the clause on the
                # time after the object; a time owns nothing, the clause is about the verb's object
                found += [s for c in head.head.head.children if c.dep_ in ("dobj", "nsubjpass")
                          for s in self._actors_for(c, actors, by_root)]
            elif head.dep_ == "attr":  # "X is one of the eight companies", "It was one of the eight"
                found += [s for c in head.head.children if c.dep_ == "nsubj"
                          for s in self._actors_for(c, actors, by_root) or filter(None, [_pronoun_actor(c)])]
            elif head.dep_ == "pobj" and head.head.lower_ == "as" and head.head.head.pos_ in ("VERB", "AUX"):
                # "X was launched as one of the eight pilots": the thing the verb is about
                found += [s for c in head.head.head.children if c.dep_ in ("nsubjpass", "dobj")
                          for s in self._actors_for(c, actors, by_root)]
            elif head.dep_ == "pobj" and head.head.lower_ == "among" and head.head.head.lemma_ == "be":
                # "X and Y were among the eight pilots approved by Z"
                found += [s for c in head.head.head.children if c.dep_ == "nsubj" for s in self._actors_for(c, actors, by_root)]
        found += [by_root[c.i] for c in noun.conjuncts if c.i in by_root and by_root[c.i] not in found]
        return found

    def _compound_name(self, noun: Token, by_root) -> Span | None:
        """The actor a kind noun is named after, compounded with it: "a Sesame Credit score" is
        Sesame Credit's (a product noun of relations.yaml `roles`)."""
        if noun.lemma_.lower() not in self.product_nouns:
            return None
        return next((by_root[c.i] for c in noun.children if c.dep_ == "compound" and c.i in by_root), None)

    def _named_kind(self, noun: Token, actors) -> Span | None:
        """The name a kind noun follows in quotes, which the parser hangs on it: its "Zheli
        Credit" platform is Zheli Credit."""
        if noun.lemma_.lower() not in self.product_nouns:
            return None
        doc, i = noun.doc, noun.i - 1
        while i > 0 and doc[i].is_quote:
            i -= 1
        if i == noun.i - 1:
            return None
        return next((s for s in actors if s.end == i + 1 and s.root.head == noun and _is_name(s)), None)

    def _clause_subjects(self, verb: Token, actors, by_root) -> list[Span]:
        """The actors that do what the verb says: its subject, the noun a relative clause
        modifies, or the subject of the verb an infinitive depends on ("began to coordinate"; through
        the noun it is object of: "signed an agreement to buy", "entered into a deal to acquire")."""
        subjects = ("nsubj",)
        for _ in range(3):
            for child in verb.children:
                if child.dep_ == "nsubj" and child.lower_ in ("it", "they", "we"):  # "it approved Baihang Credit"
                    # "we signed an agreement with X," said Y, Z's chief: a body's "we" is the body quoted
                    # (extract/subjects.py), never a person
                    doer = resolve_pronoun(child) or _owner_of(child, actors)
                    if child.lower_ == "we" and doer is not None and doer.label_ == "person":
                        return []
                    doer = _doer_besides_described(verb, child, doer, actors)
                    return [doer] if doer is not None and doer.label_ != "place" else []
                if child.dep_ in subjects and (found := self._actors_for(_antecedent_of(child), actors, by_root)):
                    return _dateline_aside(found, by_root)  # the first subject that names an actor ("six firms – among them X – each hold")
            if any(c.dep_ in subjects for c in verb.children):
                return []
            # "X, which is run by the NDRC and operates Y": coordinated verbs share a subject, passive or not
            subjects = ("nsubj", "nsubjpass") if verb.dep_ == "conj" else ("nsubj",)
            if verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBN") and verb.head.dep_ == "ROOT" \
                    and verb.lemma_.lower() in self.verbs and self.verbs[verb.lemma_.lower()][1].startswith("prep:"):
                # "Tencent partnered with X" read by the parser as a noun with a participle
                return self._actors_for(verb.head, actors, by_root)
            if verb.dep_ in ("xcomp", "conj") and verb.head != verb:
                verb = verb.head
            elif (governing := _governing_of_infinitive(verb)) is not None:
                verb = governing  # "X entered into an agreement to acquire a 12% interest in Y": X acquires
            else:
                return []
        return []

    def _verb_objects(self, verb: Token, where: str, actors) -> list[Span]:
        if where == "dobj-head":  # "has the Alipay app", not "has access to data from WeChat"
            heads = [t for c in verb.children if c.dep_ == "dobj" for t in (c, *c.conjuncts)]
            return [s for s in actors if any(s.root == head for head in heads)]
        if where == "dobj":
            heads = [c for c in verb.children if c.dep_ in ("dobj", "attr")]
            if heads:  # "licensed Baihang Credit in 2018 and then Pudao Credit": a name the parser coordinated with the verb
                heads += [c for c in verb.children if c.dep_ == "conj" and c.tag_ in ("NNP", "NNPS")
                          and not any(g.dep_ in ("nsubj", "nsubjpass", "dobj") for g in c.children)]
            relative = any(h.tag_ in ("WDT", "WP") or h.lower_ == "that" and h.dep_ == "dobj" for h in heads)
            if verb.dep_ == "relcl" and (relative or not heads and _has_subject(verb)):
                # "Pudao Credit, which the central bank licensed", "the service that Ant built",
                # "the scoring service Ant launched": the object is the noun the clause modifies
                by_root = {s.root.i: s for s in actors}
                described = verb.head
                if described.dep_ == "appos" and described.head.i in by_root:  # "X, the bureau that Y approved": X
                    return [by_root[described.head.i]]
                if described.dep_ == "appos" and (kind := self._compound_name(described.head, by_root)) is not None:
                    return [kind]  # "a Sesame Credit score, the rating that Ant Group computes": Sesame Credit
                # "X, which opened in May, and Pudao Credit, which the bank licensed": only the name the clause follows
                return [by_root[described.i]] if described.i in by_root else self._actors_for(described, actors, by_root)
            if not heads and (kind := _kind_before_doer(verb, actors)) is not None:
                # "one of eight pilot projects the PBoC approved", however the parser hangs the clause
                return self._actors_for(kind, actors, {s.root.i: s for s in actors})
            found = [span for head in heads for span in self._actors_under(head, actors)]
            if not found:  # "The Supreme People's Court runs it"
                found = [it for head in heads if head.dep_ == "dobj" and (it := _pronoun_actor(head)) is not None]
            # "launched a mini-program on WeChat, the “Deadbeat Debtor Map”": the object, not
            # where it runs
            aside = {t.i for head in heads for c in head.children if c.dep_ == "prep" for t in c.subtree}
            named = [s for s in found if s.root.i not in aside]
            # "keeps two lists on its Publicity System": where the object is kept is not what is kept
            placed = {t.i for head in heads for c in head.subtree if c.dep_ == "prep"
                      and c.lower_ in ("on", *self.container_preps) for t in c.subtree}
            return named or [s for s in found if s.root.i not in placed]
        word = where.split(":", 1)[1]
        # "shares the list with Sesame Credit": the parser may hang the preposition on the object
        holders = [verb, *(c for c in verb.children if c.dep_ == "dobj" and c.i not in {s.root.i for s in actors})]
        heads = [c for h in holders for c in h.children if c.dep_ in ("prep", "dative") and c.lower_ == word]
        # "cooperated with Alibaba's Alipay": Alipay, not its owner
        return _owned_aside([span for head in heads
                             for span in self._actors_under(head, actors) or self._relative_object(verb, head, actors)])

    def _apposed_object(self, verb: Token, actors) -> list[Span]:
        """ "WeChat Pay Score, the credit score Tencent launched in 2019": a name, then a
        description of its kind with a clause of its own doer, which the parser often reads as
        that doer's compounds: the name is the verb's object. The doer may be a pronoun ("the
        credit score it launched")."""
        doc = verb.doc
        doer = next((s for c in verb.children if c.dep_ == "nsubj"
                     and (s := _span_at(c, actors) or (doc[c.i:c.i + 1] if c.lower_ in PRONOUNS else None)) is not None), None)
        if doer is None:
            return []
        i = doer.start - 1
        while i > 0 and doc[i].pos_ in ("NOUN", "ADJ") and doc[i].lower_ not in PRONOUNS:
            i -= 1
        kind = doc[doer.start - 1] if doer.start > 0 else None
        if kind is None or i == doer.start - 1 or kind.lemma_.lower() not in self.product_nouns | set(self.kinds) \
                or doc[i].lower_ not in ("the", "a", "an") or i < 2 or doc[i - 1].text != ",":
            return []
        end = i - 1
        if doc[end - 1].text == ")":  # "Sesame Credit (also known as Zhima Credit), the score"
            end -= 1
        return [a for a in actors if a.end == end and _is_name(a) and a.label_ in self.organizations][:1]

    def _relative_object(self, verb: Token, prep: Token, actors) -> list[Span]:
        """ "Hellobike, in which Ant Group has invested": a preposition's relative pronoun stands
        for the noun its clause modifies, or, in a clause the parser left loose, the name right
        before the preposition."""
        if not any(c.tag_ in ("WDT", "WP") for c in prep.children):
            return []
        if verb.dep_ == "relcl":
            return self._actors_for(verb.head, actors, {s.root.i: s for s in actors})
        before = prep.i - 1 if prep.i > 0 and prep.nbor(-1).text == "," else prep.i
        return [a for a in actors if a.end == before and a.label_ in self.organizations][:1]

    @staticmethod
    def _actors_under(head: Token, actors) -> list[Span]:
        """Actors in the phrase under `head`, leaving out relative clauses about them
        ("Ant Financial Services, which is owned by Alibaba": not Alibaba)."""
        skip: set[int] = set()
        for token in head.subtree:
            if token.dep_ in ("relcl", "acl"):
                skip |= {t.i for t in token.subtree}
        lo, hi = head.left_edge.i, head.right_edge.i + 1
        # a name whose end the parser hung elsewhere ("advises the European Chamber of Commerce in China") counts by its head,
        # and a name right after a preposition whose object is in it ("Helen Marsh of Torrance University said", where
        # the parser made "University" the verb's subject and "Torrance" the object of "of")
        return [s for s in actors if lo <= s.start and (lo <= s.root.i < hi and s.root.i not in skip
                                                        or _object_opens(head, s))]

    @staticmethod
    def _same_as(verb: Token, where: str, actors):
        """For "belongs to the same N (X belongs to): Z": (Z, [X])."""
        sent = verb.sent
        after = [t for t in sent if t.i > verb.i]
        if not any(t.lower_ == "same" for t in after[:4]):
            return None
        colon = next((t for t in after if t.text in (":", "—", "–")), None)
        if colon is None:
            return None
        target = next((s for s in actors if s.start > colon.i), None)
        if target is None:
            return None
        siblings = [s for s in actors if verb.i < s.start < colon.i and s.id_ != target.id_
                    and any(t.lemma_ == verb.lemma_ for t in sent[s.end - sent.start:colon.i - sent.start])]
        return target, siblings

    def _licensors(self, noun: Token, actors, exclude) -> list[Span]:
        """Who grants a licence: an actor named with it, else the actor its adjective names."""
        named = [s for c in noun.children if c.dep_ in ("prep", "compound", "poss", "nmod")
                 for s in self._actors_under(c, actors) if s not in exclude]
        if named:
            return named
        # "the licences the People's Bank of China issued": the doer of a clause of granting
        granting = [c for c in noun.children if c.dep_ == "relcl" and c.lemma_.lower() in self.granting_verbs]
        by_root = {s.root.i: s for s in actors}
        named = [s for c in granting for s in self._clause_subjects(c, actors, by_root) if s not in exclude]
        # "a payment licence issued by the People's Bank of China": the agent of a participle of granting
        named += [s for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in self.granting_verbs
                  for g in c.children if g.dep_ == "agent" for s in self._actors_under(g, actors) if s not in exclude]
        if named:
            return named
        nouns = [noun, *noun.conjuncts, *([noun.head] if noun.dep_ == "conj" else [])]
        for item in nouns:
            for child in item.children:
                actor_id = self.licensor_adjectives.get(child.lower_)
                if child.dep_ in ("amod", "compound") and actor_id:
                    span = self._gazetteer_span(noun.doc, child, actor_id)
                    if span is not None:
                        return [span]
        return _licensor_before(noun) if _another_of_a_kind(noun) else []

    def _gazetteer_span(self, doc: Doc, token: Token, actor_id: str) -> Span | None:
        """A span standing for a gazetteer actor the text names only by an adjective."""
        actor = self.gazetteer.get(actor_id) if self.gazetteer else None
        if actor is None:
            return None
        names = doc._.actor_names if doc._.actor_names is not None else {}
        names.setdefault(actor.id, actor.name)
        doc._.actor_names = names
        return Span(doc, token.i, token.i + 1, label=actor.type, span_id=actor.id)

    # --- the claim -------------------------------------------------------------------------------

    def _claim(self, sent: Span, subject: Span, link: Link, obj: Span, cue: Token, method: str, held: bool = False):
        """`held`: the text states the relation as held already, whatever it plans ("plans to
        raise its stake in X")."""
        if link.inverse:
            subject, obj = obj, subject
        if subject.id_ == obj.id_ or not self._fits(link.predicate, subject, obj) or not held and self._unrealised(cue):
            return
        doc = sent.doc
        # an end named in an earlier sentence ("It approved X": the PBoC) is not quoted here
        here = [span for span in (subject, obj) if sent.start <= span.start and span.end <= sent.end]
        start = min([cue.i] + [span.start for span in here])
        end = max([cue.i + 1] + [span.end for span in here])
        phrase = doc[start:end]
        subject_id, subject_name = actor_of(subject)
        object_id, object_name = actor_of(obj)
        yield Claim(
            kind="relation", predicate=link.predicate,
            phrase_start=phrase.start_char, phrase_end=phrase.end_char,
            quote_start=sent.start_char, quote_end=sent.end_char,
            method=method, subject_id=subject_id, subject=subject_name,
            object=object_name, object_id=object_id, confidence=0.6,
            extra={"cue": cue.text},
        )

    def _unrealised(self, cue: Token) -> bool:
        """Whether the text states the relation as no fact (relations.yaml `unrealised`): planned,
        wished or stopped ("plans to acquire X", "would stop cooperating with X"), still to come
        ("has yet to launch X", "its proposed acquisition of X"), on a condition ("if X is owned
        by Y") or asked ("Is X owned by Y?"); a side clause of a question still states its fact
        ("Why did Tencent, which owns WeChat, ...?")."""
        if any(c.dep_ in ("amod", "compound") and c.lower_ in self.unrealised_modifiers for c in cue.children):
            return True
        token = cue
        for _ in range(8):  # up to the cue's clause, and on through verbs it is the infinitive of
            if any(c.dep_ == "mark" and c.lower_ in self.conditions for c in token.children):
                return True
            if token.dep_ == "xcomp":
                token = token.head
                if token.lemma_.lower() in self.unrealised_verbs \
                        or any(c.dep_ == "advmod" and c.lower_ in self.unrealised_adverbs for c in token.children):
                    return True
                continue
            if token.dep_ in ("ROOT", "relcl", "ccomp", "advcl", "acl", "conj") or token.head == token:
                break
            token = token.head
        aside = any(t.dep_ in ("relcl", "acl", "appos") for t in (cue, *cue.ancestors))
        asked = any(t.text == "?" for t in cue.sent[-2:])
        return asked and not aside

    def _fits(self, predicate: str, subject: Span, obj: Span) -> bool:
        rule = self.predicates.get(predicate, {})
        if subject.label_ == "place" or obj.label_ == "place":
            return self._place_fits(rule, subject, obj)
        return self._type_fits(rule.get("subject", "any"), subject) and self._type_fits(rule.get("object", "any"), obj)

    @staticmethod
    def _place_fits(rule: dict, subject: Span, obj: Span) -> bool:
        """A place is an end only where the vocabulary says (`places`): the owner or maker of
        a local body the gazetteer does not know ("Suzhou's Osmanthus Score", "Fuzhou
        introduced a “Jasmine Score”"), the subject of a selection ("selected Xiamen") or of a
        tie it signed, or the employer of a person its possessive or "of" names ("the city's
        deputy mayor"; not "a professor in Beijing"). A court is no place's (`PLACELESS_TYPES`)."""
        places = rule.get("places")
        if subject.label_ == "place" and obj.label_ == "place":
            return False
        if obj.label_ == "place":
            if places == "employer":
                return subject.label_ == "person" and _names_whose(obj)
            return places == "local-object" and ":" in subject.id_ and subject.label_ not in PLACELESS_TYPES
        return places == "subject"

    def _type_fits(self, wanted: str, span: Span) -> bool:
        if span.label_ == "place":
            return False
        if wanted == "organization":  # names the NER misreads as persons' are typed by extract/actors.py
            return span.label_ in self.organizations
        if wanted == "person":
            return span.label_ == "person"
        return True


def _said_best(claims) -> list[Claim]:
    """A possessive says only whose a thing is; where the sentence also says how ("Ant, which
    launched its Sesame Credit": developed_by), the possessive's part_of is dropped."""
    claims = list(claims)
    stated = {(c.subject_id, c.object_id) for c in claims if c.method != "relation/possessive"}
    return [c for c in claims if c.method != "relation/possessive" or (c.subject_id, c.object_id) not in stated]


def _title_before(doc: Doc, sent: Span, i: int) -> tuple[list[Token], int]:
    """The lower-case words of a title that end at token `i`, nearest first ("legal representative",
    "chief executive"; at most four), and the index of the token before them."""
    title = []
    while i >= sent.start and len(title) < 4 and doc[i].is_lower and doc[i].is_alpha:
        title.append(doc[i])
        i -= 1
    return title, i


def _is_name(span: Span) -> bool:
    """A proper name, not a lower-case description that happens to be an alias
    ("Alipay's social credit system" is Sesame Credit, not the state's system); with "the",
    a lower-case alias is the actor ("part of the social credit system"); a place's institution named
    after its place is a name however written ("the city's development and reform bureau")."""
    if any(c.isupper() or not c.isascii() for c in span.text if c.isalpha()) or is_local_body(span):
        return True
    if any(t.lower_ == "of" for t in span[1:-1]):  # "the court's list of dishonest judgment debtors": no generic phrase
        return True
    return span.start > 0 and span.doc[span.start - 1].lower_ == "the"


def _is_share_unit(token: Token, units) -> bool:
    """Whether a word ends a unit of shares ("percent", "%", "per cent")."""
    doc = token.doc
    return any(token.i + 1 >= len(unit) and tuple(t.lower_ for t in doc[token.i + 1 - len(unit):token.i + 1]) == unit
               for unit in units)


def _hyphenated(noun: Token) -> str:
    """A noun's lemma with the word hyphenated to it, which the parser splits off ("tie-up")."""
    parts = _hyphen_parts(noun)
    return f"{parts[0].lower_}-{noun.lemma_.lower()}" if parts else noun.lemma_.lower()


def _hyphen_parts(noun: Token) -> list[Token]:
    """The words hyphenated to a noun before it, which the parser splits off and may hang on their
    own ("vice", "-" of "vice-president")."""
    doc, i = noun.doc, noun.i
    if i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
        return [doc[i - 2], doc[i - 1]]
    return []


def _phrasal(token: Token) -> str:
    """A verb with its particle: "set up" for "was set up by", "spun out" for "spun out of"."""
    particle = _particle(token)
    return f"{token.lower_} {particle.lower_}" if particle is not None else token.lower_


def _particle(verb: Token) -> Token | None:
    """A verb's particle, also one the parser reads as a preposition right after it with its own
    preposition ("spun out of X": out, of)."""
    return next((c for c in verb.children if c.dep_ == "prt" or c.dep_ == "prep" and c.i == verb.i + 1
                 and c.lower_ in PARTICLES and any(g.dep_ == "prep" for g in c.children)), None)


def _restricted(span: Span, participle: Token) -> bool:
    """ "the social credit system created by the Alibaba group": a lower-case description that
    a participle right after it restricts means the one so made, not the actor of that name;
    unless it is apposed to that actor's name ("Qiantang, the company set up by Ant Group"), or
    a description with "of" names one thing ("the list of dishonest judgment debtors kept by X")."""
    lower = not any(c.isupper() for c in span.text if c.isalpha()) and not any(t.lower_ == "of" for t in span[1:-1])
    apposed = is_description(span) and span.root.dep_ == "appos"
    return lower and participle.i == span.end and not apposed


def _denied(role: Token) -> bool:
    """A role stated as not held: "not part of", "no longer a partner of", "holds no equity interest"."""
    return any(c.dep_ in ("neg", "advmod", "det") and c.lower_ in ("not", "never", "n't", "no") for c in role.children) \
        or is_negated(role.doc[role.i:role.i + 1])


def _pronoun_actor(pronoun: Token) -> Span | None:
    """The actor "it" stands for as a clause's subject or object ("It is run by X", "X runs it"),
    never a place."""
    if pronoun.lower_ != "it":
        return None
    actor = resolve_pronoun(pronoun)
    return actor if actor is not None and actor.label_ != "place" else None


def _owner_of(pronoun: Token, actors) -> Span | None:
    """What "its" or "whose" stands for before a role noun. "whose" in a relative clause: the
    actor the clause describes ("Ant Group, the Alibaba affiliate whose Sesame Credit ...").
    "its": the nearest organisation before it in the sentence ("approved the company after
    its eight smaller shareholders"), where one named inside another's apposition stands
    for that other ("Ant, the affiliate of Alibaba, said its service": Ant); else the
    pronoun's antecedent (extract/subjects.py)."""
    if pronoun.lower_ in CORPORATE_WE:  # "our payment subsidiary": the speaker's, or the body writing
        return resolve_pronoun(pronoun)
    if pronoun.tag_ == "WP$":
        clause = next((t for t in pronoun.ancestors if t.dep_ == "relcl"), None)
        by_root = {s.root.i: s for s in actors}
        if clause is None:  # a clause the parser did not mark: the name right before "whose"
            return next((a for a in actors if a.label_ not in ("person", "place")
                         and (a.end == pronoun.i or a.end == pronoun.i - 1 and pronoun.nbor(-1).text == ",")), None)
        described = clause.head
        if described.dep_ == "appos" and described.head.i in by_root:
            return by_root[described.head.i]
        return by_root.get(described.i)
    # not across a colon or semicolon: "an experiment with Hellobike: riders who were told their score"
    opening = max([t.i for t in pronoun.sent if t.i < pronoun.i and t.text in (":", ";")], default=-1)
    before = [_described_by(a, actors) for a in actors if opening < a.start and a.end <= pronoun.i
              and a.label_ not in ("person", "place") and not _in_closed_clause(a, pronoun)]
    return before[-1] if before else resolve_pronoun(pronoun)


def _signing_clause(tie: Token) -> Token | None:
    """The clause on a tie noun that says whom it is with, and, a relative clause, who signed it:
    "an agreement the city signed with Ant Group", "under agreements signed with the court"."""
    return next((c for c in tie.children if c.dep_ in ("relcl", "acl") and c.pos_ == "VERB"
                 and _object_gap(c) and not is_negated(tie.doc[c.i:c.i + 1])), None)


def _object_gap(clause: Token) -> bool:
    """Whether the noun a clause modifies is the clause's object ("an agreement the city signed",
    "agreements signed with the court"), not a place in it ("an agreement under which riders rent")."""
    return not any(c.dep_ == "dobj" and c.tag_ not in ("WDT", "WP") and c.lower_ != "that"
                   or c.dep_ == "prep" and any(g.tag_ in ("WDT", "WP") for g in c.children) for c in clause.children)


def _in_apposition(actor: Span, head: Token) -> bool:
    """Whether an actor is named inside an apposition under `head` ("with Baihang Credit, the
    PBoC-licensed bureau": the PBoC only describes Baihang)."""
    return any(t.dep_ == "appos" for t in actor.root.ancestors if t.i != head.i and head in t.ancestors)


def _in_closed_clause(actor: Span, pronoun: Token) -> bool:
    """Whether an actor sits in a relative clause the pronoun is not part of ("Tencent, which
    owns WeChat, shelved its own rating": "its" is Tencent's, not WeChat's)."""
    return any(t.dep_ in ("relcl", "acl") and pronoun not in t.subtree for t in actor.root.ancestors)


def _described_by(span: Span, actors) -> Span:
    """The actor whose apposition holds `span` ("Ant, the affiliate of Alibaba": Ant for
    Alibaba; "Baihang, the bureau licensed by the PBoC": Baihang for the PBoC), else `span` itself."""
    by_root = {s.root.i: s for s in actors}
    for token in span.root.ancestors:
        if token.dep_ == "appos" and token.head.i in by_root:
            return by_root[token.head.i]
        if token.dep_ not in ("pobj", "prep", "agent", "appos", "compound", "poss", "nmod", "acl"):
            break
    return span


def _possessive_pronouns(actor: Span, kinds) -> list[Token]:
    """ "whose Sesame Credit", "its Sesame Credit service", its "Zheli Credit" platform: a possessive
    pronoun on the name, or on the noun of a kind of product (`kinds`) that the name is compounded with."""
    holders = [actor.root]
    if actor.root.dep_ in ("compound", "nmod") and actor.root.head.lemma_.lower() in kinds:
        holders.append(actor.root.head)
    return [c for h in holders for c in h.children
            if c.dep_ == "poss" and (c.lower_ in ("its", "their") or c.tag_ == "WP$")]


def _names_after(doc: Doc, start: int, end: int, actors) -> list[Span]:
    """The names that follow a role noun at token `start`, after a comma or none, coordinated
    ("platforms Huabei and Jiebei", "score, WeChat Pay Score")."""
    i = start + 1 if start < end and doc[start].text == "," else start
    names = []
    while i < end:
        name = next((a for a in actors if a.start == i and _is_name(a)), None)
        if name is None:
            break
        names.append(name)
        i = name.end
        if i >= end or doc[i].lower_ not in ("and", "or", ","):
            break
        i += 1
        if doc[i - 1].text == "," and i < end and doc[i].lower_ in ("and", "or"):  # ", and"
            i += 1
    return names


def _role_ends_phrase(doc: Doc, start: int, end: int) -> bool:
    """Whether the phrase ends right after a role noun: a comma, a bracket or the sentence's end."""
    return start >= end or doc[start].text in (",", ")", ";", ".", "—", "–") or doc[start].is_space


def _owned_aside(objects: list[Span]) -> list[Span]:
    """ "run by the city's Credit Xiamen platform": the platform, not the city that owns it;
    "run by X, a subsidiary of Y": X, not the owner its apposition names."""
    named = [o for o in objects if o.root.dep_ != "poss"]
    roots = {o.root.i for o in objects}
    named = [o for o in named or objects if not any(t.dep_ == "appos" and t.head.i in roots for t in o.root.ancestors)]
    return named or objects


def _named_before(pronoun: Token, actors, others) -> Span | None:
    """The actor "it" stands for: the last one its sentence names before it that is not one of `others`."""
    before = [a for a in actors if a.end <= pronoun.i and all(a.id_ != o.id_ for o in others)]
    return before[-1] if before else None


def _shared_subjects(verb: Token) -> list[Token]:
    """A verb's subjects, or those of the verb it is coordinated with ("received its licence and is
    35 percent owned by Ant")."""
    own = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if own or verb.dep_ != "conj":
        return own
    return [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]


def _verb_of_share(participle: Token) -> Token | None:
    """The verb "be" of a participle said with a share ("is 36% owned by"): the parser reads the
    participle as the verb's complement, or as a clause of the share ("is 33 percent [owned]")."""
    if participle.dep_ == "acomp" and participle.head.lemma_ == "be":
        return participle.head
    share = participle.head
    if participle.dep_ == "acl" and share.dep_ in ("attr", "npadvmod") and share.head.lemma_ == "be" \
            and any(c.like_num for c in share.children):
        return share.head
    return None


def _elliptic_owner(actor: Span, actors) -> Span | None:
    """ "WeChat Pay Score, Tencent's, is ...": a possessive apposed alone to a name; "Huabei is
    Ant Group's": or predicated of it."""
    doc, i = actor.doc, actor.end
    if actor.root.dep_ == "nsubj" and actor.root.head.lemma_ == "be" and i < len(doc) and i == actor.root.head.i:
        i += 1
        owner = next((s for s in actors if s.start == i), None)
        ends = owner is not None and owner.end + 1 < len(doc) and is_possessive_mark(doc[owner.end])
        return owner if ends and (doc[owner.end + 1].is_punct or doc[owner.end + 1].lower_ in ("and", "but", "not")) else None
    owner = next((s for s in actors if s.start == i + 1), None) if i < len(doc) and doc[i].text == "," else None
    if owner is None or owner.end + 1 >= len(doc) or not is_possessive_mark(doc[owner.end]):
        return None
    return owner if doc[owner.end + 1].is_punct else None


def _set_off(noun: Token) -> bool:
    """Whether a noun phrase after a name's comma is an apposition: so parsed, or read as a
    conjunct though commas close it too ("Sesame Credit, Ant Group's rating, and ...")."""
    if noun.dep_ == "appos":
        return True
    own = [noun.i, *(c.right_edge.i for c in noun.children if c.dep_ not in ("conj", "cc", "punct"))]
    after = max(own) + 1  # the phrase's end, without the conjuncts the parser hung on it
    return noun.dep_ == "conj" and after < len(noun.doc) and noun.doc[after].text == ","


def _listed_on(span: Span) -> bool:
    """Whether a list goes on after a name ("Li Wen, Tencent, and Alibaba executives")."""
    doc, i = span.doc, span.end
    if i < len(doc) and doc[i].text == ",":
        i += 1
    return i < len(doc) and doc[i].lower_ in ("and", "or")


def _speakers_clauses(person: Span) -> list[Token]:
    """ "I'm Tom Reyes, and I cover tech for X": in a speaker's self-introduction, the verbs the
    speaker goes on to say of "I" are the named person's."""
    verb = person.root.head
    named = person.root.dep_ == "attr" and verb.lemma_ == "be" \
        and any(c.dep_ == "nsubj" and c.lower_ in ("i", "name") for c in verb.children)
    if not named:
        return []
    return [c for c in verb.children if c.dep_ == "conj" and any(g.dep_ == "nsubj" and g.lower_ == "i" for g in c.children)]


def _dateline_aside(subjects: list[Span], by_root) -> list[Span]:
    """ "HANGZHOU, March 4 -- Qingyun Credit ... has teamed up with X": the parser makes a
    dateline's place the subject and the doer its apposition; the place only says where."""
    doers = [by_root[c.i] for s in subjects if s.label_ == "place" for c in s.root.children
             if c.dep_ == "appos" and c.i in by_root and by_root[c.i].label_ != "place"]
    for place in (s for s in subjects if s.label_ == "place" and not doers):
        # "HANGZHOU, China, May 14, 2024 -- Lantern Data, a unit of X, ...": the first body after the dash
        dateline = dateline_at(place.doc, place.start_char)
        if dateline is not None and dateline.in_place(place.start_char, place.end_char):
            doers = sorted((a for a in by_root.values() if a.start_char >= dateline.end and a.label_ != "place"),
                           key=lambda a: a.start)[:1]
    return doers or subjects


def _institutions(spans: list[Span]) -> list[Span]:
    """The bodies a phrase names, leaving out a place that only says where one is ("to Baihang
    Credit, a Shenzhen-based bureau"); a place alone stays (a city selected as a model)."""
    bodies = [s for s in spans if s.label_ != "place"]
    return bodies or spans


def _has_subject(verb: Token) -> bool:
    """Whether a clause names its own doer other than by a relative pronoun ("the service Ant
    launched"), so that the noun it modifies is its object."""
    return any(c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in verb.children)


def _kind_before_doer(verb: Token, actors) -> Token | None:
    """The plural noun a clause without a relative pronoun follows, read from the order of the words
    ("one of eight pilot projects the PBoC approved": projects), when its doer is the name right before
    the verb; the parser often hangs such a clause anywhere."""
    doer = next((a for a in actors if a.end == verb.i and a.root.head == verb and a.root.dep_ == "nsubj"), None)
    if doer is None:
        return None
    i = doer.start - 1
    while i > verb.sent.start and verb.doc[i].dep_ == "det":
        i -= 1
    kind = verb.doc[i]
    return kind if kind.tag_ == "NNS" and kind.dep_ == "pobj" and kind.head.lower_ in ("of", "among") else None


def _doer_besides_described(verb: Token, pronoun: Token, doer: Span | None, actors) -> Span | None:
    """ "WeChat Pay Score, the credit score it launched": the "it" of a clause on a thing is not
    that thing (nor the name it describes); it stands for the organisation named before them."""
    if doer is None or verb.dep_ != "relcl" or pronoun.lower_ != "it":
        return doer
    described = verb.head.head if verb.head.dep_ == "appos" else verb.head
    if not doer.start <= described.i < doer.end:
        return doer
    before = [a for a in actors if a.end <= doer.start and a.label_ not in ("person", "place") and a.id_ != doer.id_]
    return before[-1] if before else None


def _another_of_a_kind(noun: Token) -> bool:
    """ "A second licence", "another licence": one more of what the text told of before."""
    return any(c.dep_ in ("amod", "det") and (c.ent_type_ == "ORDINAL" and c.lower_ != "first" or c.lower_ == "another")
               for c in noun.children)


def _licensor_before(noun: Token) -> list[Span]:
    """The licensor of the last licence the text told of before `noun` ("the central bank licensed
    Baihang Credit ... A second licence went to Pudao Credit": the central bank), as its last mention."""
    doc = noun.doc
    earlier = [c for c in doc._.claims or [] if c.kind == "relation" and c.predicate == "licensed_by"
               and c.phrase_end <= noun.idx and c.object_id]
    if not earlier:
        return []
    licensor = max(earlier, key=lambda c: c.phrase_end).object_id
    mentions = [s for s in doc.spans.get(SPANS_KEY, []) if s.id_ == licensor and s.end_char <= noun.idx]
    return mentions[-1:]


def _has_purpose(verb: Token) -> bool:
    """Whether a verb has a clause of what is to be done ("agreed with ICBC to build a score")."""
    return any(c.dep_ == "xcomp" and c.pos_ == "VERB" and any(a.lower_ == "to" for a in c.children if a.dep_ == "aux")
               for c in verb.children)


def _one_of(word: Token) -> list[Token]:
    """The plural noun of "one of ..." ("one of Pudao's founding investors": investors), or none."""
    if word.lower_ != "one":
        return []
    return [g for c in word.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
            if g.dep_ == "pobj" and g.pos_ == "NOUN" and g.tag_ == "NNS"]


def _describes_another(role: Token, actor: Span, by_root) -> bool:
    """Whether a role noun is compounded on another actor's name, whose role it says: "affiliate" in
    "the unit of Huaxia Group affiliate Lotus Credit" is Lotus Credit's, not the unit's."""
    return role.dep_ == "compound" and role.head.i in by_root and by_root[role.head.i].id_ != actor.id_


def _owner_compounds(role: Token) -> list[Token]:
    """The words compounded before a role noun on the name it describes, which the parser hangs on
    the name rather than on the role: "Alibaba" in "Alibaba affiliate Ant Group"."""
    if role.dep_ != "compound" or role.head.pos_ != "PROPN":
        return []
    return [c for c in role.head.children if c.dep_ == "compound" and c.i < role.i]


def _set_off_after(noun: Token, name: Span) -> bool:
    """Whether a name follows a common noun's phrase set off by a comma, as an apposition the
    parser hung elsewhere ("with a narrower product, WeChat Pay Score, which lets ...")."""
    end = noun.right_edge.i if noun.right_edge.text == "," else noun.right_edge.i + 1
    return noun.pos_ == "NOUN" and end < len(noun.doc) and noun.doc[end].text == "," and name.start == end + 1


def _coordinated_before(i: int, actors) -> list[Span]:
    """The names listed right before token `i`, joined by commas and "and" ("A, B and C each")."""
    found, end = [], i
    while True:
        name = next((a for a in actors if a.end == end and a.label_ not in ("person", "place")), None)
        if name is None:
            return found
        found.insert(0, name)
        end = name.start
        doc = name.doc
        while end > 0 and doc[end - 1].lower_ in (",", "and"):
            end -= 1
        if end == name.start:
            return found


def _set_off_names(noun: Token, actors) -> list[Span]:
    """The name set off after a common noun's phrase (`_set_off_after`) and the names coordinated
    with it ("two state-owned investors, A and B")."""
    first = next((a for a in actors if _set_off_after(noun, a)), None)
    if first is None:
        return []
    return [first, *(a for a in actors if a.root in first.root.conjuncts)]


def _is_passive(verb: Token) -> bool:
    """Whether a verb is passive by its auxiliary ("to be granted")."""
    return any(c.dep_ == "auxpass" for c in verb.children)


def _set_it_is_in(copula: Token, by_root) -> list[Token]:
    """The plural noun of a set the copula's subject is in: "X and Y are among the shareholders of
    Z", "X is one of the investors in Z" (shareholders, investors)."""
    among = [n for c in copula.children if c.dep_ == "prep" and c.lower_ == "among"
             for n in c.children if n.dep_ == "pobj" and n.pos_ == "NOUN" and n.i not in by_root]
    return among + [n for c in copula.children if c.dep_ == "attr" for n in _one_of(c)]


def _institution(spans: list[Span]) -> list[Span]:
    """The first actor of a workplace phrase that is no place: "a lawyer at the Beijing firm
    Jintai Partners" works at the firm, not in Beijing; nor the owner of a unit named after it:
    "nine years at the People's Bank of China's Credit Reference Center" were at the centre."""
    return [s for s in _without_owners(spans) if s.label_ != "place"][:1]


def _without_owners(spans: list[Span]) -> list[Span]:
    """The names of a phrase but those that are the possessive of the name right after them: in
    "at the PBoC's Credit Reference Center", "inside Ant Group's Alipay app" the phrase names the
    centre and the app (the owner's tie is the possessive's own relation)."""
    def owns_next(span: Span) -> bool:
        doc = span.doc
        return span.end < len(doc) and is_possessive_mark(doc[span.end]) and any(o.start == span.end + 1 for o in spans)
    return [s for s in spans if not owns_next(s)]


def _in_title_phrase(token: Token) -> bool:
    """Whether a word can belong to a noun phrase of a title ("The city's deputy mayor", "A
    spokesperson for the bureau"): no verb, no clause punctuation."""
    return token.pos_ in ("DET", "ADJ", "NOUN", "PROPN", "ADP", "NUM") or is_possessive_mark(token) \
        or token.text == "-"


def _names_whose(span: Span) -> bool:
    """Whether a name says whose something is: a possessive ("the city's mayor") or the object
    of "of" ("the mayor of Rongcheng")."""
    root = span.root
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return root.dep_ == "poss" or after is not None and is_possessive_mark(after) \
        or root.dep_ == "pobj" and root.head.lower_ == "of"


def _place_of(body: Span) -> Span | None:
    """The place a local body belongs to: one its name starts with ("the city-owned Hangzhou Urban
    Investment Group": Hangzhou), else the last place named before it."""
    doc = body.doc
    places = [s for s in doc.spans.get(SPANS_KEY, []) if s.label_ == "place"]
    named = next((p for p in places if body.text.startswith(p.text + " ")), None)
    return named or antecedent(doc, body.start, {"place"})


def _time_adverbial(noun: Token) -> bool:
    """ "in 2018", "in March": a time under a preposition of the verb, which a relative clause after it
    cannot be about."""
    return noun.dep_ == "pobj" and noun.ent_type_ in ("DATE", "TIME") and noun.head.dep_ == "prep" \
        and noun.head.head.pos_ in ("VERB", "AUX")


def _relative_subject(clause: Token) -> bool:
    """Whether a relative clause's subject is its relative pronoun ("X, which holds 36%"): the
    noun it modifies does what it says."""
    return any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in clause.children)


def _cells(line: str, start: int) -> list[tuple[int, int, str]]:
    """A plain table line's cells, words parted by runs of two or more spaces: (first char, end
    char, text), the chars counted from `start`, where the line starts in the text."""
    return [(start + m.start(), start + m.end(), m.group()) for m in re.finditer(r"\S+(?: \S+)*", line)]


def _actor_in(cell: tuple[int, int, str], actors) -> Span | None:
    """The actor named alone in a table's cell (its name filling the cell, "the" aside)."""
    start, end, text = cell
    return next((a for a in actors if start <= a.start_char and a.end_char == end
                 and text[:a.start_char - start].strip().lower() in ("", "the")), None)


def _infinitive_after(noun: Token) -> Token | None:
    """The "to" of the infinitive that follows a noun and the names listed with it ("allowed six
    firms, among them X and Y, to prepare"), with no other verb or clause break between; or None."""
    for token in noun.doc[noun.i + 1:noun.sent.end]:
        if token.lower_ == "to" and token.dep_ == "aux":
            return token
        if token.pos_ in ("VERB", "AUX") and token.lower_ != "including" or token.text in (";", ".", ":"):
            return None
    return None


def _body_of_unit(unit: Span, actors) -> Span | None:
    """The body a unit is named as part of, set off right after it in a speakers' list or a
    signature ("deputy director of the Department of Price Affairs, Ministry of Commerce;"): one
    works for the body, the unit only says where in it. The body's name must close the phrase
    (not a list of names: "head of X, Y and Z")."""
    doc = unit.doc
    if unit.end + 1 >= len(doc) or doc[unit.end].text != ",":
        return None
    body = next((a for a in actors if a.start == unit.end + 1 and a.label_ not in ("person", "place")), None)
    if body is None:
        return None
    closing = doc[body.end] if body.end < len(doc) else None
    if closing is None or closing.text in (";", ".", ")") or closing.is_space:
        return body
    following = doc[body.end + 1] if body.end + 1 < len(doc) else None
    return body if closing.text == "," and following is not None and following.pos_ in ("VERB", "AUX") else None


def _span_at(token: Token, actors) -> Span | None:
    return next((s for s in actors if s.start <= token.i < s.end), None)


def _antecedent_of(token: Token) -> Token:
    """A relative pronoun stands for the noun its clause modifies ("X, which runs ..."); a "which" after
    a comma that the parser hangs on the main verb ("approved X in 2018, which is owned by Y": an
    adverbial clause) stands for that verb's object before it."""
    if token.tag_ in ("WDT", "WP") and token.head.dep_ == "relcl":
        return token.head.head
    if token.tag_ == "WDT" and token.head.dep_ == "advcl" and token.i > 0 and token.nbor(-1).text == ",":
        return next((c for c in token.head.head.children if c.dep_ == "dobj" and c.i < token.i), token)
    return token


def _held_by_another(role: Token, description: Token, actor: Span, by_root) -> bool:
    """Whether a role noun inside a description is another actor's: one apposed to a name the
    description also holds ("Speakers: Liang Shu, professor at X; Tom Reyes, head of risk at Y":
    Tom Reyes is head of risk, not Liang Shu)."""
    token = role
    while token != description and token.head != token:
        apposed = token.dep_ == "appos"
        token = token.head
        if apposed and token != description and token.i in by_root and by_root[token.i].id_ != actor.id_:
            return True
    return False


def _in_clause_of(token: Token, description: Token) -> bool:
    """Whether a role noun belongs to the description itself, not to a clause or a
    prepositional phrase inside it ("a major player with access to data from app WeChat")."""
    while token != description:
        if token.dep_ in ("relcl", "acl", "advcl", "ccomp", "nsubj", "nsubjpass") \
                or token.dep_ == "pobj" and token.head.lower_ != "of":  # a subject: a misparsed clause ("whose app lends")
            return False
        token = token.head
    return True


def antecedent(doc: Doc, before: int, types) -> Span | None:
    """The last actor mention of one of `types` that ends before token `before`: what a
    description ("the news site", "the state system") stands for."""
    mentions = [s for s in doc.spans.get(SPANS_KEY, []) if s.end <= before and s.label_ in set(types)]
    return mentions[-1] if mentions else None


@Language.factory("sckb_relations", default_config={"vocab_path": None, "actors_path": None})
def make_relation_finder(nlp: Language, name: str, vocab_path: str | None, actors_path: str | None):
    """Config: `vocab_path` another relations vocabulary; `actors_path` the gazetteer that
    names actors a text names by an adjective ("governmental permission")."""
    from extract.settings import Settings

    gazetteer = Gazetteer.load(actors_path or Settings.from_env().vocab_file("actors.yaml"))
    return RelationFinder(load_vocab("relations", vocab_path), gazetteer)


def _names_the_object(token: Token, role_tokens: set[int]) -> bool:
    """Whether a role noun is the head of the name another role noun's preposition governs: in "Ant, the
    operator of the Alipay payments app and the Sesame Credit scoring service" the app and the service
    are what Ant operates, not roles of Ant's. A noun with a preposition of its own is a role ("the developer
    of Taobao and parent company of Ant Financial")."""
    if any(child.dep_ == "prep" for child in token.children):
        return False
    if token.dep_ == "conj" and token.head.i in role_tokens and _object_of(token.head) and _named_thing(token):
        return True  # the parser's "the operator of [the app] and [the service]": the service a second object
    while token.dep_ == "conj":
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.i in role_tokens


def _named_thing(noun: Token) -> bool:
    """A noun with its own determiner and a name before it ("the Sesame Credit scoring service"), not a
    second title sharing the first one's ("founder and chief executive officer of Lianxin")."""
    return any(c.dep_ == "det" for c in noun.children) and any(t.pos_ == "PROPN" for t in noun.subtree if t.i < noun.i)


def _object_of(role: Token) -> Token | None:
    """The "of" a role noun takes its object with ("the operator of the Lotus Pay app")."""
    return next((child for child in role.children if child.dep_ == "prep" and child.lower_ == "of"), None)


def _object_opens(prep: Token, name: Span) -> bool:
    """Whether a name starts right after a preposition and holds its object."""
    return prep.dep_ == "prep" and name.start == prep.i + 1 and any(
        c.dep_ == "pobj" and name.start <= c.i < name.end for c in prep.children)


def _governing_of_infinitive(verb: Token) -> Token | None:
    """The verb whose object an infinitive describes ("signed an agreement to buy", "entered into an
    agreement to acquire": signed, entered), or that an infinitive of purpose hangs on (the parser's
    reading of "signed a deal to buy"), whose subject is the infinitive's doer."""
    if verb.dep_ not in ("acl", "advcl") or verb.tag_ != "VB" \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    noun = verb.head
    if verb.dep_ == "advcl":
        return noun if noun.pos_ == "VERB" else None
    governing = noun.head.head if noun.dep_ == "pobj" else noun.head if noun.dep_ == "dobj" else None
    return governing if governing is not None and governing.pos_ == "VERB" else None


def _listed_among_them(noun: Token, actors) -> list[Span]:
    """ "the eight companies that ran pilot scores, Sesame Credit and Tencent Credit among them": the
    names listed right before "among them" inside a set's phrase, read from the order of the words (the
    parser hangs them anywhere in the phrase, here on the clause's object)."""
    doc = noun.doc
    among = next((t for t in noun.subtree if t.lower_ == "among" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "them"),
                 None)
    if among is None:
        return []
    listed, i = [], among.i - 1
    while i >= noun.i:
        name = next((a for a in actors if a.end - 1 == i), None)
        if name is not None:
            listed.insert(0, name)
            i = name.start - 1
        elif doc[i].lower_ in ("and", ","):
            i -= 1
        else:
            break
    return listed
