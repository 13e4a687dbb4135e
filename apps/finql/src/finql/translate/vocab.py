"""The translation vocabulary: the company master and the catalog values FinQL names.

The master itself is the language registry's (one concept, one home); this module adds the
derived value lists the linkers need.
"""

from __future__ import annotations

from finql.language.registry import Company, by_ticker, companies

AS_OF = "2025-01-15"  # every question is asked as of this day (SPEC section 5)
CURRENCIES = ("USD", "EUR", "GBP", "JPY", "CAD", "CHF")

__all__ = ["AS_OF", "CURRENCIES", "Company", "by_ticker", "companies", "countries", "indexes", "industries", "sectors"]


def sectors() -> list[str]:
    """Every sector name of the master."""
    return sorted({c.sector for c in companies()})


def industries() -> list[str]:
    """Every industry name of the master."""
    return sorted({c.industry for c in companies()})


def countries() -> list[str]:
    """Every country name of the master."""
    return sorted({c.country for c in companies()})


def indexes() -> list[str]:
    """Every index name of the master."""
    return sorted({i for c in companies() for i in c.indexes})
