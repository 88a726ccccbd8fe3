"""Write the knowledge base's rows to SQLite, following kb/schema.py."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable

import sqlite_utils

from kb.schema import TABLES


def _cell(value):
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, sort_keys=isinstance(value, dict))
    return value


def write_sqlite(path: Path, rows: dict[str, Iterable[dict]], batch_size: int = 1000) -> sqlite_utils.Database:
    """Create every table of the schema in a new database at `path` and fill it.

    Columns a row lacks are null; columns the schema lacks are added (extending
    the contract is allowed), described as "(undocumented)" on the site.
    """
    db = sqlite_utils.Database(path, recreate=True)
    db.conn.execute("pragma journal_mode = off")
    db.conn.execute("pragma synchronous = off")
    for table in TABLES:
        db[table.name].create(table.column_types(), pk=table.pk, foreign_keys=table.foreign_keys)
        records = ({key: _cell(value) for key, value in row.items()} for row in rows.get(table.name, ()))
        db[table.name].insert_all(records, batch_size=batch_size, alter=True)
        for columns in table.indexes:
            db[table.name].create_index(columns, if_not_exists=True)
        if table.fts:
            db[table.name].enable_fts(table.fts, tokenize="porter", create_triggers=False)
    db.conn.commit()
    db.vacuum()
    return db
