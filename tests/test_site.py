"""The Datasette site: metadata, pages, escaping, redirects and headers, through Datasette's own client."""
from __future__ import annotations

import asyncio
import base64
import csv
import hashlib
import html
import io
import json
import re
import shutil
import sqlite3
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml
from markupsafe import escape as _escape

from extract.settings import Settings
from kb import site
from kb.plugins import sckb_query_pages, sckb_security, sckb_site
from kb.schema import PREPARED_TABLES, TABLES

ROOT = Path(__file__).resolve().parent.parent

# --- a hostile source: markup in its text and in every catalogued field ------------------------

HOSTILE_ID = "hostile-wire-2018"
HOSTILE_TEXT = """Sesame Credit <script>window.__pwned=1</script> and the blacklist

Hostile Wire - published on 2018-05-02

Sesame Credit had over 300 million users in 2018, according to <img src=x onerror="window.__pwned=1"> Hostile Wire.

Ant Financial launched Sesame Credit <script>window.__pwned=1</script> in January 2015, the company said.

People on the blacklist are banned from buying plane tickets <b onmouseover="window.__pwned=1">today</b>.
"""
HOSTILE_CATALOG = {
    "kind": "news-article",
    "title": "Sesame Credit <script>window.__pwned=1</script> and the blacklist",
    "outlet": 'Hostile <img src=x onerror="window.__pwned=1"> Wire',
    "authors": ["<script>window.__pwned=1</script>"],
    "published": "2018-05-02",
    "url": "javascript:window.__pwned=1",
    "license": "<script>window.__pwned=1</script> licence",
}
#: What must never reach a page as markup.
HOSTILE_MARKUP = ("<script>window.__pwned", "<img src=x", "<b onmouseover")


def hostile_corpus(folder: Path) -> Path:
    """The project's corpus (sources and catalog) plus the hostile source."""
    shutil.copytree(ROOT / "corpus" / "sources", folder / "sources")
    (folder / "sources" / f"{HOSTILE_ID}.txt").write_text(HOSTILE_TEXT, encoding="utf-8")
    catalog = yaml.safe_load((ROOT / "corpus" / "catalog.yaml").read_text(encoding="utf-8"))
    catalog[f"sources/{HOSTILE_ID}.txt"] = HOSTILE_CATALOG
    (folder / "catalog.yaml").write_text(yaml.safe_dump(catalog, allow_unicode=True), encoding="utf-8")
    return folder


def hostile_kb_path(tmp_path_factory) -> Path:
    """kb.db built from the hostile corpus, once per test session (the browser tests share it)."""
    from kb.build import build

    out = tmp_path_factory.getbasetemp() / "hostile-kb"
    if not (out / "kb.db").exists():
        corpus = hostile_corpus(tmp_path_factory.mktemp("hostile-corpus"))
        report = build(corpus, out)
        assert report.ok, report.errors
    return out / "kb.db"


# --- a client on a session event loop --------------------------------------------------------------


class Site:
    """Datasette's test client, driven from synchronous tests."""

    def __init__(self, datasette, loop):
        self.datasette, self.loop = datasette, loop

    def get(self, path: str, **kwargs):
        return self.loop.run_until_complete(self.datasette.client.get(path, **kwargs))

    def page(self, path: str) -> str:
        response = self.get(path)
        assert response.status_code == 200, (path, response.status_code, response.text[:500])
        return response.text

    def call(self, raw_path: bytes, headers=()):
        """Send one raw ASGI request, so that the path reaches the app exactly as written."""
        from urllib.parse import unquote

        scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET",
                 "scheme": "http", "path": unquote(raw_path.decode("latin-1")), "raw_path": raw_path,
                 "query_string": b"", "headers": [(b"host", b"localhost"), *headers],
                 "server": ("localhost", 80), "client": ("127.0.0.1", 5000)}
        messages = []

        async def receive():
            return {"type": "http.request", "body": b"", "more_body": False}

        async def send(message):
            messages.append(message)

        self.loop.run_until_complete(self.datasette.app()(scope, receive, send))
        start = messages[0]
        return start["status"], {k.decode().lower(): v.decode() for k, v in start.get("headers", [])}


@pytest.fixture(scope="module")
def loop():
    loop = asyncio.new_event_loop()
    yield loop
    loop.close()


@pytest.fixture(scope="module")
def seed_db(seed_build) -> Path:
    return seed_build.outputs["kb.db"]


@pytest.fixture(scope="module")
def no_queries(tmp_path_factory) -> Path:
    """The pages do not depend on the query library: they are tested without it (it has its own test)."""
    return tmp_path_factory.mktemp("no-queries")


@pytest.fixture(scope="module")
def seed_site(seed_db, loop, no_queries) -> Site:
    return Site(site.make_datasette(seed_db, queries_dir=no_queries), loop)


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory, loop, no_queries) -> Site:
    return Site(site.make_datasette(hostile_kb_path(tmp_path_factory), queries_dir=no_queries), loop)


def query(db: Path, sql: str, params=()) -> list[dict]:
    with sqlite3.connect(db) as conn:
        conn.row_factory = sqlite3.Row
        return [dict(row) for row in conn.execute(sql, params)]


def escape(text: str) -> str:
    """Text as Jinja's autoescaping writes it."""
    return str(_escape(text))


def url_id(value: str) -> str:
    from datasette.utils import tilde_encode

    return tilde_encode(value)


def between(page: str, start: str, end: str) -> str:
    return page[page.index(start):page.index(end, page.index(start))]


# --- metadata ---------------------------------------------------------------------------------------


def test_metadata_describes_every_column_of_every_table(seed_db, no_queries):
    tables = site.metadata(seed_db, queries_dir=no_queries)["databases"]["kb"]["tables"]
    for table in TABLES:
        entry = tables[table.name]
        assert entry["description"] == table.description
        for column, description in table.columns.items():
            assert entry["columns"][column] == description
        present = query(seed_db, f"select name from pragma_table_info('{table.name}')")
        assert {row["name"] for row in present} <= set(entry["columns"]), table.name


def test_the_prepared_tables_are_hidden_and_the_ones_with_source_text_carry_the_sources_terms(seed_db, no_queries):
    tables = site.metadata(seed_db, queries_dir=no_queries)["databases"]["kb"]["tables"]
    assert {name for name, entry in tables.items() if entry.get("hidden")} == {t.name for t in PREPARED_TABLES}
    assert tables["document_credits"]["license"] == tables["claims"]["license"]


def test_a_column_the_schema_lacks_is_described_as_undocumented(seed_db, no_queries, tmp_path):
    db = tmp_path / "kb.db"
    shutil.copy(seed_db, db)
    with sqlite3.connect(db) as conn:
        conn.execute("alter table claims add column hedge text")
    columns = site.metadata(db, queries_dir=no_queries)["databases"]["kb"]["tables"]["claims"]["columns"]
    assert columns["hedge"] == site.UNDOCUMENTED


def test_every_table_names_its_sources_and_licences(seed_db, no_queries):
    outlets = {row["outlet"] for row in query(seed_db, "select distinct outlet from documents where outlet is not null")}
    licences = {row["license"] for row in query(seed_db, "select distinct license from documents where license is not null")}
    for name, entry in site.metadata(seed_db, queries_dir=no_queries)["databases"]["kb"]["tables"].items():
        assert all(outlet in entry["source"] for outlet in outlets), name
        assert entry["license"].startswith("MIT"), name
        if name in site.SOURCE_TEXT_TABLES:
            assert all(licence in entry["license"] for licence in licences), name


def test_facets_sorts_and_full_text_search_are_configured(seed_db, no_queries):
    tables = site.metadata(seed_db, queries_dir=no_queries)["databases"]["kb"]["tables"]
    assert tables["claims"]["facets"] == ["kind", "subject", "predicate", "document_id", "attributed_to"]
    for table in TABLES:
        if table.fts:
            assert tables[table.name]["fts_table"] == f"{table.name}_fts"
            assert query(seed_db, f"select count(*) as n from {table.name}_fts")[0]["n"] > 0


def test_the_site_serves_the_metadata_and_settings(seed_site):
    served = seed_site.get("/-/metadata.json").json()
    assert served["title"] == site.SITE_TITLE
    assert served["plugins"]["sckb-site"]["base_iri"] == Settings.from_env().base_iri
    settings = seed_site.get("/-/settings.json").json()
    for name, value in site.DATASETTE_SETTINGS.items():
        assert settings[name] == value


def test_the_database_is_immutable_and_read_only(seed_site):
    db = seed_site.datasette.databases["kb"]
    assert db.is_mutable is False
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        db.connect().execute("delete from claims")


def test_default_facets_are_computed(seed_site):
    data = seed_site.get("/kb/claims.json").json()
    assert set(data["facet_results"]) == {"kind", "subject", "predicate", "document_id", "attributed_to"}
    kinds = {row["value"] for row in data["facet_results"]["kind"]["results"]}
    assert {"figure", "perk", "penalty"} <= kinds


def test_facets_are_not_suggested_but_the_configured_ones_are_counted(seed_site):
    """Suggestions would count every column of a large table at each visit; the configured facets stay."""
    data = seed_site.get("/kb/claims.json?kind=figure").json()
    assert data["suggested_facets"] == []
    assert set(data["facet_results"]) == set(site.FACETS["claims"])
    assert [row["value"] for row in data["facet_results"]["kind"]["results"]] == ["figure"]


@pytest.mark.parametrize("table, word, columns", [
    ("claims", "blacklist", ("quote", "phrase", "object")),
    ("documents", "Zhima", ("title", "text")),
    ("sentences", "flights", ("text",)),
])
def test_full_text_search_finds_the_word_with_porter_stemming(seed_site, table, word, columns):
    rows = seed_site.get(f"/kb/{table}.json?_search={word}&_shape=objects&_size=max").json()["rows"]
    assert rows
    stem = word.lower()[:-1] if word.endswith("s") else word.lower()
    for row in rows:
        assert any(stem in (row[c] or "").lower() for c in columns), (row["id"], sorted(row))


# --- inspect data --------------------------------------------------------------------------------------


def test_inspect_data_is_saved_beside_the_database_and_renewed_when_it_changes(seed_db, tmp_path):
    db = tmp_path / "kb.db"
    shutil.copy(seed_db, db)
    data = site.load_inspect(db)
    saved = json.loads((tmp_path / site.INSPECT_FILE).read_text())
    assert saved == data
    assert data["kb"]["tables"]["claims"]["count"] == query(db, "select count(*) as n from claims")[0]["n"]
    with sqlite3.connect(db) as conn:
        conn.execute("delete from claims where kind = 'perk'")
    renewed = site.load_inspect(db)
    assert renewed["kb"]["hash"] != data["kb"]["hash"]
    assert renewed["kb"]["tables"]["claims"]["count"] == query(db, "select count(*) as n from claims")[0]["n"]


def _missing(folder: Path) -> Path:
    return folder / "kb.db"


def _misnamed(folder: Path) -> Path:
    path = folder / "other.db"
    sqlite3.connect(path).close()
    return path


def _not_sqlite(folder: Path) -> Path:
    path = folder / "kb.db"
    path.write_text("not a database")
    return path


def _not_a_knowledge_base(folder: Path) -> Path:
    path = folder / "kb.db"
    with sqlite3.connect(path) as conn:
        conn.execute("create table notes (text)")
    return path


@pytest.mark.parametrize("make, message", [
    (_missing, "no knowledge base there; run `sckb build` first"),
    (_misnamed, "named kb.db"),
    (_not_sqlite, "not an SQLite database"),
    (_not_a_knowledge_base, "no documents, actors, claims"),
])
def test_a_missing_or_foreign_database_is_a_clear_error(tmp_path, make, message):
    with pytest.raises(site.SiteError, match=re.escape(message)):
        site.make_datasette(make(tmp_path))


# --- canned queries ---------------------------------------------------------------------------------------


CLAIMS_BY_SUBJECT = """-- Every claim about an actor, with its quote and source.
-- Give the actor's canonical name as :subject; claims are listed by document.
--
-- Answers: what do the sources say about Sesame Credit?
-- param: subject  the actor's canonical name
select c.id, c.kind, c.phrase, c.quote, d.title
from claims c join documents d on d.id = c.document_id
where c.subject = :subject
order by d.published, c.start_char, c.id
"""
PERKS = """
-- Every perk, with the document that names it.
select object, document_id from claims where kind = 'perk' order by object
"""


def test_canned_queries_are_the_sql_queries_of_the_library(tmp_path):
    (tmp_path / "claims_by_subject.sql").write_text(CLAIMS_BY_SUBJECT)
    (tmp_path / "perks.sql").write_text(PERKS)
    (tmp_path / "perks_by_actor.rq").write_text("# Perks by actor\nSELECT * WHERE { ?s ?p ?o }\n")
    (tmp_path / "notes.txt").write_text("not a query")
    queries = site.canned_queries(tmp_path)
    assert list(queries) == ["claims_by_subject", "perks"]
    canned = queries["claims_by_subject"]
    assert canned["title"] == "Every claim about an actor, with its quote and source."
    assert canned["description"] == (
        "Give the actor's canonical name as :subject; claims are listed by document.\n\n"
        "Answers: what do the sources say about Sesame Credit?\n\nParameters: subject: the actor's canonical name.")
    assert canned["params"] == ["subject"]
    assert queries["perks"]["title"] == "Every perk, with the document that names it."
    # served a page at a time: the library's SQL, then the page's LIMIT and OFFSET
    assert canned["sql"] == sckb_query_pages.paged(CLAIMS_BY_SUBJECT.strip() + "\n")
    assert sckb_query_pages.unpaged(canned["sql"]).endswith("order by d.published, c.start_char, c.id\n")


def test_no_queries_folder_means_no_canned_queries(tmp_path):
    assert site.canned_queries(tmp_path / "missing") == {}


@pytest.mark.parametrize("text, message", [
    ("select 1", "opens with a comment whose first line is its title"),
    ("--\nselect 1", "opens with a comment whose first line is its title"),
    ("-- Only a title", "a comment but no query"),
])
def test_a_query_file_without_its_question_is_a_clear_error(tmp_path, text, message):
    (tmp_path / "bad.sql").write_text(text)
    with pytest.raises(site.SiteError, match=f"bad.sql: .*{message}"):
        site.canned_queries(tmp_path)


def test_a_query_named_like_a_table_is_a_clear_error(tmp_path):
    (tmp_path / "claims.sql").write_text(PERKS)
    with pytest.raises(site.SiteError, match="named like the claims table would hide the table's page at /kb/claims"):
        site.canned_queries(tmp_path)


def test_the_repository_queries_load_run_and_are_listed(seed_db, loop):
    queries = site.canned_queries()
    served = Site(site.make_datasette(seed_db), loop)
    home = served.page("/")
    for name, canned in queries.items():
        result = served.get(f"/kb/{name}.json?_shape=objects")
        assert result.status_code == 200 and "rows" in result.json(), name
        assert escape(canned["title"]) in home, name
        assert escape(canned["title"]) in served.page(f"/kb/{name}"), name


def test_canned_queries_are_served_and_listed_on_the_home_page(seed_db, tmp_path, loop):
    (tmp_path / "claims_by_subject.sql").write_text(CLAIMS_BY_SUBJECT)
    served = Site(site.make_datasette(seed_db, queries_dir=tmp_path), loop)
    rows = served.get("/kb/claims_by_subject.json?subject=Sesame+Credit&_shape=objects").json()["rows"]
    expected = query(seed_db, "select count(*) as n from claims where subject = 'Sesame Credit'")[0]["n"]
    assert len(rows) == expected > 0
    home = served.page("/")
    assert 'href="/kb/claims_by_subject"' in home
    assert "Every claim about an actor, with its quote and source." in home


# --- a canned query, a page of rows at a time -------------------------------------------------------------

CLAIMS_BY_KIND = """-- Claims by kind
-- Every claim, or those of one kind, by id.
--
-- param: kind  optional: figure, date, perk, penalty or relation
select c.id, c.kind, c.phrase from claims c
where (:kind = '' or c.kind = :kind)
order by c.id
"""


@pytest.fixture(scope="module")
def query_site(seed_db, loop, tmp_path_factory) -> Site:
    folder = tmp_path_factory.mktemp("paged-queries")
    (folder / "claims_by_kind.sql").write_text(CLAIMS_BY_KIND)
    return Site(site.make_datasette(seed_db, queries_dir=folder), loop)


def claim_ids(seed_db, kind: str = "") -> list[str]:
    return [row["id"] for row in query(seed_db, "select id from claims where ? in ('', kind) order by id", (kind,))]


def shown_ids(page: str) -> list[str]:
    return [html.unescape(cell) for cell in re.findall(r'<td class="col-id">(.*?)</td>', page)]


def link(page: str, rel: str) -> str | None:
    found = re.search(rf'<a href="([^"]+)" rel="{rel}">', page)
    return html.unescape(found.group(1)) if found else None


def export_links(page: str) -> dict[str, str]:
    line = re.search(r'<p class="export-links">(.*?)</p>', page, re.S).group(1)
    return {name: html.unescape(url) for url, name in re.findall(r'<a href="([^"]+)">(\w+)</a>', line)}


def test_a_canned_query_page_shows_a_page_of_rows_and_links_the_next(query_site, seed_db):
    every = claim_ids(seed_db)
    size = query_site.datasette.setting("default_page_size")
    assert len(every) > size, "the seeds have more claims than a page holds"
    page = query_site.page("/kb/claims_by_kind")
    assert shown_ids(page) == every[:size]
    assert f"Rows 1&ndash;{size}" in page
    assert link(page, "next") == f"/kb/claims_by_kind?_next={size}" and link(page, "prev") is None
    second = query_site.page(link(page, "next"))
    assert shown_ids(second) == every[size:2 * size]
    assert link(second, "prev") == "/kb/claims_by_kind"


@pytest.mark.parametrize("kind", ["", "figure"])
def test_following_the_next_links_gives_every_row_once_in_order(query_site, seed_db, kind):
    path = "/kb/claims_by_kind?" + (f"kind={kind}&" if kind else "") + "_size=7"
    shown, pages = [], 0
    while path:
        page = query_site.page(path)
        shown += shown_ids(page)
        pages += 1
        path = link(page, "next")
        if path:
            assert "_size=7" in path and (f"kind={kind}" in path if kind else "kind=" not in path)
    every = claim_ids(seed_db, kind)
    assert shown == every and pages == -(-len(every) // 7) > 1


def test_exports_give_every_row_whatever_the_page(query_site, seed_db):
    every = claim_ids(seed_db, "figure")
    page = query_site.page("/kb/claims_by_kind?kind=figure&_size=5&_next=5")
    assert shown_ids(page) == every[5:10]
    exports = export_links(page)
    assert set(exports) == {"JSON", "CSV"}
    rows = query_site.get(exports["JSON"] + "&_shape=objects").json()["rows"]
    assert [row["id"] for row in rows] == every
    lines = list(csv.DictReader(io.StringIO(query_site.get(exports["CSV"]).text)))
    assert [line["id"] for line in lines] == every


def test_an_export_takes_a_part_with_size_and_next(query_site, seed_db):
    every = claim_ids(seed_db)
    rows = query_site.get("/kb/claims_by_kind.json?_size=5&_next=10&_shape=objects").json()["rows"]
    assert [row["id"] for row in rows] == every[10:15]
    rows = query_site.get(f"/kb/claims_by_kind.json?_next={len(every) - 2}&_shape=objects").json()["rows"]
    assert [row["id"] for row in rows] == every[-2:]


def test_a_page_after_the_last_row_says_so_and_leads_back(query_site, seed_db):
    total = len(claim_ids(seed_db))
    page = query_site.page(f"/kb/claims_by_kind?_size=10&_next={total}")
    assert shown_ids(page) == [] and f"No rows after row {total:,}" in page
    assert link(page, "next") is None and link(page, "prev") == f"/kb/claims_by_kind?_size=10&_next={total - 10}"


def test_an_empty_result_says_so_once(query_site):
    page = query_site.page("/kb/claims_by_kind?kind=no-such-kind")
    assert '<p class="zero-results">0 results</p>' in page
    assert "sckb-pages" not in page and "<table" not in page


MOST_ROWS = site.DATASETTE_SETTINGS["max_returned_rows"]


@pytest.mark.parametrize("arguments, message", [
    ("_next=-1", "_next must be the number of rows to skip"),
    ("_next=ten", "_next must be the number of rows to skip"),
    ("_size=0", f"_size must be a number of rows from 1 to {MOST_ROWS}"),
    (f"_size={MOST_ROWS + 1}", f"_size must be a number of rows from 1 to {MOST_ROWS}"),
])
def test_a_page_that_cannot_be_is_a_clear_error(query_site, arguments, message):
    for path in (f"/kb/claims_by_kind?{arguments}", f"/kb/claims_by_kind.json?{arguments}"):
        response = query_site.get(path)
        assert response.status_code == 400 and message in response.text, path


def test_the_page_shows_and_edits_the_query_as_the_library_writes_it(query_site):
    page = query_site.page("/kb/claims_by_kind?kind=figure&_next=3")
    sql = html.unescape(between(page, '<pre id="sql-query">', "</pre>")[len('<pre id="sql-query">'):])
    assert sql == CLAIMS_BY_KIND.strip() + "\n"
    edit = re.search(r'<a href="([^"]+)" class="canned-query-edit-sql">', page).group(1)
    assert parse_qs(urlsplit(html.unescape(edit)).query) == {"sql": [CLAIMS_BY_KIND.strip() + "\n"], "kind": ["figure"]}
    assert "<title>Claims by kind</title>" in page


def test_a_canned_query_page_runs_only_the_inline_scripts_the_policy_allows(query_site):
    response = query_site.get("/kb/claims_by_kind?_size=3")
    script_src = response.headers["content-security-policy"].split("script-src")[1].split(";")[0]
    scripts = inline_scripts(response.text)
    assert scripts
    for script in scripts:
        digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in script_src, script[:60]


# --- highlighting ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, spans, expected", [
    ("no claims here", [], [("no claims here", [])]),
    ("over 520 million users", [(0, 22, "a")], [("over 520 million users", ["a"])]),
    ("Ant launched Sesame", [(0, 19, "relation"), (4, 12, "date")],
     [("Ant ", ["relation"]), ("launched", ["date", "relation"]), (" Sesame", ["relation"])]),
    ("abc", [(2, 9, "past the end"), (None, 2, "no offset"), (2, 2, "empty")], [("abc", [])]),
    ("a <b>", [(2, 5, "x")], [("a ", []), ("<b>", ["x"])]),
    # two spans of the same length over the same words, with payloads that cannot be ordered
    ("by Xinhua", [(3, 9, {"claim": "b"}), (3, 9, {"claim": "a"})],
     [("by ", []), ("Xinhua", [{"claim": "b"}, {"claim": "a"}])]),
])
def test_segments_cut_text_at_every_span_and_keep_it_whole(text, spans, expected):
    pieces = sckb_site.segments(text, spans)
    assert [(p["text"], p["marks"]) for p in pieces] == expected
    assert "".join(p["text"] for p in pieces) == text


def test_a_quote_highlights_the_phrase_by_offsets_relative_to_the_document():
    claim = {"id": "c1", "quote": "It has 450,000,000 verified accounts.", "start_char": 100,
             "phrase_start": 107, "phrase_end": 136}
    marked = [p["text"] for p in sckb_site.quote_segments(claim) if p["marks"]]
    assert marked == ["450,000,000 verified accounts"]
    assert sckb_site.quote_segments({**claim, "phrase_start": None}) == [{"text": claim["quote"], "marks": []}]


@pytest.mark.parametrize("url, link", [
    ("https://www.chinanews.com", "https://www.chinanews.com"),
    ("http://example.org/a?b=c", "http://example.org/a?b=c"),
    ("javascript:alert(1)", None), (" JavaScript:alert(1)", None), ("data:text/html,x", None),
    ("www.chinanews.com", None), (None, None),
])
def test_only_web_urls_become_links(url, link):
    assert sckb_site.http_url(url) == link


# --- the pages ------------------------------------------------------------------------------------------


def claims_in(db: Path, where: str = "1 = 1", params=()) -> list[dict]:
    return query(db, f"select c.*, d.title as document_title from claims c join documents d on d.id = c.document_id "
                     f"where {where} order by c.id", params)


def test_every_claim_page_shows_its_quote_with_the_phrase_highlighted(seed_site, seed_db):
    for claim in claims_in(seed_db):
        page = seed_site.page(f"/kb/claims/{claim['id']}")
        sentence = between(page, '<span class="sckb-sentence">', "</span>")
        start = claim["phrase_start"] - claim["start_char"]
        end = claim["phrase_end"] - claim["start_char"]
        quote = claim["quote"]
        expected = escape(quote[:start]) + "<mark>" + escape(quote[start:end]) + "</mark>" + escape(quote[end:])
        assert sentence == '<span class="sckb-sentence">' + expected, claim["id"]
        assert escape(claim["document_title"]) in page
        assert f"{Settings.from_env().base_iri}kb/claims/{claim['id']}" in page
        assert f'<span class="sckb-status">{claim["status"]}</span>' in page


def test_a_claim_page_names_whom_the_text_credits(seed_site, seed_db):
    credited = claims_in(seed_db, "c.attributed_to is not null")
    assert credited
    for claim in credited:
        facts = between(seed_site.page(f"/kb/claims/{claim['id']}"), "Whom the text credits", "</dd>")
        assert escape(claim["attributed_to"]) in facts
        if claim["attribution_phrase"]:
            assert escape(claim["attribution_phrase"]) in facts
    uncredited = claims_in(seed_db, "c.attributed_to is null")[0]
    assert "No one: the document makes the claim" in seed_site.page(f"/kb/claims/{uncredited['id']}")


def test_a_claim_page_shows_its_document_outlet_date_and_licence(seed_site, seed_db):
    claim = claims_in(seed_db, "c.phrase = ?", ["over 520 million users"])[0]
    page = seed_site.page(f"/kb/claims/{claim['id']}")
    document = query(seed_db, "select * from documents where id = ?", [claim["document_id"]])[0]
    cite = between(page, '<p class="sckb-cite">', "</p>")
    assert f'href="/kb/documents/{document["id"]}"' in cite
    assert escape(document["outlet"]) in cite and document["published"] in cite
    assert escape(document["license"]) in page


def test_a_claim_page_lists_the_claims_that_conflict_and_agree_with_it_and_why(seed_site, seed_db):
    pairs = query(seed_db, "select * from conflicts")
    assert any(p["relation"] == "conflicts" for p in pairs)
    for pair in pairs:
        for this, other in (("claim_a", "claim_b"), ("claim_b", "claim_a")):
            page = seed_site.page(f"/kb/claims/{pair[this]}")
            section = "conflicts" if pair["relation"] == "conflicts" else "agreements"
            part = page[page.index(f'<h2 id="{section}">'):page.index("<h2", page.index(f'<h2 id="{section}">') + 1)]
            assert f'href="/kb/claims/{pair[other]}"' in part
            other_quote = query(seed_db, "select quote from claims where id = ?", [pair[other]])[0]["quote"]
            assert escape(other_quote.split()[0]) in part
            for reason in json.loads(pair["reasons"]):
                assert escape(reason["text"]) in part


def test_every_document_page_shows_the_whole_text_with_its_claims_linked(seed_site, seed_db):
    for document in query(seed_db, "select * from documents"):
        page = seed_site.page(f"/kb/documents/{url_id(document['id'])}")
        text_html = between(page, '<div class="sckb-text">', "</div>")[len('<div class="sckb-text">'):]
        assert html.unescape(re.sub(r"<[^>]+>", "", text_html)) == document["text"]
        claims = claims_in(seed_db, "c.document_id = ?", [document["id"]])
        marks = re.findall(r'<mark class="sckb-claim[^"]*"[^>]*><a href="/kb/claims/(\w+)">(.*?)</a></mark>', text_html, re.S)
        assert bool(marks) == bool(claims)
        for claim_id, words in marks:
            claim = next(c for c in claims if c["id"] == claim_id)
            assert html.unescape(words) in claim["phrase"]
        for claim in claims:
            assert f'href="/kb/claims/{claim["id"]}"' in page
        assert escape(document["title"]) in page
        assert escape(document["license"]) in page


def test_a_document_page_lists_the_works_it_cites(seed_site, seed_db):
    citations = query(seed_db, "select * from citations")
    assert citations
    for citation in citations:
        page = seed_site.page(f"/kb/documents/{url_id(citation['document_id'])}")
        cited = between(page, '<h2 id="citations">', "</ol>")
        assert escape(citation["title"] or citation["text"]) in cited
        if citation["url"]:
            assert escape(citation["url"]) in cited


def test_an_actor_page_lists_everything_claimed_about_it_by_kind_and_its_conflicts(seed_site, seed_db):
    actor = query(seed_db, "select subject_id from claims where subject_id is not null "
                           "group by subject_id order by count(*) desc limit 1")[0]["subject_id"]
    page = seed_site.page(f"/kb/actors/{url_id(actor)}")
    about = between(page, '<h2 id="claims">', '<h2 id="conflicts">')
    claims = claims_in(seed_db, "c.subject_id = ?", [actor])
    for claim in claims:
        assert f'href="/kb/claims/{claim["id"]}"' in about
    kinds = re.findall(r"<h3>(\w+) \((\d+)\)</h3>", about)
    assert {kind: int(n) for kind, n in kinds} == {
        row["kind"]: row["n"] for row in query(seed_db, "select kind, count(*) as n from claims where subject_id = ? group by kind", [actor])}
    ids = [c["id"] for c in claims]
    marks = ",".join("?" * len(ids))
    pairs = query(seed_db, f"select * from conflicts where relation = 'conflicts' and (claim_a in ({marks}) or claim_b in ({marks}))", ids + ids)
    assert f'<h2 id="conflicts">Conflicts ({len(pairs)})</h2>' in page


def test_the_conflicts_page_shows_every_pair_side_by_side_with_its_reasons(seed_site, seed_db):
    page = seed_site.page("/conflicts")
    pairs = query(seed_db, "select * from conflicts")
    assert page.count('<article class="sckb-pair') == len(pairs)
    for pair in pairs:
        assert f'href="/kb/conflicts/{pair["claim_a"]},{pair["claim_b"]}"' in page
        for reason in json.loads(pair["reasons"]):
            assert escape(reason["text"]) in page
    only = seed_site.page("/conflicts?relation=conflicts")
    assert only.count('<article class="sckb-pair') == sum(p["relation"] == "conflicts" for p in pairs)


def test_the_home_page_says_what_the_collection_is_and_links_the_views(seed_site, seed_db):
    page = seed_site.page("/")
    counts = query(seed_db, "select (select count(*) from documents) as d, (select count(*) from claims) as c")[0]
    numbers = between(page, '<p class="sckb-numbers">', "</p>")
    assert f"<strong>{counts['d']}</strong> sources" in numbers
    assert f"<strong>{counts['c']}</strong> claims" in numbers
    for link in ('href="/conflicts"', 'href="/kb/claims"', 'href="/kb/documents"', 'href="/kb/actors"', 'href="/kb"'):
        assert link in page
    assert 'action="/kb/claims"' in page and 'name="_search"' in page
    assert "Canned queries" in page


def test_rdf_files_beside_the_database_are_offered_for_download(seed_db, tmp_path, loop):
    shutil.copy(seed_db, tmp_path / "kb.db")
    (tmp_path / "kb.trig").write_text("<https://sckb.example.org/a> <https://sckb.example.org/b> \"c\" .\n")
    (tmp_path / "secret.txt").write_text("not for download")
    served = Site(site.make_datasette(tmp_path / "kb.db", queries_dir=tmp_path / "no-queries"), loop)
    response = served.get("/-/downloads/kb.trig")
    assert response.status_code == 200 and response.headers["content-type"].startswith("application/trig")
    assert response.text.startswith("<https://sckb.example.org/a>")
    assert 'href="/-/downloads/kb.trig"' in served.page("/")
    for name in ("kb.nq", "secret.txt", "kb.db", "inspect-data.json", "..%2Fkb.db"):
        assert served.get(f"/-/downloads/{name}", follow_redirects=True).status_code == 404, name


# --- safety: source text is text everywhere ---------------------------------------------------------------


def hostile_pages(db: Path) -> list[str]:
    claims = [c["id"] for c in query(db, "select id from claims where document_id = ?", [HOSTILE_ID])]
    subjects = {c["subject_id"] for c in query(db, "select subject_id from claims where document_id = ?", [HOSTILE_ID])}
    return [
        "/", "/conflicts", f"/kb/documents/{HOSTILE_ID}", "/kb/documents", f"/kb/documents?id={HOSTILE_ID}",
        "/kb/claims?_search=Hostile", "/kb/documents?_search=blacklist", "/kb/sentences?_search=pwned",
        "/kb?sql=select+title,+outlet,+license,+authors,+url,+text+from+documents",
        "/kb?sql=select+quote,+phrase+from+claims", "/kb/claims",
        *(f"/kb/claims/{claim}" for claim in claims),
        *(f"/kb/actors/{url_id(subject)}" for subject in subjects if subject),
    ]


def test_the_hostile_source_made_claims_the_pages_show(tmp_path_factory):
    db = hostile_kb_path(tmp_path_factory)
    claims = query(db, "select quote from claims where document_id = ?", [HOSTILE_ID])
    assert any("<script>" in c["quote"] for c in claims) and any("onerror" in c["quote"] for c in claims)


def test_source_markup_is_escaped_on_every_page(hostile_site, tmp_path_factory):
    db = hostile_kb_path(tmp_path_factory)
    for path in hostile_pages(db):
        page = hostile_site.page(path)
        for markup in HOSTILE_MARKUP:
            assert markup not in page, (path, markup)
        assert "window.__pwned=1" in page, path  # the text is shown, as text


def test_a_javascript_url_is_never_a_link(hostile_site):
    page = hostile_site.page(f"/kb/documents/{HOSTILE_ID}")
    assert 'href="javascript:' not in page.lower()
    assert "javascript:window.__pwned=1" in page


def test_sql_results_get_no_highlights(hostile_site):
    page = hostile_site.page("/kb?sql=select+quote,+phrase,+phrase_start,+phrase_end+from+claims")
    assert "<mark" not in page


# --- safety: no open redirect, security headers -----------------------------------------------------------


@pytest.mark.parametrize("raw_path", [
    b"/\\example.com/", b"//example.com/", b"/%5Cexample.com/", b"/%5cexample.com/", b"/%2F%2Fexample.com/",
    b"/%2f/example.com/", b"/%255C%255Cexample.com/", b"/\\/example.com/", b"/%09/example.com/",
])
def test_paths_that_lead_off_site_are_not_found(seed_site, raw_path):
    status, headers = seed_site.call(raw_path)
    assert status == 404
    assert "location" not in headers
    assert headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize("path, leaves", [
    ("/kb/claims", False), ("/", False), ("/kb/claims/a%2Fb", False),
    ("//example.com", True), ("/\\example.com", True), ("/%5Cexample.com", True), ("/%2F/example.com", True),
    ("/%255C%255Cexample.com", True), ("/\t/example.com", True), ("\\example.com", True),
])
def test_a_path_that_a_browser_reads_as_another_host_leaves_the_site(path, leaves):
    assert sckb_security.leaves_site(path) is leaves


def test_the_backslash_redirect_is_closed_through_the_http_client(seed_site):
    response = seed_site.get("/\\example.com/")
    assert response.status_code == 404 and "location" not in response.headers


def test_ordinary_redirects_still_work(seed_site):
    status, headers = seed_site.call(b"/kb/claims/")
    assert status == 302 and headers["location"] == "/kb/claims"


@pytest.mark.parametrize("location, unsafe", [
    ("/kb/claims", False), ("/kb?sql=select+1", False), ("?_search=x", False),
    ("http://localhost/kb", False), ("https://localhost/kb", False),
    ("//example.com", True), ("/\\example.com", True), ("/\t/example.com", True), ("/%5Cexample.com", True),
    ("https://example.com/", True), ("javascript:alert(1)", True), ("\\\\example.com", True),
])
def test_a_redirect_must_stay_on_the_site(location, unsafe):
    assert sckb_security.unsafe_location(location, "localhost") is unsafe


def test_a_redirect_off_site_from_any_view_becomes_not_found():
    async def redirecting_app(scope, receive, send):
        await send({"type": "http.response.start", "status": 302, "headers": [(b"location", b"/\\example.com")]})
        await send({"type": "http.response.body", "body": b"moved"})

    messages = []

    async def send(message):
        messages.append(message)

    scope = {"type": "http", "path": "/ok", "raw_path": b"/ok", "headers": [(b"host", b"localhost")]}
    asyncio.run(sckb_security.SecureSite(redirecting_app, "default-src 'self'")(scope, None, send))
    assert messages[0]["status"] == 404
    assert [m.get("body") for m in messages[1:]] == [sckb_security.NOT_FOUND]


@pytest.mark.parametrize("path", ["/", "/kb/claims", "/kb/claims.json", "/conflicts", "/kb/not-a-table", "/kb/claims/"])
def test_security_headers_are_on_every_response(seed_site, path):
    headers = seed_site.get(path).headers
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "strict-origin-when-cross-origin"
    csp = headers["content-security-policy"]
    assert "default-src 'self'" in csp and "object-src 'none'" in csp and "frame-ancestors 'none'" in csp
    assert "'unsafe-inline'" not in csp.split("script-src")[1].split(";")[0]


def inline_scripts(page: str) -> list[str]:
    return [m[1] for m in re.finditer(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", page, re.S)]


@pytest.mark.parametrize("path", ["/", "/kb", "/kb/claims", "/kb/claims?_facet=kind",
                                  "/kb?sql=select+1", "/conflicts"])
def test_the_policy_allows_exactly_the_inline_scripts_datasette_serves(seed_site, path):
    response = seed_site.get(path)
    script_src = response.headers["content-security-policy"].split("script-src")[1].split(";")[0]
    for script in inline_scripts(response.text):
        digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in script_src, (path, script[:60])
