"""Round 33 (r33), the review of q32's `questionnaire fit-reranker`: recorded retrievals that give nothing to fit on
(one set only, no question with its key passage and another candidate, a signal that is no number) and an --out that
is a folder are bad input: one line naming them, never an internal error or a traceback, and nothing written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_round32_q32 import _records

from questionnaire import rerank


def _fit(tmp_path: Path, capsys: pytest.CaptureFixture[str], recs: object, out: Path | None = None) -> str:
    from questionnaire.cli import main

    path = tmp_path / "records.json"
    path.write_text(json.dumps(recs))
    out = out or tmp_path / "reranker.json"
    with pytest.raises(SystemExit) as exc:
        main(["fit-reranker", "--records", str(path), "--out", str(out)])
    assert exc.value.code
    err = capsys.readouterr().err
    assert "Traceback" not in err and "internal error" not in err and len(err.strip().splitlines()) <= 2
    assert not (tmp_path / "reranker.json").is_file()
    return err


def test_records_of_one_set_are_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    one = [dict(r, set="tune") for r in _records()]
    err = _fit(tmp_path, capsys, one)
    assert "records.json" in err and "two sets" in err


def test_records_without_a_key_passage_are_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    none = [dict(r, candidates=[dict(c, relevant=False) for c in r["candidates"]]) for r in _records()]
    err = _fit(tmp_path, capsys, none)
    assert "records.json" in err and "no question" in err


@pytest.mark.parametrize("value", ["high", None, [0.5]])
def test_a_signal_that_is_no_number_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str], value: object) -> None:
    recs = _records()
    recs[3]["candidates"][1]["signals"]["claim"] = value
    err = _fit(tmp_path, capsys, recs)
    assert "records.json" in err and "no recorded retrievals" in err


def test_an_out_path_that_is_a_folder_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "weights"
    folder.mkdir()
    err = _fit(tmp_path, capsys, _records(), out=folder)
    assert "weights" in err and "folder" in err
    assert list(folder.iterdir()) == []


def test_cross_validation_needs_two_sets() -> None:
    with pytest.raises(ValueError, match="two sets"):
        rerank.cross_validate([dict(r, set="tune") for r in _records()], baseline={"fused": 1.0})
