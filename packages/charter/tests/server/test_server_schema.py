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


def _nothing_to_make_invalid(operation) -> bool:  # type: ignore[no-untyped-def]
    """Whether negative mode can only reject: no body, no query, header or cookie parameters, and no path
    parameter schemathesis can break (a path value is a string on the wire, and an empty one is another
    route). Hypothesis rejects about 460 draws of such an operation before `Unsatisfiable`: 16 operations
    did, 5,200 of the test's 5,900 draws and most of its time, and none of them sent a request."""
    from schemathesis.specs.openapi._hypothesis import can_negate_path_parameters

    if operation.body or any(getattr(operation, where).schema["properties"] for where in ("query", "headers", "cookies")):
        return False
    return not operation.path_parameters.schema["properties"] or not can_negate_path_parameters(operation)


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
    skipped: list[str] = []  # negative mode of the operations it could only reject
    operations = [result.ok() for result in schema.get_all_operations()]
    for operation, mode in [(op, mode) for op in operations for mode in GenerationMode]:
        labels.append(operation.label)
        if mode is GenerationMode.NEGATIVE and _nothing_to_make_invalid(operation):
            skipped.append(operation.label)
            continue

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
    assert "GET /v1/monitor/status" in skipped and "POST /v1/agents/{name}/invoke" not in skipped
    assert "POST /v1/agents/{name}/invoke" in labels and "GET /v1/review/queue" in labels
    assert not server_errors, "\n".join(server_errors[:10])
