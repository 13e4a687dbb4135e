"""Round 28 (f28b): the classes tune28b showed (a formal request's shapes, the fiscal year ended on a day, percent)."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# "the fiscal year ended <Month> <day>, <year>": the fiscal year of that label, for a company whose year ends then
# (the words "fiscal year ended June" were taken as the asker's word on the year end, "30, 2024" left: refused)
YEAR_ENDED_ON_A_DAY = [
    ("Give Vantage Motors' net income for the fiscal year ended June 30, 2023.", "FF_NET_INC(FY2023) FOR VNTG"),
    ("What were Polar Apparel's sales in the fiscal year ended September 30, 2022?", "FF_SALES(FY2022) FOR POLA"),
    ("What was Northwind Systems' revenue for the fiscal year ended December 31, 2022?", "FF_SALES(FY2022) FOR NWSY"),
]


@pytest.mark.parametrize("question, query", YEAR_ENDED_ON_A_DAY)
def test_the_fiscal_year_ended_on_a_day(question: str, query: str) -> None:
    assert q(question) == query


def test_a_year_ended_in_another_companys_month_stays_refused() -> None:
    assert "june 30, 2024" in refused("Give Northwind Systems' revenue for the fiscal year ended June 30, 2024.")


def test_the_year_end_said_is_still_read_as_the_askers_word() -> None:
    assert q("Aurora Pharma's sales for fiscal 2024; its fiscal year ends in June.") == "FF_SALES(FY2024) FOR AURP"


# a formal request: "State X's ...", "For X, state the ...", a later sentence's "State its ...", and the markers of
# an enumeration "(i) ... (ii) ...", "(a) ... (b) ..."
FORMAL = [
    ("State Cobalt Power's total debt for fiscal 2022.", "FF_DEBT(FY2022) FOR COBP"),
    ("For Ember Industries, state the capex for fiscal 2021.", "FF_CAPEX(FY2021) FOR EMBE"),
    ("Ember Industries reports in USD. State its free cash flow for fiscal 2023.", "FF_FCF(FY2023) FOR EMBE"),
    ("State (i) sales and (ii) net income of Ember Industries for fiscal 2022.",
     "FF_SALES(FY2022), FF_NET_INC(FY2022) FOR EMBE"),
    ("Give (a) total assets and (b) total liabilities of First Harbor Bank for fiscal 2023.",
     "FF_ASSETS(FY2023), FF_LIABS(FY2023) FOR FHB"),
    ("Identify each company that is a member of the EUROPE index and is classified in the Energy sector.",
     'NAME FOR SCREEN(INDEX(EUROPE) & SECTOR("Energy"))'),
    ("Provide the closing price of Falcon Software's common stock on June 28, 2024.", "P_PRICE(2024-06-28) FOR FALC"),
    ("Closing price of the ordinary shares of Cobalt Power on 2024-03-15", "P_PRICE(2024-03-15) FOR COBP"),
    ("Falcon Software's sales for fiscal 2023 in United States dollars", "FF_SALES(FY2023) FOR FALC IN USD"),
]


@pytest.mark.parametrize("question, query", FORMAL)
def test_a_formal_request(question: str, query: str) -> None:
    assert q(question) == query


def test_state_as_a_noun_stays_refused() -> None:
    assert "state" in refused("Which state is Falcon Software based in?")


def test_that_is_still_defines() -> None:
    assert q("Return on equity, that is net income over equity, for Falcon Software in fiscal 2023") == \
        "FF_NET_INC(FY2023) / FF_EQUITY(FY2023) * 100 FOR FALC"


# the percent unit said alone after a comma, or after the company the quotient is of (the bare word was filler: a
# plain ratio answered, a wrong answer)
PERCENT = [
    ("Net debt over equity for Cobalt Power in fiscal 2023, expressed in percent",
     "(FF_DEBT(FY2023) - FF_CASH(FY2023)) / FF_EQUITY(FY2023) * 100 FOR COBP"),
    ("Debt over assets for First Harbor Bank, fiscal 2022, percent.", "FF_DEBT(FY2022) / FF_ASSETS(FY2022) * 100 FOR FHB"),
    ("Debt to equity, percent, for Cobalt Power in fiscal 2024", "FF_DEBT(FY2024) / FF_EQUITY(FY2024) * 100 FOR COBP"),
    ("The three insurers with the highest leverage (debt over equity, percent) in fiscal 2023",
     'NAME, FF_DEBT(FY2023) / FF_EQUITY(FY2023) * 100 FOR SCREEN(INDUSTRY("Insurance")) '
     "SORT FF_DEBT(FY2023) / FF_EQUITY(FY2023) * 100 DESC TOP 3"),
]


@pytest.mark.parametrize("question, query", PERCENT)
def test_percent_said_after_a_comma_or_the_company(question: str, query: str) -> None:
    assert q(question) == query


def test_percent_of_an_amount_stays_refused() -> None:
    assert "percent" in refused("Sales of Falcon Software for fiscal 2023, percent")
