import pytest

from scheduler_app.rules import Severity
from scheduler_app.ui.findings_panel import FindingsModel, finding_html
from scheduler_app.ui.main_window import MainWindow
from tests.helpers import meeting


@pytest.fixture
def window(qtbot, reference_db):
    w = MainWindow(reference_db)
    qtbot.addWidget(w)
    w.show()
    w.check_now()
    return w


def findings_of(window, rule_id):
    return [f for f in window.checker.findings() if f.rule_id == rule_id]


def test_the_findings_model_passes_qts_model_tester(qtmodeltester, window):
    model = FindingsModel()
    model.set_findings(window.checker.findings())
    qtmodeltester.check(model)


def test_findings_are_grouped_by_severity_with_counts(window):
    model = window.findings.model
    groups = [model.index(r, 0).data() for r in range(model.rowCount())]
    warnings = sum(1 for f in window.checker.findings() if f.severity is Severity.WARNING)
    assert groups[0] == "Errors (0)" and groups[1] == f"Warnings ({warnings})"
    assert groups[2].startswith("Information (")
    assert (
        "0 errors" in window.findings_label.text()
        and f"{warnings} warnings" in window.findings_label.text()
    )


def test_selecting_a_finding_selects_its_meetings_and_shows_its_rule(window):
    [same_year] = findings_of(window, "R77-SAME-YEAR")
    assert window.findings.select(same_year.key)
    selected = {
        window.model.meeting_at(i.row()).code for i in window.table.selectionModel().selectedRows()
    }
    assert selected == {"WTSA-20", "WTDC-22", "PP-22"}
    text = window.findings.details.toPlainText()
    assert "PP-22 Final Acts, Resolution 77 (Rev. Bucharest, 2022), resolves 1" in text
    assert "and not in the same year" in text and "https://www.itu.int/pub/S-CONF-ACTF-2022" in text
    assert "Open: Final Acts of the Plenipotentiary Conference (Bucharest, 2022)" in text
    assert "003_c612d4d2e2ee9deb.txt" not in text
    assert window.findings.waive_button.isEnabled()


def test_selecting_a_finding_clears_a_filter_that_hides_its_meetings(window):
    window.filter_panel.kind_box.setCurrentIndex(window.filter_panel.kind_box.findData("rpm"))
    [june_july] = [
        f for f in findings_of(window, "R77-COUNCIL-JUNE-JULY") if f.meeting_codes == ("C26",)
    ]
    window.findings.select(june_july.key)
    assert window.filter_panel.kind_box.currentIndex() == 0
    assert window.model.meeting_at(window.table.currentIndex().row()).code == "C26"


def test_waiving_a_finding_marks_it_and_lowers_the_count_until_taken_back(window):
    [duration_like] = [
        f for f in findings_of(window, "R77-COUNCIL-JUNE-JULY") if f.meeting_codes == ("C22",)
    ]
    before = window.findings_label.text()
    assert window.waive_finding(
        duration_like, "Pandemic: compressed schedule (Res. 77 recognizing d))"
    )
    [waived] = [
        f for f in findings_of(window, "R77-COUNCIL-JUNE-JULY") if f.meeting_codes == ("C22",)
    ]
    assert waived.waived and "Pandemic" in waived.waiver_reason
    assert window.findings_label.text() != before
    window.findings.select(waived.key)
    assert (
        window.findings.unwaive_button.isEnabled()
        and "Waived: Pandemic" in window.findings.details.toPlainText()
    )
    window.findings_dock.unwaive_finding(waived)
    assert not [f for f in findings_of(window, "R77-COUNCIL-JUNE-JULY") if f.waived]
    assert window.findings_label.text() == before


def test_an_empty_justification_is_refused(window, message_boxes):
    [finding] = findings_of(window, "R77-SAME-YEAR")
    assert not window.waive_finding(finding, "   ")
    assert "justification" in message_boxes.texts[0]


def test_a_waiver_lapses_when_a_meeting_moves(window, tmp_path):
    [finding] = [
        f for f in findings_of(window, "R77-COUNCIL-JUNE-JULY") if f.meeting_codes == ("C26",)
    ]
    window.waive_finding(finding, "Council 2026 decided earlier dates")
    csv = tmp_path / "move.csv"
    csv.write_text(
        "code,title,kind,start,end,city,country\nC26,Council 2026,council,2026-04-27,2026-05-07,Geneva,CH\n"
    )
    assert window.import_path(csv, confirm=False)
    [again] = [
        f for f in findings_of(window, "R77-COUNCIL-JUNE-JULY") if f.meeting_codes == ("C26",)
    ]
    assert not again.waived


def test_findings_refresh_after_an_import(window, tmp_path):
    csv = tmp_path / "pp30.csv"
    csv.write_text(
        "code,title,kind,start,end,city,country\nPP-30,PP 2030,pp,2030-09-02,2030-09-27,Riyadh,SA\n"
    )
    window.import_path(csv, confirm=False)
    assert any(
        f.rule_id == "R77-PP-DURATION" and f.meeting_codes == ("PP-30",)
        for f in window.checker.findings()
    )
    assert window.findings.model.rowCount(window.findings.model.group_index(Severity.WARNING)) > 13


def test_rule_details_show_the_current_parameters(reference_db):
    from scheduler_app.rules import Finding, Policy

    f = Finding("R77-COUNCIL-JUNE-JULY", Severity.WARNING, "x <b>", ("id",), ("C26",), "c")
    text = finding_html(f, Policy({"R77-COUNCIL-JUNE-JULY": {"tolerance_days": 21}}))
    assert "tolerance_days" in text and "21" in text and "x &lt;b&gt;" in text


def test_the_table_shows_first_and_the_findings_follow_by_themselves(qtbot, reference_db):
    w = MainWindow(reference_db)
    qtbot.addWidget(w)
    w.show()
    assert w.model.rowCount() == 40 and w.findings_label.text() == "Checking…"
    qtbot.waitUntil(lambda: "warnings" in w.findings_label.text(), timeout=10000)
    assert w.findings.model.rowCount(w.findings.model.group_index(Severity.WARNING)) == 13


@pytest.fixture
def gap_year_window(qtbot, empty_db):
    """A window on Councils in 2028 and 2030: CV51-COUNCIL-ANNUAL finds 2029, and no meeting."""
    empty_db.save_meetings(
        [
            meeting("C28", "2028-06-06", "2028-06-16", kind="council", city="Geneva"),
            meeting("C30", "2030-06-04", "2030-06-14", kind="council", city="Geneva"),
        ]
    )
    w = MainWindow(empty_db)
    qtbot.addWidget(w)
    w.show()
    w.check_now()
    return w


def test_a_finding_that_names_no_meeting_is_waived_from_the_panel_in_one_transaction(
    gap_year_window, monkeypatch
):
    w = gap_year_window
    [gap] = findings_of(w, "CV51-COUNCIL-ANNUAL")
    assert (gap.meeting_ids, gap.subject) == ((), "2029")
    assert w.findings.select(gap.key) and w.findings.waive_button.isEnabled()
    asked = []
    monkeypatch.setattr(
        "scheduler_app.ui.findings_dock.ask_text",
        lambda _parent, _title, label: (asked.append(label), ("no session: PP year", True))[1],
    )
    statements: list[str] = []
    w.db.conn.set_trace_callback(statements.append)
    w.findings.waive_button.click()
    w.db.conn.set_trace_callback(None)
    assert "No ordinary Council session in 2029" in asked[0]
    assert [s for s in statements if s.startswith("BEGIN")] == ["BEGIN IMMEDIATE"]
    [waived] = findings_of(w, "CV51-COUNCIL-ANNUAL")
    assert (waived.waived, waived.waiver_reason) == (True, "no session: PP year")
    assert w.findings.select(waived.key)
    assert w.findings.unwaive_button.isEnabled() and not w.findings.waive_button.isEnabled()
    assert "Waived: no session: PP year" in w.findings.details.toPlainText()
    w.findings.unwaive_button.click()
    assert [f.waived for f in findings_of(w, "CV51-COUNCIL-ANNUAL")] == [False]


def test_a_year_waiver_is_kept_for_the_next_window_and_lapses_when_a_session_comes_in(
    qtbot, gap_year_window, tmp_path
):
    [gap] = findings_of(gap_year_window, "CV51-COUNCIL-ANNUAL")
    assert gap_year_window.waive_finding(gap, "Council decided")
    again = MainWindow(gap_year_window.db)  # a full check from what is stored
    qtbot.addWidget(again)
    again.check_now()
    assert [f.waived for f in findings_of(again, "CV51-COUNCIL-ANNUAL")] == [True]
    csv = tmp_path / "extra.csv"
    csv.write_text(
        "code,title,kind,start,end,city\nC29-EXTRA,Council 2029,council-extra,2029-10-01,"
        "2029-10-01,Geneva\n"
    )
    assert again.import_path(csv, confirm=False)
    assert [(f.subject, f.waived) for f in findings_of(again, "CV51-COUNCIL-ANNUAL")] == [
        ("2029", False)
    ]


def test_a_finding_about_a_cancelled_meeting_is_waived_and_taken_back_from_the_panel(
    qtbot, empty_db
):
    from scheduler_app.domain import Sector, Status

    empty_db.save_meetings(
        [
            meeting(
                "SG1-2027-1",
                "2027-03-01",
                "2027-03-05",
                sector=Sector.D,
                city="Kigali",
                country="RW",
                status=Status.CANCELLED,
            )
        ]
    )
    w = MainWindow(empty_db)
    qtbot.addWidget(w)
    w.show()
    w.check_now()
    [moved] = findings_of(w, "WTDC1-CANCELLED-TO-GENEVA")
    assert w.waive_finding(moved, "the host renewed its invitation")
    [waived] = findings_of(w, "WTDC1-CANCELLED-TO-GENEVA")
    assert waived.waived
    assert w.findings.select(waived.key)
    w.findings.unwaive_button.click()
    assert [f.waived for f in findings_of(w, "WTDC1-CANCELLED-TO-GENEVA")] == [False]
