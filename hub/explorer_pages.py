"""The page explorer reads its page of rows first, then annotates only those.

Wagtail's page explorer (`wagtail.admin.views.pages.listing.ExplorableIndexView`) annotates
its queryset (is a language missing? is a publication scheduled? is it a site's root?), and so
do this project's `construct_explorer_page_queryset` hooks (hub/permissions.py,
translations/localize/explorer_buttons.py, translations/outdated.py): correlated subqueries,
one each per row. The paginator then takes a slice, LIMIT 50 OFFSET n, and the database works
out those subqueries for every row it skips as well: at 50,000 pages in the library, its last
page cost 250,000 subqueries and seconds.

`read_page_first`, the last `construct_explorer_page_queryset` hook, gives the queryset a class
whose slice is read in two steps: the ids of the slice, without the annotations (in the same
order, with the same filters), then the annotated rows of those ids only, put back in that order.
Nothing else changes: the count, an unsliced read, an ordering by an annotation (read as
before) and every other listing of Wagtail.
"""

from django.db.models import QuerySet


class SliceFirstMixin:
    """For a sliced queryset with annotations none of its ordering needs: the slice's ids
    first, then the annotated rows of those ids."""

    def _fetch_all(self):
        if self._result_cache is None and self._reads_slice_first():
            ids = list(self.values_list("pk", flat=True))
            rows = self._chain()
            rows.query.clear_limits()
            rows = rows.filter(pk__in=ids)
            position = {pk: n for n, pk in enumerate(ids)}
            self._result_cache = sorted(rows, key=lambda row: position[row.pk])
            self._prefetch_done = True
        super()._fetch_all()

    def _reads_slice_first(self):
        query = self.query
        if not query.is_sliced or not query.annotations or self._fields is not None:
            return False
        ordering = [str(field).lstrip("-") for field in query.order_by]
        return not any(name in query.annotations for name in ordering)


_classes = {}


def slice_first_class(queryset_class):
    if queryset_class not in _classes:
        _classes[queryset_class] = type(
            f"SliceFirst{queryset_class.__name__}", (SliceFirstMixin, queryset_class), {}
        )
    return _classes[queryset_class]


def read_page_first(parent_page, pages, request):
    """`construct_explorer_page_queryset`, registered last: see the module's docstring."""
    if not isinstance(pages, QuerySet) or isinstance(pages, SliceFirstMixin):
        return pages
    pages = pages._chain()
    pages.__class__ = slice_first_class(pages.__class__)
    return pages
