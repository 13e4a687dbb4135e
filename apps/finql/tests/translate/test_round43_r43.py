"""Round 43 (r43): review of round 42's rules. Part 1: ``parens_said``'s checks and ``pipeline._restates`` read the
reading as FinQL's syntax tree (``units_said._tree``) and the registry, and the currencies a bracket names are
``entities.CURRENCY_NAMES``; what they read stays read and what they refuse stays refused. Part 2: wrong answers
found among near misses of round 42's rules, mended as classes. Rules alone; every phrasing here is this file's own.

Currencies (companies.csv): Ashford Resorts GBP, Aurora Computing CAD, Falcon Software USD (fiscal year ends in
September)."""

from __future__ import annotations

import re

import pytest
from reading_helpers import q, refused

from finql.language.parser import parse
from finql.translate.parens_said import _currency, _in_millions, _order, _quarter, _quarters_listed
from finql.translate.units_said import _args, _nodes

# --- Part 1: the checks over the tree ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    # round 42's brackets, read as before
    ("Aurora Computing's net income for fiscal 2024 and fiscal 2021, and the change (FY24 - FY21)",
     "FF_NET_INC(FY2024), FF_NET_INC(FY2021), FF_NET_INC(FY2024) - FF_NET_INC(FY2021) FOR AURC"),
    ("What were Falcon Software's sales in the quarter before the latest (its fiscal Q3)?", "FF_SALES(FQ-1) FOR FALC"),
    ("Falcon Software's net income for fiscal 2022 to fiscal 2024 (the latest year and the two before it)",
     "FF_NET_INC(FY2022), FF_NET_INC(FY2023), FF_NET_INC(FY2024) FOR FALC"),
    ("Kingsbridge Telecom's P/E on 2024-06-15 (or the previous trading day if closed)", "FG_PE(2024-06-15) FOR KINT"),
    ("Aurora Computing's debt to equity for fiscal 2024 (times)", "FF_DEBT(FY2024) / FF_EQUITY(FY2024) FOR AURC"),
    ("Ashford Resorts' market cap at the end of 2023 (in millions of pounds)",
     "FG_MKT_CAP(2023-12-31) FOR ASHR IN GBP"),
    # a currency's names are entities' (one home): its spellings there, "quid", "C$", read in a bracket too
    ("Ashford Resorts' EPS for fiscal 2023 (quid per share)", "FF_EPS(FY2023) FOR ASHR"),
    ("Aurora Computing's sales for fiscal 2024 (C$ millions)", "FF_SALES(FY2024) FOR AURC"),
    ("Aurora Computing's sales for fiscal 2024 in C$", "FF_SALES(FY2024) FOR AURC IN CAD"),
    ("Aurora Computing's sales for fiscal 2024 in US$", "FF_SALES(FY2024) FOR AURC IN USD"),
    # the quarters listed are read from the tree's periods, resolved: the last four quarters are Q1 to Q4 of the
    # latest fiscal year
    ("Falcon Software's EPS for the last four quarters (Q1 to Q4)",
     "FF_EPS(FQ-3), FF_EPS(FQ-2), FF_EPS(FQ-1), FF_EPS(FQ0) FOR FALC"),
    # _restates: a bound said again keeps its direction, read from the condition's nodes
    ("Which banks have a debt to equity ratio below 2 (i.e. under 2)?",
     'NAME, FF_DEBT(FY2024) / FF_EQUITY(FY2024) FOR SCREEN(INDUSTRY("Banks"), FF_DEBT(FY2024) / FF_EQUITY(FY2024) < 2)'),
    ("Which utilities have a debt to equity ratio above 2 (i.e. debt more than twice equity)?",
     'NAME, FF_DEBT(FY2024) / FF_EQUITY(FY2024) FOR SCREEN(SECTOR("Utilities"), FF_DEBT(FY2024) / FF_EQUITY(FY2024) > 2)'),
    ("Falcon Software's net income for the quarter before the latest, i.e. Q3 of fiscal 2024",
     "FF_NET_INC(FQ-1) FOR FALC"),
    ("Aurora Computing's P/E today, i.e. on 2024-12-31", "FG_PE(D0) FOR AURC"),
    # a period by its names: FY-1 as written and as labelled, FY2023
    ("Falcon Software's sales in FY-1, i.e. fiscal 2023", "FF_SALES(FY-1) FOR FALC"),
    ("Aurora Computing's sales in fiscal 2024 in euros, i.e. in EUR", "FF_SALES(FY2024) FOR AURC IN EUR"),
    ("Aurora Computing's dividend yield today (i.e. DPS over price, in percent)", "FG_DIV_YIELD(D0) FOR AURC"),
    ("Aurora Computing's net margin in fiscal 2024, i.e. net income divided by sales",
     "FF_NET_INC(FY2024) / FF_SALES(FY2024) * 100 FOR AURC"),
    ("Ashford Resorts' debt and cash at the end of fiscal 2023, i.e. the year-end balance sheet",
     "FF_DEBT(FY2023), FF_CASH(FY2023) FOR ASHR"),
])
def test_read_over_the_tree(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    ("Aurora Computing's net income for fiscal 2024 and fiscal 2021, and the change (FY21 - FY24)", "FY21"),
    ("What were Falcon Software's sales in the latest quarter (its fiscal Q3)?", "Q3"),
    ("Falcon Software's EPS for fiscal 2023, one figure per quarter (Q1 to Q3)", "Q1"),
    ("Aurora Computing's consensus EPS for fiscal 2025 (diluted)", "diluted"),
    ("Kingsbridge Telecom's volume on 2024-06-15 (or the previous trading day if closed)", "previous"),
    ("Ashford Resorts' sales for fiscal 2024 (C$ m)", "'m'"),
    ("Which utilities have a debt to equity ratio above 2 (i.e. below 2)?", "i.e."),
    ("Aurora Computing's sales in fiscal 2024 in euros, i.e. in USD", "usd"),
    ("Aurora Computing's P/E today, i.e. on 2024-12-30", "i.e."),
    ("Aurora Computing's dividend yield today (i.e. DPS over EPS, in percent)", "EPS"),
    ("Ashford Resorts' debt and sales for fiscal 2023, i.e. the year-end balance sheet", "balance sheet"),
])
def test_refused_over_the_tree(question: str, named: str) -> None:
    assert named.lower() in refused(question).lower()


def test_the_checks_read_nodes() -> None:
    tree = parse("FF_SALES(FY2024) - FF_SALES(FY2021), SUM(FF_NET_INC, FQ2023Q1, FQ2023Q4) FOR AURC IN CAD")
    assert _order("2024", "2021")(tree, []) and not _order("2021", "2024")(tree, [])
    # a sum of an amount is in millions (round 42's text check found no metric in "SUM(FF_NET_INC, ...)")
    assert _in_millions("CAD", False)(tree, [])
    assert not _in_millions("GBP", False)(tree, [])
    assert len(_args(tree)) == 4 and len(_nodes(tree)) == 4
    quarters = parse("FF_SALES(FQ-1) FOR FALC")
    assert _quarter(3, 2024)(quarters, []) and not _quarter(3, 2023)(quarters, [])
    assert _quarters_listed({1, 2, 3, 4})(parse("FF_EPS(FQ-3), FF_EPS(FQ-2), FF_EPS(FQ-1), FF_EPS(FQ0) FOR FALC"), [])
    assert _currency("pounds  sterling") == "GBP" and _currency("C$") == "CAD" and _currency("doubloons") is None


# --- Part 2: wrong answers of near misses, mended -------------------------------------------------------------------

# A. the unit of millions said with the currency of no amount of money (SPEC 1: per-share items, ratios and counts are
#    in units): the millions were dropped, the figure answered per share (f42p refuses "(in millions)" of an EPS)
@pytest.mark.parametrize("question", [
    "Ashford Resorts' EPS for fiscal 2023 in millions of pounds",
    "Ashford Resorts' EPS for fiscal 2023 (in millions of pounds)",
    "Ashford Resorts' consensus EPS for fiscal 2025 in millions of pounds",
    "Ashford Resorts' EPS for fiscal 2023 in USD millions",
    "Ashford Resorts' EPS for fiscal 2023, converted to millions of euros",
    "Ashford Resorts' close on 2024-03-28 in millions of pounds",
    "Ashford Resorts' DPS for fiscal 2023 (in millions of pounds)",
    "Ashford Resorts' P/E today (in millions of pounds)",
    "Ashford Resorts' employees in fiscal 2023 (in millions of pounds)",
    "Ashford Resorts' diluted shares in fiscal 2023 in millions of pounds",
    "Which utilities had EPS above 2 in fiscal 2024, in millions of dollars?",
    "Ashford Resorts' net margin in fiscal 2023 in millions of pounds",
])
def test_millions_of_a_currency_said_of_no_amount_is_named(question: str) -> None:
    assert "millions" in refused(question)


@pytest.mark.parametrize(("question", "query"), [
    ("Ashford Resorts' sales for fiscal 2023 in millions of pounds", "FF_SALES(FY2023) FOR ASHR IN GBP"),
    ("Ashford Resorts' sales and EPS for fiscal 2023 in millions of pounds",
     "FF_SALES(FY2023), FF_EPS(FY2023) FOR ASHR IN GBP"),
    ("Ashford Resorts' market cap at the end of 2023 in millions of dollars", "FG_MKT_CAP(2023-12-31) FOR ASHR IN USD"),
    ("Ashford Resorts' consensus sales for fiscal 2025 in USD millions", "FE_SALES(FY1) FOR ASHR IN USD"),
    ("Ashford Resorts' net income for fiscal 2023, converted to millions of euros", "FF_NET_INC(FY2023) FOR ASHR IN EUR"),
    ("Ashford Resorts' EPS for fiscal 2023 in euros", "FF_EPS(FY2023) FOR ASHR IN EUR"),
    ("Which utilities had sales above 500 in fiscal 2024, in millions of dollars?",
     'NAME, FF_SALES(FY2024) FOR SCREEN(SECTOR("Utilities"), FF_SALES(FY2024) > 500) IN USD'),
])
def test_millions_of_a_currency_said_of_an_amount_reads(question: str, query: str) -> None:
    assert q(question) == query


# B. a change asked "in millions of" a currency is the difference, as "in pounds" and "in millions" each read (it was the
#    growth in percent beside IN GBP)
@pytest.mark.parametrize(("question", "query"), [
    ("Ashford Resorts' sales growth in fiscal 2023 in millions of pounds",
     "FF_SALES(FY2023) - FF_SALES(FY2022) FOR ASHR IN GBP"),
    ("Ashford Resorts' sales growth in fiscal 2023 (in millions of pounds)",
     "FF_SALES(FY2023) - FF_SALES(FY2022) FOR ASHR IN GBP"),
    ("How much did Ashford Resorts' debt rise from fiscal 2021 to fiscal 2023, in millions of dollars?",
     "FF_DEBT(FY2023) - FF_DEBT(FY2021) FOR ASHR IN USD"),
    ("Ashford Resorts' sales growth in fiscal 2023 in millions of US dollars",
     "FF_SALES(FY2023) - FF_SALES(FY2022) FOR ASHR IN USD"),
    # near misses: no unit, or a percent asked, stay the growth
    ("Ashford Resorts' sales growth in fiscal 2023", "GROWTH(FF_SALES, FY2022, FY2023) FOR ASHR"),
    ("Ashford Resorts' sales growth in fiscal 2023 in percent", "GROWTH(FF_SALES, FY2022, FY2023) FOR ASHR"),
    ("Ashford Resorts' sales in fiscal 2023 in millions of pounds and its sales growth in fiscal 2023",
     "FF_SALES(FY2023), GROWTH(FF_SALES, FY2022, FY2023) FOR ASHR IN GBP"),
])
def test_a_change_in_millions_of_a_currency_is_the_difference(question: str, query: str) -> None:
    assert q(question) == query


def test_a_per_share_change_in_millions_is_named() -> None:
    assert "millions" in refused("Ashford Resorts' EPS growth in fiscal 2023 in millions of pounds")


# C. "the year-end balance sheet" said again of a quarter that is no year's end (f42s's restatement): another day
@pytest.mark.parametrize("question", [
    "Ashford Resorts' debt in the third quarter of fiscal 2023, i.e. the year-end balance sheet",
    "Ashford Resorts' cash in the second quarter of fiscal 2022, i.e. the year-end balance sheet",
    "Ashford Resorts' debt in the quarter before the latest, i.e. the year-end balance sheet",
])
def test_year_end_balance_sheet_of_another_quarter_is_named(question: str) -> None:
    assert "balance sheet" in refused(question)


@pytest.mark.parametrize(("question", "query"), [
    ("Ashford Resorts' debt in the fourth quarter of fiscal 2023, i.e. the year-end balance sheet",
     "FF_DEBT(FQ2023Q4) FOR ASHR"),
    ("Ashford Resorts' debt in the third quarter of fiscal 2023, i.e. the quarter-end balance sheet",
     "FF_DEBT(FQ2023Q3) FOR ASHR"),
    ("Ashford Resorts' debt at the end of fiscal 2023 (i.e. the year-end balance sheet)", "FF_DEBT(FY2023) FOR ASHR"),
    ("Ashford Resorts' debt in the latest quarter, i.e. the year-end balance sheet", "FF_DEBT(FQ0) FOR ASHR"),
])
def test_year_end_balance_sheet_of_a_year_end_reads(question: str, query: str) -> None:
    assert q(question) == query


# D. a number said in words in a restatement must be the reading's, as a number in digits must
@pytest.mark.parametrize("question", [
    "The top 5 banks by market cap today, i.e. the three largest",
    "The top 10 banks by sales in fiscal 2024, i.e. the twenty biggest",
    "The top 5 utilities by net income in fiscal 2024, i.e. the seven most profitable",
])
def test_a_number_word_restated_otherwise_is_refused(question: str) -> None:
    assert "i.e." in refused(question)


@pytest.mark.parametrize(("question", "query"), [
    ("The top 5 banks by market cap today, i.e. the five largest",
     'NAME, FG_MKT_CAP(D0) FOR SCREEN(INDUSTRY("Banks")) SORT FG_MKT_CAP(D0) DESC TOP 5 IN USD'),
    ("The top 10 banks by sales in fiscal 2024, i.e. the ten biggest",
     'NAME, FF_SALES(FY2024) FOR SCREEN(INDUSTRY("Banks")) SORT FF_SALES(FY2024) DESC TOP 10 IN USD'),
    ("The largest bank by market cap today, i.e. the one with the highest market cap",
     'NAME, FG_MKT_CAP(D0) FOR SCREEN(INDUSTRY("Banks")) SORT FG_MKT_CAP(D0) DESC TOP 1 IN USD'),
])
def test_a_number_word_restated_alike_reads(question: str, query: str) -> None:
    assert q(question) == query


# E. "the difference between" two figures, or one close "minus" another, restated of a return or growth in percent
@pytest.mark.parametrize("question", [
    "Aurora Computing's price change over the last 20 sessions, i.e. the difference between the close 20 sessions ago "
    "and the latest close",
    "Aurora Computing's price change over the last 20 sessions, i.e. the latest close minus the close 20 sessions ago",
    "Aurora Computing's sales growth in fiscal 2024, i.e. the difference from fiscal 2023",
])
def test_a_difference_restated_of_a_percent_is_refused(question: str) -> None:
    assert re.search(r"i\.e\.|difference", refused(question))


@pytest.mark.parametrize(("question", "query"), [
    ("Aurora Computing's price change over the last 20 sessions, i.e. the percent change from the close 20 sessions ago "
     "to the latest close", "P_RETURN(D-20, D0) FOR AURC"),
    ("Aurora Computing's sales growth in fiscal 2024, i.e. the percent change from fiscal 2023",
     "GROWTH(FF_SALES, FY2023, FY2024) FOR AURC"),
    ("Aurora Computing's net income in fiscal 2024 minus fiscal 2023, i.e. the difference",
     "FF_NET_INC(FY2024) - FF_NET_INC(FY2023) FOR AURC"),
    ("What is the difference between Aurora Computing's net income in fiscal 2024 and fiscal 2023, i.e. fiscal 2024 "
     "minus fiscal 2023?", "FF_NET_INC(FY2024) - FF_NET_INC(FY2023) FOR AURC"),
])
def test_a_difference_restated_of_a_difference_reads(question: str, query: str) -> None:
    assert q(question) == query
