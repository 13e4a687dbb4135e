"""data: registered sources and vector indexes.

Revision ID: data_0001
Revises: 0001_base
"""

import sqlalchemy as sa
from alembic import op

revision = "data_0001"
down_revision = "0001_base"
branch_labels = ("data",)
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "data_sources",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(200), nullable=False, unique=True),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("scheme", sa.String(40), nullable=False),
        sa.Column("created_by", sa.String(200), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("synced_at", TS, nullable=True),
    )
    op.create_table(
        "data_vector_indexes",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(600), nullable=False, unique=True),
        sa.Column("table_name", sa.String(600), nullable=False),
        sa.Column("text_column", sa.String(200), nullable=False),
        sa.Column("key_column", sa.String(200), nullable=False),
        sa.Column("embedder", sa.String(100), nullable=False),
        sa.Column("dimensions", sa.Integer, nullable=False),
        sa.Column("rows", sa.Integer, nullable=False),
        sa.Column("created_by", sa.String(200), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("data_vector_indexes")
    op.drop_table("data_sources")
