"""Procedures several test files share."""

from django.db import connection
from django.test.utils import CaptureQueriesContext


def assert_listing_costs_the_same(client, url, add):
    """A listing answers with the same number of queries with 3 and with 30 items.

    `add(count, start)` creates `count` listed pages numbered from `start`. The first request
    warms the cache (site addresses, navigation), as on a running site."""

    def queries():
        with CaptureQueriesContext(connection) as context:
            response = client.get(url)
        assert response.status_code == 200
        return len(context.captured_queries), response

    client.get(url)
    add(3, 0)
    few, response = queries()
    assert len(response.context["items"]) == 3
    add(27, 3)
    many, response = queries()
    assert len(response.context["items"]) == 20
    assert response.context["items"].paginator.count == 30
    assert many == few
