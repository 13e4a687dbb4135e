"""Tools: Python functions, governed SQL functions and agents, invoked under governance;
and a bounded tool-calling loop."""

from charter.tools.loop import ChatGateway, ToolLoopResult, ToolStep, run_tool_loop
from charter.tools.registry import (
    CallableTool,
    PythonTool,
    QueryService,
    SqlTool,
    Tool,
    ToolRegistry,
    model_from_signature,
)

__all__ = [
    "CallableTool",
    "ChatGateway",
    "PythonTool",
    "QueryService",
    "SqlTool",
    "Tool",
    "ToolLoopResult",
    "ToolRegistry",
    "ToolStep",
    "model_from_signature",
    "run_tool_loop",
]
