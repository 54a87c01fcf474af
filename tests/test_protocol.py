"""The protocol text travels with the package, and every article the tool cites is in it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from clusius_check.catalogue import MESSAGES
from clusius_check.explain import texts
from clusius_check.protocol import (
    UnknownArticle,
    article,
    articles,
    normalise_id,
    parse_protocol,
    protocol_text,
)
from clusius_check.rules import RULE_IDS, rule_info

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "protocol-sociale-media.txt"


@pytest.mark.parametrize(
    ("article_id", "title"),
    [
        ("1", "De wet"),
        ("2", "Je bent zelf verantwoordelijk"),
        ("3", "Anti-Pestprotocol"),
        ("4", "Houd privé en werk/school gescheiden"),
        ("5", "Internet onthoudt alles"),
        ("6", "Vertrouwelijke informatie"),
        ("7", "Wel doen"),
        ("8", "Niet doen"),
        ("9", "Sancties en gevolgen voor medewerkers, leerlingen en studenten"),
        ("10", "Deelnemen aan sociale media"),
    ],
)
def test_every_guideline_is_found_with_its_title(article_id, title):
    assert article(article_id).title == title
    assert article(article_id).text or article(article_id).bullets


def test_the_profiling_section_is_numbered_apart_from_the_guidelines():
    assert [key for key in articles() if key.startswith("P")] == ["P1", "P2", "P3", "P4", "P5"]
    assert article("Profilering 4").text.startswith("Het Clusius College vraagt jaarlijks toestemming")
    assert "16 jaar of ouder" in article("P4").text
    assert article("1").text.startswith("In alle gevallen geldt"), "profiling 1 does not overwrite article 1"


def test_the_do_and_dont_lists_keep_their_points_in_order():
    assert len(article("7").bullets) == 5
    assert len(article("8").bullets) == 7
    assert article("8").bullets[1] == "Plaatsen van vulgair of ongepast materiaal."
    assert article("8").bullets[3] == "Namens het Clusius College publiceren in plaats van namens jezelf."
    # A point that runs over several lines of the PDF export is one point.
    assert article("8").bullets[4].endswith("Houd rekening met en respecteer het portret- en auteursrecht.")
    assert article("8").quote((2,)) == "Niet doen\n• Plaatsen van vulgair of ongepast materiaal."


def test_article_text_runs_over_the_line_breaks_of_the_export():
    assert article("5").text == (
        "Bijdragen op sociale media blijven altijd vindbaar en zoekmachines onthouden alle berichten. "
        "Soms ook berichten die verwijderd zijn. Wees je daarvan bewust."
    )


@pytest.mark.parametrize(
    ("asked", "key"), [("6", "6"), ("art. 6", "6"), ("P4", "P4"), ("Profilering 4", "P4")]
)
def test_article_ids_are_read_the_ways_people_write_them(asked, key):
    assert normalise_id(asked) == key


@pytest.mark.parametrize("missing", ["11", "0", "P6", "zes"])
def test_an_article_that_is_not_there_is_an_error(missing):
    with pytest.raises(UnknownArticle):
        article(missing)


@pytest.mark.skipif(not SHARED.is_file(), reason="the shared protocol is outside this checkout")
def test_the_shipped_text_is_the_schools_text():
    assert protocol_text() == SHARED.read_text(encoding="utf-8")


def test_parsing_a_text_without_the_sections_finds_nothing():
    assert parse_protocol("1. Niets\nzomaar tekst") == {}


@pytest.mark.parametrize("rule_id", RULE_IDS)
def test_the_article_every_rule_declares_is_in_the_protocol(rule_id):
    assert article(rule_info(rule_id).article)


def _articles_named_in(message: str) -> list[str]:
    """'art. 2', 'art. 4 en art. 7', '(art. 1 en 9)', 'art. 1 and 9'; not 'art. 137c Sr' (criminal code)."""
    found = []
    for match in re.finditer(
        r"\bart\. (\d+)\b(?![a-z])((?:\s*(?:en|and|,)\s*(?:art\. )?\d+\b(?![a-z]))*)", message
    ):
        found.append(match.group(1))
        found.extend(re.findall(r"\d+", match.group(2)))
    return found


def test_the_scan_for_cited_articles_reads_every_form():
    assert _articles_named_in("(art. 4 en art. 7), art. 1 and 9; art. 137c Sr") == ["4", "7", "1", "9"]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_article_a_message_cites_is_in_the_protocol(language):
    cited = {number for text in MESSAGES[language].values() for number in _articles_named_in(text)}
    assert len(cited) >= 6, "the scan finds the catalogue's citations"
    assert sorted(number for number in cited if normalise_id(number) not in articles()) == []


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_article_an_explanation_quotes_is_in_the_protocol(language):
    shown = texts(language)
    for explanation in shown.rules.values():
        for citation in explanation.citations:
            assert citation.quote(), (explanation.rule, citation.id)
    assert {citation.article.id for citation, _, _ in shown.remember} == {"5", "9"}
