"""Governance: principals, groups, agents, securables, grants, row filters, column masks,
query policies and a tamper-evident audit log. Every access decision in Charter is made here."""

from charter.catalog.audit import AuditEntry, AuditKey, VerifyResult
from charter.catalog.index import PrincipalInfo, SecurableInfo
from charter.catalog.model import PRIVILEGES, Decision, QueryPolicy, parse_ref
from charter.catalog.service import Catalog
from charter.catalog.statements import StatementResult, parse_statement

__all__ = [
    "PRIVILEGES",
    "AuditEntry",
    "AuditKey",
    "Catalog",
    "Decision",
    "PrincipalInfo",
    "QueryPolicy",
    "SecurableInfo",
    "StatementResult",
    "VerifyResult",
    "parse_ref",
    "parse_statement",
]
