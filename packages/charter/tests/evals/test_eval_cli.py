"""`charter dataset ...`, `charter eval run|compare|report|gate` in process, through the real entry point."""

from __future__ import annotations

import pytest
from eval_doubles import arithmetic_rows, write_jsonl

from charter.cli import main


def cli(capsys, *args: str) -> tuple[int, str]:
    code = 0
    try:
        main(list(args))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out = capsys.readouterr()
    return code, out.out + out.err


def test_dataset_and_eval_commands(home, tmp_path, capsys):
    data = write_jsonl(tmp_path / "sums.jsonl", arithmetic_rows(20))
    code, out = cli(capsys, "dataset", "add", "sums", str(data), "--expect", "expected")
    assert code == 0 and "20 items" in out
    code, out = cli(capsys, "dataset", "show", "sums:dev", "-n", "2")
    assert code == 0 and "q000" in out and "q002" in out
    code, out = cli(capsys, "dataset", "export", "sums", "-o", str(tmp_path / "out.csv"), "--format", "csv")
    assert code == 0 and (tmp_path / "out.csv").read_text().startswith("id,split,tags,principal")

    code, out = cli(capsys, "eval", "run", "--python", "eval_doubles:adder_double", "--dataset", "sums",
                    "--scorer", "exact:field=expected", "--scorer", "numeric:field=expected,abs_tol=1")
    assert code == 0, out
    run_a = out.split("run ", 1)[1].split()[0]
    assert "with errors" in out and "accuracy" in out
    code, out = cli(capsys, "eval", "run", "--python", "eval_doubles:adder_double", "--dataset", "sums:test",
                    "--scorer", "exact:field=expected")
    run_b = out.split("run ", 1)[1].split()[0]
    code, out = cli(capsys, "eval", "compare", run_a, run_b)
    assert code == 0 and "95% CI" in out and "regressed (0)" in out
    code, out = cli(capsys, "eval", "gate", run_a, "--min", "accuracy=0.5", "--max", "latency_p95_s=30")
    assert code == 0 and "ok accuracy" in out
    code, out = cli(capsys, "eval", "gate", run_a, "--min", "accuracy=0.99")
    assert code == 1 and "FAIL accuracy" in out
    page = tmp_path / "r.html"
    code, out = cli(capsys, "eval", "report", run_a, "--html", str(page))
    assert code == 0 and "<svg" in page.read_text()
    code, out = cli(capsys, "dataset", "add", "prod", "--from-traces", "adder_double", "--split", "dev")
    assert code == 0 and "items" in out  # the eval runs above traced the callable under its name
    code, out = cli(capsys, "eval", "run", "--agent", "nope", "--dataset", "sums", "--scorer", "exact")
    assert code == 4 and "unknown agent 'nope'" in out
    code, out = cli(capsys, "eval", "run", "--python", "eval_doubles:adder_double", "--dataset", "sumz", "--scorer", "exact")
    assert code == 4 and "did you mean 'sums'" in out


@pytest.mark.parametrize("args", [("eval", "gate", "x", "--min", "accuracy>1")])
def test_bad_gate_condition_is_one_line(home, capsys, args):
    code, out = cli(capsys, *args)
    assert code != 0 and "Traceback" not in out
