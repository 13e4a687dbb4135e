"""The real embedded model on the model-fenced path (slow: a fresh process loads SmolLM2)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from corpus_helpers import ingest_test_corpus, open_charter, write_corpus

from charter.testing import require_module

pytestmark = [pytest.mark.local_model, pytest.mark.slow]


def test_local_model_drafts_and_only_supported_sentences_are_kept(tmp_path: Path) -> None:
    require_module("llama_cpp", "local")
    home = tmp_path / "home"
    charter = open_charter(home)
    ingest_test_corpus(charter, write_corpus(tmp_path / "corpus"))
    charter.data.close()
    (tmp_path / "q.csv").write_text("Question\nHow does Acme enforce row filters and column masks?\n")
    # A fresh process: llama.cpp must load its model before usearch is imported (see Answerer).
    env = {**os.environ, "CHARTER_HOME": str(home)}
    env.pop("CHARTER_DATABASE_URL", None)
    done = subprocess.run([sys.executable, "-m", "questionnaire.cli", "answer", str(tmp_path / "q.csv"), "--as",
                           "external-analyst", "--out", str(tmp_path / "r.md"), "--model", "local"],
                          capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    rec = json.loads((tmp_path / "r.answers.jsonl").read_text().splitlines()[0])["answer"]
    assert rec["status"] in ("answered", "review")
    trace = open_charter(home).tracer.get(rec["trace_id"])
    draft = trace.span("step:model_draft")
    assert "fallback" not in draft.attributes, draft.attributes
    from questionnaire.support import claim_support

    # Whatever the 135M model wrote, a sentence it kept is supported by the passage it cites.
    chunks = {c["chunk_id"]: c for c in rec["citations"]}
    for kept in draft.outputs["kept"]:
        if kept in rec["text"]:
            assert any(claim_support(kept, c["passage"]).supported or kept in c["passage"] for c in chunks.values())
