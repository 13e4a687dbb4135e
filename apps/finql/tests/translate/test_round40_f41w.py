"""Round 41 (f41w): wrong answers noticed in round 40: a loss asked beside another measure dropped, a company's latest
figure dropped, a company's extreme said of a day read as the year's, the stock price's extremes read apart from the
share price's, and a later clause's period shared back to an earlier measure."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused


# 1. a loss asked in a clause of its own beside another measure: the net loss or the other measure's fall? named (the
#    clause was dropped, the other measure alone answered: a wrong answer)
@pytest.mark.parametrize(("question", "named"), [
    ("What were Redwood Foods' sales in 2023 and how much did it lose?", "how much did it lose"),
    ("Redwood Foods' sales in 2023, and how much money did it lose?", "how much money did it lose"),
    ("Show Aurora Pharma's total assets for 2023; how much did it lose that year?", "how much did it lose"),
    ("What was Redwood Foods' EPS in 2023, and what did it lose?", "what did it lose"),
    ("What were Redwood Foods' sales in 2023 and how much did its shares lose?", "how much did its shares lose"),
])
def test_a_loss_in_a_clause_of_its_own_is_named(question: str, named: str) -> None:
    assert named in refused(question)


@pytest.mark.parametrize(("question", "query"), [
    ("How much did Redwood Foods lose in 2023?", "FF_NET_INC(FY2023) FOR REDF"),
    ("How much did Redwood Foods' stock lose in 2023?", "P_RETURN(2022-12-31, 2023-12-31) FOR REDF"),
    ("How much did Redwood Foods shares gain or lose in 2023?", "P_RETURN(2022-12-31, 2023-12-31) FOR REDF"),
    ("What were Redwood Foods' sales in 2023 and how much did it earn?", "FF_SALES(FY2023), FF_NET_INC(FY2023) FOR REDF"),
    ("What was Redwood Foods' net loss in 2023?", "FF_NET_INC(FY2023) FOR REDF"),
])
def test_a_loss_alone_or_an_income_stays_read(question: str, query: str) -> None:
    assert q(question) == query


# 2. "X's price at the end of 2023 vs Y's latest": Y's latest figure asked, which no reading took (the 2023 figure
#    alone answered): named
@pytest.mark.parametrize("question", [
    "Redwood Foods' price at the end of 2023 vs Aurora Pharma's latest",
    "Redwood Foods' share price at the end of 2023 compared with Aurora Pharma's current",
    "Redwood Foods' P/E at the end of 2023 vs Aurora Pharma's latest",
    "Redwood Foods' sales in 2023 vs Aurora Pharma's latest",
])
def test_a_companys_latest_beside_another_period_is_named(question: str) -> None:
    assert "REDF" not in (q(question) or "")
    refused(question)


@pytest.mark.parametrize(("question", "query"), [
    ("Redwood Foods' price at the end of 2023 vs its latest", "P_PRICE(2023-12-31), P_PRICE(D0) FOR REDF"),
    ("What was Redwood Foods' price at the end of 2023 and what is it now?", "P_PRICE(2023-12-31), P_PRICE(D0) FOR REDF"),
    ("What is Redwood Foods' latest price?", "P_PRICE(D0) FOR REDF"),
    ("Redwood Foods' latest price vs Aurora Pharma's", "P_PRICE(D0) FOR REDF, AURP"),
    ("Redwood Foods' price at the end of 2023 vs Aurora Pharma's current price",
     "P_PRICE(2023-12-31), P_PRICE(D0) FOR REDF, AURP"),
])
def test_a_latest_read_stays(question: str, query: str) -> None:
    assert q(question) == query


# 3. one company's high or low said of a day: a day's close or the year's low? named (it was P_LOW over the year)
@pytest.mark.parametrize(("question", "named"), [
    ("Redwood Foods' lowest close at the end of 2023", "lowest close at the end of 2023"),
    ("What was Redwood Foods' highest closing price as of June 30, 2024?", "highest closing price as of June 30"),
    ("Redwood Foods' lowest share price on 2023-06-30", "lowest share price on 2023-06-30"),
    ("How low was Redwood Foods' lowest stock price at year-end 2023?", "lowest stock price at year-end 2023"),
    ("What was Redwood Foods' lowest share price at the end of 2023?", "lowest share price at the end of 2023"),
])
def test_a_companys_extreme_on_a_day_is_named(question: str, named: str) -> None:
    assert named in refused(question)


@pytest.mark.parametrize(("question", "query"), [
    ("What was Redwood Foods' lowest close in 2023?", "P_LOW(2023-01-01, 2023-12-31) FOR REDF"),
    ("Redwood Foods' lowest close at any point in 2023", "P_LOW(2023-01-01, 2023-12-31) FOR REDF"),
    ("What was Redwood Foods' share price at the end of 2023?", "P_PRICE(2023-12-31) FOR REDF"),
    ("What was Redwood Foods' highest stock price in 2023?", "P_HIGH(2023-01-01, 2023-12-31) FOR REDF"),
])
def test_a_companys_extreme_over_a_range_stays(question: str, query: str) -> None:
    assert q(question) == query


# 4. the stock price's extremes read as the share price's (SPEC 2: a share price on a day is its close; P_LOW is the
#    lowest close over the range): "the lowest stock price in 2023" ranked the year-end price
_LOW23 = 'NAME, P_LOW(2023-01-01, 2023-12-31) FOR SCREEN(INDUSTRY("Banks")) SORT P_LOW(2023-01-01, 2023-12-31) ASC TOP 1'
_HIGH23 = 'NAME, P_HIGH(2023-01-01, 2023-12-31) FOR SCREEN(INDUSTRY("Banks")) SORT P_HIGH(2023-01-01, 2023-12-31) DESC TOP 1'


@pytest.mark.parametrize(("question", "query"), [
    ("which bank had the lowest stock price in 2023", _LOW23),
    ("which bank had the lowest share price in 2023", _LOW23),
    ("Which bank had the highest stock price in 2023?", _HIGH23),
    ("Which bank had the highest share price in 2023?", _HIGH23),
    ("Which bank had the highest stock price over the last 20 trading days?",
     'NAME, P_HIGH(D-20, D0) FOR SCREEN(INDUSTRY("Banks")) SORT P_HIGH(D-20, D0) DESC TOP 1'),
])
def test_the_stock_and_share_prices_extremes_read_alike(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "query"), [
    ("which 3 banks had the lowest stock price on June 28, 2024",
     'NAME, P_PRICE(2024-06-28) FOR SCREEN(INDUSTRY("Banks")) SORT P_PRICE(2024-06-28) ASC TOP 3'),
    ("which bank has the lowest stock price today",
     'NAME, P_PRICE(D0) FOR SCREEN(INDUSTRY("Banks")) SORT P_PRICE(D0) ASC TOP 1'),
    ("which bank had the lowest stock price at the end of 2023",
     'NAME, P_PRICE(2023-12-31) FOR SCREEN(INDUSTRY("Banks")) SORT P_PRICE(2023-12-31) ASC TOP 1'),
    ("Rank banks by stock price", 'NAME, P_PRICE(D0) FOR SCREEN(INDUSTRY("Banks")) SORT P_PRICE(D0) DESC'),
])
def test_a_stock_price_on_a_day_stays_the_days(question: str, query: str) -> None:
    assert q(question) == query


# 5. a period said in a later clause of its own measure is not shared back to an earlier one (the P/E with no period
#    is D0, SPEC; it took the end of 2023)
@pytest.mark.parametrize(("question", "query"), [
    ("Rank the banks from the highest P/E down, and show their sales in 2023",
     'NAME, FG_PE(D0), FF_SALES(FY2023) FOR SCREEN(INDUSTRY("Banks")) SORT FG_PE(D0) DESC'),
    ("Rank the banks by P/E; show their sales in 2023",
     'NAME, FG_PE(D0), FF_SALES(FY2023) FOR SCREEN(INDUSTRY("Banks")) SORT FG_PE(D0) DESC'),
    ("Rank the banks by P/E. Show their sales in 2023.",
     'NAME, FG_PE(D0), FF_SALES(FY2023) FOR SCREEN(INDUSTRY("Banks")) SORT FG_PE(D0) DESC'),
    ("What is Redwood Foods' P/E, and what were its sales in 2023?", "FG_PE(D0), FF_SALES(FY2023) FOR REDF"),
    ("List utilities by market cap and show their net income for fiscal 2023",
     'NAME, FG_MKT_CAP(D0), FF_NET_INC(FY2023) FOR SCREEN(SECTOR("Utilities")) SORT FG_MKT_CAP(D0) DESC IN USD'),
])
def test_a_later_clauses_period_is_not_shared_back(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "query"), [
    ("Redwood Foods' P/E and sales in 2023", "FG_PE(2023-12-31), FF_SALES(FY2023) FOR REDF"),
    ("Show Redwood Foods' P/E and its sales in 2023", "FG_PE(2023-12-31), FF_SALES(FY2023) FOR REDF"),
    ("Rank the banks by P/E in 2023 and show their sales",
     'NAME, FG_PE(2023-12-31), FF_SALES(FY2023) FOR SCREEN(INDUSTRY("Banks")) SORT FG_PE(2023-12-31) DESC'),
    ("What were Redwood Foods' sales and net income? Show them for 2023.", "FF_SALES(FY2023), FF_NET_INC(FY2023) FOR REDF"),
    # a fundamental in the earlier clause shares the fiscal period (f40c's reading)
    ("How many people does Redwood Foods employ, and how much did it earn in 2023?",
     "FF_EMPLOYEES(FY2023), FF_NET_INC(FY2023) FOR REDF"),
    ("Rank the banks by total assets, and show their sales in 2023",
     'NAME, FF_ASSETS(FY2023), FF_SALES(FY2023) FOR SCREEN(INDUSTRY("Banks")) SORT FF_ASSETS(FY2023) DESC IN USD'),
])
def test_a_period_of_one_clause_stays_shared(question: str, query: str) -> None:
    assert q(question) == query
