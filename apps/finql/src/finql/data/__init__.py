"""FinQL data: deterministic generator, build to DuckDB/PostgreSQL, catalog registration."""
