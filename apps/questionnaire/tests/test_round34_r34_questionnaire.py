"""Round 34 (r34), the review of round 33's `questionnaire fit-reranker` mends: a recorded signal that is JSON's true,
NaN or Infinity is no number either: one line naming the records, nothing written (NaN and Infinity reached the fit,
which failed with scikit-learn's many-line advice; true was fitted on as 1)."""

from __future__ import annotations

import pytest
from test_round32_q32 import _records
from test_round33_r33_questionnaire import _fit


@pytest.mark.parametrize("value", [float("nan"), float("inf"), True])
def test_a_signal_that_is_no_finite_number_is_named(tmp_path, capsys, value: object) -> None:  # type: ignore[no-untyped-def]
    recs = _records()
    recs[3]["candidates"][1]["signals"]["claim"] = value
    err = _fit(tmp_path, capsys, recs)
    assert "records.json" in err and "no recorded retrievals" in err
