"""When `load_demo` may write, so that `make run` (which runs it on every start) never undoes
anyone's work.

The rule: load_demo writes to two kinds of site only.

- An empty site: no page but Wagtail's root and the home pages `setup_site` makes, none of
  them ever edited, and no region or topic translated. The demo is loaded, and every object it
  makes is recorded in the ledger (`demo.models.DemoObject`).
- The demo as it left it: every object in the ledger still exists; every page in it is live,
  and its latest revision is the one the demo saved; there is no other page (but home pages
  never edited) and no other translated region or topic. The demo then completes itself:
  it makes what it does not have yet (the translations after `--english-only`, a page or a
  PO file added to demo/data since) and leaves what it has exactly as it is, found in the
  ledger by its id.

Any other site is left alone, entirely, and load_demo says why: a demo page edited (renamed
included), unpublished or deleted, a document or translation of the demo deleted, or a page
or a translation the demo did not make. So a deleted page is never made again, a renamed or
moved one never made twice, an edited one never overwritten, and a site with its own
content gets no demo at all.

The demo logins are recorded in the ledger too but are not part of the rule: each is made
once, on a site where the demo is being loaded or completed, and never made again once
deleted (a login someone removed, with a public password, stays removed).
"""

from collections import defaultdict

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from wagtail.models import Locale, Page

from resources.models import Region, Topic

from .models import DemoObject

# Snippets the demo translates, by the name their PO files are filed under.
SNIPPETS = {"region": Region, "topic": Topic}
USER = "user:"


class Ledger:
    """The demo's objects, by their key."""

    def __init__(self):
        self.entries = {e.key: e for e in DemoObject.objects.select_related("content_type")}

    def __contains__(self, key):
        return key in self.entries

    def get(self, key):
        """The object recorded under `key` (of its specific type), or None."""
        entry = self.entries.get(key)
        if entry is None:
            return None
        model = entry.content_type.model_class()
        return model._default_manager.filter(pk=entry.object_id).first()

    def record(self, key, obj):
        entry, _created = DemoObject.objects.update_or_create(
            key=key,
            defaults={
                "content_type": ContentType.objects.get_for_model(obj),
                "object_id": obj.pk,
                "revision_id": getattr(obj, "latest_revision_id", None),
            },
        )
        self.entries[key] = entry

    def changes(self, limit=10):
        """Why load_demo must leave this site alone: what others have done to it, as
        sentences (at most `limit` of each kind); none on an empty site or on the demo as it
        left it."""
        changes = []
        recorded = defaultdict(dict)  # model (Page for every page type) -> {id: entry}
        for entry in self.entries.values():
            if entry.key.startswith(USER):
                continue
            model = entry.content_type.model_class()
            if model is None:  # its model is gone with its app
                continue
            recorded[Page if issubclass(model, Page) else model][entry.object_id] = entry

        for model, entries in recorded.items():
            if model is Page:
                found = Page.objects.filter(pk__in=entries).only("title", "latest_revision", "live")
            else:
                found = model._default_manager.filter(pk__in=entries)
            found = {obj.pk: obj for obj in found}
            for pk, entry in entries.items():
                obj = found.get(pk)
                if obj is None:
                    changes.append(f"{entry.key} was deleted")
                elif model is Page and obj.latest_revision_id != entry.revision_id:
                    changes.append(f"{obj.title!r} ({entry.key}) was edited")
                elif model is Page and not obj.live:
                    changes.append(f"{obj.title!r} ({entry.key}) was unpublished")

        others = (
            Page.objects.filter(depth__gt=1)
            .filter(Q(depth__gt=2) | Q(latest_revision__isnull=False))
            .exclude(pk__in=recorded[Page])
            .order_by("path")[:limit]
        )
        changes += [
            f"the home page {page.url_path} was edited"
            if page.depth == 2
            else f"the page {page.url_path} was not made by the demo"
            for page in others
        ]
        default = Locale.get_default()
        for name, model in SNIPPETS.items():
            translated = (
                model.objects.exclude(locale=default)
                .exclude(pk__in=recorded[model])
                .select_related("locale")
                .order_by("pk")[:limit]
            )
            changes += [
                f"the {name} {obj} [{obj.locale.language_code}] was not translated by the demo"
                for obj in translated
            ]
        return changes
