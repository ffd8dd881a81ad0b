"""The values of the listed pages' multi-valued fields (countries, audiences, approaches, who a
programme serves), one row per page and value, so that the database can filter and count by
them through an index on PostgreSQL and SQLite alike.

The fields themselves stay what editors, the API and translation synchronisation see (",a,b,"
in one column, resources.fields); these rows are a copy, rewritten whenever a page's row is
saved with those fields (an edit published, a revision published, a translation made or
synchronised) and written alongside the rows by the bulk generators (demo.bench, tests.bulk).
Migration 0005 fills them for the pages that existed before."""

from django.db import models

#: {model label: multi-valued fields copied here}, filled by register()
FIELDS = {}


class FacetValue(models.Model):
    #: a copy of what its page holds: deleted with the page in one statement (hub.page_cache)
    shown_on_pages = False

    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", db_index=False
    )
    field = models.CharField(max_length=32)
    code = models.CharField(max_length=32)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["page", "field", "code"], name="facet_value_unique")
        ]
        indexes = [models.Index(fields=["field", "code", "page"], name="facet_value_by_code")]

    def __str__(self):
        return f"{self.page_id} {self.field}={self.code}"


def register(model, *fields):
    FIELDS[model._meta.label_lower] = fields


def split(value):
    if not value:
        return []
    if isinstance(value, str):
        return [v for v in value.split(",") if v]
    return [str(v) for v in value]


def rows_for(page, fields=None):
    fields = fields or FIELDS.get(type(page)._meta.label_lower, ())
    return [
        FacetValue(page_id=page.pk, field=name, code=code)
        for name in fields
        for code in sorted(set(split(getattr(page, name))))
    ]


def bulk_write(pages):
    """Write the facet rows of `pages` (saved, of registered models), replacing any."""
    pages = [p for p in pages if type(p)._meta.label_lower in FIELDS]
    if not pages:
        return
    FacetValue.objects.filter(page_id__in=[p.pk for p in pages]).delete()
    FacetValue.objects.bulk_create([row for p in pages for row in rows_for(p)], batch_size=500)


def sync_on_save(sender, instance, raw=False, update_fields=None, **kwargs):
    """post_save: rewrite the page's rows when its multi-valued fields may have changed (a
    draft saved with `update_fields` that leave them alone changes nothing readers see)."""
    if raw:
        return
    fields = FIELDS.get(sender._meta.label_lower, ())
    if update_fields is not None and not set(update_fields) & set(fields):
        return
    rows = rows_for(instance, fields)
    have = set(FacetValue.objects.filter(page_id=instance.pk).values_list("field", "code"))
    if have == {(r.field, r.code) for r in rows}:
        return
    FacetValue.objects.filter(page_id=instance.pk).delete()
    FacetValue.objects.bulk_create(rows)
