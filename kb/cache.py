"""The build cache: per-source results kept on disk, found again by a key of everything they depend on.

A source's extraction depends on its file's bytes, its name (for one record of a citation
export, "<file>#<n>": a changed file's records are all extracted again), its catalog entry
and the pipeline version: the software, spaCy and the model (name and version), the code of the extractor,
every vocabulary file the corpus resolves, and the settings. Its RDF depends on its
(curated) rows, the actors they name and the RDF code and shapes. The key is a hash of all
of it, so a changed source, rule or vocabulary is recomputed and nothing else is; nothing is
ever invalidated by hand. Entries unused by a successful build are removed, so the cache
holds one build's worth.
"""
from __future__ import annotations

import dataclasses
import json
import os
import tempfile
import zlib
from pathlib import Path
from typing import Iterable

import spacy

from extract.nlp import model_name
from extract.settings import Settings
from kb.hashing import digest, file_hash

ROOT = Path(__file__).resolve().parent.parent
#: Code whose change changes what the extractor yields, and what the RDF of a source is.
EXTRACTION_CODE = ("extract/**/*.py", "kb/rows.py", "kb/extraction.py")
#: Settings that do not change what a source yields (vocab_dir counts through the files it resolves).
NOT_AFFECTING_EXTRACTION = ("vocab_dir", "jobs", "batch_size", "base_iri", "approx_tolerance", "max_pairs_per_claim")
RDF_CODE = ("kb/rdf.py", "kb/shapes.ttl", "kb/context.jsonld", "kb/vocab.ttl")
#: Code whose change may change any output of a build (the SQLite schema, the cross-check...).
BUILD_CODE = ("kb/**/*.py", "kb/*.ttl", "kb/*.jsonld")
#: Settings that do not change a build's outputs, only how it runs.
NOT_AFFECTING_OUTPUTS = ("jobs", "batch_size")


def code_version(patterns: Iterable[str]) -> str:
    files = sorted({p for pattern in patterns for p in ROOT.glob(pattern) if p.is_file()})
    return digest({str(p.relative_to(ROOT)): file_hash(p) for p in files})


def vocabulary_files(settings: Settings, corpus: Path) -> dict[str, Path]:
    """Every vocabulary file the build resolves: the corpus's own copy, else the project's."""
    names = {"actors.yaml"}
    for folder in (Path(settings.vocab_dir), Path(corpus)):
        names.update(f"vocab/{p.name}" for p in (folder / "vocab").glob("*.yaml"))
    return {name: settings.vocab_file(name, corpus) for name in sorted(names)}


def model_version(settings: Settings) -> str:
    name = model_name(settings)
    version = spacy.util.get_package_version(name)
    if version:
        return f"{name} {version}"
    meta = Path(name) / "meta.json"  # a model given as a folder
    return f"{name} {file_hash(meta) if meta.is_file() else 'unknown'}"


def pipeline_version(settings: Settings, corpus: Path) -> str:
    """What the extraction of every source depends on besides the source itself."""
    from kb import __version__

    vocab = {name: file_hash(path) if path.is_file() else None
             for name, path in vocabulary_files(settings, corpus).items()}
    return digest(__version__, spacy.__version__, model_version(settings), code_version(EXTRACTION_CODE), vocab,
                  {k: str(v) for k, v in dataclasses.asdict(settings).items() if k not in NOT_AFFECTING_EXTRACTION})


def rdf_version(settings: Settings, run: dict) -> str:
    """What the RDF of every source depends on besides its rows."""
    return digest(code_version(RDF_CODE), settings.base_iri, run)


def build_version(settings: Settings, corpus: Path) -> str:
    """What every output of a build depends on besides its sources and their reviews."""
    return digest(pipeline_version(settings, corpus), code_version(EXTRACTION_CODE + BUILD_CODE),
                  {k: str(v) for k, v in dataclasses.asdict(settings).items() if k not in NOT_AFFECTING_OUTPUTS})


class ResultCache:
    """JSON values stored under their key in `folder`, compressed; written atomically."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self.used: set[str] = set()

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json.z"

    def has(self, key: str) -> bool:
        self.used.add(key)
        return self._path(key).is_file()

    def get(self, key: str):
        self.used.add(key)
        try:
            return json.loads(zlib.decompress(self._path(key).read_bytes()))
        except (OSError, zlib.error, ValueError):  # missing, or cut short by a crash: recompute
            return None

    def put(self, key: str, value) -> None:
        self.used.add(key)
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        data = zlib.compress(json.dumps(value, ensure_ascii=False).encode("utf-8"), 1)
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, path)

    def keep(self, key: str) -> None:
        """Count an entry as used without reading it (it stays in the cache)."""
        self.used.add(key)

    def prune(self) -> int:
        """Remove every entry this build did not use; returns how many."""
        if not self.folder.is_dir():
            return 0
        removed = 0
        for path in self.folder.glob("*/*"):
            if path.name.removesuffix(".json.z") not in self.used:
                path.unlink(missing_ok=True)
                removed += 1
        return removed
