"""The structure words of a question: comparisons, numbers, logic, ranking, functions and cues.

``find`` claims them (so the leftover check knows they were understood) and returns them as
ordered *atoms* the composer reads like a sentence: ``metric cmp number``, ``either ... or``,
``top 5 ... by``, ``growth of ... from ... to``. Each pattern is general English of comparisons
and ranking, not a phrase of any golden question.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from finql.translate import rx as re
from finql.translate.text import MOVE_DOWN, MOVE_UP, SEATED, Claims
from finql.translate.timeres import NUMBER_WORDS

_CMP = [  # longest, most specific first; (pattern, op, postfix)
    # "whose cash covers at least half of their debt", "cash that covers its debt": the verb of a resource set against
    # what it must pay, with the comparison it is said with, or none (covers = is at least)
    (r"(?:covers|cover|covering)\s+(?:at least|no less than|not less than|a minimum of)", ">=", False),
    (r"(?:covers|cover|covering)\s+(?:more than|over)", ">", False),
    (r"(?:covers|cover|covering)\s+(?:less than|under)", "<", False),
    (r"(?:covers|cover|covering)(?=\s+(?:its|their|the|all|half|a third|a quarter|twice|double|\d))", ">=", False),
    # "P/E is not above 25": NOT (P/E > 25), which (unlike <=) also keeps the companies without a P/E
    # ((round 47, f47r) and the market's verb between, "not trading above 30 times earnings", "doesn't trade at more
    # than 10 times earnings", "not valued below book": the same negated comparison ("not" was left over, refused);
    # "not more than" alone stays "at most" below)
    # (a multiple of any figure but earnings after it, "not trading above twice book value", "... 1 times last year's
    # sales", keeps the reading it had: the verb is the market value and "not" negates the condition)
    (r"(?:not (?:(?:trading|trade|trades|priced|valued)\s+(?:at\s+)?)?(?:above|over|higher than|greater than|bigger than|"
     r"larger than)|not (?:trading|trade|trades|priced|valued)\s+at\s+more than)(?!\s+(?:[\d.]+\s*(?:x|times)|twice|double|triple|thrice|half)\s+(?!(?:the\s+|its\s+|their\s+)?(?:earnings|eps)\b))",
     "NOT>", False),
    (r"(?:not (?:(?:trading|trade|trades|priced|valued)\s+(?:at\s+)?)?(?:below|under|lower than|smaller than)|"
     r"not (?:trading|trade|trades|priced|valued)\s+at\s+less than)(?!\s+(?:[\d.]+\s*(?:x|times)|twice|double|triple|thrice|half)\s+(?!(?:the\s+|its\s+|their\s+)?(?:earnings|eps)\b))", "NOT<", False),
    (r"greater than or equal to|more than or equal to|at least|no less than|not less than|no (?:lower|smaller) than|a minimum of|minimum of|>=|≥", ">=", False),
    (r"less than or equal to|at most|no more than|not more than|no (?:higher|greater|bigger|larger) than|a maximum of|maximum of|up to|<=|≤", "<=", False),
    # (round 43, f43s: "and up" followed by a period is a stock's move, "sales above 50 billion last year and up over the
    # past 6 months", never "50 billion and up": it read sales >= 50bn and dropped the move, a wrong answer)
    (r"or more|or higher|or above|and above|and up(?!\s+(?:over|in|during|since|so\s+far|year\s+to\s+date|ytd|from|"
     r"between|this|last|the\s+past|the\s+last)\b)|or greater", ">=", True),
    (r"or less|or lower|or below|and below|or fewer", "<=", True),
    # "a margin of 25% or better": "or more" of a measure where more is better (``compose._judged_threshold``)
    (r"or better", ">=", True),
    (r"or worse", "<=", True),
    (r"more than|greater than|higher than|bigger than|larger than|in excess of|north of|above|over|exceeding|exceeds|"
     r"exceeded|exceed|topping|tops|topped|beyond|more expensive than|>", ">", False),
    (r"less than|lower than|smaller than|fewer than|cheaper than|below|under|beneath|south of|short of|<", "<", False),
    # "whose sales beat $40bn": a verb of passing a number (against a company or an estimate it is no threshold)
    (r"(?:beat|beats|beating|surpass(?:ed|es|ing)?|outstrip(?:ped|s|ping)?)(?=\s*[-$€£¥]?\s*\d)", ">", False),
    # "grew sales faster than 10%": a rate said against a number is a threshold (against a company it compares them)
    (r"(?:faster|quicker|more quickly|more rapidly) than(?=\s*[-+]?\d)", ">", False),
    (r"(?:slower|more slowly) than(?=\s*[-+]?\d)", "<", False),
    # (round 26) "compounded sales at better than 5% a year", "a return worse than -10%": the same against a number
    (r"better than(?=\s*[-+]?\d[\d.,]*\s*%)", ">", False),
    (r"worse than(?=\s*[-+]?\d[\d.,]*\s*%)", "<", False),
    (r"not equal to|different from|other than|!=|≠", "!=", False),
    (r"equal to|equals|exactly|=", "=", False),
]
_UNIT = (r"%|percent|per cent|pct|trillion|tn|billion|bn|b|million|mn|mm|m|thousand|k|x|times")
_NUMBER = (r"(?<![\w.])(-|minus\s+|negative\s+)?([$€£¥])?\s?(\d[\d,]*(?:\.\d+)?|\.\d+)\s*(" + _UNIT + r")?(?![\w])")
_FRACTION = {"half": 0.5, "a half": 0.5, "one half": 0.5, "a third": 1 / 3, "one third": 1 / 3, "a quarter": 0.25,
             "one quarter": 0.25, "twice": 2.0, "double": 2.0, "three times": 3.0, "two times": 2.0, "triple": 3.0}
_SYMBOL_CUR = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}

# Comparison words and their direction, one home: "more", "higher", "faster" compare upwards (>), "less", "cheaper",
# "slower" downwards (<) (the structure step's "comparative" atoms; ``compose`` reads their operator from here)
# (round 29: the adverbs "more quickly", "more rapidly", "more slowly" are "faster", "slower"; longest first below)
COMPARATIVES_UP = ("higher", "larger", "bigger", "greater", "better", "more", "faster", "quicker", "more quickly",
                   "more rapidly")
COMPARATIVES_DOWN = ("lower", "smaller", "cheaper", "worse", "less", "fewer", "slower", "more slowly")

_RANK_DESC = (r"dearest to cheapest|most expensive to cheapest|strongest first|highest first|largest first|biggest first|best first|gainers?|winners?|risers?|highest|largest|biggest|most|top|best|greatest|strongest|leading|richest|fastest[- ]growing|fastest|"
              r"best[- ]performing|most valuable|priciest|most expensive|largest to smallest|highest to lowest|"
              r"descending|biggest to smallest|highest first|largest first|biggest first")
_RANK_ASC = (r"cheapest to dearest|cheapest to most expensive|weakest first|worst first|losers?|laggards?|decliners?|fallers?|lowest|smallest|least|bottom|worst|weakest|cheapest first|cheapest|worst[- ]performing|slowest[- ]growing|slowest|fewest|"
             r"least valuable|smallest to largest|lowest to highest|ascending|lowest first|smallest first|"
             r"least expensive")
# ("order (arrange) A, B and C by ...": the verb, with its "by" ahead in the clause; "order backlog" is no verb)
# ("list all four in order, best first": the count is checked against the companies named, ``pipeline``)
_RANK_VERB = (r"rank(?:ed|ing)?|sort(?:ed|ing)?|order(?:ed)?\s+by|ordered|list(?:ed)? in order|"
              # ((round 47, f47s) "list the banks in order of their P/E, lowest first": "in order of" the measure,
              # as "ordered by" it)
              r"in\s+order\s+of(?=\s+(?!magnitude\b))|"
              r"list\s+(?:them\s+|all\s+(?:of\s+them\s+|(?:two|three|four|five|six|seven|eight|[2-9])\s+)?)in\s+order|"
              r"(?:order|arrange|arranged|arranging|ordering)(?=\s+[^.;?!]{0,120}?\bby\b)|"
              # (round 48, f48t) "line up the pharma names by their 2023 return", "line them up by P/E": the rows'
              # order, with its "by" ahead and the companies right after the verb ("sales line up by 10%" is none)
              r"(?:line|lined|lining)\s+up(?=\s+(?:the|them|these|those|all|my|our|every)\b[^.;?!]{0,120}?\bby\b)|"
              r"(?:line|lined)\s+(?:them|these|those)\s+up(?=\s+by\b)|"
              # (round 35, f35b) "Put them in order, most first", "..., in order, biggest first": the order of the rows
              # said with its direction after it (the superlative with "first" is read as the direction)
              r"put\s+(?:them|these|those|the\s+(?:companies|names|results|rows))\s+in\s+order|"
              r"in\s+order(?=\s*,?\s*(?:from\s+)?(?:most|least|largest|biggest|highest|lowest|smallest|best|worst)"
              r"\s+(?:first|to)\b)")

def ranking_words() -> frozenset[str]:
    """This step's one-word superlatives ("most", "least", "top"): words with a meaning, never a misspelt filler word
    ("most" is one edit from "post"; "grew EPS in most of the last 3 years" was read without it)."""
    return frozenset(w for w in (_RANK_DESC + "|" + _RANK_ASC).split("|") if re.fullmatch(r"[a-z]+", w))


def ranking_word(word: str) -> bool:
    """Whether ``word`` is one of this step's ranking words ("ranking", "ranked", "losers"): a word another step reads,
    so no misspelt set name ("ranking" was read as "banking", the Banks industry, beside the set asked for)."""
    return re.fullmatch(rf"(?:{_RANK_DESC}|{_RANK_ASC}|{_RANK_VERB})", word) is not None


_FUNCS = [
    ("CAGR", r"cagr|compound(?:ed)? annual(?: growth)?(?: rate)?|annuali[sz]ed growth(?: rate)?|compound growth(?: rate)?|"
             r"compounded|compounding|annuali[sz]ed|per annum|compounds?(?=\s+(?:from|between|over|since|at)\b)|"
             # "the annual rate at which X's sales grew from 2016 to 2024", "at what annual rate did ... grow": the
             # rate a year over the span, compounded ("annual growth rate in 2024" stays one year's growth)
             r"(?:average\s+)?annual\s+rate(?=\s+(?:at\s+which|did|has|have|do|does)\b)"),
    ("GROWTH", r"growth rates?|rates? of (?:growth|change|increase)|grow(?:s|n|ing)?|grew|growth|increase[sd]?|increasing|rise|rises|rising|rose|risen|change[sd]?|changing|chg|"
               r"expand(?:s|ed|ing)?|expansion|contraction|decline[sd]?|declining|drop(?:s|ped|ping)?|fell|fall(?:s|en|ing)?|shr[ai]nk(?:s|ing)?|"
               r"shrunk|contract(?:ed|ing)|up or down|go(?:ne)? up|went up|go(?:ne)? down|went down|improv(?:e[sd]?|ing)|"
               r"rais(?:e[sd]?|ing)|hike[sd]?|hiking"),
    ("AVG", r"average[sd]?|avg|mean|typical"),
    ("SUM", r"total|sum(?:med)?|combined|cumulative(?:ly)?|aggregate|altogether|in all|add(?:ed)? up|add(?:ed)? together|summed up|"
            # (round 49, f49t) "Adding it up, how much ...", "adding those together": the total
            r"adding\s+(?:it|them|those|these|that)(?:\s+all)?\s+(?:up|together)|adding\s+(?:up|together)"),
]
_DOWN = (r"contraction|decline[sd]?|declining|drop(?:s|ped|ping)?|fell|fall(?:s|en|ing)?|shr[ai]nk(?:s|ing)?|shrunk|contract(?:ed|ing)|"
         r"go(?:ne)? down|went down|lost|lose|slump(?:ed)?")

_ESTIMATE = (r"(?:analysts?'?|(?:the\s+)?consensus|(?:the\s+)?(?:wall\s+)?street) (?:sees?|expects?|forecasts?|projects?|thinks?|believes?|reckons?|predicts?)|"
             r"consensus|estimates?|estimated|expect(?:s|ed|ing|ations?)?|forecasts?|forecasted|forecasting|projected|projections?|"
             r"anticipated|predicted|forward|guidance|outlook|"
             # "what is the Street pencilling in for FY25 EPS": the trade's verb of a forecast
             r"penc[io]l(?:l?ed|l?ing|s)?\s+in|"
             # "what is the Street baking in for FY26": the same (round 24)
             r"bak(?:ed|ing|es)\s+in(?!\s+(?:the|its|their|a)\b)|"
             # who makes the estimate: "analysts' forecast", "the Street expects", "sell-side consensus"; and what
             # the consensus implies ("implied EPS growth")
             # (round 27, lead) a bare "analysts" listed as an item after a joint ("EPS estimate and analysts for X",
             # "eps est + analysts"): an ask of its own, not who makes the estimate (it was dropped: FE_EPS alone, a
             # silent drop); left unread, so refused, naming it
             r"(?:wall )?street(?:'s)?|sell[- ]side|(?<!\band\s)(?<!\+\s)(?<!\bplus\s)(?<!&\s)analysts?'?|"
             r"(?:(?<=\band\s)|(?<=\+\s)|(?<=\bplus\s)|(?<=&\s))analysts?(?:'|(?!\s*(?:$|[?.!,;]|for\b|on\b|at\b|in\b)))|"
             r"implied|implies|imply")

# (round 38, r38) the period said right after a profit, before its amount: "a net profit in 2023 above 100 million"
_PROFIT_PERIOD = (r"(?:\s+(?:in|for|during|over|of)\s+(?:the\s+)?(?:(?:(?:fiscal|financial|calendar)\s+(?:year\s+)?|fy\s?|cy\s?)?"
                  r"'?(?:19|20)?\d\d|(?:latest|last|most\s+recent|previous|prior)\s+(?:fiscal\s+|financial\s+)?"
                  r"(?:year|quarter))|\s+(?:last|this)\s+(?:fiscal\s+)?year)?")
# ((round 39) the "per" of an amount per head or per share, "an operating profit per employee": not "a net profit in
# 2023 per our screen", a state still (the condition was dropped: a wrong answer)
_PER_UNIT = r"per\s+(?:(?:diluted\s+)?shares?|employees?|heads?|capita|workers?|staff)\b"
_ADJ = [  # (pattern, template with {F} or {D}, name)
    # "non-loss-making": not a loss maker, the profitable ones (read before "loss-making" inside it; it was refused,
    # naming 'non')
    (r"non[- ]?loss[- ]?making", "FF_NET_INC({F}) > 0", "profit"),
    (r"operating loss(?:es)?|loss(?:es)? at the operating level|(?:loss[- ]making|unprofitable|in the red) at the operating level|(?:negative|a negative) operating (?:income|profit)",
     "FF_OPER_INC({F}) < 0", "oploss"),
    (r"un-?profitable|loss[- ]?making|los(?:e|ing|es|t) money|made (?:a )?losses|made a loss|making (?:a )?loss(?:es)?|"
     # (round 43, f43s) the base form after an auxiliary, "did not make a loss", "does it make losses"
     r"(?:make|makes) (?:a )?(?:net )?loss(?:es)?(?!\s+(?:ratios?|of)\b)|"
     r"posted (?:a )?(?:net )?loss(?:es)?|(?:had|have|has|with) (?:a )?(?:net )?loss(?:es)?(?!\s+(?:ratios?|of)\b)|reported (?:a )?(?:net )?loss(?:es)?|(?:had|have|has|with) (?:a )?net loss(?:es)?|"
     r"in the red|a net loss|net losses|loss[- ]?makers?|money[- ]losing|money[- ]losers?", "FF_NET_INC({F}) < 0", "loss"),
    (r"profitable|in the black|made money|make money|makes money|making money|turned a profit|(?:made|make|makes|"
     r"posted|post|reported|report) (?:a )?(?:net )?profit"
     # (round 24) "reported profit after tax of more than 5bn", "made profit of over $1bn": the amount compared, or the
     # British name of net income, not this adjective
     r"(?!\s+(?:(?:after|before)\s+tax(?:es)?\s+)?(?:of\s+)?(?:above|below|under|over|more than|less than|greater than|"
     r"at least|at most|exceeding|in excess of|[$€£¥\d]))"
     # (round 37, f37g) "went from a net loss in fiscal 2022 to a net profit in fiscal 2023", "had a net loss in 2022
     # and a net profit in 2023": "a net profit" is the state, as "a net loss" is (the profit was left unread and the
     # loss alone screened: a wrong answer); an amount, a margin or a growth after it is the measure's
     # ((round 38, r38) nor one said after the profit's period, or a "per" after it: "a net profit in 2023 above 100
     # million", "an operating profit per employee above 0.1" were the amount compared, and refused after round 37)
     r"|a net profit(?!" + _PROFIT_PERIOD + r"[\s-]+(?:margins?|growth|(?:after|before)\b|" + _PER_UNIT + r"|of\b|above|below|under|over|"
     r"more than|less than|greater than|at least|at most|exceeding|in excess of|[$€£¥\d]))", "FF_NET_INC({F}) > 0", "profit"),
    (r"an operating profit(?!" + _PROFIT_PERIOD + r"[\s-]+(?:margins?|growth|" + _PER_UNIT + r"|of\b|above|below|under|over|more than|"
     r"less than|greater than|at least|at most|exceeding|in excess of|[$€£¥\d]))",
     "FF_OPER_INC({F}) > 0", "opprofit"),
    # ("did not pay a dividend greater than zero": the amount compared and negated, not this adjective)
    (r"(?:do not|don't|does not|doesn't|did not|didn't|never) pay (?:a |any )?dividends?(?: per share)?(?!\s+per\b)"
     r"(?!\s+(?:of\s+)?(?:above|below|under|over|more than|less than|greater than|higher than|lower than|at least|"
     r"at most|exceeding|[$€£¥\d]))|no dividends?|"
     r"non[- ]?dividend[- ]?pay(?:ing|ers?)|pay no dividends?|zero dividends?", "FF_DPS({F}) = 0", "nodiv"),
    # ("paid a dividend per share above 2": the amount compared, not the adjective)
    # ("paying a dividend yield of more than 3%": the yield compared, no payer condition beside it; round 24)
    (r"(?:pay|pays|paid|paying) (?:a |any |out )?dividends?(?: per share)?(?!\s+per\b)(?![\s-]+yields?\b)(?!\s+(?:of\s+)?(?:above|below|under|more than|"
     r"less than|greater than|at least|exceeding|[$€£¥\d]))|dividend[- ]pay(?:ers?|ing)|dividend payers?",
     "FF_DPS({F}) > 0", "div"),
    (r"debt[- ]free|no debt|zero debt|without debt", "FF_DEBT({F}) = 0", "nodebt"),
    # "utilities with net cash", "companies that hold net cash": more cash than debt (net cash above zero); with an
    # amount or a comparison after it ("net cash above $1bn", "net cash of") it is the measure, not this adjective
    # ("sitting on net cash"); "and"/"or" after it joins another condition ("with net cash and a P/E below 20"), unless
    # no comparison follows in the clause ("with net cash and debt": two figures)
    # ("who in tech is net cash", "names that are net cash": the trade's way of saying it, the same condition)
    # ("net cash (cash minus debt) above 1,000 million": a definition in parentheses, then the comparison: the measure)
    (r"(?:(?:with|have|has|had|hold|holds|held|having|in|carry|carries|carried|run|runs|ran|sit|sits|sat|sitting|"
     r"is|are|was|were|being)(?:\s+on)?\s+(?:a\s+)?net[- ]cash"
     r"(?:\s+position)?|net[- ]cash[- ]positive)(?!\s*\([^()]*\)\s*(?:of|above|over|below|under|more|less|greater|higher|lower|at\s+(?:least|most)|exceed\w*|"
     r"in\s+excess|>|<|=|\d|[$€£¥]))(?!\s*(?:position\s+)?(?:of|above|over|below|under|more|less|greater|"
     r"higher|lower|at|exceed\w*|top\w*|north\s+of|south\s+of|in\s+excess|beyond|>|<|=|\d|[$€£¥]|to|/|per|as|(?:,\s*)?(?:and|or)\b(?![^.?;()]*?(?:\b(?:above|"
     r"below|over|under|more than|less than|greater than|higher than|lower than|at least|at most|exceed\w*|positive|"
     r"negative|profitable|loss[- ]making|unprofitable)\b|[<>]))))",
     "FF_CASH({F}) - FF_DEBT({F}) > 0", "netcash"),
    (r"trad(?:e|es|ed|ing) (?:below|under|beneath|at a discount to) (?:their |its )?book(?: value)?|"
     r"(?:below|under) (?:their |its )?book value|(?:trad(?:e|es|ed|ing)|valued) at less than (?:their |its )?book(?: value)?",
     "FG_PB({D}) < 1", "belowbook"),
    (r"trad(?:e|es|ed|ing) (?:above|over|at a premium to) (?:their |its )?book(?: value)?", "FG_PB({D}) > 1", "abovebook"),
]

# A share price's moves, in every form of the verb ("how much did X gain", "X stock gains", "has X rallied"):
# the base and present forms read as the past ones do.
# "lost (made) money for shareholders": the holders' return, said of the stock (never the company's net income)
_HOLDERS_IDIOM = r"\s+money\s+for\s+(?:its\s+|their\s+|the\s+)?(?:shareholders|stockholders|investors|holders)"
_HOLDERS_UP = r"(?:made|make|makes|making)" + _HOLDERS_IDIOM
_HOLDERS_DOWN = r"(?:lost|lose|loses|losing)" + _HOLDERS_IDIOM
# "the stock lost (made) money year to date": money lost by the stock is its holders', the same move
_STOCK_SUBJECT = r"(?:(?<=stock )|(?<=stocks )|(?<=shares )|(?<=share price )|(?<=shares have )|(?<=stock has ))"
_STOCK_MONEY_UP = _STOCK_SUBJECT + r"(?:made|make|makes|making)\s+money"
_STOCK_MONEY_DOWN = _STOCK_SUBJECT + r"(?:lost|lose|loses|losing)\s+money"
# (round 36, f36n: the verbs themselves are ``text``'s, beside the change verbs they share)
_MOVE_UP, _MOVE_DOWN = MOVE_UP, MOVE_DOWN
_MOVE = (rf"(?:{_HOLDERS_UP}|{_HOLDERS_DOWN}|{_STOCK_MONEY_UP}|{_STOCK_MONEY_DOWN}|{_MOVE_UP}|{_MOVE_DOWN}|"
         r"moved|move|moves|performed|perform|performing|performance|performers?|returned|fared|did|done|do|doing)")


@dataclass
class Atom:
    kind: str  # cmp num frac logic sep func rank rankverb by est adj sign move lparen rparen first same
    start: int
    end: int
    value: Any = None
    extra: Any = None


def _longest_first(alternatives: str) -> str:
    return "|".join(sorted(alternatives.split("|"), key=len, reverse=True))


def _free_iter(rx: str, text: str, claims: Claims):  # type: ignore[no-untyped-def]
    for m in re.finditer(rx, text):
        if claims.free(m.start(), m.end()):
            yield m


def number_value(m: re.Match[str]) -> tuple[float, str | None, str | None]:
    """(value, unit, currency symbol's currency) of a number match."""
    v = float(m.group(3).replace(",", ""))
    if m.group(1):
        v = -v
    # ".03" (a decimal with no digit before its point and no unit): the chat's way to write a fraction, "fraction"
    # for ``compose._scaled`` to read in the measure's units (never a unit of its own: "0.03" stays as written)
    unit = m.group(4) or ("fraction" if m.group(3).startswith(".") and not m.group(2) else None)
    return v, unit, _SYMBOL_CUR.get(m.group(2) or "")


def adjective_spans(text: str) -> list[tuple[int, int]]:
    """Where lower-case ``text`` says a condition adjective of ``_ADJ`` ("pays a dividend", "no debt"), claims aside:
    the spelling step asks whether a slip, corrected, makes one with the words beside it."""
    return [(m.start(), m.end()) for rx, _template, _name in _ADJ
            for m in re.finditer(r"\b(?:" + rx + r")\b", text)]


def find_adjectives(text: str, claims: Claims) -> list[Atom]:
    """The condition adjectives ("profitable", "below book value"), claimed before sense names; and the order said as
    "high to low" / "low to high", before "high" and "low" are read as the price's."""
    atoms = []
    for m in _free_iter(r"\b(?:(?P<d>high(?:est)?\s+to\s+low(?:est)?)|low(?:est)?\s+to\s+high(?:est)?)\b", text, claims):
        claims.claim(m.start(), m.end(), "structure")
        atoms.append(Atom("rank", m.start(), m.end(), "DESC" if m.group("d") else "ASC"))
    for rx, template, name in _ADJ:
        # ("lost money for shareholders" is the stock's return, a move: never the company's loss)
        for m in _free_iter(r"(?<!stock )(?<!stocks )(?<!shares )(?<!share price )(?<!shares have )(?<!stock has )"
                            r"\b(?:" + rx + r")\b(?!\s+for\s+(?:its\s+|their\s+|the\s+)?(?:shareholders|stockholders|"
                            r"investors|holders)\b)", text, claims):
            claims.claim(m.start(), m.end(), "structure")
            atoms.append(Atom("adj", m.start(), m.end(), template, name))
    return atoms


# (round 38, r38) words that end a noun phrase ("or more and more cash than debt": "and" opens another condition)
_NOT_IN_A_NOUN = r"(?:and|or|but|with|while|whose|that|which|where|who|more|less|fewer|a|an)\b"


def find(text: str, claims: Claims) -> list[Atom]:
    """Claim the structure words of lower-cased ``text`` (whatever other steps left free)."""
    atoms: list[Atom] = []

    def take(kind: str, rx: str, value: Any = None, extra: Any = None, group: int = 0) -> None:
        for m in _free_iter(rx, text, claims):
            s, e = m.span(group)
            claims.claim(s, e, "structure")
            atoms.append(Atom(kind, s, e, value if value is not None else m.group(group), extra))

    # (round 26) "(equity divided by assets, times 100)", "(debt / equity x 100)": "times 100" closing a quotient the
    # asker spells out is the percent unit, as "in percent" is; read only where a division stands before it in the same
    # clause or parenthesis (elsewhere "times 100" stays unread, named; "P/E times 100" has no quotient spelt out)
    for m in re.finditer(r"(?:,\s*)?(?:\b(?:times|x|multiplied\s+by)\s*|(?<=\s)[*×]\s*)100\b(?![.,]?\d)(?!\s*%)", text):
        if claims.free(m.start(), m.end()) and re.search(r"(?:\bdivided\s+by\b|(?<!\bp)/(?![eb]\b)|\bover\b)[^.;?!()]*$",
                                                         text[:m.start()]):
            claims.claim(m.start(), m.end(), "structure")
            atoms.append(Atom("pctcue", m.start(), m.end(), "*100"))
    take("cmp_between", r"\bbetween\b(?=\s*[-$€£¥]?\s*\.?\d)", value="between")
    # "10+ analysts", "a yield of 4%+", "$5bn+": a plus written right after the number is "or more"
    # ("$35 billion+", "$2,500 million+": the unit written out, as "$35bn+" is)
    take("cmp", r"(?:(?<=\d)|(?<=%)|(?<=\dbn)|(?<=\dmn)|(?<=\dm)|(?<=\db)|(?<=\dk)|(?<=\dx)|(?<=\dbillion)|(?<=\d billion)|"
         r"(?<=\dmillion)|(?<=\d million)|"
         # (round 24) "$35 bn+", "35 billion USD+", "2.5 billion US dollars+": the unit or the currency after a space
         r"(?<=\d bn)|(?<=\d mn)|(?<=\d b)|(?<=\d m)|(?<=illion usd)|(?<=illion dollars)|(?<=illion us dollars))"
         r"\+(?!\s*[-$€£¥]?\s*\d)",
         value=">=", extra=True)
    for rx, op, postfix in _CMP:
        # a postfix ("10 or more") followed by a number of its own is "or" and a comparison: "below 10 or above 30";
        # so is one followed by "than": "a P/E below 15 or more than 10,000 employees" ("or" joins "more than ...")
        # (round 37) and so is one whose "more" opens a comparative of two measures: "positive free cash flow or more
        # cash than debt" ("or" joins "more cash than debt"; read as "or more" it became >= and dropped the "or")
        # ((round 38, r38) the comparative's words are a noun's: "a P/E of 10 or more and more cash than debt" read the
        # "and" as one of them and refused what was read before)
        take("cmp", r"(?<![\w])(?:" + rx + r")(?![\w])" + (r"(?!\s*[-$€£¥]?\s*\d)(?!\s+than\b)"
                                                             r"(?!(?:\s+(?!" + _NOT_IN_A_NOUN + r")[a-z][\w/&'-]*){1,4}\s+than\b)"
                                                             if postfix else ""),
             value=op, extra=postfix)
    # "in percentage points", "by more than 2 points": a change of a ratio as a difference (before the numbers,
    # so "2 percentage points" is the number 2 in points, not 2 percent)
    take("pp", r"(?:\b(?:in\s+|by\s+)?|(?<=\d)\s?)(?:percentage|percent|pct\.?|%)[- ]points?\b|(?<=\d)\s?(?:pp|ppts?|points?)\b"
         r"|\b(?:in\s+)?(?:pp|ppts?|pts)\b", value="pp")
    # "GM chg FY23->FY24 in bps": the change of a ratio in basis points, a hundredth of a point (a number of basis
    # points, "100 bps", was written as points by ``text.normalize``)
    take("pp", r"\b(?:in\s+)?(?:bps|bp|basis\s+points?)\b", value="bps")
    take("absolute", r"\b(?:in\s+)?(?:absolute|dollar|nominal|money)\s+terms\b|\bin absolute\b|\babsolute\b", value="abs")
    for m in re.finditer(_NUMBER, text):
        if re.fullmatch(r"[1-9]\d{0,2}\.\d{3}", m.group(3)):
            continue  # "over 2.500 million": a decimal point, or a dot grouping thousands (2,500): left unread, named
            # (never "0.125": no number is grouped after a zero)
        end = m.end() if claims.free(m.start(), m.end()) else m.end(3)  # "25 times earnings": the sense has "times"
        if not claims.free(m.start(), end) and m.group(3).endswith(",") and claims.free(m.start(), m.end(3) - 1):
            end = m.end(3) - 1  # ((round 49, f49t) "top 5, in US dollars": the comma after the number is the clause's)
        if not claims.free(m.start(), end):
            continue
        value = number_value(m)
        if end != m.end():
            value = (value[0], None, value[2])
        # (round 28, f28g) "debt > 2 * equity", "cash > 0.5 * debt": a star between a number and a measure is "times" (the
        # multiple was read as the threshold and the other measure left as a column: a wrong answer)
        star = re.match(r"\s*[*×]\s*(?=(?:the\s+|its\s+|their\s+)?[a-z])", text[end:]) if end == m.end() and not m.group(4) \
            else None
        if star and claims.free(end, end + star.end()):
            end, value = end + star.end(), (value[0], "x", value[2])
        claims.claim(m.start(), end, "structure")
        atoms.append(Atom("num", m.start(), end, value))
    for word, v in sorted(_FRACTION.items(), key=lambda kv: -len(kv[0])):
        take("frac", r"\b" + word + r"\b(?:\s+(?:of|as much as|as large as|the size of))?", value=v)
    # "(simple, not annualised)", ", not compounded": a growth said to be the plain one, not a compound rate
    take("simple", r"\b(?:simple\s*,?\s*|plain\s*,?\s*)?not\s+(?:annuali[sz]ed|compounded)\b")
    take("pctcue", r"\b(?:(?:expressed|shown|stated|given|quoted)\s+)?(?:as an? (?:percentage|percent)|as an? %|"
         r"in percent(?:age)?(?: growth)?(?: terms)?|as %)(?![\w%])(?!\s+of\b)", value="*100")
    # (round 28) the unit said alone after a comma, closing the clause: "debt-to-equity (debt over equity, percent)"
    # (the word was filler: the quotient stayed a plain ratio, a wrong answer)
    take("pctcue", r"(?<=,\s)(?:percent(?:age)?|%)(?=\s*(?:[),;.?!]|$))", value="*100")
    # "the gross margin in percent of Crescent Beverages" (the word order of other languages): the unit, then the
    # company the measure is of (a company's name after "of" is no figure to divide by)
    for m in re.finditer(r"\bin percent(?:age)?(?=\s+of\s+(?:the\s+)?(\S))", text):
        if claims.free(m.start(), m.end()) and not claims.free(m.start(1), m.end(1)) and \
                any(s <= m.start(1) < e for s, e in claims.by("company")):
            claims.claim(m.start(), m.end(), "structure")
            atoms.append(Atom("pctcue", m.start(), m.end(), "*100"))
    # "price relative to its low, expressed as a ratio": the division stays a plain ratio (``compose._ratio_cue``)
    take("ratiocue", r"\b(?:(?:expressed|shown|stated|given|quoted)\s+)?as an? (?:plain\s+|simple\s+)?(?:ratio|multiple)\b"
         r"(?:\s*\(\s*not\s+(?:as\s+)?(?:an?\s+)?(?:%|percent|percentage|in percent)\s*\)"
         # "as a multiple, not a percentage": the unit refused said after a comma
         r"|\s*,\s*(?:and\s+)?not\s+(?:as\s+)?(?:an?\s+)?(?:%|percent|percentage|in percent)(?![\w%])"
         # ((round 49, f49t) "as a plain multiple rather than a percentage", "as a ratio instead of in percent")
         r"|\s*,?\s*(?:rather\s+than|instead\s+of)\s+(?:as\s+)?(?:an?\s+)?(?:%|percent|percentage|in percent)(?![\w%]))?"
         r"(?!\s+of\b)", value="/")
    # "return on equity, defined as net income relative to equity": the asker's definition of the measure named
    # (round 24: "a share price that is below their lowest close", "a P/E that is under 10": a relative clause's verb
    # before a comparison, as "which is below" reads, no definition)
    take("define", r"\b(?:defined as|calculated as|computed as|measured as|i\.e\.?|that is(?!\s+(?:also\s+)?(?:not\s+)?(?:below|"
         r"above|over|under|higher|lower|greater|less|more|bigger|smaller|larger|at\s+(?:least|most)|between|in\s+excess|"
         # (round 28) a relative clause of membership, no definition: "each company that is a constituent of the EUROPE
         # index", "that is in the Financials sector", "that is classified (listed, based) in ..."; (round 34, f34a)
         # and "that is also a member of NX100"
         rf"in|part\s+of|classified|{SEATED}|an?\s+(?:constituent|member|"
         r"component)\s+of)\b)|"
         r"i mean|by which i mean|"
         # (round 34, f34a) "leverage for each bank, namely total liabilities as a percentage of total assets": the
         # asker's definition (it was read beside the measure's own, leverage's D/E, a column nobody asked for)
         r"(?<=,\s)namely|"
         # ("the forward P/E, taking today's price over next year's consensus EPS": the asker's basis, a quotient;
         # "taking debt at fiscal year-end 2024" says an operand's period, no definition)
         r"(?<=,\s)meaning|(?<=,\s)taking(?=\s[^,.;:?!]*\b(?:over|divided\s+by|relative\s+to)\s))(?=,?\s)",
         value="=")
    # (round 26: "per diluted share": FinQL's shares are the diluted ones, SPEC section 1)
    take("per", r"\bper[- ](?:(?:diluted[- ])?share|employee|head|person|worker|staff member)\b")
    # "what proportion of X's liabilities is debt", "what percentage of revenue was spent on capex": the second figure
    # as a share of the first (``compose._share_of``)
    take("shareof", r"\b(?:what|which)\s+(?:%|percent|percentage|share|proportion|fraction|portion|part)\s+of\b", value="/")
    # "capex % of sales", "net income pct of revenue" (a number before the % was read as a threshold above)
    # "expressed as a percentage of sales": the verb of the unit, as "expressed as a percentage" (pctcue) has it
    take("arith", r"\b(?:expressed|shown|stated|given|quoted)\s+as\s+an?\s+(?:percentage|percent|%|share|proportion)\s+of\b"
         r"(?=\s+(?:the\s+|its\s+|their\s+)?[a-z])", value="/")
    take("arith", r"(?:(?<=\s)|^)(?:%|pct\.?|percent|percentage)\s+of\b(?=\s+(?:the\s+|its\s+|their\s+)?[a-z])",
         value="/")
    # "the least debt compared with its equity": a measure against another of the same company is their ratio
    # ((round 45, f45p) not where the measure after "its" is the one said before, in the same words: "X's P/E today
    # compared with its P/E at the end of 2023" sets one figure at two periods side by side, as "versus its P/E" reads
    # (the ratio's "/" was left unused: refused))
    senses = sorted(claims.by("sense"))
    for m in _free_iter(r"\b(?:compared with|measured against|in proportion to)\b(?=\s+(?:its|their)\s+[a-z])", text,
                        claims):
        before = [(a, b) for a, b in senses if b <= m.start() and not re.search(r"[.;?!]", text[b:m.start()])]
        after = next(((a, b) for a, b in senses if a >= m.end()), None)
        if before and after and re.fullmatch(r"\s+(?:its|their)\s+", text[m.end():after[0]]) \
                and text[before[-1][0]:before[-1][1]].lower() == text[after[0]:after[1]].lower() \
                and not re.search(r"\b(?:rank\w*|sort\w*|order\w*|top|bottom|highest|lowest|largest|smallest|biggest|"
                                  r"most|least|best|worst|first|last)\b(?!\s+(?:fiscal\s+)?(?:year|quarter|twelve|\d))",
                                  text[:m.start()]):
            continue  # (a ranking by the comparison, "rank banks by X compared with their X in 2023", is not read so)
        claims.claim(m.start(), m.end(), "structure")
        atoms.append(Atom("arith", m.start(), m.end(), "/"))
    # (round 33, f33g: and before a span's high or low, "price as a percentage of 60-trading-day high": the ratio; its
    # words were left unclaimed and dropped, the two figures listed, a wrong answer)
    take("arith", r"\b(?:as a (?:percentage|percent|%|share|proportion|fraction|multiple) of|as % of|relative to|"
         r"in relation to|divided by|over)\b(?=\s+(?:the\s+|its\s+|their\s+)?(?:[a-z]|\d+[- ](?:trading[- ])?"
         r"(?:days?|weeks?|months?|years?)[- ](?:high|low)\b))", value="/")
    # (round 23) "revenue in FY2024 compared to FY2023", "compared to the prior year": set against a period, the figure
    # at each (a time list), never a ratio of the measure to a period (it was left over: refused)
    take("arith", r"\bcompared to\b(?=\s+(?:the\s+|its\s+|their\s+)?[a-z])(?!\s+(?:the\s+)?(?:fy\d|fq\d|fiscal\b|"
         r"q[1-4]\b|h[12]\b|(?:last|previous|prior|same|preceding)\s+(?:fiscal\s+)?(?:year|quarter)\b|year\s+before\b|"
         # (round 38, f38b) a period counted back from today: "employees now compared to five years ago", "the price
         # compared to a year ago" (a ratio of the figure to a period was left over: refused)
         r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few)\s+(?:fiscal\s+|calendar\s+)?"
         r"(?:years?|quarters?|months?|weeks?|(?:trading\s+)?days?)\s+(?:ago|earlier|back|prior)\b))",
         value="/")
    take("arith", r"\bnet of\b(?=\s+(?:the\s+|its\s+|their\s+)?[a-z])", value="-")  # "cash net of debt"
    take("arith", r"\bminus\b|\bless\b(?!\s+(?:[\w/-]+\s+){0,3}?than\b)", value="-")  # "less debt than cash" compares
    take("arith", r"\bplus\b", value="+")
    # the operations said as steps: "taking its market cap, adding its debt and subtracting its cash" (each gerund
    # joins the figure after it to the running figure before it)
    # ((round 49, f49t) never "adding it up", "adding them together": a total, ``_FUNCS``)
    take("arith", r"\b(?:(?:and\s+)?(?:then\s+)?(?:adding(?:\s+on)?|(?<=then )add))\b(?=\s+(?:the\s+|its\s+|their\s+)?[a-z])"
         r"(?!\s+(?:it|them|those|these|that)(?:\s+all)?\s+(?:up|together)\b|\s+(?:up|together)\b)",
         value="+")
    take("arith", r"\b(?:(?:and\s+)?(?:then\s+)?(?:subtracting|deducting|taking away|(?<=then )(?:subtract|deduct)))\b"
         r"(?=\s+(?:the\s+|its\s+|their\s+)?[a-z])", value="-")
    # "divide last year's sales by the number of employees": the verb before the first figure, "by" before the second
    for m in re.finditer(r"\b(?:divide|dividing)\b(?=[^?.;]{1,80}?\b(by)\b)", text):
        by = re.search(r"\bby\b", text[m.end():])
        s, e = m.end() + by.start(), m.end() + by.end()
        if claims.free(m.start(), m.end()) and claims.free(s, e):
            claims.claim(m.start(), m.end(), "structure")
            claims.claim(s, e, "structure")
            atoms.append(Atom("arith", s, e, "/"))
    # "DPS times diluted shares", "EPS multiplied by shares": a product of two measures (a number's "times", "25 times
    # earnings", was read with the number above)
    take("arith", r"\b(?:multiplied by|times)\b(?=\s+(?:the\s+|its\s+|their\s+)?[a-z])", value="*")
    # (round 30) "sales divided by 1000", "EPS multiplied by 4": a constant operand after a measure (SPEC 2's
    # ``expr := NUMBER | ...``; ``compose._constant_operands`` reads it beside a measure, else it is named)
    take("arith", r"\bdivided by\b(?=\s*\d)", value="/")
    take("arith", r"\bmultiplied by\b(?=\s*\d)", value="*")
    # (round 31) a constant before a measure, "1 / P/B", "100 / the P/E" (a number standing alone, not "Q1/Q2"): the
    # slash was dropped and the number read as a count ("TOP 1" of the P/B: a wrong answer); ``compose._constant_first``
    # reads it, else it is named
    for m in re.finditer(r"(?<![\w.,/-])\d+(?:\.\d+)?\s?(/)\s?(?=(?:the\s+|its\s+|their\s+)?[a-z])", text):
        # (not a period's year, "Highest close in 2023 / EPS FY2023": a sign after a bare period, read below)
        if claims.free(m.start(1), m.end(1)) and not any(cs <= m.start() < ce for cs, ce in claims.by("time")):
            claims.claim(m.start(1), m.end(1), "structure")
            atoms.append(Atom("arith", m.start(1), m.end(1), "/"))
    # (round 27: or "its" / "their" after it, "net income of X / its sales", "... in FY2023 / its sales":
    # ``compose._slash_of_its``; it was dropped, two columns)
    for m in re.finditer(r"(?<=[a-z])\s?/\s?(?=[a-z])|(?<=[a-z0-9])\s?/\s?(?=(?:its|their)\s+[a-z])", text):
        # "fcf/sales": a slash between two names read
        if claims.free(m.start(), m.end()) and not claims.free(m.start() - 1, m.start()) \
                and (not claims.free(m.end(), m.end() + 1) or re.match(r"(?:its|their)\s+[a-z]", text[m.end():])):
            claims.claim(m.start(), m.end(), "structure")
            atoms.append(Atom("arith", m.start(), m.end(), "/"))
    # (round 29) a sign written as code between two figures, each a measure with its period in parentheses:
    # "cash(FY2024) - cash(FY2023)", "debt(FY2024) / equity(FY2024)" (the sign was dropped: both figures listed, a
    # wrong answer); "minus" and a slash between two names were read already. Only after a closing parenthesis round a
    # period read and before a measure's name: a dash in prose ("NWSY - sales in 2024") is no sign
    # (before a measure or a company's figure, "B.revenue(FY2024)"; "(FY24) - industrials": a dash before a set, no sign)
    # (round 34, f34n: a dash before the company the question ends with, "Net debt FY24 (debt - cash) - Bluepeak
    # Energy", is a slide's label dash, no sign: it was a minus with nothing after it, refused)
    for m in re.finditer(r"(?<=\))\s?([-/+*])\s?(?=[a-z])", text):
        if claims.free(m.start(), m.end()) and not claims.free(m.start() - 2, m.start() - 1) \
                and any(s <= m.end() < e for s, e in claims.by("sense") + claims.by("company")) \
                and not (m.group(1) == "-" and any(s == m.end() and re.fullmatch(r"[\s.?!]*", text[e:])
                                                   for s, e in claims.by("company"))):
            claims.claim(m.start(), m.end(), "structure")
            atoms.append(Atom("arith", m.start(), m.end(), m.group(1)))
    # (round 30) the same signs after a period written bare, before a measure's name: "net income FY2023 + net income
    # FY2024 > 6,000", "Highest close 2023 / diluted EPS FY2023" (a spreadsheet's header; the sign was dropped, both
    # figures listed or the condition put on one of them: a wrong answer). A dash there stays unread (a minus or a
    # list's dash: ``compose._dash_between_two`` refuses it; a "+" between figures of two units there is a list's, as
    # "plus" is: "cons rev fy26 + # analysts", "NI FY24 + GM same yr")
    times = claims.by("time")
    for m in re.finditer(r"(?<=\w)\s?([/+*])\s?(?=[a-z])", text):
        if claims.free(m.start(), m.end()) and any(e == m.start() or e == m.start() - 1 for _s, e in times) \
                and any(s <= m.end() < e for s, e in claims.by("sense") + claims.by("company")):
            claims.claim(m.start(), m.end(), "structure")
            atoms.append(Atom("arith", m.start(), m.end(), m.group(1), extra="bare"))
    # "..., and the difference", "and the difference between them", "fy24 fy23 diff": the difference of the one measure
    # listed at two periods, asked last (``compose._difference_of_listed``)
    take("diff_listed", r"\b(?:the\s+)?(?:difference|diff)(?:\s+between\s+(?:them|the\s+two|both))?"
         r"(?=\s*[?.!]*\s*$)", value="-")
    take("arith_diff", r"\b(?:the\s+)?(?:difference|gap|spread)\s+between\b", value="-")
    # ("between A's and B's profit": its "between" was read with the companies it joins)
    take("arith_diff", r"\b(?:the\s+)?(?:difference|gap|spread)\b(?=\s+between\b)", value="-")
    # "the difference in X's free cash flow between FY2024 and FY2023": one measure at the two periods after it
    take("arith_diff", r"\b(?:the\s+)?difference\s+in\b(?=[^?.;]{1,80}?\bbetween\b)", value="-")
    if any(a.kind == "arith_diff" and text[a.start:a.end].endswith(" in") for a in atoms):
        take("diff_between", r"(?<=\s)between\b", value="between")  # its "between": read with the two periods
    # "the growth implied between X's reported EPS for FY2024 and the FY2025 consensus EPS": from the first to the second
    take("arith_diff", r"\b(?:the\s+)?(?:(?:percentage|percent|%)\s+)?(?:growth|change|increase)\s+(?:rate\s+)?"
         r"(?:(?:implied|expected|anticipated)\s+)?between\b(?!\s+(?:fy|fiscal|the\s+(?:fiscal\s+)?years?|\d|them\b|(?:the|those|these)\s+two\b|"
         # "the change between the end of fiscal 2023 and the end of fiscal 2024": between two periods, not two figures
         r"(?:the\s+)?(?:end|start|beginning|close)\s+of\b|q[1-4]\b|calendar\b))",
         value="g")
    take("arith_ratio", r"\b(?:the\s+)?ratio of\b", value="/")
    # "the sum of cash and debt": two measures named (by the senses, read before) added, as "the difference between"
    # subtracts them; a sum over periods of one measure ("the sum of sales from FY2022 to FY2024") stays SUM's
    named = claims.by("sense")
    for m in _free_iter(r"\b(?:the\s+)?(?:sum|total)\s+of\s+(?:its\s+|their\s+|the\s+)?", text, claims):
        # (a company named before the first: "the sum of Northwind Systems' cash and debt")
        masked = claims.masked()
        first = [e for s, e in named if s >= m.end() and len(text[m.end():s]) <= 40
                 and all((a, b) in claims.by("company") for a, b, _w in claims.spans if m.end() <= a < s)
                 and re.fullmatch(r"(?:\s|'s?\b)*", masked[m.end():s])][:1]
        joint = re.match(r"\s+and\s+(?:its\s+|their\s+|the\s+)?", text[max(first, default=m.end()):]) if first else None
        if joint and any(s == max(first) + joint.end() for s, _e in named):
            claims.claim(m.start(), m.end(), "structure")
            atoms.append(Atom("arith_diff", m.start(), m.end(), "+"))
    take("lparen", r"\(", value="(")
    take("rparen", r"\)", value=")")
    # "together with the same two figures for fiscal 2023", "and the same for FY2022": the items asked, again
    take("same", r"\b(?:the\s+)?same\s+(?:(?:two|three|four|five|\d)\s+)?(?:figures?|numbers?|metrics?|items?|"
         r"data(?: points)?|measures?|values?|ones)\b|\bthe\s+same\b(?=\s+(?:for|in|at|over)\b)|"
         # (round 33) the formal pronoun of the figure said again, after a joint: "its net income for the last fiscal
         # year together with that of the year before last", "sales in FY2024 and those for FY2023"
         r"(?:(?<=\band\s)|(?<=\bwith\s)|(?<=\bas well as\s)|(?<=\balongside\s))(?:that|those)\b"
         r"(?=\s+(?:of|for|in|at|over|during)\s+(?:the\s+)?(?:fiscal|fy\w*|fq\w*|q[1-4]\w*|ltm|last|latest|previous|prior|"
         r"year|quarter|calendar|(?:19|20)\d\d)\b)", value="same")
    # "the CAGR between them", "the percentage change between the two": the two figures named before
    # ("between those two quarters", "between these two years": the two just named, round 22)
    take("ref", r"\bbetween\s+(?:them|(?:the|those|these)\s+two(?:\s+(?:periods|years|quarters|figures|values|dates|numbers))?)\b",
         value="ref")
    take("first", r"\b(?:the\s+)?(?:" + "|".join(k for k in NUMBER_WORDS if k not in ("a", "an", "single"))
         + r")\b(?=\s+(?:[\w-]+\s+){0,5}?(?:" + _RANK_DESC + "|" + _RANK_ASC + r"|companies|stocks|names|firms|"
         r"banks|insurers|utilities|retailers|reits|members|constituents))", value="count")
    # "give me the top five": the number word after top/bottom
    take("first", r"\b(?:top|bottom)\s+(" + "|".join(k for k in NUMBER_WORDS if k not in ("a", "an", "single"))
         + r")\b", value="count", group=1)
    # "worst three industrials", "the best five semis", "largest ten banks": a number word right after a superlative
    # counts the rows, as a numeral does ("worst 3 industrials"); not "the best one"
    take("first", r"\b(?:" + _longest_first(_RANK_DESC + "|" + _RANK_ASC) + r")\s+("
         + "|".join(k for k in NUMBER_WORDS if k not in ("a", "an", "single", "one")) + r")\b(?!\s*(?:%|percent|per\s+cent))",
         value="count", group=1)
    # "largest increase first", "biggest fall first": the order said with the measure between (the superlative is
    # read below; "first" says the order of all the rows, as "largest first" does)
    for m in re.finditer(r"\b(?:" + _longest_first(_RANK_DESC + "|" + _RANK_ASC) + r")\s+(?:[\w/&'-]+\s+){1,2}?(first)\b",
                         text):
        if claims.free(m.start(1), m.end(1)):
            claims.claim(m.start(1), m.end(1), "structure")
            atoms.append(Atom("rank", m.start(1), m.end(1), "DESC"))
    # ((round 47, r47) "highest last", "smallest last": the superlative said last is the other way round; it was read
    # as "highest" alone, "last" dropped as a slip of a filler word (a wrong answer); said where a clause ends, never
    # "highest last year")
    for m in _free_iter(r"\b(?:" + _longest_first(_RANK_DESC + "|" + _RANK_ASC) + r")\s+last\b(?=\s*(?:[,.;:!?]|$))",
                        text, claims):
        word = m.group(0).rsplit(None, 1)[0]
        claims.claim(m.start(), m.end(), "structure")
        atoms.append(Atom("rank", m.start(), m.end(), "DESC" if re.fullmatch(_RANK_ASC, word) else "ASC"))
    # "most first", "fewest first", "least first": any superlative with "first" is the order of the rows, its direction
    for m in _free_iter(r"\b(?:" + _longest_first(_RANK_DESC + "|" + _RANK_ASC) + r")\s+first\b", text, claims):
        word = m.group(0).rsplit(None, 1)[0]
        claims.claim(m.start(), m.end(), "structure")
        atoms.append(Atom("rank", m.start(), m.end(), "ASC" if re.fullmatch(_RANK_ASC, word) else "DESC"))
    # both directions in one pass, longest first: "from lowest to highest" is one ascending order, never "highest"
    # alone and "lowest" left over
    for m in _free_iter(r"\b(?:" + _longest_first(_RANK_DESC + "|" + _RANK_ASC) + r")\b", text, claims):
        if m.group(0) == "most" and re.match(r"\s+of\b", text[m.end():]):
            continue  # "grew EPS in most of the last 3 years": a count of periods, no ranking (left over, refused)
        claims.claim(m.start(), m.end(), "structure")
        atoms.append(Atom("rank", m.start(), m.end(), "ASC" if re.fullmatch(_RANK_ASC, m.group(0)) else "DESC"))
    take("comparative", r"\b(?:" + _longest_first("|".join(COMPARATIVES_UP + COMPARATIVES_DOWN)) + r")\b", value=None)
    take("rankverb", r"\b(?:" + _RANK_VERB + r")\b", value="rank")
    # "which grew sales faster on a compound annual basis", "on an annualised basis": the compound rate said as a basis
    # ("annual" may be the time step's already)
    # ("on 5y CAGR", "on a 3-year CAGR": the span is the time step's)
    # ((round 45, f45p) and said as the rate a growth is given as: "sales growth from fiscal 2019 to fiscal 2024 as a
    # compound annual rate", "..., expressed as a compound annual growth rate" (SPEC 2's CAGR; the words were left over)
    for m in re.finditer(r"\bon\s+an?\s+(?:compound(?:ed)?\s+annual|annuali[sz]ed|compounded|cagr)\s+basis\b|"
                         r"\bon\s+(?:an?\s+|the\s+)?(?:\S+\s+)?cagr\b|"
                         r"\bas\s+an?\s+(?:compound(?:ed)?\s+annual(?:\s+growth)?|annuali[sz]ed(?:\s+growth)?|"
                         r"compound(?:ed)?(?:\s+growth)?)\s+rate\b", text):
        free = [w for w in re.finditer(r"\S+", m.group(0)) if claims.free(m.start() + w.start(), m.start() + w.end())]
        if any(w.group(0) in ("on", "basis", "as", "rate") for w in free) and len(free) >= len(m.group(0).split()) - 1:
            for w in free:
                claims.claim(m.start() + w.start(), m.start() + w.end(), "structure")
            atoms.append(Atom("func", m.start(), m.end(), "CAGR"))
    take("by", r"\b(?:by|on|in terms of|based on|according to|measured by|on the basis of)\b(?:\s+(?:their|its|the))?",
         value="by")
    # (round 36, f36s) "average annual free cash flow (the mean of fiscal 2020 through fiscal 2024)", "total sales (the
    # sum of ...)": the same function said again in a parenthesis, to say what it is over; read once ((round 37, r37)
    # only where a period follows: "(the average of its sales over ...)" names a measure, whose yearly figures were
    # listed beside the average asked, a wrong answer; it stays a function of its own)
    for name, rx in _FUNCS:
        if name not in ("AVG", "SUM"):
            continue
        for m in re.finditer(r"\(\s*(?:(?:i\.?\s?e\.?|that is),?\s*)?(?:the\s+)?(" + rx + r")\s+(?:of|over|across)\s+"
                             r"(?=(?:the\s+)?(?:(?:last|past|previous|prior|fiscal|financial|calendar|fy|those|these|"
                             r"same)\b|(?:19|20)\d\d\b|\d|(?:" + "|".join(NUMBER_WORDS) + r")\b))", text):
            if claims.free(m.start(1), m.end(1)) and re.search(r"\b(?:" + rx + r")\b[^.;?!()]*$", text[:m.start()]):
                claims.claim(m.start(1), m.end(1), "structure")
    for name, rx in _FUNCS:
        take("func", r"\b(?:" + rx + r")\b", value=name,
             extra="down" if name == "GROWTH" else None)
    # "at what yearly rate has X's free cash flow compounded": the question word of the compound rate named beside it
    if any(a.kind == "func" and a.value == "CAGR" for a in atoms):
        for m in re.finditer(r"\b(?:at\s+)?(?:what|which)\s+(?:(?:yearly|annual|annuali[sz]ed|average|compound(?:ed)?)\s+)*"
                             r"rates?\b", text):
            for w in re.finditer(r"\S+", m.group(0)):  # ("yearly" may be the time step's already)
                if claims.free(m.start() + w.start(), m.start() + w.end()):
                    claims.claim(m.start() + w.start(), m.start() + w.end(), "structure")
    # "the turnover of the last 4 quarters together", "of the 3 business years together": summed, said after periods
    # counted in the plural in the same clause ("sales and net income together" sets figures side by side: filler)
    # (round 39, f39n: and after the clause's comma, "taken" or "all" before it: "net income over the last three years,
    # taken together", "..., all together"; the years were listed, each its own figure)
    # (the atom holds its qualifier: the total said right after the comma, as "..., summed" is)
    # (round 43, f43n) "net income from 2020 to 2022, all told", "All told, how much capex ... from 2021 to 2023": the
    # idiom of a total said in a sentence with a range of periods or several (its words are filler: the sum was dropped
    # and each year listed); said of one period ("what did X earn in 2024, all told?") it stays filler, the year's
    # figure, as before
    for m in re.finditer(r"\ball\s+told\b", text):
        times = [(s, e) for s, e in claims.by("time") if not re.search(r"[;.?!]", text[min(e, m.end()):max(s, m.start())])]
        if claims.free(m.start(), m.end()) and (len(times) > 1 or any(
                re.search(r"\b(?:to|through|thru|until|till)\b|\d\s*-\s*\w|\b(?:years|quarters)\b|\d{4}\D+\d{4}", text[s:e])
                for s, e in times)):
            claims.claim(m.start(), m.end(), "structure")
            atoms.append(Atom("func", m.start(), m.end(), "SUM"))
    for m in re.finditer(r"(?:\b(?P<q>taken|all|put|considered)\s+)?\btogether\b(?!\s+with\b)", text):
        # (a bare "together" is also ``text.normalize``'s "side by side", figures beside each other: after a comma or a
        # range said in digits only with its qualifier, "..., taken together", "FY2020-FY2024 all together")
        before = re.sub(r",?\s*$", "", text[:m.start()]) if m.group("q") else text[:m.start()]
        if claims.free(m.end() - len("together"), m.end()) and (
                re.search(r"\b(?:quarters|years|months)\b[^,;.?!]{0,40}$", before)
                or m.group("q") and any(e == len(before) and re.search(r"\b(?:to|through|thru|until|till)\b|\d\s*-\s*\w",
                                                                         text[s:e]) for s, e in claims.by("time"))):
            for w in re.finditer(r"\S+", m.group(0)):
                if claims.free(m.start() + w.start(), m.start() + w.end()):
                    claims.claim(m.start() + w.start(), m.start() + w.end(), "structure")
            atoms.append(Atom("func", m.start(), m.end(), "SUM"))
    if re.search(r"\bby what (?:percentage|percent|%)|\bby how many percent|\bin percent(?:age)?\b", text):
        # "by what percentage did net income differ from the year before": a change in percent is the growth
        take("func", r"\bdiffer(?:s|ed)?\b(?=\s+from\b)", value="GROWTH")
    for a in atoms:
        if a.kind == "func" and a.value == "GROWTH" and not re.fullmatch(_DOWN, text[a.start:a.end]):
            a.extra = "up" if re.fullmatch(r"increase[sd]?|increasing|rise|rises|rising|rose|risen|grow\w*|grew|expand\w*|"
                                          r"go(?:ne)? up|went up|improv(?:e[sd]?|ing)|rais\w+|hik\w+", text[a.start:a.end]) else None
    take("est", r"\b(?:" + _ESTIMATE + r")\b", value="est")
    take("actual", r"\b(?:actuals?|realised|realized|reported)\b", value="actual")  # the reported figure, not an estimate
    # (round 25) "full-year EPS", "whole-year capex": the year's figure said by an adjective before a measure ("full-year
    # 2023 EPS", "the full year 2023" are periods of their own, read by ``timeres``); ``compose._leftovers`` keeps it only
    # beside a fiscal year's figure
    take("wholeyear", r"\b(?:full|whole|entire)[- ]year\b(?=\s+[a-z])(?!\s+(?:of|ended|ending|to|through|fiscal|fy|"
                      r"results?|and|or|figures?|numbers?)\b)", value="wholeyear")
    take("sign", r"\b(?:positive|negative)\b", value=None)
    for a in atoms:
        if a.kind == "sign":
            a.value = ">" if text[a.start:a.end] == "positive" else "<"
    take("move", r"\b(?:" + _MOVE + r")\b", value=None)
    for a in atoms:
        if a.kind == "move":
            a.value = "down" if re.fullmatch(rf"{_MOVE_DOWN}|{_HOLDERS_DOWN}|(?:lost|lose|loses|losing)\s+money",
                                             text[a.start:a.end]) else (
                "up" if re.fullmatch(rf"{_MOVE_UP}|{_HOLDERS_UP}|(?:made|make|makes|making)\s+money",
                                     text[a.start:a.end]) else None)
    # "how far did X fall": "how much", said of a move (only where a move or change is asked)
    if any(a.kind == "move" or a.kind == "func" and a.value == "GROWTH" for a in atoms) \
            or re.search(r"\bhow far\b[^?.;]{0,80}?\b(?:below|above|under|off|from)\b", text):
        take("degree", r"(?<=\bhow )far\b", value="far")
    # "distance from its 52-week high": how far the close is from it (the composer reads it with the high or the low)
    take("degree", r"\bdistance(?=\s+from\s+(?:(?:its|their|the)\s+)?(?:[\w'-]+\s+){0,3}(?:high|low)s?\b)", value="far")
    take("logic", r"\b(?:either|neither|both|and also|as well as|and|or|but|while|not|nor|whilst|plus)\b", value=None)
    # "fell more than 20% even though they had positive net income": a concession joins two conditions as "and" does
    # (``compose._join``); one that joins no two conditions is refused there, never dropped
    take("logic", r"\b(?:even\s+though|even\s+if|although|though|despite(?:\s+having)?|in\s+spite\s+of(?:\s+having)?)\b",
         value=None)
    for a in atoms:
        if a.kind == "logic":
            a.value = text[a.start:a.end]
    # "(ignore loss makers)", "excluding loss-making companies", "not counting those with a P/E above 30": a condition
    # left out is the condition denied (``compose._negated``; before anything else the words stay unread: refused)
    # (only before the words of a condition's companies: "excluding leases" names no companies, and stays unread whole)
    take("logic", r"\b(?:excluding|exclude|ignor(?:e|ing)|leav(?:e|ing)\s+out|not\s+counting|omit(?:ting)?)\b(?=\s+"
         r"(?:(?:the|any|all)\s+)?(?:those|ones|companies|stocks|names|firms|loss|unprofitable|profitable|money-losing)\b)",
         value="not")
    take("sep", r"[,;]", value=",")
    return sorted(atoms, key=lambda a: a.start)
