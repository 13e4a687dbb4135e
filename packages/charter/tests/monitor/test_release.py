"""Safe updates: promotion needs a passing gate and a reviewer's sign-off (both audited), rollback is one
step; a challenger takes a deterministic share of real HTTP traffic or runs in shadow, where its answers
never reach the caller; live metrics compare the two; a changed model (a GGUF's hash) is detected and
the gate suites of the agents that use it run."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from monitor_doubles import Answer, Question, Served, capital_agent, serve_world

from charter.agents import Agent, AgentVersions
from charter.agents.rollout import Rollouts, bucket, parse_share, request_key
from charter.agents.steps import LLMStep
from charter.errors import ConfigError, InvalidInput, NotFound, PermissionDenied
from charter.evals.datasets import Dataset, Datasets, Item
from charter.models import pins
from charter.monitor.release import Release
from charter.server import create_app
from charter.settings import GateSettings, ModelSettings, Settings, load_settings

PARIS = [{"json": {"answer": "Paris"}}]  # the scripted model (a test double) always answers Paris
LYON = [{"json": {"answer": "Lyon"}}]


def world(settings: Settings) -> Served:
    """`capital` on the scripted model `fake` (Paris); `fake-lyon` answers Lyon; a golden set of 3 questions
    whose answer is Paris, the gate `accuracy >= 0.9` on it; rita is a reviewer, ann is not."""
    settings.models["fake-lyon"] = ModelSettings(provider="scripted", options={"responses": LYON})
    settings.gates["capital"] = GateSettings(dataset="capital-golden", scorers=["exact:field=answer"],
                                             min={"accuracy": 0.9}, concurrency=1)
    served = serve_world(settings, PARIS)
    cat = served.charter.catalog
    cat.create_securable("model", "fake-lyon")
    for who in ("ann", "capital", "admin"):
        cat.grant("QUERY", "model:fake-lyon", who)
    cat.create_principal("reviewers", "group")
    cat.create_principal("rita")
    cat.add_member("reviewers", "rita")
    items = [Item(id=str(i), inputs={"question": f"Capital of France, take {i}?"}, expectations={"answer": "Paris"})
             for i in range(3)]
    Datasets(served.charter.store).add(Dataset(name="capital-golden", items=items, source="test"), actor="admin")
    return served


def version(served: Served, prompt: str, model: str = "fake") -> str:
    agent = capital_agent().with_step_config("answer", {"prompt": prompt + " {question}", "model": model})
    return AgentVersions(served.charter.store).save(agent, note=prompt).content_hash


def close(served: Served) -> None:
    served.charter.monitor.stop()
    served.charter.tracer.shutdown()
    served.charter.store.dispose()


def test_four_eyes_the_signoff_comes_from_neither_the_promoter_nor_the_author(settings: Settings) -> None:
    """A promoter's own sign-off does not count, and an author cannot sign their own version off:
    refused with one line, audited, the champion unchanged; CLI, HTTP and review app call this."""
    served = world(settings)
    release = Release(served.charter, served.registry)
    cat = served.charter.catalog
    try:
        cat.create_principal("vic")
        cat.add_member("reviewers", "vic")
        cat.grant("MANAGE", "agent:capital", "rita")
        v = version(served, "Answer:")  # registered by admin
        assert release.gate("capital", v[:8]).passed
        release.signoff("capital", v[:8], reviewer="rita")
        with pytest.raises(PermissionDenied) as own:
            release.promote("capital", v[:8], actor="rita")
        assert own.value.message == (
            f"promotion of capital@{v[:12]} to champion refused: no reviewer other than the promoter 'rita' and its "
            f"author 'admin' has signed it off (signed by rita; four eyes: another reviewer runs "
            f"`charter agent signoff capital {v[:12]} --as REVIEWER`)")
        refused = [r for r in cat.audit_log(principal="rita") if r.action == "set champion"]
        assert len(refused) == 1 and not refused[0].allowed and "four eyes" in refused[0].reason
        assert AgentVersions(served.charter.store).aliases("capital") == {}
        assert release.evidence("capital", v[:8], promoter="vic").sufficient  # rita signed, vic may promote
        assert not release.evidence("capital", v[:8], promoter="rita").sufficient
        release.signoff("capital", v[:8], reviewer="vic")
        assert release.promote("capital", v[:8], actor="rita").content_hash == v

        mine = AgentVersions(served.charter.store).save(
            capital_agent().with_step_config("answer", {"prompt": "Vic says: {question}", "model": "fake"}),
            actor="vic")
        with pytest.raises(PermissionDenied, match=rf"vic registered capital@{mine.short}, so another reviewer must "
                                                   r"sign it off \(four eyes\)"):
            release.signoff("capital", mine.short, reviewer="vic")
        audited = [r for r in cat.audit_log(principal="vic") if r.action == "sign off agent"]
        assert [r.allowed for r in audited] == [True, False] and "registered this version" in audited[-1].reason
        assert release.signoffs("capital", mine.content_hash) == []
    finally:
        close(served)


def test_promotion_needs_a_passing_gate_and_a_signoff_both_audited_and_rollback_is_one_step(
        settings: Settings) -> None:
    served = world(settings)
    release = Release(served.charter, served.registry)
    cat = served.charter.catalog
    try:
        good1, good2 = version(served, "Answer:"), version(served, "Answer briefly:")
        bad = version(served, "Answer wrongly:", model="fake-lyon")
        with pytest.raises(PermissionDenied) as refused:
            release.promote("capital", bad[:8])
        assert "no gate run" in refused.value.message and "no reviewer has signed it off" in refused.value.message
        assert release.gate("capital", bad[:8]).passed is False  # Lyon everywhere: accuracy 0
        release.signoff("capital", bad[:8], reviewer="rita", note="looks fine to me")
        with pytest.raises(PermissionDenied, match=r"its gate failed \(run [0-9a-f]{12}: FAIL accuracy = 0"):
            release.promote("capital", bad[:8])
        with pytest.raises(PermissionDenied, match="needs an admin or a member of the 'reviewers' group"):
            release.signoff("capital", good1[:8], reviewer="ann")
        assert release.gate("capital", good1[:8]).passed
        with pytest.raises(PermissionDenied, match="no reviewer has signed it off"):
            release.promote("capital", good1[:8])  # a passing gate alone is not enough
        assert AgentVersions(served.charter.store).aliases("capital") == {}
        release.signoff("capital", good1[:8], reviewer="rita")
        assert release.promote("capital", good1[:8]).content_hash == good1
        release.gate("capital", good2[:8])
        release.signoff("capital", good2[:8], reviewer="rita")  # neither its author nor its promoter (admin)
        release.promote("capital", good2[:8], actor="admin")
        release.promote("capital", good2[:8], actor="admin")  # already champion: nothing moves
        # rollback: one step back to the champion before the last promotion
        moved, stopped = release.rollback("capital")
        assert moved is not None and moved.content_hash == good1 and stopped is None
        assert [(h["action"], h["from"], h["to"]) for h in release.history("capital")] == [
            ("promote", None, good1), ("promote", good1, good2), ("rollback", good2, good1)]
        with pytest.raises(InvalidInput, match="nothing to roll back for agent 'capital'"):
            release.rollback("capital")  # good1 was the first champion
        with pytest.raises(NotFound, match="did you mean 'capital'"):
            release.promote("capitol", good1[:8])
        with pytest.raises(ConfigError, match=r"agent 'capital' has no gate suite"):
            served.charter.settings.gates.clear()
            release.gate("capital", good1[:8])
    finally:
        close(served)
    entries = [(e.action, e.allowed) for e in cat.audit_log(action="set champion")]
    assert entries == [("set champion", False), ("set champion", False), ("set champion", False),
                       ("set champion", True), ("set champion", True)]
    promoted = cat.audit_log(action="set champion")[3]
    assert promoted.details["to"] == good1 and promoted.details["signed_off_by"] == ["rita"]
    assert promoted.details["gate_run"]
    assert [e.allowed for e in cat.audit_log(action="gate agent")] == [False, True, True]
    assert [(e.actor, e.allowed) for e in cat.audit_log(action="sign off agent")] == [
        ("rita", True), ("ann", False), ("rita", True), ("rita", True)]
    assert [e.allowed for e in cat.audit_log(action="roll back agent")] == [True, False]


def test_gate_evidence_must_be_fresh_the_current_golden_set_and_no_cached_answers(settings: Settings) -> None:
    from charter.evals.runs import Runs
    from charter.evals.scorers import ScorerRegistry
    from charter.evals.targets import AgentTarget

    served = world(settings)
    c = served.charter
    release = Release(c, served.registry)
    try:
        v = version(served, "Answer:")
        assert release.gate("capital", v).passed
        release.signoff("capital", v, reviewer="rita")
        datasets = Datasets(c.store)
        golden = datasets.get("capital-golden")
        extra = Item(id="9", inputs={"question": "Capital of France, again?"}, expectations={"answer": "Paris"})
        datasets.add(Dataset(name="capital-golden", items=[*golden.items, extra], source="test"), actor="admin")
        with pytest.raises(PermissionDenied, match="no gate run of .* on the gate suite's current golden set"):
            release.promote("capital", v)  # the passing run was on the golden set before it grew
        target = AgentTarget(AgentVersions(c.store).load(capital_agent(), v), **c.handles())
        cached = Runs(c.store, tracer=c.tracer).run(target, datasets.get("capital-golden"),
                                                    [ScorerRegistry().build("exact:field=answer")], concurrency=1)
        assert cached.metrics()["cached"] == 3 and cached.metrics()["accuracy"] == 1.0
        with pytest.raises(PermissionDenied, match="no gate run of"):
            release.promote("capital", v)  # three of its answers were replayed from the eval cache
        assert release.gate("capital", v).passed  # a fresh run on the current set
        assert release.promote("capital", v).content_hash == v
    finally:
        close(served)


def test_the_http_and_review_paths_to_champion_are_guarded_too(settings: Settings, uvicorn_app) -> None:  # type: ignore[no-untyped-def]
    from charter.mcp.tokens import TokenStore

    served = world(settings)
    c = served.charter
    admin = {"Authorization": f"Bearer {TokenStore(c.store, c.catalog).issue('admin')}"}
    base = uvicorn_app(create_app(c, served.registry))
    release = Release(c, served.registry)
    try:
        bad = version(served, "Answer wrongly:", model="fake-lyon")
        with httpx.Client(base_url=base, timeout=30) as http:
            put = http.put("/v1/agents/capital/aliases/champion", json={"ref": bad}, headers=admin)
            assert put.status_code == 403 and "refused" in put.json()["error"]["message"]
            assert http.put("/v1/agents/capital/aliases/challenger", json={"ref": bad}, headers=admin).status_code == 200
            release.signoff("capital", bad, reviewer="rita")
            release.gate("capital", bad)  # fails
            put = http.put("/v1/agents/capital/aliases/champion", json={"ref": bad}, headers=admin)
            assert put.status_code == 403 and "its gate failed" in put.json()["error"]["message"]
            answer = http.post("/v1/agents/capital/invoke", json={"inputs": {"question": "Capital of France?"}},
                               headers=served.auth())
            assert answer.json()["answer"] == "Paris"  # the refused version never served anyone
    finally:
        close(served)
    assert "champion" not in AgentVersions(c.store).aliases("capital")


def ask(http: httpx.Client, served: Served, question: str, request_id: str | None = None) -> str:
    headers = {**served.auth(), **({"X-Request-Id": request_id} if request_id else {})}
    r = http.post("/v1/agents/capital/invoke", json={"inputs": {"question": question}}, headers=headers)
    assert r.status_code == 200, r.text
    return r.json()["answer"]


def test_a_challenger_takes_a_deterministic_share_of_real_http_traffic(settings: Settings, uvicorn_app) -> None:  # type: ignore[no-untyped-def]
    served = world(settings)
    c = served.charter
    release = Release(c, served.registry)
    versions = AgentVersions(c.store)
    versions.set_alias("capital", "challenger", version(served, "Answer wrongly:", model="fake-lyon"))
    release.set_rollout("capital", share=parse_share("25%"))
    first = uvicorn_app(create_app(c, served.registry))
    second = uvicorn_app(create_app(c, served.registry))  # another worker: no state shared but the store
    questions = [f"Capital of France? ({i})" for i in range(120)]
    try:
        with httpx.Client(base_url=first, timeout=30) as a, httpx.Client(base_url=second, timeout=30) as b:
            got = [ask(a, served, q) for q in questions]
            again = [ask(b if i % 2 else a, served, q) for i, q in enumerate(questions)]
            by_id = {ask(a, served, f"another question {i}", request_id="req-42") for i in range(5)}
            release.set_rollout("capital", share=0.0)  # 0% stops it
    finally:
        close(served)
    predicted = [bucket(request_key("ann", {"question": q})) < 0.25 for q in questions]
    assert [g == "Lyon" for g in got] == predicted  # the challenger answered exactly its hash share
    assert again == got  # the same request goes the same way, in either worker
    assert 0.15 <= got.count("Lyon") / len(got) <= 0.35  # close to the 25% share
    assert len(by_id) == 1  # one X-Request-Id, one arm
    assert Rollouts(c.store).get("capital") is None


def test_a_shadow_challengers_answers_never_reach_the_caller_and_live_metrics_compare_the_two(
        settings: Settings, uvicorn_app) -> None:  # type: ignore[no-untyped-def]
    served = world(settings)
    c = served.charter
    c.monitor.config.attach("capital", "regex:pattern=^Paris$,field=answer", None, actor="admin")
    release = Release(c, served.registry)
    challenger = version(served, "Answer wrongly:", model="fake-lyon")
    AgentVersions(c.store).set_alias("capital", "challenger", challenger)
    release.set_rollout("capital", shadow=True)
    app = create_app(c, served.registry)
    base = uvicorn_app(app)
    try:
        with httpx.Client(base_url=base, timeout=30) as http:
            got = [ask(http, served, f"Capital of France? {i}") for i in range(20)]
        assert app.state.runner.drain_shadow(30)
        assert c.monitor.drain(60)
        traces = c.tracer.list(limit=100, agent="capital")
        shadow = [t for t in traces if c.tracer.get(t.trace_id).spans[0].attributes.get("arm") == "shadow"]
        rows = release.compare("capital", since=datetime(2000, 1, 1, tzinfo=UTC))
        points = c.monitor.series("capital", since=datetime(2000, 1, 1, tzinfo=UTC))
    finally:
        close(served)
    assert got == ["Paris"] * 20  # the caller always got the champion's answer
    assert len(shadow) == 20 and all(c.tracer.get(t.trace_id).outputs == {"answer": "Lyon"} for t in shadow)
    assert app.state.runner.shadow_counts == {"run": 20, "dropped": 0, "failed": 0}
    quality = next(r for r in rows if r.metric == "quality")
    assert (quality.a.value, quality.a.n, quality.b.value, quality.b.n) == (1.0, 20, 0.0, 20)
    assert quality.delta == -1.0 and quality.significant
    # the agent's own metrics (what alerts and dashboards read) are what callers got: no shadow run in them
    assert [(p.traces, p.quality) for p in points] == [(20, 1.0)]


def test_rollout_bad_input(settings: Settings) -> None:
    served = world(settings)
    release = Release(served.charter, served.registry)
    try:
        with pytest.raises(InvalidInput, match=r"^--traffic: 150% is outside 0..100%$"):
            parse_share("150%")
        with pytest.raises(InvalidInput, match=r"^--traffic: -5% is outside 0..100%$"):
            parse_share("-5%")
        with pytest.raises(InvalidInput, match="is not a percentage like 10%"):
            parse_share("lots")
        assert parse_share("10%") == 0.1 and parse_share("12.5") == 0.125
        with pytest.raises(NotFound, match="did you mean 'capital'"):
            release.set_rollout("capitol", share=0.1)
        with pytest.raises(NotFound, match="has no challenger"):
            release.set_rollout("capital", share=0.1)
        with pytest.raises(InvalidInput, match="exactly one of --traffic PERCENT or --shadow"):
            release.set_rollout("capital", share=0.1, shadow=True)
        with pytest.raises(InvalidInput, match="outside 0..100%"):
            release.set_rollout("capital", share=1.5)
    finally:
        close(served)


def test_models_check_detects_a_changed_gguf_and_runs_the_gates_of_the_agents_that_use_it(
        settings: Settings, home: Path) -> None:
    gguf = home / "tiny.gguf"  # a small file standing in for a model: only its hash matters here
    gguf.write_bytes(b"GGUF tiny stand-in v1")
    (home / "charter.toml").write_text('# my models\ndefault_model = "tiny"\n[models.tiny]\nprovider = "local"   # on this machine\n'
                                       f'model = "{gguf}"\n\n[embeddings]\nprovider = "hashing"\n', encoding="utf-8")
    written = pins.pin(load_settings(home), ["tiny"])
    text = (home / "charter.toml").read_text(encoding="utf-8")
    assert written["tiny"] == "sha256:" + pins.file_sha256(gguf)
    assert f'pin = "{written["tiny"]}"' in text and "# my models" in text and "# on this machine" in text
    fresh = load_settings(home)
    assert fresh.models["tiny"].pin == written["tiny"]
    settings.models["tiny"] = fresh.models["tiny"]
    served = world(settings)
    served.charter.settings.gates["capital"].models.append("tiny")  # capital's steps call `tiny` by name
    release = Release(served.charter, served.registry)
    try:
        unchanged = release.check_models(["tiny"])
        assert unchanged.changed == [] and unchanged.gates == {} and not unchanged.failed
        gguf.write_bytes(b"GGUF tiny stand-in v2")  # the file changed under its name
        changed = release.check_models(["tiny"])
        assert changed.changed == ["tiny"] and "changed: pinned sha256:" in changed.pins[0].describe()
        ((agent, outcome, _),) = changed.gates["tiny"]
        assert agent == "capital" and outcome is not None and outcome.passed  # its gate ran and passed
        assert not changed.failed
        gates = served.charter.settings.gates
        gates["capital"] = gates["capital"].model_copy(update={"min": {"accuracy": 1.1}})  # cannot pass
        failing = release.check_models(["tiny"])
        assert failing.failed and failing.gates["tiny"][0][1].passed is False  # type: ignore[union-attr]
        # an agent whose step names no model uses the default one: with `tiny` the default, and no gate
        # suite, nothing vouches for it
        served.registry.register("city", lambda: Agent("city", LLMStep("answer", Question, Answer,
                                                                       {"prompt": "City: {question}"})))
        served.charter.settings.default_model = "tiny"
        ungated = release.check_models(["tiny"])
        assert ungated.failed and ("city", None, "no gate suite: declare [gates.city] in charter.toml") in (
            ungated.gates["tiny"])
        with pytest.raises(InvalidInput, match="unknown model 'tiyn'; did you mean 'tiny'"):
            release.check_models(["tiyn"])
    finally:
        close(served)
    assert [e.allowed for e in served.charter.catalog.audit_log(action="check model")] == [False, False, False]


def test_pins_go_into_their_own_tables_and_a_remote_model_is_pinned_by_the_id_it_reports(home: Path) -> None:
    path = home / "charter.toml"
    path.write_text('[models.local]\nprovider = "local"\nmodel = "x.gguf"\n\n[models.local.options]\nn_threads = 2\n\n'
                    '[models.fake]   # the scripted double\nprovider = "scripted"\npin = "id:old"\n', encoding="utf-8")
    settings = load_settings(home)
    settings.models["echo"] = ModelSettings(provider="scripted", options={"when_done": "echo"})  # not in the file
    assert pins.identity("fake", settings.models["fake"]) == "id:scripted"  # what the provider reports
    pins.write_pins(path, {"local": "sha256:" + "a" * 64, "fake": "id:scripted", "echo": "id:scripted"}, settings)
    again = load_settings(home)
    assert {n: m.pin for n, m in again.models.items()} == {"local": "sha256:" + "a" * 64, "fake": "id:scripted",
                                                           "echo": "id:scripted"}
    assert again.models["local"].options == {"n_threads": 2}  # the sub-table still belongs to local
    assert "# the scripted double" in path.read_text(encoding="utf-8")
    before = path.read_text(encoding="utf-8")
    with pytest.raises(ConfigError, match="key 'models.fake.pin': pin 'nonsense'"):
        pins.write_pins(path, {"fake": "nonsense"}, again)
    assert path.read_text(encoding="utf-8") == before  # a bad pin leaves the file as it was
    assert [p.name for p in home.iterdir() if p.name.startswith(".charter.toml")] == []


def test_routing_gives_every_request_the_same_arm_from_eight_threads_at_once(settings: Settings) -> None:
    from concurrent.futures import ThreadPoolExecutor

    from charter.server.app import AgentRunner

    served = world(settings)
    c = served.charter
    challenger = version(served, "Answer wrongly:", model="fake-lyon")
    AgentVersions(c.store).set_alias("capital", "challenger", challenger)
    Release(c, served.registry).set_rollout("capital", share=0.3)
    runner = AgentRunner(c, served.registry)
    requests = [{"question": f"q{i}"} for i in range(200)]

    def arms(_: int) -> list[tuple[str, str]]:
        return [(arm, agent.content_hash()) for agent, arm, _ in (runner.route("capital", "ann", r) for r in requests)]

    try:
        with ThreadPoolExecutor(8) as pool:
            results = list(pool.map(arms, range(8)))
    finally:
        close(served)
    expected = [("challenger", challenger) if bucket(request_key("ann", r)) < 0.3
                else ("champion", capital_agent().content_hash()) for r in requests]
    assert all(r == expected for r in results)
