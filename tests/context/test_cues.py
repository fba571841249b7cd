from fauxpas.context.cues import text_cues


def kinds(text):
    return {h.kind for h in text_cues(text).hits}


def test_prefix_terms_cover_inflections_and_hyphens():
    assert "selling" in kinds("Kedvezményes árak a webshopban")
    assert "invite" in kinds("Dites-nous tout !")
    assert "closure" in kinds("Butikkerne er lukket i dag af hensyn til sikkerheden")


def test_hits_are_counted_once_per_span():
    hits = [h for h in text_cues("Vores butikker").hits if h.kind == "selling"]
    assert len(hits) == 1


def test_words_of_other_languages_do_not_collide():
    assert "cheer" not in kinds("Death toll tops 1,100")
    assert "selling" not in kinds("L'hotel offre ospitalità gratuita")
