"""Round 46 (lead): the singular "its" / "it" after several companies in the same sentence, past a comma (f46w and r46
noticed it: "For A and B, what is its P/E?" was answered for both, and "Which of A and B has the higher P/E, and what
are its sales?" ranked both). Which company is meant is not said: refused naming the word. Where each company is
meant ("each in its own currency", "its own") the reading stays. Rules alone; every phrasing is this file's own."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused


@pytest.mark.parametrize(("question", "word"), [
    ("For Apex Materials and Falcon Software, what is its P/E?", "'its'"),
    ("Apex Materials and Falcon Software, and its net income for FY2024", "'its'"),
    ("Which of Apex Materials and Falcon Software has the higher P/E, and what are its sales?", "'its'"),
    ("Northwind Systems and Falcon Software, how much did its sales grow in fiscal 2024?", "'its'"),
    ("For Apex Materials and Falcon Software, how did it do last year?", "'it'"),
])
def test_its_after_several_companies_and_a_comma_is_refused(question: str, word: str) -> None:
    assert f"{word} names one company" in refused(question)


@pytest.mark.parametrize(("question", "query"), [
    ("Sales of Apex Materials and Falcon Software in FY2024, each in its own currency",
     "FF_SALES(FY2024) FOR APXM, FALC"),
    ("Apex Materials and Falcon Software net income FY2024, in its own currency", "FF_NET_INC(FY2024) FOR APXM, FALC"),
    ("Apex Materials and Falcon Software, the P/E of each and its sales", "FG_PE(D0), FF_SALES(FY2024) FOR APXM, FALC"),
    ("For Apex Materials, what is its P/E?", "FG_PE(D0) FOR APXM"),
    ("Apex Materials and Falcon Software, what are their P/E ratios?", "FG_PE(D0) FOR APXM, FALC"),
])
def test_each_company_meant_or_one_company_named_is_read(question: str, query: str) -> None:
    assert q(question) == query


# --- found by the clean-clone CI of the merge: two round-46 rules read more than they should ------------------------

def test_an_it_that_ends_its_clause_is_no_company() -> None:
    # f46w's "it" as a company's subject took "Not sure if you have it." for one (round 29's test failed)
    assert q("How did Falcon Software and Northwind Systems do over the last 60 trading days? Not sure if you have it.") \
        == "P_RETURN(D-60, D0) FOR FALC, NWSY"
    assert q("Falcon Software and Northwind Systems: return over the last 20 trading days, if you have it.") \
        == "P_RETURN(D-20, D0) FOR FALC, NWSY"
    assert "'it' names one company" in refused("I own Apex Materials and Falcon Software. Has it grown?")


@pytest.mark.parametrize("question", [
    "Falcon Software's capex over the past three years, 2019 to 2021, in euros",
    "Falcon Software's sales over the last three years, 2019 to 2021",
    "Falcon Software's net income across the previous two years (2020 to 2021)",
])
def test_a_span_counted_back_is_no_era_of_the_askers(question: str) -> None:
    # f46t's era defined by its years took "the past three years" for an era's name: the years said replaced the span
    # (round 15's test failed); a span counted back whose years are said otherwise stays refused
    assert "20" in refused(question)
