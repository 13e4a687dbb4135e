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
