"""Entity linking against the company master and the catalog values (deterministic).

Companies are found by ticker, full name, a name without its family word's siblings, a
family plus a hint ("Northwind's software arm"), or a close misspelling. Sets (sectors,
industries, countries, indexes) and currencies are found by their names and common synonyms.
Every match records its span so later steps can ignore the words it consumed.
"""

from __future__ import annotations

import difflib
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from types import MappingProxyType

from finql.translate.vocab import Company, by_ticker, companies, industries, sectors

_STOP_SUFFIX = {"holdings", "group", "partners", "trust", "inc", "corp", "plc"}

INDUSTRY_SYNONYMS: dict[str, tuple[str, ...]] = {
    "Banks": ("banks", "bank", "banking", "lenders"),
    "Insurance": ("insurers", "insurance companies", "insurance", "insurer"),
    "REITs": ("reits", "reit", "real estate investment trusts"),
    "Semiconductors": ("semiconductors", "semiconductor", "chipmakers", "chip makers", "chip companies", "chips"),
    "Airlines": ("airlines", "airline", "carriers"),
    "Automobiles": ("automobiles", "automakers", "car makers", "carmakers", "auto makers", "automobile", "car companies"),
    "Software": ("software",),
    "Pharmaceuticals": ("pharmaceuticals", "pharmaceutical", "pharma", "drugmakers", "drug makers"),
    "Biotechnology": ("biotechnology", "biotech"),
    "Beverages": ("beverages", "beverage", "drinks", "brewers", "drinks makers"),
    "Retail": ("retailers", "retail", "retailer", "stores"),
    "Electric Utilities": ("electric utilities", "electric utility", "power companies", "electricity"),
    "Water Utilities": ("water utilities", "water utility", "water"),
    "Oil & Gas": ("oil & gas", "oil and gas", "oil"),
    "Renewable Energy": ("renewable energy", "renewables", "renewable", "wind power", "green energy"),
    "Logistics": ("logistics", "freight", "shipping", "transport"),
    "Telecom": ("telecom", "telecoms", "telecommunications", "telcos"),
    "Payments": ("payments", "payment companies", "payment", "fintech"),
    "Hotels & Leisure": ("hotels & leisure", "hotels and leisure", "hotels", "hotel", "leisure", "resorts"),
    "Metals & Mining": ("metals & mining", "metals and mining", "miners", "mining", "metals"),
    "Chemicals": ("chemicals", "chemical"),
    "Machinery": ("machinery", "machine makers"),
    "Packaging": ("packaging",),
    "Apparel": ("apparel", "clothing", "fashion"),
    "Media": ("media",),
    "Interactive Media": ("interactive media", "social media", "interactive"),
    "IT Services": ("it services", "consulting", "it consultancies"),
    "Hardware": ("hardware", "computer makers"),
    "Asset Management": ("asset management", "asset managers", "asset manager", "fund managers", "investment managers"),
    "Food Products": ("food products", "food companies", "food", "foods"),
    "Household Products": ("household products", "household goods", "consumer products", "household"),
    "Medical Devices": ("medical devices", "medical device", "medtech"),
    "Health Care Services": ("health care services", "healthcare services", "care providers"),
    "Real Estate Services": ("real estate services", "property services", "estates"),
    "Aerospace & Defense": ("aerospace & defense", "aerospace and defense", "aerospace & defence", "defense", "defence", "aerospace"),
    "Energy Equipment": ("energy equipment", "energy services", "oilfield services"),
}

SECTOR_SYNONYMS: dict[str, tuple[str, ...]] = {
    "Information Technology": ("information technology", "tech sector", "technology sector", "tech companies",
                               "technology companies", "tech stocks", "technology", "tech", "it sector", "it companies", "it stocks"),
    "Financials": ("financials", "financial sector", "financial companies", "financial stocks", "financial"),
    "Health Care": ("health care", "healthcare", "health-care"),
    "Energy": ("energy sector", "energy companies", "energy stocks", "energy"),
    "Materials": ("materials", "basic materials"),
    "Industrials": ("industrials", "industrial companies", "industrial sector", "industrial"),
    "Utilities": ("utilities", "utility companies", "utility"),
    "Real Estate": ("real estate", "property", "property companies"),
    "Consumer Discretionary": ("consumer discretionary", "discretionary"),
    "Consumer Staples": ("consumer staples", "staples"),
    "Communication Services": ("communication services", "communications", "communication"),
}

COUNTRY_SYNONYMS: dict[str, tuple[str, ...]] = {
    "United States": ("united states", "u.s.", "us-based", "us", "usa", "american", "america", "u.s"),
    "United Kingdom": ("united kingdom", "uk", "u.k.", "british", "britain", "england", "english"),
    "Germany": ("germany", "german"),
    "France": ("france", "french"),
    "Japan": ("japan", "japanese"),
    "Canada": ("canada", "canadian"),
    "Switzerland": ("switzerland", "swiss"),
}

INDEX_SYNONYMS: dict[str, tuple[str, ...]] = {
    "NX100": ("nx100", "nx 100", "nx-100"),
    "TECHX": ("techx", "tech x", "techx index"),
    "EUROPE": ("europe index", "european index", "europe", "european", "eu"),
}

CURRENCY_SYNONYMS: dict[str, tuple[str, ...]] = {
    "USD": ("usd", "us dollars", "u.s. dollars", "dollars", "dollar", "us dollar", "$"),
    "EUR": ("eur", "euros", "euro", "€"),
    "GBP": ("gbp", "pounds", "pound", "sterling", "pounds sterling", "british pounds", "£"),
    "JPY": ("jpy", "yen", "japanese yen", "¥"),
    "CAD": ("cad", "canadian dollars", "canadian dollar", "loonies"),
    "CHF": ("chf", "swiss francs", "swiss franc", "francs", "franc"),
}


@dataclass
class Links:
    """What entity linking found in a question."""

    tickers: list[str] = field(default_factory=list)
    sets: list[tuple[str, str]] = field(default_factory=list)  # (kind, value), kind in SECTOR/INDUSTRY/COUNTRY/INDEX/ALL
    currency: str | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)
    set_joiner: str = "&"
    ambiguous: list[str] = field(default_factory=list)

    def set_expr(self) -> str | None:
        """The FinQL set expression of the linked sets, or None."""
        parts = []
        for kind, value in self.sets:
            if kind == "ALL":
                continue
            parts.append(f"INDEX({value})" if kind == "INDEX" else f'{kind}("{value}")')
        if not parts:
            return "ALL" if any(k == "ALL" for k, _ in self.sets) else None
        return f" {self.set_joiner} ".join(parts)


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.lower().replace("’", "'")).strip()


@lru_cache(maxsize=1)
def _name_aliases() -> tuple[tuple[str, str], ...]:
    """(alias, ticker), longest first: full names and names without a corporate suffix.

    Cached tables here are shared by every concurrent run: each is built in a local and published
    immutable (a tuple, a read-only mapping), so no caller can change what another one reads.
    """
    out: list[tuple[str, str]] = []
    for c in companies():
        name = _norm(c.name)
        out.append((name, c.ticker))
        words = name.split()
        if len(words) > 2 and words[-1] in _STOP_SUFFIX:
            out.append((" ".join(words[:-1]), c.ticker))
        out.append((name.replace("&", "and"), c.ticker))
    out.sort(key=lambda a: -len(a[0]))
    return tuple(out)


@lru_cache(maxsize=1)
def _families() -> Mapping[str, tuple[Company, ...]]:
    fam: dict[str, list[Company]] = defaultdict(list)
    for c in companies():
        fam[_norm(c.name).split()[0]].append(c)
    return MappingProxyType({k: tuple(v) for k, v in fam.items()})


def _free(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    return all(e <= a or s >= b for a, b in spans)


def _company_hint_words(c: Company) -> set[str]:
    words = set(_norm(c.name).split()[1:]) | set(_norm(c.industry).replace("&", " ").split())
    words |= set(_norm(c.sector).split())
    for syn in INDUSTRY_SYNONYMS.get(c.industry, ()):
        words |= set(syn.split())
    return {w for w in words if len(w) > 2 and w not in {"and", "the"}}


def link_companies(question: str, links: Links) -> None:
    """Find companies: tickers, names, families with hints, misspellings."""
    text = _norm(question)
    # Full names first (longest alias wins).
    for alias, ticker in _name_aliases():
        for m in re.finditer(r"(?<!\w)" + re.escape(alias) + r"(?!\w)", text):
            if _free(links.spans, m.start(), m.end()):
                links.spans.append((m.start(), m.end()))
                _add(links, ticker, m.start())
    # Tickers as written in upper case (many tickers are also English words).
    tickers = by_ticker()
    for m in re.finditer(r"(?<![\w$])\$?([A-Z]{2,5})(?!\w)", question.replace("’", "'")):
        if m.group(1) in tickers and _free(links.spans, m.start(), m.end()):
            links.spans.append((m.start(), m.end()))
            _add(links, m.group(1), m.start())
    # Families: "Northwind's software arm", "Aurora (the pharma one)", or a family with one company.
    words = [(m.group(0), m.start(), m.end()) for m in re.finditer(r"[a-z][a-z&'-]*", text)]
    fams = _families()
    for i, (w, s, e) in enumerate(words):
        base = w.split("'")[0]
        if not _free(links.spans, s, e + 0):
            continue
        family = base if base in fams else None
        # A misspelt family only when written as a name and not an ordinary catalog word ("estate").
        if family is None and len(base) >= 5 and question[s:s + 1].isupper() and base not in _catalog_words():
            family = _fuzzy(base, list(fams), 0.84)
        if family is None:
            continue
        # Bare common words only count as a company family when the question capitalised them.
        if not question[s:s + 1].isupper() and family in {"cash", "delta", "summit", "apex", "general", "first",
                                                           "sky", "polar", "valley", "harbor", "granite",
                                                           "quantum", "prairie", "ember", "helix", "umbra",
                                                           "crescent", "cascade", "pinnacle", "juniper",
                                                           "sterling", "lumen", "monarch", "meridian", "zenith",
                                                           "falcon", "indigo", "ivory", "cobalt", "tidewater"}:
            continue
        members = fams[family]
        # The next word may be a misspelt second name word ("Northwnd Sytems").
        before = [x for x, _, _ in reversed(words[max(0, i - 5):i])]
        after = [x for x, _, _ in words[i + 1:i + 6]]
        # "the software business of Northwind" names the hint before the family.
        window = after[:1] + before[1:] if before[:1] == ["of"] and not w.endswith("'s") else after + before
        chosen = _pick_member(members, window)
        if chosen is None:
            links.ambiguous.append(family)
            continue
        end = e
        links.spans.append((s, end))
        _add(links, chosen.ticker, s)


@lru_cache(maxsize=1)
def _catalog_words() -> frozenset[str]:
    words: set[str] = set()
    for table in (INDUSTRY_SYNONYMS, SECTOR_SYNONYMS, COUNTRY_SYNONYMS, INDEX_SYNONYMS, CURRENCY_SYNONYMS):
        for value, phrases in table.items():
            for p in (value, *phrases):
                words |= set(_norm(p).split())
    return frozenset(words)


def _pick_member(members: Sequence[Company], window: list[str]) -> Company | None:
    if len(members) == 1:
        return members[0]
    best, best_score = None, 0.0
    tie, tie_score = False, -1.0
    for c in members:
        second = _norm(c.name).split()[1:]
        hints = _company_hint_words(c)
        score = 0.0
        for rank, w in enumerate(window):
            w = re.sub(r"'s?$", "", w)
            if not w:
                continue
            weight = 1.0 / (1 + rank * 0.3)
            if second and difflib.SequenceMatcher(None, w, second[0]).ratio() >= 0.8:
                score = max(score, 3 * weight)
            for h in hints:
                if w == h or (len(w) > 4 and (w.startswith(h[:5]) or h.startswith(w[:5]))):
                    score = max(score, 2 * weight)
        if score > best_score:
            best, best_score = c, score
        elif score == best_score and score > 0:
            tie, tie_score = True, score
    return best if best_score > 0 and not (tie and tie_score == best_score) else None


def _fuzzy(word: str, choices: list[str], cutoff: float) -> str | None:
    match = difflib.get_close_matches(word, choices, n=1, cutoff=cutoff)
    return match[0] if match else None


def _add(links: Links, ticker: str, pos: int) -> None:
    if ticker not in links.tickers:
        links.tickers.append(ticker)
        links._pos = getattr(links, "_pos", {})  # type: ignore[attr-defined]
        links._pos[ticker] = pos  # type: ignore[attr-defined]


def _find_phrases(text: str, table: dict[str, tuple[str, ...]], links: Links, kind: str) -> list[tuple[int, str]]:
    pairs = sorted(((p, v) for v, ps in table.items() for p in ps), key=lambda pv: -len(pv[0]))
    found: list[tuple[int, str]] = []
    for phrase, value in pairs:
        rx = r"(?<![\w$€£¥])" + re.escape(phrase) + r"(?![\w])" if phrase[0].isalnum() else re.escape(phrase)
        for m in re.finditer(rx, text):
            if _free(links.spans, m.start(), m.end()):
                links.spans.append((m.start(), m.end()))
                if value not in [v for _, v in found]:
                    found.append((m.start(), value))
    return found


def link_currency(question: str, links: Links) -> None:
    """A target currency: "in euros", "in USD", "converted to yen"."""
    text = _norm(question)
    pairs = sorted(((p, v) for v, ps in CURRENCY_SYNONYMS.items() for p in ps), key=lambda pv: -len(pv[0]))
    for phrase, value in pairs:
        rx = r"\b(?:in|into|to|as|using|expressed in|denominated in)\s+(?:us\s+)?" + re.escape(phrase) + r"(?![\w])"
        m = re.search(rx, text)
        if m and _free(links.spans, m.start(), m.end()):
            links.currency = value
            links.spans.append((m.start(), m.end()))
            return
    for cur in ("USD", "EUR", "GBP", "JPY", "CAD", "CHF"):
        m = re.search(r"\b" + cur + r"\b", question)
        if m and _free(links.spans, m.start(), m.end()):
            links.currency = cur
            links.spans.append((m.start(), m.end()))
            return
    m = re.search(r"\b(?:common|same|single|one) currency\b", text)
    if m:
        links.currency = "USD"


def link_sets(question: str, links: Links) -> None:
    """Sectors, industries, countries and indexes, joined with & (or | where the question says "or")."""
    text = _norm(question)
    found: list[tuple[int, str, str]] = []
    for kind, table in (("INDEX", INDEX_SYNONYMS), ("INDUSTRY", INDUSTRY_SYNONYMS),
                        ("SECTOR", SECTOR_SYNONYMS), ("COUNTRY", COUNTRY_SYNONYMS)):
        for pos, value in _find_phrases(text, table, links, kind):
            found.append((pos, kind, value))
    # Exact catalog names not covered by a synonym (kept in sync with the master).
    for kind, values in (("INDUSTRY", industries()), ("SECTOR", sectors())):
        for value in values:
            m = re.search(r"(?<!\w)" + re.escape(_norm(value)) + r"(?!\w)", text)
            if m and _free(links.spans, m.start(), m.end()):
                links.spans.append((m.start(), m.end()))
                found.append((m.start(), kind, value))
    found.sort()
    # A sector that only restates an industry found too adds nothing ("banks in financials").
    industries_found = {v for _, k, v in found if k == "INDUSTRY"}
    sector_of = {c.industry: c.sector for c in companies()}
    found = [f for f in found if not (f[1] == "SECTOR" and any(sector_of[i] == f[2] for i in industries_found))]
    links.sets = [(k, v) for _, k, v in found]
    if len(found) >= 2:
        between = text[found[0][0]:found[-1][0]]
        if re.search(r"\bor\b|\beither\b", between) and len({k for _, k, _ in found}) == 1:
            links.set_joiner = "|"
    if re.search(r"\b(all companies|every company|all stocks|whole universe|entire universe|any company|"
                 r"all the companies|all firms|across the universe|the universe|all \d+ companies|overall|"
                 r"of all|among all|in the database|in the dataset|in our coverage|companies overall)\b", text):
        links.sets.append(("ALL", "ALL"))


def link(question: str) -> Links:
    """Run every linker in order: currency, companies, sets."""
    links = Links()
    link_currency(question, links)
    link_companies(question, links)
    # Keep companies in the order the question names them.
    pos = getattr(links, "_pos", {})
    links.tickers.sort(key=lambda t: pos.get(t, 0))
    link_sets(question, links)
    return links
