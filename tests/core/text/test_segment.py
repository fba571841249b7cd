from fauxpas.core.text.segment import lattice, segment


def test_lattice_natural_reading_matches_segment():
    assert lattice("summersaleweekend").natural.words == segment("summersaleweekend")[0].words


def test_reading_with_a_word_in_place():
    lat = lattice("penisland")
    cost = lat.word_cost(0, 5)
    reading = lat.reading_with(0, 5, cost, "penis")
    assert reading.words == ("penis", "land")
    assert 0 <= reading.delta < 1


def test_reading_with_reports_non_words():
    lat = lattice("scunthorpe")
    reading = lat.reading_with(1, 5, 7.0, "cunt")
    assert reading is None or reading.unknown >= 1


def test_unreadable_run_falls_back_to_itself():
    body = "x" * 40
    lat = lattice(body)
    assert "".join(lat.natural.words) == body
    assert lat.natural.unknown == len(lat.natural.words)


def test_k_best_costs_rise():
    found = segment("expertsexchange", "en", 5)
    assert found[0].words == ("experts", "exchange")
    assert ("expert", "sex", "change") in [r.words for r in found]
    assert all(a.cost <= b.cost for a, b in zip(found, found[1:]))


def test_a_lattice_keeps_costs_and_works_words_out_again():
    from fauxpas.core.text.segment import MAX_WORD, _word
    from fauxpas.knowledge.word_lists import word_costs

    body = "penislandtherapist"
    lat = lattice(body)
    for start in range(len(body)):
        for end in range(start + 1, min(len(body), start + MAX_WORD) + 1):
            word = _word(body[start:end], "en", word_costs("en"))
            cost = lat.stretch_cost(start, end)
            assert isinstance(cost, float) and cost == word.cost
            assert lat.word_cost(start, end) == (word.cost if word.known else None)
    long_body = "x" * (MAX_WORD + 6)
    assert lattice(long_body).word_cost(0, MAX_WORD + 1) is None
    assert lat.stretch_cost(3, 3) is None and lat.stretch_cost(-1, 2) is None
    assert lat.stretch_cost(0, len(body) + 1) is None
