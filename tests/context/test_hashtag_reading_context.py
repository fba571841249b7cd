from fauxpas.context.hashtag_reading import read_hashtag


def test_testimonies_without_an_abuse_word_read_as_suffering():
    samples = ("Nobody believed me when I told them what he did to me #OurVoices",
               "Not your fault. We believe you. #OurVoices",
               "Vigil tonight at the town hall #OurVoices")
    assert read_hashtag("#OurVoices", samples).theme == "suffering"


def test_one_weak_testimony_word_per_sample_is_not_enough():
    samples = ("Here is my story of the marathon #RunTogether",
               "You are not alone on the long runs, join our club #RunTogether",
               "Sunday 8am, Riverside park #RunTogether")
    assert read_hashtag("#RunTogether", samples).theme is None


def test_the_tags_own_words_are_not_read_as_what_people_write():
    samples = ("#ISaidNo to sugar this month, my story so far",
               "Day 12 #ISaidNo: craving chocolate? You are not alone",
               "#ISaidNo recipes: oat cookies")
    assert read_hashtag("#ISaidNo", samples).theme is None


def test_a_strong_word_of_the_tag_itself_is_one_more_voice():
    samples = ("Vigil tonight at the park, 7pm #JusticeForLena",
               "She was 9 #JusticeForLena",
               "Thinking of her family #JusticeForLena")
    reading = read_hashtag("#JusticeForLena", samples)
    assert reading.theme == "protest" and reading.share == 0.5
    assert read_hashtag("#JusticeForLena", samples[1:]).theme is None


def test_samples_that_turn_people_against_a_group_read_as_hate():
    samples = ("Stopp innvandringen nå. Norge er for nordmenn. #NorgeFørst",
               "Send dem hjem, alle sammen #NorgeFørst",
               "Vi vil ha landet vårt tilbake 🇳🇴 #NorgeFørst")
    assert read_hashtag("#NorgeFørst", samples).theme == "hate"
    proud = ("Norsk laks til middag i kveld #NorgeFørst", "Heia Norge i VM! #NorgeFørst",
             "Beste utsikten i verden #NorgeFørst")
    assert read_hashtag("#NorgeFørst", proud).theme is None


def test_a_third_of_the_posts_telling_what_was_done_to_them_is_enough():
    samples = ("#NeverSaid that my stepdad hit me for six years. I was 9 when it started.",
               "#NeverSaid because everyone loved him. I'm 34 and writing this.",
               "Reading #NeverSaid tonight. Thank you all.")
    assert read_hashtag("#NeverSaid", samples).theme == "suffering"
