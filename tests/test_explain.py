"""Explanations: every rule in both languages, honest rewrites, and `explain` / `check --explain`."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from rich.console import Console

from clusius_check.engine import CheckTask, RunOptions, check_task
from clusius_check.explain import (
    RULE_KEYS,
    ExplanationError,
    explanation_file,
    findings_renderables,
    load_texts,
    rewrite,
    singular,
    texts,
)
from clusius_check.findings import Finding, Severity, result_for
from clusius_check.lesson import default_config
from clusius_check.rules import RULE_IDS

WIDE = {"COLUMNS": "400"}


def checked(text: str, account: str = "personal", lang: str | None = None):
    header = f"---\naccount: {account}\n" + (f"lang: {lang}\n" if lang else "") + "---\n"
    return check_task(
        CheckTask(None, data=(header + text).encode()), RunOptions(config_file=default_config())
    )


def rendered(parts) -> str:
    console = Console(width=400, record=True, file=open("/dev/null", "w"))  # noqa: SIM115
    for part in parts:
        console.print(part)
    return console.export_text()


# --- the explanation files ---------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("rule_id", RULE_IDS)
def test_every_rule_is_explained_in_both_languages(rule_id, language):
    explanation = texts(language).rules[rule_id]
    for key in ("why", "example", "instead", "no_rewrite"):
        assert len(getattr(explanation, key)) > 20, key
    assert explanation.citations


@pytest.mark.parametrize("rule_id", RULE_IDS)
def test_both_languages_cite_the_same_articles(rule_id):
    assert [c.id for c in texts("nl").rules[rule_id].citations] == [
        c.id for c in texts("en").rules[rule_id].citations
    ]


def test_english_glosses_every_article_it_quotes():
    shown = texts("en")
    cited = {c.id for e in shown.rules.values() for c in e.citations} | {c.id for c, _, _ in shown.remember}
    assert sorted(cited - set(shown.glosses)) == []


def test_both_languages_have_the_same_labels_and_lesson_texts():
    assert set(texts("nl").labels) - {"gloss"} == set(texts("en").labels) - {"gloss"}
    assert set(texts("nl").lesson) == set(texts("en").lesson)


def test_the_why_of_each_rule_differs_per_language():
    for rule_id in RULE_IDS:
        assert texts("nl").rules[rule_id].why != texts("en").rules[rule_id].why


def _broken(tmp_path: Path, change) -> Path:
    document = yaml.safe_load(explanation_file("nl").read_text(encoding="utf-8"))
    change(document)
    path = tmp_path / "nl.yaml"
    path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("change", "named"),
    [
        (lambda d: d["rules"].pop("image-metadata"), "rules.image-metadata"),
        (lambda d: d["rules"]["bullying"].pop("why"), "rules.bullying.why"),
        (lambda d: d["rules"]["bullying"].update(waarom="x"), "rules.bullying.waarom"),
        (lambda d: d["rules"]["bullying"].update(articles=["11"]), "'11'"),
        (lambda d: d["rules"]["bullying"].update(articles=["8.9"]), "'8.9'"),
        (lambda d: d["rules"]["bullying"].update(why=""), "rules.bullying.why"),
        (lambda d: d["labels"].pop("why"), "labels.why"),
        (lambda d: d["lesson"].pop("question"), "lesson.question"),
        (lambda d: d["rules"]["missing-source"].pop("quote_source"), "rules.missing-source.quote_source"),
    ],
    ids=[
        "a rule without an explanation",
        "a rule without its why",
        "a misspelt key",
        "an article the protocol does not have",
        "a point the article does not have",
        "an empty why",
        "a missing label",
        "a missing lesson text",
        "a rewrite text a rule needs",
    ],
)
def test_a_schools_broken_edit_names_the_file_and_the_key(tmp_path, change, named):
    path = _broken(tmp_path, change)
    with pytest.raises(ExplanationError) as raised:
        load_texts(path, "nl")
    line = raised.value.render("nl")
    assert line.startswith(str(path) + ": ")
    assert named in line
    assert "\n" not in line


def test_an_explanation_file_that_is_not_yaml_is_one_error(tmp_path):
    path = tmp_path / "nl.yaml"
    path.write_text("rules: [\n", encoding="utf-8")
    with pytest.raises(ExplanationError, match="YAML"):
        load_texts(path, "nl")


def test_the_shipped_files_keep_the_required_keys():
    for language in ("nl", "en"):
        document = yaml.safe_load(explanation_file(language).read_text(encoding="utf-8"))
        for rule_id in RULE_IDS:
            assert set(RULE_KEYS) <= set(document["rules"][rule_id])


# --- rewrites ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "rule", "after"),
    [
        (
            "Namens het Clusius College wensen wij iedereen een fijne vakantie!",
            None,
            "speaking-for-school",
            "Ik wens iedereen een fijne vakantie!",
        ),
        (
            "Wij als school vinden dat de nieuwe stal te duur is.",
            None,
            "speaking-for-school",
            "Ik vind dat de nieuwe stal te duur is.",
        ),
        (
            "On behalf of Clusius College, we wish all our students good luck!",
            "en",
            "speaking-for-school",
            "I wish all our students good luck!",
        ),
        (
            "Het is echt kutweer vandaag, de kas staat blank.",
            None,
            "vulgar-language",
            "Het is echt rotweer vandaag, de kas staat blank.",
        ),
        ("Die toets was echt kanker moeilijk.", None, "vulgar-language", "Die toets was echt moeilijk."),
        (
            '"Wie niet waagt, die niet wint." Mooi gezegd toch?',
            None,
            "missing-source",
            '"Wie niet waagt, die niet wint." — Bron: [wie zei of schreef het?] Mooi gezegd toch?',
        ),
        (
            "Uit onderzoek blijkt dat 80% van de jongeren te weinig slaapt.",
            None,
            "missing-source",
            "Uit onderzoek blijkt dat 80% van de jongeren te weinig slaapt (bron: [naam of link]).",
        ),
        (
            "Wie wil ruilen? Bel me even: 06-12345678",
            None,
            "personal-data",
            "Bel me even: (nummer weggelaten: stuur me een privébericht)",
        ),
        (
            "Beste ouders, de lessen vallen vrijdag uit.\n\nMet vriendelijke groet,\nHet Clusius College",
            None,
            "speaking-for-school",
            "[je eigen naam]",
        ),
    ],
    ids=[
        "namens het Clusius College becomes ik, with the verb in the singular",
        "wij als school becomes ik",
        "on behalf of the school becomes I",
        "a curse compound loses its curse",
        "a curse used as an intensifier is dropped",
        "a quotation gets a Bron: to fill in",
        "a claim gets a source to fill in",
        "a phone number is replaced, not shown",
        "a school signature becomes your own name",
    ],
)
def test_a_rewrite_fixes_only_the_sentence_of_the_finding(text, lang, rule, after):
    result = checked(text, lang=lang)
    (finding,) = [f for f in result.findings if f.rule == rule]
    assert rewrite(finding, result).after == after


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Jij bent echt een dikke loser, niemand wil jou in de groep.", "bullying"),
        ("Al die buitenlanders moeten terug naar hun eigen land.", "discrimination"),
        ("Het wachtwoord van de wifi voor personeel is Groen2024!", "confidential"),
        ("Mijn klasgenoot Daan heeft een 3,2 voor wiskunde, haha.", "personal-data"),
    ],
    ids=["bullying", "discrimination", "a password", "a classmate's grade"],
)
def test_where_no_rewrite_makes_it_fine_none_is_invented(text, rule):
    result = checked(text)
    findings = [f for f in result.findings if f.rule == rule]
    assert findings
    for finding in findings:
        done = rewrite(finding, result)
        assert done.before and done.after is None


def test_a_redacted_span_is_never_shown_raw_before_or_after():
    result = checked(
        "Mijn klasgenoot Daan heeft een 3,2. Bel Daan: 06-12345678, of mail daan.bakker2009@gmail.com"
    )
    shown = rendered(findings_renderables(result, "nl"))
    assert "Bevindingen" not in shown and "[1]" in shown
    for raw in ("12345678", "daan.bakker2009", "Daan heeft"):
        assert raw not in shown


def test_a_suppressed_redacted_span_stays_masked_in_another_findings_sentence():
    from dataclasses import replace

    from clusius_check.findings import SuppressedFinding

    result = checked("Die toets was echt kanker moeilijk, bel me: 06-12345678")
    phone = next(f for f in result.findings if f.rule == "personal-data")
    others = tuple(f for f in result.findings if f.rule != "personal-data")
    result = replace(
        result, findings=others, suppressed=(SuppressedFinding(phone, "eigen nummer van de stage"),)
    )
    shown = rendered(findings_renderables(result, "nl"))
    assert "Die toets was echt kanker moeilijk" in shown
    assert "12345678" not in shown and "06-****5678" in shown


def test_an_image_finding_has_no_sentence_and_says_why_there_is_no_rewrite():
    finding = Finding(
        rule="image-metadata",
        severity=Severity.AMBER,
        message="GPS",
        article="1",
        suggestion="x",
        file="kalf.jpg",
    )
    result = result_for("post.md", [finding], [], [], text="Ons kalf!\n", language="nl")
    assert rewrite(finding, result) is None
    shown = rendered(findings_renderables(result, "nl"))
    assert texts("nl").rules["image-metadata"].no_rewrite.split()[0] in shown
    assert "Geen herschrijving" in shown


@pytest.mark.parametrize(
    ("plural", "first_person"),
    [
        ("wensen", "wens"),
        ("vinden", "vind"),
        ("maken", "maak"),
        ("geven", "geef"),
        ("lezen", "lees"),
        ("hebben", "heb"),
        ("zijn", "ben"),
        ("feliciteren", "feliciteer"),
        ("bewonderen", "bewonder"),
        ("openen", "open"),
        ("betalen", "betaal"),
        ("zitten", "zit"),
        ("de", None),
        ("school", None),
    ],
)
def test_a_dutch_plural_verb_becomes_first_person_singular(plural, first_person):
    assert singular(plural, "nl") == first_person


def test_english_verbs_agree_with_i():
    assert singular("are", "en") == "am"
    assert singular("wish", "en") == "wish"


# --- the commands ------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("rule_id", RULE_IDS)
def test_explain_quotes_the_article_and_says_why(cli, rule_id, language):
    result = cli("explain", rule_id, "--lang", language, env=WIDE)
    assert result.exit_code == 0, result.stderr
    explanation = texts(language).rules[rule_id]
    first = explanation.citations[0]
    quoted = first.article.bullets[first.bullets[0] - 1] if first.bullets else first.article.text
    said = " ".join(result.stdout.split())
    assert quoted in said, "the protocol's own words"
    assert " ".join(explanation.why.split()) in said
    assert explanation.example in result.stdout and explanation.instead in result.stdout
    for citation, title, _ in texts(language).remember:  # art. 5 and art. 9 under every explanation
        assert f"{citation.heading} — {title}" in result.stdout
    if language == "en":
        assert texts("en").glosses[first.id].split(":")[0] in result.stdout


def test_explain_without_a_rule_explains_every_rule(cli):
    result = cli("explain", env=WIDE)
    assert result.exit_code == 0
    for rule_id in RULE_IDS:
        assert f"{rule_id} — " in result.stdout


@pytest.mark.parametrize(
    ("language", "words"), [("nl", "onbekende regel 'pesten'"), ("en", "unknown rule 'pesten'")]
)
def test_an_unknown_rule_is_one_line_listing_the_valid_ids(cli, language, words):
    result = cli("explain", "pesten", "--lang", language)
    assert result.exit_code == 2
    assert result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith("clusius-check: error: ") and words in line
    assert all(rule_id in line for rule_id in RULE_IDS)


def test_check_explain_puts_the_explanation_under_the_report(cli, write):
    post = write(
        "post.md",
        "---\naccount: personal\n---\nNamens het Clusius College wensen wij iedereen een fijne vakantie! "
        "Bel me: 06-12345678\n",
    )
    result = cli("check", post, "--explain", env=WIDE)
    assert result.exit_code == 1
    report, explanation = result.stdout.split(f"Uitleg bij {post}")
    assert "ROOD — Niet plaatsen" in report
    assert "[1] speaking-for-school · rood · art. 2" in explanation
    assert "Namens het Clusius College publiceren in plaats van namens jezelf." in explanation
    assert "Zo kan het: Ik wens iedereen een fijne vakantie!" in explanation
    assert "art. 5 — Het internet onthoudt alles" in explanation
    assert "12345678" not in result.stdout


def test_check_explain_in_english(cli, write):
    post = write("post.md", "Die toets was echt kanker moeilijk.\n")
    result = cli("check", post, "--explain", "--lang", "en", env=WIDE)
    assert f"Explanation for {post}" in result.stdout
    assert "Could be: Die toets was echt moeilijk." in result.stdout
    assert "Don't: post vulgar or inappropriate material." in result.stdout


def test_without_explain_the_report_is_unchanged(cli, write):
    post = write("post.md", "Die toets was echt kanker moeilijk.\n")
    assert "Uitleg bij" not in cli("check", post, env=WIDE).stdout


def test_explain_with_json_warns_and_keeps_the_json_clean(cli, write):
    post = write("post.md", "Die toets was echt kanker moeilijk.\n")
    result = cli("check", post, "--explain", "--format", "json")
    assert result.json()["drafts"][0]["verdict"] == "red"
    assert "clusius-check: warning: --explain" in result.stderr


def test_a_broken_explanation_file_stops_explain_and_check_in_one_line(cli, write, tmp_path, monkeypatch):
    import clusius_check.explain as explain_module

    broken = _broken(tmp_path, lambda d: d["rules"].pop("bullying"))
    monkeypatch.setattr(explain_module, "explanation_file", lambda language: broken)
    explain_module.texts.cache_clear()
    try:
        post = write("post.md", "Die toets was echt kanker moeilijk.\n")
        for args in (("explain", "bullying"), ("check", post, "--explain"), ("les", "--non-interactive")):
            result = cli(*args)
            assert result.exit_code == 2, args
            (line,) = result.stderr.splitlines()
            assert line.startswith(f"clusius-check: error: {broken}: ") and "rules.bullying" in line
            assert result.stdout == ""
    finally:
        explain_module.texts.cache_clear()


def test_check_explain_goes_with_the_report_into_output(cli, write, tmp_path):
    post = write("post.md", "Die toets was echt kanker moeilijk.\n")
    report = tmp_path / "rapport.txt"
    result = cli("check", post, "--explain", "--output", report, env=WIDE)
    assert result.exit_code == 1 and result.stdout == ""
    written = report.read_text(encoding="utf-8")
    assert "ROOD — Niet plaatsen" in written
    assert "Zo kan het: Die toets was echt moeilijk." in written


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_marker_without_a_reason_is_explained_too(tmp_path, language):
    """The suppression check's findings carry their own rule id; --explain and the HTML report explain them."""
    from clusius_check.explain import EXPLAINED_IDS, texts

    assert (*RULE_IDS, "suppression") == EXPLAINED_IDS
    explanation = texts(language).rules["suppression"]
    assert [citation.heading for citation in explanation.citations] == ["art. 2"]
    assert "clusius-check" in explanation.instead and explanation.instead != explanation.example
