"""transcripts: what was said in a recording, as timed segments with their speaker

A transcript belongs to its recording (it goes with it to the recycle bin and on erasure);
a segment to its transcript, and a participant's own segments go with the participant.

Revision ID: 0015
Revises: 0014
"""
import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None

FOREIGN_KEYS = (
    ('transcript', 'fk_transcript_recording_id_recording'),
    ('transcript_segment', 'fk_transcript_segment_transcript_id_transcript'),
    ('transcript_segment', 'fk_transcript_segment_participant_id_participant'),
    ('transcript_segment', 'fk_transcript_segment_member_id_team_member'),
)


def _synced() -> list[sa.Column]:
    return [
        sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column('origin_device', sqlmodel.sql.sqltypes.AutoString(length=36),
                  nullable=False),
        sa.Column('change_device', sqlmodel.sql.sqltypes.AutoString(length=36),
                  nullable=False),
        sa.Column('change_seq', sa.Integer(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        'transcript', *_synced(),
        sa.Column('recording_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column('language', sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
        sa.Column('engine', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column('done_ms', sa.Integer(), nullable=False),
        sa.Column('state', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.ForeignKeyConstraint(['recording_id'], ['recording.id'],
                                name=op.f('fk_transcript_recording_id_recording')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_transcript')))
    op.create_index(op.f('ix_transcript_recording_id'), 'transcript', ['recording_id'])
    op.create_table(
        'transcript_segment', *_synced(),
        sa.Column('transcript_id', sqlmodel.sql.sqltypes.AutoString(length=36),
                  nullable=False),
        sa.Column('start_ms', sa.Integer(), nullable=False),
        sa.Column('end_ms', sa.Integer(), nullable=False),
        sa.Column('participant_id', sqlmodel.sql.sqltypes.AutoString(length=36),
                  nullable=True),
        sa.Column('member_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        sa.Column('text', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('words', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('edited', sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(['transcript_id'], ['transcript.id'],
                                name=op.f('fk_transcript_segment_transcript_id_transcript')),
        sa.ForeignKeyConstraint(['participant_id'], ['participant.id'],
                                name=op.f('fk_transcript_segment_participant_id_participant')),
        sa.ForeignKeyConstraint(['member_id'], ['team_member.id'],
                                name=op.f('fk_transcript_segment_member_id_team_member')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_transcript_segment')))
    op.create_index('ix_transcript_segment_start', 'transcript_segment',
                    ['transcript_id', 'start_ms'])
    op.create_index(op.f('ix_transcript_segment_participant_id'), 'transcript_segment',
                    ['participant_id'])
    if op.get_bind().dialect.name == 'postgresql':
        # As 0008 made every key: a merge defers the checks to its commit (a bundle's
        # entries are not parent-before-child).
        for table, name in FOREIGN_KEYS:
            op.execute(f'ALTER TABLE "{table}" ALTER CONSTRAINT "{name}" '
                       'DEFERRABLE INITIALLY IMMEDIATE')


def downgrade() -> None:
    op.drop_table('transcript_segment')
    op.drop_table('transcript')
