"""The installed package holds every part of the source: ``pip install .`` (the README's open
command, and the installers) copies only the packages pyproject.toml lists, so a new subpackage
left out of the list works from a checkout and fails once installed."""

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_subpackage_of_the_source_is_listed_for_installation():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "scheduler_app").rglob("__init__.py")
    }
    assert found - listed == set()
