"""Round 15 (f15b): questions said to a voice assistant, as speech-to-text writes them — hesitations, letters said one
by one, numbers in words, homophones and the asker's own corrections (own wording, not the tuning questions)."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

from finql.translate.pipeline import translate


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # hesitations and discourse markers of speech say nothing
        ("um what was lakeside bancorp's net income uh last year", "FF_NET_INC(FY2024) FOR LAKE"),
        ("okay so uh capex for umbra beverages in fiscal twenty twenty two", "FF_CAPEX(FY2022) FOR UMBR"),
        ("erm which banks have a dividend yield above four percent", 'NAME, FG_DIV_YIELD(D0) FOR SCREEN(INDUSTRY("Banks"), '
         "FG_DIV_YIELD(D0) > 4)"),
    ],
)
def test_hesitations_say_nothing(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # an acronym or a ticker said letter by letter is that word
        ("d p s for umbra beverages in fiscal twenty twenty two", "FF_DPS(FY2022) FOR UMBR"),
        ("q e s net income last year", "FF_NET_INC(FY2024) FOR QES"),
        ("e p s c a g r at lakeside bancorp from fiscal nineteen to fiscal twenty three",
         "CAGR(FF_EPS, FY2019, FY2023) FOR LAKE"),
        # "a p b": the article stays a word; the letters after it spell the ratio
        ("insurers with a p b under one point five", 'NAME, FG_PB(D0) FOR SCREEN(INDUSTRY("Insurance"), FG_PB(D0) < 1.5)'),
        # a quarter said with its number; a two-digit year said after "fiscal"
        ("zenith brands sales in q two of fiscal twenty twenty two", "FF_SALES(FQ2022Q2) FOR ZENI"),
        ("capex for ember industries in fiscal twenty", "FF_CAPEX(FY2020) FOR EMBE"),
        ("p slash b for lakeside bancorp", "FG_PB(D0) FOR LAKE"),
        ("umbra beverages sales h two twenty twenty three", "SUM(FF_SALES, FQ2023Q3, FQ2023Q4) FOR UMBR"),
        ("utilities with a dividend yield above three and a half percent",
         'NAME, FG_DIV_YIELD(D0) FOR SCREEN(SECTOR("Utilities"), FG_DIV_YIELD(D0) > 3.5)'),
        ("banks with net income above twelve hundred million dollars last year",
         'NAME, FF_NET_INC(FY2024) FOR SCREEN(INDUSTRY("Banks"), FF_NET_INC(FY2024) > 1200) IN USD'),
        ("dividends per share growth at umbra beverages from fiscal twenty to fiscal twenty two",
         "GROWTH(FF_DPS, FY2020, FY2022) FOR UMBR"),
    ],
)
def test_letters_and_numbers_said(question: str, query: str) -> None:
    assert q(question) == query


def test_letters_that_spell_nothing_are_named() -> None:
    assert "x z" in refused("x z for lakeside bancorp last year")


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # a homophone is read as the word said where the written one makes no sense in its place
        ("what was quarry packaging's cache last year", "FF_CASH(FY2024) FOR QUAP"),
        ("zenith brands cells in fiscal twenty twenty two", "FF_SALES(FY2022) FOR ZENI"),
        ("dividend per share four lakeside bancorp last year", "FF_DPS(FY2024) FOR LAKE"),
        ("capex at umbra beverages to years ago", "FF_CAPEX(FY2023) FOR UMBR"),
        ("insurers with a p e hire than fifteen", 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Insurance"), FG_PE(D0) > 15)'),
        ("what was zenith brands grows income last year", "FF_GROSS_INC(FY2024) FOR ZENI"),
        # "top to" before the rows is the count (the preposition was dropped: every row, a wrong answer)
        ("top to banks by market cap",
         'NAME, FG_MKT_CAP(D0) FOR SCREEN(INDUSTRY("Banks")) SORT FG_MKT_CAP(D0) DESC TOP 2 IN USD'),
        ("bottom too utilities by p e", 'NAME, FG_PE(D0) FOR SCREEN(SECTOR("Utilities")) SORT FG_PE(D0) ASC TOP 2'),
        # where the written word makes sense it stays: a count, the order of the rows
        ("which four banks have the highest p e",
         'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks")) SORT FG_PE(D0) DESC TOP 4'),
        ("banks by p e from top to bottom", 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks")) SORT FG_PE(D0) DESC'),
    ],
)
def test_homophones(question: str, query: str) -> None:
    assert q(question) == query


def test_a_homophone_is_said_as_read() -> None:
    a = translate("zenith brands cells in fiscal twenty twenty two")
    assert ("cells", "sales") in a.corrections


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("banks whose p e is no higher than ten", 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) <= 10)'),
        ("utilities with a dividend yield no lower than three percent",
         'NAME, FG_DIV_YIELD(D0) FOR SCREEN(SECTOR("Utilities"), FG_DIV_YIELD(D0) >= 3)'),
    ],
)
def test_no_higher_no_lower(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # a company taken back for another (a family word too)
        ("revenue for cobalt power no wait granite water in twenty twenty two", "FF_SALES(FY2022) FOR GRWT"),
        ("capex at helix uh sorry zenith brands last year", "FF_CAPEX(FY2024) FOR ZENI"),
        # a period
        ("zenith brands sales in q one uh scratch that q two of fiscal twenty twenty three", "FF_SALES(FQ2023Q2) FOR ZENI"),
        ("lakeside bancorp eps in twenty twenty two or rather twenty twenty three", "FF_EPS(FY2023) FOR LAKE"),
        ("lakeside bancorp eps in twenty twenty one i meant to say twenty twenty two", "FF_EPS(FY2022) FOR LAKE"),
        # a measure, with the period between them kept
        ("umbra beverages capex last year um sorry free cash flow", "FF_FCF(FY2024) FOR UMBR"),
        # a ranking's count
        ("top three no make that top five banks by market cap",
         'NAME, FG_MKT_CAP(D0) FOR SCREEN(INDUSTRY("Banks")) SORT FG_MKT_CAP(D0) DESC TOP 5 IN USD'),
        # "rather than" is no correction
        ("falcon software revenue last year in dollars rather than euros", "FF_SALES(FY2024) FOR FALC IN USD"),
    ],
)
def test_self_corrections(question: str, query: str) -> None:
    assert q(question) == query


def test_a_correction_is_noted() -> None:
    a = translate("revenue for cobalt power no wait granite water in twenty twenty two")
    assert a.reading is not None and any("taken back: 'cobalt power'" in n for n in a.reading.notes)


@pytest.mark.parametrize(
    ("question", "named"),
    [
        # nothing of the same kind before it: the correction word is named, never dropped
        ("sorry what was falcon software's revenue last year", "sorry"),
        # two measures before it: which one is taken back is not said
        ("falcon software revenue and net income in twenty twenty three i mean operating income", "i mean"),
    ],
)
def test_corrections_without_one_thing_taken_back_are_refused(question: str, named: str) -> None:
    assert named in refused(question)


@pytest.mark.parametrize(
    ("question", "named"),
    [
        # the index's own level is no list of its members ("level" is otherwise a generic noun: "debt levels")
        ("what is the level of the techx index right now", "level of the techx"),
        ("n x one hundred index level today", "index level"),
    ],
)
def test_an_index_level_is_refused(question: str, named: str) -> None:
    assert named in refused(question)
    assert q("debt levels of the techx companies last year") == 'NAME, FF_DEBT(FY2024) FOR SCREEN(INDEX(TECHX))'
