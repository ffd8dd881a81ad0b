"""The listings' pages as the database counts them fastest: for every language, the page of each
translation group that a listing shows there (live, public, in that language where it exists in
it: hub.i18n.one_per_translation), one row for the page itself and one for each value of each of
the listing's facets (its topics, countries, type...), under an index in the order (language,
listed model, field, code, page). A facet's counts then read a range of that index, rather than
joining the listing's pages, chosen afresh on every count, to their values (resources.facets:
Listing.query_listed_counts).

The rows are a copy, rewritten once a change is whole: whatever changes what a listing shows
records the translation groups it touches (`ListedChange`; none: every group), and those groups'
rows are rewritten (`refresh`), in every language, in one transaction: when the change's own
transaction commits (a publish), else by the next count, which always rewrites what is left
first. Recording is cheap and happens at any point of a change (a page's row is saved before
its topics and files are); rewriting happens after the change is whole. What records a change
(connected in resources/apps.py):

- a listed page saved (published, unpublished, a revision published, a translation made or
  synchronised, copied) or deleted: its group;
- a page moved, or a view restriction saved or deleted: the groups of the pages beneath;
- a topic or a document saved or deleted: the groups of the pages that have them;
- a language added or removed: every group.

What is written around the signals (demo.bench, tests.bulk, migration 0008) records every
group (`changed_everything`). After `migrate`, what it left is rewritten at once
(resources.apps.rewrite_listed_rows), so that no reader's count waits for a full rewrite (about
20 s at 50,000 publications).

A whole listing (nothing selected) is counted from its rows' sums (`ListedCount`), kept as the
rows are rewritten: a group's old rows are taken away from them and its new rows added, a full
rewrite sums every row again, and a page deleted takes its rows away from them before they go
(`page_deleting`).

The counts read the rows on the primary database: a reader's count may write them.
"""

# The SQL below is put together from names in this code (tables, columns); values travel as
# parameters.
# ruff: noqa: S608

import functools

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import DEFAULT_DB_ALIAS, connection, connections, models, transaction
from django.db.models.signals import post_delete, post_save, pre_delete
from django_tasks import task
from wagtail.documents import get_document_model
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail.signals import post_page_move

from hub.i18n import one_per_translation_filter

from ..facets import AvailabilityFacet

#: PostgreSQL's advisory lock held while rows are rewritten: two readers counting after the
#: same change rewrite it once, one after the other (SQLite writes one at a time anyway).
REWRITE_LOCK = 7_240_514


class ListedKey(models.Model):
    """What a listed row and a summed count are of: a language, a listed model, a facet's field
    and one of its codes."""

    #: copies of what pages hold: deleted with them in one statement (hub.page_cache)
    shown_on_pages = False

    locale = models.ForeignKey(Locale, on_delete=models.CASCADE, related_name="+", db_index=False)
    content_type = models.ForeignKey(
        ContentType, on_delete=models.CASCADE, related_name="+", db_index=False
    )
    #: a facet's `stored_field`; "" for the page itself
    field = models.CharField(max_length=32)
    code = models.CharField(max_length=255)

    class Meta:
        abstract = True


class ListedValue(ListedKey):
    page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="+")

    class Meta:
        indexes = [
            models.Index(
                fields=["locale", "content_type", "field", "code", "page"],
                name="listed_value_by_code",
            )
        ]

    def __str__(self):
        return f"{self.locale_id} {self.page_id} {self.field}={self.code}"


class ListedCount(ListedKey):
    """How many listed rows each (language, listed model, field, code) has: a listing's counts
    with nothing selected, kept summed as the rows are rewritten (add_counts), so that the
    first view of a whole listing after a publish reads a few hundred sums rather than every
    row."""

    count = models.IntegerField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "content_type", "field", "code"], name="listed_count_key"
            )
        ]

    def __str__(self):
        return f"{self.locale_id} {self.field}={self.code}: {self.count}"


class ListedChange(models.Model):
    """A translation group (of a listed model) whose listed rows are to be rewritten before the
    next count; with no translation_key, every group."""

    shown_on_pages = False

    translation_key = models.UUIDField(null=True, blank=True)
    content_type = models.ForeignKey(
        ContentType, on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )

    def __str__(self):
        return str(self.translation_key or "*")


@functools.cache
def listing_pages():
    """{listed model: its listing page class}: the models of resources.models.listing's
    ListingPage (known by what they offer: that module imports this one)."""
    return {
        model.listing_model(): model
        for model in apps.get_models()
        if callable(getattr(model, "listing_model", None)) and hasattr(model, "listing_facets")
    }


def listed_pages(model, locale_id, public=None):
    """The pages a listing of `model` shows in the language `locale_id` (`public`: the live,
    public pages of `model`, when already at hand: public() reads the view restrictions)."""
    if public is None:
        public = model.objects.live().public()
    return one_per_translation_filter(public, locale_id)


class Listed:
    """What resources.facets.Listing reads of the listed rows of one model."""

    def __init__(self, model):
        self.model = model
        self.content_type_id = ContentType.objects.get_for_model(model).pk

    def pages(self, locale_id):
        """The pages a listing of the model shows in the language `locale_id` (listed_pages),
        as the listed rows hold them (when current): a range of their index, from which the
        database reaches each page by its key, rather than choosing each group's version
        among all the live pages again."""
        return self.model.objects.filter(
            pk__in=ListedValue.objects.filter(
                locale_id=locale_id, content_type_id=self.content_type_id, field=""
            ).values("page_id")
        )

    @staticmethod
    def refresh():
        """Whether the listed rows are current, after rewriting the few groups that changed."""
        return refresh(limit=settings.HUB_LISTED_REWRITE_IN_REQUEST)


def table(model):
    return connection.ops.quote_name(model._meta.db_table)


def listed_content_types():
    return [ct.pk for ct in ContentType.objects.get_for_models(*listed_models()).values()]


def changed_page(page):
    """Record that the group of `page` (of a listed model) shows something else."""
    ListedChange.objects.create(
        translation_key=page.translation_key, content_type_id=page.content_type_id
    )
    rewrite_on_commit()


def rewrite_on_commit():
    """Within a transaction (a publish, a withdrawal, a move), have what it recorded rewritten
    as soon as it commits, by the request that made the change rather than by the next reader's
    count. Outside one, the change may not be whole yet (a page's row is saved before its topics
    and files), and the next count rewrites it. A failure there leaves the change to that count
    (robust: the change itself is committed)."""
    if connection.in_atomic_block:
        transaction.on_commit(rewrite_committed, robust=True)


def rewrite_committed():
    refresh(limit=settings.HUB_LISTED_REWRITE_IN_REQUEST)


def changed_pages(pages):
    """Record that the groups of `pages` (a queryset of pages; those of listed models count)
    show something else: one statement, however many pages."""
    groups = (
        pages.filter(content_type_id__in=listed_content_types())
        .order_by()
        .values("translation_key", "content_type_id")
        .distinct()
    )
    sql, params = groups.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table(ListedChange)} (translation_key, content_type_id) {sql}", params
        )
        recorded = cursor.rowcount
    if recorded > settings.HUB_LISTED_REWRITE_IN_REQUEST:
        rewrite_listed_rows.enqueue()
    else:
        rewrite_on_commit()


def changed_everything():
    """Record that every group is to be rewritten, by the background worker (readers count the
    pages themselves until it is done)."""
    ListedChange.objects.create()
    rewrite_listed_rows.enqueue()


def pending(changes):
    return changes.aggregate(
        last=models.Max("pk"),
        rows=models.Count("pk"),
        everything=models.Count("pk", filter=models.Q(translation_key__isnull=True)),
    )


def refresh(using=DEFAULT_DB_ALIAS, limit=None):
    """Rewrite the listed rows of the groups that changed since the last count (one query when
    none did), and say whether the rows are now current. With a `limit` (a reader's count),
    more changes than that, or every group, are left to the background task that their record
    enqueued (rewrite_listed_rows): the rows are not current, and the reader counts the pages
    themselves meanwhile. After rewriting every group, PostgreSQL's statistics and visibility
    map are brought up to date (VACUUM ANALYZE), for the counts to read the index alone."""
    changes = ListedChange.objects.using(using)
    found = pending(changes)
    if found["last"] is None:
        return True
    if limit is not None and (found["everything"] or found["rows"] > limit):
        # Many publishes since the last count, each too small to enqueue the rewrite: the
        # first reader to find them does (once a minute at most).
        if cache.add("listed-rows-rewrite-enqueued", True, timeout=60):
            rewrite_listed_rows.enqueue()
        return False
    connection = connections[using]
    with transaction.atomic(using=using):
        with connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                cursor.execute("SELECT pg_advisory_xact_lock(%s)", [REWRITE_LOCK])
        found = pending(changes)  # what another rewrite left, once it is done
        last, everything = found["last"], bool(found["everything"])
        if last is None:
            return True
        if limit is not None and (everything or found["rows"] > limit):
            return False
        keys, types = None, None
        if not everything:
            changes = changes.filter(pk__lte=last)
            keys = changes.values("translation_key")
            types = set(changes.values_list("content_type_id", flat=True).distinct())
        locale_ids = list(Locale.objects.using(using).values_list("pk", flat=True))
        for model, listing_page in listing_pages().items():
            if types is None or ContentType.objects.get_for_model(model).pk in types:
                rewrite(connection, model, listing_page, locale_ids, keys)
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {table(ListedChange)} WHERE id <= %s", [last])
    if everything and connection.vendor == "postgresql" and not connection.in_atomic_block:
        with connection.cursor() as cursor:
            cursor.execute(f"VACUUM ANALYZE {table(ListedValue)}")
    return True


@task(backend="background")
def rewrite_listed_rows():
    """Rewrite what readers leave (many groups, or every group), in the background worker."""
    refresh()


def rewrite(connection, model, listing_page, locale_ids, keys=None):
    """Rewrite the listed rows of `model`'s pages in the groups `keys` (a queryset of
    translation keys; None: every group), in the languages `locale_ids`."""
    content_type_id = ContentType.objects.get_for_model(model).pk
    facets = {}
    for facet in listing_page.listing_facets():
        if facet.stored_field:
            facets.setdefault(facet.stored_field, facet)
    columns = ["pk", "locale_id", *{c: None for f in facets.values() for c in f.fields}]
    # Deleted in one statement: a queryset's delete() reads every row first where any model's
    # deletion has a receiver (hub's page cache has one).
    where, params = "content_type_id = %s", [content_type_id]
    if keys is not None:
        pages = Page.objects.filter(translation_key__in=keys).values("pk").query
        pages_sql, pages_params = pages.sql_with_params()
        where += f" AND page_id IN ({pages_sql})"
        params += list(pages_params)
    where_params = list(params)
    with connection.cursor() as cursor:
        if keys is None:
            cursor.execute(
                f"DELETE FROM {table(ListedCount)} WHERE content_type_id = %s", [content_type_id]
            )
        else:
            add_counts(cursor, where, params, -1)
        cursor.execute(f"DELETE FROM {table(ListedValue)} WHERE {where}", params)
    # The pages shown in each language, side by side (one statement for every language).
    names = ["listing_locale", *("id" if c == "pk" else c for c in columns)]
    parts, params = [], []
    public = model.objects.live().public()
    for locale_id in locale_ids:
        pages = listed_pages(model, locale_id, public)
        if keys is not None:
            pages = pages.filter(translation_key__in=keys)
        sql, page_params = pages.order_by().values_list(*columns).query.sql_with_params()
        parts.append(f"SELECT {int(locale_id)}, p.* FROM ({sql}) p")
        params += list(page_params)
    if not parts:
        return
    rows = [
        "SELECT c.listing_locale, '', '', c.id FROM listed c",
        AvailabilityFacet(None).stored_rows(model),
        *(facet.stored_rows(model) for facet in facets.values()),
    ]
    union = " UNION ALL ".join(f"SELECT * FROM ({row}) r{i}" for i, row in enumerate(rows))
    with connection.cursor() as cursor:
        cursor.execute(
            f"WITH listed({', '.join(names)}) AS ({' UNION ALL '.join(parts)}) "
            f"INSERT INTO {table(ListedValue)} "
            "(locale_id, field, code, page_id, content_type_id) "
            f"SELECT u.*, %s FROM ({union}) u",
            [*params, content_type_id],
        )
        add_counts(cursor, where, where_params, 1)
        cursor.execute(
            f"DELETE FROM {table(ListedCount)} WHERE content_type_id = %s AND count = 0",
            [content_type_id],
        )


def add_counts(cursor, where, params, sign):
    """Add the listed rows matching `where` to their summed counts (ListedCount), or, with
    `sign` -1, take them away."""
    counts = table(ListedCount)
    cursor.execute(
        f"INSERT INTO {counts} (locale_id, content_type_id, field, code, count) "
        f"SELECT locale_id, content_type_id, field, code, {int(sign)} * COUNT(*) "
        f"FROM {table(ListedValue)} WHERE {where} "
        "GROUP BY locale_id, content_type_id, field, code "
        "ON CONFLICT (locale_id, content_type_id, field, code) "
        f"DO UPDATE SET count = {counts}.count + excluded.count",
        params,
    )


# What records a change (connected in resources/apps.py) -------------------------------------


def listed_models():
    return set(listing_pages())


def is_listed(page):
    cls = type(page) if type(page) is not Page else page.specific_class
    return cls in listed_models()


#: What Wagtail saves of a page alone (update_fields) when a draft is saved or a page is locked:
#: nothing a listing shows.
DRAFT_FIELDS = {
    "wagtail_admin_comments",  # wagtail.models.COMMENTS_RELATION_NAME
    "latest_revision",
    "draft_title",
    "has_unpublished_changes",
    "latest_revision_created_at",
    "locked",
    "locked_at",
    "locked_by",
}


def page_saved_or_deleted(sender, instance, update_fields=None, **kwargs):
    """post_save and post_delete of a page: a listed page's group, unless only a draft was
    saved."""
    if update_fields is not None and set(update_fields) <= DRAFT_FIELDS:
        return
    if is_listed(instance):
        changed_page(instance)


def page_deleting(sender, instance, **kwargs):
    """pre_delete of a page: a listed page's rows leave its summed counts and are deleted with
    it (a deletion's cascade would take them without the counts knowing), under the rewrites'
    lock: a rewrite of its group at the same moment would take them away a second time."""
    if is_listed(instance):
        with transaction.atomic(), connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                cursor.execute("SELECT pg_advisory_xact_lock(%s)", [REWRITE_LOCK])
            add_counts(cursor, "page_id = %s", [instance.pk], -1)
            cursor.execute(f"DELETE FROM {table(ListedValue)} WHERE page_id = %s", [instance.pk])


def pages_beneath(page_id):
    """The pages at and beneath `page_id`, wherever it now is."""
    page = Page.objects.filter(pk=page_id).first()
    if page is None:
        return Page.objects.none()
    return Page.objects.descendant_of(page, inclusive=True)


def page_moved(sender, instance, **kwargs):
    """post_page_move: the pages beneath may now be public or private."""
    changed_pages(pages_beneath(instance.pk))


def restriction_changed(sender, instance, **kwargs):
    """post_save and post_delete of a page's view restriction."""
    changed_pages(pages_beneath(instance.page_id))


def topic_changed(sender, instance, **kwargs):
    """post_save and pre_delete of a topic (its slug is what listings count by)."""
    for model in listed_models():
        if any(f.name == "topics" for f in model._meta.get_fields()):
            through = model.topics.through
            column = f"{model._meta.model_name}_id"
            linked = through.objects.filter(topic_id=instance.pk).values(column)
            changed_pages(Page.objects.filter(pk__in=linked))


def document_changed(sender, instance, **kwargs):
    """post_save and pre_delete of a document (its language is what listings count by)."""
    for model in listed_models():
        if any(f.name == "files" for f in model._meta.get_fields()):
            files = model._meta.get_field("files").related_model
            linked = files.objects.filter(document_id=instance.pk).values("page_id")
            changed_pages(Page.objects.filter(pk__in=linked))


def locale_changed(sender, instance, **kwargs):
    """post_save and post_delete of a language: every group has rows to add or lose."""
    changed_everything()


def connect():
    """Connect what records a change (resources.apps). Pages: as a Page (unpublished with its
    descendants, deleted beneath another) and as each listed model; not any model, since a
    receiver of every model's deletion keeps Django from deleting rows without reading them."""
    from .taxonomy import Topic

    receivers = [
        (page_saved_or_deleted, (Page, *listed_models()), (post_save, post_delete)),
        (page_deleting, (Page, *listed_models()), (pre_delete,)),
        (restriction_changed, (PageViewRestriction,), (post_save, post_delete)),
        (locale_changed, (Locale,), (post_save, post_delete)),
        (topic_changed, (Topic,), (post_save, pre_delete)),
        (document_changed, (get_document_model(),), (post_save, pre_delete)),
    ]
    for receiver, senders, signals in receivers:
        for sender in senders:
            for number, signal in enumerate(signals):
                signal.connect(
                    receiver,
                    sender=sender,
                    dispatch_uid=f"listed-{receiver.__name__}-{sender._meta.label_lower}-{number}",
                )
    post_page_move.connect(page_moved, dispatch_uid="listed-page-move")
