"""A real Radicale for the sync tests: one per test module, a fresh collection per test."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest

from scheduler_app.services.planner import open_database
from scheduler_app.services.sync.client import CalDavClient
from scheduler_app.storage import PlanningDatabase
from tests.services.sync.radicale_server import PASSWORD, USER, Radicale, running

_numbers = itertools.count()


@pytest.fixture(scope="module")
def radicale(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Radicale]:
    with running(tmp_path_factory.mktemp("radicale")) as server:
        yield server


@pytest.fixture
def url(radicale: Radicale) -> str:
    """The address of a collection nobody has made yet."""
    return f"{radicale.base}/{USER}/calendar-{next(_numbers)}/"


def client_for(url: str) -> CalDavClient:
    return CalDavClient(url, USER, PASSWORD)


@pytest.fixture
def two_dbs(tmp_path: Path) -> Iterator[tuple[PlanningDatabase, PlanningDatabase]]:
    a = open_database(tmp_path / "a.sqlite", with_calendar=False)
    b = open_database(tmp_path / "b.sqlite", with_calendar=False)
    yield a, b
    a.close()
    b.close()
