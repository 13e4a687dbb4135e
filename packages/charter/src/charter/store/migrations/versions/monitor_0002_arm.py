"""monitor: which arm of a rollout each observed trace was (a challenger's shadow run, its share, or '').

Revision ID: monitor_0002
Revises: monitor_0001
"""

import sqlalchemy as sa
from alembic import op

revision = "monitor_0002"
down_revision = "monitor_0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("monitor_observations") as batch:
        batch.add_column(sa.Column("arm", sa.String(20), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("monitor_observations") as batch:
        batch.drop_column("arm")
