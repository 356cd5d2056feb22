"""A realistic forum to schedule: 40 items over three days in three rooms,
with shared lead organisations, shared speakers and a few conflicts marked by
hand (the scheduling tests and bench/schedule_40 use the same one)."""

from __future__ import annotations

import random

from workshop_app.models import AgendaFormat, AgendaItem, ForumDay
from workshop_app.services import FrameDay, WorkshopService

ROOMS = ("Sala A", "Sala B", "Aula")
LEADS = ("Urząd Miasta", "Politechnika", "Izba Gospodarcza", "Fundacja Razem", "Starostwo",
         "Klaster IT", "Stowarzyszenie Mieszkańców", "")
SPEAKERS = ("Anna Nowak", "Jan Kowalski", "Łukasz Żak", "Ewa Wiśniewska", "Piotr Zieliński",
            "Maria Wójcik", "Tomasz Lewandowski", "Zofia Kamińska", "Paweł Dąbrowski",
            "Agnieszka Szymańska", "Marek Woźniak", "Beata Kozłowska", "Krzysztof Mazur",
            "Joanna Krawczyk", "Michał Piotrowski", "Katarzyna Grabowska")
DURATIONS = (45, 60, 60, 90, 30)


def forum_days() -> list[ForumDay]:
    return [ForumDay(id=f"day-{n}", date=f"2027-05-{19 + n}", start="09:00", finish="17:30",
                     breaks=("10:30-10:45", "15:00-15:15"), lunch="12:30-13:30", position=n)
            for n in range(3)]


def forty_items(count: int = 40, seed: int = 2027) -> list[AgendaItem]:
    """`count` items in priority order, the same ones for the same seed."""
    pick = random.Random(seed)
    items = []
    for n in range(count):
        names = pick.sample(SPEAKERS, pick.randint(0, 3))
        # Speakers as people type them: mixed case, no diacritics now and then.
        typed = [name.upper() if n % 7 == 0 else name for name in names]
        conflicts = (f"item-{n - 5:02d}",) if n % 9 == 8 else ()
        items.append(AgendaItem(
            id=f"item-{n:02d}", title=f"Temat {n + 1}", format=list(AgendaFormat)[n % 7],
            duration_minutes=DURATIONS[n % len(DURATIONS)], lead=pick.choice(LEADS),
            speakers="; ".join(typed) if n % 2 else ", ".join(typed), conflicts=conflicts,
            position=n))
    return items


def fill_forum(service: WorkshopService, count: int = 40) -> None:
    """`service`'s workshop gets the forum's three days and rooms and `count`
    items (as `forty_items`, without hand-marked conflicts), scheduled
    automatically; what does not fit stays without a time."""
    service.set_frame(days=[FrameDay(d.date, d.start, d.finish, d.breaks, d.lunch) for d in forum_days()],
                      rooms=list(ROOMS))
    for item in forty_items(count):
        service.add_agenda_item(title=item.title, format=item.format, duration_minutes=item.duration_minutes,
                                lead=item.lead, speakers=item.speakers)
    service.apply_schedule(placements=service.proposed_schedule().placements)
