"""Places, round 2: toponyms found and resolved by class of place and class of cue (sentences written
for these tests; the probe bank is tests/data/place_probes_round2.jsonl)."""
from __future__ import annotations


from dateline.eval.places import km


# -- coverage ------------------------------------------------------------------------------------
def test_towns_of_the_smaller_geonames_extract_after_a_place_preposition(places_of):
    found = places_of("Russian troops advanced near Chasiv Yar and shelled villages in the area.")
    assert found["Chasiv Yar"].country == "UKR" and found["Chasiv Yar"].feature == "city"


def test_a_small_town_keeps_only_its_own_name(gazetteer):
    # "Paso" is another name of El Paso on La Palma (7,500 people): no namesake of its own
    assert gazetteer.best(("paso",)) is None


def test_provinces_have_a_point_of_their_own(gazetteer):
    for key, country, lat, lon in [(("telangana",), "IND", 17.9, 79.0), (("rio", "grande", "do", "sul"), "BRA", -30.0, -53.5),
                                   (("british", "columbia"), "CAN", 54.0, -125.0), (("kwazulu", "natal"), "ZAF", -28.6, 30.9)]:
        record = gazetteer.best(key)
        assert (record.country, record.feature) == (country, "region"), key
        assert km(record.lat, record.lon, lat, lon) < 50, key


def test_us_states_have_their_middle_not_the_box_of_their_cities(gazetteer):
    texas = gazetteer.best(("texas",))
    assert texas.country == "USA" and km(texas.lat, texas.lon, 31.2, -99.3) < 50


def test_districts_landmarks_and_crossings(places_of):
    found = places_of("A bomb exploded in Karrada, and flights from Heathrow were cancelled.")
    assert (found["Karrada"].country, found["Heathrow"].country) == ("IRQ", "GBR")
    assert found["Heathrow"].feature == "landmark"        # not Heathrow, Florida
    text = "Engineers inspected the Fukushima nuclear plant again."
    plant = next(p for span, p in places_of(text).items() if "Fukushima" in span)
    assert plant.country == "JPN" and km(plant.lat, plant.lon, 37.42, 141.03) < 10


def test_a_sea_beats_a_province_of_its_name_unless_the_text_says_state(places_of):
    found = places_of("Rebels attacked ships in the Red Sea.")
    sea = next(p for span, p in found.items() if "Red Sea" in span)
    assert (sea.country, sea.feature) == (None, "water")
    found = places_of("Floods hit Port Sudan, the capital of Red Sea state.")
    state = next(p for span, p in found.items() if "Red Sea" in span)
    assert (state.country, state.feature) == ("SDN", "region")


def test_a_name_with_the_article_spans_it(places_of):
    found = places_of("Rockets were fired towards Haifa and the Galilee.")
    assert found["the Galilee"].country == "ISR"


# -- cues ----------------------------------------------------------------------------------------
def test_us_state_politics_makes_georgia_the_state(places_of):
    assert places_of("Georgia's governor ordered the National Guard to the coast.")["Georgia"].country == "USA"
    assert places_of("Georgia's parliament passed the law despite protests in Tbilisi.")["Georgia"].country == "GEO"
    assert places_of("Polls closed in Georgia, and counting began in Atlanta.")["Georgia"].country == "USA"


def test_a_demonym_of_the_sentence_picks_the_namesake(places_of, gazetteer):
    assert gazetteer._demonym("Lebanese") == "LBN" and gazetteer._demonym("Nigerian") == "NGA"
    assert places_of("Lebanese troops patrolled Tripoli after the clashes.")["Tripoli"].country == "LBN"
    assert places_of("Troops patrolled Tripoli after the clashes.")["Tripoli"].country == "LBY"
    # the dateline's country first, then an actor's: the demonym settles between the two
    assert places_of("Lebanese troops patrolled Tripoli.", ["LBN", "LBY"])["Tripoli"].country == "LBN"


def test_a_region_word_keeps_the_province(places_of):
    found = places_of("Gunmen abducted villagers in Zamfara state and in Kaduna.")
    state = next(p for span, p in found.items() if span.startswith("Zamfara"))
    assert (state.country, state.feature) == ("NGA", "region")
    assert found["Kaduna"].feature == "city"              # the province's capital without the word


def test_names_taken_for_people_beside_places(places_of):
    # spaCy reads these as people or organisations; a conjunct or the sentence's country says place
    found = places_of("Drones hit Odesa and Chornomorsk overnight.")
    assert found["Chornomorsk"].country == "UKR"
    found = places_of("The Union of South American Nations met in Quito.")
    assert not any(span.endswith("Union") for span in found)


def test_a_country_name_is_never_a_town_of_that_name(places_of):
    assert places_of("Japan protested to China over the air defence zone.")["China"].feature == "country"


def test_a_province_namesake_goes_to_the_country_of_the_texts_other_places(places_of):
    # Pakistan's Punjab is the more populous, but beside New Delhi the story is about India's
    indian = places_of("Farmers tried to march to New Delhi on Tuesday, but police stopped them on the "
                       "highway from Punjab.")
    assert indian["Punjab"].country == "IND"
    assert places_of("Floods swept across Punjab and Sindh, officials in Lahore said.")["Punjab"].country == "PAK"
