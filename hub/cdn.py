"""A withheld or deleted image leaves the CDN as it leaves the site.

`wagtail.contrib.frontend_cache` (configured from the environment: hub.settings.environment)
purges a page's addresses when the page is published, unpublished or deleted. An image is not a
page: when consent for an image of a child is withdrawn (hub.safeguarding) or the image is
deleted, its renditions' files are deleted here, but a CDN would go on serving them (renditions
have immutable names, and the nginx configuration in docs/deploy.md lets them be kept 30 days)
and the pages that showed them (for `s-maxage`).

So, when that change commits, the CDN is asked to forget the renditions' addresses and those of
the live pages that use the image (by Wagtail's reference index: the page itself, or a document
whose cover it is and the pages that list that document). Listings and the home page, which show
many covers, refresh after `s-maxage`; their pages no longer find the image anyway. Nothing is
asked when no CDN is configured, nor for an image never shown (it has no renditions: no page
or copy of it can be held).
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.documents import get_document_model
from wagtail.models import Page, ReferenceIndex, Site

from .base_url import public_root_url


def cdn_configured():
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def media_roots():
    """The addresses media URLs hang from, as the CDN knows them: the pages' own (one per
    Site record; hub.base_url)."""
    sites = list(Site.objects.all())
    return [public_root_url(site.root_url, len(sites)) for site in sites]


def pages_using(image):
    """The live pages that use `image`: directly, or through an object that uses it (a
    document whose cover it is, which hub.covers sets without the reference index knowing)."""
    page_type = ContentType.objects.get_for_model(Page)

    def page_ids(references):
        return set(
            references.filter(base_content_type=page_type).values_list("object_id", flat=True)
        )

    references = ReferenceIndex.get_references_to(image)
    ids = page_ids(references)
    sources = list(get_document_model().objects.filter(cover=image))
    others = references.exclude(base_content_type=page_type)
    for type_id, pk in others.values_list("base_content_type", "object_id").distinct():
        model = ContentType.objects.get_for_id(type_id).model_class()
        if model is not None:  # a model since removed leaves its content type behind
            sources += model._base_manager.filter(pk=pk)
    ids |= page_ids(ReferenceIndex.get_references_to_in_bulk(sources))
    return Page.objects.live().filter(pk__in=[int(pk) for pk in ids]).specific()


def purge_image_on_commit(image):
    """Ask the CDN to forget `image`'s renditions and the pages that use it, once the change
    that withholds or deletes it commits (read now: the renditions are about to go)."""
    renditions = list(image.renditions.all()) if cdn_configured() else []
    if not renditions:  # never shown (or already forgotten): no page or copy holds it
        return
    batch = PurgeBatch()
    roots = media_roots()
    for rendition in renditions:
        url = rendition.url  # site-relative, unless the storage gives its own host
        batch.add_urls([url] if "://" in url else [f"{root}{url}" for root in roots])
    batch.add_pages(pages_using(image))
    transaction.on_commit(batch.purge, robust=True)


def image_deleting(sender, instance, **kwargs):
    """pre_delete of an image: its renditions and references are still there to be read."""
    purge_image_on_commit(instance)
