"""Write the knowledge base's rows to SQLite, following kb/schema.py.

`KnowledgeBaseWriter` takes rows as a build streams them, a few tables at a time, and
writes them in batches, so memory does not grow with the corpus; indexes and full-text
search are made once, at the end.
"""
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


class KnowledgeBaseWriter:
    """A new database at `path` with every table of the schema, filled by `add`, finished by `finish`.

    Columns a row lacks are null; columns the schema lacks are added (extending the
    contract is allowed), described as "(undocumented)" on the site."""

    def __init__(self, path: Path, batch_size: int = 1000):
        self.db = sqlite_utils.Database(path, recreate=True)
        self.db.conn.execute("pragma journal_mode = off")
        self.db.conn.execute("pragma synchronous = off")
        self.batch_size = batch_size
        self.pending: dict[str, list[dict]] = {table.name: [] for table in TABLES}
        for table in TABLES:
            self.db[table.name].create(table.column_types(), pk=table.pk, foreign_keys=table.foreign_keys)

    def add(self, table: str, rows: Iterable[dict]) -> int:
        """Queue `rows` (any iterable, read once) for `table`, writing every full batch; returns how many."""
        pending, count = self.pending[table], 0
        for row in rows:
            pending.append(row)
            count += 1
            if len(pending) >= self.batch_size:
                self._flush(table)
                pending = self.pending[table]
        return count

    def _flush(self, table: str) -> None:
        records = [{key: _cell(value) for key, value in row.items()} for row in self.pending[table]]
        self.pending[table] = []
        if records:
            self.db[table].insert_all(records, batch_size=self.batch_size, alter=True)

    def finish(self) -> sqlite_utils.Database:
        for table in TABLES:
            self._flush(table.name)
            for columns in table.indexes:
                self.db[table.name].create_index(columns, if_not_exists=True)
            if table.fts:
                self.db[table.name].enable_fts(table.fts, tokenize="porter", create_triggers=False)
        # Statistics for the query planner: without them it may pick a poor index (the relation of
        # a conflict rather than its claim) and the canned queries slow down with the corpus.
        self.db.analyze()
        self.db.conn.commit()
        self.db.vacuum()
        return self.db

