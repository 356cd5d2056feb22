"""Voting from phones over real HTTP on loopback, into a real workshop file."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.helpers.phones import Phone, Served, dump, joined, make_workshop, phone_for, serving
from workshop_app.models import BallotKind, Sector, VoteMethod
from workshop_app.phone.form import MAX_BODY
from workshop_app.phone.server import BadAddress, PhoneServer
from workshop_app.phone.tokens import WrongCodeLimit, code_matches, new_join_code
from workshop_app.phone.words import language_of
from workshop_app.services import RefusalReason, Refused, WorkshopService
from workshop_app.storage import WorkshopStore


@pytest.fixture
def served(workshop_path: Path) -> Iterator[Served]:
    round_id = make_workshop(workshop_path, dots_per_voter=3, max_per_option=2)
    with serving(workshop_path, round_id) as running:
        yield running


def live_ballots(path: Path) -> list[Any]:
    with WorkshopStore.open(path, read_only=True) as store:
        (voting_round,) = WorkshopService(store).rounds()
        return WorkshopService(store).ballots(voting_round.id)


def contents(ballots: list[Any]) -> list[list[tuple[str, int]]]:
    """Dots of ballots (or dicts), comparable whatever their order."""
    return sorted(sorted((b if isinstance(b, dict) else b.votes).items()) for b in ballots)


def options_of(view: dict[str, Any]) -> list[str]:
    return [o["id"] for o in view["options"]]


def test_a_phone_ballot_is_accepted_and_in_the_file_as_kind_phone(served: Served) -> None:
    phone, view = joined(served)
    assert view["method"] == "dots" and (view["dots"], view["cap"]) == (3, 2)
    assert {o["title"] for o in view["options"]} == {f"Grupa <b>{n}</b> & ł" for n in range(5)}
    shown = options_of(view)
    answer = phone.send({"votes": {shown[0]: 2, shown[1]: 1}, "shown": shown,
                         "sector": "academia"})
    assert (answer.status, answer.message) == (200, "Przyjęty")
    served.server.stop()  # nothing more can arrive; the file is read as it is
    (ballot,) = served.on_writer(lambda s: s.ballots(served.round_id))
    assert ballot.kind is BallotKind.PHONE and ballot.shown == tuple(shown)
    assert ballot.votes == {shown[0]: 2, shown[1]: 1} and ballot.sector is Sector.ACADEMIA
    token = phone.cookie.split("=", 1)[1] if phone.cookie else ""
    assert ballot.device == hashlib.sha256(token.encode()).hexdigest()  # never the token


def test_each_phone_sees_its_own_random_order(served: Served) -> None:
    orders = {tuple(options_of(joined(served)[1])) for _ in range(12)}
    assert len(orders) > 1  # 5! orders: twelve phones all alike would be 1 in 120**11


def test_sending_again_replaces_that_phones_ballot(served: Served) -> None:
    phone, view = joined(served)
    shown = options_of(view)
    assert phone.send({"votes": {shown[0]: 2}, "shown": shown}).status == 200
    assert phone.send({"votes": {shown[1]: 1, shown[2]: 1}, "shown": shown}).status == 200
    other, other_view = joined(served)
    assert other.send({"votes": {shown[3]: 1}, "shown": options_of(other_view)}).status == 200
    ballots = served.on_writer(lambda s: s.ballots(served.round_id))
    assert contents(ballots) == contents([{shown[1]: 1, shown[2]: 1}, {shown[3]: 1}])
    assert served.on_writer(lambda s: s.phone_ballots(served.round_id)) == 2
    served.on_writer(lambda s: s.undo())  # the other phone's ballot
    served.on_writer(lambda s: s.undo())  # the replacement is one undo step
    restored = served.on_writer(lambda s: s.ballots(served.round_id))
    assert contents(restored) == contents([{shown[0]: 2}])


def test_a_phone_keeps_its_ballot_when_it_joins_again(served: Served) -> None:
    phone, view = joined(served)
    shown = options_of(view)
    phone.send({"votes": {shown[0]: 1}, "shown": shown})
    assert phone.join(served.server.code).status == 200  # e.g. the page reloaded
    phone.send({"votes": {shown[1]: 1}, "shown": shown})
    assert [b.votes for b in served.on_writer(lambda s: s.ballots(served.round_id))] == [
        {shown[1]: 1}]


def test_a_name_from_the_roster_gives_the_sector(served: Served) -> None:
    phone, view = joined(served)
    (person,) = [p for p in view["people"] if p["name"] == "Łukasz Zieliński"]
    shown = options_of(view)
    assert phone.send({"votes": {shown[0]: 1}, "shown": shown,
                       "participant": person["id"]}).status == 200
    (ballot,) = served.on_writer(lambda s: s.ballots(served.round_id))
    assert (ballot.participant_id, ballot.sector) == (person["id"], Sector.BUSINESS)


def test_a_person_votes_once_a_round_whether_by_phone_or_at_the_screen(served: Served) -> None:
    phone, view = joined(served)
    (person,) = [p for p in view["people"] if p["name"] == "Łukasz Zieliński"]
    shown = options_of(view)
    mine = {"votes": {shown[0]: 1}, "shown": shown, "participant": person["id"]}
    assert phone.send(mine).status == 200
    assert phone.send({**mine, "votes": {shown[1]: 1}}).status == 200  # the same phone: replaced
    other, _ = joined(served)
    before = dump(served.path)
    answer = other.send({**mine, "votes": {shown[2]: 1}})  # another phone, the same person
    assert (answer.status, answer.message) == (409, "Ta osoba już oddała głos w tym głosowaniu.")
    assert dump(served.path) == before
    (ballot,) = served.on_writer(lambda s: s.ballots(served.round_id))
    assert ballot.votes == {shown[1]: 1}
    with pytest.raises(Refused) as refused:
        served.on_writer(lambda s: s.cast_ballot(round_id=served.round_id, votes={shown[3]: 1},
                                                 participant_id=person["id"]))
    assert refused.value.reason is RefusalReason.ALREADY_VOTED


def test_an_anonymous_workshop_shows_no_names(workshop_path: Path) -> None:
    round_id = make_workshop(workshop_path, anonymous=True)
    with serving(workshop_path, round_id) as running:
        assert joined(running)[1]["people"] == []


def _refused(served: Served, phone: Phone, method: str, path: str, body: Any,
             status: int, message: str, **headers: str) -> None:
    before = dump(served.path)
    answer = phone.request(method, path, body, **headers)
    assert (answer.status, answer.message) == (status, message), answer.body
    assert dump(served.path) == before


BAD_DOTS = [
    ("unknown option", lambda s: {"votes": {"nie-ma": 1}, "shown": s}, 422,
     "Tej opcji nie ma w głosowaniu."),
    ("too many dots", lambda s: {"votes": {s[0]: 2, s[1]: 2}, "shown": s}, 422,
     "Za dużo kropek na tej karcie."),
    ("over the cap", lambda s: {"votes": {s[0]: 3}, "shown": s}, 422,
     "Za dużo kropek na jednej opcji."),
    ("negative dots", lambda s: {"votes": {s[0]: -1}, "shown": s}, 422,
     "Ta wartość jest niedozwolona."),
    ("half a dot", lambda s: {"votes": {s[0]: 1.5}, "shown": s}, 422,
     "Ta wartość jest niedozwolona."),
    ("marks in a dots round", lambda s: {"scores": {o: [3, 3] for o in s}, "shown": s}, 422,
     "Ten głos nie pasuje do sposobu głosowania w tej rundzie."),
    ("a shown order of other options", lambda s: {"votes": {s[0]: 1}, "shown": s[:2]}, 422,
     "Ta wartość jest niedozwolona."),
    ("an unknown participant", lambda s: {"votes": {s[0]: 1}, "shown": s, "participant": "x"},
     422, "Ten element już nie istnieje."),
    ("an unknown sector", lambda s: {"votes": {s[0]: 1}, "shown": s, "sector": "kosmos"}, 400,
     "Wybierz sektor z listy."),
    ("votes as a list", lambda s: {"votes": [s[0]], "shown": s}, 400,
     "Razem nie odczytał tego, co wysłał telefon. Wczytaj stronę ponownie i spróbuj jeszcze raz."),
    ("an unknown key", lambda s: {"votes": {s[0]: 1}, "admin": True}, 400,
     "Razem nie odczytał tego, co wysłał telefon. Wczytaj stronę ponownie i spróbuj jeszcze raz."),
    ("a dot as true", lambda s: {"votes": {s[0]: True}}, 400,
     "Razem nie odczytał tego, co wysłał telefon. Wczytaj stronę ponownie i spróbuj jeszcze raz."),
]


@pytest.mark.parametrize(("case", "ballot", "status", "message"), BAD_DOTS,
                         ids=[c[0] for c in BAD_DOTS])
def test_a_bad_ballot_is_refused_in_polish_and_nothing_is_written(
        served: Served, case: str, ballot: Any, status: int, message: str) -> None:
    phone, view = joined(served)
    _refused(served, phone, "POST", "/api/ballot", ballot(options_of(view)), status, message)


MALFORMED = "Razem nie odczytał tego, co wysłał telefon. Wczytaj stronę ponownie i spróbuj jeszcze raz."


@pytest.mark.parametrize("body", [b"{not json", b"[1, 2]", b'"text"', b"\xff\xfe",
                                  b'{"votes": ' * 3000, b""],
                         ids=["not json", "a list", "a string", "not utf-8", "deep", "empty"])
def test_a_malformed_body_is_refused(served: Served, body: bytes) -> None:
    phone, _view = joined(served)
    _refused(served, phone, "POST", "/api/ballot", body,
             413 if len(body) > MAX_BODY else 400,
             "To, co wysłał telefon, jest za duże." if len(body) > MAX_BODY else MALFORMED)


def test_an_oversized_body_is_refused_unread(served: Served) -> None:
    phone, _view = joined(served)
    huge = '{"votes": {}, "shown": ["' + "x" * MAX_BODY + '"]}'
    _refused(served, phone, "POST", "/api/ballot", huge, 413, "To, co wysłał telefon, jest za duże.")


def test_refusals_speak_english_to_an_english_phone(served: Served) -> None:
    phone, view = joined(served, "en-GB,en;q=0.9,pl;q=0.5")
    shown = options_of(view)
    _refused(served, phone, "POST", "/api/ballot", {"votes": {shown[0]: 3}, "shown": shown}, 422,
             "Too many dots on one option.")
    assert phone.send({"votes": {shown[0]: 1}, "shown": shown}).message == "Accepted"


def test_a_phone_without_the_join_code_cannot_vote_or_look(served: Served) -> None:
    stranger = phone_for(served)
    _refused(served, stranger, "GET", "/api/round", None, 401, "Najpierw wpisz kod dołączenia.")
    _refused(served, stranger, "POST", "/api/ballot", {"votes": {}}, 401,
             "Najpierw wpisz kod dołączenia.")
    stranger.cookie = "razem_phone=" + "A" * 43  # a made-up token
    _refused(served, stranger, "POST", "/api/ballot", {"votes": {}}, 401,
             "Najpierw wpisz kod dołączenia.")


def test_a_closed_round_takes_no_phone_ballot(served: Served) -> None:
    phone, view = joined(served)
    served.on_writer(lambda s: s.close_round(round_id=served.round_id))
    shown = options_of(view)
    _refused(served, phone, "POST", "/api/ballot", {"votes": {shown[0]: 1}, "shown": shown}, 409,
             "To głosowanie jest zamknięte.")


def test_score_and_rank_rounds_from_a_phone(workshop_path: Path) -> None:
    round_id = make_workshop(workshop_path, method=VoteMethod.SCORE)
    with serving(workshop_path, round_id) as running:
        phone, view = joined(running)
        shown = options_of(view)
        assert view["axes"] == ["Wpływ", "Wykonalność"]
        for marks, message in (([6, 3], "Ocena musi być liczbą całkowitą od 1 do 5."),
                               ([0, 3], "Ocena musi być liczbą całkowitą od 1 do 5.")):
            _refused(running, phone, "POST", "/api/ballot",
                     {"scores": {**{o: [3, 3] for o in shown}, shown[0]: marks}, "shown": shown},
                     422, message)
        _refused(running, phone, "POST", "/api/ballot",
                 {"scores": {o: [3, 3] for o in shown[1:]}, "shown": shown}, 422,
                 "Każda opcja musi mieć ocenę na obu osiach.")
        assert phone.send({"scores": {o: [5, 1] for o in shown}, "shown": shown}).status == 200
    ranked = workshop_path.with_name("ranking.razem")
    round_id = make_workshop(ranked, method=VoteMethod.RANK, top_n=2)
    with serving(ranked, round_id) as running:
        phone, view = joined(running)
        shown = options_of(view)
        assert view["top"] == 2
        _refused(running, phone, "POST", "/api/ballot", {"ranking": shown[:3], "shown": shown},
                 422, "Ranking wymienia różne opcje, najwyżej tyle, ile przewiduje głosowanie.")
        assert phone.send({"ranking": shown[:2], "shown": shown}).status == 200
        (ballot,) = running.on_writer(lambda s: s.ballots(round_id))
        assert ballot.ranking == tuple(shown[:2]) and ballot.kind is BallotKind.PHONE


def test_wrong_join_codes_are_rate_limited(served: Served) -> None:
    phone = phone_for(served)
    wrong = "Ten kod dołączenia jest błędny. Sprawdź go na wspólnym ekranie."
    for _ in range(5):
        _refused(served, phone, "POST", "/api/join", {"code": "XXXXX"}, 403, wrong)
    _refused(served, phone, "POST", "/api/join", {"code": served.server.code}, 429,
             "Za dużo błędnych kodów z tego telefonu. Odczekaj minutę i spróbuj ponownie.")
    assert phone.cookie is None


def test_the_wrong_code_limit_is_per_address_and_passes() -> None:
    now = [0.0]
    limit = WrongCodeLimit(attempts=3, window=60, clock=lambda: now[0])
    for _ in range(3):
        limit.wrong("10.0.0.5")
    assert limit.blocked("10.0.0.5") and not limit.blocked("10.0.0.6")
    now[0] = 61
    assert not limit.blocked("10.0.0.5")


def test_join_codes_are_short_and_forgiving_to_type() -> None:
    code = new_join_code()
    assert len(code) == 5 and not set(code) & set("0O1IL2Z5S6G8B")
    assert code_matches(f" {code.lower()[:2]}-{code[2:]} ", code)
    assert not code_matches(code[:4], code)


TRAVERSALS = ["/../etc/passwd", "/etc/passwd", "/%2e%2e/%2e%2e/etc/passwd",
              "/..%2f..%2fetc%2fpasswd", "/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd", "//etc/passwd",
              "/api/../../etc/passwd", "/..\\..\\etc\\passwd", "/resources/phone/page.html",
              "/phone/page.html", "/page.html", "/api/", "/api/result", "/api", "/static/",
              "/favicon.ico", "/.git/config", "/%00", "http://127.0.0.1:{port}/../etc/passwd"]


@pytest.mark.parametrize("path", TRAVERSALS)
def test_nothing_but_the_voting_endpoints_answers(served: Served, path: str) -> None:
    answer = phone_for(served).request("GET", path.format(port=served.server.port))
    assert (answer.status, answer.message) == (404, "Tu nic nie ma.")
    assert b"root:" not in answer.body


def test_other_methods_and_other_hosts_are_refused(served: Served) -> None:
    phone = phone_for(served)
    for method in ("PUT", "DELETE", "PATCH", "OPTIONS", "HEAD"):
        assert phone.request(method, "/").status == 405
    answer = phone.request("GET", "/", Host="evil.example:80")
    assert (answer.status, answer.message) == (421, "Otwórz adres pokazany na wspólnym ekranie.")


def test_the_page_is_one_self_contained_file_in_the_phones_language(served: Served) -> None:
    answer = phone_for(served, "en-US,en;q=0.8").request("GET", "/?code=ABCDE")
    page = answer.body.decode()
    assert answer.status == 200 and answer.headers["Content-Type"].startswith("text/html")
    assert "default-src 'none'" in answer.headers["Content-Security-Policy"]
    assert not re.search(r"(src|href|url)\s*[=(]\s*[\"']?\s*(https?:)?//", page)
    assert "@import" not in page and "user-scalable" not in page and "maximum-scale" not in page
    assert '"language": "en"' in page and "Wyślij" in page and "Send" in page
    assert "Przyjęty" in page and "samorząd" in page


def test_the_round_view_holds_no_counts_or_results(served: Served) -> None:
    phone, view = joined(served)
    shown = options_of(view)
    phone.send({"votes": {shown[0]: 2}, "shown": shown})
    again = phone.request("GET", "/api/round").data
    # This phone's own ballot ("mine", so a reloaded page shows it) and
    # nothing of anyone else's: no counts, no results.
    assert set(again) == {"ok", "open", "title", "method", "dots", "cap", "top", "axes",
                          "options", "sectors", "people", "mine"}
    assert all(set(o) == {"id", "title"} for o in again["options"])
    assert again["mine"]["votes"] == {shown[0]: 2}
    other, _ = joined(served)
    assert other.request("GET", "/api/round").data["mine"] is None


@pytest.mark.parametrize("address", ["0.0.0.0", "::", "localhost", "", "224.0.0.1"])
def test_the_server_never_binds_to_every_interface(service: WorkshopService, address: str) -> None:
    with pytest.raises(BadAddress):
        PhoneServer(service=service, round_id="r", desk=None, bind=address)  # type: ignore[arg-type]


def test_the_phones_language_is_read_from_accept_language() -> None:
    assert language_of(None) == "pl" and language_of("de-DE,fr") == "pl"
    assert language_of("en-US,en;q=0.9") == "en" and language_of("de,en;q=0.5,pl;q=0.8") == "pl"
    assert language_of("pl;q=0,en") == "en"


def test_phone_walk_up_and_paper_ballots_count_alike(service: WorkshopService,
                                                      tmp_path: Path) -> None:
    import json

    from workshop_app.exports.json_export import export_round
    from workshop_app.models import VotingRound
    from workshop_app.phone.tokens import device_of, new_token
    from workshop_app.services import NewIdea

    service.add_ideas(ideas=[NewIdea("Tramwaj"), NewIdea("Rower")])
    tram, bike = (i.id for i in service.ideas())
    for idea in (tram, bike):
        service.create_cluster(name=f"Grupa {idea[:4]}", idea_ids=[idea])
    one, two = (c.id for c in service.clusters())
    made = service.add_round(title="Mieszane", dots_per_voter=2, max_per_option=2).created
    assert made is not None
    service.open_round(round_id=made)
    service.cast_phone_ballot(round_id=made, device=device_of(new_token()), votes={one: 2},
                              sector=Sector.BUSINESS)
    service.cast_ballot(round_id=made, votes={one: 1, two: 1}, sector=Sector.ACADEMIA)
    service.enter_tally(round_id=made, counts={Sector.RESIDENTS: {two: 4}},
                        voters={Sector.RESIDENTS: 2})
    scores = {r.option_id: r.score for r in service.results(made)}
    assert scores == {one: 3, two: 5}
    export_round(service, service.get(VotingRound, made), tmp_path / "runda.json")
    document = json.loads((tmp_path / "runda.json").read_text(encoding="utf-8"))
    assert sorted(b["kind"] for b in document["round"]["ballots"]) == ["phone", "screen", "tally"]
    assert "device" not in json.dumps(document)  # a phone's digest stays in the file


def test_an_unexpected_error_gets_a_plain_answer(served: Served,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    phone, view = joined(served)
    shown = options_of(view)

    def broken(**_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(served.server.service, "cast_phone_ballot", broken)
    monkeypatch.setattr("socketserver.BaseServer.handle_error", lambda *args: None)
    _refused(served, phone, "POST", "/api/ballot", {"votes": {shown[0]: 1}, "shown": shown}, 500,
             "Razem nie mógł tego przyjąć. Powiedz o tym moderatorowi i wyślij ponownie.")


def test_results_are_never_served_without_the_reveal(served: Served) -> None:
    phone, view = joined(served)
    shown = options_of(view)
    phone.send({"votes": {shown[0]: 2}, "shown": shown})
    answer = phone.request("GET", "/api/results")
    assert (answer.status, answer.message) == (
        409, "Wyniki pojawią się tutaj, gdy moderator pokaże je całej sali.")
    assert "results" not in answer.data and b"Grupa" not in answer.body
    assert phone_for(served).request("GET", "/api/results").status == 401


def test_the_round_view_gives_a_phone_back_its_own_ballot_only(served: Served) -> None:
    phone, view = joined(served)
    (person,) = [p for p in view["people"] if p["name"] == "Anna Nowak"]
    assert view["mine"] is None
    shown = options_of(view)
    phone.send({"votes": {shown[0]: 2, shown[1]: 1}, "shown": shown, "participant": person["id"]})
    again = phone.request("GET", "/api/round").data  # e.g. the page reloaded
    assert again["mine"] == {"votes": {shown[0]: 2, shown[1]: 1}, "scores": {}, "ranking": [],
                             "participant": person["id"], "sector": "academia"}
    assert "Anna Nowak" in [p["name"] for p in again["people"]]
    _other, other_view = joined(served)
    assert other_view["mine"] is None
    assert "Anna Nowak" not in [p["name"] for p in other_view["people"]]
