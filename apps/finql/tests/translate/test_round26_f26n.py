"""Round 26 (f26n): round 25's noticed list. A year set against a figure by "on" after a move ("X's revenue, up or down
on 2023?": the change from that year to the latest, never the change over the year before it), a definition after the
sort key with its operands' own periods ("by dividend yield, trailing DPS over today's price": never a condition),
possessive pronouns standing for a set the chain does not know ("ours", "theirs", "yours"), "high/low close" after a
possessive or opening the question (the extreme alone, no close beside it), and N months to a month's end (the return
starts at the close before the first whole month, SPEC section 5). Own paraphrases, with near misses."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# a move "on" a year: the change from that year to the latest fiscal year
MOVED_ON = [
    ("NWSY's revenue, up or down on 2023?", "GROWTH(FF_SALES, FY2023, FY2024) FOR NWSY"),
    ("NWSY's revenue, up or down on 2022?", "GROWTH(FF_SALES, FY2022, FY2024) FOR NWSY"),
    ("Vantage's EPS, up or down on 2023, please", "GROWTH(FF_EPS, FY2023, FY2024) FOR VNTG"),
    ("NWSY's debt, up or down on 2023?", "GROWTH(FF_DEBT, FY2023, FY2024) FOR NWSY"),
    ("Did NWSY's revenue rise or fall on 2023?", "GROWTH(FF_SALES, FY2023, FY2024) FOR NWSY"),
    ("NWSY's revenue growth on 2022", "GROWTH(FF_SALES, FY2022, FY2024) FOR NWSY"),
]

# set against a period no growth of a fiscal year's figure starts from: refused, naming it (were the change before it)
MOVED_ON_REFUSED = [
    ("NWSY's revenue, up or down on 2024?", "on 2024"),
    ("Falcon Software's net income, down on fiscal 2022?", "on fiscal 2022"),
    ("NWSY's share price, up or down on 2023?", "on 2023"),
    ("NWSY's stock, up on 2023?", "on 2023"),
    ("NWSY's market cap, up or down on 2023?", "on 2023"),
    ("NWSY's net margin, up or down on 2023?", "on 2023"),
]

MOVED_ON_KEPT = [
    ("NWSY's revenue up or down in 2023?", "GROWTH(FF_SALES, FY2022, FY2023) FOR NWSY"),
    ("NWSY's revenue up or down versus 2023?", "GROWTH(FF_SALES, FY2023, FY2024) FOR NWSY"),
    ("NWSY's revenue, up or down on the previous year?", "GROWTH(FF_SALES, FY2023, FY2024) FOR NWSY"),
    ("NWSY's revenue growth in 2023", "GROWTH(FF_SALES, FY2022, FY2023) FOR NWSY"),
    ("NWSY's revenue on 2023", "FF_SALES(FY2023) FOR NWSY"),
]


@pytest.mark.parametrize(("question", "query"), MOVED_ON + MOVED_ON_KEPT)
def test_move_on_a_year(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "words"), MOVED_ON_REFUSED)
def test_move_on_a_period_not_read_is_refused(question: str, words: str) -> None:
    assert f"'{words}'" in refused(question)


# a definition of the key with its operands' own periods: refused, naming it (was a condition x > y)
DEFINED_KEY = [
    ("Top 3 banks by dividend yield, trailing DPS over today's price", "trailing dps over today's price"),
    ("Top 5 utilities by earnings yield, LTM EPS over the current price", "ltm eps over the current price"),
    ("insurers ranked by dividend yield, last year's DPS over the current price", "last year's dps over the current price"),
]

DEFINED_KEY_KEPT = [
    # (lead, merge with f26s: a bracketed definition that computes the named multiple, by SPEC's own figures and days,
    # is the multiple, read once)
    ("Top 3 banks by dividend yield (trailing DPS over today's price)",
     'NAME, FG_DIV_YIELD(D0) FOR SCREEN(INDUSTRY("Banks")) SORT FG_DIV_YIELD(D0) DESC TOP 3'),
    ("banks whose trailing DPS is over today's price",
     'NAME, FF_DPS(LTM), P_PRICE(D0) FOR SCREEN(INDUSTRY("Banks"), FF_DPS(LTM) > P_PRICE(D0))'),
    ("banks ranked by net margin, net income over revenue for 2024",
     'NAME, FF_NET_INC(FY2024) / FF_SALES(FY2024) * 100 FOR SCREEN(INDUSTRY("Banks")) '
     'SORT FF_NET_INC(FY2024) / FF_SALES(FY2024) * 100 DESC'),
]


@pytest.mark.parametrize(("question", "words"), DEFINED_KEY)
def test_definition_with_own_periods_is_refused(question: str, words: str) -> None:
    msg = refused(question)
    assert words in msg


@pytest.mark.parametrize(("question", "query"), DEFINED_KEY_KEPT)
def test_definition_near_misses(question: str, query: str) -> None:
    assert q(question) == query


# possessive pronouns standing for a set the chain does not know
POSSESSIVE = [
    ("Which bank had the highest revenue, their or ours?", "ours"),
    ("Which bank had the highest revenue, theirs or ours?", "ours"),
    ("NWSY's revenue, ours or theirs?", "ours"),
    ("Which of ours has the highest revenue?", "ours"),
    ("Which utility has the best net margin, yours or theirs?", "yours"),
]


@pytest.mark.parametrize(("question", "word"), POSSESSIVE)
def test_possessive_pronoun_for_an_unknown_set_is_refused(question: str, word: str) -> None:
    assert f"'{word}'" in refused(question)


def test_their_before_a_measure_reads() -> None:
    assert q("What was NWSY's revenue in 2023 and their net income?") == "FF_SALES(FY2023), FF_NET_INC(FY2023) FOR NWSY"


# "high/low close" after a possessive or opening the question: the extreme alone
HIGH_CLOSE = [
    ("low close in 2022 for cobalt motrs & vantage", "P_LOW(2022-01-01, 2022-12-31) FOR COBA, VNTG"),
    ("high close in 2023 for NWSY and Falcon Software", "P_HIGH(2023-01-01, 2023-12-31) FOR NWSY, FALC"),
    ("NWSY's high close in 2023", "P_HIGH(2023-01-01, 2023-12-31) FOR NWSY"),
    ("NWSY's low closing price in 2022", "P_LOW(2022-01-01, 2022-12-31) FOR NWSY"),
]

HIGH_CLOSE_KEPT = [
    ("NWSY's low and its close in 2022", "P_LOW(2022-01-01, 2022-12-31), P_PRICE(2022-12-31) FOR NWSY"),
    ("NWSY's close and low in 2022", "P_PRICE(2022-12-31), P_LOW(2022-01-01, 2022-12-31) FOR NWSY"),
    ("lowest close in 2022 for NWSY", "P_LOW(2022-01-01, 2022-12-31) FOR NWSY"),
]


@pytest.mark.parametrize(("question", "query"), HIGH_CLOSE + HIGH_CLOSE_KEPT)
def test_high_low_close(question: str, query: str) -> None:
    assert q(question) == query


# N months to a month's end: the close before the first whole month (SPEC section 5)
MONTHS_TO = [
    ("NWSY's return for the six months to 30 June 2024", "P_RETURN(2023-12-31, 2024-06-30) FOR NWSY"),
    ("NWSY's return in the six months ended June 30, 2024", "P_RETURN(2023-12-31, 2024-06-30) FOR NWSY"),
    ("Falcon Software's return for the five months to 31 July 2024", "P_RETURN(2024-02-29, 2024-07-31) FOR FALC"),
    ("NWSY's return over the six months to 31 March 2024", "P_RETURN(2023-09-30, 2024-03-31) FOR NWSY"),
    # near miss: a day inside a month counts back to the same day
    ("NWSY's return for the six months to 15 May 2024", "P_RETURN(2023-11-15, 2024-05-15) FOR NWSY"),
]


@pytest.mark.parametrize(("question", "query"), MONTHS_TO)
def test_months_to_a_month_end(question: str, query: str) -> None:
    assert q(question) == query


# "the half year to June 2024", "N months to June 2024": to the month's end
HALF_YEAR_TO = [
    ("NWSY's return for the half year to June 2024", "P_RETURN(2023-12-31, 2024-06-30) FOR NWSY"),
    ("NWSY's return for the half-year ended 30 June 2024", "P_RETURN(2023-12-31, 2024-06-30) FOR NWSY"),
    ("Falcon Software's return for the half year ending December 31, 2023", "P_RETURN(2023-06-30, 2023-12-31) FOR FALC"),
    ("NWSY's high for the half year to June 2024", "P_HIGH(2024-01-01, 2024-06-30) FOR NWSY"),
    ("NWSY's return for the six months to June 2024", "P_RETURN(2023-12-31, 2024-06-30) FOR NWSY"),
    ("NWSY's return for the 12 months to June 2024", "P_RETURN(2023-06-30, 2024-06-30) FOR NWSY"),
    ("NWSY's high for the twelve months to 30 June 2024", "P_HIGH(2023-07-01, 2024-06-30) FOR NWSY"),
    # near miss: a day inside the month keeps the day
    ("NWSY's return for the 12 months to 15 June 2024", "P_RETURN(2023-06-15, 2024-06-15) FOR NWSY"),
]


@pytest.mark.parametrize(("question", "query"), HALF_YEAR_TO)
def test_half_year_and_months_to_a_month(question: str, query: str) -> None:
    assert q(question) == query


# whole months that make one calendar quarter, half or year: a fundamentals item of the companies named reads their
# fiscal quarters in it, as "the first half of calendar 2024" does (was refused)
CALENDAR_SPAN = [
    ("NWSY's revenue for the half year to June 2024", "SUM(FF_SALES, FQ2024Q1, FQ2024Q2) FOR NWSY"),
    ("Falcon Software's revenue for the six months to 30 June 2024", "SUM(FF_SALES, FQ2024Q2, FQ2024Q3) FOR FALC"),
    ("NWSY's net income for the three months to 30 September 2024", "FF_NET_INC(FQ2024Q3) FOR NWSY"),
    ("NWSY's revenue for the twelve months to 31 December 2023", "FF_SALES(FY2023) FOR NWSY"),
]


@pytest.mark.parametrize(("question", "query"), CALENDAR_SPAN)
def test_calendar_span_of_a_fundamentals_item(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    "banks' revenue for the six months to 30 June 2024",  # a screen: no one set of quarters
    "NWSY and Falcon Software's revenue for the six months to 30 June 2024",  # year ends apart
    "NWSY's debt for the six months to 30 June 2024",  # a balance-sheet item over a half
    "NWSY's revenue for the twelve months to 30 June 2024",  # no calendar period
])
def test_calendar_span_near_misses_stay_refused(question: str) -> None:
    assert q(question) is None


# "the year to (ended) June 2024" of a company whose fiscal year ends elsewhere: no fiscal year of it (was FY2024,
# for a return calendar 2024)
YEAR_ENDED_ELSEWHERE = [
    ("NWSY's return for the year to June 2024", "the year to June 2024"),
    ("NWSY's return in the year ended June 30, 2024", "the year ended june 30, 2024"),
    ("NWSY's revenue for the year to June 2024", "the year to June 2024"),
    ("Falcon Software's net income in the year ending March 2024", "the year ending march 2024"),
]

YEAR_ENDED_OWN = [
    ("Vantage Motors' return for the year to June 2024", "P_RETURN(2023-06-30, 2024-06-30) FOR VNTG"),
    ("Vantage Motors' revenue for the year ended June 30, 2024", "FF_SALES(FY2024) FOR VNTG"),
    ("NWSY's revenue for the fiscal year ended December 2024", "FF_SALES(FY2024) FOR NWSY"),
    ("NWSY's revenue for the year ended December 31, 2023", "FF_SALES(FY2023) FOR NWSY"),
]


@pytest.mark.parametrize(("question", "words"), YEAR_ENDED_ELSEWHERE)
def test_year_ended_in_another_month_is_refused(question: str, words: str) -> None:
    assert words in refused(question)


@pytest.mark.parametrize(("question", "query"), YEAR_ENDED_OWN)
def test_year_ended_in_the_companys_month(question: str, query: str) -> None:
    assert q(question) == query


# "quarterly" before a measure read for one quarter: the quarter's figure, its grain said again
QUARTERLY = [
    ("Northwind Systems' quarterly EPS for Q3 2024", "FF_EPS(FQ2024Q3) FOR NWSY"),
    ("NWSY's quarterly revenue for Q2 2023", "FF_SALES(FQ2023Q2) FOR NWSY"),
    ("Falcon Software's quarterly net income in the latest quarter", "FF_NET_INC(FQ0) FOR FALC"),
    # near miss: a year's quarters, each
    ("NWSY's quarterly revenue for 2023",
     "FF_SALES(FQ2023Q1), FF_SALES(FQ2023Q2), FF_SALES(FQ2023Q3), FF_SALES(FQ2023Q4) FOR NWSY"),
]


@pytest.mark.parametrize(("question", "query"), QUARTERLY)
def test_quarterly_of_one_quarter(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", ["NWSY's quarterly revenue over the last twelve months", "NWSY's quarterly revenue"])
def test_quarterly_without_quarters_stays_refused(question: str) -> None:
    assert "quarterly" in refused(question)


# "F2023", "F24": a fiscal year
F_YEAR = [
    ("NWSY's revenue in F2023", "FF_SALES(FY2023) FOR NWSY"),
    ("Falcon Software's net income F24", "FF_NET_INC(FY2024) FOR FALC"),
    ("NWSY's EPS for F2022 and F2023", "FF_EPS(FY2022), FF_EPS(FY2023) FOR NWSY"),
]


@pytest.mark.parametrize(("question", "query"), F_YEAR)
def test_f_year(question: str, query: str) -> None:
    assert q(question) == query


# "A question about X - ...": a dash or a question mark closes the topic too
QUESTION_ABOUT = [
    ("Question about NWSY - what was its revenue in 2023?", "FF_SALES(FY2023) FOR NWSY"),
    ("Got a question about Falcon Software: what was its net income last year?", "FF_NET_INC(FY2024) FOR FALC"),
    ("One quick question regarding Vantage Motors \u2014 what is its P/E?", "FG_PE(D0) FOR VNTG"),
    ("Question re NWSY: its revenue in 2023?", "FF_SALES(FY2023) FOR NWSY"),
]


@pytest.mark.parametrize(("question", "query"), QUESTION_ABOUT)
def test_question_about_opener(question: str, query: str) -> None:
    assert q(question) == query


# a superlative of the distance from a high or low: ranked by that distance (was the extreme itself ranked)
_FROM_HIGH = "(P_PRICE(D0) / P_HIGH(2024-01-15, D0) - 1) * 100"
_FROM_LOW = "(P_PRICE(D0) / P_LOW(2024-01-01, 2024-12-31) - 1) * 100"
MOST_FROM = [
    ("Which bank is down the most from its 52-week high?",
     f'NAME, {_FROM_HIGH} FOR SCREEN(INDUSTRY("Banks")) SORT {_FROM_HIGH} ASC TOP 1'),
    ("Which bank is furthest below its 52-week high?",
     f'NAME, {_FROM_HIGH} FOR SCREEN(INDUSTRY("Banks")) SORT {_FROM_HIGH} ASC TOP 1'),
    ("Which 3 banks trade the farthest below their 52-week high?",
     f'NAME, {_FROM_HIGH} FOR SCREEN(INDUSTRY("Banks")) SORT {_FROM_HIGH} ASC TOP 3'),
    ("Which bank is the least below its 52-week high?",
     f'NAME, {_FROM_HIGH} FOR SCREEN(INDUSTRY("Banks")) SORT {_FROM_HIGH} DESC TOP 1'),
    ("Which bank is up the most from its 2024 low?",
     f'NAME, {_FROM_LOW} FOR SCREEN(INDUSTRY("Banks")) SORT {_FROM_LOW} DESC TOP 1'),
    ("Which bank is furthest above its 2024 low?",
     f'NAME, {_FROM_LOW} FOR SCREEN(INDUSTRY("Banks")) SORT {_FROM_LOW} DESC TOP 1'),
    ("Which bank is up the least from its 2024 low?",
     f'NAME, {_FROM_LOW} FOR SCREEN(INDUSTRY("Banks")) SORT {_FROM_LOW} ASC TOP 1'),
]

MOST_FROM_KEPT = [
    # (round 35, f35s) a price (its high) is ranked as each company quotes it (SPEC 3: no IN, no conversion)
    ("Which bank has the highest 52-week high?",
     'NAME, P_HIGH(2024-01-15, D0) FOR SCREEN(INDUSTRY("Banks")) SORT P_HIGH(2024-01-15, D0) DESC TOP 1'),
    ("Which bank's share price fell the most in 2024?",
     'NAME, P_RETURN(2023-12-31, 2024-12-31) FOR SCREEN(INDUSTRY("Banks")) SORT P_RETURN(2023-12-31, 2024-12-31) ASC TOP 1'),
]


@pytest.mark.parametrize(("question", "query"), MOST_FROM + MOST_FROM_KEPT)
def test_most_from_an_extreme(question: str, query: str) -> None:
    assert q(question) == query


# a period restated in apposition by "that's", "which was", "by which I mean", "in other words" (was refused)
RESTATED_PERIOD = [
    ("NWSY's revenue in 2023 (that's the year before last)", "FF_SALES(FY2023) FOR NWSY"),
    ("NWSY's revenue in fiscal 2024 (that is, last year)", "FF_SALES(FY2024) FOR NWSY"),
    ("NWSY's revenue last year, by which I mean fiscal 2024", "FF_SALES(FY2024) FOR NWSY"),
    ("Falcon Software's net income last year, in other words FY2024", "FF_NET_INC(FY2024) FOR FALC"),
    ("NWSY's EPS in 2023, which was the year before last", "FF_EPS(FY2023) FOR NWSY"),
    ("NWSY's revenue in 2023 and 2024 (that's the last two years)", "FF_SALES(FY2023), FF_SALES(FY2024) FOR NWSY"),
]

RESTATED_OTHER = [
    ("NWSY's revenue in 2022 (that's the year before last)", "the year before last"),
    ("NWSY's revenue last year, by which I mean fiscal 2023", "fiscal 2023"),
]


@pytest.mark.parametrize(("question", "query"), RESTATED_PERIOD)
def test_period_restated(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "words"), RESTATED_OTHER)
def test_period_said_otherwise_is_refused(question: str, words: str) -> None:
    assert words in refused(question)


# "Since (Because, Given) I'm looking at X, ...": the writer's activity said first
REASON_FIRST = [
    ("Since I'm looking at NWSY, what was its revenue in 2023?", "FF_SALES(FY2023) FOR NWSY"),
    ("Because I'm writing about Falcon Software, what was its net income last year?", "FF_NET_INC(FY2024) FOR FALC"),
    ("Given I'm reviewing Vantage Motors, what is its P/E?", "FG_PE(D0) FOR VNTG"),
    # near miss: "since" of a period
    ("Since 2022, how much has NWSY's revenue grown?", "GROWTH(FF_SALES, FY2022, FY2024) FOR NWSY"),
]


@pytest.mark.parametrize(("question", "query"), REASON_FIRST)
def test_reason_said_first(question: str, query: str) -> None:
    assert q(question) == query


def test_reason_naming_another_company_stays_refused() -> None:
    assert "nwsy" in refused("Since I'm looking at NWSY, what was Falcon Software's revenue in 2023?")


# a total over quarters compared with a fiscal year's figure
TOTAL_VS_YEAR = [
    ("Which banks had higher total net income over the last four quarters than in fiscal 2023?",
     'NAME, SUM(FF_NET_INC, FQ-3, FQ0), FF_NET_INC(FY2023) FOR SCREEN(INDUSTRY("Banks"), '
     'SUM(FF_NET_INC, FQ-3, FQ0) > FF_NET_INC(FY2023))'),
    ("Which utilities had lower total sales over the last 4 quarters than in fiscal 2022?",
     'NAME, SUM(FF_SALES, FQ-3, FQ0), FF_SALES(FY2022) FOR SCREEN(SECTOR("Utilities"), '
     'SUM(FF_SALES, FQ-3, FQ0) < FF_SALES(FY2022))'),
]


@pytest.mark.parametrize(("question", "query"), TOTAL_VS_YEAR)
def test_total_over_quarters_against_a_year(question: str, query: str) -> None:
    assert q(question) == query


def test_total_of_a_stock_item_stays_refused() -> None:
    assert q("Which banks had higher total debt over the last four quarters than in fiscal 2023?") is None


# a definition of the ratio after a comma, "namely"/"that is": never a condition
def test_multiple_defined_after_namely_is_refused() -> None:
    # (round 34, f34a: ", namely" is the asker's definition, as "defined as" is; refused as that one is, naming it)
    assert "namely the price" in refused("The banks' P/E, namely the price over trailing EPS")


# a screen's move "on" a year: from that year to the latest (was the change over the year before it)
SCREEN_MOVED_ON = [
    ("Which banks' revenue is up on 2023?",
     'NAME, FF_SALES(FY2024), FF_SALES(FY2023) FOR SCREEN(INDUSTRY("Banks"), FF_SALES(FY2024) > FF_SALES(FY2023))'),
    ("Which banks had revenue growth on 2022 above 10%?",
     'NAME, GROWTH(FF_SALES, FY2022, FY2024) FOR SCREEN(INDUSTRY("Banks"), GROWTH(FF_SALES, FY2022, FY2024) > 10)'),
    ("banks with sales up on 2023 by more than 5%",
     'NAME, GROWTH(FF_SALES, FY2023, FY2024) FOR SCREEN(INDUSTRY("Banks"), GROWTH(FF_SALES, FY2023, FY2024) > 5)'),
]


@pytest.mark.parametrize(("question", "query"), SCREEN_MOVED_ON)
def test_screen_move_on_a_year(question: str, query: str) -> None:
    assert q(question) == query
