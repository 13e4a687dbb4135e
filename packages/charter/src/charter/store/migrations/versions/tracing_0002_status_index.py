"""tracing: traces by status, newest first (the review queue's flagged and failed traffic).

Revision ID: tracing_0002
Revises: tracing_0001
"""

from alembic import op

revision = "tracing_0002"
down_revision = "tracing_0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_tracing_traces_status_start_time", "tracing_traces", ["status", "start_time"])


def downgrade() -> None:
    op.drop_index("ix_tracing_traces_status_start_time", table_name="tracing_traces")
