"""catalog: audit records say how their hash was made (HMAC with a key outside the store, or legacy).

Records already in the store keep ``scheme`` NULL: they verify as the legacy (unkeyed) segment
before the first signed record.

Revision ID: catalog_0003
Revises: catalog_0002
"""

import sqlalchemy as sa
from alembic import op

revision = "catalog_0003"
down_revision = "catalog_0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("catalog_audit", sa.Column("scheme", sa.String(40), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("catalog_audit") as batch:
        batch.drop_column("scheme")
