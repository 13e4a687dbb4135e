"""catalog: a log of grant changes, so other processes patch their snapshot instead of reloading.

Revision ID: catalog_0002
Revises: catalog_0001
"""

import sqlalchemy as sa
from alembic import op

revision = "catalog_0002"
down_revision = "catalog_0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "catalog_grant_changes",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("version", sa.Integer, nullable=False, index=True),
        sa.Column("op", sa.String(10), nullable=False),
        sa.Column("securable_id", sa.Integer, nullable=False),
        sa.Column("principal_id", sa.Integer, nullable=False),
        sa.Column("privilege", sa.String(40), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("catalog_grant_changes")
