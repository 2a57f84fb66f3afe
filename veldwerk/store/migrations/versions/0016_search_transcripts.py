"""search finds what was said: transcript segments are a source of the word index (SQLite)
and of the team database's search (PostgreSQL); both are installed again with it

Revision ID: 0016
Revises: 0015
"""
from alembic import op

from veldwerk.search import server, words
from veldwerk.store import dialect


revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None


def upgrade() -> None:
    words.install(op.get_bind())
    server.install(op.get_bind())


def downgrade() -> None:
    """The index as it was: without the segments (their triggers go first)."""
    bind = op.get_bind()
    if dialect.of(bind).fts:
        for event in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {words.FTS}_transcript_segment_{event}")
    else:
        for event in ("insert", "update", "delete"):
            name = f"{server.TABLE}_transcript_segment_{event}"
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON transcript_segment")
            op.execute(f"DROP FUNCTION IF EXISTS {name}()")
