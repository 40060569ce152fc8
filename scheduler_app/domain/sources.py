"""The source registry: every document the planner cites, and the excerpts it quotes.

The registry is data (``resources/sources.json``): each *document* has a title, a short name, a
symbol, a date and the public address a planner can open; each *excerpt* names its document, the
text within it (``part``: "Resolution 77 (Rev. Bucharest, 2022)"), the clause ("resolves 5.6")
and the words quoted. Rules, deadlines and the bundled meetings refer to excerpts by key, and what
a planner reads is built here::

    >>> citation("res77-resolves-5.6")
    'PP-22 Final Acts, Resolution 77 (Rev. Bucharest, 2022), resolves 5.6'
    >>> reference("res77-resolves-5.6")
    'PP-22 Final Acts, Resolution 77 (Rev. Bucharest, 2022), resolves 5.6 (https://www.itu.int/pub/S-CONF-ACTF-2022)'

Reading one bundled data file, once, is the only I/O here; it is package data, not the user's.
Each excerpt also records where it sits in the project's copy of the text (``seed_line``, with
the document's ``seed``), so that a test can find it there; those never reach a planner.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

PACKAGE = "scheduler_app.resources"
FILE = "sources.json"


class UnknownSource(KeyError):
    """A source key that is not in the registry."""


@dataclass(frozen=True, slots=True)
class Document:
    """A document a planner can open: ``short`` is how citations name it ("PP-22 Final Acts")."""

    key: str
    short: str
    title: str
    symbol: str
    publisher: str
    date: str
    url: str
    seed: str = ""  # the project's copy of the text, for the quote test; never shown


@dataclass(frozen=True, slots=True)
class Excerpt:
    """Words quoted from one clause of one document."""

    key: str
    document: Document
    part: str  # the text within the document: "Resolution 77 (Rev. Bucharest, 2022)"
    clause: str  # "resolves 5.6", "§ 3.7.1"
    text: str
    seed_line: int = 0  # where the words are in the project's copy; never shown
    about: str = ""  # a provision the clause recalls: "ITU Constitution, No. 47 (Article 8)"

    @property
    def place(self) -> str:
        """``PP-22 Final Acts, Resolution 77 (Rev. Bucharest, 2022)``: document and part."""
        return ", ".join(p for p in (self.document.short, self.part) if p)

    @property
    def citation(self) -> str:
        """``PP-22 Final Acts, Resolution 77 (Rev. Bucharest, 2022), resolves 5.6``."""
        where = ", ".join(p for p in (self.place, self.clause) if p)
        return f"{self.about}, recalled in {where}" if self.about else where


@dataclass(frozen=True, slots=True)
class Registry:
    documents: dict[str, Document]
    excerpts: dict[str, Excerpt]

    def excerpt(self, key: str) -> Excerpt:
        try:
            return self.excerpts[key]
        except KeyError:
            raise UnknownSource(f"no source {key!r} in {FILE}") from None


def parse(data: dict[str, object]) -> Registry:
    """The registry from the JSON structure of ``resources/sources.json``."""
    raw_docs = data["documents"]
    raw_excerpts = data["excerpts"]
    assert isinstance(raw_docs, dict) and isinstance(raw_excerpts, dict)
    documents = {key: Document(key=key, **fields) for key, fields in raw_docs.items()}
    excerpts = {}
    for key, fields in raw_excerpts.items():
        fields = dict(fields)
        doc = documents[fields.pop("document")]
        excerpts[key] = Excerpt(key=key, document=doc, text=fields.pop("excerpt"), **fields)
    return Registry(documents, excerpts)


@cache
def registry() -> Registry:
    """The bundled registry, read once."""
    text = resources.files(PACKAGE).joinpath(FILE).read_text(encoding="utf-8")
    return parse(json.loads(text))


def excerpt(key: str) -> Excerpt:
    return registry().excerpt(key)


def citation(*keys: str, note: str = "") -> str:
    """The clauses of ``keys`` as one citation, clauses of one text joined:

    >>> citation("wtdc-res1-3.7.6", "wtdc-res1-11.5")
    'WTDC-25 report, WTDC Resolution 1 (Rev. Baku, 2025), §§ 3.7.6 and 11.5'

    ``note`` follows the clauses, after a comma ("which apply PP Resolution 111 ...").
    """
    groups: dict[tuple[str, str], list[str]] = {}
    for key in keys:
        e = excerpt(key)
        head = f"{e.about}, recalled in {e.place}" if e.about else e.place
        clauses = groups.setdefault((head, e.document.key), [])
        if e.clause and e.clause not in clauses:
            clauses.append(e.clause)
    parts = [
        ", ".join(p for p in (head, _and(clauses)) if p) for (head, _), clauses in groups.items()
    ]
    text = "; ".join(parts)
    return f"{text}, {note}" if note else text


def addresses(keys: Iterable[str]) -> list[str]:
    """The public addresses of the documents of ``keys``, each once, in order."""
    seen: list[str] = []
    for key in keys:
        url = excerpt(key).document.url
        if url and url not in seen:
            seen.append(url)
    return seen


def reference(*keys: str, note: str = "") -> str:
    """The citation of ``keys`` with the addresses of their documents, for a planner to open."""
    urls = addresses(keys)
    text = citation(*keys, note=note)
    return f"{text} ({', '.join(urls)})" if urls else text


def quoted(*keys: str) -> str:
    """The reference and the quoted words, as deadlines and meeting sources carry them:

    >>> quoted("res77-resolves-2")  # doctest: +NORMALIZE_WHITESPACE
    'PP-22 Final Acts, Resolution 77 (Rev. Bucharest, 2022), resolves 2: "that plenipotentiary
    conferences shall, unless there is a pressing need otherwise, be limited to a duration of
    three weeks" (https://www.itu.int/pub/S-CONF-ACTF-2022)'
    """
    parts = [f'{excerpt(k).citation}: "{excerpt(k).text}"' for k in keys]
    urls = addresses(keys)
    text = "; ".join(parts)
    return f"{text} ({', '.join(urls)})" if urls else text


def _and(items: list[str]) -> str:
    """Clauses of one text as one phrase: "resolves 5.1 and bearing in mind c)"; clauses that
    differ only in their number share the words before it ("§§ 3.7.6 and 11.5")."""
    if len(items) <= 1:
        return "".join(items)
    heads = {item.rpartition(" ")[0] for item in items}
    if len(heads) == 1 and (head := heads.pop()):
        numbers = [item.rpartition(" ")[2] for item in items]
        head = "§§" if head == "§" else head
        return f"{head} {', '.join(numbers[:-1])} and {numbers[-1]}"
    return ", ".join(items[:-1]) + " and " + items[-1]
