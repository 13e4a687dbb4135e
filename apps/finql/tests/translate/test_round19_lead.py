"""Round 19 (lead, merge): a count of the table's columns is no count of companies. f19b's check of a count against
the companies named read "the three EPS ones first" (f18c's layout words) as three companies and refused a table the
f19a branch answered; the merged chain must keep both readings."""

from __future__ import annotations

from reading_helpers import q, refused


def test_a_count_of_columns_is_not_a_count_of_companies() -> None:
    got = q("A table for Apex Materials: sales and net income for 2023 and 2024, four columns, the two sales ones first.")
    assert got is not None
    items = got.split(" FOR ")[0].split(", ")
    assert items[:2] == ["FF_SALES(FY2023)", "FF_SALES(FY2024)"], got
    assert sorted(items[2:]) == ["FF_NET_INC(FY2023)", "FF_NET_INC(FY2024)"], got
    assert got.endswith("FOR APXM"), got


def test_a_count_of_companies_beside_a_table_is_still_checked() -> None:
    message = refused("A table of the two names, Apex Materials, Apex Medical and Cobalt Motors: sales in FY2024, "
                      "one row per name.")
    assert "two names" in message, message
