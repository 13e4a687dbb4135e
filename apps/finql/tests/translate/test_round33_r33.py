"""Round 33 (r33), the review of round 32: near misses of round 32's classes that read wrong, each mended for its
class (a bare multiple before another multiple named; "how did <set> grow"; "changed in <measure> the least"; a
condition's adjective before "every year" after another measure's span; "return <columns>" after a comma), and tests
for round 32's rules that no test caught when broken."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused, reworded

# a bare multiple said before another multiple is that multiple's, never a P/E below the number ("trading on a sub-1.5x
# P/B" was FG_PE(D0) < 1.5 with the P/B beside it: f32m's "sub-" read "below", then round 21's bare "x" took it)
PB = 'NAME, FG_PB(D0) FOR SCREEN(INDUSTRY("Banks"), FG_PB(D0) < 1.5)'
OTHER_MULTIPLE = [
    ("Banks trading on a sub-1.5x P/B", PB),
    ("Banks trading below 1.5x P/B", PB),
    ("Which banks trade below 1.5x P/B?", PB),
    ("Insurers trading at under 2x price-to-book",
     'NAME, FG_PB(D0) FOR SCREEN(INDUSTRY("Insurance"), FG_PB(D0) < 2)'),
    # near misses: a bare multiple, or one said of the P/E, is the P/E's
    ("utilities trading below 15x", 'NAME, FG_PE(D0) FOR SCREEN(SECTOR("Utilities"), FG_PE(D0) < 15)'),
    ("banks trading on a sub-10x P/E", 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) < 10)'),
]

# "how" + auxiliary + the set's move: the move asked of each company, no screen that it rose (f32a's _HOW_MOVED said
# "how much (fast, far)" only; "How did EPS grow for each of the utilities" listed the ones that grew)
HOW_DID_GROW = [
    ("How did EPS grow for each of the utilities between fiscal 2021 and fiscal 2024?",
     'NAME, GROWTH(FF_EPS, FY2021, FY2024) FOR SCREEN(SECTOR("Utilities"))'),
    ("How did the banks' sales grow in FY2024?", 'NAME, GROWTH(FF_SALES, FY2023, FY2024) FOR SCREEN(INDUSTRY("Banks"))'),
    ("How have the insurers grown net income since fiscal 2020?",
     'NAME, GROWTH(FF_NET_INC, FY2020, FY2024) FOR SCREEN(INDUSTRY("Insurance"))'),
    ("How did the airlines' shares fall in 2022?",
     'NAME, P_RETURN(2021-12-31, 2022-12-31) FOR SCREEN(INDUSTRY("Airlines"))'),
    # near misses: "which ... grew" screens; a named company's move is its growth
    ("Which banks grew sales in FY2024?",
     'NAME, FF_SALES(FY2024), FF_SALES(FY2023) FOR SCREEN(INDUSTRY("Banks"), FF_SALES(FY2024) > FF_SALES(FY2023))'),
    ("How did Northwind Systems' sales grow from FY2021 to FY2024?", "GROWTH(FF_SALES, FY2021, FY2024) FOR NWSY"),
]

# "changed in <measure> the least": the change nearest zero (it was the largest fall first)
CHANGED_IN = [
    ("Which banks changed in price the least in 2023?",
     'NAME, P_RETURN(2022-12-31, 2023-12-31) FOR SCREEN(INDUSTRY("Banks")) SORT P_RETURN(2022-12-31, 2023-12-31) * '
     "P_RETURN(2022-12-31, 2023-12-31) ASC"),
    ("Which insurers changed in headcount the least between FY2021 and FY2024?",
     'NAME, GROWTH(FF_EMPLOYEES, FY2021, FY2024) FOR SCREEN(INDUSTRY("Insurance")) SORT GROWTH(FF_EMPLOYEES, FY2021, '
     "FY2024) * GROWTH(FF_EMPLOYEES, FY2021, FY2024) ASC"),
]

# "return <columns>" after a comma or "and" shows them (a share price return was read beside them)
RETURN_COLUMNS = [
    ("filter sector == Utilities, where fiscal_year = 2022, return name + sales",
     'NAME, FF_SALES(FY2022) FOR SCREEN(SECTOR("Utilities"))'),
    ("banks with P/E below 10, return names and tickers", 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) < 10)'),
    ("banks with P/E below 10 and return names", 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) < 10)'),
]

# (f32m's class) "now" said right after a comma after the LTM figure restates them (FY2024's sales were listed beside)
LTM_NOW = [
    ("Cobalt Retail's LTM sales, currently?", "FF_SALES(LTM) FOR COBR"),
    ("Cobalt Retail's LTM sales, right now", "FF_SALES(LTM) FOR COBR"),
    # near misses: a figure of its own after "and", today's market cap
    ("Cobalt Retail's LTM sales, and its sales currently", "FF_SALES(LTM), FF_SALES(FY2024) FOR COBR"),
    ("Cobalt Retail's LTM free cash flow, today's market cap", "FF_FCF(LTM), FG_MKT_CAP(D0) FOR COBR"),
]

# (f32a's class) the analysts counted as what "that figure" ("this estimate") holds
CONSENSUS_COUNT = [
    ("What's the consensus EPS for Delta Insurance in FY1, and how many brokers does that figure reflect?",
     "FE_EPS(FY1), FE_NUM(FY1) FOR DELT"),
    ("What's the consensus EPS for Delta Insurance in FY1, and how many analysts does this estimate include?",
     "FE_EPS(FY1), FE_NUM(FY1) FOR DELT"),
]

# a condition's adjective ("paid a dividend") before "every year", after another measure's span: whose every year?
EVERY_YEAR_REFUSED = [
    "Which banks grew sales from FY2020 to FY2024 and paid a dividend every year?",
    "Which insurers grew net income from fiscal 2020 to fiscal 2024 and paid dividends every year?",
]
# (the cue said within the move's clause reached the move: each year's growth, the dividend at FY2024 alone)
EVERY_YEAR_READ = [
    ("Which banks paid a dividend every year from FY2020 to FY2024?",
     'NAME, FF_DPS(FY2020), FF_DPS(FY2021), FF_DPS(FY2022), FF_DPS(FY2023), FF_DPS(FY2024) FOR SCREEN(INDUSTRY("Banks"), '
     "FF_DPS(FY2020) > 0 AND FF_DPS(FY2021) > 0 AND FF_DPS(FY2022) > 0 AND FF_DPS(FY2023) > 0 AND FF_DPS(FY2024) > 0)"),
    ("Which banks grew sales from FY2020 to FY2024 and paid a dividend in FY2024?",
     'NAME, FF_SALES(FY2024), FF_SALES(FY2020), FF_DPS(FY2024) FOR SCREEN(INDUSTRY("Banks"), FF_SALES(FY2024) > '
     "FF_SALES(FY2020) AND FF_DPS(FY2024) > 0)"),
]


@pytest.mark.parametrize(("question", "query"), OTHER_MULTIPLE + HOW_DID_GROW + CHANGED_IN + RETURN_COLUMNS + EVERY_YEAR_READ
                         + LTM_NOW + CONSENSUS_COUNT)
def test_near_misses_read(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", EVERY_YEAR_REFUSED)
def test_every_year_after_a_condition_of_another_measure_is_refused(question: str) -> None:
    assert "every year" in refused(question)


def test_a_multiple_named_is_never_read_as_a_p_e() -> None:
    """The guard: a threshold said before "P/B" (price-to-book) compares that multiple, never the P/E."""
    for question in ("Banks on a sub-1x price-to-book", "Insurers trading at below 0.9x P/B"):
        got = q(question) or ""
        assert "FG_PE" not in got, (question, got)


_SET_MOVES = [("How did the banks' net income grow in FY2023?",
               'NAME, GROWTH(FF_NET_INC, FY2022, FY2023) FOR SCREEN(INDUSTRY("Banks"))')]


@pytest.mark.parametrize(("question", "variant", "query"), reworded(_SET_MOVES, {
    "has": lambda s: s.replace("How did", "How has").replace("grow in", "grown in"),
    "fast": lambda s: s.replace("How did", "How fast did"),
    "each": lambda s: s.replace("the banks' net income", "each bank's net income"),
}))
def test_a_set_s_move_asked_is_each_company_s_figure(question: str, variant: str, query: str) -> None:
    assert q(question) == query
    assert q(variant) == query
