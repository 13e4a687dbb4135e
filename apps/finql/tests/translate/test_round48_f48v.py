"""Round 48 (f48v): habits of the tuning sets' voices (not the SPEC reader's) that made the rules refuse an answerable
question: the company's own currency said as the asker's belief ("I believe it is quoted in euros", "which I
understand trades in pounds"), the reason for the currency asked told in the story ("My supplier invoices me in
euros", "I'm in the UK"), and a sentence of the story whose subject is not the teller but which is told of the teller
("General Widget made the motor in my old wheel."). Rules alone; every phrasing here is this file's own."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# --- 1. the company's own currency said as the asker's belief, checked against the master ----------------------


@pytest.mark.parametrize(("question", "query"), [
    ("I believe Monarch Stores is quoted in pounds. What was its lowest close during 2024?",
     "P_LOW(2024-01-01, 2024-12-31) FOR MONA"),
    ("What were Keystone Retail's sales in fiscal 2023? I think it trades in yen.", "FF_SALES(FY2023) FOR KEYR"),
    ("Driftwood Pay, which I gather is priced in euros: what was its net income in fiscal 2024?",
     "FF_NET_INC(FY2024) FOR DRIP"),
    # (a target said as well stays the target)
    ("Yellowstone Realty, which I understand trades in pounds: its latest price in US dollars?",
     "P_PRICE(D0) FOR YELR IN USD"),
])
def test_own_currency_believed(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    # (near misses: the currency said is not the company's own: refused, naming it)
    "I believe Monarch Stores is quoted in euros. What was its lowest close during 2024?",
    "What was Ashford Brands' highest close during 2024? I think it trades in pounds.",
])
def test_own_currency_wrong_refused(question: str) -> None:
    assert "not understood" in refused(question)


def test_quoted_in_a_currency_is_still_a_set() -> None:
    # (no company named: "quoted in euros" chooses the companies, as before)
    assert q("Which companies are quoted in euros?") == 'NAME FOR SCREEN(COUNTRY("France") | COUNTRY("Germany"))'


# --- 2. the reason for the currency asked, told in the story ------------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("My pension is paid in euros. What were Apex Medical's sales in fiscal 2024, in euros?",
     "FF_SALES(FY2024) FOR APXD IN EUR"),
    ("We keep our savings in pounds. What was Falcon Software's net income in fiscal 2023, in pounds?",
     "FF_NET_INC(FY2023) FOR FALC IN GBP"),
    # (a place whose every company reports in the currency asked, where the rest names companies and no set)
    ("I'm in the UK. What is Falcon Software's market value today in pounds?", "FG_MKT_CAP(D0) FOR FALC IN GBP"),
    ("What was Cobalt Motors' net income in fiscal 2024 in Canadian dollars? My husband lives in Canada.",
     "FF_NET_INC(FY2024) FOR COBA IN CAD"),
    ("How much is Westbrook Consulting worth right now, market cap in pounds? My client lives in the UK",
     "FG_MKT_CAP(D0) FOR WEST IN GBP"),
])
def test_currency_reason_told(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    # (near misses: no currency asked, or another one: the story's currency or place is its own, not cut)
    "I'm in the UK. What is Falcon Software's market value today?",
    "What is Falcon Software's market value today in euros? I'm in the UK.",
    "My pension is paid in euros. What were Apex Medical's sales in fiscal 2024, in pounds?",
    "My pension is paid in euros. What were Apex Medical's sales in fiscal 2024?",
])
def test_currency_reason_refused(question: str) -> None:
    assert "not understood" in refused(question)


# --- 3. a sentence of the story told of the teller, whatever its subject ------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Cobalt Motors built the first car my father drove. What were Cobalt Motors' sales in fiscal 2023?",
     "FF_SALES(FY2023) FOR COBA"),
    ("Bad weather always makes me gloomy. What is Bluepeak Energy's share price today?", "P_PRICE(D0) FOR BPE"),
    ("Lumen Streaming is in my portfolio. What is its P/E today?", "FG_PE(D0) FOR LUMS"),
    ("The power station near us took coal for 11 years, 1968 to 1979. What was Brightwater Power's capex in fiscal "
     "2024?", "FF_CAPEX(FY2024) FOR BRIP"),
])
def test_told_of_the_teller(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    # (near misses: a set, a measure or a second company the story names and the rest does not; a pronoun of two;
    # a time the rest refers back to; a sentence of no teller's word)
    "Banks make me nervous. Which companies had a P/E under 10 today?",
    "Dividends matter to me. What is Falcon Software's P/E today?",
    "Falcon Software and Lumen Streaming are in my portfolio. What is their P/E today?",
    "The 2019 figures worried me. What were Falcon Software's sales since then?",
    "Bad weather always makes people gloomy. What is Bluepeak Energy's share price today?",
])
def test_told_of_the_teller_refused(question: str) -> None:
    assert "not understood" in refused(question)


# --- 4. "thank you ever so much", as "thanks ever so much" ---------------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("What was Falcon Software's net income in fiscal 2024? Thank you ever so much.", "FF_NET_INC(FY2024) FOR FALC"),
    ("Thank you ever so much in advance. What was Lumen Streaming's net income in fiscal 2023?",
     "FF_NET_INC(FY2023) FOR LUMS"),
    ("Could you tell me Granite Water's sales in fiscal 2022, thank you ever so much", "FF_SALES(FY2022) FOR GRWT"),
    # (near miss: "ever" of an all-time period is still read as one)
    ("What was Falcon Software's highest close ever? Thank you.", "P_HIGH(2015-01-02, D0) FOR FALC"),
])
def test_thank_you_ever_so_much(question: str, query: str) -> None:
    assert q(question) == query

