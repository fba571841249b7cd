from fauxpas.context.gazetteer import GazetteerError, default_gazetteer, load


def test_every_place_has_a_known_country_and_parents():
    g = default_gazetteer()
    assert len(g.places) >= 700
    countries = {p.id for p in g.places.values() if p.kind == "country"}
    for place in g.places.values():
        assert place.country in countries, place
        assert all(parent in g.places for parent in place.parents), place
        assert place.names, place


def test_a_broken_file_names_its_line(tmp_path):
    (tmp_path / "bad.tsv").write_text("x\tcity\tUS\n", encoding="utf-8")
    try:
        load(tmp_path)
    except GazetteerError as exc:
        assert "bad.tsv:1" in str(exc)
    else:
        raise AssertionError("a line with 3 columns must fail")


def test_polish_names_meet_the_english_ones():
    g = default_gazetteer()
    assert [p.id for p in g.find("Wiedeń, Vienna")] == ["vienna", "vienna"]
    assert {p.id for p in g.find("Nowy Jork i Monachium")} == {"new-york", "munich"}
    assert {p.id for p in g.find("Włochy, Niemcy, Stany Zjednoczone")} == {"IT", "DE", "US"}
    assert {p.id for p in g.find("Korea Północna")} == {"KP"}  # not South Korea
    assert [p.id for p in g.find("Pożar w Warszawie i Białymstoku")] == ["warsaw", "bialystok"]
