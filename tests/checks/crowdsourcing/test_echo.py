"""FP304's echo reading: does an automated reply repeat the words it was sent?"""

from fauxpas.checks.crowdsourcing.echo import echoed_words


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
