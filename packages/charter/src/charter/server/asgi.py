"""The ASGI entry for uvicorn workers: each worker process opens its own Charter from CHARTER_HOME."""

from __future__ import annotations

from fastapi import FastAPI


def make_app() -> FastAPI:
    """A factory (``uvicorn --factory charter.server.asgi:make_app``) so several workers share one store."""
    from charter.runtime import Charter
    from charter.server.app import create_app

    return create_app(Charter.open())
