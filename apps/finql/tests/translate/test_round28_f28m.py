"""Round 28 (f28m): metamorphic robustness, round 7. A reading must not change under rewordings that keep the meaning
and that rounds 22 to 27 did not try: a chat's markdown mark said first ("> ", "1. ", "- "), an aside said last
("again?", ", exactly?", " btw?") or first ("By the way,"), the characters that show nothing (soft hyphen, zero-width
space) and the other apostrophes (acute accent, prime, modifier letter), "NP = ?", a ticker with its
exchange ("(NYSE: X)", "NASDAQ:X", "X US Equity"), "F.Y. 2023", "FY-23", "the 2023 FY", "YE2023", "quarter 3 of
2023", "10pc", "20 per-cent of assets", "v/s", and thousands set off by a thin or no-break space. Own questions, not the golden
sets' (the round measured 80 kinds over the golds with a script outside the repository, see
docs/finql-translation.md, "Round 28 (f28m)")."""

from __future__ import annotations

import pytest
from reading_helpers import asked, q, refused, reworded

BASE = [
    ("What was Granite Water's net income in fiscal 2022?", "FF_NET_INC(FY2022) FOR GRWT"),
    ("What is Cobalt Power's dividend yield?", "FG_DIV_YIELD(D0) FOR COBP"),
    ("What was Keystone Materials' operating income in fiscal 2023?", "FF_OPER_INC(FY2023) FOR KEYM"),
]


def _poss(mark: str):
    return lambda s: s.replace("'s ", mark + "s ")


REWORDINGS = {
    "md quote": lambda s: "> " + s,
    "md numbered": lambda s: "1. " + s,
    "md bullet": lambda s: "- " + s,
    "again": lambda s: s.rstrip("?") + " again?",
    "exactly": lambda s: s.rstrip("?") + ", exactly?",
    "btw": lambda s: s.rstrip("?") + " btw?",
    "By the way": lambda s: "By the way, " + s[0].lower() + s[1:],
    "acute apostrophe": _poss("\u00b4"),
    "prime apostrophe": _poss("\u2032"),
    "modifier apostrophe": _poss("\u02bc"),
    "soft hyphen": lambda s: s.replace("Granite", "Gran\u00adite").replace("Cobalt", "Co\u00adbalt").replace(
        "Keystone", "Key\u00adstone"),
    "zero-width space": lambda s: s.replace(" Water", " Water\u200b").replace(" Power", " Power\u200b"),
    "= ?": lambda s: (lambda v, np: np[0].upper() + np[1:] + " = ?" if np else s)(*asked(s)),
}


@pytest.mark.parametrize("question,reworded_question,query", reworded(BASE, REWORDINGS))
def test_reading_keeps_under_rewording(question: str, reworded_question: str, query: str) -> None:
    assert q(question) == query
    assert q(reworded_question) == query


# near misses: a comparison or a sign said first is no markdown mark; "exactly" with no comma may bound a figure
@pytest.mark.parametrize("question,query", [
    ("> 5% dividend yield utilities",
     'NAME, FG_DIV_YIELD(D0) FOR SCREEN(SECTOR("Utilities"), FG_DIV_YIELD(D0) > 5)'),
    ("- Granite Water's net income in fiscal 2021", "FF_NET_INC(FY2021) FOR GRWT"),
])
def test_line_mark_near_misses(question: str, query: str) -> None:
    assert q(question) == query


def test_exactly_without_comma_is_not_an_aside() -> None:
    assert "exactly" in refused("Which utilities returned 10% exactly in 2023?")


# a ticker written with its exchange or as a terminal's security is the ticker (refused, naming "nyse", "us")
@pytest.mark.parametrize("question,query", [
    ("What was Granite Water (NYSE: GRWT) net income in fiscal 2021?", "FF_NET_INC(FY2021) FOR GRWT"),
    ("Closing price of NASDAQ:COBP on 2024-03-01", "P_PRICE(2024-03-01) FOR COBP"),
    ("APXM US Equity sales fiscal 2022", "FF_SALES(FY2022) FOR APXM"),
])
def test_ticker_with_its_exchange(question: str, query: str) -> None:
    assert q(question) == query


# periods: "F.Y. 2023", "FY-23", "the 2023 FY", "YE2022", "quarter 3 of 2023" (each refused)
@pytest.mark.parametrize("question,query", [
    ("Granite Water capex F.Y. 2022", "FF_CAPEX(FY2022) FOR GRWT"),
    ("Tell me the total debt of Apex Materials as of the 2023 FY", "FF_DEBT(FY2023) FOR APXM"),
    ("What was Cobalt Power's closing price at YE2022?", "P_PRICE(2022-12-31) FOR COBP"),
    ("Granite Water stock return in quarter 2 of 2023", "P_RETURN(2023-03-31, 2023-06-30) FOR GRWT"),
])
def test_period_spellings(question: str, query: str) -> None:
    assert q(question) == query


# near miss: "FY-1" counts back a year and keeps its reading; "FY-21" (a year with a hyphen, or 21 years back) stays
# refused, as round 24 decided (test_round24_f24m; lead merge mend)
def test_fy_minus_one_keeps_its_reading() -> None:
    assert q("Granite Water net income FY-1") == "FF_NET_INC(FY-1) FOR GRWT"
    assert "fy" in refused("Cobalt Power net income FY-21").lower()


# "per-cent" with its hyphen is the percent sign: "20 per-cent of assets" was 20 (millions), "of assets" dropped (a
# wrong answer)
@pytest.mark.parametrize("question,query", [
    ("Which insurers have equity above 20 per-cent of assets at last year end?",
     'NAME, FF_EQUITY(FY2024), FF_ASSETS(FY2024) / 5 FOR SCREEN(INDUSTRY("Insurance"), '
     'FF_EQUITY(FY2024) > FF_ASSETS(FY2024) / 5)'),
    ("Utilities whose debt is above 150 per-cent of equity in fiscal 2023",
     'NAME, FF_DEBT(FY2023), FF_EQUITY(FY2023) FOR SCREEN(SECTOR("Utilities"), FF_DEBT(FY2023) > FF_EQUITY(FY2023) * 1.5)'),
])
def test_per_cent_with_a_hyphen(question: str, query: str) -> None:
    assert q(question) == query


# numbers: "10pc", thousands set off by a thin or no-break space, "v/s"
@pytest.mark.parametrize("question,query", [
    ("Utilities with a dividend yield above 4pc",
     'NAME, FG_DIV_YIELD(D0) FOR SCREEN(SECTOR("Utilities"), FG_DIV_YIELD(D0) > 4)'),
    ("Telecom companies with no more than 50\u202f000 employees at the end of fiscal 2024",
     'NAME, FF_EMPLOYEES(FY2024) FOR SCREEN(INDUSTRY("Telecom"), FF_EMPLOYEES(FY2024) <= 50000)'),
    ("Banks with more than 20\u00a0000 employees in fiscal 2023",
     'NAME, FF_EMPLOYEES(FY2023) FOR SCREEN(INDUSTRY("Banks"), FF_EMPLOYEES(FY2023) > 20000)'),
    ("Granite Water v/s Cobalt Power: sales, fiscal 2022", "FF_SALES(FY2022) FOR GRWT, COBP"),
])
def test_number_and_joint_spellings(question: str, query: str) -> None:
    assert q(question) == query
