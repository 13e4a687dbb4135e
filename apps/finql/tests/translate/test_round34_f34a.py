"""Round 34 (f34a): the classes of tune34a's misses, each asserted in the set's register and in two others.

- a claim a document makes, said for the answer to check ("The draft says X brought in roughly $30 billion ...",
  "Our piece claims ...", "The writer says ...", "We say ..."): set apart as a belief, its figures checked, not asked;
- "that date" after "since 2022-01-03": the day, never the span since it (the return beside a price today, a wrong
  answer);
- a measure a belief names and the question names again ("... was worth more than Y. What were their market caps?");
- a private investor's situation: the shares held or bought by the asker or the family ("I have held shares in X for
  many years", "My son bought me some X shares on 1 March 2019"), also right after the letter's greeting;
- "that is also a member of NX100", a relative clause of membership;
- "namely" as the asker's definition ("leverage for each bank, namely total liabilities as a percentage of total
  assets" read leverage's D/E beside it, a wrong answer: refused now, the two differ).
"""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# ----------------------------------------------------------------------------- a document's claim
CLAIMS = [
    # the fact-checker's register (tune34a)
    ("The writer says Prairie Airways lost money last fiscal year. Is that right? What was its net income for fiscal "
     "2024?", "FF_NET_INC(FY2024) FOR PRAI"),
    ("Our piece claims Cobalt Motors' shares rose more than 40% in 2024. What was the stock's return for calendar "
     "2024?", "P_RETURN(2023-12-31, 2024-12-31) FOR COBA"),
    ("The article states that Kingsbridge Telecom employs more than 50,000 people. How many employees did it have in "
     "fiscal 2024?", "FF_EMPLOYEES(FY2024) FOR KINT"),
    # an editor's mail
    ("Our story claims Meridian Pharma's revenue grew 12% in fiscal 2023. What was its revenue growth from fiscal 2022 "
     "to fiscal 2023?", "GROWTH(FF_SALES, FY2022, FY2023) FOR MRDP"),
    ("The press release states that Apex Medical employs about 9,000 people. How many employees did it have in fiscal "
     "2024?", "FF_EMPLOYEES(FY2024) FOR APXD"),
    ("Hi, the column says Ivory Bancorp trades at 8 times earnings. What is its P/E today?", "FG_PE(D0) FOR IVOR"),
    # a newsroom chat, lower case, a dash
    ("the article says nimbus defense stock hit a high of $80 in 2024 - what was its highest close in 2024?",
     "P_HIGH(2024-01-01, 2024-12-31) FOR NIMD"),
    ("we say harbor freight lines carries more debt than cash. what were its total debt and its cash at the end of "
     "the latest fiscal quarter?", "FF_DEBT(FQ0), FF_CASH(FQ0) FOR HFL"),
    ("the draft says the banks are cheap. which banks have a p/e under 10?",
     "NAME, FG_PE(D0) FOR SCREEN(INDUSTRY(\"Banks\"), FG_PE(D0) < 10)"),
]


@pytest.mark.parametrize(("question", "query"), CLAIMS)
def test_a_documents_claim_is_checked(question: str, query: str) -> None:
    assert q(question) == query


def test_a_documents_claim_keeps_refusing_what_is_not_understood() -> None:
    # the claim alone asks nothing; its period alone is no period of the question
    assert "last fiscal year" in refused("The draft says Prairie Airways lost money last fiscal year.")
    assert "fiscal 2023" in refused("The draft says Prairie Airways' net income was 500 million in fiscal 2023. What "
                                    "was its net income?")
    # a company named only in the claim, another asked
    assert "prairie airways" in refused("The draft says Prairie Airways lost money last fiscal year. What was "
                                        "Northwind Systems' net income?")
    # a measure FinQL lacks, in the claim and the question
    assert "ebitda" in refused("The draft says Ivory Bancorp's EBITDA rose 20% in 2024. What was its EBITDA?")
    # a threshold referred to in the claim ("below that") is no figure said
    refused("Our column says Ivory Bancorp trades at 8 times earnings. Which banks have a P/E below that?")


# ----------------------------------------------------------------------------- "that date" after "since DATE"
@pytest.mark.parametrize(("question", "query"), [
    ("The draft says Silverline Payments' share price has roughly halved since 2022-01-03. What was the return from "
     "that date to the latest close?", "P_RETURN(2022-01-03, D0) FOR SLVP"),
    ("I believe Silverline Payments fell since 2022-01-03. What was its return from that date to the latest close?",
     "P_RETURN(2022-01-03, D0) FOR SLVP"),
    ("i think silverline payments has slid since 2022-01-03 - its closing price on that date?",
     "P_PRICE(2022-01-03) FOR SLVP"),
])
def test_that_date_after_since_is_the_day(question: str, query: str) -> None:
    assert q(question) == query


def test_that_date_after_since_keeps_refusing() -> None:
    # a "since" of no one day: no day to refer to
    assert "on that date" in refused("I believe Silverline Payments fell since fiscal 2022. What was its closing price "
                                     "on that date?")


# ----------------------------------------------------------------------------- the measure said again
@pytest.mark.parametrize(("question", "query"), [
    ("The draft says that at the end of June 2024 Starlight Motors was worth more than Lakeside Automotive. What were "
     "their market caps on 2024-06-30, both in USD?", "FG_MKT_CAP(2024-06-30) FOR STAR, LAKA IN USD"),
    ("I think Starlight Motors was worth more than Lakeside Automotive. What were their market caps on 2024-06-30?",
     "FG_MKT_CAP(2024-06-30) FOR STAR, LAKA"),
    ("we think starlight motors is worth more than lakeside automotive - what are their market caps today?",
     "FG_MKT_CAP(D0) FOR STAR, LAKA"),
])
def test_a_measure_said_again_after_a_belief(question: str, query: str) -> None:
    assert q(question) == query


def test_a_belief_with_nothing_asked_stays_refused() -> None:
    refused("The draft says Starlight Motors was worth more than Lakeside Automotive. Is that right?")


# ----------------------------------------------------------------------------- a private investor's situation
@pytest.mark.parametrize(("question", "query"), [
    # the retired investor's letter (tune34a)
    ("Dear team, my son bought me some Sterling Power shares as a birthday present on 1 March 2019. Would you be so "
     "kind as to tell me what the closing price was on that day, and what it is now?",
     "P_PRICE(2019-03-01), P_PRICE(D0) FOR STEP"),
    ("Dear Sir, my grandson has just started working at Falcon Software. How many employees did they have two fiscal "
     "years ago?", "FF_EMPLOYEES(FY2023) FOR FALC"),
    ("Hello, I bought Meridian Hotels shares on 23 March 2020, when everything had fallen so much. What has the return "
     "been from that day until now?", "P_RETURN(2020-03-23, D0) FOR MRDH"),
    ("Dear Madam or Sir, I have owned Thornbury Assurance for a long time. By what percentage did the dividend per "
     "share grow between fiscal 2019 and fiscal 2024?", "GROWTH(FF_DPS, FY2019, FY2024) FOR THOR"),
    ("Good day. I have been an Oakridge Brewing shareholder for some years now. Could you add up for me the dividends "
     "per share they paid over their fiscal years 2020 to 2024?", "SUM(FF_DPS, FY2020, FY2024) FOR OAKR"),
    # an adviser's note
    ("Our client bought Meridian Hotels shares on 23 March 2020. What was the return from that day until now?",
     "P_RETURN(2020-03-23, D0) FOR MRDH"),
    ("Hi team, my wife inherited some Umbra Beverages shares. What is their dividend yield today?",
     "FG_DIV_YIELD(D0) FOR UMBR"),
    # a chat
    ("dear friends, which five NX100 companies have the highest dividend yields today?",
     "NAME, FG_DIV_YIELD(D0) FOR SCREEN(INDEX(NX100)) SORT FG_DIV_YIELD(D0) DESC TOP 5"),
    ("hello, we bought meridian hotels on 2020-03-23. return from that day to today?",
     "P_RETURN(2020-03-23, D0) FOR MRDH"),
])
def test_a_private_investors_situation(question: str, query: str) -> None:
    assert q(question) == query


def test_a_private_investors_situation_keeps_refusing() -> None:
    # the day bought, never said again or referred to
    assert "on 23 march 2020" in refused("I bought Meridian Hotels shares on 23 March 2020. What was the return over "
                                         "the past year?")
    assert "in march 2020" in refused("My daughter bought Meridian Hotels shares in March 2020. What was the return "
                                      "from that day until now?")
    # how long held, where the question says no period of its own
    refused("I have owned Oakridge Brewing for ten years now. What is its dividend yield?")
    assert "since 2019" in refused("I have owned Oakridge Brewing since 2019. What is its dividend yield?")


# ----------------------------------------------------------------------------- "that is also a member of"
@pytest.mark.parametrize(("question", "query"), [
    ("For a chapter on payout policy, what was the fiscal 2024 dividend payout ratio (DPS divided by diluted EPS, in "
     "percent) of each Consumer Staples company that is also a member of NX100?",
     "NAME, FF_DPS(FY2024) / FF_EPS(FY2024) * 100 FOR SCREEN(INDEX(NX100) & SECTOR(\"Consumer Staples\"))"),
    ("What was the fiscal 2024 net income of each Consumer Staples company that is also a member of NX100?",
     "NAME, FF_NET_INC(FY2024) FOR SCREEN(INDEX(NX100) & SECTOR(\"Consumer Staples\"))"),
    ("show the p/e today of each bank that is also in the EUROPE index",
     "NAME, FG_PE(D0) FOR SCREEN(INDEX(EUROPE) & INDUSTRY(\"Banks\"))"),
])
def test_that_is_also_a_member_of(question: str, query: str) -> None:
    assert q(question) == query


def test_that_is_also_keeps_refusing() -> None:
    assert "favourite" in refused("What was the fiscal 2024 net income of each Consumer Staples company that is also a "
                                  "favourite of NX100?")


# ----------------------------------------------------------------------------- "namely" defines
@pytest.mark.parametrize(("question", "query"), [
    ("Show the payout ratio of Umbra Beverages for fiscal 2024, namely DPS divided by EPS, in percent.",
     "FF_DPS(FY2024) / FF_EPS(FY2024) * 100 FOR UMBR"),
])
def test_namely_defines(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    # leverage is D/E: a definition that differs from it was read beside it (a column nobody asked for)
    "Show leverage for each bank, namely total liabilities as a percentage of total assets in fiscal 2024.",
    "Could I see a leverage measure for each bank, namely total liabilities as a percentage of total assets in fiscal "
    "2024?",
    "leverage per bank in fy2024, namely liabilities over assets in percent",
    "Show the payout ratio of Umbra Beverages for fiscal 2024, namely net income divided by sales.",
])
def test_namely_that_differs_is_refused(question: str) -> None:
    refused(question)
