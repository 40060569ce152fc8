"""Meeting's ``__init__`` fills its slots through an unfrozen twin class of the same layout
(issues 12 and 16): the object it gives must be a plain, frozen, validated Meeting, equal to and
indistinguishable from one the dataclass machinery fills, on every path that makes meetings."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import pickle

import pytest

from scheduler_app.domain import InvalidMeeting, Meeting, MeetingKind, Precision
from scheduler_app.services.demo import build_demo

ID = "0b6c3f4e-8f0a-4c9e-9a47-3d2f0c1e5b7a"
DAY = dt.date(2027, 3, 1)


def _filled_by_setattr(values: dict[str, object]) -> Meeting:
    """A meeting filled slot by slot as the generated dataclass ``__init__`` fills a frozen one."""
    m = object.__new__(Meeting)
    for name, value in values.items():
        object.__setattr__(m, name, value)
    m.__post_init__()
    return m


def test_a_meeting_is_of_class_meeting_frozen_and_has_every_slot_filled():
    m = Meeting(ID, "SG1-2027-1", "SG1", MeetingKind.STUDY_GROUP, DAY, DAY)
    assert type(m) is Meeting and m.__class__ is Meeting
    assert [getattr(m, f.name) for f in dataclasses.fields(Meeting)][:6] == [
        ID,
        "SG1-2027-1",
        "SG1",
        MeetingKind.STUDY_GROUP,
        DAY,
        DAY,
    ]
    with pytest.raises(dataclasses.FrozenInstanceError):
        m.title = "Changed"  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(m)) == m and copy.copy(m) == m and copy.deepcopy(m) == m
    assert hash(m) == hash(_filled_by_setattr(dataclasses.asdict(m)))


def test_the_demo_calendars_meetings_equal_those_filled_slot_by_slot():
    for m in build_demo(2000).meetings:
        values = {f.name: getattr(m, f.name) for f in dataclasses.fields(Meeting)}
        again = Meeting(**values)
        assert type(again) is Meeting and again == _filled_by_setattr(values) == m


def test_a_refused_meeting_raises_the_same_error_and_leaves_no_half_made_object_behind():
    with pytest.raises(InvalidMeeting, match="title: is empty"):
        Meeting(ID, "SG1-2027-1", " ", MeetingKind.STUDY_GROUP, DAY, DAY)
    with pytest.raises(TypeError):
        Meeting(ID, "SG1-2027-1", "SG1", MeetingKind.STUDY_GROUP, DAY)  # type: ignore[call-arg]


class _Annotated(Meeting):
    """A subclass with a layout of its own (a ``__dict__``): filled the dataclass's way."""


def test_a_subclass_keeps_its_class_and_is_checked_as_a_meeting_is():
    m = _Annotated(ID, "SG1-2027-1", "SG1", MeetingKind.STUDY_GROUP, DAY, DAY)
    assert type(m) is _Annotated and m.precision is Precision.DAY and m.title == "SG1"
    with pytest.raises(InvalidMeeting, match="title: is empty"):
        _Annotated(ID, "SG1-2027-1", "", MeetingKind.STUDY_GROUP, DAY, DAY)
