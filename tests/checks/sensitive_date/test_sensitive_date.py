from datetime import date, datetime, timezone

from fauxpas.checks.sensitive_date.check import SensitiveDate
from fauxpas.context.calendar import default_calendar, observances_on
from fauxpas.core.engine import Engine
from fauxpas.core.post import Post

NOW = datetime(2031, 1, 1, tzinfo=timezone.utc)


def run(text, at, **case):
    post = Post.from_dict({"id": "t", "text": text, "at": at, **case}, now=NOW)
    return Engine(checks=[SensitiveDate]).check(post)


def test_calendar_is_valid_and_has_notes():
    days = default_calendar()
    assert len(days) >= 15 and all(d.note and d.terms for d in days)


def test_moving_days():
    assert "de-volkstrauertag" in {o.id for o in observances_on(date(2031, 11, 16))}
    assert "good-friday" in {o.id for o in observances_on(date(2031, 4, 11))}
    assert "yom-hashoah" in {o.id for o in observances_on(date(2026, 4, 14))}
    assert observances_on(date(2031, 11, 17)) == ()


def test_brand_remembering_with_its_name_reviews():
    v = run("Acme remembers Pearl Harbor. Acme, proudly American.", "2031-12-07T15:00:00Z",
            account={"brand": "Acme", "markets": ["US"]})
    assert v.decision.value == "review"


def test_global_day_without_reference_does_not_flag_sales():
    v = run("Winter sale: 30% off all coats!", "2031-01-27T09:00:00Z")
    assert v.findings == ()


def test_days_around_option_widens_the_window():
    assert observances_on(date(2031, 9, 12)) == ()
    assert "us-sept-11" in {o.id for o in observances_on(date(2031, 9, 12), 1)}


def test_a_party_on_a_quiet_day_of_mourning_in_the_market_reviews():
    text = "Party-Wochenende! Heute Abend Happy Hour mit DJ und Freibier 🎉"
    v = run(text, "2031-11-16T10:00:00Z", account={"markets": ["DE"]})  # Volkstrauertag
    assert v.decision.value == "review" and "Celebrates" in v.findings[0].message
    assert run(text, "2031-11-16T10:00:00Z", account={"markets": ["FR"]}).findings == ()
    assert run("Unsere Öffnungszeiten am Sonntag: 10 bis 16 Uhr.", "2031-11-16T10:00:00Z",
               account={"markets": ["DE"]}).findings == ()


def test_polish_days_of_remembrance():
    sale = "Wielka wyprzedaż! -50% na wszystko, tylko dziś 🎉"
    assert run(sale, "2026-11-01T10:00:00Z", account={"markets": ["PL"]}).findings  # All Saints
    assert run(sale, "2026-11-05T10:00:00Z", account={"markets": ["PL"]}).findings == ()
    assert run(sale, "2026-04-03T10:00:00Z",
               account={"markets": ["PL"]}).findings == ()  # Good Friday: shops open
    tie_in = "Pamiętamy. Godzina W: zatrzymajmy się na minutę. Z tej okazji kod RABAT44!"
    assert run(tie_in, "2026-08-01T15:00:00Z", account={"markets": ["PL"]}).findings


def test_remembering_and_saying_when_the_shops_close_is_no_offer():
    v = run("Vanavond zijn we twee minuten stil en herdenken we alle slachtoffers. "
            "Onze winkels sluiten vandaag om 19.00 uur.", "2031-05-04T10:00:00Z",
            account={"markets": ["NL"]})
    assert v.findings == ()
    v = run("I dag minnes vi de 77 som ble drept. Butikkene våre holder stengt til kl. 12.",
            "2031-07-22T09:00:00Z", account={"markets": ["NO"]})
    assert v.findings == ()


def test_remembering_with_a_sale_is_still_an_offer():
    v = run("Vi minnes de 77 som ble drept. Butikkene våre har 30% rabatt i dag!",
            "2031-07-22T09:00:00Z", account={"markets": ["NO"]})
    assert v.decision.value == "review"


def test_a_post_with_no_markets_is_for_the_markets_of_its_language():
    v = run("Salg! Kun i dag: 22 % rabatt på alle telt og soveposer!", "2031-07-22T07:00:00Z")
    assert v.decision.value == "review"  # Norwegian: for Norway
    v = run("Sale! Only today: 22% off all tents and sleeping bags!", "2031-07-22T07:00:00Z")
    assert v.findings == ()  # English is read everywhere: no market from it alone


def test_the_day_is_the_one_the_market_lives_in():
    sale = "ANZAC Day special: two slabs for $90, today only! Lest we forget."
    # 21:00 UTC on 24 April is 07:00 on 25 April in Sydney
    assert run(sale, "2031-04-24T21:00:00Z", account={"markets": ["AU"]}).findings
    # and still 24 April in London
    assert run(sale, "2031-04-24T21:00:00Z", account={"markets": ["GB"]}).findings == ()


def test_a_celebration_day_takes_cheer_but_not_a_product():
    party = "Vrijheid vier je samen! 🎉 Vandaag gratis live muziek op het plein. #Bevrijdingsdag"
    assert run(party, "2031-05-05T08:00:00Z", account={"markets": ["NL"]}).findings == ()
    deal = "Bevrijdingsdag-deal: 25% korting op alle biertjes, alleen vandaag! 🎉"
    v = run(deal, "2031-05-05T08:00:00Z", account={"markets": ["NL"]})
    assert v.decision.value == "review" and "product or offer" in v.findings[0].message
    bucket = "Happy Juneteenth! Celebrate with our limited-edition Juneteenth Bucket, today only!"
    assert run(bucket, "2031-06-19T15:00:00Z", account={"markets": ["US"]}).findings
    greeting = "Happy Juneteenth! Our team is off today to learn, reflect and celebrate."
    assert run(greeting, "2031-06-19T15:00:00Z", account={"markets": ["US"]}).findings == ()


def test_a_remembrance_post_with_its_charity_boxes_is_no_offer():
    text = ("Today at 11am all our stores fall silent for two minutes. Our poppy appeal "
            "collection boxes are at every till. #RemembranceSunday")
    assert run(text, "2031-11-09T08:00:00Z", account={"markets": ["GB"]}).findings == ()


def test_a_moving_day_from_a_table_of_years_is_found_on_the_market_s_date():
    v = run("Big sale today only, 40% off everything!", "2026-04-14T09:00:00Z",
            account={"markets": ["IL", "US"]})  # Yom HaShoah 2026, a day kept by its table
    assert v.findings


def test_finados_in_brazil():
    sale = "Finados chegou e os nossos preços estão de morrer! 💀 Até 70% OFF, só hoje!"
    assert run(sale, "2031-11-02T13:00:00Z", account={"markets": ["BR"]}).findings
    assert run(sale, "2031-11-03T13:00:00Z", account={"markets": ["BR"]}).findings == ()


def test_contested_and_celebrated_days_of_other_markets():
    raza = "¡Feliz Día de la Raza! Brinda con nosotros: 2x1 en todas las cervezas 🍺"
    assert run(raza, "2031-10-12T16:00:00Z", account={"markets": ["MX"]}).findings
    menu = "25 aprile? Noi festeggiamo a modo nostro: menù speciale, prenota ora! 😂"
    assert run(menu, "2031-04-25T08:00:00Z", account={"markets": ["IT"]}).findings
    candles = ("I aften sætter vi lys i vinduerne for at mindes befrielsen. God befrielsesaften "
               "fra alle os i Bageriet.")
    assert run(candles, "2031-05-04T15:00:00Z", account={"markets": ["DK"]}).findings == ()
    hours = ("Fijne Bevrijdingsdag! Gisteren stonden we stil, vandaag vieren we onze vrijheid. "
             "Onze winkels zijn open van 8:00 tot 16:00.")
    assert run(hours, "2031-05-05T06:30:00Z", account={"markets": ["NL"]}).findings == ()


def test_an_awareness_day_takes_the_brands_support_but_not_an_offer_or_a_joke():
    at = "2031-06-20T09:00:00Z"  # World Refugee Day
    joke = "Världsflyktingdagen 🌍 Fly från vardagen med oss, 50 % rabatt på alla resor!"
    v = run(joke, at, account={"markets": ["SE"]})
    assert v.decision.value == "review" and v.findings[0].evidence["day"] == "world-refugee-day"
    laugh = "World Refugee Day 🌍 Everyone who swims to our bar is welcome 😂🏊"
    assert run(laugh, at, account={"markets": ["GB"]}).findings
    support = ("On World Refugee Day, Acme stands with the 120 million people forced to "
               "flee. We are matching every donation to the UNHCR today.")
    assert run(support, at, account={"brand": "Acme", "markets": ["GB"]}).findings == ()


def test_an_awareness_day_is_marked_by_its_name_not_by_remembrance_words():
    sale = "Never forget your sunscreen! 20% off all SPF 50 today only."
    assert run(sale, "2031-06-20T09:00:00Z", account={"markets": ["GB"]}).findings == ()
    aids = "Welt-Aids-Tag: Nur heute 30 % auf alle Kondome! 😉"
    assert run(aids, "2031-12-01T09:00:00Z", account={"markets": ["DE"]}).findings


def test_mlk_day_takes_a_greeting_but_not_a_sale_with_his_dream():
    at = "2031-01-20T15:00:00Z"  # the third Monday of January
    sale = "I have a dream... of 40% off every mattress! MLK Day sale, today only."
    assert run(sale, at, account={"markets": ["US"]}).decision.value == "review"
    greeting = "Today we honor Dr. King and his work for justice. Our offices are closed."
    assert run(greeting, at, account={"markets": ["US"]}).findings == ()


def test_mental_health_day_holds_a_joke_but_not_support():
    at = "2031-10-10T09:00:00Z"
    joke = "World Mental Health Day? Our prices are crazy 🤪😂 50% off everything!"
    assert run(joke, at, account={"markets": ["GB"]}).findings
    support = ("On World Mental Health Day, our team shares where to find support: you are "
               "not alone, and help is free.")
    assert run(support, at, account={"markets": ["GB"]}).findings == ()
