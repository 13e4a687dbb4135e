"""FinQL's errors: positioned syntax and semantic errors, as Charter errors."""

from __future__ import annotations

from charter.errors import InvalidStatement, PermissionDenied

__all__ = ["FinQLError", "FinQLSemanticError", "FinQLSyntaxError", "PermissionDenied"]


class FinQLError(InvalidStatement):
    """A FinQL query that cannot be run; names the token and its position."""

    code = "finql_error"

    def __init__(self, message: str, *, token: str | None = None, line: int | None = None,
                 column: int | None = None, expected: list[str] | None = None) -> None:
        where = f" at line {line}, column {column}" if line is not None else ""
        super().__init__(f"{message}{where}", token=token, line=line, column=column,
                         expected=list(expected or []))
        self.token = token
        self.line = line
        self.column = column
        self.expected = list(expected or [])

    def to_dict(self) -> dict[str, object]:
        """A JSON-safe description with the position."""
        return {**super().to_dict(), "token": self.token, "line": self.line, "column": self.column,
                "expected": self.expected}


class FinQLSyntaxError(FinQLError):
    """The text does not follow the grammar."""

    code = "finql_syntax_error"


class FinQLSemanticError(FinQLError):
    """The text parses but names something unknown or uses it wrongly."""

    code = "finql_semantic_error"
