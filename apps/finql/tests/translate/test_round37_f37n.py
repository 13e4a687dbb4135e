"""Round 37 (f37n): round 36's noticed list. A "per employee" said after a currency word is read or named, never
dropped; an amount per head said in the currency's units compared in units; ..."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# ----------------------------------------------------------------------------- 1. "dollars per employee"

_NI_HEAD = "FF_NET_INC(FY2024) * 1000000 / FF_EMPLOYEES(FY2024)"


@pytest.mark.parametrize("question, named", [
    ("Which companies had net income above 500 million dollars per employee in FY2024?", "per employee"),
    ("Which companies had net income above 500 dollars per employee in FY2024?", "per employee"),
    ("Which firms earned more than 20 million euros per head in fiscal 2024?", "per head"),
    ("Which companies had net income above 5 dollars per share in FY2024?", "per share"),
])
def test_per_after_a_threshold_amount_is_named(question: str, named: str) -> None:
    assert f"'{named}'" in refused(question)


@pytest.mark.parametrize("question, query", [
    ("What was Falcon Software's net income in dollars per employee in FY2024?", f"{_NI_HEAD} FOR FALC IN USD"),
    ("What was Falcon Software's net income in US dollars per head in FY2024?", f"{_NI_HEAD} FOR FALC IN USD"),
    ("Rank companies by net income in dollars per employee in FY2024",
     f"NAME, {_NI_HEAD} FOR SCREEN(ALL) SORT {_NI_HEAD} DESC IN USD"),
    # near misses: the unit restated after an amount per head read already, as before
    ("What was Falcon Software's net income per employee in FY2024, in dollars per head?", f"{_NI_HEAD} FOR FALC IN USD"),
    ("What was Falcon Software's EPS in FY2024 in dollars per share?", "FF_EPS(FY2024) FOR FALC IN USD"),
])
def test_per_after_a_unit_divides(question: str, query: str) -> None:
    assert q(question) == query


_SALES_HEAD = "FF_SALES(FY2024) * 1000000 / FF_EMPLOYEES(FY2024)"


@pytest.mark.parametrize("question, query", [
    ("Which companies had sales per employee above $300,000 in FY2024?",
     f"NAME, {_SALES_HEAD} FOR SCREEN(ALL, {_SALES_HEAD} > 300000) IN USD"),
    ("Which companies had sales per employee above 300000 dollars in FY2024?",
     f"NAME, {_SALES_HEAD} FOR SCREEN(ALL, {_SALES_HEAD} > 300000) IN USD"),
    ("Which companies had net income per employee of more than 50,000 EUR in FY2024?",
     f"NAME, {_NI_HEAD} FOR SCREEN(ALL, {_NI_HEAD} > 50000) IN EUR"),
    # near misses: a scale word keeps FinQL's millions
    ("Which companies had sales per employee above $0.3m in FY2024?",
     "NAME, FF_SALES(FY2024) / FF_EMPLOYEES(FY2024) FOR SCREEN(ALL, FF_SALES(FY2024) / FF_EMPLOYEES(FY2024) > 0.3) IN USD"),
    ("Which companies had sales per employee above 500 thousand dollars in FY2024?",
     "NAME, FF_SALES(FY2024) / FF_EMPLOYEES(FY2024) FOR SCREEN(ALL, FF_SALES(FY2024) / FF_EMPLOYEES(FY2024) > 0.5) IN USD"),
])
def test_amount_per_head_in_currency_units(question: str, query: str) -> None:
    assert q(question) == query


# ----------------------------------------------------------------------------- 2. a share price's change

@pytest.mark.parametrize("question, query", [
    # a share price's change is its return (percent, SPEC 5's calendar-period close), as the golds read it (wdev212,
    # t28a-137, t6a-044, ...); a figure's change is a difference; a currency or "absolute terms" makes the price's a
    # difference too
    ("How much did Falcon Software's share price change over 2024?", "P_RETURN(2023-12-31, 2024-12-31) FOR FALC"),
    ("How much did Falcon Software's stock price change in percent in 2024?", "P_RETURN(2023-12-31, 2024-12-31) FOR FALC"),
    ("How much did Falcon Software's revenue change from FY2023 to FY2024?", "FF_SALES(FY2024) - FF_SALES(FY2023) FOR FALC"),
    ("How much did Falcon Software's share price change in dollars over 2024?",
     "P_PRICE(2024-12-31) - P_PRICE(2023-12-31) FOR FALC IN USD"),
    ("By how many dollars did Falcon Software's share price change in 2024?",
     "P_PRICE(2024-12-31) - P_PRICE(2023-12-31) FOR FALC IN USD"),
    ("How much did Falcon Software's share price change in absolute terms in 2024?",
     "P_PRICE(2024-12-31) - P_PRICE(2023-12-31) FOR FALC"),
])
def test_change_of_a_price_and_of_a_figure(question: str, query: str) -> None:
    assert q(question) == query


# ----------------------------------------------------------------------------- 3. a direction said last

@pytest.mark.parametrize("question, named", [
    ("Falcon Software net income FY2024 up?", "up"),
    ("Falcon Software net income FY2024 down?", "down"),
    ("FALC sales FY24, lower?", "lower"),
    ("Northwind Systems revenue FY2024 vs FY2023 up?", "up"),
    ("What was Falcon Software's revenue in FY2024? Was it up?", "up"),
])
def test_direction_said_last_is_named(question: str, named: str) -> None:
    assert f"'{named}'" in refused(question)


@pytest.mark.parametrize("question, query", [
    # near misses: a verb's particle, an order's end, a change asked
    ("Total sales over the last 3 fiscal years for Harbor Freight Lines, can you add them up?",
     "SUM(FF_SALES, FY2022, FY2024) FOR HFL"),
    ("Falcon Software revenue FY2024: can you look it up?", "FF_SALES(FY2024) FOR FALC"),
    ("Rank the banks by net income in FY2024 from the highest down?",
     'NAME, FF_NET_INC(FY2024) FOR SCREEN(INDUSTRY("Banks")) SORT FF_NET_INC(FY2024) DESC IN USD'),
    ("Falcon Software net income FY2024 up or down?", "GROWTH(FF_NET_INC, FY2023, FY2024) FOR FALC"),
    ("Falcon Software stock up in 2024?", "P_RETURN(2023-12-31, 2024-12-31) FOR FALC"),
])
def test_direction_particles_read_as_before(question: str, query: str) -> None:
    assert q(question) == query


# ----------------------------------------------------------------------------- 4. a bracketed restatement in "either ... or"

_NET_CASH = "FF_CASH(FY2024) - FF_DEBT(FY2024) > 0"
_GREW = "FF_SALES(FY2024) > FF_SALES(FY2023)"


@pytest.mark.parametrize("question, cond", [
    ("Which companies either grew sales in FY2024 or had net cash (more cash than debt) at the end of that year?",
     f"{_GREW} OR {_NET_CASH}"),
    ("Which companies either had net cash (more cash than debt) at the end of FY2024 or grew sales in FY2024?",
     f"{_NET_CASH} OR {_GREW}"),
    ("Which companies either had net cash (cash more than debt) at the end of FY2024 or a dividend yield above 4%?",
     f"{_NET_CASH} OR FG_DIV_YIELD(D0) > 4"),
    # near miss: no "or", the restatement read once as before
    ("Which companies had net cash (more cash than debt) at the end of FY2024?", _NET_CASH),
])
def test_bracketed_restatement_is_one_condition(question: str, cond: str) -> None:
    got = q(question)
    assert got is not None and f"SCREEN(ALL, {cond})" in got, got


def test_bracketed_other_condition_among_ors_is_named() -> None:
    message = refused("Which companies either were profitable (net income above 100 million dollars) in FY2024 or had "
                      "a P/E below 10?")
    assert "'net income above 100 million dollars'" in message


# ----------------------------------------------------------------------------- 5. "a billion Swiss francs"

@pytest.mark.parametrize("question, amount, cur", [
    ("Which companies had revenue above a billion Swiss francs in FY2024?", "1000", "CHF"),
    ("Which companies had revenue above a million Swiss francs in FY2024?", "1", "CHF"),
    ("Which companies had revenue above a billion British pounds in FY2024?", "1000", "GBP"),
    ("Which companies had revenue above a billion Japanese yen in FY2024?", "1000", "JPY"),
    ("Which companies had revenue above a billion Euros in FY2024?", "1000", "EUR"),
    # near misses: as before
    ("Which companies had revenue above a billion Canadian dollars in FY2024?", "1000", "CAD"),
    ("Which companies had revenue above 1 billion Swiss francs in FY2024?", "1000", "CHF"),
])
def test_an_amount_said_with_a_and_a_currency_name(question: str, amount: str, cur: str) -> None:
    assert q(question) == f"NAME, FF_SALES(FY2024) FOR SCREEN(ALL, FF_SALES(FY2024) > {amount}) IN {cur}"


def test_a_billion_with_no_currency_stays_refused() -> None:
    assert "'billion'" in refused("Which companies had revenue above a billion in FY2024?")


# ----------------------------------------------------------------------------- 6. "my banks"

@pytest.mark.parametrize("question", [
    "Which of my banks had the highest net income in FY2024?",
    "Among my tech stocks, which had the highest return in 2024?",
    "Which of my stocks had the highest return in 2024?",
    "Show me P/E for my banks",
    "Which of my NX100 companies had a P/E below 10?",
])
def test_my_set_is_named(question: str) -> None:
    assert "'my'" in refused(question)


@pytest.mark.parametrize("question, query", [
    # near misses: "your" is the data's, "our" a desk's set as the golds read it, the asker's universe, names given
    ("Which of your insurers had revenue above $1bn in FY2024?",
     'NAME, FF_SALES(FY2024) FOR SCREEN(INDUSTRY("Insurance"), FF_SALES(FY2024) > 1000) IN USD'),
    ("Which of our banks had a P/E below 10?", 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) < 10)'),
    ("Which of the banks in my universe had a P/E below 10?",
     'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) < 10)'),
    ("For my report, which banks had a P/E below 10?", 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) < 10)'),
    ("Of my utilities, Brightwater Power and Sterling Power, which one has the higher dividend yield?",
     "FG_DIV_YIELD(D0) FOR BRIP, STEP SORT FG_DIV_YIELD(D0) DESC"),
])
def test_sets_that_are_given_read_as_before(question: str, query: str) -> None:
    assert q(question) == query


# ----------------------------------------------------------------------------- 8. a future year's figure

@pytest.mark.parametrize("question, query", [
    # SPEC 1: FY2025 and FY2026 exist only as the consensus (estimates as of 2024-12-31; FY1, FY2)
    ("What will Falcon Software's revenue be in 2025?", "FE_SALES(FY1) FOR FALC"),
    ("What will Falcon Software's EPS be in 2026?", "FE_EPS(FY2) FOR FALC"),
])
def test_a_future_year_reads_the_consensus_which_analyst_basic_may_not_read(env, question: str, query: str) -> None:
    from finql.scorer import execution_match

    assert q(question) == query
    score = execution_match(env=env)(inputs={"principal": "analyst-basic"}, outputs=query,
                                     expectations={"query": None, "refusal": "not_permitted"})
    assert score.passed, score.rationale


@pytest.mark.parametrize("question, named", [
    ("What will Falcon Software's net income be in 2025?", "net income"),  # no consensus of it
    ("What will Falcon Software's revenue be in 2027?", "2027"),  # beyond the estimates
])
def test_a_future_figure_with_no_estimate_is_named(question: str, named: str) -> None:
    assert f"'{named}'" in refused(question)


# ----------------------------------------------------------------------------- 7. a word of English is no slip

@pytest.mark.parametrize("question, named", [
    ("What was Falcon Software's revenue in FY2024, thus its sales?", "thus"),
    ("What was Falcon Software's revenue in FY2024? Wait, its net income.", "wait"),
    ("Over the last three fiscal years taken together, how much net income did Falcon Software earn in total?", "taken"),
    ("What a shame, what was Falcon Software's revenue in FY2024?", "shame"),
])
def test_a_word_of_english_is_named_not_dropped_as_a_slip(question: str, named: str) -> None:
    assert f"'{named}'" in refused(question)


@pytest.mark.parametrize("question, query", [
    # the words the golds lean on, where they say nothing for the figures
    ("What was Falcon Software's net income in FY2024? In euros is fine.", "FF_NET_INC(FY2024) FOR FALC IN EUR"),
    ("NWSY last px", "P_PRICE(D0) FOR NWSY"),
    ("past 6m perf FALC", "P_RETURN(2024-07-15, D0) FOR FALC"),
    ("Lowest close of Falcon Software at any point in 2022?", "P_LOW(2022-01-01, 2022-12-31) FOR FALC"),
    ("What do analysts think Falcon Software will earn per share next year?", "FE_EPS(FY1) FOR FALC"),
    ("What sort of profit did Falcon Software make last year?", "FF_NET_INC(FY2024) FOR FALC"),
    # a misspelt function word of no English is still one
    ("Waht was Falcon Software's revenue in FY2024?", "FF_SALES(FY2024) FOR FALC"),
])
def test_idle_words_and_slips_read_as_before(question: str, query: str) -> None:
    assert q(question) == query
