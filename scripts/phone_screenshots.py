"""The phone page in three steps (chromium at 390×844), the shared screen
while phones vote (with the Wi-Fi QR code and progress by sector) and the
console's phone window, as PNG files in docs/.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/phone_screenshots.py
(needs Debian's chromium and chromium-driver, as the tests do).
"""

from __future__ import annotations

import hashlib
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from tests.helpers.phone_browser import phone_browser, saver, vote_with_dots  # noqa: E402
from tests.helpers.phones import serving  # noqa: E402
from workshop_app import i18n  # noqa: E402
from workshop_app.models import PhaseKind, RoundStatus, Sector  # noqa: E402
from workshop_app.services import WorkshopService  # noqa: E402
from workshop_app.services.demo import write_demo  # noqa: E402
from workshop_app.settings import Settings  # noqa: E402
from workshop_app.storage import WorkshopStore  # noqa: E402
from workshop_app.ui.main_window import MainWindow  # noqa: E402
from workshop_app.ui.phone_dialog import PhoneDialog  # noqa: E402
from workshop_app.ui.phone_voting import Interface  # noqa: E402
from workshop_app.ui.session import WorkshopSession  # noqa: E402

DOCS = ROOT / "docs"
TITLE = "Które tematy na Forum 2027? (z telefonów)"


def demo_round(path: Path) -> str:
    write_demo(path)
    with WorkshopStore.open(path) as store:
        service = WorkshopService(store)
        for voting_round in service.rounds():
            if voting_round.status is RoundStatus.OPEN:
                service.close_round(round_id=voting_round.id)
        made = service.add_round(title=TITLE, dots_per_voter=3, max_per_option=2).created
        assert made is not None
        service.open_round(round_id=made)
        return made


def phone_pages(folder: Path) -> None:
    path = folder / "telefony.razem"
    made = demo_round(path)
    with serving(path, made) as served, phone_browser() as driver:
        vote_with_dots(driver, served.server.url, served.server.code, dots=3,
                       shot=saver(DOCS, driver))


def some_phones_voted(service: WorkshopService, made: str) -> None:
    """Five phones' ballots, as if sent (digests of made-up tokens)."""
    options = service.votable(made)
    for number, sector in enumerate((Sector.LOCAL_GOVERNMENT, Sector.BUSINESS, Sector.BUSINESS,
                                     Sector.ACADEMIA, Sector.NGO)):
        device = hashlib.sha256(f"telefon {number}".encode()).hexdigest()
        service.cast_phone_ballot(round_id=made, device=device, sector=sector,
                                  votes={options[number % len(options)]: 2,
                                         options[(number + 1) % len(options)]: 1})


def shared_screen(folder: Path) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    i18n.install("pl")
    path = folder / "ekran.razem"
    made = demo_round(path)
    store = WorkshopStore.open(path)
    session = WorkshopSession(WorkshopService(store), path)
    some_phones_voted(session.service, made)
    window = MainWindow(session, [], settings=Settings(folder))
    session.phones.set_wifi("Razem-Sala", "forum2027")
    session.phones.set_by_sector(True)
    window.resize(1280, 800)
    window.show()
    window.show_phase(PhaseKind.PRIORITISE)
    window.toggle_presenter()
    assert window.presenter is not None
    window.presenter.resize(1920, 1080)
    session.phones.start(made, "127.0.0.1", 8080)
    app.processEvents()
    window.presenter.grab().save(str(DOCS / "phone-shared-screen.png"))
    dialog = PhoneDialog(session, made, [Interface("wlan0", "127.0.0.1", False)], window)
    dialog.resize(640, 980)
    dialog.show()
    dialog.phone_list.tree.setCurrentItem(dialog.phone_list.tree.topLevelItem(1))
    app.processEvents()
    dialog.grab().save(str(DOCS / "phone-console.png"))
    dialog.close()
    session.phones.stop()
    session.shutdown()
    window.close()
    store.close()


def main() -> int:
    QApplication([])  # before the server's thread makes any QObject
    with tempfile.TemporaryDirectory() as folder:
        phone_pages(Path(folder))
        shared_screen(Path(folder))
    return 0


if __name__ == "__main__":
    sys.exit(main())
