"""evals: run items by trace id (the review app's trace page and queue look an item up by its trace).

Revision ID: evals_0002
Revises: evals_0001
"""

from alembic import op

revision = "evals_0002"
down_revision = "evals_0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_evals_run_items_trace_id", "evals_run_items", ["trace_id"])


def downgrade() -> None:
    op.drop_index("ix_evals_run_items_trace_id", table_name="evals_run_items")
