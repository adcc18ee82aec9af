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


def test_a_body_credited_at_the_end_of_the_sentence():
    # wire and local copy close the sentence with who told it: that body is the source, not a side of the act
    assert [e.text for e in find_attributions("Gunmen fired on a minibus near the town, killing three, police said.")] \
        == ["police"]
    assert [e.text for e in find_attributions(
        "A boy was shot dead at a checkpoint on Monday, the Kurdish Human Rights Monitor group said.")] \
        == ["the Kurdish Human Rights Monitor group"]
    assert [e.text for e in find_attributions("The militia shelled two villages, a rights group said on Friday.")] \
        == ["a rights group"]


def test_a_sentence_opened_by_an_unarmed_body_that_tells_it():
    assert [e.text for e in find_attributions("Rights groups said the boy was shot in the chest.")] == ["Rights groups"]
    # armed groups that say what they did are the ones who did it
    assert find_attributions("Armed groups said they attacked the base.") == []
    # police that act in the sentence are no source: nothing follows "said" at the end
    assert find_attributions("Police arrested two men, who said nothing.") == []


def test_a_source_named_by_its_body_and_town_with_no_adjective():
    # state agencies' manner: the town is where the source sits, not where the act told after "that" happened
    assert [e.text for e in find_attributions(
        "A source in the Security Command in Rabia told the agency that the forces repelled the attackers.")] \
        == ["A source in the Security Command in Rabia"]
    # a source killed in a village is no one credited with telling it
    assert [e.text for e in find_attributions("Gunmen killed a source in the village of Tal Hamis on Monday.")] == []


def test_an_iraqi_command_or_cell_credited_at_the_end_of_the_sentence():
    # the command's governorate names who speaks, not where the act was ("a force in Alpha seized ... , the Beta
    # police command said": the seizure is Alpha's)
    assert [e.text for e in find_attributions(
        "A police force in Alpha seized ten rifles on Tuesday, the Beta police command said.")] \
        == ["the Beta police command"]
    assert [e.text for e in find_attributions(
        "Troops found two hideouts in the valley, the Security Media Cell said.")] == ["the Security Media Cell"]
    assert [e.text for e in find_attributions(
        "A drone was shot down near the airport, the region's counter-terrorism directorate said.")] \
        == ["the region's counter-terrorism directorate"]
