"""Fixtures of the questionnaire tests (the corpus itself is in corpus_helpers.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from corpus_helpers import ingest_test_corpus, open_charter, write_corpus

from charter.runtime import Charter


@pytest.fixture(scope="module")
def corpus_charter(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Charter]:
    """One ingested corpus shared by a module's read-only tests."""
    base = tmp_path_factory.mktemp("qn")
    charter = open_charter(base / "home")
    ingest_test_corpus(charter, write_corpus(base / "corpus"))
    yield charter
    charter.data.close()


@pytest.fixture
def fresh_charter(tmp_path: Path) -> Iterator[Charter]:
    """An empty Charter home of its own (for tests that change the store)."""
    charter = open_charter(tmp_path / "home")
    yield charter
    charter.data.close()
