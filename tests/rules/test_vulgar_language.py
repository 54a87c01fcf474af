"""vulgar-language: every obfuscation, the compounds, disease-or-curse context, the traps, the config."""

from __future__ import annotations

import pytest

from clusius_check.config import config_from_mapping
from clusius_check.engine import CheckTask, RunOptions, check_task


def findings(text: str, config_file=None):
    result = check_task(CheckTask(None, data=text.encode()), RunOptions(config_file=config_file))
    return [finding for finding in result.findings if finding.rule == "vulgar-language"]


def flagged(text: str, config_file=None) -> list[str]:
    return [finding.match for finding in findings(text, config_file) if finding.severity.value != "info"]


@pytest.mark.parametrize(
    ("draft", "match"),
    [
        ("Wat een kankerdag weer.", "kankerdag"),
        ("Wat een teringherrie in de kantine", "teringherrie"),
        ("Die tyfuslijers van 3B ook altijd", "tyfuslijers"),
        ("Wat een kutzooi hier", "kutzooi"),
        ("Klotenweer voor de sportdag", "Klotenweer"),
        ("Die kankerhond blaft de hele nacht", "kankerhond"),
        ("hoerenjong", "hoerenjong"),
        ("kk saai dit", "kk"),
        ("dit is kanker saai", "kanker"),
        ("ik heb kanker veel huiswerk", "kanker"),
        ("krijg de tering", "krijg de tering"),
        ("krijg toch de pest", "pest"),
        ("Kanker op met je herkansing", "Kanker op"),
        ("k a n k e r", "k a n k e r"),
        ("K.U.T.", "K.U.T"),
        ("k@nker", "k@nker"),
        ("sh1t, bus gemist", "sh1t"),
        ("f*ck die toets", "f*ck"),
        ("f**k this", "f**k"),
        ("kuuuut", "kuuuut"),
        ("FUUUCK", "FUUUCK"),
        ("Die k*t-app doet het weer niet", "k*t-app"),
        ("Wat een k💩t dag", "k💩t"),
        ("kenker druk in de bus", "kenker"),
        ("godverdomme, fiets lek", "godverdomme"),
        ("you're such a dick", "dick"),
        ("Jezus christus wat een stank", "Jezus christus"),
        # two letters swapped in a word that is no word, and @ for a at the start
        ("fcuk, left my lunch on the bus", "fcuk"),
        ("tyfsu irritant dat die bus niet komt", "tyfsu"),
        ("you're a real @sshole for posting that", "@sshole"),
        # "like" after a verb uses the word; only "words like" / "slurs like" talks about it
        ("@ryan stop acting like a fuckboy", "fuckboy"),
        # a slur for a group
        ("Al die kopvoddendraagsters in de aula", "kopvoddendraagsters"),
        ("Spazzes in wheelchairs blocking the corridor again.", "Spazzes"),
    ],
)
def test_vulgar_language_is_found(draft, match):
    assert match in flagged(draft)


@pytest.mark.parametrize(
    "draft",
    [
        "Wij lopen mee voor KWF Kankerbestrijding, steun het kankeronderzoek!",
        "Mijn oma heeft kanker gehad en is nu weer beter.",
        "Mijn opa is vorige maand aan kanker overleden.",
        "Een vaccinatie tegen tyfus is verplicht voor de reis.",
        "Tyfus komt in Nederland bijna niet meer voor.",
        "Vandaag Wereldkankerdag; longkanker is kankerverwekkend roken.",
        "Neem je sportkleren mee en hang ze in de klerenkast.",
        "Ze slaagde cum laude!",
        "De Homo sapiens leeft in groepen.",
        "Mongoolse muziek en de geschiedenis van de Mongolen.",
        "De pijpen van het orgel zijn gerestaureerd.",
        "De eekhoorn verzamelt eikels in het bos.",
        "pest- en ziektebestrijding in de kas",
        "de pest in de middeleeuwen",
        "Week tegen Pesten",
        "Scunthorpe United, Sussex and Essex",
        "The assessment is on Monday.",
        "Boeken van Dick Bruna in de bibliotheek",
        "Shiitake kweken op stammen",
        "Our Labrador bitch had six puppies this week.",
        "The cock crowed at dawn on the farm.",
        "We saw blue tits at the feeder.",
        "kk, ik neem de sleutel mee",
        "hoe gaat het met je?",
        "Onze conciërge Dick gaat met pensioen. Dank je wel Dick!",
        "De kippen pikken graan.",
        "Hoera, geslaagd!",
        "De takken moeten gesnoeid worden.",
        "Wij fokken schapen en ik fok konijnen.",
    ],
)
def test_innocent_words_stay_green(draft):
    assert flagged(draft) == []


def test_a_quoted_slur_in_counter_speech_is_only_info():
    found = findings("Scheldwoorden zoals 'mongool' doen pijn, zeg dat niet.")
    assert [finding.severity.value for finding in found] == ["info"]
    found = findings("Slurs like tranny are not ok in our school")
    assert [finding.severity.value for finding in found] == ["info"]


def test_the_finding_quotes_the_word_says_why_and_suggests_a_rewrite():
    (finding,) = findings("Wat een kankerdag.")
    assert finding.match == "kankerdag"
    assert finding.article == "8"
    assert "ziekteverwensing" in finding.message
    assert "'dag'" in finding.suggestion
    assert (finding.line, finding.column) == (1, 9)


def test_severity_follows_the_list(tmp_path):
    assert [finding.severity.value for finding in findings("shit, bus gemist")] == ["amber"]
    assert [finding.severity.value for finding in findings("fuck, bus gemist")] == ["red"]


def test_config_adds_words_allows_words_and_changes_severity(tmp_path):
    config = tmp_path / "clusius-check.yaml"
    config.write_text(
        "rules:\n  vulgar-language:\n    severity: amber\n    words: [klapzak]\n    allow: [kankerhond]\n",
        encoding="utf-8",
    )
    assert flagged("Die klapzak!", config) == ["klapzak"]
    assert flagged("Die kankerhond blaft.", config) == []
    assert {finding.severity.value for finding in findings("fuck", config)} == {"amber"}


def test_config_can_switch_the_rule_off(tmp_path):
    config = tmp_path / "clusius-check.yaml"
    config.write_text("rules:\n  vulgar-language: off\n", encoding="utf-8")
    assert findings("kankerdag", config) == []


def test_unknown_option_is_a_config_error(tmp_path):
    with pytest.raises(Exception, match="vulgar-language"):
        config_from_mapping({"rules": {"vulgar-language": {"wordz": []}}}, "x.yaml", tmp_path)
