"""The repository's test session: Charter's pytest plugin gives every distribution's tests the
shared fixtures (a temporary CHARTER_HOME, PostgreSQL, MariaDB, Redis)."""

pytest_plugins = ["charter.testing"]
