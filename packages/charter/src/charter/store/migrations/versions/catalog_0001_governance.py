"""catalog: principals, securables, grants, row filters, masks, query policies, audit chain.

Revision ID: catalog_0001
Revises: 0001_base
"""

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "catalog_0001"
down_revision = "0001_base"
branch_labels = ("catalog",)
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    principals = op.create_table(
        "catalog_principals",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(200), nullable=False, unique=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("is_admin", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("created_at", TS, nullable=False),
    )
    op.create_table(
        "catalog_memberships",
        sa.Column("group_id", sa.Integer, sa.ForeignKey("catalog_principals.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("member_id", sa.Integer, sa.ForeignKey("catalog_principals.id", ondelete="CASCADE"), primary_key=True),
    )
    op.create_table(
        "catalog_securables",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("type", sa.String(30), nullable=False),
        sa.Column("name", sa.String(500), nullable=False),
        sa.Column("parent_id", sa.Integer, sa.ForeignKey("catalog_securables.id", ondelete="CASCADE"), nullable=True),
        sa.Column("owner_id", sa.Integer, sa.ForeignKey("catalog_principals.id"), nullable=False),
        sa.Column("properties", sa.Text, nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.UniqueConstraint("type", "name", name="uq_catalog_securables_type_name"),
    )
    op.create_table(
        "catalog_grants",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("securable_id", sa.Integer, sa.ForeignKey("catalog_securables.id", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("principal_id", sa.Integer, sa.ForeignKey("catalog_principals.id", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("privilege", sa.String(40), nullable=False),
        sa.Column("granted_by", sa.String(200), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.UniqueConstraint("securable_id", "principal_id", "privilege", name="uq_catalog_grants_triple"),
    )
    op.create_table(
        "catalog_row_filters",
        sa.Column("securable_id", sa.Integer, sa.ForeignKey("catalog_securables.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("expression", sa.Text, nullable=False),
    )
    op.create_table(
        "catalog_column_masks",
        sa.Column("securable_id", sa.Integer, sa.ForeignKey("catalog_securables.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("column", sa.String(200), primary_key=True),
        sa.Column("expression", sa.Text, nullable=False),
    )
    op.create_table(
        "catalog_query_policies",
        sa.Column("principal_id", sa.Integer, sa.ForeignKey("catalog_principals.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("statement_types", sa.String(200), nullable=False),
        sa.Column("max_rows", sa.Integer, nullable=True),
        sa.Column("max_execution_s", sa.Float, nullable=True),
        sa.Column("denied_tables", sa.Text, nullable=False),
        sa.Column("denied_functions", sa.Text, nullable=False),
    )
    op.create_table(
        "catalog_audit",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("ts", TS, nullable=False, index=True),
        sa.Column("actor", sa.String(200), nullable=False, index=True),
        sa.Column("on_behalf_of", sa.String(200), nullable=True),
        sa.Column("action", sa.String(100), nullable=False),
        sa.Column("securable", sa.String(500), nullable=True),
        sa.Column("allowed", sa.Boolean, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("request_id", sa.String(100), nullable=True),
        sa.Column("details", sa.Text, nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
    )
    state = op.create_table(
        "catalog_state",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("audit_head_id", sa.Integer, nullable=False),
        sa.Column("audit_head_hash", sa.String(64), nullable=False),
    )
    op.bulk_insert(principals, [{"id": 1, "name": "admin", "kind": "user", "is_admin": True, "created_at": datetime.now(UTC)}])
    op.bulk_insert(state, [{"id": 1, "version": 0, "audit_head_id": 0, "audit_head_hash": "0" * 64}])
    if op.get_bind().dialect.name == "postgresql":
        op.execute("SELECT setval(pg_get_serial_sequence('catalog_principals', 'id'), 1)")


def downgrade() -> None:
    for table in (
        "catalog_state", "catalog_audit", "catalog_query_policies", "catalog_column_masks",
        "catalog_row_filters", "catalog_grants", "catalog_securables", "catalog_memberships", "catalog_principals",
    ):
        op.drop_table(table)
