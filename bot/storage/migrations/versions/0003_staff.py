"""Staff dashboard: accounts, audit log, case workflow, notes, search terms, notifications.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

Timestamp = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "staff_users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organisation", sa.String(64), nullable=False),
        sa.Column("email", sa.String(254), nullable=False),
        sa.Column("display_name", sa.String(128), nullable=False),
        sa.Column("password_hash", sa.String(256), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("session_version", sa.Integer(), nullable=False),
        sa.Column("created_at", Timestamp, nullable=False),
        sa.Column("last_login_at", Timestamp, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_staff_users"),
        sa.UniqueConstraint("email", name="uq_staff_users_email"),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "login_failures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key_hash", sa.String(64), nullable=False),
        sa.Column("failed_at", Timestamp, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_login_failures"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_login_failures_key_hash_failed_at", "login_failures",
                    ["key_hash", "failed_at"])
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", Timestamp, nullable=False),
        sa.Column("organisation", sa.String(64), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("actor_email", sa.String(254), nullable=False),
        sa.Column("action", sa.String(64), nullable=False),
        sa.Column("case_reference", sa.String(16), nullable=True),
        sa.Column("detail", sa.Text(), nullable=True),
        sa.Column("remote_addr", sa.String(64), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_audit_log"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_audit_log_organisation_at", "audit_log", ["organisation", "at"])
    op.create_index("ix_audit_log_case_reference", "audit_log", ["case_reference"])
    # Plain ADD COLUMN (no table rebuild): SQLite keeps the table's AUTOINCREMENT.
    # ``assigned_to`` has no foreign key for the same reason; staff accounts are
    # deactivated, never deleted, so it cannot dangle.
    op.add_column("cases", sa.Column("organisation", sa.String(64), nullable=False,
                                     server_default="default"))
    op.add_column("cases", sa.Column("review_status", sa.String(16), nullable=False,
                                     server_default="new"))
    op.add_column("cases", sa.Column("assigned_to", sa.Integer(), nullable=True))
    op.add_column("cases", sa.Column("treatment_deadline", sa.Date(), nullable=True))
    op.add_column("cases", sa.Column("contact_requested_at", Timestamp, nullable=True))
    op.add_column("cases", sa.Column("contact_handled_at", Timestamp, nullable=True))
    op.create_index("ix_cases_organisation_created_at", "cases", ["organisation", "created_at"])
    op.create_index("ix_cases_organisation_treatment_deadline", "cases",
                    ["organisation", "treatment_deadline"])
    op.add_column("case_documents", sa.Column("page_count", sa.Integer(), nullable=True))
    op.create_table(
        "case_notes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=True),
        sa.Column("author_name", sa.String(128), nullable=False),
        sa.Column("text_enc", sa.Text(), nullable=False),
        sa.Column("created_at", Timestamp, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_case_notes"),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name="fk_case_notes_case_id_cases",
                                ondelete="CASCADE"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_case_notes_case_id", "case_notes", ["case_id"])
    op.create_table(
        "case_search_terms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("question_id", sa.String(64), nullable=False),
        sa.Column("term_hash", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_case_search_terms"),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"],
                                name="fk_case_search_terms_case_id_cases", ondelete="CASCADE"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_case_search_terms_term_hash", "case_search_terms", ["term_hash"])
    op.create_index("ix_case_search_terms_case_id", "case_search_terms", ["case_id"])
    op.create_table(
        "staff_notifications",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("created_at", Timestamp, nullable=False),
        sa.Column("sent_at", Timestamp, nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.String(256), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_staff_notifications"),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"],
                                name="fk_staff_notifications_case_id_cases", ondelete="CASCADE"),
        sa.UniqueConstraint("case_id", "kind", name="uq_staff_notifications_case_id_kind"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_staff_notifications_sent_at", "staff_notifications", ["sent_at"])


def downgrade() -> None:
    op.drop_index("ix_staff_notifications_sent_at", table_name="staff_notifications")
    op.drop_table("staff_notifications")
    op.drop_index("ix_case_search_terms_case_id", table_name="case_search_terms")
    op.drop_index("ix_case_search_terms_term_hash", table_name="case_search_terms")
    op.drop_table("case_search_terms")
    op.drop_index("ix_case_notes_case_id", table_name="case_notes")
    op.drop_table("case_notes")
    with op.batch_alter_table("case_documents") as batch:
        batch.drop_column("page_count")
    op.drop_index("ix_cases_organisation_treatment_deadline", table_name="cases")
    op.drop_index("ix_cases_organisation_created_at", table_name="cases")
    with op.batch_alter_table("cases") as batch:
        for column in ("contact_handled_at", "contact_requested_at", "treatment_deadline",
                       "assigned_to", "review_status", "organisation"):
            batch.drop_column(column)
    op.drop_index("ix_audit_log_case_reference", table_name="audit_log")
    op.drop_index("ix_audit_log_organisation_at", table_name="audit_log")
    op.drop_table("audit_log")
    op.drop_index("ix_login_failures_key_hash_failed_at", table_name="login_failures")
    op.drop_table("login_failures")
    op.drop_table("staff_users")
