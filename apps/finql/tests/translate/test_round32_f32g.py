"""Round 32 (f32g): the classes of the SPEC generator's part r32 (``spec_compose.py --part r32``: a French speaker's
English, a bulleted request, an analyst's shorthand, a long context before the question), in wordings of our own
(other companies, sets, measures, periods), with near misses that keep their reading or refusal.

Classes: a list's line marks after the first line (after a line ending in a colon, or after a marked line); a listed
year on a line of its own; "the end of the year(s) 2023"; "YE22/YE23"; "ccy" and "currencies" as the currency field;
fields joined by a slash or a plus; the weekday in brackets after a date; a fiscal period set off by commas between a
measure and its comparison; a threshold's currency said twice."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

READ = [
    # a list's line marks: each line's mark after a line that ends in a colon, or after a marked line
    ("For Apex Materials, fiscal 2023:\n- capex\n- free cash flow", "FF_CAPEX(FY2023), FF_FCF(FY2023) FOR APXM"),
    ("For Apex Materials, fiscal 2023:\n* capex\n* free cash flow", "FF_CAPEX(FY2023), FF_FCF(FY2023) FOR APXM"),
    ("Screen:\n- insurers\n- dividend yield above 3",
     'NAME, FG_DIV_YIELD(D0) FOR SCREEN(INDUSTRY("Insurance"), FG_DIV_YIELD(D0) > 3)'),
    ("Rank by P/E, lowest first:\n- APXM\n- NWSY\n- APXD", "FG_PE(D0) FOR APXM, NWSY, APXD SORT FG_PE(D0) ASC"),
    ("Screen request:\n- universe: airlines\n- condition: P/E below 20",  # (a form's labels, each line apart)
     'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Airlines"), FG_PE(D0) < 20)'),
    ("- What were APXM's sales in 2023?", "FF_SALES(FY2023) FOR APXM"),  # (round 28's: the first line's mark)
    # a listed year on a line of its own, after the list's colon
    ("APXM sales:\n- 2022\n- 2023", "FF_SALES(FY2022), FF_SALES(FY2023) FOR APXM"),
    ("NWSY market cap (in euros) at year end:\n- 2022\n- 2023",  # (the years follow their words)
     "FG_MKT_CAP(2022-12-31), FG_MKT_CAP(2023-12-31) FOR NWSY IN EUR"),
    # "the end of the year(s) 2023", year ends joined by a slash
    ("What was Northwind Systems' market cap at the end of the years 2022 and 2023?",
     "FG_MKT_CAP(2022-12-31), FG_MKT_CAP(2023-12-31) FOR NWSY"),
    ("Which utilities have today a dividend yield higher than at the end of the year 2022?",
     'NAME, FG_DIV_YIELD(D0), FG_DIV_YIELD(2022-12-31) FOR SCREEN(SECTOR("Utilities"), '
     "FG_DIV_YIELD(D0) > FG_DIV_YIELD(2022-12-31))"),
    ("Since the start of the year 2023, how did NWSY's shares do?", "P_RETURN(2022-12-31, D0) FOR NWSY"),
    ("APXM mkt cap YE22/YE23", "FG_MKT_CAP(2022-12-31), FG_MKT_CAP(2023-12-31) FOR APXM"),
    # "ccy", "currencies", fields joined by a slash or a plus
    ("APXM, NWSY: sector / country / ccy", "SECTOR, COUNTRY, CURRENCY FOR APXM, NWSY"),
    ("NWSY: country + ccy", "COUNTRY, CURRENCY FOR NWSY"),
    ("Which airlines have a P/E below 15, and what are their currencies?",
     'NAME, FG_PE(D0), CURRENCY FOR SCREEN(INDUSTRY("Airlines"), FG_PE(D0) < 15)'),
    # "currencies" in the asker's remark is no field asked (only after "the", "their", "and" or a comma)
    ("Compare the six-month share-price performance of APXM and NWSY (I know they trade in different currencies).",
     "P_RETURN(2024-07-15, D0) FOR APXM, NWSY"),
    # the weekday in brackets after a date, where it is the date's
    ("What was the close of APXM on 30 March 2024 (a Saturday)?", "P_PRICE(2024-03-30) FOR APXM"),
    ("NWSY px 2024-06-30 (weekend, last close)", "P_PRICE(2024-06-30) FOR NWSY"),
    # a threshold's currency said twice (before or after the number, and in brackets)
    ("NX100 members w/ px > EUR 300 (EUR)", 'NAME, P_PRICE(D0) FOR SCREEN(INDEX(NX100), P_PRICE(D0) > 300) IN EUR'),
    # a fiscal period set off by commas (or a comma and a colon) between a measure and its comparison
    ("Screen:\n- German companies\n- free cash flow, fiscal 2023, above 500 million EUR",
     'NAME, FF_FCF(FY2023) FOR SCREEN(COUNTRY("Germany"), FF_FCF(FY2023) > 500) IN EUR'),
    ("Japanese companies with capex, FY2022: more than 50,000 million",
     'NAME, FF_CAPEX(FY2022) FOR SCREEN(COUNTRY("Japan"), FF_CAPEX(FY2022) > 50000)'),
    ("Screen:\n- Canadian companies\n- average net income, fiscal 2021-2023, above 1,000 million CAD",
     'NAME, AVG(FF_NET_INC, FY2021, FY2023) FOR SCREEN(COUNTRY("Canada"), AVG(FF_NET_INC, FY2021, FY2023) > 1000) '
     "IN CAD"),
]


@pytest.mark.parametrize(("question", "query"), READ, ids=[x[0][:40] for x in READ])
def test_reads(question, query):
    assert q(question) == query


# near misses: a dash that opens a line after a line that is no list's head stays a dash (a difference, or both
# figures: refused); a weekday that is not the date's, a "weekend" that is a Friday; currencies that are no field asked
REFUSED = [
    ("Sales\n- capex for Apex Materials in 2023", "dash"),
    ("What were Apex Materials' sales\n- capex in 2023?", "dash"),
    ("What was the close of APXM on 29 March 2024 (a Saturday)?", "saturday"),
    ("APXM px 2024-06-28 (weekend, last close)", "weekend"),
    ("Which banks report in several currencies?", "currencies"),
    ("Screen:\n- banks\n- P/E below 10\n- 5% or worse", "worse"),
    ("NX100 members w/ px > EUR 300 (USD)", "eur"),  # (two currencies: which one the threshold is in is unsure)
]


@pytest.mark.parametrize(("question", "named"), REFUSED, ids=[x[0][:40] for x in REFUSED])
def test_near_misses_refused(question, named):
    assert named in refused(question).lower()


def test_wrong_answer_guards():
    # a dash between two measures on two lines is never read as both figures where no list is said
    assert q("Sales\n- capex for Apex Materials in 2023") is None
    # a bracketed weekday that is not the date's: never the date's close (the date reads two ways)
    assert q("What was the close of APXM on 29 March 2024 (a Saturday)?") is None
    # the period between commas is the measure's, never dropped: the condition keeps its year
    assert q("Screen:\n- German companies\n- free cash flow, fiscal 2022, above 500 million EUR") == \
        'NAME, FF_FCF(FY2022) FOR SCREEN(COUNTRY("Germany"), FF_FCF(FY2022) > 500) IN EUR'
    # "currencies" asked beside a figure is a column, never a conversion
    assert "IN " not in (q("Which airlines have a P/E below 15, and what are their currencies?") or "IN ")
