"""Round 11 (words): abbreviations, shortened company names, and words that restate what the question says.

Rules alone (no model, no meaning matcher). Each class: the tuning files' phrasing, paraphrases of our own, and the
near-misses that must stay refused, naming the words (an abbreviation that fits two words is never guessed)."""

from __future__ import annotations

import pytest
from reading_helpers import q

from finql.translate import spelling
from finql.translate.pipeline import translate


def refused_naming(question: str) -> str:
    a = translate(question)
    assert a.reading is None, a.reading.query()
    return a.message or ""


@pytest.mark.parametrize("question,query,read_as", [
    # the start of exactly one word of the chain's vocabularies
    ("dil shares outstanding lums latest qtr", "FF_SHARES(FQ0) FOR LUMS", ("dil", "diluted")),
    ("equity & liabs fq2024q3 tide", "FF_EQUITY(FQ2024Q3), FF_LIABS(FQ2024Q3) FOR TIDE", ("liabs", "liabilities")),
    ("Apex Materials tot assets fy23", "FF_ASSETS(FY2023) FOR APXM", ("tot", "total")),
    # its consonant skeleton, at most one consonant left out
    ("Apex Materials yld", "FG_DIV_YIELD(D0) FOR APXM", ("yld", "yield")),
    ("nx100 materials or industrials pe btwn 10 and 20",
     'NAME, FG_PE(D0) FOR SCREEN(INDEX(NX100) & (SECTOR("Materials") | SECTOR("Industrials")), '
     "FG_PE(D0) >= 10 AND FG_PE(D0) <= 20)", ("btwn", "between")),
    ("Falcon Software 1y rtn", "P_RETURN(2024-01-15, D0) FOR FALC", ("rtn", "return")),
    ("us or cdn energy cos w positive ni fy24",
     'NAME, FF_NET_INC(FY2024) FOR SCREEN(SECTOR("Energy") & (COUNTRY("United States") | COUNTRY("Canada")), '
     "FF_NET_INC(FY2024) > 0)", ("cdn", "canadian")),
    ("falcon software prc today", "P_PRICE(D0) FOR FALC", ("prc", "price")),
    ("Apex Materials eqty fy23", "FF_EQUITY(FY2023) FOR APXM", ("eqty", "equity")),
])
def test_an_abbreviation_of_one_word_is_read_as_it(question: str, query: str, read_as: tuple[str, str]) -> None:
    a = translate(question)
    assert a.reading is not None and a.reading.query() == query
    assert read_as in a.corrections  # said in the answer


@pytest.mark.parametrize("word,words", [
    ("dil", ["diluted"]), ("yld", ["yield", "yields"]), ("btwn", ["between"]), ("rtn", ["return", "returns"]),
    ("cdn", ["canadian"]), ("util", ["utilities"]), ("eqty", ["equity"]),
    # two words fit: never guessed
    ("vol", []), ("lwst", []), ("curr", []), ("fin", []),
    # a word the chain knows is that word, short words are no abbreviation
    ("grow", []), ("west", []), ("large", []), ("mo", []), ("ni", []),
    ("pwr", []),  # a company's word ("Sterling Power") is read with its family only
])
def test_abbreviations_fit_exactly_one_word(word: str, words: list[str]) -> None:
    assert spelling.abbreviations(word) == words


@pytest.mark.parametrize("question,word", [
    ("Apex Materials vol today", "vol"),  # volume or volatility
    ("Apex Materials exp fy24", "exp"),  # expected, expenditure, expense
    ("Apex Materials curr ratio", "curr"),  # current, currency
])
def test_an_abbreviation_of_two_words_is_refused_naming_it(question: str, word: str) -> None:
    assert f"'{word}" in refused_naming(question)


@pytest.mark.parametrize("question,query", [
    ("falcon sw revenue FY2023", "FF_SALES(FY2023) FOR FALC"),
    ("Falcon SW trailing debt", "FF_DEBT(LTM) FOR FALC"),
    ("sterling md eps fy24", "FF_EPS(FY2024) FOR STER"),
    ("apex md revenue fy24", "FF_SALES(FY2024) FOR APXD"),
    ("aurora ph revenue fy24", "FF_SALES(FY2024) FOR AURP"),
])
def test_a_family_name_with_its_second_word_shortened(question: str, query: str) -> None:
    assert q(question) == query


def test_a_shortened_second_word_two_members_fit_is_refused() -> None:
    assert "'st'" in refused_naming("indigo st revenue fy24")  # Semiconductor, Stores


@pytest.mark.parametrize("question,query", [
    # light verbs
    ("How much debt is COBALT MOTORS carrying, per its most recent quarter?", "FF_DEBT(FQ0) FOR COBA"),
    # the figure of the rows or the periods already named
    ("Please set out, for Falcon Software, sales, operating income and net income over the last twelve months, "
     "together with the corresponding operating margin.",
     "FF_SALES(LTM), FF_OPER_INC(LTM), FF_NET_INC(LTM), FF_OPER_INC(LTM) / FF_SALES(LTM) * 100 FOR FALC"),
    ("Falcon Software and Apex Materials respective P/E", "FG_PE(D0) FOR FALC, APXM"),
    # a ratio defined in parentheses with its unit
    ("capex intensity (capex / sales, %) for bluepeak renewables and nimbus wind power, FY2024",
     "FF_CAPEX(FY2024) / FF_SALES(FY2024) * 100 FOR BPR, NWP"),
    ("Earnings yield on Thornbury Assurance today (TTM EPS over price, %)", "FF_EPS(LTM) / P_PRICE(D0) * 100 FOR THOR"),
    # the measure's own context
    ("cash on hand at lumen streaming at the end of the quarter before last", "FF_CASH(FQ-1) FOR LUMS"),
    ("Falcon Software dividends on a per-share basis in FY2023", "FF_DPS(FY2023) FOR FALC"),
    # the measure said by a verb
    ("What did a Polar Apparel share cost at the end of June 2023?", "P_PRICE(2023-06-30) FOR POLA"),
    ("How much does one share of Falcon Software cost today?", "P_PRICE(D0) FOR FALC"),
    ("How low did Copperfield Air shares go in 2020?", "P_LOW(2020-01-01, 2020-12-31) FOR COPP"),
    ("How high did Falcon Software stock climb over the past 12 months?", "P_HIGH(2024-01-15, D0) FOR FALC"),
    # a name split by the company or the period
    ("How many diluted shares does Helix Biotherapeutics have outstanding as of the last quarter?",
     "FF_SHARES(FQ0) FOR HLXB"),
    # "trailing" before a measure of the fiscal periods is its LTM figure (SPEC section 2)
    ("Falcon Software trailing debt", "FF_DEBT(LTM) FOR FALC"),  # was FG_PE: a wrong answer
    ("Falcon Software trailing EPS", "FF_EPS(LTM) FOR FALC"),  # was FG_PE too
    ("Thanks in advance - sort the utilities by trailing net margin, highest first",
     'NAME, FF_NET_INC(LTM) / FF_SALES(LTM) * 100 FOR SCREEN(SECTOR("Utilities")) '
     "SORT FF_NET_INC(LTM) / FF_SALES(LTM) * 100 DESC"),
    # the names that hold the word are the senses' own
    ("Falcon Software trailing P/E", "FG_PE(D0) FOR FALC"),
    ("Falcon Software trailing dividend yield", "FG_DIV_YIELD(D0) FOR FALC"),
    ("which europe names trade under 12x trailing earnings", "NAME, FG_PE(D0) FOR SCREEN(INDEX(EUROPE), FG_PE(D0) < 12)"),
    # an amount per head in the currency's unit: money is in millions (SPEC section 1), the answer in units
    ("rev/employee fy24 nwlg in $", "FF_SALES(FY2024) * 1000000 / FF_EMPLOYEES(FY2024) FOR NWLG IN USD"),
    ("Falcon Software net income per employee fy24, in euros",
     "FF_NET_INC(FY2024) * 1000000 / FF_EMPLOYEES(FY2024) FOR FALC IN EUR"),
    ("Falcon Software revenue per employee fy24 in USD", "FF_SALES(FY2024) / FF_EMPLOYEES(FY2024) FOR FALC IN USD"),
    ("Apex Materials revenue fy24 in $", "FF_SALES(FY2024) FOR APXM IN USD"),  # the sign was dropped: EUR figures
    # the thanks abbreviated is courtesy, never the abbreviation of a word ("thx" fits TECHX's skeleton)
    ("Falcon Software revenue fy24 thx", "FF_SALES(FY2024) FOR FALC"),
    ("thx - Falcon Software revenue fy24", "FF_SALES(FY2024) FOR FALC"),
])
def test_words_that_restate_the_question(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question,word", [
    ("How much does Cobalt Motors spend on the payroll?", "spend on the payroll"),  # was the employee count
    ("What did Cobalt Motors spend on the payroll in FY2023?", "spend on the payroll"),
    ("Cobalt Motors payroll costs FY2023", "payroll costs"),
    ("What is the carrying value of Cobalt Motors debt?", "carrying"),
    ("Falcon Software net income on a per-share basis in FY2023", "basis"),  # a division, not a restatement
    ("Price-to-sales ratio for Lumen Streaming today, using trailing sales", "trailing"),  # the ratio's sales
])
def test_words_that_change_the_answer_stay_refused(question: str, word: str) -> None:
    assert f"'{word}'" in refused_naming(question)


def test_people_on_the_payroll_are_the_headcount() -> None:
    assert q("How many people are on the payroll at Sky High Airlines?") == "FF_EMPLOYEES(FY2024) FOR SKY"


@pytest.mark.parametrize("question,query", [
    ("div yld step brip qupo", "FG_DIV_YIELD(D0) FOR STEP, BRIP, QUPO"),  # a word ticker before a run of tickers
    ("div yld brip qupo step", "FG_DIV_YIELD(D0) FOR BRIP, QUPO, STEP"),
    ("cash nwsy falc fy24", "FF_CASH(FY2024) FOR NWSY, FALC"),  # a measure's word stays the measure
])
def test_a_word_ticker_in_a_run_of_tickers(question: str, query: str) -> None:
    assert q(question) == query


def test_a_word_ticker_beside_one_ticker_stays_a_word() -> None:
    # (round 14: the two the last words of the question are a list of tickers, "div yld brip step")
    assert "'step'" in refused_naming("div yld brip step fy24")
