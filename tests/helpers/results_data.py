"""Realistic round results for the results views' tests and screenshots:
nine options with Polish titles, ballots from five sectors, ties."""

from __future__ import annotations

from workshop_app.models import Sector, VoteMethod
from workshop_app.models.results import OptionResult, Sheet, round_results

TITLES = {
    "o1": "Zielone podwórka zamiast parkingów przy szkołach podstawowych",
    "o2": "Nocna linia autobusowa do osiedli na obrzeżach miasta",
    "o3": "Budżet obywatelski dla młodzieży",
    "o4": "Punkt porad prawnych i obywatelskich w bibliotece",
    "o5": "Remont ścieżek rowerowych wzdłuż rzeki",
    "o6": "Senioralne kluby sąsiedzkie w każdej dzielnicy",
    "o7": "Miejska platforma wolontariatu & wymiany usług",
    "o8": "Otwarte dane o jakości powietrza",
    "o9": "Wspólne ogrody na dachach budynków komunalnych",
}
OPTIONS = list(TITLES)
SECTORS = [Sector.LOCAL_GOVERNMENT, Sector.ACADEMIA, Sector.BUSINESS, Sector.NGO,
           Sector.RESIDENTS]
# Paper tallies: each sector's dots and how many people the tally speaks for.
# o1 is agreed, o5 and o6 tie, so do o3 and o8, and academia alone wants o8
# (divisive); residents came in numbers, which the balanced score evens out.
TALLIES = {
    Sector.LOCAL_GOVERNMENT: (4, {"o1": 5, "o5": 4, "o3": 3, "o2": 2, "o9": 1, "o4": 1}),
    Sector.ACADEMIA: (3, {"o8": 6, "o1": 4, "o4": 3, "o3": 2, "o2": 1}),
    Sector.BUSINESS: (3, {"o2": 5, "o5": 4, "o1": 3, "o7": 2, "o4": 1}),
    Sector.NGO: (4, {"o7": 5, "o4": 4, "o1": 4, "o6": 3, "o3": 1}),
    Sector.RESIDENTS: (8, {"o2": 8, "o1": 7, "o6": 6, "o9": 4, "o5": 1, "o4": 1}),
}


def dots_results() -> list[OptionResult]:
    sheets = [Sheet(sector=sector, votes=votes, voters=voters)
              for sector, (voters, votes) in TALLIES.items()]
    return round_results(VoteMethod.DOTS, OPTIONS, sheets)


def score_results() -> list[OptionResult]:
    marks = {"o1": (5, 4), "o2": (4, 2), "o3": (2, 4), "o4": (3, 4), "o5": (4, 4),
             "o6": (2, 2), "o7": (3, 5), "o8": (2, 1), "o9": (4, 4)}
    sheets = []
    for index, sector in enumerate(SECTORS):
        for voter in range(3):
            shift = (index + voter) % 3 - 1
            scores = {o: (max(1, min(5, a + shift)), b) for o, (a, b) in marks.items()}
            sheets.append(Sheet(sector=sector, scores=scores))
    return round_results(VoteMethod.SCORE, OPTIONS, sheets)
