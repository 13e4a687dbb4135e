"""`re`'s module API with a compiled-pattern cache large enough for the translator.

The chain's steps match a question against about two thousand distinct patterns (many built from the registry's
names and the senses' words). `re` keeps only the last 512 it compiled, so every question compiled most of them
again: about nine tenths of a question's time went to `sre_compile` (measured with py-spy on tune3's first 60
questions: 37 s with `re`, 1.6 s with this cache). The translator's modules import this module as ``re``; the calls
read the same. The cache is bounded (a pattern built from a question's own words is compiled once and may be
evicted) and `functools.lru_cache` is safe under threads: two threads compiling one pattern at once both get an
equal, immutable pattern.
"""

from __future__ import annotations

import re as _re
from collections.abc import Callable, Iterator
from functools import lru_cache
from re import (  # noqa: F401  (re-exported: the translator's modules read them as re.X)
    ASCII,
    DOTALL,
    IGNORECASE,
    MULTILINE,
    VERBOSE,
    A,
    I,
    M,
    Match,
    Pattern,
    S,
    X,
    error,
    escape,
)
from typing import Any

_CACHE_SIZE = 16384


@lru_cache(maxsize=_CACHE_SIZE)
def compile(pattern: str | Pattern[str], flags: int = 0) -> Pattern[str]:  # noqa: A001 (re's name)
    return _re.compile(pattern, flags)


def search(pattern: str | Pattern[str], string: str, flags: int = 0) -> Match[str] | None:
    return compile(pattern, flags).search(string)


def match(pattern: str | Pattern[str], string: str, flags: int = 0) -> Match[str] | None:
    return compile(pattern, flags).match(string)


def fullmatch(pattern: str | Pattern[str], string: str, flags: int = 0) -> Match[str] | None:
    return compile(pattern, flags).fullmatch(string)


def finditer(pattern: str | Pattern[str], string: str, flags: int = 0) -> Iterator[Match[str]]:
    return compile(pattern, flags).finditer(string)


def findall(pattern: str | Pattern[str], string: str, flags: int = 0) -> list[Any]:
    return compile(pattern, flags).findall(string)


def split(pattern: str | Pattern[str], string: str, maxsplit: int = 0, flags: int = 0) -> list[str | Any]:
    return compile(pattern, flags).split(string, maxsplit)


def sub(pattern: str | Pattern[str], repl: str | Callable[[Match[str]], str], string: str, count: int = 0,
        flags: int = 0) -> str:
    return compile(pattern, flags).sub(repl, string, count)


def subn(pattern: str | Pattern[str], repl: str | Callable[[Match[str]], str], string: str, count: int = 0,
         flags: int = 0) -> tuple[str, int]:
    return compile(pattern, flags).subn(repl, string, count)
