"""Datasette plugin: the pages people come to the knowledge base for.

- a claim's page (/kb/claims/ID): the quote with the claim's phrase highlighted, its
  document, whom the text credits, its status, the claims that agree and conflict
  with it and why, and its IRI;
- a document's page (/kb/documents/ID): the text with its claims highlighted and
  linked, its metadata and where each value comes from, the works it cites;
- an actor's page (/kb/actors/ID): everything claimed about it, grouped by kind,
  and its conflicts;
- /conflicts: every disagreement and agreement side by side, with the reasons;
- the home page: what the collection is and how big, and the ways in;
- /-/downloads/NAME: the RDF files that sit beside the database.

The row pages keep Datasette's URLs and JSON: the templates row-kb-claims.html,
row-kb-documents.html and row-kb-actors.html render the variables this plugin adds.

Standalone on purpose (see sckb_security.py): standard library and Datasette only.
Every value from a source reaches the page through Jinja's autoescaping: the
highlights are lists of plain-text segments that the templates wrap in <mark>,
never HTML built here.

Configured in metadata.json under plugins -> sckb-site: `database` (default kb),
`base_iri` (claims' IRIs are base_iri + "kb/claims/" + id) and `downloads` (file
names beside the database that may be downloaded).
"""
from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from datasette import hookimpl
from datasette.utils import tilde_decode, tilde_encode
from datasette.utils.asgi import NotFound, Response, asgi_send_file

PLUGIN = "sckb-site"
DEFAULT_DATABASE = "kb"
DEFAULT_BASE_IRI = "https://sckb.example.org/"
#: The order kinds of claim are listed in; kinds added later follow, alphabetically.
KIND_ORDER = ("figure", "date", "perk", "penalty", "relation")
CONFLICTS_PER_PAGE = 100
#: Ids per "in (...)" query: well under SQLite's limit on parameters.
ID_BATCH = 500
DOCUMENTS_ON_HOME_PAGE = 25
DOWNLOAD_TYPES = {
    ".trig": "application/trig",
    ".nq": "application/n-quads",
    ".jsonld": "application/ld+json",
    ".ttl": "text/turtle",
}
#: Columns shown wherever a claim is listed.
CLAIM_COLUMNS = (
    "c.id, c.document_id, c.kind, c.subject_id, c.subject, c.predicate, c.value, c.unit, c.bound, c.object, "
    "c.object_id, c.date, c.as_of, c.phrase, c.phrase_start, c.phrase_end, c.quote, c.start_char, c.end_char, "
    "c.attributed_to, c.attribution_phrase, c.status, d.title as document_title, d.outlet as document_outlet, "
    "d.published as document_published"
)
CLAIMS_WITH_DOCUMENT = f"select {CLAIM_COLUMNS} from claims c left join documents d on d.id = c.document_id"


def config(datasette) -> dict:
    return datasette.plugin_config(PLUGIN) or {}


def database_name(datasette) -> str:
    return config(datasette).get("database", DEFAULT_DATABASE)


# --- highlighting: plain-text segments, escaped by the templates ---------------------------


def segments(text: str, spans) -> list[dict]:
    """Cut `text` at every span boundary.

    `spans` are (start, end, payload) with offsets into `text`; spans that do not fit
    the text are left out. Each segment is {"text", "marks"}: the payloads of the
    spans covering it, innermost (shortest) first; unmarked text has no marks.
    """
    valid = [(s, e, p) for s, e, p in spans
             if isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)]
    cuts = sorted({0, len(text), *(s for s, _, _ in valid), *(e for _, e, _ in valid)})
    pieces = []
    for start, end in zip(cuts, cuts[1:]):
        # by length only (stable: ties keep the spans' order); payloads need not be comparable
        covering = sorted(((e - s, p) for s, e, p in valid if s <= start and end <= e), key=lambda item: item[0])
        pieces.append({"text": text[start:end], "marks": [p for _, p in covering]})
    return pieces


def quote_segments(claim: dict) -> list[dict]:
    """The claim's quote with its phrase marked (phrase offsets are relative to the document)."""
    quote, offset = claim.get("quote") or "", claim.get("start_char")
    start, end = claim.get("phrase_start"), claim.get("phrase_end")
    if not all(isinstance(n, int) for n in (offset, start, end)):
        return segments(quote, [])
    return segments(quote, [(start - offset, end - offset, claim["id"])])


# --- values as people read them --------------------------------------------------------------


def json_value(raw, default):
    """A JSON column's value, or `default` for null or text that is not JSON."""
    if raw in (None, ""):
        return default
    try:
        return json.loads(raw)
    except (TypeError, ValueError):
        return default


def number_text(value) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value:,}" if isinstance(value, (int, float)) else str(value)


def claim_value(claim: dict) -> str:
    """What the claim asserts, in a few words: "over 520,000,000 users", "launched 2015"."""
    if claim.get("value") is not None:
        bound = {"approx": "about ", "min": "at least ", "max": "at most "}.get(claim.get("bound") or "", "")
        return f"{bound}{number_text(claim['value'])} {claim.get('unit') or ''}".strip()
    if claim.get("kind") == "date" and claim.get("date"):
        return claim["date"]
    return claim.get("object") or claim.get("date") or claim.get("phrase") or ""


def http_url(url) -> str | None:
    """The URL if a browser may follow it (http or https), else None: never a javascript: link."""
    if isinstance(url, str) and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return None


def kind_groups(claims: list[dict]) -> list[tuple[str, list[dict]]]:
    groups = defaultdict(list)
    for claim in claims:
        groups[claim.get("kind") or "other"].append(claim)
    rank = {kind: n for n, kind in enumerate(KIND_ORDER)}
    return sorted(groups.items(), key=lambda item: (rank.get(item[0], len(rank)), item[0]))


# --- links -----------------------------------------------------------------------------------


class Links:
    """URLs of the knowledge base's pages, with Datasette's tilde-encoding of ids."""

    def __init__(self, datasette, database: str):
        self.urls, self.database = datasette.urls, database

    def row(self, table: str, *ids) -> str:
        return self.urls.row(self.database, table, ",".join(tilde_encode(str(i)) for i in ids))

    def claim(self, claim_id) -> str:
        return self.row("claims", claim_id)

    def document(self, document_id) -> str:
        return self.row("documents", document_id)

    def actor(self, actor_id) -> str:
        return self.row("actors", actor_id)

    def conflict(self, claim_a, claim_b) -> str:
        return self.row("conflicts", claim_a, claim_b)

    def table(self, table: str) -> str:
        return self.urls.table(self.database, table)


# --- queries ---------------------------------------------------------------------------------


async def rows(db, sql: str, params=()) -> list[dict]:
    return [dict(row) for row in (await db.execute(sql, params)).rows]


async def one(db, sql: str, params=()) -> dict | None:
    found = await rows(db, sql, params)
    return found[0] if found else None


def dress_claim(claim: dict, links: Links, base: str) -> dict:
    """A claim row plus what every page shows with it: links, value text, highlighted quote."""
    return {
        **claim,
        "url": links.claim(claim["id"]),
        "iri": iri(base, "claims", claim["id"]),
        "value_text": claim_value(claim),
        "value_number": number_text(claim["value"]) if claim.get("value") is not None else None,
        "quote_segments": quote_segments(claim),
        "subject_url": links.actor(claim["subject_id"]) if claim.get("subject_id") else None,
        "object_url": links.actor(claim["object_id"]) if claim.get("object_id") else None,
        "document_url": links.document(claim["document_id"]) if claim.get("document_id") else None,
    }


async def claims_where(db, links: Links, base: str, where: str, params=()) -> list[dict]:
    found = await rows(db, f"{CLAIMS_WITH_DOCUMENT} where {where} order by c.document_id, c.start_char, c.id", params)
    return [dress_claim(claim, links, base) for claim in found]


async def claims_by_id(db, links: Links, base: str, ids) -> dict[str, dict]:
    """Dressed claims by id, fetched in batches that stay under SQLite's limit on parameters."""
    ids, found = sorted(ids), {}
    for start in range(0, len(ids), ID_BATCH):
        batch = ids[start:start + ID_BATCH]
        marks = ", ".join("?" for _ in batch)
        found.update((c["id"], c) for c in await claims_where(db, links, base, f"c.id in ({marks})", batch))
    return found


async def comparisons(db, links: Links, base: str, where: str = "1 = 1", params=(),
                      limit: int | None = None, offset: int = 0) -> list[dict]:
    """Rows of the conflicts table with both claims dressed, reasons parsed."""
    sql = f"select * from conflicts where {where} order by relation desc, subject, predicate, claim_a, claim_b"
    if limit is not None:
        sql += f" limit {int(limit)} offset {int(offset)}"
    pairs = await rows(db, sql, params)
    claims = await claims_by_id(db, links, base, {pair[side] for pair in pairs for side in ("claim_a", "claim_b")})
    for pair in pairs:
        pair["a"], pair["b"] = claims.get(pair["claim_a"]), claims.get(pair["claim_b"])
        pair["reasons"] = [r for r in json_value(pair["reasons"], []) if isinstance(r, dict)]
        pair["url"] = links.conflict(pair["claim_a"], pair["claim_b"])
    return pairs


def iri_base(datasette) -> str:
    """Where the RDF build's IRIs of rows start: base_iri + "kb/" (a claim is base/kb/claims/ID)."""
    base = str(config(datasette).get("base_iri") or DEFAULT_BASE_IRI).strip()
    return base + ("" if base.endswith("/") else "/") + "kb/"


def iri(base: str, table: str, row_id) -> str:
    return f"{base}{table}/{tilde_encode(str(row_id))}"


# --- pages -----------------------------------------------------------------------------------


async def claim_page(datasette, claim_id: str) -> dict | None:
    db_name = database_name(datasette)
    db, links, base = datasette.get_database(db_name), Links(datasette, db_name), iri_base(datasette)
    found = await claims_where(db, links, base, "c.id = ?", [claim_id])
    if not found:
        return None
    claim = found[0]
    full = await one(db, "select extra, corrected_fields, method, confidence, review_by, review_why, review_date "
                         "from claims where id = ?", [claim_id])
    document = await one(db, "select id, title, kind, outlet, authors, published, url, license, doi "
                             "from documents where id = ?", [claim["document_id"]])
    before = await one(db, 'select text from sentences where document_id = ? and "end" <= ? '
                           'order by "end" desc limit 1', [claim["document_id"], claim.get("start_char") or 0])
    after = await one(db, "select text from sentences where document_id = ? and start >= ? "
                          "order by start limit 1", [claim["document_id"], claim.get("end_char") or 0])
    related = await comparisons(db, links, base, "claim_a = ? or claim_b = ?", [claim_id, claim_id])
    for pair in related:  # the reasons call the two claims A and B
        this_is_a = pair["claim_a"] == claim_id
        pair["other"] = pair["b"] if this_is_a else pair["a"]
        pair["this_side"], pair["other_side"] = ("A", "B") if this_is_a else ("B", "A")
    return {
        "claim": {**claim, **(full or {}), "extra": json_value((full or {}).get("extra"), {}),
                  "corrected_fields": json_value((full or {}).get("corrected_fields"), {})},
        "document": dress_document(document, links) if document else None,
        "before": before["text"] if before else None,
        "after": after["text"] if after else None,
        "conflicting": [pair for pair in related if pair["relation"] == "conflicts"],
        "agreeing": [pair for pair in related if pair["relation"] == "agrees"],
    }


def _string_map(value) -> dict[str, str]:
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}


def dress_document(document: dict, links: Links) -> dict:
    return {
        **document,
        "url_link": http_url(document.get("url")),
        "authors_list": [a for a in json_value(document.get("authors"), []) if isinstance(a, str)],
        "keywords_list": [k for k in json_value(document.get("keywords"), []) if isinstance(k, str)],
        "notes_map": _string_map(json_value(document.get("notes"), {})),
        "page": links.document(document["id"]),
    }


async def document_page(datasette, document_id: str) -> dict | None:
    db_name = database_name(datasette)
    db, links, base = datasette.get_database(db_name), Links(datasette, db_name), iri_base(datasette)
    document = await one(db, "select * from documents where id = ?", [document_id])
    if document is None:
        return None
    claims = await claims_where(db, links, base, "c.document_id = ?", [document_id])
    spans = [(c["phrase_start"], c["phrase_end"], c) for c in claims]
    citations = await rows(db, 'select * from citations where document_id = ? order by start, id', [document_id])
    for citation in citations:
        citation["url_link"] = http_url(citation.get("url"))
    return {
        "document": {**dress_document(document, links), "iri": iri(base, "documents", document_id)},
        "text_segments": segments(document.get("text") or "", spans),
        "claim_groups": kind_groups(claims),
        "claim_count": len(claims),
        "citations": citations,
    }


async def actor_page(datasette, actor_id: str) -> dict | None:
    db_name = database_name(datasette)
    db, links, base = datasette.get_database(db_name), Links(datasette, db_name), iri_base(datasette)
    actor = await one(db, "select * from actors where id = ?", [actor_id])
    if actor is None:
        return None
    aliases = [a for a in json_value(actor.get("aliases"), []) if isinstance(a, str)]
    parents = [p for p in json_value(actor.get("part_of"), []) if isinstance(p, str)]
    about = await claims_where(db, links, base, "c.subject_id = ?", [actor_id])
    names = sorted({n.lower() for n in [actor.get("name") or "", *aliases] if n})
    credited = []
    if names:
        marks = ", ".join("?" for _ in names)
        credited = await claims_where(db, links, base, f"lower(c.attributed_to) in ({marks})", names)
    known = {a["id"]: a["name"] for a in await rows(
        db, f"select id, name from actors where id in ({', '.join('?' for _ in parents) or 'null'})", parents)}
    parts = await rows(db, "select id, name, type from actors where exists "
                           "(select 1 from json_each(actors.part_of) where value = ?) order by name", [actor_id])
    documents = await rows(db, "select m.document_id, d.title, count(*) as mentions from mentions m "
                               "left join documents d on d.id = m.document_id where m.actor_id = ? "
                               "group by m.document_id order by mentions desc, m.document_id", [actor_id])
    about_it = "(select id from claims where subject_id = ?)"
    related = await comparisons(db, links, base, f"claim_a in {about_it} or claim_b in {about_it}", [actor_id] * 2)
    return {
        "actor": {**actor, "aliases_list": aliases, "iri": iri(base, "actors", actor_id)},
        "part_of": [{"id": p, "name": known.get(p, p), "url": links.actor(p)} for p in parents],
        "parts": [{**p, "url": links.actor(p["id"])} for p in parts],
        "about_groups": kind_groups(about),
        "about_count": len(about),
        "as_object": await claims_where(db, links, base, "c.object_id = ? and c.subject_id is not ?",
                                        [actor_id, actor_id]),
        "credited": credited,
        "mentioned_in": [{**d, "url": links.document(d["document_id"])} for d in documents],
        "conflicting": [p for p in related if p["relation"] == "conflicts"],
        "agreeing": [p for p in related if p["relation"] == "agrees"],
    }


async def collection_summary(datasette, request) -> dict:
    """The home page's numbers and ways in."""
    db_name = database_name(datasette)
    db, links = datasette.get_database(db_name), Links(datasette, db_name)
    counts = await one(db, "select (select count(*) from documents) as documents, "
                           "(select count(distinct outlet) from documents) as outlets, "
                           "(select count(*) from claims) as claims, (select count(*) from actors) as actors, "
                           "(select count(*) from conflicts where relation = 'conflicts') as conflicts, "
                           "(select count(*) from conflicts where relation = 'agrees') as agreements")
    by_kind = await rows(db, "select kind, count(*) as n from claims group by kind order by n desc, kind")
    documents = await rows(db, "select d.id, d.title, d.outlet, d.published, d.kind, "
                               "(select count(*) from claims c where c.document_id = d.id) as claims "
                               f"from documents d order by d.published desc, d.id limit {DOCUMENTS_ON_HOME_PAGE}")
    queries = await datasette.get_canned_queries(db_name, request.actor if request else None)
    return {
        "counts": counts,
        "claims_by_kind": by_kind,
        "documents": [{**d, "url": links.document(d["id"])} for d in documents],
        "queries": [{"name": name, "title": q.get("title") or name, "description": q.get("description"),
                     "url": datasette.urls.query(db_name, name)} for name, q in queries.items()],
        "downloads": [{"name": name, "url": datasette.urls.path(f"/-/downloads/{name}")}
                      for name in available_downloads(datasette)],
        "links": {"claims": links.table("claims"), "documents": links.table("documents"),
                  "actors": links.table("actors"), "conflicts_table": links.table("conflicts"),
                  "conflicts": datasette.urls.path("/conflicts"), "sql": datasette.urls.database(db_name),
                  "database_file": datasette.urls.path(f"/{db_name}.db")},
    }


# --- downloads -------------------------------------------------------------------------------


def downloads_folder(datasette) -> Path | None:
    db = datasette.databases.get(database_name(datasette))
    return Path(db.path).parent if db is not None and db.path else None


def available_downloads(datasette) -> list[str]:
    folder = downloads_folder(datasette)
    names = config(datasette).get("downloads") or []
    return [n for n in names if folder is not None and "/" not in n and (folder / n).is_file()]


async def download(datasette, request, send):
    name = request.url_vars["name"]
    if name not in available_downloads(datasette):
        raise NotFound(f"No download called {name}")
    path = downloads_folder(datasette) / name
    content_type = DOWNLOAD_TYPES.get(path.suffix, "application/octet-stream")
    await asgi_send_file(send, str(path), filename=name, content_type=content_type)


# --- the conflicts page ----------------------------------------------------------------------


async def conflicts_view(datasette, request):
    db_name = database_name(datasette)
    if db_name not in datasette.databases:
        raise NotFound("No knowledge base")
    db, links = datasette.get_database(db_name), Links(datasette, db_name)
    relation = request.args.get("relation")
    subject = request.args.get("subject")
    clauses, params = [], []
    if relation in ("conflicts", "agrees"):
        clauses.append("relation = ?")
        params.append(relation)
    if subject:
        clauses.append("(subject = ? or subject_a = ? or subject_b = ?)")
        params += [subject] * 3
    where = " and ".join(clauses) or "1 = 1"
    try:
        page = max(1, int(request.args.get("page", "1")))
    except ValueError:
        page = 1
    total = (await one(db, f"select count(*) as n from conflicts where {where}", params))["n"]
    pairs = await comparisons(db, links, iri_base(datasette), where, params,
                              limit=CONFLICTS_PER_PAGE, offset=(page - 1) * CONFLICTS_PER_PAGE)
    last_page = max(1, -(-total // CONFLICTS_PER_PAGE))
    context = {
        "pairs": pairs,
        "conflicting": [p for p in pairs if p["relation"] == "conflicts"],
        "agreeing": [p for p in pairs if p["relation"] == "agrees"],
        "total": total, "page": page, "last_page": last_page,
        "relation": relation if relation in ("conflicts", "agrees") else None, "subject": subject,
        "table_url": links.table("conflicts"), "database": db_name,
    }
    html = await datasette.render_template("sckb_conflicts.html", context, request=request, view_name="conflicts")
    return Response.html(html)


# --- hooks -----------------------------------------------------------------------------------

ROW_PAGES = {"claims": ("claim_page", claim_page), "documents": ("document_page", document_page),
             "actors": ("actor_page", actor_page)}


@hookimpl
def extra_template_vars(template, database, table, view_name, request, datasette):
    db_name = database_name(datasette)
    if view_name == "index" and db_name in datasette.databases:
        async def home():
            return {"collection": await collection_summary(datasette, request)}
        return home
    if view_name == "row" and database == db_name and table in ROW_PAGES and request is not None:
        key, build = ROW_PAGES[table]

        async def row_page():
            pks = request.url_vars.get("pks", "")
            if "," in pks:
                return {}
            return {key: await build(datasette, tilde_decode(pks)), "site_links": Links(datasette, db_name)}
        return row_page
    return {}


@hookimpl
def register_routes():
    return [
        (r"^/conflicts$", conflicts_view),
        (r"^/-/downloads/(?P<name>[^/]+)$", download),
    ]

