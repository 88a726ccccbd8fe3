"""Datasette plugin: the site's canned queries, a page of rows at a time.

Datasette 0.65 runs a canned query in full and renders up to max_returned_rows of its rows
on one page, with no next page: on a large knowledge base that is seconds of HTML nobody
reads. The site's canned queries end with PAGE_CLAUSE (kb/site.py appends it to every query
of queries/), whose two values are Datasette magic parameters registered here:

- the HTML page shows `_size` rows (default: Datasette's default_page_size) after skipping
  `_next` rows (an offset, as in the `_next` of Datasette's pages of a view), and links to
  the previous and next pages;
- the JSON and CSV exports give every row (up to max_returned_rows, Datasette's limit on any
  one answer), or with `_size` and `_next` a page of them, to fetch a longer result in parts.

Each query's own ORDER BY fixes the order of its rows, and the library's queries order by a
unique key, so consecutive pages neither skip nor repeat a row. The page shows the query as
the library writes it (without PAGE_CLAUSE): the SQL a reader copies runs anywhere.

Standalone on purpose (see sckb_security.py): standard library and Datasette only.
"""
from __future__ import annotations

from urllib.parse import parse_qsl, urlencode

from datasette import hookimpl
from datasette.utils import path_with_format, tilde_decode
from datasette.utils.asgi import BadRequest

#: The magic parameters' prefix: :_page_rows and :_page_offset.
MAGIC = "page"
PAGE_CLAUSE = "limit :_page_rows offset :_page_offset"
#: The query string arguments that choose the page (the rest choose the query's parameters).
PAGE_ARGS = ("_next", "_size")
EXPORTS = ("json", "csv")
#: SQLite's LIMIT for "every row".
EVERY_ROW = -1


def paged(sql: str) -> str:
    """The canned query's SQL as the site runs it: `sql` (with no LIMIT of its own), a page at a time.
    On a line of its own: the query may end with a comment."""
    return sql + ("" if sql.endswith("\n") else "\n") + PAGE_CLAUSE


def unpaged(sql: str) -> str:
    """The query as the library writes it."""
    return sql[:-len(PAGE_CLAUSE)] if sql.endswith(PAGE_CLAUSE) else sql


def is_html(request) -> bool:
    return (request.url_vars.get("format") or request.args.get("_format") or "html") == "html"


def page_size(datasette, request) -> int:
    """Rows per page: `_size` (a number, or max), else a page of Datasette's default size on
    the HTML page and every row in an export."""
    size, limit = request.args.get("_size"), datasette.setting("max_returned_rows")
    if not size:
        return datasette.setting("default_page_size") if is_html(request) else EVERY_ROW
    if size == "max":
        return limit
    if not size.isdigit() or not 0 < int(size) <= limit:
        raise BadRequest(f"_size must be a number of rows from 1 to {limit}, or max")
    return int(size)


def page_offset(request) -> int:
    """Rows skipped before the page: `_next`, 0 on the first page."""
    offset = request.args.get("_next") or "0"
    if not offset.isdigit():
        raise BadRequest("_next must be the number of rows to skip (0 or more)")
    return int(offset)


def page_parameter(datasette):
    def value(key: str, request):
        if key == "offset":
            return page_offset(request)
        if key == "rows":
            rows = page_size(datasette, request)
            # One row more than the page on the HTML page: whether there is a next page.
            return rows + 1 if rows != EVERY_ROW and is_html(request) else rows
        raise KeyError(key)
    return value


@hookimpl
def register_magic_parameters(datasette):
    return [(MAGIC, page_parameter(datasette))]


# --- the page's links ----------------------------------------------------------------------


def with_args(path: str, args: list[tuple[str, str]]) -> str:
    return path + (("&" if "?" in path else "?") + urlencode(args) if args else "")


def query_args(request) -> list[tuple[str, str]]:
    """The query string without the page's arguments: the query and its parameters."""
    return [(k, v) for k, v in parse_qsl(request.query_string, keep_blank_values=True) if k not in PAGE_ARGS]


def page_url(datasette, request, offset: int) -> str:
    size = [("_size", request.args["_size"])] if request.args.get("_size") else []
    skip = [("_next", str(offset))] if offset > 0 else []
    return datasette.urls.path(with_args(request.path, query_args(request) + size + skip))


def page_links(datasette, request, sql: str) -> dict:
    """Where the page sits in the result, and the links around it."""
    rows, offset = page_size(datasette, request), page_offset(request)
    return {
        "rows": rows,
        "offset": offset,
        "next_url": page_url(datasette, request, offset + rows),
        "previous_url": page_url(datasette, request, max(0, offset - rows)) if offset > 0 else None,
        "first_url": page_url(datasette, request, 0) if offset > rows else None,
        "exports": {fmt.upper(): datasette.urls.path(with_args(path_with_format(path=request.path, format=fmt),
                                                               query_args(request)))
                    for fmt in EXPORTS},
        "sql": unpaged(sql),
    }


def edit_sql_url(datasette, request, database: str, sql: str, parameters: list[str]) -> str:
    """The query in Datasette's SQL editor, with the parameters of this page (Datasette offers
    none for SQL with magic parameters)."""
    values = [(name, request.args.get(name, "")) for name in parameters]
    return datasette.urls.database(database) + "?" + urlencode([("sql", unpaged(sql)), *values])


@hookimpl
def extra_template_vars(template, database, view_name, request, datasette):
    if request is None or not template.startswith("query") or "table" not in request.url_vars:
        return {}

    async def query_page():
        name = tilde_decode(request.url_vars["table"])
        canned = await datasette.get_canned_query(database, name, request.actor)
        if not canned or not canned["sql"].endswith(PAGE_CLAUSE):
            return {}
        page = page_links(datasette, request, canned["sql"])
        if await datasette.permission_allowed(request.actor, "execute-sql", database, default=True):
            page["edit_sql_url"] = edit_sql_url(datasette, request, database, canned["sql"], canned.get("params") or [])
        return {"query_page": page}
    return query_page
