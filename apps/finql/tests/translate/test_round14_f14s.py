"""Round 14 (f14s): a portfolio manager's phone shorthand — no silent drops, counts with unit letters, the trade's
abbreviations, set shorthand, word tickers and shortened names (own wording, not the tuning questions)."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

from finql.translate.pipeline import translate
from finql.translate.senses import Nearest


class StandIn:
    """A meaning matcher with fixed verdicts (sense key, score), best first: the mechanism, not the embedder."""

    def __init__(self, verdicts: dict[str, list[tuple[str, float]]]) -> None:
        self.verdicts = verdicts

    def nearest(self, phrase: str) -> Nearest:
        return Nearest(self.verdicts.get(phrase, [("out_of_scope", 0.95)]))


def test_a_slashed_pair_is_never_one_sense_by_meaning() -> None:
    # the meaning matcher finds both sides close; taking one dropped the other (the model picked one of two)
    index = StandIn({"cash/liabs": [("cash", 0.95), ("liabs", 0.94)]})
    a = translate("cash/liabs fy23 for ivor", index)
    assert a.reading is None and "cash/liabs" in (a.message or "")
    assert not a.candidates


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # a word joined to a misspelt name must fit the name's word ("cagr" + "westbrok" is no "westbrook")
        ("5y eps cagr westbrok consulting", "CAGR(FF_EPS, FY2019, FY2024) FOR WEST"),
        # letters glued to digits are no word of a name ("fy24" before "bluepeak")
        ("total capex fy21-fy23 bluepeak enrgy", "SUM(FF_CAPEX, FY2021, FY2023) FOR BPE"),
        ("total fcf fy20-fy24 kingsbrige telecom", "SUM(FF_FCF, FY2020, FY2024) FOR KINT"),  # refused in round 9
        # sector shorthand: "fins" was read as a misspelt "firms" (every company: a wrong answer)
        ("fins with p/e < 9", 'NAME, FG_PE(D0) FOR SCREEN(SECTOR("Financials"), FG_PE(D0) < 9)'),
        ("hc names w/ net mgn > 20",
         'NAME, FF_NET_INC(FY2024) / FF_SALES(FY2024) * 100 FOR SCREEN(SECTOR("Health Care"), '
         "FF_NET_INC(FY2024) / FF_SALES(FY2024) * 100 > 20)"),
        ("largest 2 euro banks by mkt cap",
         'NAME, FG_MKT_CAP(D0) FOR SCREEN(INDEX(EUROPE) & INDUSTRY("Banks")) SORT FG_MKT_CAP(D0) DESC TOP 2'),
        # "re services" is real estate services (it was read as a misspelt "it services": a wrong answer)
        ("re services w/ pe < 30",
         'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Real Estate Services"), FG_PE(D0) < 30)'),
        # "us" before an industry's name is the country (it was dropped: every country's companies)
        ("us software with fy24 eps > 1",
         'NAME, FF_EPS(FY2024) FOR SCREEN(INDUSTRY("Software") & COUNTRY("United States"), FF_EPS(FY2024) > 1)'),
        # a net-cash screen shows the net cash (the two figures before)
        ("utilities w/ net cash fy23",
         'NAME, FF_CASH(FY2023) - FF_DEBT(FY2023) FOR SCREEN(SECTOR("Utilities"), FF_CASH(FY2023) - FF_DEBT(FY2023) > 0)'),
    ],
)
def test_no_silent_drops(question: str, query: str) -> None:
    assert q(question) == query


def test_short_set_words_only_where_a_set_stands() -> None:
    # "hc" after a company is no sector (a headcount, perhaps): named, never guessed
    assert "hc" in refused("nwsy hc fy23")
    assert "bt services" in refused("bt services pe")  # a two-letter word is no slip of "it"


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # counts with unit letters
        ("falc dps 3y ago", "FF_DPS(FY2022) FOR FALC"),
        ("nwsy px 5d ago", "P_PRICE(D-5) FOR NWSY"),
        ("past 10d ret csmi", "P_RETURN(D-10, D0) FOR CSMI"),
        ("falc ni last 3 fy", "FF_NET_INC(FY2022), FF_NET_INC(FY2023), FF_NET_INC(FY2024) FOR FALC"),
        ("worst 3 1y performers in techx",
         "NAME, P_RETURN(2024-01-15, D0) FOR SCREEN(INDEX(TECHX)) SORT P_RETURN(2024-01-15, D0) ASC TOP 3"),
        # "ret", "cal", "end of 22", "yr-end", "fy21-23"
        ("cal 22 ret csmi", "P_RETURN(2021-12-31, 2022-12-31) FOR CSMI"),
        ("csmi price end of 22", "P_PRICE(2022-12-31) FOR CSMI"),
        ("csmi mkt cap yr-end 2021", "FG_MKT_CAP(2021-12-31) FOR CSMI"),
        ("nwsy cash end fy21", "FF_CASH(FY2021) FOR NWSY"),
        ("avg capex fy21-23 nwsy", "AVG(FF_CAPEX, FY2021, FY2023) FOR NWSY"),
        # a growth between two relative years joined by an arrow
        ("csmi eps growth 3y ago -> last yr", "GROWTH(FF_EPS, FY2022, FY2024) FOR CSMI"),
        # "gr", "q/q", "yoy" without the change it grades
        ("q/q ni gr last qtr csmi", "GROWTH(FF_NET_INC, FQ-1, FQ0) FOR CSMI"),
        ("csmi sales yoy latest qtr", "GROWTH(FF_SALES, FQ-4, FQ0) FOR CSMI"),
        # figures "up" / "down" in shorthand are their growth's sign
        ("banks: ni down fy24",
         'NAME, FF_NET_INC(FY2024), FF_NET_INC(FY2023) FOR SCREEN(INDUSTRY("Banks"), FF_NET_INC(FY2024) < FF_NET_INC(FY2023))'),
        # "book val / sh", "dist from 52w hi", "most covered"
        ("book val / sh fy23 ivor", "FF_EQUITY(FY2023) / FF_SHARES(FY2023) FOR IVOR"),
        ("dist from 52w lo for csmi", "(P_PRICE(D0) / P_LOW(2024-01-15, D0) - 1) * 100 FOR CSMI"),
        ("5 least covered banks",
         'NAME, FE_NUM(FY1) FOR SCREEN(INDUSTRY("Banks")) SORT FE_NUM(FY1) ASC TOP 5'),
    ],
)
def test_trade_shorthand(question: str, query: str) -> None:
    assert q(question) == query


def test_up_or_down_of_a_named_company_is_never_dropped() -> None:
    # "rev up" of a named company asks yes or no; the move was dropped and the figure answered alone
    assert "'down'" in refused("csmi eps down fy23")
    assert "'up'" in refused("falc revenue up in fy22")


def test_gr_is_growth_unless_it_may_be_gross() -> None:
    assert q("csmi ni gr fy24") == "GROWTH(FF_NET_INC, FY2023, FY2024) FOR CSMI"
    # "gr mgn" may be the gross margin: "gr" is not read as growth there
    assert "gr" in refused("csmi gr mgn fy24")


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # shortened names: a slip of the first word and a prefix or letter skeleton of the next
        ("orbitl aero ni fy23", "FF_NET_INC(FY2023) FOR ORBA"),
        ("ivry banc eps fy23", "FF_EPS(FY2023) FOR IVOR"),
        # a word ticker or a one-company family word, listed or last in a run of tickers
        ("capex fy24 nwsy west", "FF_CAPEX(FY2024) FOR NWSY, WEST"),
        ("eps fy24 falc + tide", "FF_EPS(FY2024) FOR FALC, TIDE"),
        ("ytd ret tide & west", "P_RETURN(2023-12-31, D0) FOR TIDE, WEST"),
        ("div yld brip step", "FG_DIV_YIELD(D0) FOR BRIP, STEP"),  # refused in round 11
        ("revenue fy23 of nwsy & vantage", "FF_SALES(FY2023) FOR NWSY, VNTG"),
        # a ticker word is no misspelt function word ("lake" was read as "like" and dropped)
        ("equity fy24 ivor lake", "FF_EQUITY(FY2024) FOR IVOR, LAKE"),
    ],
)
def test_names_in_shorthand(question: str, query: str) -> None:
    assert q(question) == query
