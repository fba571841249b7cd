"""mentions (listening) and the network's last error on a draft

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

from fauxpas.desk.db import UTCDateTime

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'mentions',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('account_id', sa.Integer(), nullable=False),
        sa.Column('network_id', sa.String(length=500), nullable=False),
        sa.Column('url', sa.String(length=1000), nullable=False),
        sa.Column('author', sa.String(length=300), nullable=False),
        sa.Column('text', sa.Text(), nullable=False),
        sa.Column('reply_to', sa.String(length=500), nullable=False),
        sa.Column('posted_at', UTCDateTime(timezone=True), nullable=True),
        sa.Column('seen_at', UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['account_id'], ['accounts.id']),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('account_id', 'network_id'),
    )
    with op.batch_alter_table('drafts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('network_error', sa.Text(), server_default='',
                                      nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('drafts', schema=None) as batch_op:
        batch_op.drop_column('network_error')
    op.drop_table('mentions')
