"""Whom a claim is about: the actor a figure, a date, a perk or a penalty belongs to.

Public API (used by the figure, date, perk and penalty components):

- `court_list(subject, anchor)`: a court's count in a sentence about its blacklist is the list's;
  `speaks_of_blacklists(doc)`: whether a text names or speaks of a blacklist anywhere;
  `speaks_of_schemes(sent)`: whether a sentence speaks of scores, points, lists or debtors.
- `fined_party(anchor, verbs) -> Subject | None`: an amount a verb of fining levies is the fined
  party's ("the central bank fined Tenpay, Tencent's payments subsidiary, 2.99 billion yuan", "the
  court fined him 50,000 yuan": Tenpay's, the debtor's), not the fining body's.
- `judged_party(anchor, nouns) -> Subject | None`: the amount of a judgment is the debt of the party
  it is given against ("a supplier won a judgment against him for 2.3 million yuan": his), not the
  creditor's.
- `subject_of(anchor, fallback=True) -> Subject | None`: the actor that the words around
  `anchor` (the token carrying the claim: a counted noun, an event verb) are about.
- `actor_of_phrase(token) -> Span | None`: the actor a noun phrase names or belongs to
  ("Alipay", "Alipay's rating system, Sesame Credit", "users of the Alibaba platform").
- `resolve_pronoun(token) -> Span | None`: the actor "it", "its", "they", "which" stands for;
  `writers_own(noun)`: whether a "my" or an "our" that stands for no body owns it ("38% of our
  bookings" in a personal blog post: a figure of no actor's, not the company the text is about);
  `body_of_we(token)`: the body an "our" stands for (a quoted speaker's employer, a report's author).
- `main_actor(sent) -> Span | None`: the actor a sentence is mainly about;
  `previous_main_actor(sent)`: that of the sentences before it in its paragraph.
- `Subject`: the answer, with the rule that found it (`how`) and a confidence.
- helpers: `actor_at(token)` (the actor mention covering a token), `antecedent(clause)` (what
  a relative clause refers to), `same_paragraph(a, b)` (no blank line, nor a numbered section's heading
  such as "2. Three schemes", between two sentences: a brief's section about one scheme is a passage of
  its own),
  `phrase_head(actor)`, `is_argument(actor)`, `is_speaker(actor)`, `topic_system(anchor)`
  (also used to describe candidates in extract/subject_candidates.py).

The rules, in order (the first that names an actor wins):
0. a stake is about its holder, not the company held ("Tencent holds an 8 percent stake in
   Baihang Credit", "Baihang is 36% owned by NIFA", "a venture in which NIFA holds 36 percent",
   "Huarong Digital holds 71 per cent of Qilin Pay", "owned by Beijing Financial Holdings with 35%");
1. inside the claim's own phrase: possessor, compound, appositive, "of"/"by" phrase, the
   agent of a participle ("Alipay's 450 million users", "450 million Alipay users", "users of
   the Alibaba platform", "two press releases published by the NDRC"), the actor a share is given
   "for" ("against 41 per cent for Baihang Credit"); a partitive ("one of
   the eight companies") stops here: the clause is about one member, not the set. A noun in
   apposition to an actor is that actor ("Baihang Credit, a Shenzhen-based bureau"), and a
   definite description stands for the actor an appositive described with its noun ("the
   bureau" after that), and a noun of rules the last law named ("The new rules require registered
   capital of at least 30 million yuan" after "the Measures for ..."); a count of those a body
   licensed or picked is the body's ("one of eight scorers the People's Bank of China approved",
   "selected Xiamen as one of 12 model cities");
   a count of those put on a named list, on it or taken off it is the list's, not its keeper's
   ("SAMR put 1.37 million firms on its list of seriously illegal and dishonest enterprises"; "the court
   removed 61,000 debtors" with no list in its clause: the blacklist the text named before);
   a place's scheme is the scheme the text names after it ("Weinan's scheme" after the Weinan
   Trust Score), and "the court's list" is the courts' blacklist; a phrase that names only an owner's
   scheme names that scheme when the text gives it a name ("Jinhu launched its scheme in March 2018"
   after "Jinhu Honesty Points": what is launched is Jinhu Honesty Points, not Jinhu); an owner's
   name the parser made the head of the phrase names the actor it owns ("The SAMR's list of
   seriously illegal and dishonest enterprises held 1.07 million firms": the list; "The People's Bank of
   China's Credit Reference Center holds files on 1.16 billion people": the centre, whatever possessive
   inside the owner's name the parser read);
2. up the dependency tree: the subject of each governing verb ("Alipay has 450 million
   users"; "the scheme" is the scheme the passage is about, not its operator: "The scheme, operated
   by the Wuxi Public Credit Information Center, has 4.1 million users"; a place acting on the scheme
   the text names for it is that scheme: "Weihai launched its Seagull Score and had enrolled 1.9
   million residents", "the city announced that it would revise the scheme", not "Suzhou has 12.7
   million residents" nor "the city signed an agreement with Alipay": `doers_scheme`, which
   extract/dates.py also applies), a passive agent, the antecedent of a relative clause
   ("Zhenai.com, which has ...";
   a relative clause after an appositive refers to the appositive's anchor: in "Alipay, a
   division of Alibaba, which counts 520 million users" it is Alipay; a second one coordinated with
   the first to the same: "Sesame Credit, which Ant developed and which claims 500 million users"), a noun that the claim
   is attached to ("Alipay, with 450 million users, ..."), but not an actor the claim's count is
   coordinated with ("set up by NIFA and eight private firms": NIFA's fellows; the bureau's);
3. pronouns: a possessive in a fronted phrase points forward to the main subject ("Since its
   introduction in 2015, Sesame Credit ..."), one inside a clause to that clause's subject
   ("Suining had established its own system"; in a coordinated clause with no actor for
   subject, the first clause's: "Sesame Credit rates users, but it has stopped ..."), "it"
   reported by a singular noun to that noun ("a court announced that it would pay"; a body named with its
   Chinese original in brackets, which the parser heads the phrase with, is one: "The Pingqiao District
   People's Court (平桥区人民法院) said on its Weibo account that it had ..."); none
   when it stands for a thing or people ("A listing lasts two years; it can be extended",
   "shows users ... their phone"); "they" never for a body named by a singular common noun ("According
   to the provincial commission, they will apply to ...": the Measures of the sentence before); otherwise back to the nearest subject, else actor, before
   it in the sentence (not a place that sets its clause's scene: "In China it has been ..."),
   then to the main actor of the previous sentences of the paragraph; an object "it" never to its
   verb's subject, nor to the subject its verb shares with the verb before ("Tencent developed a
   score, Tencent Credit, but froze it": the other actor named before it); "we"/"our" inside a quotation
   to the body the quoted speaker speaks for ('"Our platform serves 300 million people," Ant Group chief
   executive Eric Jing said'; none for a private person's "our family"); outside one, the body that wrote
   the text (its author, a release's issuer, else the filer a filing defines as its "we" or as "the Company":
   'references in this annual report to "we" ... refer to Huaxin DigiTech Inc.'); in a call's transcript, an
   executive's "we" is the company whose call it is (listed among its "Company Participants"), and so is
   a figure an executive gives no one ("Total revenues for the quarter were RMB1.28 billion");
3b. a clause with no actor that an official document frames states its provision ("Under them
   (the Measures) a firm can apply to leave a blacklist after three months");
4. fallback: the nearest actor before the anchor in the sentence that is a participant of
   its clause (a subject, an object, a "by" agent; not a modifier such as "visas to
   Luxembourg", not a speaker: "an NDRC spokesman said ...", "a report by the Chamber
   estimates ..."; not whose count the clause is given by: "By the office's count, 912,000 residents
   had a score"): "the Asian colossus (China) has 1.4 billion inhabitants"; else the one
   owner the sentence names ("... sat on Ant's own balance sheet"); else the scheme the
   passage is about (`scoring_system`, without the topic, and neither it nor the previous sentences'
   subject a platform a text about a law names less often than the law; named in the sentences before only with
   `scheme_look_back`, which the figures give only a sentence that `speaks_of_schemes`: "Payment
   services 3,950.2 3,761.4" under a line about the company's score is a row of its accounts, not
   the score's), else the subject of the previous
   sentences of the paragraph (a place there, in a sentence that speaks of schemes, is the scheme the
   text names for it: "In 2016 the city added red and black lists. Residents scoring 1,050 points or
   more ..." are the Qiaolin Credit Points'), else the body that wrote the text about itself (a company's own
   report: its name among the document's authors, named at least half as often as the actor the
   text names most; it is also the text's "we"). A figure with none of these and no scheme is the
   law's the text is about (`law_of_text`: a law firm's alert on a regulation; a news report that names
   the regulation once and then calls it "the rules", "the new rules", "the draft" or "the guideline"), or
   rather the law its passage cites (`law_of_passage`: "Under the Regulation on ..., the bureau must reply
   within 20 days"), else the company's it is about (`company_of_text`: a broker's note on its results);
   a scheme that is only the text's topic, named less often than its law, gives way to the law
   (`law_outweighs`: "a step in building the social credit system" in a report on a guideline).
   A count of the people a verb of sanctioning acts on ("13.49 million people had been barred from
   buying plane tickets", metrics.yaml `sanction_verbs`) takes no actor from the sentences before
   ("Tencent holds 36%." was about another matter): only a scheme or list.
Scoring systems (`scoring_system`) also come from the text: the blacklist the people a perk or
penalty happens to are on ("a person on the list cannot get a Sesame score above 550"), a
score that is a name ("Tencent's WeChat Pay Score": the score, not its owner), an owner's score
that the text has named ("Tencent's score" after WeChat Pay Score), a name a score is in
apposition to ("Baiyun Credit, the JD.com score that runs from 0 to 100"), an actor that
scores people ("Rongcheng, ..., which began scoring its residents"; "The State Taxation Administration
sorts taxpayers into five grades"; "The General Administration of Customs rates importers ...", the verb
misread as a noun; "Customs runs the most developed rating", a rating with no name of its own) or owns a scheme
("Rongcheng's scheme"), a place's named scheme ("in Weihai" after "Weihai's Seagull Score"; a place's scheme is one
named after it, owned by it or launched by it: "Fuzhou rolled out the Jasmine Score"), a score's own name before the
score noun ("JD.com's Xiaobai Credit score": Xiaobai Credit, not JD.com), a list "of" debtors or of the
dishonest ("the courts' list of defaulters": the courts' blacklist; not one that points put people on),
a named blacklist mentioned before ("the list"; a name headed by "List of" the dishonest is one:
"the Hubei List of Seriously Dishonest Firms"), or the one its keeper's possessive stands for (the
Supreme People's Court's "its blacklist": the List of Dishonest Judgment Debtors), the previous
sentences of the paragraph, and, last, the text's topic: the scoring system named at least
twice and twice as often as any other before the claim, or the only one named so far (not
after a sentence about scores in general). After the topic, a city the sentence sets its scores or points in, with no
scheme named for it, stands for its unnamed scheme ("In Rongcheng, residents start with 1,000 points",
"In the city of Rongcheng, ...", "Xiamen residents with a score above ...", "residents of Fuzhou"; not the country, not a place that
locates another, not in a sentence about a court's list or debtors: `_scene_places`). For a figure that is not a blacklist's own count
(blocked trips, listed people) and whose sentence speaks neither of a list nor of debtors, a named
blacklist is no topic: a blacklist has no scores, thresholds or amounts of its own ("Scores above
1,050 earn an AAA rating" in a thread on a city's points that named the court list once); and an unnamed
list a number of points puts people on is the points scheme's lowest grade ("Residents who fall below 600
points are ... placed on the city's list of dishonest persons": the scheme the text is about, there and in the
sentences after).
Outlets are never subjects ("Business Insider reports ...", "a survey by Yesky.com found ...":
they are credited, see extract/attribution.py), and people are never picked by the positional
rules 3-4: in this corpus they are the sources that report claims, not what claims are about.
"""
from __future__ import annotations

from collections import Counter

import os
import re
from dataclasses import dataclass
from functools import lru_cache, wraps

from spacy.tokens import Doc, Span, Token

from extract.actors import (CORPORATE_SELF, SPANS_KEY, TITLED_AFTER_KEY, Gazetteer, actor_of, clean_entity_name,
                            author_id, filer_id, is_description, paragraph_of, slug, speaker_at)
from extract.datelines import dateline_at, datelines
from extract.numbers import doc_text
from extract.settings import Settings
from extract.turns import participants
from extract.vocab import load_vocab

SUBJECT_DEPS = ("nsubj", "nsubjpass")
RELATIVE_PRONOUNS = {"which", "that", "who", "whom", "whose"}
PRONOUNS = {"it", "its", "they", "their", "them", "itself"}
#: Pronouns that stand for a person: resolved to the nearest person before them.
PERSONAL_PRONOUNS = {"he", "him", "his", "himself", "she", "her", "hers", "herself"}
#: The writer and the reader: never an actor ("I opened the service").
FIRST_PERSON = {"i", "me", "my", "mine", "we", "us", "our", "you", "your"}
#: The first-person pronouns that stand for whoever speaks ("you" is the listener).
SPEAKER_PRONOUNS = {"i", "me", "my", "mine", "we", "us", "our"}
#: The pronouns by which a body that wrote a document speaks of itself outside any quotation.
CORPORATE_WE = {"we", "us", "our", "ours"}
#: Verbs that give a person's name: "a man surnamed Zhu", "a student named Li".
NAMING_VERBS = {"surname", "name", "call", "nickname"}
#: Prepositions that tie a thing to the platform it is on: "3,000 hotels on Fliggy".
PLATFORM_PREPS = {"on"}
#: The head words of a list: "the Nanhu Dishonest Persons List", "the court's list" (the courts'
#: blacklist, not the court).
LIST_NOUNS = {"list", "lists", "blacklist", "blacklists"}
#: Determiners that make a description definite: "the project", "this system", "its app".
DEFINITE = {"the", "this", "that", "these", "those"}
#: Actor types that the positional rules never pick: they report claims, they are not their topic.
SOURCE_TYPES = {"outlet", "person"}
#: Confidence of each rule, from most to least direct.
CONFIDENCE = {
    "phrase": 0.9,
    "stake": 0.85,
    "fined": 0.8,
    "judged": 0.8,
    "licensor": 0.8,
    "listed": 0.8,
    "nsubj": 0.85,
    "agent": 0.8,
    "provision": 0.7,
    "attached": 0.8,
    "relative-clause": 0.75,
    "cataphora": 0.75,
    "pronoun": 0.6,
    "speaker": 0.6,
    "author": 0.6,
    "law": 0.4,
    "company": 0.35,

    "sentence": 0.5,
    "previous-sentence": 0.4,
    "score": 0.8,
    "grantor": 0.8,
    "scoring-sentence": 0.6,
    "blacklist": 0.5,
    "place-scheme": 0.5,
    "scene-place": 0.45,
    "topic": 0.35,
}
#: How many sentences back the previous-sentence rule looks, within the paragraph.
LOOK_BACK = 2
#: How many sentences back a personal pronoun ("he", "her") looks for its person, across paragraphs.
PERSON_LOOK_BACK = 5


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


def _cache_key(doc: Doc, name: str) -> tuple:
    """The doc.user_data key of the answers of the rule `name`: they stay valid while the doc's
    actor mentions stay the same (rules ask the same of a sentence for every claim in it)."""
    return name, len(doc.spans.get(SPANS_KEY, []))


def _per_doc(rule):
    """`rule(doc)`, computed once per doc (see `_cache_key`)."""
    @wraps(rule)
    def remembered(doc: Doc):
        key = _cache_key(doc, f"sckb_{rule.__name__}")
        if key not in doc.user_data:
            doc.user_data[key] = rule(doc)
        return doc.user_data[key]
    return remembered


def _per_span(rule):
    """`rule(span)`, computed once per span of a doc (see `_cache_key`)."""
    @wraps(rule)
    def remembered(span: Span):
        doc = span.doc
        answers = doc.user_data.setdefault(_cache_key(doc, f"sckb_{rule.__name__}"), {})
        bounds = (span.start, span.end)
        if bounds not in answers:
            answers[bounds] = rule(span)
        return answers[bounds]
    return remembered


@_per_doc
def actor_mentions(doc: Doc) -> list[Span]:
    """The doc's actor mentions (doc.spans["actors"]), in order, but for the place of a dateline
    ("HANGZHOU, March 4, 2024 /PRNewswire/ --", "BEIJING (Reuters) -"): where a story was filed
    is no claim's subject. A span group makes new Span objects each time it is read, and the
    rules read it for every claim."""
    return [m for m in doc.spans.get(SPANS_KEY, []) if not _is_dateline(m)]


def _is_dateline(mention: Span) -> bool:
    dateline = dateline_at(mention.doc, mention.start_char)
    return mention.label_ == "place" and dateline is not None and dateline.in_place(mention.start_char, mention.end_char)


def _index(doc: Doc) -> dict[int, Span]:
    """Token index -> the actor mention covering it (cached on the doc)."""
    key = ("sckb_actor_index", len(doc.spans.get(SPANS_KEY, [])))
    index = doc.user_data.get(key)
    if index is None:
        index = {i: span for span in actor_mentions(doc) for i in range(span.start, span.end)}
        doc.user_data[key] = index
    return index


def actor_at(token: Token, descriptions: bool = True) -> Span | None:
    """The actor mention that covers `token`, if any; with `descriptions=False`, only a name
    (not "the court", see extract/actors.py). A lower-case alias after "a" names a kind of
    thing, not the actor ("The Henan government has built a social credit system")."""
    span = _index(token.doc).get(token.i)
    if span is not None and (_is_generic(span) or not descriptions and is_description(span)):
        return None
    return span


def _is_generic(span: Span) -> bool:
    doc = span.doc
    lower = not any(c.isupper() for c in span.text)
    return lower and span.start > 0 and doc[span.start - 1].lower_ in ("a", "an", "any", "every", "each")


# -- what the vocabulary says a mention stands for ------------------------------------------------


@lru_cache(maxsize=4)
def _mentions_vocab(path: str) -> dict:
    vocab = load_vocab("relations", path) or {}
    return {
        "descriptions": {k.lower(): set(v.get("types", []) if isinstance(v, dict) else v)
                         for k, v in (vocab.get("descriptions") or {}).items()},
        "description_kinds": {k.lower(): types[0] for k, v in (vocab.get("descriptions") or {}).items()
                              if (types := v.get("types", []) if isinstance(v, dict) else v)},
        "metonyms": {k.lower(): v for k, v in (vocab.get("metonyms") or {}).items()},
        "institutions": {k.lower(): v for k, v in (vocab.get("place_institutions") or {}).items()},
        "owned_things": {w.lower() for w in (vocab.get("names") or {}).get("owned_things") or []},
        "law_references": {w.lower() for w in (vocab.get("names") or {}).get("law_references") or []},
        "field_country": {w.lower() for w in vocab.get("field_country") or []},
        "stake_verbs": {w.lower() for w in (vocab.get("stakes") or {}).get("verbs") or []},
        "stake_nouns": {w.lower() for w in (vocab.get("stakes") or {}).get("nouns") or []},
        "owning_participles": {w.lower() for w, v in (vocab.get("participles") or {}).items()
                               if isinstance(v, dict) and v.get("predicate") == "owned_by"},
        # verbs of licensing or selecting: "approve", "license", "pick", "licensed (by)"
        "licensing": {w.lower() for section in ("verbs", "participles") for w, v in (vocab.get(section) or {}).items()
                      if isinstance(v, dict) and v.get("predicate") == "licensed_by" and " " not in w},
    }


def mentions_vocab() -> dict:
    """descriptions, metonyms, place institutions, owned things and stakes (corpus/vocab/relations.yaml)."""
    return _mentions_vocab(configured_vocab_file("vocab/relations.yaml"))


def configured_vocab_file(name: str) -> str:
    """The settings' vocabulary file `name`. Rules ask per token: reading the settings each time is slow."""
    return _configured_vocab_file(name, os.environ.get("SCKB_VOCAB_DIR"))


@lru_cache(maxsize=16)
def _configured_vocab_file(name: str, vocab_dir: str | None) -> str:
    return str(Settings.from_env().vocab_file(name))


@lru_cache(maxsize=4)
def _gazetteer(path: str) -> Gazetteer:
    return Gazetteer.load(path)


#: doc.user_data key of the gazetteer file the pipeline's actor finder reads.
GAZETTEER_KEY = "sckb_actors_path"


def pipeline_gazetteer_path(nlp) -> str | None:
    """The gazetteer the pipeline's `sckb_actors` reads (a corpus's own actors.yaml, say)."""
    try:
        return nlp.get_pipe_config("sckb_actors").get("actors_path")
    except KeyError:
        return None


def use_gazetteer(doc: Doc, path: str | None) -> None:
    """Make the subject rules look names up in the gazetteer the doc's actors came from."""
    if path:
        doc.user_data[GAZETTEER_KEY] = str(path)


def gazetteer_of(doc: Doc) -> Gazetteer:
    """The gazetteer of the doc's pipeline, else the configured one."""
    return _gazetteer(doc.user_data.get(GAZETTEER_KEY) or configured_vocab_file("actors.yaml"))


def _new_actor(doc: Doc, start: int, end: int, actor_id: str, name: str, label: str) -> Span:
    """A mention of an actor the text names indirectly ("Beijing" for the government)."""
    names = doc._.actor_names if doc._.actor_names is not None else {}
    names.setdefault(actor_id, name)
    doc._.actor_names = names
    return Span(doc, start, end, label=label, span_id=actor_id)


def _metonym(span: Span, token: Token) -> Span:
    """ "In 2015, Beijing authorized ...": a capital as the doer stands for its government."""
    doing = token.dep_ == "nsubj" or token.dep_ == "pobj" and token.head.dep_ == "agent"
    target = mentions_vocab()["metonyms"].get(span.text.lower()) if span.label_ == "place" and doing else None
    actor = gazetteer_of(span.doc).get(target) if target else None
    if actor is None:
        return span
    return _new_actor(span.doc, span.start, span.end, actor.id, actor.name, actor.type)


def institution(token: Token) -> Span | None:
    """ "The Henan government", "the Hangzhou health commission", "the Jiangsu provincial
    government": a place in the modifiers of an institution noun names the institution, not
    the place."""
    label = mentions_vocab()["institutions"].get(token.lemma_.lower())
    found = actor_at(token)
    if label is not None and found is not None and found.label_ == label and token.i == found.end - 1:
        return found  # the actor finder named it already (extract/actors.py, a place's institution)
    modifiers = [t for c in token.lefts if c.dep_ in ("compound", "amod", "nmod") for t in c.subtree]
    place = next((actor_at(c) for c in modifiers if c.pos_ == "PROPN" and actor_at(c) is not None), None)
    if label is None or place is None or place.label_ != "place":
        return None
    name = clean_entity_name(token.doc[place.start : token.i + 1].text)
    return _new_actor(token.doc, place.start, token.i + 1, f"{label}:{slug(name)}", name, label)


def _named_person(token: Token) -> Span | None:
    """ "a 72-year-old Suzhou man surnamed Zhu": the name the naming verb gives."""
    for clause in token.children:
        if clause.dep_ == "acl" and clause.lemma_.lower() in NAMING_VERBS:
            for name in clause.children:
                if name.dep_ in ("oprd", "attr", "dobj", "npadvmod") and (found := actor_at(name)) is not None:
                    return found
    return None


#: The word that makes an age a noun for a person: "the 54-year-old".
AGE_NOUN = "old"


def _aged_person(token: Token) -> Span | None:
    """ "Liu Baoshan runs a shop. The 54-year-old was blacklisted", "The 67-year-old retired
    schoolteacher prints it out": an age used as a noun, or before the noun it describes, with a
    definite determiner, stands for the person named before it (`token` is the age or its number)."""
    # the number ("67"), its "year", the age itself or the noun it describes
    ages = (token, token.head, token.head.head, *(c for c in token.children if c.dep_ == "amod"))
    age = next((t for t in ages if t.lower_ == AGE_NOUN), None)
    if age is None or age.pos_ not in ("NOUN", "ADJ"):
        return None
    described = age.head if age.dep_ == "amod" and age.head.i > age.i else None
    if not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in [*age.children, *(described.children if described is not None else ())]):
        return None
    return _person_before(age)


def description_antecedent(token: Token) -> Span | None:
    """ "the project", "this system", "the company": the last actor of the description's
    types mentioned before it (relations.yaml, `descriptions`)."""
    span = _index(token.doc).get(token.i)
    if span is not None and is_description(span):  # resolved by the actor finder
        return span
    types = mentions_vocab()["descriptions"].get(token.lemma_.lower())
    determiners = {c.lower_ for c in token.children if c.dep_ == "det"}
    if not determiners & DEFINITE or any(c.dep_ == "nummod" for c in token.children):
        return None  # "its own system" is a new one; "the eight companies" a set
    if (found := _named_with_head(token)) is not None:
        return found
    if token.tag_ in ("NNS", "NNPS"):
        return None  # "the companies": a set
    if (found := _described_as(token)) is not None:
        return found
    if not types:
        return None
    start = token.left_edge.i
    before = [a for a in actor_mentions(token.doc) if a.end <= start and a.label_ in types
              and not _is_generic(a)]
    return before[-1] if before else None


def _described_as(token: Token) -> Span | None:
    """ "Baihang Credit, a Shenzhen-based bureau, ... The bureau has signed ...", "Weishang Mall
    is a shopping app. The platform has ...": the last actor before that an appositive or a
    copula described with a noun of the same kind (relations.yaml `descriptions`, the first type
    given). Whatever the NER took it for, an actor described as a thing is no person."""
    kind = _description_kind(token)
    before = [a for a in actor_mentions(token.doc) if a.end <= token.left_edge.i and not is_description(a)
              and a.label_ != "outlet" and any(_description_kind(noun) == kind for noun in _descriptive_nouns(a))]
    described = before[-1] if before else None
    if described is not None and described.label_ == "person":
        return Span(described.doc, described.start, described.end, label="", span_id=described.id_)
    return described


def _description_kind(noun: Token) -> str:
    """What a description noun says its actor is: the first type relations.yaml `descriptions`
    gives it ("app" and "platform" are platforms), else the noun itself ("bureau")."""
    lemma = noun.lemma_.lower()
    return mentions_vocab()["description_kinds"].get(lemma) or lemma


def _descriptive_nouns(actor: Span) -> list[Token]:
    """The nouns that say what an actor is: its appositive ("Baihang Credit, a bureau"), the noun it
    is in apposition to ("its credit assessment platform, Qingfeng Score, serves ...", which the
    parser may read as two subjects) or the attribute of the copula it is the subject of
    ("Weishang Mall is a shopping app")."""
    root, doc = actor.root, actor.doc
    nouns = [c for c in root.children if c.dep_ == "appos"]
    before = doc[actor.start - 2] if actor.start >= 2 and doc[actor.start - 1].text == "," else None
    if before is not None and before.pos_ == "NOUN" and actor_at(before) is None \
            and (before.dep_ == root.dep_ and before.head.i == root.head.i or root.dep_ == "appos" and root.head.i == before.i):
        nouns.append(before)
    if root.dep_ == "nsubj" and root.head.lemma_ == "be":
        nouns += [c for c in root.head.children if c.dep_ == "attr" and c.pos_ == "NOUN"]
    return nouns


def _named_with_head(token: Token) -> Span | None:
    """ "the Jiangbei Credit Repair Rules ... The rules contain 26 articles", "the Measures for
    ... These Measures take effect": a definite noun that is the head word of a name the text
    gave before stands for the last actor so named (in the same number); a noun of rules ("the new
    rules", "the draft": relations.yaml `law_references`) for the last law named ("the Measures for ...
    published on Friday ... Under the new rules, ...")."""
    before = [a for a in actor_mentions(token.doc) if a.end <= token.left_edge.i and len(a) > 1
              and not is_description(a) and not _is_source(a) and _called_by(a, token)]
    return before[-1] if before else None


def _called_by(actor: Span, noun: Token) -> bool:
    """Whether a definite `noun` may stand for `actor`: the head word of its name, or a noun of rules
    for a law."""
    if actor.label_ == "law" and noun.lower_ in mentions_vocab()["law_references"]:
        return True
    return actor.root.lower_ == noun.lower_ and actor.root.text[:1].isupper()


def _owner(thing: Token) -> Span | None:
    """ "Ant Group's initial public offering": the company whose offering, listing or licence
    it is (relations.yaml `names.owned_things`), so a claim on the thing is about the owner."""
    if thing.lemma_.lower() not in mentions_vocab()["owned_things"]:
        return None
    owner = next((c for c in thing.children if c.dep_ == "poss"), None)
    if owner is None:
        return None
    return _actor_meant(owner)


def _is_appositive(child: Token) -> bool:
    """An appositive, or names the parser read as a conjunction of a plural common noun right
    after its comma ("its credit businesses, Huabei and Jiebei, had lent ...")."""
    if child.dep_ == "appos":
        return True
    head = child.head
    return child.dep_ == "conj" and child.pos_ == "PROPN" and head.pos_ == "NOUN" and head.tag_ == "NNS" \
        and child.i == head.i + 2 and child.nbor(-1).text == ","


def _is_source(actor: Span) -> bool:
    return actor.label_ in SOURCE_TYPES


def actor_of_phrase(token: Token, depth: int = 0, appositive: bool = True, owners: bool = True) -> Span | None:
    """The actor the noun phrase headed by `token` names, or the actor it belongs to.

    `appositive=False` ignores appositives: after a counted noun they name members, not the
    owner ("eight companies, among them Ant Financial"). `owners=False` ignores possessors and
    "of"/"by" phrases: only an actor that names the thing itself counts ("the PRC's new law"
    is not the PRC)."""
    found = actor_at(token, descriptions=False)
    if found is not None:
        return _named_after_owner(found, token) or _metonym(found, token)
    if depth > 2:
        return None
    if (found := _named_person(token) or _aged_person(token)) is not None:
        return found
    if token.dep_ == "appos" and (found := actor_at(token.head, descriptions=False)) is not None:
        return found  # "Baihang Credit, a Shenzhen-based bureau": the bureau is Baihang Credit
    children = list(token.children)
    for child in children:  # "Alipay's rating system, Sesame Credit": the appositive names it
        if appositive and _is_appositive(child) and (found := actor_of_phrase(child, depth + 1)):
            return found
    if (found := institution(token)) is not None:
        return found
    if is_score(token) and (found := named_system(token)) is not None:  # "a social credit score"
        return found
    for child in children:  # "Alipay users", "its Sesame Credit rating system"
        if child.dep_ in ("compound", "nmod") and (found := actor_at(child)):
            return found
    if not owners:
        return _owners_named_scheme(token) or description_antecedent(token)
    for child in children:  # "Alipay's 450 million users", "its users"
        if child.dep_ == "poss":
            pronoun = child.lower_ in PRONOUNS | PERSONAL_PRONOUNS
            found = resolve_pronoun(child) if pronoun else body_of_we(child) or actor_of_phrase(child, depth + 1)
            if found is not None:
                return _possessed(token, found, child)
    for child in children:  # "users of the Alibaba platform", "a survey by Yesky.com"
        if child.dep_ == "prep" and child.lower_ in ("of", "by"):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    for candidate in (pobj, *pobj.conjuncts):
                        if found := actor_of_phrase(candidate, depth + 1):
                            return found
    if (found := _share_for(token, depth)) is not None:  # "against 41 per cent for Baihang Credit"
        return found
    for child in children:  # "3,000 hotels on Fliggy", "the deposit on a Hellobike account"
        if child.dep_ == "prep" and child.lower_ in PLATFORM_PREPS:
            for pobj in (c for c in child.children if c.dep_ == "pobj"):
                found = actor_of_phrase(pobj, depth + 1, owners=False)
                if found is not None and found.label_ not in SOURCE_TYPES | {"place"}:
                    return found
    # "two press releases published by the NDRC": their maker; but "the scheme, operated by the city's
    # credit centre" is a scheme, not its operator (`description_antecedent` below)
    maker = token.lemma_.lower() not in scoring_vocab()["system_nouns"]
    for child in children if maker else ():
        if child.dep_ == "acl" and child.tag_ == "VBN":
            for agent in child.children:
                if agent.dep_ == "agent":
                    for pobj in agent.children:
                        if pobj.dep_ == "pobj" and (found := actor_of_phrase(pobj, depth + 1)):
                            return found
    return description_antecedent(token)


def _share_for(share: Token, depth: int) -> Span | None:
    """ "Pudao has 18 per cent of the market, against 41 per cent for Baihang Credit", "compared with 41%
    for Baihang Credit": a share given "for" an actor is that actor's (not a place's: "52 per cent for
    Hangzhou" is of its people, read by the place rules)."""
    if not _is_share(share):
        return None
    for pobj in (g for c in share.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"):
        found = actor_of_phrase(pobj, depth + 1)
        if found is not None and found.label_ not in SOURCE_TYPES | {"place"}:
            return found
    return None


def _named_after_owner(owner: Span, token: Token) -> Span | None:
    """ "The State Administration for Market Regulation's list of seriously illegal and dishonest
    enterprises held 1.07 million firms": when the parser hangs the phrase on the owner's name (its
    possessive word governed by a name right after it), the phrase names what the owner has."""
    doc = owner.doc
    if token.dep_ == "poss" or owner.end + 1 >= len(doc) or doc[owner.end].tag_ != "POS":
        return None
    owned = actor_at(doc[owner.end + 1], descriptions=False)
    if owned is None or owned.start != owner.end + 1:
        return None
    # "The People's Bank of China's Credit Reference Center holds ...": any possessive word of the owner's
    # name ("China's", not the "People's" inside it) that the owned name governs
    return owned if any(t.dep_ == "poss" and owned.start <= t.head.i < owned.end for t in owner) else None


def _owners_named_scheme(noun: Token) -> Span | None:
    """ "Jinhu launched its scheme in March 2018" after "Jinhu Honesty Points": an owner's scheme that
    the text names (`_possessed`) is named by the phrase itself, not only owned; any other thing of
    the owner's names nothing but its owner."""
    for owner_word in (c for c in noun.children if c.dep_ == "poss"):
        owner = _actor_meant(owner_word)
        if owner is not None and (scheme := _possessed(noun, owner, owner_word)).id_ != owner.id_:
            return scheme
    return None


def _actor_meant(token: Token, owners: bool = True) -> Span | None:
    """The actor a noun phrase names (`actor_of_phrase`), or that a pronoun ("it", "its", "them")
    stands for."""
    return resolve_pronoun(token) if token.lower_ in PRONOUNS else actor_of_phrase(token, owners=owners)


def _possessed(noun: Token, owner: Span, word: Token) -> Span:
    """What an owner's noun stands for (the owner's `word`): "Weinan's scheme" is the scheme the
    text names after the place (the Weinan Trust Score), "the court's list" the courts' blacklist;
    anything else of the owner's is the owner's."""
    lemma = noun.lemma_.lower()
    if lemma in scoring_vocab()["system_nouns"] or is_score(noun):
        return _named_scheme_of(owner, word, score=is_score(noun))
    if owner.label_ == "court" and lemma in LIST_NOUNS \
            and (court_list := _gazetteer_actor(noun.doc, word, scoring_vocab()["court_blacklist"])):
        return court_list
    return owner


# -- stakes: a share of a company is about its holder ---------------------------------------------

#: Words of a share: "36 percent", "36%", "roughly a third of Ant".
SHARE_WORDS = {"percent", "%", "per cent", "half", "third", "quarter", "fifth", "tenth"}


def _stake(anchor: Token) -> tuple[Token, Token] | None:
    """(the stake, the word of owning) when `anchor` measures a holding: "an 8 percent stake"
    held, "36% owned by", "holds 35 percent of" (relations.yaml `stakes`, owning participles)."""
    vocab = mentions_vocab()
    stake = anchor
    if anchor.head.lemma_.lower() in vocab["stake_nouns"] and anchor.dep_ in ("compound", "nmod", "amod", "nummod"):
        stake = anchor.head  # "an 8 percent stake"
    verb = anchor  # "raise its stake in X to 11.5 percent from 8 percent": up through "to"/"from" to the verb
    while verb.dep_ in ("pobj", "prep") and (verb.dep_ == "pobj" or verb.lower_ in ("to", "from")) and verb.head != verb:
        verb = verb.head
    if verb is not anchor and verb.pos_ == "VERB" and verb.lemma_.lower() in vocab["stake_verbs"]:
        held = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in vocab["stake_nouns"]), None)
        if held is not None:
            return held, verb
    if (owning := _share_held_with(anchor)) is not None:
        return anchor, owning
    if stake.lemma_.lower() not in vocab["stake_nouns"] and not _is_share(stake):
        return None
    for word in (*(c for c in stake.children if c.dep_ == "acl"), stake.head):
        if word.lower_ in vocab["owning_participles"] and word.tag_ == "VBN":
            return stake, word
        if word.lemma_.lower() in vocab["stake_verbs"] and stake.dep_ == "dobj" and stake.head.i == word.i:
            return stake, word
    return None


def _share_held_with(anchor: Token) -> Token | None:
    """ "owned by Beijing Financial Holdings with 35%": the owning participle a share is given with."""
    owning = anchor.head.head
    if _is_share(anchor) and anchor.dep_ == "pobj" and anchor.head.lower_ == "with" \
            and owning.lower_ in mentions_vocab()["owning_participles"] and owning.tag_ == "VBN":
        return owning
    return None


def _subject_token(verb: Token) -> Token | None:
    """A verb's grammatical subject, a relative pronoun replaced by what it stands for."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is not None and subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        return antecedent(verb)
    return subject


def _holder(stake: Token, owning: Token) -> Span | None:
    """Who holds a stake: the agent of "owned" ("Baihang is 36% owned by NIFA", "Ant, which is 33
    percent owned by Alibaba"), else the subject of the verb of holding ("Tencent holds an 8
    percent stake in Baihang", "Alibaba, which owns roughly a third of Ant", "a company in which
    Ant holds 40 percent"). None when several hold it together ("A and B will each hold 7
    percent", "each of the eight holds 8 percent"): the share is no one actor's."""
    if owning.tag_ == "VBN":
        agents = [g for c in owning.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        return _one_holder(agents[0]) if agents else None
    clause = owning
    # "bought a stake and now holds 9 percent": the first verb's subject
    while clause.dep_ == "conj" and clause.head.i != clause.i \
            and not any(c.dep_ in SUBJECT_DEPS for c in clause.children):
        clause = clause.head
    holder = _subject_token(clause)
    return _one_holder(holder) if holder is not None else None


def _one_holder(holder: Token) -> Span | None:
    """The one actor a holder's words name: not a pair, a partitive or a place."""
    if any(c.dep_ == "conj" for c in holder.children) or holder.lower_ in PARTITIVES:
        return None
    found = _actor_meant(holder)
    return found if found is not None and found.label_ not in SOURCE_TYPES | {"place"} else None


def is_stake(anchor: Token) -> bool:
    """Whether `anchor` measures a holding in a company ("a 9% stake", "holds 36% of Baihang")."""
    return _stake(anchor) is not None


def stake_subject(anchor: Token) -> Subject | None:
    """The holder of a stake: a share of a company is a figure about whoever holds it (the company
    held is the other end of their `owned_by` relation)."""
    stake = _stake(anchor)
    return _subject(_holder(*stake), "stake") if stake is not None else None


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
    of retail giant Alibaba, which counts over 520 million users" the antecedent is Alipay;
    an appositive that is a name is the antecedent itself ("a mini-program on WeChat, the
    “Deadbeat Debtor Map”, which shows ...").
    """
    head = clause.head
    pronoun = _relative_pronoun(clause)
    restrictive = pronoun is None or pronoun.i == 0 or pronoun.nbor(-1).text not in {",", "(", "—", "–", "-"}
    if restrictive:
        return head
    if (name := _appositive_name_before(pronoun)) is not None and head.i in (name.i, name.head.i):
        return name  # hung on the name or on its anchor, not on a noun further back
    node = head
    while node.dep_ != "appos" and node.dep_ in ("pobj", "prep", "compound", "conj", "nmod", "amod"):
        node = node.head
    return node.head if node.dep_ == "appos" else head


def _appositive_name_before(pronoun: Token) -> Token | None:
    """The head of an appositive name that ends right before ", which" (quotes aside)."""
    i = pronoun.i - 2
    while i > pronoun.sent.start and pronoun.doc[i].is_punct:
        i -= 1
    last = pronoun.doc[i]
    name = actor_at(last, descriptions=False)
    if name is None or name.end != i + 1 or name.root.dep_ != "appos":
        return None
    return name.root


#: Dependency labels of the words that are a clause's own participants (not modifiers of a noun).
ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "attr", "dative", "ROOT"}


def is_argument(actor: Span) -> bool:
    """Whether an actor mention is a participant of its clause ("Alibaba users" as an object,
    "developed by China") rather than a modifier of another noun ("visas to Luxembourg",
    "a hospital in Shanghai", "China's most widespread")."""
    node = actor.root
    while node.dep_ in ("compound", "appos", "conj", "nmod") and node.head.i != node.i:
        node = node.head
    if node.dep_ == "pobj":
        return node.head.dep_ == "agent" or (node.head.lower_ == "by" and node.head.head.pos_ == "VERB")
    return node.dep_ in ARGUMENT_DEPS


#: Links inside a noun phrase, from a word up to the phrase's head ("a report published by the
#: Chamber": Chamber -> by -> published -> report).
SPEAKER_PHRASE_DEPS = ("compound", "poss", "nmod", "appos", "pobj", "prep", "agent", "acl")


def is_speaker(actor: Span) -> bool:
    """The subject of a reporting verb that reports a clause ("Ant said ... that"), or what
    names it ("an NDRC spokesman said ...", "a report by the Chamber estimates that ..."): a
    source."""
    node = actor.root
    while node.dep_ in SPEAKER_PHRASE_DEPS and node.head.i != node.i:
        node = node.head
    if node.dep_ != "nsubj":
        return False
    verbs = (node.head, *node.head.conjuncts)  # "the court put the number at 13 million and said ..."
    return any(verb.lemma_.lower() in reporting_verbs() and any(c.dep_ in REPORTED_DEPS for c in verb.children)
               for verb in verbs)


def phrase_head(actor: Span) -> Token:
    """The head of the noun phrase an actor mention is part of ("Alipay" in "Alipay users": users)."""
    node = actor.root
    while node.dep_ in ("compound", "appos", "conj", "nmod", "poss") and node.head.i != node.i:
        node = node.head
    return node


def _nearest_subject_before(pronoun: Token) -> Span | None:
    """ "Sesame Credit rates Alipay users, but since last year it has stopped ...": a pronoun
    subject stands for the nearest subject before it, not for a nearer modifier or object."""
    actors = [a for a in actor_mentions(pronoun.doc) if pronoun.sent.start <= a.start and a.end <= pronoun.i
              and not _is_source(a) and phrase_head(a).dep_ in SUBJECT_DEPS and not is_speaker(a)]
    return actors[-1] if actors else None


def _thing_subject_before(pronoun: Token) -> bool:
    """ "A listing normally lasts two years; ... it can be extended": "it" after a clause whose
    subject is a singular thing that names no actor stands for that thing."""
    if pronoun.lower_ != "it" or pronoun.dep_ not in SUBJECT_DEPS:
        return False
    subjects = [t for t in pronoun.doc[pronoun.sent.start : pronoun.i] if t.dep_ in SUBJECT_DEPS
                and t.tag_ == "NN" and t.lower_ not in PRONOUNS | RELATIVE_PRONOUNS]
    return bool(subjects) and actor_of_phrase(subjects[-1]) is None


def _is_credited(actor: Span) -> bool:
    """ "..., according to the NDRC": the body the writer got a claim from, not what the
    sentence is about (though a pronoun after it may stand for it: "According to Alipay, it has
    ...")."""
    head = phrase_head(actor)
    return head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.i > 0 and head.head.nbor(-1).lower_ == "according"


def _nearest_actor_before(sent: Span, position: int, arguments_only: bool = False) -> Span | None:
    actors = [a for a in actor_mentions(sent.doc) if sent.start <= a.start and a.end <= position]
    actors = [a for a in actors if not _is_source(a) and not _is_counter(a)
              and (not arguments_only or is_argument(a) and not is_speaker(a))]
    return actors[-1] if actors else None


def _is_counter(actor: Span) -> bool:
    """ "By the office's count, 912,000 residents had a score", "according to the estimate of the
    bureau": whose count a clause is given by is credited for it (attribution.yaml `count_nouns`),
    not what it is about."""
    head = actor.root
    noun = head.head if head.dep_ == "poss" else head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None
    if noun is None or noun.lemma_.lower() not in count_nouns() or noun.dep_ != "pobj":
        return False
    return noun.head.lower_ == "by" or noun.head.lower_ == "to" and noun.head.i > 0 and noun.head.nbor(-1).lower_ == "according"


@lru_cache(maxsize=4)
def _count_nouns(path: str) -> frozenset[str]:
    return frozenset(w.lower() for w in (load_vocab("attribution", path) or {}).get("count_nouns", []))


def count_nouns() -> frozenset[str]:
    """The nouns of counting a credit is given by (corpus/vocab/attribution.yaml, `count_nouns`)."""
    return _count_nouns(configured_vocab_file("vocab/attribution.yaml"))


def window_start(sent: Span, sentences: int) -> int:
    """The first token of the `sentences` sentences before `sent` (fewer at the document's start)."""
    doc, start = sent.doc, sent.start
    for _ in range(sentences):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    return start


def same_paragraph(before: Span, after: Span) -> bool:
    """Whether no paragraph break (a blank line, or a numbered section's heading: `paragraph_of`)
    separates two sentences (the parser may attach the break to either)."""
    answers = before.doc.user_data.setdefault(_cache_key(before.doc, "sckb_same_paragraph"), {})
    bounds = (before.start, before.end, after.start, after.end)
    if bounds not in answers:
        answers[bounds] = _no_blank_line(before, after)
    return answers[bounds]


def _no_blank_line(before: Span, after: Span) -> bool:
    region = before.doc[before.start : after.end].text  # not doc.text: spaCy rebuilds it on every call
    gap = region[len(before.text.rstrip()) : len(region) - len(after.text.lstrip())]
    if "\n\n" in gap.replace("\r", ""):
        return False
    paragraph = paragraph_of(before.doc)
    return paragraph(before.start_char) == paragraph(after.end_char - len(after.text.lstrip()))


def previous_main_actor(sent: Span, subjects_only: bool = False) -> Span | None:
    """The main actor of the nearest previous sentence of the paragraph that has one; with
    `subjects_only`, only an actor that is the sentence's main subject."""
    current = sent
    for _ in range(LOOK_BACK):
        if current.start == 0:
            return None
        previous = current.doc[current.start - 1].sent
        if not same_paragraph(previous, current):
            return None
        if (found := main_actor(previous, subjects_only)) is not None:
            return found
        current = previous
    return None


def main_actor(sent: Span, subjects_only: bool = False) -> Span | None:
    """The actor a sentence is mainly about: its main subject's (none when that is several
    actors; what a main subject "it" stands for), else (unless `subjects_only`) its first non-source actor."""
    for child in sent.root.children:
        if child.dep_ in SUBJECT_DEPS and child.lower_ == "it" and sent.root.lemma_ != "be":
            # "It uses data from Alibaba's services": the sentence is about what "it" stands for (the
            # article's topic named before), not about the first actor it names; "It is an incentive
            # system" describes a thing
            if (found := resolve_pronoun(child)) is not None and not _is_source(found):
                return found
        if child.dep_ in SUBJECT_DEPS and child.lower_ not in PRONOUNS:
            found = actor_of_phrase(child)
            if found is not None and _one_of_several(found):
                return None  # "Koala Credit and Pengyuan Credit were among the pilots": about both
            if found is not None and not _is_source(found):
                return found
    if subjects_only:
        return None
    actors = [a for a in actor_mentions(sent.doc) if sent.start <= a.start and a.end <= sent.end]
    actors = [a for a in actors if not _is_source(a) and not _is_credited(a)]
    return actors[0] if actors else None


def _fronted_subject(pronoun: Token) -> Span | None:
    """ "Since its introduction in 2015, Sesame Credit has ...": the clause's subject, when the
    pronoun sits in a phrase placed before it."""
    node = pronoun
    while node.head.i != node.i and node.head.pos_ not in ("VERB", "AUX"):
        node = node.head
    verb = node.head
    if node.i == verb.i or node.dep_ in SUBJECT_DEPS:
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
        clause = ancestor
        while True:
            for child in clause.children:
                if child.dep_ in SUBJECT_DEPS and child.i < pronoun.i and pronoun not in child.subtree:
                    if child.lower_ in RELATIVE_PRONOUNS and clause.dep_ == "relcl":
                        return actor_of_phrase(antecedent(clause))
                    if child.lower_ not in PRONOUNS and (found := actor_of_phrase(child)) is not None:
                        return found
            # "Sesame Credit still rates users, but it has stopped ...", "The group runs Huabei,
            # and lending made up 39 percent of its revenue": a coordinated clause with no actor
            # for subject goes on with the subject of the first
            if clause.dep_ != "conj":
                return None
            clause = clause.head
    return None


def _person_before(token: Token) -> Span | None:
    """The nearest person mentioned before a personal pronoun, in its sentence or the
    previous sentences. Unlike "it", "he" and "she" carry a story across paragraphs ("Guo Ming
    lost the case. // The judges ordered him to pay ...")."""
    sent = token.doc[token.i : token.i + 1]
    for _ in range(PERSON_LOOK_BACK + 1):
        sent = sent.sent
        people = [a for a in actor_mentions(token.doc) if a.label_ == "person"
                  and sent.start <= a.start and a.end <= min(token.i, sent.end)]
        if people:
            return people[-1]
        if sent.start == 0:
            return None
        sent = token.doc[sent.start - 1 : sent.start]
    return None


def _frames_clause_of(actor: Span, pronoun: Token) -> bool:
    """ "In China it has been a matter for the railway": a place in a phrase of the pronoun's own
    clause sets its scene; the pronoun stands for something else."""
    head = phrase_head(actor)
    return actor.label_ == "place" and head.dep_ == "pobj" and head.head.head.i == pronoun.head.i


def _reporting_speaker(pronoun: Token) -> Token | None:
    """ "In December a court in Foshan announced that it would pay ...", "Lingxi ... says its models
    now score 38 million borrowers": "it" as the subject of a reported clause, or "its" of that
    subject, stands for the one who reports it, when that is one (a singular noun)."""
    subject = pronoun.head if pronoun.lower_ == "its" and pronoun.dep_ == "poss" else pronoun
    verb = subject.head
    if pronoun.lower_ not in ("it", "its") or subject.dep_ not in SUBJECT_DEPS or verb.dep_ not in REPORTED_DEPS:
        return None
    if verb.head.lemma_.lower() not in reporting_verbs():
        return None
    speaker = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    # after the clause ("it held 14.9 million names, the court says") it may stand for another
    singular = speaker is not None and (speaker.tag_ in ("NN", "NNP") or _is_chinese_name(speaker))
    return speaker if singular and speaker.i < pronoun.i else None


#: A word written in Chinese characters.
CHINESE_WORD = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]+")


def _is_chinese_name(token: Token) -> bool:
    """ "The Pingqiao District People's Court (平桥区人民法院) said": the parser makes the name's Chinese
    original in brackets the head of the phrase and tags it at random (a plural noun); Chinese has no
    plural, and it names what the English before it names."""
    return bool(CHINESE_WORD.fullmatch(token.text)) and any(t.text == "(" for t in token.lefts)


#: Pronouns that stand for many: they agree with a plural noun ("users ... their phone").
PLURAL_PRONOUNS = {"they", "their", "them"}


def _plural_people_before(pronoun: Token) -> bool:
    """ "..., which shows users any debtor within 500 metres of their phone": a plural pronoun
    after a plural common noun of its sentence stands for those people, not for an actor named
    before them."""
    if pronoun.lower_ not in PLURAL_PRONOUNS:
        return False
    actors = [a for a in actor_mentions(pronoun.doc) if pronoun.sent.start <= a.start and a.end <= pronoun.i]
    after = actors[-1].end if actors else pronoun.sent.start
    return any(t.tag_ == "NNS" and t.dep_ in ARGUMENT_DEPS | {"pobj"} and _index(t.doc).get(t.i) is None
               for t in pronoun.doc[after : pronoun.i])


def _resolve_pronoun(token: Token) -> Subject | None:
    found = _pronoun_referent(token)
    if found is not None and _is_own_subject(found.actor, token):
        # "The Supreme People's Court runs it": "it" is not the court; "Tencent developed a score,
        # Tencent Credit, but froze it": it is the other actor named before it in its sentence
        other = _other_actor_before(token, found.actor)
        found = _subject(other, "pronoun") if other is not None else \
            _subject(previous_main_actor(token.sent), "previous-sentence")
    if found is not None and token.lower_ in PLURAL_PRONOUNS and _one_of_several(found.actor):
        return None  # "Koala Credit and Pengyuan Credit ... They hold": no single actor
    return found


def _is_own_subject(actor: Span | None, pronoun: Token) -> bool:
    """Whether an actor is the subject of the verb whose object the pronoun is: an object
    "it" never stands for its own clause's subject (that would be "itself"), also when the verb
    shares the subject of the verb it is coordinated with ("developed ... but froze it")."""
    if actor is None or pronoun.dep_ != "dobj":
        return False
    verb = pronoun.head
    while verb.dep_ == "conj" and not any(child.dep_ in SUBJECT_DEPS for child in verb.children):
        verb = verb.head
    return any(child.dep_ == "nsubj" and actor_of_phrase(child) == actor for child in verb.children)


def _other_actor_before(pronoun: Token, subject: Span) -> Span | None:
    """The nearest argument before a pronoun in its sentence that is not its clause's subject."""
    actors = [a for a in actor_mentions(pronoun.doc) if pronoun.sent.start <= a.start and a.end <= pronoun.i
              and a.id_ != subject.id_ and not _is_source(a) and is_argument(a) and not is_speaker(a)]
    return actors[-1] if actors else None


#: Words that join coordinated names: "Koala Credit and Pengyuan Credit".
COORDINATORS = {"and", "or", "&", ","}


def _place_scheme_meant(actor: Span) -> Span:
    """A place where a passage about scores means the scheme the text names for it ("In 2016 the
    city added red and black lists. Residents scoring 1,050 points or more were graded AAA": the
    Qiaolin Credit Points the article is about, not the city); any other actor stands for itself."""
    return _named_scheme_of(actor, actor.root) if actor.label_ == "place" else actor


def _scheme_of_doing_place(sent: Span) -> Span | None:
    """The named scheme of a place that is the main subject of a sentence speaking of schemes or
    lists ("In 2016 the city added red and black lists"), if the text names one for it."""
    actor = main_actor(sent, subjects_only=True)
    if actor is None or actor.label_ != "place" or not speaks_of_schemes(sent):
        return None
    found = _place_scheme_meant(actor)
    return found if found.id_ != actor.id_ else None


#: Verbs of being and having: a place that has or is something is itself ("Suzhou has 12.7 million residents").
STATE_VERBS = {"be", "have"}


def doers_scheme(actor: Span, verb: Token) -> Span:
    """A place that does something to the scheme the text names for it stands for that scheme: the
    actor, the subject of `verb`, when the verb's clause speaks of scores, points, lists or schemes ("In
    March 2021 the city abolished all D-grade penalties", "the city announced that it would revise the
    scheme", "Weihai launched its Seagull Score and had enrolled 1.9 million residents within a year"). A place
    that has or is something ("Suzhou has 12.7 million residents") or that does something else
    ("Hangzhou hosted the Asian Games in 2023"), or that deals with another body ("In 2021 the city signed
    an agreement with Alipay to show the scores": a party to the deal) is itself; so is any other actor."""
    if actor.label_ != "place" or verb.pos_ != "VERB" or verb.lemma_.lower() in STATE_VERBS:
        return actor
    clause = verb.doc[verb.left_edge.i : verb.right_edge.i + 1]
    if not (speaks_of_schemes(clause) or _names_a_scheme(clause)) or _deals_with_another(clause):
        return actor
    return _place_scheme_meant(actor)


def _deals_with_another(clause: Span) -> bool:
    """Whether a clause names a body its subject deals "with" ("signed an agreement with Alipay", "works
    with three banks"): a body, not a place nor a scheme."""
    return any(t.dep_ == "pobj" and t.head.lower_ == "with" and (body := actor_at(t)) is not None
               and body.label_ != "place" and not is_scoring_system(body) for t in clause)


def _names_a_scheme(words: Span) -> bool:
    """Whether words name a scheme: a scheme noun ("revise the scheme") or a scoring system's name."""
    return any(t.lemma_.lower() in scoring_vocab()["system_nouns"] for t in words) \
        or any(is_scoring_system(m) for m in actor_mentions(words.doc) if words.start <= m.start < words.end)


def _one_of_several(actor: Span) -> bool:
    """Whether an actor is one of two or more actors coordinated ("Koala Credit and Pengyuan
    Credit"), in the parse or, where the parser missed it, side by side in the words."""
    node = actor.root
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    named = {found.id_ for t in (node, *node.conjuncts) if (found := actor_at(t)) is not None}
    if len(named) > 1:
        return True
    doc = actor.doc
    return any(other.id_ != actor.id_ and (0 < other.start - actor.end <= 2 and _joins(doc[actor.end:other.start])
                                           or 0 < actor.start - other.end <= 2 and _joins(doc[other.end:actor.start]))
               for other in actor_mentions(doc))


def _joins(words: Span) -> bool:
    return all(t.lower_ in COORDINATORS for t in words) and words[-1].lower_ != ","


def _pronoun_referent(token: Token) -> Subject | None:
    if token.lower_ in FIRST_PERSON:  # "my team ran an experiment", said in an interview: the speaker's
        speaker = speaker_at(token.doc, token.idx) if token.lower_ in SPEAKER_PRONOUNS else None
        if speaker is None and token.lower_ in CORPORATE_WE and (body := _quoted_body(token)) is not None:
            return _subject(body, "speaker")  # '"Our platform serves 300 million people," Ant Group's chief said'
        if speaker is None and token.lower_ in CORPORATE_WE:  # "Our revenue increased by 12.6%", in a company's report
            return _subject(_author_body(token.doc) or _filer(token.doc), "author")
        if speaker is not None and token.lower_ in CORPORATE_WE and _speaks_for_company(speaker):
            return _subject(_call_company(token.doc), "speaker")  # an executive's "we" on the company's call
        return _subject(speaker, "speaker")
    if token.lower_ in PERSONAL_PRONOUNS:
        return _subject(_person_before(token), "pronoun")
    found = _fronted_subject(token)
    if found is not None:
        return _subject(found, "cataphora")
    if _plural_people_before(token) or _thing_subject_before(token):
        return None
    found = _clause_subject_before(token)
    if found is not None and not _is_source(found):
        return _subject(found, "pronoun")
    if (speaker := _reporting_speaker(token)) is not None:  # "a court ... announced that it would pay"
        found = actor_of_phrase(speaker)
        return _subject(found, "pronoun") if found is not None and found.label_ != "outlet" else None
    found = (token.dep_ in SUBJECT_DEPS and _nearest_subject_before(token)) or _nearest_actor_before(token.sent, token.i)
    if found is not None and not _frames_clause_of(found, token) and not _disagrees_in_number(found, token):
        return _subject(found, "pronoun")
    return _subject(previous_main_actor(token.sent), "previous-sentence")


def writers_own(noun: Token) -> bool:
    """Whether a noun, the one its "of" governs or the subject of its verb is owned by a "my" or an
    "our" that stands for no body: the writer's or a private speaker's own ("38% of our bookings" in a
    product manager's blog post, "my income rose by 12 percent"), not a company's ("our users" in its
    annual report)."""
    verb = noun
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    of_objects = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    nouns = [noun, *of_objects, *(c for c in verb.children if c.dep_ in SUBJECT_DEPS)]
    return any(c.dep_ == "poss" and c.lower_ in FIRST_PERSON and body_of_we(c) is None for n in nouns for c in n.children)


def _speaks_for_company(speaker: Span) -> bool:
    """Whether a speaker is one a transcript lists among the company's participants ("Company
    Participants: Wu Haotian - Chief Executive Officer"): whose "we" is the company whose call it is."""
    return speaker.text in _company_participants(speaker.doc)


@_per_doc
def _company_participants(doc: Doc) -> set[str]:
    return {name for name, company in participants(doc_text(doc)) if company}


def _figure_an_executive_gives(anchor: Token) -> bool:
    """Whether a figure (not an event's verb: "the new rules, which take effect on January 1" are the
    rules') is said in the turn of one who speaks for the company whose call the transcript records."""
    speaker = speaker_at(anchor.doc, anchor.idx) if anchor.pos_ not in ("VERB", "AUX") else None
    return speaker is not None and _speaks_for_company(speaker)


def _call_company(doc: Doc) -> Span | None:
    """The company whose call a transcript records: the company it is about (`company_of_text`), else
    the first it names (its title: "Lanjing Finance Group (LJFG) Q3 2021 Earnings Call Transcript")."""
    return _company_of_text(doc) or next((m for m in actor_mentions(doc) if m.label_ == "company"), None)


def body_of_we(owner: Token) -> Span | None:
    """ "our users", "our platform": the body whose "we" it is (a quoted speaker's employer, a report's
    author); not a person who speaks (an interviewee's "our system" is their workplace's)."""
    found = resolve_pronoun(owner) if owner.lower_ in CORPORATE_WE else None
    return found if found is not None and found.label_ != "person" else None


#: The marks whose count says whether a word stands inside a quotation: double ones only, since a
#: single closing mark is also the apostrophe of "Ant’s" (actors.py's QUOTE_MARKS, which attribution.py only asks
#: whether a sentence holds a quotation, takes both).
DOUBLE_QUOTE_MARKS = {'"', "\u201c", "\u201d"}


def _quoted_body(pronoun: Token) -> Span | None:
    """ '"Our platform now serves 300 million people," Ant Group chief executive Eric Jing said', '"We
    have 400 million users," said a spokeswoman for Sesame Credit': a "we" inside a quotation stands for
    the body its speaker speaks for, named in the phrase of the reporting verb's subject outside the
    quotation (the speaker's employer, or the speaker when it is a body); none for a private person."""
    if not _in_quotation(pronoun):
        return None
    verbs = [t for t in pronoun.sent if t.pos_ == "VERB" and t.lemma_.lower() in reporting_verbs() and not _in_quotation(t)]
    speakers = [c for verb in verbs for c in verb.children if c.dep_ == "nsubj"]
    return next((body for speaker in speakers if (body := _body_in_phrase(speaker)) is not None), None)


def _in_quotation(token: Token) -> bool:
    return sum(t.text in DOUBLE_QUOTE_MARKS for t in token.sent if t.i < token.i) % 2 == 1


def _body_in_phrase(head: Token) -> Span | None:
    """The first body (no person, outlet or place) named in the noun phrase of `head`."""
    return next((m for m in actor_mentions(head.doc) if head.left_edge.i <= m.start and m.end <= head.right_edge.i + 1
                 and m.label_ not in ("person", "outlet", "place")), None)


def _disagrees_in_number(actor: Span, pronoun: Token) -> bool:
    """ "The Measures run to 48 articles. According to the provincial commission, they will apply to
    3.4 million firms": "they" does not stand for a body named by a singular common noun ("the
    commission", "the court"); a name may go with either ("Alipay ... they")."""
    return pronoun.lower_ in PLURAL_PRONOUNS and phrase_head(actor).tag_ == "NN"


@_per_doc
def _author_body(doc: Doc) -> Span | None:
    """The body that wrote the document, when the text names it (a company's own annual report or
    press release): what its "we" stands for. None when the authors are people. A release sent through
    a newswire names no author but its issuer (`release_issuer`)."""
    authors = {name.casefold() for name in doc._.authors or []}
    names = doc._.actor_names or {}
    return next((m for m in actor_mentions(doc) if m.label_ not in ("person", "place", "outlet")
                 and (authors & {m.text.casefold(), names.get(m.id_, "").casefold()} or m.id_ == author_id(doc))),
                None) \
        or (release_issuer(doc) if not authors else None)


def _filer(doc: Doc) -> Span | None:
    """The company a filing defines as its "we" or as "the Company" (extract/actors.py `filer_id`): a 20-F
    or a stock exchange announcement names no author but speaks for its filer. Only its "we": a figure no
    one is named for in a release is still its scheme's before its issuer's."""
    filer = filer_id(doc)
    return next((m for m in actor_mentions(doc) if m.id_ == filer and m.label_ != "outlet"), None) if filer else None


#: How many words may stand between a newswire's dateline and the issuer's name ("-- Shares of", "-- The").
ISSUER_GAP = 1


def release_issuer(doc: Doc) -> Span | None:
    """The company that issues a press release: the body that opens the paragraph of a newswire's
    dateline ("SHENZHEN, China, Nov. 16, 2023 /PRNewswire/ -- Qinghe Credit Technology Holdings Ltd.
    (NYSE: QHCT) ("Qinghe" or the "Company") today announced ..."): the release's "we" and the
    company its quoted officers speak for. A wire service's dateline in brackets ("(Reuters) -") is a
    reporter's story, no release."""
    text = doc_text(doc)
    for dateline in datelines(doc):
        if dateline.wire is None or text[dateline.wire[0] - 1] != "/":
            continue
        opening = doc.char_span(dateline.end, dateline.end + 1, alignment_mode="expand")
        if opening is None:
            continue
        return next((m for m in actor_mentions(doc) if opening.start <= m.start <= opening.start + ISSUER_GAP
                     and m.label_ in ("company", "organization")), None)
    return None


@_per_doc
def _author_writing_of_itself(doc: Doc) -> Span | None:
    """The author body when its text is about itself (its annual report, its press release): named
    (or called "the Company") at least half as often as the actor the text names most; a law firm's
    client alert about a regulation names the firm in its header and contact block only."""
    author = _author_body(doc)
    if author is None:
        return None
    itself = sum(m.id_ == author.id_ or m.text.casefold() in CORPORATE_SELF for m in _named_things(doc))
    return author if _named_enough(doc, itself) else None


def law_of_text(doc: Doc) -> Subject | None:
    """The law or measure a text is about (a law firm's alert, a report on a regulation): the law it
    names most, named twice or more and at least half as often as the actor it names most. A figure
    the text gives no one ("Firms scoring 900 points or more are graded A") is the law's."""
    return _subject(_law_of_text(doc), "law")


def _law_of_text(doc: Doc) -> Span | None:
    return _text_law(doc)[0]


def law_of_passage(anchor: Token) -> Subject | None:
    """In a text about a law (`law_of_text`), the law the passage of `anchor` is about: the one its sentence
    names ("Under the Regulation on ..., an institution must reply within 20 days"), else the last one the
    sentences before it in its paragraph name (`LOOK_BACK`), else the law of the text. A text about one
    regulation may cite another in a passage of its own."""
    if _law_of_text(anchor.doc) is None:
        return None
    sent = anchor.sent
    named = [m for m in _named_things(anchor.doc) if m.label_ == "law" and not is_description(m)]
    here = [m for m in named if sent.start <= m.start < sent.end]
    if here:
        before = [m for m in here if m.end <= anchor.i]
        return _subject(before[-1] if before else here[0], "law")
    start = window_start(sent, LOOK_BACK)
    back = [m for m in named if start <= m.start < sent.start and same_paragraph(m.sent, sent)]
    return _subject(back[-1], "law") if back else law_of_text(anchor.doc)


@_per_doc
def _text_law(doc: Doc) -> tuple[Span | None, int]:
    """(the law a text is about, how often it names it, short references included), else (None, 0)."""
    mentions = _named_things(doc)
    laws = Counter(m.id_ for m in mentions if m.label_ == "law")
    if not laws:
        return None, 0
    law, named = laws.most_common(1)[0]
    law = next(m for m in mentions if m.id_ == law)
    named += _short_references(doc, law, mentions)
    return (law, named) if named >= 2 and _named_enough(doc, named) else (None, 0)


def company_of_text(doc: Doc) -> Subject | None:
    """The company a text is about (a broker's note on its results, an annual report, a profile):
    named at least three times, half as often again as any other company or organisation, and at
    least half as often as the actor the text names most. A figure the text gives no one and no
    scheme or law claims ("Loan facilitation volume rose 12%") is the company's."""
    return _subject(_company_of_text(doc), "company")


@_per_doc
def _company_of_text(doc: Doc) -> Span | None:
    bodies = [m for m in _named_things(doc) if m.label_ in ("company", "organization")]
    ranked = Counter(m.id_ for m in bodies).most_common(2)
    if not ranked or ranked[0][1] < 3 or len(ranked) > 1 and ranked[1][1] * 3 > ranked[0][1] * 2:
        return None
    company = next(m for m in bodies if m.id_ == ranked[0][0])
    return company if company.label_ == "company" and _named_enough(doc, ranked[0][1]) else None


def _named_things(doc: Doc) -> list[Span]:
    """The mentions of actors a text may be about: not the places it is set in, nor outlets."""
    return [m for m in actor_mentions(doc) if m.label_ not in ("place", "outlet")]


def _named_enough(doc: Doc, times: int) -> bool:
    """Whether something named `times` times is named at least half as often as the actor the text
    names most: what the text is about."""
    counts = Counter(m.id_ for m in _named_things(doc))
    return bool(counts) and 2 * times >= max(counts.values())


def _short_references(doc: Doc, law: Span, mentions: list[Span]) -> int:
    """How often the text calls a law by its first or last word ("the Measures", "the Law", "the
    guideline") or by a noun of rules ("the rules", "the new rules", "the draft": relations.yaml
    `law_references`): a news report names a regulation once, then speaks of "the rules"."""
    words = {law[0].lower_, law[-1].lower_} | mentions_vocab()["law_references"]
    inside = {i for m in mentions for i in range(m.start, m.end)}
    return sum(t.lower_ in words and t.i not in inside and _definite_reference(t) for t in doc)


#: Words between "the" and a noun of rules that still make it the rules named before: "the new rules".
REFERENCE_MODIFIERS = {"new", "final", "revised", "draft", "latest", "amended", "updated"}


def _definite_reference(noun: Token) -> bool:
    """ "the Measures", "the new rules", "these rules": a definite noun with no "of"/"for"/"on" phrase
    of its own ("the rules of the game", "the regulation of platforms" are no title's short form)."""
    before = noun.i - 1
    while before >= noun.sent.start and noun.doc[before].lower_ in REFERENCE_MODIFIERS:
        before -= 1
    if before < noun.sent.start or noun.doc[before].lower_ not in DEFINITE - {"that"}:
        return False
    return noun.pos_ in ("NOUN", "PROPN") and not any(c.dep_ == "prep" and c.lower_ in ("of", "for", "on")
                                                      for c in noun.children)


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
    antecedent of its relative pronoun), leaving out the claim's own words (`path`). Of two
    subjects the parser gave a verb, a name comes first: "its platform, Qingfeng Score, serves"
    (an appositive read as a subject), "A: Tianshu Credit has" (a speaker's label)."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i not in path]
    # "Sesame Credit, which Ant Group developed and which claims 500 million users": a second relative
    # clause coordinated with the first refers to the same antecedent
    relative = verb.head if verb.dep_ == "conj" and verb.head.dep_ == "relcl" else verb
    for child in sorted(subjects, key=lambda c: actor_at(c, descriptions=False) is None):
        if child.lower_ in RELATIVE_PRONOUNS and relative.dep_ == "relcl":
            found = actor_of_phrase(antecedent(relative))
            # "Le Figaro, which mentions ...": an outlet reports, it is not the topic
            return _subject(found, "relative-clause") if found is None or found.label_ != "outlet" else None
        if child.lower_ in PRONOUNS | PERSONAL_PRONOUNS | FIRST_PERSON:
            return _resolve_pronoun(child)
        found = actor_of_phrase(child)
        if found is None and _the_scheme(child):
            # "The scheme, operated by the city's credit centre, has 4.1 million users": the scheme the
            # passage is about
            scheme = scoring_system(child)
            found = scheme.actor if scheme is not None else None
        # An outlet reports claims, it is not their topic ("Business Insider reports ...", "a
        # survey by Yesky.com found ...": the pollster is credited, see extract/attribution.py);
        # but one that does something else is what its clause is about ("Qingfeng Technology
        # employs 2,300 people", in its own press release)
        if found is not None and _place_of_the_doers(found, child):
            continue  # "China's courts have stopped debtors 26.8 million times": the courts did
        if found is not None and (found.label_ != "outlet" or _acts(verb, child)):
            return _subject(doers_scheme(found, verb), "nsubj")  # "Qiaoshan dropped four of its 58 deduction items"
    for child in verb.children:  # passive agent: "licensed by the PBoC"
        if child.dep_ == "agent":
            # not an agent the claim is part of ("set up by NIFA and eight firms": `_co_members`)
            for pobj in (c for c in child.children if c.i not in path):
                if (found := actor_of_phrase(pobj)) is not None:
                    return _subject(found, "agent")
    if verb.dep_ == "relcl" and _relative_pronoun(verb) is not None:
        found = actor_of_phrase(antecedent(verb))
        if found is not None and found.label_ != "outlet":
            return _subject(found, "relative-clause")
    return None


def _the_scheme(noun: Token) -> bool:
    """ "the scheme", "this system": a definite noun of a scheme with no name of its own."""
    return noun.lemma_.lower() in scoring_vocab()["system_nouns"] \
        and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children)


def _place_of_the_doers(place: Span, subject: Token) -> bool:
    """ "China's courts", "Shenzhen's police": a place that only owns a subject that is a common
    noun (not a scheme: "Rongcheng's system awards ...") is where the doers are, not the doer."""
    return place.label_ == "place" and subject.pos_ == "NOUN" and not place.start <= subject.i < place.end \
        and subject.lemma_.lower() not in scoring_vocab()["system_nouns"] and not is_score(subject)


def _acts(verb: Token, subject: Token) -> bool:
    """Whether the subject of `verb` does something other than report: not a reporting verb, and
    named itself (not "a survey by Yesky.com")."""
    return verb.lemma_.lower() not in reporting_verbs() and verb.lemma_ != "be" and actor_at(subject) is not None


def _controller(verb: Token) -> Subject | None:
    """ "The judges ordered him to pay 90,000 yuan": an infinitive with no subject of its own is
    done by the object of the verb that governs it (its subject is found further up)."""
    if verb.dep_ != "xcomp" or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    for child in verb.head.children:
        if child.dep_ == "dobj" and child.i < verb.i:
            if child.lower_ in PRONOUNS | PERSONAL_PRONOUNS:
                return _resolve_pronoun(child)
            found = actor_of_phrase(child)
            return _subject(found, "nsubj") if found is not None and found.label_ != "outlet" else None
    return None


@lru_cache(maxsize=4)
def _reporting_verbs(path: str) -> frozenset[str]:
    return frozenset(w.lower() for w in (load_vocab("attribution", path) or {}).get("reporting_verbs", []))


def reporting_verbs() -> frozenset[str]:
    """The verbs that credit a speaker (corpus/vocab/attribution.yaml, `reporting_verbs`)."""
    return _reporting_verbs(configured_vocab_file("vocab/attribution.yaml"))


#: Dependents of a reporting verb that hold what is reported.
REPORTED_DEPS = {"ccomp", "parataxis"}


def _reports(verb: Token, path: list[Token]) -> bool:
    """Whether `verb` is a reporting verb whose reported clause holds the claim ("Chinese courts
    stopped debtors 26.8 million times, the court said"; "Ant said such waivers had saved users
    100 billion yuan"): its subject says the claim, it is not what the claim is about."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in reporting_verbs():
        return False
    below = path[path.index(verb) - 1]
    return below.dep_ in REPORTED_DEPS


#: Heads of a partitive "one of the eight companies": the clause is about a member of the set.
PARTITIVES = {"one", "each", "any", "none", "some", "among", "two", "three", "all", "most", "many"}


def is_partitive(anchor: Token) -> bool:
    """ "Sesame Credit is one of the eight companies that ...": the figure counts the set, and
    the clause's subject is only one member of it, so it is not the figure's subject."""
    head = anchor.head
    return head.lower_ == "of" and head.head.lower_ in PARTITIVES or head.lower_ == "among"


def subject_of(anchor: Token, fallback: bool = True, scheme_look_back: bool = True) -> Subject | None:
    """The actor the claim carried by `anchor` is about (see the module docstring for the rules)."""
    if (found := stake_subject(anchor)) is not None:
        return found
    found = actor_of_phrase(anchor, appositive=False) or _aged_person(anchor)
    if found is not None and found.label_ != "outlet":
        return _subject(found, "phrase")
    if (found := _licensor(anchor)) is not None:
        return _subject(found, "licensor")
    if is_partitive(anchor):
        return None
    if (found := _list_of_the_listed(anchor)) is not None:
        return _subject(found, "listed")
    path = _path(anchor)
    on_path = {t.i for t in path}
    for below, token in zip(path, path[1:]):
        if _reports(token, path):
            break  # "..., the court said": the speaker is credited, the claim is about its content
        if token.pos_ in ("VERB", "AUX"):
            subject = _clause_subject(token, on_path) or _controller(token)
            if subject is not None:
                return subject
        elif token.pos_ in ("NOUN", "PROPN") and not _co_members(below, token):
            # "Alipay, with 450 million users, ...": the claim hangs on an actor.
            found = actor_at(token) or _owner(token)
            if found is not None and not _is_source(found):
                return _subject(found, "attached")
    if (found := _governing_document(path)) is not None:
        return _subject(found, "provision")
    if not fallback:
        return None
    found = _nearest_actor_before(anchor.sent, anchor.i, arguments_only=True) or _owner_in(anchor.sent)
    if found is not None:
        return _subject(found, "sentence")
    if _figure_an_executive_gives(anchor):
        return _subject(_call_company(anchor.doc), "speaker")  # "Total revenues were RMB1.28 billion", said by its CFO
    # no actor in the sentence: the scheme the passage is about, else the actor it is about, else
    # the body that wrote the text about itself ("Total revenue increased by 12.6%", in its report)
    previous = None if _counts_the_sanctioned(anchor) else previous_main_actor(anchor.sent, subjects_only=True)
    if previous is not None and speaks_of_schemes(anchor.sent):
        previous = _place_scheme_meant(previous)  # "The city added red lists. Residents scoring 1,050 points ..."
    system = scoring_system(anchor, look_back=scheme_look_back, topic=False)
    # "Grades will appear on the Publicity System. Grade D firms may be fined up to RMB 100,000": in a
    # text about a law, a platform named before hands nothing on; the law does (`law_of_text`)
    system = None if system is not None and _outweighed_by_law(system.actor) else system
    previous = None if previous is not None and _outweighed_by_law(previous) else previous
    return system or _subject(previous, "previous-sentence") or _subject(_author_writing_of_itself(anchor.doc), "author")


def _counts_the_sanctioned(anchor: Token) -> bool:
    """ "Tencent holds 36%. By the end of April, 13.49 million people had been barred from buying plane
    tickets": a count of the people a verb of sanctioning acts on (its passive subject or its object)
    is the count of a scheme's or a list's, not of the actor the sentence before was about."""
    verb = anchor.head
    return anchor.dep_ in ("nsubjpass", "dobj") and verb.pos_ == "VERB" \
        and verb.lemma_.lower() in scoring_vocab()["sanctions"]


def _co_members(conjunct: Token, token: Token) -> bool:
    """ "set up by the National Internet Finance Association and eight private firms": a count
    coordinated with an actor counts the actor's fellows, not the actor's own; the claim is about
    what they are members of (the bureau they set up, whoever picked them)."""
    return conjunct.dep_ == "conj" and conjunct.head.i == token.i


def fined_party(anchor: Token, verbs: set[str]) -> Subject | None:
    """ "The central bank fined Tenpay, Tencent's payments arm, 2.99 billion yuan", "the court fined
    him 50,000 yuan": an amount that a verb of fining (`verbs`) levies is the fine of the party it
    is levied on, the verb's other object (a person too: the one fined), not of the body that fines."""
    path = _path(anchor)
    verb = next((t for t in path[1:] if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.lemma_.lower() not in verbs and verb.lower_ not in verbs:
        return None
    below = path[path.index(verb) - 1]  # the verb's child the amount hangs from
    fined = [c for c in verb.children if c.dep_ in ("dative", "dobj") and c.i < anchor.i and c.i != below.i]
    if below.i != anchor.i and below.dep_ in ("dative", "dobj") and below.i < anchor.i:
        fined.append(below)  # "fined Tenpay, its arm, 2.99 billion yuan": the amount hangs on the fined
    for party in sorted(fined, key=lambda t: t.i):
        found = _resolve_pronoun(party) if party.lower_ in PRONOUNS | PERSONAL_PRONOUNS else \
            _subject(_first_named(party, anchor) or actor_of_phrase(party), "fined")
        if found is not None and found.actor.label_ != "outlet":
            return Subject(found.actor, found.id, found.name, "fined", CONFIDENCE["fined"])
    return None


def judged_party(anchor: Token, nouns: set[str]) -> Subject | None:
    """ "A supplier won a judgment against him for 2.3 million yuan", "a leasing company won a judgment
    of 46,000 yuan against him": the amount of a judgment (`nouns`) is the debt of the party it is
    given against (a person too, or the owner of "his firm"), not of the creditor who won it."""
    path = _path(anchor)
    verb = next((t for t in path[1:] if t.pos_ in ("VERB", "AUX")), None)
    below_verb = path[1:path.index(verb)] if verb is not None else path[1:]
    judgment = next((t for t in below_verb if t.lemma_.lower() in nouns), None)
    if judgment is None and verb is not None:  # "won a judgment against him for 2.3 million yuan"
        judgment = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in nouns), None)
    if judgment is None:
        return None
    parties = [g for holder in (judgment, judgment.head) for c in holder.children
               if c.dep_ == "prep" and c.lower_ == "against" for g in c.children if g.dep_ == "pobj"]
    for party in parties:
        found = _resolve_pronoun(party) if party.lower_ in PRONOUNS | PERSONAL_PRONOUNS else \
            _subject(actor_of_phrase(party), "judged")
        if found is not None and found.actor.label_ != "outlet":
            return Subject(found.actor, found.id, found.name, "judged", CONFIDENCE["judged"])
    return None


def _first_named(phrase: Token, before: Token) -> Span | None:
    """The first actor named in a noun phrase, before the word `before`: "Tenpay, Tencent's payments
    subsidiary" is Tenpay (an appositive the parser hung under the description)."""
    return next((found for t in phrase.subtree if t.i < before.i and (found := actor_at(t)) is not None
                 and not is_description(found)), None)


#: Prepositions by which a document frames a clause: "under the Measures", "according to them".
FRAMING_PREPS = {"under", "according"}


def _governing_document(path: list[Token]) -> Span | None:
    """ "Under them a firm can apply to leave a blacklist after at least three months": a clause
    with no actor for participant that an official document frames ("under", "according to" the
    Measures, or "them" standing for them) states one of its provisions."""
    for verb in (t for t in path[1:] if t.pos_ in ("VERB", "AUX")):
        for prep in verb.children:
            framing = prep.lower_ in FRAMING_PREPS or prep.lower_ == "to" and verb.lower_ == "according"
            if prep.dep_ != "prep" or not framing:
                continue
            for pobj in (t for t in prep.subtree if t.dep_ == "pobj"):
                found = _actor_meant(pobj, owners=False)
                if found is not None and found.label_ == "law":
                    return found
    return None


def _licensor(anchor: Token) -> Span | None:
    """A count of those a body licensed or picked is the body's: "one of eight private scorers
    the People's Bank of China approved", "eight firms licensed by the central bank", "selected
    Xiamen as one of 12 national model cities" (the counted noun `anchor` in a clause of a verb
    of licensing, relations.yaml, or in its object)."""
    licensing = mentions_vocab()["licensing"]
    verbs = [c for c in anchor.children if c.dep_ in ("relcl", "acl")]
    # a relative clause without "that" the parser hung elsewhere: "scorers [the PBoC approved]"
    verbs += [t for t in anchor.sent if t.i > anchor.i and t.pos_ == "VERB" and not any(c.dep_ == "dobj" for c in t.children)
              and any(c.dep_ == "nsubj" and c.left_edge.i == anchor.i + 1 for c in t.children)]
    node = anchor
    while node.dep_ in ("pobj", "prep", "dobj", "attr") or node.lower_ in PARTITIVES and node.dep_ != "ROOT":
        node = node.head  # "as one of 12 cities" -> "selected"
        if node.pos_ == "VERB":
            verbs.append(node)
            break
    for verb in verbs:
        if verb.lemma_.lower() not in licensing and verb.lower_ not in licensing:
            continue
        doers = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        doers += [c for c in verb.children if c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS]
        for doer in doers:
            actor = _actor_meant(doer)
            if actor is not None and actor.label_ not in ("person", "place"):
                return actor
    return None


#: Prepositions that put people on a list or take them off it: "people on the list", "removed
#: from the list", "taken off the list".
LIST_PREPS = {"on", "from", "off"}
#: The same, and those that only put people on one: "added to the list", "moved onto it".
ONTO_LIST_PREPS = LIST_PREPS | {"onto", "to"}


def _list_of_the_listed(anchor: Token) -> Span | None:
    """A count of those put on a list, on it or taken off it is the list's, not that of the body
    that keeps it ("SAMR put 1.37 million firms on its list of seriously illegal and dishonest
    enterprises, and about 412,000 were taken off"; "some 1.9 million people had been taken off
    the list"; "more than 12 million people have left the list"; "SAMR's list held some 410,000
    firms"): the counted noun is a participant of a verb whose object, subject or phrase "on",
    "off", "from", "to" or "onto" (`ONTO_LIST_PREPS`) is a list."""
    if anchor.dep_ not in ("nsubj", "nsubjpass", "dobj") or anchor.head.pos_ not in ("VERB", "AUX"):
        return None
    verb = anchor.head
    clauses = [verb] + ([verb.head] if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") else [])
    for clause in clauses:  # "..., and 412,000 were taken off": the list of the first clause
        nouns = [g for c in clause.children if c.dep_ in ("prep", "prt") and c.lower_ in ONTO_LIST_PREPS
                 for g in c.children if g.dep_ == "pobj"]
        nouns += [c for c in clause.children if c.dep_ in ("dobj", *SUBJECT_DEPS) and c.i != anchor.i]
        for noun in nouns:
            if (found := _list_named_by(noun)) is not None:
                return found
    return _delisted_from_named_list(anchor, verb)


def _delisted_from_named_list(anchor: Token, verb: Token) -> Span | None:
    """ "The Hunan court said it had removed 61,000 debtors in a three-month campaign": those a verb
    of delisting (metrics.yaml `delisting_verbs`) takes off, with nothing named they are taken from, in
    a text that has named a blacklist, are taken off that list."""
    if anchor.dep_ not in ("dobj", "nsubjpass") or verb.lemma_.lower() not in scoring_vocab()["delisting"]:
        return None
    if any(c.dep_ == "prep" and c.lower_ in ("from", "off") for t in (verb, anchor) for c in t.children):
        return None  # "removed 3,000 apps from its store": taken from something else (a list was read above)
    return _named_blacklist(anchor)


def _list_named_by(noun: Token) -> Span | None:
    """The named list a noun is ("its list of seriously illegal and dishonest enterprises", "the
    list" after the List of Dishonest Judgment Debtors): one whose keeper, when the noun names one
    ("SAMR's list"), is that keeper (actors.yaml `part_of`)."""
    actor = actor_at(noun)
    if actor is not None and (is_named_blacklist(actor) or _is_named_list(actor)):
        return actor
    if actor is not None or noun.lemma_.lower() not in LIST_NOUNS or _another_list(noun):
        return None
    found = _named_blacklist(noun)
    keeper = next((c for c in noun.children if c.dep_ == "poss"), None)
    if found is None and keeper is not None:
        return _keepers_blacklist(noun, keeper)
    if found is None or keeper is None or keeper.lower_ in PRONOUNS:
        return found
    owner = actor_at(keeper)
    listed = gazetteer_of(noun.doc).get(found.id_)
    return found if owner is not None and listed is not None and owner.id_ in listed.part_of else None


def _kept_blacklist_in(sent: Span) -> Span | None:
    """The named blacklist of the first keeper's list a sentence speaks of ("its blacklist", "the court's list")."""
    for noun in sent:
        keeper = next((c for c in noun.children if c.dep_ == "poss"), None) if noun.lower_ in LIST_NOUNS else None
        if keeper is not None and (found := _keepers_blacklist(noun, keeper)) is not None:
            return found
    return None


def _keepers_blacklist(noun: Token, keeper: Token) -> Span | None:
    """ "The Supreme People's Court said 5.7 million people had been removed from its blacklist": a list
    no one has named, whose keeper a possessive names, is the one named blacklist the gazetteer says the
    keeper keeps (metrics.yaml `blacklists`, actors.yaml `part_of`)."""
    owner = resolve_pronoun(keeper) if keeper.lower_ in PRONOUNS else actor_at(keeper)
    if owner is None:
        return None
    gazetteer = gazetteer_of(noun.doc)
    kept = [actor for actor_id in scoring_vocab()["blacklists"] if (actor := gazetteer.get(actor_id)) is not None
            and owner.id_ in actor.part_of]
    if len(kept) != 1:
        return None
    return _new_actor(noun.doc, noun.i, noun.i + 1, kept[0].id, kept[0].name, kept[0].type)


def _is_named_list(actor: Span) -> bool:
    """A programme named as a list ("the List of Enterprises with Abnormal Operations"), blacklist
    or not: whoever is put on it is counted by it."""
    return actor.label_ == "program" and any(w in LIST_NOUNS for w in actor_of(actor)[1].lower().split())


def _owner_in(sent: Span) -> Span | None:
    """ "Only 2 percent of those loans sat on Ant's own balance sheet": with no actor among the
    participants, the one owner the sentence names."""
    owners = {a.id_: a for a in actor_mentions(sent.doc) if sent.start <= a.start and a.end <= sent.end
              and a.root.dep_ == "poss" and not _is_source(a) and a.label_ != "place" and not _is_counter(a)}
    return next(iter(owners.values())) if len(owners) == 1 else None


# -- scoring systems: whose score, perk or penalty ---------------------------------------------


@lru_cache(maxsize=4)
def _scoring_vocab(path: str) -> dict:
    entry = (load_vocab("metrics", path) or {}).get("scoring") or {}
    return {
        "score_nouns": {w.lower() for w in entry.get("score_nouns", []) if " " not in w},
        "named": {k.lower(): v for k, v in (entry.get("named_systems") or {}).items()},
        "systems": set(entry.get("systems", [])),
        "types": set(entry.get("system_types", [])),
        "system_nouns": {w.lower() for w in entry.get("system_nouns", [])},
        "score_words": {w.lower() for w in entry.get("score_words", [])},
        "level_words": {w.lower() for w in entry.get("level_words", [])},
        "blacklist": {w.lower() for w in entry.get("blacklist_words", [])},
        "listing": {w.lower() for w in entry.get("listing_words", [])},
        "blacklist_system": entry.get("blacklist_system"),
        "debtor_words": {w.lower() for w in entry.get("debtor_words", [])},
        "court_blacklist": entry.get("court_blacklist"),
        "blacklists": set(entry.get("blacklists", [])),
        "scoring_verbs": {w.lower() for w in entry.get("scoring_verbs", [])},
        "grade_nouns": {w.lower() for w in entry.get("grade_nouns", [])},
        "running_verbs": {w.lower() for w in entry.get("running_verbs", [])},
        "graded_parties": {k.lower(): v for k, v in (entry.get("graded_parties") or {}).items()},
        "delisting": {w.lower() for w in entry.get("delisting_verbs", [])},
        "sanctions": {w.lower() for w in entry.get("sanction_verbs", [])},
    }


def scoring_vocab() -> dict:
    """The `scoring` section of corpus/vocab/metrics.yaml."""
    return _scoring_vocab(configured_vocab_file("vocab/metrics.yaml"))


def _gazetteer_actor(doc: Doc, token: Token, actor_id: str | None) -> Span | None:
    actor = gazetteer_of(doc).get(actor_id) if actor_id else None
    return _new_actor(doc, token.i, token.i + 1, actor.id, actor.name, actor.type) if actor else None


def titled_after(actor: Span) -> Span:
    """A document titled after a gazetteer actor speaks of it: "the Social Credit System
    Construction Law" is, for the scheme a passage is about, the Social Credit System."""
    named = actor.doc.user_data.get(TITLED_AFTER_KEY, {}).get(actor.id_) if actor.label_ == "law" else None
    return Span(actor.doc, actor.start, actor.end, label=named[1], span_id=named[0]) if named else actor


def is_scoring_system(actor: Span) -> bool:
    """A system that rates people or firms: by the gazetteer id or type, or an actor the text
    shows scoring ("Rongcheng ..., which began scoring its residents", `_scorers`)."""
    vocab = scoring_vocab()
    return actor.id_ in vocab["systems"] or actor.label_ in vocab["types"] or actor.id_ in _scorers(actor.doc) \
        or actor.id_ in _called_systems(actor.doc)


@_per_doc
def _called_systems(doc: Doc) -> set[str]:
    """Actors the text calls a scheme: a name that modifies a system noun ("the city's Credit
    Yiwu evaluation system") or has one, or a score noun, in apposition ("the Harmony Ledger, a
    points system", "Xiaobai Credit, the JD.com score that runs from 0 to 100");
    not a place ("the Rongcheng system" is the city's)."""
    nouns = scoring_vocab()["system_nouns"]
    found = set()
    for actor in actor_mentions(doc):
        if actor.label_ in SOURCE_TYPES | {"place"}:
            continue
        node = actor.root
        while node.dep_ in ("compound", "nmod") and node.head.i != node.i:
            node = node.head
        apposed = [c for c in actor.root.children if c.dep_ == "appos"]
        if node is not actor.root and node.lemma_.lower() in nouns or any(c.lemma_.lower() in nouns or is_score(c)
                                                                          for c in apposed):
            found.add(actor.id_)
    return found


def _scorers(doc: Doc) -> set[str]:
    """Actors that are the subject of a scoring verb in the text (cached on the doc), or of a verb
    that sorts people into grades ("The State Taxation Administration sorts taxpayers into five
    grades"); also a name before a scoring verb the parser read as a noun (`_misread_scorer`)."""
    key = ("sckb_scorers", len(doc.spans.get(SPANS_KEY, [])))
    if key not in doc.user_data:
        verbs = scoring_vocab()["scoring_verbs"]
        found = set()
        for token in doc:
            if token.pos_ == "VERB" and (token.lower_ in verbs or token.lemma_.lower() in verbs or _sorts_into_grades(token)
                                         or _runs_a_rating(token)):
                verb = token.head if token.dep_ == "xcomp" else token  # "began scoring"
                for subject in (c for c in verb.children if c.dep_ == "nsubj"):
                    target = antecedent(verb) if subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl" else subject
                    actor = _index(doc).get(target.i)
                    if actor is not None and actor.label_ not in SOURCE_TYPES:
                        found.add(actor.id_)
            elif (actor := _misread_scorer(token)) is not None:
                found.add(actor.id_)
        doc.user_data[key] = found
    return doc.user_data[key]


def _sorts_into_grades(verb: Token) -> bool:
    """ "sorts taxpayers into five grades", "divides firms into four classes": a verb whose object
    goes "into" grades rates it."""
    return any(c.dep_ == "dobj" for c in verb.children) and any(
        g.dep_ == "pobj" and g.lemma_.lower() in scoring_vocab()["grade_nouns"]
        for c in verb.children if c.dep_ == "prep" and c.lower_ == "into" for g in c.children)


def _runs_a_rating(verb: Token) -> bool:
    """ "Customs runs the most developed rating", "the bureau keeps a score of every firm": a body that
    runs a rating with no name of its own stands for it (its grades' perks are the body's)."""
    return verb.lemma_.lower() in scoring_vocab()["running_verbs"] and any(
        c.dep_ == "dobj" and is_score(c) and actor_at(c) is None for c in verb.children)


def _misread_scorer(token: Token) -> Span | None:
    """ "The General Administration of Customs rates importers and exporters from A to D": in a
    sentence the parser found no verb in, a scoring verb right after a name is that name's verb
    (read as a noun compounded with its object)."""
    if token.pos_ != "NOUN" or token.lower_ not in scoring_vocab()["scoring_verbs"] or not token.lower_.endswith("s"):
        return None
    if token.i == 0 or any(t.pos_ in ("VERB", "AUX") for t in token.sent):
        return None
    actor = _index(token.doc).get(token.i - 1)
    return actor if actor is not None and actor.label_ not in SOURCE_TYPES | {"place"} else None


def is_score(token: Token) -> bool:
    return token.pos_ in ("NOUN", "PROPN") and token.lemma_.lower() in scoring_vocab()["score_nouns"]


def named_system(score: Token) -> Span | None:
    """The system a score noun names: "a high Sesame score", "the Sesame Credit score", "a low
    score on the social credit scale", "a social credit score". A score that is itself a name
    is that system, not its owner's ("Tencent's WeChat Pay Score"); so is the scoring system a copula
    says it is ("Sesame Credit is Ant Group's score") or an apposition names ("Xiaobai Credit, the
    JD.com score"); an owner's score is the scheme of the owner's the text named ("Tencent's score"
    after WeChat Pay Score)."""
    if (found := actor_at(score)) is not None and found.label_ not in SOURCE_TYPES | {"place"}:
        return found
    if score.dep_ == "appos" and (named := actor_at(score.head)) is not None and is_scoring_system(named):
        return named  # "Xiaobai Credit, the JD.com score that runs from 0 to 100": the score is the name's
    if score.dep_ == "attr" and score.head.lemma_ == "be":
        said_to_be = next((actor_at(c) for c in score.head.children if c.dep_ == "nsubj"), None)
        if said_to_be is not None and is_scoring_system(said_to_be):
            return said_to_be
    if (found := _score_name_before(score)) is not None:
        return found  # "JD.com's Xiaobai Credit score": the score's own name, not its owner
    for child in score.children:
        if child.dep_ in ("compound", "nmod", "poss", "amod") and (found := actor_at(child)) is not None \
                and found.label_ not in SOURCE_TYPES | {"place"}:
            return _named_scheme_of(found, child, score=True)  # "Tencent's score": its WeChat Pay Score
    words = [c for c in score.lefts if c.dep_ in ("compound", "amod", "nmod") and not c.is_punct]
    text = " ".join(t.lower_ for t in words)
    contiguous = words and words[-1].i == score.i - 1 and words[0].i == score.i - len(words)
    for phrase, actor_id in scoring_vocab()["named"].items():
        if contiguous and (text == phrase or text.endswith(" " + phrase)):
            return _gazetteer_actor(score.doc, words[0], actor_id)
    for child in score.children:  # "a score on the social credit scale"
        if child.dep_ == "prep" and child.lower_ in ("on", "of", "from"):
            for pobj in child.children:
                if pobj.dep_ == "pobj" and is_score(pobj) and (found := named_system(pobj)) is not None:
                    return found
    return None


def _score_name_before(score: Token) -> Span | None:
    """ "JD.com's Xiaobai Credit score", "Alibaba's Sesame Credit score": a name before a score noun that is
    a scoring system, or is named as one ("... Credit", "... Score"), names the score, whoever owns it."""
    for child in (c for c in score.children if c.dep_ in ("compound", "nmod")):
        found = actor_at(child)
        if found is not None and found.label_ not in SOURCE_TYPES | {"place"} and (
                is_scoring_system(found) or found[-1].lower_ in scoring_vocab()["score_words"]):
            return found
    return None


def _holders_system(score: Token) -> Span | None:
    """ "Alibaba users with a score greater than 650": the scoring system of the holders'
    platform, when the gazetteer has exactly one within its group (part_of)."""
    node = score.head
    if not (node.dep_ == "prep" and node.lower_ == "with"):
        return None
    holder = node.head
    if holder.pos_ in ("VERB", "AUX") and node.i > 0 and node.nbor(-1).pos_ in ("NOUN", "PROPN"):
        holder = node.nbor(-1)  # "offers Alibaba users with a score ...": attached to the verb
    platform = next((actor_at(c) for c in holder.children if c.dep_ in ("compound", "poss", "nmod")
                     and actor_at(c) is not None), None)
    if platform is None:
        return None
    gazetteer = gazetteer_of(score.doc)
    platform_group = {platform.id_} | _groups(gazetteer, platform.id_)  # Tmall: Alibaba's
    systems = [a for a in gazetteer.actors.values() if a.id in scoring_vocab()["systems"]
               and platform_group & ({a.id} | _groups(gazetteer, a.id))]
    return _gazetteer_actor(score.doc, score, systems[0].id) if len(systems) == 1 else None


def _groups(gazetteer: Gazetteer, actor_id: str) -> set[str]:
    """Every actor `actor_id` belongs to, through part_of."""
    found, todo = set(), [actor_id]
    while todo:
        actor = gazetteer.get(todo.pop())
        for parent in (actor.part_of if actor else []):
            if parent not in found:
                found.add(parent)
                todo.append(parent)
    return found


#: Prepositions that name what a thing is compared with: "looks like an American FICO score", "unlike Sesame".
COMPARING_PREPS = {"like", "unlike", "than"}
#: Participles whose "with" or "to" names what is compared: "compared with FICO", "similar to SCHUFA".
COMPARING_WORDS = {"compare", "similar", "comparable", "akin", "analogous"}


def compared_with(token: Token) -> bool:
    """Whether a noun is what the sentence compares its topic with ("its range (350 to 950) looks so much
    like an American FICO score", "a range similar to FICO's"): a yardstick, not the system the claim is of."""
    head = token
    while head.dep_ in ("compound", "amod", "poss", "appos", "conj") and head.head != head:
        head = head.head
    if head.dep_ != "pobj":
        return False
    prep = head.head
    # "the same range as FICO", but not "ratings such as Sesame Credit", which names an instance
    same_as = prep.lower_ == "as" and (prep.head.lower_ == "same" or any(c.lower_ == "same" for c in prep.head.children))
    return same_as or prep.lower_ in COMPARING_PREPS \
        or prep.lower_ in ("with", "to") and prep.head.lemma_.lower() in COMPARING_WORDS


@_per_span
def _systems_in(sent: Span) -> list[Span]:
    """The scoring systems a sentence mentions: by name, by a definite description ("the
    system", "the index" after "the Lianxin Trust Index"), or as an owner's scoring system ("its
    own citizen-scoring system")."""
    vocab, found = scoring_vocab(), []
    for token in sent:
        actor = actor_at(token)
        actor = titled_after(actor) if actor is not None else None
        if actor is not None and token.i == actor.root.i and is_scoring_system(actor):
            found.append(actor)
        elif token.lemma_.lower() in vocab["system_nouns"] and actor is None and not _names_a_system(token):
            described = description_antecedent(token)
            if described is not None and is_scoring_system(described):
                found.append(_new_actor(sent.doc, token.i, token.i + 1, described.id_, actor_of(described)[1],
                                        described.label_))
            else:  # "its own citizen-scoring system", "Rongcheng's scheme": the owner's system
                owner = next((c for c in token.children if c.dep_ == "poss"), None) or _place_of(token)
                if owner is not None:
                    pronoun = owner.lower_ in PRONOUNS
                    if (actor := resolve_pronoun(owner) if pronoun else actor_of_phrase(owner)) is not None:
                        found.append(_named_scheme_of(actor, owner))
    found += [m for m in _scoring_mentions(sent.doc) if sent.start <= m.start < sent.end and actor_at(m.root) is None]
    return sorted(found, key=lambda m: m.start)


def _named_scheme_of(owner: Span, word: Token, score: bool = False) -> Span:
    """ "Weinan's scheme" after the Weinan Trust Score: the scheme the text names for a place
    (`_place_schemes`), at the owner's word; with `score` (the owner's noun is a score, which
    only a scoring scheme gives: "Alibaba's restaurant system" may be any system), "Tencent's
    score" after WeChat Pay Score: the owner's scheme the text named last (`_owned_scheme`); else
    the owner."""
    if owner.label_ == "place":
        scheme = _place_schemes(owner.doc).get(owner.id_)
    else:
        scheme = _owned_scheme(owner, word) if score and not is_scoring_system(owner) else None
    if scheme is None:
        return owner
    return _new_actor(owner.doc, word.i, word.i + 1, scheme.id_, actor_of(scheme)[1], scheme.label_)


def _owned_scheme(owner: Span, word: Token) -> Span | None:
    """The scoring system of the owner's (actors.yaml `part_of`) that the text named last before
    `word`: "Is WeChat Pay Score worth switching on? ... Tencent's score ranges from 300 to 850"."""
    gazetteer = gazetteer_of(owner.doc)
    owned = [m for m in _scoring_mentions(owner.doc) if m.end <= word.i and owner.id_ in _groups(gazetteer, m.id_)]
    return owned[-1] if owned else None


def _is_share(anchor: Token) -> bool:
    """ "64 per cent", "81%", "a third": a share of people (a count, "2,300 debtors in the city", is
    of the people there, who may be on a list rather than in the city's scheme)."""
    return anchor.lower_ in SHARE_WORDS or anchor.lower_ == "cent" or anchor.lemma_.lower() in SHARE_WORDS


def _scheme_of_claims_place(anchor: Token) -> Span | None:
    """The named scheme of the place a claim's own words set it in: its phrase's "in" ("64 per cent in
    Fenglin"), the people it counts ("29 per cent of Jinhu respondents", "46 per cent of its
    respondents"), or the place a "where" clause holding it describes ("highest in Jinhu, where 81 per
    cent of respondents knew of it"). A comparison of cities gives each city's figure to its scheme,
    not to the scheme the sentence names ("Awareness of the local score ...")."""
    schemes = _place_schemes(anchor.doc)
    counted = [g for c in anchor.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    words = [g for c in anchor.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children if g.dep_ == "pobj"]
    words += [c for noun in counted for c in noun.children if c.dep_ in ("compound", "poss")]
    clause = next((t for t in anchor.ancestors if t.dep_ == "relcl"), None)
    if clause is not None and any(c.dep_ == "advmod" and c.lower_ == "where" for c in clause.children):
        words.append(clause.head)
    for word in words:
        place = _actor_meant(word)
        if place is not None and place.label_ == "place" and (scheme := schemes.get(place.id_)) is not None:
            return _new_actor(anchor.doc, word.i, word.i + 1, scheme.id_, actor_of(scheme)[1], scheme.label_)
    return None


def _place_schemes_in(sent: Span) -> list[Span]:
    """The schemes of the places a sentence says things happen in or belong to ("in Weihai",
    "residents of Jinhua", "Jinhua's"; see `_place_schemes`), at the places' words; not of a place
    the sentence is about ("Hangzhou had the highest share of ...")."""
    schemes = _place_schemes(sent.doc)
    return [_new_actor(sent.doc, place.start, place.end, scheme.id_, actor_of(scheme)[1], scheme.label_)
            for place in actor_mentions(sent.doc) if sent.start <= place.start < sent.end
            and place.root.dep_ in ("pobj", "poss") and not is_description(place)
            and (scheme := schemes.get(place.id_)) is not None]


@_per_doc
def _place_schemes(doc: Doc) -> dict[str, Span]:
    """Place id -> the one scheme the text gives it by name: "Hangzhou's Qianjiang Score",
    "Weihai ... launched its Seagull Score", a scheme named after it ("the Weinan Trust Score"
    is Weinan's), or one it launched ("Fuzhou rolled out the Jasmine Score"); a place with two named
    schemes has none."""
    found: dict[str, dict[str, Span]] = {}
    places = {m.text.lower(): m.id_ for m in actor_mentions(doc) if m.label_ == "place" and not is_description(m)}
    for scheme in actor_mentions(doc):
        if scheme.label_ == "place" or not is_scoring_system(scheme):
            continue
        owner = next((c for c in scheme.root.children if c.dep_ == "poss"), None)
        place = (resolve_pronoun(owner) if owner.lower_ in PRONOUNS else actor_at(owner)) if owner is not None else None
        if place is not None and place.label_ == "place":
            found.setdefault(place.id_, {})[scheme.id_] = scheme
        elif (named_after := _named_after_place(scheme, places)) is not None:
            found.setdefault(named_after, {})[scheme.id_] = scheme
        elif not is_description(scheme) and (launcher := _launching_place(scheme)) is not None:
            found.setdefault(launcher.id_, {})[scheme.id_] = scheme
    return {place: next(iter(schemes.values())) for place, schemes in found.items() if len(schemes) == 1}


def _launching_place(scheme: Span) -> Span | None:
    """The place that launched a scheme the text names: the subject of a verb of launching whose object
    is the scheme ("Fuzhou rolled out the Jasmine Score in 2018", "... and introduced the Egret Score"),
    or the "by" agent of one that describes it ("the Pine Credit scheme, introduced by the city in
    2021", "The Jasmine Score was launched by Fuzhou"). Not a description ("the first scheme was
    launched by Rongcheng" may stand for another scheme): the caller keeps names only."""
    root = scheme.root
    verb = root.head if root.dep_ in ("dobj", "nsubjpass") else next((c for c in root.children if c.dep_ == "acl"), None)
    if verb is None or not _launches(verb):
        return None
    doers = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if root.dep_ == "dobj":  # the subject of the verb, or of the verb it is coordinated with
        doers = [c for v in (verb, verb.head if verb.dep_ == "conj" else verb) for c in v.children if c.dep_ == "nsubj"][:1]
    place = _actor_meant(doers[0]) if doers else None
    return place if place is not None and place.label_ == "place" else None


@lru_cache(maxsize=4)
def _launch_verbs(path: str) -> frozenset[str]:
    events = (load_vocab("events", path) or {}).get("events", [])
    return frozenset(v for e in events if e.get("predicate") == "launched" for v in e.get("verbs", []))


def _launches(verb: Token) -> bool:
    """Whether a verb is one of launching (corpus/vocab/events.yaml, `launched`: "launch", "roll out")."""
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    words = verb.lemma_.lower() if particle is None else f"{verb.lemma_.lower()} {particle}"
    return verb.pos_ == "VERB" and words in _launch_verbs(configured_vocab_file("vocab/events.yaml"))


def _named_after_place(scheme: Span, places: dict[str, str]) -> str | None:
    """The id of the place a scheme's name starts with ("Lanzhen Credit Points", the city of
    Lanzhen's) or ends with ("Credit Yiwu"), among the places the text names."""
    words = actor_of(scheme)[1].split()
    for size in range(len(words) - 1, 0, -1):
        for part in (words[:size], words[-size:]):
            if (place := places.get(" ".join(part).lower())) is not None:
                return place
    return None


def _place_of(system: Token) -> Token | None:
    """ "the points system in Rongcheng", "the scheme of Suzhou": the place whose scheme it is
    (a place, or its government, after "in" or "of")."""
    for prep in (c for c in system.children if c.dep_ == "prep" and c.lower_ in ("in", "of")):
        for place in (c for c in prep.children if c.dep_ == "pobj"):
            actor = actor_at(place)
            if actor is not None and actor.label_ in ("place", "government"):
                return place
    return None


def _names_a_system(system: Token) -> bool:
    """ "the city's Credit Yiwu evaluation system": the system noun of a scheme named in its
    modifiers (counted by its name, not as its owner's)."""
    return any(t.dep_ in ("compound", "nmod") and (actor := actor_at(t)) is not None and is_scoring_system(actor)
               for left in system.lefts for t in left.subtree)


@_per_span
def _scores(sent: Span) -> list[Token]:
    return [t for t in sent if is_score(t) and not (t.head.lower_ == "on" and is_score(t.head.head))]


#: The words that tie a place to the people or firms of its scheme: "in Rongcheng", "residents of Rongcheng".
SCENE_PREPS = {"in", "of"}


@_per_span
def _scene_places(sent: Span) -> list[Span]:
    """The cities a sentence sets its scores in, with no scheme named for them: "In Rongcheng,
    residents start with 1,000 points", "Rongcheng residents", "residents of Rongcheng" (real
    reporting names a city's points scheme by its city). Not the country ("In China, ...": the
    national system's), nor a place that only locates another ("Rongcheng, in Shandong, ...")."""
    country = mentions_vocab()["field_country"]
    return [place for place in actor_mentions(sent.doc) if sent.start <= place.start < sent.end
            and place.label_ == "place" and not is_description(place) and place.text.lower() not in country
            and _sets_the_scene(place.root)]


def _scores_a_place(sent: Span) -> bool:
    """A sentence about a city's scores or points, not about a court's list and its debtors ("courts in
    Zhejiang have begun showing debtors' photographs": the list's)."""
    return speaks_of_scores(sent) and not (_speaks_of_blacklist(sent) or _speaks_of_debtors(sent))


def _sets_the_scene(word: Token) -> bool:
    """A place word after "in" that sets a clause's scene ("In Rongcheng, residents start ...", "In the
    city of Rongcheng, ..."), or
    that names the people a clause is about ("Xiamen residents", "residents of Rongcheng", "residents in
    Fuzhou who score ..."); not a place inside an object ("visas at the consulates of Luxembourg")."""
    if word.dep_ == "compound":
        return _is_clause_subject(word.head)
    if word.dep_ != "pobj" or word.head.lower_ not in SCENE_PREPS:
        return False
    prep = word.head
    if prep.lower_ == "of" and prep.head.pos_ == "NOUN" and prep.head.dep_ == "pobj" and actor_at(prep.head) is None:
        return _sets_the_scene(prep.head)  # "In the city of Rongcheng, residents start ...": the city sets it
    return prep.lower_ == "in" and prep.head.pos_ in ("VERB", "AUX") or _is_clause_subject(prep.head)


def _is_clause_subject(noun: Token) -> bool:
    return noun.dep_ in SUBJECT_DEPS and actor_at(noun) is None


def _nearest(spans, anchor: Token):
    return min(spans, key=lambda s: (abs(s.start - anchor.i), s.start)) if spans else None


def scoring_system(anchor: Token, grantor: Span | None = None, look_back: bool = True,
                   topic: bool = True, blacklist_topic: bool = True, graded_firms: bool = False) -> Subject | None:
    """The scoring system (or blacklist) a score, a perk or a penalty near `anchor` belongs to:
    0. the blacklist the people it happens to are on ("a person on the list cannot get a Sesame
       score above 550"; "the court blacklist, whose debtors are banned from ...");
    0b. for a share, the scheme the text names for the place its own words set it in ("against 64
       per cent in Fenglin", "29 per cent of Jinhu respondents", "highest in Jinhu, where 81 per cent
       of respondents knew of it": a comparison of cities gives each city's share to its scheme);
    1. the system a score noun of the sentence names ("a high Sesame score"), else the system of
       its holders ("Alibaba users with a score"); not a score it is compared with ("its range looks
       like an American FICO score": `compared_with`, in rule 3 too);
    2. the grantor, when it is itself a scoring system ("Sesame Credit, which deducts points");
    3. a scoring system the sentence mentions, nearest first (an actor that scores people is
       one: "Rongcheng, ..., which began scoring its residents"; so is a name the text calls a
       system: "the city's Credit Yiwu evaluation system");
    4. a blacklist the sentence speaks of: the named blacklist mentioned before ("the List of
       Dishonest Judgment Debtors"), else the courts' list when it speaks of debtors, else the
       blacklist system; words of listing ("listed debtors", "a listing") only speak of a
       blacklist once one has been named, "the list" once the text has described one as a
       blacklist ("the national lists of dishonest firms");
    4b. the scheme the text has given a place the sentence names ("Hangzhou's Qianjiang Score ...
       Residents with high scores in Hangzhou can borrow ...");
    5. the same in the previous sentences of the paragraph (rules 1, 3 and 4, and a place that is
       the subject of a sentence about schemes or lists stands for the scheme the text names for it;
       not a platform that a text about a law names less often than the law: `_outweighed_by_law`),
       unless one of them speaks of scores with no system ("these new social credit scores"; not scores of a
       level that someone has, "users with higher scores", which are the topic's): then none;
    6. with `topic`, the scoring system the text has named most often so far (the article's
       subject: a paragraph of perks after one about the Egret Score is about the Egret Score),
       unless it is a platform that a text about a law names less often than the law; without
       `blacklist_topic`, a named blacklist is no topic (a figure in a sentence that says nothing
       of a list, "Those who fall below 60 lose subsidies" in a story that named the court list,
       is not the list's: a blacklist has no scores, amounts or periods of its own unless the
       sentence speaks of it, which rule 4 reads);
    7. with `graded_firms` (a perk or a penalty), the state's corporate rating (`blacklist_system`) when
       the sentence or the one before grades firms by letter or red-lists them (`_grades_firms`: "Grade D
       enterprises will be restricted from ...", "Red-list companies enjoy ..."; a taxpayer's grade is the
       tax authority's; a figure there is the law's that sets the grades, when the text is about one)."""
    sent = anchor.sent
    if (found := _recipients_list(anchor)) is not None:
        return _subject(found, "blacklist")
    if _is_share(anchor) and (found := _scheme_of_claims_place(anchor)) is not None:
        return _subject(found, "place-scheme")  # "against 64 per cent in Fenglin", "29 per cent of Jinhu respondents"
    scores = sorted((t for t in _scores(sent) if not compared_with(t)), key=lambda t: abs(t.i - anchor.i))
    for score in scores:
        if (found := named_system(score) or _holders_system(score)) is not None:
            return _subject(found, "score")
    if grantor is not None and is_scoring_system(grantor):
        return _subject(grantor, "grantor")
    if (found := _nearest([s for s in _systems_in(sent) if not compared_with(s.root)], anchor)) is not None:
        return _subject(found, "scoring-sentence")
    if _speaks_of_blacklist(sent):
        if (found := _points_scheme_list(anchor, sent)) is not None:
            return _subject(found, "topic")
        return _subject(_blacklist_system(anchor, sent), "blacklist")
    if _speaks_of_listing(sent) and (found := _named_blacklist(anchor)) is not None:
        return _subject(found, "blacklist")  # "seven listed debtors", after the list was named
    if (found := _nearest(_place_schemes_in(sent), anchor)) is not None:
        return _subject(found, "place-scheme")  # "in Weihai, members of the top band receive ..."
    current = sent
    while look_back:
        if current.start == 0 or not same_paragraph(anchor.doc[current.start - 1].sent, current):
            break
        current = anchor.doc[current.start - 1].sent
        named = [found for score in _scores(current) if (found := named_system(score)) is not None]
        systems = [s for s in named or _systems_in(current) if not _outweighed_by_law(s)]
        if systems:  # none when it is about several ("Koala Credit and Pengyuan Credit were pilots")
            main = _main_system(systems)
            return None if _one_of_several(main) else _subject(main, "previous-sentence")
        if _scores(current) and _generic_scores(current):
            return None
        if (found := _scheme_of_doing_place(current)) is not None:
            return _subject(found, "previous-sentence")  # "In 2016 the city added red and black lists. ..."
        if _speaks_of_blacklist(current):  # "A firm blacklisted by one agency is punished by all. Its ..."
            if (found := _points_scheme_list(anchor, current)) is not None:
                return _subject(found, "topic")
            return _subject(_blacklist_system(anchor, current), "blacklist")
    if not blacklist_topic and _speaks_of_debtors(sent):
        blacklist_topic = True  # "debtors in 23 provinces have been barred from ...": the courts' list's people
    if topic and (found := topic_system(anchor, blacklist_topic) or _previous_paragraph_system(anchor, blacklist_topic)) \
            is not None and not _outweighed_by_law(found):
        return _subject(found, "topic")
    if _scores_a_place(sent) and (found := _nearest(_scene_places(sent), anchor)) is not None:
        return _subject(found, "scene-place")  # "In Rongcheng, residents start with 1,000 points": its unnamed scheme
    if graded_firms and (rating := _grades_firms(anchor)) is not None:
        return _subject(_gazetteer_actor(anchor.doc, anchor, rating), "blacklist")
    return None


#: A firm's grade in the state's corporate ratings: "Grade D", "class A", "A-grade", "D-rated", "rated A".
LETTER_GRADE = re.compile(r"\b(?:[Gg]rade|[Cc]lass) [A-D]\b|\b[A-D]-(?:grade|class|rated)\b|\b(?:rated|graded) [A-D]\b"
                          r"|\b[Rr]ed-?list(?:ed)?\b|\b[Rr]ed list\b")


def _grades_firms(anchor: Token) -> str | None:
    """ "Grade D enterprises will be restricted from ...", "Red-list companies enjoy ...": with no scheme
    named, a perk or penalty of firms by their grade or red listing, in the sentence or the one before it
    in the paragraph, is the state's corporate rating's: the Social Credit System (`blacklist_system`);
    a taxpayer's grade ("A-grade taxpayers may claim ...") is the tax authority's (`graded_parties`). A
    rating whose keeper the text shows rating them is the keeper's (rule 3). The rating's actor id."""
    sent = anchor.sent
    sentences = [sent] + ([before] if sent.start > 0 and same_paragraph(before := anchor.doc[sent.start - 1].sent, sent)
                          else [])
    parties = scoring_vocab()["graded_parties"]
    for graded in (s for s in sentences if LETTER_GRADE.search(s.text)):
        if found := [parties[t.lemma_.lower()] for t in graded if t.lemma_.lower() in parties]:
            return found[0] or scoring_vocab()["blacklist_system"]
    return None


@_per_span
def speaks_of_schemes(sent: Span) -> bool:
    """Whether a sentence speaks of rating or listing: a score noun, a scoring verb, points, a
    blacklist, listing or debtors ("Users with 550 points can skip deposits at 800,000 merchants",
    "exit bans were imposed on 3,000 debtors"; not "Payment services 3,950.2 3,761.4", a row of a
    company's accounts)."""
    return speaks_of_scores(sent) or _speaks_of_blacklist(sent) or _speaks_of_listing(sent) or _speaks_of_debtors(sent)


def speaks_of_scores(sent: Span) -> bool:
    """Whether a sentence speaks of rating: a score noun, a scoring verb or points."""
    verbs = scoring_vocab()["scoring_verbs"]
    return any(is_score(t) or t.lower_ in verbs or t.lemma_.lower() == "point" for t in sent)


@_per_span
def _speaks_of_debtors(sent: Span) -> bool:
    vocab = scoring_vocab()
    return any(t.lemma_.lower() in vocab["debtor_words"] for t in sent)


def _outweighed_by_law(system: Span) -> bool:
    """ "Grades will appear on the National Enterprise Credit Information Publicity System": a platform
    is no topic of a text about a law (`law_of_text`: a law firm's alert on the Measures) that the
    text names at least as often."""
    if system.label_ != "platform":
        return False
    return _times_named(system) <= _text_law(system.doc)[1]


def law_outweighs(system: Subject) -> bool:
    """ "... published the Guideline on ... According to the guideline, ... Firms may apply to leave the
    list after six months": a scheme that is only the topic of a text (named in passing, "a high-level
    social credit system") gives way to the law the text names more often, for a figure no clause
    gives an actor (the law's time limits, fines and targets)."""
    return system.how == "topic" and _times_named(system.actor) < _text_law(system.actor.doc)[1]


def _times_named(actor: Span) -> int:
    return sum(m.id_ == actor.id_ for m in actor_mentions(actor.doc))


def _previous_paragraph_system(anchor: Token, blacklists: bool = True) -> Span | None:
    """ "... villages that have adopted the Harmony Ledger, a points system ... // What the points
    buy is modest but real. Households above 1,100 points receive ...": a paragraph that names no
    scheme goes on with the one the paragraph before it was about (its last sentence naming one,
    the scheme highest in that sentence's parse)."""
    doc, first = anchor.doc, anchor.sent
    while first.start > 0 and same_paragraph(doc[first.start - 1].sent, first):
        first = doc[first.start - 1].sent
    if any(_systems_in(s) or _speaks_of_blacklist(s) for s in _sentences_from(first, anchor.sent)):
        return None  # this paragraph has a scheme or a blacklist of its own
    if first.start == 0:
        return None
    current = doc[first.start - 1].sent
    while True:
        if systems := [s for s in _systems_in(current) if blacklists or not is_named_blacklist(s)]:
            main = _main_system(systems)
            # "these new social credit scores" after it: the text has moved on to scores in general
            general = any(start < anchor.sent.start and main.end < end for start, end in _generic_score_sentences(doc))
            return None if _one_of_several(main) or general else main
        if current.start == 0 or not same_paragraph(doc[current.start - 1].sent, current):
            return None
        current = doc[current.start - 1].sent


def _sentences_from(first: Span, last: Span) -> list[Span]:
    """The sentences from `first` to `last`, both included."""
    found = [first]
    while found[-1].end < last.end:
        found.append(first.doc[found[-1].end].sent)
    return found


def _main_system(systems: list[Span]) -> Span:
    """The scheme a sentence before the claim is about: the one highest in its parse, the last of
    those ("Many villages have adopted the Harmony Ledger, a points system ignored by the press,
    which prefers to write about Sesame Credit": the Harmony Ledger, not the scheme of the
    relative clause that only mentions another)."""
    return min(reversed(systems), key=lambda s: sum(1 for _ in phrase_head(s).ancestors))


def _is_listing(token: Token) -> bool:
    """A word of listing ("listed", "a listing"), or its verb in any form ("a court may list a
    debtor"): the vocabulary gives the participle."""
    listing = scoring_vocab()["listing"]
    return token.lower_ in listing or token.pos_ == "VERB" and token.lemma_.lower() + "ed" in listing


@_per_span
def _speaks_of_listing(sent: Span) -> bool:
    return any(_is_listing(t) for t in sent)


@_per_span
def _speaks_of_blacklist(sent: Span) -> bool:
    vocab = scoring_vocab()
    return any(t.lemma_.lower() in vocab["blacklist"] or t.lower_ in vocab["blacklist"] for t in sent)


def court_list(found: Subject | None, anchor: Token) -> Subject | None:
    """A count the text gives a court in a sentence about its blacklist is the blacklist's: the
    people on it, the times they were blocked, how long a listing lasts ("15.7 million names had
    been added since the list began, according to the court"; "some 7.9 million people were on
    it"; "the listing usually lasts two years")."""
    if found is None or found.actor is None or found.actor.label_ != "court":
        return found
    sent = anchor.sent
    on_it = any(t.lower_ == "it" and t.head.lower_ in LIST_PREPS for t in sent) and _named_blacklist(anchor) is not None
    if _speaks_of_blacklist(sent) or _speaks_of_listing(sent) or on_it or _recipients_list(anchor) is not None:
        return _subject(_blacklist_system(anchor, sent), "blacklist")
    return found


@_per_doc
def speaks_of_blacklists(doc: Doc) -> bool:
    """Whether a text names a blacklist or speaks of blacklisting anywhere (there, "she was listed
    in 2019" is a listing on it, not on a stock exchange)."""
    return bool(_blacklist_mentions(doc)) or any(_speaks_of_blacklist(sent) for sent in doc.sents)


def _recipients_list(anchor: Token) -> Span | None:
    """The blacklist the participants of the anchor's clause are on: a clause that describes the
    blacklist's people ("the court blacklist, whose debtors are banned from first-class travel"),
    or a participant "on" it ("a person on the list cannot get ...", "lowers the scores of people
    on the list") or "listed" ("lowers the scores of listed debtors"). A plain "list", and a word of
    listing, count only once a named blacklist has come up."""
    clause = next((t for t in (anchor, *anchor.ancestors) if t.pos_ in ("VERB", "AUX")
                   and t.dep_ not in ("aux", "auxpass", "neg")), None)  # "cannot": the verb it modifies
    if clause is None:
        return None
    while clause.dep_ == "conj" and clause.head.pos_ in ("VERB", "AUX") and not any(
            c.dep_ in SUBJECT_DEPS for c in clause.children):
        clause = clause.head  # "firms on the list are barred from ..., denied ...": the first verb's subject
    if clause.dep_ == "relcl" and (found := _blacklist_named_by(antecedent(clause))) is not None:
        return found
    for prep in (t for t in clause.subtree if t.dep_ == "prep" and t.lower_ in LIST_PREPS):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            if (found := _blacklist_named_by(pobj)) is not None:
                return found
    # "Sesame Credit lowers the scores of listed debtors": a participant the list's participle describes
    listed = any(c.dep_ == "amod" and _is_listing(c) for t in clause.subtree for c in t.children
                 if t.dep_ in ("nsubj", "nsubjpass", "dobj", "dative", "pobj"))
    return _named_blacklist(anchor) if listed else None


def _blacklist_named_by(noun: Token) -> Span | None:
    """The blacklist a noun names: a named blacklist ("the List of Dishonest Judgment Debtors"),
    "the list" after one, or a blacklist word ("the court blacklist")."""
    vocab = scoring_vocab()
    actor = actor_at(noun)
    if actor is not None and is_named_blacklist(actor):
        return actor
    lemma = noun.lemma_.lower()
    if lemma in vocab["blacklist"] or noun.lower_ in vocab["blacklist"]:
        return _blacklist_system(noun, noun.sent)
    if lemma != "list":
        return None
    if _lists_the_blacklisted(noun) and not _counts_points(noun.sent):
        # "the courts' list of defaulters"; a list that points put people on is a points scheme's grade
        return _blacklist_system(noun, noun.sent)
    if _another_list(noun):  # "the 'seriously dishonest' lists", "an abnormal operations list"
        blacklist = any(w.lower_ in vocab["blacklist"] for w in noun.subtree) or _a_blacklist_before(noun)
        return _blacklist_system(noun, noun.sent, named=False) if blacklist else None
    return _named_blacklist(noun) or (_blacklist_system(noun, noun.sent) if _a_blacklist_before(noun) else None)


def _lists_the_blacklisted(noun: Token) -> bool:
    """ "the courts' list of defaulters", "a national list of dishonest firms": a list "of" debtors or of the
    dishonest is a blacklist, named before or not (a list of lenders is not)."""
    vocab = scoring_vocab()
    listed = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return any(w.lemma_.lower() in vocab["debtor_words"] or w.lower_ in vocab["blacklist"]
               for g in listed for w in g.subtree)


def _another_list(noun: Token) -> bool:
    """ "Firms on the 'seriously dishonest' lists", "moved onto an abnormal operations list": a
    plural, or a list with words of its own, is not the one list named before ("the list")."""
    return noun.tag_ in ("NNS", "NNPS") or any(c.dep_ in ("amod", "compound", "nmod") for c in noun.children)


def _blacklist_system(anchor: Token, sent: Span, named: bool = True) -> Span | None:
    """The blacklist a sentence about blacklisting speaks of: (with `named`) the named one
    mentioned before, else the named one its keeper's possessive stands for ("the Supreme People's
    Court ... its blacklist": `_keepers_blacklist`), else the courts' when it speaks of debtors
    ("children of blacklisted debtors"), else the blacklist system (metrics.yaml `scoring`)."""
    vocab = scoring_vocab()
    if named and (found := _named_blacklist(anchor)) is not None:
        return found
    if (found := _kept_blacklist_in(sent)) is not None:
        return found  # "The Supreme People's Court said 5.7 million people had been removed from its blacklist"
    system = vocab["court_blacklist"] if _speaks_of_debtors(sent) and vocab["court_blacklist"] else vocab["blacklist_system"]
    return _gazetteer_actor(anchor.doc, anchor, system)


def _a_blacklist_before(noun: Token) -> bool:
    """ "... on the national lists of dishonest firms. Firms on the lists are barred from ...":
    a definite "the list" refers back to a list the text has described as a blacklist."""
    if not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children):
        return False
    vocab = scoring_vocab()
    lemma = noun.lemma_.lower()
    for earlier in (t for t in noun.doc[: noun.sent.start] if t.lemma_.lower() == lemma):
        if any(w.lemma_.lower() in vocab["blacklist"] or w.lower_ in vocab["blacklist"] for w in earlier.subtree):
            return True
    return False


def _points_scheme_list(anchor: Token, sent: Span) -> Span | None:
    """ "Residents who fall below 600 points are rated "D" and placed on the city's list of dishonest
    persons": an unnamed list that a number of points puts people on is the points scheme's lowest
    grade, not a blacklist of its own (a blacklist counts no points): the rating scheme the text is
    about. None when the sentence names a blacklist ("... are reported to the List of Dishonest
    Judgment Debtors")."""
    if not _counts_points(sent) or any(is_named_blacklist(m) for m in actor_mentions(sent.doc)
                                       if sent.start <= m.start < sent.end):
        return None
    return topic_system(anchor, blacklists=False)


@_per_span
def _counts_points(sent: Span) -> bool:
    """ "below 600 points", "AAA (250 points and above)": a sentence that gives a number of points."""
    return any(t.lemma_.lower() == "point" and any(c.dep_ == "nummod" for c in t.children) for t in sent)


@_per_span
def _generic_scores(sent: Span) -> bool:
    """ "these new social credit scores": scores of no named system (plural, or with "these");
    not scores given a value ("respondents with scores of 650 or more", "Scores are graded as follows:
    AAA (250 points and above), ...": a scheme's own bands), nor a level ("users with higher scores":
    the holders of the topic's scores, `_leveled`), nor someone's ("graded according to their
    scores": the scheme's own, held by its people)."""
    if _counts_points(sent):
        return False
    return any((t.tag_ in ("NNS", "NNPS") or any(c.lower_ in ("these", "such") for c in t.children))
               and not _valued(t) and not _leveled(t) and not any(c.dep_ == "poss" for c in t.children)
               for t in _scores(sent))


def _leveled(score: Token) -> bool:
    """ "users with higher scores", "borrowers with low scores": a score its holders have, qualified by its
    level (metrics.yaml `level_words`); not "the deductions attached to low scores", scores in general."""
    held = score.dep_ == "pobj" and score.head.lower_ == "with"
    return held and any(c.dep_ == "amod" and c.lower_ in scoring_vocab()["level_words"] for c in score.children)


def _valued(score: Token) -> bool:
    """ "scores of 650 or more", "scores above 600": a score with a number of its own."""
    return any(w.like_num for c in score.children if c.dep_ in ("prep", "nummod", "amod") for w in c.subtree)


def topic_system(anchor: Token, blacklists: bool = True) -> Span | None:
    """The scoring system the text is about so far: named (or described) before `anchor` at
    least twice, and at least twice as often as any other, or the one scheme named so far
    (a story about a city's scheme names it once, then tells its perks); none when the text weighs several
    (an overview of Sesame Credit, Tencent Credit and the state system has no one topic). Without
    `blacklists`, a named blacklist is never the answer (see `scoring_system`, rule 6): the one
    rating scheme named so far is, beside any blacklist (a thread on the Tongrui Points that names the
    court list once); else a scheme must outweigh every other, blacklists included."""
    doc = anchor.doc
    mentions = [m for m in _scoring_mentions(doc) if m.end <= anchor.i]
    counts = Counter(m.id_ for m in mentions)
    listed = {m.id_ for m in mentions if is_named_blacklist(m)}
    schemes = Counter(counts) if blacklists else Counter({k: n for k, n in counts.items() if k not in listed})
    only = len(schemes) == 1  # the one scheme the text has named so far
    if not schemes:
        return None
    top_id, top = schemes.most_common(1)[0]
    rivals = schemes if only else counts
    second = max((n for k, n in rivals.items() if k != top_id), default=0)
    if top < 2 and not only or top < 2 * second:
        return None
    found = [m for m in mentions if counts[m.id_] == top and m.id_ not in (set() if blacklists else listed)][-1]
    # "these new social credit scores" after it: the text has moved on to scores in general
    if any(start < anchor.sent.start and found.end < end for start, end in _generic_score_sentences(doc)):
        return None
    return found


@_per_doc
def _scoring_mentions(doc: Doc) -> list[Span]:
    """The document's mentions of scoring systems, in order (`topic_system` counts those before
    each claim), with the definite nouns that stand for one by its name's head word ("the
    Harmony Ledger ... extend the ledger")."""
    named = [m for a in actor_mentions(doc) if is_scoring_system(m := titled_after(a))]
    heads = {m.root.lower_ for m in named if len(m) > 1 and m.root.text[:1].isupper()}
    taken = {i for a in actor_mentions(doc) for i in range(a.start, a.end)}
    for token in (t for t in doc if t.lower_ in heads and t.i not in taken and t.pos_ in ("NOUN", "PROPN")):
        system = _named_with_head(token) if any(c.dep_ == "det" and c.lower_ in DEFINITE for c in token.children) else None
        if system is not None and is_scoring_system(system):
            named.append(_new_actor(doc, token.i, token.i + 1, system.id_, actor_of(system)[1], system.label_))
    return sorted(named, key=lambda m: m.start)


@_per_doc
def _generic_score_sentences(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of the sentences that speak of scores in general (`topic_system` looks for
    one between its topic and each claim)."""
    return [(sent.start, sent.end) for sent in doc.sents if _generic_scores(sent)]


def _named_blacklist(anchor: Token) -> Span | None:
    """The last named blacklist mentioned before `anchor` ("the list of dishonest judgment
    debtors"), from metrics.yaml `blacklists`."""
    before = [a for a in _blacklist_mentions(anchor.doc) if a.start < anchor.sent.end]
    return before[-1] if before else None


@_per_doc
def _blacklist_mentions(doc: Doc) -> list[Span]:
    """The document's mentions of named blacklists, in order."""
    return [a for a in actor_mentions(doc) if is_named_blacklist(a)]


def is_named_blacklist(actor: Span) -> bool:
    """A named blacklist: one of metrics.yaml `blacklists`, or an actor the text names as a list
    of the blacklisted ("the Nanhu Dishonest Persons List", "the Haidian Dishonest Firms List"),
    its own description ("the list") included; a list named "List of" its blacklisted ("the Hubei List of
    Seriously Dishonest Firms": its head is the word before "of")."""
    vocab = scoring_vocab()
    if actor.id_ in vocab["blacklists"]:
        return True
    words = actor_of(actor)[1].lower().split()
    if len(words) < 2 or actor.label_ in SOURCE_TYPES:
        return False
    return words[-1] in LIST_NOUNS or words[-1] in vocab["blacklist"] or _list_of_blacklisted(words, vocab)


def _list_of_blacklisted(words: list[str], vocab: dict) -> bool:
    """ "Hubei List of Seriously Dishonest Firms": a list word heads the name, and a blacklist word
    says whom it lists (not "the List of Approved Lenders")."""
    if "of" not in words[1:]:
        return False
    of = words.index("of", 1)
    return words[of - 1] in LIST_NOUNS and any(w in vocab["blacklist"] for w in words[of + 1:])


def score_system(score: Token) -> Subject | None:
    """The system of a score noun: the one it names, else its holders' ("Alibaba users with a
    score greater than 650")."""
    found = named_system(score) or _holders_system(score)
    return _subject(found, "score") if found is not None else None


#: Prepositions that introduce what an opinion is about: "opposed to", "in support of".
OPINION_PREPS = ("to", "of", "for", "against", "on", "about")
#: Verbs by which respondents give their view in a clause of its own: "78 percent said the scheme ...".
OPINION_VERBS = ("say", "think", "believe", "feel")


def opinion_subject(share: Token) -> Subject | None:
    """What a poll's share of respondents holds an opinion about: the object of the verb or
    adjective the share is the subject of ("56 percent ... were opposed to the measure", "59
    percent ... supported the concept of a social credit score"), or of its own "in support of", or of the
    clause in which they say their view ("61 per cent said they approved of the scheme": "the scheme",
    "it" are the scheme the passage is about);
    else the scheme the text names for the respondents' place ("46 per cent of its respondents had
    used the Maple Pass", in a section on Fenglin: where the people polled live is no opinion's object)."""
    heads = [share.head] if share.dep_ in SUBJECT_DEPS else []
    heads += [c for c in share.head.children if c.dep_ == "acomp"] if heads else []
    # "found that 80 percent of respondents approved of X": the verb the parser hung on the share or the respondents
    people = [g for c in share.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    heads += [c for p in (share, *people) for c in p.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"]
    objects = [c for h in heads for c in h.children if c.dep_ in ("dobj", "attr") and c.pos_ in ("NOUN", "PROPN")]
    # "78 percent said the scheme made them more likely to pay": what they said it of
    objects += [g for h in heads for c in h.children if c.dep_ == "ccomp" and h.lemma_ in OPINION_VERBS
                for g in c.children if g.dep_ in SUBJECT_DEPS and g.pos_ in ("NOUN", "PROPN")]
    # "61 per cent said they approved of the scheme": the respondents' own view is in the clause they say
    heads += [c for h in heads if h.lemma_ in OPINION_VERBS for c in h.children if c.dep_ == "ccomp"
              and any(g.dep_ == "nsubj" and g.lower_ in ("they", "we") for g in c.children)]
    objects += [c for h in heads for c in h.children if c.dep_ in ("dobj", "attr") and c.lower_ == "it"]
    preps = [c for h in (*heads, share) for c in h.children if c.dep_ == "prep" and c.lower_ in OPINION_PREPS + ("in",)]
    for prep in preps:
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            if prep.lower_ == "in":  # "in support of the measure", "in favour of"
                objects += [g for p2 in pobj.children if p2.dep_ == "prep" and p2.lower_ in OPINION_PREPS
                            for g in p2.children if g.dep_ == "pobj"]
            else:
                objects.append(pobj)
    for token in objects:
        if _the_scheme(token) or token.lower_ == "it":
            # "approved of the scheme", "disapproved of it": the scheme the passage is about
            if (scheme := scoring_system(share, blacklist_topic=False)) is not None:
                return scheme
            continue
        found = actor_of_phrase(token) or _named_in_general(token)
        if found is not None and found.label_ == "place" and token in people:
            continue  # "of Jinhu respondents", "of its respondents": where the people polled live
        if found is not None and found.label_ not in SOURCE_TYPES:
            return _subject(found, "phrase")
    # "46 per cent of its respondents had used the Maple Pass": a city's respondents answer about its scheme
    return _subject(_scheme_of_claims_place(share), "place-scheme")


def _named_in_general(noun: Token) -> Span | None:
    """The actor a plural common noun names in general: "approved of social credit systems"
    (the gazetteer's "social credit system")."""
    if noun.tag_ != "NNS":
        return None
    words = [t for t in noun.lefts if t.dep_ in ("compound", "amod") and t.i >= noun.i - 3]
    start = words[0].i if words and all(t.i == words[0].i + n for n, t in enumerate(words)) else noun.i
    phrase = " ".join([*(t.lower_ for t in noun.doc[start:noun.i]), noun.lemma_.lower()])
    actor = _aliases(gazetteer_of(noun.doc)).get(phrase)
    return _new_actor(noun.doc, start, noun.i + 1, actor.id, actor.name, actor.type) if actor else None


@lru_cache(maxsize=4)
def _aliases(gazetteer: Gazetteer) -> dict:
    """Every lower-case name of the gazetteer's actors, to the actor."""
    return {name.lower(): actor for actor in gazetteer.actors.values() for name in gazetteer.names(actor)}
