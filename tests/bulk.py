"""Many pages at once, for tests that measure listings at realistic sizes.

Creating 2,000 pages one by one through Wagtail takes minutes; this writes the rows directly
(a page row and its page type's row each), then indexes them for search in bulk. The pages
are live, public and in the parent's language, exactly as published pages would be.
"""

import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.utils import timezone
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from hub.page_cache import forget_pages
from resources.models import facet_values, listed_values

BATCH = 40


def bulk_add_children(parent, model, count, make_fields, start=0):
    """Add `count` live children of type `model` under `parent`; `make_fields(n)` returns the
    model's own field values for the n-th page. Returns the new pages."""
    content_type = ContentType.objects.get_for_model(model)
    parent.refresh_from_db()
    now = timezone.now()
    first_step = parent.numchild + 1
    pages = []
    for offset, n in enumerate(range(start, start + count)):
        fields = make_fields(n)
        title = fields.pop("title")
        slug = f"{model._meta.model_name}-{n}"
        pages.append(
            model(
                title=title,
                draft_title=title,
                slug=slug,
                path=Page._get_path(parent.path, parent.depth + 1, first_step + offset),
                depth=parent.depth + 1,
                numchild=0,
                url_path=f"{parent.url_path}{slug}/",
                locale_id=parent.locale_id,
                translation_key=uuid.uuid4(),
                content_type=content_type,
                live=True,
                has_unpublished_changes=False,
                first_published_at=now,
                last_published_at=now,
                **fields,
            )
        )
    page_fields = [f for f in Page._meta.concrete_fields if not f.primary_key]
    own_fields = list(model._meta.local_concrete_fields)
    for i in range(0, len(pages), BATCH):
        batch = pages[i : i + BATCH]
        Page._base_manager._insert(
            batch, fields=page_fields, returning_fields=None, using="default"
        )
    # Read back the ids the database gave the page rows, by their unique paths.
    ids = dict(Page.objects.filter(path__in=[p.path for p in pages]).values_list("path", "pk"))
    for page in pages:
        page.pk = page.id = page.page_ptr_id = ids[page.path]
    for i in range(0, len(pages), BATCH):
        model._base_manager._insert(
            pages[i : i + BATCH], fields=own_fields, returning_fields=None, using="default"
        )
    facet_values.bulk_write(pages)
    listed_values.changed_everything()  # rewritten before the next count
    Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + count)
    parent.refresh_from_db()
    get_search_backend().add_bulk(model, list(model.objects.filter(pk__in=ids.values())))
    forget_pages()  # as publishing them would: cached pages and listing counts are left behind
    connection.queries_log.clear()
    return pages
