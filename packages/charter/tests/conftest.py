"""Fixtures shared by the platform's tests: the `charter` command run in this process."""

from __future__ import annotations

import pytest

from charter.testing import CharterCli


@pytest.fixture
def charter(charter_cli: CharterCli) -> CharterCli:
    """`charter ARGS` in this process (``charter.testing.charter_cli``)."""
    return charter_cli
