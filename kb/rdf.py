"""The RDF side of the knowledge base: rows in, a dataset of named graphs out.

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
nodes) and the writers sort their output, so the same rows give byte-identical files.

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
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator, Mapping

from datasette.utils import tilde_encode
from rdflib import RDF, RDFS, XSD, BNode, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import DCTERMS, PROV, SDO, SKOS

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


def actor_triples(row: Mapping, iris: Iris, actor_types: Mapping[str, str]) -> Iterator[tuple]:
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
        if kind in ORGANIZATION_TYPES and actor_types.get(parent_id) in ORGANIZATION_TYPES:
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


# --- the dataset ---------------------------------------------------------------------------

def check_rows(documents: Mapping[str, Mapping], claims: list[Mapping], citations: list[Mapping]) -> None:
    """Every claim and citation must point at words of a known document."""
    problems = []
    for row in claims:
        doc = documents.get(row.get("document_id"))
        if doc is None:
            problems.append(f"claim {row.get('id')}: unknown document {row.get('document_id')!r}")
            continue
        text = doc.get("text") or ""
        found = [span_problem(text, row.get("start_char"), row.get("end_char"), row.get("quote"), "quote")]
        if has_phrase(row):
            found.append(span_problem(text, row["phrase_start"], row.get("phrase_end"), row.get("phrase"), "phrase"))
        problems += [f"claim {row.get('id')} in {row['document_id']}: {problem}" for problem in found if problem]
    for row in citations:
        doc = documents.get(row.get("document_id"))
        if doc is None:
            problems.append(f"citation {citation_id(row)}: unknown document {row.get('document_id')!r}")
            continue
        problem = span_problem(doc.get("text") or "", row.get("start"), row.get("end"), row.get("text"), "citation")
        if problem:
            problems.append(f"citation {citation_id(row)} in {row['document_id']}: {problem}")
    if problems:
        raise RDFInputError(problems)


def default_run() -> dict:
    from kb import __version__

    return {"software_version": __version__}


def build_dataset(documents: Iterable[Mapping], actors: Iterable[Mapping], claims: Iterable[Mapping],
                  citations: Iterable[Mapping], settings, run: Mapping | None = None,
                  context_chars: int = CONTEXT_CHARS) -> Dataset:
    """The knowledge base as an RDF dataset: metadata and actors in the default graph, one
    named graph per source for what it asserts.

    Rows are dicts as the SQLite tables hold them (JSON list columns may be lists or JSON
    text). `run` describes the extraction run: {"software_version": ..., "model": ...}; no
    timestamps, so that the same rows always give the same dataset. Raises RDFInputError when
    a claim or citation does not point at the words of a known document."""
    iris = Iris.from_settings(settings)
    run = dict(run or default_run())
    documents = {row["id"]: row for row in sorted(documents, key=lambda row: str(row["id"]))}
    actors = sorted(actors, key=lambda row: str(row["id"]))
    claims = sorted(claims, key=lambda row: str(row["id"]))
    citations = sorted(citations, key=citation_id)
    check_rows(documents, claims, citations)

    dataset = Dataset()
    for prefix, namespace in PREFIXES.items():
        dataset.bind(prefix, namespace)
    default = dataset.default_graph

    actor_types = {row["id"]: row.get("type") for row in actors}
    names = ActorNames(actors)
    add(default, (t for row in documents.values() for t in document_triples(row, iris, names)))
    add(default, (t for row in actors for t in actor_triples(row, iris, actor_types)))
    add(default, (t for name in sorted({row["predicate"] for row in claims if present(row, "predicate")})
                  for t in ((term(name), RDF.type, SCKB.Predicate), (term(name), RDFS.label, Literal(name)))))

    claims_of = group_by_document(claims)
    citations_of = group_by_document(citations)
    for document_id, row in documents.items():
        graph = dataset.graph(iris.graph(document_id))
        text = row.get("text") or ""
        own_claims = claims_of.get(document_id, [])
        methods = sorted({claim["method"] for claim in own_claims if present(claim, "method")})
        add(graph, (t for claim in own_claims for t in claim_triples(claim, text, iris, names, context_chars)))
        add(graph, (t for method in methods for t in activity_triples(document_id, method, iris, run)))
        add(graph, (t for citation in citations_of.get(document_id, [])
                    for t in citation_triples(citation, text, iris, context_chars)))
    return dataset


def group_by_document(rows: list[Mapping]) -> dict[str, list[Mapping]]:
    grouped: dict[str, list[Mapping]] = {}
    for row in rows:
        grouped.setdefault(row["document_id"], []).append(row)
    return grouped


def add(graph: Graph, triples: Iterable[tuple]) -> None:
    graph.addN((s, p, o, graph) for s, p, o in triples)


# --- validation ---------------------------------------------------------------------------

@lru_cache(maxsize=1)
def shapes_graph() -> Graph:
    return Graph().parse(SHAPES_PATH, format="turtle")


def union_graph(dataset: Dataset) -> Graph:
    """Every triple of every graph in one graph: what the shapes check."""
    union = Graph()
    union.addN((s, p, o, union) for s, p, o, _ in dataset.quads((None, None, None, None)))
    return union


def validate(dataset: Dataset) -> tuple[bool, str]:
    """Check the dataset against kb/shapes.ttl: (conforms, pySHACL's report as text).
    The report names each failing node (`Focus Node: <claim IRI>`) and the rule it breaks."""
    from pyshacl import validate as shacl_validate

    conforms, _, report = shacl_validate(union_graph(dataset), shacl_graph=shapes_graph(), inference="none")
    return bool(conforms), str(report)


# --- writers --------------------------------------------------------------------------------

def quads(dataset: Dataset) -> Iterator[tuple]:
    """(subject, predicate, object, graph IRI or None for the default graph); no blank nodes."""
    for s, p, o, g in dataset.quads((None, None, None, None)):
        if isinstance(s, BNode) or isinstance(o, BNode):
            raise ValueError(f"blank node in {s} {p} {o}: every node must have an IRI")
        g = getattr(g, "identifier", g)
        yield s, p, o, None if g == DATASET_DEFAULT_GRAPH_ID else g


def sorted_quads(dataset: Dataset) -> list[tuple]:
    """All quads, default graph first, then by graph, subject, predicate (rdf:type first), object."""
    def key(quad):
        s, p, o, g = quad
        return (g is not None, str(g or ""), str(s), p != RDF.type, str(p), isinstance(o, Literal), str(o),
                str(getattr(o, "datatype", "") or ""), str(getattr(o, "language", "") or ""))
    return sorted(set(quads(dataset)), key=key)


def to_nquads(dataset: Dataset) -> str:
    """N-Quads, one line per quad, lines sorted: byte-identical for the same dataset."""
    lines = {f"{s.n3()} {p.n3()} {nt_object(o)}{f' {g.n3()}' if g is not None else ''} .\n"
             for s, p, o, g in quads(dataset)}
    return "".join(sorted(lines))


def nt_object(o) -> str:
    if not isinstance(o, Literal):
        return o.n3()
    escaped = (str(o).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
               .replace("\r", "\\r"))
    if o.language:
        return f'"{escaped}"@{o.language}'
    if o.datatype and o.datatype != XSD.string:
        return f'"{escaped}"^^<{o.datatype}>'
    return f'"{escaped}"'


PN_LOCAL = re.compile(r"^[A-Za-z_][A-Za-z0-9_-]*$")


def turtle_term(node, prefixes: Mapping[str, str]) -> str:
    if isinstance(node, Literal):
        text = nt_object(node)
        if node.datatype and not node.language and node.datatype != XSD.string:
            text = text.rsplit("^^", 1)[0] + "^^" + turtle_term(node.datatype, prefixes)
        return text
    if node == RDF.type:
        return "a"
    for prefix, namespace in prefixes.items():
        if node.startswith(namespace) and PN_LOCAL.match(node[len(namespace):]):
            return f"{prefix}:{node[len(namespace):]}"
    return node.n3()


def to_trig(dataset: Dataset) -> str:
    """TriG written in sorted order (graph, subject, predicate, object), with fixed prefixes:
    the default graph first, then one block per named graph."""
    prefixes = {prefix: str(ns) for prefix, ns in PREFIXES.items()}
    out = [f"@prefix {prefix}: <{ns}> .\n" for prefix, ns in prefixes.items()]
    by_graph: dict = {}
    for s, p, o, g in sorted_quads(dataset):
        by_graph.setdefault(g, {}).setdefault(s, {}).setdefault(p, []).append(o)
    for g, subjects in by_graph.items():
        indent = "    " if g is not None else ""
        out.append(f"\n{turtle_term(g, prefixes)} {{\n" if g is not None else "")
        for s, predicates in subjects.items():
            lines = [f"\n{indent}{turtle_term(s, prefixes)}"]
            for i, (p, objects) in enumerate(predicates.items()):
                values = ", ".join(turtle_term(o, prefixes) for o in objects)
                end = " ;" if i < len(predicates) - 1 else " ."
                lines.append(f"{indent}    {turtle_term(p, prefixes)} {values}{end}")
            out.append("\n".join(lines) + "\n")
        if g is not None:
            out.append("}\n")
    return "".join(out)


def to_jsonld(dataset: Dataset) -> str:
    """JSON-LD compacted with kb/context.jsonld; keys and arrays sorted for stable output."""
    context = json.loads(CONTEXT_PATH.read_text(encoding="utf-8"))["@context"]
    data = json.loads(dataset.serialize(format="json-ld", context=context, auto_compact=True))
    return json.dumps(sort_json(data), ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def sort_json(value):
    """JSON-LD arrays without @list are unordered: sort them so output is stable."""
    if isinstance(value, dict):
        return {key: sort_json(item) for key, item in value.items()}
    if isinstance(value, list):
        items = [sort_json(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True, ensure_ascii=False))
    return value


def write_all(dataset: Dataset, out_dir: str | Path) -> dict[str, Path]:
    """Write kb.trig, kb.nq and kb.jsonld into out_dir; returns {"trig": path, "nq": ..., "jsonld": ...}."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = {"trig": out / "kb.trig", "nq": out / "kb.nq", "jsonld": out / "kb.jsonld"}
    writers = {"trig": to_trig, "nq": to_nquads, "jsonld": to_jsonld}
    for name, path in paths.items():
        path.write_text(writers[name](dataset), encoding="utf-8", newline="\n")
    return paths


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
