"""The query library: the questions in queries/*.sql and queries/*.rq, and the code that runs them.

Every query file opens with a comment block (`--` lines in SQL, `#` lines in SPARQL):

    -- Conflicting figures, side by side            <- the title
    -- Where do the sources disagree? One row ...   <- the question it answers (prose)
    --
    -- param: subject  optional: an actor's name     <- one line per parameter
    -- example: subject=Sesame+Credit&kind=figure    <- parameters that return rows on the seeds

`example:` lines are URL query strings, as in the Datasette page's URL (`+` is a space,
`%22` a double quote). SQL parameters are written `:name`, found as Datasette finds them, and
given as text, '' when left out (as Datasette does): write optional ones as
`(:name = '' or column = :name)`. A SPARQL parameter is declared `# param: name (type) ...`
and bound by replacing UNDEF in the query's `VALUES ?name { UNDEF }` line, so that the file
runs as it is anywhere (every row), and a FILTER can test `!BOUND(?name)` for an optional
one. Types: actor, claim, document (an id, an IRI, and for actors a name or alias: the IRI
is looked up in the data, whatever base the knowledge base was built with), iri, text.

`library()` is the one loader: the site serves the SQL queries as Datasette canned queries
(`Query.canned()`), the command line runs them with `run_query`.
"""
from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
from dataclasses import dataclass, field
from difflib import get_close_matches
from pathlib import Path
from typing import Mapping
from urllib.parse import parse_qsl

from extract.settings import PROJECT_ROOT

QUERIES_DIR = PROJECT_ROOT / "queries"
LANGUAGES = {".sql": "sql", ".rq": "sparql"}
COMMENT = {"sql": "--", "sparql": "#"}
FORMATS = ("table", "csv", "json")
SPARQL_TYPES = ("actor", "claim", "document", "iri", "text")

# SQL parameters, found the way Datasette finds them (datasette.utils.derive_named_parameters),
# so that the command line and the site agree on what a query takes.
SQL_COMMENTS = re.compile(r"--[^\n]*|/\*.*?\*/", re.DOTALL)
SQL_STRINGS = re.compile(r"'(?:''|[^'])*'|\"(?:\"\"|[^\"])*\"")
SQL_PARAMETER = re.compile(r":(\w+)")
# SPARQL comments run from # to the end of the line, except inside IRIs and strings.
SPARQL_TOKENS = re.compile(r"<[^<>\"{}|^`\\\s]*>|\"(?:[^\"\\\n]|\\.)*\"|'(?:[^'\\\n]|\\.)*'|#[^\n]*")
PARAM_LINE = re.compile(r"^param:\s*(\w+)\s*(?:\((\w+)\))?\s*(.*)$")
EXAMPLE_LINE = re.compile(r"^example:\s*(.*)$")
IRI = re.compile(r"^[a-z][a-z0-9+.-]*://[^\s<>\"{}|\\^`]+$", re.I)


class QueryError(Exception):
    """A query that cannot run; `str()` is one line for people."""


class QueryFileError(QueryError):
    """A query file that cannot be loaded (no title, bad parameter lines...)."""


@dataclass(frozen=True)
class Parameter:
    name: str
    type: str  # SQL: text; SPARQL: one of SPARQL_TYPES
    help: str = ""

    @property
    def optional(self) -> bool:
        return self.help.lower().startswith("optional")


@dataclass(frozen=True)
class Query:
    name: str  # the file stem: the canned query's name on the site
    path: Path
    language: str  # "sql" or "sparql"
    title: str
    description: str
    text: str  # the whole file, header included
    parameters: tuple[str, ...]  # in order of appearance
    documented: Mapping[str, Parameter] = field(default_factory=dict)  # from `param:` lines
    examples: tuple[Mapping[str, str], ...] = ()  # from `example:` lines

    def parameter(self, name: str) -> Parameter:
        default_type = "text" if self.language == "sql" else (name if name in SPARQL_TYPES else "text")
        return self.documented.get(name) or Parameter(name, default_type)

    def canned(self) -> dict:
        """This query as a Datasette canned query (SQL only)."""
        if self.language != "sql":
            raise QueryError(f"{self.path.name}: only SQL queries can be Datasette canned queries")
        helps = [f"{p.name}: {p.help}" for p in map(self.parameter, self.parameters) if p.help]
        description = self.description + (("\n\nParameters: " + "; ".join(helps) + ".") if helps else "")
        return {"sql": self.text, "title": self.title, "description": description, "params": list(self.parameters)}


@dataclass
class Result:
    columns: list[str]
    rows: list[tuple]

    def dicts(self) -> list[dict]:
        return [dict(zip(self.columns, row)) for row in self.rows]

    def __len__(self) -> int:
        return len(self.rows)


# --- loading --------------------------------------------------------------------------------

def library(folder: str | Path | None = None) -> list[Query]:
    """Every query in `folder` (default: the project's queries/), sorted by name.
    Raises QueryFileError, naming the file, when one cannot be loaded."""
    folder = Path(folder) if folder is not None else QUERIES_DIR
    if not folder.is_dir():
        return []
    queries = [load_query(path) for path in sorted(folder.iterdir()) if path.suffix in LANGUAGES and path.is_file()]
    tables = table_names()
    seen: dict[str, Path] = {}
    for query in queries:
        if query.name in tables:
            raise QueryFileError(f"{query.path.name}: a query named like the {query.name} table would hide the "
                                 f"table's page at /kb/{query.name}; rename the file")
        if query.name in seen:
            raise QueryFileError(f"{seen[query.name].name} and {query.path.name}: two queries named "
                                 f"{query.name!r}; rename one (names must be unique across .sql and .rq)")
        seen[query.name] = query.path
    return queries


def table_names() -> set[str]:
    """The knowledge base's tables and their full-text search tables: names a query may not take."""
    from kb.schema import TABLES

    return {table.name for table in TABLES} | {f"{table.name}_fts" for table in TABLES if table.fts}


def find(name: str, folder: str | Path | None = None) -> Query:
    """The query called `name` (its file stem); a clear error, with suggestions, when none is."""
    queries = {query.name: query for query in library(folder)}
    if name in queries:
        return queries[name]
    close = get_close_matches(name, list(queries), n=3)
    hint = f"did you mean {', '.join(close)}? " if close else ""
    raise QueryError(f"no query named {name!r}: {hint}the library has {', '.join(queries) or 'no queries'}")


def load_query(path: str | Path) -> Query:
    path = Path(path)
    language = LANGUAGES.get(path.suffix)
    if language is None:
        raise QueryFileError(f"{path.name}: not a query file (use .sql or .rq)")
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise QueryFileError(f"{path}: cannot read the query ({error})") from None
    return parse_query(text, language, path)


def parse_query(text: str, language: str, path: Path) -> Query:
    header, body = split_header(text, COMMENT[language])
    if not header or not header[0]:
        raise QueryFileError(f"{path.name}: a query file opens with a comment whose first line is its title")
    if not body.strip():
        raise QueryFileError(f"{path.name}: the file has a comment but no query")
    prose, documented, examples = read_header(header[1:], path)
    if language == "sql":
        parameters = sql_parameters(body)
    else:
        parameters = tuple(documented)
        check_sparql_parameters(body, parameters, path)
    for example in examples:
        unknown = sorted(set(example) - set(parameters))
        if unknown:
            raise QueryFileError(f"{path.name}: the example names {', '.join(unknown)}, which the query does not take")
    return Query(path.stem, path, language, header[0], prose, text.strip() + "\n", parameters,
                 documented, tuple(examples))


def split_header(text: str, marker: str) -> tuple[list[str], str]:
    """The leading comment lines (without their marker) and the rest of the text."""
    lines = text.strip().splitlines()
    header = []
    for line in lines:
        if not line.lstrip().startswith(marker):
            break
        header.append(line.lstrip()[len(marker):].strip())
    return header, "\n".join(lines[len(header):])


def read_header(lines: list[str], path: Path) -> tuple[str, dict[str, Parameter], list[dict]]:
    """(description, documented parameters, examples) from the header after its title."""
    paragraphs: list[list[str]] = [[]]
    documented: dict[str, Parameter] = {}
    examples: list[dict] = []
    for line in lines:
        if match := PARAM_LINE.match(line):
            name, kind, help_text = match.groups()
            if kind and kind not in SPARQL_TYPES:
                raise QueryFileError(f"{path.name}: parameter {name} has type {kind!r}; "
                                     f"use one of {', '.join(SPARQL_TYPES)}")
            default = name if name in SPARQL_TYPES else "text"
            documented[name] = Parameter(name, kind or default, help_text.strip())
        elif match := EXAMPLE_LINE.match(line):
            examples.append(dict(parse_qsl(match.group(1).strip(), keep_blank_values=True)))
        elif line:
            paragraphs[-1].append(line)
        elif paragraphs[-1]:
            paragraphs.append([])
    description = "\n\n".join(" ".join(paragraph) for paragraph in paragraphs if paragraph)
    return description, documented, examples


def sql_parameters(sql: str) -> tuple[str, ...]:
    """The `:name` parameters of an SQL text, in order, as Datasette derives them."""
    bare = SQL_STRINGS.sub("", SQL_COMMENTS.sub("", sql))
    return tuple(dict.fromkeys(SQL_PARAMETER.findall(bare)))


def sparql_code(text: str) -> str:
    """The SPARQL text without its comments."""
    return SPARQL_TOKENS.sub(lambda m: "" if m.group().startswith("#") else m.group(), text)


def values_line(name: str) -> re.Pattern:
    return re.compile(r"VALUES\s+[?$]" + re.escape(name) + r"\s*\{\s*UNDEF\s*\}", re.I)


def check_sparql_parameters(body: str, parameters: tuple[str, ...], path: Path) -> None:
    code = sparql_code(body)
    for name in parameters:
        if not values_line(name).search(code):
            raise QueryFileError(f"{path.name}: parameter {name} needs a `VALUES ?{name} {{ UNDEF }}` line "
                                 "in the query, which kb.queries binds")
    for name in re.findall(r"VALUES\s+[?$](\w+)\s*\{\s*UNDEF\s*\}", code, re.I):
        if name not in parameters:
            raise QueryFileError(f"{path.name}: `VALUES ?{name} {{ UNDEF }}` has no `# param: {name}` line")


# --- running SQL ---------------------------------------------------------------------------

def kb_file(location: str | Path, file_name: str) -> Path:
    """The knowledge base file: `location` itself, or `file_name` inside it when it is a folder."""
    location = Path(location)
    return location / file_name if location.is_dir() else location


def _label(query) -> str:
    return query.path.name if isinstance(query, Query) else "query"


def _text(query, language: str) -> str:
    if isinstance(query, Query):
        if query.language != language:
            raise QueryError(f"{query.path.name} is a {query.language} query, not {language}")
        return query.text
    return str(query)


def bind_values(parameters: tuple[str, ...], params: Mapping | None, label: str) -> dict[str, str]:
    """Every parameter of the query as text, '' when not given, like a Datasette form."""
    params = dict(params or {})
    unknown = sorted(set(params) - set(parameters))
    if unknown:
        takes = ", ".join(parameters) or "no parameters"
        raise QueryError(f"{label}: unknown parameter {', '.join(unknown)}; it takes {takes}")
    return {name: "" if params.get(name) is None else str(params[name]) for name in parameters}


def connect_read_only(db_path: Path) -> sqlite3.Connection:
    if not db_path.is_file():
        raise QueryError(f"{db_path}: no knowledge base there; run `sckb build` first")
    connection = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    # The SQL functions Datasette gives every query, so that canned queries run here too.
    from datasette.utils import escape_fts

    connection.create_function("escape_fts", 1, escape_fts)
    return connection


def run_sql(db_path: str | Path, sql: Query | str, params: Mapping | None = None) -> Result:
    """Run a read-only SQL query on kb.db (`db_path` is the file or its folder)."""
    label = _label(sql)
    text = _text(sql, "sql")
    values = bind_values(sql_parameters(text), params, label)
    connection = connect_read_only(kb_file(db_path, "kb.db"))
    try:
        cursor = connection.execute(text, values)
        rows = [tuple(row) for row in cursor.fetchall()]
        columns = [column[0] for column in cursor.description or ()]
    except sqlite3.Error as error:
        raise QueryError(f"{label}: {error}") from None
    finally:
        connection.close()
    return Result(columns, rows)


# --- running SPARQL --------------------------------------------------------------------------

def open_dataset(location, engine: str = "auto"):
    """An RDF dataset to query: a loaded one, kb.trig in a folder, or a .trig/.nq file."""
    from rdflib import Graph

    from kb import rdf

    if isinstance(location, Graph):
        return location
    try:
        return rdf.load(kb_file(location, "kb.trig"), engine)
    except FileNotFoundError as error:
        raise QueryError(str(error)) from None
    except ValueError as error:
        raise QueryError(f"{location}: {error}") from None
    except Exception as error:  # a parser's error on a damaged file
        raise QueryError(f"{location}: cannot read the RDF ({type(error).__name__}: {error})") from None


# What a typed parameter names, and how to recognise it in the data.
NODE_CLASSES = {
    "actor": "https://w3id.org/sckb/vocab#Actor",
    "claim": "https://schema.org/Claim",
    "document": "https://schema.org/CreativeWork",
}


def find_nodes(dataset, kind: str, key: str) -> list[str]:
    """IRIs of the `kind` nodes whose id is `key`; for actors, else those with `key` as a label."""
    from rdflib import Literal

    from kb import rdf

    literal = Literal(key).n3()
    by_id = f"SELECT DISTINCT ?node WHERE {{ ?node dcterms:identifier {literal} ; a <{NODE_CLASSES[kind]}> }}"
    found = [row["node"] for row in rdf.sparql(dataset, by_id)]
    if not found and kind == "actor":
        by_label = (f"SELECT DISTINCT ?node WHERE {{ ?node a <{NODE_CLASSES[kind]}> ; skos:prefLabel|skos:altLabel ?label "
                    f"FILTER(LCASE(STR(?label)) = LCASE({literal})) }}")
        found = [row["node"] for row in rdf.sparql(dataset, by_label)]
    return sorted(found)


def rdf_term(dataset, parameter: Parameter, value: str, label: str) -> str:
    """The value of a parameter as a SPARQL term (IRI or literal), in N-Triples syntax."""
    from rdflib import Literal, URIRef

    value = value.strip()
    if parameter.type == "text":
        return Literal(value).n3()
    iri = value[1:-1] if value.startswith("<") and value.endswith(">") else value
    if IRI.match(iri):
        return URIRef(iri).n3()
    if parameter.type == "iri":
        raise QueryError(f"{label}: {parameter.name} must be an absolute IRI, not {value!r}")
    found = find_nodes(dataset, parameter.type, value)
    if not found:
        what = "id, name or alias" if parameter.type == "actor" else "id"
        raise QueryError(f"{label}: no {parameter.type} with the {what} {value!r} in the knowledge base")
    if len(found) > 1:
        raise QueryError(f"{label}: {value!r} names {len(found)} actors ({', '.join(found)}); give the id")
    return URIRef(found[0]).n3()


def bind_sparql(text: str, query: Query | None, dataset, params: Mapping | None, label: str) -> str:
    """The query text with each given parameter's `VALUES ?name { UNDEF }` holding its term."""
    parameters = query.parameters if query else tuple(
        re.findall(r"VALUES\s+[?$](\w+)\s*\{\s*UNDEF\s*\}", sparql_code(text), re.I))
    for name, value in bind_values(parameters, params, label).items():
        if value.strip() == "":
            continue  # left UNDEF: the query answers for every value
        parameter = query.parameter(name) if query else Parameter(name, name if name in SPARQL_TYPES else "text")
        term = rdf_term(dataset, parameter, value, label)
        text = values_line(name).sub(lambda _: f"VALUES ?{name} {{ {term} }}", text)
    return text


def projection(text: str) -> list[str]:
    """The variables a SELECT query returns, in order (for a result with no rows)."""
    from rdflib.plugins.sparql import prepareQuery

    from kb import rdf

    try:
        algebra = prepareQuery(text, initNs={prefix: str(ns) for prefix, ns in rdf.PREFIXES.items()}).algebra
    except Exception:
        return []
    return [str(variable) for variable in algebra.get("PV", [])]


def run_sparql(out_dir_or_trig, query: Query | str, params: Mapping | None = None, engine: str = "auto") -> Result:
    """Run a SPARQL SELECT query on the RDF knowledge base: a build folder (its kb.trig), a
    .trig or .nq file, or a dataset from kb.rdf.load. Parameters are bound as described above."""
    from kb import rdf

    label = _label(query)
    text = _text(query, "sparql")
    dataset = open_dataset(out_dir_or_trig, engine)
    text = bind_sparql(text, query if isinstance(query, Query) else None, dataset, params, label)
    try:
        found = rdf.sparql(dataset, text)
    except rdf.QueryError as error:
        raise QueryError(f"{label}: {error}") from None
    columns = list(found[0]) if found else projection(text)
    return Result(columns, [tuple(row[column] for column in columns) for row in found])


def run_query(query: Query, out_dir: str | Path = "build", params: Mapping | None = None) -> Result:
    """Run a library query against a build folder: SQL on kb.db, SPARQL on kb.trig."""
    if query.language == "sql":
        return run_sql(out_dir, query, params)
    return run_sparql(out_dir, query, params)


# --- formatting ----------------------------------------------------------------------------

def display(value) -> str:
    """A cell as text: nothing for NULL, whole numbers without a trailing .0."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return str(value)


def format_result(result: Result, fmt: str = "table", width: int | None = None) -> str:
    """The result as a table for people (rich), CSV (header line first) or JSON (a list of objects)."""
    if fmt == "json":
        return json.dumps(result.dicts(), ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(result.columns)
        writer.writerows([["" if value is None else value for value in row] for row in result.rows])
        return out.getvalue()
    if fmt == "table":
        return table_text(result, width)
    raise QueryError(f"unknown format {fmt!r}: use {', '.join(FORMATS)}")


#: Results with more columns than this are shown one record at a time, a field a line.
WIDE = 6


def table_text(result: Result, width: int | None = None) -> str:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    count = f"{len(result.rows)} row{'' if len(result.rows) == 1 else 's'}"
    if len(result.columns) > WIDE:
        tables = []
        for number, row in enumerate(result.rows, 1):
            record = Table("field", "value", title=f"row {number}", title_justify="left", show_header=False)
            for name, value in zip(result.columns, row):
                if value is not None:
                    record.add_row(name, Text(display(value)))  # Text: no [markup] in quotes
            tables.append(record)
    else:
        table = Table(*result.columns, show_lines=False, header_style="bold")
        for row in result.rows:
            table.add_row(*(Text(display(value)) for value in row))
        tables = [table]
    for table in tables:
        for column in table.columns:
            column.overflow = "fold"
    console = Console(file=io.StringIO(), width=width or 160, color_system=None, force_terminal=False,
                      highlight=False)
    for table in tables:
        console.print(table)
    console.print(count)
    return console.file.getvalue()
