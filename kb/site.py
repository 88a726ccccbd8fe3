"""The Datasette site: metadata from kb/schema.py, and the app `sckb serve` runs."""
from __future__ import annotations

from pathlib import Path

from kb.schema import TABLES

SITE_TITLE = "sckb: claims about China's social credit scoring"
SITE_DESCRIPTION = (
    "An annotated corpus of sources on Sesame Credit, Alipay, Ant Financial, Tencent Credit and the state "
    "Social Credit System, and every claim they make (figures, dates, perks, penalties, relations) traced "
    "to the exact quote, the document and whom the document credits."
)
PROJECT_LICENSE = "MIT"
FACETS = {
    "claims": ["kind", "subject", "predicate", "document_id", "attributed_to"],
    "actors": ["type", "origin"],
    "documents": ["kind", "outlet"],
    "conflicts": ["relation", "subject", "predicate"],
}
SORTS = {"claims": "document_id", "documents": "published", "actors": "name"}
#: Datasette settings for a public, read-only site.
DATASETTE_SETTINGS = {"sql_time_limit_ms": 3000, "max_returned_rows": 2000, "allow_download": True}


def metadata(licenses: str | None = None) -> dict:
    """Site metadata: every table and column described from the single schema."""
    tables = {}
    for table in TABLES:
        entry = {"description": table.description, "columns": dict(table.columns)}
        if table.name in FACETS:
            entry["facets"] = FACETS[table.name]
        if table.name in SORTS:
            entry["sort"] = SORTS[table.name]
        if table.fts:
            entry["fts_table"] = f"{table.name}_fts"
        entry["source"] = "the sources listed in the documents table, with their outlets and licences"
        entry["license"] = PROJECT_LICENSE + " for what sckb derives; each source keeps its own licence (documents.license)"
        tables[table.name] = entry
    return {
        "title": SITE_TITLE,
        "description": SITE_DESCRIPTION,
        "license": PROJECT_LICENSE,
        "source": "sckb corpus",
        "databases": {"kb": {"tables": tables}},
    }


def make_datasette(db_path: Path):
    from datasette.app import Datasette

    return Datasette(immutables=[str(db_path)], metadata=metadata(), settings=DATASETTE_SETTINGS)
