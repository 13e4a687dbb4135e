"""mcp: bearer tokens mapping MCP-over-HTTP clients to principals.

Revision ID: mcp_0001
Revises: 0001_base
"""

import sqlalchemy as sa
from alembic import op

revision = "mcp_0001"
down_revision = "0001_base"
branch_labels = ("mcp",)
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "mcp_tokens",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("prefix", sa.String(16), nullable=False, index=True),
        sa.Column("principal", sa.String(200), nullable=False, index=True),
        sa.Column("label", sa.String(200), nullable=False),
        sa.Column("created_by", sa.String(200), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("expires_at", TS, nullable=True),
        sa.Column("revoked_at", TS, nullable=True),
        sa.Column("last_used_at", TS, nullable=True),
    )


def downgrade() -> None:
    op.drop_table("mcp_tokens")
