"""Interrupted runs: the id is printed at the start, any unambiguous 6+ character prefix names a run,
a run killed with SIGKILL at a random point resumes by the printed id without redoing a stored item,
and two processes resuming the same run at once store each item once."""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from eval_doubles import arithmetic_rows, write_jsonl

from charter.evals import CallableTarget, Runs, ScorerRegistry, load_file
from charter.evals.tables import RunItemRow, RunRow
from charter.settings import load_settings
from charter.store import Store

HERE = Path(__file__).parent
RUN_LINE = re.compile(r"run ([0-9a-f]{32}) started")


def _env(home: Path, calls: Path, sleep_s: float) -> dict[str, str]:
    return {**os.environ, "CHARTER_HOME": str(home), "EVAL_DOUBLE_CALLS": str(calls),
            "EVAL_DOUBLE_SLEEP_S": str(sleep_s), "COLUMNS": "200",
            "PYTHONPATH": os.pathsep.join([str(HERE), os.environ.get("PYTHONPATH", "")])}


def _view(run):
    return sorted((i.item_id, i.output, i.error and i.error["message"], {k: s.value for k, s in i.scores.items()})
                  for i in run.items)


def test_killed_at_random_points_resumes_by_the_printed_id(home, tmp_path, charter, monkeypatch):
    n, seed = 24, random.randrange(1 << 30)
    rng = random.Random(seed)
    data = write_jsonl(tmp_path / "sums.jsonl", arithmetic_rows(n))
    assert charter("dataset", "add", "sums", str(data), "--expect", "expected").returncode == 0
    base = ["eval", "run", "--python", "eval_doubles:logged_adder_double", "--dataset", "sums",
            "--scorer", "exact:field=expected", "--concurrency", "2", "--no-cache"]  # every item really runs
    store = Store(load_settings(home).database_url)
    for attempt in range(2):
        calls = tmp_path / f"calls{attempt}.log"
        proc = subprocess.Popen([sys.executable, "-m", "charter.cli", *base], env=_env(home, calls, 0.05),
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        line = proc.stdout.readline()  # the first line names the run, before any item runs
        found = RUN_LINE.search(line)
        assert found, f"no run id on the first line: {line!r}"
        run_id = found.group(1)
        time.sleep(rng.uniform(0.0, 0.6))  # the whole run takes ~0.6 s of sleeps plus overhead
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        proc.stdout.close()
        with store.session() as s:
            before = set(s.scalars(RunItemRow.__table__.select().with_only_columns(RunItemRow.item_id)
                                   .where(RunItemRow.run_id == run_id)))
        calls.write_text("")
        monkeypatch.setenv("EVAL_DOUBLE_CALLS", str(calls))  # the resume runs in this process
        res = charter(*base, "--resume", run_id[:8 + attempt * 4])
        assert res.returncode == 0, f"seed {seed}: {res.stderr}"
        assert f"run {run_id} resumed" in res.stdout
        ran = {f"q{int(a):03d}" for a in calls.read_text().split()}
        assert not ran & before, f"seed {seed}: resuming re-ran stored items {sorted(ran & before)}"
        assert ran | before == {f"q{k:03d}" for k in range(n)}
    runs = Runs(store)
    resumed = runs.get(run_id)
    assert resumed.info.status == "finished" and len(resumed.items) == n
    monkeypatch.delenv("EVAL_DOUBLE_CALLS")
    fresh = charter(*base)
    whole = runs.get(RUN_LINE.search(fresh.stdout).group(1))
    assert _view(resumed) == _view(whole)
    store.dispose()


def test_run_ids_by_unambiguous_prefix(sqlite_store, tmp_path, home, charter):
    runs = Runs(sqlite_store)
    with sqlite_store.session() as s:
        for rid in ("abcdef0011111111", "abcdef0022222222", "123456aa"):
            s.add(RunRow(run_id=rid + "0" * (32 - len(rid)), agent="a", agent_version="v", dataset="d",
                         dataset_version="dv", scorers="[]", item_count=0))
    assert runs.resolve("123456").startswith("123456aa") and runs.resolve("ABCDEF001").startswith("abcdef001")
    for ref, message in (("abcdef00", "is ambiguous: it starts 2 runs (abcdef001111, abcdef002222)"),
                         ("abc12", "too short: give at least 6 characters"),
                         ("fedcba98", "no evaluation run 'fedcba98'"), ("abc%%%", "no evaluation run")):
        try:
            runs.resolve(ref)
        except Exception as exc:  # noqa: BLE001 - the message is what is checked
            assert message in str(exc), (ref, str(exc))
        else:
            raise AssertionError(f"{ref} resolved")
    # every command that takes a run id answers the same way, in one line
    data = write_jsonl(tmp_path / "sums.jsonl", arithmetic_rows(4))
    charter("dataset", "add", "sums", str(data), "--expect", "expected")
    out = charter("eval", "run", "--python", "eval_doubles:adder_double", "--dataset", "sums", "--scorer", "exact:field=expected")
    rid = RUN_LINE.search(out.stdout).group(1)
    for args in (("show", rid[:6]), ("gate", rid[:7], "--min", "accuracy=0"), ("report", rid[:9], "--html",
                 str(tmp_path / "r.html")), ("compare", rid[:6], rid)):
        assert charter("eval", *args).returncode == 0, args
    for args in (("show", "abc"), ("gate", "0000000000"), ("compare", rid, "ffffff"),
                 ("run", "--python", "eval_doubles:adder_double", "--dataset", "sums", "--scorer", "exact:field=expected",
                  "--resume", "ffffffff")):
        res = charter("eval", *args)
        assert res.returncode in (1, 4) and res.stderr.count("\n") == 1 and "Traceback" not in res.stderr, (args, res)


def test_two_processes_resuming_one_run_store_each_item_once(sqlite_store, tmp_path):
    ds = load_file(write_jsonl(tmp_path / "sums.jsonl", arithmetic_rows(16)), expect=["expected"])
    runs = Runs(sqlite_store)
    scorers = [ScorerRegistry().build("exact:field=expected")]
    target = CallableTarget(lambda inputs: {"expected": inputs["a"] + inputs["b"]}, name="sum", version="v")
    first = runs.run(target, ds, scorers, use_cache=False)
    with sqlite_store.session() as s:  # as if the run had been killed after 4 items
        s.query(RunItemRow).filter(RunItemRow.run_id == first.run_id, RunItemRow.item_id >= "q004").delete()
    errors = []

    def resume() -> None:
        try:
            Runs(sqlite_store).run(target, ds, scorers, resume=first.run_id[:10], use_cache=False, flush_every=1)
        except Exception as exc:  # noqa: BLE001 - collected and asserted on below
            errors.append(exc)

    threads = [threading.Thread(target=resume) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    again = runs.get(first.run_id)
    assert [i.item_id for i in again.items] == [f"q{k:03d}" for k in range(16)] and _view(again) == _view(first)
