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

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from clusius_check.findings import Finding, Severity
from clusius_check.rules.base import Option, RuleInfo, list_of_strings, resemblance_option
from clusius_check.text.lexicon import Lexicon, Match, token_forms
from clusius_check.text.pipeline import vocabulary
from clusius_check.text.resemblance import resembling_sentence, sentence_finding
from clusius_check.text.targets import COPULAS, NEGATIONS, function_words, laughs, quoted, sentences
from clusius_check.wordlists import Term, section_for_post, terms_for

# The learned second opinion (text/resemblance.py) speaks only above this score, in a sentence that names
# a group and does not deny what it says. Chosen by leaving each of the five newest corpus files out of
# training in turn and scoring it (1,920 drafts, 840 clean; the threshold sets recall and false alarms on the
# three files with discrimination drafts): rules alone 0.444 / 0.667 / 0.517 recall with 1 / 1 / 4 false alarms;
# 0.7 gave 0.750 / 0.862 / 0.725 with 4 / 7 / 8; 0.75 gave 0.722 / 0.848 / 0.725 with 3 / 7 / 6; 0.8 gave
# 0.689 / 0.810 / 0.692 with 3 / 6 / 4. The model learns only from drafts that name a group, so its scores
# start high (a short neutral mention scores about 0.65); hence the high threshold.
RESEMBLANCE_THRESHOLD = 0.75

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
        resemblance_option(RESEMBLANCE_THRESHOLD),
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
        "hatred",
        "dignity",
    ),
    entry_fields=(("link", ("none", "before")),),
    sections=("counter", "harmless", "joke", "reported", "rejecting"),
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
        "=",
        "vind",
        "vindt",
        "vinden",
        "find",
        "finds",
        "consider",
        "considers",
    }
)
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
        "lives",
        "levens",
        "person",
        "persons",
        "persoon",
        "personen",
        "folk",
        "kind",
        "jongeren",
        "youths",
        "stellen",
        "couples",
        "ouders",
        "parents",
        "guy",
        "man",
        "vrouw",
        "woman",
        "girl",
        "boy",
        "jongen",
        "meisje",
        "family",
        "gezin",
        "workers",
        "arbeiders",
        "boys",
        "kerels",
        "collega's",
        "colleagues",
        "pupils",
        "neighbours",
        "neighbors",
    }
)
PRONOUNS = frozenset({"ze", "zij", "die", "hun", "hen", "they", "them", "those", "these", "ze'"})
# A single word of violence or exclusion needs a wish or a call ("X moeten dood", "X should die"):
# "veel vluchtelingen zijn op zee doodgegaan" and "Jews were killed in the war" are history, not hate.
DESIRE = frozenset(
    [
        "moeten",
        "moet",
        "mogen",
        "mag",
        "zouden",
        "zou",
        "should",
        "must",
        "deserve",
        "deserves",
        "verdienen",
        "verdient",
        "ought",
        "need",
        "needs",
        "want",
        "wil",
        "willen",
        "wants",
        "let's",
        "laten",
        "gaan",
        "ga",
        "will",
        "'ll",
        "gonna",
        "going",
        "hope",
        "hoop",
        "wish",
        "wens",
    ]
)
# A question that opens with a verb asks for agreement; its negation is rhetorical ("Aren't X just vermin?",
# "Zijn X niet gewoon ongedierte?").
QUESTION_OPENERS = frozenset(
    [
        "zijn",
        "is",
        "ben",
        "bent",
        "are",
        "is",
        "aren't",
        "isn't",
        "are",
        "wouldn't",
        "would",
        "zou",
        "zouden",
        "don't",
        "doesn't",
        "do",
        "does",
        "shouldn't",
        "should",
        "kunnen",
        "kan",
        "can't",
        "can",
    ]
)
# Words that glue onto a group or predicate when a space is dropped ("Ihate", "ikhaat", "arescum").
GLUE_WORDS = frozenset(["i", "ik", "we", "wij", "ze", "zij", "are", "is", "zijn", "they", "all", "alle"])
# A subject of its own between the group and a word said of it: the word is about that subject.
OTHER_SUBJECTS = frozenset(["ik", "jij", "je", "wij", "we", "i", "you", "hij", "zij", "he", "she"])
# A curse glued onto a group is a slur: "tyfuspolen", "kankermarokkanen".
CURSE_PREFIXES = frozenset(
    ["kut", "kanker", "kk", "tyfus", "tering", "klere", "pleuris", "vuile", "vieze", "rot"]
)
# In a hashtag these call for exclusion on their own: "#asielzoekersweg", "#BlackPeopleOut".
SLOGAN_EXCLUSION = frozenset(["weg", "eruit", "out", "raus", "wegwezen"])
# Someone who says they will do it: with a word of violence, "we trappen 'm in elkaar" is a threat.
FIRST_PERSON_ACTORS = frozenset(["ik", "we", "wij", "i", "i'll", "we'll", "'ll", "im", "i'm"])
NOUN_MARKERS = frozenset(
    ["de", "het", "veel", "hoeveel", "zoveel", "the", "much", "so", "all", "such", "vol"]
)
PAST_MARKERS = frozenset(["were", "was", "werden", "werd", "had", "hadden", "toen", "during", "tijdens"])
SELF_WORDS = frozenset(["mezelf", "myself", "onszelf", "ourselves", "proud", "trotse"])
SELF_PAIRS = frozenset(
    [("ik", "ben"), ("wij", "zijn"), ("we", "zijn"), ("i", "am"), ("i", "'m"), ("we", "are"), ("we", "'re")]
)
# After a single word, these give it a cause, which makes it a passing state rather than a trait.
CAUSE_WORDS = frozenset(["van", "door", "na", "sinds", "from", "after", "since"])
WINDOW = 10
_GROUP_SPANS = "discrimination.group-spans"  # key in AnalysedDraft.shared
SEVERITY = {"dehumanisation": Severity.RED, "violence": Severity.RED, "exclusion": Severity.RED}


@dataclass(frozen=True)
class Lexicons:
    groups: Lexicon
    predicates: Lexicon
    allowed: Lexicon
    counter: Lexicon
    counter_openers: Lexicon  # cues that only count at the start of a sentence
    joke: Lexicon  # how a joke opens: "wat is het verschil tussen", "why did the"
    reported: Lexicon  # what someone else says: "zei dat", "claims"
    rejecting: Lexicon  # a post that rejects what it reports: "nee", "that's racism"


def check(analysed, context) -> Iterator[Finding]:
    lexicons = _lexicons_for(analysed.language, context)
    doc = analysed.normalised_doc
    previous_groups: list[Match] = []
    joke = _joke(doc, lexicons)
    found = False
    naming: list[tuple[int, int]] = []  # sentences that name a group, for the learned second opinion
    spans: list[tuple[int, int]] = []
    for start, end in sentences(doc):
        groups, predicates = _scan(doc, start, end, lexicons)
        if groups:
            naming.append((start, end))
            spans.extend((group.start, group.end) for group in groups)
        slurs = [group for group in groups if group.payload.category == "slur-group"]
        pair = _hostile_pair(doc, groups, predicates, start, end)
        if pair is None and (previous_groups or groups):
            pair = _pronoun_reference(doc, start, end, predicates, groups, bool(previous_groups))
        finding = None
        if pair is not None:
            group, predicate = pair
            finding = _finding(analysed, context, doc, group, predicate, start, end, lexicons)
        elif slurs and not _said_of_oneself(doc, start, end):
            finding = _finding(analysed, context, doc, slurs[0], None, start, end, lexicons)
        elif joke is not None and groups:
            finding = _finding(analysed, context, doc, groups[0], joke, start, end, lexicons)
            joke = None  # one finding for one joke
        if finding is not None:
            found = True
            yield finding
        previous_groups = groups or previous_groups
    analysed.shared[_GROUP_SPANS] = tuple(spans)
    if not found and naming:
        yield from _resembles(analysed, context, doc, naming, lexicons)


def group_spans(analysed, context) -> tuple[tuple[int, int], ...]:
    """Token ranges of `analysed.normalised_doc` that name a group. The learned second opinion reads them
    as one placeholder, so that it judges what is said about a group, not which group is named."""
    if _GROUP_SPANS not in analysed.shared:
        lexicons = _lexicons_for(analysed.language, context)
        doc = analysed.normalised_doc
        analysed.shared[_GROUP_SPANS] = tuple(
            (group.start, group.end)
            for start, end in sentences(doc)
            for group in _scan(doc, start, end, lexicons)[0]
        )
    return analysed.shared[_GROUP_SPANS]


def _resembles(
    analysed, context, doc, naming: list[tuple[int, int]], lexicons: Lexicons
) -> Iterator[Finding]:
    """The learned second opinion, for a post the patterns found nothing in: only in a sentence that names a
    group, does not deny what it says of them (`Moslims zijn niet walgelijk`, `not all X are ...`), does not
    argue against hate, is not quoted and has no words the school allowed. A negation elsewhere may be the
    hostility itself: `vrouwen zouden geen rijbewijs mogen halen`."""
    threshold = context.option(INFO, "resemblance")
    if threshold is False:
        return

    spans = analysed.shared[_GROUP_SPANS]

    def allowed(start: int, end: int) -> bool:
        return (
            _enough_said(doc, start, end, spans)
            and not _denied(doc, start, end)
            and not _counter_speech(doc, start, end, lexicons)
            and not _said_of_oneself(doc, start, end)
            and not quoted(doc, start, end)
            and next(lexicons.allowed.matches(doc, start, end), None) is None
        )

    sentence = resembling_sentence(analysed, INFO.id, threshold, naming, allowed, spans)
    if sentence is not None:
        yield sentence_finding(INFO, analysed, context, sentence, "discrimination.resembles")


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
        allowed = lexicons.allowed.match_at(doc, index, forms)
        if allowed is not None:
            index = allowed.end  # "Maine Coon", "a chink in their defence": the whole phrase is harmless
            continue
        group = lexicons.groups.match_at(doc, index, forms)
        predicate = lexicons.predicates.match_at(doc, index, forms)
        if group is None and predicate is None:
            group, predicate = _split_word(doc, index, end, lexicons)
        if group is None and predicate is None:
            group, predicate = _disguised(doc, index, forms, lexicons)
        if group is not None and group.payload.category == "group-adjective":
            following = _next_token(doc, group.end)
            if following is not None and following.lower_ in PEOPLE:
                group = Match(group.start, following.i + 1, group.payload, group.form)
            elif (following is None or following.lower_ not in COPULAS | {"are", "="}) and not _one_of_them(
                doc, group, following
            ):
                group = None  # "Turkse pizza"; but "Gehandicapte zijn ...", "#DisabledAreAWaste" name people
        if group is not None:
            groups.append(group)
            if predicate is not None and predicate.start == predicate.end - 1 == group.start:
                predicates.append(predicate)  # a glued word can be both: "moslimszijn"
            index = group.end
            continue
        if predicate is not None:
            predicates.append(predicate)
            index = predicate.end
            continue
        index += 1
    return groups, predicates


def _one_of_them(doc, group: Match, following) -> bool:
    """An adjective used as a noun for one person standing for all: `Every Nigerian I've met ...`, `Typical
    Romanian, ...`, `Any Pakistani walking past ...`; not `a Nigerian restaurant`, `every Turkish pizza`. A
    quantifier or `typical` comes before, and no noun follows (a pronoun, a verb form, punctuation, or the end)."""
    before = _previous_token(doc, group.start)
    if before is None or before.lower_ not in ONE_STANDING_FOR_ALL:
        return False
    if following is None or following.is_punct:
        return True
    word = following.lower_
    return word in function_words() or (word.endswith("ing") and len(word) > 5)


def _joke(doc, lexicons: Lexicons) -> Match | None:
    """A joke at a group's expense: the post laughs (😂, haha) and a sentence opens the way jokes do
    (`Hoe weet je dat ...`, `Wat is het verschil tussen ...`, `Why did the ...`) or lines people up
    (`Een Turk, een Marokkaan en een Surinamer ...`), or counts them (`hoeveel X passen er in ...`). The group itself is found by the caller."""
    if not laughs(doc):
        return None
    for start, end in sentences(doc):
        first = next((i for i in range(start, end) if not doc[i].is_space and not doc[i].is_punct), None)
        if first is None:
            continue
        opener = lexicons.joke.match_at(doc, first)
        if opener is not None:
            return Match(opener.start, opener.end, _JOKE, opener.form)
        words = [doc[i].lower_ for i in range(first, end) if not doc[i].is_space]
        if words[0] in ("hoeveel", "how") and set(words) & COUNTING_JOKE:
            return Match(
                first, first + 1, _JOKE, words[0]
            )  # "hoeveel X passen er in ...", "how many X does it take"
        if words[:1] in (["een"], ["a"]) and words.count(words[0]) >= 3 and ("en" in words or "and" in words):
            return Match(first, first + 1, _JOKE, words[0])  # "een X, een Y en een Z"
    return None


FIRST_PERSON_SPEAKERS = frozenset({"ik", "'k", "wij", "we", "i"})
ONE_STANDING_FOR_ALL = frozenset(
    {"every", "any", "one", "typical", "typically", "elke", "iedere", "ieder", "typisch", "zo'n", "zon"}
)
COUNTING_JOKE = frozenset({"passen", "past", "nodig", "take", "takes", "fit"})
_JOKE = Term("joke", Severity.AMBER, "joke", INFO.id, "nl")


def _previous_token(doc, index: int):
    index -= 1
    while index >= 0 and doc[index].is_space:
        index -= 1
    return doc[index] if index >= 0 else None


def _next_token(doc, index: int):
    while index < len(doc) and doc[index].is_space:
        index += 1
    return doc[index] if index < len(doc) else None


def _split_word(doc, index: int, end: int, lexicons: Lexicons) -> tuple[Match | None, Match | None]:
    """A word broken in two by a space: `Vluchte lingen`, `onge dierte`, `para sites`, `minder waardig`."""
    following = _next_token(doc, index + 1)
    token = doc[index]
    if following is None or following.i >= end or not (token.is_alpha and following.is_alpha):
        return None, None
    joined = token.lower_ + following.lower_
    if len(joined) < 7:
        return None, None
    group = lexicons.groups.word((joined,))
    if group is not None:
        return Match(index, following.i + 1, group[1], group[0]), None
    predicate = lexicons.predicates.word((joined,))
    if predicate is not None and token.lower_ not in lexicons.predicates.words:
        return None, Match(index, following.i + 1, predicate[1], predicate[0])
    return None, None


def _disguised(
    doc, index: int, forms: tuple[str, ...], lexicons: Lexicons
) -> tuple[Match | None, Match | None]:
    """A group or hostile word in disguise: one letter dropped, added or swapped (`Mulsims`, `Trnas`),
    glued to a small word when a space was left out (`Ihate`, `arescum`), a curse glued to a group
    (`tyfuspolen`), a group as the first part of a compound (`vluchtelingenkamp`), or a whole hashtag
    (`#jodenmoetendood`)."""
    raw = doc[index].text
    if _after_hash(doc, index) and len(raw) > 3:
        parts = _hashtag_words(raw)
        if len(parts) > 1:
            return _slogan(doc, index, parts, lexicons)
    word = forms[0].lstrip("#")
    if word.startswith("@") and word[1:].isalpha():  # "@pen", "@nimals": an a, not a mention
        word = "a" + word[1:]
        found = lexicons.groups.word((word,)) or lexicons.predicates.word((word,))
        if found is not None and found[1].category in GROUP_CATEGORIES:
            return Match(index, index + 1, found[1], found[0]), None
        if found is not None:
            return None, Match(index, index + 1, found[1], found[0])
    near = lexicons.groups.near_word(word, min_length=5)
    if near is not None:
        return Match(index, index + 1, near[1], near[0]), None
    near = None if doc[index].text[:1].isupper() else lexicons.predicates.near_word(word, min_length=6)
    if near is not None and " " not in near[0]:  # "walgelik", "ongedirte", "disgustng", "vermni"
        return None, Match(index, index + 1, near[1], near[0])
    if len(word) < 5 or not word.isalpha():
        return None, None
    known = word in vocabulary()
    if not known and len(word) >= 8:
        glued = _hashtag(doc, index, word, lexicons)
        if glued[0] is not None:
            return glued
    for cut in range(1, len(word) - 2):
        head, tail = word[:cut], word[cut:]
        if not known:
            for glue, rest in ((head, tail), (tail, head)):
                if glue not in GLUE_WORDS:
                    continue
                group = lexicons.groups.word((rest,))
                if group is not None:
                    return Match(index, index + 1, group[1], group[0]), None
                predicate = lexicons.predicates.word((rest,))
                if predicate is not None:
                    return None, Match(index, index + 1, predicate[1], predicate[0])
        # A short group word opening a known word is chance: "transport", "transfer" are not about trans people.
        if len(head) >= (4 if not known else 6) and len(tail) >= 3 and head in lexicons.groups.words:
            term = lexicons.groups.words[head]
            if term.category == "group":
                return Match(index, index + 1, term, head), None  # "vluchtelingenkamp"
        if head in CURSE_PREFIXES and tail in lexicons.groups.words:
            curse = Term(head, Severity.AMBER, "derogation", INFO.id, "nl")
            return Match(index, index + 1, lexicons.groups.words[tail], tail), Match(
                index, index + 1, curse, head
            )
    return None, None


def _after_hash(doc, index: int) -> bool:
    return index > 0 and doc[index - 1].text == "#" and not doc[index - 1].whitespace_


def _hashtag_words(tag: str) -> list[str]:
    """`PolenTerugNaarPolen` -> polen terug naar polen; `moslims_eruit` -> moslims eruit."""
    return [part.lower() for part in re.findall(r"[A-Z]+(?![a-z])|[A-Z]?[a-z']+|\d+", tag.replace("_", " "))]


def _slogan(doc, index: int, words: list[str], lexicons: Lexicons) -> tuple[Match | None, Match | None]:
    """A hashtag read as a sentence. A hashtag is a call, so `weg`, `eruit` and `out` exclude on their own:
    `#asielzoekersweg`, `#BlackPeopleOut`."""
    from clusius_check.text.pipeline import get_nlp

    inner = get_nlp("nl").make_doc(" ".join(words))
    for token in inner:
        token.lemma_ = token.lower_
    groups, predicates = _scan(inner, 0, len(inner), lexicons)
    pair = _hostile_pair(inner, groups, predicates, 0, len(inner))
    if pair is None and groups and words[-1] in SLOGAN_EXCLUSION:
        exclusion = Term(words[-1], Severity.RED, "exclusion", INFO.id, "nl")
        pair = (groups[0], Match(len(inner) - 1, len(inner), exclusion, words[-1]))
    if pair is None:
        return None, None
    group, predicate = pair
    return Match(index, index + 1, group.payload, group.form), Match(
        index, index + 1, predicate.payload, predicate.form
    )


def _hashtag(doc, index: int, word: str, lexicons: Lexicons) -> tuple[Match | None, Match | None]:
    """`#vluchtelingenzijnongedierte`, `gaypeoplearevermin`: split into the fewest known words, then read
    those words as a sentence."""
    segmented = _segment(word, lexicons)
    if segmented is None or len(segmented) < 2:
        return None, None
    words = list(segmented)
    if not _after_hash(doc, index):
        words = [part for part in words if part not in SLOGAN_EXCLUSION] or words  # only a hashtag is a call
    return _slogan(doc, index, words, lexicons)


@lru_cache(maxsize=8)
def _listed(lexicons: Lexicons) -> frozenset[str]:
    return frozenset(lexicons.groups.words) | frozenset(lexicons.predicates.words)


@lru_cache(maxsize=4096)
def _segment(word: str, lexicons: Lexicons) -> tuple[str, ...] | None:
    """The fewest known or listed words that make up `word`, or None. Hashtags recur: kept per word."""
    known = vocabulary()
    listed = _listed(lexicons)
    best: list[list[str] | None] = [None] * (len(word) + 1)
    best[0] = []
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - 20), end):
            part = word[start:end]
            previous = best[start]
            if previous is None or (part not in listed and (len(part) < 2 or part not in known)):
                continue
            if best[end] is None or len(previous) + 1 < len(best[end]):
                best[end] = [*previous, part]
    found = best[len(word)]
    return tuple(found) if found is not None else None


def _hostile_pair(
    doc, groups: list[Match], predicates: list[Match], start: int, end: int
) -> tuple[Match, Match] | None:
    best = None
    for predicate in predicates:
        for group in groups:
            if not _linked(doc, group, predicate, start, end):
                continue
            if best is None or _rank(predicate) > _rank(best[1]):
                best = (group, predicate)
    return best


def _rank(predicate: Match) -> int:
    return 1 if predicate.payload.category in SEVERITY or predicate.payload.severity == Severity.RED else 0


def _linked(doc, group: Match, predicate: Match, start: int, end: int) -> bool:
    """Whether the predicate is said of the group: near it, negated or not as its kind needs, and linked
    by a verb when it is a single word ("X zijn ratten", "ik haat X", "X moeten dood")."""
    category = predicate.payload.category
    if (predicate.start, predicate.end) == (group.start, group.end):
        return True  # one glued word that says both: "tyfuspolen", "#jodenmoetendood"
    if predicate.start >= group.end:
        between = doc[group.end : predicate.start]
    else:
        between = doc[predicate.end : group.start]
    if len(between) > WINDOW:
        return False
    negated = _negated(doc, group, predicate, between, start, end)
    if category == "dignity":
        return negated  # "X zijn geen goede mensen", "I don't respect X", "X are not human"
    if negated:
        return False
    words = {token.lower_ for token in between}
    if category == "hatred":
        if predicate.start >= group.end and (words & OTHER_SUBJECTS or "," in words):
            return False  # "ik haat moslims niet, ik haat terrorisme": felt about something else
        return not _noun_use(doc, predicate, start)
    if category in ("violence", "exclusion") and _history(doc, start, end):
        return bool({token.lower_ for token in doc[start:end]} & DESIRE)  # "were sent back in 1939"
    if " " in predicate.form:
        return True
    if category in ("violence", "exclusion"):
        before = {token.lower_ for token in doc[start : min(group.start, predicate.start)]}
        if category == "violence":
            before |= {token.lower_ for token in doc[start:end]} & FIRST_PERSON_ACTORS  # "breek ik z'n benen"
        if predicate.start < group.start:  # "deport all Muslims", "I'm going to kill every X"
            first = next((t.i for t in doc[start:end] if not t.is_space and not t.is_punct), start)
            return group.start - predicate.end <= 3 and (bool(before & DESIRE) or predicate.start == first)
        return bool((words | before) & DESIRE)
    if predicate.start < group.start:
        return predicate.payload.field("link") == "before" and _attributive(between)
    if words & OTHER_SUBJECTS:
        return False  # "moslimburen brachten soep toen ik ziek was": said of someone else
    following = _next_token(doc, predicate.end)
    if following is not None and following.lower_ in CAUSE_WORDS and " " not in predicate.form:
        nature = _next_token(doc, following.i + 1)
        if nature is None or nature.lower_ not in ("nature", "natuur", "aard", "birth", "geboorte"):
            return (
                False  # a state with its cause: "vluchtelingen waren ziek van de reis", "sick from the food"
            )
    if predicate.payload.field("link") == "none":
        return True  # a verb: "X liegen altijd", "they all steal"
    # The verb may sit between them ("X zijn lui"), before the group in a question ("waarom zijn X zo
    # lui"), or after the predicate in a Dutch clause ("dat X dom zijn").
    near = {token.lower_ for token in doc[max(0, group.start - 3) : group.start]}
    near |= {token.lower_ for token in doc[predicate.end : predicate.end + 2]}
    return bool((words | near) & LINKS)


def _attributive(between) -> bool:
    """An insulting adjective right before the group, perhaps with another adjective or a comma in between:
    "vieze Marokkanen", "you stupid Muslim", "those dirty, lazy immigrants"."""
    words = [token for token in between if not token.is_space and token.text != ","]
    return len(words) <= 1 and not any(token.lower_ in OTHER_SUBJECTS or token.is_punct for token in words)


def _said_of_oneself(doc, start: int, end: int) -> bool:
    """A slur reclaimed by the group itself: `wij zijn die flikkers`, `als flikker van dienst`, `I call
    myself a tranny`, `proud fag`."""
    words = [token.lower_ for token in doc[start:end] if not token.is_space and not token.is_punct]
    if not words:
        return False
    if words[0] in ("als", "as") or any(word in SELF_WORDS for word in words):
        return True
    pairs = set(zip(words, words[1:], strict=False))
    return bool(pairs & SELF_PAIRS)


def _noun_use(doc, predicate: Match, start: int) -> bool:
    """`hoeveel haat X krijgen`, `the hate trans people get`: hatred named as a thing, not felt."""
    position = predicate.start - 1
    while position >= start and doc[position].is_space:
        position -= 1
    return position >= start and doc[position].lower_ in NOUN_MARKERS


def _history(doc, start: int, end: int) -> bool:
    """A sentence about the past: `Jews were deported`, `werden teruggestuurd in 1939`."""
    return any(
        token.lower_ in PAST_MARKERS or (token.is_digit and len(token.text) == 4) for token in doc[start:end]
    )


def _negated(doc, group: Match, predicate: Match, between, start: int, end: int) -> bool:
    """A negation that denies the statement: between the two, just before the predicate or the group ("no
    X deserves", "not all X"), or just after them in a Dutch clause ("ik haat X niet"), with no comma in
    between ("X zijn geen criminelen, het zijn mensen"). A phrase that holds its own negation ("niet te
    vertrouwen") and a rhetorical question ("Aren't X just vermin?") do not count."""
    if _rhetorical(doc, start, end):
        return False
    own = set(predicate.form.split())
    last = max(group.end, predicate.end)
    target = predicate.start if predicate.start >= group.end else group.start
    for token in (*between, *doc[max(start, predicate.start - 2) : predicate.start]):
        if token.lower_ in NEGATIONS and token.lower_ not in own and _same_clause(doc, token.i, target):
            return True
    for token in doc[max(start, group.start - 2) : group.start]:
        if token.lower_ in NEGATIONS and token.lower_ not in own:
            return True
    following = [token for token in doc[last : min(end, last + 2)] if not token.is_space]
    return bool(following) and following[0].lower_ in NEGATIONS


def _same_clause(doc, first: int, second: int) -> bool:
    low, high = sorted((first, second))
    return not any(token.text in (",", ";", ":") for token in doc[low:high])


def _rhetorical(doc, start: int, end: int) -> bool:
    words = [token for token in doc[start:end] if not token.is_space]
    return bool(words) and words[-1].text == "?" and words[0].lower_ in QUESTION_OPENERS


def _pronoun_reference(
    doc, start: int, end: int, predicates: list[Match], groups: list[Match], group_before: bool
) -> tuple[Match, Match] | None:
    """ "Die nieuwe vluchtelingen? Ze zijn allemaal tuig." "Het zijn parasieten." "Immigrants think
    they're special. I hate them." "Filthy, all of them." The group is in the sentence before, or earlier in
    this one: "I've worked with immigrants for years and they're all lazy"."""
    for token in doc[start:end]:
        if not _refers_back(doc, token, start, end):
            continue
        if not group_before and not any(group.end <= token.i for group in groups):
            continue  # nothing said yet for the pronoun to stand for
        pronoun = Match(token.i, token.i + 1, None, token.lower_)
        for predicate in predicates:
            after = predicate.start > token.i
            object_like = predicate.payload.category in ("hatred", "violence", "exclusion")
            all_of = token.i > start and doc[token.i - 1].lower_ in ("of", "van")
            if (after or object_like or all_of) and _linked(doc, pronoun, predicate, start, end):
                return pronoun, predicate
    return None


def _refers_back(doc, token, start: int, end: int) -> bool:
    word = token.lower_
    if word in PRONOUNS:
        return True
    if word == "het":  # "het zijn beesten", "zieke geesten zijn het"
        neighbours = {doc[i].lower_ for i in (token.i - 1, token.i + 1) if start <= i < end}
        return "zijn" in neighbours
    return False


def _finding(
    analysed, context, doc, group: Match, predicate: Match | None, start: int, end: int, lexicons: Lexicons
) -> Finding:
    first = min(group.start, predicate.start) if predicate else group.start
    last = max(group.end, predicate.end) if predicate else group.end
    body_start, body_end = analysed.source_span(doc[first].idx, doc[last - 1].idx + len(doc[last - 1].text))
    match = analysed.body[body_start:body_end]
    mention = quoted(doc, first, last) or quoted(doc, group.start, group.end)
    if predicate is not None:
        mention = mention or quoted(doc, predicate.start, predicate.end)
    if mention or _counter_speech(doc, start, end, lexicons):
        severity, key = Severity.INFO, "counter"
    elif predicate is None:
        severity, key = Severity.AMBER, "slur"
    else:
        key = _message_key(predicate.payload)
        severity = SEVERITY.get(key, Severity.AMBER)
    return context.catalogue_finding(INFO, analysed, body_start, body_end, severity, key, match)


def _message_key(term: Term) -> str:
    """hatred reads as derogation; a denied dignity as dehumanisation when listed red ("not human")."""
    if term.category == "hatred":
        return "derogation"
    if term.category == "dignity":
        return "dehumanisation" if term.severity == Severity.RED else "derogation"
    return term.category


def _counter_speech(doc, start: int, end: int, lexicons: Lexicons) -> bool:
    """A sentence that argues against hate: a cue from the `counter` list anywhere, or, for a cue listed
    with `^`, at the start of the sentence ("Saying that X are vermin is wrong", not "mag ik zeggen dat"), or
    one that reports what someone else said in a post that rejects it ("iemand zei dat alle Polen dieven zijn.
    nee. dat is racisme")."""
    first = next((i for i in range(start, end) if not doc[i].is_space and not doc[i].is_punct), start)
    if next(lexicons.counter.matches(doc, start, end), None) is not None:
        return True
    if first < end and lexicons.counter_openers.match_at(doc, first) is not None:
        return True
    return _reports_others(doc, start, end, lexicons) and _post_rejects(doc, lexicons)


def _enough_said(doc, start: int, end: int, group_spans) -> bool:
    """Enough words beside the group for the model to judge: it learned only from drafts that name a group, so
    on a short sentence its score is mostly that prior (`Women are great.` scored 0.76)."""
    in_group = {index for group_start, group_end in group_spans for index in range(group_start, group_end)}
    words = [
        token
        for token in doc[start:end]
        if token.i not in in_group and not token.is_space and not token.is_punct
    ]
    return len(words) >= MIN_WORDS_TO_JUDGE


MIN_WORDS_TO_JUDGE = 5


def _denied(doc, start: int, end: int) -> bool:
    """The sentence denies what it says of a group: a negation right after a copula (`zijn geen`, `are not`,
    `isn't`) or before a quantifier (`niet alle`, `not all`)."""
    words = [token.lower_ for token in doc[start:end] if not token.is_space and not token.is_punct]
    for position, word in enumerate(words):
        if word.endswith(("n't", "n’t")) and word[:-3] in LINKING_VERBS:
            return True  # "aren't", "isn't", "wasn't"
        if word not in NEGATIONS:
            continue
        if set(words[max(0, position - 2) : position]) & LINKING_VERBS:
            return True
        if words[position + 1 : position + 2] and words[position + 1] in QUANTIFIERS:
            return True
    return False


QUANTIFIERS = frozenset({"alle", "all", "every", "iedere", "elke", "allemaal", "allen"})
LINKING_VERBS = COPULAS | {"are", "were", "be", "ai", "blijven", "worden"}  # "ai" of "ain't"


def _reports_others(doc, start: int, end: int, lexicons: Lexicons) -> bool:
    """The sentence reports what someone else says or thinks: a `reported` cue whose speaker is not the
    writer (`mijn oom zei dat`, not `ik zei dat`, `ik vind dat`)."""
    for match in lexicons.reported.matches(doc, start, end):
        speaker = _previous_token(doc, match.start)
        return speaker is None or speaker.lower_ not in FIRST_PERSON_SPEAKERS
    return False


def _post_rejects(doc, lexicons: Lexicons) -> bool:
    return next(lexicons.rejecting.matches(doc), None) is not None


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
    from clusius_check.text.pipeline import get_nlp, terms_for_post

    nlp = get_nlp(language)
    terms = terms_for(INFO.id, "nl", extra_files) + terms_for(INFO.id, "en", extra_files)
    extra = tuple(Term(group, Severity.AMBER, "group", INFO.id, language) for group in extra_groups)
    group_terms = [
        (term.term.lower(), term) for term in (*terms, *extra) if term.category in GROUP_CATEGORIES
    ]
    group_words = {text for text, _term in group_terms}
    predicate_terms = [
        (term.term.lower(), term)
        for term in terms_for_post(INFO.id, language, extra_files)
        if term.category not in GROUP_CATEGORIES
    ]
    # Every insult the bullying lists know, said of a whole group, puts the group down: "X zijn sukkels",
    # "X are bitter losers". Listed after this rule's own words, which win where both list a word.
    predicate_terms += [
        (
            term.term.lower(),
            Term(
                term.term, Severity.AMBER, "derogation", INFO.id, term.language, fields=(("link", "before"),)
            ),
        )
        for term in terms_for_post("bullying", language, extra_files)
        if term.category == "insult" and term.term.lower() not in group_words  # a slur is a group term here
    ]
    counter = section_for_post(INFO.id, "counter", extra_files)
    harmless = section_for_post(INFO.id, "harmless", extra_files)
    joke = section_for_post(INFO.id, "joke", extra_files)
    reported = section_for_post(INFO.id, "reported", extra_files)
    rejecting = section_for_post(INFO.id, "rejecting", extra_files)
    return Lexicons(
        Lexicon(nlp, group_terms),
        Lexicon(nlp, predicate_terms, loose=True),
        Lexicon(nlp, ((word.lower(), True) for word in (*allow, *harmless))),
        Lexicon(nlp, ((cue.lower(), True) for cue in counter if not cue.startswith("^"))),
        Lexicon(nlp, ((cue[1:].lower(), True) for cue in counter if cue.startswith("^"))),
        Lexicon(nlp, ((opener.lower(), True) for opener in joke), loose=True),
        Lexicon(nlp, ((cue.lower(), True) for cue in reported)),
        Lexicon(nlp, ((cue.lower(), True) for cue in (*rejecting, *counter) if not cue.startswith("^"))),
    )
