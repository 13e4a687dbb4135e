"""FinQL: the reference proprietary financial query language, its data and its governed executor.

Stable API: ``parse(text) -> Query``, ``execute(query, principal=...) -> Result``; errors are
``FinQLSyntaxError`` / ``FinQLSemanticError`` (positioned) and ``PermissionDenied``.
"""

from __future__ import annotations

from typing import Any

from finql.errors import FinQLError, FinQLSemanticError, FinQLSyntaxError, PermissionDenied
from finql.language.parser import parse

__all__ = ["FinQLError", "FinQLSemanticError", "FinQLSyntaxError", "PermissionDenied", "check", "execute",
           "parse"]


def execute(query: Any, principal: str = "analyst", **kwargs: Any) -> Any:
    """Parse (if text) and run a query as `principal`; returns a Result(columns, rows)."""
    from finql.executor import execute as _execute

    return _execute(query, principal=principal, **kwargs)


def check(query: Any, principal: str = "analyst", **kwargs: Any) -> Any:
    """Parse and check entitlements without reading data; returns the Query or raises."""
    from finql.executor import check as _check

    return _check(query, principal=principal, **kwargs)
