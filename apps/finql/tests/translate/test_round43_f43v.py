"""Round 43 (f43v): words written around the question (tune41a's playwright and beekeeper voices). Rules alone;
every phrasing here is this file's own (none taken from a golden set).

A. (a wrong answer) a homophone of speech inside a period the time step reads as written ("year to date") is never
   read as the word said ("year two date"): that reading dropped the question's sentence as the asker's context and
   answered the other item alone.
B. the hedges "simply", "merely" (as "just", "only") are framing words (``text.FILLER``); the reflexive "itself" is
   not ("the NX100 index itself": the index's level).
C. an asker's aside in parentheses may name someone by a possessive of a plain word ("(my nephew's idea again)"):
   ``parens_said.aside``; a preference ("favourites") chooses, and stays refused."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

from finql.translate.parens_said import aside
from finql.translate.pipeline import _reads_alone
from finql.translate.spelling import _homophones


# A. a homophone inside a period read as written
@pytest.mark.parametrize(("question", "query"), [
    ("Northwind Systems and Falcon Software. How have they done year to date? And their P/E?",
     "P_RETURN(2023-12-31, D0), FG_PE(D0) FOR NWSY, FALC"),
    ("Cobalt Motors and Falcon Software. How have they done year to date? And the highest close in the past six months?",
     "P_RETURN(2023-12-31, D0), P_HIGH(2024-07-15, D0) FOR COBA, FALC"),
    ("Northwind Systems and Falcon Software. How have they done quarter to date? And their P/E?",
     "P_RETURN(2024-09-30, D0), FG_PE(D0) FOR NWSY, FALC"),
])
def test_year_to_date_never_dropped(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    "Which banks have a P/E below 10? How have they done year to date? And their dividend yields?",
    "Which banks have a P/E below 10? How have they done quarter to date? And their dividend yields?",
])
def test_year_to_date_of_a_screen_refused(question: str) -> None:
    assert "to date" in refused(question)


@pytest.mark.parametrize(("question", "query"), [
    ("How has Falcon Software done year to date? And its P/E?", "P_RETURN(2023-12-31, D0), FG_PE(D0) FOR FALC"),
    ("Falcon Software and Northwind Systems. How did they do year to date?", "P_RETURN(2023-12-31, D0) FOR FALC, NWSY"),
    # the homophone is still the word said where the word written makes no sense in its place
    ("Falcon Software net income to years ago", "FF_NET_INC(FY2023) FOR FALC"),
])
def test_homophones_elsewhere(question: str, query: str) -> None:
    assert q(question) == query


def test_homophone_inside_a_period_not_tried() -> None:
    text = "how have they done year to date"
    assert not any(text[s:e] == "to" for s, e, _sug in _homophones(text, []))
    text = "net income to years ago"
    assert any(text[s:e] == "to" for s, e, _sug in _homophones(text, []))


# B. hedges and the reflexive of emphasis
@pytest.mark.parametrize(("question", "query"), [
    ("I would like, simply, Falcon Software's total assets at the end of fiscal 2024.", "FF_ASSETS(FY2024) FOR FALC"),
    ("Simply put, what were Northwind Systems' sales in fiscal 2023?", "FF_SALES(FY2023) FOR NWSY"),
    ("I merely want Falcon Software's net income for fiscal 2022.", "FF_NET_INC(FY2022) FOR FALC"),
])
def test_hedges_read(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    ("Falcon Software's P/E today compared with itself a year ago", "itself"),
    ("Falcon Software's net income for fiscal 2023, simply doubled", "doubled"),
    ("Are the banks themselves cheap on P/E today?", "cheap"),
    # the reflexive is no hedge: the index itself is its level, not its members' figures
    ("How did the NX100 index itself perform in 2024?", "itself"),
    ("Which banks lost money in fiscal 2024? Their names and the net income figure itself, please.", "itself"),
])
def test_hedges_near_misses(question: str, named: str) -> None:
    assert named in refused(question)


# C. a possessive in the asker's aside
@pytest.mark.parametrize(("question", "query"), [
    ("How did Falcon Software shares do in 2024 (my nephew's idea again)?", "P_RETURN(2023-12-31, 2024-12-31) FOR FALC"),
    ("What was Northwind Systems' net income in fiscal 2023 (my wife's question, honestly)?",
     "FF_NET_INC(FY2023) FOR NWSY"),
])
def test_possessive_aside_read(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    ("How did the banks do in 2024 (my broker's favourites)?", "favourites"),
    ("What was Falcon Software's net income in fiscal 2023 (my sister's bank holds it)?", "sister's"),
    ("What was Falcon Software's net income in fiscal 2023 (my wife's question, not mine)?", "mine"),
])
def test_possessive_aside_near_misses(question: str, named: str) -> None:
    assert named in refused(question)


@pytest.mark.parametrize(("body", "read"), [
    ("my nephew's idea again", True),
    ("my daughter's homework, sorry", True),
    ("my broker's favourite", False),
    ("my broker's favourite stocks", False),
    ("my sister's bank", False),
    ("my fund's holdings", False),
    ("Tom's idea, I admit", False),
    ("my nephew's idea from last year", False),
    ("the company's own figure", False),
])
def test_aside_possessive(body: str, read: bool) -> None:
    assert aside(body, _reads_alone) is read


# D. the asker's reasons said first, each a clause opened by a conjunction of reason
@pytest.mark.parametrize(("question", "query"), [
    ("Because my manager will ask, what was Falcon Software's net income in fiscal 2023?", "FF_NET_INC(FY2023) FOR FALC"),
    ("Since my auditor always asks, what was Northwind Systems' total debt at the end of fiscal 2024?",
     "FF_DEBT(FY2024) FOR NWSY"),
    ("Because my boss asked, and since nobody else will, what were Northwind Systems' sales in fiscal 2023?",
     "FF_SALES(FY2023) FOR NWSY"),
    ("Because the treasurer will ask, and because she always asks in her own way, I need Falcon Software's closing "
     "price today.", "P_PRICE(D0) FOR FALC"),
])
def test_reasons_first_read(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    ("Because it is cheaper than Northwind Systems, what is Falcon Software's P/E today?", "because"),
    ("Because the chairman asked twice, what is Falcon Software's P/E today?", "because"),
    ("Given that the board meets on thursday, what is Falcon Software's P/E today?", "thursday"),
    ("Because the chairman likes big companies, which banks have the highest market cap today?", "because"),
    ("Because he prefers his own measures, what is Falcon Software's P/E today?", "prefers"),
    ("Since my boss asked about the banks, which companies have a P/E below 10 today?", "since"),
    ("Because my boss asked for Falcon Software, what were Northwind Systems' sales in fiscal 2023?", "because"),
])
def test_reasons_first_near_misses(question: str, named: str) -> None:
    assert named in refused(question)


def test_since_a_period_stays_a_period() -> None:
    assert q("Since 2020, how has Falcon Software's share price done?") == "P_RETURN(2019-12-31, D0) FOR FALC"


# E. a sentence of the asker's that names the very set the question asks of
@pytest.mark.parametrize(("question", "query"), [
    ("I used to work for a bank, so I've a soft spot for them. Which banks have a P/E below 10 today?",
     'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) < 10)'),
    ("My sister works at a utility. Which utilities had the highest dividend yield today?",
     'NAME, FG_DIV_YIELD(D0) FOR SCREEN(SECTOR("Utilities")) SORT FG_DIV_YIELD(D0) DESC'),
])
def test_set_said_again_in_context(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    ("I work for a bank in Germany. Which banks have a P/E below 10 today?", "work"),
    ("I never liked banks. Which banks have a P/E below 10 today?", "never"),
    ("My sister works at the biggest bank. Which banks have a P/E below 10 today?", "biggest"),
    ("My sister works at a utility. Which banks had the highest dividend yield today?", "utility"),
    ("My sister works at a French utility. Which utilities had the highest dividend yield today?", "french"),
    ("I used to work for a small bank. Which banks have a P/E below 10 today?", "small"),
    ("Small banks: banks with a market cap above 40bn", "small"),
    ("I follow banks with strong deposits. Which banks have a P/E below 10 today?", "strong deposits"),
    ("Banks are boring. Which banks have a P/E below 10 today?", "boring"),
    # (a set qualified: "with", "that", ...)
    ("We are building a watch list of banks with clean records. Which banks have a P/E below 10 today?", "clean"),
    ("We keep a list of banks with good habits. Which banks have a P/E below 10 today?", "habits"),
    ("I used to work for a bank that paid well. Which banks have a P/E below 10 today?", "work"),
])
def test_set_said_again_near_misses(question: str, named: str) -> None:
    assert named in refused(question)


# F. "they" / "it" doing, of the companies named before the question, beside another measure asked after it
@pytest.mark.parametrize(("question", "query"), [
    ("Falcon Software and Northwind Systems. How have they done year to date? And their P/E?",
     "P_RETURN(2023-12-31, D0), FG_PE(D0) FOR FALC, NWSY"),
    ("Falcon Software and Northwind Systems. How did they do in 2023? And what's the highest each has closed at in the "
     "past six months?", "P_RETURN(2022-12-31, 2023-12-31), P_HIGH(2024-07-15, D0) FOR FALC, NWSY"),
    ("Falcon Software. How has it done over the last 20 trading days, and its P/E?", "P_RETURN(D-20, D0), FG_PE(D0) FOR FALC"),
])
def test_pronoun_did_read(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    # (a wrong answer before: "how have they done?" dropped, the P/E alone answered)
    ("Falcon Software and Northwind Systems. How have they done? And their P/E?", "done"),
    ("Which banks have a P/E below 10? How have they done year to date?", "year to date"),
    ("Falcon Software and the banks. How have they done year to date? And their P/E?", "banks"),
    ("How have they done year to date? And what about Falcon Software's P/E?", "year to date"),
])
def test_pronoun_did_near_misses(question: str, named: str) -> None:
    assert named in refused(question)
