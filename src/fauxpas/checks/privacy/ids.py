"""National identity numbers: one recognizer per country, mostly data.

Scores reflect how much the validation proves. Two check digits and a birth date
(Norway) or a mod-97 key (France) make a random look-alike rare, so those stand alone.
A nine-digit number that passes an 11-proof or mod-11 check (Dutch BSN, Portuguese
NIF, Hungarian TAJ) is one in ten or eleven of all nine-digit numbers, so those only
count next to a word that names them. Denmark dropped its check digit in 2007 and the
US SSN and UK National Insurance number never had one: format and date only, lower
scores, raised by context words.
"""

from __future__ import annotations

from fauxpas.checks.privacy import national_checks as nc
from fauxpas.checks.privacy.recognizer import Recognizer, number_pattern

NORWAY = Recognizer(
    name="no_fnr", kind="national_id", label="a Norwegian national identity number",
    patterns=(number_pattern("11 digits", r"\d{6} ?\d{5}", 0.8),),
    validate=nc.norwegian_fnr,
    validation="birth date and both mod-11 control digits",
    context=("fødselsnummer", "fodselsnummer", "fnr", "f.nr", "personnummer", "personnr",
             "d-nummer"),
)

SWEDEN = Recognizer(
    name="se_personnummer", kind="national_id", label="a Swedish personal identity number",
    patterns=(
        number_pattern("YYMMDD-NNNN", r"(?:19|20)?\d{6}[-+]\d{4}", 0.75),
        number_pattern("YYYYMMDDNNNN", r"(?:19|20)\d{10}", 0.5),
        number_pattern("10 digits", r"\d{10}", 0.75, needs_context=True),
    ),
    validate=nc.swedish_personnummer,
    validation="birth date and Luhn check digit",
    context=("personnummer", "personnr", "pnr", "samordningsnummer"),
)

DENMARK = Recognizer(
    name="dk_cpr", kind="national_id", label="a Danish CPR number",
    patterns=(
        number_pattern("DDMMYY-SSSS", r"\d{6}-\d{4}", 0.45),
        number_pattern("10 digits", r"\d{10}", 0.7, needs_context=True),
    ),
    validate=nc.danish_cpr_date,
    validation="format and birth date (no check digit since 2007)",
    context=("cpr", "cpr-nummer", "cpr-nr", "cprnummer", "personnummer"),
    context_boost=0.3,
)

NETHERLANDS = Recognizer(
    name="nl_bsn", kind="national_id", label="a Dutch citizen service number (BSN)",
    patterns=(
        number_pattern("9 digits", r"\d{9}", 0.75, needs_context=True),
        number_pattern("NNNN.NN.NNN", r"\d{4}\.\d{2}\.\d{3}", 0.75, needs_context=True),
    ),
    validate=nc.dutch_bsn,
    validation="11-proof",
    context=("bsn", "burgerservicenummer", "sofinummer", "sofi-nummer"),
)

SPAIN_DNI = Recognizer(
    name="es_dni", kind="national_id", label="a Spanish DNI number",
    patterns=(number_pattern("8 digits + letter", r"\d{8}[- ]?[A-Z]", 0.7),),
    validate=nc.spanish_dni,
    validation="control letter",
    context=("dni", "nif", "documento nacional de identidad"),
)

SPAIN_NIE = Recognizer(
    name="es_nie", kind="national_id", label="a Spanish foreigner identity number (NIE)",
    patterns=(number_pattern("X/Y/Z + 7 digits + letter", r"[XYZ][- ]?\d{7}[- ]?[A-Z]", 0.7),),
    validate=nc.spanish_nie,
    validation="control letter",
    context=("nie", "número de identidad de extranjero"),
)

ITALY = Recognizer(
    name="it_codice_fiscale", kind="national_id", label="an Italian codice fiscale",
    patterns=(number_pattern(
        "16 characters",
        r"[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-EHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]",
        0.85),),
    validate=nc.italian_codice_fiscale,
    validation="birth date and check character",
    context=("codice fiscale", "cf", "c.f.", "tessera sanitaria"),
    context_boost=0.1,
)

FRANCE = Recognizer(
    name="fr_nir", kind="national_id", label="a French social security number (NIR)",
    patterns=(number_pattern(
        "15 digits", r"[1-478] ?\d{2} ?\d{2} ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3} ?\d{2}", 0.8),),
    validate=nc.french_nir,
    validation="mod-97 key",
    context=("sécurité sociale", "securite sociale", "sécu", "nir", "numéro insee",
             "carte vitale"),
    context_boost=0.1,
)

PORTUGAL = Recognizer(
    name="pt_nif", kind="national_id", label="a Portuguese tax number (NIF)",
    patterns=(
        number_pattern("9 digits", r"\d{9}", 0.75, needs_context=True),
        number_pattern("NNN NNN NNN", r"\d{3} \d{3} \d{3}", 0.75, needs_context=True),
    ),
    validate=nc.portuguese_nif,
    validation="mod-11 check digit",
    context=("nif", "contribuinte", "número de contribuinte", "número fiscal"),
)

HUNGARY = Recognizer(
    name="hu_taj", kind="national_id", label="a Hungarian social insurance number (TAJ)",
    patterns=(number_pattern("9 digits", r"\d{3}[ -]?\d{3}[ -]?\d{3}", 0.75,
                             needs_context=True),),
    validate=nc.hungarian_taj,
    validation="CDV check digit",
    context=("taj", "taj-szám", "tajszám", "taj szám", "társadalombiztosítási"),
)

UNITED_STATES = Recognizer(
    name="us_ssn", kind="national_id", label="a US Social Security number",
    patterns=(
        number_pattern("NNN-NN-NNNN", r"\d{3}-\d{2}-\d{4}", 0.45),
        number_pattern("9 digits", r"\d{3} \d{2} \d{4}|\d{9}", 0.75, needs_context=True),
    ),
    validate=nc.us_ssn,
    validation="format and issued ranges (no check digit)",
    context=("ssn", "social security", "social security number", "soc sec"),
    context_boost=0.35,
    tail_length=4,
)

UNITED_KINGDOM = Recognizer(
    name="uk_nino", kind="national_id", label="a UK National Insurance number",
    patterns=(number_pattern("AA NN NN NN A", r"[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]", 0.55),),
    validate=nc.uk_nino,
    validation="format and issued prefixes (no check digit)",
    context=("national insurance", "ni number", "ni no", "nino"),
    context_boost=0.3,
)

NATIONAL_IDS = (NORWAY, SWEDEN, DENMARK, NETHERLANDS, SPAIN_DNI, SPAIN_NIE, ITALY, FRANCE,
                PORTUGAL, HUNGARY, UNITED_STATES, UNITED_KINGDOM)
