from django.core.paginator import Paginator


def paginate(request, items, per_page):
    """The page of `items` the reader asked for with ?page=. A page number that is not a
    number, or below 1, gives the first page; one past the end gives the last."""
    paginator = Paginator(items, per_page)
    try:
        number = int(request.GET.get("page", "1"))
    except (TypeError, ValueError):
        number = 1
    number = min(max(number, 1), paginator.num_pages)
    page = paginator.page(number)
    # Numbered links around the current page: 1 … 4 5 [6] 7 8 … 20
    page.page_range = list(paginator.get_elided_page_range(number, on_each_side=2, on_ends=1))
    return page
