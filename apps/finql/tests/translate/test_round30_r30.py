"""Round 30 (r30): review of round 29's rules.

- One check list for the asker's words dropped as context: the remark after the question ("...? my brother keeps
  asking me lol") is a context sentence of ``pipeline._context_segments``, whose checks are ``_content_free``'s.
  Round 29's ``framing._remark`` had a list of its own, with no check for a measure FinQL lacks or a misspelt one:
  "...? the revnue too pls" dropped the sales asked, "...? ebitda would be nicer" dropped the measure wanted (wrong
  answers).
- A voicemail's caller ("hey it's Nina, ...") is courtesy only where the name is no company's: "Hi, this is
  Northwind, what were its sales?" dropped the company and answered for every company.
"""

from __future__ import annotations

import pytest
from reading_helpers import q, refused


@pytest.mark.parametrize(("question", "query"), [
    # a measure asked in the remark is read, misspelt or not
    ("What was NWSY's net income last year? the revnue too pls", "FF_NET_INC(FY2024), FF_SALES(FY2024) FOR NWSY"),
    ("What was NWSY's net income last year? and the turnover", "FF_NET_INC(FY2024), FF_SALES(FY2024) FOR NWSY"),
    # near misses: a remark that reads nothing stays context
    ("What was NWSY's net income last year? my brother keeps asking me lol", "FF_NET_INC(FY2024) FOR NWSY"),
    ("What was NWSY's net income last year? no idea why they missed", "FF_NET_INC(FY2024) FOR NWSY"),
    ("How many analysts cover APXM for next year? no clue why I care tbh", "FE_NUM(FY1) FOR APXM"),
    ("What was NWSY's net income last year? feels like nobody follows it", "FF_NET_INC(FY2024) FOR NWSY"),
])
def test_a_remark_after_the_question(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    # a measure FinQL lacks, said in the remark: named, never dropped as context
    ("What was NWSY's net income last year? ebitda would be nicer", "ebitda"),
    ("What was NWSY's net income last year? really want the ebitda tbh", "ebitda"),
    ("What was NWSY's net income last year? interest coverage would help too", "interest coverage"),
    # (the same in a context sentence of its own)
    ("What was NWSY's net income last year. Interest coverage would help too.", "interest coverage"),
    # a size class or a restriction in the remark: named (round 29's lead test, kept)
    ("Which banks have the highest P/E? Large caps.", "large caps"),
    ("What was NWSY's net income last year? only the US ones please", "us"),
])
def test_a_remark_that_reads_something_is_named(question: str, named: str) -> None:
    assert named in refused(question).lower()


@pytest.mark.parametrize(("question", "named"), [
    # a caller's name that is a company's: the company is read (here ambiguous, refused naming it), never dropped
    ("Hi, this is Northwind, what were its sales in 2023?", "northwind"),
    ("hey it's Lakeside, what was its P/E today?", "lakeside"),
    ("Hi, it's Apex, what were its sales in 2023?", "apex"),
])
def test_a_caller_named_as_a_company_is_no_courtesy(question: str, named: str) -> None:
    assert named in refused(question).lower()


@pytest.mark.parametrize(("question", "query"), [
    # near misses: a person's name calling stays courtesy
    ("hey it's Nina, what were APXM's sales in 2023?", "FF_SALES(FY2023) FOR APXM"),
    ("uh hi this is Paul, what was APXM's P/E today?", "FG_PE(D0) FOR APXM"),
])
def test_a_caller_named_as_a_person(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(("question", "named"), [
    # a size said of the companies, a restriction, an order or a unit in a sentence of its own after the question:
    # each was dropped as the asker's context (every bank ranked, the figure in millions: wrong answers)
    ("Which banks have the highest P/E today? just the big ones please", "big"),
    ("Which banks have the highest P/E today? the large ones", "large"),
    ("Which banks have the highest P/E today. The large ones.", "large"),
    ("Which banks have the highest P/E today - the large ones", "large"),
    ("Large ones: which banks have the highest P/E today?", "large"),
    ("Which banks have the highest P/E today? the giants", "giants"),
    ("Which banks have the highest P/E today? leave out the tiny ones", "leave"),
    ("Which banks have the highest P/E today? besides the foreign ones", "besides"),
    ("Which banks have the highest P/E today? the reverse order would be nice", "reverse"),
    ("What was NWSY's net income last year? in thousands would be great", "thousands"),
])
def test_a_restriction_said_apart_is_named(question: str, named: str) -> None:
    assert named in refused(question).lower()


@pytest.mark.parametrize(("question", "query"), [
    # near misses: a size word said of no company, a remark that restricts nothing
    ("I'm a big fan of Northwind Systems. What is its P/E today?", "FG_PE(D0) FOR NWSY"),
    ("What was NWSY's net income last year? never mind the rest", "FF_NET_INC(FY2024) FOR NWSY"),
    ("Which banks have the highest P/E today? thanks a lot", 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks")) '
     "SORT FG_PE(D0) DESC"),
])
def test_a_sentence_apart_that_restricts_nothing(question: str, query: str) -> None:
    assert q(question) == query


# rules of round 29 whose break no test caught (each assertion fails with the rule broken)
def test_more_quickly_between_two_named_is_as_faster() -> None:
    # (``compose._VERSUS_RATE``: "did A or B grow ... more quickly" is refused as "faster" is; broken, it ranked)
    assert "did" in refused("Did NWSY or APXM grow sales more quickly in 2024?").lower()
    assert q("Did NWSY grow sales more quickly than APXM in 2024?") == (
        "GROWTH(FF_SALES, FY2023, FY2024) FOR NWSY, APXM SORT GROWTH(FF_SALES, FY2023, FY2024) DESC")


def test_the_askers_team_and_clients_are_framing() -> None:
    # (``framing._ACTIVITY``'s desk as the subject, ``_AUDIENCE``'s clients: the clause is framing, and only the word
    # that would change the query is named; broken, "team" / "clients" were named instead)
    message = refused("My team is comparing banks. What is NWSY's P/E today?").lower()
    assert "banks" in message and "team" not in message
    message = refused("What is NWSY's P/E today? It's for a note to our retail clients.").lower()
    assert "retail" in message and "clients" not in message
