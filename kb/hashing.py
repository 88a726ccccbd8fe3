"""Stable hashes: what identifies a file, or a value made of JSON-able parts, across runs and machines."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path


def digest(*parts) -> str:
    """A stable hash of JSON-able parts (dict keys in any order give the same hash)."""
    text = json.dumps(parts, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def file_hash(path: Path) -> str:
    """The SHA-256 of a file's bytes, read in blocks."""
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()
