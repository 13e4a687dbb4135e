"""tracing: traces and their spans.

Revision ID: tracing_0001
Revises: 0001_base
"""

import sqlalchemy as sa
from alembic import op

revision = "tracing_0001"
down_revision = "0001_base"
branch_labels = ("tracing",)
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "tracing_traces",
        sa.Column("trace_id", sa.String(32), primary_key=True),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("principal", sa.String(200), nullable=True, index=True),
        sa.Column("agent", sa.String(200), nullable=True, index=True),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("start_time", TS, nullable=False, index=True),
        sa.Column("end_time", TS, nullable=False),
        sa.Column("duration_ms", sa.Float, nullable=False),
        sa.Column("span_count", sa.Integer, nullable=False),
        sa.Column("inputs", sa.Text, nullable=False),
        sa.Column("outputs", sa.Text, nullable=False),
        sa.Column("error", sa.Text, nullable=True),
    )
    op.create_table(
        "tracing_spans",
        sa.Column("trace_id", sa.String(32), sa.ForeignKey("tracing_traces.trace_id", ondelete="CASCADE"), primary_key=True),
        sa.Column("span_id", sa.String(16), primary_key=True),
        sa.Column("parent_id", sa.String(16), nullable=True),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("path", sa.Text, nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("start_ns", sa.BigInteger, nullable=False),
        sa.Column("end_ns", sa.BigInteger, nullable=False),
        sa.Column("duration_ms", sa.Float, nullable=False),
        sa.Column("inputs", sa.Text, nullable=False),
        sa.Column("outputs", sa.Text, nullable=False),
        sa.Column("attributes", sa.Text, nullable=False),
        sa.Column("error", sa.Text, nullable=True),
    )


def downgrade() -> None:
    op.drop_table("tracing_spans")
    op.drop_table("tracing_traces")
