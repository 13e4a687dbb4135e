"""An unexpected error on a governed path is a refusal like any other: audited (by its type only,
never its message, which may hold SQL or data), then raised as it was."""

from __future__ import annotations

import pytest

from charter.data import DataService


def test_an_internal_error_while_querying_is_audited(shop: DataService, monkeypatch: pytest.MonkeyPatch) -> None:
    connector = shop.connector("shop")

    def broken(*args: object, **kwargs: object) -> None:
        raise ZeroDivisionError("secret row 42")

    monkeypatch.setattr(connector, "execute", broken)
    with pytest.raises(ZeroDivisionError):
        shop.query("SELECT id FROM shop.main.orders", principal="bob")
    refusals = [e for e in shop.catalog.audit_log(principal="bob") if not e.allowed]
    assert refusals and refusals[-1].action == "query"
    assert refusals[-1].reason == "internal error (ZeroDivisionError)" and "42" not in refusals[-1].reason


def test_an_internal_error_while_planning_is_audited(shop: DataService, monkeypatch: pytest.MonkeyPatch) -> None:
    import charter.data.service as service

    def broken(*args: object, **kwargs: object) -> None:
        raise KeyError("x")

    monkeypatch.setattr(service, "govern", broken)
    for call in (shop.plan, shop.query):
        with pytest.raises(KeyError):
            call("SELECT id FROM shop.main.orders", principal="bob")
    refusals = [e for e in shop.catalog.audit_log(principal="bob") if not e.allowed]
    assert [(e.action, e.reason) for e in refusals[-2:]] == [("plan", "internal error (KeyError)"),
                                                             ("query", "internal error (KeyError)")]
