"""Round 49 (r49): a review of round 48's rules by near misses. Near misses that read wrong (an answer that looks
right), mended by class: a year said as a span's bound is no year a bare "year end" ends; a follow-up's topic said
"Now for X", "And for X", "What about X", "On to X" or a bare "For X" before another company's question; an asker's
sentence naming a company the rest neither names nor speaks of; a price said "off" its high or low. Rules alone;
every phrasing here is this file's own."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# --- 1. a year said as a span's bound is no year ended ("since 2022 ... year-end") --------------------------------


@pytest.mark.parametrize("question", [
    "Cobalt Motors' return since 2022 and its year-end market cap",
    "Cobalt Motors' return from 2022 to now and its year-end close",
    "How has Atlas Mining done since 2021 and what was it worth at year end?",
    "Brightwater Power's return since 2022 and its market cap at year end",
    "Cobalt Motors' return starting 2022 and its year-end P/E",
])
def test_year_as_a_bound_is_no_year_ended(question: str) -> None:
    assert "year" in refused(question)


@pytest.mark.parametrize(("question", "query"), [
    ("Cobalt Motors' 2023 return and its year-end market cap",
     "P_RETURN(2022-12-31, 2023-12-31), FG_MKT_CAP(2023-12-31) FOR COBA"),
    ("How did Atlas Mining do in 2022 and what was it worth at year end?",
     "P_RETURN(2021-12-31, 2022-12-31), FG_MKT_CAP(2022-12-31) FOR ATLM"),
    ("Cobalt Motors' return from the 2023 year-end close to today", "P_RETURN(2023-12-31, D0) FOR COBA"),
    ("Cobalt Motors' return in Q3 2023 and its year-end market cap",
     "P_RETURN(2023-06-30, 2023-09-30), FG_MKT_CAP(2023-12-31) FOR COBA"),
    ("Cobalt Motors' year-end 2023 close", "P_PRICE(2023-12-31) FOR COBA"),
])
def test_year_end_of_the_year_said_still_read(question: str, query: str) -> None:
    assert q(question) == query


def test_year_end_fiscal_still_refused() -> None:
    refused("Cobalt Motors' fiscal 2023 sales and its year-end market cap")


# --- 2. a follow-up's topic said "Now for X", "And for X", "What about X", "On to X", "For X" ---------------------


@pytest.mark.parametrize("question", [
    "Now for Cobalt Motors, what is Atlas Mining's P/E?",
    "And for Cobalt Motors; what is Atlas Mining's P/E?",
    "Now for Brightwater Power: what were Delta Capital's sales in 2023?",
    "What about Cobalt Motors, what is Atlas Mining's P/E?",
    "How about Apex Materials: what was Delta Capital's net income in 2023?",
    "On to Cobalt Motors -- what is Atlas Mining's P/E?",
    "Moving on to Cobalt Motors; what is Atlas Mining's P/E?",
    "Then for Cobalt Motors, what is Atlas Mining's dividend yield?",
    "For Cobalt Motors, what is Atlas Mining's P/E?",
])
def test_topic_bridge_of_another_company(question: str) -> None:
    assert refused(question)


@pytest.mark.parametrize(("question", "query"), [
    ("Now for Cobalt Motors, what is its P/E?", "FG_PE(D0) FOR COBA"),
    ("Now for 2023, what was Cobalt Motors' net income?", "FF_NET_INC(FY2023) FOR COBA"),
    ("Now for 2023: Cobalt Motors' net income?", "FF_NET_INC(FY2023) FOR COBA"),
    ("Now for the banks: which has the highest P/E?",
     'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks")) SORT FG_PE(D0) DESC TOP 1'),
    ("For Cobalt Motors, what was the net income in 2023?", "FF_NET_INC(FY2023) FOR COBA"),
    ("For Cobalt Motors and Atlas Mining, what is the P/E?", "FG_PE(D0) FOR COBA, ATLM"),
    ("For Cobalt Motors, Atlas Mining and Brightwater Power, what is the P/E?", "FG_PE(D0) FOR COBA, ATLM, BRIP"),
    ("For Cobalt Motors, how does its P/E compare with Atlas Mining's?", "FG_PE(D0) FOR COBA, ATLM"),
    ("For Cobalt Motors: P/E, and Atlas Mining's too", "FG_PE(D0) FOR COBA, ATLM"),
    ("For our watch list (Cobalt Motors, Atlas Mining) the P/E please", "FG_PE(D0) FOR COBA, ATLM"),
])
def test_topic_bridge_still_read(question: str, query: str) -> None:
    assert q(question) == query


# --- 3. an asker's sentence naming a company the rest neither names nor speaks of ---------------------------------


@pytest.mark.parametrize("question", [
    "I work at Atlas Mining. What was Cobalt Motors' net income in 2023?",
    "Our office is next to Atlas Mining. What is Cobalt Motors' P/E?",
    "My office is near Delta Capital. What were Brightwater Power's sales in 2023?",
])
def test_asker_sentence_of_another_company(question: str) -> None:
    assert refused(question)


@pytest.mark.parametrize(("question", "query"), [
    ("I work at Atlas Mining. What was its net income in 2023?", "FF_NET_INC(FY2023) FOR ATLM"),
    ("Our shop is next to Atlas Mining. What is its P/E?", "FG_PE(D0) FOR ATLM"),
    ("I work at Atlas Mining. What is its P/E, and Cobalt Motors' too?", "FG_PE(D0) FOR ATLM, COBA"),
    ("I hold Atlas Mining and Cobalt Motors. What were their P/Es?", "FG_PE(D0) FOR ATLM, COBA"),
    ("I'm a student. What is Cobalt Motors' P/E?", "FG_PE(D0) FOR COBA"),
])
def test_asker_sentence_still_read(question: str, query: str) -> None:
    assert q(question) == query


# --- 4. a price said "off" its high or low ------------------------------------------------------------------------


@pytest.mark.parametrize("question", [
    "Cobalt Motors' price off its 2023 high",
    "Cobalt Motors' share price off its 52-week high",
    "Atlas Mining's close off its 2023 peak",
    "Cobalt Motors and Atlas Mining: share price off their 52-week highs",
])
def test_price_off_its_extreme_named(question: str) -> None:
    assert "off its high or low" in refused(question)


@pytest.mark.parametrize(("question", "query"), [
    ("How much is Cobalt Motors off its 52-week high?", "(P_PRICE(D0) / P_HIGH(2024-01-15, D0) - 1) * 100 FOR COBA"),
    ("How far is Cobalt Motors' share price off its 52-week high?",
     "(P_PRICE(D0) / P_HIGH(2024-01-15, D0) - 1) * 100 FOR COBA"),
    ("Cobalt Motors' share price and its 52-week high", "P_PRICE(D0), P_HIGH(2024-01-15, D0) FOR COBA"),
    ("Cobalt Motors' close versus its 2023 high", "P_PRICE(D0), P_HIGH(2023-01-01, 2023-12-31) FOR COBA"),
])
def test_price_off_its_extreme_still_read(question: str, query: str) -> None:
    assert q(question) == query


# --- 5. a later sentence asking a new measure of some of the companies named before --------------------------------


@pytest.mark.parametrize("question", [
    "Cobalt Motors and Atlas Mining sales in 2023. Also the P/E for Atlas Mining.",
    "Cobalt Motors and Atlas Mining sales in 2023. For Atlas Mining, also the P/E.",
    "Delta Capital and Brightwater Power net income in 2022. Brightwater Power's dividend yield as well.",
    "Cobalt Motors and Atlas Mining sales in 2023. What is Atlas Mining's P/E?",
])
def test_later_figure_of_some_named(question: str) -> None:
    assert refused(question)


@pytest.mark.parametrize(("question", "query"), [
    ("Cobalt Motors and Atlas Mining sales in 2023. What are Cobalt Motors' and Atlas Mining's P/E?",
     "FF_SALES(FY2023), FG_PE(2023-12-31) FOR COBA, ATLM"),
    ("Cobalt Motors and Atlas Mining sales in 2023. And each one's P/E.",
     "FF_SALES(FY2023), FG_PE(2023-12-31) FOR COBA, ATLM"),
    ("Cobalt Motors and Atlas Mining sales in 2023. Just Atlas Mining's.", "FF_SALES(FY2023) FOR ATLM"),
])
def test_later_figure_of_all_still_read(question: str, query: str) -> None:
    assert q(question) == query
