"""Round 35 (f35n): round 34's noticed list. Change verbs and request verbs given one home (text.py); wrong readings
refused (a figure compared with itself, a ranking of a figure set against another, a dividend at zero beside its
yield above zero) or read without what was not asked ("how big ... by market value": no sort); refusals a user would
expect read (a frame after "and", hedges said last, "help me benchmark", the P/E said first as a multiple)."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

from finql.translate import compose, entities, pipeline, text

# ----------------------------------------------------------------------------- one home for the vocabularies


def test_change_verbs_have_one_home() -> None:
    # every list of change words is built from text.CHANGE_VERBS (and its directions where its role takes them)
    for form in ("rising", "falling", "dropped", "gained", "declining", "grown", "increases"):
        assert text.re.fullmatch(f"(?:{text.CHANGE_VERBS})", form), form
        assert entities._CHANGE_WORD.fullmatch(form), form
        assert pipeline._CHANGE_ASKED.fullmatch(form), form
        assert compose._MOVED_ON.search(form + " "), form
    # the roles that differ: a request's "up" / "down" (particles: "pull up") ask no change; "higher" beside "in dollar
    # terms" is a difference read in dollars; before "versus" only a direction
    assert not pipeline._CHANGE_ASKED.search("pull up the figures")
    assert not entities._CHANGE_WORD.search("how much higher")
    assert not compose._MOVED_VERSUS.search("growth ")


def test_request_verbs_have_one_home() -> None:
    for w in text.TELL_VERBS + text.GIVE_VERBS + text.WANT_VERBS:
        assert w in text.FILLER, w
    for w in text.TELL_VERBS:
        assert text.re.fullmatch(text._FR_TELL, w), w
    for w in text.WANT_VERBS:
        assert text.re.fullmatch(text._FR_WANT, w), w


# a change word a list lacked (round 34's review): "gained versus the 2023 close" was the return over 2023, "falling
# on 2023" the price and the return over 2023, "declining on 2022" the growth over fiscal 2022, "#dropped" dropped
@pytest.mark.parametrize("question, query", [
    ("How much has Meridian Hotels' share price gained versus the 2023 close?", "P_RETURN(2023-12-31, D0) FOR MRDH"),
    ("Meridian Hotels' share price: how far has it dropped compared with the 2023 close?",
     "P_RETURN(2023-12-31, D0) FOR MRDH"),
    ("Northwind Systems' revenue, declining on 2022?", "GROWTH(FF_SALES, FY2022, FY2024) FOR NWSY"),
    ("Northwind Systems revenue fiscal 2024 #dropped", "GROWTH(FF_SALES, FY2023, FY2024) FOR NWSY"),
])
def test_change_words_a_list_lacked(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    "Meridian Hotels' share price, falling on 2023?",
    "Meridian Hotels' share price, dropped on 2023?",
])
def test_a_move_on_a_year_of_a_price_is_named(question: str) -> None:
    assert "on 2023" in refused(question)


# ----------------------------------------------------------------------------- wrong readings


@pytest.mark.parametrize("question, words", [
    ("Which bank has the lowest share price today compared with last year?", "compared with last year"),
    ("Dear team, I would be grateful to know Meridian Hotels' P/E today compared with last year.",
     "compared with last year"),
    ("mrdh px today vs last year?", "vs last year"),
])
def test_a_figure_compared_with_itself_is_refused(question: str, words: str) -> None:
    # the end of fiscal 2024 is the latest trading day: two periods said, one figure answered
    assert words in refused(question)


def test_two_days_of_a_price_still_read() -> None:
    assert q("What is Meridian Hotels' share price today compared with 2023?") == \
        "P_PRICE(D0), P_PRICE(2023-12-31) FOR MRDH"


@pytest.mark.parametrize("question, words", [
    ("Which bank has the lowest share price now versus its 20-day low?", "versus its 20-day low"),
    ("Kindly identify the insurer with the highest share price today compared with its 52-week high.",
     "compared with its 52-week high"),
    ("bank w/ the lowest share price today against its 20-day low?", "against its 20-day low"),
])
def test_a_ranking_of_a_figure_set_against_another_is_refused(question: str, words: str) -> None:
    assert words in refused(question)


def test_a_ranking_relative_to_its_low_reads_the_ratio() -> None:  # (round 33's reading, kept)
    assert q("Which bank has the lowest share price today relative to its 20-day low?") == (
        "NAME, P_PRICE(D0) / P_LOW(D-20, D0) FOR SCREEN(INDUSTRY(\"Banks\")) SORT P_PRICE(D0) / P_LOW(D-20, D0) ASC TOP 1")


@pytest.mark.parametrize("question, words", [
    ("Which banks have a dividend yield above 5% and no dividend?", "no dividend"),
    ("The Authority requests identification of every insurer that pays no dividend but yields more than 3%.",
     "yields more than 3%"),
    ("banks no div + yield > 4%?", "no div"),
])
def test_a_dividend_at_zero_beside_its_yield_above_zero_is_refused(question: str, words: str) -> None:
    assert words in refused(question)


@pytest.mark.parametrize("question, query", [
    ("Which banks have a dividend yield above 5% or no dividend?",
     'NAME, FG_DIV_YIELD(D0), FF_DPS(FY2024) FOR SCREEN(INDUSTRY("Banks"), FG_DIV_YIELD(D0) > 5 OR FF_DPS(FY2024) = 0)'),
    ("Which banks have no dividend and a P/E below 10?",
     'NAME, FF_DPS(FY2024), FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), FF_DPS(FY2024) = 0 AND FG_PE(D0) < 10)'),
])
def test_conditions_that_can_meet_still_read(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question, query", [
    ("My book is set in Tokyo. Which companies in your data are Japanese, and how big is each one today by market "
     "value, in yen?", 'NAME, FG_MKT_CAP(D0) FOR SCREEN(COUNTRY("Japan")) IN JPY'),
    ("How big are the banks today by market cap?", 'NAME, FG_MKT_CAP(D0) FOR SCREEN(INDUSTRY("Banks"))'),
    ("how big is each utility by mkt cap rn", 'NAME, FG_MKT_CAP(D0) FOR SCREEN(SECTOR("Utilities"))'),
])
def test_how_big_by_a_measure_adds_no_sort(question: str, query: str) -> None:
    assert q(question) == query


def test_a_screen_listed_by_a_measure_is_still_ranked() -> None:
    assert q("List the banks by market cap.") == \
        'NAME, FG_MKT_CAP(D0) FOR SCREEN(INDUSTRY("Banks")) SORT FG_MKT_CAP(D0) DESC IN USD'


# ----------------------------------------------------------------------------- refusals a user would expect read

_PE_BOOK = 'FG_PE(D0) < {pe} AND FG_MKT_CAP(D0) / FF_EQUITY(FY2024) < {pb}'


@pytest.mark.parametrize("question, universe, pe, pb", [
    ("Which banks trade under 20x earnings and under 0.8x book?", 'INDUSTRY("Banks")', 20, 0.8),
    ("Please identify the insurers trading below 15 times earnings and below 1x book.", 'INDUSTRY("Insurance")', 15, 1),
    ("banks trading <10x earnings and <1x book", 'INDUSTRY("Banks")', 10, 1),
])
def test_the_pe_said_first_as_a_multiple_shares_its_verb(question: str, universe: str, pe: float, pb: float) -> None:
    assert q(question) == (f"NAME, FG_PE(D0), FG_MKT_CAP(D0) / FF_EQUITY(FY2024) FOR SCREEN({universe}, "
                           + _PE_BOOK.format(pe=pe, pb=pb) + ")")


@pytest.mark.parametrize("question, query", [
    ("What was Northwind Systems' revenue in fiscal 2023, if it's no trouble?", "FF_SALES(FY2023) FOR NWSY"),
    ("Could you tell me Meridian Hotels' share price today, if that's not too much to ask?", "P_PRICE(D0) FOR MRDH"),
    ("mrdh price today, if it's no bother", "P_PRICE(D0) FOR MRDH"),
    # a wish for the order, said last
    ("Which Consumer Staples companies grew net income by more than 10% between fiscal 2023 and fiscal 2024? Sorted by "
     "that growth, highest first, would be ideal.",
     'NAME, GROWTH(FF_NET_INC, FY2023, FY2024) FOR SCREEN(SECTOR("Consumer Staples"), GROWTH(FF_NET_INC, FY2023, FY2024)'
     ' > 10) SORT GROWTH(FF_NET_INC, FY2023, FY2024) DESC'),
    ("Please list the banks with a P/E below 10, largest market cap first, would be great.",
     'NAME, FG_PE(D0), FG_MKT_CAP(D0) FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) < 10) SORT FG_MKT_CAP(D0) DESC IN USD'),
    ("banks w/ p/e under 10. biggest mkt cap first, would be perfect",
     'NAME, FG_PE(D0), FG_MKT_CAP(D0) FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) < 10) SORT FG_MKT_CAP(D0) DESC IN USD'),
])
def test_hedges_said_last(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question, query", [
    # the frame's subject is the sentence's own, said after "and"
    ("I'm putting together a comparator group and would ideally want Information Technology companies in the TECHX "
     "index with a fiscal 2024 operating margin above 20%.",
     'NAME, FF_OPER_INC(FY2024) / FF_SALES(FY2024) * 100 FOR SCREEN(INDEX(TECHX) & SECTOR("Information Technology"), '
     'FF_OPER_INC(FY2024) / FF_SALES(FY2024) * 100 > 20)'),
    ("We are reviewing our holdings and would like to know Meridian Hotels' share price today.", "P_PRICE(D0) FOR MRDH"),
    ("i'm putting together a peer group and would ideally want the p/e of each bank",
     'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"))'),
    # an adverb before "be" in the impersonal frame
    ("It would also be useful to have Quantum Leap Computing's diluted EPS for each of the last three fiscal years.",
     "FF_EPS(FY2022), FF_EPS(FY2023), FF_EPS(FY2024) FOR QLC"),
    ("It would equally be helpful to know Northwind Systems' revenue in fiscal 2023.", "FF_SALES(FY2023) FOR NWSY"),
    ("it'd really be handy to have mrdh's price today", "P_PRICE(D0) FOR MRDH"),
    # "help me benchmark (compare)": the figures of the peers asked
    ("Could you help me benchmark the compound annual EPS growth rate for the Pharmaceuticals peer group between "
     "fiscal 2019 and fiscal 2024?", 'NAME, CAGR(FF_EPS, FY2019, FY2024) FOR SCREEN(INDUSTRY("Pharmaceuticals"))'),
    ("Would you help us compare the P/E of each bank?", 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"))'),
    ("can u help me benchmark the banks' p/e", 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"))'),
])
def test_frames_a_user_would_expect_read(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    # what follows the frame restricts nothing it does not say
    "I'm reviewing banks and would like to know not the P/E of each bank.",
    "We are reviewing our holdings and would like to know only the P/E of no bank.",
])
def test_frames_after_and_near_misses(question: str) -> None:
    refused(question)


# ----------------------------------------------------------------------------- days: SPEC section 5 and the desk's "Nd"


@pytest.mark.parametrize("question, start", [
    # "the past N months" counts back from the as-of date (SPEC 5); so do days written out (the golds t4t-020, t6t-026)
    ("What was the share price range of each bank over the past 90 days?", "2024-10-17"),
    ("Please state the highest and lowest close of each bank over the last 90 days.", "2024-10-17"),
    # the desk's shorthand "Nd" is N trading days, as "the last N trading days" (SPEC 5: D-N; golds t14a-047, t20c-057,
    # t21b-003 ...)
    ("What was the share price range of each bank over the last 90d?", "D-90"),
    ("bank 90d hi/lo", "D-90"),
])
def test_days_written_out_are_calendar_days_and_the_desks_nd_trading_days(question: str, start: str) -> None:
    assert f"P_HIGH({start}, D0)" in (q(question) or "")
