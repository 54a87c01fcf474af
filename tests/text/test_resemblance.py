"""The learned second opinion: the shipped models match the corpus, read groups as a placeholder, and speak
only where the rules' own reading allows, as amber, quoting the sentence; a school can switch it off."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clusius_check.drafts import load_draft
from clusius_check.engine import CheckTask, RunOptions, check_task
from clusius_check.text import resemblance
from clusius_check.text.analysis import analyse
from clusius_check.text.resemblance import (
    GROUP_PLACEHOLDER,
    LABELS,
    MODEL_DIR,
    WHOLE_DRAFT_LABELS,
    corpus_digest,
    model_input,
    training_files,
)

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def findings(text: str, rule: str, config_file=None):
    result = check_task(CheckTask(None, data=text.encode()), RunOptions(config_file=config_file))
    return [finding for finding in result.findings if finding.rule == rule]


def resembles(text: str, rule: str, config_file=None) -> list:
    return [finding for finding in findings(text, rule, config_file) if "lijkt sterk op" in finding.message]


@pytest.mark.parametrize("label", LABELS)
def test_shipped_model_was_trained_on_the_current_corpus(label):
    """Fails when tests/corpus/ changed and nobody ran `make model`."""
    meta = json.loads((MODEL_DIR / label / "training.json").read_text(encoding="utf-8"))
    assert meta["corpus_digest"] == corpus_digest(CORPUS, label), (
        "run `make model` after changing tests/corpus/"
    )
    assert meta["positives"] > 100


def test_model_input_replaces_each_group_by_one_placeholder_and_undoes_disguises():
    analysed = analyse(load_draft(None, data=b"Mensen met autisme en M0SLIMS zijn welkom"))
    doc = analysed.normalised_doc
    spans = [(0, 3), (4, 5)]  # "Mensen met autisme", "moslims"
    written = f"{GROUP_PLACEHOLDER} en {GROUP_PLACEHOLDER} zijn welkom"
    assert model_input(doc, 0, len(doc), spans) == f"{written} | {written}"
    assert model_input(doc, 3, len(doc)) == "en moslims zijn welkom | en moslims zijn welkom"


def test_model_input_reads_the_words_as_written_and_as_lemmas():
    analysed = analyse(load_draft(None, data=b"Jij bent de domste van de klas"))
    doc = analysed.normalised_doc
    assert model_input(doc, 0, len(doc)) == "jij bent de domste van de klas | jij bent de dom van de klas"


def sure_model_score(text: str) -> float:
    """Stands in for a trained model that is sure of everything, to test what the rules let it judge."""
    return 0.99


@pytest.fixture
def sure_model(monkeypatch):
    monkeypatch.setattr(resemblance, "_model", lambda label: sure_model_score)


@pytest.mark.parametrize(
    "draft",
    [
        # belittling without an insult word, as the shipped model reads it
        "@sem echt niemand zit op jouw mening te wachten",
        "imagine being @kyle and thinking you can sing 💀",
        "Daan denkt dat hij kan voetballen hahaha kijk hem nou",
    ],
)
def test_bullying_without_a_listed_word_is_doubt(draft):
    assert [finding.severity.value for finding in resembles(draft, "bullying")] == ["amber"]


@pytest.mark.parametrize(
    "draft",
    [
        "jij bent helemaal niet dom Tim, je had gewoon pech",  # denied
        "niemand vindt jou raar @noor",  # denied by an opinion verb
        "ik ga je inmaken met schaken vanavond Jesse",  # a game
        "Week tegen Pesten: wat doe jij als iemand wordt buitengesloten?",  # talks about bullying
        "de stal is weer niet uitgemest",  # nobody addressed
    ],
)
def test_bullying_second_opinion_is_not_asked_where_the_rule_reads_no_target_or_a_denial(sure_model, draft):
    assert resembles(draft, "bullying") == []


@pytest.mark.parametrize(
    "draft",
    [
        "Moslims zijn niet luidruchtig, dat is een vooroordeel",  # negated
        "Het is niet oké om te zeggen dat Polen lui zijn",  # counter-speech
        "We gaan met de klas naar het weiland",  # no group named
    ],
)
def test_discrimination_second_opinion_needs_a_named_group_without_negation(sure_model, draft):
    assert resembles(draft, "discrimination") == []


@pytest.mark.parametrize(
    "draft",
    [
        "Niet alle moslims zijn luidruchtig",
        "Refugees aren't a threat to anyone",
        "Homo's zijn geen probleem op onze school",
        "iemand in de groepsapp zei dat Polen altijd dronken zijn. nee. dat is gewoon racisme",
    ],
)
def test_what_is_denied_of_a_group_or_reported_and_rejected_is_not_judged(sure_model, draft):
    assert resembles(draft, "discrimination") == []


@pytest.mark.parametrize(
    "draft",
    [
        "vrouwen zouden gewoon geen rijbewijs mogen halen",  # the negation is the exclusion
        "Zo'n moslim zie je nooit met een biertje",
        "Women should never run a farm",
    ],
)
def test_a_negation_that_is_not_a_denial_leaves_the_sentence_to_the_model(sure_model, draft):
    assert [finding.severity.value for finding in resembles(draft, "discrimination")] == ["amber"]


def test_praise_does_not_hide_sarcasm_from_the_bullying_model(sure_model):
    draft = "knap hoor @daan dat jij na twee jaar nog steeds geen paard kan opzadelen"
    assert [finding.severity.value for finding in resembles(draft, "bullying")] == ["amber"]


def test_the_finding_quotes_the_sentence_and_says_it_is_a_resemblance(sure_model):
    draft = "Goeiemorgen allemaal.\nDie Polen zitten ook overal tegenwoordig"
    (finding,) = resembles(draft, "discrimination")
    assert "'Die Polen zitten ook overal tegenwoordig'" in finding.message
    assert finding.severity.value == "amber"
    assert (finding.line, finding.column) == (2, 1)
    assert finding.suggestion


def test_a_school_can_switch_it_off_or_raise_the_threshold(sure_model, tmp_path):
    draft = "Die Polen zitten ook overal tegenwoordig"
    off = tmp_path / "off.yaml"
    off.write_text("rules:\n  discrimination:\n    resemblance: false\n", encoding="utf-8")
    strict = tmp_path / "strict.yaml"
    strict.write_text("rules:\n  discrimination:\n    resemblance: 1.0\n", encoding="utf-8")
    assert resembles(draft, "discrimination")
    assert resembles(draft, "discrimination", off) == []
    assert resembles(draft, "discrimination", strict) == []


@pytest.mark.parametrize(
    "draft",
    [
        "Women are great.",
        "Joden zijn ook gewoon mensen",
        "Black people are beautiful",
        "Moslims zijn niet luidruchtig, dat is een vooroordeel",
        "Vrouwen mogen sinds 1919 stemmen.",
        "jij bent helemaal niet dom Tim, je had gewoon pech",
        "ik ga je killen in Fortnite vanavond Jesse",
        "Emma jij bent de beste, dankjewel voor je hulp ❤️",
    ],
)
def test_the_shipped_model_leaves_neutral_positive_denied_and_friendly_drafts_green(draft):
    for rule in LABELS:
        assert resembles(draft, rule) == []


@pytest.mark.parametrize("value", ["0", "1.5", "ja", "[0.5]"])
def test_a_bad_threshold_is_a_one_line_config_error(tmp_path, value):
    config = tmp_path / "clusius-check.yaml"
    config.write_text(f"rules:\n  bullying:\n    resemblance: {value}\n", encoding="utf-8")
    result = check_task(CheckTask(None, data=b"hallo"), RunOptions(config_file=config))
    assert result.errors and "resemblance" in result.errors[0] and "\n" not in result.errors[0]


# --- the whole-draft second opinion of speaking-for-school, missing-source, confidential, personal-data ---------


def test_the_rules_of_issues_5_and_6_learn_from_every_corpus_file_and_the_others_from_their_own():
    every = training_files(CORPUS, "speaking-for-school")
    assert every == sorted(CORPUS.glob("*.yaml"))
    assert [path for path in every if path.name.startswith("privacy-")]
    assert not [path for path in training_files(CORPUS, "bullying") if path.name.startswith("privacy-")]


# Ten words or more: the whole-draft opinion does not judge one-liners (resemblance.MIN_WORDS).
NEWS = "Vanaf maandag gaat echt alles anders op de locatie in Hoorn en Alkmaar."


@pytest.fixture
def monday_model(monkeypatch):
    """Stands in for a model that is sure about every text with 'maandag' in it, and about nothing else."""
    monkeypatch.setattr(resemblance, "_model", lambda label: lambda text: 0.99 if "maandag" in text else 0.01)


@pytest.mark.parametrize("rule", WHOLE_DRAFT_LABELS)
def test_a_draft_the_patterns_miss_but_that_reads_like_the_rules_drafts_is_doubt(monday_model, rule):
    (finding,) = resembles(f"Goeiemorgen allemaal.\n{NEWS}", rule)
    assert finding.severity.value == "amber"
    assert finding.rule == rule
    assert f"'{NEWS}'" in finding.message  # the sentence that reads most like it, not the greeting
    assert (finding.line, finding.column) == (2, 1)
    assert finding.suggestion


@pytest.mark.parametrize("rule", WHOLE_DRAFT_LABELS)
def test_a_one_liner_is_left_to_the_patterns(sure_model, rule):
    assert resembles("Vanaf maandag gaat alles anders op de locatie.", rule) == []


@pytest.mark.parametrize(
    "rule, draft",
    [
        (
            "speaking-for-school",
            "Namens het Clusius College wensen wij u en uw familie hele fijne feestdagen toe.",
        ),
        (
            "missing-source",
            "Uit onderzoek blijkt dat 80% van de jongeren in Nederland te weinig slaapt door hun telefoon.",
        ),
        (
            "confidential",
            "VERTROUWELIJK: de notulen van het MT-overleg van gisteren staan hieronder, lees ze even door.",
        ),
        (
            "personal-data",
            "Mijn BSN is 111222333, kun je dat even voor me invullen op het formulier van de stage?",
        ),
    ],
)
def test_the_second_opinion_is_not_asked_when_the_patterns_already_found_it(sure_model, rule, draft):
    rule_findings = findings(draft, rule)
    assert rule_findings and not [finding for finding in rule_findings if "lijkt sterk op" in finding.message]


def test_speaking_for_school_asks_no_opinion_on_the_schools_own_account(sure_model):
    assert findings(f"---\naccount: school\n---\n{NEWS}", "speaking-for-school") == []


def test_an_information_tip_does_not_stop_the_second_opinion(sure_model):
    draft = "---\nrole: staff\n---\nMooie dag gehad op het Clusius College met de examenklas en de collega's van groen."
    severities = sorted(finding.severity.value for finding in findings(draft, "speaking-for-school"))
    assert severities == ["amber", "info"]


def test_the_personal_data_opinion_quotes_the_sentence_masked(sure_model):
    draft = "Sanne en @sanne_xo waren er gisteren allebei niet bij de les van meneer Bakker in lokaal 12"
    (finding,) = resembles(draft, "personal-data")
    for hidden in ("Sanne", "sanne", "Bakker", "12"):
        assert hidden not in finding.message
    assert (
        "'S**** en @s****_** waren er gisteren allebei niet bij de les van meneer B***** in lokaal **'"
        in (finding.message)
    )
    assert finding.redacted and len(finding.match) == len(draft)


@pytest.mark.parametrize(
    "rule, draft",
    [
        ("confidential", "Het wachtwoord van de gedeelde map staat op het bord in lokaal 12 voor iedereen."),
        (
            "personal-data",
            "ik heb een 8,5 voor wiskunde gehaald en een 7 voor Engels, echt blij mee vandaag!",
        ),
    ],
)
def test_what_the_rule_judged_harmless_as_info_is_not_overruled(sure_model, rule, draft):
    assert [finding.severity.value for finding in findings(draft, rule)] == ["info"]


@pytest.mark.parametrize("rule", WHOLE_DRAFT_LABELS)
def test_a_school_can_switch_each_opinion_off(sure_model, tmp_path, rule):
    off = tmp_path / "off.yaml"
    off.write_text(f"rules:\n  {rule}:\n    resemblance: false\n", encoding="utf-8")
    assert resembles(NEWS, rule)
    assert resembles(NEWS, rule, off) == []
