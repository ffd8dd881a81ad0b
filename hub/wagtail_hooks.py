"""The base's admin: safeguarded bulk publishing, the dashboard's "Where you can edit", and who
may download a document."""

from django.http import Http404
from wagtail import hooks
from wagtail.admin.views.pages.bulk_actions.publish import PublishBulkAction

from .documents import may_download
from .panels import YourPagesPanel
from .safeguarding import images_lacking_consent


@hooks.register("register_bulk_action", order=100)  # after Wagtail's own, so it replaces it
class SafeguardedPublishBulkAction(PublishBulkAction):
    """Replaces Wagtail's bulk "Publish" (`wagtail.admin.views.pages.bulk_actions.publish.
    PublishBulkAction`, action type "publish" for pages): it leaves out the pages whose latest
    draft uses an image of an identifiable child without a recorded consent reference; they are
    listed as pages it cannot publish."""

    def check_perm(self, page):
        return super().check_perm(page) and not images_lacking_consent(
            page.get_latest_revision_as_object()
        )


@hooks.register("construct_homepage_panels")
def add_your_pages_panel(request, panels):
    panels.append(YourPagesPanel(request))


@hooks.register("before_serve_document", order=10)  # after the collections' restrictions
def refuse_documents_no_visible_page_uses(document, request):
    """hub.documents: a document is served to whoever may see a live page that uses it, or
    may edit it; to anyone else it does not exist."""
    if not may_download(request, document):
        raise Http404
