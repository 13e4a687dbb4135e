"""A trace exported over OTLP reaches a real OpenTelemetry receiver: MLflow's tracking server,
which accepts OTLP/HTTP traces at /v1/traces (MLflow 3; installed with the `bench` extra).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from charter.settings import load_settings
from charter.store import Store
from charter.testing import free_port, require_module
from charter.tracing import Tracer, span
from charter.tracing.otlp import traces_url

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def mlflow_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """An MLflow tracking server on a free port (skips, or fails under CI, without mlflow)."""
    require_module("mlflow", "bench")
    root = tmp_path_factory.mktemp("mlflow")
    port = free_port()
    cmd = [
        str(Path(sys.executable).parent / "mlflow"), "server", "--host", "127.0.0.1", "--port", str(port),
        "--backend-store-uri", f"sqlite:///{root / 'mlflow.db'}", "--workers", "1",
    ]
    log = open(root / "server.log", "wb")  # noqa: SIM115 - closed after the server stops
    proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, cwd=root, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 240  # a busy CI machine starts it slowly
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                pytest.fail(f"mlflow server exited: {(root / 'server.log').read_text()[-2000:]}")
            try:
                if httpx.get(f"{url}/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            time.sleep(0.5)
        else:
            pytest.fail("mlflow server did not start within 240 s")
        yield url
    finally:
        # mlflow server runs uvicorn as a child: stop the whole process group we started
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
        log.close()


def test_traces_url_accepts_a_base_or_a_full_endpoint() -> None:
    assert traces_url("http://h:4318") == "http://h:4318/v1/traces"
    assert traces_url("http://h:4318/v1/traces/") == "http://h:4318/v1/traces"


def test_a_trace_exported_over_otlp_is_received_by_mlflow(mlflow_server: str, home: Path, sqlite_store: Store) -> None:
    import mlflow

    mlflow.set_tracking_uri(mlflow_server)
    experiment = mlflow.create_experiment(f"charter-otlp-{time.time_ns()}")
    settings = load_settings(home, environ={"CHARTER_OTLP_ENDPOINT": mlflow_server})
    tracer = Tracer(settings, sqlite_store, otlp_headers={"x-mlflow-experiment-id": experiment})
    with tracer.trace("agent:finql", principal="analyst", agent="finql", inputs={"q": "revenue"}) as root:
        with span("step:link_entities", inputs={"text": "ACME"}, input_tokens=7) as s:
            s.set_outputs({"entities": ["ACME"]})
        with pytest.raises(ValueError), span("step:fails"):
            raise ValueError("bad step")
    assert tracer.flush(20)
    tracer.shutdown()

    received = []
    for _ in range(40):  # the server writes spans asynchronously
        received = mlflow.search_traces(locations=[experiment], return_type="list")
        if received and len(received[0].data.spans) == 3:
            break
        time.sleep(0.25)
    assert len(received) == 1
    got = received[0]
    assert got.info.trace_id.endswith(root.trace_id)  # Charter's own ids travel over OTLP
    by_name = {s.name: s for s in got.data.spans}
    assert set(by_name) == {"agent:finql", "step:link_entities", "step:fails"}
    assert by_name["step:link_entities"].parent_id == by_name["agent:finql"].span_id
    assert by_name["step:link_entities"].attributes["charter.input_tokens"] == 7
    assert str(by_name["step:fails"].status.status_code).endswith("ERROR")
