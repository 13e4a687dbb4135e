"""agents: content-hashed agent versions and their aliases.

Revision ID: agents_0001
Revises: 0001_base
"""

import sqlalchemy as sa
from alembic import op

revision = "agents_0001"
down_revision = "0001_base"
branch_labels = ("agents",)
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "agents_versions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("agent", sa.String(200), nullable=False, index=True),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("config", sa.Text, nullable=False),
        sa.Column("created_by", sa.String(200), nullable=False),
        sa.Column("note", sa.Text, nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.UniqueConstraint("agent", "content_hash", name="uq_agents_versions_agent_hash"),
    )
    op.create_table(
        "agents_aliases",
        sa.Column("agent", sa.String(200), primary_key=True),
        sa.Column("alias", sa.String(50), primary_key=True),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("set_by", sa.String(200), nullable=False),
        sa.Column("updated_at", TS, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("agents_aliases")
    op.drop_table("agents_versions")
