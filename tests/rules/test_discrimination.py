"""discrimination: a group plus a hostile statement, by family of phrasing; and what stays green."""

from __future__ import annotations

import pytest

from clusius_check.engine import CheckTask, RunOptions, check_task


def severities(text: str) -> list[str]:
    result = check_task(CheckTask(None, data=text.encode()), RunOptions())
    return [finding.severity.value for finding in result.findings if finding.rule == "discrimination"]


@pytest.mark.parametrize(
    ("draft", "severity"),
    [
        ("Moslims zijn walgelijk.", "amber"),
        ("ik haat Polen", "amber"),
        ("ik h44t m o s l i m s", "amber"),
        ("Vluchtelingen zijn ongedierte.", "red"),
        ("Alle Marokkanen moeten het land uit.", "red"),
        ("waarom zijn Surinamers altijd zo lui?", "amber"),
        ("mag ik zeggen dat autisten gewoon dom zijn?", "amber"),
        ("Die nieuwe vluchtelingen? Ze zijn allemaal tuig.", "amber"),
        ("refugees are vermin", "red"),
        ("gays should be locked up", "red"),
        ("Muslims can't be trusted", "amber"),
        ("Een vrouw hoort in de keuken.", "amber"),
        ("Homo's zijn ziek, echt vies.", "amber"),
    ],
)
def test_hostility_towards_a_group_is_found(draft, severity):
    assert severity in severities(draft)


@pytest.mark.parametrize(
    "draft",
    [
        "Ik ben moslim en vier vandaag het Suikerfeest.",
        "Er wonen hier veel immigranten.",
        "Trans personen zijn welkom in onze klas.",
        "Homo's zijn geen bedreiging.",
        "Ik haat spruitjes.",
        "Onze Poolse stagiair is top!",
        "De Turkse pizza was vies koud.",
        "Vrouwen verzorgen de dieren op de boerderij.",
        "Wespen moeten uitgeroeid worden.",
        "De gemeente vangt 200 vluchtelingen op.",
        "Eid Mubarak aan al onze moslimleerlingen!",
    ],
)
def test_neutral_and_positive_mentions_stay_green(draft):
    assert [severity for severity in severities(draft) if severity != "info"] == []


def test_counter_speech_is_at_most_info():
    assert set(severities("In de les bespraken we waarom 'moslims zijn terroristen' discriminatie is.")) <= {
        "info"
    }
