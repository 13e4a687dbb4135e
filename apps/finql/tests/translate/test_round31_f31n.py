"""Round 31 (f31n): round 30's noticed list. Own wordings (each failed before the change: a wrong answer or a
refusal), with near misses that keep their readings or refusals. Classes: a constant before a measure in a sort key
(SPEC 2's ``NUMBER / expr``); "the smallest change" nearest zero; a high or low over a calendar period ending on its
date as a return does (SPEC 5); "that day" after the one day said before (after two days: refused, named); a check's
heading topic as framing; a sleeve's or a model portfolio's style as purpose; ``pipeline._NEUTRAL``'s one home."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# -- 1. a constant before a measure: "1 / P/B", "100 divided by the P/E" (it was TOP 1 / TOP 100 of the measure) ----


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("sort the insurers by 1 / P/B",
         'NAME, 1 / FG_PB(D0) FOR SCREEN(INDUSTRY("Insurance")) SORT 1 / FG_PB(D0) DESC'),
        ("rank utilities by 100 / P/E",
         'NAME, 100 / FG_PE(D0) FOR SCREEN(SECTOR("Utilities")) SORT 100 / FG_PE(D0) DESC'),
        ("Rank the airlines by 100 divided by their P/E, highest first",
         'NAME, 100 / FG_PE(D0) FOR SCREEN(INDUSTRY("Airlines")) SORT 100 / FG_PE(D0) DESC'),
        ("banks sorted by 1 / P/B, top 3",
         'NAME, 1 / FG_PB(D0) FOR SCREEN(INDUSTRY("Banks")) SORT 1 / FG_PB(D0) DESC TOP 3'),
        ("List utilities with 100 / P/E above 5",
         'NAME, 100 / FG_PE(D0) FOR SCREEN(SECTOR("Utilities"), 100 / FG_PE(D0) > 5)'),
        # in a definition (round 28's f28n pinned a refusal of it)
        ("Define cheapness as 100 divided by the P/B. Which three insurers have the highest cheapness?",
         'NAME, 100 / FG_PB(D0) FOR SCREEN(INDUSTRY("Insurance")) SORT 100 / FG_PB(D0) DESC TOP 3'),
    ],
)
def test_constant_before_a_measure(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "words"),
    [
        # the figure goes on after the measure, a unit on the number, a comparison's number: not read, named
        ("rank banks by 100 / P/E * 2", "/"),
        ("rank banks by 100% / P/E", "100%"),
        ("banks with a P/E below 10 / P/B", "/"),
    ],
)
def test_constant_before_a_measure_near_misses_stay_refused(question: str, words: str) -> None:
    assert words in refused(question)


def test_constant_after_a_measure_keeps_its_reading() -> None:
    assert q("rank banks by sales divided by 1000") == \
        'NAME, FF_SALES(FY2024) / 1000 FOR SCREEN(INDUSTRY("Banks")) SORT FF_SALES(FY2024) / 1000 DESC'


# -- 2. "the smallest change": nearest zero either way (it was the most negative first) ---------------------------

_G = "GROWTH(FF_EMPLOYEES, FY2023, FY2024)"


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("Which insurers had the smallest change in headcount in FY2024?",
         f'NAME, {_G} FOR SCREEN(INDUSTRY("Insurance")) SORT {_G} * {_G} ASC'),
        ("Which utility saw the least change in net income from FY2022 to FY2024?",
         "NAME, GROWTH(FF_NET_INC, FY2022, FY2024) FOR SCREEN(SECTOR(\"Utilities\")) SORT GROWTH(FF_NET_INC, FY2022, "
         "FY2024) * GROWTH(FF_NET_INC, FY2022, FY2024) ASC TOP 1"),
        # said by a verb of change with no direction
        ("Which insurers' headcount changed the least in FY2024?",
         f'NAME, {_G} FOR SCREEN(INDUSTRY("Insurance")) SORT {_G} * {_G} ASC'),
        ("Which airlines had the smallest share price move in 2024?",
         'NAME, P_RETURN(2023-12-31, 2024-12-31) FOR SCREEN(INDUSTRY("Airlines")) SORT P_RETURN(2023-12-31, '
         "2024-12-31) * P_RETURN(2023-12-31, 2024-12-31) ASC"),
    ],
)
def test_smallest_change_is_nearest_zero(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # a direction said: the lowest increase first, the smallest decline the highest growth first (as before)
        ("Which insurers had the smallest increase in sales in FY2024?",
         'NAME, GROWTH(FF_SALES, FY2023, FY2024) FOR SCREEN(INDUSTRY("Insurance")) SORT GROWTH(FF_SALES, FY2023, '
         "FY2024) ASC"),
        ("Which insurers had the smallest decline in sales in FY2024?",
         'NAME, GROWTH(FF_SALES, FY2023, FY2024) FOR SCREEN(INDUSTRY("Insurance")) SORT GROWTH(FF_SALES, FY2023, '
         "FY2024) DESC"),
        # (TOP 1: a superlative of the verb, ``compose._moved_most``, as tune8's golds read it; left this round)
        ("Which insurers' sales fell the least in FY2024?",
         'NAME, GROWTH(FF_SALES, FY2023, FY2024) FOR SCREEN(INDUSTRY("Insurance")) SORT GROWTH(FF_SALES, FY2023, '
         "FY2024) DESC TOP 1"),
        ("Which insurers had the largest change in headcount in FY2024?",
         f'NAME, {_G} FOR SCREEN(INDUSTRY("Insurance")) SORT {_G} DESC'),
    ],
)
def test_change_with_a_direction_keeps_its_order(question: str, query: str) -> None:
    assert q(question) == query


# -- 3. a high or low over a calendar period ending on D0's own date: that date, as the return beside it ----------


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("What was Falcon Software's return in 2024 and its high and low in 2024?",
         "P_RETURN(2023-12-31, 2024-12-31), P_HIGH(2024-01-01, 2024-12-31), P_LOW(2024-01-01, 2024-12-31) FOR FALC"),
        ("Apex Materials' highest close in Q4 2024", "P_HIGH(2024-10-01, 2024-12-31) FOR APXM"),
        # the distance from it is today's close against it, as before
        ("How far below its 2024 high is Apex Materials trading, in %?",
         "(P_PRICE(D0) / P_HIGH(2024-01-01, 2024-12-31) - 1) * 100 FOR APXM"),
        ("insurers within 5% of their 2024 high",
         'NAME, (P_PRICE(D0) / P_HIGH(2024-01-01, 2024-12-31) - 1) * 100 FOR SCREEN(INDUSTRY("Insurance"), '
         "(P_PRICE(D0) / P_HIGH(2024-01-01, 2024-12-31) - 1) * 100 >= -5)"),
    ],
)
def test_high_low_of_a_calendar_period_ends_on_its_date(question: str, query: str) -> None:
    assert q(question) == query


def test_high_low_to_today_keeps_d0() -> None:
    assert q("Apex Materials' high since the start of 2024") == "P_HIGH(2024-01-01, D0) FOR APXM"
    assert q("Apex Materials' YTD low") == "P_LOW(2024-01-01, D0) FOR APXM"
    assert "2023 high" in refused("How far below its 2023 high is Apex Materials trading, in %?")


# -- 4. "that day": the one day said before ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("On 2024-05-02, what did Falcon Software close at? And Apex Materials' close that day?",
         "P_PRICE(2024-05-02) FOR FALC, APXM"),
        # a client's situation, the day referred to after it (it was refused, naming the situation's date)
        ("Client sold Apex Materials on 2024-10-08. Closing price that day?", "P_PRICE(2024-10-08) FOR APXM"),
        ("Client bought Falcon Software on 2024-05-02. Market cap on the same date?", "FG_MKT_CAP(2024-05-02) FOR FALC"),
        # (round 30's f30b pinned a refusal of it, naming the date)
        ("Client sold Cobalt Motors on 2024-09-16. Closing price that day?", "P_PRICE(2024-09-16) FOR COBA"),
    ],
)
def test_that_day_is_the_day_said_before(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "words"),
    [
        # two days before it (it was both days, for every company), a year (no one day)
        ("What did Falcon Software close at on 2024-05-02 and 2024-08-01? And Apex Materials' close that day?",
         "that day"),
        ("What was Falcon Software's close on 2024-05-02, and on 2024-08-01? Volume that day?", "that day"),
        ("What was Falcon Software's return in 2024? And its close that day?", "that day"),
        # the client's date not referred to: named, as before
        ("Client sold Apex Materials on 2024-10-08. Closing price today?", "2024-10-08"),
    ],
)
def test_that_day_not_one_day_is_refused(question: str, words: str) -> None:
    assert words in refused(question)


# -- 5. a check's heading: its topic is the check's, not a column --------------------------------------------------


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("Leverage check: which insurers have debt above equity?",
         'NAME, FF_DEBT(FY2024), FF_EQUITY(FY2024) FOR SCREEN(INDUSTRY("Insurance"), FF_DEBT(FY2024) > FF_EQUITY(FY2024))'),
        ("Leverage check: total liabilities as % of total assets for Apex Materials, FY2023",
         "FF_LIABS(FY2023) / FF_ASSETS(FY2023) * 100 FOR APXM"),
        ("Valuation check: Falcon Software's P/E", "FG_PE(D0) FOR FALC"),
        # nothing asked after it: the topic is what is asked (as round 25 read it)
        ("Leverage check: Falcon Software, FY2023", "FF_DEBT(FY2023) / FF_EQUITY(FY2023) FOR FALC"),
    ],
)
def test_check_heading_topic_is_framing(question: str, query: str) -> None:
    assert q(question) == query


# -- 6. a sleeve's or a model portfolio's style: the purpose, no condition -----------------------------------------


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("For the income sleeve, which utilities have a dividend yield above 4%?",
         'NAME, FG_DIV_YIELD(D0) FOR SCREEN(SECTOR("Utilities"), FG_DIV_YIELD(D0) > 4)'),
        # (round 30's f30a pinned a refusal of it beside a screen)
        ("Top three utilities by dividend yield today, for the income sleeve.",
         'NAME, FG_DIV_YIELD(D0) FOR SCREEN(SECTOR("Utilities")) SORT FG_DIV_YIELD(D0) DESC TOP 3'),
        ("For the model portfolio, which insurers have a P/B below 1?",
         'NAME, FG_PB(D0) FOR SCREEN(INDUSTRY("Insurance"), FG_PB(D0) < 1)'),
        ("For the balanced model portfolio, what is Falcon Software's P/E?", "FG_PE(D0) FOR FALC"),
    ],
)
def test_sleeve_style_is_purpose(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "words"),
    [
        # a set or a size in the name may choose the companies (round 21): named
        ("For the tech model portfolio, which insurers have a P/B below 1?", "portfolio"),
        ("For our small-cap sleeve, which insurers have a P/B below 1?", "small-cap"),
        # a measure's word other than the sleeve's style
        ("For the dividend sleeve, which insurers have a P/B below 1?", "sleeve"),
    ],
)
def test_sleeve_with_a_set_stays_refused(question: str, words: str) -> None:
    assert words in refused(question)


# -- 7. one home for the document words that say nothing of the companies ------------------------------------------


def test_neutral_words_are_text_doc_neutral() -> None:
    from finql.translate import pipeline, text

    assert set(text.DOC_NEUTRAL.split("|")) <= pipeline._NEUTRAL
    assert not {"income", "next", "first", "final", "year-end"} & pipeline._NEUTRAL
    assert set(text._DOC_ADJ.split("|")) == set(text.DOC_NEUTRAL.split("|")) | {
        "year-end", "end-of-year", "next", "final", "first", "income"}
