"""Actors: the gazetteer (corpus/actors.yaml) and the component that finds them.

`sckb_actors` puts every actor mention in `doc.spans["actors"]`: gazetteer
matches first (span.id_ is the actor id, span.label_ its type), then entities of
the statistical NER that the gazetteer lacks (ids prefixed by their label, e.g.
"org:business-insider"). `doc._.actor_names` maps each id to its canonical name.

Matching: names are compared on spaCy's NORM (case and apostrophe folded, so
"People's" matches "People’s"), except abbreviations and the names of actors
marked `case_sensitive` (Wired, Foreign Policy), which match only as written.
NER entities are trimmed of articles, possessives and trailing punctuation, and
a later mention by surname ("Rollet") reuses the full name's id ("Charles Rollet").
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

SPANS_KEY = "actors"
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
            entries = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or []
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


def trim_entity(ent: Span) -> Span | None:
    """The entity without articles, possessives, dangling prepositions and punctuation
    at its edges, cut at a line break; None when nothing name-like is left ("n’t")."""
    start, end = ent.start, ent.end
    for token in ent:
        if "\n" in token.text or "\n" in token.whitespace_:
            end = token.i if "\n" in token.text else token.i + 1
            break
    doc = ent.doc
    while start < end and doc[start].pos_ in _EDGE_POS:
        start += 1
    while end > start and doc[end - 1].pos_ in _EDGE_POS:
        end -= 1
    if start >= end or not any(c.isupper() for c in doc[start:end].text):
        return None
    return doc[start:end]


def clean_entity_name(text: str) -> str:
    text = re.sub(r"^(?:the|The)\s+", "", text.strip())
    return re.sub(r"(?:['’]s|['’])$", "", text).strip(" ,.;:")


class ActorFinder:
    def __init__(self, nlp: Language, gazetteer: Gazetteer, use_ner: bool = True):
        self.gazetteer = gazetteer
        self.use_ner = use_ner
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.folded = PhraseMatcher(nlp.vocab, attr="NORM")
        for actor in gazetteer.actors.values():
            for name in gazetteer.names(actor):
                matcher = self.exact if actor.case_sensitive or _case_sensitive(name) else self.folded
                matcher.add(actor.id, [nlp.make_doc(name)])

    def __call__(self, doc: Doc) -> Doc:
        names: dict[str, str] = {}
        found = []
        for matcher in (self.exact, self.folded):
            for match_id, start, end in matcher(doc):
                actor = self.gazetteer.get(doc.vocab.strings[match_id])
                found.append(Span(doc, start, end, label=actor.type, span_id=actor.id))
                names[actor.id] = actor.name
        known = filter_spans(found)
        taken = {i for span in known for i in range(span.start, span.end)}
        extra = []
        if self.use_ner:
            for ent in doc.ents:
                kind = NER_ACTOR_TYPES.get(ent.label_)
                span = trim_entity(ent) if kind else None
                name = clean_entity_name(span.text) if span is not None else ""
                if not name or any(i in taken for i in range(span.start, span.end)):
                    continue
                actor_id = _earlier_full_name(span, name, known + extra, names) or f"{ent.label_.lower()}:{slug(name)}"
                label = next((s.label_ for s in known + extra if s.id_ == actor_id), kind)
                extra.append(Span(doc, span.start, span.end, label=label, span_id=actor_id))
                names.setdefault(actor_id, name)
        doc.spans[SPANS_KEY] = sorted(known + extra, key=lambda s: (s.start, s.end))
        doc._.actor_names = names
        return doc


def _earlier_full_name(mention: Span, name: str, found: list[Span], names: dict[str, str]) -> str | None:
    """The id of an earlier person whose full name ends with this one-word name
    ("Rollet" after "Charles Rollet"), so a surname does not become a second actor."""
    if " " in name:
        return None
    earlier = [span for span in found if span.end <= mention.start]
    for span in sorted(earlier, key=lambda s: s.start, reverse=True):
        full = names.get(span.id_, "")
        if span.label_ == "person" and full != name and full.endswith(" " + name):
            return span.id_
    return None


@Language.factory("sckb_actors", default_config={"actors_path": None, "use_ner": True})
def make_actor_finder(nlp: Language, name: str, actors_path: str | None, use_ner: bool):
    from extract.settings import Settings

    path = actors_path or Settings.from_env().vocab_file("actors.yaml")
    return ActorFinder(nlp, Gazetteer.load(path), use_ner=use_ner)


def actor_of(span: Span) -> tuple[str, str]:
    """(id, canonical name) of an actor mention from doc.spans["actors"]."""
    names = span.doc._.actor_names or {}
    return span.id_, names.get(span.id_, clean_entity_name(span.text))


def actors_in(span: Span) -> list[Span]:
    """The actor mentions inside `span` (a sentence, a noun phrase...)."""
    return [a for a in span.doc.spans.get(SPANS_KEY, []) if a.start >= span.start and a.end <= span.end]
