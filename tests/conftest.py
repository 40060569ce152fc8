"""Shared fixtures: tiny fresh databases and a one-line way to make a meeting."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from scheduler_app.services.planner import open_database
from scheduler_app.storage import PlanningDatabase


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "plan.sqlite"


@pytest.fixture
def empty_db(db_path: Path) -> Iterator[PlanningDatabase]:
    """A new database with the bundled bodies and venues but no meetings."""
    db = open_database(db_path, with_calendar=False)
    yield db
    db.close()


@pytest.fixture
def reference_db(db_path: Path) -> Iterator[PlanningDatabase]:
    """A new database holding the bundled ITU reference calendar."""
    db = open_database(db_path, with_calendar=True)
    yield db
    db.close()


@pytest.fixture(autouse=True)
def _private_data_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No test touches the real per-user database or Qt settings."""
    home = tmp_path_factory.mktemp("xdg")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))


@pytest.fixture(autouse=True)
def _english_unless_asked(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every test starts in English whatever the machine's locale, and a test that switches
    language (the window's install, a command's --lang) does not leave it to the next."""
    from scheduler_app.i18n import set_language

    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    set_language("en")
    yield
    set_language("en")
