"""Charter's MCP client against misbehaving servers: each failure is one clear error, on time."""

from __future__ import annotations

import time

import pytest
from mcp_helpers import ext_spec, raw_spec

from charter.errors import InvalidInput, Timeout
from charter.mcp import McpServerError, ServerSpec
from charter.mcp.client import call_tool, list_tools


def test_lists_and_calls_a_real_sdk_server() -> None:
    spec = ext_spec()
    assert sorted(t.name for t in list_tools(spec, server="ext")) == ["add", "crash", "echo", "hang"]
    result = call_tool(spec, "add", {"a": 2, "b": 40}, server="ext")
    assert not result.is_error
    assert result.text == "42"


def test_a_hanging_server_times_out_at_the_deadline_not_when_it_wakes() -> None:
    started = time.monotonic()
    with pytest.raises(Timeout, match=r"MCP server 'ext' \(tools/call hang\) did not answer within 1.5 s"):
        call_tool(ext_spec(timeout_s=1.5), "hang", {"seconds": 60}, server="ext")
    # Not a timing assertion: the server sleeps for a minute, and the caller was not kept waiting for it.
    assert time.monotonic() - started < 30




def test_a_server_that_dies_on_start() -> None:
    with pytest.raises(McpServerError, match="closed the connection"):
        list_tools(ext_spec(timeout_s=30, EXT_MODE="crash_on_start"), server="ext")


def test_a_malformed_result_is_a_clear_error() -> None:
    with pytest.raises(McpServerError, match=r"'raw' \(tools/call broken\) sent a malformed message"):
        call_tool(raw_spec("bad_result"), "broken", {}, server="raw")


def test_garbage_instead_of_an_answer_times_out() -> None:
    with pytest.raises(Timeout, match="did not answer within 1.5 s"):
        call_tool(raw_spec("garbage", timeout_s=1.5), "broken", {}, server="raw")


def test_a_command_that_does_not_exist() -> None:
    spec = ServerSpec.of(command="/nonexistent/mcp-server --flag", timeout_s=30)
    assert spec.command == ["/nonexistent/mcp-server", "--flag"]
    with pytest.raises(McpServerError, match="could not be started"):
        list_tools(spec, server="ghost")


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({}, "exactly one of --command and --url"),
        ({"command": "x", "url": "http://h/mcp"}, "exactly one of --command and --url"),
        ({"url": "ftp://h/mcp"}, "must start with http"),
        ({"command": ""}, "needs a command"),
    ],
)
def test_bad_specs_are_refused(kwargs: dict[str, str], message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        ServerSpec.of(**kwargs)


def test_a_crash_mid_call_is_a_clear_error_and_the_next_call_works() -> None:
    spec = ext_spec(timeout_s=30)
    with pytest.raises(McpServerError, match=r"\(tools/call crash\) failed: the server closed the connection"):
        call_tool(spec, "crash", {}, server="ext")
    assert call_tool(spec, "echo", {"text": "still here"}, server="ext").text.startswith("still here")
