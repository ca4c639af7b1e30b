"""Plural nouns of people that no role dictionary lists ("Yemeni tribesmen", "Colombian coffee growers").

A country adjective before such a noun names people of that country: civilians unless the noun says
business. Told apart from things ("Russian tankers", "Chinese containers") by the shape of the word
(agent suffixes: -ers, -ors, -ists, -men) with a list of the things that share those endings.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc

from ..nlp import doc_tokens

AGENT_SUFFIXES = ("ers", "ors", "ists", "men", "ians")
# words with an agent's ending that name things, places or machines
NOT_PEOPLE = frozenset("""borders waters papers orders numbers letters centers centres containers computers matters
powers headquarters quarters towers rivers layers chambers shelters filters barriers transfers offers answers
banners tankers carriers bombers destroyers freighters trawlers cruisers launchers steamers airliners loaders
transporters boosters posters flowers corners rubbers reactors tractors motors
sectors factors corridors floors doors errors colors colours vectors processors lists exists twists specimens
regimens abdomens others characters prayers
rumors rumours hammers markers monsters matters shares chapters semesters mortars thrillers servers""".split())
# people whose ending is no agent suffix
OTHER_PEOPLE = frozenset("""peasants merchants inhabitants migrants immigrants emigrants participants tenants
residents students parents opponents dissidents correspondents adherents volunteers
detainees employees evacuees deportees retirees nominees trustees youths elders clans tribes families children
nomads pilgrims veterans widows orphans conscripts recruits clerics priests monks nuns imams rabbis""".split())
BUSINESS_PEOPLE = frozenset("""bankers traders investors exporters importers producers lenders manufacturers
retailers shipowners insurers carmakers automakers drugmakers steelmakers shipbuilders developers
entrepreneurs industrialists""".split())
# people of the state's business ("Russian agents", "Chinese regulators")
GOVERNMENT_PEOPLE = frozenset("""regulators policymakers advisers advisors aides agents spies operatives negotiators
investigators censors""".split())
# political camps: of a government, a party or an armed group by the context, never plain civilians
CAMPS = frozenset("""hardliners reformists reformers conservatives liberals moderates loyalists royalists nationalists
communists socialists leftists rightists islamists""".split())
MAX_MODIFIERS = 2


def people_after(doc: Doc, end: int) -> Optional[tuple[int, str]]:
    """(index of the noun, sector) when the country word ending at `end` modifies a plural noun of people."""
    tokens = doc_tokens(doc)
    noun = tokens[end - 1].head
    if noun.i < end or noun.i - end > MAX_MODIFIERS or noun.tag_ != "NNS" or not _people(noun.lower_):
        return None
    if any((t.dep_ not in ("amod", "compound") or t.pos_ == "PROPN") and not (t.i == end and t.tag_ == "POS")
           for t in doc[end:noun.i]):
        return None                                   # "Chinese goods traders" yes, "Russian, Syrian x" no
    return noun.i, _sector(noun.lower_)


def _sector(word: str) -> str:
    if word in BUSINESS_PEOPLE:
        return "BUS"
    return "GOV" if word in GOVERNMENT_PEOPLE else "CVL"


def _people(word: str) -> bool:
    if word in CAMPS:
        return False
    if word in OTHER_PEOPLE or word in BUSINESS_PEOPLE or word in GOVERNMENT_PEOPLE:
        return True
    return len(word) > 5 and word.endswith(AGENT_SUFFIXES) and word not in NOT_PEOPLE
