"""row owner: whose each row a laptop brought is, by the signer of its first bundle;
and per bundle the changes that wait for the coordinator

The coordinator decides whose a row is (ARCHITECTURE.md, trust), never the row's own
fields. Rows merged before: the approved laptop whose version of the row had no base
(the one that made it); rows with no such version are the coordinator's.

Revision ID: 0013
Revises: 0012
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('row_owner',
    sa.Column('row_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('table_name', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('device_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.PrimaryKeyConstraint('row_id', name=op.f('pk_row_owner'))
    )
    # Changes that wait for the coordinator (another's row), counted per bundle.
    op.add_column('inbox_bundle', sa.Column('waiting', sa.Integer(), nullable=False,
                                            server_default='0'))
    op.execute(
        "INSERT INTO row_owner (row_id, table_name, device_id) "
        "SELECT row_id, min(table_name), min(device_id) FROM row_version "
        "WHERE base_device IS NULL AND op != 'erase' AND device_id IN "
        "(SELECT device_id FROM team_device) GROUP BY row_id")


def downgrade() -> None:
    if op.get_bind().dialect.name == 'sqlite':  # SQLite 3.35+ drops a column in place
        op.execute('ALTER TABLE inbox_bundle DROP COLUMN waiting')
    else:
        op.drop_column('inbox_bundle', 'waiting')
    op.drop_table('row_owner')
