"""Round 35 (f35s): the SPEC readers' misses: a change's size asked with "how much", a per-share ranking in each
company's own currency, a weekend day's close restated, and money spent on capital projects or plant and equipment."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# "how much" of a "change" (no percent said) is its size in the figure's unit: the later value minus the earlier
CHANGE_SIZE = [
    ("By how much did Apex Medical's sales change from the quarter before last to last quarter?",
     "FF_SALES(FQ2024Q4) - FF_SALES(FQ2024Q3) FOR APXD"),
    ("How much did Westbrook Consulting's headcount change from fiscal 2020 to fiscal 2024?",
     "FF_EMPLOYEES(FY2024) - FF_EMPLOYEES(FY2020) FOR WEST"),
    ("by how much has falcon software's debt changed between fiscal 2022 and fiscal 2024",
     "FF_DEBT(FY2024) - FF_DEBT(FY2022) FOR FALC"),
]
# said in percent, or year on year, or as a rise, it stays the growth
CHANGE_GROWTH = [
    ("Could the committee see by how much Kingsbridge Telecom's earnings per share have changed between fiscal 2018 and "
     "fiscal 2024, in percentage terms?", "GROWTH(FF_EPS, FY2018, FY2024) FOR KINT"),
    ("By how much did NWSY's revenue rise in 2024?", "GROWTH(FF_SALES, FY2023, FY2024) FOR NWSY"),
    ("How much did Falcon Software's sales change year on year in fiscal 2024?", "GROWTH(FF_SALES, FY2023, FY2024) FOR FALC"),
]


@pytest.mark.parametrize(("question", "query"), CHANGE_SIZE + CHANGE_GROWTH)
def test_how_much_a_figure_changed(question: str, query: str) -> None:
    assert q(question) == query


# an amount quoted per share is ranked as each company quotes it; amounts of money still convert to rank sizes
PER_SHARE_RANKED = [
    ("Rank the semiconductor makers by FY2024 diluted EPS, highest first.",
     'NAME, FF_EPS(FY2024) FOR SCREEN(INDUSTRY("Semiconductors")) SORT FF_EPS(FY2024) DESC'),
    ("Which three Consumer Staples companies paid the highest dividend per share in fiscal 2024?",
     'NAME, FF_DPS(FY2024) FOR SCREEN(SECTOR("Consumer Staples")) SORT FF_DPS(FY2024) DESC TOP 3'),
    ("Sort the TECHX members by share price today, highest first.",
     "NAME, P_PRICE(D0) FOR SCREEN(INDEX(TECHX)) SORT P_PRICE(D0) DESC"),
    # near misses: money converts, and a currency said converts the per-share amount
    ("Top 3 materials companies by market cap",
     'NAME, FG_MKT_CAP(D0) FOR SCREEN(SECTOR("Materials")) SORT FG_MKT_CAP(D0) DESC TOP 3 IN USD'),
    ("top 3 staples by dps fy24 in usd",
     'NAME, FF_DPS(FY2024) FOR SCREEN(SECTOR("Consumer Staples")) SORT FF_DPS(FY2024) DESC TOP 3 IN USD'),
]


@pytest.mark.parametrize(("question", "query"), PER_SHARE_RANKED)
def test_per_share_ranking_currency(question: str, query: str) -> None:
    assert q(question) == query


# SPEC's rule for a day without trading, restated after a weekend day (or "on or before" after any date)
WEEKEND_RESTATED = [
    ("Indigo Stores: what was the close on Saturday 1 June 2024 (so the last trading day before it)?",
     "P_PRICE(2024-06-01) FOR INDS"),
    ("What did Keystone Retail's stock close at on Saturday 16 March 2024 (i.e. the last close on or before that date)?",
     "P_PRICE(2024-03-16) FOR KEYR"),
    ("What was Apex Medical's share price on Sunday 30 June 2024, i.e. the last close before that day?",
     "P_PRICE(2024-06-30) FOR APXD"),
    ("Closing price of Falcon Software on 15 March 2024, that is the latest close on or before that date",
     "P_PRICE(2024-03-15) FOR FALC"),
]


@pytest.mark.parametrize(("question", "query"), WEEKEND_RESTATED)
def test_weekend_close_restated(question: str, query: str) -> None:
    assert q(question) == query


def test_before_a_weekday_is_not_the_day_itself() -> None:
    assert "'before'" in refused("What was Apex Medical's share price on Monday 3 June 2024, i.e. the last close before "
                                 "that day?")


# money spent on capital projects, on (property,) plant and equipment, is capital expenditure
CAPITAL_SPENDING = [
    ("What did Keystone Materials spend on capital projects in the third quarter of fiscal 2023?",
     "FF_CAPEX(FQ2023Q3) FOR KEYM"),
    ("How much did Ember Petroleum spend on plant and equipment last year?", "FF_CAPEX(FY2024) FOR EMBP"),
    ("How much did Apex Materials spend on property, plant and equipment in fiscal 2022?", "FF_CAPEX(FY2022) FOR APXM"),
]


@pytest.mark.parametrize(("question", "query"), CAPITAL_SPENDING)
def test_capital_spending_words(question: str, query: str) -> None:
    assert q(question) == query


def test_plant_and_equipment_held_is_not_capex() -> None:
    msg = refused("What was Apex Materials' plant and equipment at the end of fiscal 2024?")
    assert "'plant'" in msg


# a balance-sheet item held "on its balance sheet", said with the verb in the progressive
HELD_ON_THE_BALANCE_SHEET = [
    ("What debt was Cobalt Power carrying on its balance sheet at the end of fiscal 2024?", "FF_DEBT(FY2024) FOR COBP"),
    ("How much cash is Apex Materials holding on its balance sheet?", "FF_CASH(FY2024) FOR APXM"),
    ("How much cash were Apex Materials and Cobalt Materials holding on their balance sheets at the end of fiscal 2023?",
     "FF_CASH(FY2023) FOR APXM, COBM"),
]


@pytest.mark.parametrize(("question", "query"), HELD_ON_THE_BALANCE_SHEET)
def test_held_on_the_balance_sheet(question: str, query: str) -> None:
    assert q(question) == query


# money earned, compared with an amount of money: net income; with the measure named after the amount, a light verb
EARNED_AN_AMOUNT = [
    ("Which airlines either grew net income by more than 20% last fiscal year or earned more than 8,000 million the year "
     "before?", 'NAME, GROWTH(FF_NET_INC, FY2023, FY2024), FF_NET_INC(FY2023) FOR SCREEN(INDUSTRY("Airlines"), '
     "GROWTH(FF_NET_INC, FY2023, FY2024) > 20 OR FF_NET_INC(FY2023) > 8000)"),
    ("Which banks earned more than 5000 million last year?",
     'NAME, FF_NET_INC(FY2024) FOR SCREEN(INDUSTRY("Banks"), FF_NET_INC(FY2024) > 5000)'),
    ("Which utilities earned over 2,000 million of operating income in fiscal 2024?",
     'NAME, FF_OPER_INC(FY2024) FOR SCREEN(SECTOR("Utilities"), FF_OPER_INC(FY2024) > 2000)'),
    # near miss: earned in percent on equity is the return on equity, as before
    ("Which automakers earned less than 7% on shareholders' equity last year?",
     'NAME, FF_NET_INC(FY2024) / FF_EQUITY(FY2024) * 100 FOR SCREEN(INDUSTRY("Automobiles"), '
     "FF_NET_INC(FY2024) / FF_EQUITY(FY2024) * 100 < 7)"),
]


@pytest.mark.parametrize(("question", "query"), EARNED_AN_AMOUNT)
def test_earned_an_amount(question: str, query: str) -> None:
    assert q(question) == query


# a fiscal year's quarters said as a whole, and a quarter range said after "the quarters"
QUARTERS_SUMMED = [
    ("Sum of net income over the four quarters of fiscal 2023 (first through fourth fiscal quarter) for Harbor Freight "
     "Lines.", "SUM(FF_NET_INC, FQ2023Q1, FQ2023Q4) FOR HFL"),
    ("Total net income over fiscal 2023's quarters for Northwind Logistics", "SUM(FF_NET_INC, FQ2023Q1, FQ2023Q4) FOR NWLG"),
    ("Average sales across the quarters of fiscal 2022 for Apex Medical", "AVG(FF_SALES, FQ2022Q1, FQ2022Q4) FOR APXD"),
    ("What was Bluepeak Energy's total capital expenditure summed over the quarters from fiscal Q3 2023 through fiscal "
     "Q2 2024?", "SUM(FF_CAPEX, FQ2023Q3, FQ2024Q2) FOR BPE"),
    ("apex medical sales added up over the quarters from Q1 2023 to Q4 2023", "SUM(FF_SALES, FQ2023Q1, FQ2023Q4) FOR APXD"),
]


@pytest.mark.parametrize(("question", "query"), QUARTERS_SUMMED)
def test_quarters_summed(question: str, query: str) -> None:
    assert q(question) == query


# an "i.e." ("that is") restatement the rules cannot read: the question without it, where it says nothing the reading
# does not (its measures, companies, numbers and periods are the reading's)
RESTATED = [
    ("We are reviewing leverage. Among companies in the Payments industry, which ones had total debt of more than twice "
     "their equity at the end of fiscal 2024 (i.e. a debt to equity ratio above 2)?",
     'NAME, FF_DEBT(FY2024), FF_EQUITY(FY2024) FOR SCREEN(INDUSTRY("Payments"), FF_DEBT(FY2024) > FF_EQUITY(FY2024) * 2)'),
    ("Return in percent for Driftwood Pay over the last 60 trading days, i.e. from the close 60 sessions ago to the "
     "latest close.", "P_RETURN(D-60, D0) FOR DRIP"),
    ("Number of analysts contributing to the fiscal 2025 consensus (i.e. next year's estimate) for Quarry Telecom.",
     "FE_NUM(FY1) FOR QUAR"),
    ("lowest close of apex medical over the last 20 trading days (that is, from 20 sessions ago to the latest close)",
     "P_LOW(D-20, D0) FOR APXD"),
    ("Sales of Cascade Semiconductor last year (i.e. fiscal 2024)", "FF_SALES(FY2024) FOR CSMI"),
]
# a restatement that says something else (another period, number, measure or currency) stays refused, named
RESTATED_OTHERWISE = [
    ("Return in percent for Driftwood Pay over the last 60 trading days, i.e. from the close 20 sessions ago to the "
     "latest close.", "i.e."),
    ("Sales of Cascade Semiconductor last year (i.e. fiscal 2023)", "fiscal 2023"),
    ("Which banks had a P/E below 10 today (i.e. below 12)?", "12"),
    ("Which banks had a P/E below 10 today (i.e. a P/B under 10)?", "i.e."),
    ("Sales of Cascade Semiconductor in fiscal 2022 (i.e. in US dollars)", "i.e."),
    # a word of the restatement the rules do not read is something else said
    ("how did the banks do in march 2020, i.e. the covid year", "covid year"),
]


@pytest.mark.parametrize(("question", "query"), RESTATED)
def test_restatement_said_again(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "word"), RESTATED_OTHERWISE)
def test_restatement_saying_otherwise_is_refused(question: str, word: str) -> None:
    assert f"'{word}'" in refused(question)
