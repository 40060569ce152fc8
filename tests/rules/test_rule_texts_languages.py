"""The rules' own texts in the five other languages of the Union (issue 17): each rule's
rationale, its parameters' labels and help, and the command line's check summary and rules list.
Rule ids, parameter keys and the quoted ITU words stay as they are."""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import Any

import pytest

from scheduler_app.i18n import using_language
from scheduler_app.rules import REGISTRY, catalogue
from scheduler_app.rules.param_words import LABELS, field_label, param_help, param_label
from scheduler_app.rules.wording import rule_rationale

LANGUAGES = ["ar", "zh", "fr", "ru", "es"]
RULES = Path(__file__).resolve().parents[2] / "scheduler_app" / "rules"
# The parameter keys, options and meeting codes a rationale names stay as written (so do the
# rule ids, checked by name).
KEPT = re.compile(r"[a-z]+(?:_[a-z]+)+|(?<![A-Za-z])[A-Z]+-\d\d(?!\d)|--[a-z-]+")
# Words only an untranslated English sentence has (quotes of ITU texts are taken out first).
# Parameter labels that are the same word in French or Spanish.
SAME_WORD = {"horizon", "subdivisions"}
ENGLISH = {"the", "and", "is", "are", "with", "between", "before", "after", "meeting", "meets"}


def _words_left(text: str) -> set[str]:
    text = re.sub(r"[\"“«][^\"”»]*[\"”»]", " ", text)  # the ITU texts' quoted words
    return {w for w in re.findall(r"[A-Za-z]+", text) if w in ENGLISH}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_rationale_is_translated_keeping_keys_codes_and_quotes(lang: str) -> None:
    for spec in catalogue():
        with using_language(lang):
            text = rule_rationale(spec)
        assert text != spec.rationale and not _words_left(text), (lang, spec.id, text)
        # a parameter key, rule id or code the rationale names is still there, as written
        assert set(KEPT.findall(spec.rationale)) <= set(KEPT.findall(text)), (lang, spec.id)
        assert all(other in text for other in REGISTRY if other in spec.rationale), spec.id
        quoted = re.findall(r'"([^"]+)"', spec.rationale)
        assert all(q in text for q in quoted), (lang, spec.id, quoted)


def test_a_rationale_is_written_once_as_a_translatable_literal_not_a_docstring() -> None:
    for path in sorted(RULES.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef) and any(
                isinstance(d, ast.Call) and getattr(d.func, "id", "") == "rule"
                for d in node.decorator_list
            ):
                assert ast.get_docstring(node) is None, (path.name, node.name)
    assert all(len(spec.rationale.split()) >= 8 for spec in catalogue())


def test_every_parameter_key_has_its_label_and_the_keys_never_change() -> None:
    keys = {p.name for spec in catalogue() for p in spec.parameters}
    assert keys == set(LABELS)
    with using_language("fr"):
        spec = REGISTRY["R77-GAP"]
        assert spec.parameter("min_gap_days") is not None and "min_gap_days" in spec.params


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_parameter_label_and_help_is_translated(lang: str) -> None:
    for spec in catalogue():
        for p in spec.parameters:
            with using_language(lang):
                label, help_ = param_label(p), param_help(p)
            english = param_help(p)
            assert label != p.name.replace("_", " ") or p.name in SAME_WORD, (
                lang,
                p.name,
            )
            assert help_ != english and not _words_left(help_), (lang, spec.id, help_)


def test_parameter_texts_in_french_read_as_french() -> None:
    p = REGISTRY["R77-GAP"].parameter("min_gap_days")
    assert p is not None
    with using_language("fr"):
        assert field_label(p) == "intervalle minimal (jours) :"
        assert param_help(p) == (
            "jours entre une clôture et l'ouverture suivante (un nombre entier de 0 à 3650)"
        )
    assert (
        param_help(p) == "days from one close to the next opening (a whole number from 0 to 3650)"
    )


def test_a_refused_parameter_value_is_explained_in_the_language() -> None:
    from scheduler_app.rules.params import ParamError

    p = REGISTRY["R77-GAP"].parameter("min_gap_days")
    assert p is not None
    with using_language("es"), pytest.raises(ParamError) as refused:
        p.validate(-1, "R77-GAP")
    assert str(refused.value) == "R77-GAP min_gap_days: un número entero de 0 a 3650, no -1"


# -- the command line ---------------------------------------------------------------------------

SUMMARIES = {
    "en": "1 error(s), 5 warning(s), 2 info, 3 waived",
    "fr": "1 erreur, 5 avertissements, 2 pour information, 3 avec dérogation",
    "es": "1 error, 5 advertencias, 2 informativas, 3 con dispensa",
    "ru": "1 ошибка, 5 предупреждений, 2 для сведения, 3 с исключением",
    "zh": "1个错误、5个警告、2条参考信息、3条已豁免",
    "ar": "1 خطأ، 5 تحذيرات، 2 للعلم، 3 مُعفى منها",
}


@pytest.mark.parametrize("lang", ["en", *LANGUAGES])
def test_the_check_summary_counts_in_the_language(lang: str) -> None:
    from scheduler_app.cli_checking import _findings_text, _summary

    counts = {"error": 1, "warning": 5, "info": 2}
    with using_language(lang):
        assert _summary(counts, 3) == SUMMARIES[lang]
        assert _findings_text([], counts) == _summary(counts, 0)  # no waived: no count of them


def test_russian_counts_take_their_plural_forms() -> None:
    from scheduler_app.cli_checking import _summary

    with using_language("ru"):
        assert _summary({"error": 2, "warning": 21, "info": 0}, 0) == (
            "2 ошибки, 21 предупреждение, 0 для сведения"
        )


def test_check_prints_its_summary_in_french(reference_db: Any, capsys: Any) -> None:
    from scheduler_app.cli import main

    path = reference_db.path
    reference_db.close()
    main(["--lang", "fr", "check", str(path)])
    last = capsys.readouterr().out.strip().splitlines()[-1]
    assert re.fullmatch(r"\d+ erreurs?, \d+ avertissements?, \d+ pour information.*", last), last


def test_rules_marks_a_disabled_rule_and_its_parameters_in_the_language(
    empty_db: Any, capsys: Any
) -> None:
    from scheduler_app.cli import main
    from scheduler_app.services import settings_edits

    settings_edits.set_policy(empty_db, "R77-GAP", {"enabled": False})
    path = empty_db.path
    empty_db.close()
    assert main(["--lang", "es", "rules", "--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert "R77-GAP  [advertencia] (desactivada)" in out
    assert "    parámetros: kinds=" in out and "parameters:" not in out
    assert main(["rules", "--db", str(path)]) == 0
    assert "R77-GAP  [warning] (disabled)" in capsys.readouterr().out
