"""Erasure: what remains of a deleted case (reference, dates, who and why).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

Timestamp = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "erased_cases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(16), nullable=False),
        sa.Column("organisation", sa.String(64), nullable=False),
        sa.Column("started_at", Timestamp, nullable=False),
        sa.Column("erased_at", Timestamp, nullable=False),
        sa.Column("erased_by", sa.String(254), nullable=False),
        sa.Column("reason", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_erased_cases"),
        sa.UniqueConstraint("reference", name="uq_erased_cases_reference"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_erased_cases_organisation_erased_at", "erased_cases",
                    ["organisation", "erased_at"])


def downgrade() -> None:
    op.drop_index("ix_erased_cases_organisation_erased_at", table_name="erased_cases")
    op.drop_table("erased_cases")
