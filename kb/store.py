"""Write the knowledge base's rows to SQLite, following kb/schema.py.

`KnowledgeBaseWriter` takes rows as a build streams them, a few tables at a time, and
writes them in batches, so memory does not grow with the corpus; indexes and full-text
search are made once, at the end, and then the prepared tables are computed from all the
rows (kb/schema.py). `KnowledgeBaseWriter.continuing` starts from the previous build's
database instead, keeping the rows of unchanged documents (an incremental build); the
prepared tables are computed afresh all the same, so they follow what was kept.
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Iterable

import sqlite_utils

from kb.schema import PREPARED_TABLES, ROW_TABLES, Index, Table


def _cell(value):
    if isinstance(value, (list, tuple, dict)):
        return json.dumps(value, ensure_ascii=False, sort_keys=isinstance(value, dict))
    return value


class KnowledgeBaseWriter:
    """A new database at `path` with every table of the schema, filled by `add`, finished by `finish`.

    Columns a row lacks are null; columns the schema lacks are added (extending the
    contract is allowed), described as "(undocumented)" on the site."""

    def __init__(self, path: Path, batch_size: int = 1000, *, create: bool = True):
        self.db = sqlite_utils.Database(path, recreate=create)
        self.db.conn.execute("pragma journal_mode = off")
        self.db.conn.execute("pragma synchronous = off")
        self.batch_size = batch_size
        self.pending: dict[str, list[dict]] = {table.name: [] for table in ROW_TABLES}
        #: Documents whose rows were already in the database (an incremental build); None when new.
        self.kept: set[str] | None = None
        if create:
            for table in ROW_TABLES:
                self.db[table.name].create(table.column_types(), pk=table.pk, foreign_keys=table.foreign_keys)

    @classmethod
    def continuing(cls, path: Path, previous: Path, kept: set[str], kept_tables: tuple[str, ...] = (),
                   batch_size: int = 1000) -> "KnowledgeBaseWriter":
        """A copy of the `previous` database at `path` holding only the rows of the documents in
        `kept`: the rows of other documents and of the corpus-wide tables (actors, conflicts) but
        `kept_tables`, which the build writes again, are removed, from the full-text indexes too.
        The prepared tables are left as they are: `finish` computes them again."""
        shutil.copyfile(previous, path)
        writer = cls(path, batch_size, create=False)
        writer.kept = set(kept)
        db = writer.db
        db.execute("create temp table kept (id text primary key)")
        db.conn.executemany("insert into temp.kept values (?)", ((i,) for i in sorted(writer.kept)))
        for table in ROW_TABLES:
            if table.name in kept_tables:
                continue
            rewritten = _rewritten(table)
            if table.fts:
                columns = ", ".join(f"[{c}]" for c in table.fts)
                db.execute(f"insert into [{table.name}_fts] ([{table.name}_fts], rowid, {columns}) "
                           f"select 'delete', rowid, {columns} from [{table.name}] where {rewritten}")
            db.execute(f"delete from [{table.name}] where {rewritten}")
        return writer

    def add(self, table: str, rows: Iterable[dict]) -> int:
        """Queue `rows` (any iterable, read once) for `table`, writing every full batch; returns how many."""
        count = 0
        for row in rows:  # the rows may come from a generator that flushes (see `remove`): no local list
            self.pending[table].append(row)
            count += 1
            if len(self.pending[table]) >= self.batch_size:
                self._flush(table)
        return count

    def remove(self, table: str, **where) -> None:
        """Delete the rows of `table` whose columns have the given values (e.g. kind="figure")."""
        self._flush(table)
        condition = " and ".join(f"[{column}] = ?" for column in where)
        self.db.execute(f"delete from [{table}] where {condition}", list(where.values()))

    def _flush(self, table: str) -> None:
        rows, self.pending[table] = self.pending[table], []
        if not rows:
            return
        known = self.db[table].columns_dict
        for name in sorted({key for row in rows for key in row} - known.keys()):  # extending the contract
            example = next((row[name] for row in rows if row.get(name) is not None), "")
            self.db[table].add_column(name, str if isinstance(example, (list, dict)) else type(example))
            known = self.db[table].columns_dict
        columns = list(known)
        sql = (f"insert into [{table}] ({', '.join(f'[{c}]' for c in columns)}) "
               f"values ({', '.join('?' for _ in columns)})")
        self.db.conn.executemany(sql, ([_cell(row.get(column)) for column in columns] for row in rows))

    def finish(self) -> sqlite_utils.Database:
        for table in ROW_TABLES:
            self._flush(table.name)
            for columns in table.indexes:
                self._index(table, columns)
            if table.fts and self.kept is None:
                self.db[table.name].enable_fts(table.fts, tokenize="porter", create_triggers=False)
            elif table.fts:  # index the rows this build added
                columns = ", ".join(f"[{c}]" for c in table.fts)
                self.db.execute(f"insert into [{table.name}_fts] (rowid, {columns}) "
                                f"select rowid, {columns} from [{table.name}] where {_rewritten(table)}")
        for table in PREPARED_TABLES:
            self._prepare(table)
        # Statistics for the query planner: without them it may pick a poor index (the relation of
        # a conflict rather than its claim) and the canned queries slow down with the corpus.
        self.db.analyze()
        self.db.conn.commit()
        if self.kept is None:  # an incremental build reuses the free pages its deletions left
            self.db.vacuum()
        return self.db

    def _prepare(self, table: Table) -> None:
        """Compute a prepared table afresh from the tables before it (its rows first, then its indexes)."""
        self.db.execute(f"drop table if exists [{table.name}]")
        self.db[table.name].create(table.column_types(), pk=table.pk)
        columns = ", ".join(f"[{column}]" for column in table.columns)
        self.db.execute(f"insert into [{table.name}] ({columns}) {table.prepared_from}")
        for index in table.indexes:
            self._index(table, index)

    def _index(self, table: Table, index: tuple[str, ...] | Index) -> None:
        if not isinstance(index, Index):
            self.db[table.name].create_index(index, if_not_exists=True)
            return
        where = f" where {index.where}" if index.where else ""
        self.db.execute(f"create {'unique ' if index.unique else ''}index if not exists "
                        f"[idx_{table.name}_{index.name}] on [{table.name}] ({', '.join(index.columns)}){where}")


def _rewritten(table: Table) -> str:
    """SQL condition: the rows of `table` an incremental build writes again (see `continuing`)."""
    if table.name == "documents":
        return "id not in (select id from temp.kept)"
    if "document_id" in table.columns:
        return "document_id not in (select id from temp.kept)"
    return "1"  # a corpus-wide table

