""" "Translate this page" with its subpages, when there are more than
HUB_TRANSLATE_IN_BACKGROUND_OVER of them: the page itself is translated at once, its subpages by
a background task (django-tasks; the tests' backend runs it at once), and the submitter follows
its progress on a page of the admin that says how many pages are done and which were not
translated, and why. Nobody else sees that page."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.urls import reverse
from wagtail.models import Locale, Page

from home.models import StandardPage
from translations.localize import submit_languages
from translations.models import TranslationSubmission

SUBPAGES = 4


@pytest.fixture
def subtree(english):
    """ "About us" with four subpages (one with a subpage of its own)."""
    pages = []
    parent = english
    for n in range(SUBPAGES):
        page = StandardPage(title=f"Chapter {n}", slug=f"chapter-{n}", introduction=f"Part {n}.")
        (parent if n != 3 else pages[0]).add_child(instance=page)
        page.save_revision().publish()
        pages.append(page)
    return pages


@pytest.fixture
def in_background(settings):
    settings.HUB_TRANSLATE_IN_BACKGROUND_OVER = SUBPAGES - 1


def french_versions(pages):
    keys = [page.translation_key for page in pages]
    return Page.objects.filter(translation_key__in=keys, locale__language_code="fr").count()


def submit(client, page, django_capture_on_commit_callbacks):
    fr = Locale.objects.get(language_code="fr")
    url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    with django_capture_on_commit_callbacks(execute=True):
        return client.post(url, {"locales": [fr.pk], "include_subtree": "on"})


def test_small_subtrees_are_translated_in_the_request(
    client, english, subtree, translator, django_capture_on_commit_callbacks
):
    client.force_login(translator)
    response = submit(client, english, django_capture_on_commit_callbacks)
    assert response.status_code == 302
    assert not TranslationSubmission.objects.exists()
    assert french_versions([english, *subtree]) == 1 + SUBPAGES


def test_a_large_subtree_is_translated_in_the_background_and_its_progress_shown(
    client, english, subtree, translator, in_background, django_capture_on_commit_callbacks
):
    client.force_login(translator)
    response = submit(client, english, django_capture_on_commit_callbacks)
    submission = TranslationSubmission.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("hub_translation_submission", args=[submission.pk])
    assert submission.user == translator and submission.total == SUBPAGES
    assert submission.status == TranslationSubmission.FINISHED
    assert submission.done == SUBPAGES and submission.errors == []
    assert submission.task_id
    assert french_versions([english, *subtree]) == 1 + SUBPAGES
    # As drafts, like any translation the translator starts.
    assert not Page.objects.filter(
        translation_key=subtree[3].translation_key, locale__language_code="fr", live=True
    ).exists()

    page = client.get(response["Location"], follow=True)
    content = page.content.decode()
    assert "being translated in the background" in content  # the message of the submission
    assert f"{SUBPAGES} of {SUBPAGES} pages done" in content
    assert 'data-submission-status="finished"' in content
    assert 'http-equiv="refresh"' not in content  # over: no more reloading


def test_progress_reloads_while_the_task_waits(
    client, english, subtree, translator, in_background, settings
):
    settings.TASKS = {
        **settings.TASKS,
        "background": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"},
    }
    client.force_login(translator)
    fr = Locale.objects.get(language_code="fr")
    url = reverse("wagtail_localize:submit_page_translation", args=[english.pk])
    response = client.post(url, {"locales": [fr.pk], "include_subtree": "on"}, follow=True)
    content = response.content.decode()
    assert "0 of 4 pages done" in content
    assert 'http-equiv="refresh"' in content
    assert french_versions([english]) == 1  # the page itself, at once
    assert french_versions(subtree) == 0


def test_a_page_that_fails_is_reported_and_the_others_translated(
    client,
    english,
    subtree,
    translator,
    in_background,
    monkeypatch,
    django_capture_on_commit_callbacks,
):
    translate_into = submit_languages.translate_into

    def failing(page, locales, user, components=None):
        result = translate_into(page, locales, user, components)
        if page.title == "Chapter 2":
            raise RuntimeError("the translation memory is unreachable")
        return result

    monkeypatch.setattr(submit_languages, "translate_into", failing)
    client.force_login(translator)
    response = submit(client, english, django_capture_on_commit_callbacks)
    submission = TranslationSubmission.objects.get()
    assert submission.status == TranslationSubmission.FINISHED
    assert submission.done == SUBPAGES
    assert [error["title"] for error in submission.errors] == ["Chapter 2"]
    # Nothing half-done: the failing page has no French version; the others have one.
    assert french_versions([subtree[2]]) == 0
    assert french_versions([subtree[0], subtree[1], subtree[3]]) == 3
    content = client.get(response["Location"]).content.decode()
    assert "1 page was not translated" in content
    assert "Chapter 2" in content and "unreachable" in content
    # The dashboard keeps the result for the submitter, and only for them.
    dashboard = client.get("/admin/").content.decode()
    assert "Subpages of “About us”" in dashboard
    assert "1 page was not translated" in dashboard


def test_a_submitter_who_lost_the_right_stops_the_submission(
    english, subtree, translator, in_background
):
    fr = Locale.objects.get(language_code="fr")
    submission = TranslationSubmission.objects.create(
        user=translator,
        page=english,
        page_title=english.title,
        locale_ids=[fr.pk],
        page_ids=[page.pk for page in subtree],
        total=SUBPAGES,
    )
    translator.groups.clear()
    submit_languages.translate_subpages.call(submission.pk)
    submission.refresh_from_db()
    assert submission.status == TranslationSubmission.FAILED
    assert submission.message == "permission"
    assert french_versions(subtree) == 0


def test_only_the_submitter_sees_the_progress(
    client,
    english,
    subtree,
    translator,
    reviewer,
    in_background,
    django_capture_on_commit_callbacks,
):
    client.force_login(translator)
    submit(client, english, django_capture_on_commit_callbacks)
    url = reverse("hub_translation_submission", args=[TranslationSubmission.objects.get().pk])

    client.logout()
    response = client.get(url)
    assert response.status_code == 302 and response["Location"].startswith("/admin/login/")

    no_admin = get_user_model().objects.create_user("reader", password="pw")
    client.force_login(no_admin)
    assert client.get(url).status_code == 302  # no admin access

    other = get_user_model().objects.create_user("someone", password="pw")
    other.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(other)
    assert client.get(url, follow=True).status_code == 404
    client.force_login(reviewer)
    assert client.get(url, follow=True).status_code == 404
    assert "Subpages of" not in client.get("/admin/").content.decode()
    client.force_login(translator)
    assert client.get(url).status_code == 200
    missing = reverse("hub_translation_submission", args=[999])
    assert client.get(missing, follow=True).status_code == 404
