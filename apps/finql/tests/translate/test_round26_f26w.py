"""Round 26 (f26w): wrong answers the round-26 reviewer noticed. A formula after a comma or a dash that defines a
ranking's key with periods of its own ("by earnings yield, FY2023 net income over market cap": a condition, net
income above market cap), a year said last after periods counted from today or from another period (its figure added
as a column), a yield on a named year's figure (the trailing yield and the figure as two columns), and a period a
framing clause sets a figure against (dropped with the clause). Own paraphrases, with near misses."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# a formula after a comma or a dash that computes the key: read as parentheses read it (its operands' own periods)
FORMULA_SAME = [
    ("Top 3 industrials by FCF yield - LTM free cash flow over current market cap",
     'NAME, FF_FCF(LTM) / FG_MKT_CAP(D0) * 100 FOR SCREEN(SECTOR("Industrials")) SORT FF_FCF(LTM) / FG_MKT_CAP(D0) * 100 '
     "DESC TOP 3"),
    ("Which 5 utilities have the highest FCF yield, LTM free cash flow over today's market cap?",
     'NAME, FF_FCF(LTM) / FG_MKT_CAP(D0) * 100 FOR SCREEN(SECTOR("Utilities")) SORT FF_FCF(LTM) / FG_MKT_CAP(D0) * 100 '
     "DESC TOP 5"),
    ("Top 3 insurers by ROA - FY2023 net income over FY2023 assets",
     'NAME, FF_NET_INC(FY2023) / FF_ASSETS(FY2023) * 100 FOR SCREEN(INDUSTRY("Insurance")) SORT FF_NET_INC(FY2023) / '
     "FF_ASSETS(FY2023) * 100 DESC TOP 3"),
    ("List the banks by ROE - net income over equity",
     'NAME, FF_NET_INC(FY2024) / FF_EQUITY(FY2024) * 100 FOR SCREEN(INDUSTRY("Banks")) SORT FF_NET_INC(FY2024) / '
     "FF_EQUITY(FY2024) * 100 DESC"),
    # "over" with the next operand's period ("over last year's sales") divides here too (it gave two columns)
    ("Rank the retailers by net margin, net income over last year's sales",
     'NAME, FF_NET_INC(FY2024) / FF_SALES(FY2024) * 100 FOR SCREEN(INDUSTRY("Retail")) SORT FF_NET_INC(FY2024) / '
     "FF_SALES(FY2024) * 100 DESC"),
    ("Rank the retailers by net margin -- last year's net income over last year's sales",
     'NAME, FF_NET_INC(FY2024) / FF_SALES(FY2024) * 100 FOR SCREEN(INDUSTRY("Retail")) SORT FF_NET_INC(FY2024) / '
     "FF_SALES(FY2024) * 100 DESC"),
]

# one that computes another figure: refused, naming it (it was a condition of the two)
FORMULA_OTHER = [
    ("Sort the insurers by earnings yield, FY2023 net income over market cap", "fy2023 net income over market cap"),
    ("Top 5 software companies by earnings yield - net income over market cap", "net income over market cap"),
    ("Rank the insurers by ROE, FY2023 sales over equity", "fy2023 sales over equity"),
    ("Top 3 insurers by ROA - FY2023 net income over FY2023 equity", "net income over fy2023 equity"),
]

FORMULA_KEPT = [
    ("ROA on LTM for the insurers, net income over assets",
     'NAME, FF_NET_INC(LTM) / FF_ASSETS(LTM) * 100 FOR SCREEN(INDUSTRY("Insurance"))'),
    ("Which health care companies had a net margin - net income over sales - above 13 percent in fiscal 2024?",
     'NAME, FF_NET_INC(FY2024) / FF_SALES(FY2024) * 100 FOR SCREEN(SECTOR("Health Care"), FF_NET_INC(FY2024) / '
     "FF_SALES(FY2024) * 100 > 13)"),
    # a condition said with "with" stays one; a "by" after it ranks nothing of it (it was a quotient column)
    ("List the banks with net income over sales - by ROE",
     'NAME, FF_NET_INC(FY2024), FF_SALES(FY2024), FF_NET_INC(FY2024) / FF_EQUITY(FY2024) * 100 FOR SCREEN(INDUSTRY("Banks"), '
     "FF_NET_INC(FY2024) > FF_SALES(FY2024)) SORT FF_NET_INC(FY2024) / FF_EQUITY(FY2024) * 100 DESC"),
    ("Banks with net income over 500 - sorted by ROE",
     'NAME, FF_NET_INC(FY2024), FF_NET_INC(FY2024) / FF_EQUITY(FY2024) * 100 FOR SCREEN(INDUSTRY("Banks"), '
     "FF_NET_INC(FY2024) > 500) SORT FF_NET_INC(FY2024) / FF_EQUITY(FY2024) * 100 DESC"),
    ("Top 3 industrials by FCF yield (LTM free cash flow over current market cap)",
     'NAME, FF_FCF(LTM) / FG_MKT_CAP(D0) * 100 FOR SCREEN(SECTOR("Industrials")) SORT FF_FCF(LTM) / FG_MKT_CAP(D0) * 100 '
     "DESC TOP 3"),
    ("Rank the banks by ROE (net income over equity)",
     'NAME, FF_NET_INC(FY2024) / FF_EQUITY(FY2024) * 100 FOR SCREEN(INDUSTRY("Banks")) SORT FF_NET_INC(FY2024) / '
     "FF_EQUITY(FY2024) * 100 DESC"),
    ("rank the banks by market cap over total debt",
     'NAME, FG_MKT_CAP(D0) / FF_DEBT(FY2024) FOR SCREEN(INDUSTRY("Banks")) SORT FG_MKT_CAP(D0) / FF_DEBT(FY2024) DESC'),
]


@pytest.mark.parametrize(("question", "query"), FORMULA_SAME + FORMULA_KEPT)
def test_a_formula_after_a_comma_or_dash_that_computes_the_key(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "words"), FORMULA_OTHER)
def test_a_formula_after_a_comma_or_dash_that_computes_another_figure_is_refused(question: str, words: str) -> None:
    assert words in refused(question)


# a year said last after a comma, after periods counted from today or from another period: no year of theirs
COUNTED_YEAR = [
    ("NWSY's net income last quarter vs the quarter before, fiscal 2024", "fiscal 2024"),
    ("NWSY's net income last quarter, fiscal 2024", "fiscal 2024"),
    ("NWSY's net income in the latest quarter vs a year earlier, fiscal 2024", "fiscal 2024"),
    ("NWSY's revenue in the latest quarter, 2024", "2024"),
    ("Falcon Software's EPS in the most recent quarter vs the previous one, FY2023", "fy2023"),
    ("NWSY's Q4 revenue vs the prior year, fiscal 2023", "fiscal 2023"),
    ("NWSY's revenue in Q4 vs the prior year, fiscal 2023", "fiscal 2023"),
    ("Falcon Software's Q2 net income vs a year earlier, FY2024", "fy2024"),
    ("NWSY's Q4 revenue vs the prior quarter, fiscal 2023", "fiscal 2023"),
]

COUNTED_YEAR_KEPT = [
    ("NWSY's Q4 revenue vs Q3, fiscal 2024", "FF_SALES(FQ2024Q4), FF_SALES(FQ2024Q3) FOR NWSY"),
    ("NWSY's net income, fiscal 2024", "FF_NET_INC(FY2024) FOR NWSY"),
    ("Net income of Lakeside Bancorp for the last year, 2024", "FF_NET_INC(FY2024) FOR LAKE"),
    # a measure between: the year may be its own
    ("NWSY's revenue last quarter and its net income, fiscal 2024", "FF_SALES(FQ0), FF_NET_INC(FY2024) FOR NWSY"),
    ("NWSY's Q4 2023 revenue vs the prior year", "FF_SALES(FQ2023Q4), FF_SALES(FQ2022Q4) FOR NWSY"),
]


@pytest.mark.parametrize(("question", "words"), COUNTED_YEAR)
def test_a_year_said_last_after_counted_periods_is_refused(question: str, words: str) -> None:
    assert words in refused(question)


@pytest.mark.parametrize(("question", "query"), COUNTED_YEAR_KEPT)
def test_near_miss_a_year_said_last(question: str, query: str) -> None:
    assert q(question) == query


# a yield on a named year's figure: that figure over the price (market cap for FCF), in percent
YIELD_ON = [
    ("NWSY's dividend yield on FY2023 dividends", "FF_DPS(FY2023) / P_PRICE(D0) * 100 FOR NWSY"),
    ("What is Falcon Software's yield on its fiscal 2022 dividend?", "FF_DPS(FY2022) / P_PRICE(D0) * 100 FOR FALC"),
    ("NWSY's earnings yield on FY2023 EPS", "FF_EPS(FY2023) / P_PRICE(D0) * 100 FOR NWSY"),
    ("What is Falcon Software's earnings yield on its 2022 earnings?", "FF_EPS(FY2022) / P_PRICE(D0) * 100 FOR FALC"),
    ("NWSY's FCF yield on fiscal 2023 free cash flow", "FF_FCF(FY2023) / FG_MKT_CAP(D0) * 100 FOR NWSY"),
]

YIELD_KEPT = [
    ("NWSY's dividend yield", "FG_DIV_YIELD(D0) FOR NWSY"),
    ("NWSY's dividend yield and its FY2023 DPS", "FG_DIV_YIELD(D0), FF_DPS(FY2023) FOR NWSY"),
    ("NWSY's P/E on FY2023 EPS", "P_PRICE(D0) / FF_EPS(FY2023) FOR NWSY"),
    ("NWSY's P/S on FY2023 sales", "FG_MKT_CAP(D0) / FF_SALES(FY2023) FOR NWSY"),
]


@pytest.mark.parametrize(("question", "query"), YIELD_ON + YIELD_KEPT)
def test_a_yield_on_a_years_figure(question: str, query: str) -> None:
    assert q(question) == query


def test_a_yield_on_a_figure_it_is_not_taken_on_is_refused() -> None:
    assert "dividend yield on fy2023 earnings" in refused("NWSY's dividend yield on FY2023 earnings")


# a period a framing clause sets a figure against: named unless said again outside the clause
FRAMED_AGAINST = [
    ("For the purposes of a cross-check against fiscal 2022, what was NWSY's revenue in fiscal 2023?", "fiscal 2022"),
    ("For a comparison with fiscal 2021, what was Falcon Software's net income in fiscal 2024?", "fiscal 2021"),
    ("To compare with fiscal 2022, what was NWSY's revenue in fiscal 2023?", "fiscal 2022"),
    ("For a piece comparing fiscal 2023 with fiscal 2022, what was NWSY's revenue in fiscal 2023?", "fiscal 2022"),
]

FRAMED_KEPT = [
    ("For the purposes of a cross-check, what was NWSY's revenue in fiscal 2023?", "FF_SALES(FY2023) FOR NWSY"),
    ("For the purposes of a cross-check against fiscal 2022, what was NWSY's revenue in fiscal 2022 and fiscal 2023?",
     "FF_SALES(FY2022), FF_SALES(FY2023) FOR NWSY"),
    ("For a piece on the 2022 slump, what was NWSY's revenue in fiscal 2023?", "FF_SALES(FY2023) FOR NWSY"),
]


@pytest.mark.parametrize(("question", "words"), FRAMED_AGAINST)
def test_a_period_a_framing_clause_compares_with_is_refused(question: str, words: str) -> None:
    assert words in refused(question)


@pytest.mark.parametrize(("question", "query"), FRAMED_KEPT)
def test_near_miss_framing_clauses(question: str, query: str) -> None:
    assert q(question) == query
