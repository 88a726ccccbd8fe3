"""What the last successful build into a folder made, so that the next one can reuse it.

A build records, next to its outputs, which source became which document under which
extraction key and curators' decisions, where each RDF unit lies in the RDF files, and
the outputs' sizes and times. The next build carries over the rows and RDF of every source
that is unchanged (copying them from the previous kb.db and RDF files instead of writing
them again) and does nothing at all when nothing changed. It trusts the record only when
the outputs are exactly the files it describes and were made by the same software and
settings; otherwise the build starts afresh, which gives the same result, only slower.
"""
from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

#: The files a build publishes, whose state the manifest records.
OUTPUTS = ("kb.db", "kb.trig", "kb.nq", "kb.jsonld")
MANIFEST = "manifest.json"


def output_state(folder: Path) -> dict[str, list[int]] | None:
    """[size, modification time in ns] of each output in `folder`; None when one is missing.
    Publishing moves a file into place without touching either, so they identify it."""
    state = {}
    for name in OUTPUTS:
        try:
            stat = (folder / name).stat()
        except OSError:
            return None
        state[name] = [stat.st_size, stat.st_mtime_ns]
    return state


@dataclass
class Manifest:
    """`version`: a digest of everything a build depends on besides its sources.
    `sources`: document id -> {"source", "key" (of its extraction), "decisions" (digest of the
    curators' decisions applied to it), "summary" (cache key of what the build keeps of it)}.
    `units`: RDF unit name ("" for the knowledge base's own) -> {"key", "spans": {format: [start,
    end]} byte ranges in the RDF files, "first": whether it began the JSON-LD graph}.
    `groups`: cross-check group ("kind/family") -> {"fingerprint", "conflicts": how many of its pairs disagree}.
    `counts`: the BuildReport figures of the build (documents, claims, actors, conflicts)."""

    version: str
    sources: dict[str, dict] = field(default_factory=dict)
    units: dict[str, dict] = field(default_factory=dict)
    groups: dict[str, dict] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    outputs: dict[str, list[int]] = field(default_factory=dict)

    @classmethod
    def read(cls, cache_dir: Path, out_dir: Path, version: str) -> "Manifest | None":
        """The manifest of the build that made `out_dir`'s outputs, if it can be trusted."""
        try:
            data = json.loads((cache_dir / MANIFEST).read_text(encoding="utf-8"))
            manifest = cls(**data)
        except (OSError, ValueError, TypeError):
            return None
        if manifest.version != version or manifest.outputs != output_state(out_dir):
            return None
        return manifest

    def write(self, cache_dir: Path, out_dir: Path) -> None:
        """Record the published outputs; written last, atomically, so a build that stopped
        half-way leaves a manifest that no longer matches its outputs (and is not trusted)."""
        self.outputs = output_state(out_dir) or {}
        cache_dir.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=cache_dir, suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(self.__dict__, out, ensure_ascii=False, sort_keys=True)
        os.replace(temporary, cache_dir / MANIFEST)
