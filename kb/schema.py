"""The knowledge base's tables and columns, described once.

These descriptions feed the SQLite build (column order, keys, indexes), the
Datasette metadata and the README's schema section, so the three never drift.

Two sorts of tables. ROW_TABLES hold the rows the build writes: what the sources say
(documents, claims, citations...) and what the cross-check finds (conflicts). PREPARED_TABLES
are computed from them in SQL at the end of every build (`Table.prepared_from`), so that the
canned queries (queries/*.sql) read a page of answers through an index instead of counting,
grouping or sorting the whole corpus at each request: counts per claim and per document,
credits, source chains, actor names, and keys to sort and filter by. They are computed afresh
each time from all the rows, whatever an incremental build carried over, so they always
follow the rows.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils.db import DescIndex  # a column an index keeps in descending order


@dataclass(frozen=True)
class Index:
    """An index written in SQL: its columns or expressions in order ("value desc", "actor_key is null")
    and, for a partial index, the condition its rows meet (a query uses it when its WHERE says so too)."""
    name: str
    columns: tuple[str, ...]
    where: str = ""
    unique: bool = False


@dataclass(frozen=True)
class Table:
    name: str
    description: str
    columns: dict[str, str]  # column -> description, in order
    pk: str | tuple[str, ...] | None = "id"  # None: no primary key (a prepared table declares a unique Index)
    foreign_keys: tuple[tuple[str, str, str], ...] = ()  # (column, other table, other column)
    indexes: tuple[tuple[str, ...] | Index, ...] = ()
    fts: tuple[str, ...] = ()  # columns searched with full-text search
    types: dict[str, type] | None = None  # non-text columns
    #: A prepared table's rows: a SELECT of its columns, in order, from the tables before it.
    prepared_from: str = ""

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
        "type": "company, product, platform, government, court, program, law (an official document named by its title), outlet, person, organization, place.",
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
    # agreements), so that a page of them is read from the index, not sorted from every pair; their
    # last columns are what those queries filter on, so that pairs left out are not read either.
    indexes=(("subject",), ("predicate",), ("claim_b",),
             (DescIndex("relation"), "subject", "predicate", "claim_a", "claim_b", "kind", "subject_a", "subject_b"),
             ("relation", DescIndex("independent_origins"), "subject", "predicate", "claim_a", "claim_b",
              "subject_a", "subject_b")),
)

#: The tables of rows the build writes.
ROW_TABLES = (DOCUMENTS, ACTORS, CLAIMS, REJECTED_CLAIMS, CITATIONS, SENTENCES, MENTIONS, CONFLICTS)


# --- prepared tables: computed from the rows above at the end of every build, for the canned queries ---

ACTOR_NAMES = Table(
    "actor_names",
    "Prepared: every name an actor goes by (canonical name and aliases) in lower case, to find an actor by "
    "name through an index.",
    {
        "name": "A canonical name or alias, lower case.",
        "actor_id": "The actor (id in actors).",
    },
    pk=None,
    indexes=(Index("name", ("name", "actor_id")), Index("actor", ("actor_id", "name"))),
    prepared_from="""
        select lower(name), id from actors
        union
        select lower(n.value), a.id from actors a, json_each(a.aliases) n""",
)

ACTOR_PARTS = Table(
    "actor_parts",
    "Prepared: what each actor belongs to (actors.part_of), one row per actor and parent, to find an "
    "actor's parts through an index.",
    {
        "actor_id": "The actor (id in actors).",
        "part_of": "An actor it belongs to (id in actors).",
    },
    pk=None,
    indexes=(Index("parent", ("part_of", "actor_id")),),
    prepared_from="""
        select a.id, p.value from actors a, json_each(a.part_of) p""",
)

CLAIM_CITATIONS = Table(
    "claim_citations",
    "Prepared: the citations on each claim's chain to its origin (source_chain): those whose words name the "
    "source the claim credits (as written, or by any name of the actor it is) and those inside the claim's sentence.",
    {
        "claim_id": "The claim (id in claims).",
        "citation_id": "The citation (id in citations).",
        "citation_start": "The citation's offset in documents.text (citations.start): the order of a claim's citations.",
        "link": "Why the citation is on the chain: 'cited in the claim's sentence', 'names the credited source', or both.",
    },
    pk=None,
    indexes=(Index("claim", ("claim_id", "citation_start", "citation_id"), unique=True),),
    types={"citation_start": int},
    prepared_from="""
        with
          -- the actor a name stands for (the first by id when two share it)
          actor_by_name(name, actor_id) as materialized (
            select name, min(actor_id) from actor_names group by name
          ),
          -- each citation's words, where a credited source's name may appear
          cited(id, document_id, start, "end", words) as (
            select id, document_id, start, "end", lower(text || ' ' || coalesce(url, '') || ' ' || coalesce(title, ''))
            from citations
          ),
          -- from the citations (few) to the claims of their documents (not from every claim)
          links(claim_id, citation_id, link) as (
            -- the credited source as written
            select c.id, ci.id, 'names the credited source'
            from cited ci
            cross join claims c on c.document_id = ci.document_id
            where c.attributed_to != '' and length(lower(c.attributed_to)) > 2
              and instr(ci.words, lower(c.attributed_to)) > 0
            union
            -- or any name of the actor it is
            select c.id, ci.id, 'names the credited source'
            from cited ci
            cross join claims c on c.document_id = ci.document_id
            join actor_by_name k on k.name = lower(c.attributed_to)
            join actor_names n on n.actor_id = k.actor_id
            where length(n.name) > 2 and instr(ci.words, n.name) > 0
            union
            select c.id, ci.id, 'cited in the claim''s sentence'
            from cited ci
            cross join claims c on c.document_id = ci.document_id
            where ci.start >= c.start_char and ci."end" <= c.end_char
          )
        select l.claim_id, l.citation_id, ci.start,
               -- one reason, or both in alphabetical order
               case when min(l.link) = max(l.link) then min(l.link) else min(l.link) || '; ' || max(l.link) end
        from links l
        join citations ci on ci.id = l.citation_id
        group by l.claim_id, l.citation_id""",
)

# The listings of claims (timeline, single_source_claims, perks_and_penalties, figures_by_metric,
# claims_about_actor, source_chain) each read an index of this table in their own order, holding the
# columns their filters test: a page reads a page of claims, and a claim left out is not read at all.
CLAIM_STATS = Table(
    "claim_stats",
    "Prepared: one row per claim, with what the canned queries list claims by (its document's date, its "
    "actor's name, keys in lower case) and what the corpus says of it (agreeing and conflicting pairs, "
    "documents that state the same thing, citations on its source chain).",
    {
        "claim_id": "The claim (id in claims).",
        "document_id": "The document that makes it.",
        "published": "The document's publication date (documents.published).",
        "kind": "claims.kind.",
        "subject_id": "claims.subject_id.",
        "actor_key": "The claim's actor in lower case: the actor's canonical name, else the subject as written.",
        "unlinked_subject": "The subject in lower case, for a claim whose subject is not linked to an actor (no subject_id).",
        "predicate": "claims.predicate.",
        "unit": "claims.unit.",
        "value": "claims.value.",
        "date": "claims.date.",
        "object_key": "claims.object in lower case.",
        "object_id": "claims.object_id.",
        "start_char": "claims.start_char.",
        "phrase_start": "claims.phrase_start.",
        "credited_key": "claims.attributed_to in lower case.",
        "credited_actor_id": "The actor the claim credits, found by name or alias (the first by id when two share it).",
        "agreements": "How many pairs in conflicts agree with the claim.",
        "conflicts": "How many pairs in conflicts conflict with the claim.",
        "compared_as": "For a figure: the metric family the cross-check compared it under (the first, when several).",
        "statement_sources": "How many documents state the same thing: the same subject (actor, else name), "
                             "predicate, value, date and other actor. 1: this document only.",
        "object_sources": "For a perk or penalty: how many documents state one of the same kind, for the same "
                          "actor, in the same words (any case).",
        "chain_citations": "How many citations are on the claim's source chain (claim_citations).",
    },
    pk=None,
    indexes=(
        Index("claim", ("claim_id",), unique=True),
        Index("subject_id", ("subject_id",)),
        Index("unlinked_subject", ("unlinked_subject",)),
        # timeline: dated claims in date order
        Index("timeline", ("date", "published", "document_id", "start_char", "claim_id", "subject_id",
                           "unlinked_subject"), where="date > ''"),
        Index("single_source", ("kind", "actor_key", "predicate", "published", "claim_id", "subject_id",
                                "unlinked_subject"), where="statement_sources = 1 and agreements = 0"),
        # perks_and_penalties: by actor (claims of no actor last), kind and wording
        Index("perks", ("actor_key is null", "actor_key", "kind", "object_key", "published", "claim_id", "subject_id",
                        "unlinked_subject"), where="kind in ('perk', 'penalty')"),
        # figures_by_metric: by metric and unit, largest first
        Index("figures", ("predicate", "unit", "value desc", "published", "claim_id", "compared_as", "subject_id",
                          "unlinked_subject"), where="kind = 'figure'"),
        # claims_about_actor and source_chain: every claim in document order
        Index("documents", ("published", "document_id", "start_char", "phrase_start", "claim_id", "subject_id",
                            "unlinked_subject", "object_id", "credited_key", "credited_actor_id", "chain_citations")),
    ),
    types={"value": float, "start_char": int, "phrase_start": int, "agreements": int, "conflicts": int,
           "statement_sources": int, "object_sources": int, "chain_citations": int},
    prepared_from="""
        with
          -- the claims' columns this table needs, read once
          claimed as materialized (
            select id, document_id, kind, subject_id, lower(subject) as subject_key, predicate, unit, value, date,
                   lower(object) as object_key, object_id, start_char, phrase_start,
                   lower(attributed_to) as credited_key,
                   -- what the claim states (subject, predicate, value, date, other actor) as one key
                   json_array(coalesce(subject_id, lower(subject)), predicate, value, date,
                              coalesce(object_id, lower(object))) as statement
            from claims
          ),
          statements as materialized (
            select statement, count(distinct document_id) as sources from claimed group by statement
          ),
          same_objects as materialized (
            select kind, subject_id, object_key, count(distinct document_id) as sources from claimed
            where kind in ('perk', 'penalty') and object_key is not null
            group by kind, subject_id, object_key
          ),
          -- each pair once for each of its claims
          sides(claim_id, relation, kind, predicate) as (
            select claim_a, relation, kind, predicate from conflicts
            union all
            select claim_b, relation, kind, predicate from conflicts where claim_b is not claim_a
          ),
          paired as materialized (
            select claim_id, sum(relation = 'agrees') as agreements, sum(relation = 'conflicts') as conflicts,
                   min(case when kind = 'figure' then predicate end) as compared_as
            from sides group by claim_id
          ),
          chains as materialized (
            select claim_id, count(*) as citations from claim_citations group by claim_id
          )
        select c.id, c.document_id, d.published, c.kind, c.subject_id,
               coalesce(lower(a.name), c.subject_key), case when c.subject_id is null then c.subject_key end,
               c.predicate, c.unit, c.value, c.date, c.object_key, c.object_id, c.start_char, c.phrase_start,
               c.credited_key, (select min(n.actor_id) from actor_names n where n.name = c.credited_key),
               coalesce(p.agreements, 0), coalesce(p.conflicts, 0), p.compared_as, s.sources, o.sources,
               coalesce(ch.citations, 0)
        from claimed c
        left join documents d on d.id = c.document_id
        left join actors a on a.id = c.subject_id
        left join paired p on p.claim_id = c.id
        left join statements s on s.statement = c.statement
        left join same_objects o on o.kind = c.kind and o.subject_id is c.subject_id and o.object_key = c.object_key
        left join chains ch on ch.claim_id = c.id""",
)

FIGURE_RANGES = Table(
    "figure_ranges",
    "Prepared: per metric and unit of the figures, how many documents give one and the range they span.",
    {
        "predicate": "The metric (claims.predicate).",
        "unit": "The unit (claims.unit).",
        "sources": "How many documents give a figure of this metric and unit.",
        "lowest": "The smallest value.",
        "highest": "The largest value.",
    },
    pk=None,
    indexes=(Index("metric", ("predicate", "unit")),),
    types={"sources": int, "lowest": float, "highest": float},
    prepared_from="""
        select predicate, unit, count(distinct document_id), min(value), max(value)
        from claims
        where kind = 'figure'
        group by predicate, unit""",
)

DOCUMENT_STATS = Table(
    "document_stats",
    "Prepared: one row per document: how much it contributes (claims by kind, citations, credited sources, "
    "agreements and conflicts of its claims), with its date, kind and outlet to list and filter by.",
    {
        "document_id": "The document (id in documents).",
        "published": "documents.published.",
        "kind": "documents.kind.",
        "outlet_key": "documents.outlet in lower case.",
        "claims": "Its claims.",
        "figures": "Its figures.",
        "dates": "Its dated events.",
        "perks": "Its perks.",
        "penalties": "Its penalties.",
        "relations": "Its relations.",
        "citations": "Its citations.",
        "credited_sources": "How many different sources its claims credit (claims.attributed_to).",
        "agreements": "Pairs that agree, counted once for each of its claims in them.",
        "conflicts": "Pairs that conflict, counted once for each of its claims in them.",
        "characters": "The length of its cleaned text.",
    },
    pk=None,
    indexes=(Index("document", ("document_id",), unique=True),
             # document_overview: newest first
             Index("overview", ("published desc", "document_id", "kind", "outlet_key"))),
    types={name: int for name in ("claims", "figures", "dates", "perks", "penalties", "relations", "citations",
                                  "credited_sources", "agreements", "conflicts", "characters")},
    prepared_from="""
        with
          claimed as (
            select document_id, count(*) as claims, sum(kind = 'figure') as figures, sum(kind = 'date') as dates,
                   sum(kind = 'perk') as perks, sum(kind = 'penalty') as penalties, sum(kind = 'relation') as relations,
                   count(distinct case when attributed_to != '' then attributed_to end) as credited_sources
            from claims group by document_id
          ),
          paired as (
            select document_id, sum(agreements) as agreements, sum(conflicts) as conflicts
            from claim_stats group by document_id
          ),
          cited as (
            select document_id, count(*) as citations from citations group by document_id
          )
        select d.id, d.published, d.kind, lower(d.outlet),
               coalesce(k.claims, 0), coalesce(k.figures, 0), coalesce(k.dates, 0), coalesce(k.perks, 0),
               coalesce(k.penalties, 0), coalesce(k.relations, 0), coalesce(ci.citations, 0),
               coalesce(k.credited_sources, 0), coalesce(p.agreements, 0), coalesce(p.conflicts, 0), length(d.text)
        from documents d
        left join claimed k on k.document_id = d.id
        left join paired p on p.document_id = d.id
        left join cited ci on ci.document_id = d.id""",
)

DOCUMENT_CREDITS = Table(
    "document_credits",
    "Prepared: one row per document and source it credits (claims.attributed_to) or cites (citations), "
    "with the actor that source is and how many documents credit it (citation_graph).",
    {
        "document_id": "The document (id in documents).",
        "published": "documents.published.",
        "credited": "The source as written: the credit, or the citation's title, URL or text.",
        "credited_name": "The actor's canonical name when the source is a known actor, else as written.",
        "actor_id": "The actor the source is, found by name, alias or web domain (the first by id).",
        "how": "attribution (claims credit it), or the citation's kind (reference, inline-url).",
        "mentions": "How many claims credit it, or how many times it is cited.",
        "claims": "How many claims credit it (0 for a citation).",
        "credited_by_documents": "How many documents credit or cite the same source (the actor, else the name as written).",
        "example": "The words that credit it (the first), or the citation's text.",
        "url": "The citation's URL.",
    },
    pk=None,
    indexes=(Index("document", ("document_id",)),
             # citation_graph: by document date and document, most mentioned first
             Index("graph", ("published", "document_id", "mentions desc", "how", "credited_name", "credited", "url",
                             "actor_id"))),
    types={"mentions": int, "claims": int, "credited_by_documents": int},
    prepared_from="""
        with
          -- the actor a name stands for (the first by id when two share it)
          actor_by_name(name, actor_id) as materialized (
            select name, min(actor_id) from actor_names group by name
          ),
          attributions as (
            select c.document_id, c.attributed_to as credited, 'attribution' as how, count(*) as mentions,
                   count(*) as claims, min(c.attribution_phrase) as example, null as url
            from claims c
            where c.attributed_to > ''
            group by c.document_id, c.attributed_to
          ),
          cited as (
            select ci.document_id, coalesce(ci.title, ci.url, ci.text) as credited, ci.kind as how,
                   count(*) as mentions, 0 as claims, min(ci.text) as example, ci.url,
                   -- the web domain, without scheme, "www." or path
                   lower(replace(
                     substr(replace(replace(ci.url, 'https://', ''), 'http://', ''), 1,
                            instr(replace(replace(ci.url, 'https://', ''), 'http://', '') || '/', '/') - 1),
                     'www.', '')) as domain
            from citations ci
            group by ci.document_id, coalesce(ci.title, ci.url, ci.text), ci.kind, ci.url
          ),
          credits as materialized (
            select t.document_id, t.credited, t.how, t.mentions, t.claims, t.example, t.url, n.actor_id
            from attributions t
            left join actor_by_name n on n.name = lower(t.credited)
            union all
            -- the actor named by the citation's title or text, or by its web domain (the first by id)
            select t.document_id, t.credited, t.how, t.mentions, t.claims, t.example, t.url,
                   -- the smallest of the ids found: each argument falls back on the others, as min() of a null is null
                   min(coalesce(by_name.actor_id, by_domain.actor_id, by_www.actor_id),
                       coalesce(by_domain.actor_id, by_www.actor_id, by_name.actor_id),
                       coalesce(by_www.actor_id, by_name.actor_id, by_domain.actor_id))
            from cited t
            left join actor_by_name by_name on by_name.name = lower(t.credited)
            left join actor_by_name by_domain on t.domain != '' and by_domain.name = t.domain
            left join actor_by_name by_www on t.domain != '' and by_www.name = 'www.' || t.domain
          ),
          -- how many documents credit each source (an actor, else the name as written)
          credited_by(source, documents) as (
            select coalesce(actor_id, lower(credited)), count(distinct document_id) from credits
            group by coalesce(actor_id, lower(credited))
          )
        select k.document_id, d.published, k.credited, coalesce(a.name, k.credited), k.actor_id, k.how,
               k.mentions, k.claims, cb.documents, k.example, k.url
        from credits k
        join documents d on d.id = k.document_id
        left join actors a on a.id = k.actor_id
        join credited_by cb on cb.source = coalesce(k.actor_id, lower(k.credited))""",
)

# conflicting_figures and agreements read the pairs in the order of an index of conflicts that starts
# with the pair's subject: asked about an actor, they read only the subjects this table gives for it.
PAIR_SUBJECTS = Table(
    "pair_subjects",
    "Prepared: for each name or actor id a pair in conflicts is about, the subjects (and numbers of "
    "independent origins) of such pairs, so that listing the pairs about an actor reads only those subjects.",
    {
        "key": "A pair's subject, or either claim's subject, in lower case; or either claim's actor id; "
               "'' for every pair.",
        "relation": "conflicts.relation.",
        "independent_origins": "conflicts.independent_origins.",
        "subject": "conflicts.subject.",
    },
    pk=None,
    indexes=(Index("key", ("key", "relation", "independent_origins", "subject")),),
    types={"independent_origins": int},
    prepared_from="""
        with
          keys(n) as (values (0), (1), (2), (3), (4), (5)),
          kinds_of_pair as materialized (
            select distinct x.relation, x.independent_origins, x.subject, x.subject_a, x.subject_b,
                            a.subject_id as subject_id_a, b.subject_id as subject_id_b
            from conflicts x
            join claims a on a.id = x.claim_a
            join claims b on b.id = x.claim_b
          )
        select distinct
          case k.n when 0 then '' when 1 then lower(p.subject) when 2 then lower(p.subject_a)
                   when 3 then lower(p.subject_b) when 4 then p.subject_id_a else p.subject_id_b end as key,
          p.relation, p.independent_origins, p.subject
        from kinds_of_pair p
        cross join keys k
        where key is not null""",
)

#: Computed in this order, each from the row tables and the prepared tables before it.
PREPARED_TABLES = (ACTOR_NAMES, ACTOR_PARTS, CLAIM_CITATIONS, CLAIM_STATS, FIGURE_RANGES, DOCUMENT_STATS,
                   DOCUMENT_CREDITS, PAIR_SUBJECTS)
TABLES = ROW_TABLES + PREPARED_TABLES
BY_NAME = {table.name: table for table in TABLES}
