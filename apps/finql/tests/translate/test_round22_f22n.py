"""Round 22 (f22n): round 21's "noticed, not fixed" classes. A measure with no period after another measure's list of
periods shares the list (it took the list's last period, and the other measure lost it); a growth asked after figures
in a sentence of its own keeps the figures, and is refused where whose growth is meant is not said; a present-tense
question after a past clause does not take that clause's period; a word less its last letter is no abbreviation and a
common English word is no slip of a company's name; a set "at a high" is refused beside other conditions too. Own
wording; the near misses pin what stays read."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

from finql.translate import sets
from finql.translate.entities import SetTerm

# -- 1: a measure after a list of periods shares the list -------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("What were Apex Materials' revenues in the last quarter and the one before that, and its EPS?",
         "FF_SALES(FQ0), FF_SALES(FQ-1), FF_EPS(FQ0), FF_EPS(FQ-1) FOR APXM"),
        ("Northwind Systems: sales last quarter and Q2 2024, and its net income",
         "FF_SALES(FQ0), FF_SALES(FQ2024Q2), FF_NET_INC(FQ0), FF_NET_INC(FQ2024Q2) FOR NWSY"),
        ("NWSY sales last qtr & the one before, and EPS",
         "FF_SALES(FQ0), FF_SALES(FQ-1), FF_EPS(FQ0), FF_EPS(FQ-1) FOR NWSY"),
        ("Give me Cobalt Motors' sales in the latest quarter and the quarter before, as well as its EPS",
         "FF_SALES(FQ0), FF_SALES(FQ-1), FF_EPS(FQ0), FF_EPS(FQ-1) FOR COBA"),
    ],
)
def test_a_measure_after_a_list_of_periods_shares_it(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # pinned: a list said in one mention was shared before, and a single period still is
        ("What were Apex Materials' sales in FY2023 and FY2024, and its EPS?",
         "FF_SALES(FY2023), FF_SALES(FY2024), FF_EPS(FY2023), FF_EPS(FY2024) FOR APXM"),
        ("What were Apex Materials' sales last quarter, and its EPS?", "FF_SALES(FQ0), FF_EPS(FQ0) FOR APXM"),
        ("Apex Materials' sales and EPS last quarter and the one before that",
         "FF_SALES(FQ0), FF_SALES(FQ-1), FF_EPS(FQ0), FF_EPS(FQ-1) FOR APXM"),
    ],
)
def test_periods_said_once_pinned(question: str, query: str) -> None:
    assert q(question) == query


# -- 2: a growth asked in a sentence of its own after the figures -------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("What was Apex Materials' net income for FY2024? The growth in percent, please.",
         "FF_NET_INC(FY2024), GROWTH(FF_NET_INC, FY2023, FY2024) FOR APXM"),  # was the growth alone
        ("Apex Materials net income FY2024. Also the growth.",
         "FF_NET_INC(FY2024), GROWTH(FF_NET_INC, FY2023, FY2024) FOR APXM"),
        ("What was Northwind Systems' EPS in FY2024? Give me the % change.",
         "FF_EPS(FY2024), GROWTH(FF_EPS, FY2023, FY2024) FOR NWSY"),
        ("What were NWSY's sales and net income for FY2024? The growth in percent, please.",  # were both growths alone
         "FF_SALES(FY2024), GROWTH(FF_SALES, FY2023, FY2024), FF_NET_INC(FY2024), GROWTH(FF_NET_INC, FY2023, FY2024) "
         "FOR NWSY"),
    ],
)
def test_a_growth_in_a_sentence_of_its_own_keeps_the_figures(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    "question",
    [
        # each measure at its own period: whose growth? (was the net income's, its FY2024 figure dropped)
        "What were Apex Materials' sales for FY2023 and net income for FY2024? The growth in percent, please.",
        "What were Apex Materials' sales for FY2023 and net income for FY2024? Give me the % change.",
        "NWSY: FY2022 revenue and FY2024 EPS. Also the growth.",
        "What were Apex Materials' sales for FY2023 and net income for FY2024 and the growth?",
    ],
)
def test_a_growth_of_no_said_figure_is_refused(question: str) -> None:
    assert "whose growth" in refused(question)


def test_a_growth_of_one_measure_at_two_periods_pinned() -> None:
    assert q("What were Apex Materials' net income for FY2023 and FY2024? The growth in percent, please.") == \
        "FF_NET_INC(FY2023), FF_NET_INC(FY2024), GROWTH(FF_NET_INC, FY2023, FY2024) FOR APXM"


# -- 3: a present-tense question after a past clause --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("What did Apex Materials' stock do in 2023, and what's its P/E?",
         "P_RETURN(2022-12-31, 2023-12-31), FG_PE(D0) FOR APXM"),  # was the P/E at 2023-12-31
        ("What was NWSY's return in 2023; what's its dividend yield?",
         "P_RETURN(2022-12-31, 2023-12-31), FG_DIV_YIELD(D0) FOR NWSY"),
        ("What did NWSY's stock do in 2023 and what is its price?",  # the price was dropped
         "P_RETURN(2022-12-31, 2023-12-31), P_PRICE(D0) FOR NWSY"),
        ("How did Cobalt Motors shares perform in 2023 and what was the price at the end of June 2024?",
         "P_RETURN(2022-12-31, 2023-12-31), P_PRICE(2024-06-30) FOR COBA"),
        ("How did Cobalt Motors' shares do in the first half of 2024, and what is the market cap?",  # (pinned)
         "P_RETURN(2023-12-31, 2024-06-30), FG_MKT_CAP(D0) FOR COBA"),
    ],
)
def test_a_present_question_takes_no_past_period(question: str, query: str) -> None:
    assert q(question) == query


def test_a_fiscal_figure_asked_in_the_present_after_a_past_period_is_refused() -> None:
    assert "present tense" in refused("What were NWSY's sales in 2023, and what's its EPS?")


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # pinned: the past tense shares the period; a list with "and its" shares it
        ("What did NWSY's stock do in 2023, and what was its P/E?",
         "P_RETURN(2022-12-31, 2023-12-31), FG_PE(2023-12-31) FOR NWSY"),
        ("What is NWSY's P/E at the end of 2023 and what is it now?", "FG_PE(2023-12-31), FG_PE(D0) FOR NWSY"),
    ],
)
def test_past_and_same_clause_periods_pinned(question: str, query: str) -> None:
    assert q(question) == query


# -- 4: no abbreviation of a word less a letter; no company from an English word ---------------------------------------


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("foo", "foo"),  # was the Food Products industry
        ("show me foo companies by P/E", "foo"),
        ("boo value of NWSY", "boo"),
    ],
)
def test_a_word_less_its_last_letter_is_no_abbreviation(question: str, word: str) -> None:
    assert word in refused(question)


@pytest.mark.parametrize(
    "question",
    [
        "what were the sales of cobalt tower in fy2023",  # was Cobalt Power (through "rower", a piece of a pattern)
        "monarch core sales in fy2023",  # was Monarch Care Partners
        "What were Falcon medals' sales in FY2023?",  # was Falcon Metals
        "What were the sales of amber industries in fy2023",  # was Ember Industries
    ],
)
def test_an_english_word_is_no_slip_of_a_company_name(question: str) -> None:
    refused(question)


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # pinned: slips that are no English word, a plural, the British spelling, shortenings
        ("Nortwind Systms sales", "FF_SALES(FY2024) FOR NWSY"),
        ("First Harbour Bank sales FY2024", "FF_SALES(FY2024) FOR FHB"),
        ("Cobalt motor sales FY2024", "FF_SALES(FY2024) FOR COBA"),
        ("sterling pwr dividend", "FF_DPS(FY2024) FOR STEP"),
        ("cascade semi eps", "FF_EPS(FY2024) FOR CSMI"),
        ("dil eps for NWSY FY2024", "FF_EPS(FY2024) FOR NWSY"),
        ("food companies by P/E", 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Food Products")) SORT FG_PE(D0) DESC'),
    ],
)
def test_slips_and_abbreviations_still_read(question: str, query: str) -> None:
    assert q(question) == query


# -- 5: a set at its high or low ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "banks with a P/E below 10 trading at a 52-week high",  # listed every such bank with its high
        "banks at 52-week highs",  # the same, no article
        "utilities at record lows",
        "stocks at a 20-day high",
    ],
)
def test_a_set_at_its_high_is_refused(question: str) -> None:
    assert "high or low" in refused(question)


def test_within_a_distance_of_the_high_pinned() -> None:
    assert q("Which NX100 stocks are trading within 5% of their 52-week high?") == (
        "NAME, (P_PRICE(D0) / P_HIGH(2024-01-15, D0) - 1) * 100 FOR SCREEN(INDEX(NX100), "
        "(P_PRICE(D0) / P_HIGH(2024-01-15, D0) - 1) * 100 >= -5)")


# -- 6: sets' "or" helpers have one return type each ----------------------------------------------------------------------


def test_either_helpers_return_one_type() -> None:
    text = "uk banks or us insurers"
    terms = [SetTerm("COUNTRY", "United Kingdom", 0, 2), SetTerm("INDUSTRY", "Banks", 3, 8),
             SetTerm("COUNTRY", "United States", 12, 14), SetTerm("INDUSTRY", "Insurance", 15, 23)]
    groups = sets._either_groups(terms, text)
    assert groups == [terms[:2], terms[2:]]
    assert sets._either_pair(terms, text) is None
    text = "nx100 or us banks"
    terms = [SetTerm("INDEX", "NX100", 0, 5), SetTerm("COUNTRY", "United States", 9, 11),
             SetTerm("INDUSTRY", "Banks", 12, 17)]
    assert sets._either_groups(terms, text) is None
    assert sets._either_pair(terms, text) == (terms[0], terms[1])


# -- noticed on the way: ", plus" after a figure's period asks for another figure -----------------------------------


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("Apex Materials: revenue for FY2023, plus its net income?", "FF_SALES(FY2023), FF_NET_INC(FY2023) FOR APXM"),
        ("NWSY's sales for FY2024, plus the net income for FY2023", "FF_SALES(FY2024), FF_NET_INC(FY2023) FOR NWSY"),
        ("Cobalt Motors' debt at the end of FY2024, plus its cash", "FF_DEBT(FY2024), FF_CASH(FY2024) FOR COBA"),
    ],
)
def test_plus_after_a_figure_and_a_comma_lists(question: str, query: str) -> None:
    assert q(question) == query  # each was the sum of the two


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("NWSY cash plus debt FY2024", "FF_CASH(FY2024) + FF_DEBT(FY2024) FOR NWSY"),
        ("NWSY market cap today, plus debt minus cash at FY2024",
         "FG_MKT_CAP(D0) + FF_DEBT(FY2024) - FF_CASH(FY2024) FOR NWSY"),
    ],
)
def test_a_sum_said_as_one_pinned(question: str, query: str) -> None:
    assert q(question) == query
