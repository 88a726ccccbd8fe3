"""The knowledge base's tables and columns, described once.

These descriptions feed the SQLite build (column order, keys, indexes), the
Datasette metadata and the README's schema section, so the three never drift.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils.db import DescIndex  # a column an index keeps in descending order


@dataclass(frozen=True)
class Table:
    name: str
    description: str
    columns: dict[str, str]  # column -> description, in order
    pk: str | tuple[str, ...] = "id"
    foreign_keys: tuple[tuple[str, str, str], ...] = ()  # (column, other table, other column)
    indexes: tuple[tuple[str, ...], ...] = ()
    fts: tuple[str, ...] = ()  # columns searched with full-text search
    types: dict[str, type] | None = None  # non-text columns

    def column_types(self) -> dict[str, type]:
        return {name: (self.types or {}).get(name, str) for name in self.columns}


DOCUMENTS = Table(
    "documents",
    "One row per source: its metadata and the cleaned text that every offset refers to.",
    {
        "id": "Stable id of the source, a slug of its file name.",
        "source": "The file's path relative to the corpus folder.",
        "title": "Title, from the file or the catalog.",
        "kind": "What sort of document: journal-article, news-article, blog-post, legal-alert, magazine-feature, web-page...",
        "outlet": "Who published it: journal, magazine, newspaper, website or firm.",
        "authors": "Authors, as a JSON list.",
        "published": "Publication date, ISO 8601 at the precision known (2018, 2018-06, 2018-06-28).",
        "url": "Where the source was published.",
        "license": "Licence or copyright of the source text.",
        "doi": "Digital Object Identifier, where it has one.",
        "text": "The cleaned text: page furniture removed. Claim offsets index into this text.",
        "format": "The reader that read the file: text, html, ris, bibtex or pdf.",
        "keywords": "Keywords from the record, as a JSON list.",
        "original_name": "The file name the source arrived with.",
        "encoding": "The character encoding the file was decoded from.",
        "notes": "Where each inferred or catalogued metadata value comes from, as a JSON object.",
        "raw": "The decoded file before cleaning.",
    },
    indexes=(("published",), ("outlet",)),
    fts=("title", "text"),
)

ACTORS = Table(
    "actors",
    "Companies, products, state bodies, programmes, outlets and people the sources talk about or credit.",
    {
        "id": "Stable id: the gazetteer's slug, or the NER label and a slug of the name (org:..., person:...).",
        "name": "Canonical name.",
        "type": "company, product, platform, government, court, program, outlet, person, organization, place.",
        "aliases": "Other names (English, Chinese, abbreviations), as a JSON list.",
        "description": "One line on who or what this is.",
        "part_of": "Ids of the actors this one belongs to (product -> company -> group), as a JSON list.",
        "origin": "How the actor entered the knowledge base: gazetteer, ner or attribution.",
        "mention_count": "How many times the corpus mentions it.",
    },
    indexes=(("type",), ("name",)),
    types={"mention_count": int},
)

CLAIMS = Table(
    "claims",
    "What the sources assert: figures, dates, perks, penalties and relations, each with its provenance.",
    {
        "id": "Stable id: the same corpus gives the same ids.",
        "document_id": "The source that makes the claim.",
        "kind": "figure, date, perk, penalty or relation.",
        "subject_id": "The actor the claim is about (id in actors).",
        "subject": "The actor's canonical name.",
        "predicate": "What is claimed of the subject: user_count, launched, grants_perk, owned_by...",
        "value": "The figure's value in base units (520 million is 520000000).",
        "unit": "What the figure counts or measures: users, cities, yuan, percent...",
        "bound": "exact, approx, min (over, more than) or max (up to).",
        "object": "The perk, the penalty, or the other actor of a relation.",
        "object_id": "The other actor's id, for relations.",
        "date": "ISO date or prefix of a dated event, at the precision the text gives.",
        "as_of": "The time a figure refers to, where stated.",
        "phrase": "The exact words carrying the claim.",
        "phrase_start": "Offset of the phrase in documents.text.",
        "phrase_end": "End offset of the phrase in documents.text.",
        "quote": "The whole sentence: documents.text[start_char:end_char].",
        "start_char": "Offset of the quote in documents.text.",
        "end_char": "End offset of the quote in documents.text.",
        "attributed_to": "Whom the text credits for the claim (an outlet, a person, a URL), else null.",
        "attribution_phrase": "The words that credit it, e.g. 'according to Business Insider'.",
        "method": "The rule or model that produced the claim.",
        "confidence": "The rule's confidence, 0 to 1.",
        "status": "extracted, accepted, corrected or curated (added by a curator).",
        "extra": "Rule-specific detail (currency equivalents, range ends...), as a JSON object.",
        "review_by": "The curator whose review decision set the status.",
        "review_why": "The curator's reason.",
        "review_date": "When the decision was made.",
        "corrected_fields": "For a corrected claim, the extracted values the curator replaced, as a JSON object.",
    },
    foreign_keys=(("document_id", "documents", "id"), ("subject_id", "actors", "id")),
    # subject: the claims table's facet; object_id: an actor's page and claims_about_actor find the
    # relations that name it as the other actor. The last three cover what the canned queries read of
    # many claims at once, so that they read the index and not every claim's row (quotes and all):
    # whom each document credits (citation_graph, source_chain), the figures' ranges (figures_by_metric)
    # and who states each perk or penalty (perks_and_penalties); the last two also find claims by kind.
    indexes=(("subject_id",), ("predicate",), ("document_id",), ("subject",), ("object_id",),
             ("attributed_to", "document_id", "attribution_phrase"),
             ("kind", "predicate", "unit", "value", "document_id"),
             ("kind", "subject_id", "object", "document_id")),
    fts=("quote", "phrase", "object"),
    types={"value": float, "phrase_start": int, "phrase_end": int, "start_char": int, "end_char": int, "confidence": float},
)

REJECTED_CLAIMS = Table(
    "rejected_claims",
    "Claims the extractor produced and a curator rejected: kept out of the knowledge base, listed here with the reason.",
    dict(CLAIMS.columns),
    foreign_keys=(("document_id", "documents", "id"),),
    indexes=(("document_id",),),
    types=CLAIMS.types,
)

CITATIONS = Table(
    "citations",
    "Works a document cites: reference-list entries and inline URLs.",
    {
        "id": "Stable id of the citation.",
        "document_id": "The citing document.",
        "kind": "reference (a reference-list entry) or inline-url.",
        "text": "The cited text, exactly as in the document.",
        "start": "Offset in documents.text.",
        "end": "End offset in documents.text.",
        "title": "Title of the cited work, where parsed.",
        "authors": "Authors of the cited work, where parsed.",
        "date": "Date of the cited work, where parsed.",
        "retrieved": "When the citing author retrieved it, where stated.",
        "url": "URL of the cited work.",
    },
    foreign_keys=(("document_id", "documents", "id"),),
    indexes=(("document_id",), ("url",)),
    types={"start": int, "end": int},
)

SENTENCES = Table(
    "sentences",
    "The sentences of every document, with offsets, for search and context.",
    {
        "id": "document id and sentence number.",
        "document_id": "The document.",
        "number": "Position of the sentence in the document, from 0.",
        "start": "Offset in documents.text.",
        "end": "End offset in documents.text.",
        "text": "The sentence.",
    },
    foreign_keys=(("document_id", "documents", "id"),),
    indexes=(("document_id",),),
    fts=("text",),
    types={"number": int, "start": int, "end": int},
)

MENTIONS = Table(
    "mentions",
    "Every place a document names an actor.",
    {
        "id": "document id and offsets.",
        "actor_id": "The actor.",
        "document_id": "The document.",
        "start": "Offset in documents.text.",
        "end": "End offset in documents.text.",
        "text": "The words naming the actor.",
    },
    foreign_keys=(("actor_id", "actors", "id"), ("document_id", "documents", "id")),
    indexes=(("actor_id",), ("document_id",)),
    types={"start": int, "end": int},
)

CONFLICTS = Table(
    "conflicts",
    "Pairs of claims about the same thing that disagree (relation = conflicts) or agree (relation = agrees), with the reasons.",
    {
        "claim_a": "One claim (the smaller id).",
        "claim_b": "The other claim.",
        "subject": "What both claims are about.",
        "predicate": "The metric or event compared.",
        "value_a": "Claim a's value or date.",
        "value_b": "Claim b's value or date.",
        "relation": "conflicts or agrees.",
        "reasons": "Why the figures may differ or why the agreement is weaker than it looks, as a JSON list of {code, text}.",
        "kind": "figure or date.",
        "scope": "same (both about one actor) or parent (one about a part, the other about what it belongs to).",
        "subject_a": "Claim a's subject.",
        "subject_b": "Claim b's subject.",
        "unit_a": "Claim a's unit.",
        "unit_b": "Claim b's unit.",
        "bound_a": "Claim a's bound.",
        "bound_b": "Claim b's bound.",
        "independent_origins": "For agreements: how many independent origins stand behind the two claims (documents crediting the same outlet are one).",
    },
    pk=("claim_a", "claim_b"),
    types={"independent_origins": int},
    foreign_keys=(("claim_a", "claims", "id"), ("claim_b", "claims", "id")),
    # claim_a leads the primary key; claim_b needs its own index to find a claim's pairs. The pairs
    # are listed in the order of the last two indexes (the conflicts page and conflicting_figures;
    # agreements), so that a page of them is read from the index, not sorted from every pair.
    indexes=(("subject",), ("predicate",), ("claim_b",),
             (DescIndex("relation"), "subject", "predicate", "claim_a", "claim_b"),
             ("relation", DescIndex("independent_origins"), "subject", "predicate", "claim_a", "claim_b")),
)

TABLES = (DOCUMENTS, ACTORS, CLAIMS, REJECTED_CLAIMS, CITATIONS, SENTENCES, MENTIONS, CONFLICTS)
BY_NAME = {table.name: table for table in TABLES}
