"""Words around a match that say whose data it is, or that it is no one's.

Three kinds of cue, in the twelve languages (matched on folded text, whole words):
- PERSONAL: the data belongs to a person ("lives at", "his number", "bor på",
  "wohnt in", "son adresse", "your address" in a reply to a customer). A personal cue
  near a match turns it into doxxing.
- OWN: the data is the organisation's ("our store", "call us", "customer service",
  "opening hours"). Only invitations and places of business count; a bare "we" does
  not, since a brand that writes "we will send it to <your address>" is exposing the
  customer's address.
- NOT_PERSONAL: the number is a thing's, not a person's (order, invoice, tracking,
  reference numbers), or an amount (currencies and units written next to it).

And the words of a scam warning's made-up example (``examples`` reads them):
EXAMPLE_MARKS and FAKE_MARKS ("fictitious example", "not a real card number"),
EXAMPLE_INTRODUCERS ("e.g.", "fx", "z. B.") and SCAM ("scammers", "svindel", "Betrug").
"""

from __future__ import annotations

import re

PERSONAL: dict[str, tuple[str, ...]] = {
    "en": ("lives at", "lives in", "lives on", "living at", "where he lives", "where she lives",
           "where they live", "where you live", "we know where", "home address",
           "private address", "his address", "her address", "your address",
           "his number", "her number", "your number", "his phone",
           "her phone", "your phone number", "private number", "personal number",
           "personal email", "his email", "her email", "your email", "his card",
           "her card", "your card", "your account number", "your iban", "call him",
           "call her", "text him", "text her", "dox", "doxx", "doxxed", "doxxing", "leaked",
           "go visit him", "go visit her", "pay him a visit", "pay her a visit",
           "the address of this", "the number of this", "address of the guy",
           "number of the guy", "here's where he lives", "here's where she lives"),
    "no": ("bor i", "bor på", "bor ved", "adressen hans", "adressen hennes", "adressen deres",
           "hjemmeadresse", "hjemmeadressen", "privatadresse", "nummeret hans",
           "nummeret hennes", "telefonnummeret hans", "telefonnummeret hennes",
           "privatnummer", "privatnummeret", "din adresse", "adressen din", "ditt nummer",
           "nummeret ditt", "ring ham", "ring henne", "kortet ditt", "kontonummeret ditt"),
    "da": ("bor i", "bor på", "hans adresse", "hendes adresse", "hjemmeadresse",
           "privatadresse", "hans nummer", "hendes nummer", "din adresse", "dit nummer",
           "ring til ham", "ring til hende", "dit kort", "dit kontonummer"),
    "sv": ("bor i", "bor på", "hans adress", "hennes adress", "hemadress", "privatadress",
           "hans nummer", "hennes nummer", "din adress", "ditt nummer", "ring honom",
           "ring henne", "ditt kort", "ditt kontonummer"),
    "de": ("wohnt in", "wohnt an", "wohnt im", "wohnt am", "wohnt auf", "seine adresse",
           "ihre adresse", "privatadresse", "wohnadresse", "heimadresse", "seine nummer",
           "ihre handynummer", "seine handynummer", "privatnummer", "deine adresse",
           "deine nummer", "deine handynummer", "ruf ihn an", "ruft ihn an", "ruft sie an",
           "deine karte", "deine iban", "wohnt er", "wohnt sie",
           "die adresse von dem", "die adresse von der", "die adresse dieses",
           "die adresse dieser", "die nummer von dem", "die nummer von der",
           "die nummer dieses", "die nummer dieser"),
    "fr": ("habite", "habite au", "habite à", "son adresse", "son domicile", "adresse perso",
           "adresse personnelle", "son numéro", "son portable", "numéro perso",
           "numéro personnel", "ton adresse", "votre adresse", "ton numéro", "votre numéro",
           "appelez-le", "appelez-la", "votre carte", "ta carte", "votre iban",
           "l'adresse de ce", "l'adresse de cette", "le numéro de ce", "le numéro de cette",
           "le numéro de la cliente", "le numéro du client"),
    "es": ("vive en", "su dirección", "su domicilio", "dirección particular", "su número",
           "su móvil", "su teléfono", "tu dirección", "tu número", "tu teléfono", "llámale",
           "llamadle", "tu tarjeta", "su tarjeta", "tu cuenta"),
    "it": ("abita in", "abita a", "vive in", "vive a", "il suo indirizzo", "indirizzo di casa",
           "il suo domicilio", "il suo numero", "il suo cellulare", "tuo indirizzo",
           "tuo numero", "chiamatelo", "chiamatela", "tua carta"),
    "pt": ("mora em", "mora na", "mora no", "vive em", "morada dele", "morada dela",
           "endereço dele", "endereço dela", "número dele", "número dela", "telemóvel dele",
           "telemóvel dela", "celular dele", "celular dela", "seu endereço", "teu endereço",
           "sua morada", "tua morada", "seu número", "teu número", "seu cartão", "teu cartão"),
    "nl": ("woont op", "woont aan", "woont in", "zijn adres", "haar adres", "woonadres",
           "huisadres", "thuisadres", "zijn nummer", "haar nummer", "je adres", "jouw adres",
           "uw adres", "je nummer", "jouw nummer", "uw nummer", "bel hem", "bel haar",
           "je pas", "uw pas", "woont hij", "woont ze", "het adres van deze",
           "het nummer van deze", "het adres van die", "het nummer van die"),
    "hu": ("lakik", "lakcím", "lakcíme", "lakcímét", "lakcímed", "címe", "címét",
           "telefonszáma", "telefonszámát", "a címed", "a számod", "telefonszámod",
           "hívjátok fel", "kártyád", "számlaszámod"),
    "pl": ("mieszka w", "mieszka na", "mieszka przy", "gdzie mieszka", "gdzie mieszkasz",
           "jego adres", "jej adres", "adres domowy", "adres zamieszkania", "prywatny adres",
           "jego numer", "jej numer", "prywatny numer", "jego telefon", "jej telefon",
           "twój adres", "twój numer", "wasz adres", "wasz numer", "pani adres", "pana adres",
           "pani numer", "pana numer", "zadzwońcie do niego", "zadzwońcie do niej",
           "twoja karta", "twojej karty", "numer tej", "numer tego", "adres tej", "adres tego",
           "odwiedźcie go", "odwiedźcie ją"),
}

OWN: dict[str, tuple[str, ...]] = {
    "en": ("donate", "donation", "donations", "fundraiser", "our store", "our shop", "our office", "our offices", "our restaurant", "our hotel",
           "store", "shop", "branch", "outlet", "showroom", "restaurant", "café", "cafe",
           "venue", "headquarters", "hq", "opening hours", "opening", "grand opening",
           "now open", "open", "opens", "visit us", "find us", "call us", "contact us",
           "reach us", "ring us", "text us", "email us", "write to us", "dm us",
           "customer service", "customer care", "customer support", "support", "hotline",
           "helpline", "helpdesk", "bookings", "booking", "reservations", "reception",
           "press office", "toll-free", "toll free", "freephone", "box office", "tickets",
           "join us", "meet us", "see you at", "come by", "stop by", "drop by", "drop off",
           "event", "warehouse", "depot", "pharmacy",
           "call us on", "give us a call", "our showroom", "our address"),
    "no": ("gi en gave", "innsamling", "innsamlingen", "støtt", "bidra", "spleis", "butikk", "butikken", "butikker", "vår butikk", "kontor", "kontoret", "restaurant",
           "åpner", "åpningstider", "åpent", "besøk oss", "finn oss", "ring oss", "kontakt oss",
           "send oss", "kundeservice", "kundesenter", "sentralbord", "bestilling",
           "reservasjon", "resepsjon",
           "nå oss", "adressen vår", "butikken vår", "utstillingslokalet vårt"),
    "da": ("donation", "indsamling", "støt", "butik", "butikken", "butikker", "kontor", "restaurant", "åbner", "åbningstider",
           "åbent", "besøg os", "find os", "ring til os", "kontakt os", "skriv til os",
           "kundeservice", "booking", "reservation",
           "vores adresse", "vores butik", "vores showroom"),
    "sv": ("gåva", "insamling", "swisha", "bidra", "butik", "butiken", "butiker", "kontor", "kontoret", "restaurang", "öppnar",
           "öppettider", "öppet", "besök oss", "hitta oss", "ring oss", "kontakta oss",
           "skriv till oss", "kundtjänst", "kundservice", "bokning", "växel",
           "nå oss", "vår adress", "vår butik", "vårt showroom"),
    "de": ("spende", "spenden", "spendenkonto", "filiale", "laden", "geschäft", "store", "shop", "büro", "restaurant", "eröffnung",
           "eröffnet", "öffnungszeiten", "geöffnet", "besuchen sie uns", "besucht uns",
           "finden sie uns", "rufen sie uns an", "ruft uns an", "kontaktieren sie uns",
           "schreiben sie uns", "kundenservice", "kundendienst", "kundenhotline", "hotline",
           "reservierung", "buchung", "zentrale",
           "uns anrufen", "ruf uns an", "erreichen sie uns", "erreichst du uns", "unser showroom", "unsere adresse"),
    "fr": ("faire un don", "magasin", "boutique", "agence", "bureau", "restaurant", "ouverture", "ouvre",
           "horaires", "ouvert", "rendez-nous visite", "retrouvez-nous", "appelez-nous",
           "contactez-nous", "écrivez-nous", "service client", "service clients",
           "numéro vert", "réservation", "réservations", "accueil", "standard",
           "nous appeler", "nous joindre", "nous contacter", "nous écrire", "notre showroom", "notre adresse", "notre numéro"),
    "es": ("donativo", "donativos", "donación", "donaciones", "tienda", "sucursal", "oficina", "restaurante", "apertura", "abre", "abrimos",
           "horario", "abierto", "visítanos", "encuéntranos", "llámanos", "contáctanos",
           "escríbenos", "atención al cliente", "servicio al cliente", "reservas",
           "línea gratuita",
           "llamarnos", "contactarnos", "nuestra dirección", "nuestro teléfono", "nuestra tienda", "nuestro showroom"),
    "it": ("donazione", "donazioni", "negozio", "punto vendita", "filiale", "ufficio", "ristorante", "apertura", "apre",
           "orari", "aperto", "visitaci", "trovaci", "chiamaci", "contattaci", "scrivici",
           "servizio clienti", "assistenza clienti", "numero verde", "prenotazioni",
           "chiamarci", "contattarci", "il nostro indirizzo", "il nostro numero", "il nostro showroom", "il nostro negozio"),
    "pt": ("donativo", "donativos", "doação", "doações", "loja", "filial", "escritório", "restaurante", "abertura", "abre", "horário",
           "aberto", "visite-nos", "encontre-nos", "ligue-nos", "contacte-nos", "contate-nos",
           "escreva-nos", "apoio ao cliente", "atendimento", "serviço de apoio", "reservas",
           "linha gratuita",
           "ligar para nós", "nos ligar", "contactar-nos", "nossa loja", "nosso endereço", "nosso telefone", "nossa morada",
           "nosso armazém", "o nosso armazém", "nosso depósito", "devolução para", "devoluções para"),
    "nl": ("doneer", "doneren", "donatie", "gift", "giro", "winkel", "filiaal", "kantoor", "restaurant", "opening", "opent", "openingstijden",
           "geopend", "bezoek ons", "vind ons", "bel ons", "neem contact", "mail ons",
           "schrijf ons", "klantenservice", "reserveringen", "receptie",
           "ons bellen", "bereik ons", "ons adres", "onze winkel", "onze showroom"),
    "hu": ("adomány", "adományozz", "támogass", "üzlet", "üzletünk", "bolt", "boltunk", "iroda", "irodánk", "étterem", "nyitás",
           "nyit", "nyitvatartás", "nyitva", "látogasson", "keressen minket", "hívjon",
           "hívjanak", "ügyfélszolgálat", "ügyfélszolgálatunk", "foglalás", "recepció",
           "érsz el minket", "éred el minket", "elérsz minket", "hívj minket", "hívjon minket", "bemutatótermünk", "szalonunk", "címünk", "telefonszámunk"),
    # not bare "salon" or "punkt": a living room in French, a point in German
    "pl": ("darowizna", "darowizny", "wpłać", "wpłaty", "zbiórka", "wesprzyj", "nasz sklep",
           "sklep", "sklepu", "sklepie", "nasz salon", "salon sprzedaży", "punkt sprzedaży",
           "oddział", "biuro", "biurze", "restauracja", "restauracji", "kawiarnia", "otwarcie",
           "otwieramy", "otwarte", "czynne", "godziny otwarcia", "zapraszamy", "odwiedź nas",
           "odwiedźcie nas", "zadzwoń do nas", "napisz do nas", "skontaktuj się z nami",
           "kontakt z nami", "obsługa klienta", "obsługi klienta", "infolinia", "rezerwacje",
           "rezerwacja", "recepcja",
           "zadzwonić do nas", "nasz adres"),
}

# A person's name owning the data: "Kari's number", "Karis adresse", "Annas Nummer".
# Weaker than the PERSONAL words (a company can own a number too), so the check lets an
# OWN cue ("hotline", "store") outrank it.
_NAME = r"[A-ZÆØÅÄÖÜ][a-zæøåäöüßéèáíóúő]+"
POSSESSIVE_NAME = re.compile(
    rf"\b{_NAME}(?:'s|’s|s') (?:home |private |personal |new |own )?"
    r"(?:address|number|phone|phone number|cell|mobile|email|card)\b"
    rf"|\b{_NAME}s (?:adresse|adress|hjemmeadresse|nummer|telefonnummer|mobilnummer|"
    r"Adresse|Nummer|Handynummer|Telefonnummer|Privatadresse)\b"
    rf"|\b{_NAME}(?:'s| zijn| haar) (?:adres|nummer|telefoonnummer)\b"
)

# Public places and venues: an address or number next to them is the place's, not a home's.
VENUES: dict[str, tuple[str, ...]] = {
    "en": ("school", "high school", "center", "centre", "hospital", "church", "library",
           "museum", "stadium", "arena", "hall", "gym", "studio", "theatre", "theater",
           "cinema", "bar", "pub", "club", "clinic", "hotel", "station", "airport",
           "university", "college", "campus", "shelter", "ymca", "mall", "gallery",
           "textline", "town hall", "city hall"),
    "no": ("skole", "skolen", "apotek", "sykehus", "kirke", "kirken", "bibliotek", "museum", "stadion",
           "hallen", "senter", "senteret", "hotell", "stasjon", "kafé", "rådhus", "rådhuset"),
    "da": ("skole", "apotek", "hospital", "kirke", "bibliotek", "museum", "stadion", "center", "hotel",
           "station", "biograf", "rådhus"),
    "sv": ("skola", "apotek", "sjukhus", "kyrka", "bibliotek", "museum", "stadion", "centrum", "hotell",
           "station", "bio", "stadshus"),
    "de": ("schule", "apotheke", "krankenhaus", "klinik", "kirche", "bibliothek", "museum", "stadion",
           "halle", "zentrum", "hotel", "bahnhof", "kino", "praxis", "kanzlei", "rathaus"),
    "fr": ("école", "pharmacie", "hôpital", "église", "bibliothèque", "musée", "stade", "salle", "centre",
           "hôtel", "gare", "cinéma", "mairie"),
    "es": ("escuela", "farmacia", "colegio", "hospital", "iglesia", "biblioteca", "museo", "estadio",
           "centro", "hotel", "estación", "cine", "ayuntamiento"),
    "it": ("scuola", "farmacia", "ospedale", "chiesa", "biblioteca", "museo", "stadio", "centro", "hotel",
           "albergo", "stazione", "cinema", "comune", "sede"),
    "pt": ("escola", "farmácia", "hospital", "igreja", "biblioteca", "museu", "estádio", "centro", "hotel",
           "estação", "cinema", "prefeitura", "câmara", "hemocentro"),
    "nl": ("school", "apotheek", "ziekenhuis", "kerk", "bibliotheek", "museum", "stadion", "centrum",
           "hotel", "station", "bioscoop", "gemeente", "gemeentehuis"),
    "hu": ("iskola", "gyógyszertár", "patika", "kórház", "templom", "könyvtár", "múzeum", "stadion", "központ",
           "szálloda", "hotel", "állomás", "mozi", "városháza"),
    "pl": ("szkoła", "szkole", "apteka", "aptece", "szpital", "szpitalu", "kościół", "kościele",
           "biblioteka", "muzeum", "stadion", "centrum", "hotel", "hotelu", "dworzec", "dworcu",
           "kino", "teatr", "przychodnia", "uczelnia", "urząd miasta", "urzędzie miasta",
           "ratusz", "księgarnia", "księgarni", "kawiarni", "piekarnia", "piekarni",
           "pracownia", "pracowni", "galeria", "galerii"),
}

# Numbers of things, not people: a number right after one of these is not personal data.
NOT_PERSONAL_BEFORE = (
    "order", "order number", "order no", "order #", "ordre", "ordrenummer", "ordrenr",
    "bestilling", "bestillingsnummer", "bestellung", "bestellnummer", "auftragsnummer",
    "commande", "numéro de commande", "pedido", "número de pedido", "ordine", "encomenda",
    "bestelling", "bestelnummer", "ordernummer", "rendelés", "rendelésszám", "tracking",
    "tracking number", "sporing", "sporingsnummer", "sendungsnummer", "suivi", "seguimiento",
    "spårning", "invoice", "faktura", "fakturanummer", "rechnung", "rechnungsnummer",
    "facture", "factura", "fattura", "fatura", "factuur", "ref", "reference", "referanse",
    "referenz", "référence", "referencia", "riferimento", "referência", "referentie",
    "case", "case number", "ticket", "saksnummer", "sak", "booking reference",
    "confirmation", "kundenummer", "kundennummer", "customer number", "member number",
    "medlemsnummer", "article", "artikkel", "artikel", "art.nr", "artikelnummer", "item",
    "isbn", "issn", "model", "modell", "serial", "serienummer", "seriennummer", "sku",
    "ean", "gtin", "lot", "batch", "flight", "fly", "flug", "vol", "vuelo", "volo", "voo",
    "vlucht", "járat", "org.nr", "orgnr", "org nr", "organisasjonsnummer", "cvr", "kvk",
    "vat", "mva", "moms", "ust-idnr", "siret", "siren", "cif", "partita iva", "nipc",
    "adószám", "cégjegyzékszám", "postboks", "postbox", "p.o. box",
    "zamówienie", "zamówienia", "numer zamówienia", "nr zamówienia", "faktura", "faktury",
    "nr faktury", "przesyłka", "przesyłki", "numer przesyłki", "listu przewozowego",
    "zgłoszenia", "reklamacji", "numer klienta", "nr klienta", "paragonu", "nip", "regon",
    "krs", "skrytka pocztowa",
)

CURRENCY = (
    "€", "$", "£", "kr", "kr.", "nok", "sek", "dkk", "eur", "euro", "euros", "usd", "gbp",
    "chf", "ft", "huf", "forint", "dollar", "dollars", "kroner", "kronor", "pounds", "reais",
    "r$", "zł", "zł.", "pln", "złotych",
)

UNITS_AFTER = CURRENCY + (
    "views", "followers", "likes", "people", "users", "visitors", "subscribers", "votes",
    "downloads", "tickets", "km", "m", "kg", "mb", "gb", "tb", "%", "mil", "mill",
    "million", "millions", "millones", "milioni", "milhões", "millionen", "millioner",
    "miljoner", "miljoen", "millió", "personer", "menschen", "personnes", "personas",
    "persone", "pessoas", "mensen", "ember", "visninger", "aufrufe", "vues", "visitas",
    "visualizzazioni", "weergaven", "megtekintés", "mln", "tys", "milionów", "miliony",
    "osób", "wyświetleń", "obserwujących", "polubień", "użytkowników", "proc",
)

# --- example numbers: a scam warning's made-up card, phone number or IBAN -------------
# Written as people write them; "*" ends a stem (a word that goes on: "Beispiel*" finds
# "Beispielnummer") or, in front, lets it end a compound ("*betrug" finds
# "Telefonbetrug"); a space stands for any run of spaces. ``examples`` reads the tables.

# The number itself is marked as an example, a fiction or a placeholder. Counted in the
# number's sentence (and the parenthesis right after it). Read after the introducers
# below are set aside, so "for example" does not count as "example".
EXAMPLE_MARKS: dict[str, tuple[str, ...]] = {
    "en": ("example*", "sample", "dummy", "fictitious", "fictional", "fictive",
           "placeholder*", "illustrative", "for illustration", "illustration only"),
    "de": ("beispiel*", "fiktiv*", "ausgedacht*", "erfunden*", "platzhalter*", "dummy",
           "mustermann*", "musternummer*", "muster-*"),
    "fr": ("exemple*", "fictif*", "fictive*", "factice*", "inventé*", "bidon"),
    "es": ("ejemplo*", "ficticio*", "ficticia*", "inventado*", "inventada*", "de muestra"),
    "it": ("esempi*", "fittizi*", "fittizio", "fittizia", "inventat*", "di prova"),
    "pt": ("exemplo*", "fictício*", "fictícia*", "inventado*", "inventada*"),
    "nl": ("voorbeeld*", "fictief", "fictieve", "verzonnen", "dummy"),
    "da": ("eksempel*", "fiktiv*", "opdigtet*", "opfundet*"),
    "no": ("eksempel*", "fiktiv*", "oppdiktet*", "oppfunnet*"),
    "sv": ("exempel*", "fiktiv*", "påhittat*", "påhittad*", "låtsas*"),
    "pl": ("przykład*", "fikcyjn*", "zmyślon*", "wymyślon*"),
    "hu": ("példa*", "fiktív*", "kitalált*", "minta"),
}

# "Fake", "not a real ...": words that describe the scam (fake texts) or another number
# ("he gave a fake number, his real one is ...") as often as this one, so they count
# only right next to it, in its clause (no comma between), or in the parenthesis right
# after it.
FAKE_MARKS: dict[str, tuple[str, ...]] = {
    "en": ("fake", "false", "bogus", "made-up", "made up", "not a real", "not real",
           "isn't real", "is not real", "not an actual", "not genuine", "not a genuine"),
    # not "falsch" nor "faux": "die falsche Nummer", "un faux numéro" is a wrong number
    "de": ("fake", "gefälscht*", "keine echte*", "kein echte*", "nicht echt", "nicht real"),
    "fr": ("fake", "pas un vrai", "pas une vraie", "pas réel*", "n'existe pas"),
    "es": ("fake", "falso*", "falsa*", "no es real", "no es un número real", "no real"),
    "it": ("fake", "falso", "falsa", "falsi", "false", "finto", "finta", "finti", "finte",
           "non reale", "non è reale", "non è un vero", "non vero"),
    "pt": ("fake", "falso*", "falsa*", "não é real", "não é um número real", "não real"),
    "nl": ("fake", "nep*", "vals", "valse", "geen echt*", "niet echt"),
    "da": ("fake", "falsk*", "ikke et rigtigt", "ikke rigtig*", "ikke ægte", "ikke et ægte"),
    "no": ("fake", "falsk*", "ikke et ekte", "ikke ekte", "ikke et virkelig*"),
    "sv": ("fake", "fejk*", "falsk*", "inte ett riktigt", "inte riktig*", "inte äkta",
           "inte ett äkta"),
    "pl": ("fake", "fałszyw*", "nieprawdziw*", "nie jest prawdziw*", "zmyślon*"),
    "hu": ("fake", "kamu", "hamis*", "nem valódi", "nem igazi"),
}

# "e.g.", "for example", "such as": words that introduce an example. In a text warning
# about scams (SCAM below), a number they introduce is the scammers' made-up one.
EXAMPLE_INTRODUCERS: dict[str, tuple[str, ...]] = {
    "en": ("e.g.", "e.g", "eg.", "for example", "for instance", "for ex.", "such as", "like"),
    "de": ("z.b.", "z.b", "zum beispiel", "beispielsweise", "etwa", "wie etwa"),
    "fr": ("par exemple", "par ex.", "p.ex.", "p. ex.", "tel que", "telle que", "tels que",
           "telles que", "du type", "du genre"),
    "es": ("por ejemplo", "p.ej.", "p. ej.", "ej.", "tales como", "tal como", "del tipo"),
    "it": ("ad esempio", "per esempio", "ad es.", "per es.", "come ad esempio", "del tipo",
           "tipo"),
    "pt": ("por exemplo", "p.ex.", "p. ex.", "ex.", "tais como", "do tipo", "tipo"),
    "nl": ("bijvoorbeeld", "bijv.", "bv.", "b.v.", "zoals"),
    "da": ("fx", "fx.", "f.eks.", "f.eks", "for eksempel", "eksempelvis", "såsom"),
    "no": ("f.eks.", "f.eks", "feks", "for eksempel", "eksempelvis", "slik som"),
    "sv": ("t.ex.", "t.ex", "t ex", "tex", "till exempel", "exempelvis", "såsom"),
    "pl": ("np.", "np", "na przykład", "przykładowo", "typu", "takich jak", "takie jak",
           "taki jak"),
    "hu": ("pl.", "például", "példának okáért", "példaként", "úgymint"),
}

# A text warning about scams, fraud or phishing (anywhere in the post).
SCAM: dict[str, tuple[str, ...]] = {
    "en": ("scam", "scams", "scammer*", "scammed", "scamming", "fraud*", "phishing*",
           "smishing", "vishing", "spoofing", "spoofed", "con artist*", "swindl*",
           "impersonat*", "fake text*", "fake message*", "fake sms*", "fake call*",
           "fake email*"),
    "de": ("*betrug*", "*betrüger*", "betrügerisch*", "*phishing*", "abzocke*", "abzock*",
           "enkeltrick*", "schockanruf*", "smishing", "spoofing",
           "gefälscht*"),
    "fr": ("arnaque*", "escroc*", "escroquerie*", "fraude*", "frauduleu*", "hameçonnage",
           "phishing", "smishing", "usurpation*", "faux sms", "faux conseiller*"),
    "es": ("estafa*", "estafador*", "fraude*", "fraudulent*", "timador*",
           "phishing", "smishing", "vishing", "suplantación*", "engaño*", "sms falso*"),
    "it": ("truffa", "truffe", "truffator*", "frode", "frodi", "fraudolent*", "phishing",
           "smishing", "raggir*", "sms falsi", "sms falso"),
    "pt": ("golpe", "golpes", "golpista*", "burla", "burlas", "burlão", "burlões", "fraude*",
           "fraudulent*", "phishing", "smishing", "sms falso*"),
    "nl": ("*oplicht*", "opgelicht", "*fraude*", "*phishing*", "nepbericht*", "nepmail*",
           "nepsms*", "nep-sms*", "valse sms*", "valse berichten"),
    "da": ("*svindel*", "svindler*", "*bedrageri*", "bedrager*", "phishing*", "falsk* sms*",
           "falsk* besked*"),
    "no": ("*svindel*", "svindler*", "*bedrageri*", "bedrager*", "phishing*", "falsk* sms*",
           "falsk* melding*"),
    "sv": ("*bedrägeri*", "bedragar*", "*bluff*", "*svindel*", "nätfiske", "phishing*",
           "falsk* sms*", "bedragare"),
    "pl": ("oszust*", "oszuk*", "wyłudz*", "phishing*", "fałszyw* sms*",
           "fałszyw* wiadomoś*"),
    "hu": ("csaló", "csalók*", "csalót", "*csalás*", "adathalász*", "átverés*", "hamis sms*",
           "kamu sms*"),
}
