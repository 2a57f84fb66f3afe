"""interview language: the language a project's interviews are held in

Transcription and the documents' spelling language read it; the coordinator chooses it
when making the project. Existing projects were Dutch: 'nl'.

Revision ID: 0012
Revises: 0011
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('project', schema=None) as batch_op:
        batch_op.add_column(sa.Column('language', sqlmodel.sql.sqltypes.AutoString(length=8),
                                      nullable=False, server_default='nl'))


def downgrade() -> None:
    with op.batch_alter_table('project', schema=None) as batch_op:
        batch_op.drop_column('language')
