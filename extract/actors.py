"""Actors: the gazetteer (corpus/actors.yaml) and the component that finds them.

`sckb_actors` puts every actor mention in `doc.spans["actors"]`: gazetteer
matches first (span.id_ is the actor id, span.label_ its type), then entities of
the statistical NER that the gazetteer lacks (ids prefixed by their label, e.g.
"org:business-insider"). `doc._.actor_names` maps each id to its canonical name.

Matching: names are compared on spaCy's NORM (case and apostrophe folded, so
"People's" matches "People’s"), except abbreviations and the names of actors
marked `case_sensitive` (Wired, Foreign Policy), which match only as written.
NER entities are trimmed of articles, possessives and trailing punctuation, and
a later mention by surname ("Rollet", or "Guo" in Chinese order) reuses the full name's id
("Charles Rollet", "Guo Ming"), and an abbreviation introduced in brackets ("the General
Administration of Customs (GACC)") is that actor wherever the document uses it.

Names the gazetteer lacks, read with corpus/vocab/relations.yaml (`names` section):
- a capitalised name ending in a scheme head ("the Egret Score", "Deadbeat Debtor Map",
  "WeChat Pay Score") names a scheme, even when the NER misses it or a gazetteer name
  starts it ("WeChat Pay" is WeChat, "WeChat Pay Score" is a product of its own); one written
  whole as a heading of its own ("Fenglin Maple Score. Fenglin’s score was launched ...") is the
  scheme's full name, and its shorter mentions ("Fenglin’s Maple Score") are that scheme; one whose
  own words only say its kind (`generic_scheme_words`) is named with the owner its possessive names
  ("Heqiao's Civility Points" is "Heqiao Civility Points"; "Suzhou's Osmanthus Score" keeps its own);
- a company's or a place's scheme named in lower case by what it is, after its owner's possessive or
  name ("Didi's driver service score", "users whose Meituan credit score is 600"), is a scheme of its
  own named with the owner as written ("Didi driver service score"), or the one scheme the text
  names after the owner ("the Company's consumer credit score" where it runs the "Yunxin Score");
  not a country's, nor that of a gazetteer actor whose family has a scheme (`descriptive_scheme_heads`);
- the national system's generic name after a city's name or possessive ("the Rongcheng social credit
  system", "Suining's social credit system") names the city's own scheme, named with the city
  (`generic_systems`); the country's ("China's social credit system") is the national one;
- an NER entity holding a possessive is two names ("Suzhou's Osmanthus Score": Suzhou and
  Osmanthus Score), and one with an opening bracket ends there ("Suqian (Jiangsu province"); one holding
  a known name is split at its commas, but not before its legal form ("Tencent Credit Reporting Co.,
  Ltd.": "Ltd." is no name);
  a company's name it found without the place and the known name that open it is the whole name, a
  company of its own ("Consumer Finance Co." of "Chongqing Ant Consumer Finance Co.");
- a later one-word mention that starts an earlier name, or its words after a place, is that actor
  ("Ant" after "Ant Group", "Yunxin" after "Hangzhou Yunxin Data Technology");
- an appositive says what an unknown name is ("Rongcheng, a coastal city": a place, whatever
  the NER said; "Fliggy, Alibaba's travel platform": a platform), and so do "in" ("In
  Rongcheng, ...": a place) and a kind noun compounded before it ("the law firm Xiangjiang Lianhe");
- one name is one actor in a document: a name read as a place anywhere is a place everywhere,
  and its id follows its type ("gpe:suzhou", never also "org:suzhou");
- a one-word name that starts a longer organisation's name is that organisation, even before it
  (a headline's "Ant"), unless the document names a place so ("Xiamen" is not Xiamen
  University); one that is the head or last word of such a name is it too ("the Chamber",
  "Customs" for the General Administration of Customs);
- an institution's name goes on with "of"/"for" and capitalised words ("the People's Court of
  Xinhe County", `institution_heads`), and a later name without them is that institution ("the
  Calder Institute" after "the Calder Institute for Digital Governance");
- an official document named by its title is an actor of type `law` ("the Social Credit System
  Construction Law", "Measures for Credit Repair", `document_genres`), its title going on with "from" and
  a capitalised gerund ("Opinions on Restricting Specified Persons from Taking Trains"), "in" and a place
  ("... in Jiangsu Province", `_title_end`), and "Regulation" only heading a title that goes on
  (`leading_genres`: "the Administration for Market Regulation" is none), nor a field an institution's head
  names with "for"/"of" ("the Peking University Center for Financial Law"); a heading of the text's own
  divisions is none ("Chapter VI Supplementary Provisions", "General Provisions": `_division_heading`);
  names inside its title are its words, and the gazetteer actor its title names is what it speaks of
  (`TITLED_AFTER_KEY`: its perks and penalties are the Social Credit System's);
- a name in quotation marks before a noun of a scheme, an app or a website names that thing ('the
  "Trust Qingyuan" points scheme', `quoted_name_nouns`), and a gazetteer name is found with scare quotes
  inside it ('a blacklist of "dishonest" debtors');
- a place's institution named in lower case is an actor named after its place ("the municipal
  government": "Xiamen municipal government"; "the county's civil affairs bureau"; "the city's
  civilization office"; "the city's state-owned assets commission", a hyphenated word kept whole;
  "the Yiwu development and reform bureau"; `place_adjectives`, `place_institutions`), or the institution
  named before in full whose name holds all its words ("the Hebei court" after "the Higher People's
  Court of Hebei"; "the city's credit office" is no civilization office named before), or the actor
  of the field the country's possessive names ("China's top court": `field_country`); a body's
  capitalised name given after a place description's possessive is named after the place too ("the
  city's Big Data Bureau" is "Suzhou Big Data Bureau", `local_body_heads`; "Taizhou's Credit Office"
  keeps its name as written), and so is one named with its place after "of" ("the municipal government of
  Lishui": "Lishui municipal government");
- a name after a kind of place and "of" is that place, whatever the NER read it as ("the city of
  Suqian", "the county of Lankao");
- one name the text gives two kinds of place is two places ("Qingxi county", "Qingxi town"), and
  "the county" is never a place the text calls a village; "the city" is not the place named to say
  where the one before lies ("Rongcheng in Shandong", "Yiwu, Zhejiang": Rongcheng, Yiwu);
- a later description stands for a name whose apposed noun is its noun ("Pudao Credit, the Beijing
  personal credit bureau, ... The bureau's flagship product": Pudao Credit), and a description apposed
  to a name stands for no other actor;
  a rank names no institution ("Beijing's second licensed credit bureau", "the city's largest bank");
- an appositive gazetteer phrase restates an unknown name ("Honest Rongcheng, the city's social
  credit scheme" is Honest Rongcheng, a scheme);
- a filing's own company (`filer_id`): the body it defines as its "we" ('references in this annual report
  to "we," "us" ... refer to Huaxin DigiTech Inc.'), or as "the Company" ('Qianhai Star Fintech Group Limited
  (the "Company", together with its subsidiaries, the "Group")', a company then, though the page names it as
  its publisher too), else the company among its authors that its text calls "the Company" without a
  definition (an annual report: "Tencent Holdings Limited" is Tencent); a gazetteer name with its legal form
  ("Pudao Credit Co., Ltd.") leaves no actor of the legal form alone;
- what the NER wrongly reads as a name is left out: grades ("AAA", "graded as
  Advanced Certified", `grading_verbs`), and capitalised words the document also writes in lower
  case ("Perks are only half of it", "a totalitarian State"), and a role capitalised before a person's
  name ("Lawyer Pei Junhao", `role_titles`).

Definite descriptions ("the court", "the company", "the central bank", "the scheme") stand
for the last actor before them of the description's types, or whose name holds its noun before an
"of" that names the body it belongs to ("the Credit Reference Center of the People's Bank of China" is
no bank; relations.yaml, `descriptions`; one that is a sentence's subject goes on with the subject of the
sentence before rather than a name a preposition brought in: "Ant Financial was spun off from
Alibaba ... The company launched Sesame Credit" is Ant Financial's launch): they are added to
doc.spans["actors"] with that actor's id,
and `is_description(span)` tells them from names. A noun compounded with one narrows it ("the
tax administration": a name with "Taxation"; a description noun compounded so narrows it by its own
words: "the blacklist system" is a list), so does an adjective that is a word of one of their
names ("the serious list": the List of Seriously Illegal and Dishonest Enterprises, not the debtors'
list named more often); an adjective of a body's level that no such name has says it is another body
("the intermediate court" after the Supreme People's Court: `LEVEL_ADJECTIVES`); a capitalised one is a short name, written as
in the name it stands for ("the Bureau"). A headline drops its articles: there a bare description
is read when it stands for one actor of the field all the same ("..., top court says"), and so is one
the country's possessive owns ("the country's top court", `country_nouns`), with the wire services' names
for the national bodies ("the state planner", "the cabinet", "the market regulator": `description_defaults`).
An actor named only inside another's apposition ("Ant Financial, the Alibaba affiliate") is not one a
description stands for; a description a comma sets right before a name is that name ("the new firm,
Qiantang Credit Reporting Co,"), and a new thing ("the new firm", `NEW_THING_ADJECTIVES`) is none named before.
"""
from __future__ import annotations

import bisect
import dataclasses
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import yaml
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from extract.clean import is_footnote_marker
from extract.datelines import dateline_at
from extract.turns import INTERVIEW_CUE, ROLE_LABELS, SPEAKER_TITLES, Turn, is_answer, turn_at, turns_of
from extract.vocab import read_yaml

SPANS_KEY = "actors"
_INTERVIEWEE_KEY = "sckb_interviewee"
#: doc.user_data key of the (start, end) token ranges of description mentions ("the court").
DESCRIPTIONS_KEY = "sckb_descriptions"
#: doc.user_data key: the id of the body a filing defines as its "we" or as "the Company" (`filer_id`).
FILER_KEY = "sckb_filer"
#: doc.user_data key: the id of the company that wrote the document, its one author (`author_id`).
AUTHOR_KEY = "sckb_author"
#: doc.user_data key: {document title's actor id: (id, type) of the gazetteer actor its title names}.
TITLED_AFTER_KEY = "sckb_titled_after"
#: NER labels that name actors, and the actor type each becomes.
NER_ACTOR_TYPES = {"ORG": "organization", "PERSON": "person", "GPE": "place"}

if not Doc.has_extension("actor_names"):
    Doc.set_extension("actor_names", default=None)


@dataclass
class Actor:
    id: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    description: str = ""
    #: Actors this one belongs to (a product to its company, a division to its group), by id.
    part_of: list[str] = field(default_factory=list)
    links: dict[str, str] = field(default_factory=dict)
    #: Every name of this actor matches only as written (for names that are also words: Wired).
    case_sensitive: bool = False


class GazetteerError(ValueError):
    """A gazetteer that cannot be used; `str()` says which entry and why, for people."""


def slug(text: str) -> str:
    return re.sub(r"[^\w]+", "-", text.lower()).strip("-") or "unnamed"


class Gazetteer:
    """The canonical actors, by id, with every name they go by."""

    def __init__(self, actors: list[Actor]):
        self.actors = {a.id: a for a in actors}

    @classmethod
    def load(cls, path: str | Path) -> "Gazetteer":
        try:
            entries = read_yaml(path) or []
        except (OSError, yaml.YAMLError) as error:
            raise GazetteerError(f"{path}: cannot read the gazetteer: {error}") from None
        if not isinstance(entries, list):
            raise GazetteerError(f"{path}: the gazetteer must be a list of actors")
        return cls([_actor_from_entry(entry, path, number) for number, entry in enumerate(entries, 1)])

    def names(self, actor: Actor) -> list[str]:
        return [actor.name, *actor.aliases]

    def get(self, actor_id: str) -> Actor | None:
        return self.actors.get(actor_id)


def _actor_from_entry(entry, path, number: int) -> Actor:
    known = {f.name for f in dataclasses.fields(Actor)}
    if not isinstance(entry, dict) or not entry.get("id") or not entry.get("name") or not entry.get("type"):
        raise GazetteerError(f"{path}: entry {number} needs at least an id, a name and a type")
    unknown = sorted(set(entry) - known)
    if unknown:
        raise GazetteerError(f"{path}: actor {entry['id']!r} has unknown fields {unknown}; known: {sorted(known)}")
    return Actor(**entry)


def _case_sensitive(name: str) -> bool:
    """Abbreviations and short names (PBoC, AFSG, QQ) only match as written."""
    letters = [c for c in name if c.isalpha()]
    return len(name) <= 4 or sum(c.isupper() for c in letters) > 1 and " " not in name


#: Tokens an NER entity should not start or end with ("the Zhejiang Province of", "Paul De Maeyer -").
_EDGE_POS = {"DET", "PUNCT", "ADP", "CCONJ", "PART", "SPACE", "SYM"}
#: A possessive ending, which the tagger sometimes reads as "is" ("Ant’s among them").
_POSSESSIVES = {"'s", "’s", "'", "’"}


def trim_entity(ent: Span) -> Span | None:
    """The entity without articles, possessives, dangling prepositions and punctuation
    at its edges, cut at a line break or a run of spaces (a table's columns) or before an amount
    ("Pudao 1.2 million yuan"); None when nothing name-like is left ("n’t")."""
    start, end = ent.start, ent.end
    for token in ent:
        if token.text in "([" and token.i > start:  # "Suqian (Jiangsu province": the name ends
            end = token.i
            break
        if "\n" in token.text or "\n" in token.whitespace_:
            end = token.i if "\n" in token.text else token.i + 1
            break
        if token.is_space and token.i > start:  # a run of spaces parts a table's columns, like a line break
            end = token.i
            break
        if token.like_num and token.i > start and token.i + 1 < ent.end and ent.doc[token.i + 1].is_lower:
            end = token.i  # "fined Pudao 1.2 million yuan": an amount the NER ran the name into
            break
    doc = ent.doc
    dash = next((t for t in doc[start:end] if _is_spaced_dash(t)), None)
    if dash is not None:  # names hold no spaced dash: "HANGZHOU - Lanting Credit" is a dateline's
        if all(t.is_upper or not t.is_alpha for t in doc[start:dash.i]):
            start = dash.i + 1
        else:
            end = dash.i
    while start < end and (doc[start].pos_ in _EDGE_POS or is_footnote_marker(doc[start].text)
                           or not any(c.isalnum() for c in doc[start].text)  # a list's bullet: "• Qingyun"
                           or doc[start].is_sent_start and doc[start].tag_ == "VBG" and end - start > 1):
        start += 1  # "[1] Introduced in 2013": a footnote marker the NER ran into the next word;
        # "Following Hu and Xu (2019)": a sentence's opening participle
    while end > start and (doc[end - 1].pos_ in _EDGE_POS or doc[end - 1].lower_ in _POSSESSIVES
                           or is_footnote_marker(doc[end - 1].text)):
        end -= 1
    if start >= end or not any(c.isupper() for c in doc[start:end].text) \
            or end - start == 1 and doc[start].pos_ in ("VERB", "AUX"):  # "Introduced in 2013, ..."
        return None
    return doc[start:end]


def _is_spaced_dash(token: Token) -> bool:
    return token.text in ("-", "–", "—") and token.i > 0 and token.doc[token.i - 1].whitespace_ != "" \
        and token.whitespace_ != ""


def clean_entity_name(text: str) -> str:
    text = re.sub(r"^(?:the|The)\s+", "", text.strip())
    return re.sub(r"(?:['’]s|['’])$", "", text).strip(" ,.;:")


@dataclass
class NameRules:
    """How names the gazetteer lacks are read (corpus/vocab/relations.yaml, `names` and
    `descriptions`)."""

    #: Head word of a scheme's name -> the actor type it gives ("Score": program).
    scheme_heads: dict = field(default_factory=dict)
    #: Nouns a quoted name before them names a thing of the type given ('the "Trust Qingyuan" scheme').
    quoted_name_nouns: dict = field(default_factory=dict)
    #: Words of a scheme's name that only say its kind ("Civility Points"): its owner names it.
    generic_scheme_words: set = field(default_factory=set)
    #: Lower-case heads of a scheme named only by what it is ("Didi's driver service score"), and
    #: the words such a name leaves out ("Didi's new score").
    descriptive_scheme_heads: set = field(default_factory=set)
    descriptive_scheme_skipped: set = field(default_factory=set)
    #: Gazetteer systems whose name after a local place's names that place's own scheme.
    generic_systems: set = field(default_factory=set)
    #: Appositive head noun -> the actor type it says an unknown name has ("city": place).
    appositive_types: dict = field(default_factory=dict)
    #: Verbs that give a thing its name ("a scheme called ..."; lemmas) and nouns of named things
    #: besides `appositive_types` ("The score, called "Baihang Hui"").
    naming_verbs: set = field(default_factory=set)
    called_types: dict = field(default_factory=dict)
    #: Description noun -> (actor types it may stand for, words of the names it may stand for).
    descriptions: dict = field(default_factory=dict)
    #: Words that are never a short name, though they start an actor's name ("People", "China").
    not_short_names: set = field(default_factory=set)
    #: Acronyms of things the NER takes for organisations ("IPO", "EPS"): never a name.
    thing_acronyms: set = field(default_factory=set)
    #: Words whose possessive belongs to a name ("People's" in "Higher People's Court").
    name_possessives: set = field(default_factory=set)
    #: Head words that make a name an organisation's ("Pudao Credit", "Baihang Credit").
    organization_words: set = field(default_factory=set)
    #: Institution heads whose name goes on with "of"/"for" ("People's Court of Xinhe County").
    institution_heads: set = field(default_factory=set)
    #: Kinds of official document: names inside their titles are no actors ("Measures for ...").
    document_genres: set = field(default_factory=set)
    #: Kinds of document only at the head of a title going on ("Regulation on ..."), not ending a name.
    leading_genres: set = field(default_factory=set)
    #: A document's divisions and its headings' adjectives: "Chapter VI Supplementary Provisions" is no title.
    document_divisions: set = field(default_factory=set)
    heading_adjectives: set = field(default_factory=set)
    #: Verbs whose "as" complements are grades ("graded as Advanced Certified"). Lemmas.
    grading_verbs: set = field(default_factory=set)
    #: Words a publication's number follows ("Working Paper 2023-07", "Brief No. 14"): no actor's name.
    series_words: set = field(default_factory=set)
    #: Last words of outlets' names ("Southern Metropolis Daily", "The Harbour Review").
    outlet_words: set = field(default_factory=set)
    #: Words of a company's legal form, which a later mention may drop ("Xiamen Credit Technology
    #: Co." is "Xiamen Credit Technology").
    legal_forms: set = field(default_factory=set)
    #: Descriptions that stand for one actor of the field when nobody is named before them
    #: ("the central bank": the People's Bank of China) -> its gazetteer id.
    description_defaults: dict = field(default_factory=dict)
    #: Last words of a local body's name a place description's possessive names after its place.
    local_body_heads: set = field(default_factory=set)
    #: Names of the field's country, whose possessive before such a description names that actor.
    field_country: set = field(default_factory=set)
    #: Nouns whose possessive with "the" names the field's country too ("the country's top court").
    country_nouns: set = field(default_factory=set)
    #: Words of a line of business ending a company's name, which a mention of two or more words
    #: may drop too ("Lanting Credit Management" is "Lanting Credit").
    business_words: set = field(default_factory=set)
    #: Last words of a company's name ("Lantern Data", "Huaxia Holdings"): the NER's organisation is a company.
    company_words: set = field(default_factory=set)
    #: Nouns whose "of" names a place ("residents of Xiamen", not "35% of Pudao"). Lemmas.
    place_dwellers: set = field(default_factory=set)
    #: Kinds of place a text may name without the kind ("Xiamen", a city): "the county" must be a
    #: place the text calls a county, "the city" may be any place not called something else.
    bare_place_kinds: set = field(default_factory=set)
    #: Adjectives that say which kind of place a local body serves ("the municipal government": a city's).
    place_adjectives: dict = field(default_factory=dict)
    #: Head words of institutions' names -> the actor type they give ("Court": court, "Ministry": government).
    institution_types: dict = field(default_factory=dict)
    #: Nouns that name a place's institution (`place_institutions`: "the county government") -> its type.
    institutions: dict = field(default_factory=dict)
    #: Roles a text may capitalise before a person's name ("Lawyer Pei Junhao", "Founder Li Ming"). Lower case.
    role_titles: set = field(default_factory=set)

    @classmethod
    def from_vocab(cls, vocab: dict | None) -> "NameRules":
        vocab = vocab or {}
        names = vocab.get("names") or {}
        descriptions = {}
        for noun, entry in (vocab.get("descriptions") or {}).items():
            if isinstance(entry, dict):
                types, words = entry.get("types", []), entry.get("names", [noun])
            else:
                types, words = entry, [noun]
            descriptions[str(noun).lower()] = (list(types), {w.lower() for w in words})
        return cls(
            scheme_heads=dict(names.get("scheme_heads") or {}),
            quoted_name_nouns=dict(names.get("quoted_name_nouns") or {}),
            generic_scheme_words=set(names.get("generic_scheme_words") or []),
            descriptive_scheme_heads=set(names.get("descriptive_scheme_heads") or []),
            descriptive_scheme_skipped=set(names.get("descriptive_scheme_skipped") or []),
            generic_systems=set(names.get("generic_systems") or []),
            appositive_types={k.lower(): v for k, v in (names.get("appositive_types") or {}).items()},
            naming_verbs=set(names.get("naming_verbs") or []),
            called_types={k.lower(): v for k, v in (names.get("called_types") or {}).items()},
            descriptions=descriptions,
            not_short_names={w.lower() for w in names.get("not_short_names") or []},
            thing_acronyms=set(names.get("thing_acronyms") or []),
            name_possessives={w.lower() for w in names.get("name_possessives") or []},
            organization_words=set(names.get("organization_words") or []),
            institution_heads=set(names.get("institution_heads") or []),
            institution_types=dict(names.get("institution_types") or {}),
            document_genres=set(names.get("document_genres") or []),
            leading_genres=set(names.get("leading_genres") or []),
            document_divisions=set(names.get("document_divisions") or []),
            heading_adjectives=set(names.get("heading_adjectives") or []),
            grading_verbs=set(names.get("grading_verbs") or []),
            outlet_words=set(names.get("outlet_words") or []),
            series_words=set(names.get("series_words") or []),
            legal_forms={w.lower() for w in names.get("legal_forms") or []},
            business_words={w.lower() for w in names.get("business_words") or []},
            description_defaults={k.lower(): v for k, v in (vocab.get("description_defaults") or {}).items()},
            field_country=set(vocab.get("field_country") or []),
            country_nouns={w.lower() for w in vocab.get("country_nouns") or []},
            local_body_heads=set(names.get("local_body_heads") or []),
            company_words={w.lower() for w in names.get("business_words") or []}
            | {w.lower() for w in names.get("company_words") or []},
            place_dwellers={w.lower() for w in names.get("place_dwellers") or []},
            bare_place_kinds={w.lower() for w in names.get("bare_place_kinds") or []},
            place_adjectives={k.lower(): v for k, v in (names.get("place_adjectives") or {}).items()},
            institutions={k.lower(): v for k, v in (vocab.get("place_institutions") or {}).items()},
            role_titles={w.lower() for w in names.get("role_titles") or []},
        )


#: Quotation marks as the tokenizer writes them (straight, curly, guillemets, the parser's pairs), around
#: what a speaker says (extract/attribution.py) or words of a name ('a blacklist of "dishonest" debtors').
QUOTE_MARKS = frozenset({'"', "“", "”", "‘", "’", "«", "»", "``", "''"})
#: Around words of a name a straight single mark too, which elsewhere ends a plural's possessive ("debtors'").
SCARE_QUOTES = QUOTE_MARKS | {"'"}
OPENING_QUOTES = frozenset({'"', "“", "‘", "«", "``"})
CLOSING_QUOTES = frozenset({'"', "”", "’", "»", "''"})
#: Dependents that may stand between "the" and a description noun ("the central bank").
_DESCRIPTION_MODIFIERS = {"det", "amod", "advmod"}
#: Determiners that make a description definite.
_DEFINITE = {"the", "this", "that"}


class ActorFinder:
    def __init__(self, nlp: Language, gazetteer: Gazetteer, use_ner: bool = True, rules: NameRules | None = None):
        self.gazetteer = gazetteer
        self.use_ner = use_ner
        self.rules = rules or NameRules()
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.folded = PhraseMatcher(nlp.vocab, attr="NORM")
        for actor in gazetteer.actors.values():
            for name in gazetteer.names(actor):
                matcher = self.exact if actor.case_sensitive or _case_sensitive(name) else self.folded
                matcher.add(actor.id, [nlp.make_doc(name)])

    def __call__(self, doc: Doc) -> Doc:
        names: dict[str, str] = {}
        found = []
        for match_id, start, end in self._gazetteer_matches(doc):
            actor = self.gazetteer.get(doc.vocab.strings[match_id])
            found.append(Span(doc, start, end, label=actor.type, span_id=actor.id))
            names[actor.id] = actor.name
        schemes = self._schemes(doc, names, found) + self._documents(doc, names, found)
        schemes += self._quoted_names(doc, names, found + schemes)
        # a scheme's name that holds a gazetteer name is the scheme ("WeChat Pay Score")
        known = filter_spans(schemes + [s for s in found if not any(_inside(s, x) and s != x for x in schemes)])
        extra = self._with_full_names(self._ner_mentions(doc, known, names), names) if self.use_ner else []
        extra += self._apposed_names(doc, known + extra, names)
        extra = [self._with_names_before(s, known, names) for s in extra]
        extra = [s for s in extra if not any(_inside(s, c) and s != c for c in extra)]
        companies = self._company_names(doc, known + extra, names)
        # "Chongqing Ant Consumer Finance": the place and the known name inside are its words
        known = [s for s in known if not any(_inside(s, c) for c in companies + extra)]
        extra = [s for s in extra if not any(_inside(s, c) for c in companies)] + companies
        extra += self._institution_names(doc, known + extra, names)
        extra += self._short_names_missed(doc, known + extra)
        extra += self._coordinated_people(doc, known + extra, names)
        mentions = _with_defined_terms(doc, sorted(known + extra, key=lambda s: (s.start, s.end)), names)
        doc.user_data[FILER_KEY] = doc.user_data.get(FILER_KEY) or _we_defined(doc, mentions)
        author = self._company_author(doc)
        doc.user_data[AUTHOR_KEY] = author[0] if author else None
        if author and not doc.user_data[FILER_KEY]:
            mentions = self._author_called_company(doc, mentions, names, author)
        mentions = self._called_names(doc, mentions, names)
        mentions = self._retyped(mentions, {s.id_ for s in extra})
        mentions = _restated_by_apposition(mentions, {s.id_ for s in extra})
        mentions = _one_actor_per_name(mentions, names)
        mentions = _with_abbreviations(doc, mentions, names)
        mentions = self._places_by_kind(mentions, names)
        mentions = _titled_people(doc, mentions, names)
        mentions = _with_speakers(doc, mentions, names)
        mentions = _names_again(doc, mentions, names)
        mentions = self._descriptive_schemes(doc, mentions, names)
        mentions = self._local_systems(doc, mentions, names)
        doc._.actor_names = names
        descriptions = self._descriptions(doc, mentions)
        mentions = self._bodies_named_by_place(mentions, descriptions, names)
        bodies = self._local_bodies(doc, mentions, descriptions, names)
        covered = {i for span in bodies for i in range(span.start, span.end)}
        kept = [s for s in mentions + descriptions if not any(i in covered for i in range(s.start, s.end))]
        descriptions = [s for s in descriptions if s in kept]
        doc.user_data[DESCRIPTIONS_KEY] = {(s.start, s.end) for s in descriptions}
        doc.spans[SPANS_KEY] = sorted(kept + bodies, key=lambda s: (s.start, s.end))
        return doc

    def _gazetteer_matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        """The gazetteer's names in the text, also with scare quotes inside ('a blacklist of
        "dishonest" debtors', "the ‘social credit’ system"): the names are matched again in the
        words without their quotation marks, and a match that spans a mark is kept."""
        matches = [m for matcher in (self.exact, self.folded) for m in matcher(doc)]
        kept = [t.i for t in doc if t.text not in SCARE_QUOTES]
        if len(kept) == len(doc):
            return matches
        unquoted = Doc(doc.vocab, words=[doc[i].text for i in kept])
        for matcher in (self.exact, self.folded):
            for match_id, start, end in matcher(unquoted):
                first, last = kept[start], kept[end - 1]
                if last - first + 1 > end - start:  # a quotation mark inside
                    matches.append((match_id, first, last + 1))
        return matches

    # -- names the statistical NER finds -----------------------------------------------------------

    def _ner_mentions(self, doc: Doc, known: list[Span], names: dict[str, str]) -> list[Span]:
        """The NER's entities the gazetteer lacks, trimmed, completed and typed, each with the id
        of the actor it names: an earlier full name, a longer name it is short for, or its own."""
        taken = {i for span in known for i in range(span.start, span.end)}
        places = self._place_words(doc, known)
        grades: set[str] = set()
        extra: list[Span] = []
        for ent in self._entities(doc, taken):
            if ent.label_ not in NER_ACTOR_TYPES and not self._institution_read_as_facility(ent) \
                    and not self._kind_of_place_before(ent):
                continue
            for part in _parts(ent, self.rules.name_possessives, taken, self.rules.legal_forms):
                span = self._before_topic(trim_entity(part))
                if ent.label_ == "PERSON":
                    span = self._without_role(span)
                if span is None or any(i in taken for i in range(span.start, span.end)) \
                        or self._in_document_title(span) or self._legal_form_only(span):
                    continue
                span = self._completed(self._institution_after(span, taken), taken)
                if len(span) == 1 and span[0].lower_ in self.rules.company_words:
                    span = doc[_name_start(span[0], taken) : span.end]  # "Amber" + "Freight", which the NER cut
                span = self._with_company_word_after(span, taken)
                if ent.label_ == "PERSON" and not self._organization_name(span):
                    span = _person_completed(span, taken)
                name = clean_entity_name(span.text)
                if not name:
                    continue
                ner_label = self._ner_label(span, ent.label_)
                if ner_label == "GPE":
                    name = self._place_name(span, name)
                if ner_label == "PERSON" and name not in places:
                    full = _unmarked_full_name(span, taken, known + extra, names,
                                               lambda first: self._institution_after(first, taken),
                                               self._organization_name)
                    if full is not None:  # "Chen Yuting checks her score", which the NER missed
                        if full.label_ == "organization" and self._company_name(full):
                            full.label_ = "company"  # "Zhongyu Fintech", which the NER read as a person
                        extra.append(full)
                        taken.update(range(full.start, full.end))
                actor_id = (name not in places and _earlier_full_name(span, name, known + extra, names)
                            or self._short_name(span, known + extra, ner_label, places)
                            or self._without_legal_form(span, known + extra)
                            or self._head_word_name(span, known + extra, places, ent.label_))
                if actor_id is None and self._no_name(span, ent.label_, grades):
                    if self._graded_as(span):
                        grades.add(span.text)
                    continue  # "Perks are only half of it.": a capitalised word, not a name
                actor_id = actor_id or f"{ner_label.lower()}:{slug(name)}"
                label = next((s.label_ for s in known + extra if s.id_ == actor_id), NER_ACTOR_TYPES[ner_label])
                if label in ("organization", "place", "company") and self._institution_type(span):
                    label = self._institution_type(span)  # "Tianhe District People's Court", "Ministry of Finance"
                elif label == "organization" and self._company_name(span):
                    label = "company"  # "Lumen Credit Technology Co., Ltd.", "Lantern Data"
                if _is_possessor_part(span, ent):  # "Suzhou's Osmanthus Score": a place's
                    label = "place"
                elif ner_label == "ORG" and (len(span) > 1 and span[-1].text in self.rules.outlet_words
                                             or _in_dateline(span)) or _is_own_outlet(doc, name):
                    label = "outlet"  # "the Southern Metropolis Daily", "BEIJING (APN) -", "told Ledger Asia"
                extra.append(Span(doc, span.start, span.end, label=label, span_id=actor_id))
                taken.update(range(span.start, span.end))
                names.setdefault(actor_id, name)
        return extra

    def _author_called_company(self, doc: Doc, mentions: list[Span], names: dict[str, str],
                               author: tuple[str, str, str]) -> list[Span]:
        """ "The Company holds a 30% equity interest in WeBank", in Tencent Holdings Limited's own annual
        report: the company that wrote the document (`_company_author`) is "the Company" of its text,
        which a report does not define; it is the filer."""
        actor_id, label, name = author
        names.setdefault(actor_id, name)
        doc.user_data[FILER_KEY] = actor_id
        return _named_everywhere(doc, mentions, "the Company", label, actor_id)

    def _company_author(self, doc: Doc) -> tuple[str, str, str] | None:
        """(id, type, name) of the company that wrote the document: its one author, named with a legal
        form or a word of business ("Tencent Holdings Limited", "Ant Group Co., Ltd.")."""
        authors = (doc._.authors if Doc.has_extension("authors") else None) or []
        words = authors[0].replace(",", " ").split() if len(authors) == 1 else []
        if not words or words[-1].lower() not in self.rules.legal_forms | self.rules.business_words:
            return None
        return (*self._author_actor(authors[0]), clean_entity_name(authors[0]))

    def _author_actor(self, author: str) -> tuple[str, str]:
        """The gazetteer's actor an author's name is, with or without its legal form ("Tencent Holdings
        Limited" is Tencent), else a company of its own: (id, type)."""
        words = author.replace(",", " ").split()
        while len(words) > 1 and words[-1].lower() in self.rules.legal_forms:
            words.pop()
        wanted = {author.casefold(), " ".join(words).casefold()}
        actor = next((a for a in self.gazetteer.actors.values()
                      if wanted & {name.casefold() for name in self.gazetteer.names(a)}), None)
        return (actor.id, actor.type) if actor is not None else (f"org:{slug(clean_entity_name(author))}", "company")

    def _legal_form_only(self, span: Span) -> bool:
        """ "Ltd." left of "Pudao Credit Co., Ltd." once the gazetteer took "Pudao Credit": a company's
        legal form alone names no one."""
        return all(t.lower_ in self.rules.legal_forms for t in span)

    def _entities(self, doc: Doc, taken: set[int]) -> list[Span]:
        """The NER's entities, with its two commonest cuts of bodies' names mended: a place it
        read apart from the company named after it ("Guangzhou" + "Metro Holdings") is one name,
        and two bodies it joined at a comma ("Department of Sociology, Fudan University") are two."""
        entities: list[Span] = []
        for ent in doc.ents:
            before = entities[-1] if entities else None
            if before is not None and before.label_ == "GPE" and ent.label_ == "ORG" and before.end == ent.start \
                    and before[-1].whitespace_ == " " and not any(t.i in taken for t in ent) \
                    and self._body_name(ent):
                entities[-1] = Span(doc, before.start, ent.end, label="ORG")
                continue
            entities += self._bodies_at_commas(ent) if ent.label_ == "ORG" else [ent]
        return entities

    def _body_name(self, name: Span) -> bool:
        """A name of two or more words whose head word is an organisation's or a company's."""
        head = _head_token(name)
        return len(name) > 1 and (head.text in self.rules.organization_words or head.text in self.rules.institution_heads
                                  or head.lower_ in self.rules.company_words)

    def _bodies_at_commas(self, ent: Span) -> list[Span]:
        parts, start = [], ent.start
        for token in ent:
            if token.text == ",":
                parts.append(ent.doc[start : token.i])
                start = token.i + 1
        parts.append(ent.doc[start : ent.end])
        if len(parts) == 1 or not all(self._body_name(p) for p in parts):
            return [ent]
        return [Span(ent.doc, p.start, p.end, label=ent.label_) for p in parts]

    def _before_topic(self, span: Span | None) -> Span | None:
        """A name ends before "on"/"about" and what follows, unless an institution's or a
        document's head comes before it ("Council on Foreign Relations", "Measures on ..."):
        "the Rhine Courier on German payment data" is the Rhine Courier."""
        if span is None:
            return None
        heads = self.rules.institution_heads | self.rules.document_genres
        end = next((t.i for t in span[1:] if t.lower_ in ("on", "about") and t.is_lower
                    and t.nbor(-1).text not in heads), span.end)
        return span.doc[span.start : end]

    def _without_role(self, span: Span | None) -> Span | None:
        """ "Lawyer Pei Junhao of ... says", "Reader Marco in Shenzhen says": a role capitalised before
        a person's name, at a sentence's start or as a headline writes it, is no part of the name
        (`role_titles`); courtesy titles ("Dr", "Mr") stay, read by `_titled_people`."""
        if span is None or len(span) < 2 or not span[0].is_title or span[0].lower_ not in self.rules.role_titles:
            return span
        return span[1:]

    def _other_kind_of_place(self, mention: Span, noun: str) -> bool:
        last = mention[-1].lower_
        return last != noun and self.rules.appositive_types.get(last) == "place"

    def _place_name(self, span: Span, name: str) -> str:
        """ "Shandong province" is Shandong: a place's name without the kind of place written in
        lower case after it (a kind capitalised is part of the name: "Xinhe County")."""
        last = span[-1]
        if len(span) > 1 and last.is_lower and self.rules.appositive_types.get(last.lower_) == "place":
            return clean_entity_name(span[:-1].text) or name
        return name

    def _institution_read_as_facility(self, ent: Span) -> bool:
        """ "the Nantong Intermediate People's Court", which the NER reads as a building or an
        event: a name ending in an institution's head word is an institution's."""
        return ent.label_ not in NER_ACTOR_TYPES and ent[-1].text in self.rules.institution_heads

    def _ner_label(self, span: Span, label: str) -> str:
        """The NER's label, corrected: a name ending in an organisation's head word is an
        organisation's ("Pudao Credit"); a "person" one is in, or a one-word "organisation" a
        sentence opens in, is a place ("In Rongcheng, ...", "In Zhangqiu, ..."), and so is a name after
        a kind of place and "of", whatever the NER read it as ("the city of Suqian")."""
        if self._kind_of_place_before(span):
            return "GPE"
        if self._organization_name(span) or label not in NER_ACTOR_TYPES or self._institution_type(span) \
                or self._company_name(span):
            return "ORG"
        if label == "PERSON" and _in_a_place(span) or label == "ORG" and len(span) == 1 and _opening_place(span) \
                or self._kind_of_place_after(span):
            return "GPE"
        return label

    def _kind_of_place_before(self, span: Span) -> bool:
        """ "the city of Suqian", "the county of Rongcheng", which the NER reads as a people or a person."""
        doc, start = span.doc, span.start
        return start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].is_lower \
            and self.rules.appositive_types.get(doc[start - 2].lower_) == "place" \
            and all(t.pos_ == "PROPN" and t.text not in self.rules.institution_heads for t in span)

    def _kind_of_place_after(self, span: Span) -> bool:
        """ "Anren county", which the NER cut before "county" and read as a person's name."""
        doc = span.doc
        after = doc[span.end] if span.end < len(doc) else None
        return after is not None and after.is_lower and after.pos_ == "NOUN" and after.dep_ != "compound" \
            and self.rules.appositive_types.get(after.lower_) == "place" \
            and all(t.pos_ == "PROPN" and t.text not in self.rules.institution_heads for t in span)

    def _completed(self, span: Span, taken: set[int]) -> Span:
        """An institution's name with the "of"/"for" part the NER left out: "the People's Court"
        + "of Xinhe County", "Fudan University's Centre" + "for Digital Governance"."""
        doc = span.doc
        if span.end + 1 >= len(doc) or "\n" in span[-1].whitespace_:
            return span
        if span[-1].text in self.rules.institution_heads and doc[span.end].lower_ in ("of", "for"):
            end = span.end + 1
        elif _head_token(span) != span[-1] and _head_word(span) in self.rules.institution_heads \
                and doc[span.end].lower_ == "and" and _capitalised(doc[span.end + 1]):
            end = span.end + 1  # "the Institute of Finance" + "and Banking"
        else:
            return span
        if doc[end].lower_ == "the" and end + 1 < len(doc):
            end += 1
        words = end
        while end < len(doc) and end not in taken and _capitalised(doc[end]) and "\n" not in doc[end].text:
            end += 1
            if end < len(doc) - 1 and doc[end].lower_ in ("and", "of") and _capitalised(doc[end + 1]) \
                    and "\n" not in doc[end - 1].whitespace_:
                end += 1
            if "\n" in doc[end - 1].whitespace_:
                break
        return doc[span.start : end] if end > words else span

    def _institution_after(self, span: Span, taken: set[int]) -> Span:
        """A name the NER cut before the rest of an institution's name: "Yueyang" + "Intermediate
        People's Court" (capitalised words, maybe a name's possessive, up to an institution head)."""
        doc, end, i = span.doc, span.end, span.end
        while i < len(doc) and i not in taken and "\n" not in doc[i - 1].whitespace_ and (
                _capitalised(doc[i]) or doc[i].tag_ == "POS" and doc[i - 1].lower_ in self.rules.name_possessives):
            i += 1
            if doc[i - 1].text in self.rules.institution_heads:
                end = i
        return doc[span.start : end]

    def _in_document_title(self, span: Span) -> bool:
        """A name inside or at the end of an official document's title is no actor: "Measures for
        the Administration of Credit Reporting Business", "the State Council's Planning Outline"."""
        doc = span.doc
        if span[-1].text in self.rules.document_genres:
            return True
        before = span.start - 1
        if before >= 0 and doc[before].lower_ == "the":
            before -= 1
        return before >= 1 and doc[before].lower_ in ("for", "on", "of", "concerning") \
            and doc[before - 1].text in self.rules.document_genres

    def _no_name(self, span: Span, label: str, grades: set[str]) -> bool:
        """A capitalised word which the document uses in lower case elsewhere, or a plural common
        noun, opening a sentence or a heading ("Perks are only half of it", "City pilots",
        "Households above 1,100 points") or read as an organisation
        ("a totalitarian State"); the acronym of a thing ("VAT invoices", "its IPO"); a heading of the text's divisions
        ("Chapter VI Supplementary"); a grade or a name it
        starts ("AAA", "A-grade", "Grade C", "AAA Rating", "graded as Advanced Certified", and later
        "Advanced Certified Enterprises"); an institution's head word standing for no
        institution the document names ("a fellow at the Centre"); an amount of money or a ticker
        ("RMB4.12bn", "9123.HK")."""
        if len(span) == 1 and span[0].lower_ in ROLE_LABELS and span.end < len(span.doc) \
                and span.doc[span.end].text == ":":
            return True  # "INTERVIEWER:", "HOST:": a transcript's role, whoever holds it
        if _GRADE.match(span.text) or len(span[0]) > 1 and _GRADE.match(span[0].text) \
                or span.text in self.rules.institution_heads or self._series_label(span) or self._graded_as(span) \
                or self._division_heading(span) \
                or _acronym_of_a_thing(span) or span.text in self.rules.thing_acronyms \
                or _AMOUNT.match(span.text) or _TICKER.match(span.text):
            return True
        around = span.doc[max(span.sent.start, span.start - 3) : span.end].text  # NER may cut a grade
        if any(grade in around for grade in grades):
            return True
        if len(span) != 1 or not span[0].is_sent_start and label == "PERSON":
            return False
        if span[0].is_sent_start and (span[0].tag_ == "NNS" or span[0].text in _plural_nouns(span.doc)):
            # "Households above 1,100 points ...": a plural common noun opening a sentence, though the
            # tagger read it as a name there and as a plural noun at another sentence's start
            return True
        return span[0].lower_ in _lower_words(span.doc)

    def _series_label(self, span: Span) -> bool:
        """A publication's place in its series, which the NER reads as an organisation: "Working
        Paper 2023-07", "Policy Brief No. 14" (a series word, then a number)."""
        doc = span.doc
        words = doc[span.start : min(span.end + 2, len(doc))]  # the NER may stop before "No. 31"
        number = next((t for t in words if any(c.isdigit() for c in t.text)), None)
        before = number is not None and next((t for t in reversed(doc[span.start : number.i]) if t.is_alpha), None)
        return bool(before) and before.text in self.rules.series_words

    def _graded_as(self, span: Span) -> bool:
        """A name given as a grade: "graded as Advanced Certified, General Certified or ..."."""
        token = span.root
        while token.dep_ == "conj" and token.head != token:
            token = token.head
        preposition = token.head
        return token.dep_ == "pobj" and preposition.lower_ == "as" \
            and preposition.head.lemma_.lower() in self.rules.grading_verbs

    # -- names the gazetteer lacks ---------------------------------------------------------------

    def _schemes(self, doc: Doc, names: dict[str, str], found: list[Span]) -> list[Span]:
        """ "the Egret Score", "“Deadbeat Debtor Map”": capitalised words ending in a scheme head.
        One that is a gazetteer name is that actor; one that ends a longer scheme's name is that
        scheme ("Pay Score users" after "WeChat Pay Score")."""
        spans = []
        for token in doc:
            kind = self.rules.scheme_heads.get(token.text)
            if kind is None:
                continue
            start = token.i
            while start > token.sent.start and _capitalised(doc[start - 1]):
                start -= 1
            # not a headline's words: "The City That Keeps Score" (a finite verb names no scheme)
            if start < token.i and not any(t.tag_ in FINITE_VERB_TAGS for t in doc[start:token.i]):
                if not _heading_name(doc, start, token.i):
                    start = _without_leading_owner(doc, start, token.i)
                spans.append(Span(doc, start, token.i + 1, label=kind))
        named = {(s.start, s.end) for s in found}
        longer = {span.text: (span.label_, span.id_) for span in found if len(span) > 1}
        # "Fenglin’s Maple Score" before the section "Fenglin Maple Score.": the whole name, wherever it comes
        headings = {s.text: (s.label_, f"{s.label_}:{slug(s.text)}") for s in spans
                    if _heading_name(doc, s.start, s.end - 1) and (s.start, s.end) not in named}
        # "Heqiao's Civility Points": a kind of scheme, named with its owner wherever it comes
        owned = {name: (s.label_, f"{s.label_}:{slug(name)}") for s in spans
                 if (name := self._owned_generic_name(s, found)) is not None and (s.start, s.end) not in named}
        longer.update(headings)
        longer.update(owned)
        names.update({actor_id: name for name, (_, actor_id) in [*headings.items(), *owned.items()]})
        schemes = []
        for span in spans:
            if (span.start, span.end) in named:
                continue
            name = span.text
            kind, actor_id = next(((k, i) for n, (k, i) in longer.items() if n.endswith(" " + name)),
                                  (span.label_, f"{span.label_}:{slug(name)}"))
            names.setdefault(actor_id, name)
            schemes.append(Span(doc, span.start, span.end, label=kind, span_id=actor_id))
            longer.setdefault(name, (kind, actor_id))
        return schemes

    def _quoted_names(self, doc: Doc, names: dict[str, str], found: list[Span]) -> list[Span]:
        """ 'the "Trust Qingyuan" personal credit points scheme', "the “i-Qingyuan” app": a name in
        quotation marks before a noun of `quoted_name_nouns` (lower-case words may stand between)
        names a thing of that noun's type, whatever its words; the same words quoted again are that
        thing. A name the gazetteer or another rule found is that actor."""
        taken = {i for span in found for i in range(span.start, span.end)}
        spans, named = [], {}
        for opening in doc:
            if opening.text not in OPENING_QUOTES:
                continue
            closing = next((t for t in doc[opening.i + 1: opening.i + 7] if t.text in CLOSING_QUOTES), None)
            if closing is None or closing.i == opening.i + 1 or any(i in taken for i in range(opening.i, closing.i)):
                continue
            words = doc[opening.i + 1: closing.i]
            if not re.match(r"[A-Z]|[a-z]-[A-Z]", words.text):
                continue
            noun = next((t for t in doc[closing.i + 1: closing.i + 5] if not t.is_lower or t.pos_ not in ("NOUN", "ADJ")
                         or t.lemma_.lower() in self.rules.quoted_name_nouns), None)
            kind = self.rules.quoted_name_nouns.get(noun.lemma_.lower()) if noun is not None else None
            if kind is None:
                continue
            name = " ".join(words.text.split())
            actor_id = named.setdefault(name, f"{kind}:{slug(name)}")
            names.setdefault(actor_id, name)
            spans.append(Span(doc, words.start, words.end, label=kind, span_id=actor_id))
        return spans

    def _institution_field(self, doc: Doc, start: int) -> bool:
        """Whether capitalised words at `start` follow an institution's head and "for" or "of" ("Center
        for Financial Law", "Institute of International Law"): they name its field, inside its name."""
        return start >= 2 and doc[start - 1].lower_ in ("for", "of") and doc[start - 2].text in self.rules.institution_heads
    def _local_systems(self, doc: Doc, mentions: list[Span], names: dict[str, str]) -> list[Span]:
        """ "The Rongcheng social credit system", "Suining's social credit system": the national system's
        generic name (`generic_systems`) right after a place's name or possessive names the place's own
        scheme, a program named with the place ("Rongcheng social credit system"); the country's
        ("China's social credit system": `field_country`) is the national one. The NER often takes a Chinese
        city's name for a person's, or misses it: a person's name there is a place's, and so is a bare proper
        noun (or a place's name the tagger missed on a title line) before the name in lower case (not a word
        of a title: "China's Corporate Social Credit System")."""
        taken = {i for s in mentions for i in range(s.start, s.end)}
        places = {s.end: s for s in mentions if s.label_ in ("place", "person")}
        place_names = {s.text for s in mentions if s.label_ == "place"}
        bare = {t.i + 1: doc[t.i:t.i + 1] for t in doc if t.i not in taken and _capitalised(t)
                and (t.pos_ == "PROPN" and not t.is_sent_start or t.text in place_names)}
        local = []
        for span in mentions:
            if span.id_ not in self.rules.generic_systems or not span.start:
                continue
            mark = doc[span.start - 1]
            before = {**bare, **places} if span.text.islower() else places
            place = before.get(span.start) or (before.get(span.start - 1) if mark.tag_ == "POS" else None)
            if place is None or place.text in self.rules.field_country:
                continue
            name = f"{place.text} {span.text}"
            actor_id = f"program:{slug(name)}"
            names.setdefault(actor_id, name)
            local.append((place, span, Span(doc, place.start, span.end, label="program", span_id=actor_id)))
        replaced = {id(s) for place, span, _ in local for s in (place, span)}
        kept = [s for s in mentions if id(s) not in replaced] + [scheme for _, _, scheme in local]
        return sorted(kept, key=lambda s: (s.start, s.end))

    def _owned_generic_name(self, scheme: Span, found: list[Span]) -> str | None:
        """The full name of a scheme whose own words only say its kind, written after its owner's
        possessive ("Heqiao's Civility Points": "Heqiao Civility Points"), or None. A gazetteer
        organisation's product keeps its own name."""
        doc = scheme.doc
        if scheme.start < 2 or not all(t.text in self.rules.generic_scheme_words for t in scheme[:-1]):
            return None
        mark, owner = doc[scheme.start - 1], doc[scheme.start - 2]
        if mark.tag_ != "POS" and mark.text not in ("'s", "’s") or owner.pos_ != "PROPN" or not _capitalised(owner) \
                or any(s.start <= owner.i < s.end for s in found):
            return None
        return f"{owner.text} {scheme.text}"

    def _descriptive_schemes(self, doc: Doc, mentions: list[Span], names: dict[str, str]) -> list[Span]:
        """ "Didi's driver service score", "users whose Meituan credit score is 600": a scheme the
        text names in lower case after its owner, a company's or a place's, is an actor of its own,
        named with the owner as written ("Didi driver service score"); the mention is its words."""
        owners = {m.end: m for m in mentions if m.label_ in DESCRIPTIVE_SCHEME_OWNERS and not is_description(m)}
        taken = {i for m in mentions for i in range(m.start, m.end)}
        found = []
        for head in doc:
            if head.text not in self.rules.descriptive_scheme_heads or head.dep_ == "compound":
                continue
            start = head.i
            while start > head.sent.start and self._scheme_word(doc[start - 1], start, head):
                start -= 1
            words = [t.text for t in doc[start:head.i] if t.text not in self.rules.descriptive_scheme_skipped]
            possessive = start > 0 and doc[start - 1].text in _POSSESSIVES
            owner = owners.get(start - 1 if possessive else start)
            if not words or owner is None or any(i in taken for i in range(start, head.i + 1)) \
                    or not possessive and owner.root.head != head or not self._may_own_a_scheme(owner):
                continue
            named = self._owners_named_scheme(owner, mentions, names)
            name = f"{clean_entity_name(owner.text)} {' '.join(words)} {head.text}"
            actor_id = named.id_ if named is not None else f"program:{slug(name)}"
            names.setdefault(actor_id, name)
            found.append(Span(doc, start, head.i + 1, label="program", span_id=actor_id))
        return sorted(mentions + found, key=lambda s: (s.start, s.end)) if found else mentions

    @staticmethod
    def _scheme_word(word: Token, start: int, head: Token) -> bool:
        """Whether a word before a scheme's head is a lower-case word of its name ("driver service"), one
        that hangs inside the name."""
        return start <= word.head.i <= head.i and word.is_lower and word.pos_ in ("NOUN", "ADJ", "VERB") \
            and re.fullmatch(r"[a-z]+(?:-[a-z]+)*", word.text) is not None

    @staticmethod
    def _owners_named_scheme(owner: Span, mentions: list[Span], names: dict[str, str]) -> Span | None:
        """The one scheme the text names after the owner ("the Company's consumer credit score"
        where the text calls Yunxin's scheme "Yunxin Score"), or None."""
        first = {clean_entity_name(owner.text).split()[0], names.get(owner.id_, owner.text).split()[0]}
        schemes = {m.id_: m for m in mentions if m.label_ == "program" and names.get(m.id_, m.text).split()[0] in first
                   and m.id_ != owner.id_}
        return next(iter(schemes.values())) if len(schemes) == 1 else None

    def _may_own_a_scheme(self, owner: Span) -> bool:
        """Whether a scheme named by what it is after this owner is one of its own: not a country's
        (the field's own system), nor that of a gazetteer actor whose family has a scheme of its
        own ("Alipay's credit score" is Sesame Credit, "Tencent's credit score" Tencent Credit)."""
        if owner.text in self.rules.field_country:
            return False
        actor = self.gazetteer.get(owner.id_)
        if actor is None:
            return True
        family = {actor.id, *actor.part_of}
        return not any(other.type in ("product", "program") and family & {other.id, *other.part_of}
                       for other in self.gazetteer.actors.values() if other.id != actor.id)

    def _documents(self, doc: Doc, names: dict[str, str], found: list[Span]) -> list[Span]:
        """Official documents named by title, actors of type `law`: capitalised words ending in a
        genre ("the Social Credit System Construction Law", "the Planning Outline"), or a genre
        going on with "for"/"on"/"of" and capitalised words ("Measures for Credit Repair",
        "Regulations on the Management of the Credit Reporting Industry"). A gazetteer name inside
        a title is the title's word, not that actor."""
        documents = []
        named = {(s.start, s.end) for s in found}
        titled_after = doc.user_data.setdefault(TITLED_AFTER_KEY, {})
        genres = self.rules.document_genres | self.rules.leading_genres
        for token in doc:
            if token.text not in genres or token.i + 1 < len(doc) and _capitalised(doc[token.i + 1]):
                continue  # "Yale Law School": the genre inside another name
            start = token.i
            while start > token.sent.start and _capitalised(doc[start - 1]):
                start -= 1
            end = _title_end(doc, token.i + 1, token.sent.end)
            if token.text in self.rules.leading_genres and end == token.i + 1:
                continue  # "the Administration for Market Regulation": a field, no title
            if self._institution_field(doc, start):
                continue  # "the Peking University Center for Financial Law": a centre's field, no title
            if end - start < 2 or (start, end) in named or documents and documents[-1].end > start \
                    or self._division_heading(doc[start:end]):
                continue
            name = clean_entity_name(doc[start:end].text)
            actor_id = f"law:{slug(name)}"
            names.setdefault(actor_id, name)
            documents.append(Span(doc, start, end, label="law", span_id=actor_id))
            inside = next((s for s in found if start <= s.start and s.end <= end), None)
            if inside is not None:  # "the Social Credit System Construction Law" is about the system
                titled_after.setdefault(actor_id, (inside.id_, inside.label_))
        return documents

    def _division_heading(self, title: Span) -> bool:
        """ "Chapter VI Supplementary Provisions", "General Provisions": a heading of the document's own
        divisions (`document_divisions`, `heading_adjectives`), which a genre word ends, names no document."""
        words = [t.text for t in title if t.is_alpha]
        return bool(words) and (words[0] in self.rules.document_divisions and len(title) > 1
                                or len(words) > 1 and all(w in self.rules.heading_adjectives for w in words[:-1]))

    def _place_words(self, doc: Doc, known: list[Span]) -> set[str]:
        """The one-word names the document reads as places: the NER's one-word places, but not a
        word that starts a firm's name in the document ("Pudao" after "Pudao Credit") unless it
        also stands where a place does ("in Xiamen", "residents of Xiamen"). Institutions are
        named after their place ("Xiamen University", "Hangzhou Internet Court")."""
        readings = [ent for ent in doc.ents if ent.label_ == "GPE" and len(ent) == 1]
        if not readings:
            return set()
        firms = {word for span in known + list(doc.ents) if self._organization_name(span)
                 and span[-1].text not in self.rules.institution_heads  # "Xiamen University" is the city's
                 for word in self._short_words(span, set())}  # "Lanhai" of "Ningbo Lanhai Data Technology" too
        as_place = {ent.text for ent in readings if self._where_a_place_stands(ent)}
        return {ent.text for ent in readings if ent.text not in firms or ent.text in as_place}

    def _where_a_place_stands(self, name: Span) -> bool:
        """ "in Xiamen", "residents of Xiamen", "Xiamen city"."""
        root, doc = name.root, name.doc
        after = doc[name.end] if name.end < len(doc) else None
        return _in_a_place(name) \
            or root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in self.rules.place_dwellers \
            or after is not None and after.is_lower and self.rules.appositive_types.get(after.lower_) == "place"

    def _company_name(self, span: Span) -> bool:
        """A name of several words ending in a word of a company's legal form or business."""
        last = _head_token(span).lower_.rstrip(".")  # "Institute of Finance" is no company, "Bank of Xinhe" is
        return len(span) > 1 and (last in self.rules.company_words or span[-1].lower_ in self.rules.legal_forms)

    def _institution_type(self, span: Span) -> str | None:
        """The type an institution's head word gives its name: the word before its "of"/"for", or
        its last ("the Ministry of Finance", "Xinhe County People's Government": a government's,
        "Tianhe District People's Court": a court's), whatever the NER or a business word said."""
        return self.rules.institution_types.get(_head_word(span)) if len(span) > 1 else None

    def _organization_name(self, span: Span) -> bool:
        """ "Pudao Credit", "Huaxia Bank": a name of several words ending in an organisation's head
        word is an organisation's, whatever person or place the statistical NER read in it."""
        return len(span) > 1 and (span[-1].text in self.rules.organization_words or self._company_name(span))

    def _short_name(self, mention: Span, found: list[Span], ner_label: str, places: set[str]) -> str | None:
        """ "Ant" after "Ant Group": a one-word name that starts an earlier organisation's name
        (or a later one's, as a headline's "Ant’s record IPO halted" does). One the NER read as a
        person or a place is the organisation only when its name is that word and a head word, or (read
        as a person) a company's name ("Pudao" after "Pudao Credit", "Qiantang" after "Qiantang Credit
        Reporting Co.", not "Hangzhou" after "Hangzhou Internet Court"); a word
        the document names a place is that place ("Xiamen" is not Xiamen University). A name that
        starts with a place is short for the word after it ("Yunxin" after "Hangzhou Yunxin Data
        Technology"). A firm's rather than its product's: "Pudao" after "Pudao Credit" and "the Pudao
        Score" is the firm, though the product was named last."""
        if len(mention) != 1 or mention.text.lower() in self.rules.not_short_names or mention.text in places:
            return None
        earlier = sorted((s for s in found if s.end <= mention.start), key=lambda s: -s.start)
        later = [s for s in found if s.start >= mention.end and ":" not in s.id_]
        names = []
        for span in earlier + later:
            words = self._short_words(span, places)
            fits = len(span) > 1 if ner_label == "ORG" else self._organization_name(span) \
                and (len(span) == 2 or span.label_ == "company" and ner_label == "PERSON")
            if span.label_ not in ("person", "place") and (fits and mention.text == words[0] or mention.text in words[1:]):
                names.append(span)  # the word after a company's place is neither a place nor a person
        # "fined Pudao" after "Pudao Credit" and "the Pudao Score": a firm goes by its first word, its products not
        bodies = [span for span in names if span.label_ not in PRODUCT_TYPES]
        return (bodies or names)[0].id_ if names else None

    def _short_words(self, name: Span, places: set[str]) -> tuple[str, ...]:
        """The words a short name of an organisation may be: its first, and for a company named
        after its place the word after the place ("Yunxin" of "Hangzhou Yunxin Data Technology", which
        a text may name no place but in it), unless that word only says its business ("Data")."""
        words = (name[0].text,)
        second = name[1] if len(name) > 2 else None
        if second is not None and second.is_title and (name[0].text in places or self._company_name(name)) \
                and second.lower_ not in self.rules.company_words | self.rules.not_short_names \
                and second.text not in self.rules.organization_words:
            words += (second.text,)
        return words

    def _without_legal_form(self, mention: Span, found: list[Span]) -> str | None:
        """ "Xiamen Credit Technology" after "Xiamen Credit Technology Co.": an organisation's
        name without the words of its legal form is that organisation, and so is a name of two or
        more words without those of its business ("Lanting Credit" after "Lanting Credit
        Management"; not "Xiamen" after "Xiamen Technology")."""
        for span in sorted(found, key=lambda s: s.start):
            if span.label_ not in ("person", "place") and self._is_full_name_of(span, mention):
                return span.id_
        return None

    def _is_full_name_of(self, full: Span, short: Span) -> bool:
        if len(full) > len(short) and full[-1].lower_ == short[-1].lower_ and self._place_before(full, short):
            return True  # "Public Credit Information Center" after "Lanzhen Municipal Public Credit Information Center"
        if len(full) <= len(short) or full[0].lower_ != short[0].lower_:
            return False  # most pairs: the cheap test first
        droppable = self.rules.legal_forms | (self.rules.business_words if len(short) > 1 else set())
        if [t.lower_ for t in full[:len(short)]] != [t.lower_ for t in short]:
            return False
        return all(t.lower_ in droppable for t in full[len(short):]) or self._without_remit(full, short)

    def _without_remit(self, full: Span, short: Span) -> bool:
        """ "the Calder Institute" after "the Calder Institute for Digital Governance": an institution
        named without what its "for"/"of" says it is for (`institution_heads`), by two words or more."""
        return len(short) > 1 and short[-1].text in self.rules.institution_heads \
            and full[len(short)].lower_ in ("for", "of", "on")

    def _place_before(self, full: Span, short: Span) -> bool:
        """Whether `full` is `short` after a place's name and its kind ("Lanzhen Municipal" + "Public
        Credit Information Center"): a body the text then names without its place. Only a name of two
        words or more: "Office" alone is no name."""
        head = len(full) - len(short)
        if len(short) < 2 or [t.lower_ for t in full[head:]] != [t.lower_ for t in short]:
            return False
        kinds = set(self.rules.place_adjectives) | set(self.rules.bare_place_kinds) | {"county", "district"}
        words = list(full[:head])
        return bool(words) and words[0].pos_ == "PROPN" and all(t.pos_ == "PROPN" or t.lower_ in kinds for t in words)

    def _with_full_names(self, extra: list[Span], names: dict[str, str]) -> list[Span]:
        """ "Lanting Credit" in a standfirst, "Lanting Credit Management" in the story: a short form
        met before the full name is that name's actor too (`_without_legal_form` handles the
        other order)."""
        full_of = {}
        for short in extra:
            if ":" not in short.id_ or short.id_ in full_of or short.label_ in ("person", "place"):
                continue
            full = next((s for s in extra if s.start > short.start and s.id_ != short.id_
                         and s.label_ not in ("person", "place") and self._is_full_name_of(s, short)), None)
            if full is not None:
                full_of[short.id_] = full
        if not full_of:
            return extra
        for short_id in full_of:
            names.pop(short_id, None)
        return [Span(s.doc, s.start, s.end, label=full_of[s.id_].label_, span_id=full_of[s.id_].id_)
                if s.id_ in full_of else s for s in extra]

    def _head_word_name(self, mention: Span, found: list[Span], places: set[str], ner_label: str) -> str | None:
        """ "the Chamber" after "the European Union Chamber of Commerce in China", "Customs" for
        the "General Administration of Customs": a one-word name that is the head or the last word
        of an organisation's longer name in the document is that organisation (the nearest before
        it, else the first after it). A place's name is not ("Xiamen" is not "Credit Xiamen")."""
        word = mention.text
        if len(mention) != 1 or word.lower() in self.rules.not_short_names or not word[:1].isupper() \
                or word in places or ner_label == "GPE" and word not in self.rules.institution_heads:
            return None
        fits = [s for s in found if len(s) > 1 and s.label_ not in ("person", "place", "outlet")
                and word in (s[-1].text, _head_word(s))]
        earlier = [s for s in fits if s.end <= mention.start]
        if earlier:
            return earlier[-1].id_
        return next((s.id_ for s in fits if s.start >= mention.end), None)

    def _apposed_names(self, doc: Doc, found: list[Span], names: dict[str, str]) -> list[Span]:
        """A name the NER missed that a noun of a kind restates: "the Harmony Ledger, a points
        system launched by ...", "Tianfu, a county in Sichuan" (`appositive_types`)."""
        taken = {i for span in found for i in range(span.start, span.end)}
        spans = []
        for noun in doc:
            kind = self.rules.appositive_types.get(noun.lemma_.lower()) if noun.dep_ == "appos" and noun.pos_ == "NOUN" else None
            head = noun.head
            if kind is None or head.i > noun.i or head.pos_ != "PROPN" or head.ent_type_ or head.i in taken \
                    or not _capitalised(head):
                continue
            start = _proper_nouns_before(doc, head.i, head.sent.start, taken)
            name = clean_entity_name(doc[start : head.i + 1].text)
            if not name or name.lower() in self.rules.not_short_names:
                continue
            if start == head.i and head.lower_ in _lower_words(doc):
                continue  # "App: a mini-program inside Alipay" beside "the app": a fact box's label, no name
            actor_id = f"{_APPOSED_ID_PREFIXES.get(kind, 'org')}:{slug(name)}"
            names.setdefault(actor_id, name)
            spans.append(Span(doc, start, head.i + 1, label=kind, span_id=actor_id))
            taken.update(range(start, head.i + 1))
        return spans

    def _company_names(self, doc: Doc, found: list[Span], names: dict[str, str]) -> list[Span]:
        """A company's name the NER missed, often opening a sentence or a line ("Bluepeak Holdings
        is ...", "About Huaxia Holdings:"): proper nouns ending in a word of a company's business
        (`company_words`, `business_words`), of which the document writes none in lower case."""
        taken = {i for span in found for i in range(span.start, span.end)}
        spans = []
        for head in doc:
            if head.lower_ not in self.rules.company_words or not head.text[:1].isupper() or head.i in taken \
                    or head.i + 1 < len(doc) and _capitalised(doc[head.i + 1]) and "\n" not in head.whitespace_:
                continue  # "Pearl River Credit Score" goes on: a scheme's name, not a company's
            start = self._company_start(head, found, taken)
            name = clean_entity_name(doc[start : head.i + 1].text)
            if start == head.i or not name or doc[start].lower_ in self.rules.not_short_names \
                    or _GRADE.match(doc[start].text):  # "AAA Rating"
                continue
            mention = Span(doc, start, head.i + 1)
            same = next((s for s in found if s.label_ == "company" and self._is_full_name_of(mention, s)), None)
            if same is not None:  # "Tencent Holdings" is Tencent
                spans.append(Span(doc, start, head.i + 1, label=same.label_, span_id=same.id_))
            else:
                actor_id = f"org:{slug(name)}"
                names.setdefault(actor_id, name)
                spans.append(Span(doc, start, head.i + 1, label="company", span_id=actor_id))
            taken.update(range(start, head.i + 1))
        return spans

    def _with_names_before(self, span: Span, known: list[Span], names: dict[str, str]) -> Span:
        """A company's name the NER found without the place and the known name that open it ("Consumer
        Finance Co." of "Chongqing Ant Consumer Finance Co."): the whole name, a company of its own
        (a subsidiary named after its group), not the group."""
        if span.label_ != "company" or not self._company_name(span) or span.start == 0:
            return span
        taken = {i for s in known for i in range(s.start, s.end)}
        if span.start - 1 not in taken:
            return span
        start = self._company_start(span[0], known, taken)
        if start == span.start:
            return span
        name = clean_entity_name(span.doc[start:span.end].text)
        actor_id = f"org:{slug(name)}"
        names.setdefault(actor_id, name)
        return Span(span.doc, start, span.end, label="company", span_id=actor_id)

    def _with_company_word_after(self, span: Span, taken: set[int]) -> Span:
        """A name the NER cut before the rest of a company's name: "Qinghe Shenxin" + "Consumer
        Finance" (capitalised words, up to a word of its business)."""
        doc, end, i = span.doc, span.end, span.end
        while i < len(doc) and i not in taken and _capitalised(doc[i]) and doc[i].pos_ == "PROPN" \
                and "\n" not in doc[i - 1].whitespace_:
            i += 1
            if doc[i - 1].lower_ in self.rules.company_words:
                end = i
        return doc[span.start : end]

    def _company_start(self, head: Token, found: list[Span], taken: set[int]) -> int:
        """Where a company's name ending at `head` starts: name words before it, and whole names
        found there, a place's or another firm's, that start it ("Chongqing" and "Ant" of
        "Chongqing Ant Consumer Finance": a company of its own)."""
        ends = {s.end: s for s in found}

        def whole_name(start: int) -> int | None:
            before = ends.get(start)
            if before is not None and before.label_ in ("place", "company", "organization") \
                    and all(_capitalised(t) for t in before):
                return before.start
            return None

        return _name_start(head, taken, whole_name)

    def _institution_names(self, doc: Doc, found: list[Span], names: dict[str, str]) -> list[Span]:
        """An institution's name the NER missed, an institution head going on with "of"/"for" and
        capitalised words ("School of Public Administration" on a title page, "Department of
        Commerce"), with the proper nouns before it ("Jiangbei District Office of ...")."""
        taken = {i for span in found for i in range(span.start, span.end)}
        spans = []
        for head in doc:
            if head.text not in self.rules.institution_heads or head.i in taken:
                continue
            name = self._completed(doc[head.i : head.i + 1], taken)
            start = self._institution_start(head, taken)
            if len(name) == 1 and (start == head.i or head.text not in self.rules.institution_types) \
                    or any(i in taken for i in range(name.start, name.end)):
                continue  # "Qinghe County People's Government": a head with its place's words before it
            name = doc[start : name.end]
            text = clean_entity_name(name.text)
            kind = self._institution_type(name) or "organization"
            actor_id = f"{_APPOSED_ID_PREFIXES.get(kind, 'org')}:{slug(text)}"
            names.setdefault(actor_id, text)
            spans.append(Span(doc, name.start, name.end, label=kind, span_id=actor_id))
            taken.update(range(name.start, name.end))
        return spans

    def _short_names_missed(self, doc: Doc, found: list[Span]) -> list[Span]:
        """ "Bluepeak now scores ..." after "Bluepeak Holdings", which the NER did not read as a
        name: a proper noun alone that starts the name of one organisation named before it, and
        is no word the document writes in lower case."""
        taken = {i for span in found for i in range(span.start, span.end)}
        lower = _lower_words(doc)
        places = {s.text for s in found if s.label_ == "place"}
        spans = []
        for token in doc:
            if token.i in taken or token.pos_ != "PROPN" or not _capitalised(token) or token.lower_ in lower \
                    or token.lower_ in self.rules.not_short_names or token.text in places or _in_longer_name(token):
                continue
            owners = {s.id_: s for s in found if s.end <= token.i and len(s) > 1 and s[0].text == token.text
                      and s.label_ in ("company", "organization", "platform", "product")
                      and _head_word(s) not in self.rules.institution_heads}  # "Xiamen" is no Xiamen University
            if len(owners) == 1:
                owner = next(iter(owners.values()))
                spans.append(Span(doc, token.i, token.i + 1, label=owner.label_, span_id=owner.id_))
        return spans

    def _coordinated_people(self, doc: Doc, found: list[Span], names: dict[str, str]) -> list[Span]:
        """ "Sun Lei and Amy Porter", "Tian Rui, Sun Lei and Gao Peng": a full name coordinated with
        a person's is a person's, though the NER did not know it (Chinese names often)."""
        taken = {i for span in found for i in range(span.start, span.end)}
        spans = []
        for person in [s for s in found if s.label_ == "person" and len(s) > 1]:
            for token in person.root.conjuncts:
                first = token.i
                while first > 0 and doc[first - 1].dep_ == "compound" and doc[first - 1].head == token \
                        and doc[first - 1].pos_ == "PROPN" and doc[first - 1].is_title:
                    first -= 1
                name = doc[first : token.i + 1]
                if not 2 <= len(name) <= 3 or token.pos_ != "PROPN" or not token.is_title \
                        or any(t.i in taken or t.ent_type_ for t in name) or self._body_name(name):
                    continue
                actor_id = f"person:{slug(name.text)}"
                names.setdefault(actor_id, name.text)
                spans.append(Span(doc, name.start, name.end, label="person", span_id=actor_id))
                taken.update(range(name.start, name.end))
        return spans

    def _institution_start(self, head: Token, taken: set[int]) -> int:
        """Where an institution's name ending at `head` starts: proper nouns before it on its line,
        with a name's possessive ("People's"), none of them a word the text writes in lower case."""
        doc = head.doc

        def possessive(start: int) -> int | None:
            word = doc[start - 1]
            if start - 1 not in taken and word.tag_ == "POS" and start >= 2 \
                    and doc[start - 2].lower_ in self.rules.name_possessives:
                return start - 2
            return None

        return _name_start(head, taken, possessive)

    def _called_names(self, doc: Doc, mentions: list[Span], names: dict[str, str]) -> list[Span]:
        """ "a points scheme named Harbour Stars", "The score, called "Baihang Hui", ...", "a startup
        known as Qilin Data": the name a text gives a thing of a kind is an actor of that kind
        (`appositive_types`, `called_types`) wherever the text uses it; a gazetteer's name keeps its own."""
        for verb in (t for t in doc if t.lemma_ in self.rules.naming_verbs and t.tag_ == "VBN"):
            noun = verb.head if verb.dep_ == "acl" else next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
            kind = noun is not None and (self.rules.called_types.get(noun.lemma_.lower())
                                         or self.rules.appositive_types.get(noun.lemma_.lower()))
            name = _name_given(verb) if kind else None
            if name is None:
                continue
            same = next((m for m in mentions if (m.start, m.end) == (name.start, name.end)), None)
            if same is not None and ":" not in same.id_:
                continue
            actor_id = f"{_ID_PREFIXES.get(kind, 'org')}:{slug(name.text)}"
            names.setdefault(actor_id, clean_entity_name(name.text))
            mentions = _named_everywhere(doc, mentions, name.text, kind, actor_id)
        return mentions

    def _retyped(self, mentions: list[Span], unknown: set[str]) -> list[Span]:
        """An unknown name takes the type its appositive gives ("Rongcheng, a coastal city"), or the
        noun of a kind set before it ("the Changsha law firm Xiangjiang Lianhe": a company)."""
        types: dict[str, str] = {}
        for span in mentions:
            if span.id_ not in unknown:
                continue
            for noun in [*_appositives(span), *_kind_before(span)]:
                kind = self.rules.appositive_types.get(noun.lemma_.lower())
                if kind is not None:
                    types.setdefault(span.id_, kind)
        return [Span(s.doc, s.start, s.end, label=types[s.id_], span_id=s.id_) if s.id_ in types else s
                for s in mentions]

    # -- descriptions ------------------------------------------------------------------------------

    def _descriptions(self, doc: Doc, mentions: list[Span]) -> list[Span]:
        """ "the court", "the central bank": an actor named before, of the description's types
        or whose name holds its noun: the last such in the paragraph, else the one named most
        often before (the article's topic: "The city plans to link the score ..." after a
        paragraph about other cities is still the city and score the article is about)."""
        taken = {i for span in mentions for i in range(span.start, span.end)}
        titled_after = doc.user_data.get(TITLED_AFTER_KEY, {})
        # "the system" after "the Planning Outline for the Construction of a Social Credit System": the system
        mentions = mentions + [Span(doc, m.start, m.end, label=titled_after[m.id_][1], span_id=titled_after[m.id_][0])
                               for m in mentions if m.id_ in titled_after]
        self._kinds = self._place_kinds(mentions)
        found: list[Span] = []
        for token in doc:
            entry = self.rules.descriptions.get(token.lemma_.lower())
            if entry is None or token.i in taken or token.pos_ not in ("NOUN", "PROPN") or _named_after(token, taken):
                continue
            if not _definite(token) and not self._of_the_country(token):
                # "..., top court says": a headline drops its articles; only a description that
                # stands for one actor of the field all the same is read there
                default = self._default_actor(token) if _bare_in_headline(token) else None
                if default is not None:
                    found.append(default)
                continue
            apposed = _apposed_name(token, mentions)
            if apposed is not None or _new_thing(token):  # "the new firm, Qiantang Credit Reporting Co,"
                if apposed is not None:
                    found.append(Span(doc, token.i, token.i + 1, label=apposed.label_, span_id=apposed.id_))
                continue
            antecedent = self._antecedent(token, token.lemma_.lower(), entry, mentions + found) \
                or self._default_actor(token)
            if antecedent is not None:
                found.append(Span(doc, token.i, token.i + 1, label=antecedent.label_, span_id=antecedent.id_))
        return found

    def _of_the_country(self, token: Token) -> bool:
        """ "the country's top court", "the nation's cabinet": a singular description owned by the
        country the text is about, which a wire story names so after "China" (`country_nouns`)."""
        owners = [c for c in token.lefts if c.dep_ == "poss"]
        if token.tag_ != "NN" or len(owners) != 1 or owners[0].lemma_.lower() not in self.rules.country_nouns:
            return False
        return any(c.lower_ == "the" for c in owners[0].children) \
            and all(c.dep_ in _DESCRIPTION_MODIFIERS or c in owners for c in token.lefts)

    def _default_actor(self, token: Token) -> Span | None:
        """ "The central bank licensed eight firms": a description with nobody named before it
        that stands for one actor of the field all the same (relations.yaml, `description_defaults`)."""
        words = [c.lower_ for c in token.lefts if c.dep_ in ("amod", "compound") and c.is_lower] + [token.lemma_.lower()]
        description = " ".join(words[-2:])
        actor = self.gazetteer.get(self.rules.description_defaults.get(description, ""))
        owners = [*self.gazetteer.names(actor), *self.rules.country_nouns] if actor is not None else []
        if actor is None or _owned_elsewhere(token.doc, description, owners):  # "the country's" is China's
            return None
        token.doc._.actor_names.setdefault(actor.id, actor.name)
        return Span(token.doc, token.i, token.i + 1, label=actor.type, span_id=actor.id)

    def _antecedent(self, token: Token, noun: str, entry: tuple, candidates: list[Span]) -> Span | None:
        """The actor a description with the noun `noun` at `token` stands for (see `_descriptions`)."""
        types, words = entry
        qualifiers = _qualifiers(token)
        before = [m for m in candidates if m.end <= token.left_edge.i and m.label_ != "outlet"
                  and (m.label_ != "law" or "law" in types)  # "the system" is not a law's title
                  and (m.label_ in types or words & _words_for(m, token))
                  and self._qualified_by(_name_words(m), qualifiers)]
        before = [m for m in before if not _describes_another(m, before)]
        # "the serious list" after the List of Seriously Illegal and Dishonest Enterprises: an adjective
        # that picks one of the actors by a word of its name; one that picks none ("the new list") is no
        # qualifier
        adjectives = _adjectives(token)
        picked = [m for m in before if _qualified(_name_words(m), adjectives)]
        if not picked and any(a.lower_ in LEVEL_ADJECTIVES for a in adjectives):
            return None  # "the intermediate court" after the Supreme People's Court is another court
        before = picked or before
        apposed = [m for m in candidates if token in _appositives(m)]
        if apposed:  # "Baihang Credit, the other credit bureau": the name it is apposed to, or none
            before = [m for m in before if m in apposed]
        if token.pos_ == "PROPN":  # "the Centre", capitalised: a short name, written as in the name
            before = [m for m in before if token.text in _name_words(m, fold=False)]
        if "place" in types:
            # "the county" is not a place the text calls a village or a province ("Dongshan village",
            # "Shandong province"); it is one it calls a county, rather than one merely named before
            before = [m for m in before if m.label_ != "place" or not self._kinds.get(m.id_)
                      or noun in self._kinds[m.id_] or noun not in self.rules.appositive_types]
            kind = [m for m in before if noun in self._kinds.get(m.id_, ())]
            # a city or a province goes by its bare name; a county, a district or a village is called so;
            # a city named in the description's own sentence is the one it means ("Suzhou's Osmanthus
            # Score, operated by the city's Big Data Bureau"), whatever city the text called one before
            bare = noun in self.rules.bare_place_kinds
            if noun not in REGION_KINDS:  # "Rongcheng in Shandong ... the city's office": Rongcheng's
                before = [m for m in before if not _contains_place_before(m, before)]
            in_sentence = [m for m in before if m.label_ == "place" and m.start >= token.sent.start]
            before = in_sentence if bare and in_sentence else kind if kind or not bare else before
        if not before:
            return None
        paragraph = paragraph_of(token.doc)
        here = [m for m in before if paragraph(m.start_char) == paragraph(token.idx)]
        if here:  # the description's first type first: "the company" is a company before a platform
            rank = {kind: n for n, kind in enumerate(types)}
            fit = {m: 0 if words & _words_for(m, token) else 1 + rank.get(m.label_, 0) for m in here}
            last = min(here, key=lambda m: (fit[m], -m.start))
            return _sentence_subject_among([m for m in here if fit[m] == fit[last]], last, token) or last
        counts: dict[str, int] = {}
        for m in before:
            counts[m.id_] = counts.get(m.id_, 0) + 1
        return max(before, key=lambda m: (counts[m.id_], m.start))

    def _qualified_by(self, words: list[str], qualifiers: list[Token]) -> bool:
        """Whether a name's words meet a description's compounded nouns: each starts one of them, or is
        a description noun itself whose words one of them is ("the blacklist system": a list)."""
        described = [self.rules.descriptions.get(q.lemma_.lower(), ((), set()))[1] for q in qualifiers]
        return all(_qualified(words, [q]) or bool(kinds & set(words)) for q, kinds in zip(qualifiers, described))

    # -- places and their institutions -------------------------------------------------------------

    def _place_kind(self, span: Span) -> str | None:
        """The kind of place a mention says it is: "Qingxi county", "Dongshan village", "Rongcheng,
        a coastal city" (a kind written in lower case, in or right after the name, or apposed)."""
        doc = span.doc
        last = span[-1]
        after = doc[span.end] if span.end < len(doc) else None
        for word in (last if len(span) > 1 else None, after):
            if word is not None and word.is_lower and self.rules.appositive_types.get(word.lower_) == "place":
                return word.lower_
        # "Yiwu, Zhejiang province" names the province Yiwu is in, not Yiwu's kind
        return next((n.lemma_.lower() for n in _appositives(span)
                     if self.rules.appositive_types.get(n.lemma_.lower()) == "place"
                     and not any(c.pos_ == "PROPN" for c in n.lefts)), None)

    def _place_kinds(self, mentions: list[Span]) -> dict[str, set[str]]:
        """Place id -> the kinds of place the text calls it."""
        kinds: dict[str, set[str]] = {}
        for span in mentions:
            if span.label_ == "place" and (kind := self._place_kind(span)) is not None:
                kinds.setdefault(span.id_, set()).add(kind)
        return kinds

    def _places_by_kind(self, mentions: list[Span], names: dict[str, str]) -> list[Span]:
        """A name the text gives two kinds of place is two places ("Qingxi county" and "Qingxi
        town", its seat): each is named with its kind. A mention that gives no kind stays with
        the name's first reading."""
        kinds = self._place_kinds(mentions)
        result = []
        for span in mentions:
            kind = self._place_kind(span) if len(kinds.get(span.id_, ())) > 1 else None
            if kind is not None:
                name = f"{names.get(span.id_, clean_entity_name(span.text))} {kind}"
                actor_id = f"gpe:{slug(name)}"
                names.setdefault(actor_id, name)
                span = Span(span.doc, span.start, span.end, label=span.label_, span_id=actor_id)
            result.append(span)
        return result

    def _local_bodies(self, doc: Doc, mentions: list[Span], descriptions: list[Span],
                      names: dict[str, str]) -> list[Span]:
        """A place's institution named in lower case: "the municipal government", "the county
        government", "the county's civil affairs bureau", "the Yiwu development and reform bureau",
        "Wenzhou's municipal government".
        Its place is the one the description names or stands for ("the county": the county named
        before; "municipal": the city), and it is named after it ("Qingxi county civil affairs
        bureau", "Xiamen municipal government"). One in apposition to a name describes that actor
        ("Hexin Credit, the Shenzhen personal credit bureau"): no body of its own."""
        bodies = []
        index = {i: s for s in mentions + descriptions for i in range(s.start, s.end)}
        taken = set(index)
        for token in doc:
            label = self.rules.institutions.get(token.lower_)
            if label is None or not token.is_lower or token.pos_ not in ("NOUN", "PROPN") or token.dep_ == "compound" \
                    or token.i in taken:
                continue
            after = _body_of_place(token, index)  # "the municipal government of Lishui"
            if after is None and _named_after(token, taken):
                continue
            if token.dep_ == "appos" and token.head.i in index:
                continue  # "Hexin Credit, the Shenzhen personal credit bureau licensed by ...": Hexin described
            if after is not None:
                found, end = after[:3], after[3]
            else:
                found, end = self._body_place(token, index, mentions, names), token.i + 1
            if found is None:
                continue
            place, start, words = found
            named = _named_before(token, [w for w in words if w.lower() not in self.rules.place_adjectives], place,
                                  mentions + bodies) or self._national_body(place, words)
            if named is not None:  # "the Hebei court" after "the Higher People's Court of Hebei"; "China's top court"
                bodies.append(Span(doc, start, end, label=named.label_, span_id=named.id_))
                continue
            name = " ".join([names.get(place.id_, clean_entity_name(place.text)), *words])
            actor_id = f"{label}:{slug(name)}"
            names.setdefault(actor_id, name)
            bodies.append(Span(doc, start, end, label=label, span_id=actor_id))
        return bodies

    def _bodies_named_by_place(self, mentions: list[Span], descriptions: list[Span],
                               names: dict[str, str]) -> list[Span]:
        """ "the city's Big Data Bureau", "the municipal Development and Reform Bureau": a body's
        name the text gives only after a place description's possessive or a place adjective is
        named after that place ("Suzhou Big Data Bureau"), wherever the text names it
        (`local_body_heads`); one named through the place's own name ("Taizhou's Credit Office")
        keeps its name as written."""
        places = {s.end: s for s in descriptions if s.label_ == "place"}
        renamed: dict[str, tuple[str, str]] = {}
        for mention in mentions:
            if ":" not in mention.id_ or mention[-1].text not in self.rules.local_body_heads or mention.id_ in renamed:
                continue
            doc, name = mention.doc, names.get(mention.id_, mention.text)
            place = places.get(mention.start - 1) if is_possessive_mark(doc[mention.start - 1]) else None
            adjective = mention[0] if mention[0].lower_ in self.rules.place_adjectives else doc[mention.start - 1]
            # "the Municipal Credit Office" capitalised is a name of its own
            if place is None and adjective.lower_ in self.rules.place_adjectives and adjective.is_lower and adjective.i > 0 \
                    and doc[adjective.i - 1].lower_ == "the":  # "the municipal Big Data Bureau": the city's
                kind = self.rules.place_adjectives[adjective.lower_]
                place = self._antecedent(adjective, kind, (["place"], {kind}), mentions)
                name = name.split(" ", 1)[1] if name.split(" ", 1)[0].lower() == adjective.lower_ else name
            if place is None:
                continue
            place_name = names.get(place.id_, place.text)
            if not name.startswith(place_name):
                full = f"{place_name} {name}"
                renamed[mention.id_] = (f"{mention.id_.split(':', 1)[0]}:{slug(full)}", full)
        for new_id, full in renamed.values():
            names.setdefault(new_id, full)
        return [Span(m.doc, m.start, m.end, label=m.label_, span_id=renamed[m.id_][0]) if m.id_ in renamed else m
                for m in mentions]

    def _national_body(self, place: Span, words: list[str]) -> Span | None:
        """The actor of the field a description with the country's possessive names ("China's top
        court": the Supreme People's Court; relations.yaml `description_defaults`, `field_country`)."""
        actor = self.gazetteer.get(self.rules.description_defaults.get(" ".join(words).lower(), ""))
        if actor is None or place.text not in self.rules.field_country:
            return None
        place.doc._.actor_names.setdefault(actor.id, actor.name)
        return Span(place.doc, place.start, place.end, label=actor.type, span_id=actor.id)

    def _body_place(self, head: Token, index: dict[int, Span], mentions: list[Span], names: dict[str, str]):
        """(place, first token of the body's mention, words of its name after the place's) of an
        institution noun, or None: its modifiers must be a definite run of lower-case words with
        a place's name, a place's kind ("county", "municipal") or a place's possessive in it."""
        doc = head.doc
        start = head.i
        while start > 0 and start - 1 not in index and (doc[start - 1].is_lower and doc[start - 1].pos_ in (
                "NOUN", "ADJ", "CCONJ") or doc[start - 1].pos_ == "PROPN" or doc[start - 1].tag_ == "POS"
                or _in_hyphenated_word(doc[start - 1])):  # "the city's state-owned assets commission"
            start -= 1
        place = owner = None
        if start > 0 and start - 1 in index and index[start - 1].label_ == "place":
            place = index[start - 1]  # "the Yiwu development and reform bureau", "the county's"
            owner = place.end < head.i and doc[place.end].tag_ == "POS"
            first = place.start - 1
            start = place.end + 1 if owner else place.start
        else:
            first = start - 1
            named = start
            while named < head.i and doc[named].pos_ == "PROPN" and _capitalised(doc[named]):
                named += 1
            if start < named:  # "the Jinhua development and reform bureau", a place the NER missed
                place = Span(doc, start, named, label="place", span_id=f"gpe:{slug(doc[start:named].text)}")
        modifiers = doc[place.end + bool(owner) if place else start : head.i]
        definite = owner or first >= 0 and doc[first].lower_ == "the"  # "Wenzhou's" needs no "the"
        if not definite or any(t.tag_ == "POS" or not (t.is_lower or _in_hyphenated_word(t)) for t in modifiers) \
                or any(map(_ranks, modifiers)):
            return None
        words = _words_of([*modifiers, head])
        if place is not None:
            return place, start, words
        kind = next(((n, self.rules.place_adjectives.get(t.lower_) or t.lower_) for n, t in enumerate(modifiers)
                     if self.rules.place_adjectives.get(t.lower_)
                     or self.rules.appositive_types.get(t.lower_) == "place"), None)
        if kind is None:
            return None
        n, noun = kind
        place = self._antecedent(modifiers[n], noun, (["place"], {noun}), mentions)
        if place is None:
            return None
        if modifiers[n].lower_ == noun and names.get(place.id_, "").endswith(" " + noun):  # "the county government"
            words = _words_of([*modifiers[n + 1:], head])
        return place, start, words


#: Grades, which the NER reads as organisations or people: "AAA", "B", "A+", "A-grade", "Grade C", "Class A".
_GRADE = re.compile(r"^(?:(?:Grade|Class|Level|Tier) )?([A-D])\1{0,2}[+-]?(?:[- ]?(?:grade|level|rated|class))?$")
#: Tags of a finite verb or modal: a name never holds one; a list item that starts with one is a clause
#: of its own (extract/perks.py).
FINITE_VERB_TAGS = frozenset({"VBZ", "VBP", "VBD", "MD"})
#: An amount of money the NER read as a name: "RMB4.12bn", "HK$14.20", "US$ 100 million".
_AMOUNT = re.compile(r"^(?:[A-Z]{2,3}\$?|[$¥€£])\s?\d")
#: A stock's ticker the NER read as a name: "9123.HK", "0700.HK", "BABA.N".
_TICKER = re.compile(r"^[0-9A-Z]{1,6}\.(?:HK|SS|SZ|N|O|L|T|SH)$")
#: doc.user_data key of the words the document writes in lower case.
_LOWER_WORDS_KEY = "sckb_lower_words"
#: doc.user_data key of the words the tagger reads as plural common nouns.
_PLURAL_NOUNS_KEY = "sckb_plural_nouns"
#: Kinds of place that hold others: "the province" may be the "Shandong" of "Rongcheng in Shandong".
REGION_KINDS = ("province",)
#: Prepositions after which a name is a place's: a person is not "in Rongcheng".
_PLACE_PREPOSITIONS = {"in", "across", "throughout", "near", "outside", "around"}
#: Id prefixes of the NER's actors, by type ("gpe:suzhou"); other types take "org".
_ID_PREFIXES = {"person": "person", "place": "gpe"}
#: Id prefixes of names found by what is apposed to them ("program:harmony-ledger").
_APPOSED_ID_PREFIXES = {**_ID_PREFIXES, "program": "program"}


def _heading_name(doc: Doc, start: int, head: int) -> bool:
    """Whether a scheme's name is written whole as a heading of its own, the first words of its line
    and a sentence by themselves ("Fenglin Maple Score. Fenglin’s score was launched ..."): that is its
    full name, even where the text also writes it with a possessive ("Fenglin’s Maple Score")."""
    line_start = start == 0 or "\n" in doc[start - 1].whitespace_ or doc[start - 1].is_space and "\n" in doc[start - 1].text
    after = doc[head + 1] if head + 1 < len(doc) else None
    return line_start and after is not None and after.text == "."


def _without_leading_owner(doc: Doc, start: int, head: int) -> int:
    """Where a scheme's name starts once a word of another column or its owner's name is left out:
    a table's row "Weihai Weihai Points 2019" (the city, then its scheme), "Suzhou Osmanthus
    Score 2016" where the text also writes "Suzhou's Osmanthus Score" (the scheme is "Osmanthus
    Score"). A scheme's name that starts with its place is kept whole ("Lanzhen Credit Points")."""
    if head - start < 2:
        return start
    first, rest = doc[start], doc[start + 1:head + 1]
    if first.text == doc[start + 1].text:
        return start + 1
    if re.search(rf"(?<!\w){re.escape(first.text)}['’]s {re.escape(rest.text)}(?!\w)", doc.text):
        return start + 1
    return start


def _acronym_of_a_thing(span: Span) -> bool:
    """An acronym modifying a common noun, never introduced as a name: "VAT invoices", "SIM card
    registration" (an organisation's acronym the document introduces in brackets is kept)."""
    token = span[0]
    return len(span) == 1 and token.is_upper and token.is_alpha and token.dep_ == "compound" \
        and token.head.pos_ == "NOUN" and token.head.is_lower


def _in_hyphenated_word(token: Token) -> bool:
    """A lower-case piece of a hyphenated word, or its hyphen ("state-owned", "state-assets"): the
    tokenizer splits the word, but it is one modifier of the body's name."""
    doc = token.doc

    def joining(hyphen: Token) -> bool:
        return hyphen.text == "-" and hyphen.i > 0 and not doc[hyphen.i - 1].whitespace_ and not hyphen.whitespace_

    if token.text == "-":
        return joining(token)
    before = token.i > 0 and joining(doc[token.i - 1])
    after = token.i + 1 < len(doc) and not token.whitespace_ and joining(doc[token.i + 1])
    return token.is_lower and (before or after)


def _body_of_place(head: Token, index: dict[int, Span]) -> tuple[Span, int, list[str], int] | None:
    """ "the municipal government of Lishui", "the people's government of Rongcheng": an institution
    noun with "the", lower-case modifiers and its place after "of" -> (place, first token of the
    body's mention, words of its name after the place's, end of the mention): it is named after
    its place as "the Lishui municipal government" is ("Lishui municipal government")."""
    doc = head.doc
    if head.i + 2 >= len(doc) or doc[head.i + 1].lower_ != "of":
        return None
    place = index.get(head.i + 2)
    if place is None or place.label_ != "place" or place.start != head.i + 2:
        return None
    start = head.i
    while start > 0 and (doc[start - 1].is_lower and doc[start - 1].pos_ in ("NOUN", "ADJ")
                         or doc[start - 1].tag_ == "POS" and start > 1 and doc[start - 2].lower_ == "people"):
        start -= 1
    if start == 0 or doc[start - 1].lower_ != "the":
        return None
    return place, start, _words_of(list(doc[start:head.i + 1])), place.end


def _words_of(tokens: list[Token]) -> list[str]:
    """The words of a name written with these tokens, a hyphenated word kept whole ("state-owned")."""
    words: list[str] = []
    for n, token in enumerate(tokens):
        if n and not tokens[n - 1].whitespace_ and tokens[n - 1].i + 1 == token.i:
            words[-1] += token.text
        else:
            words.append(token.text)
    return words


def _ranks(word: Token) -> bool:
    """An ordinal or a superlative: "Beijing's second licensed credit bureau", "the city's largest
    bank" rank one of a kind, they name no institution."""
    return word.ent_type_ == "ORDINAL" or word.tag_ in ("JJS", "RBS")


def _contains_place_before(place: Span, candidates: list[Span]) -> bool:
    """ "Rongcheng in Shandong", "Yiwu, Zhejiang": a place named to say where the place before it
    lies is the larger one, not what a later "the city" stands for."""
    root = place.root
    held = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "in" else \
        root.head if root.dep_ == "appos" and not any(c.pos_ == "NOUN" for c in root.lefts) else None
    return held is not None and held.i < place.start and any(
        c is not place and c.label_ == "place" and c.id_ != place.id_ and c.start <= held.i < c.end for c in candidates)


def _in_dateline(span: Span) -> bool:
    """The wire service of a dateline: "BEIJING (APN) - China's courts ..."."""
    dateline = dateline_at(span.doc, span.start_char)
    return dateline is not None and dateline.in_wire(span.start_char, span.end_char)


def _in_a_place(span: Span) -> bool:
    """A name governed by "in", "across"... is a place's: "In Rongcheng, fewer than 1 percent"."""
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ in _PLACE_PREPOSITIONS


def _opening_place(span: Span) -> bool:
    """A name a sentence opens with "In" is a place's ("In Zhangqiu, every resident ..."), though
    elsewhere an organisation can be "in" something ("a stake in Pudao")."""
    head = span.root.head
    return _in_a_place(span) and head.i == head.sent.start


def _name_start(word: Token, taken: set[int], step: Callable[[int], int | None] | None = None) -> int:
    """Where a name ending at `word` starts: the proper nouns before it on its line, none of which
    the document writes in lower case ("Amber" of "Amber Freight" is no word of the text). `step`
    may take the name further back over more than a proper noun (a whole name found before it, a
    possessive): given where the name starts so far, it returns where it starts then, or None."""
    doc, start = word.doc, word.i
    while start > word.sent.start and "\n" not in doc[start - 1].whitespace_:
        further = step(start) if step is not None else None
        if further is not None:
            start = further
        elif start - 1 not in taken and _name_word(doc[start - 1]):
            start -= 1
        else:
            break
    return start


def _proper_nouns_before(doc: Doc, i: int, floor: int, taken: set[int]) -> int:
    """Where the run of capitalised proper nouns that ends at token `i` starts (not before `floor`,
    nor over a token in `taken`)."""
    while i > floor and i - 1 not in taken and doc[i - 1].pos_ == "PROPN" and _capitalised(doc[i - 1]):
        i -= 1
    return i


def _name_word(token: Token) -> bool:
    """A capitalised proper noun; one opening a sentence or a line only if the document never
    writes it in lower case ("Shares of ...", "About ...")."""
    doc = token.doc
    if token.pos_ != "PROPN" or not _capitalised(token):
        return False
    if not (token.is_sent_start or token.i > 0 and "\n" in doc[token.i - 1].text + doc[token.i - 1].whitespace_):
        return True
    return token.lower_ not in _lower_words(doc)


#: The NER's labels of amounts and times, whose words name no actor ("80 Hong Kong dollars").
#: Types of the things a body makes: a short name is its maker's rather than theirs.
PRODUCT_TYPES = {"product", "program"}
NOT_ACTOR_ENTITIES = {"MONEY", "QUANTITY", "PERCENT", "CARDINAL", "DATE", "TIME"}


def _modifies_a_noun(token: Token) -> bool:
    return token.dep_ in ("compound", "nmod", "amod") and token.head.pos_ == "NOUN"


def _names_again(doc: Doc, mentions: list[Span], names: dict[str, str]) -> list[Span]:
    """ "Residents of Jinhua ..." after "Jinhua's Shuangxi Score": a name the text has used names
    the same actor wherever it comes again, though the NER missed it there (a one-word name only
    where it is a proper noun the text never writes in lower case)."""
    actors: dict[str, set[tuple[str, str]]] = {}
    for mention in mentions:
        if mention.text[:1].isupper() and names.get(mention.id_) == mention.text:
            actors.setdefault(mention.text, set()).add((mention.id_, mention.label_))
    named = {text: next(iter(ids)) for text, ids in actors.items() if len(ids) == 1}
    if not named:
        return mentions
    taken = {i for m in mentions for i in range(m.start, m.end)}
    lower = _lower_words(doc)
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(named, key=len, reverse=True))) + r")(?![\w-])")
    found = []
    for match in pattern.finditer(doc.text):
        span = doc.char_span(match.start(), match.end())
        if span is None or any(i in taken or doc[i].ent_type_ in NOT_ACTOR_ENTITIES for i in range(span.start, span.end)) \
                or len(span) == 1 and (span[0].pos_ != "PROPN" or span[0].lower_ in lower or _modifies_a_noun(span[0])):
            continue  # "80 Hong Kong dollars"; "a Jinhua social worker"
        actor_id, label = named[match.group()]
        found.append(Span(doc, span.start, span.end, label=label, span_id=actor_id))
        taken.update(range(span.start, span.end))
    return sorted(mentions + found, key=lambda s: (s.start, s.end))


def _plural_nouns(doc: Doc) -> set[str]:
    """The words the tagger reads as plural common nouns somewhere in the document."""
    if _PLURAL_NOUNS_KEY not in doc.user_data:
        doc.user_data[_PLURAL_NOUNS_KEY] = {t.text for t in doc if t.tag_ == "NNS"}
    return doc.user_data[_PLURAL_NOUNS_KEY]


def _lower_words(doc: Doc) -> set[str]:
    """The words the document writes in lower case somewhere, gathered once per document."""
    if _LOWER_WORDS_KEY not in doc.user_data:
        doc.user_data[_LOWER_WORDS_KEY] = {t.lower_ for t in doc if t.is_lower}
    return doc.user_data[_LOWER_WORDS_KEY]


def _in_longer_name(token: Token) -> bool:
    """A word with a capitalised word next to it on its line, part of a longer name."""
    doc = token.doc
    before = token.i > 0 and _capitalised(doc[token.i - 1]) and "\n" not in doc[token.i - 1].whitespace_ \
        and not doc[token.i - 1].is_sent_start
    after = token.i + 1 < len(doc) and _capitalised(doc[token.i + 1]) and "\n" not in token.whitespace_
    return bool(before or after)


def _head_word(span: Span) -> str:
    return _head_token(span).text


def _sentence_subject_among(candidates: list[Span], last: Span, token: Token) -> Span | None:
    """ "Ant Financial was spun off from Alibaba in 2011. The company launched ...": a description
    opening a sentence goes on with the subject of the sentence before, not with the last name in
    it, which a preposition or an object only brings in (the last of the sentence's subjects when
    several are)."""
    sentence = last.sent
    if sentence == token.sent or not _is_subject(token):
        return None
    subjects = [m for m in candidates if m.sent == sentence and _is_subject(m.root) and m.root.head == sentence.root]
    return max(subjects, key=lambda m: m.start) if subjects and last not in subjects else None


def _is_subject(token: Token) -> bool:
    return token.dep_ in ("nsubj", "nsubjpass")


def _head_token(span: Span) -> Token:
    """The head of an organisation's name: the word before its first "of", "for" or "in"
    ("Chamber" of "European Union Chamber of Commerce in China", "Ministry" of the Ministry of
    Finance), else its last word ("Court" of Tianhe District People's Court)."""
    for token in span[1:]:
        if token.lower_ in ("of", "for", "in"):
            return token.nbor(-1)
    return span[-1]


def _is_own_outlet(doc: Doc, name: str) -> bool:
    """The outlet that published the document, named in its text ("..., the chief executive told
    Ledger Asia"): whatever the NER took it for, it is an outlet."""
    outlet = doc._.outlet if Doc.has_extension("outlet") else None
    return bool(outlet) and name.casefold() == outlet.casefold()


def _with_speakers(doc: Doc, mentions: list[Span], names: dict[str, str]) -> list[Span]:
    """The speakers of an interview's or a transcript's turns (extract/turns.py) are actors,
    whatever the NER made of their labels ("LIU BO:", "Nadia Osterhaus:"): the actor of the same
    name in the document, else a person. A label's role ("HOST", "Q", the "HOST" of "HOST (MAYA
    CHEN):") names nobody."""
    by_name = {name.casefold(): actor_id for actor_id, name in names.items()}
    added = []
    text = doc.text
    roles = {(m.start, m.end) for turn in turns_of(doc) for m in mentions  # "HOST" of "HOST (MAYA CHEN):"
             if m.text.casefold() in ROLE_LABELS and text.rfind("\n", 0, turn.name_start) < m.start_char < turn.start}
    mentions = [m for m in mentions if (m.start, m.end) not in roles]
    for turn in turns_of(doc):
        label = doc.char_span(turn.name_start, turn.name_end)
        if label is None or turn.speaker.casefold() in ROLE_LABELS:
            continue
        name = turn.speaker.title() if turn.speaker.isupper() else turn.speaker  # "LIU BO" is Liu Bo
        full = _known_person(name, names, text)  # "MR. SZETO" is the Daniel Szeto the text named
        named = next((m for m in mentions if (m.start, m.end) == (label.start, label.end)), None)
        if full is not None and (named is None or named.label_ != "outlet" and ":" in named.id_):
            name, named = full, None
        if named is not None and (named.label_ in ("person", "outlet") or ":" not in named.id_):
            if names.get(named.id_, "").isupper():
                names[named.id_] = name
            continue  # a person, an outlet or a known actor already
        actor_id = by_name.get(name.casefold()) or f"person:{slug(name)}"
        label_type = next((m.label_ for m in mentions if m.id_ == actor_id), "person")
        names.setdefault(actor_id, name)
        added.append(Span(doc, label.start, label.end, label=label_type, span_id=actor_id))
    if added:
        covered = {i for span in added for i in range(span.start, span.end)}
        mentions = sorted([m for m in mentions if not any(i in covered for i in range(m.start, m.end))] + added,
                          key=lambda s: (s.start, s.end))
    return _speakers_selves(doc, mentions)


def _speakers_selves(doc: Doc, mentions: list[Span]) -> list[Span]:
    """ "WANG QING: I'm a researcher at Fudan University": in a person's turn, "I" and "me" are
    the speaker, as a name would be (the relation rules read "I ... at Fudan University")."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    selves = []
    for turn in turns_of(doc):
        speaker = _turn_speaker(doc, turn, mentions)
        if speaker is None or speaker.label_ != "person":
            continue
        words = doc.char_span(turn.start, turn.end, alignment_mode="expand")
        selves += [Span(doc, t.i, t.i + 1, label="person", span_id=speaker.id_) for t in words or ()
                   if t.lower_ in ("i", "me") and t.i not in taken]
    return sorted(mentions + selves, key=lambda s: (s.start, s.end)) if selves else mentions


#: Types of the things a text names in its own words (a quoted name before "points system", "app"; a
#: name apposed to "a points scheme"): one such name is that thing everywhere, under its "program:" id.
_NAMED_THING_TYPES = ("program", "platform")


def _one_actor_per_name(mentions: list[Span], names: dict[str, str]) -> list[Span]:
    """One name, one actor in a document: the NER may read "Suzhou" as a place in one sentence
    and as an organisation in the next. A name read as a place anywhere is a place, one read as
    an outlet anywhere is an outlet; one the text calls a scheme or a platform anywhere is that thing
    (a city's measures name 'the "Lou Shan Credit" points system (hereinafter "Lou Shan Credit")', then
    "Lou Shan Credit applies to ...": the NER's organisation is the scheme); otherwise it takes its most
    frequent type (the first on a tie). Its id follows that type ("gpe:suzhou")."""
    groups: dict[str, list[Span]] = {}
    for span in mentions:
        prefix, _, key = span.id_.partition(":")
        if prefix in ("org", "person", "gpe", *_NAMED_THING_TYPES) and key:
            groups.setdefault(key, []).append(span)
    final: dict[str, tuple[str, str]] = {}
    for key, spans in groups.items():
        labels = [s.label_ for s in spans]
        kind = next((k for k in ("place", "outlet", *_NAMED_THING_TYPES) if k in labels), max(labels, key=labels.count))
        named = next((s.id_ for s in spans if s.id_.partition(":")[0] == kind and kind in _NAMED_THING_TYPES), None)
        actor_id = named or f"{_ID_PREFIXES.get(kind, 'org')}:{key}"  # a named scheme keeps its "program:" id
        for span in spans:
            if span.id_ != actor_id:
                names.setdefault(actor_id, names.get(span.id_, clean_entity_name(span.text)))
            final[span.id_] = (kind, actor_id)
    for old_id, (_, actor_id) in final.items():
        if old_id != actor_id:
            names.pop(old_id, None)
    return [Span(s.doc, s.start, s.end, label=final[s.id_][0], span_id=final[s.id_][1]) if s.id_ in final else s
            for s in mentions]


def _named_before(head: Token, words: list[str], place: Span, mentions: list[Span]) -> Span | None:
    """The last institution named before in full whose name holds the place's name and
    the words of a lower-case one ("the Hebei court" after "the Higher People's Court of Hebei"; "the
    city's credit office" is not the civilization office named before it)."""
    wanted = set(_name_words(place)) | {w.lower() for w in re.findall(r"\w+", " ".join(words))}

    def holds(name_words: set[str]) -> bool:  # "the Hebei high court": the Higher People's Court
        return all(any(n.startswith(w) for n in name_words) for w in wanted)

    return next((m for m in sorted(mentions, key=lambda m: -m.start) if m.end <= head.i and m.label_ != "place"
                 and len(m) > 1 and holds(set(_name_words(m)))), None)


def paragraph_of(doc: Doc):
    """char offset -> paragraph number. Paragraphs are separated by blank lines, and a numbered
    section's heading ends the paragraph it closes ("2. Three schemes", "2.1 Jinhu": a brief or a
    PDF whose sections are separated by single line breaks starts a new passage, about its own
    scheme, after each). The breaks are found once per document: spaCy rebuilds `doc.text` each
    time it is asked for."""
    if _PARAGRAPH_BREAKS_KEY not in doc.user_data:
        text = doc.text
        breaks = [m.end() for m in re.finditer(r"\n[ \t\r]*\n", text)]
        breaks += [m.end() for m in SECTION_HEADING.finditer(text)]
        doc.user_data[_PARAGRAPH_BREAKS_KEY] = sorted(set(breaks))
    breaks = doc.user_data[_PARAGRAPH_BREAKS_KEY]
    return lambda char: bisect.bisect_right(breaks, char)


#: A numbered section's heading on a line of its own, with no sentence's final punctuation ("2. Three
#: schemes", "2.1 Jinhu", "3 What residents think"); its match ends after the line break.
SECTION_HEADING = re.compile(r"^[ \t]*\d{1,2}(?:\.\d{1,2})*\.?[ \t]+[A-Z][^\n]{0,60}(?<![.!?:;,])[ \t\r]*\n", re.M)


_PARAGRAPH_BREAKS_KEY = "sckb_paragraph_breaks"


def _inside(inner: Span, outer: Span) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


def _title_end(doc: Doc, i: int, end: int) -> int:
    """Where a document's title that goes on at token `i` ends: "for Credit Repair", "on the
    Management of the Credit Reporting Industry" (a preposition, maybe "the" or "a", then
    capitalised words, as often as they come; a capitalised gerund's "the" goes on too: "on
    Further Improving the Credit Repair Mechanism for Dishonest Judgment Debtors")."""
    title_end = start = i
    while i < end and _title_goes_on(doc, i, end, first=i == start):
        j = i + 1 + (i + 1 < end and doc[i + 1].lower_ in ("the", "a"))
        words = j
        while words < end and _capitalised(doc[words]):
            words += 1
            if words + 1 < end and doc[words].lower_ == "and" and _capitalised(doc[words + 1]):
                words += 1  # "Measures for the Management of Red and Black Lists"
            elif words + 1 < end and doc[words].lower_ in ("the", "a") and doc[words - 1].lower_.endswith("ing") \
                    and _capitalised(doc[words + 1]):
                words += 1  # "Opinions on Improving the Credit Repair Mechanism": a gerund's object
        if words == j:
            break
        title_end = i = words
    return title_end


#: Prepositions by which a document's title goes on: "Measures for Credit Repair", "Opinions on Restricting
#: Specified Persons from Taking Trains", "Implementation Measures ... of Dishonesty in Jiangsu Province".
TITLE_PREPOSITIONS = ("for", "on", "of", "concerning", "from", "in")
#: Of those, the ones that only go on a title already going on with another ("Political Science and Law in
#: Wuhan" is no title).
LATER_TITLE_PREPOSITIONS = ("from", "in")


def _title_goes_on(doc: Doc, i: int, end: int, first: bool) -> bool:
    """Whether a title goes on with the preposition at `i`: "for", "on", "of", "concerning" always (but not
    before a date: "the Measures for ... Business on September 27, 2021"); after a first phrase, "from"
    before a capitalised gerund ("from Taking Trains"; not "the Measures for Credit Repair from January")
    and "in" before a place ("in Jiangsu Province"; not "in March 2023")."""
    if doc[i].lower_ not in TITLE_PREPOSITIONS or first and doc[i].lower_ in LATER_TITLE_PREPOSITIONS:
        return False
    following = doc[i + 1] if i + 1 < end else None
    if following is not None and following.ent_type_ in ("DATE", "TIME"):
        return False  # "issued the Measures for ... Business on September 27, 2021": a date, no title's words
    if doc[i].lower_ == "from":
        return following is not None and _capitalised(following) and following.lower_.endswith("ing")
    if doc[i].lower_ == "in":
        return following is not None and _capitalised(following) and following.ent_type_ == "GPE"
    return True


#: What a company's own filing or report calls it besides its name ("the Company", "the Group").
CORPORATE_SELF = {"company", "group"}
#: The words of a name a definition gives in quotes.
_DEFINED_NAME = r"""[^"”()\n]{2,60}"""
#: A short name a text defines for the name before it: ' ("Lumen Credit")', ' (hereinafter "Qingyun")',
#: several of them: ' ("Hengxin" or "the Company")', a press release's ' ("Hengxin" or the "Company")', a
#: filing's with its group ' (the "Company", together with its subsidiaries, the "Group")' (the first in
#: group 1, the others in group 2).
DEFINED_TERM = re.compile(r"""\(\s*(?:(?:hereinafter|hereafter)(?:\s+(?:referred\s+to\s+as|called))?|the|collectively)?"""
                          rf"""\s*["“]({_DEFINED_NAME})["”]((?:\s*(?:,|or|and)\s*(?:together\s+with\s+its\s+\w+,?\s*)?"""
                          rf"""(?:the\s+)?["“]{_DEFINED_NAME}["”])*)\s*\)""",
                          re.IGNORECASE)
#: Each further name of a definition with several, with the article a release leaves outside the quotes.
FURTHER_TERM = re.compile(rf"""(?:\b(the)\s+)?["“]({_DEFINED_NAME})["”]""", re.IGNORECASE)
#: A bracket between a company's name and its definition: its listing ("(NYSE: QHCT)", "(HKEX: 9988)").
LISTING = re.compile(r"""\(\s*[A-Z][\w .&-]{1,20}:\s*[\w.]{1,10}\s*\)\s*$""")


def _with_defined_terms(doc: Doc, mentions: list[Span], names: dict[str, str]) -> list[Span]:
    """ "Lumen Credit Technology Co., Ltd. ("Lumen Credit")": the quoted short name in brackets
    is the name before it wherever the text uses it, and that name starts with the capitalised
    words the NER left out of it ("Lumen" of "Lumen Credit Technology Co., Ltd.")."""
    text = doc.text
    for match in DEFINED_TERM.finditer(text):
        bracket = doc.char_span(_before_listing(text, match.start()), match.start() + 1, alignment_mode="expand")
        owner = next((m for m in mentions if m.end == bracket.start), None) if bracket is not None else None
        if owner is None or owner.label_ in ("person", "place"):
            continue
        taken = {i for m in mentions if m is not owner for i in range(m.start, m.end)}
        start = _proper_nouns_before(doc, owner.start, owner.sent.start, taken)
        actor_id = owner.id_
        if start < owner.start and ":" in owner.id_:  # a name the NER cut: the whole name's id
            name = clean_entity_name(doc[start:owner.end].text)
            actor_id = f"{owner.id_.split(':')[0]}:{slug(name)}"
            names.pop(owner.id_, None)
            names.setdefault(actor_id, name)
        further = [f"{article} {term}" if article else term for article, term in FURTHER_TERM.findall(match.group(2))]
        terms = [term.strip() for term in (match.group(1), *further)]
        label = _self_defined_label(owner, terms)
        if _defines_self(terms) and FILER_KEY not in doc.user_data:
            doc.user_data[FILER_KEY] = actor_id
        mentions = [Span(doc, start if m is owner else m.start, m.end, label=label, span_id=actor_id)
                    if m is owner or m.id_ == owner.id_ else m for m in mentions]
        for term in terms:
            mentions = _named_everywhere(doc, mentions, term, label, actor_id, apart=(start, owner.end))
    return mentions


def _self_defined_label(owner: Span, terms: list[str]) -> str:
    """ "This announcement is made by Qianhai Star Fintech Group Limited (the "Company")": a company that
    defines itself as "the Company" writes its own filing; named as its publisher too, it still acts in
    its text as a company, not as an outlet that reports."""
    return "company" if owner.label_ == "outlet" and _defines_self(terms) else owner.label_


def _defines_self(terms: list[str]) -> bool:
    """Whether a definition names the body "the Company" or "the Group": the filer of a filing."""
    return any(term.split()[-1].casefold() in CORPORATE_SELF for term in terms)


#: A filing's definition of its first person: 'references in this annual report to "we," "us," "our" and
#: "Huaxin" refer to Huaxin DigiTech Inc.', 'In this prospectus, "we", "us" ... refer to Ant Group Co., Ltd.'
#: (the named body starts where the match ends).
WE_DEFINITION = re.compile(r"""["“]we,?["”][^.\n]{0,300}?\b(?:refers?|shall\s+refer|means?)\s+to\s+|"""
                           r"""["“]we,?["”][^.\n]{0,300}?\bmeans?\s+""", re.IGNORECASE)


def _we_defined(doc: Doc, mentions: list[Span]) -> str | None:
    """The id of the body a filing defines its "we" as (`WE_DEFINITION`): the company that files it."""
    match = WE_DEFINITION.search(doc.text)
    if match is None:
        return None
    return next((m.id_ for m in mentions if m.start_char >= match.end() and m.label_ not in ("person", "place")
                 and not doc.text[match.end():m.start_char].strip()), None)


def author_id(doc: Doc) -> str | None:
    """The id of the company that wrote the document ("Ant Group Co., Ltd." is Ant Financial), if one did."""
    return doc.user_data.get(AUTHOR_KEY)


def filer_id(doc: Doc) -> str | None:
    """The id of the company whose filing the text is, when it defines itself (`FILER_KEY`)."""
    return doc.user_data.get(FILER_KEY)


def _before_listing(text: str, start: int) -> int:
    """Where the name a definition at `start` is for ends: before the listing that may stand between
    them ("Qinghe Credit Technology Holdings Ltd. (NYSE: QHCT) ("Qinghe" or the "Company")")."""
    listing = LISTING.search(text, 0, start)
    return listing.start() if listing else start


#: What a naming verb gives: a quoted name or capitalised words ("called "Baihang Hui"", "known as Qilin Data").
NAME_GIVEN = re.compile(r"""\s+(?:as\s+)?(?:["“](?P<quoted>[^"”\n]{2,40})["”]"""
                        r"""|(?P<bare>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,4}))""")


def _name_given(verb: Token) -> Span | None:
    """The name after a naming verb, if it is one."""
    doc = verb.doc
    match = NAME_GIVEN.match(doc.text, verb.idx + len(verb))
    if match is None:
        return None
    group = "quoted" if match.group("quoted") else "bare"
    return doc.char_span(match.start(group), match.end(group))


def _named_everywhere(doc: Doc, mentions: list[Span], name: str, label: str, actor_id: str,
                      apart: tuple[int, int] = (0, 0)) -> list[Span]:
    """Every use of `name` in the text (but for tokens `apart`) is a mention of the actor; the
    mentions a use overlaps give way ("Baihang" of "Baihang Hui"), not a longer name it is a word
    of ("Lianxin SME Trust Index" after "Lianxin" was defined). A name defined with its article
    ("the Company") is its noun wherever the article comes before it ("The Company employs ...")."""
    article, _, noun = name.partition(" ")
    if article.lower() == "the" and noun:
        pattern = re.compile(rf"(?<=\b[Tt]he ){re.escape(noun)}(?!\w)")
    else:
        pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")
    uses = [u for m in pattern.finditer(doc.text) if (u := doc.char_span(m.start(), m.end())) is not None
            and not (apart[0] < u.end and u.start < apart[1])
            and not any(x.start <= u.start and u.end <= x.end and len(x) > len(u) for x in mentions)]
    kept = [m for m in mentions if not any(u.start < m.end and m.start < u.end for u in uses)]
    return sorted(kept + [Span(doc, u.start, u.end, label=label, span_id=actor_id) for u in uses],
                  key=lambda s: (s.start, s.end))


def _owned_elsewhere(doc: Doc, description: str, names: list[str]) -> bool:
    """Whether the text gives the description an owner that is not the default's ("America's
    central bank", "the central bank of Russia"): then it may mean that one."""
    owners = re.findall(rf"(\w[\w ]*?)['’]s {description}|{description} of (\w+)", doc.text, re.IGNORECASE)
    own = {name.casefold() for name in names} | {"china", "chinese"}
    return any((a or b).split()[-1].casefold() not in own and (a or b).casefold() not in own for a, b in owners)


def _capitalised(token: Token) -> bool:
    """A word of a name: capitalised, not a determiner or a sentence's first "The"."""
    return token.is_alpha and token.text[0].isupper() and token.pos_ not in ("DET", "PRON", "ADP", "CCONJ") \
        or token.text in ("-",) and token.i > 0 and token.nbor(-1).text[:1].isupper()


def _parts(ent: Span, name_possessives: set, taken: set[int], legal_forms: set) -> list[Span]:
    """An entity split at a possessive: "Suzhou's Osmanthus Score" is Suzhou and Osmanthus
    Score; "Higher People's Court" is one name. One that holds a known name is split at its
    coordinations too: "Ant and Tencent" is Ant and Tencent; but not at the comma before its legal
    form ("Tencent Credit Reporting Co., Ltd." is one company, "Ltd." none)."""
    parts, start = [], ent.start
    coordinated = any(t.i in taken for t in ent)
    for token in ent:
        if coordinated and token.text == "," and all(t.lower_ in legal_forms for t in ent.doc[token.i : ent.end]):
            break
        if coordinated and (token.pos_ == "CCONJ" or token.text == ","):
            if token.i > start:
                parts.append(ent.doc[start : token.i])
            start = token.i + 1
        elif token.tag_ == "POS" and token.i > start and token.nbor(-1).lower_ not in name_possessives:
            parts.append(ent.doc[start : token.i])
            start = token.i + 1
    if start < ent.end:
        parts.append(ent.doc[start : ent.end])
    return parts


def _is_possessor_part(part: Span, ent: Span) -> bool:
    """The one-word owner split off an entity by its possessive ("Suzhou" of "Suzhou's
    Osmanthus Score"): a place, the way local schemes are named."""
    return len(part) == 1 and part.end < ent.end and ent.doc[part.end].tag_ == "POS" and part[0].pos_ == "PROPN"


def _restated_by_apposition(mentions: list[Span], unknown: set[str]) -> list[Span]:
    """A gazetteer phrase apposed to a name the gazetteer lacks restates that name, and is that
    actor: "Honest Rongcheng, the city's social credit scheme" is Honest Rongcheng's scheme, not
    the national Social Credit System. A person is not restated by a body's name: in "Gao Jian, deputy
    director of the Price Department, NDRC" the NDRC is his employer, not his alias."""
    named = {head.i: span for span in mentions if span.id_ in unknown and span.label_ != "person"
             for head in _appositives(span)}
    return [Span(s.doc, s.start, s.end, label=named[s.root.i].label_, span_id=named[s.root.i].id_)
            if s.id_ not in unknown and s.root.i in named else s for s in mentions]


def _appositives(span: Span) -> list[Token]:
    """The head nouns of what is apposed to a name ("Rongcheng, a coastal city of ...")."""
    root = span.root
    heads = [c for c in root.children if c.dep_ == "appos" and c.i >= span.end]
    if root.dep_ == "appos" and root.head.i < span.start:
        heads.append(root.head)
    return [h for h in heads if h.pos_ == "NOUN" or h.is_upper and len(h) <= 4]  # "a Madrid-based NGO"


def _kind_before(span: Span) -> list[Token]:
    """A lower-case noun compounded right before a name, saying what it is ("the law firm
    Xiangjiang Lianhe", "the consultancy Trivium")."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return [before] if before is not None and before.head.i == span.root.i and before.dep_ in ("compound", "nmod") \
        and before.pos_ == "NOUN" and before.is_lower else []


def _describes_another(mention: Span, others: list[Span]) -> bool:
    """ "Ant Financial, the Alibaba affiliate that runs Sesame Credit": an actor named inside the
    apposition that describes another is named to say what that other is, not as a topic a later
    "the company" could stand for."""
    token = mention.root
    while token.head != token:
        if token.dep_ == "appos" and any(o is not mention and o.id_ != mention.id_ and o.start <= token.head.i < o.end
                                          for o in others):
            return True
        token = token.head
    return False


#: Adjectives that say a description's thing is not one named before: "the new firm", "the proposed law".
#: Actors whose scheme the text may name by what it is ("Didi's driver service score").
DESCRIPTIVE_SCHEME_OWNERS = frozenset({"company", "platform", "place", "organization"})

NEW_THING_ADJECTIVES = frozenset({"new", "proposed", "planned", "future", "upcoming"})


#: Adjectives of a body's level or reach: a description with one ("the intermediate court", "the
#: provincial bureau") stands only for an actor whose name has it too.
LEVEL_ADJECTIVES = frozenset({"intermediate", "local", "district", "county", "municipal", "provincial", "regional",
                              "basic", "grassroots", "lower"})


def _new_thing(token: Token) -> bool:
    return any(c.dep_ == "amod" and c.lower_ in NEW_THING_ADJECTIVES for c in token.lefts)


def _apposed_name(token: Token, mentions: list[Span]) -> Span | None:
    """The name a comma sets right after a description ("the new firm, Qiantang Credit Reporting
    Co,"): the description is that actor, however the parser hangs the apposition."""
    doc = token.doc
    if token.i + 2 >= len(doc) or doc[token.i + 1].text != ",":
        return None
    named = next((m for m in mentions if m.start == token.i + 2), None)
    if named is None or named.label_ in ("place", "person") or named.end < len(doc) and doc[named.end].text not in ",.;)":
        return None
    return named


def _definite(token: Token) -> bool:
    """A singular noun with "the", "this" or "that" and no name before it: "the court", "the
    central bank", "the tax administration" (see `_qualifiers`), not "the Hebei court" nor "the
    courts"."""
    if token.tag_ in ("NNS", "NNPS"):
        return False
    lefts = list(token.lefts)
    if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in lefts):
        return False
    return all(c.dep_ in _DESCRIPTION_MODIFIERS or c in _qualifiers(token) for c in lefts)


def _bare_in_headline(token: Token) -> bool:
    """A singular noun with no determiner nor name before it ("top court" in "Debtors kept off 26.8
    million flights, top court says") in a sentence that ends without a full stop: a headline's."""
    if token.tag_ != "NN" or not all(c.dep_ == "amod" for c in token.lefts):
        return False
    last = next((t for t in reversed(token.sent) if not t.is_space), None)
    return last is not None and last.text not in (".", "!", "?", "…", "”", '"')


def _qualifiers(token: Token) -> list[Token]:
    """The common nouns compounded with a description ("tax" in "the tax administration"): the
    actor it stands for has a name with such a word ("State Taxation Administration")."""
    return [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "NOUN" and c.is_lower]


def _adjectives(token: Token) -> list[Token]:
    """The lower-case adjectives of a description ("serious" in "the serious list")."""
    return [c for c in token.lefts if c.dep_ == "amod" and c.pos_ == "ADJ" and c.is_lower]


def _qualified(words: list[str], qualifiers: list[Token]) -> bool:
    return all(any(w.startswith(q.lower_) for w in words) for q in qualifiers)


def _named_after(token: Token, taken: set[int]) -> bool:
    """ "the county of Suining", "the court in Foshan": the description is named right there."""
    return any(c.dep_ in ("prep", "appos") and any(t.i in taken or t.pos_ == "PROPN" for t in c.subtree)
               for c in token.rights)


def _name_words(span: Span, fold: bool = True) -> list[str]:
    names = span.doc._.actor_names or {}
    words = re.findall(r"\w+", f"{span.text} {names.get(span.id_, '')}")
    return [w.lower() for w in words] if fold else words


def _words_for(span: Span, description: Token) -> set[str]:
    """The words a description may take from a name: its own before an "of" that names the body it
    belongs to ("the Credit Reference Center of the People's Bank of China" is no bank: "the central
    bank" after it is the bank), and the noun apposed to it ("Pudao Credit, the Beijing personal credit
    bureau, ... The bureau's flagship product": Pudao Credit), unless that noun is the description itself."""
    names = (span.text, (span.doc._.actor_names or {}).get(span.id_, ""))
    return {word for name in names for word in _head_words(name)} \
        | {n.lemma_.lower() for n in _appositives(span) if n.pos_ == "NOUN" and n != description}


def _head_words(name: str) -> list[str]:
    """A name's words before its "of" ("credit reference center" of "... Center of the People's Bank of
    China"); all of them when "of" opens it or there is none ("Bank of China" is a bank)."""
    words = [w.lower() for w in re.findall(r"\w+", name)]
    return words[:words.index("of")] if "of" in words[1:] else words


def is_description(span: Span) -> bool:
    """Whether an actor mention is a description ("the court") rather than a name."""
    return (span.start, span.end) in span.doc.user_data.get(DESCRIPTIONS_KEY, set())


def is_possessive_mark(token: Token) -> bool:
    """The "'s" of a possessive; a curly "’s" is sometimes tagged as a closing quote."""
    return token.tag_ == "POS" or token.lower_ in ("'s", "’s")


def is_local_body(span: Span) -> bool:
    """Whether a lower-case mention is a place's institution the actor finder named after its place
    ("the city's development and reform bureau" is "Heqiao development and reform bureau"): a name,
    though written in lower case, unlike a lower-case alias ("Alipay's social credit system")."""
    _, name = actor_of(span)
    return span.text.islower() and name != span.text and name[:1].isupper() and name.endswith(" " + span.text)


def _earlier_full_name(mention: Span, name: str, found: list[Span], names: dict[str, str]) -> str | None:
    """The id of an earlier person whose full name ends with this one-word name
    ("Rollet" after "Charles Rollet"), so a surname does not become a second actor; else
    of the first person whose name starts with it, the family name first in Chinese order
    ("Guo" after "Guo Ming" and his daughter "Guo Lan" is the one the story introduced first)."""
    if " " in name:
        return None
    people = [span for span in found if span.end <= mention.start and span.label_ == "person"
              and names.get(span.id_, name) != name]
    for span in sorted(people, key=lambda s: s.start, reverse=True):
        if names[span.id_].endswith(" " + name):
            return span.id_
    for span in sorted(people, key=lambda s: s.start):
        if names[span.id_].startswith(name + " "):
            return span.id_
    return None


#: A title before a person's name: "Dr", "Mr.", "Senator" (the titles of turns.py).
_TITLE = re.compile(rf"^(?:{'|'.join(re.escape(t) for t in sorted(SPEAKER_TITLES, key=len, reverse=True))})\.?\s+",
                    re.IGNORECASE)


def _titled_people(doc: Doc, mentions: list[Span], names: dict[str, str]) -> list[Span]:
    """ "Dr Okoye said" after "Harriet Okoye": a titled name is the person the text names in full
    (see `_known_person`); one the text never names otherwise keeps its title ("Ms Chen")."""
    by_name = {name.casefold(): actor_id for actor_id, name in names.items()}
    text = doc.text
    known: dict[str, str | None] = {}  # a text says "Mr Zhang" many times: one search of it per name
    titled = []
    for mention in mentions:
        if mention.label_ == "person" and mention.text not in known:
            known[mention.text] = _known_person(mention.text, names, text)
        full = known.get(mention.text) if mention.label_ == "person" else None
        actor_id = by_name.get(full.casefold()) if full else None
        titled.append(Span(doc, mention.start, mention.end, label="person", span_id=actor_id) if actor_id else mention)
    return titled


#: Words before a family name that are no given name ("STATEMENT OF HARRIET OKOYE", "thanked Okoye").
_NOT_GIVEN_NAMES = {"of", "and", "by", "to", "for", "with", "from", "thank", "thanks", "the", "said", "says", "asked"}


def _known_person(name: str, names: dict[str, str], text: str) -> str | None:
    """The full name of the one person the text names whose family name a titled name gives:
    one the actor finder found ("Mr. Szeto" after "Daniel Szeto"; a Chinese name puts it first:
    "Ms Zhang" after "Zhang Wei"), else a given name and the family name side by side in the
    text ("DR OKOYE:" in a transcript that lists "Harriet Okoye, Senior Fellow" as a witness)."""
    title = _TITLE.match(name)
    if title is None:
        return None
    surname = name[title.end():].strip()
    if " " in surname or not surname:
        return None
    key = surname.casefold()
    found = {full for actor_id, full in names.items() if actor_id.startswith("person:") and len(full.split()) > 1
             and key in (full.split()[0].casefold(), full.split()[-1].casefold()) and not _TITLE.match(full)}
    if not found:  # "Harriet Okoye", "STATEMENT OF HARRIET OKOYE"
        written = re.compile(rf"\b([A-Z][a-z]+) {re.escape(surname.title())}\b|\b([A-Z]+) {re.escape(surname.upper())}\b")
        found = {f"{given.title()} {surname.title()}" for m in written.finditer(text)
                 if (given := m.group(1) or m.group(2)) and not _TITLE.match(given + " ")
                 and given.casefold() not in _NOT_GIVEN_NAMES}
    return found.pop() if len(found) == 1 else None


def _person_completed(span: Span, taken: set[int]) -> Span:
    """A person's name the NER cut after its first word ("Hannah" of "Hannah Richter and Zhou
    Yiming"): a capitalised proper noun right after it, on its line and in no other name, ends it."""
    doc = span.doc
    end = span.end
    if end < len(doc) and end not in taken and not doc[end].ent_type_ and doc[end].pos_ == "PROPN" \
            and doc[end].is_alpha and doc[end].is_title and "\n" not in span[-1].whitespace_:
        return doc[span.start : end + 1]
    return span


def _unmarked_full_name(mention: Span, taken: set[int], found: list[Span], names: dict[str, str],
                        completed=lambda span: span, organization=lambda span: False) -> Span | None:
    """The full name of a person named by one word ("Chen is saving for a flat") that the NER
    missed where the story introduced her ("Chen Yuting checks her number ..."): the first place
    before where the word is followed by a capitalised proper noun outside any name. Chinese
    names put the family name first, and a story calls the person by it afterwards. A full name
    that is an organisation's ("Lanxin Credit", "Yueyang Intermediate People's Court": `completed`
    runs it on, `organization` tells) is that organisation."""
    if len(mention) != 1 or any(names.get(s.id_, "").startswith(mention.text + " ") for s in found
                                if s.label_ == "person"):
        return None
    doc = mention.doc
    for token in doc[: mention.start]:
        if token.text != mention.text or token.i in taken or token.ent_type_:
            continue
        given = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if given is not None and given.i not in taken and not given.ent_type_ and given.is_title \
                and given.is_alpha and given.pos_ == "PROPN" and "\n" not in token.whitespace_:
            full = completed(doc[token.i : token.i + 1])
            full = full if len(full) > 1 else doc[token.i : token.i + 2]
            kind, prefix = ("organization", "org") if organization(full) else ("person", "person")
            actor_id = f"{prefix}:{slug(full.text)}"
            names.setdefault(actor_id, full.text)
            return Span(doc, full.start, full.end, label=kind, span_id=actor_id)
    return None


def _is_abbreviation(word: str, name: str) -> bool:
    """ "SAMR" for "State Administration for Market Regulation", "PBoC" for "People's Bank of
    China": two or more letters, mostly capitals, starting with the name's first letter."""
    letters = [c for c in word if c.isalpha()]
    return (len(letters) == len(word) >= 2 and sum(c.isupper() for c in letters) >= 2
            and sum(c.isupper() for c in letters) * 2 > len(letters) and word[0] == name[:1])


def _abbreviations(mentions: list[Span], names: dict[str, str]) -> dict[str, Span]:
    """Abbreviations a document introduces in brackets after a name ("the General
    Administration of Customs (GACC)"), each with the mention of the name it stands for."""
    found: dict[str, Span] = {}
    for span in mentions:
        doc = span.doc
        if span.end + 2 < len(doc) and doc[span.end].text == "(" and doc[span.end + 2].text == ")" \
                and span.label_ != "person":
            word = doc[span.end + 1].text
            if _is_abbreviation(word, names.get(span.id_, span.text)) and span.text != word:
                found.setdefault(word, span)
    return found


def _with_abbreviations(doc: Doc, mentions: list[Span], names: dict[str, str]) -> list[Span]:
    """Every later use of a bracketed abbreviation is the actor it was introduced for: the
    NER's own entity for it ("org:samr") takes the full name's id, and a bare use the NER
    missed becomes a mention."""
    abbreviations = _abbreviations(mentions, names)
    if not abbreviations:
        return mentions
    taken = {i for span in mentions for i in range(span.start, span.end)}
    result = []
    for span in mentions:
        full = abbreviations.get(span.text)
        # only the NER's guesses ("org:samr") are renamed: a gazetteer actor keeps its id
        if full is not None and span.start > full.start and ":" in span.id_:
            span = Span(doc, span.start, span.end, label=full.label_, span_id=full.id_)
        result.append(span)
    for token in doc:
        full = abbreviations.get(token.text)
        if full is not None and token.i not in taken and token.i > full.end:
            result.append(Span(doc, token.i, token.i + 1, label=full.label_, span_id=full.id_))
    used = {span.id_ for span in result}
    for actor_id in [a for a in names if a not in used and ":" in a]:
        del names[actor_id]
    return sorted(result, key=lambda s: (s.start, s.end))


@Language.factory("sckb_actors", default_config={"actors_path": None, "use_ner": True, "names_path": None})
def make_actor_finder(nlp: Language, name: str, actors_path: str | None, use_ner: bool, names_path: str | None):
    """Config: `actors_path` the gazetteer, `names_path` the vocabulary of names and
    descriptions (default corpus/vocab/relations.yaml)."""
    from extract.settings import Settings
    from extract.vocab import load_vocab

    path = actors_path or Settings.from_env().vocab_file("actors.yaml")
    rules = NameRules.from_vocab(load_vocab("relations", names_path))
    return ActorFinder(nlp, Gazetteer.load(path), use_ner=use_ner, rules=rules)


def actor_of(span: Span) -> tuple[str, str]:
    """(id, canonical name) of an actor mention from doc.spans["actors"]."""
    names = span.doc._.actor_names or {}
    return span.id_, names.get(span.id_, clean_entity_name(span.text))


def actors_in(span: Span) -> list[Span]:
    """The actor mentions inside `span` (a sentence, a noun phrase...), in order."""
    starts, mentions = _mentions_by_start(span.doc)
    first = bisect.bisect_left(starts, span.start)
    return [a for a in mentions[first : bisect.bisect_left(starts, span.end)] if a.end <= span.end]


def _mentions_by_start(doc: Doc) -> tuple[list[int], list[Span]]:
    """The doc's actor mentions sorted by start, with their starts, made once per state of the
    span group: a span group makes new Span objects each time it is read."""
    group = doc.spans.get(SPANS_KEY, [])
    key = ("sckb_mentions_by_start", len(group))
    if key not in doc.user_data:
        mentions = sorted(group, key=lambda s: (s.start, s.end))
        doc.user_data[key] = ([m.start for m in mentions], mentions)
    return doc.user_data[key]


def speaker_at(doc: Doc, position: int) -> Span | None:
    """The actor whose turn holds the character at `position`: the actor mention its label
    names (none when the actor finder found no actor there, as for "Q"); an interview's
    answer is its interviewee's."""
    turn = turn_at(doc, position)
    return None if turn is None else _turn_speaker(doc, turn, doc.spans.get(SPANS_KEY, []))


def _turn_speaker(doc: Doc, turn: Turn, mentions: list[Span]) -> Span | None:
    if is_answer(turn):
        key = (_INTERVIEWEE_KEY, len(mentions))  # found once per Doc and list of mentions
        if key not in doc.user_data:
            doc.user_data[key] = interviewee(doc, mentions)
        return doc.user_data[key]
    return next((span for span in mentions if span.start_char == turn.name_start and span.end_char == turn.name_end),
                None)


def interviewee(doc: Doc, mentions: list[Span]) -> Span | None:
    """Who answers an interview's questions: the person its title and opening (the text before
    the first turn) name most often, the document's authors aside; the first named on a tie. None
    when the opening says nothing of an interview (`INTERVIEW_CUE`: a FAQ answers for its
    author) or names no one."""
    turns = turns_of(doc)
    opening = turns[0].name_start if turns else 0
    if not INTERVIEW_CUE.search(doc.text[:opening]):
        return None
    authors = {name.casefold() for name in doc._.authors or []}
    names = doc._.actor_names or {}
    people = [m for m in mentions if m.label_ == "person" and m.end_char <= opening
              and names.get(m.id_, m.text).casefold() not in authors and m.text.casefold() not in authors]
    if not people:
        return None
    counts = Counter(m.id_ for m in people)
    return next(m for m in people if counts[m.id_] == max(counts.values()))
