"""``scheduler-app --lang LANG import bad.csv`` names the file, the line and the CSV column of
each refused row, the reason in the language (issue 17): an end before its start, an unknown
kind, a decided period that ends first, a thirteenth month."""

from __future__ import annotations

from pathlib import Path

import pytest

from scheduler_app.cli import main

HEAD = "code,title,kind,sector,body,start,end,precision,city,country,mode,status,"
HEAD += "decided_from,decided_to\n"
ROW = "{code},A,{kind},T,TSAG,2026-03-10,{end},day,Geneva,CH,in-person,held,{first},{last}\n"
ROWS = [
    ROW.format(code="X-1", kind="study-group", end="2026-03-02", first="", last=""),
    ROW.format(code="X-2", kind="nothing", end="2026-03-12", first="", last=""),
    ROW.format(code="X-3", kind="study-group", end="2026-03-12", first="2027-Q4", last="2027-Q1"),
    ROW.format(code="X-4", kind="study-group", end="2026-03-12", first="2027-13", last=""),
]
SAID = {
    "fr": [
        "bad.csv:2: end: la réunion se termine le 2026-03-02, avant son début le 2026-03-10",
        "bad.csv:3: kind: valeur inconnue pour kind : 'nothing' (valeurs acceptées : pp, council,",
        "bad.csv:4: decided_to: 2027-03-31 est antérieur à decided_from (2027-10-01)",
        "bad.csv:5: decided_from: '2027-13' : le mois 13 n'est pas compris entre 1 et 12",
    ],
    "ar": [
        "bad.csv:2: end: ينتهي الاجتماع في 2026-03-02 قبل بدئه في 2026-03-10",
        "bad.csv:3: kind: قيمة غير معروفة للحقل kind: 'nothing' (القيم المقبولة: pp, council,",
        "bad.csv:4: decided_to: 2027-03-31 يسبق decided_from (2027-10-01)",
        "bad.csv:5: decided_from: '2027-13': الشهر 13 ليس بين 1 و12",
    ],
    "en": [
        "bad.csv:2: end: the meeting ends 2026-03-02 before it starts 2026-03-10",
        "bad.csv:3: kind: unknown kind 'nothing' (expected one of: pp, council,",
        "bad.csv:4: decided_to: 2027-03-31 is before decided_from 2027-10-01",
        "bad.csv:5: decided_from: '2027-13': month 13 is not 1-12",
    ],
}


@pytest.mark.parametrize("lang", sorted(SAID))
def test_a_refused_import_names_file_line_and_column_in_the_language(capsys, tmp_path, lang):
    db, bad = str(tmp_path / "plan.sqlite"), tmp_path / "bad.csv"
    assert main(["init", "--empty", "--db", db]) == 0
    bad.write_text(HEAD + "".join(ROWS), encoding="utf-8")
    capsys.readouterr()
    assert main(["--lang", lang, "import", "--db", db, str(bad)]) == 2
    out, err = capsys.readouterr()
    lines = [line.replace(str(bad), "bad.csv") for line in (out + err).splitlines()]
    for wanted in SAID[lang]:
        assert any(line.startswith(wanted) for line in lines), (wanted, lines)
    if lang != "en":
        assert not any("before" in line or "expected" in line for line in lines), lines


def test_a_rule_setting_refused_in_french(capsys, tmp_path: Path):
    db = str(tmp_path / "plan.sqlite")
    assert main(["init", "--empty", "--db", db]) == 0
    capsys.readouterr()
    code = main(["--lang", "fr", "policy", "--db", db, "--set", "R77-PP-DURATION", "gap", "3"])
    out, err = capsys.readouterr()
    assert code != 0
    assert "R77-PP-DURATION n'a pas de paramètre 'gap' (ses paramètres : severity" in out + err
