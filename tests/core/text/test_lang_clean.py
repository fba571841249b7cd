from fauxpas.core.text.lang_clean import clean


def test_template_placeholders_go():
    assert clean("Sale starts {{start_date}}! [INSERT LINK] <link> ${promo} {name} %s") == \
        "Sale starts !"


def test_urls_mentions_and_emails_go():
    text = "RT @brand: see https://t.co/x1 or www.example.com/a, mail team@example.com"
    assert clean(text) == ": see or mail"


def test_bare_domains_and_anonymised_urls_go():
    assert clean("visit shop.example.com/sale now URL") == "visit now"


def test_markdown_links_keep_their_text():
    assert clean("[Fuld størrelse](https://example.org/x)") == "Fuld størrelse"


def test_emoji_digits_and_symbols_go_hashtags_keep_words():
    assert clean("🎉 50% off #BlackFriday ™ 2024") == "off Black Friday"
