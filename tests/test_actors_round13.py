"""Actor resolution, round 13: descriptions that resolved to nothing or to the wrong actor. A plural role placed in
two countries ("Officials in Uruguay and Argentina"), a body a country leads ("the Saudi-led coalition"), critics of
a state, rulers named after another country acts on theirs, a language adjective ("a Russian-speaking gang"),
"pro-government" groups, "Afghan and U.S. forces", and officials named by their institution or faith. Sentences
written for these tests; real spaCy model, no mocks."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_actors_round6 import found_on  # noqa: E402  (a text's codes on a given day)


def test_a_plural_role_placed_in_two_countries_is_of_both(nlp, resolver):
    found = found_on(nlp, resolver, "Officials in Uruguay and Argentina said the bridge would reopen.", 2006)
    assert found["Officials in Uruguay and Argentina"] == {"URYGOV", "ARGGOV"}
    assert "Argentina" not in found
    found = found_on(nlp, resolver, "Diplomats from Egypt and Jordan met in Amman.", 2009)
    assert found["Diplomats from Egypt and Jordan"] == {"EGYGOV", "JORGOV"}
    found = found_on(nlp, resolver, "Leaders of Sudan and South Sudan agreed to withdraw troops.", 2012)
    assert found["Leaders of Sudan and South Sudan"] == {"SDNGOV", "SSDGOV"}
    # the second country must hang from the first: talks "with Bolivia and Chile" place nobody
    found = found_on(nlp, resolver, "Officials in Peru said the talks with Bolivia and Chile had failed.", 2011)
    assert found["Officials in Peru"] == {"PERGOV"}
    assert found["Chile"] == {"CHL"}


def test_a_body_a_country_leads_is_its_military(nlp, resolver):
    found = found_on(nlp, resolver, "The Saudi-led coalition struck rebel positions near Sanaa.", 2016)
    assert found["The Saudi-led coalition"] == {"SAUMIL"}
    found = found_on(nlp, resolver, "The U.S.-led coalition captured Baghdad.", 2003)
    assert found["The U.S.-led coalition"] == {"USAMIL"}
    # an organisation leads as itself; what is led and is no body stays unread
    assert found_on(nlp, resolver, "The NATO-led mission in Kabul expanded.", 2004)["The NATO-led mission"] == {"NATO"}
    assert "A Saudi-led effort" not in found_on(nlp, resolver, "A Saudi-led effort to end the war failed.", 2016)


def test_critics_of_a_state_are_its_opposition(nlp, resolver):
    found = found_on(nlp, resolver, "Kenyan police arrested 12 people. Critics of the government said the arrests "
                                     "were illegal.", 2015)
    assert found["Critics of the government"] == {"KENOPP"}
    assert found["the government"] == {"KENGOV"}
    found = found_on(nlp, resolver, "Critics of the regime in Minsk were jailed after the vote.", 2010)
    assert found["Critics of the regime"] == {"BLROPP"}
    # "the leader of the opposition" still leads the opposition; supporters keep the round 8 reading
    found = found_on(nlp, resolver, "The leader of the opposition spoke in Minsk.", 2010)
    assert found["The leader of the opposition"] == {"BLROPP"}


def test_rulers_are_of_the_country_another_acts_on(nlp, resolver):
    found = found_on(nlp, resolver, "The United States tightened sanctions on Haiti on Monday. The military rulers "
                                     "said the embargo would hurt only the poor.", 1994, 7, 12)
    assert found["The military rulers"] == {"HTIGOV"}
    found = found_on(nlp, resolver, "Washington imposed new sanctions on Syria. The regime said it would not bow "
                                     "to pressure.", 2011)
    assert found["The regime"] == {"SYRGOV"}
    # a country in a clause that only says when is not acted on: Ghana's new rulers, not China's
    found = found_on(nlp, resolver, "Ghanaian army officers seized power in Accra while President Kwame Nkrumah was "
                                     "on a visit to China. The new rulers said they had acted to end one-man rule.",
                     1966, 2, 24)
    assert found["The new rulers"] == {"GHAGOV"}


def test_a_language_adjective_names_no_country(nlp, resolver):
    found = found_on(nlp, resolver, "Hackers linked to a Russian-speaking gang encrypted the systems of a health "
                                     "authority in Newfoundland. Provincial Health Minister John Haggie said the "
                                     "government would not pay. The Canadian federal police opened an investigation.",
                     2021, 11, 1)
    assert not any(code.startswith("RUS") for codes in found.values() for code in codes)
    assert found["the government"] == {"CANGOV"}


def test_pro_government_groups_are_the_group(nlp, resolver):
    found = found_on(nlp, resolver, "Pro-government militias attacked protesters in Khartoum.", 2019)
    assert found["Pro-government militias"] == {"SDNREB"}
    found = found_on(nlp, resolver, "Thousands of pro-government demonstrators rallied in Caracas.", 2019)
    assert found["Thousands of pro-government demonstrators"] == {"VENCVL"}


def test_a_demonym_shares_a_named_countrys_forces(nlp, resolver):
    found = found_on(nlp, resolver, "Afghan and U.S. forces killed 20 insurgents in Helmand.", 2010)
    assert found["Afghan and U.S. forces"] == {"AFGMIL", "USAMIL"}


def test_officials_named_by_their_institution_or_faith(nlp, resolver):
    found = found_on(nlp, resolver, "Police in Lagos said gunmen had kidnapped a priest. Church officials appealed "
                                     "for his release, and Muslim leaders condemned the attack.", 2015)
    assert found["Church officials"] == {"NGAREL"}
    assert found["Muslim leaders"] == {"NGAREL"}
    found = found_on(nlp, resolver, "The mayor of Caracas was arrested by intelligence agents.", 2015)
    assert found["intelligence agents"] == {"VENGOV"}


def test_a_nation_named_as_a_people_is_the_country(nlp, resolver):
    found = found_on(nlp, resolver, "Assad said the Syrian people would decide his fate.", 2013)
    assert found["the Syrian people"] == {"SYR"}
    # people of the country who do something are its civilians
    assert found_on(nlp, resolver, "Syrian people fled to Turkey.", 2013)["Syrian people"] == {"SYRCVL"}


def test_every_portfolio_minister_is_a_bare_role(nlp, resolver):
    found = found_on(nlp, resolver, "Chilean students occupied schools in Santiago. The education minister said she "
                                     "would meet them.", 2011, 8, 10)
    assert found["The education minister"] == {"CHLGOV"}
    assert found["she"] == {"CHLGOV"}


def test_a_persons_spokesman_speaks_for_the_person(nlp, resolver):
    found = found_on(nlp, resolver, "Kenyan troops entered Somalia. The president's spokesman said the operation "
                                     "would last weeks.", 2011, 10, 17)
    assert found["The president's spokesman"] == {"KENGOV"}


def test_a_states_arms_named_by_government_or_regime_are_its_military(nlp, resolver):
    found = found_on(nlp, resolver, "Syrian troops shelled Aleppo. Government warplanes bombed hospitals, and regime "
                                     "forces cut the road.", 2016)
    assert found["Government warplanes"] == {"SYRMIL"}
    assert found["regime forces"] == {"SYRMIL"}


def test_more_groups_named_alone(nlp, resolver):
    found = found_on(nlp, resolver, "Texas's governor, Greg Abbott, sent state troopers to the border. A mob attacked "
                                     "the police station in El Paso.", 2021)
    assert found["state troopers"] == {"USACOP"}
    assert found["A mob"] == {"USACVL"}
