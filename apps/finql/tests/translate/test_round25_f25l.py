"""Round 25, f25l: refusal classes the round-25 helpers listed. An appositive naming the company's own sector,
industry or country; misspelt function words ("teh", "thier", "compaines"); "A question about X." said first; "a
sense (an idea) of" a figure; and the distance below a high counted over "the last N days" ranked the right way (a
wrong answer: the closest first)."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused


# -- 1: an appositive that names the company's own sector, industry or country only describes it ---------------------
@pytest.mark.parametrize(("question", "want"), [
    ("Falcon Software, the software company, what was its net income in FY2023?", "FF_NET_INC(FY2023) FOR FALC"),
    ("What was the P/E of Falcon Software (a software company)?", "FG_PE(D0) FOR FALC"),
    ("Copperfield Air, the British airline, what was its net income in FY2023?", "FF_NET_INC(FY2023) FOR COPP"),
    ("What was the net income of Copperfield Air (a UK airline) in FY2023?", "FF_NET_INC(FY2023) FOR COPP"),
    ("What was the revenue of Delta Insurance - an insurer - in FY2022?", "FF_SALES(FY2022) FOR DELT"),
    ("What was the P/E of Delta Insurance, the insurer, and Falcon Software, the software company?",
     "FG_PE(D0) FOR DELT, FALC"),
])
def test_appositive_of_the_company_own_group(question: str, want: str) -> None:
    assert q(question) == want


@pytest.mark.parametrize(("question", "named"), [
    # near misses: a group the company is not in, or a set beside or against the company, stays refused
    ("Falcon Software, the bank, what was its net income in FY2023?", "'bank'"),
    ("What was the net income of Copperfield Air (a US airline) in FY2023?", "'us'"),
    ("What was the P/E of Delta Insurance, the bank, and Falcon Software?", "'bank'"),
    ("What was the revenue of Falcon Software and the software companies in FY2023?", "'software'"),
    ("Which had the higher net income in FY2023, Falcon Software or the software industry?", "'software'"),
])
def test_appositive_of_another_group_stays_refused(question: str, named: str) -> None:
    assert named in refused(question)


# -- 2: a misspelt function word (no word of English), read as the word meant -----------------------------------------
@pytest.mark.parametrize(("question", "want"), [
    ("What was teh revenue of Falcon Software in FY2023?", "FF_SALES(FY2023) FOR FALC"),
    ("Which compaines had the highest revenue in FY2023?",
     "NAME, FF_SALES(FY2023) FOR SCREEN(ALL) SORT FF_SALES(FY2023) DESC TOP 1 IN USD"),
    ("Which comapnies in teh banks industry have a P/E below 10?",
     'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) < 10)'),
    ("What were Falcon Software's sales and thier growth in FY2023?",
     "FF_SALES(FY2023), GROWTH(FF_SALES, FY2022, FY2023) FOR FALC"),
    ("Hwo much revenue did Falcon Software make in FY2023?", "FF_SALES(FY2023) FOR FALC"),
    ("Whta was the net income of Falcon Software adn Delta Insurance in FY2022?",
     "FF_NET_INC(FY2022) FOR FALC, DELT"),
])
def test_misspelt_function_words(question: str, want: str) -> None:
    assert q(question) == want


@pytest.mark.parametrize(("question", "named"), [
    # near misses: a word of English is no slip of another; three letters not swapped are no slip
    ("What was thee revenue of Falcon Software in FY2023?", "thee"),
    ("What was thw revenue of Falcon Software in FY2023?", "thw"),
])
def test_english_or_unswapped_words_stay_named(question: str, named: str) -> None:
    assert named in refused(question)


# -- 3: "A question about X." said first names the topic, as "About X:" -------------------------------------------------
@pytest.mark.parametrize(("question", "want"), [
    ("A question about Falcon Software. What was its revenue in FY2023?", "FF_SALES(FY2023) FOR FALC"),
    ("I have a question about banks. Which have a P/E below 10?",
     'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) < 10)'),
    ("One question regarding FALC: what was the company's net income in FY2022?", "FF_NET_INC(FY2022) FOR FALC"),
    ("Quick question on Delta Insurance. How much debt did it have at the end of FY2023?", "FF_DEBT(FY2023) FOR DELT"),
])
def test_a_question_about_x_first(question: str, want: str) -> None:
    assert q(question) == want


def test_a_question_about_x_asked_stays_refused() -> None:
    # near miss: the topic asked as a question of its own is no lead-in
    assert "question" in refused("A question about Falcon Software? What was its revenue in FY2023?")


# -- 4: "a sense (an idea, a feel) of" the figure asked ----------------------------------------------------------------
@pytest.mark.parametrize(("question", "want"), [
    ("Might we have a sense of Falcon Software's revenue in FY2023?", "FF_SALES(FY2023) FOR FALC"),
    ("Could you give me a rough idea of FALC's net income in FY2022?", "FF_NET_INC(FY2022) FOR FALC"),
    ("Could we have some sense of Delta Insurance's debt at the end of FY2023?", "FF_DEBT(FY2023) FOR DELT"),
])
def test_a_sense_of_the_figure(question: str, want: str) -> None:
    assert q(question) == want


@pytest.mark.parametrize(("question", "named"), [
    ("Can you give me a sense of whether FALC's revenue grew in FY2023?", "whether"),
    ("Can you give me a sense of scale for FALC?", "scale"),
    ("What was FALC's idea of revenue in FY2023?", "idea"),
    # "we" and "our peers": the chain does not know who the asker is
    ("How do we and our peers fare on P/E?", "peers"),
    ("Which software companies, ourselves included, have a P/E below 30?", "ourselves"),
])
def test_not_a_sense_of_a_figure(question: str, named: str) -> None:
    assert named in refused(question)


# -- 5: the distance below a high of "the last N days" ranked (a wrong answer: "the last" was read as an order) ------
_BELOW = "(P_PRICE(D0) / P_HIGH(D-20, D0) - 1) * 100"


@pytest.mark.parametrize(("question", "want"), [
    ("Rank insurers by how far below their highest close of the last 20 trading days they are",
     f'NAME, {_BELOW} FOR SCREEN(INDUSTRY("Insurance")) SORT {_BELOW} ASC'),
    ("Top 3 insurers by how far below their highest close of the last 20 trading days they trade",
     f'NAME, {_BELOW} FOR SCREEN(INDUSTRY("Insurance")) SORT {_BELOW} ASC TOP 3'),
    # near misses: "bottom" and a word of order say their own
    ("Bottom 3 insurers by how far below their highest close of the last 20 trading days they trade",
     f'NAME, {_BELOW} FOR SCREEN(INDUSTRY("Insurance")) SORT {_BELOW} DESC TOP 3'),
])
def test_below_a_high_of_the_last_days(question: str, want: str) -> None:
    assert q(question) == want


def test_below_a_high_closest_first_keeps_its_order() -> None:
    assert q("Rank insurers by how far below their 52-week high they trade, closest first").endswith("DESC")
