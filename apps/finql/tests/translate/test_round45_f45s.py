"""Round 45 (f45s): voices that tell a story before (or around) the question. Rules alone; every phrasing here is this
file's own (none taken from a golden set).

A. a scale said in the asker's story ("My wife always thinks in thousands.", "in millions", "in billions", "in bn") is
   never dropped as context (``text.SCALES`` in ``pipeline._RESTRICTING`` and ``framing._changing``): it is refused,
   named (FinQL gives money in millions; the figures were answered in millions with the words dropped).
B. a formal asker in the third person after a preamble of the case (``pipeline.formal_asked``: "In respect of X, and
   having regard to ..., the court asks for ... of the aforementioned company ..."): the request is read as the
   asker's own; "the aforementioned company" is the one company named before it, "the aforementioned companies" those
   named; the preamble and a closing clause are cut only where each is shown to play no part in the reading.
C. near misses of B: a singular reference with two companies named or none, a currency, scale, restriction or period
   said only in the preamble or the closing clause, a company named only in the preamble: each refused."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused


# A. a scale in the story is named, never dropped
@pytest.mark.parametrize(("question", "word"), [
    ("My wife always thinks in thousands. What was Apex Materials' net income in fiscal 2023?", "thousands"),
    ("I always think in billions. What was Apex Materials' net income in fiscal 2023?", "billions"),
    ("My husband reckons everything in bn. What was Apex Materials' net income in fiscal 2023?", "bn"),
    ("Our treasurer works in thousands, so what was Apex Materials' net income in fiscal 2023?", "thousands"),
    ("My wife always thinks in millions. What was Apex Materials' net income in fiscal 2023?", "millions"),
])
def test_scale_in_story_named(question: str, word: str) -> None:
    assert word in refused(question)


# A. near misses: a scale the question itself says is read as before; a story without one is cut as before
@pytest.mark.parametrize(("question", "query"), [
    ("What was Apex Materials' net income in fiscal 2023 in millions?", "FF_NET_INC(FY2023) FOR APXM"),
    ("My wife always thinks about money. What was Apex Materials' net income in fiscal 2023?",
     "FF_NET_INC(FY2023) FOR APXM"),
])
def test_scale_near_misses(question: str, query: str) -> None:
    assert q(question) == query


# B. the formal asker's request, read
@pytest.mark.parametrize(("question", "query"), [
    ("In respect of Apex Materials, and having regard to the submissions of counsel, the court asks for the net income "
     "of the aforementioned company in fiscal 2023.", "FF_NET_INC(FY2023) FOR APXM"),
    ("The tribunal, having heard counsel for Falcon Software, requires the total debt of the aforementioned company at "
     "the end of fiscal 2024.", "FF_DEBT(FY2024) FOR FALC"),
    ("In respect of Northwind Systems and Falcon Software, the court asks for the sales of each of the aforementioned "
     "companies in fiscal 2024.", "FF_SALES(FY2024) FOR NWSY, FALC"),
    ("Whereas the matter concerns Orbital Aerospace, the court would know its operating income in fiscal 2023.",
     "FF_OPER_INC(FY2023) FOR ORBA"),
    ("The bench, in respect of Helix Biotherapeutics, asks for the closing price of the aforementioned shares on "
     "28 June 2024.", "P_PRICE(2024-06-28) FOR HLXB"),
    ("Whereas the losses of Apex Materials are said to have arisen in fiscal 2023, the court asks for the net income "
     "of the aforementioned company in fiscal 2023.", "FF_NET_INC(FY2023) FOR APXM"),
])
def test_formal_asker_read(question: str, query: str) -> None:
    assert q(question) == query


# C. near misses: refused, never guessed
@pytest.mark.parametrize("question", [
    # one company for "the aforementioned company": two named, or none
    "In respect of Apex Materials and Falcon Software, the court asks for the net income of the aforementioned "
    "company in fiscal 2023.",
    "The court asks for the net income of the aforementioned company in fiscal 2023.",
    # a currency, a scale, a restriction said only around the request
    "In respect of Apex Materials, and bearing in mind that all figures are to be stated in euros, the court asks for "
    "the net income of the aforementioned company in fiscal 2023.",
    "In respect of Apex Materials, the court asks for the net income of the aforementioned company in fiscal 2023, "
    "such figure to be stated in thousands.",
    "In respect of the banks other than Ivory Bancorp, the court asks which banks have a P/E below 10 today.",
    "In respect of the larger banks, the court asks which banks have a P/E below 10 today.",
    # a period said only in the preamble, or one the request does not say
    "In respect of Apex Materials, the losses having arisen in fiscal 2022, the court asks for the net income of the "
    "aforementioned company.",
    "Having regard to fiscal 2022, the court asks for the net income of Apex Materials in fiscal 2023.",
    "In respect of Apex Materials, the court asks for the net income of the aforementioned company in fiscal 2023, "
    "the figure to be set against that of fiscal 2022.",
    # a company named only in the preamble
    "In respect of Falcon Software, the court asks for the net income of Apex Materials in fiscal 2023.",
])
def test_formal_asker_near_misses(question: str) -> None:
    refused(question)


# D. a company named in the asker's story, called "it" / "their" in the question: the one company, never two
@pytest.mark.parametrize(("question", "query"), [
    ("I've flown with Copperfield Air for years. What was its net income in fiscal 2023?",
     "FF_NET_INC(FY2023) FOR COPP"),
    ("My uncle worked at Falcon Software for decades. What were their sales in fiscal 2024?",
     "FF_SALES(FY2024) FOR FALC"),
    ("My daughter interned at Orbital Aerospace in 2019. What was its operating income in fiscal 2024?",
     "FF_OPER_INC(FY2024) FOR ORBA"),
])
def test_story_company_pronoun(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "word"), [
    # two companies named before a singular pronoun: which one is not said (both were answered)
    ("My wife used to fly with Copperfield Air and Prairie Airways. What was its net income in fiscal 2023?", "its"),
    ("I own Copperfield Air and Prairie Airways. What is its P/E today?", "its"),
    ("My son flies Copperfield Air and Prairie Airways. How has its share price done in 2024?", "its"),
])
def test_one_of_several_refused(question: str, word: str) -> None:
    assert word in refused(question)


# near misses: "it" that is the answer or no one keeps its reading
@pytest.mark.parametrize(("question", "query"), [
    ("What were Falcon Software's and Northwind Systems' sales in fiscal 2024? Show it in USD.",
     "FF_SALES(FY2024) FOR FALC, NWSY IN USD"),
])
def test_one_of_several_near_misses(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    # a name with a capital beside the company: the pronoun may mean either
    "I worked at Tesla before I joined Falcon Software. What was its net income in fiscal 2023?",
    # the story's period the only one
    "I've flown with Copperfield Air since 2019. What was its net income?",
])
def test_story_company_near_misses(question: str) -> None:
    refused(question)


# E. a set said in the story that holds the company asked changes no row; one that does not hold it is refused
def test_story_set_of_the_company() -> None:
    assert q("I take card payments through a little reader. What was Driftwood Pay's net income in fiscal 2024?") \
        == "FF_NET_INC(FY2024) FOR DRIP"
    refused("I take card payments through a little reader. What was Apex Materials' net income in fiscal 2024?")
    refused("I take card payments through a little reader. Which companies had a P/E below 10 today?")


# F. a sentence of the story taken whole: its first clause the asker's, the clauses after it go on with the tale
@pytest.mark.parametrize(("question", "query"), [
    ("We moved to Leeds in 1990, a terraced house with a garden, and stayed there for twenty years. What was Apex "
     "Materials' net income in fiscal 2023?", "FF_NET_INC(FY2023) FOR APXM"),
    ("I retired in 2019, a year before the pandemic, and took up painting. What were Falcon Software's sales in "
     "fiscal 2024?", "FF_SALES(FY2024) FOR FALC"),
])
def test_story_sentence_whole(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    # the story's period the only one, a reference back to it, a scale in the tale
    "I retired in 2019, a year before the pandemic, and took up painting. What were Falcon Software's sales?",
    "I retired in 2019, a year before the pandemic, and took up painting. What were Falcon Software's sales in each "
    "year since?",
    "I went to sea in 1962, a deckhand on a trawler, and I still think in thousands. What were Falcon Software's sales "
    "in fiscal 2024?",
])
def test_story_sentence_near_misses(question: str) -> None:
    refused(question)


def test_story_set_of_the_company_with_aside() -> None:
    # (the older context step does not drop this sentence: the story step's set rule reads it)
    assert q("I take card payments at the market now (the fees are 2 percent, daylight robbery). What was Driftwood "
             "Pay's net income in fiscal 2024?") == "FF_NET_INC(FY2024) FOR DRIP"
    refused("I take card payments at the market now (the fees are 2 percent, daylight robbery). What was Apex "
            "Materials' net income in fiscal 2024?")
