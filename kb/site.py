"""The Datasette site: metadata from kb/schema.py, canned queries from queries/*.sql, and the app `sckb serve` runs.

The pages themselves (claim, document, actor, conflicts, home, a canned query a page of rows
at a time) are Jinja templates in kb/templates and standalone plugins in kb/plugins;
`make_datasette` and a published bundle (kb/publish.py) load the very same files.
"""
from __future__ import annotations

import json
import sqlite3
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from extract.settings import Settings
from kb.plugins.sckb_query_pages import paged
from kb.queries import QueryError, library
from kb.schema import PREPARED_TABLES, TABLES

SITE_TITLE = "sckb: claims about China's social credit scoring"
SITE_DESCRIPTION = (
    "An annotated corpus of sources on Sesame Credit, Alipay, Ant Financial, Tencent Credit and the state "
    "Social Credit System, and every claim they make (figures, dates, perks, penalties, relations) traced "
    "to the exact quote, the document and whom the document credits."
)
PROJECT_LICENSE = "MIT"
PROJECT_LICENSE_URL = "https://opensource.org/licenses/MIT"
DATABASE = "kb"
FACETS = {
    "claims": ["kind", "subject", "predicate", "document_id", "attributed_to"],
    "rejected_claims": ["kind", "document_id"],
    "actors": ["type", "origin"],
    "documents": ["kind", "outlet"],
    "citations": ["document_id", "kind"],
    "sentences": ["document_id"],
    "mentions": ["actor_id", "document_id"],
    "conflicts": ["relation", "subject", "predicate"],
}
SORTS = {"claims": "document_id", "rejected_claims": "document_id", "actors": "name", "citations": "document_id",
         "mentions": "actor_id", "conflicts": "relation"}
SORTS_DESC = {"documents": "published"}
#: The column that names a row where another table links to it.
LABEL_COLUMNS = {"documents": "title", "actors": "name", "claims": "phrase"}
#: Tables that hold words of the sources (quotes, text, citations): the sources' own terms apply to them.
SOURCE_TEXT_TABLES = frozenset({"documents", "claims", "rejected_claims", "citations", "sentences", "mentions",
                                "document_credits", "claim_stats"})
#: Datasette settings for a public, read-only site. Every table has its facets configured above, so
#: Datasette's facet suggestions are off: on a large knowledge base they try a count over every column
#: of the table at each visit (seconds on the claims table) to suggest facets nobody chose. A page of
#: a table or of a canned query shows default_page_size rows; an export gives at most max_returned_rows.
DATASETTE_SETTINGS = {"sql_time_limit_ms": 3000, "max_returned_rows": 2000, "default_page_size": 100,
                      "allow_download": True, "suggest_facets": False}
#: The RDF files a build may leave beside kb.db, offered for download.
RDF_DOWNLOADS = ("kb.trig", "kb.nq", "kb.jsonld")
INSPECT_FILE = "inspect-data.json"
UNDOCUMENTED = "(undocumented)"
PLUGIN = "sckb-site"

KB_DIR = Path(__file__).resolve().parent
TEMPLATES_DIR = KB_DIR / "templates"
PLUGINS_DIR = KB_DIR / "plugins"
STATIC_DIR = KB_DIR / "static"
#: Where the site's stylesheet is mounted (`--static static:DIR`).
STATIC_MOUNT = "static"
#: Listed by name in a table's source and licence line; the rest are counted.
LISTED_OUTLETS = 12
LISTED_LICENCES = 6


class SiteError(Exception):
    """The site cannot start; `str()` is one line for people."""


# --- who the sources are and what terms they come with ------------------------------------------


@dataclass(frozen=True)
class SourceSummary:
    documents: int
    outlets: tuple[tuple[str, int], ...]  # (outlet, documents), most documents first
    licences: tuple[tuple[str, int], ...]  # (licence, documents)
    unnamed_outlets: int = 0
    unstated_licences: int = 0

    @classmethod
    def read(cls, db_path: Path) -> "SourceSummary":
        with _read_only(db_path) as conn:
            rows = conn.execute("select outlet, license from documents").fetchall()
        outlets = Counter(o for o, _ in rows if o)
        licences = Counter(lic for _, lic in rows if lic)
        return cls(len(rows), _ranked(outlets), _ranked(licences),
                   sum(1 for o, _ in rows if not o), sum(1 for _, lic in rows if not lic))

    def source_line(self) -> str:
        line = f"{self.documents} source{'s' if self.documents != 1 else ''} (the documents table)"
        if self.outlets:
            line += " published by " + _listed([name for name, _ in self.outlets], LISTED_OUTLETS)
        if self.unnamed_outlets:
            line += f"; {self.unnamed_outlets} with no outlet named"
        return line

    def licence_line(self, holds_source_text: bool) -> str:
        derived = f"{PROJECT_LICENSE} for what sckb derives (extraction, annotations, metadata)"
        if not holds_source_text:
            return derived
        terms = [f"{licence} ({n} source{'s' if n != 1 else ''})" for licence, n in self.licences]
        if self.unstated_licences:
            terms.append(f"not stated ({self.unstated_licences})")
        return (derived + "; the sources' words quoted here keep each source's own terms (documents.license)"
                + (": " + _listed(terms, LISTED_LICENCES, sep="; ") if terms else ""))


def _ranked(counter: Counter) -> tuple[tuple[str, int], ...]:
    return tuple(sorted(counter.items(), key=lambda item: (-item[1], item[0])))


def _listed(items: list[str], limit: int, sep: str = ", ") -> str:
    shown = sep.join(items[:limit])
    return shown + (f"{sep}and {len(items) - limit} more" if len(items) > limit else "")


@contextmanager
def _read_only(db_path: Path) -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(f"file:{Path(db_path).resolve().as_posix()}?mode=ro&immutable=1", uri=True)
    try:
        yield conn
    finally:
        conn.close()


def database_columns(db_path: Path) -> dict[str, tuple[str, ...]]:
    """The columns each of the schema's tables has in the database at `db_path`."""
    with _read_only(db_path) as conn:
        return {table.name: tuple(row[1] for row in conn.execute(f"pragma table_info([{table.name}])"))
                for table in TABLES}


# --- canned queries -------------------------------------------------------------------------------


def canned_queries(folder: Path | None = None) -> dict[str, dict]:
    """The SQL queries of the query library in `folder` (default: the repository's queries/) as
    Datasette canned queries, by file stem, each served a page of rows at a time (the
    sckb_query_pages plugin); `sckb query` runs the same files for every row."""
    try:
        found = [query for query in library(folder) if query.language == "sql"]
    except QueryError as error:
        raise SiteError(str(error)) from None
    return {query.name: dict(query.canned(), sql=paged(query.text)) for query in found}


# --- metadata --------------------------------------------------------------------------------------


def metadata(db_path: Path | None = None, base_iri: str | None = None, queries_dir: Path | None = None,
             downloads: tuple[str, ...] = RDF_DOWNLOADS) -> dict:
    """Site metadata: every table and column described from kb/schema.py, each table's source and
    licence (read from the documents of the database at `db_path`), facets, sorts, full-text
    search, canned queries and the pages plugin's configuration."""
    sources = SourceSummary.read(db_path) if db_path is not None else None
    present = database_columns(db_path) if db_path is not None else {}
    tables = {table.name: _table_metadata(table, sources, present.get(table.name, ())) for table in TABLES}
    base_iri = base_iri if base_iri is not None else Settings.from_env().base_iri
    return {
        "title": SITE_TITLE,
        "description": SITE_DESCRIPTION,
        "license": f"{PROJECT_LICENSE} for what sckb derives; each source keeps its own terms",
        "license_url": PROJECT_LICENSE_URL,
        "source": sources.source_line() if sources else "the sources in the documents table",
        "extra_css_urls": [f"/{STATIC_MOUNT}/sckb.css"],
        "databases": {DATABASE: {"tables": tables, "queries": canned_queries(queries_dir)}},
        "plugins": {PLUGIN: {"database": DATABASE, "base_iri": base_iri, "downloads": list(downloads)}},
    }


def _table_metadata(table, sources: SourceSummary | None, present: tuple[str, ...] = ()) -> dict:
    holds_text = table.name in SOURCE_TEXT_TABLES
    # Rows may carry columns the schema does not describe yet (the store adds them): say so.
    extra = {column: UNDOCUMENTED for column in present if column not in table.columns}
    entry = {
        "description": table.description,
        "columns": {**table.columns, **extra},
        "source": sources.source_line() if sources else "the sources in the documents table",
        "license": sources.licence_line(holds_text) if sources else PROJECT_LICENSE,
        "license_url": PROJECT_LICENSE_URL,
    }
    if table.name in FACETS:
        entry["facets"] = FACETS[table.name]
    if table.name in SORTS:
        entry["sort"] = SORTS[table.name]
    if table.name in SORTS_DESC:
        entry["sort_desc"] = SORTS_DESC[table.name]
    if table.name in LABEL_COLUMNS:
        entry["label_column"] = LABEL_COLUMNS[table.name]
    if table.fts:
        entry["fts_table"] = f"{table.name}_fts"
        entry["fts_pk"] = "rowid"
    if table in PREPARED_TABLES:  # the canned queries' working tables: in SQL, not in the table list
        entry["hidden"] = True
    return entry


# --- the database and its inspect data --------------------------------------------------------------


def check_database(db_path: Path) -> None:
    """A clear error unless `db_path` is a knowledge base the site can serve."""
    db_path = Path(db_path)
    if not db_path.is_file():
        raise SiteError(f"{db_path}: no knowledge base there; run `sckb build` first")
    if db_path.stem != DATABASE:
        raise SiteError(f"{db_path}: the site serves a database file named {DATABASE}.db (its pages live under /{DATABASE}/)")
    try:
        with _read_only(db_path) as conn:
            present = {row[0] for row in conn.execute("select name from sqlite_master where type = 'table'")}
    except sqlite3.DatabaseError as error:
        raise SiteError(f"{db_path}: not an SQLite database ({error})") from None
    missing = [table.name for table in TABLES if table.name not in present]
    if missing:
        raise SiteError(f"{db_path}: not a knowledge base built by this sckb (no {', '.join(missing)} table); "
                        "run `sckb build`")


def compute_inspect(db_path: Path) -> dict:
    """What `datasette inspect` records: the file's hash and size and every table's row count."""
    from datasette.inspect import inspect_hash
    from datasette.utils import escape_sqlite

    db_path = Path(db_path)
    with _read_only(db_path) as conn:
        names = [row[0] for row in conn.execute("select name from sqlite_master where type = 'table' order by name")]
        counts = {}
        for name in names:
            try:
                counts[name] = {"count": conn.execute(f"select count(*) from {escape_sqlite(name)}").fetchone()[0]}
            except sqlite3.OperationalError:  # an FTS shadow table that cannot be counted
                counts[name] = {"count": 0}
    return {DATABASE: {"hash": inspect_hash(db_path), "size": db_path.stat().st_size, "file": db_path.name,
                       "tables": counts}}


def load_inspect(db_path: Path, save: bool = True) -> dict:
    """The inspect data beside `db_path` (inspect-data.json) if it matches the file, else computed
    afresh and, with `save`, written there for the next start."""
    from datasette.inspect import inspect_hash

    db_path = Path(db_path)
    path = db_path.with_name(INSPECT_FILE)
    try:
        saved = json.loads(path.read_text(encoding="utf-8"))
        if saved[DATABASE]["hash"] == inspect_hash(db_path):
            return saved
    except (OSError, ValueError, KeyError, TypeError):
        pass
    data = compute_inspect(db_path)
    if save:
        try:
            path.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        except OSError:
            pass  # a read-only folder: the counts are computed at every start instead
    return data


# --- the app -----------------------------------------------------------------------------------------


def datasette_options(db_path: Path, settings: Settings | None = None, queries_dir: Path | None = None) -> dict:
    """Keyword arguments for `Datasette(...)` serving the knowledge base at `db_path`."""
    settings = settings or Settings.from_env()
    check_database(db_path)
    return {
        "immutables": [str(db_path)],
        "inspect_data": load_inspect(db_path),
        "metadata": metadata(db_path, settings.base_iri, queries_dir),
        "settings": dict(DATASETTE_SETTINGS),
        "template_dir": str(TEMPLATES_DIR),
        "plugins_dir": str(PLUGINS_DIR),
        "static_mounts": [(STATIC_MOUNT, str(STATIC_DIR))],
    }


def make_datasette(db_path: Path, settings: Settings | None = None, queries_dir: Path | None = None):
    """The Datasette app on the knowledge base: immutable, read-only, with the sckb pages."""
    from datasette.app import Datasette

    return Datasette(**datasette_options(Path(db_path), settings, queries_dir))


def serve(db_path: Path, host: str = "127.0.0.1", port: int = 8001, settings: Settings | None = None) -> None:
    """Serve the site until interrupted. Raises SiteError (one line for people) if it cannot start."""
    import uvicorn

    app = make_datasette(db_path, settings).app()
    uvicorn.run(app, host=host, port=port, log_level="warning")
