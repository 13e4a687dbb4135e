"""Round 38 (f38n): round 37's noticed list, redone after f37n's revert, each item its own rule and its near misses.

1. "per employee" said after a currency word ("revenue in euros per employee", "net income above 500 dollars per
   employee"): the division, never dropped as the unit's restatement.
2. "a billion Swiss francs": the article is the number one before any currency's name with its country's word.
3. "my banks", "my holdings": FinQL has no portfolio (SPEC 1): the asker's own set is refused, said as such.
4. A direction said last: "X's return in 2023: up or down?" reads the return; "X net income FY2024 up?", where the
   reading would drop the "up", names it.
5. Brackets among conditions group as written ("either A (and B) or C", "either A or (B and C)"), and a condition
   restated in brackets another way is one.
6. ``_filler_typo``: the words of English it dropped as slips of a filler word where they say what the figures are
   ("growth slowing", "revenue and costs", "games companies", "lifted their dividend", "how many days") are named;
   the words that are filler in their frame ("What will X's revenue be", "went from", "looks", "going by", "right
   now") stay dropped.
And "What will X's revenue be in 2025?" reads the consensus, which analyst-basic may not read (not_permitted)."""

from __future__ import annotations

import re
from typing import Any

import pytest
from reading_helpers import q, refused

# ----------------------------------------------------------------------------- 1. "in euros per employee"

_SALES_HEAD = "FF_SALES(FY2024) * 1000000 / FF_EMPLOYEES(FY2024)"
_NI_HEAD = "FF_NET_INC(FY2024) * 1000000 / FF_EMPLOYEES(FY2024)"


@pytest.mark.parametrize("question, query", [
    # the unit's "per" right after the measure and its unit divides, in the currency's units (t3-091's convention)
    ("What was Falcon Software's revenue in euros per employee in FY2024?", f"{_SALES_HEAD} FOR FALC IN EUR"),
    ("What was Falcon Software's net income in US dollars per head in FY2024?", f"{_NI_HEAD} FOR FALC IN USD"),
    ("Sales in euros per employee for Falcon Software, FY2024", f"{_SALES_HEAD} FOR FALC IN EUR"),
    ("How much revenue in dollars per employee did Falcon Software make in FY2024?", f"{_SALES_HEAD} FOR FALC IN USD"),
    ("Rank companies by revenue in euros per employee in FY2024",
     f"NAME, {_SALES_HEAD} FOR SCREEN(ALL) SORT {_SALES_HEAD} DESC IN EUR"),
    ("Which companies had revenue in euros per employee above 300000 in FY2024?",
     f"NAME, {_SALES_HEAD} FOR SCREEN(ALL, {_SALES_HEAD} > 300000) IN EUR"),
    ("What was Falcon Software's FCF in dollars per share in FY2024?", "FF_FCF(FY2024) / FF_SHARES(FY2024) FOR FALC IN USD"),
    # the unit's scale said: millions as FinQL's, thousands scaled
    ("What was Falcon Software's revenue in millions of euros per employee in FY2024?",
     "FF_SALES(FY2024) / FF_EMPLOYEES(FY2024) FOR FALC IN EUR"),
    ("What was Falcon Software's revenue in thousands of euros per employee in FY2024?",
     "FF_SALES(FY2024) * 1000 / FF_EMPLOYEES(FY2024) FOR FALC IN EUR"),
    # the threshold's own unit divides the measure it bounds; its scale word says millions, none the currency's units
    ("Which companies had net income above 500 dollars per employee in FY2024?",
     f"NAME, {_NI_HEAD} FOR SCREEN(ALL, {_NI_HEAD} > 500) IN USD"),
    ("Which companies had net income above 500 million dollars per employee in FY2024?",
     "NAME, FF_NET_INC(FY2024) / FF_EMPLOYEES(FY2024) FOR SCREEN(ALL, FF_NET_INC(FY2024) / FF_EMPLOYEES(FY2024) > 500) IN USD"),
    ("Which companies had FCF above 2 euros per share in FY2024?",
     "NAME, FF_FCF(FY2024) / FF_SHARES(FY2024) FOR SCREEN(ALL, FF_FCF(FY2024) / FF_SHARES(FY2024) > 2) IN EUR"),
    ("Which companies had net income above 5 dollars per share in FY2024 and a P/E below 10?",
     "NAME, FF_NET_INC(FY2024) / FF_SHARES(FY2024), FG_PE(D0) FOR SCREEN(ALL, FF_NET_INC(FY2024) / FF_SHARES(FY2024) > 5 "
     "AND FG_PE(D0) < 10) IN USD"),
    # an amount per head compared with a threshold in the currency's units, no scale word: in units
    ("Which companies had sales per employee above $300,000 in FY2024?",
     f"NAME, {_SALES_HEAD} FOR SCREEN(ALL, {_SALES_HEAD} > 300000) IN USD"),
    ("Which companies had sales per employee above 300000 dollars in FY2024?",
     f"NAME, {_SALES_HEAD} FOR SCREEN(ALL, {_SALES_HEAD} > 300000) IN USD"),
])
def test_per_after_a_currency_word_divides(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question, query", [
    # near misses, as before: the code converts only (t6m-031), the unit restated after an amount per head or per
    # share, a scale word keeps FinQL's millions, a per-share measure's own "per share"
    ("What was Falcon Software's sales per employee in USD in FY2024?", "FF_SALES(FY2024) / FF_EMPLOYEES(FY2024) FOR FALC IN USD"),
    ("What was Falcon Software's revenue in EUR per employee in FY2024?",
     "FF_SALES(FY2024) / FF_EMPLOYEES(FY2024) FOR FALC IN EUR"),
    ("What was Falcon Software's net income per employee in FY2024, in dollars per head?", f"{_NI_HEAD} FOR FALC IN USD"),
    ("What was Falcon Software's revenue per employee in FY2024 in euros?", f"{_SALES_HEAD} FOR FALC IN EUR"),
    ("What was Falcon Software's EPS in FY2024 in dollars per share?", "FF_EPS(FY2024) FOR FALC IN USD"),
    ("Which companies had EPS above 5 dollars per share in FY2024?",
     "NAME, FF_EPS(FY2024) FOR SCREEN(ALL, FF_EPS(FY2024) > 5) IN USD"),
    ("Which companies paid a dividend of more than 2 euros per share in FY2024?",
     "NAME, FF_DPS(FY2024) FOR SCREEN(ALL, FF_DPS(FY2024) > 2) IN EUR"),
    ("Which companies had sales per employee above $0.3m in FY2024?",
     "NAME, FF_SALES(FY2024) / FF_EMPLOYEES(FY2024) FOR SCREEN(ALL, FF_SALES(FY2024) / FF_EMPLOYEES(FY2024) > 0.3) IN USD"),
])
def test_per_near_misses_read_as_before(question: str, query: str) -> None:
    assert q(question) == query


# ----------------------------------------------------------------------------- 2. "a billion Swiss francs"

@pytest.mark.parametrize("question, amount, cur", [
    ("Which companies had revenue above a billion Swiss francs in FY2024?", "1000", "CHF"),
    ("Which companies had revenue above a million Swiss francs in FY2024?", "1", "CHF"),
    ("Which companies had revenue above a billion British pounds in FY2024?", "1000", "GBP"),
    ("Which companies had revenue above a billion Japanese yen in FY2024?", "1000", "JPY"),
    ("Which companies had revenue above a billion Euros in FY2024?", "1000", "EUR"),
    # near misses, as before
    ("Which companies had revenue above a billion Canadian dollars in FY2024?", "1000", "CAD"),
    ("Which companies had revenue above a billion francs in FY2024?", "1000", "CHF"),
    ("Which companies had revenue above 1 billion Swiss francs in FY2024?", "1000", "CHF"),
    ("Which companies had revenue above half a billion Swiss francs in FY2024?", "500", "CHF"),
])
def test_an_amount_said_with_a_and_a_currency_name(question: str, amount: str, cur: str) -> None:
    assert q(question) == f"NAME, FF_SALES(FY2024) FOR SCREEN(ALL, FF_SALES(FY2024) > {amount}) IN {cur}"


def test_a_billion_with_no_currency_stays_refused() -> None:
    assert "'billion'" in refused("Which companies had revenue above a billion in FY2024?")


# ----------------------------------------------------------------------------- 3. "my banks", "my holdings"

_ASKERS = "the companies the asker holds, covers or chose are not in the data"


@pytest.mark.parametrize("question, named", [
    ("Which of my banks had the highest net income in FY2024?", "my banks"),
    ("Among my tech stocks, which had the highest return in 2024?", "my tech stocks"),
    ("Which of my stocks had the highest return in 2024?", "my stocks"),
    ("Rank my insurers by P/E", "my insurers"),
    ("Which of my NX100 companies had a P/E below 10?", "my nx100 companies"),
    ("My banks: which had a P/E below 10?", "my banks"),
    # the holdings said: named as the asker's (they were words not understood)
    ("Show me P/E for my holdings", "my holdings"),
    ("Which stocks in my portfolio have a P/E below 10?", "my portfolio"),
    ("Which of my positions returned more than 10% in 2024?", "my positions"),
])
def test_the_askers_own_set_is_refused_as_such(question: str, named: str) -> None:
    message = refused(question)
    assert _ASKERS in message and f"'{named}'" in message.lower(), message


@pytest.mark.parametrize("question, query", [
    # near misses, as before: "our" (a desk's set, as the golds read it), the asker's universe, a remark of "my", the
    # companies named, the set said again apart from "my" (round 22), the holdings a remark beside a set
    ("Which of our banks had a P/E below 10?", 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) < 10)'),
    ("Which of the banks in my universe had a P/E below 10?", 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) < 10)'),
    ("For my report, which banks had a P/E below 10?", 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) < 10)'),
    ("Of my utilities, Brightwater Power and Sterling Power, which one has the higher dividend yield?",
     "FG_DIV_YIELD(D0) FOR BRIP, STEP SORT FG_DIV_YIELD(D0) DESC"),
    ("My bank holdings: P/E for every bank, lowest first.", 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks")) SORT FG_PE(D0) ASC'),
    ("I am rearranging my portfolio for income: which five NX100 companies have the highest dividend yield?",
     "NAME, FG_DIV_YIELD(D0) FOR SCREEN(INDEX(NX100)) SORT FG_DIV_YIELD(D0) DESC TOP 5"),
])
def test_sets_that_are_given_read_as_before(question: str, query: str) -> None:
    assert q(question) == query


# ----------------------------------------------------------------------------- 4. a direction said last


@pytest.mark.parametrize("question, query", [
    ("What was Cobalt Motors' return in 2023: up or down?", "P_RETURN(2022-12-31, 2023-12-31) FOR COBA"),
    ("What was Cobalt Motors' return in 2023, up or down?", "P_RETURN(2022-12-31, 2023-12-31) FOR COBA"),
    ("Cobalt Motors' return in 2023: up or down?", "P_RETURN(2022-12-31, 2023-12-31) FOR COBA"),
    # near misses, as before: a growth's or a figure's "up or down" is the growth, a stock's "up" with its period the
    # return, a verb's particle, an order's end
    ("What was Falcon Software's revenue growth in FY2024, up or down?", "GROWTH(FF_SALES, FY2023, FY2024) FOR FALC"),
    ("Falcon Software net income FY2024 up or down?", "GROWTH(FF_NET_INC, FY2023, FY2024) FOR FALC"),
    ("Falcon Software stock in 2024, up?", "P_RETURN(2023-12-31, 2024-12-31) FOR FALC"),
    ("Cobalt Motors' price up in 2023?", "P_RETURN(2022-12-31, 2023-12-31) FOR COBA"),
    ("Total sales over the last 3 fiscal years for Harbor Freight Lines, can you add them up?",
     "SUM(FF_SALES, FY2022, FY2024) FOR HFL"),
    ("Falcon Software revenue FY2024: can you look it up?", "FF_SALES(FY2024) FOR FALC"),
    ("Rank the banks by net income in FY2024 from the highest down?",
     'NAME, FF_NET_INC(FY2024) FOR SCREEN(INDUSTRY("Banks")) SORT FF_NET_INC(FY2024) DESC IN USD'),
])
def test_direction_said_last_read(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question, named", [
    ("Falcon Software net income FY2024 up?", "up"),
    ("Falcon Software net income FY2024 down?", "down"),
    ("Falcon Software revenue FY2024 vs FY2023 up?", "up"),
    ("What was Falcon Software's revenue in FY2024? Was it up?", "up"),
])
def test_direction_said_last_dropped_is_named(question: str, named: str) -> None:
    assert f"'{named}'" in refused(question)


@pytest.mark.parametrize("question, reason", [
    # near misses: refused as before, for their own reasons
    ("Was Cobalt Motors' price up?", "yes/no"),
    ("Which stocks were up?", "a return needs a period"),
])
def test_direction_said_last_other_refusals_kept(question: str, reason: str) -> None:
    assert reason in refused(question)


# ----------------------------------------------------------------------------- 5. brackets inside "either ... or"

_PE, _PB, _DY = "FG_PE(D0) < 10", "FG_PB(D0) < 1", "FG_DIV_YIELD(D0) > 4"
_NET_CASH = "FF_CASH(FY2024) - FF_DEBT(FY2024) > 0"
_GREW = "FF_SALES(FY2024) > FF_SALES(FY2023)"


@pytest.mark.parametrize("question, cond", [
    ("Which companies either had a P/E below 10 (and a P/B below 1) or a dividend yield above 4%?",
     f"({_PE} AND {_PB}) OR {_DY}"),
    ("Which companies had either a P/E below 10 or (a P/B below 1 and a dividend yield above 4%)?",
     f"{_PE} OR ({_PB} AND {_DY})"),
    ("Which companies had a P/E below 10 (or a P/B below 1) and a dividend yield above 4%?", f"({_PE} OR {_PB}) AND {_DY}"),
    ("Which companies either were profitable (net income above 100 million dollars) in FY2024 or had a P/E below 10?",
     f"(FF_NET_INC(FY2024) > 0 AND FF_NET_INC(FY2024) > 100) OR {_PE}"),
    # a condition restated in brackets another way is one condition
    ("Which companies either grew sales in FY2024 or had net cash (more cash than debt) at the end of that year?",
     f"{_GREW} OR {_NET_CASH}"),
    ("Which companies either had net cash (more cash than debt) at the end of FY2024 or grew sales in FY2024?",
     f"{_NET_CASH} OR {_GREW}"),
    ("Which companies had net cash (more cash than debt) at the end of FY2024?", _NET_CASH),
    # near misses, as before
    ("Which companies either had a P/E below 10 (or a P/B below 1) or a dividend yield above 4%?", f"{_PE} OR {_PB} OR {_DY}"),
    ("Which companies had (a P/E below 10 or a P/B below 1) and a dividend yield above 4%?", f"({_PE} OR {_PB}) AND {_DY}"),
    ("Which companies had a P/E below 10 and (a P/B below 1 or a dividend yield above 4%)?", f"{_PE} AND ({_PB} OR {_DY})"),
    ("Which companies either had a P/E below 10 or a P/B below 1 (or both)?", f"{_PE} OR {_PB}"),
    ("Which companies had a dividend yield above 4% or (with) both a P/E below 12 and positive free cash flow?",
     f"{_DY} OR (FG_PE(D0) < 12 AND FF_FCF(FY2024) > 0)"),
])
def test_brackets_group_conditions_as_written(question: str, cond: str) -> None:
    got = q(question)
    assert got is not None and re.search(rf"SCREEN\(ALL, {re.escape(cond)}\)", got), got


# ----------------------------------------------------------------------------- 6. words of English that are no slips


@pytest.mark.parametrize("question, named", [
    ("Which companies saw sales growth slowing in FY2024?", "slowing"),  # was the growth above zero
    ("Which companies had slow revenue growth in FY2024?", "slow"),
    ("Which companies saw their growth speed up in FY2024?", "speed"),
    ("What were Falcon Software's revenue and costs in FY2024?", "costs"),  # was the revenue alone
    ("What were Falcon Software's owner earnings in FY2024?", "owner"),  # was the net income
    ("Which games companies had the highest revenue in FY2024?", "games"),  # was every company
    ("Which shoe companies had the highest revenue in FY2024?", "shoe"),
    ("Which companies lifted their dividend in FY2024?", "lifted"),  # was the dividend, unscreened
    ("How many days did Falcon Software's stock rise in 2024?", "days"),  # was the return
    ("What was the number of trading days on which Falcon Software's stock fell in 2024?", "days"),
])
def test_a_word_that_says_what_the_figures_are_is_named(question: str, named: str) -> None:
    assert f"'{named}'" in refused(question)


@pytest.mark.parametrize("question, query", [
    # near misses: words that are filler in their frame stay dropped (the round tests f37n's version broke)
    ("Which companies went from a net loss in fiscal 2022 to a net profit in fiscal 2023?",
     "NAME, FF_NET_INC(FY2022), FF_NET_INC(FY2023) FOR SCREEN(ALL, FF_NET_INC(FY2022) < 0 AND FF_NET_INC(FY2023) > 0)"),
    ("Which stocks gave the best return in 2024?",
     "NAME, P_RETURN(2023-12-31, 2024-12-31) FOR SCREEN(ALL) SORT P_RETURN(2023-12-31, 2024-12-31) DESC"),
    ("Falcon Software's cash going by the most recent quarterly accounts.", "FF_CASH(FQ0) FOR FALC"),
    ("Which banks have a P/E under 10 right now?", 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) < 10)'),
    ("What was Falcon Software's revenue in FY2024 alone?", "FF_SALES(FY2024) FOR FALC"),
    # "days" said of a span, not counted
    ("What was Falcon Software's return over the last 30 days?", "P_RETURN(2024-12-16, D0) FOR FALC"),
    ("Waht was Falcon Software's revenue in FY2024?", "FF_SALES(FY2024) FOR FALC"),
])
def test_filler_in_its_frame_stays_dropped(question: str, query: str) -> None:
    assert q(question) == query


def _ctx(env: Any, principal: str) -> Any:
    from charter.agents import RunContext
    from charter.agents.context import Extensions

    return RunContext(principal=principal, gateway=None, catalog=env.charter.catalog, data=env.charter.data,
                      extensions=Extensions(env))


@pytest.mark.parametrize("question, query", [
    # SPEC 1: fiscal 2025 and 2026 exist only as the consensus (estimates as of 2024-12-31: FY1, FY2)
    ("What will Falcon Software's revenue be in 2025?", "FE_SALES(FY1) FOR FALC"),
    ("What will Falcon Software's EPS be in 2026?", "FE_EPS(FY2) FOR FALC"),
])
def test_a_future_year_reads_the_consensus_which_analyst_basic_may_not_read(env: Any, question: str, query: str) -> None:
    from finql.translate.agents import decomposed

    assert q(question) == query
    agent = decomposed()
    out = agent.run({"question": question}, _ctx(env, "analyst-basic")).output
    assert out.refusal == "not_permitted" and "estimates" in (out.message or ""), out
    assert agent.run({"question": question}, _ctx(env, "analyst")).output.refusal is None
