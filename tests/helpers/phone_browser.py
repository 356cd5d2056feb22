"""A phone's browser: Debian's chromium at 390×844, driven by selenium
through Debian's chromium-driver (both installed by .ci/run)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait

CHROMIUM = "/usr/bin/chromium"
DRIVER = "/usr/bin/chromedriver"
PHONE = (390, 844)


@contextmanager
def phone_browser(language: str = "pl") -> Iterator[WebDriver]:
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu",
                     "--disable-dev-shm-usage", "--no-first-run", f"--lang={language}",
                     "--force-device-scale-factor=1", "--hide-scrollbars"):
        options.add_argument(argument)
    options.add_experimental_option("mobileEmulation", {
        "deviceMetrics": {"width": PHONE[0], "height": PHONE[1], "pixelRatio": 1.0,
                          "touch": True}})
    options.add_experimental_option("prefs", {"intl.accept_languages": language})
    driver = webdriver.Chrome(options=options, service=Service(DRIVER))
    try:
        driver.set_window_size(*PHONE)
        yield driver
    finally:
        driver.quit()


def vote_with_dots(driver: WebDriver, url: str, code: str, *, dots: int,
                   shot: Callable[[str], None] | None = None) -> list[str]:
    """Join with `code` typed in, say "academia", put `dots` dots on the
    first options shown, check and send; the titles shown, in their order."""
    wait = WebDriverWait(driver, 20)
    driver.get(url)
    field = wait.until(expected_conditions.visibility_of_element_located((By.ID, "code")))
    field.send_keys(code)
    if shot:
        shot("join")
    driver.find_element(By.ID, "join").click()
    wait.until(expected_conditions.visibility_of_element_located((By.ID, "step-who")))
    driver.find_element(By.CSS_SELECTOR, "#sectors input[value=academia]").click()
    driver.find_element(By.ID, "to-vote").click()
    wait.until(expected_conditions.visibility_of_element_located((By.ID, "step-vote")))
    for number in range(dots):
        plus = driver.find_elements(By.CSS_SELECTOR, "#options .card button:last-child")[number]
        plus.click()
    if shot:
        shot("vote")
    titles = [h.text for h in driver.find_elements(By.CSS_SELECTOR, "#options h3")]
    driver.find_element(By.ID, "to-check").click()
    wait.until(expected_conditions.visibility_of_element_located((By.ID, "step-check")))
    driver.find_element(By.ID, "send").click()
    wait.until(expected_conditions.visibility_of_element_located((By.ID, "step-done")))
    wait.until(lambda d: d.find_element(By.ID, "done-title").text != "")
    if shot:
        shot("done")
    return titles


def saver(folder: Path, driver: WebDriver) -> Callable[[str], None]:
    def shot(name: str) -> None:
        driver.save_screenshot(str(folder / f"phone-{name}.png"))
    return shot
