"""The run engine: errors per item, cache, kill-and-resume, real agents with traces, Ray."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from eval_doubles import adder_double, arithmetic_rows, toy_agent_double, write_jsonl

from charter.errors import InvalidInput
from charter.evals import AgentTarget, CallableTarget, Runs, ScorerRegistry, load_file
from charter.evals.tables import RunItemRow, RunRow
from charter.store import Store
from charter.testing import require_module
from charter.tracing import Tracer

HERE = Path(__file__).parent


def _scorers(*specs):
    return [ScorerRegistry().build(s) for s in specs or ("exact:field=expected",)]


def _dataset(tmp_path, n=40):
    return load_file(write_jsonl(tmp_path / "sums.jsonl", arithmetic_rows(n)), expect=["expected"])


def _view(run):
    return [(i.item_id, i.passed, i.output, i.error and i.error["message"],
             {k: (s.value, s.error) for k, s in i.scores.items()}) for i in run.items]


def test_run_records_outputs_scores_and_errors(sqlite_store, tmp_path):
    ds = _dataset(tmp_path)
    runs = Runs(sqlite_store)
    run = runs.run(CallableTarget(adder_double, name="adder", version="v1"), ds,
                   _scorers("exact:field=expected", "exact:field=missing"), concurrency=3)
    m = run.metrics()
    assert m["items"] == 40 and len(run.items) == 40
    raised = [i for i in run.items if i.error]
    assert {i.item_id for i in raised} == {f"q{k:03d}" for k in range(40) if k % 7 == 6}
    assert all(i.error["message"] == "double refuses b=6" and not i.passed for i in raised)
    # every scored item also carries the missing-field error of the second scorer: counted, not dropped
    scored = [i for i in run.items if not i.error]
    assert all(i.scores["exact"].error == "the output has no field 'missing'" for i in scored)
    assert m["errors"] == 40 and m["agent_errors"] == len(raised) and m["accuracy"] == 0.0
    assert runs.info(run.run_id[:8]).status == "finished"


def test_cache_by_agent_version_and_input(store, tmp_path):
    ds = _dataset(tmp_path, 12)
    calls = []

    def counting(inputs):
        calls.append(inputs)
        return adder_double(inputs)

    runs = Runs(store)
    first = runs.run(CallableTarget(counting, name="adder", version="v1"), ds, _scorers())
    n = len(calls)
    assert n == 12 and not any(i.cached for i in first.items)
    second = runs.run(CallableTarget(counting, name="adder", version="v1"), ds, _scorers())
    assert len(calls) == n + 1  # only the item that raised (failures are not cached) runs again
    assert sum(i.cached for i in second.items) == 11
    assert _view(first) == _view(second)
    runs.run(CallableTarget(counting, name="adder", version="v2"), ds, _scorers())
    assert len(calls) == n + 1 + 12  # a new version runs every item


def test_kill_halfway_resume_same_results(tmp_path):
    url = f"sqlite:///{tmp_path / 'kill.db'}"
    from charter.store import Store, upgrade

    store = Store(url)
    upgrade(store)
    data = write_jsonl(tmp_path / "sums.jsonl", arithmetic_rows(30))
    env = {**os.environ, "PYTHONPATH": f"{HERE}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"}
    worker = [sys.executable, str(HERE / "resume_worker.py"), url, str(data)]
    proc = subprocess.Popen([*worker, "-", "0.1"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    done = 0
    while time.monotonic() < deadline:
        with store.session() as s:
            done = s.query(RunItemRow).count()
        if done >= 8:
            break
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    with store.session() as s:
        (run_row,) = s.query(RunRow).all()
        run_id, status = run_row.run_id, run_row.status
        stored = {r.item_id for r in s.query(RunItemRow).all()}
    assert status == "running" and 8 <= len(stored) < 30
    out = subprocess.run([*worker, run_id, "0"], env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    resumed = Runs(store).get(run_id)
    assert resumed.info.status == "finished" and len(resumed.items) == 30
    full = subprocess.run([*worker, "-", "0"], env=env, capture_output=True, text=True, timeout=120)
    uninterrupted = Runs(store).get(full.stdout.strip())
    key = lambda r: sorted(_view(r))  # noqa: E731
    assert key(resumed) == key(uninterrupted)
    store.dispose()


def test_resume_refuses_another_version(sqlite_store, tmp_path):
    ds = _dataset(tmp_path, 4)
    runs = Runs(sqlite_store)
    run = runs.run(CallableTarget(adder_double, name="adder", version="v1"), ds, _scorers())
    with pytest.raises(InvalidInput, match="resume it with the same agent"):
        runs.run(CallableTarget(adder_double, name="adder", version="v2"), ds, _scorers(), resume=run.run_id)


def test_agent_target_with_traces_and_step_scorer(sqlite_store, settings, tmp_path):
    tracer = Tracer(settings, sqlite_store)
    ds = _dataset(tmp_path, 20)
    agent = toy_agent_double(threshold=0.1, style="careful")  # right for a < 10
    runs = Runs(sqlite_store, tracer=tracer)
    run = runs.run(AgentTarget(agent, tracer=tracer), ds,
                   _scorers("exact:field=expected", "step:step=add,field=expected", "latency"), concurrency=2)
    assert all(i.trace_id for i in run.items)
    by_id = {i.item_id: i for i in run.items}
    assert by_id["q003"].passed and not by_id["q015"].passed
    assert by_id["q003"].scores["step:add"].passed and not by_id["q015"].scores["step:add"].passed
    assert by_id["q003"].scores["latency"].value >= 0 and by_id["q003"].scores["latency"].passed is None
    assert run.metrics()["accuracy"] == pytest.approx(10 / 20)
    assert run.info.agent == "toy" and run.info.agent_version == agent.content_hash()


@pytest.mark.slow
def test_ray_executor_matches_local_item_by_item(sqlite_store, settings, tmp_path):
    """The same runs on threads and on a real local Ray cluster store the same items: outputs,
    errors, scores (a step scorer reads the trace the worker stored) and cache behaviour."""
    from functools import partial

    from charter.catalog import Catalog
    from charter.cli.eval import worker_handles
    from charter.evals import LocalExecutor, RayExecutor
    from charter.store import upgrade

    ray = require_module("ray", "ray")
    upgrade(Store(settings.database_url))
    store = Store(settings.database_url)
    tracer = Tracer(settings, store)
    runs = Runs(store, tracer=tracer)
    ds = _dataset(tmp_path, 12)
    plain = CallableTarget(adder_double, name="adder", version="v1")
    agent = toy_agent_double(threshold=0.05, style="careful")
    factory = partial(worker_handles, settings.model_dump_json())  # the CLI's: a whole Charter per worker
    Catalog(store).create_securable("agent", "toy", owner="admin")
    scorers = _scorers("exact:field=expected", "step:step=add,field=expected")
    local = [runs.run(plain, ds, scorers[:1], use_cache=False, executor=LocalExecutor(3)),
             runs.run(AgentTarget(agent, **factory()), ds, scorers, use_cache=False, executor=LocalExecutor(3))]
    ray.init(num_cpus=1, include_dashboard=False, log_to_driver=False, configure_logging=False,
             runtime_env={"env_vars": {"PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}})
    try:
        remote = [runs.run(plain, ds, scorers[:1], use_cache=False, executor=RayExecutor(2)),
                  runs.run(AgentTarget(agent, handles_factory=factory, **factory()), ds, scorers, use_cache=False,
                           executor=RayExecutor(2))]
        cached = runs.run(plain, ds, scorers[:1], executor=RayExecutor(2))  # every clean item from the cache
    finally:
        ray.shutdown()
    for a, b in zip(local, remote, strict=True):
        assert _view(a) == _view(b)
        assert [i.item_id for i in b.items] == [i.item_id for i in a.items]
    assert all(i.trace_id for i in remote[1].items) and remote[1].items[3].scores["step:add"].passed
    assert _view(cached) == _view(local[0])
    assert {i.item_id for i in cached.items if not i.cached} == {i.item_id for i in local[0].items if i.error}
    store.dispose()


def test_retryable_errors_back_off_then_record(sqlite_store, tmp_path, monkeypatch):
    from charter.errors import RateLimited

    monkeypatch.setattr("charter.evals.runs.time.sleep", lambda s: None)
    ds = _dataset(tmp_path, 3)
    tries: dict[str, int] = {}

    def limited(inputs):
        key = str(inputs["a"])
        tries[key] = tries.get(key, 0) + 1
        if inputs["a"] == 1 and tries[key] < 3:
            raise RateLimited("over the model's requests per minute")
        if inputs["a"] == 2:
            raise RateLimited("always over")
        return {"expected": inputs["a"] + inputs["b"]}

    run = Runs(sqlite_store).run(CallableTarget(limited, name="lim", version="v"), ds, _scorers(), retries=2)
    by_id = {i.item_id: i for i in run.items}
    assert by_id["q001"].passed and tries["1"] == 3
    assert by_id["q002"].error["code"] == "rate_limited" and tries["2"] == 3


def test_items_run_and_score_as_their_principal(sqlite_store, tmp_path):
    """Scorers see the principal each item ran as: its own, else the run's (issue 16: an item naming
    none gave scorers None), never a principal the inputs' data names; with ``run_as``, that one."""
    p = write_jsonl(tmp_path / "who.jsonl", [{"id": "a", "q": 1, "principal": "guest", "expected": "guest"},
                                             {"id": "b", "q": 2, "expected": "admin"},
                                             {"id": "c", "inputs": {"q": 3, "principal": "root"},
                                              "expectations": {"expected": "admin"}}])
    ds = load_file(p, expect=["expected"])
    seen = {}

    def who(inputs, principal):
        return {"expected": principal}

    def saw(*, inputs):
        seen[inputs["q"]] = inputs.get("principal")
        return True

    target = CallableTarget(who, name="who", version="v")
    run = Runs(sqlite_store).run(target, ds, [*_scorers(), ScorerRegistry().build(saw)])
    assert [i.passed for i in run.items] == [True, True, True]
    assert seen == {1: "guest", 2: "admin", 3: "admin"}  # each as the principal it ran as
    seen.clear()
    run = Runs(sqlite_store).run(target, ds, [*_scorers(), ScorerRegistry().build(saw)], run_as="ann")
    assert seen == {1: "ann", 2: "ann", 3: "ann"} and all(i.output == {"expected": "ann"} for i in run.items)


def test_resolve_agent_by_alias_through_registry_and_versions(sqlite_store):
    from charter.agents import AgentRegistry, AgentVersions
    from charter.evals import resolve_agent

    registry = AgentRegistry(load_entry_points=False)
    registry.register("toy", toy_agent_double)
    versions = AgentVersions(sqlite_store)
    tuned = toy_agent_double().with_step_config("add", {"threshold": 0.9, "style": "careful"})
    versions.set_alias("toy", "challenger", versions.save(tuned).content_hash)
    target = resolve_agent("toy@challenger", registry=registry, versions=versions)
    assert target.version == tuned.content_hash() and target.name == "toy"
    assert target.run({"a": 50, "b": 1}, principal="admin").output == {"expected": 51}
    plain = resolve_agent("toy", registry=registry, versions=versions)
    assert plain.version == toy_agent_double().content_hash()
    assert plain.run({"a": 50, "b": 1}, principal="admin").output == {"expected": 52}


def test_cache_keeps_only_clean_reproducible_outputs(sqlite_store, tmp_path):
    """Not cached: a failed item, an output carrying an error, an output a later run of the same
    version does not reproduce (a race); and the agent's code is part of the key."""
    from charter.evals.tables import ItemCacheRow

    ds = _dataset(tmp_path, 6)
    runs = Runs(sqlite_store)
    answers = {"bump": 0}

    def flaky(inputs):
        if inputs["a"] == 1:
            return {"expected": None, "error": "source unavailable"}  # an answer that says it failed
        if inputs["a"] == 2:
            return {"expected": inputs["a"] + inputs["b"] + answers["bump"]}  # not reproducible
        return adder_double(inputs)

    def cached_keys():
        with sqlite_store.session() as s:
            return {r.key for r in s.query(ItemCacheRow).all()}

    target = CallableTarget(flaky, name="flaky", version="v1")
    runs.run(target, ds, _scorers())
    assert len(cached_keys()) == 5  # six items, a = 0..5: all but the one whose output carries an error
    answers["bump"] = 1
    rerun = runs.run(target, ds, _scorers(), use_cache=False)  # runs everything, checks against the cache
    assert len(cached_keys()) == 4 and not rerun.items[2].cached  # q002 disagreed: dropped, not replaced
    again = runs.run(target, ds, _scorers())
    assert [i.cached for i in again.items] == [True, False, False, True, True, True]
    target.code_version = "changed"  # same config version, other code: nothing cached applies
    assert not any(i.cached for i in runs.run(target, ds, _scorers()).items)


def test_executor_is_an_object_not_a_string(sqlite_store, tmp_path):
    with pytest.raises(InvalidInput, match="executor must be an Executor"):
        Runs(sqlite_store).run(CallableTarget(adder_double, name="a", version="v"), _dataset(tmp_path, 2),
                               _scorers(), executor="ray")
    from charter.evals.executors import executor_named

    assert executor_named("ray", 3).concurrency == 3
    with pytest.raises(InvalidInput, match="unknown executor 'rya'; did you mean 'ray'"):
        executor_named("rya")


def test_cache_never_crosses_principals(sqlite_store, tmp_path):
    """An item that names no principal runs as whoever runs it: one runner's cached output is
    never shown to another (issue 16); the same runner again is served from the cache."""
    ds = load_file(write_jsonl(tmp_path / "who.jsonl", [{"id": "a", "q": 1, "expected": "x"},
                                                         {"id": "b", "q": 2, "principal": "guest", "expected": "x"}]),
                   expect=["expected"])
    calls = []

    def who(inputs, principal):
        calls.append(principal)
        return {"secret": f"for {principal}"}

    runs = Runs(sqlite_store)
    target = CallableTarget(who, name="who", version="v")
    first = runs.run(target, ds, _scorers(), principal="alice")
    second = runs.run(target, ds, _scorers(), principal="bob")
    by_id = {i.item_id: i for i in second.items}
    assert by_id["a"].output == {"secret": "for bob"} and not by_id["a"].cached
    assert by_id["b"].output == {"secret": "for guest"} and by_id["b"].cached  # the item names its principal
    assert [i.output for i in first.items] == [{"secret": "for alice"}, {"secret": "for guest"}]
    on_behalf = runs.run(target, ds, _scorers(), principal="alice", run_as="carol")
    assert [i.output for i in on_behalf.items] == [{"secret": "for carol"}] * 2
    assert not any(i.cached for i in on_behalf.items)
    again = runs.run(target, ds, _scorers(), principal="alice")
    assert all(i.cached for i in again.items) and sorted(calls) == ["alice", "bob", "carol", "carol", "guest"]
