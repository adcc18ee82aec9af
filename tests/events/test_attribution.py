from marsad.events.attribution import find_attributions


def test_sources_that_informed():
    text = ("Reliable sources in Al-Bokamal city in the eastern countryside of Deir Ezzor have informed SOHR "
            "that a militia arrived.")
    found = find_attributions(text)
    assert found[0].text == "Reliable sources in Al-Bokamal city"
    assert text[found[0].start:found[0].end] == found[0].text


def test_according_to():
    assert find_attributions("According to the SDF, five fighters were killed.")[0].text == "the SDF"
    assert find_attributions("According to local sources, a drone struck.")[0].text == "local sources"


def test_activists():
    assert find_attributions("SOHR activists reported that clashes erupted.")[0].text == "SOHR activists"


def test_no_attribution():
    assert find_attributions("Clashes erupted in the town.") == []
