"""The RDF side of the knowledge base: rows in, a dataset of named graphs out, unit by unit.

What goes where (see kb/vocab.ttl for the whole model):
- the default graph holds what the knowledge base itself says: document metadata
  (dcterms, schema.org, BIBO) and actors (schema.org types, SKOS labels);
- one named graph per source, `{base}graph/{document id}`, holds what that source
  asserts: its claims (schema:Claim), their anchors in its text (W3C Web Annotation
  selectors), the extraction activities that produced them (PROV-O) and its citations.

IRIs are built from `settings.base_iri` so that, on a published site, a claim's IRI is its
Datasette page (`{base}kb/claims/{id}`); ids are encoded the way Datasette encodes them
in row URLs. The vocabulary has a fixed namespace (`SCKB`) so that knowledge bases
published under different bases share one vocabulary. Every node has an IRI (no blank
nodes).

The RDF is built one *unit* at a time, so that a build can stream, cache and run in
parallel: a unit is one source (its document's metadata and its named graph) or the
knowledge base's own part (actors and predicate terms). For each unit:
  source_triples / knowledge_base_triples  rows -> `Triples` (the unit's triples, sorted)
  validate_triples                         those and the actors they point at -> SHACL report
  Triples.chunk                            -> `Chunk`: N-Quads, TriG and JSON-LD, a plain value
  DatasetWriter.add                        appends a chunk to kb.nq, kb.trig and kb.jsonld
`source_unit` and `knowledge_base_unit` do the first three steps at once (what a build
worker does) and return a `Unit`: the chunk and the SHACL verdict. The same chunks in the
same order give byte-identical files. `build_dataset`, `validate` and `write_all` do all of
it for a whole corpus held in memory (small corpora, tests).

Querying (see `sparql` and queries/*.rq): claims live in named graphs and metadata in the
default graph. Write claim patterns inside `GRAPH ?g { ... }` and metadata patterns outside
it; `load` opens datasets with the default graph as the union of all graphs, so this works
with both engines: Oxigraph through oxrdflib (used when installed: it loads and answers
tens of times faster) or rdflib's own. rdflib runs the triple patterns with the most
constants first, whatever is bound: avoid `?claim a schema:Claim` style patterns when the
claim is bound elsewhere (they would enumerate every claim), and select anchors' selectors by
their properties (oa:exact, oa:start) rather than by their types.
"""
from __future__ import annotations

import datetime
import json
import re
import time
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from itertools import groupby
from pathlib import Path
from typing import Callable, Iterable, Iterator, Mapping

from datasette.utils import tilde_decode, tilde_encode
from rdflib import RDF, RDFS, XSD, BNode, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, SDO, SH, SKOS
from rdflib.plugins.shared.jsonld.context import UNDEF
from rdflib.plugins.shared.jsonld.context import Context as JsonLDContext
from rdflib.plugins.shared.jsonld.keys import ID, VOCAB

HERE = Path(__file__).resolve().parent
VOCAB_PATH = HERE / "vocab.ttl"
SHAPES_PATH = HERE / "shapes.ttl"
CONTEXT_PATH = HERE / "context.jsonld"

#: The sckb vocabulary: fixed, whatever base the data is published under.
SCKB = Namespace("https://w3id.org/sckb/vocab#")
OA = Namespace("http://www.w3.org/ns/oa#")
BIBO = Namespace("http://purl.org/ontology/bibo/")
SCHEMA = SDO  # https://schema.org/

#: Prefixes of the TriG output and of SPARQL queries run through `sparql`.
PREFIXES = {
    "sckb": SCKB, "schema": SCHEMA, "dcterms": DCTERMS, "prov": PROV, "oa": OA, "bibo": BIBO,
    "skos": SKOS, "rdf": RDF, "rdfs": RDFS, "xsd": XSD,
}

#: Characters of document text kept before and after an exact quote (oa:prefix, oa:suffix).
CONTEXT_CHARS = 32

# schema.org class of a document, by documents.kind; anything else is a schema:Article.
DOCUMENT_CLASSES = {
    "journal-article": SCHEMA.ScholarlyArticle,
    "news": SCHEMA.NewsArticle,
    "news-article": SCHEMA.NewsArticle,
    "blog": SCHEMA.BlogPosting,
    "blog-post": SCHEMA.BlogPosting,
    "web-page": SCHEMA.WebPage,
    "discussion": SCHEMA.DiscussionForumPosting,
    "report": SCHEMA.Report,
    "book": SCHEMA.Book,
}
# schema.org class of an actor, by actors.type; anything else is a schema:Thing.
ACTOR_CLASSES = {
    "company": SCHEMA.Corporation,
    "organization": SCHEMA.Organization,
    "government": SCHEMA.GovernmentOrganization,
    "court": SCHEMA.GovernmentOrganization,
    "outlet": SCHEMA.NewsMediaOrganization,
    "person": SCHEMA.Person,
    "place": SCHEMA.Place,
    "product": SCHEMA.Product,
    "platform": SCHEMA.Service,
    "program": SCHEMA.Project,
    "law": SCHEMA.Legislation,
}
#: Actor types that can act (be credited with a claim, belong to a parent organisation).
AGENT_TYPES = {"company", "organization", "government", "court", "outlet", "person", "program"}
ORGANIZATION_TYPES = AGENT_TYPES - {"person"}

CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ebef]")
ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class RDFInputError(ValueError):
    """Rows that cannot become RDF. `problems` has one line per bad row, for people."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        more = f" (and {len(problems) - 10} more)" if len(problems) > 10 else ""
        super().__init__("cannot build RDF:\n  " + "\n  ".join(problems[:10]) + more)


# --- IRIs -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Iris:
    """The IRIs of one knowledge base, all under `base` (its published site)."""

    base: str

    @classmethod
    def from_settings(cls, settings) -> "Iris":
        base = str(settings.base_iri).strip()
        if not re.match(r"^[a-z][a-z0-9+.-]*://[^\s<>\"{}|\\^`]+$", base, re.I):
            raise RDFInputError([f"base_iri {base!r} is not an absolute IRI such as https://example.org/"])
        return cls(base if base.endswith("/") else base + "/")

    def _page(self, table: str, row_id: str) -> URIRef:
        return URIRef(f"{self.base}kb/{table}/{tilde_encode(str(row_id))}")

    def document(self, document_id: str) -> URIRef:
        return self._page("documents", document_id)

    def claim(self, claim_id: str) -> URIRef:
        return self._page("claims", claim_id)

    def actor(self, actor_id: str) -> URIRef:
        return self._page("actors", actor_id)

    def actor_id(self, iri) -> str | None:
        """The id of the actor whose IRI this is, or None when it is no actor's."""
        prefix = str(self._page("actors", ""))
        return tilde_decode(str(iri)[len(prefix):]) if str(iri).startswith(prefix) else None

    def citation(self, citation_id: str) -> URIRef:
        return self._page("citations", citation_id)

    def graph(self, document_id: str) -> URIRef:
        return URIRef(f"{self.base}graph/{tilde_encode(str(document_id))}")

    def activity(self, document_id: str, method: str) -> URIRef:
        """Running one rule (method) over one document."""
        return URIRef(f"{self.document(document_id)}#extraction-{tilde_encode(method)}")


def term(name: str) -> URIRef:
    """A vocabulary term minted from a data value (a predicate, a bound, a status)."""
    return SCKB[tilde_encode(str(name))]


# --- literals -----------------------------------------------------------------------------

def date_literal(value: str) -> Literal:
    """An ISO date or prefix as a literal typed at its precision (xsd:gYear, gYearMonth, date).
    Anything else stays a plain string, which the SHACL shapes report."""
    text = str(value).strip()
    match = ISO_DATE.match(text)
    if not match:
        return Literal(text)
    year, month, day = match.groups()
    if month and not 1 <= int(month) <= 12 or day and not _valid_day(text):
        return Literal(text)
    datatype = XSD.date if day else XSD.gYearMonth if month else XSD.gYear
    return Literal(text, datatype=datatype)


def _valid_day(text: str) -> bool:
    try:
        datetime.date.fromisoformat(text)
        return True
    except ValueError:
        return False


def number_literal(value) -> Literal:
    """A number as xsd:decimal in its shortest exact form (520000000, not 5.2E8).
    Anything else (text, infinities) stays a plain string, which the SHACL shapes report."""
    try:
        number = Decimal(repr(value)) if isinstance(value, float) else Decimal(str(value).strip())
    except InvalidOperation:
        return Literal(str(value))
    if not number.is_finite():
        return Literal(str(value))
    if number == number.to_integral_value():
        return Literal(str(int(number)), datatype=XSD.decimal)
    return Literal(format(number.normalize(), "f"), datatype=XSD.decimal)


def offset_literal(value: int) -> Literal:
    return Literal(str(int(value)), datatype=XSD.nonNegativeInteger)


def label(text: str) -> Literal:
    """A name, tagged @zh when it is written in Chinese characters."""
    return Literal(text, lang="zh") if CJK.search(text) else Literal(text)


def link(value: str) -> URIRef | Literal:
    """A URL as an IRI when it is one; otherwise the text as it came."""
    text = str(value).strip()
    if re.match(r"^https?://[^\s<>\"{}|\\^`]+$", text):
        return URIRef(text)
    return Literal(text)


def json_list(value) -> list:
    """A JSON list column: the list itself, its JSON text, or empty."""
    if value is None or value == "":
        return []
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except json.JSONDecodeError:
            return [value]  # a bare name
    return [item for item in (value if isinstance(value, list) else [value]) if item not in (None, "")]


def present(row: Mapping, key: str):
    """The row's value for `key`, or None when absent or empty."""
    value = row.get(key)
    return None if value is None or value == "" else value


# --- documents and actors (default graph) -----------------------------------------------

def document_triples(row: Mapping, iris: Iris, names: "ActorNames") -> Iterator[tuple]:
    doc = iris.document(row["id"])
    kind = present(row, "kind")
    yield doc, RDF.type, SCHEMA.CreativeWork
    yield doc, RDF.type, DOCUMENT_CLASSES.get(kind, SCHEMA.Article)
    yield doc, DCTERMS.identifier, Literal(str(row["id"]))
    if kind:
        yield doc, SCKB.documentKind, Literal(kind)
    if present(row, "source"):
        yield doc, SCKB.sourceFile, Literal(row["source"])
    if present(row, "title"):
        yield doc, DCTERMS.title, Literal(row["title"])
    for author in json_list(row.get("authors")):
        yield doc, DCTERMS.creator, Literal(str(author))
    if present(row, "published"):
        yield doc, DCTERMS.issued, date_literal(row["published"])
    if present(row, "outlet"):
        # A journal contains its articles; other outlets publish theirs.
        where = SCHEMA.isPartOf if kind == "journal-article" else SCHEMA.publisher
        yield doc, where, Literal(row["outlet"])
        outlet_id = names.find(row["outlet"])
        if outlet_id:
            yield doc, DCTERMS.publisher, iris.actor(outlet_id)
    if present(row, "url"):
        yield doc, SCHEMA.url, link(row["url"])
    if present(row, "license"):
        yield doc, DCTERMS.license, link(row["license"])
    if present(row, "doi"):
        yield doc, BIBO.doi, Literal(str(row["doi"]).strip())


def actor_triples(row: Mapping, iris: Iris, actors: Mapping[str, Mapping]) -> Iterator[tuple]:
    """An actor's description; `actors` (rows by id) tell what its parents are."""
    actor = iris.actor(row["id"])
    kind = present(row, "type")
    yield actor, RDF.type, SCKB.Actor
    yield actor, RDF.type, ACTOR_CLASSES.get(kind, SCHEMA.Thing)
    if kind in AGENT_TYPES:
        yield actor, RDF.type, PROV.Agent
    yield actor, DCTERMS.identifier, Literal(str(row["id"]))
    if kind:
        yield actor, SCKB.actorType, Literal(kind)
    yield actor, SKOS.prefLabel, label(present(row, "name") or str(row["id"]))
    for alias in json_list(row.get("aliases")):
        if alias != row.get("name"):
            yield actor, SKOS.altLabel, label(str(alias))
    if present(row, "description"):
        yield actor, SCHEMA.description, Literal(row["description"])
    for parent_id in json_list(row.get("part_of")):
        parent = iris.actor(parent_id)
        yield actor, DCTERMS.isPartOf, parent
        if kind in ORGANIZATION_TYPES and (actors.get(parent_id) or {}).get("type") in ORGANIZATION_TYPES:
            yield actor, SCHEMA.parentOrganization, parent


class ActorNames:
    """Finds the actor a free-text attribution names ("Business Insider", "chinanews.com")."""

    def __init__(self, actors: Iterable[Mapping]):
        found: dict[str, set[str]] = {}
        for row in actors:
            for name in [row.get("name"), *json_list(row.get("aliases"))]:
                if name:
                    found.setdefault(self.key(str(name)), set()).add(str(row["id"]))
        # A name two actors share names neither.
        self.ids = {name: ids.pop() for name, ids in found.items() if len(ids) == 1}

    @staticmethod
    def key(name: str) -> str:
        name = re.sub(r"^(the|a|an)\s+", "", name.strip().casefold())
        return re.sub(r"\s+", " ", name).strip(" .,;:")

    def find(self, name: str) -> str | None:
        return self.ids.get(self.key(name))


# --- claims and citations (the source's named graph) --------------------------------------

def anchor_triples(target: URIRef, document: URIRef, text: str, start: int, end: int,
                   context_chars: int) -> Iterator[tuple]:
    """A W3C Web Annotation target: the span start:end of the document's text, selected both by
    its words (with context) and by its offsets."""
    words = URIRef(f"{target}-text")
    offsets = URIRef(f"{target}-position")
    yield target, RDF.type, OA.SpecificResource
    yield target, OA.hasSource, document
    yield target, OA.hasSelector, words
    yield target, OA.hasSelector, offsets
    yield words, RDF.type, OA.TextQuoteSelector
    yield words, OA.exact, Literal(text[start:end])
    if start > 0:
        yield words, OA.prefix, Literal(text[max(0, start - context_chars):start])
    if end < len(text):
        yield words, OA.suffix, Literal(text[end:end + context_chars])
    yield offsets, RDF.type, OA.TextPositionSelector
    yield offsets, OA.start, offset_literal(start)
    yield offsets, OA.end, offset_literal(end)


def span_problem(text: str, start, end, expected, what: str) -> str | None:
    """Why `start:end` is not a span of `text` holding `expected`, or None when it is."""
    if not isinstance(start, int) or not isinstance(end, int) or not 0 <= start <= end <= len(text):
        return f"{what} offsets {start}:{end} are not within the document text (length {len(text)})"
    if expected is not None and text[start:end] != expected:
        return f"{what} {expected!r} is not the document text at {start}:{end} ({text[start:end]!r})"
    return None


def has_phrase(claim: Mapping) -> bool:
    """Whether the claim row locates its phrase (curated claims may give only the sentence)."""
    return claim.get("phrase_start") is not None


def claim_kind_class(kind: str) -> URIRef:
    """figure -> sckb:FigureClaim, penalty -> sckb:PenaltyClaim."""
    return SCKB["".join(part.capitalize() for part in re.split(r"[^A-Za-z0-9]+", kind) if part) + "Claim"]


def claim_triples(row: Mapping, text: str, iris: Iris, names: ActorNames,
                  context_chars: int) -> Iterator[tuple]:
    claim = iris.claim(row["id"])
    document = iris.document(row["document_id"])
    yield claim, RDF.type, SCHEMA.Claim
    yield claim, RDF.type, OA.Annotation
    yield claim, DCTERMS.identifier, Literal(str(row["id"]))
    if present(row, "kind"):
        yield claim, RDF.type, claim_kind_class(row["kind"])
        yield claim, SCKB.kind, Literal(row["kind"])
    if present(row, "predicate"):
        yield claim, SCKB.predicate, term(row["predicate"])
    yield claim, PROV.wasDerivedFrom, document
    if present(row, "method"):
        yield claim, PROV.wasGeneratedBy, iris.activity(row["document_id"], row["method"])

    # What it says.
    if present(row, "subject_id"):
        yield claim, SCHEMA.about, iris.actor(row["subject_id"])
    if present(row, "subject"):
        yield claim, SCKB.subjectName, Literal(row["subject"])
    if present(row, "value") is not None:
        yield claim, SCKB.value, number_literal(row["value"])
    if present(row, "unit"):
        yield claim, SCKB.unit, Literal(row["unit"])
    if present(row, "bound"):
        yield claim, SCKB.bound, term(f"bound-{row['bound']}")
    if present(row, "object"):
        yield claim, SCKB.object, Literal(row["object"])
    if present(row, "object_id"):
        yield claim, SCKB.objectActor, iris.actor(row["object_id"])
    if present(row, "date"):
        yield claim, SCKB.date, date_literal(row["date"])
    if present(row, "as_of"):
        yield claim, SCKB.asOf, date_literal(row["as_of"])

    # Where it says it: the sentence and the words carrying the claim.
    yield claim, SCHEMA.text, Literal(text[row["start_char"]:row["end_char"]])
    quote = URIRef(f"{claim}#quote")
    yield claim, OA.hasTarget, quote
    yield claim, SCKB.quote, quote
    yield from anchor_triples(quote, document, text, row["start_char"], row["end_char"], context_chars)
    if has_phrase(row):
        phrase = URIRef(f"{claim}#phrase")
        yield claim, OA.hasTarget, phrase
        yield claim, SCKB.phrase, phrase
        yield from anchor_triples(phrase, document, text, row["phrase_start"], row["phrase_end"], context_chars)

    # Whom the text credits, and how sure we are.
    if present(row, "attributed_to"):
        yield claim, SCKB.attributedTo, Literal(row["attributed_to"])
        actor_id = names.find(row["attributed_to"])
        if actor_id:
            yield claim, PROV.wasAttributedTo, iris.actor(actor_id)
    if present(row, "attribution_phrase"):
        yield claim, SCKB.attributionPhrase, Literal(row["attribution_phrase"])
    if present(row, "confidence") is not None:
        yield claim, SCKB.confidence, number_literal(row["confidence"])
    if present(row, "status"):
        yield claim, SCKB.status, term(f"status-{row['status']}")


def activity_triples(document_id: str, method: str, iris: Iris, run: Mapping) -> Iterator[tuple]:
    activity = iris.activity(document_id, method)
    yield activity, RDF.type, PROV.Activity
    yield activity, PROV.used, iris.document(document_id)
    yield activity, SCKB.method, Literal(method)
    if run.get("software_version"):
        yield activity, SCKB.softwareVersion, Literal(str(run["software_version"]))
    if run.get("model"):
        yield activity, SCKB.model, Literal(str(run["model"]))


def citation_id(row: Mapping) -> str:
    return str(row.get("id") or f"{row['document_id']}-{row['start']}-{row['end']}")


def citation_triples(row: Mapping, text: str, iris: Iris, context_chars: int) -> Iterator[tuple]:
    citation = iris.citation(citation_id(row))
    document = iris.document(row["document_id"])
    yield document, SCHEMA.citation, citation
    yield citation, RDF.type, SCKB.Citation
    yield citation, DCTERMS.identifier, Literal(citation_id(row))
    if present(row, "kind"):
        yield citation, SCKB.citationKind, Literal(row["kind"])
    yield citation, SCHEMA.text, Literal(text[row["start"]:row["end"]])
    if present(row, "title"):
        yield citation, DCTERMS.title, Literal(row["title"])
    for author in json_list(row.get("authors")):
        yield citation, DCTERMS.creator, Literal(str(author))
    if present(row, "date"):
        yield citation, DCTERMS.issued, date_literal(row["date"])
    if present(row, "url"):
        yield citation, SCHEMA.url, link(row["url"])
    anchor = URIRef(f"{citation}#anchor")
    yield citation, SCKB.citedAt, anchor
    yield from anchor_triples(anchor, document, text, row["start"], row["end"], context_chars)


# --- units: one source, or the knowledge base's own part ---------------------------------

@dataclass
class Triples:
    """The triples of one unit of the knowledge base, the grain at which it is built, checked,
    cached and written: one source (its document's metadata in the default graph, what it
    asserts in its own named graph) or the knowledge base's own part (actors and predicate
    terms, default graph only). Units never share a subject, so they can be built in any
    process, in any order, and written one after the other."""

    name: str  # the source's document id; "" for the knowledge base's own part
    iris: Iris
    default: list[tuple]  # default-graph triples, sorted
    graph: URIRef | None = None  # the source's named graph
    named: list[tuple] = field(default_factory=list)  # the named graph's triples, sorted

    def quads(self) -> Iterator[tuple]:
        """(subject, predicate, object, graph IRI or None for the default graph)."""
        yield from ((s, p, o, None) for s, p, o in self.default)
        yield from ((s, p, o, self.graph) for s, p, o in self.named)

    def chunk(self) -> "Chunk":
        """The triples written out in every format (see `Chunk`)."""
        return Chunk(unit=self.name, nquads=nquad_lines(self), trig=trig_statements(self),
                     jsonld=jsonld_nodes(self))


def triple_order(triple: tuple) -> tuple:
    """Subject, then predicate (rdf:type first), then object: the order of every output."""
    s, p, o = triple
    return (str(s), p != RDF.type, str(p), isinstance(o, Literal), str(o),
            str(getattr(o, "datatype", "") or ""), str(getattr(o, "language", "") or ""))


def sorted_triples(triples: Iterable[tuple]) -> list[tuple]:
    return sorted(set(triples), key=triple_order)


def default_run() -> dict:
    from kb import __version__

    return {"software_version": __version__}


def source_triples(document: Mapping, claims: Iterable[Mapping], citations: Iterable[Mapping], names,
                   settings, run: Mapping | None = None, context_chars: int = CONTEXT_CHARS) -> Triples:
    """One source's RDF: its document's metadata (default graph) and, in its named graph, its claims,
    the extraction activities that produced them and its citations.

    Rows are dicts as the SQLite tables hold them (JSON list columns may be lists or JSON text);
    `names.find(name)` gives the actor id an outlet or attribution names (an `ActorNames`). `run`
    describes the extraction run: {"software_version": ..., "model": ...}; no timestamps, so that
    the same rows always give the same triples. Raises RDFInputError when a claim or citation does
    not point at the words of this document."""
    iris = Iris.from_settings(settings)
    run = dict(run or default_run())
    claims = sorted(claims, key=lambda row: str(row["id"]))
    citations = sorted(citations, key=citation_id)
    check_source_rows(document, claims, citations)
    document_id = str(document["id"])
    text = document.get("text") or ""
    methods = sorted({claim["method"] for claim in claims if present(claim, "method")})
    named = [*(t for claim in claims for t in claim_triples(claim, text, iris, names, context_chars)),
             *(t for method in methods for t in activity_triples(document_id, method, iris, run)),
             *(t for citation in citations for t in citation_triples(citation, text, iris, context_chars))]
    return Triples(document_id, iris, sorted_triples(document_triples(document, iris, names)),
                   iris.graph(document_id), sorted_triples(named))


def knowledge_base_triples(actors: Iterable[Mapping], predicates: Iterable[str], settings) -> Triples:
    """What the knowledge base itself says (default graph): every actor, and the predicate terms
    its claims use (`predicates`: their names, e.g. "user_count")."""
    iris = Iris.from_settings(settings)
    by_id = actors_by_id(actors)
    triples = [t for row in by_id.values() for t in actor_triples(row, iris, by_id)]
    triples += [t for name in {str(name) for name in predicates if name} for t in predicate_triples(name)]
    return Triples("", iris, sorted_triples(triples))


def actors_by_id(actors: Iterable[Mapping]) -> dict[str, Mapping]:
    return {str(row["id"]): row for row in actors}


def predicate_triples(name: str) -> Iterator[tuple]:
    yield term(name), RDF.type, SCKB.Predicate
    yield term(name), RDFS.label, Literal(name)


def check_source_rows(document: Mapping, claims: list[Mapping], citations: list[Mapping]) -> None:
    """Every claim and citation must point at words of this document."""
    document_id = str(document["id"])
    text = document.get("text") or ""
    problems = []
    for row in claims:
        if str(row.get("document_id")) != document_id:
            problems.append(f"claim {row.get('id')}: belongs to document {row.get('document_id')!r}, not {document_id!r}")
            continue
        found = [span_problem(text, row.get("start_char"), row.get("end_char"), row.get("quote"), "quote")]
        if has_phrase(row):
            found.append(span_problem(text, row["phrase_start"], row.get("phrase_end"), row.get("phrase"), "phrase"))
        problems += [f"claim {row.get('id')} in {document_id}: {problem}" for problem in found if problem]
    for row in citations:
        if str(row.get("document_id")) != document_id:
            problems.append(f"citation {citation_id(row)}: belongs to document {row.get('document_id')!r}, "
                            f"not {document_id!r}")
            continue
        problem = span_problem(text, row.get("start"), row.get("end"), row.get("text"), "citation")
        if problem:
            problems.append(f"citation {citation_id(row)} in {document_id}: {problem}")
    if problems:
        raise RDFInputError(problems)


# --- validation ---------------------------------------------------------------------------
# The shapes only look at a node's own properties and the nodes they lead to within its unit,
# except for actors: a claim is about, or attributed to, an actor of the knowledge base's part.
# So a unit is checked together with the actors it points at, and checking every unit checks
# the whole knowledge base, given that units share no subject (document ids are unique, and
# every other IRI of a source is minted from its id or from ids that include it).

#: Properties whose values are actors described in the knowledge base's own part.
ACTOR_LINKS = frozenset({SCHEMA.about, SCKB.objectActor, PROV.wasAttributedTo, DCTERMS.publisher})


@lru_cache(maxsize=1)
def shapes_graph() -> Graph:
    """kb/shapes.ttl, parsed once per process."""
    return Graph().parse(SHAPES_PATH, format="turtle")


@lru_cache(maxsize=1)
def shape_predicates() -> frozenset | None:
    """The predicates kb/shapes.ttl looks at: rdf:type (class targets, sh:class) and every IRI in a
    property path or a subjects-of/objects-of target. Triples of other predicates cannot change
    the verdict, and pySHACL's time grows with every triple it is given (a unit's quotes, context
    and names are a third of its triples). None, and every triple is checked, when the shapes
    use what could reach further (closed shapes, SPARQL constraints)."""
    shapes = shapes_graph()
    if any(shapes.triples((None, SH.closed, None))) or any(shapes.triples((None, SH.sparql, None))):
        return None
    looked_at = {RDF.type, RDFS.subClassOf}
    for where in (SH.path, SH.targetSubjectsOf, SH.targetObjectsOf):
        for path in shapes.objects(None, where):
            looked_at |= _iris_in(shapes, path)
    return frozenset(looked_at)


def _iris_in(graph: Graph, node) -> set:
    """Every IRI of a path expression (an IRI, or a list / inverse / alternative path of them)."""
    if isinstance(node, URIRef):
        return {node}
    found = set()
    for p, o in graph.predicate_objects(node):
        if p not in (RDF.first, RDF.rest) and isinstance(o, URIRef) and o != RDF.nil:
            found.add(o)
        elif isinstance(o, BNode) or p == RDF.first:
            found |= _iris_in(graph, o)
    return found


def linked_actors(triples: Triples) -> set[str]:
    """Ids of the actors the unit's triples point at (ACTOR_LINKS)."""
    found = (triples.iris.actor_id(o) for s, p, o, _ in triples.quads() if p in ACTOR_LINKS)
    return {actor_id for actor_id in found if actor_id is not None}


def validate_triples(triples: Triples, actors: Iterable[Mapping]) -> tuple[bool, str]:
    """Check one unit against kb/shapes.ttl, with the descriptions of the actors it points at taken
    from `actors` (rows; any that include them); an actor missing there breaks `sh:class sckb:Actor`.
    Returns (conforms, pySHACL's report as text): the report names each failing node
    (`Focus Node: <claim IRI>`) and the rule it breaks."""
    return _shacl([(triples, actors)])


def validate_units(units: list[tuple[Triples, Iterable[Mapping]]]) -> list[tuple[bool, str]]:
    """`validate_triples` for each (unit, actors), in one pySHACL run over all of them (which costs
    much less than one run each: the shapes are gathered once); only when they fail together is
    each checked alone, to say which fails and why. Units share no subject, so together they
    conform exactly when each does."""
    if not units:
        return []
    conforms, report = _shacl(units)
    if conforms or len(units) == 1:
        return [(conforms, report)] * len(units)
    return [_shacl([unit]) for unit in units]


def _shacl(units: list[tuple[Triples, Iterable[Mapping]]]) -> tuple[bool, str]:
    from pyshacl import validate as shacl_validate

    graph = Graph()
    looked_at = shape_predicates()
    checked = (lambda p: True) if looked_at is None else looked_at.__contains__
    described: set[str] = set()
    for triples, actors in units:
        graph.addN((s, p, o, graph) for s, p, o, _ in triples.quads() if checked(p))
        actors = actors_by_id(actors)
        for actor_id in sorted(linked_actors(triples) - described):
            if actor_id in actors:
                described.add(actor_id)
                graph.addN((s, p, o, graph) for s, p, o in actor_triples(actors[actor_id], triples.iris, actors)
                           if checked(p))
    # The graph is ours and needs no inference: pySHACL may work on it in place.
    conforms, _, report = shacl_validate(graph, shacl_graph=shapes_graph(), inference="none", inplace=True)
    return bool(conforms), str(report)


@dataclass
class Unit:
    """One unit built and checked: what a build worker hands back for a source."""

    chunk: "Chunk"
    conforms: bool
    report: str  # pySHACL's report ("Conforms: True" when it does)
    seconds_built: float
    seconds_validated: float


def checked_units(builds: list[tuple[Callable[[], Triples], Iterable[Mapping]]]) -> list[Unit | RDFInputError]:
    """Each (make the unit's triples, the actor rows it may point at) built, written out and checked
    against the shapes, all in one validation (`validate_units`); a unit whose rows do not fit
    their text gives its RDFInputError instead."""
    made: list = []
    for build, actors in builds:
        clock = time.perf_counter()
        try:
            triples = build()
        except RDFInputError as error:
            made.append(error)
            continue
        made.append((triples, triples.chunk(), list(actors), time.perf_counter() - clock))
    built = [entry for entry in made if not isinstance(entry, RDFInputError)]
    clock = time.perf_counter()
    verdicts = iter(validate_units([(triples, actors) for triples, _, actors, _ in built]))
    seconds = (time.perf_counter() - clock) / max(len(built), 1)
    return [entry if isinstance(entry, RDFInputError) else Unit(entry[1], *next(verdicts), entry[3], seconds)
            for entry in made]


def checked_unit(build: Callable[[], Triples], actors: Iterable[Mapping]) -> Unit:
    unit = checked_units([(build, actors)])[0]
    if isinstance(unit, RDFInputError):
        raise unit
    return unit


def source_unit(document: Mapping, claims: Iterable[Mapping], citations: Iterable[Mapping], names,
                actors: Iterable[Mapping], settings, run: Mapping | None = None,
                context_chars: int = CONTEXT_CHARS) -> Unit:
    """One source's RDF (see `source_triples`), written out and checked against the shapes with the
    rows of the actors it points at (`actors`: any rows that include them). Raises RDFInputError
    when a claim or citation does not point at the words of the document."""
    return checked_unit(lambda: source_triples(document, claims, citations, names, settings, run, context_chars),
                        actors)


def knowledge_base_unit(actors: Iterable[Mapping], predicates: Iterable[str], settings) -> Unit:
    """The knowledge base's own part (see `knowledge_base_triples`), written out and checked."""
    actors = list(actors)
    return checked_unit(lambda: knowledge_base_triples(actors, predicates, settings), actors)


def source_chunk(document: Mapping, claims: Iterable[Mapping], citations: Iterable[Mapping], names,
                 settings, run: Mapping | None = None, context_chars: int = CONTEXT_CHARS) -> "Chunk":
    """One source's RDF written out, unchecked (see `source_triples`)."""
    return source_triples(document, claims, citations, names, settings, run, context_chars).chunk()


# --- chunks: a unit written out -----------------------------------------------------------

@dataclass
class Chunk:
    """A unit written out in the three formats of the knowledge base, ready to be appended to the
    files by `DatasetWriter`; a plain value (JSON-serialisable, picklable) so that it can be
    cached on disk and sent between processes.

    - `nquads`: its N-Quads lines (without line ends), sorted;
    - `trig`: its TriG statements (no @prefix lines: the file declares PREFIXES once), the
      default-graph triples first, then its named graph's block;
    - `jsonld`: its JSON-LD node objects, compacted with kb/context.jsonld, for the file's
      top-level "@graph": default-graph nodes, then `{"@id": graph, "@graph": [...]}`."""

    unit: str
    nquads: list[str]
    trig: str
    jsonld: list[dict]

    def to_json(self) -> dict:
        return {"unit": self.unit, "nquads": list(self.nquads), "trig": self.trig, "jsonld": list(self.jsonld)}

    @classmethod
    def from_json(cls, data: Mapping) -> "Chunk":
        return cls(unit=str(data["unit"]), nquads=list(data["nquads"]), trig=str(data["trig"]),
                   jsonld=list(data["jsonld"]))


def nquad_lines(unit: Triples) -> list[str]:
    return sorted({nquad_line(*quad) for quad in unit.quads()})


def nquad_line(s, p, o, graph) -> str:
    if isinstance(s, BNode) or isinstance(o, BNode):
        raise ValueError(f"blank node in {s} {p} {o}: every node must have an IRI")
    return f"{iri_text(s)} {iri_text(p)} {nt_object(o)}{f' {iri_text(graph)}' if graph is not None else ''} ."


#: IRIs written out, kept for the IRIs that recur (a unit names its claim in every triple about
#: it, and every unit the same predicates): rdflib checks an IRI's characters each time.
TERM_CACHE_SIZE = 4096


@lru_cache(maxsize=TERM_CACHE_SIZE)
def iri_text(node: URIRef) -> str:
    return node.n3()


def nt_object(o) -> str:
    if not isinstance(o, Literal):
        return iri_text(o)
    escaped = (str(o).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
               .replace("\r", "\\r"))
    if o.language:
        return f'"{escaped}"@{o.language}'
    if o.datatype and o.datatype != XSD_STRING:
        return f'"{escaped}"^^<{o.datatype}>'
    return f'"{escaped}"'


PN_LOCAL = re.compile(r"^[A-Za-z_][A-Za-z0-9_-]*$")
TRIG_PREFIXES = {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}
#: Namespace -> prefix; every namespace ends with "/" or "#".
TRIG_NAMESPACES = {namespace: prefix for prefix, namespace in TRIG_PREFIXES.items()}
RDF_TYPE, XSD_STRING = RDF.type, XSD.string


def turtle_term(node) -> str:
    if isinstance(node, Literal):
        text = nt_object(node)
        if node.datatype and not node.language and node.datatype != XSD_STRING:
            text = text.rsplit("^^", 1)[0] + "^^" + turtle_iri(node.datatype)
        return text
    return turtle_iri(node)


@lru_cache(maxsize=TERM_CACHE_SIZE)
def turtle_iri(node: URIRef) -> str:
    if node == RDF_TYPE:
        return "a"
    iri = str(node)
    cut = max(iri.rfind("/"), iri.rfind("#")) + 1
    prefix = TRIG_NAMESPACES.get(iri[:cut])
    if prefix and PN_LOCAL.match(iri[cut:]):
        return f"{prefix}:{iri[cut:]}"
    return node.n3()


def trig_statements(unit: Triples) -> str:
    """The unit's default-graph triples, then its named graph's block."""
    out = [turtle_subjects(unit.default, indent="")]
    if unit.named:
        out.append(f"\n{turtle_term(unit.graph)} {{\n{turtle_subjects(unit.named, indent='    ')}}}\n")
    return "".join(out)


def turtle_subjects(triples: list[tuple], indent: str) -> str:
    """One Turtle statement per subject, its predicates and objects in the triples' order."""
    out = []
    for subject, of_subject in groupby(triples, key=lambda t: t[0]):
        by_predicate = [(p, [o for _, _, o in group]) for p, group in groupby(of_subject, key=lambda t: t[1])]
        lines = [f"\n{indent}{turtle_term(subject)}"]
        for i, (p, objects) in enumerate(by_predicate):
            end = " ;" if i < len(by_predicate) - 1 else " ."
            lines.append(f"{indent}    {turtle_term(p)} {', '.join(turtle_term(o) for o in objects)}{end}")
        out.append("\n".join(lines) + "\n")
    return "".join(out)


@lru_cache(maxsize=1)
def jsonld_context() -> dict:
    return json.loads(CONTEXT_PATH.read_text(encoding="utf-8"))["@context"]


class JsonLDCompactor:
    """Compacts a unit's triples with kb/context.jsonld as rdflib's JSON-LD serialiser does
    (`Converter.from_graph`, whose choices of key and value form it follows), without building a
    graph first, which took most of the time of writing a unit. Our triples have no blank nodes and
    no lists, and the context no containers or languages, so every (predicate, kind of object) has
    one key and one way of writing its value, worked out once."""

    def __init__(self, context: Mapping):
        self.context = JsonLDContext(context)
        self._forms: dict[tuple, tuple[str, Callable]] = {}

    def nodes(self, triples: list[tuple]) -> list[dict]:
        """One node object per subject (`triples` sorted by subject, as `Triples` keeps them)."""
        nodes = []
        for subject, of_subject in groupby(triples, key=lambda t: t[0]):
            node = {self.context.id_key: self.context.shrink_iri(subject)}
            for _, p, o in of_subject:
                key, write = self._form(p, o)
                value = write(o)
                if key in node:
                    node[key] = [*node[key], value] if isinstance(node[key], list) else [node[key], value]
                else:
                    node[key] = value
            nodes.append(node)
        return sort_json(nodes)

    def _form(self, p: URIRef, o) -> tuple[str, Callable]:
        literal = isinstance(o, Literal)
        shape = (p, literal, o.datatype if literal else None, o.language if literal else None)
        if shape not in self._forms:
            self._forms[shape] = self._work_out(p, o)
        return self._forms[shape]

    def _work_out(self, p: URIRef, o) -> tuple[str, Callable]:
        context = self.context
        if isinstance(o, Literal):
            found = context.find_term(str(p), str(o.datatype) if o.datatype else None, language=o.language)
        else:
            found = next((term for coercion in (ID, VOCAB, UNDEF)
                          if (term := context.find_term(str(p), coercion, None))), None)
        if found and found.container:
            raise ValueError(f"kb/context.jsonld: term {found.name!r} has a container, which units do not use")
        if found and found.type == ID and not isinstance(o, Literal):
            return found.name, context.shrink_iri
        if found and found.type == VOCAB and not isinstance(o, Literal):
            return found.name, context.to_symbol
        if found and found.type and isinstance(o, Literal) and str(o.datatype) == found.type:
            return found.name, str
        if found:
            return found.name, self._expanded
        if p == RDF.type and not isinstance(o, Literal):
            return context.type_key, context.to_symbol
        key = context.to_symbol(p)
        defined = context.terms.get(key)
        return (str(p) if defined and (defined.type or defined.container) else key), self._expanded

    def _expanded(self, o) -> dict | str:
        """A value the context's terms do not cover, written in full."""
        context = self.context
        if not isinstance(o, Literal):
            return {context.id_key: context.shrink_iri(o)}
        if o.datatype:
            return {context.type_key: context.to_symbol(o.datatype), context.value_key: str(o)}
        if o.language and o.language != context.language:
            return {context.lang_key: o.language, context.value_key: str(o)}
        return str(o)


@lru_cache(maxsize=1)
def jsonld_compactor() -> JsonLDCompactor:
    return JsonLDCompactor(jsonld_context())


def jsonld_nodes(unit: Triples) -> list[dict]:
    """The unit's node objects: its default-graph nodes, then its named graph as one graph object."""
    compactor = jsonld_compactor()
    nodes = compactor.nodes(unit.default)
    if unit.named:
        nodes.append({"@id": str(compactor.context.shrink_iri(unit.graph)), "@graph": compactor.nodes(unit.named)})
    return nodes


def sort_json(value):
    """Plain JSON values (rdflib's IRIs become str), with arrays sorted: JSON-LD arrays without
    @list are unordered, and sorting them makes the output stable."""
    if isinstance(value, dict):
        return {str(key): sort_json(item) for key, item in sorted(value.items())}
    if isinstance(value, list):
        items = [sort_json(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True, ensure_ascii=False))
    return str(value) if isinstance(value, str) else value


# --- writing: one chunk after the other -----------------------------------------------------

def jsonld_text(node: dict) -> str:
    """A top-level node object as JSON: one line per node, also inside a named graph (indenting
    every value would make the writer several times slower for little use)."""
    def line(value) -> str:
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    if "@graph" not in node:
        return line(node)
    head = line({key: value for key, value in node.items() if key != "@graph"})
    nodes = ",\n    ".join(line(inner) for inner in node["@graph"])
    return f'{head[:-1]}, "@graph": [\n    {nodes}\n  ]}}'


def dataset_files(folder: Path) -> dict[str, Path]:
    """The RDF files of a knowledge base in `folder`, by format."""
    return {"trig": folder / "kb.trig", "nq": folder / "kb.nq", "jsonld": folder / "kb.jsonld"}


class DatasetWriter:
    """Writes kb.trig, kb.nq and kb.jsonld into `out_dir`, one chunk at a time: only the chunk being
    added is in memory. The same chunks in the same order give byte-identical files (sckb build
    adds the knowledge base's own chunk first, then the sources in document-id order).

        with DatasetWriter(out) as writer:
            writer.add(chunk) ...
        writer.paths  # {"trig": ..., "nq": ..., "jsonld": ...}

    `add` returns where the chunk went in each file, so that a later build can `copy` it from
    these files instead of writing it again. When the block raises, the unfinished files are
    removed."""

    def __init__(self, out_dir: str | Path):
        self.paths = dataset_files(Path(out_dir))
        self.files: dict = {}
        self.nodes_written = 0

    def __enter__(self) -> "DatasetWriter":
        self.open()
        return self

    def __exit__(self, error_type, error, traceback) -> None:
        if error_type is None:
            self.close()
        else:
            self.abandon()

    def open(self) -> None:
        next(iter(self.paths.values())).parent.mkdir(parents=True, exist_ok=True)
        self.files = {name: path.open("wb") for name, path in self.paths.items()}
        self._write("trig", "".join(f"@prefix {prefix}: <{ns}> .\n" for prefix, ns in TRIG_PREFIXES.items()))
        context = json.dumps(jsonld_context(), ensure_ascii=False, indent=1, sort_keys=True)
        self._write("jsonld", '{\n "@context": ' + context.replace("\n", "\n ") + ',\n "@graph": [')

    def _write(self, name: str, text: str) -> None:
        self.files[name].write(text.encode("utf-8"))

    @property
    def at_start(self) -> bool:
        """No node written yet: the next one opens the JSON-LD graph (and has no comma before it)."""
        return self.nodes_written == 0

    def add(self, chunk: Chunk) -> dict:
        """Append a chunk; returns its place: {"spans": {format: [start, end] in bytes}, "first":
        whether it opened the JSON-LD graph, "nodes": its JSON-LD nodes}."""
        first, start = self.at_start, {name: file.tell() for name, file in self.files.items()}
        if chunk.nquads:
            self._write("nq", "\n".join(chunk.nquads) + "\n")
        self._write("trig", chunk.trig)
        for node in chunk.jsonld:
            self._write("jsonld", ("," if self.nodes_written else "") + "\n  " + jsonld_text(node))
            self.nodes_written += 1
        return {"spans": {name: [start[name], file.tell()] for name, file in self.files.items()},
                "first": first, "nodes": len(chunk.jsonld)}

    def can_copy(self, place: Mapping) -> bool:
        """Whether the chunk written at `place` fits here as it is: a JSON-LD node has a comma before
        it unless it opens the graph, so a chunk opening the graph then must open it now, and back."""
        return not place["nodes"] or bool(place["first"]) == self.at_start

    def copy(self, previous: Mapping[str, Path], place: Mapping) -> dict:
        """Append a chunk written earlier into the files `previous` (paths by format) at `place`
        (what `add` returned then); see `can_copy`."""
        if not self.can_copy(place):
            raise ValueError("this chunk cannot be copied here: it would break the JSON-LD graph's commas")
        new = {"spans": {}, "first": self.at_start, "nodes": place["nodes"]}
        for name, (start, end) in place["spans"].items():
            with open(previous[name], "rb") as old:
                old.seek(start)
                here = self.files[name].tell()
                self.files[name].write(old.read(end - start))
            new["spans"][name] = [here, self.files[name].tell()]
        self.nodes_written += place["nodes"]
        return new

    def close(self) -> dict[str, Path]:
        """Finish the files; returns their paths."""
        self._write("jsonld", "\n ]\n}\n")
        for file in self.files.values():
            file.close()
        return self.paths

    def abandon(self) -> None:
        for file in self.files.values():
            file.close()
        for path in self.paths.values():
            path.unlink(missing_ok=True)


# --- the whole knowledge base at once (small corpora, tests) ---------------------------------

@dataclass
class KnowledgeBaseRDF:
    """The triples of every unit of a knowledge base, in writing order: its own part first, then the
    sources by document id; `actors` are the rows of its actors."""

    units: list[Triples]
    actors: list[Mapping]

    def chunks(self) -> Iterator[Chunk]:
        return (unit.chunk() for unit in self.units)

    def dataset(self) -> Dataset:
        """Every unit's quads in one rdflib Dataset, to look at."""
        dataset = Dataset()
        for prefix, namespace in PREFIXES.items():
            dataset.bind(prefix, namespace)
        default = dataset.default_graph
        for unit in self.units:
            default.addN((s, p, o, default) for s, p, o in unit.default)
            if unit.named:
                graph = dataset.graph(unit.graph)
                graph.addN((s, p, o, graph) for s, p, o in unit.named)
        return dataset


def build_dataset(documents: Iterable[Mapping], actors: Iterable[Mapping], claims: Iterable[Mapping],
                  citations: Iterable[Mapping], settings, run: Mapping | None = None,
                  context_chars: int = CONTEXT_CHARS) -> KnowledgeBaseRDF:
    """Every unit of the knowledge base from all its rows (see `knowledge_base_triples` and
    `source_triples`). Raises RDFInputError, naming every bad row of every source, when a claim or
    citation does not point at the words of a known document."""
    actors = sorted(actors, key=lambda row: str(row["id"]))
    claims, citations = list(claims), list(citations)
    names = ActorNames(actors)
    predicates = {row["predicate"] for row in claims if present(row, "predicate")}
    units = [knowledge_base_triples(actors, predicates, settings)]
    claims_of, citations_of = group_by_document(claims), group_by_document(citations)
    problems = orphan_problems(documents, claims_of, citations_of)
    for document in sorted(documents, key=lambda row: str(row["id"])):
        try:
            units.append(source_triples(document, claims_of.get(document["id"], []),
                                        citations_of.get(document["id"], []), names, settings, run, context_chars))
        except RDFInputError as error:
            problems += error.problems
    if problems:
        raise RDFInputError(problems)
    return KnowledgeBaseRDF(units, actors)


def group_by_document(rows: list[Mapping]) -> dict[str, list[Mapping]]:
    grouped: dict[str, list[Mapping]] = {}
    for row in rows:
        grouped.setdefault(row.get("document_id"), []).append(row)
    return grouped


def orphan_problems(documents: Iterable[Mapping], claims_of: Mapping, citations_of: Mapping) -> list[str]:
    known = {row["id"] for row in documents}
    problems = [f"claim {row.get('id')}: unknown document {document_id!r}"
                for document_id in sorted(claims_of, key=str) if document_id not in known
                for row in claims_of[document_id]]
    problems += [f"citation {citation_id(row)}: unknown document {document_id!r}"
                 for document_id in sorted(citations_of, key=str) if document_id not in known
                 for row in citations_of[document_id]]
    return problems


def validate(kb: KnowledgeBaseRDF) -> tuple[bool, str]:
    """Check every unit against kb/shapes.ttl (see `validate_triples`): (conforms, the reports of
    the units that do not conform, each under its unit's name)."""
    failures = []
    for unit in kb.units:
        conforms, report = validate_triples(unit, kb.actors)
        if not conforms:
            failures.append(f"{unit.name or 'the knowledge base (actors, predicates)'}:\n{report}")
    return not failures, "\n".join(failures)


def write_all(kb: KnowledgeBaseRDF, out_dir: str | Path) -> dict[str, Path]:
    """Write kb.trig, kb.nq and kb.jsonld into out_dir; returns {"trig": path, "nq": ..., "jsonld": ...}."""
    with DatasetWriter(out_dir) as writer:
        for chunk in kb.chunks():
            writer.add(chunk)
    return writer.paths


# --- querying -------------------------------------------------------------------------------

def oxigraph_available() -> bool:
    try:
        import oxrdflib  # noqa: F401
    except ImportError:
        return False
    return True


def load(path: str | Path, engine: str = "auto") -> Dataset:
    """Open a TriG (or N-Quads) file for querying, with the default graph as the union of all
    graphs. engine: "oxigraph" (fast, via oxrdflib), "rdflib", or "auto" (Oxigraph when installed)."""
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no such RDF file; run `sckb build` first")
    fmt = "nquads" if path.suffix == ".nq" else "trig"
    if engine == "auto":
        engine = "oxigraph" if oxigraph_available() else "rdflib"
    if engine == "oxigraph":
        dataset = Dataset(store="Oxigraph", default_union=True)
        dataset.parse(str(path), format=f"ox-{fmt}")
    elif engine == "rdflib":
        dataset = Dataset(default_union=True)
        dataset.parse(str(path), format=fmt)
    else:
        raise ValueError(f"unknown SPARQL engine {engine!r}: use oxigraph, rdflib or auto")
    return dataset


class QueryError(ValueError):
    """A SPARQL query that cannot run; the message says why, for people."""


def sparql(path_or_dataset, query: str, bindings: Mapping | None = None, engine: str = "auto") -> list[dict]:
    """Run a SELECT query; one dict per solution, {variable: value}. IRIs come back as str,
    numbers as int/float, everything else as its lexical form; unbound variables as None.
    `bindings` pre-binds variables (str values are IRIs), e.g. {"claim": claim_iri}.
    Pass a dataset from `load` to run several queries without parsing the file again."""
    dataset = path_or_dataset if isinstance(path_or_dataset, Graph) else load(path_or_dataset, engine)
    # Plain strings are IRIs; rdflib terms (a Literal is a str too) are kept as they are.
    init = {name: value if isinstance(value, (URIRef, Literal)) or not isinstance(value, str) else URIRef(value)
            for name, value in (bindings or {}).items()}
    try:
        result = dataset.query(query, initNs={prefix: str(ns) for prefix, ns in PREFIXES.items()}, initBindings=init)
    except Exception as error:  # each engine has its own syntax errors
        first_line = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        raise QueryError(f"SPARQL query cannot run: {first_line}") from None
    if result.type != "SELECT":
        raise QueryError(f"only SELECT queries return rows; this is a {result.type} query")
    names = [str(var) for var in result.vars]
    return [{name: python_value(solution.get(name)) for name in names}
            for solution in (row.asdict() for row in result)]


NUMERIC = {XSD.integer, XSD.nonNegativeInteger, XSD.int, XSD.long, XSD.positiveInteger}


def python_value(node):
    if node is None:
        return None
    if isinstance(node, Literal):
        if node.datatype in NUMERIC:
            return int(node)
        if node.datatype in (XSD.decimal, XSD.double, XSD.float):
            return float(node)
        if node.datatype == XSD.boolean:
            return node.toPython()
    return str(node)
