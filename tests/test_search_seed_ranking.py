"""Search ranks and counts the seed as it did when its weights and facets were typed into the search
package by hand: read from the field registry now, they give the same order and the same counts.

Taken from the seed before the change; a change to the seed's cases changes these too."""

from __future__ import annotations

import pytest

from desktop.catalogue.service import Catalogue
from desktop.search import SearchRequest

RANKED = {
    "water": [
        "Cheonggyecheon: removing an elevated expressway to restore a downtown stream",
        "Ahmedabad Heat Action Plan: early warning and preparedness for extreme heat",
        "Taipei's pay-as-you-throw garbage bag fee",
        "Makassar Eco-Stalls: a pilot of greener street-vendor stalls at Losari beach",
        "Qlue: citizen problem reports tied to an officials' response app",
        "Pune participatory budget: citizens propose ward works for the municipal budget",
        "Kerala People's Plan Campaign: devolving state plan funds to local governments",
    ],
    "bus routes": [
        "Owl Bus: night bus routes drawn from phone and taxi data",
        "Curitiba bus rapid transit and the Integrated Transport Network",
        "Toyama's compact city strategy built on light rail",
        "Suroboyo Bus: city buses paid for with plastic bottles",
        "120 Dasan Call Center: one number for every question and complaint",
        "Shenzhen's all-electric city bus fleet",
    ],
    "participatory budget": [
        "Pune participatory budget: citizens propose ward works for the municipal budget",
        "Porto Alegre participatory budgeting",
        "mVoting: a mobile app for quick votes on city questions",
        "Policy Idea Market: senior officials take citizens' ideas in person",
        "Kerala People's Plan Campaign: devolving state plan funds to local governments",
    ],
    "서울": [
        "Sharing City Seoul: city policy to promote sharing of space, goods and information",
        "Oasis: an online portal for citizens' policy ideas",
        "mVoting: a mobile app for quick votes on city questions",
        "Policy Idea Market: senior officials take citizens' ideas in person",
        "120 Dasan Call Center: one number for every question and complaint",
        "Cheonggyecheon: removing an elevated expressway to restore a downtown stream",
        "Clean Construction System: open data against corruption in public works",
        "Owl Bus: night bus routes drawn from phone and taxi data",
    ],
    "city:seoul": [
        "Oasis: an online portal for citizens' policy ideas",
        "mVoting: a mobile app for quick votes on city questions",
        "Owl Bus: night bus routes drawn from phone and taxi data",
        "Cheonggyecheon: removing an elevated expressway to restore a downtown stream",
        "Policy Idea Market: senior officials take citizens' ideas in person",
        "Clean Construction System: open data against corruption in public works",
        "Sharing City Seoul: city policy to promote sharing of space, goods and information",
        "120 Dasan Call Center: one number for every question and complaint",
    ],
    "waste recycling": [
        "Suroboyo Bus: city buses paid for with plastic bottles",
        "Taipei's pay-as-you-throw garbage bag fee",
        "Shanghai's compulsory household waste sorting regulation",
        "Indore's door-to-door collection and source segregation of waste",
    ],
    "data": [
        "Owl Bus: night bus routes drawn from phone and taxi data",
        "Clean Construction System: open data against corruption in public works",
        "Kerala People's Plan Campaign: devolving state plan funds to local governments",
        "mVoting: a mobile app for quick votes on city questions",
        "Sharing City Seoul: city policy to promote sharing of space, goods and information",
        "Qlue: citizen problem reports tied to an officials' response app",
        "Ahmedabad Heat Action Plan: early warning and preparedness for extreme heat",
        "Hangzhou Public Bicycle: docked bike sharing as a feeder to the buses",
    ],
}

COUNTED = {
    "": {
        "theme": {
            "participation": 12,
            "transparency": 10,
            "transport": 10,
            "environment": 9,
            "inclusion": 8,
            "climate": 7,
            "digital-government": 7,
            "service-delivery": 7,
            "urban-planning": 7,
            "data": 5,
            "waste": 5,
            "economy": 4,
            "public-space": 4,
            "health": 2,
            "safety": 2,
            "sharing": 2,
            "energy": 1,
            "housing": 1,
            "water": 1,
        },
        "country": {
            "KR": 8,
            "IN": 4,
            "CN": 3,
            "ID": 3,
            "BR": 2,
            "CO": 1,
            "JP": 1,
            "PH": 1,
            "SG": 1,
            "TH": 1,
            "TW": 1,
            "VN": 1,
        },
        "region": {
            "East Asia": 13,
            "South-East Asia": 7,
            "South Asia": 4,
            "Latin America and the Caribbean": 3,
        },
        "sdg": {
            "11": 25,
            "16": 12,
            "13": 8,
            "12": 6,
            "9": 6,
            "10": 5,
            "3": 4,
            "8": 3,
            "1": 2,
            "6": 2,
            "15": 1,
            "17": 1,
            "5": 1,
            "7": 1,
        },
        "stage": {"implemented": 16, "scaled": 9, "discontinued": 1, "pilot": 1},
        "language": {"en": 27},
        "level_of_government": {"city": 23, "metropolitan": 2, "national": 1, "state": 1},
        "year": {
            "2006": 3,
            "2012": 2,
            "2013": 2,
            "2014": 2,
            "2015": 2,
            "1974": 1,
            "1989": 1,
            "1995": 1,
            "1996": 1,
            "1998": 1,
            "2000": 1,
            "2003": 1,
            "2004": 1,
            "2007": 1,
            "2008": 1,
            "2009": 1,
            "2011": 1,
            "2016": 1,
            "2018": 1,
            "2019": 1,
            "2022": 1,
        },
    },
    "water": {
        "theme": {
            "environment": 3,
            "participation": 3,
            "service-delivery": 3,
            "transparency": 3,
            "urban-planning": 3,
            "data": 2,
            "economy": 2,
            "inclusion": 2,
            "public-space": 2,
            "waste": 2,
            "climate": 1,
            "digital-government": 1,
            "health": 1,
            "safety": 1,
            "transport": 1,
            "water": 1,
        },
        "country": {"IN": 3, "ID": 2, "KR": 1, "TW": 1},
        "region": {"South Asia": 3, "East Asia": 2, "South-East Asia": 2},
        "sdg": {
            "11": 6,
            "16": 3,
            "12": 2,
            "1": 1,
            "10": 1,
            "13": 1,
            "15": 1,
            "3": 1,
            "5": 1,
            "6": 1,
            "8": 1,
            "9": 1,
        },
        "stage": {"implemented": 5, "pilot": 1, "scaled": 1},
        "language": {"en": 7},
        "level_of_government": {"city": 6, "state": 1},
        "year": {"1996": 1, "2000": 1, "2003": 1, "2006": 1, "2013": 1, "2014": 1, "2015": 1},
    },
}


@pytest.mark.parametrize("text", list(RANKED))
def test_the_seed_ranks_as_before(catalogue: Catalogue, text: str) -> None:
    page = catalogue.search(SearchRequest(text=text, limit=8))
    assert [card.title for card in page.cards] == RANKED[text]


@pytest.mark.parametrize("text", list(COUNTED))
def test_the_seed_counts_as_before(catalogue: Catalogue, text: str) -> None:
    page = catalogue.search(SearchRequest(text=text))
    assert {name: dict(counts) for name, counts in page.facets.items()} == COUNTED[text]
