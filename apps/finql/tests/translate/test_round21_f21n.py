"""Round 21 (f21n): the last round's "noticed, not fixed" classes. A common English word one edit from a set's or a
measure's word is that word (never corrected into the set or the measure); a sentence whose set was merged with the
rest's is content, not framing; a screen's label that restricts by size, value or place must be said again after it;
a growth between a fiscal year and a quarter; an amount in thousands with no currency; the market's "N-day" high, low
and return count sessions, as "Nd" does. Own wording; the near misses pin what stays read."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

from finql.translate.spelling import english

# -- 1, 7: a common English word is not a slip of the chain's word ------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("rank the industry leaders by market cap", "leaders"),  # was the banks ("lenders")
        ("which of the minors has the highest P/E", "minors"),  # was the miners
        ("top 5 by P/E for the shopping names", "shopping"),  # was Shipping
        ("show the renders by sales", "renders"),  # was the banks (through "enders")
        # was cash ("treasury") beside the sales ("the treasurer would like NWSY's revenue" is a forwarded request
        # since round 22, who asks read as context: test_round22_lead)
        ("NWSY's revenue and the treasurer", "treasurer"),
    ],
)
def test_an_english_word_is_not_corrected_into_a_set_or_a_measure(question: str, word: str) -> None:
    assert word in refused(question)


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # misspellings that are no English words are still read as the set they slip from
        ("lendrs by P/E", 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks")) SORT FG_PE(D0) DESC'),
        ("top utilites by dividend yield", 'NAME, FG_DIV_YIELD(D0) FOR SCREEN(SECTOR("Utilities")) SORT FG_DIV_YIELD(D0) DESC'),
        ("heathcare names by P/E", 'NAME, FG_PE(D0) FOR SCREEN(SECTOR("Health Care")) SORT FG_PE(D0) DESC'),
    ],
)
def test_misspelt_sets_still_read(question: str, query: str) -> None:
    assert q(question) == query


def test_the_english_word_list() -> None:
    assert english("leaders") and english("treasurer") and english("minors")
    assert not english("utilites") and not english("industrails") and not english("lendrs")


# -- 2: a sentence that carries a set is no framing ---------------------------------------------------------------------


def test_a_first_sentence_with_a_set_and_an_unread_word_is_refused() -> None:
    # "all industrials zork." was dropped as framing and the machinery names answered
    assert "zork" in refused("Every industrials stock, zork. Machinery names by P/E")
    assert "blarg" in refused("all industrials blarg. what is the sales of machinery companies")


def test_a_set_sentence_merged_with_the_rest_stays_read() -> None:
    assert q("all industrials. machinery by P/E") == 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Machinery")) SORT FG_PE(D0) DESC'


# -- 3: a label's restricting word is said again or refused -------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("Big lenders: banks whose P/E is under 9", "big"),
        ("Small caps - companies with ROE over 20%", "small"),
        ("Cheap insurers: insurers with a net margin above 10%", "cheap"),
        ("Asian banks: banks trading below 1x book", "asian"),
    ],
)
def test_a_restricting_label_word_not_said_again_is_refused(question: str, word: str) -> None:
    assert word in refused(question)


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("Cheap banks: banks with a P/E under 9", 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) < 9)'),
        ("Large banks: banks with a market cap above 40bn",
         'NAME, FG_MKT_CAP(D0) FOR SCREEN(INDUSTRY("Banks"), FG_MKT_CAP(D0) > 40000)'),
        ("Thinly covered names: fewer than 4 analysts", "NAME, FE_NUM(FY1) FOR SCREEN(ALL, FE_NUM(FY1) < 4)"),
    ],
)
def test_a_label_the_screen_says_again_is_the_screens_name(question: str, query: str) -> None:
    assert q(question) == query


# -- 4: "N-day" counts sessions, as "Nd" ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("NWSY's 20-day high", "P_HIGH(D-20, D0) FOR NWSY"),
        ("NWSY 20d hi", "P_HIGH(D-20, D0) FOR NWSY"),
        ("ten-day low of NWSY", "P_LOW(D-10, D0) FOR NWSY"),
        ("NWSY 5-day return", "P_RETURN(D-5, D0) FOR NWSY"),
        # "the last N days" stays calendar days (SPEC: "the last N trading days" only is D-N)
        ("NWSY return over the last 30 days", "P_RETURN(2024-12-16, D0) FOR NWSY"),
    ],
)
def test_n_day_counts_trading_days(question: str, query: str) -> None:
    assert q(question) == query


# -- 5: thousands of money with no currency -----------------------------------------------------------------------------


@pytest.mark.parametrize("question", ["companies with revenue over 2.5k", "banks whose debt is below 800k",
                                      "names with FY24 net income between 1k and 3k"])
def test_money_in_thousands_with_no_currency_is_refused(question: str) -> None:
    assert "thousands" in refused(question)


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("companies with revenue over $2.5k", "NAME, FF_SALES(FY2024) FOR SCREEN(ALL, FF_SALES(FY2024) > 0.0025) IN USD"),
        ("companies with more than 25k employees",
         "NAME, FF_EMPLOYEES(FY2024) FOR SCREEN(ALL, FF_EMPLOYEES(FY2024) > 25000)"),
        ("net income above 2.5k (local ccy m), all names",
         "NAME, FF_NET_INC(FY2024) FOR SCREEN(ALL, FF_NET_INC(FY2024) > 2500)"),
    ],
)
def test_thousands_said_with_a_currency_or_of_a_count_still_read(question: str, query: str) -> None:
    assert q(question) == query


# -- 6: a growth between a year and a quarter ---------------------------------------------------------------------------


@pytest.mark.parametrize("question", ["Q4 revenue growth vs fiscal 2023 for NWSY",
                                      "NWSY Q3 sales growth against FY2022", "NWSY's Q2 revenue growth compared with FY2022"])
def test_a_growth_from_a_year_to_a_quarter_is_refused(question: str) -> None:
    assert "between a fiscal year and a quarter" in refused(question)


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("NWSY sales growth from Q2 2023 to Q2 2024", "GROWTH(FF_SALES, FQ2023Q2, FQ2024Q2) FOR NWSY"),
        ("NWSY sales growth LTM vs FY2023", "GROWTH(FF_SALES, FY2023, LTM) FOR NWSY"),
    ],
)
def test_growths_of_one_kind_of_period_still_read(question: str, query: str) -> None:
    assert q(question) == query
