"""The FinQL language: registry, grammar, typed AST and parser."""

from finql.language.parser import parse

__all__ = ["parse"]
