"""The translator's regex module: re's API, answers equal to re's, patterns compiled once per process."""

from __future__ import annotations

import ast
import re as std
from pathlib import Path

import pytest

from finql.translate import rx

TRANSLATE = Path(rx.__file__).parent


@pytest.mark.parametrize(
    ("call", "args"),
    [
        ("search", (r"\bp/e\b", "the P/E of FALC", std.IGNORECASE)),
        ("match", (r"(\w+) of", "price of FALC")),
        ("fullmatch", (r"fy(\d{4})", "fy2024")),
        ("findall", (r"\d+", "FY2020 to FY2024")),
        ("split", (r",\s*", "a, b,c", 1)),
        ("sub", (r"\s+", " ", "a   b \t c")),
        ("subn", (r"x", "y", "xxx", 2)),
    ],
)
def test_answers_equal_re(call: str, args: tuple) -> None:
    got, want = getattr(rx, call)(*args), getattr(std, call)(*args)
    if isinstance(want, std.Match):
        assert got is not None and (got.group(0), got.span(), got.groups()) == (want.group(0), want.span(), want.groups())
    else:
        assert got == want
    assert [m.span() for m in rx.finditer(r"\d", "a1b22")] == [m.span() for m in std.finditer(r"\d", "a1b22")]
    assert rx.sub(r"(?i)fy", lambda m: m.group(0).upper(), "fy and Fy") == "FY and FY"
    assert rx.search(rx.compile(r"b", rx.I), "AB").span() == (1, 2)  # a compiled pattern passes through


def test_a_pattern_is_compiled_once_however_many_are_in_use() -> None:
    # re keeps 512; the chain uses about 2,000 patterns per pass over a golden set, so re recompiled them per question
    first = rx.compile(r"\bpattern number 0\b")
    for i in range(1, 3000):
        rx.compile(rf"\bpattern number {i}\b")
    assert rx.compile(r"\bpattern number 0\b") is first


def test_every_translator_module_reads_patterns_through_the_cache() -> None:
    plain = []
    for path in sorted(TRANSLATE.glob("*.py")):
        if path.name == "rx.py":
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Import) and any(a.name == "re" for a in node.names):
                plain.append(path.name)
    assert plain == []
