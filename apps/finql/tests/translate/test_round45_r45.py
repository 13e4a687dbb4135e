"""Round 45 (r45): an adversarial review of round 44's rules. Rules alone; every phrasing here is this file's own
(none taken from a golden set).

A. f44s's checks of a story clause that no older step reaches first: the closed classes of content
   (``pipeline._STORY_CLASSES``), the back-reference (``_STORY_BACK``) and the pronoun (``_PRONOUN_BACK``): each case
   below is answered, wrongly, when its check is a no-op.
B. wrong answers found beside round 44's rules, mended as classes: an amount with its currency between two periods
   (f44p 2), "the same quarter" of a year (f44p 1), a move from a later period to an earlier one and a year set against
   a quarter (f44p 1's pair), a move from a high or low with a period of its own (f44p 3), a move set against another
   measure, a place referred to with "there" / "here" (f44s's "there", reached by an older step).
C. ``parens_said._unit()`` built once."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

from finql.translate import parens_said
from finql.translate.pipeline import story_clauses

SCREEN = 'SCREEN(INDUSTRY("Airlines"), '


# A. the story clause's closed classes: a unit or a statistic said in the story is the query's (never cut)
@pytest.mark.parametrize("question", [
    "I retired in thousands. What were Falcon Software's sales in fiscal 2024?",  # a unit
    "I spent years measuring the median. What were Falcon Software's sales in fiscal 2024?",  # a statistic
])
def test_story_closed_class_kept(question: str) -> None:
    refused(question)


@pytest.mark.parametrize(("question", "spans"), [
    ("I retired in thousands. What were Falcon Software's sales in fiscal 2024?", []),
    ("I spent years measuring the median. What were Falcon Software's sales in fiscal 2024?", []),
    ("My sister always looked at the median. What were Falcon Software's sales in fiscal 2024?", []),
    ("My father only bought the biggest stocks. What were Falcon Software's sales in fiscal 2024?", []),  # a ranking
    ("I retired in 2019. What were Falcon Software's sales in fiscal 2024?", ["I retired in 2019."]),  # a period: story
])
def test_story_closed_class_clauses(question: str, spans: list[str]) -> None:
    assert [question[s:e].strip() for s, e in story_clauses(question)] == spans


# A. the question refers back to the story's time ("then", "that year"): the story is kept, the question refused
@pytest.mark.parametrize("question", [
    "I retired in 2019. What was Falcon Software's net income in fiscal 2023, and what was it then?",
    "I retired in 2019. What were Falcon Software's sales in fiscal 2024 and that year?",
    "I retired in 2019. What were Falcon Software's sales in fiscal 2024, and in that year?",
])
def test_story_referred_back(question: str) -> None:
    refused(question)


# A. a name with a capital in the story that a pronoun of the question may mean ("its" = Globex or Falcon Software?)
@pytest.mark.parametrize("question", [
    "I retired from Globex in 2019. What were Falcon Software's sales in fiscal 2024, and its net income?",
    "I retired from Globex in 2019. What were Falcon Software's sales in fiscal 2024 and their net income?",
    "My son retired from Initech last year. Falcon Software's sales in fiscal 2024 versus its sales in fiscal 2023?",
])
def test_story_name_and_pronoun(question: str) -> None:
    refused(question)


# A. the story cut where no check holds it (the same shapes without the unit, the reference, the pronoun)
@pytest.mark.parametrize(("question", "query"), [
    ("I retired in 2019. What were Falcon Software's sales in fiscal 2024?", "FF_SALES(FY2024) FOR FALC"),
    ("I retired from Globex in 2019. What were Falcon Software's sales in fiscal 2024, and Falcon Software's net "
     "income?", "FF_SALES(FY2024), FF_NET_INC(FY2024) FOR FALC"),
])
def test_story_cut_still(question: str, query: str) -> None:
    assert q(question) == query


# B1. an amount with its currency between two periods bounds their difference (f44p's rule, the currency after the
# number; it was the first figure above the amount, the base dropped to a column)
@pytest.mark.parametrize(("question", "query"), [
    ("Which airlines had sales in fiscal 2024 more than 500 million euros over fiscal 2023?",
     f"NAME, FF_SALES(FY2024) - FF_SALES(FY2023) FOR {SCREEN}FF_SALES(FY2024) - FF_SALES(FY2023) > 500) IN EUR"),
    ("Which airlines had sales in fiscal 2024 more than EUR 500 million over fiscal 2023?",
     f"NAME, FF_SALES(FY2024) - FF_SALES(FY2023) FOR {SCREEN}FF_SALES(FY2024) - FF_SALES(FY2023) > 500) IN EUR"),
    ("Which airlines had sales in fiscal 2024 more than 500 mn GBP above fiscal 2023?",
     f"NAME, FF_SALES(FY2024) - FF_SALES(FY2023) FOR {SCREEN}FF_SALES(FY2024) - FF_SALES(FY2023) > 500) IN GBP"),
    ("Which airlines had sales in fiscal 2024 more than 200 million dollars below fiscal 2023?",
     f"NAME, FF_SALES(FY2023) - FF_SALES(FY2024) FOR {SCREEN}FF_SALES(FY2023) - FF_SALES(FY2024) > 200) IN USD"),
    # near misses read as before
    ("Which airlines had sales above 500 million euros in fiscal 2024?",
     f"NAME, FF_SALES(FY2024) FOR {SCREEN}FF_SALES(FY2024) > 500) IN EUR"),
    ("Which airlines had sales in fiscal 2024 more than 5000 over fiscal 2023?",
     f"NAME, FF_SALES(FY2024) - FF_SALES(FY2023) FOR {SCREEN}FF_SALES(FY2024) - FF_SALES(FY2023) > 5000)"),
])
def test_amount_with_currency_between_periods(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    "Which airlines had sales in fiscal 2024 less than 500 million euros above fiscal 2023?",  # a fall counted?
    "Which airlines had sales in fiscal 2024 more than 500 million euros over fiscal 2023, in dollars?",
    "Which airlines had sales in fiscal 2024 more than 500 million euros of debt over fiscal 2023?",
])
def test_amount_with_currency_between_periods_named(question: str) -> None:
    refused(question)


# B2. "the same quarter" of a year is no quarter said (it read as the year before, the quarter dropped)
@pytest.mark.parametrize("question", [
    "Which airlines' sales in fiscal 2024 grew more than 5% versus the same quarter last year?",
    "Which airlines' sales in fiscal 2024 grew more than 5% versus the same quarter a year earlier?",
    "Which airlines' sales in fiscal 2024 grew versus the same quarter last year?",
    "What was Falcon Software's sales growth in 2024 versus the same quarter a year earlier?",
])
def test_same_quarter_of_a_year(question: str) -> None:
    refused(question)


@pytest.mark.parametrize(("question", "query"), [
    ("Which airlines' sales last quarter grew more than 5% on the same quarter last year?",
     f"NAME, GROWTH(FF_SALES, FQ-4, FQ0) FOR {SCREEN}GROWTH(FF_SALES, FQ-4, FQ0) > 5)"),
    ("Which airlines' sales in Q3 2024 grew more than 5% versus the same quarter last year?",
     f"NAME, GROWTH(FF_SALES, FQ2023Q3, FQ2024Q3) FOR {SCREEN}GROWTH(FF_SALES, FQ2023Q3, FQ2024Q3) > 5)"),
    ("Which airlines' sales in fiscal 2024 grew more than 5% versus the prior year?",
     f"NAME, GROWTH(FF_SALES, FY2023, FY2024) FOR {SCREEN}GROWTH(FF_SALES, FY2023, FY2024) > 5)"),
    ("What was Falcon Software's sales growth in fiscal 2024 versus the same period last year?",
     "GROWTH(FF_SALES, FY2023, FY2024) FOR FALC"),
])
def test_same_quarter_of_a_quarter(question: str, query: str) -> None:
    assert q(question) == query


# B3. a move's two ends: the later period said as the base (swapped before), a year against its last quarter (it was
# GROWTH(FF_SALES, FY2024, FY2024))
@pytest.mark.parametrize("question", [
    "Which airlines' sales in fiscal 2023 grew more than 5% versus fiscal 2024?",
    "Which airlines' sales in fiscal 2023 fell more than 5% from fiscal 2024?",
    "Which airlines' sales in fiscal 2024 grew more than 5% versus the last quarter?",
    "What was Falcon Software's sales growth in fiscal 2024 versus the last quarter?",
    "Which airlines' sales in the last twelve months grew more than 5% versus the last quarter?",
])
def test_move_ends(question: str) -> None:
    refused(question)


@pytest.mark.parametrize(("question", "query"), [
    ("Which airlines' sales in fiscal 2024 grew more than 5% versus fiscal 2023?",
     f"NAME, GROWTH(FF_SALES, FY2023, FY2024) FOR {SCREEN}GROWTH(FF_SALES, FY2023, FY2024) > 5)"),
    ("Which airlines' sales in fiscal 2024 fell more than 5% on fiscal 2023?",
     f"NAME, GROWTH(FF_SALES, FY2023, FY2024) FOR {SCREEN}GROWTH(FF_SALES, FY2023, FY2024) < -5)"),
    ("Which airlines' sales in the last twelve months grew more than 5% versus fiscal 2023?",
     f"NAME, GROWTH(FF_SALES, FY2023, LTM) FOR {SCREEN}GROWTH(FF_SALES, FY2023, LTM) > 5)"),
    ("What was Falcon Software's sales growth in Q4 2023 vs Q4 2024?", "GROWTH(FF_SALES, FQ2023Q4, FQ2024Q4) FOR FALC"),
    ("How did Falcon Software's net income in the latest quarter change from the same quarter a year before?",
     "GROWTH(FF_NET_INC, FQ-4, FQ0) FOR FALC"),
])
def test_move_ends_read(question: str, query: str) -> None:
    assert q(question) == query


# B4. a move from a high or low with a period of its own besides the high's (the later period was taken for the
# high's and the fall read again as a return below zero)
@pytest.mark.parametrize("question", [
    "Which stocks have fallen more than 10% from their 2024 high within a month?",
    "Which stocks have fallen more than 10% from their 2024 high since March?",
    "Which stocks fell more than 10% from their 2024 high in 2024?",
    "Which stocks have rallied more than 30% from their 2024 low this year?",
    "Which stocks have risen more than 30% from their 2024 low over the last 20 days?",
])
def test_move_from_extreme_with_its_own_period(question: str) -> None:
    refused(question)


HIGH24 = "(P_PRICE(D0) / P_HIGH(2024-01-01, 2024-12-31) - 1) * 100"


@pytest.mark.parametrize(("question", "query"), [
    ("Which stocks have fallen more than 10% from their 2024 high?", f"NAME, {HIGH24} FOR SCREEN(ALL, {HIGH24} < -10)"),
    ("Which stocks have fallen more than 10% from their 2024 high in euros?",
     f"NAME, {HIGH24} FOR SCREEN(ALL, {HIGH24} < -10) IN EUR"),
    ("Which banks have fallen more than 10% from their 2024 high and have a P/E below 10?",
     f'NAME, {HIGH24}, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), {HIGH24} < -10 AND FG_PE(D0) < 10)'),
    ("Which stocks are down more than 20% from their high of the last 250 trading days?",
     "NAME, (P_PRICE(D0) / P_HIGH(D-250, D0) - 1) * 100 FOR SCREEN(ALL, (P_PRICE(D0) / P_HIGH(D-250, D0) - 1) * 100 "
     "< -20)"),
])
def test_move_from_extreme_read(question: str, query: str) -> None:
    assert q(question) == query


# B5. a move set against another measure ("versus their net income" was a column beside the growth, "versus" dropped)
@pytest.mark.parametrize("question", [
    "Which airlines' sales in fiscal 2024 grew more than 5% versus their net income in fiscal 2023?",
    "Which airlines' sales grew more than 5% versus their net income?",
    "Which airlines' sales grew more than 5% in fiscal 2024 versus their net income in fiscal 2023?",
    "Which airlines' sales in fiscal 2024 grew more than 5% versus fiscal 2023 net income?",
    "How did Falcon Software's sales in fiscal 2024 grow versus its net income in fiscal 2023?",
    "How did Falcon Software's sales grow in fiscal 2024 versus its net income?",
])
def test_move_against_another_measure(question: str) -> None:
    refused(question)


@pytest.mark.parametrize(("question", "query"), [
    ("Which airlines' sales grew more than 5% in fiscal 2024 versus fiscal 2023?",
     f"NAME, GROWTH(FF_SALES, FY2023, FY2024) FOR {SCREEN}GROWTH(FF_SALES, FY2023, FY2024) > 5)"),
    ("How did Falcon Software's sales grow in fiscal 2024 versus fiscal 2023?", "GROWTH(FF_SALES, FY2023, FY2024) FOR FALC"),
    ("How did Falcon Software's sales grow in fiscal 2024 versus Apex Materials'?",
     "GROWTH(FF_SALES, FY2023, FY2024) FOR FALC, APXM"),
    # two growths, each its own (the measure set against has a growth of its own)
    ("How did Harbor Freight Lines' headcount grow against its sales growth between fiscal 2020 and fiscal 2024?",
     "GROWTH(FF_EMPLOYEES, FY2020, FY2024), GROWTH(FF_SALES, FY2020, FY2024) FOR HFL"),
    ("Compare Falcon Software's headcount growth against its sales growth from fiscal 2021 to fiscal 2024.",
     "GROWTH(FF_EMPLOYEES, FY2021, FY2024), GROWTH(FF_SALES, FY2021, FY2024) FOR FALC"),
])
def test_move_against_a_period_or_company(question: str, query: str) -> None:
    assert q(question) == query


# B6. a place referred to ("there", "here") of the companies: the context sentence naming it was dropped
@pytest.mark.parametrize("question", [
    "I spent ten years in Paris. Which companies listed there had sales above 1 billion in fiscal 2024?",
    "I spent ten years in Paris. Which companies there had sales above 1 billion in fiscal 2024?",
    "I worked in Toronto for years. What were the sales of the companies here in fiscal 2024?",
    "My brother moved to Frankfurt. Which banks based there have a P/E below 10?",
])
def test_place_referred(question: str) -> None:
    refused(question)


@pytest.mark.parametrize(("question", "query"), [
    ("Are there companies with sales above 1 billion in fiscal 2024?",
     "NAME, FF_SALES(FY2024) FOR SCREEN(ALL, FF_SALES(FY2024) > 1000)"),
    ("Which companies are there with sales above 1 billion in fiscal 2024?",
     "NAME, FF_SALES(FY2024) FOR SCREEN(ALL, FF_SALES(FY2024) > 1000)"),
    ("Is there a bank with a P/E below 10?", 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) < 10)'),
])
def test_there_is_no_place(question: str, query: str) -> None:
    assert q(question) == query


# C. parens_said's unit pattern: built once, the same pattern
def test_unit_pattern_built_once() -> None:
    assert parens_said._unit() is parens_said._unit()
    assert parens_said._per_share_said() is parens_said._per_share_said()
    m = parens_said._unit().match(" (in millions of euros)")
    assert m is not None and m.group("cur") == "euros"
    assert parens_said._unit().match(" (USD mn)") is not None
    assert parens_said._unit().match(" (in thousands)") is None
