"""Round 45 (f45n): round 44's noticed wrong answers and silent drops, each mended as a class: a heading of companies
before the question that asks of another (or fewer) of them, "close" as the closing price in a range from a high or
low ("from their 2024 high close to today's price"), a unit of shares said of figures that are no count of shares, a
period ruled out that lies inside the range said, and a contrast then someone else's request (or a correction). Rules
alone; every phrasing here is this file's own (none taken from a golden set)."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# --- 1. a heading of companies, then a question of another (or fewer) of them: named, never both answered -------


@pytest.mark.parametrize(("question", "named"), [
    ("Apex Materials and Falcon Software. How has Falcon Software done year to date?", "apex materials and falcon"),
    ("Apex Materials and Falcon Software: what was Falcon Software's net income in fiscal 2023?", "apex materials"),
    ("Granite Water, Redwood Foods. What were Granite Water's sales in fiscal 2022?", "granite water, redwood foods"),
    ("Re: Northwind Systems and Falcon Software. What is Falcon Software's P/E?", "northwind systems"),
    ("Apex Materials. What was Falcon Software's net income in fiscal 2023?", "apex materials"),
    ("Apex Materials Inc. and Falcon Software Corp. How has Falcon Software done year to date?", "apex materials inc"),
    ("APXM, FALC: FALC's net income FY2023?", "apxm, falc"),
    ("Apex Materials or Falcon Software? How has Falcon Software done year to date?", "apex materials or falcon software"),
])
def test_heading_of_other_companies(question: str, named: str) -> None:
    assert named in refused(question).lower()


@pytest.mark.parametrize(("question", "query"), [
    # (near misses: the question speaks of the heading's companies, names them all, or names none)
    ("Apex Materials and Falcon Software. What was their net income in fiscal 2023?",
     "FF_NET_INC(FY2023) FOR APXM, FALC"),
    ("Apex Materials and Falcon Software. How has each done year to date?", "P_RETURN(2023-12-31, D0) FOR APXM, FALC"),
    ("Apex Materials and Falcon Software. What was net income in fiscal 2023?", "FF_NET_INC(FY2023) FOR APXM, FALC"),
    ("Apex Materials. What was Apex Materials' net income in fiscal 2023?", "FF_NET_INC(FY2023) FOR APXM"),
    ("Apex Materials: what was its net income in fiscal 2023?", "FF_NET_INC(FY2023) FOR APXM"),
    ("Regarding Apex Materials, what was its net income in fiscal 2023?", "FF_NET_INC(FY2023) FOR APXM"),
    ("Apex Materials or Falcon Software? What were their sales in fiscal 2023?", "FF_SALES(FY2023) FOR APXM, FALC"),
])
def test_heading_spoken_of(question: str, query: str) -> None:
    assert q(question) == query


# --- 2. "close" the closing price, not "close to" (near), in a range from a high or low ---------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Which Energy stocks have fallen more than 15% from their 2024 high close to today's price?",
     'NAME, (P_PRICE(D0) / P_HIGH(2024-01-01, 2024-12-31) - 1) * 100 FOR SCREEN(SECTOR("Energy"), '
     "(P_PRICE(D0) / P_HIGH(2024-01-01, 2024-12-31) - 1) * 100 < -15)"),
    ("How far has Apex Materials fallen from its 2024 high close to today's price?",
     "(P_PRICE(D0) / P_HIGH(2024-01-01, 2024-12-31) - 1) * 100 FOR APXM"),
    ("Which stocks have risen more than 20% from their 2024 low close to today's price?",
     "NAME, (P_PRICE(D0) / P_LOW(2024-01-01, 2024-12-31) - 1) * 100 FOR SCREEN(ALL, "
     "(P_PRICE(D0) / P_LOW(2024-01-01, 2024-12-31) - 1) * 100 > 20)"),
    # (the possessive end "to its latest close": no column of its own beside the distance)
    ("How far has Apex Materials fallen from its 2024 high close to its latest close?",
     "(P_PRICE(D0) / P_HIGH(2024-01-01, 2024-12-31) - 1) * 100 FOR APXM"),
    # (the shares as the subject of the move, "to today's close": the distance, not a return beside it)
    ("Which Utilities stocks have fallen more than 10% from their 2024 high to today's close?",
     'NAME, (P_PRICE(D0) / P_HIGH(2024-01-01, 2024-12-31) - 1) * 100 FOR SCREEN(SECTOR("Utilities"), '
     "(P_PRICE(D0) / P_HIGH(2024-01-01, 2024-12-31) - 1) * 100 < -10)"),
    # (near misses read as before)
    ("Which stocks have fallen more than 10% in 2024?",
     "NAME, P_RETURN(2023-12-31, 2024-12-31) FOR SCREEN(ALL, P_RETURN(2023-12-31, 2024-12-31) < -10)"),
    ("Which energy stocks have dropped over 15% from their 52-week high?",
     'NAME, (P_PRICE(D0) / P_HIGH(2024-01-15, D0) - 1) * 100 FOR SCREEN(SECTOR("Energy"), '
     "(P_PRICE(D0) / P_HIGH(2024-01-15, D0) - 1) * 100 < -15)"),
])
def test_close_in_a_range(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    # ("close to" near: no "from" opens the phrase, or a level after it)
    ("Which stocks are trading close to their 2024 high?", "close to"),
    ("Which stocks ended 2024 with a high close to their 2024 peak?", "close to"),
    ("How far has Apex Materials fallen from its high close to $50?", "close to"),
    ("Which stocks have a 2024 high close to their 2023 high?", "close to"),
    # (the move's other end a day not today: FinQL sets a high against its range's last close only)
    ("How far has Apex Materials fallen from its 2024 high to its 2023 close?", "2023"),
    ("How far has Apex Materials fallen from its 2024 high to June 30, 2024?", "june 30, 2024"),
])
def test_close_to_near_or_another_end(question: str, named: str) -> None:
    assert named in refused(question).lower()


# --- 3. a unit of shares said of figures that are no count of shares ---------------------------------------------


@pytest.mark.parametrize(("question", "named"), [
    ("What were Apex Materials' sales in millions of shares in fiscal 2023?", "in millions of shares"),
    ("What were Apex Materials' sales for fiscal 2023 in shares?", "in shares"),
    ("What was Apex Materials' net income in fiscal 2023 in thousands of shares?", "in thousands of shares"),
    ("What dividend per share did Apex Materials pay in shares in fiscal 2023?", "in shares"),
    ("What was Apex Materials' free cash flow in mn of shares for fiscal 2022?", "in mn of shares"),
    ("What was Apex Materials' P/E in shares?", "in shares"),
])
def test_unit_of_shares_not_fitting(question: str, named: str) -> None:
    assert named in refused(question).lower()


@pytest.mark.parametrize(("question", "query"), [
    # (near misses: the share count's and the volume's own unit; "shares outstanding" the measure)
    ("How many diluted shares did Apex Materials have in fiscal 2023, in millions of shares?",
     "FF_SHARES(FY2023) FOR APXM"),
    ("What was Apex Materials' trading volume on 2024-06-28 in shares?", "P_VOLUME(2024-06-28) FOR APXM"),
    ("What was the change in shares outstanding at Apex Materials from fiscal 2022 to fiscal 2023?",
     "GROWTH(FF_SHARES, FY2022, FY2023) FOR APXM"),
    ("What were Apex Materials' sales in millions in fiscal 2023?", "FF_SALES(FY2023) FOR APXM"),
])
def test_unit_of_shares_fitting(question: str, query: str) -> None:
    assert q(question) == query


# --- 4. a period ruled out that lies inside the range said --------------------------------------------------------


@pytest.mark.parametrize(("question", "named"), [
    ("What was Apex Materials' net income from fiscal 2021 to fiscal 2024, not fiscal 2023?", "not fiscal 2023"),
    ("Apex Materials' debt change from the end of FY2022 to the end of FY2023, not fiscal 2023", "not fiscal 2023"),
    ("What was Apex Materials' revenue growth from 2020 to 2024, not 2023?", "not 2023"),
    ("What was Apex Materials' average net income over the last three years, not 2023?", "not 2023"),
    ("What was Apex Materials' revenue from fiscal 2020 to 2022 (not 2021)?", "not 2021"),
])
def test_period_ruled_out_inside(question: str, named: str) -> None:
    assert named in refused(question).lower()


@pytest.mark.parametrize(("question", "query"), [
    # (near misses: the period ruled out lies outside the one said, a clarification, read as before)
    ("What was Apex Materials' net income in fiscal 2022, not fiscal 2023?", "FF_NET_INC(FY2022) FOR APXM"),
    ("What was Apex Materials' net income in fiscal 2022 (not 2023)?", "FF_NET_INC(FY2022) FOR APXM"),
    ("What was Apex Materials' net income in fiscal 2022 and fiscal 2024, not fiscal 2023?",
     "FF_NET_INC(FY2022), FF_NET_INC(FY2024) FOR APXM"),
    ("What was Apex Materials' revenue growth from 2020 to 2024, not 2025?", "GROWTH(FF_SALES, FY2020, FY2024) FOR APXM"),
])
def test_period_ruled_out_outside(question: str, query: str) -> None:
    assert q(question) == query


# --- 5. a contrast, then another's request or a correction: instead, or as well? named ---------------------------


@pytest.mark.parametrize(("question", "named"), [
    ("What was net income for Apex Materials or Falcon Software, but my boss wants Granite Water?", "but my boss wants"),
    ("Which banks have a P/E below 10 or a dividend yield above 5%, but my boss wants a P/B under 1?",
     "but my boss wants"),
    ("Show banks or insurers, but my manager wants utilities.", "but my manager wants"),
    ("Apex Materials or Falcon Software, but my client wants Granite Water: what was net income in fiscal 2023?",
     "but my client wants"),
    ("What was the P/E of Apex Materials or Falcon Software, but actually Granite Water?", "granite water"),
    ("Show banks or insurers, but actually utilities.", "utilities"),
    # (a name that is no company said after the request: it was dropped as context with the request)
    ("What was net income for Apex Materials or Falcon Software, but my boss wants Vector Health?", "vector health"),
])
def test_request_after_contrast(question: str, named: str) -> None:
    assert named in refused(question).lower()


@pytest.mark.parametrize(("question", "query"), [
    # (near misses: a request that adds a unit, a request alone, "but" joining two conditions, "too")
    ("What was Apex Materials' net income in fiscal 2023, but my boss wants it in euros?",
     "FF_NET_INC(FY2023) FOR APXM IN EUR"),
    ("My boss wants Apex Materials' net income in fiscal 2023.", "FF_NET_INC(FY2023) FOR APXM"),
    ("Which banks have a P/E below 10, but a dividend yield above 5%?",
     'NAME, FG_PE(D0), FG_DIV_YIELD(D0) FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) < 10 AND FG_DIV_YIELD(D0) > 5)'),
    ("What was the P/E of Apex Materials or Falcon Software, but Granite Water too?", "FG_PE(D0) FOR APXM, FALC, GRWT"),
])
def test_request_after_contrast_read(question: str, query: str) -> None:
    assert q(question) == query
