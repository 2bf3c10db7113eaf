"""Alembic environment: runs on the engine AkimDesk hands over (batch mode for SQLite)."""

from alembic import context
from sqlalchemy import create_engine

from akimdesk.db import described_by_models
from akimdesk.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    engine = config.attributes.get("engine") or create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=True,
            include_name=described_by_models,
            # the whole upgrade is one transaction, SQLite included (AkimDesk hands over an engine whose
            # sqlite3 driver makes no commits of its own): a failed or killed upgrade leaves the file as before
            transactional_ddl=True,
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


run_migrations_online()
