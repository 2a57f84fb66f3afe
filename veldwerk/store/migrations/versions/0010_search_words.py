"""search across everything written: an FTS5 index of words over notes, interviews, moments'
labels and participants' notes, kept by triggers (SQLite; derived, never synced)

Revision ID: 0010
Revises: 0009
"""
from alembic import op

from veldwerk.search import words


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    words.install(op.get_bind())


def downgrade() -> None:
    words.uninstall(op.get_bind())
