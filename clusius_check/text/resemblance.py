"""A second opinion learned from examples: how much a draft resembles the corpus's drafts a rule must flag.

Why: the bullying and discrimination rules find hostility that has a hostile word or a known phrase
family. Drafts nobody wrote for our corpus hurt in other ways too: sarcasm (`knap hoor, weer als laatste
klaar`), a stereotype told as an anecdote, a veiled threat without a threat verb. A small spaCy text
classifier (`textcat_multilabel`, trained on tests/corpus/ by `make model`, no pretrained vectors) scores
how much a draft reads like the labelled bullying and discrimination drafts.

It never decides alone. A rule asks it only when its own patterns found nothing, only for sentences its
own reading allows (a person addressed, a group named, no negation), and its finding is amber: doubt, so
do not post yet; the message says it is a resemblance, not a proven insult. A school can raise the
threshold or switch it off per rule (`resemblance` in clusius-check.yaml).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path

from clusius_check.findings import Severity
from clusius_check.text.targets import sentences

# Each rule with a second opinion has its own classifier, trained on its own files (see training_files).
LABELS = (
    "bullying",
    "discrimination",
    "speaking-for-school",
    "missing-source",
    "confidential",
    "personal-data",
)
# The rules of issues 5 and 6 found 0.72 to 0.88 of each new writer's drafts with their word lists; their model reads
# the whole draft as written and as lemmas, without group placeholders.
WHOLE_DRAFT_LABELS = LABELS[2:]
MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "resemblance"


# Stands for every group the discrimination lists name ("moslims", "women", "mensen met autisme"): the
# model learns what is said about a group, not which groups are named. Without it, a bag of words scored
# "Women are great." 0.67 and "Joden zijn ook gewoon mensen" 0.83 for discrimination.
GROUP_PLACEHOLDER = "groepnaam"


def model_input(
    doc, start: int, end: int, group_spans: Iterable[tuple[int, int]] = (), trimmed: bool = False
) -> str:
    """What the model reads, in training and in use alike: tokens [start, end) of the normalised Doc (disguises
    undone), lower case, each group named replaced by one placeholder; twice, as written and as lemmas.

    Why twice: the lemma view lets `zijn`, `is` and `bent`, or `thieves` and `thief`, share what they learned;
    the written view keeps what the lemmatizer blurs. Scored on corpus files left out of training, the two
    views together found 0.03 to 0.07 more discrimination at the same false alarms than the written view alone.
    `trimmed` (the whole-draft models of issues 5 and 6): blank lines and spaces around the range are left out,
    so a draft saved with or without a final line break is the same draft (with it, a clean draft once scored
    above the speaking-for-school threshold). The bullying and discrimination models keep the input they were
    chosen with."""
    if trimmed:
        while start < end and doc[start].is_space:
            start += 1
        while end > start and doc[end - 1].is_space:
            end -= 1
    views = (
        _view(doc, start, end, group_spans, lambda token: token.text),
        _view(doc, start, end, group_spans, lambda token: token.lemma_ or token.text),
    )
    if trimmed:
        views = tuple(view.strip() for view in views)
    return " | ".join(views)


def _view(doc, start: int, end: int, group_spans: Iterable[tuple[int, int]], word) -> str:
    replaced = {span_start: span_end for span_start, span_end in group_spans if start <= span_start < end}
    parts: list[str] = []
    index = start
    while index < end:
        if index in replaced:
            last = doc[replaced[index] - 1]
            parts.append(GROUP_PLACEHOLDER + last.whitespace_)
            index = replaced[index]
            continue
        token = doc[index]
        parts.append(word(token) + token.whitespace_)
        index += 1
    return "".join(parts).lower()


@lru_cache(maxsize=len(LABELS))
def _model(label: str) -> Callable[[str], float]:
    """`label`'s classifier as text -> score. Its component runs on the Dutch tokenizer the rules already
    loaded (the one it was trained with): `spacy.load` would build a second one, half a second of a cold start."""
    from thinc.api import Config

    from clusius_check.text.pipeline import get_nlp

    nlp = get_nlp("nl")
    folder = MODEL_DIR / label
    settings = dict(Config().from_disk(folder / "config.cfg")["components"]["textcat_multilabel"])
    factory = settings.pop("factory")
    component = nlp.create_pipe(factory, name=f"resemblance-{label}", config=settings)
    component.from_disk(folder / factory, exclude=["vocab"])
    return lambda text: component(_model_doc(text)).cats[label]


@lru_cache(maxsize=8)
def _model_doc(text: str):
    """The model input tokenized, kept for the next model: the four whole-draft models of one draft read the
    same text, one after the other (a classifier only adds its own label to `doc.cats`)."""
    from clusius_check.text.pipeline import get_nlp

    return get_nlp("nl").make_doc(text)


def draft_score(analysed, label: str, group_spans: Iterable[tuple[int, int]] = ()) -> float:
    """How much the whole draft resembles `label`'s drafts, from 0 to 1."""
    doc = analysed.normalised_doc
    if label in WHOLE_DRAFT_LABELS:
        # One input for the four whole-draft models, built once per draft.
        text = analysed.shared.get("whole-draft-model-input")
        if text is None:
            text = analysed.shared["whole-draft-model-input"] = model_input(doc, 0, len(doc), (), True)
        return _model(label)(text)
    return _model(label)(model_input(doc, 0, len(doc), group_spans))


def resembling_sentence(
    analysed,
    label: str,
    threshold: float,
    sentence_ranges: Iterable[tuple[int, int]],
    allowed: Callable[[int, int], bool],
    group_spans: Iterable[tuple[int, int]] = (),
) -> tuple[int, int] | None:
    """The allowed sentence (token range of `analysed.normalised_doc`) that most resembles `label`, when the
    draft as a whole scores at least `threshold`; None otherwise."""
    group_spans = tuple(group_spans)
    if draft_score(analysed, label, group_spans) < threshold:
        return None
    doc = analysed.normalised_doc
    candidates = [(start, end) for start, end in sentence_ranges if allowed(start, end)]
    if len(candidates) <= 1:
        return candidates[0] if candidates else None
    score = _model(label)
    trimmed = label in WHOLE_DRAFT_LABELS
    return max(
        candidates,
        key=lambda sentence: score(model_input(doc, sentence[0], sentence[1], group_spans, trimmed)),
    )


def sentence_finding(
    info, analysed, context, sentence: tuple[int, int], key: str, mask: Callable[[str], str] | None = None
):
    """The amber finding for a resembling sentence: it quotes the sentence, says it is a resemblance. `mask`
    (same length in, same length out) hides what the quote must not spread, as personal-data does."""
    doc = analysed.normalised_doc
    tokens = [token for token in doc[sentence[0] : sentence[1]] if not token.is_space] or [doc[sentence[0]]]
    first, last = tokens[0], tokens[-1]
    start, end = analysed.source_span(first.idx, last.idx + len(last.text))
    quote = analysed.body[start:end]
    masked = mask(quote) if mask else None
    return context.text_finding(
        info,
        analysed,
        start,
        end,
        Severity.AMBER,
        context.say(f"{key}.message", match=(masked or quote).strip()),
        context.say(f"{key}.suggestion"),
        masked=masked,
    )


# The whole-draft opinion judges drafts of at least this many words. A bag of words needs words to weigh: on a
# one-liner ("Zaterdag is de open dag van het Clusius College.") it weighs the school's name alone, and the
# rule's patterns are the better judge. On four blind sets (600 drafts), every draft the opinion added had 9 or
# more words, 38 of 39 had 10 or more.
MIN_WORDS = 10


def with_second_opinion(
    info,
    findings: Iterable,
    analysed,
    context,
    mask: Callable[[str], str] | None = None,
    after_info: bool = False,
    judged_harmless: Callable[[], bool] = lambda: False,
):
    """The rule's own findings, then the whole-draft second opinion when the rule found nothing. An `info` finding
    means the rule saw the suspect words and judged them harmless (the bare word `wachtwoord`, a pupil's own
    grade): the model, which weighs those same words, is not asked to overrule it, unless `after_info` (a tip
    about something else, as speaking-for-school's personal-view tip). Nor when `judged_harmless()`: the rule's
    own reading found why the draft is fine (news passed on with its source, a club's "wij")."""
    found = list(findings)
    yield from found
    if any(finding.severity is not Severity.INFO or not after_info for finding in found) or judged_harmless():
        return
    opinion = whole_draft_opinion(info, analysed, context, mask)
    if opinion is not None:
        yield opinion


def whole_draft_opinion(info, analysed, context, mask: Callable[[str], str] | None = None):
    """The second opinion of the rules of issues 5 and 6, asked when their own patterns found nothing: an amber
    `<rule>.resembles` finding on the sentence that reads most like the rule's drafts, when the whole draft does
    at least as much as the rule's `resemblance` option; None otherwise, or when the school switched it off."""
    threshold = context.option(info, "resemblance")
    if threshold is False:
        return None
    doc = analysed.normalised_doc
    words = analysed.shared.get("whole-draft-words")
    if words is None:
        words = analysed.shared["whole-draft-words"] = sum(1 for token in doc if token.is_alpha)
    if words < MIN_WORDS:
        return None
    ranges = sentences(doc)
    sentence = resembling_sentence(
        analysed,
        info.id,
        threshold,
        ranges,
        lambda start, end: any(token.is_alpha for token in doc[start:end]),
    )
    if sentence is None:
        return None
    return sentence_finding(info, analysed, context, sentence, f"{info.id}.resembles", mask)


# Corpus files written for other rules (issues 5 and 6): the model learns bullying and discrimination from the sets
# written for them, so adding drafts for another rule does not move it (a retrain on them flipped the neutral
# "Zieke vluchtelingen worden in het AZC verzorgd." to a false alarm).
OTHER_RULES_FILES = ("speaking-for-school-", "missing-source-", "source-speaking-", "privacy-")


def training_files(folder: Path, label: str) -> list[Path]:
    """The corpus files `label`'s model learns from, in a fixed order. The models of issues 5 and 6 learn from every
    file: the clean drafts of the issue-4 sets are the everyday school posts their rules must leave alone."""
    files = sorted(folder.glob("*.yaml"))
    if label in WHOLE_DRAFT_LABELS:
        return files
    return [path for path in files if not path.name.startswith(OTHER_RULES_FILES)]


def corpus_digest(folder: Path, label: str) -> str:
    """Which labelled corpus a model learned from: sha256 over the training files' names and contents."""
    digest = hashlib.sha256()
    for path in training_files(folder, label):
        digest.update(path.name.encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()
