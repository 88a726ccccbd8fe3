"""A corpus folder: which files are sources, and the catalog that describes them.

A corpus is any folder. Its sources are the files under `sources/` when that
exists, else every file in it except the corpus's own data (catalog, gazetteer,
vocabularies, annotations, notices). `catalog.yaml` is optional: it maps a
source path to metadata the file cannot tell about itself, and catalog values
override what the readers inferred.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from extract.document import Document, SourceError
from extract.vocab import read_yaml

CATALOG = "catalog.yaml"
#: Corpus files and folders that are data about the corpus, not sources.
NOT_SOURCES = {CATALOG, "actors.yaml", "vocab", "annotations", "NOTICE", "NOTICE.md", "README.md", "LICENSE"}
#: Catalog fields that override a document's inferred metadata.
CATALOG_FIELDS = ("title", "kind", "outlet", "authors", "published", "url", "license", "doi", "keywords", "original_name")


@dataclass
class Corpus:
    root: Path
    sources: list[Path]
    catalog: dict[str, dict] = field(default_factory=dict)
    #: Problems with the corpus itself (a catalog entry without a file...), one line each.
    problems: list[str] = field(default_factory=list)


def _is_source(path: Path, root: Path) -> bool:
    relative = path.relative_to(root)
    if any(part.startswith(".") for part in relative.parts):
        return False
    return relative.parts[0] not in NOT_SOURCES and path.is_file()


def open_corpus(root: str | Path) -> Corpus:
    root = Path(root)
    if not root.is_dir():
        raise SourceError(str(root), "no such corpus folder")
    folder = root / "sources" if (root / "sources").is_dir() else root
    sources = sorted(p for p in folder.rglob("*") if _is_source(p, root))
    corpus = Corpus(root, sources)
    catalog_path = root / CATALOG
    if catalog_path.is_file():
        corpus.catalog, corpus.problems = _read_catalog(catalog_path, root)
    return corpus


def _read_catalog(path: Path, root: Path) -> tuple[dict, list[str]]:
    try:
        entries = read_yaml(path) or {}
    except (yaml.YAMLError, UnicodeDecodeError) as error:
        return {}, [f"{path}: not a readable YAML catalog ({str(error).splitlines()[0]})"]
    if not isinstance(entries, dict):
        return {}, [f"{path}: the catalog must map source paths to their metadata"]
    catalog, problems = {}, []
    for source, entry in sorted(entries.items()):
        if not (root / source).is_file():
            problems.append(f"{path}: catalog entry {source!r} names no file in {root}")
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
