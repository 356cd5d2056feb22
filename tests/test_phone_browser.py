"""A real browser at a phone's size votes while the program runs the server."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait

from tests.helpers.phone_browser import PHONE, phone_browser, vote_with_dots
from tests.helpers.presenter import window_with_presenter
from workshop_app.models import BallotKind, Cluster, PhaseKind, Sector, VoteMethod
from workshop_app.services import WorkshopService
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.panels.prioritise import PrioritisePanel

pytestmark = pytest.mark.slow


@pytest.mark.usefixtures("polish")
def test_chromium_at_phone_size_votes_and_the_console_counts_it(
        qtbot: QtBot, demo_service: WorkshopService) -> None:
    window: MainWindow = window_with_presenter(qtbot, demo_service, PhaseKind.PRIORITISE,
                                               (1280, 720))
    made = demo_service.add_round(title="Z telefonów", method=VoteMethod.DOTS,
                                  dots_per_voter=2, max_per_option=1).created
    assert made is not None
    window.session.run(demo_service.open_round, round_id=made)
    panel = window.panels[PhaseKind.PRIORITISE]
    assert isinstance(panel, PrioritisePanel)
    panel.refresh()
    panel.rounds.setCurrentIndex(panel.rounds.findData(made))
    server = window.session.phones.start(made, "127.0.0.1")
    outcome: dict[str, Any] = {}

    def browse() -> None:  # the GUI thread must stay free: it writes the ballot
        try:
            with phone_browser() as driver:
                assert driver.get_window_size()["width"] <= PHONE[0] + 20
                outcome["titles"] = vote_with_dots(driver, server.url, server.code, dots=2)
                outcome["done"] = driver.find_element(By.ID, "done-title").text
                outcome["width"] = driver.execute_script("return window.innerWidth")
        except BaseException as error:  # handed to the test
            outcome["error"] = error

    thread = threading.Thread(target=browse)
    thread.start()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=90_000)
    thread.join()
    if "error" in outcome:
        raise outcome["error"]
    assert outcome["done"] == "Przyjęty" and outcome["width"] == PHONE[0]
    (ballot,) = demo_service.ballots(made)
    titles = {c.id: c.name for c in demo_service.find_many(Cluster, ballot.shown).values()}
    assert ballot.kind is BallotKind.PHONE and ballot.sector is Sector.ACADEMIA
    assert [titles[o] for o in ballot.shown] == outcome["titles"]  # the order the phone showed
    assert set(ballot.votes) == set(ballot.shown[:2])
    qtbot.waitUntil(lambda: panel.progress.text() == "Dotąd 1 głos: nauka 1")
    window.session.phones.stop()
    qtbot.waitUntil(lambda: not panel._later.isActive())


def test_the_focus_stays_on_the_dot_button_after_a_tap(workshop_path: Path) -> None:
    from tests.helpers.phones import make_workshop, serving
    from workshop_app.phone.words import all_words

    all_words()
    made = make_workshop(workshop_path, dots_per_voter=3, max_per_option=2)
    with serving(workshop_path, made) as served, phone_browser() as driver:
        driver.get(served.server.join_url)  # the QR link: the code is filled in and sent
        wait = WebDriverWait(driver, 20)
        wait.until(expected_conditions.visibility_of_element_located((By.ID, "step-who")))
        driver.find_element(By.ID, "to-vote").click()
        wait.until(expected_conditions.visibility_of_element_located((By.ID, "plus-0")))
        driver.find_element(By.ID, "plus-0").send_keys(Keys.ENTER)
        assert driver.switch_to.active_element.get_attribute("id") == "plus-0"
        driver.switch_to.active_element.send_keys(Keys.ENTER)  # the cap: + is blocked now
        # The focus stays on +, never on − (the next Space would take a dot back).
        assert driver.switch_to.active_element.get_attribute("id") == "plus-0"
        assert driver.find_element(By.ID, "plus-0").get_attribute("aria-disabled") == "true"
        note = "Na tej opcji nie można postawić więcej kropek: najwyżej 2."
        assert driver.find_element(By.ID, "dot-note").text == note
        assert driver.find_element(By.ID, "dot-note").get_attribute("aria-live") == "assertive"
        driver.switch_to.active_element.send_keys(Keys.SPACE)  # pressed again: still two
        assert driver.switch_to.active_element.get_attribute("id") == "plus-0"
        assert driver.find_element(By.ID, "vote-status").text.startswith("Zostało kropek: 1 z 3")
        assert driver.find_element(By.ID, "dot-note").text == note
        driver.find_element(By.ID, "minus-0").send_keys(Keys.SPACE)
        assert driver.switch_to.active_element.get_attribute("id") == "minus-0"
        assert driver.find_element(By.ID, "vote-status").text.startswith("Zostało kropek: 2 z 3")


def test_the_page_says_the_round_is_closed_when_sent_and_when_reloaded(
        workshop_path: Path) -> None:
    from tests.helpers.phones import make_workshop, serving
    from workshop_app.phone.words import all_words

    all_words()
    made = make_workshop(workshop_path, dots_per_voter=3, max_per_option=2)
    with serving(workshop_path, made) as served, phone_browser() as driver:
        driver.get(served.server.join_url)
        wait = WebDriverWait(driver, 20)
        wait.until(expected_conditions.visibility_of_element_located((By.ID, "step-who")))
        driver.find_element(By.ID, "to-vote").click()
        wait.until(expected_conditions.visibility_of_element_located((By.ID, "plus-0")))
        driver.find_element(By.ID, "plus-0").click()
        driver.find_element(By.ID, "to-check").click()
        served.on_writer(lambda s: s.close_round(round_id=made))  # while the phone checks
        driver.find_element(By.ID, "send").click()
        wait.until(expected_conditions.visibility_of_element_located((By.ID, "step-done")))
        wait.until(lambda d: d.find_element(By.ID, "done-title").text != "")
        assert driver.find_element(By.ID, "done-title").text == "Głosowanie zamknięte"
        assert not driver.find_element(By.ID, "again").is_displayed()  # nothing to change
        driver.get(served.server.url)  # reloaded: told at once, no ballot to fill in
        wait.until(expected_conditions.visibility_of_element_located((By.ID, "step-done")))
        assert driver.find_element(By.ID, "done-title").text == "Głosowanie zamknięte"
        assert driver.find_element(By.ID, "done-message").text.startswith(
            "Moderator zamknął to głosowanie")
        assert driver.find_element(By.ID, "to-results").is_displayed()
        assert served.on_writer(lambda s: s.ballots(made)) == []


def test_a_reloaded_page_remembers_that_this_phone_voted(workshop_path: Path) -> None:
    from tests.helpers.phones import make_workshop, serving
    from workshop_app.phone.words import all_words

    all_words()
    made = make_workshop(workshop_path, dots_per_voter=3, max_per_option=2)
    with serving(workshop_path, made) as served, phone_browser() as driver:
        vote_with_dots(driver, served.server.url, served.server.code, dots=2)
        driver.get(served.server.url)  # reloaded: the cookie says who it is
        wait = WebDriverWait(driver, 20)
        wait.until(expected_conditions.visibility_of_element_located((By.ID, "step-done")))
        assert driver.find_element(By.ID, "done-title").text == "Przyjęty"
        assert driver.find_element(By.ID, "done-message").text.startswith(
            "Twój głos został przyjęty — możesz go zmienić")
        driver.find_element(By.ID, "again").click()
        wait.until(expected_conditions.visibility_of_element_located((By.ID, "step-vote")))
        assert driver.find_element(By.ID, "vote-status").text.startswith("Zostało kropek: 1 z 3")
        driver.find_element(By.ID, "back-who").click()
        wait.until(expected_conditions.visibility_of_element_located((By.ID, "step-who")))
        assert driver.find_element(By.CSS_SELECTOR, "#sectors input[value=academia]").is_selected()


def test_the_check_step_and_every_message_follow_the_language_switch(
        workshop_path: Path) -> None:
    from tests.helpers.phones import make_workshop, serving
    from workshop_app.phone.words import all_words

    all_words()
    made = make_workshop(workshop_path, dots_per_voter=3, max_per_option=2)
    with serving(workshop_path, made) as served, phone_browser() as driver:
        wait = WebDriverWait(driver, 20)
        driver.get(served.server.url)
        field = wait.until(expected_conditions.visibility_of_element_located((By.ID, "code")))
        field.send_keys("ZŁY")
        driver.find_element(By.ID, "join").click()
        wait.until(lambda d: d.find_element(By.ID, "join-error").text != "")
        assert driver.find_element(By.ID, "join-error").text.startswith("Ten kod")
        driver.find_element(By.CSS_SELECTOR, ".lang button[data-lang=en]").click()
        assert driver.find_element(By.ID, "join-error").text == (
            "This join code is not right. Check it on the shared screen.")
        driver.find_element(By.CSS_SELECTOR, ".lang button[data-lang=pl]").click()
        field.clear()
        field.send_keys(served.server.code)
        driver.find_element(By.ID, "join").click()
        wait.until(expected_conditions.visibility_of_element_located((By.ID, "step-who")))
        driver.find_element(By.ID, "to-vote").click()
        wait.until(expected_conditions.visibility_of_element_located((By.ID, "plus-0")))
        title = driver.find_element(By.CSS_SELECTOR, "#options h3").text
        driver.find_element(By.ID, "plus-0").click()
        driver.find_element(By.ID, "to-check").click()
        wait.until(expected_conditions.visibility_of_element_located((By.ID, "step-check")))
        line = driver.find_element(By.CSS_SELECTOR, "#summary li")
        assert line.text == f"{title} — kropki: 1"  # one colon, not "…: Kropki: 1"
        driver.find_element(By.CSS_SELECTOR, ".lang button[data-lang=en]").click()
        assert driver.find_element(By.CSS_SELECTOR, "#summary li").text == f"{title} — dots: 1"
        driver.find_element(By.ID, "send").click()
        wait.until(expected_conditions.visibility_of_element_located((By.ID, "step-done")))
        wait.until(lambda d: d.find_element(By.ID, "done-title").text == "Accepted")
        driver.find_element(By.CSS_SELECTOR, ".lang button[data-lang=pl]").click()
        assert driver.find_element(By.ID, "done-title").text == "Przyjęty"
        assert driver.find_element(By.ID, "done-message").text.startswith("Twój głos")
        driver.find_element(By.ID, "to-results").click()  # not shown to the room yet
        wait.until(lambda d: d.find_element(By.ID, "results-error").text != "")
        assert driver.find_element(By.ID, "results-error").text.startswith("Wyniki")
        driver.find_element(By.CSS_SELECTOR, ".lang button[data-lang=en]").click()
        assert driver.find_element(By.ID, "results-error").text.startswith(
            "The results are shown here")
        assert driver.find_element(By.ID, "results-title").text == "Results"
