"""The CalDAV client's dual-licensed packages are listed under the licence the planner takes."""

from __future__ import annotations

from scheduler_app.services.licences import CHOSEN, LICENCE_FILES, bundled_libraries, licence_text


def test_the_apache_licence_text_is_bundled_for_the_caldav_client():
    assert "Apache License" in licence_text("Apache-2.0")
    assert set(CHOSEN.values()) <= set(LICENCE_FILES)


def test_dual_licensed_caldav_packages_show_the_chosen_licence():
    listed = {lib.name.lower(): lib.licence for lib in bundled_libraries()}
    for name in CHOSEN:
        if name in listed:  # the installed metadata lists what pyproject requires
            assert listed[name].startswith("Apache-2.0 (chosen of GPL-3.0-or-later OR Apache-2.0")
