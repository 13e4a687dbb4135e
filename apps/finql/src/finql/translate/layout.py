"""How the asker lays out the answer: a table, its rows and its columns.

FinQL answers with a table, one row per company and one column per item in the order asked, so the words that ask
for that layout restrict nothing: "give me a table of A and B with columns for sales and net income", "one row per
name", "one row each", "a column for each quarter", "as two columns", "put both years side by side" (``read`` claims
them). A layout FinQL cannot give is not claimed: rows of anything but companies ("one row per sector", "a row per
quarter") and columns per anything but a period or an item ("a column per country") leave their noun unread, and the
nouns of a table ("row", "column", "table") are never read as a measure by meaning ("row" was read as the ROE, an
extra column and, in a ranking, the sort key: a wrong answer). What a layout says of the query is checked once it is
composed (``mismatch``): a count of columns ("six columns") is the number of items asked, a count of periods set side
by side ("both years") the number of periods, and the columns said to come first ("capex column first", "the three
EPS ones first") come first; where they do not, the chain refuses, naming the words, rather than answer another table.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from finql.translate import rx as re
from finql.translate.text import FILLER, number_words, words
from finql.translate.timeres import number

if TYPE_CHECKING:
    from finql.translate.compose import Reading
    from finql.translate.pipeline import Analysis

# the rows of a FinQL answer are companies: the generic nouns of a company (``text.FILLER``'s) name them
_COMPANY = r"(?:names?|compan(?:y|ies)|stocks?|tickers?|firms?|issuers?|members?|constituents?|securit(?:y|ies)|equit(?:y|ies))"
_COUNT = r"(?P<n>\d{1,2}|" + number_words(2, 12) + r")"
_ROWS = re.compile(
    r"\b(?:(?:one|a|1|a\s+single|a\s+separate|separate|its\s+own|their\s+own)\s+)?rows?\s+(?:"
    rf"each(?:\s+for)?|apiece|(?:per|for\s+each|for\s+every|for)\s+(?:{_COMPANY}|(?:each|every)\s+(?:one|of\s+them))\b|"
    r"(?:is|are|will\s+be|would\s+be)\s+(?:fine|ok|okay|enough|plenty)|please)\b"
    r"|(?<!\bin\s)\b(?:one|a|1|a\s+single|separate)\s+rows?\b(?=\s*(?:[,.;:?!)]|-\s|$))")  # (never "in a row")
# "give me a table of", "build me a small table for", "table with name and sales", "in a little table"
_TABLE = re.compile(
    r"\b(?:(?:build|make|draw\s+up|put\s+together|set\s+up|create|prepare|do)\s+(?:me\s+|us\s+)?)?"
    r"(?:(?:a|an|one|the|my|our|this|that)\s+)?(?:(?:small|little|quick|simple|short|brief|summary|comparison|"
    r"comparative)\s+)?(?:tables?|spreadsheets?|sheets?)\b(?:\s+with\s+(?=(?:the\s+)?names?\b))?")
# (round 27) the rows named as a spreadsheet names them: the companies ("a table with rows A and B", "put A and B in the
# rows"), the rows a condition keeps ("only rows where the P/E is above 20") or a sort orders ("sort the rows by it")
_ROWS_NAMED = re.compile(r"\b(?P<pre>(?:with|in|on)\s+(?:the\s+)?)?rows\b(?P<post>:)?")
_ROWS_KEPT = re.compile(r"\b(?:(?:only|just)\s+)?(?:the\s+)?rows\s+(?=(?:where|in\s+which|for\s+which|with)\b)|"
                        r"(?<=\bsort\s)(?:the\s+)?rows\s+(?=by\b)")
# a period or an item a column is per ("a column per quarter", "a column for each year", "one column per metric")
_PER_WHAT = (r"(?:fiscal\s+|calendar\s+)?(?:years?|quarters?|periods?|months?|dates?|days?|halves|half|"
             r"measures?|metrics?|items?|figures?|ratios?|numbers?)")
_COLUMNS = re.compile(
    rf"\b(?:(?:as|in|into|with|plus|and)\s+)?(?:(?:a|one|1|the|separate|its\s+own|their\s+own|each|{_COUNT})\s+"
    # (round 27) "two price columns", "three EPS columns": what the columns hold, said between the count and the noun
    # (read by its own step; ``mismatch`` checks the count against the items)
    r"(?:(?=[\w/&.-]+\s+columns?\b)(?!(?:separate|own)\b)[\w/&.-]+\s+)?)?"
    # (not a writer's column: "for a column on the airline industry", ``framing``)
    rf"(?:separate\s+)?columns?\b(?!\s+(?:on|about|covering|into|looking|that|which|i'm|i|we're|we)\b)(?P<per>\s+(?:each|apiece|(?:per|for\s+each(?:\s+of\s+the)?|for\s+every)\s+"
    rf"(?:{_PER_WHAT}\b|(?:one|of\s+them)\b)))?(?P<bad>\s+(?:per|for\s+each|for\s+every|by)\b"
    # ((round 47, f47s) "a return column for every TECHX constituent": the column filled for each company, the rows
    # FinQL gives; "a column per country", "a column for each sector" stay no layout)
    rf"(?!(?:\s+(?:of\s+)?(?:the\s+)?[\w&.-]+){{0,2}}?\s+{_COMPANY}\b))?")
# the columns said to come first: "capex column first", "the three EPS ones first", "with the sales columns first"
_FIRST = re.compile(r"\b(?:columns?|ones?)\s+first\b")
# the count said before that measure ("the three EPS ones first")
_COUNT_BEFORE = re.compile(rf"\b(?:the\s+)?{_COUNT}\s+$")
# periods or figures set side by side ("put both years side by side", "the two quarters side by side", ", side by
# side"); "side by side with X" joins a company (``entities``)
_SIDE_BY_SIDE = re.compile(
    r"\b(?:(?:put|show|set|lay(?:\s+out)?|place|give|list)\s+(?:me\s+)?)?(?:(?:them|these|those|all|"
    r"(?P<both>both|the\s+two|the\s+2|two|2)(?:\s+(?P<what>years|quarters|periods|dates|figures|numbers|values|"
    r"columns))?)\s+)?side\s+by\s+side\b(?!\s+with\b)")

# a count of the figures asked, said before them ("I need three numbers on X: A, B and C"): the number of items
_FIGURES = re.compile(rf"(?<![\w-]){_COUNT}\s+(?:numbers|figures|data\s+points|metrics|values)\b"
                      r"(?=\s+(?:on|for|about|from)\b|\s*[:,-])"
                      # (round 24) said last, after the list and a comma ("X's sales and EPS for FY2024, two figures"):
                      # the same count (it was left unread, refused); checked against the items as before
                      r"|(?<=,\s)(?:(?:so|i\.e\.|that's|that\s+is|just)\s+)?(?:the\s+)?(?P<n2>\d{1,2}|" + number_words(2, 12) + r")"
                      r"\s+(?:numbers|figures|data\s+points|metrics|values)"
                      r"(?=\s*(?:,?\s*please)?\s*[.?!]*\s*$)")

# (round 48, f48w) one figure asked ("X's quarterly net income in fiscal 2024, one figure", "as a single number", "(one
# number, please)"): the answer is one value, one company's one item (``mismatch``); it was left unread and the four
# quarters answered. Said at the end of a clause only ("one number per year" counts columns of another kind)
_ONE_FIGURE = re.compile(r"(?:\b(?:as|in|into)\s+)?(?:\b(?:just|only)\s+)?\b(?:one|1|a\s+single|single)\s+"
                         r"(?:number|figure|value|data\s+point)\b(?=\s*(?:,?\s*please)?\s*(?:[.?!;)]|,|-\s|$))")

_NOUN = re.compile(r"\b(?:rows?|columns?|tables?|spreadsheets?|sheets?|side|ones?|numbers?|figures?|points|metrics|values?)\b")
_SENTENCE_END = re.compile(r"[.?!;]")


def _claim(a: Analysis, s: int, e: int) -> None:
    """Claim the layout words of text[s:e] that no step has read (a period, a company or a function word inside it,
    "for each quarter", "one row per name", "plus a column", is read by its own step), when its noun is free."""
    assert a.claims is not None
    noun = _NOUN.search(a.text, s, e)
    if noun is None or not a.claims.free(noun.start(), noun.end()):
        return
    for w in words(a.text[s:e]):
        if a.claims.free(s + w.start, s + w.end):
            a.claims.claim(s + w.start, s + w.end, "layout")


def read(a: Analysis) -> None:
    """Claim the words of a table layout FinQL gives anyway (``unread`` names the nouns of any other)."""
    assert a.claims is not None
    for m in _FIRST.finditer(a.text):
        first = _first_of(a, m)
        if first is not None:
            _claim(a, m.start(), m.end())
            if first[2] is not None:
                a.claims.claim(*first[2], "layout")
    for rx in (_ROWS, _TABLE, _SIDE_BY_SIDE, _FIGURES, _ONE_FIGURE):
        for m in rx.finditer(a.text):
            before = re.search(r"([a-z][\w'-]*)\s*$", a.text[:m.start()])
            if rx is _TABLE and before and before.group(1) not in FILLER:
                continue  # a table of its own kind ("a league table", "a comps table"): not the answer's layout
            if rx is _FIGURES:
                _count_read(a, m)
            _claim(a, m.start(), m.end())
    for m in _ROWS_KEPT.finditer(a.text):
        _claim(a, m.start(), m.end())
    companies = [(cs, ce) for cs, ce, who in a.claims.spans if who == "company"]
    for m in _ROWS_NAMED.finditer(a.text):
        after = re.match(r"\s*", a.text[m.end():]).end() + m.end()
        before = a.text[:m.start()].rstrip()
        before = before[:-3].rstrip() if before.endswith(" in") else before  # ("put A and B in the rows")
        if not m.group("pre") and not m.group("post") and not before:
            continue
        if any(cs == after for cs, _ce in companies) or (m.group("pre") and m.group("pre").startswith(("in", "on"))
                                                          and any(ce == len(before) for _cs, ce in companies)):
            _claim(a, m.start(), m.end())
    for m in _COLUMNS.finditer(a.text):
        if m.group("bad"):
            continue  # "a column per country": no layout FinQL gives; "column" is named (``unread``)
        _heads_named(a, m.end())
        joint = re.match(r"(?:plus|and)\b", m.group(0))
        if joint and a.claims.free(m.start() + joint.end(), m.end()):
            # "..., plus a column with last year's sales": another column, no sum
            a.atoms[:] = [x for x in a.atoms if not (m.start() <= x.start and x.end <= m.start() + joint.end())]
            a.claims.spans = [sp for sp in a.claims.spans if not (m.start() <= sp[0] and sp[1] <= m.start() + joint.end())]
        _count_read(a, m)
        _claim(a, m.start(), m.end())


def _count_read(a: Analysis, m: re.Match[str]) -> None:
    """(round 24) "I need 2 figures for X: ...", "in 3 columns": a count in digits was read as a number (an atom the
    reading did not use: refused) where the same count in words was the layout's. The layout's count when its noun is
    free (``_claim`` then claims the noun; ``mismatch`` checks the count against the items)."""
    assert a.claims is not None
    g = "n2" if m.groupdict().get("n2") else "n"
    if not m.group(g) or not m.group(g).isdigit():
        return
    noun = _NOUN.search(a.text, m.end(g), m.end())
    if noun is None or not a.claims.free(noun.start(), noun.end()):
        return
    s, e = m.span(g)
    t = s - 1 if a.text[s - 1:s] == " " else s  # (", 2 figures": the number's atom holds the space before it)
    a.atoms[:] = [x for x in a.atoms if not (x.kind == "num" and t <= x.start <= s and x.end == e)]
    a.claims.spans = [sp for sp in a.claims.spans if not (t <= sp[0] <= s and sp[1] == e and sp[2] == "structure")]
    a.claims.claim(s, e, "layout")


def _heads_named(a: Analysis, start: int) -> None:
    """"... a net margin of at least 20% last year? Columns: name and margin.": the columns listed after the layout's
    noun name a measure asked before it by its last word ("margin" of "net margin"): that measure's column."""
    assert a.claims is not None
    end = _SENTENCE_END.search(a.text, start)
    for w in re.finditer(r"[a-z][\w/-]*", a.text[start:end.start() if end else len(a.text)]):
        s, e = start + w.start(), start + w.end()
        if a.claims.free(s, e) and any(h.end <= start and re.search(rf"(?:^|\s){re.escape(w.group(0))}$",
                                                                   a.text[h.start:h.end]) for h in a.hits):
            a.claims.claim(s, e, "layout")


def unread(a: Analysis) -> None:
    """The nouns of a table left over once the layouts and the writer's framing ("for a column on ...") are read: named,
    never a measure by meaning ("row": the ROE)."""
    assert a.claims is not None
    for m in re.finditer(r"\b(?:rows?|columns?|tables?)\b", a.text):
        if a.claims.free(m.start(), m.end()):
            a.unresolved.append(m.group(0))
            a.claims.claim(m.start(), m.end(), "unresolved")


def _first_of(a: Analysis, m: re.Match[str]) -> tuple[str, int | None, tuple[int, int] | None] | None:
    """The measure said right before "column(s) first" / "ones first": its FinQL name ("capex column first":
    FF_CAPEX), the count said before it ("the three EPS ones first": 3) and where that count is."""
    hit = next((h for h in a.hits if h.end <= m.start() and re.fullmatch(r"\s*", a.text[h.end:m.start()])), None)
    code = re.match(r"[A-Z]+_[A-Z_]+", hit.sense.template) if hit is not None else None
    if hit is None or code is None:
        return None
    n = _COUNT_BEFORE.search(a.text, 0, hit.start)
    return code.group(0), (_count(n.group("n")) if n else None), (n.span() if n else None)


def _count(word: str | None) -> int | None:
    return number(word) if word else None


def _laid(a: Analysis, m: re.Match[str]) -> bool:
    """Whether ``read`` claimed the layout noun of the match."""
    assert a.claims is not None
    noun = _NOUN.search(a.text, m.start(), m.end())
    return noun is not None and (noun.start(), noun.end(), "layout") in a.claims.spans


def mismatch(a: Analysis, r: Reading) -> list[str]:
    """The layout words the composed query does not satisfy (a count of columns or periods, the columns asked first)."""
    items = [i for i in r.items if "(" in i]  # the fields (NAME, SECTOR) describe the rows
    out: list[str] = []
    for m in _COLUMNS.finditer(a.text):
        n = _count(m.group("n"))
        if _laid(a, m) and n is not None and not m.group("per") and n not in (len(items), len(r.items)):
            out.append(m.group(0).strip())
    for m in _FIGURES.finditer(a.text):
        if _laid(a, m) and _count(m.group("n") or m.group("n2")) != len(items):
            out.append(m.group(0))
    for m in _ONE_FIGURE.finditer(a.text):
        if _laid(a, m) and (len(items) != 1 or len(r.tickers) != 1):
            out.append(m.group(0).strip())  # (several periods, items or companies: which one value is not said)
    for m in _SIDE_BY_SIDE.finditer(a.text):
        if not _laid(a, m) or not m.group("both"):
            continue
        periods = m.group("what") in ("years", "quarters", "periods", "dates")
        if (len(set(_PERIOD.findall(r.query()))) if periods else len(items)) != 2:
            out.append(m.group(0).strip())
    for m in _FIRST.finditer(a.text):
        said = _first_of(a, m)
        if said is None or not _laid(a, m):
            continue
        code, n, _where = said
        first = [re.search(rf"\b{code}\(", i) is not None for i in items]
        k = sum(first)
        if not k or not all(first[:k]) or n is not None and n != k:
            out.append(m.group(0))
    return out


# a period of a composed query (a fiscal year or quarter, a day)
_PERIOD = re.compile(r"\b(?:FY|FQ|D)-?\d+(?:Q\d)?\b|\b\d{4}-\d\d-\d\d\b|\bLTM\b")
