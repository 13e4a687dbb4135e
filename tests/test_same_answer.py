"""Same input, same output, for every registered agent: one golden set per agent evaluated at
concurrency 1 and at 8 (threads, `charter eval run`) and asked through `charter serve --workers 2`
by eight parallel clients gives identical per-item outputs.

Three processes read the FinQL DuckDB file at once (this one and two server workers), as any
deployment's replicas do: a source opened read-write would lock the others out.

The assistant runs on a scripted model (it echoes the question), the FinQL agents on the embedded
local model over the built FinQL data, as a new user gets them. The sets are small (the baseline
takes seconds per question on two cores).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from charter.testing import free_port

pytestmark = pytest.mark.slow

FINQL = [
    ("lookup", "What was Northwind Systems' revenue in 2023?"),
    ("capex", "Show me Brightwater Resorts capex fiscal 2022"),  # a short metric phrase: lost in the old race
    ("cash", "Show me Fairhaven's packaging arm cash Q3 2023"),
    ("yield", "pharma companies with a dividend yield above 2%"),
    ("compare", "Compare EPS of NWSY and FHB in 2024"),
    ("rank", "Top 5 tech companies by market cap"),
    ("family", "What was Aurora's revenue in 2023?"),  # an ambiguous family: the model picks, fenced
    ("refusal", "Who is the CEO of Falcon Software?"),
]
CASES: dict[str, list[tuple[str, str, str]]] = {  # agent -> (id, question, principal)
    "assistant": [(f"a{k}", q, "admin") for k, q in enumerate(
        ("What is Charter?", "Say hello", "Capital of France?", "2 + 2?", "Who am I?", "List the tools"))],
    "finql-decomposed": [(i, q, "analyst") for i, q in FINQL],
    "finql-baseline": [(i, q, "analyst") for i, q in FINQL[:2]],
}
RUN_LINE = re.compile(r"run ([0-9a-f]{32}) started")


@dataclass
class World:
    home: Path
    base_url: str
    tokens: dict[str, str]


def _cli(*args: str) -> str:
    """`charter ARGS` in this process (the model stays loaded between runs); its stdout."""
    import contextlib
    import io

    from charter.cli import main

    out = io.StringIO()
    code = 0
    with contextlib.redirect_stdout(out):
        try:
            main(list(args))
        except SystemExit as exc:
            code = int(exc.code or 0)
    assert code == 0, f"charter {' '.join(args)} exited {code}: {out.getvalue()[-2000:]}"
    return out.getvalue()


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    from charter.agents.builtin import assistant
    from charter.runtime import Charter
    from finql.cli import main as finql_main

    home = tmp_path_factory.mktemp("same_answer")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("CHARTER_HOME", str(home))
        mp.delenv("CHARTER_DATABASE_URL", raising=False)
        mp.delenv("CHARTER_OTLP_ENDPOINT", raising=False)
        mp.setenv("COLUMNS", "200")
        _cli("init")
        with (home / "charter.toml").open("a", encoding="utf-8") as fh:
            fh.write('\n[models.fake]\nprovider = "scripted"\noptions = { when_done = "echo" }\n')
        try:
            finql_main(["data", "build"])
        except SystemExit as exc:
            assert not exc.code, "finql data build failed"
        charter = Charter.open()
        cat = charter.catalog
        charter.gateway.register_models()
        cat.create_securable("agent", "assistant", exist_ok=True)
        cat.create_principal("assistant", "agent")
        cat.grant(["QUERY"], "model:fake", "assistant")
        from charter.agents import AgentVersions

        versions = AgentVersions(charter.store)  # the assistant as served and evaluated: on the scripted model
        saved = versions.save(assistant().with_step_config("answer", {"model": "fake"}), note="same-answer test")
        versions.set_alias("assistant", "champion", saved.content_hash)
        from charter.mcp.tokens import TokenStore

        tokens = {p: TokenStore(charter.store, cat).issue(p) for p in ("admin", "analyst")}
        for agent, rows in CASES.items():
            path = home / f"{agent}.jsonl"
            path.write_text("".join(json.dumps({"id": i, "question": q, "principal": p}) + "\n" for i, q, p in rows),
                            encoding="utf-8")
            _cli("dataset", "add", f"same-{agent}", str(path))
        charter.store.dispose()
        port = free_port()
        log = open(home / "serve.log", "wb")  # noqa: SIM115 - closed when the server stops
        server = subprocess.Popen([sys.executable, "-m", "charter.cli", "serve", "--port", str(port), "--workers", "2"],
                                  env=dict(os.environ), stdout=log, stderr=subprocess.STDOUT)
        base_url = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 180
            while True:
                try:
                    httpx.get(f"{base_url}/openapi.json", timeout=2)
                    break
                except httpx.HTTPError:
                    assert server.poll() is None and time.monotonic() < deadline, \
                        (home / "serve.log").read_text(errors="replace")[-2000:]
                    time.sleep(0.25)
            world = World(home, base_url, tokens)
            _first_requests_agree(world)
            yield world
        finally:
            server.terminate()
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
            log.close()


def _first_requests_agree(world: World) -> None:
    """Sixteen concurrent first requests to a server that has just started (each worker's first
    uses of its registry, runtime and FinQL extension) all find the agent and agree."""
    question = FINQL[0][1]

    def ask(_: int) -> tuple[int, object]:
        res = httpx.post(f"{world.base_url}/v1/agents/finql-decomposed/invoke", json={"inputs": {"question": question}},
                         headers={"Authorization": f"Bearer {world.tokens['analyst']}"}, timeout=600)
        return res.status_code, res.json().get("output") if res.status_code == 200 else res.text

    with ThreadPoolExecutor(16) as pool:
        answers = list(pool.map(ask, range(16)))
    assert [code for code, _ in answers] == [200] * 16, answers
    assert all(out == answers[0][1] for _, out in answers) and answers[0][1]["rows"], answers[0]


def test_every_registered_agent_is_covered() -> None:
    from charter.agents import AgentRegistry

    assert set(AgentRegistry().names()) == set(CASES), "add the new agent's cases to CASES"


def _eval(world: World, agent: str, concurrency: int) -> dict[str, object]:
    from charter.evals import Runs
    from charter.store import Store

    ref = f"{agent}@champion" if agent == "assistant" else agent
    out = _cli("eval", "run", "--agent", ref, "--dataset", f"same-{agent}", "--scorer", "latency",
               "--concurrency", str(concurrency), "--no-cache")
    store = Store(f"sqlite:///{world.home / 'charter.db'}")
    run = Runs(store).get(RUN_LINE.search(out).group(1))
    store.dispose()
    assert [i.item_id for i in run.items] == [i for i, _q, _p in CASES[agent]]
    assert not [i.error for i in run.items if i.error], f"{agent}: items failed"
    return {i.item_id: i.output for i in run.items}


def _served(world: World, agent: str) -> dict[str, object]:
    # each question twice (the baseline's once: seconds per question), from eight clients at once
    rows = CASES[agent] * (1 if agent == "finql-baseline" else 2)

    def ask(row: tuple[str, str, str]) -> tuple[str, object]:
        item, question, who = row
        res = httpx.post(f"{world.base_url}/v1/agents/{agent}/invoke", json={"inputs": {"question": question}},
                         headers={"Authorization": f"Bearer {world.tokens[who]}"}, timeout=600)
        assert res.status_code == 200, res.text
        return item, res.json()["output"]

    with ThreadPoolExecutor(8) as pool:
        answers = list(pool.map(ask, rows))
    out: dict[str, object] = {}
    for item, output in answers:
        assert out.setdefault(item, output) == output, f"{agent}/{item}: two served answers differ"
    return out


@pytest.mark.parametrize("agent", list(CASES))
def test_same_outputs_at_any_concurrency_and_served(world: World, agent: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CHARTER_HOME", str(world.home))
    monkeypatch.delenv("CHARTER_DATABASE_URL", raising=False)
    monkeypatch.setenv("COLUMNS", "200")
    one = _eval(world, agent, 1)
    eight = _eval(world, agent, 8)
    served = _served(world, agent)
    for item, _q, _p in CASES[agent]:
        assert eight[item] == one[item], f"{agent}/{item}: concurrency 8 answered differently from 1"
        assert served[item] == one[item], f"{agent}/{item}: the server answered differently from the evaluation"
    if agent.startswith("finql"):  # real answers, not all refusals
        assert sum(bool(o["query"]) for o in one.values()) >= len(one) // 2
    else:
        assert one["a2"] == {"answer": "Capital of France?"}
