"""Vocabularies the rules use, kept as YAML data under corpus/vocab/."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

from extract.settings import Settings


#: libyaml's safe loader when PyYAML was built with it: the same data, ten times faster to read.
SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(path: str | Path):
    """The data of a YAML file (safe: plain data only)."""
    return yaml.load(Path(path).read_text(encoding="utf-8"), Loader=SafeLoader)


@lru_cache(maxsize=None)
def _load(path: str):
    return read_yaml(path)


def load_vocab(name: str, path: str | None = None):
    """The parsed YAML of vocabulary `name` (e.g. "metrics" -> corpus/vocab/metrics.yaml),
    or of `path` when a component's config names another file."""
    return _load(str(path or Settings.from_env().vocab_file(f"vocab/{name}.yaml")))
