"""FP103 through the engine: whose data it is, the doxxing block, the brand's own data,
options, and what the findings say."""

from datetime import datetime, timezone

from fauxpas.checks.privacy.check import PrivacyCheck
from fauxpas.core.engine import Engine
from fauxpas.core.policy import parse_policy
from fauxpas.core.post import Post
from fauxpas.core.verdict import Decision, Severity

NOW = datetime(2026, 6, 1, tzinfo=timezone.utc)


def check(text, policy="", **case):
    engine = Engine(parse_policy(policy), checks=[PrivacyCheck])
    return engine.check(Post.from_dict({"id": "t", "text": text, **case}, now=NOW))


def only(verdict):
    assert len(verdict.findings) == 1, [f.to_dict() for f in verdict.findings]
    return verdict.findings[0]


NO = {"account": {"markets": ["NO"]}}


def test_a_reply_with_a_customers_mobile_number_is_blocked():
    text = "@lina_k we have passed your number 912 34 567 on to the warehouse"
    verdict = check(text, action="reply", **NO)
    finding = only(verdict)
    assert verdict.decision is Decision.BLOCK
    assert finding.severity is Severity.BLOCK and finding.confidence >= 0.7
    assert text[finding.span[0]:finding.span[1]] == "912 34 567"
    assert finding.message.startswith("This reply exposes a person's phone number")
    assert finding.evidence["cues"] == ["your number"]
    assert "direct message" in finding.suggestion


def test_a_mobile_number_in_a_reply_is_blocked_even_without_a_cue():
    verdict = check("@lina_k 912 34 567", action="reply", **NO)
    assert verdict.decision is Decision.BLOCK
    assert only(verdict).evidence["type"] == "mobile"


def test_a_reply_repeating_the_customers_number_is_blocked():
    verdict = check("@mike thanks, we will ring 22 33 44 55 at noon", action="reply",
                    target={"text": "call me on 22334455 please", "author": "mike"}, **NO)
    finding = only(verdict)
    assert verdict.decision is Decision.BLOCK
    assert finding.evidence["reason"].startswith("repeats what the person wrote")


def test_the_same_landline_in_a_reply_is_only_held_for_review_when_not_echoed():
    verdict = check("@mike thanks, we will ring 22 33 44 55 at noon", action="reply", **NO)
    assert verdict.decision is Decision.REVIEW
    assert only(verdict).severity is Severity.WARN


def test_an_ordinary_post_with_a_number_is_reported_but_not_held():
    verdict = check("Bookings for the summer party: 22 33 44 55", **NO)
    assert verdict.decision is Decision.PASS


def test_a_store_opening_is_at_most_information():
    verdict = check("Visit our new store at Storgata 5 in Oslo, open Saturday!")
    finding = only(verdict)
    assert verdict.decision is Decision.PASS
    assert finding.severity is Severity.INFO
    assert finding.evidence["whose"] == "own"


def test_naming_where_someone_lives_is_blocked_in_any_post():
    verdict = check("The guy who complained lives at 14 Elm Road, go say hi")
    assert verdict.decision is Decision.BLOCK
    assert "street address (on Elm Road, house number hidden here)" in only(verdict).message


def test_identity_numbers_are_held_in_ordinary_posts_and_blocked_in_replies():
    text = "fødselsnummer 15038500047"
    assert check(f"Vinneren: {text}").decision is Decision.REVIEW
    assert check(f"@ola {text}", action="reply").decision is Decision.BLOCK


def test_own_numbers_option_silences_the_brands_hotline():
    text = "@mike sorry! Please ring 22 33 44 55 and we'll sort it"
    assert check(text, action="reply", **NO).findings
    policy = "checks:\n  privacy:\n    options:\n      own_numbers: ['+47 22 33 44 55']\n"
    assert check(text, policy, action="reply", **NO).findings == ()


def test_own_numbers_given_as_a_bare_number_and_regions_with_unquoted_no():
    text = "@mike please ring 22 33 44 55"
    policy = ("checks:\n  privacy:\n    options:\n      own_numbers: 22334455\n"
              "      regions: [NO]\n")
    assert check(text, policy, action="reply").findings == ()


def test_own_domains_and_the_brand_name_make_an_address_the_brands():
    text = "@tom write to kari.hansen@firma.no about it"
    assert check(text, action="reply").decision is Decision.REVIEW
    policy = "checks:\n  privacy:\n    options:\n      own_domains: [firma.no]\n"
    assert only(check(text, policy, action="reply")).severity is Severity.INFO
    branded = check(text, action="reply", account={"brand": "Firma"})
    assert only(branded).severity is Severity.INFO


def test_a_personal_free_mail_address_in_a_reply_is_blocked():
    verdict = check("@tom mail our manager at jane.miller1984@gmail.com", action="reply")
    finding = only(verdict)
    assert verdict.decision is Decision.BLOCK
    assert "j***@gmail.com" in finding.message


def test_own_addresses_option():
    text = "@kari the parcel went to Storgata 5 today"
    assert check(text, action="reply").decision is Decision.BLOCK
    policy = "checks:\n  privacy:\n    options:\n      own_addresses: ['storgata  5']\n"
    assert check(text, policy, action="reply").findings == ()


def test_kinds_option_limits_what_is_looked_for():
    text = "He lives at 14 Elm Road, his number is 07911 123456"
    kinds = {f.evidence["kind"] for f in check(text).findings}
    assert kinds == {"address", "phone"}
    policy = "checks:\n  privacy:\n    options:\n      kinds: phone\n"
    assert {f.evidence["kind"] for f in check(text, policy).findings} == {"phone"}


def test_retweet_attribution_is_not_addressing_someone():
    text = "RT @news: the number is 22 33 44 55"
    assert check(text, **NO).decision is Decision.PASS
    assert check("@news the number is 22 33 44 55", **NO).decision is Decision.REVIEW


def test_mentioning_the_account_itself_is_not_addressing_someone():
    text = "Follow @acme_no, or call 22 33 44 55"
    case = {"account": {"handle": "@acme_no", "markets": ["NO"]}}
    assert check(text, **case).decision is Decision.PASS


def test_messages_and_evidence_never_repeat_the_data():
    text = "@sam your card 4539 1488 0343 6467 and SSN 536-90-4399 are on file"
    verdict = check(text, action="reply")
    assert {f.evidence["kind"] for f in verdict.findings} == {"card", "national_id"}
    for finding in verdict.findings:
        shown = str(finding.to_dict())
        assert "4539 1488" not in shown and "536-90" not in shown
    card = next(f for f in verdict.findings if f.evidence["kind"] == "card")
    assert "ending in …6467" in card.message
    assert card.evidence["validation"] == "issuer prefix, length and Luhn check digit"
    assert card.evidence["recognizer"] == "payment_card"


def test_overlapping_readings_keep_the_surest_one():
    # eleven digits that are a valid fødselsnummer and also look like a US number
    verdict = check("fødselsnummer 15038500047", account={"markets": ["US"]})
    assert [f.evidence["kind"] for f in verdict.findings] == ["national_id"]


def test_a_bot_echo_of_someones_number_is_held():
    verdict = check("Thanks for sharing!", action="bot_reply",
                    target={"text": "text her on 07911 123456, she'll love it", "author": "x"})
    finding = only(verdict)
    assert finding.on_target
    assert verdict.decision is Decision.BLOCK


def test_a_bot_answer_in_its_own_words_does_not_publish_its_targets_number():
    verdict = check("Thanks for your message! We never print phone numbers on our cards, "
                    "so please pick another line for yours.", action="bot_reply",
                    target={"text": "text her on 07911 123456, she'll love it", "author": "x"})
    assert verdict.findings == ()


def test_text_without_digits_or_at_signs_is_skipped_quickly():
    assert check("No numbers here, just words about our lovely shop").findings == ()


def test_a_persons_name_owning_the_data_counts_as_a_person():
    verdict = check("Sarah's new address is 14 Elm Road")
    assert verdict.decision is Decision.BLOCK
    assert only(verdict).evidence["cues"] == ["Sarah's new address"]
    # a company's hotline stays the company's
    assert check("Acme's hotline is 22 33 44 55", **NO).decision is Decision.PASS


def test_personal_data_in_an_email_is_held_not_blocked():
    text = "Hi Kari, we have your number 912 34 567 on file"
    assert check(text, action="reply", **NO).decision is Decision.BLOCK
    verdict = check(text, action="email", **NO)
    assert verdict.decision is Decision.REVIEW
    assert only(verdict).evidence["reason"].endswith("(in an email)")


def test_an_address_right_after_a_customers_full_name_in_a_reply_is_blocked():
    reply = {"action": "reply", "target": {"text": "Where is my sofa??", "author": "@sk"}}
    verdict = check("So sorry! Order #448213 for Sarah Kennedy, 14 Alder Close, Leeds, is "
                    "held at our depot.", **reply)
    assert verdict.decision is Decision.BLOCK
    verdict = check("You'll find us at Mill Lane Bakery, 14 High Street, open 8-6.", **reply)
    assert verdict.decision is Decision.PASS  # the shop's own address


def test_a_named_persons_address_and_phone_together_are_held_in_a_post():
    verdict = check("This gentleman, Pietro Vanni, via Mazzini 22, Verona, tel. 347 765 4321, "
                    "still owes us for his repair.", account={"markets": ["IT"]})
    assert verdict.decision is Decision.BLOCK
    assert {f.evidence["whose"] for f in verdict.findings} == {"person"}


def test_one_kind_of_contact_data_after_a_name_stays_a_note():
    verdict = check("Pietro Vanni, via Mazzini 22, Verona won the raffle!",
                    account={"markets": ["IT"]})
    assert verdict.decision is Decision.PASS


def test_a_shops_name_address_and_phone_are_not_a_persons_profile():
    verdict = check("Mill Lane Bakery, 14 High Street, Leeds, tel. 0113 496 0000, open daily.",
                    account={"markets": ["GB"]})
    assert verdict.decision is Decision.PASS
