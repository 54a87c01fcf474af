"""confidential: finds what leaks the organisation's information, and leaves look-alikes alone."""

from __future__ import annotations

import pytest

from clusius_check.config import Config, RuleSettings
from clusius_check.engine import CheckTask, RunOptions, check_task
from clusius_check.findings import Severity


def findings_for(text: str, **task) -> list:
    result = check_task(CheckTask(None, data=text.encode("utf-8"), **task), RunOptions())
    assert not result.errors, result.errors
    return [finding for finding in result.findings if finding.rule == "confidential"]


RED = [
    ("Dit is strikt vertrouwelijk, dus niet doorsturen aub.", "strikt vertrouwelijk"),
    ("De toetsvragen van biologie voor morgen staan in de groepsapp.", "toetsvragen"),
    ("Wie wil het antwoordmodel van wiskunde? Ik heb het.", "antwoordmodel"),
    ("Het wachtwoord is Lente2026! voor de gedeelde map.", "wachtwoord is Lente2026!"),
    ("Het wachtwoord is Welkom2024. Veel plezier!", "wachtwoord is Welkom2024"),
    ("Dit is alleen voor intern\ngebruik, dus graag niet\ndoorsturen.", "alleen voor intern\ngebruik"),
    ("Dit bericht is echt niet  doorsturen hoor.", "niet  doorsturen"),
    ("Wifi password: Clusius2024!", "password: Clusius2024!"),
    ("De exam questions van morgen heb ik al.", "exam questions"),
    ("Nieuw wachtwoord: Kalf#99x voor iedereen van de klas.", "wachtwoord: Kalf#99x"),
    ("This memo is CONFIDENTIAL and for internal use only.", "CONFIDENTIAL"),
    ("Here are the exam answers for tomorrow, don't tell anyone.", "exam answers"),
    ("The password is hunter22 for the shared drive.", "password is hunter22"),
]

AMBER = [
    ("Gisteren in het personeelsoverleg hebben we gelachen.", "personeelsoverleg"),
    ("Ik ben mijn wachtwoord vergeten, wie kan helpen?", "wachtwoord"),
    ("De wachtwoorden van Magister moet je elk jaar wijzigen.", "wachtwoorden"),
    ("Volgens de begroting komt er een nieuwe kas.", "begroting"),
    ("Mijn ziekmelding is doorgegeven, tot volgende week!", "ziekmelding"),
    ("After the staff meeting we all went for pizza.", "staff meeting"),
]

GREEN = [
    "Het internet op school was vandaag traag.",
    "We hebben een interne competitie tussen de klassen gehouden.",
    "Onze vertrouwenspersoon is er elke dinsdag voor je.",
    "Welkom op de open dag van het Clusius College in Hoorn!",
    "Toets gehaald! Een 8 voor biologie.",
    "Our interns did a great job at the flower auction.",
    "The exam went well, everybody passed!",
    "We had a fire drill at school this morning.",
    "Gardening on a budget: our pupils show how.",
    "Mijn opa is gisteren ontslagen uit het ziekenhuis.",
    "Deze plant kun je niet delen als de wortels nog klein zijn.",
]


@pytest.mark.parametrize(("text", "match"), RED, ids=[match.replace("\n", "⏎") for _, match in RED])
def test_red(text, match):
    found = findings_for(text)
    assert any(finding.match == match and finding.severity is Severity.RED for finding in found), found


@pytest.mark.parametrize(("text", "match"), AMBER, ids=[match for _, match in AMBER])
def test_amber(text, match):
    found = findings_for(text)
    assert [(finding.match, finding.severity) for finding in found] == [(match, Severity.AMBER)]


@pytest.mark.parametrize("text", GREEN, ids=[text[:40] for text in GREEN])
def test_look_alikes_stay_green(text):
    assert findings_for(text) == []


def test_overlapping_terms_give_one_finding_for_the_longest():
    found = findings_for("Strikt vertrouwelijk: lees dit niet voor.")
    assert [finding.match for finding in found] == ["Strikt vertrouwelijk"]


def test_a_finding_names_article_six_and_says_what_to_do():
    (finding,) = findings_for("Wie heeft de toetsvragen al gezien?")
    assert finding.article == "6"
    assert "toetsvragen" in finding.message
    assert finding.suggestion
    assert (finding.line, finding.column, finding.end_column) == (1, 14, 25)


def test_english_messages_with_ui_language_en():
    result = check_task(CheckTask(None, data=b"De toetsvragen liggen klaar."), RunOptions(ui_language="en"))
    assert "exam or test material" in result.findings[0].message


def test_the_schools_own_terms_from_config(tmp_path):
    (tmp_path / "clusius-check.yaml").write_text("rules:\n  confidential:\n    terms: [fusieplannen]\n")
    post = tmp_path / "post.md"
    post.write_text("Ik hoorde iets over de fusieplannen van onze school.\n")
    result = check_task(CheckTask(post), RunOptions())
    assert [(finding.match, finding.severity) for finding in result.findings] == [
        ("fusieplannen", Severity.AMBER)
    ]


def test_relevelling_in_config_changes_every_finding(tmp_path):
    (tmp_path / "clusius-check.yaml").write_text("rules:\n  confidential:\n    severity: info\n")
    post = tmp_path / "post.md"
    post.write_text("De toetsvragen liggen klaar.\n")
    result = check_task(CheckTask(post), RunOptions())
    assert [finding.severity for finding in result.findings] == [Severity.INFO]
    assert result.verdict.value == "green"


def test_switched_off_in_config_finds_nothing(tmp_path):
    (tmp_path / "clusius-check.yaml").write_text("rules:\n  confidential: off\n")
    post = tmp_path / "post.md"
    post.write_text("De toetsvragen liggen klaar.\n")
    assert check_task(CheckTask(post), RunOptions()).findings == ()


def test_config_settings_object_defaults():
    assert Config().settings_for("confidential") == RuleSettings()


def test_a_hard_wrapped_draft_from_windows_is_caught_with_positions_over_the_line_break():
    text = "Beste collega's,\r\nDit is alleen voor intern\r\ngebruik.\r\n"
    (finding,) = findings_for(text)
    assert (finding.line, finding.column, finding.end_line, finding.end_column) == (2, 8, 3, 8)
