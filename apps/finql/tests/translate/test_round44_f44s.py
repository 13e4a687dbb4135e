"""Round 44 (f44s): the asker's story told around the question, cut clause by clause (``pipeline.story_clauses``,
``pipeline.story_told``). Rules alone; every phrasing here is this file's own (none taken from a golden set).

A. a story clause (a sentence, a clause between commas, an aside in brackets or dashes; not asked, not the question's
   last) whose subject is the asker or a person of the asker's, holding no request, wish, meaning, question word or
   restricting word, and no unit, currency, ranking or size, is cut where the question read without it is whole and
   the clause is shown to play no part in that reading: read alone it names no company, set or measure the reading
   lacks; a period or number of its own only beside a period the question says itself; no time or place said there is
   referred back to ("since", "then", "there", "each year"); no capitalised name there is referred to by a pronoun.
B. near misses: each stays refused (a constraint said in the story, a company or set named only there, the story's
   period the only period, a back-reference)."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

from finql.translate.pipeline import story_clauses


# A. the story's numbers, years and comparisons are the asker's, the question says its own
@pytest.mark.parametrize(("question", "query"), [
    ("I retired in 2019, and my grandson set this up for me. What were Falcon Software's sales in fiscal 2024?",
     "FF_SALES(FY2024) FOR FALC"),
    ("We moved house three times last year. What was the closing price of Bluepeak Energy on 2024-03-15?",
     "P_PRICE(2024-03-15) FOR BPE"),
    ("My husband collects stamps (he has done since 1970). What was Falcon Software's net income in fiscal 2023?",
     "FF_NET_INC(FY2023) FOR FALC"),
    ("I've kept bees for twenty years. What was Falcon Software's net income in fiscal 2023?",
     "FF_NET_INC(FY2023) FOR FALC"),
    ("We lost two games in a row last season, and my son took it badly. What was Northwind Systems' operating income "
     "in fiscal 2022?", "FF_OPER_INC(FY2022) FOR NWSY"),
    ("I worked on the railways for forty years. What did Bluepeak Energy close at on 2024-03-15?",
     "P_PRICE(2024-03-15) FOR BPE"),
    ("What was Falcon Software's net income in fiscal 2023? I turned seventy last month.",
     "FF_NET_INC(FY2023) FOR FALC"),
    ("My daughter (she turned 12 in May) set this up. What were Falcon Software's sales in fiscal 2024?",
     "FF_SALES(FY2024) FOR FALC"),
])
def test_story_cut(question: str, query: str) -> None:
    assert q(question) == query


# B. near misses: the story carries the query's words, or the question refers back to it
@pytest.mark.parametrize("question", [
    "I retired in 2019. What was Falcon Software's net income?",  # the story's period the only one
    "I've kept bees for twenty years. What is Falcon Software's net income?",
    "I retired in 2019. What was Falcon Software's net income each year since?",  # referred back to
    "I turned seventy last month. How has Falcon Software's share price done since?",
    "I bought Falcon Software in 2020. What has its return been since?",
    "I hold the banks. What was Falcon Software's net income in fiscal 2023?",  # a set named only there
    "My wife prefers the banks. What were Falcon Software's sales in fiscal 2024?",
    "I sold my Falcon Software shares in 2021. What were Northwind Systems' sales in fiscal 2024?",  # a company
    "I think in euros. What was Falcon Software's net income in fiscal 2023?",  # a currency
    "I keep my savings in pounds. What were Falcon Software's sales in fiscal 2024?",
    "My boss wants fiscal 2022. What was Falcon Software's net income in fiscal 2023?",  # a wish
    "I mean the latest quarter. What was Falcon Software's net income in fiscal 2023?",  # a meaning
    "I'm only interested in the latest quarter. What was Falcon Software's net income in fiscal 2023?",
    "I'm thinking of fiscal 2022. What was Falcon Software's net income in fiscal 2023?",
    "I worked at Tesla for ten years. What was its net income in fiscal 2023?",  # a name the pronoun may mean
    "I lived in France for ten years. Which companies there had the highest sales in fiscal 2024?",  # a place
    "I only follow the five biggest companies. Which banks had the highest net income in fiscal 2024?",  # a size
    "My father ran a factory for thirty years. How many employees did General Widget have?",
    "My uncle (he is a frobnicator) wants Falcon Software's net income for fiscal 2024.",  # a word no step knows
    "My brother's favourites are the banks. What were Falcon Software's sales in fiscal 2024?",  # a choice
    "My uncle (he trained as a chef) wants Falcon Software's net income for fiscal 2024.",  # he is who asks
])
def test_story_kept(question: str) -> None:
    refused(question)


# the clauses by form: the question's own clause and a clause that goes on after its comma are never story
@pytest.mark.parametrize(("question", "spans"), [
    ("I keep bees. What was Falcon Software's net income in fiscal 2023?", ["I keep bees."]),
    ("I hold some Falcon Software, which trades in dollars. What is its price?", []),
    ("I need Falcon Software's sales for fiscal 2024.", []),
    ("Falcon Software's sales for fiscal 2024, because I worry a lot.", []),
    ("Falcon Software's price over FY24 EPS, i.e. its P/E on the last full year", []),  # "i.e." is no asker
])
def test_story_clauses(question: str, spans: list[str]) -> None:
    assert [question[s:e].strip() for s, e in story_clauses(question)] == spans
