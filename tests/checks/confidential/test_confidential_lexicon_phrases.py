"""FP104's phrases that say a text is internal or not yet public, in all twelve languages:
leaked posts ("no lo compartáis hasta el lunes", "noch unter Sperrfrist", "Belső
információ: ...") are held, while the harmless look-alikes ordinary posts use (a trade
embargo in the news, "don't share until you've checked the source", a teaser that says
the line-up is "not public yet") are not."""

from datetime import datetime, timezone

import pytest

from fauxpas.checks.confidential.check import ConfidentialCheck
from fauxpas.core.engine import Engine
from fauxpas.core.post import Post
from fauxpas.core.verdict import Decision

NOW = datetime(2026, 6, 1, tzinfo=timezone.utc)
ENGINE = Engine(checks=[ConfidentialCheck])


def verdict(text, lang):
    return ENGINE.check(Post.from_dict({"id": "t", "text": text, "lang": lang}, now=NOW))


@pytest.mark.parametrize("lang,text,marker", [
    ("en", "Please don't share this until Monday: our new store opens in Leeds",
     "don't share this until"),
    ("en", "Internal info: the spring range launches on 3 March", "Internal info"),
    ("en", "This is still under embargo – the new partnership starts in May",
     "This is still under embargo"),
    ("en", "New prices from July (not public yet)", "not public yet"),
    ("de", "Die Meldung steht noch unter Sperrfrist: neue Filiale in Köln", "noch unter Sperrfrist"),
    ("de", "Neue Filiale in Köln ab Mai – bitte noch nicht öffentlich machen",
     "bitte noch nicht öffentlich machen"),
    ("de", "Interne Info: ab Juli neue Preise für Partner", "Interne Info"),
    ("fr", "Ne partagez pas avant lundi : nouvelle boutique à Lyon", "Ne partagez pas avant"),
    ("fr", "Info sous embargo : nouvelle collection en mai", "Info sous embargo"),
    ("fr", "Document à usage strictement interne : les nouveaux tarifs",
     "usage strictement interne"),
    ("es", "No lo compartáis hasta el lunes: abrimos tienda en Valencia",
     "No lo compartáis hasta"),
    ("es", "Esta noticia aún está bajo embargo, no la publiquéis hasta el jueves",
     "no la publiquéis hasta"),
    ("es", "Información interna: nuevos precios a partir de julio", "Información interna"),
    ("it", "Non condividetelo prima di lunedì: apriamo a Torino", "Non condividetelo prima"),
    ("it", "SOLO USO INTERNO – nuovi prezzi da luglio", "SOLO USO INTERNO"),
    ("it", "Notizia sotto embargo: nuova collezione in arrivo", "Notizia sotto embargo"),
    ("pt", "Não publiquem antes de segunda: nova loja em Braga", "Não publiquem antes"),
    ("pt", "Apenas uso interno – novos preços a partir de julho", "Apenas uso interno"),
    ("pt", "Informação interna: nova coleção chega em maio", "Informação interna"),
    ("nl", "Deel dit nog niet, de lancering is pas maandag", "Deel dit nog niet"),
    ("nl", "Interne info: nieuwe prijzen vanaf juli", "Interne info"),
    ("nl", "Nieuws onder embargo: nieuwe winkel in Gent", "Nieuws onder embargo"),
    ("pl", "Nie publikujcie przed poniedziałkiem: otwieramy sklep w Gdańsku",
     "Nie publikujcie przed"),
    ("pl", "Informacja wewnętrzna: nowe ceny od lipca", "Informacja wewnętrzna"),
    ("pl", "Jeszcze nie udostępniajcie! Nowa kolekcja wchodzi w maju",
     "Jeszcze nie udostępniajcie"),
    ("sv", "Dela inte än, vi går ut med nyheten på måndag", "Dela inte än"),
    ("sv", "Endast för intern användning: nya priser från juli", "Endast för intern användning"),
    ("sv", "Intern info: ny butik i Malmö öppnar i maj", "Intern info"),
    ("da", "Del det ikke før mandag: ny butik i Aarhus", "Del det ikke før"),
    ("da", "Kun til intern anvendelse: nye priser fra juli", "Kun til intern anvendelse"),
    ("da", "Nyheden er under embargo: ny butik i Odense", "Nyheden er under embargo"),
    ("no", "Vent med å dele til mandag: ny butikk i Bergen", "Vent med å dele til"),
    ("no", "Intern info: nye priser fra juli", "Intern info"),
    ("no", "Nyheten er under embargo: ny butikk i Tromsø", "Nyheten er under embargo"),
    ("hu", "Még ne osszátok meg, hétfőn jelentjük be hivatalosan!", "Még ne osszátok meg"),
    ("hu", "Belső információ: júliustól új árak", "Belső információ"),
    ("hu", "Még nem nyilvános: új üzletet nyitunk Debrecenben", "Még nem nyilvános"),
    ("hu", "Hivatalosan csak jövő héten jelentjük be, addig ne posztoljátok",
     "ne posztoljátok"),
])
def test_a_leaked_internal_post_is_held(lang, text, marker):
    result = verdict(text, lang)
    assert result.decision in (Decision.REVIEW, Decision.BLOCK), [
        f.to_dict() for f in result.findings]
    spans = [text[f.span[0]:f.span[1]] for f in result.findings]
    assert any(marker in span for span in spans), spans


@pytest.mark.parametrize("lang,text", [
    ("en", "Don't share this until you've tasted it 😋"),
    ("en", "The line-up is not public yet, stay tuned!"),
    ("en", "The country is still under embargo, the minister said."),
    ("en", "We will never ask for internal information by email."),
    ("en", "This is a strictly internal matter and we will not comment further."),
    ("de", "Die Preise sind noch nicht öffentlich, wir melden uns bald."),
    ("de", "Hacker stahlen interne Informationen eines Autobauers."),
    ("fr", "Ne partagez pas avant d'avoir vérifié la source !"),
    ("fr", "Le pays est toujours sous embargo depuis 1990."),
    ("es", "No compartas hasta comprobar la fuente. ¡Cuidado con los bulos!"),
    ("es", "Cuba sigue bajo embargo desde hace décadas."),
    ("es", "Sin embargo, el precio aún no es público."),
    ("it", "Il paese è ancora sotto embargo, dice il ministro."),
    ("it", "Il prezzo non è ancora pubblico, restate sintonizzati!"),
    ("pt", "Não compartilhe até checar a fonte! Fake news prejudica todos."),
    ("pt", "O país ainda está sob embargo há décadas."),
    ("pt", "Vazaram informações internas de um banco, diz o jornal."),
    ("nl", "Een deel nog niet geleverd? Neem contact met ons op."),
    ("nl", "De prijs is nog niet openbaar, houd onze pagina in de gaten!"),
    ("pl", "Nie udostępniajcie przed sprawdzeniem źródła!"),
    ("pl", "Kraj nadal pod embargiem od lat."),
    ("sv", "Dela inte förrän du har kollat källan!"),
    ("sv", "Landet är fortfarande under embargo."),
    ("da", "En del ikke endnu leverede ordrer bliver sendt i morgen."),
    ("da", "Landet er stadig under embargo."),
    ("no", "Landet er fortsatt under embargo."),
    ("no", "Prisen er ikke offentlig ennå, følg med!"),
    ("hu", "Belsős infó: holnaptól -30% minden pulóverre!"),
    ("hu", "Kiszivárgott belső információk egy bankról, írja a lap."),
    ("hu", "Az ár még nem nyilvános, kövessetek minket!"),
    ("hu", "Hivatalosan csak holnap nyitunk, de ma is benézhettek."),
])
def test_a_harmless_look_alike_is_not_held(lang, text):
    result = verdict(text, lang)
    assert result.decision is Decision.PASS, [f.to_dict() for f in result.findings]
