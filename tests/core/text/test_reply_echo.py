from fauxpas.core.text.echo import answers_in_own_words, longest_shared_run

ANGRY = "@shop your app charged me twice you bunch of crooks, this is a joke"


def test_a_support_answer_in_its_own_words_is_an_answer():
    assert answers_in_own_words("Thanks for getting in touch, we're sorry about this. A "
                                "member of our team will reply within 2 hours.", ANGRY)


def test_a_bot_that_prints_the_followers_words_is_no_answer():
    assert not answers_in_own_words(
        "Your custom can is ready, share it with your friends and family: 'Send them all "
        "back where they came from'", "@fizz #NameYourCan send them all back where they came")


def test_a_short_reply_presents_what_it_answers():
    assert not answers_in_own_words("Your words, our picture:", ANGRY)
    assert not answers_in_own_words("Thanks for sharing!", ANGRY)


def test_a_short_target_repeated_whole_is_no_answer():
    assert not answers_in_own_words("Thanks so much for your idea! Here is the picture we "
                                    "made for you today: 'Juden raus'", "Juden raus")


def test_longest_shared_run_counts_words_in_a_row():
    assert longest_shared_run(["a", "b", "c", "d"], ["x", "b", "c", "d", "y"]) == 3
    assert longest_shared_run(["a", "b"], ["b", "a"]) == 1
