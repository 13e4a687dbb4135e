"""Schemathesis against the app's OpenAPI document: generated requests to every operation, valid and
invalid, as a metastore admin (so the code past authentication runs), never get a server error (5xx).

Examples per operation are few so the suite stays fast. Schemathesis's pytest plugin does not load
under pytest 9, so the operations are driven through its Python API with Hypothesis directly.
Skips with the reason when schemathesis is not installed, except under CI=true.
"""

from __future__ import annotations

import os

import pytest

from charter.server import create_app
from charter.testing import require_module

if os.environ.get("CI", "").lower() != "true":
    require_module("schemathesis", "server-test")

MAX_EXAMPLES = 10


@pytest.mark.slow
def test_no_generated_request_gets_a_server_error(world) -> None:  # type: ignore[no-untyped-def]
    import schemathesis
    from hypothesis import HealthCheck, given, settings
    from hypothesis.errors import Unsatisfiable
    from schemathesis import GenerationMode

    app = create_app(world.charter, world.registry)
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    headers = world.auth("admin")
    server_errors: list[str] = []
    labels = []
    operations = [result.ok() for result in schema.get_all_operations()]
    for operation, mode in [(op, mode) for op in operations for mode in GenerationMode]:
        labels.append(operation.label)

        @given(case=operation.as_strategy(mode))  # valid requests, then invalid ones (which must be 4xx)
        @settings(max_examples=MAX_EXAMPLES, deadline=None, derandomize=True, database=None,
                  suppress_health_check=list(HealthCheck))
        def call(case) -> None:  # type: ignore[no-untyped-def]
            response = case.call(headers=headers)
            if response.status_code >= 500:
                server_errors.append(f"{case.operation.label} -> {response.status_code}: {response.text[:200]}")

        try:
            call()
        except Unsatisfiable:  # an operation with nothing to make invalid (no parameters, no body)
            assert mode is GenerationMode.NEGATIVE
    assert "POST /v1/agents/{name}/invoke" in labels and "GET /v1/review/queue" in labels
    assert not server_errors, "\n".join(server_errors[:10])
