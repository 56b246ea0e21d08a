"""Browser: pick partner-media outlets for a distribution list with the htmx picker on the
newsroom's list page (filter by Dewan Pers status, add one), and see its addresses."""

from __future__ import annotations

import pytest

from humpro.orgs.roles import Role
from humpro.press.models import Journalist
from humpro.press.tests.factories import make_distribution_list, make_outlet
from humpro.testing import browser_login, make_org, make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_pick_an_outlet_on_the_list_page(page) -> None:  # type: ignore[no-untyped-def]
    org = make_org(slug="nusa-makmur")
    teluk = make_outlet(org, name="Warta Teluk", email="redaksi@wartateluk.test", dewan_pers_status="faktual")
    Journalist.objects.create(organization=org, outlet=teluk, name="Sari Anggraini", email="sari@wartateluk.test")
    make_outlet(org, name="Kabar Pulau", email="meja@kabarpulau.test", dewan_pers_status="none")
    dl = make_distribution_list(org, "Media terverifikasi")
    user = make_user(org=org, roles=[Role.MEDIA_RELATIONS])
    browser_login(page, user.username)

    page.goto(f"/o/nusa-makmur/berita/daftar/{dl.pk}/")
    picker = page.get_by_test_id("outlet-picker")
    picker.get_by_text("Kabar Pulau").wait_for()  # loaded by htmx into the page
    # htmx binds the fragment's controls only after the swap settles; a change before that is lost
    page.wait_for_function("() => !document.querySelector('.htmx-request, .htmx-settling, .htmx-swapping')")
    page.wait_for_timeout(100)
    page.select_option("#picker-dp", "faktual")
    picker.get_by_text("Kabar Pulau").wait_for(state="detached")
    assert "Warta Teluk" in picker.inner_text()
    page.get_by_role("button", name="Tambahkan Warta Teluk").click()
    page.wait_for_load_state("networkidle")
    assert page.url.endswith(f"/berita/daftar/{dl.pk}/")
    entries = page.get_by_test_id("list-entries").inner_text()
    assert "Warta Teluk (Media siber/daring, Terverifikasi faktual) — 2 alamat email" in entries
    recipients = page.get_by_test_id("list-recipients").inner_text()
    assert "redaksi@wartateluk.test" in recipients and "sari@wartateluk.test" in recipients
    assert "meja@kabarpulau.test" not in recipients
