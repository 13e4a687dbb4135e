"""(round 41, f41p) The unit of the figures said again: kept only where the reading's figures are in that unit.

SPEC 1: money in millions of the company's currency, per-share items in units of it, and an amount per employee in
millions per head unless the asker scales it ("in dollars" per head: units, round 11; "in thousands of": thousands).
An asker often says the unit again beside the figure: "in actual dollars, not millions", "in dollars rather than
millions", "millions per head is fine (we'll rescale)", "millions of reporting currency per head is fine", "(in units of
the reporting currency per share, not millions)", "in k$". Those words change no figure where they agree with the
reading; where they do not ("net income in actual dollars, not millions": no per-head amount to scale; "thousands per
head is fine" beside an amount in millions; "in units per share" of the sales) they ask for figures FinQL's reading does
not give, and the question stays refused, naming them (a figure a thousand or a million times off is a wrong answer).

``units_said`` gives the question with the words cut (or written as the reading's own unit words) and the check the
words put on the reading's query; ``pipeline.restated`` reads the rest and keeps the reading only where it holds.
"""

from __future__ import annotations

from collections.abc import Callable

from finql.translate import rx as re

Check = Callable[[str], bool]

_OPEN = r"(?:\s*[,;:]\s*|\s*\(\s*|\s+-+\s+|(?<=[.?!])\s+|\s+)"
_CLOSE = r"(?:\s*\))?"
_DOLLARS = r"(?:us\s+|u\.s\.\s+)?dollars"
_NOT_MILLIONS = r"(?:\s*,)?\s+(?:and\s+)?(?:not|rather\s+than|instead\s+of|as\s+opposed\s+to)\s+(?:in\s+)?(?:the\s+)?millions"
# "in actual dollars not millions", "(actual dollars, not millions)", "in dollars rather than millions": units per head
_UNITS_NOT_MILLIONS = re.compile(
    rf"(?P<lead>{_OPEN}(?:in\s+)?)(?:(?:actual|real|full|whole|plain|raw)\s+)?(?P<cur>{_DOLLARS})(?:\s+per\s+(?:head|employee|"
    rf"person))?{_NOT_MILLIONS}{_CLOSE}", re.IGNORECASE)
_ACTUAL = re.compile(rf"(?P<lead>{_OPEN}in\s+)(?:actual|real|full|whole|plain|raw)\s+(?P<cur>{_DOLLARS})\b(?!\s+(?:of|in)\b)",
                     re.IGNORECASE)
# "millions per head is fine", "millions of reporting currency per head is fine, we'll rescale"
_MILLIONS_FINE = re.compile(
    rf"{_OPEN}(?:(?:in|as)\s+)?millions(?:\s+of\s+(?:the\s+)?(?:reporting|local|own|company's|native)?\s*(?:currency|"
    rf"money))?\s+(?:per|a)\s+(?:head|employee|person|worker)\s+(?:is|are|will\s+be|would\s+be)\s+(?:fine|ok|okay|good|"
    rf"enough|acceptable)(?:\s*[,;-]?\s*(?:we|i)(?:'ll|\s+will|\s+can)\s+(?:rescale|scale|convert)(?:\s+(?:it|them))?)?"
    rf"{_CLOSE}", re.IGNORECASE)
# "(in units of the reporting currency per share, not millions)"
_UNITS_PER_SHARE = re.compile(
    rf"{_OPEN}(?:in\s+)?units\s+of\s+(?:the\s+)?(?:reporting\s+|local\s+|company's\s+)?currency\s+per\s+share"
    rf"{_NOT_MILLIONS}{_CLOSE}", re.IGNORECASE)
# "in k$", "in $k", "in k USD": thousands of dollars (said of an amount per head; "10k employees" is a count: no "in")
_K_DOLLARS = re.compile(r"\bin\s+(?:k\s?\$|\$\s?k|k\s?usd|usd\s?k|thousands?\s+of\s+\$)(?![\w$])", re.IGNORECASE)

# "(sales in M$ -> x1000)": the scaling from millions to thousands said beside "in k$"
_M_TO_K = re.compile(r"\s*\(\s*(?:[a-z/]+\s+){0,3}in\s+(?:m\s?\$|\$\s?m|musd|usd\s?m|millions)\s*(?:->|=>|\u2192|so|then)\s*"
                     r"(?:x|\*|times)\s?1,?000\s*\)", re.IGNORECASE)

_ITEM_SPLIT = re.compile(r",\s+(?![^()]*\))")


def _items(query: str) -> list[str]:
    """The query's expressions: its items (fields left out) and its sort key."""
    head, _, rest = query.partition(" FOR ")
    items = [x for x in _ITEM_SPLIT.split(head) if not re.fullmatch(r"NAME|SECTOR|INDUSTRY|COUNTRY|CURRENCY", x)]
    sort = re.search(r"\bSORT\s+(.*?)\s+(?:ASC|DESC)\b", rest)
    return items + ([sort.group(1)] if sort else [])


def _screen_cond(query: str) -> bool:
    return bool(re.search(r"\bSCREEN\((?:[^()]|\([^()]*\))*,", query))


def _per_head_units(query: str) -> bool:
    """Every figure an amount per employee in units of the currency (the millions times a million)."""
    return bool(_items(query)) and not _screen_cond(query) and all(
        re.search(r"\* 1000000 / FF_EMPLOYEES\(", x) and x.count("FF_") == 2 for x in _items(query))


def _per_head_thousands(query: str) -> bool:
    return bool(_items(query)) and not _screen_cond(query) and all(
        re.search(r"\* 1000 / FF_EMPLOYEES\(|/ FF_EMPLOYEES\([^()]*\) \* 1000\b(?!0)", x) and x.count("FF_") == 2
        for x in _items(query))


def _per_head_millions(query: str) -> bool:
    """Every figure an amount per employee left in millions (no scaling)."""
    return bool(_items(query)) and all(re.fullmatch(r"FF_[A-Z_]+\([^()]*\) / FF_EMPLOYEES\([^()]*\)", x)
                                       and "FF_EMPLOYEES(" not in x.split(" / ")[0] for x in _items(query))


_PER_SHARE = re.compile(r"(?:FF_EPS|FF_DPS|P_PRICE|FE_EPS)\([^()]*\)|FF_[A-Z_]+\([^()]*\) / FF_SHARES\([^()]*\)")


def _per_share_units(query: str) -> bool:
    """Every figure per share (in units of the currency, SPEC 1)."""
    return bool(_items(query)) and all(_PER_SHARE.fullmatch(x) for x in _items(query))


def units_said(question: str) -> list[tuple[str, Check]]:
    """The question with its unit said again cut (or written as the reading's unit words), each with the check the
    unit puts on the reading's query."""
    out: list[tuple[str, Check]] = []
    for m in _UNITS_NOT_MILLIONS.finditer(question):
        # (the currency kept: "in dollars" after an amount per head is what scales it to units; said already, as in
        # "in US dollars per head (actual dollars, not millions)", the words are cut)
        cut = _cut(question, m.start(), m.end())
        rest = cut if re.search(rf"\bin\s+{_DOLLARS}\b", cut, flags=re.IGNORECASE) else \
            _cut(question, m.start(), m.end(), f"{',' if ',' in m.group('lead') else ''} in {m.group('cur')}")
        out.append((rest, _per_head_units))
    if not out and (m := _ACTUAL.search(question)):
        out.append((question[:m.start()] + m.group("lead") + m.group("cur") + question[m.end():], _per_head_units))
    for m in _MILLIONS_FINE.finditer(question):
        out.append((_cut(question, m.start(), m.end()), _per_head_millions))
    for m in _UNITS_PER_SHARE.finditer(question):
        out.append((_cut(question, m.start(), m.end()), _per_share_units))
    for m in _K_DOLLARS.finditer(question):
        rest = question[:m.start()] + "in thousands of dollars" + question[m.end():]
        out.append((_M_TO_K.sub("", rest), _per_head_thousands))
    return out


def _cut(question: str, start: int, end: int, put: str = "") -> str:
    """The question with ``put`` for its span ``start:end`` (a space kept between words)."""
    after = question[end:].lstrip()
    before = question[:start].rstrip() + put
    return before + ("" if not after or after[0] in "?.;!,)" else " ") + after
