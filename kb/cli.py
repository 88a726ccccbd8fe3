"""The `sckb` command line: a thin layer over kb.build and friends."""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from extract.document import SourceError
from extract.nlp import ModelNotFound
from extract.settings import Settings
from kb import __version__
from kb.build import BuildFailed, build as run_build
from kb.executors import EXECUTORS
from kb.review import DECISIONS, ReviewError, record_decision

console = Console(stderr=True)
corpus_option = click.option("--corpus", "corpus", default="corpus", show_default=True,
                             type=click.Path(file_okay=False, path_type=Path), help="Folder of sources.")
out_option = click.option("--out", "out", default="build", show_default=True,
                          type=click.Path(file_okay=False, path_type=Path), help="Where kb.db and kb.trig go.")


@click.group()
@click.version_option(__version__, prog_name="sckb")
def cli():
    """sckb: a knowledge base of claims about China's social credit scoring, with provenance."""


def _progress_bar() -> Progress:
    return Progress(TextColumn("{task.description:<8}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    console=console, transient=True, disable=not console.is_terminal)


def build_with_progress(corpus: Path, out: Path, settings: Settings, **options):
    """Run a build showing progress; errors become one line per problem, never a traceback.
    `options` are kb.build.build's (jobs, executor, scheduler, cache)."""
    with _progress_bar() as bar:
        tasks: dict[str, int] = {}

        def progress(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(stage, total=total)
            bar.update(tasks[stage], completed=done, total=total)

        try:
            report = run_build(corpus, out, settings, progress, **options)
        except (BuildFailed, SourceError, ModelNotFound) as error:
            for line in getattr(error, "errors", []):
                console.print(f"[red]error:[/red] {escape(line)}", highlight=False, soft_wrap=True)
            console.print(f"[red]error:[/red] {escape(str(error))}", highlight=False)
            console.print(f"No knowledge base written; {out} is as it was.", highlight=False)
            sys.exit(2)
        except Exception as error:  # a bug: say so plainly, keep the traceback for whoever debugs it
            if os.environ.get("SCKB_DEBUG"):
                raise
            console.print(f"[red]internal error:[/red] {type(error).__name__}: {escape(str(error))}", highlight=False)
            console.print(f"No knowledge base written; {out} is as it was. "
                          "Run again with SCKB_DEBUG=1 for the traceback, and please report it.", highlight=False)
            sys.exit(3)
    for line in report.errors:
        console.print(f"[red]error:[/red] {escape(line)}", highlight=False, soft_wrap=True)
    for line in report.warnings:
        console.print(f"[yellow]warning:[/yellow] {escape(line)}", highlight=False, soft_wrap=True)
    return report


def print_summary(report) -> None:
    table = Table(title=f"Knowledge base built from {report.corpus}", title_justify="left")
    for column in ("documents", "claims", "actors", "conflicts", "errors"):
        table.add_column(column, justify="right")
    table.add_row(*(str(n) for n in (report.documents, report.claims, report.actors, report.conflicts, len(report.errors))))
    Console().print(table)
    if report.up_to_date:
        click.echo(f"Nothing changed since the last build ({report.reused} sources, the same reviews, "
                   f"software and settings): the knowledge base is up to date; {report.elapsed:.1f} s")
        return
    click.echo(f"{report.analysed} sources analysed, {report.reused} reused from the cache or the last build; "
               f"{report.jobs} job{'s' if report.jobs != 1 else ''}; {report.elapsed:.1f} s")
    for name, path in sorted(report.outputs.items()):
        click.echo(f"wrote {path}")


@cli.command()
@corpus_option
@out_option
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Worker processes (default: the machine's cores). The result is the same with any number.")
@click.option("--executor", type=click.Choice(EXECUTORS), default="local", show_default=True,
              help="Where the per-source work runs: local processes, or a Dask cluster.")
@click.option("--scheduler", metavar="ADDRESS", default=None,
              help="The Dask scheduler to use with --executor dask (e.g. tcp://10.0.0.5:8786); "
                   "default: a local Dask cluster of --jobs workers.")
@click.option("--no-cache", "no_cache", is_flag=True,
              help="Analyse and write every source again instead of reusing OUT/cache and the last build.")
def build(corpus: Path, out: Path, jobs: int | None, executor: str, scheduler: str | None, no_cache: bool):
    """Build OUT/kb.db and OUT/kb.trig from the sources in CORPUS.

    Sources unchanged since the last build (same file, catalog entry, rules,
    vocabularies and model) are taken from OUT/cache instead of being analysed again.

    Exits 0 when every source was read, 1 when some were not (the rest are
    built, and each failure is named on one line), 2 when nothing was built.
    """
    report = build_with_progress(corpus, out, Settings.from_env(), jobs=jobs, executor=executor,
                                 scheduler=scheduler, cache=not no_cache)
    print_summary(report)
    sys.exit(0 if report.ok else 1)


def _ensure_built(corpus: Path, out: Path) -> Path:
    db_path = out / "kb.db"
    if not db_path.exists():
        print_summary(build_with_progress(corpus, out, Settings.from_env()))
    return db_path


@cli.command()
@corpus_option
@out_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8001, show_default=True, type=int, help="Port to listen on.")
def serve(corpus: Path, out: Path, host: str, port: int):
    """Serve the knowledge base with Datasette, building it first if OUT has none."""
    from kb.site import SiteError, serve as serve_site

    db_path = _ensure_built(corpus, out)
    click.echo(f"Serving {db_path} at http://{host}:{port}/ (Ctrl-C stops)")
    try:
        serve_site(db_path, host=host, port=port, settings=Settings.from_env())
    except SiteError as error:
        raise click.ClickException(str(error)) from None


@cli.command()
@click.argument("bundle", type=click.Path(file_okay=False, path_type=Path))
@corpus_option
@out_option
def publish(bundle: Path, corpus: Path, out: Path):
    """Write a self-contained, deployable site bundle to BUNDLE (building first if OUT has none)."""
    from kb.publish import publish as publish_site
    from kb.site import SiteError

    _ensure_built(corpus, out)
    try:
        path = publish_site(out, bundle, settings=Settings.from_env())
    except SiteError as error:
        raise click.ClickException(str(error)) from None
    click.echo(f"wrote {path}; see {path / 'README.md'} to deploy it")


@cli.command()
@corpus_option
@click.option("--gold", type=click.Path(dir_okay=False, path_type=Path),
              help="Gold claims (default: CORPUS/annotations/gold.jsonl).")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def evaluate(corpus: Path, gold: Path | None, as_json: bool):
    """Score the extraction against the hand-checked gold claims.

    Runs the extractor on CORPUS (without curators' reviews, which are not the
    extractor's work) and prints precision, recall and F1 per kind, subject and
    attribution accuracy, then every miss and false alarm.
    """
    from extract.evaluate import GoldError, gold_path, load_gold, score
    from kb.build import BuildReport, extract_corpus

    settings = Settings.from_env()
    try:
        golden = load_gold(gold or gold_path(corpus))
        report = BuildReport(corpus, Path("."))
        tables = extract_corpus(corpus, settings, report)
    except (GoldError, BuildFailed, ModelNotFound, FileNotFoundError) as error:
        raise click.ClickException(str(error)) from None
    for line in report.errors:  # a source that failed gives no claims: its gold claims count as misses
        click.echo(f"error: {line} (its gold claims count as misses)", err=True)
    sources = {row["id"]: row["source"] for row in tables["documents"]}
    extracted = [{**claim, "source": sources[claim["document_id"]]} for claim in tables["claims"]]
    result = score(extracted, golden)
    if as_json:
        click.echo(json.dumps({**result.as_dict(), "errors": report.errors}, indent=2, ensure_ascii=False))
    else:
        click.echo(result.as_text())


CONFLICTS_SQL = """
select f.*, a.quote as quote_a, b.quote as quote_b, a.phrase as phrase_a, b.phrase as phrase_b,
       da.title as title_a, db.title as title_b, da.published as published_a, db.published as published_b,
       a.attributed_to as credit_a, b.attributed_to as credit_b
from conflicts f
join claims a on a.id = f.claim_a join documents da on da.id = a.document_id
join claims b on b.id = f.claim_b join documents db on db.id = b.document_id
where f.relation in ({relations}) {where}
order by f.subject, f.predicate, f.claim_a, f.claim_b
"""


def _side(row, side: str) -> str:
    """One claim of a pair, for the terminal; source text is escaped so it cannot carry markup."""
    value = {key: escape(str(row[f"{key}_{side}"] or "")) for key in ("phrase", "quote", "title", "published", "credit")}
    return (f"[bold]{value['phrase']}[/bold]\n“{value['quote']}”\n"
            f"[dim]{value['title'] or '(untitled)'}, {value['published'] or 'undated'}"
            f"{', credits ' + value['credit'] if value['credit'] else ''} · {row['claim_' + side]}[/dim]")


@cli.command()
@out_option
@click.option("--agreements", is_flag=True, help="Show agreeing pairs too.")
@click.option("--subject", help="Only pairs about this actor (name, as in the subject column).")
def conflicts(out: Path, agreements: bool, subject: str | None):
    """Print the claims that disagree, quotes side by side, with the reasons."""
    import sqlite3

    from kb.crosscheck import explain

    db_path = out / "kb.db"
    if not db_path.is_file():
        raise click.ClickException(f"{db_path}: no knowledge base here; run `sckb build` first")
    relations = "'conflicts', 'agrees'" if agreements else "'conflicts'"
    where = "and f.subject like :subject" if subject else ""
    with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True) as db:
        db.row_factory = sqlite3.Row
        rows = db.execute(CONFLICTS_SQL.format(relations=relations, where=where),
                          {"subject": f"%{subject}%"}).fetchall()
    out_console = Console()
    if not rows:
        out_console.print("No conflicts." if not agreements else "No comparable claims.")
        return
    for row in rows:
        table = Table(title=escape(explain(dict(row))), title_justify="left", show_lines=True, expand=True)
        table.add_column("claim a", ratio=1)
        table.add_column("claim b", ratio=1)
        table.add_row(_side(row, "a"), _side(row, "b"))
        reasons = json.loads(row["reasons"] or "[]")
        out_console.print(table)
        for reason in reasons:
            out_console.print(f"  • {escape(reason['text'])}", highlight=False)
        out_console.print()


def _run_library_query(file_or_name: str, out: Path, params: tuple[str, ...], fmt: str, language: str) -> None:
    from kb.queries import QueryError, find, format_result, load_query, run_query

    values = dict(_split_pair(p, "--param") for p in params)
    try:
        query = load_query(file_or_name) if Path(file_or_name).is_file() else find(file_or_name)
        if query.language != language:
            raise QueryError(f"{query.path} is a {query.language} query; use `sckb {'query' if query.language == 'sql' else 'sparql'}`")
        result = run_query(query, out, values)
    except QueryError as error:
        raise click.ClickException(str(error)) from None
    click.echo(format_result(result, fmt, width=None if fmt != "table" else Console().width))


def _split_pair(text: str, option: str) -> tuple[str, str]:
    name, sep, value = text.partition("=")
    if not sep:
        raise click.BadParameter(f"{text!r} is not NAME=VALUE", param_hint=option)
    return name, value


query_options = [
    out_option,
    click.option("--param", "-p", "params", multiple=True, metavar="NAME=VALUE", help="A query parameter."),
    click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True),
]


def _with(options):
    def decorate(function):
        for option in reversed(options):
            function = option(function)
        return function
    return decorate


@cli.command()
@click.argument("query")
@_with(query_options)
def query(query: str, out: Path, params: tuple[str, ...], fmt: str):
    """Run an SQL QUERY (a .sql file, or the name of one in queries/) on OUT/kb.db."""
    _run_library_query(query, out, params, fmt, "sql")


@cli.command()
@click.argument("query")
@_with(query_options)
def sparql(query: str, out: Path, params: tuple[str, ...], fmt: str):
    """Run a SPARQL QUERY (a .rq file, or the name of one in queries/) on OUT/kb.trig (Oxigraph)."""
    _run_library_query(query, out, params, fmt, "sparql")


@cli.command(name="queries")
def list_queries():
    """List the query library: each question it answers, and its parameters."""
    from kb.queries import library

    table = Table(show_lines=False)
    for column in ("name", "language", "question", "parameters"):
        table.add_column(column)
    for item in library():
        table.add_row(item.name, item.language, item.title, ", ".join(item.parameters))
    Console().print(table)


def _parse_assignments(assignments: tuple[str, ...]) -> dict:
    """FIELD=VALUE pairs; values are read as JSON where they parse (numbers, null), else as text."""
    fields = {}
    for assignment in assignments:
        name, raw = _split_pair(assignment, "--set")
        try:
            fields[name] = json.loads(raw)
        except json.JSONDecodeError:
            fields[name] = raw
    return fields


@cli.command()
@click.argument("decision", type=click.Choice(DECISIONS))
@click.argument("claim_id", required=False)
@click.option("--set", "assignments", multiple=True, metavar="FIELD=VALUE",
              help="A field to correct, or of the claim to add (document_id, kind, predicate, quote, phrase, ...).")
@click.option("--by", required=True, help="Who decides.")
@click.option("--why", required=True, help="Why.")
@corpus_option
def review(decision: str, claim_id: str | None, assignments: tuple[str, ...], by: str, why: str, corpus: Path):
    """Record a curator's DECISION (accept, reject, correct, add) about CLAIM_ID.

    Decisions go to CORPUS/annotations/reviews.jsonl and every later build applies them.

    \b
    sckb review accept 3f2a... --by "A. Curator" --why "checked against the source"
    sckb review correct 3f2a... --set subject_id=alipay --set subject=Alipay --by ... --why ...
    sckb review add --set document_id=DOC --set kind=figure --set predicate=user_count \\
         --set "quote=..." --set "phrase=..." --set value=520000000 --by ... --why ...
    """
    entry = {"decision": decision, "by": by, "why": why}
    if claim_id:
        entry["claim_id"] = claim_id
    fields = _parse_assignments(assignments)
    if fields:
        entry["fields"] = fields
    try:
        path = record_decision(corpus, entry)
    except ReviewError as error:
        raise click.UsageError(str(error)) from None
    click.echo(f"recorded in {path}; the next build applies it")


def main():  # pragma: no cover - entry point for `python -m kb.cli`
    cli()


if __name__ == "__main__":  # pragma: no cover
    main()
