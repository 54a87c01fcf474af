"""The lesson: shipped drafts teach what they say, keystrokes drive the score, and the handout prints all."""

from __future__ import annotations

import re

import pytest

from clusius_check.explain import texts
from clusius_check.findings import Severity, Verdict
from clusius_check.lesson import (
    EXPECTED,
    KEYS,
    LessonDraft,
    LessonError,
    check_drafts,
    load_draft,
    load_drafts,
    read_answer,
    select,
)
from clusius_check.rules import IMAGE_RULE_IDS, IMPLEMENTED

WIDE = {"COLUMNS": "400"}
DRAFTS = load_drafts()
KEY_FOR = {Verdict.GREEN: "p", Verdict.AMBER: "t", Verdict.RED: "n"}


@pytest.fixture(scope="module")
def verdicts() -> dict[str, tuple[Verdict, set[str]]]:
    """Every shipped draft checked once: its verdict and the rules that made it amber or red."""
    results = check_drafts(DRAFTS, "nl")
    return {
        draft.name: (result.verdict, {f.rule for f in result.findings if f.severity is not Severity.INFO})
        for draft, result in zip(DRAFTS, results, strict=True)
    }


def order(count: int, seed: int, rule: str | None = None) -> list[LessonDraft]:
    return select(DRAFTS, count, seed, rule, shuffle=True)


# --- the shipped drafts ------------------------------------------------------------------------------


def test_at_least_thirty_drafts_cover_every_text_rule_some_clean_and_some_english():
    assert len(DRAFTS) >= 30
    taught = {rule for draft in DRAFTS for rule in draft.rules}
    # Lesson drafts are text only, so the image rules are taught by `explain`, not by a draft.
    assert set(IMPLEMENTED) - set(IMAGE_RULE_IDS) <= taught
    assert sum(draft.verdict is Verdict.GREEN for draft in DRAFTS) >= 5
    assert sum(draft.lang == "en" for draft in DRAFTS) >= 4
    assert {draft.verdict for draft in DRAFTS} == set(Verdict)


@pytest.mark.parametrize("draft", DRAFTS, ids=[draft.name for draft in DRAFTS])
def test_each_shipped_draft_gets_the_verdict_it_is_meant_to_teach(verdicts, draft):
    verdict, rules = verdicts[draft.name]
    assert verdict is draft.verdict
    assert rules == set(draft.rules), "the rules that fire are the ones the draft teaches"


def test_a_draft_is_checked_with_its_account_and_role():
    draft = next(d for d in DRAFTS if d.account == "school")
    assert draft.as_draft().startswith(b"---\naccount: school\nrole: staff\n---\n")


# --- lesson draft files a school writes ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "named"),
    [
        ("title: x\ntext: y\n", "'verdict'"),
        ("title: x\nverdict: oranje\ntext: y\n", "'oranje'"),
        ("title: x\nverdict: red\ntext: y\nrules: [pesten]\n", "pesten"),
        ("title: x\nverdict: red\ntext: y\nkleur: rood\n", "'kleur'"),
        ("title: x\nverdict: red\ntext: y\naccount: klas\n", "'klas'"),
        ("title: x\nverdict: red\ntext: ''\n", "'text'"),
        ("title: [x\n", "YAML"),
    ],
    ids=[
        "no verdict",
        "a verdict in Dutch",
        "an unknown rule",
        "an unknown key",
        "an unknown account",
        "no text",
        "broken YAML",
    ],
)
def test_a_broken_lesson_draft_names_the_file_and_the_problem(tmp_path, content, named):
    path = tmp_path / "eigen.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(LessonError) as raised:
        load_draft(path)
    line = raised.value.render("nl")
    assert line.startswith(f"{path}: ") and named in line


def test_a_school_runs_its_own_drafts(cli, tmp_path):
    (tmp_path / "a.yaml").write_text(
        "title: Kalfjes\nverdict: green\ntext: De kalfjes zijn geboren, kom kijken!\n", encoding="utf-8"
    )
    result = cli("les", "--drafts", tmp_path, input="p\n", env=WIDE)
    assert result.exit_code == 0
    assert "Concept 1 van 1: Kalfjes" in result.stdout
    assert "Score: 1 van 1 goed" in result.stdout


def test_a_schools_broken_draft_is_a_one_line_error(cli, tmp_path):
    (tmp_path / "kapot.yaml").write_text("title: x\n", encoding="utf-8")
    result = cli("les", "--drafts", tmp_path)
    assert result.exit_code == 2
    (line,) = result.stderr.splitlines()
    assert line.startswith("clusius-check: error: ") and "kapot.yaml" in line


def test_a_folder_without_drafts_is_an_error(cli, tmp_path):
    result = cli("les", "--drafts", tmp_path)
    assert result.exit_code == 2 and "geen lesconcepten" in result.stderr


# --- keystrokes ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "answer"),
    [
        ("p", "post"),
        ("J", "post"),
        (" ja ", "post"),
        ("n", "dont"),
        ("niet plaatsen", "dont"),
        ("t", "doubt"),
        ("q", "quit"),
    ],
)
def test_keys_and_whole_words_are_understood(typed, answer):
    assert read_answer(typed) == answer


@pytest.mark.parametrize("typed", ["", "x", "pn", "misschien", "plaatsen!"])
def test_anything_else_is_not_an_answer(typed):
    assert read_answer(typed) is None


def test_every_verdict_has_the_answer_that_matches_it():
    assert set(EXPECTED) == set(Verdict) and set(EXPECTED.values()) <= set(KEYS)


def test_answering_like_the_tool_scores_every_draft(cli):
    chosen = order(4, seed=7)
    typed = "".join(KEY_FOR[draft.verdict] + "\n" for draft in chosen)
    result = cli("les", "--seed", "7", "--count", "4", input=typed, env=WIDE)
    assert result.exit_code == 0
    titles = re.findall(r"Concept \d van 4: (.+?) ─", result.stdout)
    assert titles == [draft.title for draft in chosen], "the seed fixes the order"
    assert result.stdout.count("Goed!") == 4
    assert "Score: 4 van 4 goed (4 keer precies het oordeel van de tool)." in result.stdout
    assert "Kijk nog eens naar" not in result.stdout


def test_posting_everything_scores_only_the_clean_drafts(cli):
    chosen = order(6, seed=3)
    clean = sum(draft.verdict is Verdict.GREEN for draft in chosen)
    assert 0 < clean < 6, "the seed gives a mix"
    result = cli("les", "--seed", "3", "--count", "6", input="p\n" * 6, env=WIDE)
    assert f"Score: {clean} van 6 goed ({clean} keer precies het oordeel van de tool)." in result.stdout
    assert result.stdout.count("Helaas: dit kun je beter niet plaatsen.") == 6 - clean
    missed = re.findall(r"• concept (\d) \((.+?)\): jij zei plaatsen", result.stdout)
    assert [title for _, title in missed] == [d.title for d in chosen if d.verdict is not Verdict.GREEN]


def test_not_posting_a_red_draft_as_doubt_is_right_but_not_exact(cli):
    chosen = order(12, seed=5)
    first_red = next(i for i, d in enumerate(chosen) if d.verdict is Verdict.RED)
    typed = "".join(KEY_FOR[d.verdict] + "\n" for d in chosen[:first_red]) + "t\nq\n"
    result = cli("les", "--seed", "5", "--count", "12", input=typed, env=WIDE)
    answered = first_red + 1
    assert "Goed: niet plaatsen klopt (de tool zegt ROOD — Niet plaatsen)." in result.stdout
    assert f"Score: {answered} van {answered} goed ({answered - 1} keer precies" in result.stdout


def test_quitting_at_once_answers_nothing(cli):
    result = cli("les", "--seed", "1", "--count", "3", input="q\n", env=WIDE)
    assert result.exit_code == 0
    assert result.stdout.count("Plaatsen of niet?") == 1
    assert "Gestopt na 0 van de 3 concepten." in result.stdout
    assert "Je hebt geen enkel concept beantwoord." in result.stdout
    assert "clusius-check zegt" not in result.stdout, "a draft nobody answered is not revealed"


def test_quitting_halfway_scores_what_was_answered(cli):
    chosen = order(5, seed=2)
    typed = KEY_FOR[chosen[0].verdict] + "\n" + KEY_FOR[chosen[1].verdict] + "\nq\n"
    result = cli("les", "--seed", "2", "--count", "5", input=typed, env=WIDE)
    assert "Gestopt na 2 van de 5 concepten." in result.stdout
    assert "Score: 2 van 2 goed" in result.stdout
    assert result.stdout.count("clusius-check zegt") == 2


def test_the_end_of_input_stops_the_lesson_like_q(cli):
    result = cli("les", "--seed", "2", "--count", "5", input="p\n", env=WIDE)
    assert result.exit_code == 0
    assert "Gestopt na 1 van de 5 concepten." in result.stdout


def test_an_invalid_key_asks_again_without_counting(cli):
    chosen = order(1, seed=4)
    result = cli(
        "les",
        "--seed",
        "4",
        "--count",
        "1",
        input="x\n\nmisschien\n" + KEY_FOR[chosen[0].verdict] + "\n",
        env=WIDE,
    )
    assert result.stdout.count("Dat snap ik niet.") == 3
    assert result.stdout.count("Plaatsen of niet?") == 4
    assert "Score: 1 van 1 goed" in result.stdout


def test_the_reveal_runs_the_checker_and_explains(cli):
    chosen = order(36, seed=9)
    first = next(i for i, d in enumerate(chosen) if d.name.endswith("namens-vakantie"))
    typed = "n\n" * first + "p\nq\n"
    result = cli("les", "--seed", "9", "--count", "36", input=typed, env=WIDE)
    shown = result.stdout.split("Namens de hele school")[1]
    assert "Jouw antwoord: plaatsen" in shown
    assert "clusius-check zegt: ROOD — Niet plaatsen" in shown
    assert "Namens het Clusius College[1] wensen wij" in shown, "the finding is marked in the draft"
    assert "Zo kan het: Ik wens iedereen een fijne vakantie!" in shown
    assert "Om te bespreken:" in shown
    assert "art. 5 — Het internet onthoudt alles" in shown, "the summary ends with art. 5 and 9"


def test_the_verdict_is_the_checkers_not_the_files(cli, tmp_path):
    """A draft file that claims the wrong verdict is still revealed as the checker sees it."""
    (tmp_path / "a.yaml").write_text(
        "title: Fout label\nverdict: green\ntext: Wat een kutweer vandaag.\n", encoding="utf-8"
    )
    result = cli("les", "--drafts", tmp_path, input="p\n", env=WIDE)
    assert "clusius-check zegt: ROOD — Niet plaatsen" in result.stdout
    assert "Score: 0 van 1 goed" in result.stdout


def test_every_dutch_draft_has_a_discussion_point_in_both_languages():
    for draft in DRAFTS:
        assert draft.note, draft.name
        if draft.lang != "en":
            assert draft.note_en and draft.note_en != draft.note, draft.name


def test_the_lesson_in_english(cli):
    result = cli("lesson", "--seed", "1", "--count", "2", "--lang", "en", input="y\nq\n", env=WIDE)
    assert result.exit_code == 0
    assert "Lesson: post or not?" in result.stdout
    assert "Post or not? [p/y = post" in result.stdout
    assert "Your answer: post" in result.stdout
    assert "Stopped after 1 of the 2 drafts." in result.stdout
    first = order(2, seed=1)[0]
    assert f"To discuss: {first.note_for('en')}" in result.stdout


def test_a_phone_number_in_a_lesson_draft_is_masked_once_revealed(cli):
    chosen = order(36, seed=9)
    first = next(i for i, d in enumerate(chosen) if d.name.endswith("telefoonnummer"))
    result = cli("les", "--seed", "9", "--count", "36", input="n\n" * first + "t\nq\n", env=WIDE)
    revealed = result.stdout.split("Jouw antwoord: twijfel")[1]
    assert "06-****5678" in revealed
    assert "12345678" not in revealed


def test_a_lesson_about_one_rule(cli):
    result = cli("les", "--rule", "bullying", "--non-interactive", env=WIDE)
    bullying = [d for d in DRAFTS if "bullying" in d.rules]
    assert result.stdout.count("Plaatsen of niet?") == len(bullying)
    assert all(d.title in result.stdout for d in bullying)


def test_an_unknown_rule_for_the_lesson_is_an_error(cli):
    result = cli("les", "--rule", "pesten")
    assert result.exit_code == 2 and "onbekende regel 'pesten'" in result.stderr


# --- non-interactive ----------------------------------------------------------------------------------


def test_non_interactive_prints_every_draft_with_question_answer_and_explanation(cli):
    result = cli("les", "--non-interactive", env=WIDE)
    assert result.exit_code == 0
    out = result.stdout
    assert out.count("Plaatsen of niet?") == len(DRAFTS)
    titles = re.findall(r"Concept \d+ van \d+: (.+?) ─", out)
    assert titles == [d.title for d in DRAFTS], "a handout keeps the files' order"
    answers = re.findall(r"Antwoord: (.+)", out)
    words = {Verdict.GREEN: "plaatsen", Verdict.AMBER: "twijfel", Verdict.RED: "niet plaatsen"}
    assert answers == [words[d.verdict] for d in DRAFTS]
    assert out.count("clusius-check zegt:") == len(DRAFTS)
    assert "Score" not in out
    assert out.count("art. 5 — Het internet onthoudt alles") == 1


def test_non_interactive_reads_no_input(cli):
    result = cli("les", "--non-interactive", "--count", "2", input="q\n", env=WIDE)
    assert result.stdout.count("clusius-check zegt:") == 2


def test_every_lesson_text_exists_in_both_languages():
    assert set(texts("nl").lesson) == set(texts("en").lesson)
