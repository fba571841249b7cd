"""Echo reading: does an automated reply repeat the words it was sent, or answer in its own?"""

from fauxpas.core.text.echo import answers_in_own_words, echoed_words


def test_a_reply_that_repeats_the_public_is_an_echo():
    assert echoed_words("Here's your happy picture: 'we will destroy them all' ✨",
                        "We will destroy them all") == "we will destroy them all"
    assert echoed_words("You said: love this place", "love this place") == "love this place"


def test_a_long_target_needs_a_run_of_its_words():
    target = "Put this on my jersey: the referee is a total clown and a cheat"
    assert echoed_words("Printed for you: 'the referee is a total clown'", target) == (
        "the referee is a total clown")
    assert echoed_words("Your jersey is on its way, thanks!", target) is None


def test_a_reply_in_its_own_words_is_no_echo():
    assert echoed_words("Thanks for your order, Maria! It ships tomorrow", "Did my order ship?") is None
    assert echoed_words("", "anything") is None


def test_a_huge_reply_and_target_are_read_in_one_pass():
    # matched word by word through an index, not every pair of positions (which would take
    # minutes for 20,000 words each)
    words = " ".join(f"w{i}" for i in range(20_000))
    assert echoed_words(words, words) == words


ANGRY = "@shop your app charged me twice you bunch of crooks, this is a joke"


def test_a_support_answer_in_its_own_words_is_an_answer():
    assert answers_in_own_words("Thanks for getting in touch, we're sorry about this. A "
                                "member of our team will reply within 2 hours.", ANGRY)


def test_a_bot_that_prints_three_of_the_followers_words_is_no_answer():
    assert not answers_in_own_words(
        "Your custom can is ready, share it with your friends and family today: 'send them "
        "back'", "@fizz #NameYourCan send them back")


def test_a_short_reply_presents_what_it_answers():
    assert not answers_in_own_words("Your words, our picture:", ANGRY)
    assert not answers_in_own_words("Thanks for sharing!", ANGRY)
