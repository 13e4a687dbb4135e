"""Round 35 (f35b): tune35b's classes (a chief of staff's forwarded asks, a headline writer's claims, social posts, a farm
co-operative's member), each asserted in the set's register and in two others, with near misses that stay refused."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# the executive who asks, said in a lead-in before a colon (chief of staff; a founder's assistant; a treasury clerk)
EXEC_LEAD = [
    ("Quick one from the CEO: what's Monarch Care Partners worth in US dollars right now?", "FG_MKT_CAP(D0) FOR MCP IN USD"),
    ("CEO question ahead of the board dinner: average free cash flow at Pinnacle Telecom over the last five fiscal years?",
     "AVG(FF_FCF, FY2020, FY2024) FOR PNTC"),
    ("From the CEO: which banks have a P/E below 10?", 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) < 10)'),
    ("A note from the treasurer: what was Falcon Software's net income in fiscal 2022?", "FF_NET_INC(FY2022) FOR FALC"),
    ("Ask from the founder: what was Falcon Software's net income in fiscal 2022?", "FF_NET_INC(FY2022) FOR FALC"),
]


@pytest.mark.parametrize("question,query", EXEC_LEAD)
def test_the_executive_who_asks_in_a_lead_in(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    "From the CEO of Northwind: which banks have a P/E below 10?",  # an executive of a company: not who asks
    "Who is the CEO: Northwind Systems?",  # the CEO asked about (FinQL has no such field)
])
def test_an_executive_asked_about_stays_refused(question: str) -> None:
    assert "ceo" in refused(question)


# a wish contracted onto who asks ("She'd like"), as "She would like"
@pytest.mark.parametrize("question,query", [
    ("She'd like Ivory Bancorp's price-to-book and P/E as of today.", "FG_PB(D0), FG_PE(D0) FOR IVOR"),
    ("They'd like Ivory Bancorp's price-to-book and P/E as of today.", "FG_PB(D0), FG_PE(D0) FOR IVOR"),
    ("The board'd love Ivory Bancorp's P/E today.", "FG_PE(D0) FOR IVOR"),
])
def test_a_contracted_wish_of_who_asks(question: str, query: str) -> None:
    assert q(question) == query


# "..., nothing else" said last: the figures named are the ones asked
@pytest.mark.parametrize("question,query", [
    ("She'd like Ivory Bancorp's price-to-book and P/E as of today, nothing else.", "FG_PB(D0), FG_PE(D0) FOR IVOR"),
    ("What was Falcon Software's net income in fiscal 2022 - nothing more, please.", "FF_NET_INC(FY2022) FOR FALC"),
    ("Falcon Software's sales in fiscal 2023, no other figures.", "FF_SALES(FY2023) FOR FALC"),
])
def test_nothing_else_said_last(question: str, query: str) -> None:
    assert q(question) == query


def test_nothing_else_inside_the_question_stays_refused() -> None:
    assert "nothing else" in refused("Which banks have a P/E below 10 and nothing else?")


# a price "as quoted": in the currency it is quoted in
@pytest.mark.parametrize("question,query", [
    ("Quick one from the CEO: Juniper Investments' close on 30 Sept 2024 and its latest close, as quoted.",
     "P_PRICE(2024-09-30), P_PRICE(D0) FOR JUNI"),
    ("What was First Harbor's share price today, as quoted?", "P_PRICE(D0) FOR FHB"),
    ("Northwind Systems' closing price on 15 March 2024 as quoted on its home exchange", "P_PRICE(2024-03-15) FOR NWSY"),
])
def test_a_price_as_quoted(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    "What was Northwind Systems' net income in FY2024, as quoted?",  # no price: not its quote
    "Northwind Systems' closing price on 15 March 2024 as quoted in euros",  # a currency said after it
])
def test_as_quoted_of_no_price_stays_refused(question: str) -> None:
    assert "quoted" in refused(question)


# a company "up / down how much" with a period: its stock's move (social posts; a radio caller; a retiree's note)
@pytest.mark.parametrize("question,query", [
    ("$NWSY up how much ytd??", "P_RETURN(2023-12-31, D0) FOR NWSY"),
    ("how much was Northwind Systems up in 2024?", "P_RETURN(2023-12-31, 2024-12-31) FOR NWSY"),
    ("Northwind Systems down how much since March?", "P_RETURN(2024-02-29, D0) FOR NWSY"),
    ("hows $KEYR done over the last 10 trading days", "P_RETURN(D-10, D0) FOR KEYR"),
])
def test_a_company_up_how_much(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    "how much is Northwind Systems up?",  # no period: nothing said of when
    "how much is Northwind Systems' debt up in 2024?",  # a measure's move
])
def test_up_how_much_without_a_period_or_of_a_measure_stays_refused(question: str) -> None:
    assert refused(question)


# a move said before "on" a measure is a change of it, never dropped (main answered the figure: a wrong answer)
@pytest.mark.parametrize("question", [
    "Northwind Systems up on sales in 2024?",
    "Northwind Systems down how much on net income in fiscal 2024?",
    "Falcon Software up on its EPS in fiscal 2024?",
])
def test_a_move_on_a_measure_is_never_dropped(question: str) -> None:
    msg = refused(question)
    assert "up" in msg or "down" in msg


def test_a_verb_of_doing_on_a_measure_still_reads() -> None:
    # (t27c-036: a first cut refused every move before "on" a measure, not only "up" / "down")
    assert q("how are they doing on revenue at Tidewater, last year?") == "FF_SALES(FY2024) FOR TIDE"


# a claim in headlinese, the company first, then the figures that check it (headline writer; a trader's chat; a
# fact-checker's note)
@pytest.mark.parametrize("question,query", [
    ("INDIGO STORES DIVIDEND CUT? FY24 DPS vs FY23 DPS", "FF_DPS(FY2024), FF_DPS(FY2023) FOR INDS"),
    ("Tidewater profit doubles?? net income growth FY22 to FY24, pct", "GROWTH(FF_NET_INC, FY2022, FY2024) FOR TIDE"),
    ("Cobalt Motors Q4 - profit or loss? net income for latest quarter", "FF_NET_INC(FQ0) FOR COBA"),
    ("Ashford Metals near its high? 2024 peak close + latest close", "P_HIGH(2024-01-01, 2024-12-31), P_PRICE(D0) FOR ASHM"),
    ("Falcon Software sales slump? FY2024 sales vs FY2023 sales", "FF_SALES(FY2024), FF_SALES(FY2023) FOR FALC"),
    ("Falcon Software headcount down? employees FY2023 vs FY2024", "FF_EMPLOYEES(FY2023), FF_EMPLOYEES(FY2024) FOR FALC"),
    ("$COBA eps up?? fy2024 eps vs fy2023 eps pls", "FF_EPS(FY2024), FF_EPS(FY2023) FOR COBA"),
])
def test_a_headline_claim_then_its_figures(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    "Tidewater profit doubles?? net income growth FY22 to FY24",  # the change's unit said nowhere
    "Tidewater profit doubles?? Falcon Software net income FY2024",  # another company in the request
    "Tidewater debt cut? net income FY2024",  # the claim's measure not shown
    "Tidewater Pharma margins squeezed?? net income FY2024 please",  # the same
])
def test_a_headline_claim_not_checked_by_the_request_stays_refused(question: str) -> None:
    assert refused(question)


# a headline as the writer's outlet
@pytest.mark.parametrize("question,query", [
    ("What was Falcon Software's net income in fiscal 2022? It's for the hed.", "FF_NET_INC(FY2022) FOR FALC"),
    ("For the caption: what was Falcon Software's net income in fiscal 2022?", "FF_NET_INC(FY2022) FOR FALC"),
    ("Falcon Software's sales in fiscal 2023, for the standfirst", "FF_SALES(FY2023) FOR FALC"),
])
def test_a_headline_as_the_outlet(question: str, query: str) -> None:
    assert q(question) == query


# "put them in order, most first": the order of the rows
@pytest.mark.parametrize("question,query", [
    ("Which of the food products companies made the most net profit last fiscal year? Put them in order, most first, in "
     "dollars so we can compare.",
     'NAME, FF_NET_INC(FY2024) FOR SCREEN(INDUSTRY("Food Products")) SORT FF_NET_INC(FY2024) DESC IN USD'),
    ("Food products companies by net profit last fiscal year, in order, most first, in dollars.",
     'NAME, FF_NET_INC(FY2024) FOR SCREEN(INDUSTRY("Food Products")) SORT FF_NET_INC(FY2024) DESC IN USD'),
    ("Utilities by market cap today, put them in order, smallest first.",
     'NAME, FG_MKT_CAP(D0) FOR SCREEN(SECTOR("Utilities")) SORT FG_MKT_CAP(D0) ASC IN USD'),
])
def test_put_them_in_order(question: str, query: str) -> None:
    assert q(question) == query


def test_in_order_of_periods_stays_refused() -> None:
    assert "order" in refused("Falcon Software's net income for fiscal 2020 to 2024 in order, oldest first.")


# the reason a currency is asked, said after it
@pytest.mark.parametrize("question,query", [
    ("She wants to know who the three most profitable IT companies were last fiscal year by net income -- in dollars so "
     "it's apples to apples.",
     'NAME, FF_NET_INC(FY2024) FOR SCREEN(SECTOR("Information Technology"), FF_NET_INC(FY2024) > 0) '
     "SORT FF_NET_INC(FY2024) DESC TOP 3 IN USD"),
    ("Northwind Systems and Falcon Software sales in fiscal 2024 in USD, so it's like for like.",
     "FF_SALES(FY2024) FOR NWSY, FALC IN USD"),
    ("Falcon Software and Eastgate Microdevices net income for fiscal 2023 in euros - so they're apples to apples",
     "FF_NET_INC(FY2023) FOR FALC, EAST IN EUR"),
])
def test_a_currency_so_its_apples_to_apples(question: str, query: str) -> None:
    assert q(question) == query


def test_apples_to_apples_with_no_currency_stays_refused() -> None:
    assert "apples" in refused("Which banks have a P/E below 10, so it's apples to apples?")
