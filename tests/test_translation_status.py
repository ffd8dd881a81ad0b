"""Reports › Translation status: every page and translatable snippet in its source language
against every other language (up to date, out of date, in progress with its percentage,
missing), filtered by language and section, totalled per language, downloadable as CSV, open
to those who edit pages, and as cheap with 30 pages as with 3."""

import csv
import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import GroupPagePermission, Locale
from wagtail_localize.models import Translation, TranslationSource

from resources.models import Region, ResourcePage, Topic
from translations.status import (
    LocalizeData,
    TranslationStatus,
    TranslationStatusReport,
    cell_status,
    translatable_snippet_models,
)

from .factories import (
    GuidanceIndexPageFactory,
    GuidancePageFactory,
    ResourceIndexPageFactory,
    ResourcePageFactory,
)
from .helpers import OTHER_LANGUAGES

URL = "/admin/reports/translation-status/"
RESULTS_URL = "/admin/reports/translation-status/results/"


def locale(code):
    return Locale.objects.get(language_code=code)


@pytest.fixture
def publish_on_commit(django_capture_on_commit_callbacks):
    """wagtail-localize publishes a translation when the transaction commits, which a test's
    never does: run those callbacks, as a request would."""

    def run(callable_, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return callable_(*args, **kwargs)

    return run


@pytest.fixture
def translate(publish_on_commit):
    """Translate `instance` into `code` with wagtail-localize: `share` of its strings gets a
    translation; with `publish`, the translation is written into the target and published."""

    def run(instance, code, share=1.0, publish=True):
        source, _created = TranslationSource.get_or_create_from_instance(instance)
        translation, _created = Translation.objects.get_or_create(
            source=source, target_locale=locale(code)
        )
        po = translation.export_po()
        entries = [entry for entry in po if not entry.obsolete]
        for entry in entries[: round(len(entries) * share)]:
            entry.msgstr = f"[{code}] {entry.msgid}"
        assert translation.import_po(po) == []
        if publish:
            publish_on_commit(translation.save_target, publish=True)
        return translation

    return run


@pytest.fixture
def library(english_home, translate):
    """The English library, translated into French."""
    library = ResourceIndexPageFactory(parent=english_home)
    translate(library, "fr")
    return library


@pytest.fixture
def guidance_index(english_home):
    return GuidanceIndexPageFactory(parent=english_home)


def csv_rows(client, **params):
    response = client.get(URL, {"export": "csv", **params})
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv"
    text = b"".join(response.streaming_content).decode()
    return list(csv.DictReader(io.StringIO(text)))


def statuses(client, **params):
    """{(title, language): (status, percent translated)} from the CSV download."""
    return {
        (row["Title"], row["Language"]): (row["Status"], row["Translated (%)"])
        for row in csv_rows(client, **params)
    }


def assert_database_agrees_with_cell_status():
    """The database decides the pages' rows (translations/status_query.py); `cell_status`, the
    rule the explorer and the dashboard use, decides the same for every row, from the same
    source version."""
    report = TranslationStatus()
    data = LocalizeData()
    rows = [row for row in report.rows() if row.item.is_page]
    assert rows
    for row in rows:
        assert data.source_locale_id(row.item, report.default_id) == row.source.locale_id
        status, _target, _extra = cell_status(
            row.item, row.source, row.source.locale_id, row.locale.pk, data
        )
        assert (row.title, row.language, row.status) == (row.title, row.language, status)


def expected_percent(translation):
    total, done = translation.get_progress()
    return str(done * 100 // total)


def test_each_status_appears(admin_client, library, translate):
    current = ResourcePageFactory(parent=library, title="Current report")
    translate(current, "fr")

    changed = ResourcePageFactory(parent=library, title="Changed report")
    translate(changed, "fr")
    changed.summary = "A new summary, not yet translated."
    changed.save_revision().publish()
    TranslationSource.objects.get(object_id=changed.translation_key).update_from_db()

    started = ResourcePageFactory(parent=library, title="Started report")
    started_translation = translate(started, "fr", share=0.5, publish=False)

    published_half = ResourcePageFactory(parent=library, title="Half-published report")
    half_translation = translate(published_half, "fr", share=0.5)

    result = statuses(admin_client, locale="fr")
    assert result[("Current report", "fr")] == ("Up to date", "100")
    assert result[("Changed report", "fr")][0] == "Out of date"
    assert result[("Started report", "fr")] == (
        "In progress",
        expected_percent(started_translation),
    )
    assert 0 < int(expected_percent(started_translation)) < 100
    # wagtail-localize published the copy with the source's text where strings are missing.
    assert ResourcePage.objects.get(
        translation_key=published_half.translation_key, locale__language_code="fr"
    ).live
    assert result[("Half-published report", "fr")] == (
        "In progress",
        expected_percent(half_translation),
    )
    assert result[("Library", "fr")] == ("Up to date", "100")

    everything = statuses(admin_client)
    for code in ["es", "ar", "pt"]:
        assert everything[("Current report", code)] == ("Missing", "")

    page = admin_client.get(URL, {"locale": "fr", "section": str(library.translation_key)})
    content = page.content.decode()
    assert page.status_code == 200
    assert "Translation status" in content
    assert f"{expected_percent(started_translation)}% translated" in content
    assert "Out of date" in content and "Up to date" in content
    assert_database_agrees_with_cell_status()


def test_synced_again_the_translation_is_up_to_date(admin_client, library, translate):
    page = ResourcePageFactory(parent=library, title="Annual report")
    translate(page, "fr")
    page.summary = "Revised."
    page.save_revision().publish()
    source = TranslationSource.objects.get(object_id=page.translation_key)
    source.update_from_db()
    assert statuses(admin_client, locale="fr")[("Annual report", "fr")][0] == "Out of date"

    # The translator translates the new string and publishes ("Sync translated pages").
    translate(page, "fr")
    assert statuses(admin_client, locale="fr")[("Annual report", "fr")] == ("Up to date", "100")


def test_translated_strings_not_yet_published_are_in_progress(admin_client, library, translate):
    page = ResourcePageFactory(parent=library, title="Field notes")
    translation = translate(page, "fr", share=0.0)  # "Translate this page": published at once
    assert statuses(admin_client, locale="fr")[("Field notes", "fr")] == ("In progress", "0")
    translate(page, "fr", publish=False)  # every string translated in the editor, not published
    assert statuses(admin_client, locale="fr")[("Field notes", "fr")] == ("In progress", "100")
    translation.save_target(publish=False)  # sent to review: a draft of the translated page
    assert statuses(admin_client, locale="fr")[("Field notes", "fr")] == ("In progress", "100")
    french = ResourcePage.objects.get(translation_key=page.translation_key, locale=locale("fr"))
    french.get_latest_revision().publish()  # the reviewer publishes it
    assert statuses(admin_client, locale="fr")[("Field notes", "fr")] == ("Up to date", "100")


def test_translations_made_without_wagtail_localize(admin_client, guidance_index):
    page = GuidancePageFactory(parent=guidance_index, title="Listening")
    for code in ("fr", "es"):
        copy = guidance_index.copy_for_translation(locale(code))
        copy.save_revision().publish()
    published = page.copy_for_translation(locale("fr"))
    published.save_revision().publish()
    page.copy_for_translation(locale("es"))  # a draft copy, not published yet

    result = statuses(admin_client)
    assert result[("Listening", "fr")] == ("Up to date", "")
    assert result[("Listening", "es")] == ("In progress", "")
    assert result[("Listening", "ar")] == ("Missing", "")
    assert result[("Home", "pt")] == ("Up to date", "")  # the home pages of the migrations
    assert_database_agrees_with_cell_status()


def test_a_page_only_in_french_is_its_own_source(admin_client, home_pages):
    ResourceIndexPageFactory(parent=home_pages["fr"], title="Bibliothèque", slug="ressources")
    rows = [row for row in csv_rows(admin_client) if row["Title"] == "Bibliothèque"]
    assert {row["Language"] for row in rows} == {"en", "es", "ar", "pt"}
    assert {row["Source language"] for row in rows} == {"fr"}
    assert {row["Status"] for row in rows} == {"Missing"}
    assert_database_agrees_with_cell_status()


def test_translatable_snippets_are_found_and_reported(admin_client, translate):
    assert set(translatable_snippet_models()) == {Region, Topic}
    girls = Topic.objects.get(slug="girls", locale__language_code="en")
    translate(girls, "fr")
    africa = Region.objects.get(slug="africa", locale__language_code="en")
    translate(africa, "fr", share=0.0)  # wagtail-localize copies the source's name

    result = statuses(admin_client, section="snippets")
    assert result[("Girls", "fr")] == ("Up to date", "100")
    assert result[("Girls", "es")] == ("Missing", "")
    assert result[("Africa", "fr")] == ("In progress", "0")
    rows = csv_rows(admin_client, section="snippets")
    assert {row["Type"] for row in rows} == {"Region", "Topic"}
    assert len(rows) == (Region.objects.count() + Topic.objects.count() - 2) * 4


def test_filters_by_language_and_section(admin_client, library, guidance_index, translate):
    ResourcePageFactory(parent=library, title="Country report")
    GuidancePageFactory(parent=guidance_index, title="Age assessment")

    french = csv_rows(admin_client, locale="fr")
    assert french and {row["Language"] for row in french} == {"fr"}

    in_library = csv_rows(admin_client, section=str(library.translation_key))
    assert {row["Title"] for row in in_library} == {"Library", "Country report"}
    assert {row["Section"] for row in in_library} == {"Library"}
    assert len(in_library) == 2 * 4

    guidance_in_arabic = csv_rows(
        admin_client, section=str(guidance_index.translation_key), locale="ar"
    )
    assert [(row["Title"], row["Language"]) for row in guidance_in_arabic] == [
        ("Guidance", "ar"),
        ("Age assessment", "ar"),
    ]

    home = csv_rows(admin_client, section="home")
    assert {row["Title"] for row in home} == {"Home"}

    response = admin_client.get(URL)
    sections = dict(response.context["filters"].filters["section"].field.choices)
    assert sections[str(library.translation_key)] == "Library"
    assert sections[str(guidance_index.translation_key)] == "Guidance"
    assert sections["snippets"] == "Snippets"

    # The filtered results, as the listing refreshes them.
    response = admin_client.get(RESULTS_URL, {"locale": "fr", "status": "up-to-date"})
    assert response.status_code == 200
    assert {(row.language, row.status) for row in response.context["object_list"]} == {
        ("fr", "up-to-date")
    }


def test_unknown_filter_values_show_everything(admin_client, library):
    response = admin_client.get(URL, {"locale": "xx", "section": "nowhere"})
    assert response.status_code == 200
    languages = {row.language for row in response.context["paginator"].object_list}
    assert languages == set(OTHER_LANGUAGES)


def test_totals_per_language(admin_client, library, translate):
    for n in range(3):
        page = ResourcePageFactory(parent=library, title=f"Report {n}")
        translate(page, "fr")
    translate(page, "es", share=0.5, publish=False)

    response = admin_client.get(URL, {"section": str(library.translation_key)})
    totals = {
        line["locale"].language_code: dict(line["counts"]) | {"total": line["total"]}
        for line in response.context["totals"]
    }
    assert totals["fr"] == {
        "up-to-date": 4,
        "out-of-date": 0,
        "in-progress": 0,
        "missing": 0,
        "total": 4,
    }
    assert totals["es"] == {
        "up-to-date": 0,
        "out-of-date": 0,
        "in-progress": 1,
        "missing": 3,
        "total": 4,
    }
    assert totals["pt"]["missing"] == 4
    assert list(totals) == OTHER_LANGUAGES
    content = response.content.decode()
    assert "Totals per language" in content
    assert '<tr data-translation-totals="es">' in content

    only_french = admin_client.get(URL, {"locale": "fr"}).context["totals"]
    assert [line["locale"].language_code for line in only_french] == ["fr"]


def test_csv_download_has_one_row_per_object_and_language(admin_client, library, translate):
    translate(ResourcePageFactory(parent=library, title="Country report"), "fr")
    response = admin_client.get(URL, {"export": "csv"})
    assert response["Content-Type"] == "text/csv"
    assert "translation-status.csv" in response["Content-Disposition"]
    lines = b"".join(response.streaming_content).decode().splitlines()
    assert lines[0] == (
        "Title,Type,Section,Source language,Language,Status,Translated (%),Last synced"
    )
    rows = list(csv.DictReader(lines))
    objects = 3 + Region.objects.count() + Topic.objects.count()  # home, library, report
    assert len(rows) == objects * 4
    report_rows = [row for row in rows if row["Title"] == "Country report"]
    assert [(row["Language"], row["Status"]) for row in report_rows] == [
        ("fr", "Up to date"),
        ("es", "Missing"),
        ("ar", "Missing"),
        ("pt", "Missing"),
    ]
    assert report_rows[0]["Type"] == "Resource"
    assert report_rows[0]["Section"] == "Library"
    assert report_rows[0]["Source language"] == "en"
    assert report_rows[0]["Last synced"]


@pytest.fixture
def editor(english_home):
    group = Group.objects.create(name="Site editors")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupPagePermission.objects.create(
        group=group, page=english_home, permission=Permission.objects.get(codename="change_page")
    )
    user = get_user_model().objects.create_user("editor", password="pw")
    user.groups.add(group)
    return user


def test_the_menu_item_appears_for_an_editor(client, editor):
    client.force_login(editor)
    assert URL in client.get("/admin/").content.decode()
    assert client.get(URL).status_code == 200


def test_closed_to_users_without_page_permissions(client, db):
    user = get_user_model().objects.create_user("reader", password="pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    assert URL not in client.get("/admin/").content.decode()
    response = client.get(URL)
    assert response.status_code == 302
    assert response["Location"] == "/admin/"


def test_anonymous_visitors_are_sent_to_log_in(client, db):
    for url in (URL, RESULTS_URL, f"{URL}?export=csv"):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/?next=")


def test_queries_do_not_grow_with_the_number_of_pages(admin_client, library, translate):
    def add(count, start=0):
        for n in range(start, start + count):
            page = ResourcePageFactory(parent=library, title=f"Report {n:02d}")
            translate(page, "fr", share=1.0 if n % 3 else 0.5)

    def queries(**params):
        with CaptureQueriesContext(connection) as context:
            response = admin_client.get(URL, params)
        assert response.status_code == 200
        return len(context.captured_queries), response

    admin_client.get(URL)  # the caches warmed up, as on a running site
    add(3)
    few, response = queries()
    few_csv, _response = queries(export="csv")
    assert response.context["paginator"].count == (5 + 15) * 4
    add(27, start=3)
    many, response = queries()
    many_csv, _response = queries(export="csv")
    assert response.context["paginator"].count == (32 + 15) * 4
    assert many == few
    assert many_csv == few_csv
    assert few <= 25


@pytest.mark.parametrize(
    "filters",
    [{}, {"locale": "fr"}, {"status": "missing"}],
    ids=["everything", "one language", "one status"],
)
def test_paginated_in_the_order_of_the_download(
    admin_client, library, translate, monkeypatch, filters
):
    """Each page of the report reads only its own rows (without a status, only its source
    pages' rows are decided: a page of 7 rows starts and ends within a source page's four);
    one after the other, the pages give the download's rows, the snippets' after the
    pages'."""
    for n in range(4):
        translate(ResourcePageFactory(parent=library, title=f"Report {n}"), "fr", share=0.5)
    monkeypatch.setattr(TranslationStatusReport, "paginate_by", 7)
    everything = [
        (row["Title"], row["Language"], row["Status"]) for row in csv_rows(admin_client, **filters)
    ]
    shown = []
    number = 1
    while True:
        response = admin_client.get(URL, {"p": number, **filters})
        page = response.context["page_obj"]
        assert len(page.object_list) <= 7
        shown += [(row.title, row.language, str(row.status_label)) for row in page.object_list]
        if not page.has_next():
            break
        number += 1
    assert number >= 3
    assert shown == everything
    titles = [title for title, _language, _status in everything]
    assert titles.index("Girls") > titles.index("Report 3")  # a topic, after the pages
