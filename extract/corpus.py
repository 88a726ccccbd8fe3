"""A corpus folder: which files are sources, and the catalog that describes them.

A corpus is any folder. Its sources are the files under `sources/` when that
exists, else every file in it except the corpus's own data (catalog, gazetteer,
vocabularies, annotations, notices). `catalog.yaml` is optional: it maps a
source path to metadata the file cannot tell about itself, and catalog values
override what the readers inferred.

A citation export holding several works (an RIS file of many records, a BibTeX
file of many entries) is one source per record, named "<file>#<n>". Its catalog
entry keyed by the file gives every record's shared fields; an entry keyed
"<file>#<n>" gives one record's own, which win.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from extract.document import Document, SourceError, record_source, source_file
from extract.readers import document_id, records_in
from extract.settings import Settings
from extract.vocab import read_yaml

CATALOG = "catalog.yaml"
#: Corpus files and folders that are data about the corpus, not sources.
NOT_SOURCES = {CATALOG, "actors.yaml", "vocab", "annotations", "NOTICE", "NOTICE.md", "README.md", "LICENSE"}
#: Catalog fields that override a document's inferred metadata.
CATALOG_FIELDS = ("title", "kind", "outlet", "authors", "published", "url", "license", "doi", "keywords", "original_name")


@dataclass(frozen=True)
class CorpusSource:
    """One source of a corpus: a file, or one record of a citation export holding several."""

    path: Path
    name: str  # the path relative to the corpus folder, "#<n>" added for a record
    id: str  # the document id it is read as
    record: int | None = None  # the record's number, from 1 in file order


@dataclass
class Corpus:
    root: Path
    sources: list[CorpusSource]
    catalog: dict[str, dict] = field(default_factory=dict)
    #: Problems with the corpus itself (a catalog entry without a file...), one line each.
    problems: list[str] = field(default_factory=list)

    def catalog_entry(self, source: CorpusSource) -> dict | None:
        """The catalog's metadata for a source: its file's entry, under a record's own entry."""
        shared = self.catalog.get(source_file(source.name))
        own = self.catalog.get(source.name) if source.record else None
        if not own:
            return shared
        shared = shared or {}
        notes = {**(shared.get("notes") or {}), **(own.get("notes") or {})}
        return {**shared, **own, **({"notes": notes} if notes else {})}


def _is_source(path: Path, root: Path) -> bool:
    relative = path.relative_to(root)
    if any(part.startswith(".") for part in relative.parts):
        return False
    return relative.parts[0] not in NOT_SOURCES and path.is_file()


def open_corpus(root: str | Path, settings: Settings | None = None) -> Corpus:
    root = Path(root)
    if not root.is_dir():
        raise SourceError(str(root), "no such corpus folder")
    settings = settings or Settings.from_env()
    folder = root / "sources" if (root / "sources").is_dir() else root
    files = sorted(p for p in folder.rglob("*") if _is_source(p, root))
    corpus = Corpus(root, [source for path in files for source in _sources_of(path, root, settings)])
    catalog_path = root / CATALOG
    if catalog_path.is_file():
        corpus.catalog, corpus.problems = _read_catalog(catalog_path, root, {s.name for s in corpus.sources})
    return corpus


def _sources_of(path: Path, root: Path, settings: Settings) -> list[CorpusSource]:
    """The file as one source, or one source per record of a citation export holding several."""
    name = path.relative_to(root).as_posix()
    records = records_in(path, settings.max_file_bytes)
    if not records:
        return [CorpusSource(path, name, document_id(path))]
    return [CorpusSource(path, record_source(name, record.number), document_id(path, record), record.number)
            for record in records]


def _read_catalog(path: Path, root: Path, sources: set[str]) -> tuple[dict, list[str]]:
    try:
        entries = read_yaml(path) or {}
    except (yaml.YAMLError, UnicodeDecodeError) as error:
        return {}, [f"{path}: not a readable YAML catalog ({str(error).splitlines()[0]})"]
    if not isinstance(entries, dict):
        return {}, [f"{path}: the catalog must map source paths to their metadata"]
    catalog, problems = {}, []
    for source, entry in sorted(entries.items()):
        file = source_file(str(source))
        if not (root / file).is_file():
            problems.append(f"{path}: catalog entry {source!r} names no file in {root}")
        elif source != file and source not in sources:  # "<file>#<n>": one record of a citation export
            problems.append(f"{path}: catalog entry {source!r} names no record of {file} "
                            "(records count from 1, in file order)")
        elif not isinstance(entry, dict):
            problems.append(f"{path}: catalog entry {source!r} is not a mapping of fields")
        else:
            catalog[source] = entry
    return catalog, problems


def apply_catalog(document: Document, entry: dict | None) -> Document:
    """Catalog values override inferred ones; the catalog's notes say where each comes from."""
    if not entry:
        return document
    for name in CATALOG_FIELDS:
        if entry.get(name) is not None:
            value = entry[name]
            if name == "published":
                value = str(value)
            setattr(document, name, value)
            document.notes[name] = "catalog"
    for name, note in (entry.get("notes") or {}).items():
        document.notes[name] = f"catalog: {note}"
    return document
