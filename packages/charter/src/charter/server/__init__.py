"""Charter's HTTP server: governed agents (native and OpenAI-compatible) and the admin API."""

from charter.server.app import create_app

__all__ = ["create_app"]
