"""Is there a date or a time next to a marker? "EMBARGOED UNTIL 09:00 CET 5 May",
"Sperrfrist: 12.05., 10 Uhr", "ikke publiser før mandag kl. 8".

A date beside an embargo or internal label is what makes it an instruction about
publication rather than a word in a news story. Numeric forms, time zones, and month
and weekday names in the twelve supported languages (full names only: "mar" and "mai"
are ordinary words somewhere).
"""

from __future__ import annotations

import re

_MONTHS = (
    "january february march april may june july august september october november december "
    "janvier février fevrier mars avril mai juin juillet août aout septembre octobre "
    "novembre décembre decembre januar februar märz maerz juni juli oktober dezember "
    "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre "
    "noviembre diciembre gennaio febbraio aprile maggio giugno luglio settembre ottobre "
    "dicembre janeiro fevereiro março maio junho julho setembro outubro novembro dezembro "
    "januari februari maart mei augustus desember marts maj augusti "
    "január február március április május június július augusztus szeptember október "
    # Polish, as named and in dates ("5 kwietnia"), with and without marks; not "marca"
    # (Spanish, Italian, Portuguese "brand") nor "maja" (a first name) on their own:
    # those only after a day, "12 marca", "3 maja" (_PL_DAY_MONTH)
    "styczeń styczen stycznia luty lutego marzec kwiecień kwiecien kwietnia czerwiec "
    "czerwca lipiec lipca sierpień sierpien sierpnia wrzesień wrzesien września wrzesnia "
    "październik pazdziernik października pazdziernika listopad listopada grudzień grudzien "
    "grudnia "
)
_DAYS = (
    "monday tuesday wednesday thursday friday saturday sunday today tomorrow midnight noon "
    "lundi mardi mercredi jeudi vendredi samedi dimanche demain minuit midi "
    "montag dienstag mittwoch donnerstag freitag samstag sonntag morgen mitternacht "
    "lunes martes miércoles miercoles jueves viernes sábado sabado domingo mañana "
    "medianoche lunedì lunedi martedì martedi mercoledì mercoledi giovedì giovedi venerdì "
    "venerdi sabato domenica domani mezzanotte segunda terça terca quarta quinta sexta "
    "amanhã amanha meia-noite maandag dinsdag woensdag donderdag vrijdag zaterdag zondag "
    "middernacht mandag tirsdag onsdag torsdag fredag lørdag lordag søndag sondag "
    "måndag tisdag fredag lördag söndag imorgon midnatt hétfő hetfo kedd szerda "
    "csütörtök péntek szombat vasárnap holnap éjfél "
    # Polish: the weekday as named, after "w", "do" (until) and "przed" (before)
    "poniedziałek poniedzialek poniedziałku poniedzialku poniedziałkiem poniedzialkiem "
    "wtorek wtorku wtorkiem środa sroda środę srode środy srody środą czwartek czwartku "
    "czwartkiem piątek piatek piątku piatku piątkiem piatkiem sobota sobotę sobote soboty "
    "sobotą niedziela niedzielę niedziele niedzieli niedzielą dziś dzis dzisiaj jutro jutra "
    "pojutrze północ polnoc północy polnocy północą polnoca południe poludnie południa "
    "poludnia południem poludniem"
)
_PL_DAY_MONTH = r"\d{1,2}\.?\s?(?:marca|maja)"
_NAMES = "|".join(sorted({re.escape(w) for w in (_MONTHS + " " + _DAYS).split()},
                         key=len, reverse=True))
TIME_CUE = re.compile(
    r"\b\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?(?!\d)"  # 12.05., 5/12/2026
    r"|\b\d{1,2}[:h]\d{2}\b"  # 10:00, 9h30
    r"|\b\d{1,2}\s?(?:am|pm|uhr|óra|órakor)\b"
    r"|\bkl\.?\s?\d"  # kl. 8
    r"|\bgodz\.?\s?\d"  # godz. 10
    r"|\b(?:CET|CEST|GMT|BST|UTC|EST|EDT|PST|PDT|MEZ|MESZ)\b"
    r"|\b20\d{2}\b"
    rf"|\b(?:{_NAMES})\b"
    rf"|\b{_PL_DAY_MONTH}\b",
    re.IGNORECASE,
)
BEFORE, AFTER = 25, 60  # characters searched on each side of the marker


def dated(text: str, start: int, end: int) -> bool:
    return TIME_CUE.search(text, max(0, start - BEFORE), min(len(text), end + AFTER)) is not None


_CUT = re.compile(r":\s|\s[-–—|]\s|[\n|]|[.!?]\s+(?=[^\W\d_])")  # "kl. 10" goes on
_LEAD = re.compile(r"\s*:\s*")  # "SPERRFRIST: 12.05., 10 Uhr"
_WIDEST = 45  # characters: "until 09:00 CET, Tuesday 5 May 2026" fits


def date_extent(text: str, end: int) -> int:
    """Where the date right after a marker ends ("EMBARGOED UNTIL 09:00 CET 5 May: ..."
    -> after "May"), or ``end`` when no date follows on the same stretch of the line."""
    lead = _LEAD.match(text, end)
    begin = lead.end() if lead else end
    cut = _CUT.search(text, begin, begin + 4 * _WIDEST)
    piece = text[begin:cut.start() if cut else min(len(text), begin + 4 * _WIDEST)]
    if len(piece) > _WIDEST and ", " in piece:
        piece = piece[:piece.index(", ")]
    if not piece.strip() or len(piece) > _WIDEST or not TIME_CUE.search(piece):
        return end
    return begin + len(piece.rstrip(" ,;.!"))
