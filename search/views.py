from django.template.response import TemplateResponse
from wagtail.models import Locale, Page

from hub.pagination import paginate

MAX_QUERY_LENGTH = 200
RESULTS_PER_PAGE = 10


def search(request):
    """Site search in the reader's language: live, public pages of the active locale only."""
    query = request.GET.get("q", "").replace("\x00", "").strip()[:MAX_QUERY_LENGTH]

    if query:
        pages = (
            Page.objects.live()
            .public()
            .filter(locale=Locale.get_active())
            .exclude(depth__lte=1)
            .search(query)
        )
    else:
        pages = Page.objects.none()

    results = paginate(request, pages, RESULTS_PER_PAGE)

    return TemplateResponse(
        request,
        "search/search.html",
        {"search_query": query, "search_results": results, "paginator": results.paginator},
    )
