"""The sync's libraries as the planner ships them: niquests and keyring, not caldav (the sync
writes its own CalDAV requests), listed with their licences as a fresh install would have them."""

from __future__ import annotations

import ast
import tomllib
from importlib import metadata
from pathlib import Path

from scheduler_app.services import licences
from scheduler_app.services.licences import (
    _FALLBACK_REQUIREMENTS,
    LICENCE_FILES,
    bundled_libraries,
    licence_text,
)

ROOT = Path(__file__).resolve().parents[3]


def _requirements() -> list[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    return list(config["project"]["dependencies"])


def _names(requirements: list[str]) -> set[str]:
    return {licences._name(r).lower() for r in requirements}


def test_pyproject_asks_for_niquests_and_keyring_and_not_caldav():
    names = _names(_requirements())
    assert {"niquests", "keyring"} <= names
    assert "caldav" not in names


def test_the_fallback_list_of_a_frozen_build_names_every_requirement_of_pyproject():
    assert _names(_requirements()) <= {n.lower() for n in _FALLBACK_REQUIREMENTS}
    assert "caldav" not in {n.lower() for n in _FALLBACK_REQUIREMENTS}


def test_no_module_of_the_planner_imports_caldav():
    importers = []
    for path in (ROOT / "scheduler_app").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            names = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            if any(n.split(".")[0] == "caldav" for n in names):
                importers.append(str(path.relative_to(ROOT)))
    assert importers == []


def test_an_install_from_pyproject_lists_niquests_and_keyring_with_their_licences(monkeypatch):
    # what pip installs from this pyproject (the checkout's own metadata may be older)
    real = metadata.requires
    monkeypatch.setattr(
        metadata,
        "requires",
        lambda name: _requirements() if name == licences.ROOT_DISTRIBUTION else real(name),
    )
    listed = {lib.name.lower(): lib.licence for lib in bundled_libraries()}
    assert listed["niquests"] == "Apache-2.0"
    assert listed["keyring"] == "MIT"
    assert "urllib3-future" in listed  # what niquests needs is listed too
    assert not {"caldav", "icalendar-searcher", "calendaring-config"} & set(listed)


def test_the_apache_licence_text_is_bundled_for_the_http_client():
    assert "Apache-2.0" in LICENCE_FILES
    assert "Apache License" in licence_text("Apache-2.0")
