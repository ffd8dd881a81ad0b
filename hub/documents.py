"""Who may download a document.

Every document goes through Wagtail's serve view (WAGTAILDOCS_SERVE_METHOD = "serve_view"; the
web server never serves MEDIA_ROOT/documents/, docs/deploy.md), which first applies the view
restrictions of the document's collection (Wagtail's own `before_serve_document` hook: the
regions' private collections are limited to the region's groups and the secretariat). Then
`may_download` adds the site's rule, because a collection says nothing about the page a file
was uploaded for:

    A document is served to whoever may see a live page that uses it (a resource's files, a
    document block, a rich-text link), and to whoever may edit the document itself.

So the report attached to a draft stays private until the page is published; a document used
only on a password-protected page is served to those who have entered the password (or
logged in, or belong to the groups) that the page asks for; an upload that no page uses yet
is seen by editors only. "Uses" is read from Wagtail's reference index, which records a live
page's published content (drafts are kept in revisions, not indexed until published).
Anyone else gets the site's 404: the answer does not tell whether such a document exists.
"""

from django.contrib.contenttypes.models import ContentType
from wagtail.documents.permissions import permission_policy
from wagtail.models import Page, ReferenceIndex


def live_pages_using(document):
    """The live pages whose published content uses `document`."""
    page_type = ContentType.objects.get_for_model(Page)
    page_ids = (
        ReferenceIndex.get_references_to(document)
        .filter(base_content_type=page_type)
        .values_list("object_id", flat=True)
    )
    return Page.objects.live().filter(pk__in=[int(pk) for pk in page_ids if pk.isdigit()])


def may_see(request, page):
    return all(restriction.accept_request(request) for restriction in page.get_view_restrictions())


def may_download(request, document):
    if permission_policy.user_has_permission_for_instance(request.user, "change", document):
        return True
    return any(may_see(request, page) for page in live_pages_using(document))
