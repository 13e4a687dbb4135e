"""Tool registration (signature -> JSON Schema), governed invocation, SQL tools, tracing."""

from __future__ import annotations

from typing import Literal

import pytest
from pydantic import BaseModel
from tool_doubles import QueryServiceDouble

from charter.catalog import Catalog
from charter.errors import AlreadyExists, ExecutionError, InvalidInput, NotFound, PermissionDenied
from charter.tools import ToolRegistry
from charter.tracing import Tracer


def convert(amount: float, currency: Literal["USD", "EUR"] = "USD", *, rounded: bool = True) -> dict:
    """Convert an amount into a currency.

    More words here that the model never sees.
    """
    value = amount * (0.9 if currency == "EUR" else 1.0)
    return {"value": round(value, 2) if rounded else value, "currency": currency}


def boom(x: int) -> int:
    """Always fails."""
    raise ZeroDivisionError("division by zero")


def test_a_function_signature_becomes_a_json_schema(registry: ToolRegistry) -> None:
    tool = registry.register(convert)
    d = tool.definition()
    assert d.name == "convert" and d.description == "Convert an amount into a currency."
    props = d.parameters["properties"]
    assert props["amount"]["type"] == "number"
    assert props["currency"]["enum"] == ["USD", "EUR"] and props["currency"]["default"] == "USD"
    assert d.parameters["required"] == ["amount"]
    assert d.parameters["additionalProperties"] is False
    with pytest.raises(AlreadyExists, match="'convert'"):
        registry.register(convert)


def test_invoke_needs_execute_for_the_principal_and_the_agent(registry: ToolRegistry, catalog: Catalog) -> None:
    registry.register(convert)
    registry.publish()
    with pytest.raises(PermissionDenied, match="tool:convert"):
        registry.invoke("convert", {"amount": 10}, principal="ann")
    catalog.grant("EXECUTE", "tool:convert", "ann")
    assert registry.invoke("convert", {"amount": 10, "currency": "EUR"}, principal="ann") == {"value": 9.0, "currency": "EUR"}
    # the agent acting for ann needs the grant too, and ann's rights bound the agent's
    with pytest.raises(PermissionDenied, match="helper"):
        registry.invoke("convert", {"amount": 1}, principal="ann", agent="helper")
    catalog.grant("EXECUTE", "tool:convert", "helper")
    assert registry.invoke("convert", {"amount": 1}, principal="ann", agent="helper")["value"] == 1.0
    with pytest.raises(PermissionDenied, match="bob"):
        registry.invoke("convert", {"amount": 1}, principal="bob", agent="helper")


def test_bad_arguments_and_unknown_tools_are_refused_by_name(registry: ToolRegistry, catalog: Catalog) -> None:
    registry.register(convert)
    registry.publish()
    catalog.grant("EXECUTE", "tool:convert", "ann")
    with pytest.raises(InvalidInput, match="tool 'convert': argument 'currency'"):
        registry.invoke("convert", {"amount": 1, "currency": "GBP"}, principal="ann")
    with pytest.raises(InvalidInput, match="argument 'extra'"):
        registry.invoke("convert", {"amount": 1, "extra": 2}, principal="ann")
    with pytest.raises(NotFound, match="did you mean 'convert'"):
        registry.invoke("convrt", {}, principal="ann")


def test_a_failing_tool_raises_one_typed_error_and_leaves_an_error_span(registry: ToolRegistry, catalog: Catalog, settings, sqlite_store) -> None:
    registry.register(boom)
    registry.publish()
    catalog.grant("EXECUTE", "tool:boom", "ann")
    tracer = Tracer(settings, sqlite_store)
    with pytest.raises(ExecutionError, match="tool 'boom' failed: ZeroDivisionError"), tracer.trace("agent:t") as root:
        registry.invoke("boom", {"x": 1}, principal="ann")
    s = tracer.get(root.trace_id).span("tool:boom")
    assert s.kind == "tool" and s.status == "error" and s.inputs == {"x": 1}


class PriceArgs(BaseModel):
    ticker: str


def test_a_sql_tool_runs_a_governed_query_as_the_caller(registry: ToolRegistry, catalog: Catalog) -> None:
    data = QueryServiceDouble()
    registry.register_sql("price_of", "SELECT ticker, price FROM finql.prices.daily WHERE ticker = :ticker",
                          data, arguments=PriceArgs, description="Latest price of a ticker.")
    registry.publish()
    catalog.grant("EXECUTE", "tool:price_of", "ann")
    catalog.grant("EXECUTE", "tool:price_of", "helper")
    out = registry.invoke("price_of", {"ticker": "ACME"}, principal="ann", agent="helper")
    assert out == {"columns": ["ticker", "price"], "rows": [["ACME", 10.5]]}
    assert data.calls == [{"sql": "SELECT ticker, price FROM finql.prices.daily WHERE ticker = :ticker",
                           "principal": "ann", "agent": "helper", "params": {"ticker": "ACME"}}]
    assert registry.definitions(["price_of"])[0].parameters["required"] == ["ticker"]
