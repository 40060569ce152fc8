import pytest

from scheduler_app.domain import Body, InvalidBody, Room, Venue
from scheduler_app.domain.bodies import ancestors, check_hierarchy


def test_a_rapporteur_group_reports_through_its_study_group():
    bodies = {
        b.code: b
        for b in [
            Body("WTDC"),
            Body("ITU-D SG1", parent="WTDC"),
            Body("RG-Q3/1", parent="ITU-D SG1"),
        ]
    }
    assert [b.code for b in ancestors("RG-Q3/1", bodies)] == ["ITU-D SG1", "WTDC"]


def test_a_cycle_of_bodies_is_refused():
    with pytest.raises(InvalidBody, match="cycle"):
        check_hierarchy([Body("A", parent="B"), Body("B", parent="A")])


def test_a_body_cannot_report_to_itself():
    with pytest.raises(InvalidBody):
        Body("Council", parent="Council")


def test_rooms_need_a_name_and_a_positive_capacity():
    with pytest.raises(InvalidBody):
        Room("CICG", "  ")
    with pytest.raises(InvalidBody):
        Room("CICG", "Room 2", capacity=0)
    with pytest.raises(InvalidBody):
        Venue("")
