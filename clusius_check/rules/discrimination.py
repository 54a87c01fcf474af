"""discrimination — hateful statements about a protected group (protocol art. 1 and 3).

What it does
    Finds a group protected by Dutch law (religion, origin, skin colour, sexual orientation, gender and
    trans people, disability) in the same sentence as a hostile statement about it: derogation (`X zijn
    walgelijk`, `ik haat X`), dehumanisation (`X zijn ongedierte`), violence or exclusion (`X moeten het
    land uit`), a stereotype stated as fact, also as a question or an opinion, also when a pronoun refers
    back to the group (`Die vluchtelingen? Ze zijn tuig.`), and slurs for a group. Group names are read
    after undoing disguises (`m o s l i m s`, `h44t`) and with one letter dropped or swapped (`mosilms`).

Why is this bad?
    Art. 1: Dutch law applies online too; group insult and incitement to hatred are offences (Wetboek van
    Strafrecht art. 137c-137d). Art. 3: the school's anti-bullying protocol applies online.

Example
    Waarom zijn Turken altijd zo lui?

Use instead
    Talk about people, not about a group as if they were all the same.

What stays green
    A group named without hostility (`ik ben moslim`, `trans personen zijn welkom`), negated hostility
    (`homo's zijn geen bedreiging`), hostility towards things (`ik haat spruitjes`), and counter-speech
    (`het is niet oké om mensen zo te noemen`), which is at most `info`.

Red for dehumanisation, violence and exclusion; amber otherwise. Terms come from
`wordlists/<lang>/discrimination.yaml` (both languages, on every post) and the options `groups` and `allow`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from clusius_check.findings import Finding, Severity
from clusius_check.rules.base import Option, RuleInfo, list_of_strings
from clusius_check.text.lexicon import Lexicon, Match, token_forms
from clusius_check.text.targets import COPULAS, NEGATIONS, quoted, sentences
from clusius_check.wordlists import Term, terms_for

INFO = RuleInfo(
    id="discrimination",
    article="1",
    default_severity=Severity.RED,
    summary={
        "nl": "Groepsbelediging of aanzetten tot haat (art. 137c–137d Sr).",
        "en": "Group insult or incitement to hatred (Dutch Criminal Code 137c–137d).",
    },
    options=(
        Option("groups", "extra names of protected groups", [], list_of_strings),
        Option("allow", "words and phrases never to report", [], list_of_strings),
    ),
    categories=(
        "group",
        "group-adjective",
        "slur-group",
        "derogation",
        "stereotype",
        "dehumanisation",
        "violence",
        "exclusion",
    ),
)

GROUP_CATEGORIES = ("group", "group-adjective", "slur-group")
# Single-word predicates need a verb that links them to the group ("X zijn ratten", "X moeten weg",
# "X like animals"): "vrouwen verzorgen de dieren" is not dehumanisation. Phrases need no link.
LINKS = COPULAS | frozenset(
    {
        "moeten",
        "moet",
        "zouden",
        "zou",
        "mogen",
        "worden",
        "gaan",
        "als",
        "zoals",
        "should",
        "must",
        "need",
        "to",
        "be",
        "like",
        "deserve",
        "zijn",
        "lijken",
        "blijven",
        "get",
        "gets",
        "ought",
    }
)
HATE_VERBS = frozenset({"haat", "haten", "hate", "hates", "hekel"})
# Nouns after a group adjective that make it a group of people: "Marokkaanse jongens", not "Turkse pizza".
PEOPLE = frozenset(
    {
        "mensen",
        "jongens",
        "meiden",
        "meisjes",
        "vrouwen",
        "mannen",
        "kinderen",
        "leerlingen",
        "families",
        "gezinnen",
        "buren",
        "gasten",
        "people",
        "guys",
        "girls",
        "kids",
        "women",
        "men",
        "students",
        "folks",
        "immigranten",
        "vluchtelingen",
        "refugees",
    }
)
# Sentences that argue against hate: at most info.
COUNTER_CUES = (
    "niet oké",
    "niet ok",
    "niet okay",
    "is discriminatie",
    "discriminatie is",
    "is racisme",
    "racistisch",
    "vooroordeel",
    "vooroordelen",
    "stereotype",
    "not okay",
    "not ok",
    "is racist",
    "is discrimination",
    "prejudice",
    "we bespraken",
    "in de les",
    "gemeld",
    "melden",
    "reported",
    "zeg je niet",
    "mag je niet",
    "don't say",
    "never say",
    "hoe ga je om",
    "tegen racisme",
    "against racism",
    "zo noemen",
)
PRONOUNS = frozenset({"ze", "zij", "die", "hun", "they", "them", "those", "these", "ze'"})
WINDOW = 10
SEVERITY = {"dehumanisation": Severity.RED, "violence": Severity.RED, "exclusion": Severity.RED}


@dataclass(frozen=True)
class Lexicons:
    groups: Lexicon
    predicates: Lexicon
    allowed: Lexicon


def check(analysed, context) -> Iterator[Finding]:
    lexicons = _lexicons_for(analysed.language, context)
    doc = analysed.normalised_doc
    previous_groups: list[Match] = []
    for start, end in sentences(doc):
        groups, predicates = _scan(doc, start, end, lexicons)
        slurs = [group for group in groups if group.payload.category == "slur-group"]
        found = _hostile_pair(doc, groups, predicates)
        if found is None and not groups and previous_groups:
            found = _pronoun_reference(doc, start, end, predicates)
        if found is not None:
            group, predicate = found
            yield _finding(analysed, context, doc, group, predicate, start, end)
        elif slurs:
            yield _finding(analysed, context, doc, slurs[0], None, start, end)
        previous_groups = groups or previous_groups


def _scan(doc, start: int, end: int, lexicons: Lexicons) -> tuple[list[Match], list[Match]]:
    groups: list[Match] = []
    predicates: list[Match] = []
    index = start
    while index < end:
        token = doc[index]
        if token.is_space or token.is_punct:
            index += 1
            continue
        forms = token_forms(token)
        if lexicons.allowed.match_at(doc, index, forms):
            index += 1
            continue
        group = lexicons.groups.match_at(doc, index, forms)
        if group is None and (token.text.islower() or token.text.isupper()):
            near = lexicons.groups.near_word(forms[0])
            if near is not None:
                group = Match(index, index + 1, near[1], near[0])
        if group is not None and group.payload.category == "group-adjective":
            following = doc[group.end] if group.end < len(doc) else None
            if following is None or following.lower_ not in PEOPLE:
                group = None
            else:
                group = Match(group.start, group.end + 1, group.payload, group.form)
        predicate = lexicons.predicates.match_at(doc, index, forms)
        if group is not None:
            groups.append(group)
            index = group.end
            continue
        if predicate is not None:
            predicates.append(predicate)
            index = predicate.end
            continue
        index += 1
    return groups, predicates


def _hostile_pair(doc, groups: list[Match], predicates: list[Match]) -> tuple[Match, Match] | None:
    best = None
    for predicate in predicates:
        for group in groups:
            if not _linked(doc, group, predicate):
                continue
            if best is None or _rank(predicate) > _rank(best[1]):
                best = (group, predicate)
    return best


def _rank(predicate: Match) -> int:
    return 1 if predicate.payload.category in SEVERITY else 0


def _linked(doc, group: Match, predicate: Match) -> bool:
    """Whether the predicate is said of the group: near it, not negated, and linked by a verb when it is
    a single word ("X zijn ratten", "ik haat X", "waarom zijn X altijd zo lui")."""
    if predicate.start >= group.end:
        between = doc[group.end : predicate.start]
    else:
        between = doc[predicate.end : group.start]
    if len(between) > WINDOW:
        return False
    words = {token.lower_ for token in between}
    phrase = " " in predicate.form
    if not phrase and words & NEGATIONS and not any(word in predicate.form for word in NEGATIONS):
        return False
    lead = {token.lower_ for token in doc[max(0, predicate.start - 2) : predicate.start]}
    if lead & NEGATIONS and "niet" not in predicate.form and "not" not in predicate.form:
        return False  # "homo's zijn geen bedreiging", "X are not animals"
    if predicate.form in HATE_VERBS or phrase:
        return True
    if predicate.start < group.start:
        return False
    # The verb may sit between them ("X zijn lui"), before the group in a question ("waarom zijn X zo
    # lui"), or after the predicate in a Dutch clause ("dat X dom zijn").
    near = {token.lower_ for token in doc[max(0, group.start - 3) : group.start]}
    near |= {token.lower_ for token in doc[predicate.end : predicate.end + 2]}
    return bool((words | near) & LINKS) or predicate.payload.category == "violence"


def _pronoun_reference(doc, start: int, end: int, predicates: list[Match]) -> tuple[Match, Match] | None:
    """ "Die nieuwe vluchtelingen? Ze zijn allemaal tuig." The group is in the sentence before."""
    for token in doc[start:end]:
        if token.lower_ in PRONOUNS:
            pronoun = Match(token.i, token.i + 1, None, token.lower_)
            for predicate in predicates:
                if predicate.start > token.i and _linked(doc, pronoun, predicate):
                    return pronoun, predicate
    return None


def _finding(analysed, context, doc, group: Match, predicate: Match | None, start: int, end: int) -> Finding:
    first = min(group.start, predicate.start) if predicate else group.start
    last = max(group.end, predicate.end) if predicate else group.end
    body_start, body_end = analysed.source_span(doc[first].idx, doc[last - 1].idx + len(doc[last - 1].text))
    match = analysed.body[body_start:body_end]
    sentence = doc[start:end].text.lower()
    if quoted(doc, first, last) or any(cue in sentence for cue in COUNTER_CUES):
        severity, key = Severity.INFO, "counter"
    elif predicate is None:
        severity, key = Severity.AMBER, "slur"
    else:
        severity, key = SEVERITY.get(predicate.payload.category, Severity.AMBER), predicate.payload.category
    return context.text_finding(
        INFO,
        analysed,
        body_start,
        body_end,
        severity,
        context.say(f"discrimination.{key}.message", match=match),
        context.say(f"discrimination.{key}.suggestion"),
    )


def _lexicons_for(language: str, context) -> Lexicons:
    return _build(
        language,
        context.config.extra_wordlists,
        tuple(context.option(INFO, "groups")),
        tuple(context.option(INFO, "allow")),
    )


@lru_cache(maxsize=16)
def _build(
    language: str, extra_files: tuple, extra_groups: tuple[str, ...], allow: tuple[str, ...]
) -> Lexicons:
    """Built once per language and config, keyed on the config's inputs (cheap to hash per draft)."""
    from clusius_check.text.pipeline import get_nlp

    nlp = get_nlp(language)
    terms = terms_for(INFO.id, "nl", extra_files) + terms_for(INFO.id, "en", extra_files)
    extra = tuple(Term(group, Severity.AMBER, "group", INFO.id, language) for group in extra_groups)
    group_terms = [
        (term.term.lower(), term) for term in (*terms, *extra) if term.category in GROUP_CATEGORIES
    ]
    predicate_terms = [(term.term.lower(), term) for term in terms if term.category not in GROUP_CATEGORIES]
    return Lexicons(
        Lexicon(nlp, group_terms),
        Lexicon(nlp, predicate_terms),
        Lexicon(nlp, ((word.lower(), True) for word in allow)),
    )
