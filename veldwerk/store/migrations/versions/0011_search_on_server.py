"""search on a team database: PostgreSQL's full-text search over the same sources as
SQLite's word index (unaccent, the Dutch stemmer, a GIN index, statement triggers);
nothing changes on SQLite

Revision ID: 0011
Revises: 0010
"""
from alembic import op

from veldwerk.search import server


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    server.install(op.get_bind())


def downgrade() -> None:
    server.uninstall(op.get_bind())
