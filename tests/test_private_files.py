"""Private files stay private (hub/documents.py, the regions' private collections, hub/urls.py).

The audit found documents of drafts and of password-protected pages answering 200 to anyone,
and original images (named after the child and the town) public. Here: a document is served
to whoever may see a live page that uses it, or may edit it; a region's "Internal documents"
only to its people and the secretariat; originals never, by any name."""

import importlib
from io import StringIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client
from django.urls import clear_url_caches, reverse
from wagtail import hooks
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction, Locale, PageViewRestriction

from resources.models import Region, RegionalNetworkPage, ResourceFile, ResourcePage
from resources.roles import INTERNAL_DOCUMENTS, SECRETARIAT_EDITORS, SECRETARIAT_PUBLISHERS

from .factories import ResourcePageFactory
from .helpers import DOCUMENT_SAMPLES, jpeg, member

PDF = DOCUMENT_SAMPLES["pdf"]


def logged_in(user):
    client = Client()
    client.force_login(user)
    return client


def downloaded(response):
    """Whether the response is the file itself."""
    return response.status_code == 200 and b"".join(response.streaming_content) == PDF


@pytest.fixture
def networks(network_index):
    """Africa's and Latin America's network pages, live, with their roles."""
    for slug in ["africa", "latin-america"]:
        region = Region.objects.get(slug=slug, locale=Locale.get_default())
        page = RegionalNetworkPage(
            title=region.name, slug=slug, region=region, summary="A regional coalition."
        )
        network_index.add_child(instance=page)
        page.save_revision().publish()
    call_command("setup_site", stdout=StringIO())


@pytest.fixture
def people(networks):
    return {
        "africa_editor": member("africa-ed", "Africa network editors"),
        "latam_editor": member("latam-ed", "Latin America network editors"),
        "secretariat_editor": member("sec-ed", SECRETARIAT_EDITORS),
    }


def document(collection=None, title="Country report"):
    return get_document_model().objects.create(
        title=title,
        file=SimpleUploadedFile("report.pdf", PDF),
        collection=collection or Collection.get_first_root_node(),
    )


def resource_with(document, library, live=True, **kwargs):
    page = ResourcePageFactory.build(**kwargs)
    page.files = [ResourceFile(document=document)]
    page.live = live
    library.add_child(instance=page)
    page.save_revision()
    return ResourcePage.objects.get(pk=page.pk)


def collection(name):
    return Collection.objects.get(name=name)


def test_wagtail_serves_documents_and_the_sites_rule_runs_after_the_collections():
    from django.conf import settings

    assert settings.WAGTAILDOCS_SERVE_METHOD == "serve_view"
    names = [fn.__name__ for fn in hooks.get_hooks("before_serve_document")]
    assert names.index("check_view_restrictions") < names.index(
        "refuse_documents_no_visible_page_uses"
    )


# A document goes public with the page that uses it


def test_a_document_of_a_draft_is_refused_to_readers_until_the_page_is_published(
    client, admin_client, library
):
    report = document()
    page = resource_with(report, library, live=False, slug="draft")
    response = client.get(report.url)
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()
    assert downloaded(admin_client.get(report.url))  # whoever may edit it

    page.get_latest_revision().publish()
    assert downloaded(client.get(report.url))

    ResourcePage.objects.get(pk=page.pk).unpublish()
    assert client.get(report.url).status_code == 404


def test_a_document_added_in_a_draft_of_a_live_page_waits_for_publication(
    client, admin_client, library
):
    page = ResourcePageFactory(parent=library, slug="live")
    report = document()
    page.files = [ResourceFile(document=report)]
    page.save_revision()  # a draft: the live page does not show the file yet
    assert client.get(report.url).status_code == 404

    page.get_latest_revision().publish()
    assert downloaded(client.get(report.url))


def test_a_document_on_a_password_protected_page_needs_the_password(client, library):
    report = document()
    page = resource_with(report, library, slug="protected")
    page.get_latest_revision().publish()
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="members-only"
    )
    assert client.get(report.url).status_code == 404

    client.post(
        reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk]),
        {"password": "members-only", "return_url": page.url},
    )
    assert downloaded(client.get(report.url))
    assert Client().get(report.url).status_code == 404  # another reader's browser


def test_a_document_on_a_page_for_logged_in_readers_needs_a_login(client, library, people):
    report = document()
    page = resource_with(report, library, slug="members")
    page.get_latest_revision().publish()
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    assert client.get(report.url).status_code == 404
    assert downloaded(logged_in(people["latam_editor"]).get(report.url))


def test_a_document_linked_from_a_live_pages_body_is_public(client, english_home):
    from home.models import StandardPage

    report = document()
    link = f'<p>Read <a linktype="document" id="{report.pk}">the report</a>.</p>'
    page = StandardPage(title="About", slug="about", body=[("paragraph", link)], live=False)
    english_home.add_child(instance=page)
    assert client.get(report.url).status_code == 404
    page.save_revision().publish()
    assert downloaded(client.get(report.url))


def test_an_unused_upload_is_seen_by_those_who_may_edit_it_only(client, people):
    """Least entitled first: a reader, another region's editor, then the region's editor."""
    report = document(collection("Africa"))
    assert client.get(report.url).status_code == 404
    assert logged_in(people["latam_editor"]).get(report.url).status_code == 404
    assert downloaded(logged_in(people["africa_editor"]).get(report.url))
    assert downloaded(logged_in(people["secretariat_editor"]).get(report.url))


# A region's internal documents


def test_each_region_has_a_private_collection_for_its_people_and_the_secretariat(networks):
    for region in ["Africa", "Latin America"]:
        internal = collection(region).get_children().get(name=INTERNAL_DOCUMENTS)
        restriction = CollectionViewRestriction.objects.get(collection=internal)
        assert restriction.restriction_type == CollectionViewRestriction.GROUPS
        assert set(restriction.groups.values_list("name", flat=True)) == {
            f"{region} network editors",
            f"{region} network moderators",
            SECRETARIAT_EDITORS,
            SECRETARIAT_PUBLISHERS,
        }
    call_command("setup_site", stdout=StringIO())  # again: nothing doubles
    assert Collection.objects.filter(name=INTERNAL_DOCUMENTS).count() == 2
    assert CollectionViewRestriction.objects.count() == 2


def test_a_document_in_a_private_collection_is_refused_to_readers(client, library, people):
    """Even when a live, public page links it: the collection decides first."""
    internal = collection("Africa").get_children().get(name=INTERNAL_DOCUMENTS)
    minutes = document(internal, title="Steering committee minutes")
    resource_with(minutes, library, slug="minutes").get_latest_revision().publish()

    for response in (
        client.get(minutes.url),
        logged_in(people["latam_editor"]).get(minutes.url),
    ):
        assert not downloaded(response)
        assert response.status_code in (302, 403, 404)
    assert downloaded(logged_in(people["africa_editor"]).get(minutes.url))
    assert downloaded(logged_in(people["secretariat_editor"]).get(minutes.url))


# Originals are never served, by any name


@pytest.fixture
def dev_server_urls(settings):
    """The URLs `make run` serves (DEBUG on), which add the media folder the web server
    serves in production (docs/deploy.md)."""
    import hub.urls

    settings.DEBUG = True
    importlib.reload(hub.urls)
    clear_url_caches()
    yield
    settings.DEBUG = False
    importlib.reload(hub.urls)
    clear_url_caches()


def test_a_childs_photo_is_unreachable_by_its_original_name_or_its_stored_one(
    admin_client, client, dev_server_urls
):
    admin_client.post(
        "/admin/images/add/",
        {
            "title": "zzchildphoto-goma",
            "file": SimpleUploadedFile("zzchildphoto-goma.jpg", jpeg()),
            "description": "A girl at the centre",
            "collection": Collection.get_first_root_node().pk,
            "shows_identifiable_child": "on",
        },
    )
    image = get_image_model().objects.get()
    assert "zzchildphoto" not in image.file.name
    assert client.get("/media/original_images/zzchildphoto-goma.jpg").status_code == 404
    assert client.get(f"/media/{image.file.name}").status_code == 404
    assert client.get(f"/media/original_images/{image.file.name.split('/')[-1]}").status_code == 404

    # What the dev server does serve: renditions, which is what pages show (once consented).
    image.consent_reference = "Form 12"
    image.save()
    rendition = image.get_rendition("width-20")
    assert client.get(rendition.url).status_code == 200


def test_documents_are_not_served_from_the_media_folder(client, library, dev_server_urls):
    report = document()
    resource_with(report, library, slug="public").get_latest_revision().publish()
    assert downloaded(client.get(report.url))
    assert report.url.startswith("/documents/")
    assert client.get(f"/media/{report.file.name}").status_code == 404
