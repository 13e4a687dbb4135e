"""Round 44 (lead): a possessive said before every company named, joined to a company named after it, stands for a
company said before (a sentence of the asker's dropped as context, or none): refused, naming it; it was the named
company's figure alone (a wrong answer). Near misses keep their readings."""

from __future__ import annotations

import pytest

from finql.translate import pipeline


def _read(q: str) -> str | None:
    a = pipeline.translate(q)
    return a.reading.query() if a.reading is not None and not a.refusal else None


@pytest.mark.parametrize("q", [
    "I worked at Tesla for ten years. What was its net income in fiscal 2023, and Falcon Software's?",
    "What were their sales in fiscal 2023, and Apex Materials'?",
    "My uncle loves Tesla. How does its P/E compare with Falcon Software's?",
    "What is its P/E and that of Apex Materials?",
    "Tesla is great. Is its net margin higher than Apex Materials'?",
    "I drive a Tesla. Show its sales for fiscal 2024 alongside Falcon Software's.",
])
def test_a_possessive_of_a_company_said_before_is_refused(q: str) -> None:
    a = pipeline.translate(q)
    assert a.refusal == "unsupported", _read(q)
    assert "names a company said before" in a.message, a.message


def test_the_refusal_names_the_pronoun() -> None:
    a = pipeline.translate("I worked at Tesla for ten years. What was its net income in fiscal 2023, and Falcon Software's?")
    assert "'its'" in a.message


@pytest.mark.parametrize("q, want", [
    ("Apex Materials: what was its net income in fiscal 2023, and Falcon Software's?",
     "FF_NET_INC(FY2023) FOR APXM, FALC"),
    ("For Apex Materials, what was its net income in fiscal 2023, and Falcon Software's?",
     "FF_NET_INC(FY2023) FOR APXM, FALC"),
    ("What was its net income in fiscal 2023, Falcon Software?", "FF_NET_INC(FY2023) FOR FALC"),
    ("Falcon Software and Apex Materials: their sales in fiscal 2023 and their P/E today?",
     "FF_SALES(FY2023), FG_PE(D0) FOR FALC, APXM"),
    ("Apex Materials: how does its P/E compare with Falcon Software's?", "FG_PE(D0) FOR APXM, FALC"),
    ("How does Apex Materials' P/E compare with Falcon Software's?", "FG_PE(D0) FOR APXM, FALC"),
])
def test_near_misses_keep_their_reading(q: str, want: str) -> None:
    assert _read(q) == want


@pytest.mark.parametrize("q", [
    "Compare Apex Materials and Falcon Software's EPS for fiscal 2024 to their EPS a year ago",
    "Compare Apex Materials' fiscal 2024 revenue with its revenue a year ago",
    "How did Falcon Software's net income in fiscal 2024 compare with its net income last year?",
    "Falcon Software's sales last year versus its sales in fiscal 2024",
])
def test_the_measure_said_again_of_the_same_figure_is_refused(q: str) -> None:
    a = pipeline.translate(q)
    assert a.refusal == "unsupported", _read(q)
    assert "compared with itself" in a.message, a.message


@pytest.mark.parametrize("q, want", [
    ("Compare Apex Materials' EPS in fiscal 2024 with Falcon Software's EPS in fiscal 2024",
     "FF_EPS(FY2024) FOR APXM, FALC"),
    ("Compare Apex Materials' fiscal 2024 revenue with its revenue in fiscal 2023",
     "FF_SALES(FY2024), FF_SALES(FY2023) FOR APXM"),
    ("Apex Materials' revenue in fiscal 2024 and its net income and its revenue again",
     "FF_SALES(FY2024), FF_NET_INC(FY2024) FOR APXM"),
])
def test_the_measure_said_again_near_misses(q: str, want: str) -> None:
    assert _read(q) == want


# "fiscal" (or "financial") said of the quarter before last, as of the year before last (SPEC 5: FQ-1); f44p noticed
# "the fiscal quarter before last" refused beside "the quarter before last" and "the fiscal quarter before the last one"
@pytest.mark.parametrize("q, want", [
    ("What were Apex Materials' sales in the fiscal quarter before last?", "FF_SALES(FQ-1) FOR APXM"),
    ("Apex Materials' net income in the financial quarter before the last one", "FF_NET_INC(FQ-1) FOR APXM"),
    ("Apex Materials' sales in the fiscal quarter before last and last quarter", "FF_SALES(FQ-1), FF_SALES(FQ0) FOR APXM"),
    ("Apex Materials' sales in the prior fiscal quarter", "FF_SALES(FQ0) FOR APXM"),
    ("Apex Materials' sales in the previous fiscal quarter", "FF_SALES(FQ0) FOR APXM"),
    ("What were Apex Materials' sales in the quarter before last?", "FF_SALES(FQ-1) FOR APXM"),
    ("Apex Materials' sales in the fiscal quarter before 2024", None),
    ("Apex Materials' sales in the fiscal quarter before the last two", None),
])
def test_the_fiscal_quarter_before_last(q: str, want: str | None) -> None:
    assert _read(q) == want
