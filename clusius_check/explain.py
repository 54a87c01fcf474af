"""Explanations for pupils and teachers: the protocol article, why it matters, and a rewrite.

What is said lives in `data/explain/<language>.yaml`, one file per language that a school may edit
(ruff's rule-page shape: why, example, use instead, with the protocol article as the why); this
module loads and checks those files, quotes the protocol (`protocol.py`), and rewrites the sentence a
finding points at where a rewrite can be honest.

Rewrites are small and work only from the finding's span (`start`/`end`) and `match`: drop a swear
word, write `ik` for `namens het Clusius College`, put `Bron: …` after a quotation, replace a
phone number. Where no rewrite makes the sentence fine (bullying, a leaked password, an image),
the explanation says so instead of inventing one. Rewrites are written in the post's language and
never show the raw text of a redacted span.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from clusius_check.catalogue import MESSAGES, NoticeError, say, visible
from clusius_check.findings import DraftResult, Finding
from clusius_check.protocol import Article, UnknownArticle, article
from clusius_check.rules import RULE_IDS
from clusius_check.suppressions import INFO as SUPPRESSION_INFO

LANGUAGES = ("nl", "en")
RULE_KEYS = ("articles", "why", "example", "instead", "no_rewrite")
# Texts a rewrite puts into the post, per rule; in the post's language.
REWRITE_KEYS = {
    "speaking-for-school": ("pronoun", "signature", "personal_view"),
    "missing-source": ("quote_source", "claim_source", "image_source"),
    "personal-data": ("masked", "masked_email"),
}
LABEL_KEYS = (
    "protocol",
    "why",
    "example",
    "instead",
    "before",
    "after",
    "no_rewrite",
    "remember",
    "see_above",
    "explanation_for",
    "default_severity",
    "placeholder_note",
)
LESSON_KEYS = (
    "title",
    "intro",
    "draft",
    "account_personal",
    "account_school",
    "role_pupil",
    "role_student",
    "role_staff",
    "posted_by",
    "question",
    "invalid",
    "answer_post",
    "answer_dont",
    "answer_doubt",
    "your_answer",
    "tool_says",
    "right_exact",
    "right_safe",
    "wrong_posted",
    "wrong_held",
    "answer_expected",
    "score",
    "discuss",
    "summary_title",
    "summary",
    "stopped",
    "none_answered",
    "look_again",
    "look_again_item",
    "no_drafts",
)
TOP_KEYS = ("labels", "remember", "rules", "lesson", "glosses")
_CITATION = re.compile(r"^(P?\d{1,2})(?:\.(\d{1,2}))?$")


class ExplanationError(NoticeError):
    """A school's explanation file that does not have the shape this module needs."""


# Every rule id a finding can carry: the rules, and the check of suppression markers (suppressions.py).
EXPLAINED_IDS = (*RULE_IDS, SUPPRESSION_INFO.id)


def read_school_yaml(path: Path, error: type[NoticeError]) -> object:
    """A YAML file a school may edit (explanations, lesson drafts), parsed; unreadable or broken is one `error`
    line naming the file."""
    import yaml

    from clusius_check.safe_yaml import load_yaml

    try:
        return load_yaml(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise error(str(path), "explain.unreadable", reason=exc.strerror) from None
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise error(str(path), "explain.invalid_yaml", problem=str(exc).splitlines()[0]) from None


@dataclass(frozen=True)
class Citation:
    """A cited article, or one point of its list (`8.2`)."""

    id: str
    article: Article
    bullets: tuple[int, ...] = ()

    @property
    def heading(self) -> str:
        return f"art. {self.article.label}"

    def quote(self) -> str:
        return self.article.quote(self.bullets)


@dataclass(frozen=True)
class RuleExplanation:
    rule: str
    citations: tuple[Citation, ...]
    why: str
    example: str
    instead: str
    no_rewrite: str
    rewrite_texts: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Texts:
    """Everything one explanation file says, checked."""

    language: str
    labels: dict[str, str]
    remember: tuple[tuple[Citation, str, str], ...]
    rules: dict[str, RuleExplanation]
    lesson: dict[str, str]
    glosses: dict[str, str]

    def label(self, key: str, **params: object) -> str:
        return self.labels[key].format(**params) if params else self.labels[key]

    def lesson_text(self, key: str, **params: object) -> str:
        return self.lesson[key].format(**params) if params else self.lesson[key]


@dataclass(frozen=True)
class Rewrite:
    """The sentence a finding is in (`before`), and how it could read (`after`, None: no honest rewrite)."""

    before: str
    after: str | None


def explanation_file(language: str) -> Path:
    return Path(str(resources.files("clusius_check").joinpath("data", "explain", f"{language}.yaml")))


@lru_cache(maxsize=4)
def texts(language: str) -> Texts:
    return load_texts(explanation_file(language), language)


def load_texts(path: Path, language: str) -> Texts:
    """Read and check an explanation file; every problem names the file and the key."""
    shown = str(path)
    raw = read_school_yaml(path, ExplanationError)

    def mapping(value: object, key: str, required: tuple[str, ...], optional: tuple[str, ...] = ()) -> dict:
        if not isinstance(value, dict):
            raise ExplanationError(shown, "explain.missing", key=key)
        for name in value:
            if name not in required and name not in optional:
                known = ", ".join((*required, *optional))
                raise ExplanationError(
                    shown, "explain.unknown_key", key=f"{key}.{name}".lstrip("."), known=known
                )
        for name in required:
            if name not in value:
                raise ExplanationError(shown, "explain.missing", key=f"{key}.{name}".lstrip("."))
        return value

    def text(value: object, key: str) -> str:
        if not isinstance(value, str) or not value.strip():
            raise ExplanationError(shown, "explain.not_text", key=key)
        return value.strip() if not value.startswith(" ") else value.rstrip()

    def cite(value: object, key: str) -> Citation:
        found = _CITATION.match(str(value).strip())
        if not found:
            raise ExplanationError(shown, "explain.unknown_article", key=key, article=value)
        try:
            cited = article(found.group(1))
        except UnknownArticle:
            raise ExplanationError(shown, "explain.unknown_article", key=key, article=value) from None
        bullets = (int(found.group(2)),) if found.group(2) else ()
        if bullets and not 1 <= bullets[0] <= len(cited.bullets):
            raise ExplanationError(shown, "explain.unknown_article", key=key, article=value)
        return Citation(str(value).strip(), cited, bullets)

    document = mapping(raw, "", TOP_KEYS[:4], TOP_KEYS[4:])
    labels = {
        key: text(value, f"labels.{key}")
        for key, value in mapping(document["labels"], "labels", LABEL_KEYS, ("gloss",)).items()
    }
    lesson = {
        key: text(value, f"lesson.{key}")
        for key, value in mapping(document["lesson"], "lesson", LESSON_KEYS).items()
    }
    if not isinstance(document["remember"], list) or not document["remember"]:
        raise ExplanationError(shown, "explain.missing", key="remember")
    remember = []
    for number, item in enumerate(document["remember"], start=1):
        key = f"remember.{number}"
        item = mapping(item, key, ("article", "title", "text"))
        remember.append(
            (
                cite(item["article"], f"{key}.article"),
                text(item["title"], f"{key}.title"),
                text(item["text"], f"{key}.text"),
            )
        )
    rules_raw = mapping(document["rules"], "rules", EXPLAINED_IDS)
    rules: dict[str, RuleExplanation] = {}
    for rule_id in EXPLAINED_IDS:
        extras = REWRITE_KEYS.get(rule_id, ())
        entry = mapping(rules_raw[rule_id], f"rules.{rule_id}", (*RULE_KEYS, *extras))
        key = f"rules.{rule_id}"
        if not isinstance(entry["articles"], list) or not entry["articles"]:
            raise ExplanationError(shown, "explain.missing", key=f"{key}.articles")
        rules[rule_id] = RuleExplanation(
            rule=rule_id,
            citations=tuple(cite(value, f"{key}.articles") for value in entry["articles"]),
            why=text(entry["why"], f"{key}.why"),
            example=text(entry["example"], f"{key}.example"),
            instead=text(entry["instead"], f"{key}.instead"),
            no_rewrite=text(entry["no_rewrite"], f"{key}.no_rewrite"),
            rewrite_texts={name: text(entry[name], f"{key}.{name}") for name in extras},
        )
    glosses_raw = document.get("glosses") or {}
    if not isinstance(glosses_raw, dict):
        raise ExplanationError(shown, "explain.missing", key="glosses")
    glosses = {}
    for citation_id, value in glosses_raw.items():
        cite(citation_id, f"glosses.{citation_id}")
        glosses[str(citation_id)] = text(value, f"glosses.{citation_id}")
    return Texts(language, labels, tuple(remember), rules, lesson, glosses)


def rule_explanation(rule_id: str, language: str) -> RuleExplanation:
    return texts(language).rules[rule_id]


# --- rewrites -------------------------------------------------------------------------------------

_SENTENCE_END = re.compile(r"[.!?…]+(?=[\s\"'”’)]|$)|\n")


def shown_body(result: DraftResult) -> str:
    """The draft's body as a report may show it: every redacted span replaced by its mask, also that of
    a finding a marker suppressed (it is still the data of a person)."""
    body = result.text[result.body_offset :]
    suppressed = tuple(item.finding for item in getattr(result, "suppressed", ()))
    for finding in (*result.findings, *suppressed):
        if finding.redacted and finding.start is not None and finding.end is not None:
            mask = finding.match if len(finding.match) == finding.end - finding.start else None
            body = body[: finding.start] + (mask or "*" * (finding.end - finding.start)) + body[finding.end :]
    return body


def sentence_bounds(body: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or line) around body[start:end]."""
    begin = 0
    for found in _SENTENCE_END.finditer(body):
        if found.end() > start:
            break
        begin = found.end()
    finish = len(body)
    if end > start and body[end - 1] in ".!?…":
        finish = end
    else:
        found = _SENTENCE_END.search(body, end)
        if found:
            finish = found.start() if found.group() == "\n" else found.end()
    while begin < start and body[begin].isspace():
        begin += 1
    return begin, max(finish, end)


def finding_kind(finding: Finding) -> tuple[str, dict[str, str]]:
    """Which catalogue message the finding carries (`phone`, `mandate`, `quote` …), with its parameters,
    read back from the message itself: findings are plain data and do not name their key."""
    prefix = "vulgar." if finding.rule == "vulgar-language" else f"{finding.rule}."
    for language in LANGUAGES:
        for key, template in MESSAGES[language].items():
            if key.startswith(prefix) and key.endswith(".message"):
                params = _read_template(template, finding.message)
                if params is not None:
                    kind = key[len(prefix) : -len(".message")] or "message"
                    suggestion = _suggestion_params(prefix, finding.suggestion)
                    return kind, {**params, **suggestion}
    return "", {}


def _suggestion_params(prefix: str, suggestion: str) -> dict[str, str]:
    for language in LANGUAGES:
        for key, template in MESSAGES[language].items():
            if key.startswith(prefix) and "suggestion" in key:
                params = _read_template(template, suggestion)
                if params is not None:
                    return {"suggestion": key.rsplit(".", 1)[-1], **params}
    return {}


def _read_template(template: str, said: str) -> dict[str, str] | None:
    pattern = ""
    for literal, name, _, _ in string.Formatter().parse(template):
        pattern += re.escape(literal)
        if name:
            pattern += f"(?P<{name}>.+?)" if f"(?P<{name}>" not in pattern else f"(?P={name})"
    found = re.fullmatch(pattern, said, flags=re.DOTALL)
    return found.groupdict() if found else None


def rewrite(finding: Finding, result: DraftResult) -> Rewrite | None:
    """The finding's sentence and a rewrite of it; None for a finding without a text span (an image)."""
    if finding.start is None or finding.end is None or not result.text:
        return None
    body = shown_body(result)
    begin, finish = sentence_bounds(body, finding.start, finding.end)
    sentence = body[begin:finish]
    start, end = finding.start - begin, finding.end - begin
    language = result.language if result.language in LANGUAGES else "nl"
    rewriter = _REWRITERS.get(finding.rule)
    after = None
    if rewriter is not None:
        explanation = texts(language).rules[finding.rule]
        kind, params = finding_kind(finding)
        after = rewriter(sentence, start, end, kind, params, explanation, language)
    if after is not None and after.strip() in ("", sentence.strip()):
        after = None
    return Rewrite(sentence.strip(), after.strip() if after else None)


def _tidy(text: str) -> str:
    text = re.sub(r"[ \t]{2,}", " ", text)
    text = re.sub(r"\s+([,.!?;:])", r"\1", text)
    text = re.sub(r"^[\s,;:–—-]+", "", text)
    return text


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def _drop(sentence: str, start: int, end: int) -> str:
    after = _tidy(sentence[:start] + sentence[end:])
    return _capitalise(after) if start == 0 or not sentence[:start].strip() else after


def _replace(sentence: str, start: int, end: int, new: str) -> str:
    after = sentence[:start] + new + sentence[end:]
    return _capitalise(after) if not sentence[:start].strip() else after


def _before_final_punctuation(sentence: str) -> int:
    stripped = sentence.rstrip()
    position = len(stripped)
    while position and stripped[position - 1] in ".!?…":
        position -= 1
    return position


def _rewrite_vulgar(sentence, start, end, kind, params, explanation, language) -> str | None:
    if kind != "message":  # a word mentioned, not used: nothing to rewrite
        return None
    if params.get("suggestion") == "compound" and params.get("part"):
        # The rule's own advice: 'weer' or 'rotweer'. In Dutch the second keeps what the writer meant.
        part = params["part"]
        return _replace(sentence, start, end, f"rot{part}" if language == "nl" and len(part) > 2 else part)
    if params.get("suggestion") == "instead" and params.get("instead"):
        return _replace(sentence, start, end, params["instead"])
    after = _drop(sentence, start, end)
    return after if len(re.findall(r"\w+", after)) >= 2 else None


def _rewrite_speaking_for_school(sentence, start, end, kind, params, explanation, language) -> str | None:
    texts_ = explanation.rewrite_texts
    if kind == "signature":
        return _replace(sentence, start, end, texts_["signature"])
    if kind == "personal-view":
        return sentence.rstrip() + " " + texts_["personal_view"]
    if kind == "mandate":
        rest = sentence[:start] + re.sub(r"^\s*[,:;–—-]?\s*", "", sentence[end:])
        return _as_i(_tidy(rest), start, language, texts_["pronoun"], required=False)
    if kind == "we-school":
        return _as_i(sentence, start, language, texts_["pronoun"], required=True, span_end=end)
    return None


_WE = {"nl": ("wij", "we"), "en": ("we",)}


def _as_i(sentence: str, near: int, language: str, pronoun: str, required: bool, span_end: int | None = None):
    """`wij wensen` → `ik wens`, `wensen wij` → `wens ik` (or `Ik wens` at the start of the sentence).

    With `span_end`, the span itself (`wij als school`) is the subject; else the first `wij`/`we` at or
    after `near`. Without a subject the sentence stays as it is, unless one is `required`."""
    words = list(re.finditer(r"[\w'’]+", sentence))
    if span_end is not None:
        subject = (near, span_end)
    else:
        found = next((w for w in words if w.start() >= near and w.group().lower() in _WE[language]), None)
        if found is None:
            return None if required else _capitalise(sentence)
        subject = (found.start(), found.end())
    after_subject = next((w for w in words if w.start() >= subject[1]), None)
    before_subject = next((w for w in reversed(words) if w.end() <= subject[0]), None)
    verb = None
    # Dutch puts the verb before the subject after a fronted phrase ("Daarom vinden wij"); English never.
    if (
        language == "nl"
        and before_subject is not None
        and before_subject.group().lower() not in _NL_NOT_VERBS
    ):
        verb = singular(before_subject.group(), language)
    if verb is not None and before_subject is not None:
        first_word = not sentence[: before_subject.start()].strip()
        if first_word:  # "Wensen wij iedereen …" lost its front: "Ik wens iedereen …"
            return (
                _capitalise(pronoun)
                + " "
                + verb.lower()
                + sentence[before_subject.end() : subject[0]].rstrip()
                + sentence[subject[1] :]
            )
        return (
            sentence[: before_subject.start()]
            + verb
            + sentence[before_subject.end() : subject[0]]
            + pronoun
            + sentence[subject[1] :]
        )
    if after_subject is None:
        return None
    verb = singular(after_subject.group(), language)
    if verb is None:
        return None
    return _replace(
        sentence[: subject[0]]
        + pronoun
        + sentence[subject[1] : after_subject.start()]
        + verb
        + sentence[after_subject.end() :],
        0,
        0,
        "",
    )


_NL_IRREGULAR = {
    "zijn": "ben",
    "hebben": "heb",
    "kunnen": "kan",
    "mogen": "mag",
    "willen": "wil",
    "zullen": "zal",
    "gaan": "ga",
    "staan": "sta",
    "slaan": "sla",
    "doen": "doe",
    "zien": "zie",
    "komen": "kom",
    "waren": "was",
    "hadden": "had",
    "konden": "kon",
    "wilden": "wilde",
    "zouden": "zou",
}
# Words ending in -en before a subject that are not the verb: "samen wij", "en alleen wij".
_NL_NOT_VERBS = {
    "samen",
    "alleen",
    "even",
    "tegen",
    "boven",
    "beneden",
    "binnen",
    "tussen",
    "volgens",
    "open",
    "toen",
    "en",
    "maar",
    "omdat",
    "wanneer",
    "indien",
    "mits",
    "zoals",
}
_EN_IRREGULAR = {"are": "am", "were": "was", "'re": "'m"}
# Verbs whose last syllable is stressed keep a long e: feliciteren → feliciteer, not feliciter.
_NL_STRESSED_ER = ("iteren", "iseren", "nteren", "rmeren", "uleren", "eren")


def singular(verb: str, language: str) -> str | None:
    """The first person singular of a plural verb (`wensen` → `wens`), or None when it is no plural verb."""
    lower = verb.lower()
    if language == "en":
        if lower in _EN_IRREGULAR:
            return _EN_IRREGULAR[lower]
        return verb if re.fullmatch(r"[a-z]+", lower) and lower not in ("the", "a", "an", "all") else None
    if lower in _NL_IRREGULAR:
        return _NL_IRREGULAR[lower]
    if not re.fullmatch(r"[a-zë]+en", lower) or len(lower) < 4:
        return None
    stem = lower[:-2]
    if len(stem) >= 2 and stem[-1] == stem[-2] and stem[-1] not in "aeiou":
        return stem[:-1]  # zitten → zit, hebben → heb
    syllables = re.findall(r"[aeiouy]+", stem)
    open_syllable = re.search(r"(?<![aeiouy])([aeou])([^aeiouy])$", stem)
    if open_syllable:
        vowel = open_syllable.group(1)
        unstressed_e = vowel == "e" and len(syllables) > 1 and not lower.endswith(_NL_STRESSED_ER[:-1])
        if not unstressed_e:
            stem = stem[: open_syllable.start(1)] + vowel + stem[open_syllable.start(1) :]  # maken → maak
    if stem.endswith("v"):
        stem = stem[:-1] + "f"
    elif stem.endswith("z"):
        stem = stem[:-1] + "s"
    return stem


def _rewrite_missing_source(sentence, start, end, kind, params, explanation, language) -> str | None:
    texts_ = explanation.rewrite_texts
    if kind == "quote":
        return sentence[:end] + texts_["quote_source"] + sentence[end:]
    if kind == "claim":
        position = _before_final_punctuation(sentence)
        return sentence[:position] + texts_["claim_source"] + sentence[position:]
    if kind == "taken":
        return sentence.rstrip() + texts_["image_source"]
    return None


# Personal data that can be replaced by a note without changing what the post says.
_REPLACEABLE_DATA = ("phone", "email", "bsn", "iban", "onderwijsnummer", "school-pattern", "licence-plate")


def _rewrite_personal_data(sentence, start, end, kind, params, explanation, language) -> str | None:
    if kind not in _REPLACEABLE_DATA:
        return None
    note = explanation.rewrite_texts["masked_email" if kind == "email" else "masked"]
    return _replace(sentence, start, end, note)


_REWRITERS = {
    "vulgar-language": _rewrite_vulgar,
    "speaking-for-school": _rewrite_speaking_for_school,
    "missing-source": _rewrite_missing_source,
    "personal-data": _rewrite_personal_data,
}


# --- rendering ------------------------------------------------------------------------------------


def _block(text, indent: int = 2, style: str = ""):
    """A paragraph indented as a whole, so wrapped lines stay under its first line."""
    from rich.padding import Padding
    from rich.text import Text

    return Padding(
        text if isinstance(text, Text) else Text(text, style=style), (0, 0, 0, indent), expand=False
    )


def _labelled(label: str, text: str, indent: int = 2, style: str = "bold"):
    from rich.text import Text

    return _block(Text.assemble((label + ": ", style), visible(text)), indent)


def article_block(citations: tuple[Citation, ...], language: str, indent: int = 2):
    """The cited articles, quoted in Dutch (the school's own words); in English with a gloss below."""
    from rich.text import Text

    shown = texts(language)
    parts = []
    for citation in citations:
        parts.append(_block(Text.assemble((citation.heading, "bold"), "  ", citation.article.title), indent))
        quote = citation.article.quote(citation.bullets)
        if citation.article.title and quote.startswith(citation.article.title):
            quote = quote[len(citation.article.title) :].lstrip("\n")
        for line in quote.splitlines():
            parts.append(_block(line, indent + 2, "italic"))
        gloss = shown.glosses.get(citation.id)
        if language != "nl" and gloss:
            parts.append(_block(f"({shown.label('gloss')}: {gloss})", indent + 2, "dim"))
    return parts


def rule_renderables(rule_id: str, language: str):
    """`clusius-check explain RULE`: summary, article, why, example and instead, and art. 5 and 9."""
    from rich.text import Text

    from clusius_check.rules import rule_info

    shown = texts(language)
    explanation = shown.rules[rule_id]
    info = rule_info(rule_id)
    return [
        Text.assemble((rule_id, "bold"), " — ", info.summary[language]),
        Text(
            shown.label(
                "default_severity",
                severity=say(language, f"severity.{info.default_severity.value}"),
                article=info.article,
            ),
            style="dim",
        ),
        Text(""),
        Text(shown.label("protocol"), style="bold underline"),
        *article_block(explanation.citations, language),
        Text(""),
        Text(shown.label("why"), style="bold underline"),
        _block(explanation.why),
        Text(""),
        _labelled("✗ " + shown.label("example"), explanation.example, 0, "bold red"),
        _labelled("✓ " + shown.label("instead"), explanation.instead, 0, "bold green"),
        Text(""),
        *remember_renderables(language),
    ]


def remember_renderables(language: str):
    """Art. 5 (the internet remembers everything) and art. 9 (the consequences), under every explanation."""
    from rich.text import Text

    shown = texts(language)
    parts: list = [Text(shown.label("remember"), style="bold underline")]
    for citation, title, text in shown.remember:
        parts.append(_labelled(f"{citation.heading} — {title}", text))
    return parts


def rewrite_renderables(finding: Finding, result: DraftResult, language: str, explanation: RuleExplanation):
    shown = texts(language)
    done = rewrite(finding, result)
    if done is None:
        return [_labelled(shown.label("no_rewrite"), explanation.no_rewrite)]
    parts = [_labelled(shown.label("before"), done.before)]
    if done.after is None:
        parts.append(_labelled(shown.label("no_rewrite"), explanation.no_rewrite))
    else:
        parts.append(_labelled(shown.label("after"), done.after, style="bold green"))
        if "[" in done.after and "[" not in done.before:
            parts.append(_block(shown.label("placeholder_note"), 2, "dim"))
    return parts


def findings_renderables(result: DraftResult, language: str, title: bool = True, remember: bool = True):
    """Under a report: for each finding its number, the article and why (once per rule), and the rewrite;
    then art. 5 and 9 (`remember`; the lesson shows those once, at the end)."""
    from rich.text import Text

    if not result.findings:
        return []
    shown = texts(language)
    parts: list = []
    if title:
        parts.append(Text(shown.label("explanation_for", path=visible(result.path)), style="bold"))
    first_of_rule: dict[str, int] = {}
    for number, finding in enumerate(result.findings, start=1):
        explanation = shown.rules.get(finding.rule)
        if explanation is None:
            continue
        parts.append(
            Text.assemble(
                (f"[{number}] ", "bold"),
                (finding.rule, "bold"),
                " · ",
                say(language, f"severity.{finding.severity.value}"),
                " · ",
                say(language, "report.article", article=finding.article),
            )
        )
        if finding.rule in first_of_rule:
            parts.append(_block(shown.label("see_above", number=first_of_rule[finding.rule]), 2, "dim"))
        else:
            first_of_rule[finding.rule] = number
            parts.append(_block(shown.label("protocol"), 2, "bold"))
            parts.extend(article_block(explanation.citations, language, 4))
            parts.append(_block(shown.label("why"), 2, "bold"))
            parts.append(_block(explanation.why, 4))
        parts.extend(rewrite_renderables(finding, result, language, explanation))
    if remember:
        parts.append(Text(""))
        parts.extend(remember_renderables(language))
    return parts
