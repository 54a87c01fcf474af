"""The Clusius College social-media protocol, shipped with the package, article by article.

`explain` and the lesson quote the protocol itself rather than a paraphrase, so a pupil reads the
school's own words. The text is `data/protocol-sociale-media.txt` exactly as the school published it
(a PDF export: a blank line after every line, bullets as U+F0B7); this module only finds the articles.

Article ids: the guidelines ("Richtlijnen sociale media") are `1` … `10`; the section on the school's
own accounts ("Profilering van de school …") is `P1` … `P5`, also asked for as `Profilering 4`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

PROTOCOL_FILE = "protocol-sociale-media.txt"
BULLET = "\uf0b7"
_GUIDELINES_START = "Richtlijnen sociale media"
_PROFILING_START = "Profilering van de school"
_HEADING = re.compile(r"^(\d{1,2})\.\s+(.*)$")


class UnknownArticle(LookupError):
    """An article id the protocol does not have: a broken explanation file or a typo."""


@dataclass(frozen=True)
class Article:
    """One article: its id, its heading, the running text and, for the do/don't lists, the bullets."""

    id: str
    title: str
    text: str = ""
    bullets: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        return f"Profilering {self.id[1:]}" if self.id.startswith("P") else self.id

    def quote(self, bullets: tuple[int, ...] = ()) -> str:
        """The article as plain text; with `bullets` (1-based), only those points of its list."""
        chosen = self.bullets if not bullets else tuple(self.bullets[number - 1] for number in bullets)
        lines = [line for line in (self.title, self.text) if line]
        lines.extend(f"• {bullet}" for bullet in chosen)
        return "\n".join(lines)


def protocol_text() -> str:
    return resources.files("clusius_check").joinpath("data", PROTOCOL_FILE).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def articles() -> dict[str, Article]:
    """Every article of the shipped protocol by id, in order."""
    return parse_protocol(protocol_text())


def parse_protocol(text: str) -> dict[str, Article]:
    lines = [line.strip() for line in text.splitlines()]
    lines = [line for line in lines if line]
    found: dict[str, Article] = {}
    section = ""
    current: list[str] | None = None
    heading: tuple[str, str] = ("", "")

    def close() -> None:
        if current is not None:
            found[heading[0]] = _article(heading[0], heading[1], current, profiling=section == "P")

    for line in lines:
        if line.startswith(_GUIDELINES_START):
            section = "G"
            continue
        if line.startswith(_PROFILING_START):
            close()
            current, section = None, "P"
            continue
        match = _HEADING.match(line)
        if section and match:
            close()
            number, rest = match.groups()
            heading = (f"P{number}" if section == "P" else number, rest)
            current = []
            continue
        if current is not None:
            current.append(line)
    close()
    return found


def _article(article_id: str, first_line: str, body: list[str], profiling: bool) -> Article:
    # A guideline's first line is its heading ("6. Vertrouwelijke informatie"); a profiling article has
    # no heading, its first line is already the text.
    if profiling:
        body = [first_line, *body]
        title = ""
    else:
        title = first_line
    text_lines: list[str] = []
    bullets: list[list[str]] = []
    for line in body:
        if line.startswith(BULLET):
            bullets.append([line[len(BULLET) :].strip()])
        elif bullets:
            bullets[-1].append(line)
        else:
            text_lines.append(line)
    return Article(
        id=article_id,
        title=title.rstrip(":").strip(),
        text=" ".join(text_lines),
        bullets=tuple(" ".join(parts) for parts in bullets),
    )


def normalise_id(article_id: str) -> str:
    """`6`, `art. 6`, `P4`, `Profilering 4` → the id used in `articles()`."""
    text = article_id.strip().lower().removeprefix("art.").strip()
    match = re.fullmatch(r"(?:p|profilering)\s*(\d{1,2})", text)
    return f"P{match.group(1)}" if match else text


def article(article_id: str) -> Article:
    found = articles().get(normalise_id(article_id))
    if found is None:
        raise UnknownArticle(article_id)
    return found
