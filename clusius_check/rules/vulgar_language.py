"""vulgar-language — vulgar, sexual or crude language, also when disguised (protocol art. 8).

What it does
    Finds swearing, Dutch disease curses (`kanker`, `tyfus`, `tering`, `klere`, `pleuris`, `takke`) and
    their compounds and intensifier uses (`kankerdag`, `teringherrie`, `kk saai`), sexual words, slurs and
    blasphemous swearing, in Dutch and English, after undoing disguises: `k@nker`, `sh1t`, `f*ck`,
    `kuuuut`, `k a n k e r`, `K.U.T.`, `kánker`.

Why is this bad?
    Art. 8 lists "Plaatsen van vulgair of ongepast materiaal" among what is not allowed, and art. 4:
    what you post about school reflects on the school. Art. 5: the internet remembers everything.

Example
    Wat een kankerdag, die toets was k u t.

Use instead
    Wat een rotdag, die toets was echt slecht.

How it avoids false alarms
    Words match whole, never inside another word (`Scunthorpe`, `assessment`, `Sussex`, `shiitake`).
    A compound counts only when a curse is its first or last part and the other part is not on the list
    of harmless heads (`kankeronderzoek`, `kankerpatiënt`). A word that is also a disease counts only when
    it is not used as one (`mijn oma heeft kanker gehad`, `een vaccinatie tegen tyfus`); a word that is
    also an ordinary word (`eikels`, organ `pijpen`, a breeder's `bitch`) only when it is aimed at someone.
    Phrases on the allow list (`cum laude`, `Homo sapiens`, `Dick Bruna`) are never reported.

Words come from `wordlists/<lang>/vulgar-language.yaml` (both languages, on every post, except a word of
the other language that is a function word in the post's own, like English `hoe` in Dutch), the
school's extra lists, and the options `words` and `allow`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache

from clusius_check.findings import Finding, Severity
from clusius_check.rules.base import Option, RuleInfo, list_of_strings
from clusius_check.text.lexicon import Lexicon, masked_match, token_forms
from clusius_check.text.normalise import MASK, stretched_forms
from clusius_check.text.targets import QUOTES, aimed_at_person, words_after, words_before
from clusius_check.wordlists import Term, section_for

INFO = RuleInfo(
    id="vulgar-language",
    article="8",
    default_severity=Severity.RED,
    summary={
        "nl": "Vulgaire, seksuele of grove taal, ook verhuld (k@nker, k u t).",
        "en": "Vulgar, sexual or crude language, also when disguised (f*ck, s h i t).",
    },
    options=(
        Option("words", "extra words the school counts as vulgar (red)", [], list_of_strings),
        Option("allow", "words and phrases never to report, such as a local name", [], list_of_strings),
    ),
    categories=("swearing", "sexual", "slur", "disease-curse", "blasphemy"),
    entry_fields=(
        ("compound", ("modifier", "head", "both")),
        ("context", ("disease", "insult", "intensifier", "lowercase")),
        ("instead", ()),
    ),
    sections=("harmless_heads", "allow"),
)

# A compound's other part must be at least this long: "hoera" is not "hoer" + "a", "scrap" not "s" + "crap".
MIN_PART = 3
# Between a curse and the head of a compound: kloten-weer, hoer-en-jong, pokke-n-weer.
LINKING = ("en", "e", "s", "n", "-")
# Endings a compound's head may carry: tyfuslijer-s, kutwijf-je.
HEAD_ENDINGS = ("", "s", "en", "e", "tje", "tjes", "je", "jes", "ers", "er")
# Words that make a disease word the disease ("aan kanker overleden", "vaccin tegen tyfus").
DISEASE_BEFORE = frozenset(
    {
        "heeft",
        "had",
        "hebben",
        "hadden",
        "heb",
        "hebt",
        "kreeg",
        "kregen",
        "krijgt",
        "krijgen",
        "gekregen",
        "aan",
        "tegen",
        "met",
        "door",
        "over",
        "voor",
        "van",
        "geen",
        "bij",
        "na",
        "de",
        "het",
        "zoals",
        "of",
        "en",
        "tijdens",
        "ondanks",
        "om",
        "op",
        "vanwege",
        "bestrijden",
        "genezen",
        "behandelen",
    }
)
MEDICAL_CUES = (
    "ziek",
    "diagnose",
    "chemo",
    "overle",
    "overlijd",
    "sterf",
    "sterv",
    "stierf",
    "gestorven",
    "genees",
    "genez",
    "vaccin",
    "inent",
    "ingeent",
    "epidemie",
    "uitbraak",
    "bacterie",
    "virus",
    "patient",
    "ziekenhuis",
    "kwf",
    "onderzoek",
    "behandel",
    "tumor",
    "uitgezaaid",
    "bestrijd",
    "preventie",
    "symptom",
    "middeleeuw",
    "besmet",
    "dokter",
    "arts",
    "medicijn",
    "lijden",
    "longen",
    "roken",
    "sigaret",
    "kuur",
    "bestraling",
    "operatie",
    "hospice",
    "rouw",
    "herdenk",
    "collecte",
    "sponsor",
    "goede doel",
    "pink ribbon",
)
# Words that make "kanker" in "kanker mooi" an intensifier whatever follows; other next words must be
# content words that are not verbs ("kanker gehad" is the disease).
DEGREE_WORDS = frozenset(
    {
        "veel",
        "lang",
        "hard",
        "vaak",
        "erg",
        "duur",
        "druk",
        "snel",
        "weinig",
        "goed",
        "slecht",
        "vroeg",
        "laat",
        "ver",
        "dichtbij",
        "moeilijk",
        "makkelijk",
    }
)
SUBJECT_VERBS = frozenset(
    {
        "is",
        "was",
        "wordt",
        "werd",
        "kan",
        "komt",
        "kwam",
        "heeft",
        "had",
        "blijft",
        "ontstaat",
        "zit",
        "zat",
        "verspreidt",
        "gehad",
        "gekregen",
        "overleden",
        "genezen",
        "behandeld",
        "uitgezaaid",
        "ontdekt",
    }
)
DISEASE_VERBS = frozenset(
    {
        "heeft",
        "had",
        "hebben",
        "hadden",
        "gehad",
        "kreeg",
        "kregen",
        "gekregen",
        "overleden",
        "overleed",
        "gestorven",
        "stierf",
        "lijdt",
        "leed",
        "genezen",
        "ziek",
        "ziekte",
        "vaccinatie",
        "ingeënt",
    }
)
MENTION_CUES = frozenset(
    {
        "woord",
        "woorden",
        "zoals",
        "noemde",
        "noemden",
        "noemen",
        "noemt",
        "scheldwoord",
        "scheldwoorden",
        "uitgescholden",
        "word",
        "words",
        "called",
        "calling",
        "term",
        "slur",
        "slurs",
    }
)
# After a curse that opens a sentence: "Jezus christus, wat een stank", "Fok die herkansing", "Jesus Christ, the smell".
EXCLAMATION_OPENERS = frozenset(
    {
        ",",
        "!",
        "wat",
        "die",
        "dat",
        "deze",
        "dit",
        "what",
        "this",
        "that",
        "the",
        "you",
        "off",
        "it",
        "man",
        "zeg",
        "jou",
    }
)
CURSE_FILLERS = frozenset(
    {
        "de",
        "het",
        "een",
        "toch",
        "maar",
        "allemaal",
        "lekker",
        "nou",
        "jij",
        "je",
        "jullie",
        "ze",
        "dan",
        "gewoon",
        "even",
    }
)


@dataclass
class VulgarLexicon:
    words: Lexicon
    modifiers: tuple[tuple[str, Term], ...]
    heads: tuple[tuple[str, Term], ...]
    harmless_heads: tuple[str, ...]
    allowed: Lexicon
    # Allowed single words that also cover longer words starting with them ("kleren" -> "klerenkast").
    allowed_prefixes: tuple[str, ...]

    @cached_property
    def modifier_words(self) -> tuple[str, ...]:
        return tuple(text for text, _ in self.modifiers)

    @cached_property
    def head_words(self) -> tuple[str, ...]:
        return tuple(text for text, _ in self.heads)


def check(analysed, context) -> Iterator[Finding]:
    for start, end, term, other_part in find(analysed, context):
        yield _finding(analysed, context, analysed.normalised_doc, start, end, term, other_part)


def find(analysed, context) -> Iterator[tuple[int, int, Term, str | None]]:
    """Every vulgar word in the normalised Doc as (start token, end token, term, other compound part).

    Public because `bullying` asks the same question ("is this a term of abuse?") about words aimed at a
    person: a school then edits its curses in one list. Computed once per draft and lexicon."""
    lexicon = _lexicon_for(analysed.language, context)
    key = (INFO.id, id(lexicon))
    if key not in analysed.shared:
        analysed.shared[key] = list(_find(analysed.normalised_doc, lexicon))
    return iter(analysed.shared[key])


def _find(doc, lexicon: VulgarLexicon) -> Iterator[tuple[int, int, Term, str | None]]:
    allowed = _allowed_tokens(doc, lexicon)
    index = 0
    while index < len(doc):
        token = doc[index]
        if token.is_space or token.is_punct or index in allowed:
            index += 1
            continue
        forms = token_forms(token)
        if token.text.startswith("@") and len(token.text) > 3:
            forms = (*forms, "a" + token.lower_[1:])  # "@sshole", "@ss": not a handle, an a
        match = lexicon.words.match_at(doc, index, forms)
        if match is not None:
            term: Term = match.payload
            if any(position in allowed for position in range(match.start, match.end)):
                index = match.end
                continue
            if _counts(term, doc, match.start, match.end):
                yield match.start, match.end, term, None
            index = match.end
            continue
        compound = _compound(forms, lexicon)
        if compound is not None:
            term, other_part = compound
            yield index, index + 1, term, other_part
        elif token.text.islower() or token.text.isupper():  # a capitalised unknown word is a name: Kanter
            near = lexicon.words.near_word(forms[0]) or lexicon.words.swapped_word(forms[0])
            if near is not None and _counts(near[1], doc, index, index + 1):
                yield index, index + 1, near[1], None
        index += 1


def _finding(analysed, context, doc, start: int, end: int, term: Term, other_part: str | None) -> Finding:
    body_start, body_end = analysed.source_span(doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text))
    match = analysed.body[body_start:body_end]
    category = context.say(f"vulgar.category.{term.category}")
    if mentioned(doc, start, end):
        return context.text_finding(
            INFO,
            analysed,
            body_start,
            body_end,
            Severity.INFO,
            context.say("vulgar.mention.message", match=match, category=category),
            context.say("vulgar.mention.suggestion"),
        )
    if other_part:
        suggestion = context.say("vulgar.suggestion.compound", part=other_part)
    elif term.category == "disease-curse" and (intensified := _next_content_word(doc, end - 1)) is not None:
        suggestion = context.say("vulgar.suggestion.intensifier", word=intensified)
    elif term.field("instead"):
        suggestion = context.say("vulgar.suggestion.instead", instead=term.field("instead"))
    else:
        suggestion = context.say(f"vulgar.suggestion.{term.category}")
    return context.text_finding(
        INFO,
        analysed,
        body_start,
        body_end,
        term.severity,
        context.say("vulgar.message", match=match, category=category),
        suggestion,
    )


def _lexicon_for(language: str, context) -> VulgarLexicon:
    return _build_lexicon(
        language,
        context.config.extra_wordlists,
        tuple(context.option(INFO, "words")),
        tuple(context.option(INFO, "allow")),
    )


@lru_cache(maxsize=16)
def _build_lexicon(
    language: str, extra_files: tuple, extra_words: tuple[str, ...], extra_allow: tuple[str, ...]
) -> VulgarLexicon:
    """Built once per language and config. Keyed on the config's inputs, not on the terms: hashing a few
    hundred word-list entries for every draft cost more than checking the draft."""
    from clusius_check.text.normalise import normalise_obfuscation
    from clusius_check.text.pipeline import get_nlp, terms_for_post

    harmless_heads = _section("harmless_heads", extra_files)
    allow = _section("allow", extra_files) + extra_allow
    nlp = get_nlp(language)
    terms = terms_for_post(INFO.id, language, extra_files)
    terms += [
        Term(word, Severity.RED, "swearing", INFO.id, language, source="clusius-check.yaml")
        for word in extra_words
    ]
    entries = [(normalise_obfuscation(term.term.lower()).text, term) for term in terms]
    harmless = tuple(normalise_obfuscation(head.lower()).text for head in harmless_heads)
    allow_texts = [normalise_obfuscation(text.lower()).text for text in allow]
    return VulgarLexicon(
        Lexicon(nlp, entries),
        _compound_parts(entries, "modifier"),
        _compound_parts(entries, "head"),
        harmless,
        Lexicon(nlp, ((text, True) for text in allow_texts)),
        tuple(text for text in allow_texts if len(text) >= 5 and " " not in text),
    )


def _compound_parts(entries: list[tuple[str, Term]], position: str) -> tuple[tuple[str, Term], ...]:
    """Single words that may stand at `position` ("modifier" or "head") of a compound, longest first."""
    parts = [
        (text, term)
        for text, term in entries
        if term.field("compound") in (position, "both") and " " not in text
    ]
    return tuple(sorted(parts, key=lambda item: -len(item[0])))


def _section(name: str, extra_files: tuple) -> tuple[str, ...]:
    return tuple(
        word for language in ("nl", "en") for word in section_for(INFO.id, language, name, extra_files)
    )


def _allowed_tokens(doc, lexicon: VulgarLexicon) -> set[int]:
    """Token indices inside an allowed word or phrase ("cum laude", "Homo sapiens", "kleren")."""
    covered: set[int] = set()
    for index, token in enumerate(doc):
        if token.is_space:
            continue
        match = lexicon.allowed.match_at(doc, index)
        if match is not None:
            covered.update(range(match.start, match.end))
        elif token.lower_.startswith(lexicon.allowed_prefixes) or any(
            form.startswith(lexicon.allowed_prefixes) for form in stretched_forms(token.lower_)[1:]
        ):
            covered.add(index)  # "klerenkast" starts with the allowed "kleren"
    return covered


def _compound(forms: tuple[str, ...], lexicon: VulgarLexicon) -> tuple[Term, str] | None:
    """(term, other part) when the word is a compound with a curse as its first or last part."""
    for form in forms:
        if "-" in form.strip("-"):
            found = _hyphenated(form, lexicon)
            if found is not None:
                return found
            continue
        if len(form) < 2 * MIN_PART or not form.isalpha():
            continue
        masked = MASK in form
        # Most words start and end with no curse at all: one C-level test each before the loops.
        if masked or form.startswith(lexicon.modifier_words):
            for modifier, term in lexicon.modifiers:
                if not _starts_with(form, modifier) or len(form) - len(modifier) < MIN_PART:
                    continue
                head = _head_after(form[len(modifier) :], lexicon.harmless_heads)
                if head is not None:
                    return term, head
        stems = [form[: len(form) - len(ending)] for ending in HEAD_ENDINGS if form.endswith(ending)]
        if not masked and not any(stem.endswith(lexicon.head_words) for stem in stems):
            continue
        for head, term in lexicon.heads:
            for stem in stems:
                if _ends_with(stem, head) and len(stem) - len(head) >= MIN_PART:
                    return term, stem[: len(stem) - len(head)]
    return None


def _hyphenated(form: str, lexicon: VulgarLexicon) -> tuple[Term, str] | None:
    """`kut-app`, `k*t-weer`, `school-kanker`: a listed curse as the first or last part of a hyphenated word."""
    parts = [part for part in form.split("-") if part]
    if len(parts) < 2:
        return None
    first = lexicon.words.word(stretched_forms(parts[0]))
    if first is not None and first[1].field("compound") in ("modifier", "both"):
        return first[1], "-".join(parts[1:])
    last = lexicon.words.word(stretched_forms(parts[-1]))
    if last is not None and last[1].field("compound") in ("head", "both"):
        return last[1], "-".join(parts[:-1])
    return None


def _head_after(rest: str, harmless_heads: tuple[str, ...]) -> str | None:
    """The head after a curse modifier, or None when it is too short or harmless (`onderzoek`)."""
    candidates = [rest] + [rest[len(link) :] for link in LINKING if rest.startswith(link)]
    if any(candidate.startswith(harmless) for candidate in candidates for harmless in harmless_heads):
        return None
    candidates = [candidate for candidate in candidates if len(candidate) >= MIN_PART]
    return candidates[-1] if candidates else None


def _starts_with(form: str, part: str) -> bool:
    return form.startswith(part) or (MASK in form and masked_match(form[: len(part)], part))


def _ends_with(form: str, part: str) -> bool:
    return form.endswith(part) or (
        MASK in form and len(form) >= len(part) and masked_match(form[-len(part) :], part)
    )


def _counts(term: Term, doc, start: int, end: int) -> bool:
    kind = term.field("context")
    if kind == "insult":
        return aimed_at_person(doc, start) or _in_curse_phrase(doc, start, end)
    if kind == "intensifier":
        return _next_content_word(doc, end - 1) is not None  # "kk saai", not "kk, tot zo" (oké)
    if kind == "disease":
        return _used_as_curse(doc, start)
    if kind == "lowercase":
        return not (doc[start].text[:1].isupper() and not doc[start].text.isupper())
    return True


def _used_as_curse(doc, index: int) -> bool:
    """`kanker` as a curse (`kanker mooi`, `krijg de kanker`, `vuile kanker`, `KANKER!`) rather than the
    disease (`oma heeft kanker gehad`, `onderzoek naar kanker`, `Tyfus komt nog voor`). Without either
    sign it counts: the disease is nearly always named with a verb or a preposition, the curse rarely."""
    if _in_curse_phrase(doc, index, index + 1) or aimed_at_person(doc, index):
        return True
    after = words_after(doc, index, 1)
    if after and after[0].lower_ in DEGREE_WORDS:
        return True  # "ik heb kanker veel huiswerk"
    return not _named_as_disease(doc, index)


def _named_as_disease(doc, index: int) -> bool:
    before = [token.lower_ for token in words_before(doc, index, 2)]
    if any(word in DISEASE_BEFORE for word in before):
        return True
    after = words_after(doc, index, 1)
    if after and (after[0].lower_ in SUBJECT_VERBS or _verb_like(after[0])):
        return True  # the disease as the subject or object of a verb: "Tyfus komt", "kanker gehad"
    window = [token for token in doc[max(0, index - 12) : index + 12] if not token.is_space]
    return any(
        token.lower_ in DISEASE_VERBS
        or token.lower_.startswith(MEDICAL_CUES)
        or token.lemma_.startswith(MEDICAL_CUES)
        for token in window
    )


def _verb_like(token) -> bool:
    word = token.lower_
    lemma = token.lemma_
    return token.is_alpha and lemma.endswith("en") and (lemma != word or word in _dutch_lemmas())


def mentioned(doc, start: int, end: int) -> bool:
    """A word talked about rather than used: in quotes, or after `woorden zoals`, `noemde hem`, `called`.
    Counter-speech ("Scheldwoorden zoals 'mongool' doen pijn") must not be red; it is `info`."""
    before = doc[max(0, start - 1) : start]
    after = doc[end : end + 1]
    if before and after and before[0].text in QUOTES and after[0].text in QUOTES:
        return True
    words = [token.lower_ for token in words_before(doc, start, 3)]
    if any(word in MENTION_CUES for word in words):
        return True
    # "words like X", "slurs like X"; but "acting like a fuckboy" uses the word
    return any(a == "like" and b in MENTION_CUES for a, b in zip(words, words[1:], strict=False))


def _in_curse_phrase(doc, index: int, end: int) -> bool:
    """`krijg (toch) de X`, `ze kunnen de X krijgen`, `X op!`, and a curse opening a sentence:
    `Jezus christus, wat een stank`, `Fok die herkansing`."""
    before = words_before(doc, index, 4)
    for position, token in enumerate(before):
        word = token.lower_
        if word == "krijg" or (
            word in ("krijgt", "krijgen") and any(t.lower_ in ("de", "het") for t in before[:position])
        ):
            return True
        if word not in CURSE_FILLERS:
            break
    after = [token.lower_ for token in words_after(doc, end - 1, 3)]
    if after[:1] == ["op"] or after[:2] == ["toch", "op"] or after[:2] == ["je", "op"]:
        rest = after[1:] if after[0] == "op" else after[2:]
        return not rest or not rest[0].isalpha()
    if after[:1] == ["krijgen"] and before and before[0].lower_ in ("de", "het"):
        return True
    return bool(not before and after and after[0] in EXCLAMATION_OPENERS)


def _next_content_word(doc, index: int) -> str | None:
    """The word right after `index` when the curse intensifies it: `kanker mooi`, `tering druk`."""
    after = words_after(doc, index, 1)
    if not after or not after[0].is_alpha:
        return None
    token = after[0]
    word = token.lower_
    if word in DEGREE_WORDS:
        return token.text
    if token.is_stop or len(word) < 3:
        return None
    if _verb_like(token):
        return None  # a verb: "kanker gehad", "kanker genezen"
    return token.text


@lru_cache(maxsize=1)
def _dutch_lemmas() -> frozenset[str]:
    from clusius_check.text.pipeline import lemma_table

    return frozenset(lemma_table("nl").values())
