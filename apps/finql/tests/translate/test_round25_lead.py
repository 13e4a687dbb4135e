"""Round 25, lead: two words the chain dropped and answered without, found in f25b's notes.

- A common English word one edit from a measure's word is that word, not a slip of the measure ("FALC's next sales" was
  read as the net sales, "next debt" as net debt, "debit" as debt): refused, naming it, as round 24 already did at two
  edits ("profile" is no "profit").
- "annual" / "yearly" said right before a measure read for a quarter ("annual EPS for Q3 2024") was dropped as a general
  word and the quarter's figure answered as the year's: refused, naming it. Beside a fiscal year or with no period it
  stays the year's figure."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused


@pytest.mark.parametrize(("question", "words"), [
    ("What is Falcon Software's next earnings?", "next"),
    ("FALC's next sales?", "next"),
    ("Northwind Systems next debt figure", "next"),
    ("What was Apex Materials' debit at the end of fiscal 2023?", "debit"),
    ("Show me Falcon Software's grass margin for 2023", "grass margin"),
])
def test_an_english_word_one_edit_from_a_measure_is_that_word(question: str, words: str) -> None:
    assert words in refused(question)


@pytest.mark.parametrize(("question", "want"), [
    ("FALC's net debt?", "FF_DEBT(FY2024) - FF_CASH(FY2024) FOR FALC"),
    ("FALC's nett debt?", "FF_DEBT(FY2024) - FF_CASH(FY2024) FOR FALC"),
    ("Falcon Software's net incmoe for fiscal 2023", "FF_NET_INC(FY2023) FOR FALC"),
    ("What are Falcon Software's earnings next year?", "FE_EPS(FY1) FOR FALC"),
])
def test_slips_that_are_no_english_word_stay_read(question: str, want: str) -> None:
    assert q(question) == want


@pytest.mark.parametrize(("question", "words"), [
    ("Northwind Systems' annual EPS for Q3 2024", "annual"),
    ("What were Northwind Systems' yearly sales last quarter?", "yearly"),
    ("annual net income of Apex Materials in the second quarter of fiscal 2023", "annual"),
])
def test_a_years_adjective_before_a_quarters_figure_is_not_understood(question: str, words: str) -> None:
    assert words in refused(question)


@pytest.mark.parametrize(("question", "want"), [
    ("Northwind Systems' annual EPS for fiscal 2023", "FF_EPS(FY2023) FOR NWSY"),
    ("Northwind Systems' annual sales", "FF_SALES(FY2024) FOR NWSY"),
    ("Northwind Systems' EPS for Q3 2024", "FF_EPS(FQ2024Q3) FOR NWSY"),
    ("What was Northwind Systems' annual sales growth in fiscal 2024?", "GROWTH(FF_SALES, FY2023, FY2024) FOR NWSY"),
])
def test_a_years_adjective_beside_a_year_stays_read(question: str, want: str) -> None:
    assert q(question) == want
