"""Round 48 (r48): an outsider's review of round 47's rules. Near misses that read wrong (an answer that looks right)
through a round-47 rule, mended by class: a follow-up's bridge that carries a company said as the topic it is; a
threshold taken back whose bare amount is far from the first at its scale; "only" of some companies beside a measure
the others were not asked; "compare ... 2024 to 2022" read as a range; a move from the high of another measure than
the price. Rules alone; every phrasing here is this file's own."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# --- 1. a follow-up's bridge that carries a topic is the topic ("as for X") ---------------------------------------


@pytest.mark.parametrize("question", [
    "Following up on Apex Materials, what is Falcon Software's P/E?",
    "Back to Apex Materials, what was Falcon Software's net income in 2023?",
    "If we go with Apex Materials instead, what is Falcon Software's P/E?",
    "Sticking with Cobalt Motors: what were Delta Capital's sales in 2024?",
])
def test_bridge_topic_of_another_company(question: str) -> None:
    assert refused(question)


@pytest.mark.parametrize(("question", "query"), [
    ("Following up on Apex Materials, what is its P/E?", "FG_PE(D0) FOR APXM"),
    ("Back to Apex Materials: what was its net income in 2023?", "FF_NET_INC(FY2023) FOR APXM"),
    ("Sticking with 2023, what was Apex Materials' revenue?", "FF_SALES(FY2023) FOR APXM"),
    ("Staying with the banks, which has the highest P/E?",
     'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks")) SORT FG_PE(D0) DESC TOP 1'),
    ("If we use fiscal 2023 instead, what was Apex Materials' revenue?", "FF_SALES(FY2023) FOR APXM"),
    ("Same question but for Falcon Software: P/E today", "FG_PE(D0) FOR FALC"),
])
def test_bridge_topic_still_read(question: str, query: str) -> None:
    assert q(question) == query


# --- 2. a threshold taken back: a bare amount far from the first at its scale ------------------------------------


@pytest.mark.parametrize("question", [
    "Sales above 500 million, make that 2, for the utilities",
    "Utilities with sales above 800 million, sorry, 1.2",
    "Utilities with sales above 5 million, make that 900",
])
def test_threshold_taken_back_scale_unsaid(question: str) -> None:
    assert refused(question)


@pytest.mark.parametrize(("question", "bound"), [
    ("Utilities with sales above 5 billion, make that over 12", "> 12000"),
    ("Utilities with sales above 20bn, sorry, 25", "> 25000"),
    ("Utilities with sales above 5 billion, make that over 0.5", "> 500"),
    ("Utilities with sales above 5 billion, make that 12,500", "> 12500"),
    ("Utilities with a P/E under 15, no actually make that under 14", "< 14"),
])
def test_threshold_taken_back_still_read(question: str, bound: str) -> None:
    assert bound + ")" in (q(question) or "")


# --- 3. "only" of some companies beside a measure the others were not asked --------------------------------------


@pytest.mark.parametrize("question", [
    "Apex Materials and Falcon Software net income in 2023. Only Falcon Software's P/E.",
    "Apex Materials and Falcon Software net income in 2023. P/E for Falcon Software only.",
    "Apex Materials, Falcon Software and Cobalt Motors: sales in 2024. Just Cobalt Motors' dividend yield, please.",
])
def test_only_some_for_another_measure(question: str) -> None:
    assert "only" in refused(question) or "just" in refused(question)


@pytest.mark.parametrize(("question", "query"), [
    ("Apex Materials and Falcon Software net income in 2023. The net income for Falcon Software only.",
     "FF_NET_INC(FY2023) FOR FALC"),
    ("Show me Atlas Mining, Cobalt Motors and Delta Capital. I want the P/E for Delta Capital only.",
     "FG_PE(D0) FOR DELC"),
    ("Falcon Software and Apex Medical. What is the dividend yield? Apex Medical only.", "FG_DIV_YIELD(D0) FOR APXD"),
    ("Net income for Apex Materials and Falcon Software in FY2024. Just Falcon Software.", "FF_NET_INC(FY2024) FOR FALC"),
])
def test_only_some_still_read(question: str, query: str) -> None:
    assert q(question) == query


# --- 4. "compare ... 2024 to 2022": the two years, not a range ----------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Compare Apex Materials' sales in 2024 to 2022.", "FF_SALES(FY2024), FF_SALES(FY2022) FOR APXM"),
    ("Compare Falcon Software's net income in FY2024 to FY2022.", "FF_NET_INC(FY2024), FF_NET_INC(FY2022) FOR FALC"),
    ("Compare Cobalt Motors' capex in fiscal 2023 to fiscal 2020", "FF_CAPEX(FY2023), FF_CAPEX(FY2020) FOR COBA"),
    # near misses: a range said with "from", or with no "compare", reads every year
    ("Compare Apex Materials' sales from 2024 to 2022.",
     "FF_SALES(FY2022), FF_SALES(FY2023), FF_SALES(FY2024) FOR APXM"),
    ("Apex Materials sales from 2024 to 2022", "FF_SALES(FY2022), FF_SALES(FY2023), FF_SALES(FY2024) FOR APXM"),
])
def test_compare_later_year_to_earlier(question: str, query: str) -> None:
    assert q(question) == query


# --- 5. a move from a high or low of another measure than the price -----------------------------------------------


@pytest.mark.parametrize("question", [
    "How much has Apex Materials' P/E fallen from its 2024 high?",
    "How far is Apex Materials' dividend yield from its 52-week high?",
    "How much has Apex Materials' market cap dropped from its peak in 2024?",
    "What was the move in Apex Materials' P/E from its 2024 high to now?",
    "How much has Falcon Software's price to book dropped from its 2023 peak?",
    "How much has Falcon Software's net income fallen from its peak in 2022?",
])
def test_move_from_the_high_of_another_measure(question: str) -> None:
    assert "another measure than the price" in refused(question)


@pytest.mark.parametrize(("question", "query"), [
    ("How far is Apex Materials' share price from its 52-week high?",
     "(P_PRICE(D0) / P_HIGH(2024-01-15, D0) - 1) * 100 FOR APXM"),
    ("How much has Apex Materials fallen from its 2024 high to today?",
     "(P_PRICE(D0) / P_HIGH(2024-01-01, 2024-12-31) - 1) * 100 FOR APXM"),
])
def test_move_from_the_price_high_still_read(question: str, query: str) -> None:
    assert q(question) == query


# --- 6. "how many <noun>?" that no measure reads (f47t's count of nothing, one noun said) -----------------------


@pytest.mark.parametrize("question", [
    "Apex Materials' EPS in 2024, and how many shares?",
    "Falcon Software's P/E today - and how many stocks?",
    "Cobalt Motors' sales in 2023; how many units?",
])
def test_count_of_a_noun_no_measure_reads(question: str) -> None:
    assert "how many" in refused(question)


@pytest.mark.parametrize(("question", "query"), [
    ("Apex Materials' EPS in 2024, and how many shares does it have?", "FF_EPS(FY2024), FF_SHARES(FY2024) FOR APXM"),
    ("Apex Materials' EPS in 2024, and how many employees?", "FF_EPS(FY2024), FF_EMPLOYEES(FY2024) FOR APXM"),
    ("Apex Materials' P/E, and how many analysts?", "FG_PE(D0), FE_NUM(FY1) FOR APXM"),
    ("Apex Materials' EPS for 2025: how many estimates?", "FE_EPS(FY1), FE_NUM(FY1) FOR APXM"),
])
def test_count_of_a_noun_a_measure_reads(question: str, query: str) -> None:
    assert q(question) == query


# --- 7. a per-share amount added to a sum of totals (r47's sum unit, per share) ----------------------------------


@pytest.mark.parametrize("question", [
    "Sales plus net income for Apex Materials and Falcon Software, plus their EPS",
    "Apex Materials' EPS plus DPS in 2023, minus its net income",
    "Cash plus debt for Cobalt Motors in 2023, minus its EPS",
])
def test_per_share_amount_in_a_sum_of_totals(question: str) -> None:
    assert "per-share amount combined with a company total" in refused(question)


@pytest.mark.parametrize(("question", "query"), [
    ("Sales plus net income for Apex Materials, minus its capex",
     "FF_SALES(FY2024) + FF_NET_INC(FY2024) - FF_CAPEX(FY2024) FOR APXM"),
    ("Sales plus net income for Apex Materials and Falcon Software, plus their P/E",
     "FF_SALES(FY2024) + FF_NET_INC(FY2024), FG_PE(D0) FOR APXM, FALC"),
    ("Apex Materials' EPS plus DPS in 2023", "FF_EPS(FY2023) + FF_DPS(FY2023) FOR APXM"),
])
def test_sums_of_one_kind_still_read(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    # (near misses: the move's own word read as the price's return is left to its own check, never named as a measure)
    "How much is Cobalt Motors stock down from its 52-week high?",
    "How much has Delta Capital's stock fallen from its 2024 high?",
])
def test_move_word_before_the_high_left_to_its_check(question: str) -> None:
    assert "another measure than the price" not in (refused(question) if q(question) is None else "")


@pytest.mark.parametrize(("question", "query"), [
    # (near misses: an order said "from top to bottom", "from high to low" is no extreme)
    ("Insurers by P/E from top to bottom", 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Insurance")) SORT FG_PE(D0) DESC'),
    ("Insurers by P/E from high to low", 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Insurance")) SORT FG_PE(D0) DESC'),
])
def test_order_from_top_to_bottom_still_read(question: str, query: str) -> None:
    assert q(question) == query
