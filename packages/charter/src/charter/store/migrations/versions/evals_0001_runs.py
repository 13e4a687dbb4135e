"""evals: golden set versions and items, corrections, runs, run items, the item cache.

Revision ID: evals_0001
Revises: 0001_base
"""

import sqlalchemy as sa
from alembic import op

revision = "evals_0001"
down_revision = "0001_base"
branch_labels = ("evals",)
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "evals_datasets",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(200), nullable=False, index=True),
        sa.Column("version", sa.String(64), nullable=False),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("created_by", sa.String(200), nullable=False),
        sa.Column("note", sa.Text, nullable=False),
        sa.Column("item_count", sa.Integer, nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.UniqueConstraint("name", "version", name="uq_evals_datasets_name_version"),
    )
    op.create_table(
        "evals_dataset_items",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("dataset_id", sa.Integer, sa.ForeignKey("evals_datasets.id", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("item_id", sa.String(200), nullable=False),
        sa.Column("split", sa.String(50), nullable=True),
        sa.Column("body", sa.Text, nullable=False),
    )
    op.create_table(
        "evals_corrections",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("dataset", sa.String(200), nullable=False, index=True),
        sa.Column("item_id", sa.String(200), nullable=False),
        sa.Column("from_version", sa.String(64), nullable=False),
        sa.Column("to_version", sa.String(64), nullable=False),
        sa.Column("before", sa.Text, nullable=False),
        sa.Column("after", sa.Text, nullable=False),
        sa.Column("author", sa.String(200), nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("trace_id", sa.String(64), nullable=True),
        sa.Column("created_at", TS, nullable=False),
    )
    op.create_table(
        "evals_runs",
        sa.Column("run_id", sa.String(64), primary_key=True),
        sa.Column("agent", sa.String(200), nullable=False, index=True),
        sa.Column("agent_version", sa.String(64), nullable=False),
        sa.Column("dataset", sa.String(200), nullable=False),
        sa.Column("dataset_version", sa.String(64), nullable=False),
        sa.Column("split", sa.String(50), nullable=True),
        sa.Column("scorers", sa.Text, nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("item_count", sa.Integer, nullable=False),
        sa.Column("created_by", sa.String(200), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("finished_at", TS, nullable=True),
    )
    op.create_table(
        "evals_run_items",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("run_id", sa.String(64), sa.ForeignKey("evals_runs.run_id", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("item_id", sa.String(200), nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("trace_id", sa.String(64), nullable=True),
        sa.Column("error", sa.Text, nullable=True),
        sa.Column("latency_s", sa.Float, nullable=False),
        sa.UniqueConstraint("run_id", "item_id", name="uq_evals_run_items_run_item"),
    )
    op.create_table(
        "evals_item_cache",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("agent", sa.String(200), nullable=False),
        sa.Column("agent_version", sa.String(64), nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("created_at", TS, nullable=False),
    )


def downgrade() -> None:
    for name in ("evals_item_cache", "evals_run_items", "evals_runs", "evals_corrections",
                 "evals_dataset_items", "evals_datasets"):
        op.drop_table(name)
