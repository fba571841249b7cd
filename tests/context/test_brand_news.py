from datetime import datetime, timezone

from fauxpas.context.brand_news import brand_in_the_news
from fauxpas.core.engine import text_context
from fauxpas.core.post import Post

NOW = datetime(2031, 3, 10, 12, tzinfo=timezone.utc)


def news(headline, *, at="2031-03-10T08:00:00Z", brand="Northgate Bank",
         handle="@northgate"):
    post = Post.from_dict({
        "id": "t", "text": "Questions for our CEO? Use #AskNorthgate",
        "at": "2031-03-10T12:00:00Z",
        "account": {"kind": "brand", "brand": brand, "handle": handle},
        "context": {"events": [{"at": at, "headline": headline}]}}, now=NOW)
    return brand_in_the_news(text_context(post.text, None, {"post": post}))


def test_a_recent_troubled_story_naming_the_brand_is_the_brand_in_the_news():
    headline = "Northgate Bank data breach exposes card details of 2 million customers"
    assert news(headline) == headline
    # the handle's words: headlines use the short name
    assert news("Polderstroom verhoogt tarieven met 40 procent, klanten woedend",
                brand="Polderstroom Energie", handle="@polderstroom") is not None


def test_good_news_old_news_and_other_companies_news_are_not():
    assert news("Northgate Bank opens a new branch in Leeds") is None
    assert news("Northgate Bank data breach exposes card details",
                at="2031-01-10T08:00:00Z") is None  # two months ago
    assert news("Southbay Bank data breach exposes card details") is None
    assert news("Northgate Bank data breach", at="2031-03-11T08:00:00Z") is None  # after
