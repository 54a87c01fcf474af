"""Every sentence the tool says to a person, in Dutch and English, in one place.

Rules and reporters ask for a message by key; nothing user-facing is a string literal elsewhere,
so a translation or a rewording is one edit here.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "nl": {
        # Verdicts, in words so they read right without colour.
        "verdict.green": "GROEN — Klaar om te plaatsen",
        "verdict.amber": "ORANJE — Twijfel: bij twijfel niet plaatsen",
        "verdict.red": "ROOD — Niet plaatsen",
        "verdict.none": "FOUT — niet (volledig) gecontroleerd",
        "severity.red": "rood",
        "severity.amber": "oranje",
        "severity.info": "tip",
        "report.findings": "Bevindingen",
        "report.column.number": "#",
        "report.column.severity": "Ernst",
        "report.column.rule": "Regel",
        "report.column.why": "Waarom, en wat dan wel",
        "report.article": "art. {article}",
        "report.line": "regel {line}, kol. {column}",
        "report.no_findings": "Geen bevindingen.",
        "report.not_checked": "Nog niet gecontroleerd (regel nog niet beschikbaar): {rules}",
        "report.disabled": "Niet gecontroleerd (uitgezet in de config): {rules}",
        "report.checked": "Gecontroleerd op: {rules}",
        "report.images": "Afbeeldingen: {images}",
        "report.summary": "{total} concept(en): {green} groen, {amber} oranje, {red} rood, {errors} met fouten",
        "report.language": "taal: {language}",
        "report.progress": "Concepten controleren",
        "rules.title": "Regels van clusius-check",
        "rules.column.id": "Regel",
        "rules.column.severity": "Standaard",
        "rules.column.article": "Artikel",
        "rules.column.summary": "Wat",
        "rules.planned": "nog niet beschikbaar",
        # confidential
        "confidential.marker.message": "'{match}' markeert informatie als vertrouwelijk of intern (art. 6: geef nooit "
        "vertrouwelijke informatie van de organisatie prijs).",
        "confidential.marker.suggestion": "Plaats dit niet. Wat intern of vertrouwelijk is, blijft binnen school.",
        "confidential.internal-source.message": "'{match}' is een interne bron; wat daar besproken wordt, is niet "
        "voor buiten (art. 6).",
        "confidential.internal-source.suggestion": "Deel alleen wat de school zelf al openbaar heeft gemaakt, en "
        "verwijs daarnaar.",
        "confidential.exam.message": "'{match}' gaat over examen- of toetsmateriaal; dat uitlekken is fraude en "
        "schaadt de school (art. 6).",
        "confidential.exam.suggestion": "Haal dit weg. Toets- en examenmateriaal deel je nooit online.",
        "confidential.credentials.message": "'{match}' gaat over inloggegevens (art. 6).",
        "confidential.credentials.suggestion": "Zet nooit wachtwoorden of inloggegevens online; praat je over een "
        "wachtwoord, laat het wachtwoord zelf weg.",
        "confidential.credentials-secret.message": "'{match}' lijkt een wachtwoord of andere inloggegevens; wie dit leest, "
        "kan inloggen (art. 6).",
        "confidential.credentials-secret.suggestion": "Verwijder het wachtwoord en wijzig het meteen: het kan al "
        "gezien zijn.",
        "confidential.file.message": "'{match}' hoort in een leerling- of personeelsdossier, niet op sociale media "
        "(art. 6 en art. 9).",
        "confidential.file.suggestion": "Laat dit weg. Wat in een dossier staat, gaat alleen de betrokkenen aan.",
        "confidential.school-term.message": "'{match}' staat op de lijst van vertrouwelijke termen van de school "
        "(art. 6).",
        "confidential.school-term.suggestion": "Vraag na of dit openbaar mag voordat je het plaatst.",
    },
    "en": {
        "verdict.green": "GREEN — Ready to post",
        "verdict.amber": "AMBER — In doubt: when in doubt, do not post",
        "verdict.red": "RED — Do not post",
        "verdict.none": "ERROR — not (fully) checked",
        "severity.red": "red",
        "severity.amber": "amber",
        "severity.info": "tip",
        "report.findings": "Findings",
        "report.column.number": "#",
        "report.column.severity": "Severity",
        "report.column.rule": "Rule",
        "report.column.why": "Why, and what to do instead",
        "report.article": "art. {article}",
        "report.line": "line {line}, col. {column}",
        "report.no_findings": "No findings.",
        "report.not_checked": "Not checked yet (rule not available yet): {rules}",
        "report.disabled": "Not checked (switched off in the config): {rules}",
        "report.checked": "Checked for: {rules}",
        "report.images": "Images: {images}",
        "report.summary": "{total} draft(s): {green} green, {amber} amber, {red} red, {errors} with errors",
        "report.language": "language: {language}",
        "report.progress": "Checking drafts",
        "rules.title": "clusius-check rules",
        "rules.column.id": "Rule",
        "rules.column.severity": "Default",
        "rules.column.article": "Article",
        "rules.column.summary": "What",
        "rules.planned": "not available yet",
        "confidential.marker.message": "'{match}' marks information as confidential or internal (art. 6: never "
        "disclose the organisation's confidential information).",
        "confidential.marker.suggestion": "Do not post this. What is internal or confidential stays inside school.",
        "confidential.internal-source.message": "'{match}' is an internal source; what is discussed there is not "
        "for outside (art. 6).",
        "confidential.internal-source.suggestion": "Share only what the school has already made public, and link "
        "to it.",
        "confidential.exam.message": "'{match}' is about exam or test material; leaking it is fraud and harms the "
        "school (art. 6).",
        "confidential.exam.suggestion": "Remove this. Never share test or exam material online.",
        "confidential.credentials.message": "'{match}' is about login details (art. 6).",
        "confidential.credentials.suggestion": "Never post passwords or login details; if you talk about a "
        "password, leave the password itself out.",
        "confidential.credentials-secret.message": "'{match}' looks like a password or login detail; anyone "
        "reading it can log in (art. 6).",
        "confidential.credentials-secret.suggestion": "Remove the password and change it now: it may already have "
        "been seen.",
        "confidential.file.message": "'{match}' belongs in a pupil's or staff file, not on social media "
        "(art. 6 and art. 9).",
        "confidential.file.suggestion": "Leave this out. What is in a file concerns only the people involved.",
        "confidential.school-term.message": "'{match}' is on the school's list of confidential terms (art. 6).",
        "confidential.school-term.suggestion": "Check whether this may be made public before you post it.",
    },
}


def say(language: str, key: str, /, **params: object) -> str:
    """The message `key` in `language`, falling back to Dutch, then to the key itself."""
    template = MESSAGES.get(language, {}).get(key) or MESSAGES["nl"].get(key) or key
    return template.format(**params) if params else template
