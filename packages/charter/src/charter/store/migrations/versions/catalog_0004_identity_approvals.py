"""catalog: OIDC subjects bound to principals (with their synced groups), and approval requests.

Revision ID: catalog_0004
Revises: catalog_0003
"""

import sqlalchemy as sa
from alembic import op

revision = "catalog_0004"
down_revision = "catalog_0003"
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "catalog_external_identities",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("issuer", sa.String(500), nullable=False),
        sa.Column("subject", sa.String(500), nullable=False),
        sa.Column("principal", sa.String(200), nullable=False, index=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("groups", sa.Text, nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("last_login_at", TS, nullable=False),
        sa.UniqueConstraint("issuer", "subject", name="uq_catalog_external_identities_subject"),
    )
    op.create_table(
        "catalog_approvals",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("digest", sa.String(64), nullable=False, index=True),
        sa.Column("securable", sa.String(600), nullable=False),
        sa.Column("arguments", sa.Text, nullable=False),
        sa.Column("principal", sa.String(200), nullable=False),
        sa.Column("agent", sa.String(200), nullable=True),
        sa.Column("approver_group", sa.String(200), nullable=False),
        sa.Column("policy_version", sa.Integer, nullable=False),
        sa.Column("status", sa.String(20), nullable=False, index=True),
        sa.Column("requested_at", TS, nullable=False),
        sa.Column("expires_at", TS, nullable=False),
        sa.Column("decided_by", sa.String(200), nullable=True),
        sa.Column("decided_at", TS, nullable=True),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("request_id", sa.String(100), nullable=True),
    )


def downgrade() -> None:
    op.drop_table("catalog_approvals")
    op.drop_table("catalog_external_identities")
