"""The parser: SPEC examples, canonical text, positioned errors, and no other exception ever."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from finql import FinQLSemanticError, FinQLSyntaxError, parse
from finql.errors import FinQLError
from finql.language import ast
from finql.language.registry import EXAMPLES, METRICS

SPEC_EXAMPLES = [q for q, _ in EXAMPLES]


@pytest.mark.parametrize("text", SPEC_EXAMPLES)
def test_spec_examples_parse_and_round_trip(text):
    q = parse(text)
    assert isinstance(q, ast.Query)
    assert parse(str(q)) == q


def test_keywords_and_functions_are_case_insensitive():
    a = parse('name, growth(ff_sales, fy2020, fy0) for screen(sector("Financials")) sort ff_sales(fy0) desc top 2 in usd')
    b = parse('NAME, GROWTH(FF_SALES, FY2020, FY0) FOR SCREEN(SECTOR("Financials")) SORT FF_SALES(FY0) DESC TOP 2 IN USD')
    assert a == b


def test_ampersand_binds_tighter_than_bar():
    q = parse('NAME FOR SCREEN(SECTOR("Energy") | INDEX(NX100) & COUNTRY("Germany"))')
    assert isinstance(q.target, ast.Screen)
    u = q.target.universe
    assert isinstance(u, ast.SetOp) and u.op == "|" and isinstance(u.right, ast.SetOp) and u.right.op == "&"


def test_relative_periods_resolve():
    q = parse("FF_SALES(FY-2), FF_SALES(FQ-5), P_PRICE(D-1) FOR NWSY")
    fy, fq, d = (item.args[0] for item in q.items)
    assert (fy.year, fq.year, fq.quarter) == (2022, 2023, 3)
    assert str(d.day) == "2024-12-30"


@pytest.mark.parametrize(("text", "cls", "token", "column", "words"), [
    ("FF_SALES(FY2023) FOR XXXX", FinQLSemanticError, "XXXX", 22, "unknown ticker"),
    ("FF_SALES(FY2023) FOR nwsy", FinQLSemanticError, "nwsy", 22, "upper case"),
    ("FF_SALEZ(FY2023) FOR NWSY", FinQLSemanticError, "FF_SALEZ", 1, "did you mean 'FF_SALES'"),
    ('NAME FOR SCREEN(SECTOR("Tech"))', FinQLSemanticError, '"Tech"', 24, "unknown sector"),
    ("NAME FOR SCREEN(INDEX(NOPE))", FinQLSemanticError, "NOPE", 23, "unknown index"),
    ("FF_SALES(FY2010) FOR NWSY", FinQLSemanticError, "FY2010", 10, "outside the data"),
    ("FF_SALES(FQ2023Q5) FOR NWSY", FinQLSemanticError, "FQ2023Q5", 10, "Q1..Q4"),
    ("P_PRICE(FY2023) FOR NWSY", FinQLSemanticError, "FY2023", 9, "takes a date"),
    ("FF_SALES(2024-01-01) FOR NWSY", FinQLSemanticError, "2024-01-01", 10, "not the date"),
    ("FF_SALES(FY0) FOR NWSY TOP 3", FinQLSemanticError, "TOP", 24, "TOP needs a SORT"),
    ("FF_SALES(FY2) FOR NWSY", FinQLSemanticError, "FY2", 10, "estimate period"),
    ("FE_EPS(FY2024) FOR NWSY", FinQLSemanticError, "FY2024", 8, "estimate"),
    ("FF_SALES(FY0) FOR NWSY, APXM, NWSY", FinQLSemanticError, "NWSY", 31, "duplicate ticker"),
    ("FF_SALES(FY0) FOR NWSY IN XYZ", FinQLSemanticError, "XYZ", 27, "unknown currency"),
    ("P_PRICE(2024-02-30) FOR NWSY", FinQLSemanticError, "2024-02-30", 9, "invalid date"),
    ("CAGR(FF_SALES, FQ2020Q1, FY2024) FOR NWSY", FinQLSemanticError, "FQ2020Q1", 16, "annual periods"),
    ("FF_SALES(FY2023 FOR NWSY", FinQLSyntaxError, "FOR", 17, "expected"),
    ("FF_SALES(FY2023) NWSY", FinQLSyntaxError, "NWSY", 18, "expected"),
    ("FF_SALES(FY2023) FOR", FinQLSyntaxError, "", 21, "end of query"),
    ("FF_SALES(FY2023) FOR NWSY SORT FF_SALES(FY0)", FinQLSyntaxError, "", 45, "ASC or DESC"),
    ("FF_SALES(FY2023) # FOR NWSY", FinQLSyntaxError, "#", 18, "unexpected character"),
])
def test_errors_name_the_token_and_position(text, cls, token, column, words):
    with pytest.raises(cls) as info:
        parse(text)
    err = info.value
    assert err.token == token and err.line == 1 and err.column == column, err.message
    assert words in err.message and f"column {column}" in err.message


def test_multi_line_positions():
    with pytest.raises(FinQLSemanticError) as info:
        parse("FF_SALES(FY0)\nFOR NWSY,\n    ZZZZ")
    assert (info.value.line, info.value.column) == (3, 5)


_ALPHABET = st.sampled_from([
    "FF_SALES", "(", ")", ",", " ", "FOR", "NWSY", "APXM", "SCREEN", "ALL", "&", "|", "SECTOR", '"Energy"',
    "FY0", "FY-1", "FQ2023Q3", "LTM", "D0", "2024-03-15", "SORT", "DESC", "TOP", "5", "IN", "USD", "+", "-",
    "*", "/", "<", ">=", "!=", "AND", "OR", "NOT", "NAME", "GROWTH", "FE_EPS", "FY1", "P_RETURN", "1.5",
    "INDEX", "NX100", "\n", "x", "é", "@", '"',
])


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_ALPHABET, max_size=30).map("".join) | st.text(max_size=60))
def test_random_text_gives_a_query_or_a_positioned_error(text):
    try:
        q = parse(text)
    except FinQLError as err:
        assert err.message
        if text.strip():
            assert err.line is not None and err.column is not None
        return
    assert isinstance(q, ast.Query)
    assert parse(str(q)) == q  # what parses renders back to the same query


def test_every_registered_metric_parses():
    for name, m in METRICS.items():
        args = {"fiscal": "FY0", "estimate": "FY1", "date": "D0"}
        text = f"{name}({', '.join(args[a] for a in m.args)}) FOR NWSY"
        assert parse(text).items[0].metric == name
