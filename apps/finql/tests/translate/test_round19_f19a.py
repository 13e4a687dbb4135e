"""Round 19 (f19a): a decimal written with no digit before its point (".03", "> .1") on a measure kept in percent,
hedges and asides of chat, a basket of named companies, "growers", lower-case tickers that are English words.
Own wording, not the tuning questions; the near misses stay refused."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # a yield, a return and a growth's rate are kept in percent: ".04" is 4 (it was 0.04 percent: a wrong answer)
        ("banks yielding over .04", 'NAME, FG_DIV_YIELD(D0) FOR SCREEN(INDUSTRY("Banks"), FG_DIV_YIELD(D0) > 4)'),
        ("utes w/ div yld under .025",
         'NAME, FG_DIV_YIELD(D0) FOR SCREEN(SECTOR("Utilities"), FG_DIV_YIELD(D0) < 2.5)'),
        ("utilities with a yield between .03 and .06",
         'NAME, FG_DIV_YIELD(D0) FOR SCREEN(SECTOR("Utilities"), FG_DIV_YIELD(D0) >= 3 AND FG_DIV_YIELD(D0) <= 6)'),
        ("software cos with FY24 rev growth > .15",
         'NAME, GROWTH(FF_SALES, FY2023, FY2024) FOR SCREEN(INDUSTRY("Software"), GROWTH(FF_SALES, FY2023, FY2024) > 15)'),
        ("names with a 5y eps cagr above .07",
         "NAME, CAGR(FF_EPS, FY2019, FY2024) FOR SCREEN(ALL, CAGR(FF_EPS, FY2019, FY2024) > 7)"),
        ("which names returned more than .25 in 2023",
         "NAME, P_RETURN(2022-12-31, 2023-12-31) FOR SCREEN(ALL, P_RETURN(2022-12-31, 2023-12-31) > 25)"),
    ],
)
def test_a_decimal_with_a_leading_point_in_percent(question: str, query: str) -> None:
    assert q(question) == query


def test_a_decimal_stays_as_written_elsewhere() -> None:
    # (near misses, as on main) a multiple, an amount per share and a leading zero stay as written
    assert q("banks on a P/B below .8") == 'NAME, FG_PB(D0) FOR SCREEN(INDUSTRY("Banks"), FG_PB(D0) < 0.8)'
    assert q("banks with FY24 EPS above .5") == 'NAME, FF_EPS(FY2024) FOR SCREEN(INDUSTRY("Banks"), FF_EPS(FY2024) > 0.5)'
    assert q("banks yielding over 0.5") == \
        'NAME, FG_DIV_YIELD(D0) FOR SCREEN(INDUSTRY("Banks"), FG_DIV_YIELD(D0) > 0.5)'


def test_a_leading_point_decimal_on_a_change_of_a_ratio_is_refused() -> None:
    # points, or a fraction of them: two readings
    assert ".03" in refused("insurers whose operating margin improved by more than .03 in FY2024")


# -- the asker's belief set apart from the request ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # the belief names the company the request refers back to ("its", "which")
        ("I think Monarch Brewing cut its payout last year; what were its DPS in FY2023 and FY2024?",
         "FF_DPS(FY2023), FF_DPS(FY2024) FOR MONB"),
        ("If I recall correctly Falcon Software had a weak fiscal 2023 - show me its net income that year.",
         "FF_NET_INC(FY2023) FOR FALC"),
        ("Granite Water is a sleepy utility I believe - what was its FY2024 EPS?", "FF_EPS(FY2024) FOR GRWT"),
        # said last, after the request
        ("FY2024 sales of Cobalt Motors and Vantage Motors - they're both carmakers, if I'm not mistaken.",
         "FF_SALES(FY2024) FOR COBA, VNTG"),
        # a company of the set the request ranks is one of its rows, not a row added
        ("I believe First Harbor Bank is the cheapest bank on P/B - every bank's P/B today, lowest first.",
         'NAME, FG_PB(D0) FOR SCREEN(INDUSTRY("Banks")) SORT FG_PB(D0) ASC'),
        # the asker checking: "so I can check", "but want to check"
        ("NWSY FY2024 EPS so I can check", "FF_EPS(FY2024) FOR NWSY"),
    ],
)
def test_a_belief_set_apart_is_context(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "named"),
    [
        # a number of the belief the request does not say again would change the query if read: named
        ("I believe Granite Water's P/E is above 25 - what is its P/B today?", "25"),
        # a company of the belief that the request's set does not hold stays beside it: refused
        ("I believe First Harbor Bank is one of the insurers - P/E of each insurer, lowest first.", "insurer"),
        # the request refers back to what the belief names and it names no company: nothing to read
        ("I think the utilities are cheap; show me their P/E.", "utilities"),
        # a currency alone after the request is no belief ("Euros, I think.")
        ("What were Falcon Software's FY2023 sales in yen? Euros, I think.", "euros"),
    ],
)
def test_a_belief_that_would_change_the_query_is_refused(question: str, named: str) -> None:
    assert named in refused(question)


def test_a_hedge_around_the_request_is_read_as_before() -> None:
    assert q("I believe Falcon Software's net income in fiscal 2022 was what?") == "FF_NET_INC(FY2022) FOR FALC"


# -- chat asides, a basket, "over" a period, growers, a word ticker opening the message ---------------------------------


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("NWSY FY24 EPS fwiw", "FF_EPS(FY2024) FOR NWSY"),
        ("MONB net income 2 yrs ago (dec YE iirc)", "FF_NET_INC(FY2023) FOR MONB"),
        ("MONB net income 2 yrs ago, fy ends dec afaik", "FF_NET_INC(FY2023) FOR MONB"),
        ("ytd on NWSY? quick one", "P_RETURN(2023-12-31, D0) FOR NWSY"),
        ("GRWT dps fy24, ballpark is fine", "FF_DPS(FY2024) FOR GRWT"),
        ("1y perf FHB/IVOR (bank basket)", "P_RETURN(2024-01-15, D0) FOR FHB, IVOR"),
        ("worst 5 utilities over 1H24",
         'NAME, P_RETURN(2023-12-31, 2024-06-30) FOR SCREEN(SECTOR("Utilities")) '
         "SORT P_RETURN(2023-12-31, 2024-06-30) ASC TOP 5"),
        ("top 5 EPS growers among banks last year",
         'NAME, GROWTH(FF_EPS, FY2023, FY2024) FOR SCREEN(INDUSTRY("Banks")) SORT GROWTH(FF_EPS, FY2023, FY2024) DESC TOP 5'),
        ("fastest eps grower in tech on a 3-year CAGR",
         'NAME, CAGR(FF_EPS, FY2021, FY2024) FOR SCREEN(SECTOR("Information Technology")) '
         "SORT CAGR(FF_EPS, FY2021, FY2024) DESC TOP 1"),
        ("tide rev fy24", "FF_SALES(FY2024) FOR TIDE"),
        # "ytd" as an item of a list of measures that take no range of dates: the return
        ("GRWT P/E + ytd", "FG_PE(D0), P_RETURN(2023-12-31, D0) FOR GRWT"),
        ("Granite Water and its peers: LTM net margin, ytd",
         'NAME, FF_NET_INC(LTM) / FF_SALES(LTM) * 100, P_RETURN(2023-12-31, D0) FOR SCREEN(INDUSTRY("Water Utilities"))'),
        # a month or a quarter described after it, as a year already was
        ("the airlines' return in Q1 2020, that is the covid quarter",
         'NAME, P_RETURN(2019-12-31, 2020-03-31) FOR SCREEN(INDUSTRY("Airlines"))'),
        # "over" before years listed, of a company named: in each
        ("Falcon Software net income over 2021, 2022 and 2023",
         "FF_NET_INC(FY2021), FF_NET_INC(FY2022), FF_NET_INC(FY2023) FOR FALC"),
        ("FALC EPS over 2022 and 2023", "FF_EPS(FY2022), FF_EPS(FY2023) FOR FALC"),
        ("step's net income last year", "FF_NET_INC(FY2024) FOR STEP"),
    ],
)
def test_chat_asides_and_words(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("MONB net income 2 yrs ago? june YE iirc", "june ye"),  # the year end the master does not agree with
        ("basket return for KINT/PNTC/QUAR ytd", "basket"),  # one figure of several companies
        ("top growers in tech in 2024", "growers"),  # growing what
        ("banks with sales over 2023", "over"),  # a threshold, or the year
        ("banks with sales over 2022 and 2023", "over"),
        ("how did the banks do in march 2020, the following month", "following month"),
        ("how did the banks do in march 2020, i.e. the covid year", "covid year"),
        ("yell at me about sales", "yell"),
        ("high eps names in tech", "high"),  # the modifier, not the ticker
    ],
)
def test_chat_near_misses_stay_refused(question: str, named: str) -> None:
    assert named in refused(question)


# -- peers and comps: the companies of an industry ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("Airlines peers on trailing P/E, cheapest first",
         'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Airlines")) SORT FG_PE(D0) ASC'),
        ("Granite Water and its peers: P/E today", 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Water Utilities"))'),
        ("FALC vs comps on FY24 sales", 'NAME, FF_SALES(FY2024) FOR SCREEN(INDUSTRY("Software"))'),
        ("the peers of Prairie Airways? FY2024 net income",
         'NAME, FF_NET_INC(FY2024) FOR SCREEN(INDUSTRY("Airlines"))'),
        # (test_chain's round-4 refusal of "peers of Northwind Systems by P/E" now reads so)
        ("peers of Northwind Systems by P/E", 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Software")) SORT FG_PE(D0) DESC'),
        ("comps for Falcon Software - every software name - with market cap",
         'NAME, FG_MKT_CAP(D0) FOR SCREEN(INDUSTRY("Software"))'),
    ],
)
def test_peers_are_the_industry(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("Keystone Retail's comps in FY2024", "comps"),  # a retailer's comparable sales
        ("Falcon Software and Granite Water peers P/E", "peers"),  # whose
        ("Compare Falcon Software's revenue with its peers", "peers"),  # (dev's wdev152: a peer aggregate, refused)
        ("Granite Water's comps - the utilities - P/E", "comps"),  # a sector is no industry said again
    ],
)
def test_peers_near_misses_stay_refused(question: str, named: str) -> None:
    assert named in refused(question)


def test_a_percentage_before_a_margin_is_the_margins() -> None:
    # "at a >10% opm" after a sales threshold: the margin's threshold (it was the sales', refused as a percentage of
    # an amount)
    assert q("US names doing > $50bn rev FY24 at a >12% net margin") == \
        'NAME, FF_SALES(FY2024), FF_NET_INC(FY2024) / FF_SALES(FY2024) * 100 FOR SCREEN(COUNTRY("United States"), ' \
        "FF_SALES(FY2024) > 50000 AND FF_NET_INC(FY2024) / FF_SALES(FY2024) * 100 > 12) IN USD"
    # a percentage "of" another measure stays a multiple of it
    assert q("banks with sales above 20% of assets") == \
        'NAME, FF_SALES(FY2024), FF_ASSETS(FY2024) / 5 FOR SCREEN(INDUSTRY("Banks"), FF_SALES(FY2024) > FF_ASSETS(FY2024) / 5)'
