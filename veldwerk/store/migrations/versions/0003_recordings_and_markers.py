"""recordings and markers

Revision ID: 0003
Revises: 0002
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('recording',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('origin_device', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('change_device', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.Column('interview_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('state', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('started_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('source', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('format', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column('sample_rate', sa.Integer(), nullable=False),
    sa.Column('channels', sa.Integer(), nullable=False),
    sa.Column('sample_width', sa.Integer(), nullable=False),
    sa.Column('duration_ms', sa.Integer(), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('sha256', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.Column('media_name', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('compressed_name', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('compressed_sha256', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.Column('compressed_size', sa.Integer(), nullable=False),
    sa.Column('gain_db', sa.Float(), nullable=False),
    sa.ForeignKeyConstraint(['interview_id'], ['interview.id'], name=op.f('fk_recording_interview_id_interview')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_recording'))
    )
    with op.batch_alter_table('recording', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_recording_interview_id'), ['interview_id'], unique=False)

    op.create_table('marker',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('origin_device', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('change_device', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.Column('recording_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('offset_ms', sa.Integer(), nullable=False),
    sa.Column('label', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('topic_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.ForeignKeyConstraint(['recording_id'], ['recording.id'], name=op.f('fk_marker_recording_id_recording')),
    sa.ForeignKeyConstraint(['topic_id'], ['topic.id'], name=op.f('fk_marker_topic_id_topic')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_marker'))
    )
    with op.batch_alter_table('marker', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_marker_recording_id'), ['recording_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('marker', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_marker_recording_id'))

    op.drop_table('marker')
    with op.batch_alter_table('recording', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_recording_interview_id'))

    op.drop_table('recording')
