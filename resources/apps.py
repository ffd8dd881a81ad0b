from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _

from hub.cache import bump

SEED_MIGRATION = "0002_seed_regions_and_topics"


def index_seeded_taxonomy(sender, using, plan=None, **kwargs):
    """Add the regions and topics seeded by migration 0002 to the search index.

    A data migration works with historical models, which the search index does not see, so
    without this the admin could not find the seeded terms (snippet listing and chooser search).
    """
    seeded = any(
        migration.app_label == "resources" and migration.name == SEED_MIGRATION and not backwards
        for migration, backwards in plan or []
    )
    if not seeded:
        return
    from wagtail.search.index import insert_or_update_object

    from .models import Region, Topic

    for model in (Region, Topic):
        for term in model.objects.using(using):
            insert_or_update_object(term)


def rewrite_listed_rows(sender, using, **kwargs):
    """After migrating: the listed rows that a migration left to rewrite (0008, filling them for
    the pages that exist) are rewritten now, as part of the deploy, rather than by the first
    reader's count (at 50,000 publications, about 20 s)."""
    from .models import listed_values

    try:
        kwargs["apps"].get_model("resources", "ListedChange")
    except LookupError:
        return  # migrated back to before the listed rows
    listed_values.refresh(using)


class ResourcesConfig(AppConfig):
    """The domain: taxonomy, the library, programmes, guidance and networks, and the
    regional networks' workflow (roles, onboarding, regional review)."""

    name = "resources"
    verbose_name = _("Resources")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.models import TaskState
        from wagtail.signals import task_submitted

        from .models import NationalCoalitionPage, Region, RegionalNetworkPage, Topic
        from .notifications import PublisherApprovalSubmissionNotifier
        from .roles import extend_network_roles

        post_migrate.connect(index_seeded_taxonomy, sender=self)
        post_migrate.connect(rewrite_listed_rows, sender=self)

        # The multi-valued fields' rows the listings filter and count by (facet_values).
        from django.apps import apps

        from .models import facet_values

        for label in facet_values.FIELDS:
            post_save.connect(
                facet_values.sync_on_save,
                sender=apps.get_model(label),
                dispatch_uid=f"facet-values-{label}",
            )

        # The listed rows the listings count by: what changes them is recorded
        # (listed_values.connect).
        from .models import listed_values

        listed_values.connect()

        for model in (Region, Topic):
            post_save.connect(forget_taxonomy, sender=model, dispatch_uid=f"taxonomy-save-{model}")
            post_delete.connect(forget_taxonomy, sender=model, dispatch_uid=f"taxonomy-del-{model}")

        # A new regional network gets its roles; a new translation of a network page gets
        # the grants of its other translations (resources.roles).
        for model in (RegionalNetworkPage, NationalCoalitionPage):
            post_save.connect(extend_network_roles, sender=model, dispatch_uid=f"roles-{model}")

        # "Regional review" emails whoever may approve (resources.notifications).
        task_submitted.connect(
            PublisherApprovalSubmissionNotifier(),
            sender=TaskState,
            dispatch_uid="hub-publisher-approval-submitted",
            weak=False,
        )


def forget_taxonomy(**kwargs):
    """post_save and post_delete of a region or a topic: their names and countries, which the
    listings and profiles keep in the cache, are read again. A function of the module: the
    signals hold their receivers weakly, and a function defined inside ready() was collected
    as soon as ready() returned, so an edited region went on showing its old countries."""
    bump("taxonomy")
