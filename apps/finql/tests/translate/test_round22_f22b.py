"""Round 22 (f22b): a plain user's wording of SPEC's rules (a SPEC sweep): one share's worth, negated amounts, a
stock's move as the subject of a screen condition, set groups closed by their noun, "N times as much A as B", the
latest balance sheet, ordinal quarter spans, fields asked with a verb, who asks said first, and refusals for rights.
Own wording, not the tuning questions; near misses stay refused, naming their words."""

from __future__ import annotations

from typing import Any

import pytest
from reading_helpers import q, refused


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # one share's worth, with the company's name between the count and "share", is its price (it was the market
        # value: a wrong answer)
        ("How much is one Falcon Software share worth in dollars right now?", "P_PRICE(D0) FOR FALC IN USD"),
        ("what's each Apex Medical share worth today", "P_PRICE(D0) FOR APXD"),
        ("What is a Northwind Systems share worth in euros today?", "P_PRICE(D0) FOR NWSY IN EUR"),
        # the company's own worth stays its market value
        ("How much is Northwind Systems worth in euros today?", "FG_MKT_CAP(D0) FOR NWSY IN EUR"),
    ],
)
def test_one_named_share_worth_is_its_price(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # "did not pay a dividend greater than X": the amount compared, negated (it was refused, naming the comparison)
        ("Which utilities didn't pay a dividend per share above 1 last year?",
         'NAME, FF_DPS(FY2024) FOR SCREEN(SECTOR("Utilities"), NOT (FF_DPS(FY2024) > 1))'),
        ("Banks that did not pay dividends of more than 2 in fiscal 2023",
         'NAME, FF_DPS(FY2023) FOR SCREEN(INDUSTRY("Banks"), NOT (FF_DPS(FY2023) > 2))'),
        ("Insurers that do not pay out a dividend above 1.5 last year",
         'NAME, FF_DPS(FY2024) FOR SCREEN(INDUSTRY("Insurance"), NOT (FF_DPS(FY2024) > 1.5))'),
        # no amount: the adjective, as before
        ("Which beverage makers did not pay a dividend in fiscal 2023",
         'NAME, FF_DPS(FY2023) FOR SCREEN(INDUSTRY("Beverages"), FF_DPS(FY2023) = 0)'),
    ],
)
def test_negated_dividend_amount(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # a stock's move said as the subject of one condition of several is the return (the move was dropped and the
        # screen answered the P/E alone: a wrong answer)
        ("Software companies where the shares slumped over the past six months or the P/E is above 40",
         'NAME, P_RETURN(2024-07-15, D0), FG_PE(D0) FOR SCREEN(INDUSTRY("Software"), P_RETURN(2024-07-15, D0) < 0 '
         'OR FG_PE(D0) > 40)'),
        ("Banks where the stock sank year to date and the P/E is below 10",
         'NAME, P_RETURN(2023-12-31, D0), FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), P_RETURN(2023-12-31, D0) < 0 '
         'AND FG_PE(D0) < 10)'),
        # money the stock lost (made) is its holders': the return, never the company's loss
        ("Insurers where either the stock lost money year to date or the P/E is under 8",
         'NAME, P_RETURN(2023-12-31, D0), FG_PE(D0) FOR SCREEN(INDUSTRY("Insurance"), P_RETURN(2023-12-31, D0) < 0 '
         'OR FG_PE(D0) < 8)'),
        ("Payment companies whose stock made money this year",
         'NAME, P_RETURN(2023-12-31, D0) FOR SCREEN(INDUSTRY("Payments"), P_RETURN(2023-12-31, D0) > 0)'),
        # the company that lost money is still its net income
        ("Which software companies lost money last year?",
         'NAME, FF_NET_INC(FY2024) FOR SCREEN(INDUSTRY("Software"), FF_NET_INC(FY2024) < 0)'),
    ],
)
def test_stock_move_as_subject(question: str, query: str) -> None:
    assert q(question) == query


def test_move_over_a_period_no_reading_took_is_refused() -> None:
    # (a move said after another measure is not read as the companies' return: refused, never dropped)
    assert "tumbled" in refused("Banks with a P/E below 10 that tumbled in 2023")


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # a group closed by its noun, then a joint and a kind said again, starts a second group (the countries were
        # united and crossed with the business)
        ("Swiss companies plus Japanese banks",
         'NAME FOR SCREEN(COUNTRY("Switzerland") | INDUSTRY("Banks") & COUNTRY("Japan"))'),
        ("Show me German firms plus the French ones in utilities",
         'NAME FOR SCREEN(COUNTRY("Germany") | SECTOR("Utilities") & COUNTRY("France"))'),
        ("Canadian companies as well as the US banks",
         'NAME FOR SCREEN(COUNTRY("Canada") | INDUSTRY("Banks") & COUNTRY("United States"))'),
        # every company of the data
        ("Top 3 companies in the entire database by sales last year",
         "NAME, FF_SALES(FY2024) FOR SCREEN(ALL) SORT FF_SALES(FY2024) DESC TOP 3 IN USD"),
        ("Which company across the whole dataset has the highest P/E?",
         "NAME, FG_PE(D0) FOR SCREEN(ALL) SORT FG_PE(D0) DESC TOP 1"),
    ],
)
def test_set_groups_and_the_whole_data(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # "N times as much A as B": A compared with N times B (the multiplier was the threshold and B dropped: a wrong
        # answer)
        ("Which insurers have at least twice as much equity as debt in fiscal 2024?",
         'NAME, FF_EQUITY(FY2024), FF_DEBT(FY2024) FOR SCREEN(INDUSTRY("Insurance"), FF_EQUITY(FY2024) >= '
         'FF_DEBT(FY2024) * 2)'),
        ("Utilities with less than half as much cash as debt last year",
         'NAME, FF_CASH(FY2024), FF_DEBT(FY2024) FOR SCREEN(SECTOR("Utilities"), FF_CASH(FY2024) < FF_DEBT(FY2024) '
         '* 0.5)'),
        ("Which banks hold more than 4 times as many assets as liabilities in fiscal 2023",
         'NAME, FF_ASSETS(FY2023), FF_LIABS(FY2023) FOR SCREEN(INDUSTRY("Banks"), FF_ASSETS(FY2023) > '
         'FF_LIABS(FY2023) * 4)'),
        # the latest balance sheet: the latest fiscal year
        ("Debt on Falcon Software's most recent balance sheet", "FF_DEBT(FY2024) FOR FALC"),
        ("cash held on the latest balance sheet of Apex Medical", "FF_CASH(FY2024) FOR APXD"),
        ("Utilities with more than 2 times as much debt as cash on their latest balance sheet",
         'NAME, FF_DEBT(FY2024), FF_CASH(FY2024) FOR SCREEN(SECTOR("Utilities"), FF_DEBT(FY2024) > '
         'FF_CASH(FY2024) * 2)'),
    ],
)
def test_multiple_of_another_measure_and_latest_balance_sheet(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("Which banks have twice as much debt as cash in fiscal 2024?", "twice"),  # no comparison said
        ("Sales on the latest balance sheet for Apex Medical", "balance sheet"),  # no balance-sheet item
    ],
)
def test_multiple_and_balance_sheet_near_misses(question: str, word: str) -> None:
    assert word in refused(question)


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("Falcon Software's sales two years before their most recent fiscal year", "FF_SALES(FY2022) FOR FALC"),
        ("Apex Medical EPS one quarter before its latest quarter", "FF_EPS(FQ-1) FOR APXD"),
        ("What yield does Sterling Power offer today?", "FG_DIV_YIELD(D0) FOR STEP"),
        ("What dividend yield is Monarch Brewing currently offering?", "FG_DIV_YIELD(D0) FOR MONB"),
        ("Brightwater Resorts capex over the last four quarters added together", "SUM(FF_CAPEX, FQ-3, FQ0) FOR BRIR"),
        ("Total sales of Apex Medical over fiscal 2022 to 2024, summed up", "SUM(FF_SALES, FY2022, FY2024) FOR APXD"),
        ("What industry does Falcon Software operate in?", "INDUSTRY FOR FALC"),
        ("Which sector does Apex Medical fall under?", "SECTOR FOR APXD"),
        ("Which country does Northwind Systems belong to?", "COUNTRY FOR NWSY"),
        ("As a basic analyst, what is Apex Medical's fiscal 2024 free cash flow?", "FF_FCF(FY2024) FOR APXD"),
        ("As a guest user I'd like Northwind Systems' price today", "P_PRICE(D0) FOR NWSY"),
        # an ordinal quarter span of one year (the first end was the latest such quarter: a wrong answer)
        ("Change in Apex Medical's net income from the second to the third quarter of fiscal 2023, in percent",
         "GROWTH(FF_NET_INC, FQ2023Q2, FQ2023Q3) FOR APXD"),
        ("Growth in Apex Medical's net income from the second quarter to the third quarter of fiscal 2023",
         "GROWTH(FF_NET_INC, FQ2023Q2, FQ2023Q3) FOR APXD"),
        ("How much did Falcon Software's EPS grow between the 1st and 4th quarters of fiscal 2022?",
         "GROWTH(FF_EPS, FQ2022Q1, FQ2022Q4) FOR FALC"),
    ],
)
def test_spec_sweep_wordings(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("Which shares was Northwind Systems offering in 2024?", "offering"),  # no yield: no offer read
        # no field asked, no set named with its kind ("belong to the Banks industry" reads as "are in" does since
        # round 33, f33a: the membership verb before a set named with its kind)
        ("Which companies belong to Northwind Systems?", "belong"),
    ],
)
def test_sweep_near_misses(question: str, word: str) -> None:
    assert word in refused(question)


def _ctx(env: Any, principal: str) -> Any:
    from charter.agents import RunContext
    from charter.agents.context import Extensions

    return RunContext(principal=principal, gateway=None, catalog=env.charter.catalog, data=env.charter.data,
                      extensions=Extensions(env))


def test_refused_question_reading_data_the_asker_may_not_see_is_not_permitted(env: Any) -> None:
    """A question the chain cannot express that reads fundamentals (or a multiple on them), a conversion, or a hidden
    company is refused for rights first (the catalog decides), as one about estimates was; an analyst, and an asker who
    may read what it touches, still get 'unsupported'."""
    from finql.translate.agents import decomposed

    agent = decomposed()
    fund = "What's the going market valuation of Apex Medical per our overnight memo thingy?"
    assert agent.run({"question": fund}, _ctx(env, "guest")).output.refusal == "not_permitted"
    assert agent.run({"question": fund}, _ctx(env, "analyst")).output.refusal == "unsupported"
    income = "Falcon Software net income in fiscal 2024, frobnicated"
    out = agent.run({"question": income}, _ctx(env, "guest")).output
    assert out.refusal == "not_permitted" and "fundamentals" in (out.message or "")
    assert agent.run({"question": income}, _ctx(env, "analyst-basic")).output.refusal == "unsupported"


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # the same figure at a second period, said by "the estimate (the one, the figure) for"
        ("Next year's consensus EPS and the one for the year after, for Kingsbridge Telecom",
         "FE_EPS(FY1), FE_EPS(FY2) FOR KINT"),
        ("Consensus EPS for Kingsbridge Telecom for fiscal 2025 and the estimate for fiscal 2026",
         "FE_EPS(FY1), FE_EPS(FY2) FOR KINT"),
        ("Northwind Systems sales in fiscal 2023 and the figure for fiscal 2024",
         "FF_SALES(FY2023), FF_SALES(FY2024) FOR NWSY"),
    ],
)
def test_same_figure_at_another_period(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("How much did Sterling Power hand out in dividends per share in fiscal 2024?", "FF_DPS(FY2024) FOR STEP"),
        ("Which utilities handed out dividends in fiscal 2024?",
         'NAME, FF_DPS(FY2024) FOR SCREEN(SECTOR("Utilities"), FF_DPS(FY2024) > 0)'),
    ],
)
def test_hand_out_dividends(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # the stocks said as the subject of a move by more than a percentage (it was refused, naming the threshold)
        ("Which bank shares fell more than 5% over the past six months and have a P/E under 10?",
         'NAME, P_RETURN(2024-07-15, D0), FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), P_RETURN(2024-07-15, D0) < -5 AND '
         'FG_PE(D0) < 10)'),
        ("Which software stocks rallied more than 30% in 2023?",
         'NAME, P_RETURN(2022-12-31, 2023-12-31) FOR SCREEN(INDUSTRY("Software"), P_RETURN(2022-12-31, 2023-12-31) > 30)'),
    ],
)
def test_stocks_moved_by_a_percentage(question: str, query: str) -> None:
    assert q(question) == query
