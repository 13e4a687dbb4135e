"""Round 34 (f34b): the classes of tune34b's misses, each asserted in the set's register and in two others.

- a supervisor's numbered information request: "Request 7. The Authority requests ...", "Item 3. The regulator asks
  for ...", and its words: "identification of every bank", "insurance undertakings", "whose equity represented less
  than 20 per cent of its total assets", "at the end of each firm's fiscal year 2024", "across fiscal quarters FQ2023Q1
  through FQ2024Q4 inclusive", "listed from the weakest performer to the strongest";
- a novelist's scene said in a sentence of its own ("My heroine is a junior banker ...", "A character inherits X
  shares from her aunt.", "For a boardroom scene at X: ..."), with a motive's rules (a company, a period, a set or a
  rule said only in it is named);
- a second multiple sharing the trade's verb ("trading under 0.8x book and under 20x earnings"); the second bound's
  number read whole (it was cut before its last digit: "under 20x earnings and under 0.8x book" read the P/E times book
  value below 0, a wrong answer on main, refused now);
- a sports agent's slang: "rank em", "what's the street expecting EPS-wise", "in US bucks".
"""

from __future__ import annotations

import pytest
from reading_helpers import q, refused, reworded

# ----------------------------------------------------------------------------- a supervisor's numbered request
REQUESTED = [
    ("What was First Harbor Bank's total liabilities in fiscal 2024?", "FF_LIABS(FY2024) FOR FHB"),
    ("What was Delta Insurance's net income in fiscal 2023?", "FF_NET_INC(FY2023) FOR DELT"),
    ("What is Driftwood Pay's P/E today?", "FG_PE(D0) FOR DRIP"),
]


def _noun_phrase(s: str) -> str:
    for lead in ("What was ", "What is "):
        if s.startswith(lead):
            return "the " + s[len(lead):].rstrip("?")
    return s


REQUESTS = {
    "authority": lambda s: f"Request 7. The Authority requests {_noun_phrase(s)}.",
    "regulator": lambda s: f"Item 3. The regulator asks for {_noun_phrase(s)}.",
    "supervisor": lambda s: f"Request 12. The supervisor would like {_noun_phrase(s)}.",
}


@pytest.mark.parametrize(("question", "variant", "query"), reworded(REQUESTED, REQUESTS))
def test_supervisor_request(question: str, variant: str, query: str) -> None:
    assert q(question) == query
    assert q(variant) == query


def test_supervisor_request_cases() -> None:
    assert q("Request 1. The Authority requests that the firm provide the total liabilities and total equity of First "
             "Harbor Bank as at the end of its fiscal year 2024.") == "FF_LIABS(FY2024), FF_EQUITY(FY2024) FOR FHB"
    assert q("Request 5. The Authority requests the percentage change in Delta Insurance's net income between fiscal "
             "year 2023 and fiscal year 2024.") == "GROWTH(FF_NET_INC, FY2023, FY2024) FOR DELT"
    # in a plain question and in an email's
    assert q("The regulator wants Delta Insurance's net income for fiscal 2023.") == "FF_NET_INC(FY2023) FOR DELT"
    assert q("Hi - the supervisor has requested Driftwood Pay's P/E today, thanks.") == "FG_PE(D0) FOR DRIP"


def test_supervisor_request_keeps_refusing_what_is_not_understood() -> None:
    assert "ebitda" in refused("Request 4. The Authority requests the EBITDA of Delta Insurance for fiscal 2024.")
    refused("Request 4. The Authority requests the figures of Delta Insurance.")
    assert "authority" in refused("What was the Authority's net income in fiscal 2024?")


# ----------------------------------------------------------------------------- a supervisor's words
def test_identification_and_undertakings() -> None:
    insurers = 'NAME FOR SCREEN(INDUSTRY("Insurance") & (COUNTRY("France") | COUNTRY("United States")))'
    assert q("Request 3. The Authority requests a list of all insurance undertakings in the dataset that are "
             "domiciled in either France or the United States.") == insurers
    assert q("List the insurance undertakings domiciled in either France or the United States.") == insurers
    assert q("The Authority requests identification of all insurance companies domiciled in either France or the "
             "United States.") == insurers
    assert q("Please provide identification of every insurer domiciled in either France or the United States.") == insurers


def test_share_represented() -> None:
    banks = ('NAME, FF_EQUITY(FY2024), FF_ASSETS(FY2024) / 5 FOR SCREEN(INDUSTRY("Banks"), '
             'FF_EQUITY(FY2024) < FF_ASSETS(FY2024) / 5)')
    assert q("Request 6. The Authority requests identification of every bank in the dataset whose equity at the end of "
             "fiscal year 2024 represented less than 20 per cent of its total assets.") == banks
    assert q("Which banks had equity at the end of fiscal year 2024 that represented less than 20 per cent of total "
             "assets?") == banks
    assert q("banks where equity represents less than 20% of total assets in FY2024?") == banks
    assert q("Which companies' debt accounted for more than 50% of their assets in fiscal 2023?") == \
        "NAME, FF_DEBT(FY2023), FF_ASSETS(FY2023) FOR SCREEN(ALL, FF_DEBT(FY2023) > FF_ASSETS(FY2023) * 0.5)"
    # a share of something: never a verb of a set ("represented in the index"), nor a share of nothing said
    refused("Which companies represented in the NX100 index have a debt that represents more than the equity?")


def test_each_firms_fiscal_year() -> None:
    assert q("Request 13. The Authority requests the number of employees of Monarch Care Partners and of Ivory Genomics "
             "at the end of each firm's fiscal year 2024.") == "FF_EMPLOYEES(FY2024) FOR MCP, IVOG"
    assert q("What were the total assets of First Harbor Bank and Lakeside Bancorp at the end of each company's fiscal "
             "year 2023?") == "FF_ASSETS(FY2023) FOR FHB, LAKE"
    assert q("headcount of Monarch Care Partners and Ivory Genomics at each firm's FY2024 year end?") == \
        "FF_EMPLOYEES(FY2024) FOR MCP, IVOG"


def test_fiscal_quarters_through_inclusive() -> None:
    avg = "AVG(FF_DEBT, FQ2023Q1, FQ2024Q4) FOR SPL"
    assert q("Request 17. The Authority requests the average level of debt held by Summit Power & Light across fiscal "
             "quarters FQ2023Q1 through FQ2024Q4 inclusive.") == avg
    assert q("Average debt of Summit Power & Light from FQ2023Q1 through FQ2024Q4 inclusive?") == avg
    assert q("What was Summit Power & Light's average debt over fiscal quarters FQ2023Q1 to FQ2024Q4?") == avg
    assert q("total sales of Summit Power & Light, FQ2023Q1 to FQ2023Q4 inclusive") == \
        "SUM(FF_SALES, FQ2023Q1, FQ2023Q4) FOR SPL"
    # the grain said before codes of another grain stays unread
    assert "fiscal quarters" in refused("Average debt of Summit Power & Light over fiscal quarters FY2020 to FY2024?")


def test_weakest_performer_to_the_strongest() -> None:
    query = ("NAME, P_RETURN(2023-12-31, 2024-12-31) FOR SCREEN(INDEX(EUROPE)) "
             "SORT P_RETURN(2023-12-31, 2024-12-31) ASC")
    assert q("Request 18. The Authority requests the share price return of every company in the EUROPE index over "
             "calendar year 2024, listed from the weakest performer to the strongest.") == query
    assert q("2024 share price return for each EUROPE index name, from the worst performer to the best") == query
    assert q("List the EUROPE index companies' share price return over calendar year 2024, from the weakest name to "
             "the strongest.") == query


# ----------------------------------------------------------------------------- a novelist's scene
def test_story_sentence() -> None:
    assert q("My heroine is a junior banker in London, and in chapter three she's poring over First Harbor Bank's "
             "accounts late at night. What was the bank's net income for fiscal 2024?") == "FF_NET_INC(FY2024) FOR FHB"
    assert q("A character inherits a bundle of Evergreen Realty Trust shares from her aunt. What's the dividend yield "
             "on them right now, and what was the dividend per share for fiscal 2024?") == \
        "FG_DIV_YIELD(D0), FF_DPS(FY2024) FOR EVRT"
    assert q("What did Cascade Semiconductor close at on Christmas Eve 2024? It's a small detail for a holiday scene "
             "where someone checks the price on his phone.") == "P_PRICE(2024-12-24) FOR CSMI"
    assert q("My detective notices that Ivory Genomics' revenue seems to jump suspiciously. What was its sales growth "
             "between fiscal 2022 and fiscal 2023, in percent?") == "GROWTH(FF_SALES, FY2022, FY2023) FOR IVOG"
    # a screenwriter's and a game designer's
    assert q("In my screenplay the protagonist is a trader at Cobalt Motors. What was Cobalt Motors' net income in "
             "fiscal 2023?") == "FF_NET_INC(FY2023) FOR COBA"
    assert q("The villain of my board game owns a big stake in Cobalt Motors. what's its P/E today?") == \
        "FG_PE(D0) FOR COBA"
    assert q("For a boardroom scene at Bluepeak Renewables: what was the gross margin in the latest fiscal quarter?") \
        == "FF_GROSS_INC(FQ0) / FF_SALES(FQ0) * 100 FOR BPR"
    assert q("For the novel's second act, what was Cobalt Motors' net income in fiscal 2023?") == \
        "FF_NET_INC(FY2023) FOR COBA"


def test_story_month_referred_to() -> None:
    # the month said in the scene, referred to as "that month" after it (as "that day" was, round 31)
    assert q("There's a scene on a grey afternoon in March 2020, when markets are collapsing and my character is "
             "watching her savings melt. What was the lowest closing price Cobalt Motors hit during that month?") == \
        "P_LOW(2020-03-01, 2020-03-31) FOR COBA"
    assert q("My client bought Cobalt Motors in March 2020. What was its highest close during that month?") == \
        "P_HIGH(2020-03-01, 2020-03-31) FOR COBA"
    assert q("In my novel the crash comes in March 2020. Cobalt Motors' lowest close that month?") == \
        "P_LOW(2020-03-01, 2020-03-31) FOR COBA"
    assert "march 2020" in refused("In my novel the crash comes in March 2020. What was Cobalt Motors' return that day?")


def test_story_sentence_keeps_what_would_change_the_query() -> None:
    # another company, a set, a rule, the only period: said only in the story, named
    assert "cobalt motors" in refused("My heroine is a banker at Cobalt Motors. What was Keystone Retail's net income "
                                      "for fiscal 2024?")
    assert "banks" in refused("In my novel the detective only looks at banks. Which companies have a P/E under 10?")
    assert "2019" in refused("My novel is set in 2019. What was Cobalt Motors' net income?")
    # a book only as the writer's own: "a price to book under 1.5" is a measure's (t8s-013 was lost once)
    assert q("Banks or insurers with a price to book under 1.5 and positive free cash flow last year") == (
        'NAME, FG_PB(D0), FF_FCF(FY2024) FOR SCREEN(INDUSTRY("Banks") | INDUSTRY("Insurance"), '
        'FG_PB(D0) < 1.5 AND FF_FCF(FY2024) > 0)')
    # a request said in it is a request, never dropped
    assert q("My detective wants Cobalt Motors' P/E. What was its net income in fiscal 2024?") == \
        "FG_PE(D0), FF_NET_INC(FY2024) FOR COBA"


# ----------------------------------------------------------------------------- multiples sharing the trade's verb
def test_second_multiple_shares_the_verb() -> None:
    both = ('NAME, FG_MKT_CAP(D0) / FF_EQUITY(FY2024), FG_PE(D0) FOR SCREEN(SECTOR("Energy"), '
            'FG_MKT_CAP(D0) / FF_EQUITY(FY2024) < 0.8 AND FG_PE(D0) < 20)')
    assert q("Kid just signed a big extension and wants cheap stuff. Show me Energy names trading under 0.8x book and "
             "under 20x earnings as of today") == both
    assert q("Which Energy companies are trading under 0.8 times book and under 20 times earnings today?") == both
    assert q("Energy stocks trading below 0.8x book, below 3x sales") == (
        'NAME, FG_MKT_CAP(D0) / FF_EQUITY(FY2024), FG_MKT_CAP(D0) / FF_SALES(FY2024) FOR SCREEN(SECTOR("Energy"), '
        'FG_MKT_CAP(D0) / FF_EQUITY(FY2024) < 0.8 AND FG_MKT_CAP(D0) / FF_SALES(FY2024) < 3)')
    assert q("Energy names trading above 20 times earnings but below 30") == \
        'NAME, FG_PE(D0) FOR SCREEN(SECTOR("Energy"), FG_PE(D0) > 20 AND FG_PE(D0) < 30)'


def test_second_multiple_never_cut() -> None:
    # the second bound's number was cut before its last digit ("under 2 times book0 times earnings"): the P/E times
    # book value below 0, a wrong answer; refused in round 34, as a multiple of a figure joined with no verb of its
    # own is; (round 35, f35n) the P/E said first as a multiple shares the trade's verb with the next one: both read
    assert q("Show me Energy names trading under 20x earnings and under 0.8x book") == (
        'NAME, FG_PE(D0), FG_MKT_CAP(D0) / FF_EQUITY(FY2024) FOR SCREEN(SECTOR("Energy"), '
        'FG_PE(D0) < 20 AND FG_MKT_CAP(D0) / FF_EQUITY(FY2024) < 0.8)')
    assert q("Show me Energy names trading under 20x earnings and under 3x sales") == (
        'NAME, FG_PE(D0), FG_MKT_CAP(D0) / FF_SALES(FY2024) FOR SCREEN(SECTOR("Energy"), '
        'FG_PE(D0) < 20 AND FG_MKT_CAP(D0) / FF_SALES(FY2024) < 3)')
    refused("Show me Energy names with a yield above 4% and under 0.8x book")


# ----------------------------------------------------------------------------- a sports agent's slang
def test_agent_slang() -> None:
    assert q("Sterling Beverages vs Brightwater Beverages vs Crescent Beverages, who had the most cash on the balance "
             "sheet at the end of last fiscal year? rank em") == \
        "FF_CASH(FY2024) FOR STEB, BRIG, CRBV SORT FF_CASH(FY2024) DESC"
    assert q("what's the street expecting EPS-wise for Cascade Semi next year and the year after?") == \
        "FE_EPS(FY1), FE_EPS(FY2) FOR CSMI"
    assert q("what are analysts expecting sales-wise for Cascade Semi next year?") == "FE_SALES(FY1) FOR CSMI"
    assert q("Sales for Zenith Brands in Q2 of fiscal 2024, in US bucks") == "FF_SALES(FQ2024Q2) FOR ZENI IN USD"
    assert q("net income of Zenith Brands in fiscal 2024 in bucks") == "FF_NET_INC(FY2024) FOR ZENI IN USD"


def test_agent_slang_keeps_refusing() -> None:
    assert "em" in refused("Which EM banks have the highest P/E?")
    assert "wise" in refused("valuation-wise, what's Cascade Semi's P/E?")
    assert "wise" in refused("what's Cascade Semi's P/E valuation-wise?")
