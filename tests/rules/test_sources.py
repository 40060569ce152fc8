"""The source registry: every excerpt a rule, deadline or bundled meeting quotes, and the words
each rule quotes, checked everywhere; and, where the project's copy of the ITU texts is beside the
checkout (``../shared/seeds``), each excerpt found verbatim on its line there."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from scheduler_app.domain.sources import Registry, citation, parse, reference, registry
from scheduler_app.rules import RuleSpec, catalogue

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"
PROJECT_FILE = re.compile(r"\d{3}_[0-9a-f]{16}\.txt|SOURCES\.md")


def _words(text: str) -> str:
    return " ".join(text.split())


def _cited(spec: RuleSpec) -> list[str]:
    return [*spec.cites, *spec.context]


@pytest.mark.parametrize("spec", catalogue(), ids=lambda s: s.id)
def test_every_rule_quotes_words_of_the_first_excerpt_it_cites(spec: RuleSpec) -> None:
    if not spec.cites:  # a planning aid with no ITU text (HOLIDAY-VENUE)
        assert spec.quote == "" and spec.citation.startswith("Planning aid")
        return
    first = registry().excerpt(spec.cites[0])
    assert spec.quote.strip() and _words(spec.quote) in _words(first.text), (spec.id, spec.quote)


@pytest.mark.parametrize("spec", catalogue(), ids=lambda s: s.id)
def test_every_rule_cites_documents_a_planner_can_open(spec: RuleSpec) -> None:
    for key in _cited(spec):
        registry().excerpt(key)  # raises for an unknown key
    assert not PROJECT_FILE.search(spec.citation + spec.source + spec.quote + spec.rationale)
    if spec.cites:
        assert spec.citation.startswith(citation(*spec.cites))
        assert "https://" in spec.citation and "https://" in spec.source


def test_every_document_has_a_title_a_date_and_a_public_address() -> None:
    for doc in registry().documents.values():
        assert doc.title and doc.short and doc.date, doc
        assert doc.url.startswith("https://") and " " not in doc.url, doc


def test_every_excerpt_names_its_clause_and_is_plain_text() -> None:
    for x in registry().excerpts.values():
        assert x.clause and x.text.strip() and x.seed_line > 0, x.key
        assert "*" not in x.text and "``" not in x.text and '"' not in x.text, x.key
        assert not PROJECT_FILE.search(x.citation), x.key


def test_a_citation_names_the_document_the_text_and_the_clause() -> None:
    assert citation("res77-resolves-5.6") == (
        "PP-22 Final Acts, Resolution 77 (Rev. Bucharest, 2022), resolves 5.6"
    )
    assert reference("res77-resolves-5.6").endswith("(https://www.itu.int/pub/S-CONF-ACTF-2022)")
    assert citation("res77-recalling-a").startswith(
        "ITU Constitution, No. 47 (Article 8), recalled in PP-22 Final Acts"
    )
    assert citation("res77-resolves-5.1", "res77-bearing-in-mind-c").endswith(
        "resolves 5.1 and bearing in mind c)"
    )


def test_the_registry_reads_a_document_and_an_excerpt_by_key() -> None:
    tiny: Registry = parse(
        {
            "documents": {
                "d": {
                    "short": "D",
                    "title": "A document",
                    "symbol": "S",
                    "publisher": "ITU",
                    "date": "2022",
                    "url": "https://example.org/d",
                }
            },
            "excerpts": {"x": {"document": "d", "part": "Res. 1", "clause": "§ 1", "excerpt": "w"}},
        }
    )
    assert tiny.excerpt("x").citation == "D, Res. 1, § 1"
    with pytest.raises(KeyError):
        tiny.excerpt("y")


def _seed_lines(name: str) -> list[str]:
    text = (SEEDS / name).read_text(encoding="utf-8")
    # SOURCES.md section 1: non-breaking spaces read as spaces; tabs after section numbers and
    # the emphasis marks of the conversion (*recalling b)*) are not part of the words.
    return [
        " ".join(line.replace("\u00a0", " ").replace("*", "").split()) for line in text.splitlines()
    ]


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the project's copy of the ITU texts is not here")
def test_every_excerpt_is_verbatim_on_its_line_of_the_project_copy_of_the_text() -> None:
    checked = 0
    for x in registry().excerpts.values():
        if not x.document.seed:
            continue
        line = _seed_lines(x.document.seed)[x.seed_line - 1]
        assert _words(x.text) in line, (x.key, x.seed_line, x.text)
        checked += 1
    assert checked >= 90


def test_the_registry_file_is_bundled_as_package_data() -> None:
    pyproject = (Path(__file__).resolve().parents[2] / "pyproject.toml").read_text()
    assert '"*.json"' in pyproject
    data = json.loads(
        (Path(__file__).resolve().parents[2] / "resources" / "sources.json").read_text()
    )
    assert set(data) >= {"documents", "excerpts"}
