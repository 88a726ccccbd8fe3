"""Shared fixtures: the project's corpus, and one spaCy pipeline per test session."""
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SOURCES = CORPUS / "sources"


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    return CORPUS


@pytest.fixture(scope="session")
def nlp():
    from extract.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory):
    """The knowledge base built once from the project's corpus."""
    from kb.build import build

    out = tmp_path_factory.mktemp("seed-build")
    report = build(CORPUS, out)
    return report
