"""Every span of every trace reaches a real OTLP/HTTP receiver (a protobuf-decoding server in the
test): from a short-lived process whose last trace is sent from its exit handler, and from a server.
Governance and sql spans included; counted against the trace the store holds."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import uvicorn
from otlp_doubles import build_shop, shop_agent
from otlp_receiver import OtlpReceiver

from charter.agents.registry import AgentRegistry
from charter.mcp.tokens import TokenStore
from charter.runtime import Charter
from charter.server import create_app
from charter.settings import load_settings

HERE = Path(__file__).parent

SHORT_LIVED = """
import sys
from charter.runtime import Charter
from otlp_doubles import shop_agent
charter = Charter.open()
for region in sys.argv[1:]:
    res = shop_agent().run({"region": region}, principal="admin", tracer=charter.tracer, data=charter.data,
                           catalog=charter.catalog)
    print(res.trace_id, res.output.total, flush=True)
# no flush, no shutdown: the process just ends, as a CLI command does
"""


def _arrived(receiver: OtlpReceiver, trace_ids: list[str], want: dict[str, int], timeout_s: float = 30) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline and any(len(receiver.spans(t)) < want[t] for t in trace_ids):
        time.sleep(0.05)


def _stored(tracer, trace_id: str, timeout_s: float = 30):  # type: ignore[no-untyped-def]
    from charter.errors import NotFound

    deadline = time.monotonic() + timeout_s
    while True:
        try:
            return tracer.get(trace_id)
        except NotFound:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _check(receiver: OtlpReceiver, charter: Charter, trace_ids: list[str]) -> None:
    stored = {t: charter.tracer.get(t) for t in trace_ids}
    _arrived(receiver, trace_ids, {t: len(s.spans) for t, s in stored.items()})
    for t, trace in stored.items():
        got = receiver.spans(t)
        assert sorted(s["span_id"] for s in got) == sorted(s.span_id for s in trace.spans), t
        assert {s["kind"] for s in got} >= {"agent", "tool", "governance", "sql"}
        parents = {s["span_id"]: s["parent_id"] for s in got}
        assert parents == {s.span_id: s.parent_id for s in trace.spans}


def test_a_short_lived_process_exports_every_span_before_it_exits(home, tmp_path):
    with OtlpReceiver() as receiver:
        env = {**os.environ, "CHARTER_HOME": str(home), "CHARTER_OTLP_ENDPOINT": receiver.endpoint,
               "PYTHONPATH": os.pathsep.join([str(HERE), os.environ.get("PYTHONPATH", "")])}
        charter = Charter.open()
        build_shop(charter, tmp_path)
        out = subprocess.run([sys.executable, "-c", SHORT_LIVED, "EU", "US"], env=env, capture_output=True,
                             text=True, timeout=120)
        assert out.returncode == 0, out.stderr
        assert "failed" not in out.stderr and "not stored or exported" not in out.stderr, out.stderr
        lines = [line.split() for line in out.stdout.splitlines()]
        assert [float(total) for _t, total in lines] == [40.0, 20.0]
        _check(receiver, charter, [t for t, _total in lines])
        charter.store.dispose()


def test_a_served_trace_arrives_whole_without_a_flush(home, tmp_path):
    with OtlpReceiver() as receiver:
        settings = load_settings(home, environ={"CHARTER_OTLP_ENDPOINT": receiver.endpoint})
        charter = Charter(settings)
        from charter.store import upgrade

        upgrade(charter.store)
        build_shop(charter, tmp_path)
        registry = AgentRegistry(load_entry_points=False)
        registry.register("shop", shop_agent)
        token = TokenStore(charter.store, charter.catalog).issue("admin")
        server = uvicorn.Server(uvicorn.Config(create_app(charter, registry), host="127.0.0.1", port=0,
                                               log_level="warning"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        try:
            deadline = time.monotonic() + 30
            while not server.started and time.monotonic() < deadline:
                time.sleep(0.05)
            port = server.servers[0].sockets[0].getsockname()[1]
            trace_ids = []
            with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30,
                              headers={"Authorization": f"Bearer {token}"}) as http:
                for region in ("EU", "US", "EU"):
                    res = http.post("/v1/agents/shop/invoke", json={"inputs": {"region": region}})
                    assert res.status_code == 200, res.text
                    trace_ids.append(res.json()["trace_id"])
            # no flush: the server's writer sends each batch as it stores it (read here by another tracer)
            reader = Charter(settings).tracer
            stored = {t: len(_stored(reader, t).spans) for t in trace_ids}
            _arrived(receiver, trace_ids, stored)
            assert all(len(receiver.spans(t)) == n for t, n in stored.items())
            _check(receiver, charter, trace_ids)
        finally:
            server.should_exit = True
            thread.join(timeout=10)
            charter.tracer.shutdown()
            charter.store.dispose()
