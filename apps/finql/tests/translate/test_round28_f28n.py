"""Round 28 (f28n): round 27's noticed list. A term the question defines has one home for its uses (``text._term_put``:
the term said again, its plural, in quotes or not, or the one "it" a question ranks on or asks for); "growth from
<year>" with no end said runs to the latest fiscal year (as "versus <year>" does); two limits on one figure said in
different sentences are refused (they were ANDed). Own wordings; the near misses pin what stays read or refused."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# -- 1: a defined term, one home for its uses ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # the one "it" a question ranks (sorts) on is the term (it was refused: the "it" unread)
        ("Asset turnover, for this exercise, is FY2024 sales divided by FY2024 total assets. Rank the logistics "
         "companies on it, highest first.",
         'NAME, FF_SALES(FY2024) / FF_ASSETS(FY2024) FOR SCREEN(INDUSTRY("Logistics")) '
         "SORT FF_SALES(FY2024) / FF_ASSETS(FY2024) DESC"),
        ("Stretch, for our purposes, is debt divided by equity in fiscal 2023. Rank the utilities by it, lowest first.",
         'NAME, FF_DEBT(FY2023) / FF_EQUITY(FY2023) FOR SCREEN(SECTOR("Utilities")) '
         "SORT FF_DEBT(FY2023) / FF_EQUITY(FY2023) ASC"),
        ("Take 'stretch' to mean FY2024 capex divided by FY2024 sales. Sort the banks on it, highest first.",
         'NAME, FF_CAPEX(FY2024) / FF_SALES(FY2024) FOR SCREEN(INDUSTRY("Banks")) '
         "SORT FF_CAPEX(FY2024) / FF_SALES(FY2024) DESC"),
        # f27g's openings ("By T I mean", "Let's call", "Taking T to mean") now match the term's plural as
        # ``_said_again`` does (the plural was left: refused, or read as a comparison, DPS above EPS, a wrong answer)
        ("By payout I mean DPS over EPS. Which banks had payouts above 50% in fiscal 2024?",
         'NAME, FF_DPS(FY2024) / FF_EPS(FY2024) FOR SCREEN(INDUSTRY("Banks"), FF_DPS(FY2024) / FF_EPS(FY2024) > 0.5)'),
        ("By 'cover' I mean EPS over DPS. Which banks had covers above 2 in fiscal 2024?",
         'NAME, FF_EPS(FY2024) / FF_DPS(FY2024) FOR SCREEN(INDUSTRY("Banks"), FF_EPS(FY2024) / FF_DPS(FY2024) > 2)'),
        ("Taking squeeze to mean debt over cash, which banks had squeezes above 3 in FY2024?",
         'NAME, FF_DEBT(FY2024) / FF_CASH(FY2024) FOR SCREEN(INDUSTRY("Banks"), FF_DEBT(FY2024) / FF_CASH(FY2024) > 3)'),
        # (a consonant's "y" as "ies")
        ("Let's call capex over sales 'intensity'. Which utilities had intensities below 0.2 in 2023?",
         'NAME, FF_CAPEX(FY2023) / FF_SALES(FY2023) FOR SCREEN(SECTOR("Utilities"), '
         "FF_CAPEX(FY2023) / FF_SALES(FY2023) < 0.2)"),
    ],
)
def test_defined_term_said_again_is_its_definition(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # near misses that keep their readings: the quoted term, a sign in the definition, "show it" beside a sort
        ("Let's call FCF over sales 'cash margin'. Which utilities had a 'cash margin' above 10% in 2024?",
         'NAME, FF_FCF(FY2024) / FF_SALES(FY2024) FOR SCREEN(SECTOR("Utilities"), FF_FCF(FY2024) / FF_SALES(FY2024) > 0.1)'),
        ("Define leverage as debt / equity. Which banks have leverage above 2 in FY2024?",
         'NAME, FF_DEBT(FY2024) / FF_EQUITY(FY2024) FOR SCREEN(INDUSTRY("Banks"), FF_DEBT(FY2024) / FF_EQUITY(FY2024) > 2)'),
        ("Stretch, for this exercise, is debt divided by equity. Rank the utilities by sales and show it.",
         'NAME, FF_SALES(FY2024), FF_DEBT(FY2024) / FF_EQUITY(FY2024) FOR SCREEN(SECTOR("Utilities")) '
         "SORT FF_SALES(FY2024) DESC IN USD"),
    ],
)
def test_defined_term_near_misses_keep_their_readings(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "words"),
    [
        # an operand of more arithmetic, two "it"s, or the term never said again: refused, naming the term
        ("Define headroom as cash minus debt. Which banks had headroom times 2 above 500 in FY2024?", "headroom"),
        ("Stretch, for this exercise, is debt divided by equity. Rank the utilities on it and show it for FY2023.",
         "stretch"),
        ("Stretch, for this exercise, is debt divided by equity. Rank the utilities on sales in FY2023.", "stretch"),
        ("Stretch, for this exercise, is debt divided by equity. Rank the utilities by it and by sales.", "by sales"),
    ],
)
def test_defined_term_not_put_is_refused(question: str, words: str) -> None:
    assert words in refused(question).lower()


# -- 4: "growth from <year>" with no end: from that year to the latest fiscal year (FY0, SPEC 2) ----------------------


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("What was sales growth from fiscal 2021 for Northwind Systems?", "GROWTH(FF_SALES, FY2021, FY2024) FOR NWSY"),
        ("How much did Falcon Software's net income grow from 2020?", "GROWTH(FF_NET_INC, FY2020, FY2024) FOR FALC"),
        ("Northwind Systems EPS growth from FY2022", "GROWTH(FF_EPS, FY2022, FY2024) FOR NWSY"),
        # near misses: an end said, "since", a lookup "from" a year
        ("Sales growth from fiscal 2021 to 2023 for Northwind Systems", "GROWTH(FF_SALES, FY2021, FY2023) FOR NWSY"),
        ("What was sales growth since fiscal 2021 for Northwind Systems?", "GROWTH(FF_SALES, FY2021, FY2024) FOR NWSY"),
        ("What was Northwind Systems' sales from fiscal 2021?", "FF_SALES(FY2021) FOR NWSY"),
    ],
)
def test_growth_from_a_year_runs_to_the_latest(question: str, query: str) -> None:
    assert q(question) == query


# -- 3: two limits on one figure in different sentences: not ANDed ---------------------------------------------------


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("Debt is over 5 billion. Which utilities had debt above 2 billion?", ("debt is over 5 billion", "debt above 2")),
        ("Sales are above 10 billion. Which banks had sales over 3 billion in 2023?", ("sales are above 10 billion",)),
        ("Net margin is above 20%. Which software companies had a net margin above 10% last year?",
         ("net margin is above 20%",)),
    ],
)
def test_limits_on_one_figure_in_two_sentences_are_refused(question: str, words: tuple[str, ...]) -> None:
    message = refused(question)
    assert "two limits on the same figure" in message
    assert all(w in message.lower() for w in words), message


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("Which utilities had debt above 2 billion and below 5 billion?",
         'NAME, FF_DEBT(FY2024) FOR SCREEN(SECTOR("Utilities"), FF_DEBT(FY2024) > 2000 AND FF_DEBT(FY2024) < 5000)'),
        ("Debt is over 5 billion. Which utilities had cash above 2 billion?",
         'NAME, FF_DEBT(FY2024), FF_CASH(FY2024) FOR SCREEN(SECTOR("Utilities"), FF_DEBT(FY2024) > 5000 AND '
         "FF_CASH(FY2024) > 2000)"),
    ],
)
def test_limits_near_misses_keep_their_readings(question: str, query: str) -> None:
    assert q(question) == query


# -- 5: conditions joined by "and" and "or" with nothing to group them (SPEC gives no precedence for conditions) -------


@pytest.mark.parametrize(
    "question",
    [
        "Which banks have a P/E below 10 and a dividend yield above 5% or an ROE above 15%?",
        "Which utilities had debt above 2 billion or cash above 1 billion and sales above 3 billion?",
        "List insurers with a P/B under 1 and net income above 500 million or a dividend yield over 6%.",
    ],
)
def test_and_or_ungrouped_is_refused(question: str) -> None:
    message = refused(question)
    assert "both 'and' and 'or'" in message and "'or'" in message, message


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # grouped by "either": read as before
        ("Which banks have a P/E below 10 and either a dividend yield above 5% or an ROE above 15%?",
         'NAME, FG_PE(D0), FG_DIV_YIELD(D0), FF_NET_INC(FY2024) / FF_EQUITY(FY2024) * 100 FOR SCREEN(INDUSTRY("Banks"), '
         "FG_PE(D0) < 10 AND (FG_DIV_YIELD(D0) > 5 OR FF_NET_INC(FY2024) / FF_EQUITY(FY2024) * 100 > 15))"),
        # grouped by a comma: "(A AND B) OR C", as before
        ("Which banks have a P/E below 10 and a dividend yield above 5%, or an ROE above 15%?",
         'NAME, FG_PE(D0), FG_DIV_YIELD(D0), FF_NET_INC(FY2024) / FF_EQUITY(FY2024) * 100 FOR SCREEN(INDUSTRY("Banks"), '
         "FG_PE(D0) < 10 AND FG_DIV_YIELD(D0) > 5 OR FF_NET_INC(FY2024) / FF_EQUITY(FY2024) * 100 > 15)"),
        # one conjunction only
        ("Which banks have a P/E below 10 or a dividend yield above 5%?",
         'NAME, FG_PE(D0), FG_DIV_YIELD(D0) FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) < 10 OR FG_DIV_YIELD(D0) > 5)'),
    ],
)
def test_and_or_grouped_keeps_its_reading(question: str, query: str) -> None:
    assert q(question) == query


# -- 2: a constant in a definition ("100 divided by the P/E"): FinQL's grammar has NUMBER operands, but the chain does
# not compose one yet; until it does, it refuses, naming the constant (never dropped, never another figure) ----------


@pytest.mark.parametrize(
    ("question", "words"),
    [
        # (round 31, f31n: "100 divided by the P/E" is read, ``compose._constant_first``; the case moved there)
        ("Define stretch as 2 times debt over equity. Which banks had stretch above 3 in FY2024?", "'2 times'"),
        ("By inverse P/E I mean 1 over the P/E. What is it for Northwind Systems today?", "1"),
        ("Let's call 100 minus the payout ratio 'retention'. Which banks had retention above 40 in 2024?", "'100'"),
    ],
)
def test_constant_in_a_definition_is_refused_naming_it(question: str, words: str) -> None:
    assert words in refused(question)
