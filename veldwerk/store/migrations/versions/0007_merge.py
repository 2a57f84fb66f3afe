"""merge: the coordinator's ledgers (bundles in, laptops, versions, erased rows, aliases,
conflicts), and an index for the dashboard's counts

Revision ID: 0007
Revises: 0006
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # The dashboard counts interviews from one index (no table rebuild: the search
    # index's triggers stay).
    op.create_index('ix_interview_figures', 'interview',
                    ['deleted_at', 'kind', 'status', 'neighbourhood_id', 'phase_id'],
                    unique=False)
    op.create_table('device_sequence',
    sa.Column('device_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('through', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('device_id', name=op.f('pk_device_sequence'))
    )
    op.create_table('erased_row',
    sa.Column('row_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('table_name', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.PrimaryKeyConstraint('row_id', name=op.f('pk_erased_row'))
    )
    op.create_table('inbox_bundle',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('file_name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('sha256', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('device_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('device_name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('member_name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('part', sa.Integer(), nullable=False),
    sa.Column('seq_after', sa.Integer(), nullable=False),
    sa.Column('seq_through', sa.Integer(), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('reason', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('entries', sa.Integer(), nullable=False),
    sa.Column('applied', sa.Integer(), nullable=False),
    sa.Column('conflicts', sa.Integer(), nullable=False),
    sa.Column('dropped', sa.Integer(), nullable=False),
    sa.Column('refused', sa.Integer(), nullable=False),
    sa.Column('media', sa.Integer(), nullable=False),
    sa.Column('received_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('imported_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_inbox_bundle'))
    )
    with op.batch_alter_table('inbox_bundle', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_inbox_bundle_sha256'), ['sha256'], unique=False)

    op.create_table('merge_conflict',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('table_name', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('row_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('fields', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('ours', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('theirs', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('device_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('resolution', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('resolved_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_merge_conflict'))
    )
    with op.batch_alter_table('merge_conflict', schema=None) as batch_op:
        batch_op.create_index('ix_merge_conflict_row', ['table_name', 'row_id'], unique=False)

    op.create_table('row_alias',
    sa.Column('row_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('table_name', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('kept_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.PrimaryKeyConstraint('row_id', name=op.f('pk_row_alias'))
    )
    op.create_table('row_version',
    sa.Column('device_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('table_name', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('row_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('op', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column('base_device', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('base_seq', sa.Integer(), nullable=True),
    sa.Column('row', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.PrimaryKeyConstraint('device_id', 'seq', name=op.f('pk_row_version'))
    )
    with op.batch_alter_table('row_version', schema=None) as batch_op:
        batch_op.create_index('ix_row_version_row', ['table_name', 'row_id'], unique=False)

    op.create_table('team_device',
    sa.Column('device_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('device_key', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('fingerprint', sqlmodel.sql.sqltypes.AutoString(length=30), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('member_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('member_name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('first_seen', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('decided_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.PrimaryKeyConstraint('device_id', 'device_key', name=op.f('pk_team_device'))
    )


def downgrade() -> None:
    op.drop_index('ix_interview_figures', table_name='interview')
    op.drop_table('team_device')
    with op.batch_alter_table('row_version', schema=None) as batch_op:
        batch_op.drop_index('ix_row_version_row')

    op.drop_table('row_version')
    op.drop_table('row_alias')
    with op.batch_alter_table('merge_conflict', schema=None) as batch_op:
        batch_op.drop_index('ix_merge_conflict_row')

    op.drop_table('merge_conflict')
    with op.batch_alter_table('inbox_bundle', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_inbox_bundle_sha256'))

    op.drop_table('inbox_bundle')
    op.drop_table('erased_row')
    op.drop_table('device_sequence')
