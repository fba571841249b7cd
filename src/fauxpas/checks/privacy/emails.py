"""Email addresses, and whether one looks like a person's or an organisation's.

Publishing ``support@``, ``info@`` or ``press@`` is what organisations do; a personal
address (``jane.doe@...``, anything at a free-mail provider) in a reply is a person's
inbox made public. The brand's own domains come from the ``own_domains`` option, and a
domain that contains the account's brand name ("acme" in ``news.acme.com``) counts as
the brand's own too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from fauxpas.checks.privacy.recognizer import Hit

EMAIL = re.compile(
    r"(?<![\w.+\-@])[\w.+\-]{1,64}@(?:[A-Za-z0-9\-]{1,63}\.)+[A-Za-z]{2,24}(?![\w\-@])"
)

# Local parts that name a role, a desk or a team rather than a person; they also count
# as the first part of a longer local part ("press.office", "support-uk").
ROLE_LOCAL_PARTS = frozenset({
    "support", "info", "information", "contact", "kontakt", "hello", "press", "presse",
    "prensa", "stampa", "imprensa", "pers", "media", "sales", "salg", "vertrieb", "ventes",
    "ventas", "vendite", "vendas", "verkoop", "jobs", "careers", "karriere", "office", "kontor",
    "admin", "service", "kundeservice", "kundenservice", "kundservice", "klantenservice",
    "customerservice", "help", "hjelp", "hilfe", "aide", "ayuda", "aiuto", "ajuda", "helpdesk",
    "noreply", "no-reply", "booking", "bookings", "reservations", "marketing", "newsletter",
    "postmaster", "webmaster", "billing", "accounts", "orders", "team", "feedback", "privacy",
    "gdpr", "dpo", "legal", "investors", "partners", "events", "shop", "store", "enquiries",
    "inquiries", "community", "ordre", "faktura", "invoice", "returns", "retur",
    "kundendienst", "servicio", "servizio", "atendimento", "ugyfelszolgalat",
    "ügyfélszolgálat", "iroda", "sajto", "sajtó", "redaksjon", "redaktion", "redaction",
    "redazione", "redaccion", "donations", "donate", "cliente", "clientes", "clienti",
    "client", "clients", "customer", "customers", "kunde", "kunder", "kunden", "klant",
    "ugyfel", "ügyfél", "news", "nyheter", "nachrichten", "noticias", "notizie", "nieuws",
    "photos", "pics", "video", "desk", "newsdesk", "redaksjonen",
})
# Role words that are also first names or too short to trust as a prefix: whole only.
ROLE_EXACT = frozenset({"hi", "hei", "hej", "hallo", "hola", "ciao", "ola", "olá", "hr",
                        "ir", "tip", "tips", "care", "mail", "email", "post", "social"})
_ROLE_SPLIT = re.compile(r"[.\-_+\d]")

# Mailbox providers where addresses belong to people, not organisations.
FREE_MAIL = frozenset({
    "gmail.com", "googlemail.com", "icloud.com", "me.com", "mac.com", "aol.com", "msn.com",
    "ymail.com", "web.de", "t-online.de", "freenet.de", "orange.fr", "wanadoo.fr", "free.fr",
    "laposte.net", "sfr.fr", "libero.it", "virgilio.it", "tiscali.it", "alice.it",
    "terra.es", "telefonica.net", "sapo.pt", "uol.com.br", "bol.com.br", "ziggo.nl",
    "kpnmail.nl", "online.no", "getmail.no", "telia.com", "bredband.net", "spray.se",
    "jubii.dk", "mail.dk", "freemail.hu", "citromail.hu", "proton.me", "protonmail.com",
    "tutanota.com", "mail.com", "zoho.com", "gmx.net",
})
FREE_MAIL_NAMES = frozenset({"hotmail", "outlook", "live", "yahoo", "gmx", "yandex"})
# Top-level domains longer than two letters (two-letter ones are countries, all valid).
GENERIC_TLDS = frozenset({
    "com", "org", "net", "edu", "gov", "mil", "int", "info", "biz", "io", "app", "dev",
    "name", "pro", "email", "online", "shop", "store", "tech", "xyz", "eu", "asia", "mobi",
    "museum", "travel", "jobs", "news", "media", "site", "website", "blog", "club", "live",
    "life", "world", "today", "agency", "studio", "design", "digital", "cloud", "group",
    "company", "team", "social", "works", "space", "global", "art", "bio", "eco", "cat",
    "barcelona", "paris", "berlin", "london", "amsterdam", "brussels", "wien", "swiss",
    "nyc", "coop", "aero", "post", "tel", "gay", "love", "family", "health", "care", "law",
    "legal", "bank", "insurance", "finance", "money", "music", "film", "games", "fun",
})
_FILE_ENDINGS = frozenset({"png", "jpg", "jpeg", "gif", "webp", "svg", "pdf", "mp4", "mov"})
_PLACEHOLDER_DOMAINS = frozenset({"example.com", "example.org", "example.net", "domain.com",
                                  "email.com", "yourdomain.com", "company.com"})


def is_role(local: str) -> bool:
    local = local.lower()
    head = _ROLE_SPLIT.split(local, maxsplit=1)[0]
    return local in ROLE_LOCAL_PARTS or local in ROLE_EXACT or head in ROLE_LOCAL_PARTS


def is_free_mail(domain: str) -> bool:
    domain = domain.lower()
    return domain in FREE_MAIL or domain.split(".", 1)[0] in FREE_MAIL_NAMES


def has_email_shape(text: str) -> bool:
    """An "@" right after a letter, digit or . _ + - (a mention has a space before it)."""
    at = text.find("@", 1)
    while at != -1:
        before = text[at - 1]
        if before.isalnum() or before in "._+-":
            return True
        at = text.find("@", at + 1)
    return False


def find_emails(text: str) -> Iterator[Hit]:
    if not has_email_shape(text):
        return
    for match in EMAIL.finditer(text):
        local, _, domain = match.group().rpartition("@")
        domain_lower = domain.lower()
        tld = domain_lower.rsplit(".", 1)[-1]
        if tld in _FILE_ENDINGS or (len(tld) > 2 and tld not in GENERIC_TLDS):
            continue
        if domain_lower in _PLACEHOLDER_DOMAINS or local.startswith(".") or ".." in local:
            continue
        role = is_role(local)
        free = is_free_mail(domain_lower)
        yield Hit(
            kind="email", recognizer="email", label="an email address",
            start=match.start(), end=match.end(), score=0.9 if free else 0.7,
            pattern="local@domain",
            validation="address syntax and a real top-level domain shape",
            tail=_masked(local, domain),
            detail={"domain": domain_lower, "role": role, "free_mail": free},
        )


def _masked(local: str, domain: str) -> str:
    """j***@gmail.com: enough to recognise, not enough to write to."""
    return f"{local[:1]}***@{domain}"


def own_domain(domain: str, own_domains: frozenset[str], brand_key: str) -> bool:
    """The domain, or a parent of it, is one of the brand's, or contains its name."""
    labels = domain.split(".")
    parents = {".".join(labels[i:]) for i in range(len(labels) - 1)}
    if parents & own_domains:
        return True
    return len(brand_key) >= 3 and any(brand_key in label for label in labels[:-1])
