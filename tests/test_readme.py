"""The README is the manual: it must keep up with the command line and the CSV format."""

import re
from pathlib import Path

from scheduler_app.cli import COMMANDS, build_parser
from scheduler_app.interop.csvfile import COLUMNS

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_command_is_documented():
    for command in COMMANDS:
        assert f"`scheduler-app {command}" in README, f"README does not document `{command}`"


def test_every_option_of_every_command_is_documented():
    parser = build_parser()
    subparsers = next(a for a in parser._actions if a.dest == "command")
    for name, sub in subparsers.choices.items():
        for action in sub._actions:
            for flag in action.option_strings:
                if flag.startswith("--") and flag != "--help":
                    assert flag in README, f"README does not mention {name} {flag}"


def test_every_csv_column_is_documented():
    table = README.split("## The CSV format", 1)[1].split("##", 1)[0]
    documented = set(re.findall(r"^\| `([a-z_]+)`(?:, `([a-z_]+)`)?", table, re.M))
    names = {n for pair in documented for n in pair if n}
    assert names == set(COLUMNS)


def test_the_two_setup_commands_are_there_and_ci_runs_the_test_one():
    blocks = re.findall(r"```sh\n(.*?)\n```", README, re.S)
    install, tests = blocks[0], blocks[1]
    assert "pip install ." in install and install.endswith("scheduler-app")
    assert "pytest" in tests
    assert tests in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_the_screenshot_in_the_readme_exists():
    for image in re.findall(r"!\[[^\]]*\]\(([^)]+)\)", README):
        assert (ROOT / image).is_file(), image


def test_the_rule_table_is_generated_from_the_catalogue():
    from scheduler_app.rules.engine import markdown_table

    start, end = "<!-- rules-table:start -->\n", "\n<!-- rules-table:end -->"
    assert start in README and end in README
    shown = README.split(start, 1)[1].split(end, 1)[0]
    assert shown == markdown_table(), (
        "README rule table is stale: run `scheduler-app rules --format markdown`"
    )
