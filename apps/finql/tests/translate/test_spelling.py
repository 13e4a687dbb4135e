"""Round 8 (spelling): a word no vocabulary of the chain knows, read as the one word of it that it is a slip of, and
the terse abbreviations of financial writing. Rules alone (``translate`` without a model or embedder)."""

from __future__ import annotations

import pytest
from reading_helpers import q

from finql.translate import spelling
from finql.translate.pipeline import read_rules, translate
from finql.translate.text import normalize


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # period, comparison and ordinal words misspelt (each was refused, naming the word)
        ("What were Northwind Systems revenues in fisacl 2023?", "FF_SALES(FY2023) FOR NWSY"),
        ("lumen streaming revenue fiscla 2022", "FF_SALES(FY2022) FOR LUMS"),
        ("What was Falcon Software's net income in the thrid quarter of 2024?", "FF_NET_INC(FQ2024Q3) FOR FALC"),
        ("sales of Redwood Foods in the last quater", "FF_SALES(FQ0) FOR REDF"),
        ("fcf of falcon software in the most recnet quarter", "FF_FCF(FQ0) FOR FALC"),
        ("banks with a p/e bleow 12", 'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) < 12)'),
        ("Cobalt Motors stock price on 2024-06-28 in euors", "P_PRICE(2024-06-28) FOR COBA IN EUR"),
        ("shares outstnding of quarry telecom last year", "FF_SHARES(FY2024) FOR QUAR"),
        # two words of the vocabulary one edit away ("free", "three"): only one reads the question
        ("Northwind Systems revenue for the last tree years",
         "FF_SALES(FY2022), FF_SALES(FY2023), FF_SALES(FY2024) FOR NWSY"),
    ],
)
def test_misspelt_words_are_read_as_the_one_word_they_are_a_slip_of(question: str, query: str) -> None:
    a = translate(question)
    assert a.reading is not None and a.reading.query() == query
    assert a.corrections  # kept, so the answer says which words it read as which


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("nwsy ni last fy", "FF_NET_INC(FY2024) FOR NWSY"),
        ("falc px on 2024-06-28", "P_PRICE(2024-06-28) FOR FALC"),  # was P/S (the meaning matcher's guess)
        ("nwsy net inc growth y/y fy24", "GROWTH(FF_NET_INC, FY2023, FY2024) FOR NWSY"),
        ("no. of analysts covering Cobalt Motors fy26", "FE_NUM(FY2) FOR COBA"),
        ("net cash falcon software last q", "FF_CASH(FQ0) - FF_DEBT(FQ0) FOR FALC"),
        ("cons sales growth fy25 to fy26 cobalt wind", "GROWTH(FE_SALES, FY1, FY2) FOR CWP"),
        ("apxm revenue in eur mm fy24", "FF_SALES(FY2024) FOR APXM IN EUR"),
        ("aurora pharma cons eps fy25 fy26", "FE_EPS(FY1), FE_EPS(FY2) FOR AURP"),  # side by side: a list
        ("asset mgrs: ttm ni / equity, highest first",
         'NAME, FF_NET_INC(LTM) / FF_EQUITY(LTM) FOR SCREEN(INDUSTRY("Asset Management")) '
         "SORT FF_NET_INC(LTM) / FF_EQUITY(LTM) DESC"),
        ("nwsy shs out fy24", "FF_SHARES(FY2024) FOR NWSY"),
        ("falc net mgn fy24", "FF_NET_INC(FY2024) / FF_SALES(FY2024) * 100 FOR FALC"),
    ],
)
def test_terse_abbreviations(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    "word",
    ["june", "ranked", "leveraged", "averaged", "motor", "material", "revenue", "northwind", "nwsy", "fy24",
     "ebitda", "goodwill", "region", "what", "the"],
)
def test_known_words_and_short_tokens_are_never_corrected(word: str) -> None:
    assert spelling.suggestions(word) == []


def test_words_run_together_are_split_where_the_question_then_reads() -> None:
    a = translate("opmargin last q oakridge social")
    assert a.reading is not None and a.reading.query() == "FF_OPER_INC(FQ0) / FF_SALES(FQ0) * 100 FOR OAKS"
    assert a.corrections == [("opmargin", "op margin")]


def test_pros_and_cons_is_no_consensus() -> None:
    assert normalize("the pros and cons of nwsy") == "the pros and cons of nwsy"


def test_short_tokens_are_never_corrected() -> None:
    # a word of three letters is read only as the abbreviation of one word ("dil": diluted, round 11), never as a
    # slip; one that abbreviates a word ("wat": water) is still refused where the question does not then read
    # (round 25, f25l) but for two letters of a function word swapped ("teh": the); no other edit ("thw")
    assert spelling.suggestions("teh") == ["the"] and spelling.suggestions("thw") == []
    assert "'wat'" in (translate("wat is falcon software revenue fy24").message or "")


def test_function_words_are_no_targets() -> None:
    # "fund" is one edit from "find": a function word would read any word as nothing
    assert "find" not in spelling.TARGETS and spelling.suggestions("fund") == []
    assert "share" in spelling.TARGETS  # a word of a metric's name ("per share") stays one


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("revenue by regoin for apex medical in 2024", "regoin"),  # "region" reads no question: refused
        ("gudwill of zenith brands fy23", "gudwill"),
        ("inventroy of indigo stores fy24", "inventroy"),
        ("apex marine revenue 2024", "marine"),  # an English word, no company: never made "Apex Materials"
        # ("earnings per shar": "share", "star" or "soar", was refused here as several readings; since round 23 only
        # "share" makes a measure's name with the words beside it, so it is read: test_round23_f23m)
    ],
)
def test_a_correction_that_reads_nothing_or_reads_two_ways_is_refused(question: str, word: str) -> None:
    a = translate(question)
    assert a.reading is None and a.refusal == "unsupported" and word in (a.message or "")
    assert a.corrections == []


def test_a_question_the_chain_reads_is_never_corrected() -> None:
    # "capex" is read; nothing is unknown, and nothing is tried
    text = normalize("Capex at Atlas Mining in FY-2")
    assert spelling.correct(text, read_rules) == (text, [])


def test_the_correction_keeps_the_case_of_the_word() -> None:
    text, made = spelling.correct(normalize("Westbrok Consulting revenue fiscla 2022"), read_rules)
    assert made == [("fiscla", "fiscal")] and text.startswith("Westbrok Consulting revenue fiscal 2022")
