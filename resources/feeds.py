"""RSS and Atom feeds of the library, honouring the same filters as the listing, so that a
reader can follow a search ("new reports on girls in the DRC").

Like the listing, a feed holds every item once, in the reader's language where it exists in
it; an item in another language says so in its title ("… (In English)") and, in Atom, in its
entry's xml:lang."""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import get_language

FEED_LENGTH = 30


class LanguageAtomFeed(Atom1Feed):
    """Atom, with the language of each entry that is not in the feed's language."""

    def write_items(self, handler):
        for item in self.items:
            language = item.get("entry_language")
            handler.startElement("entry", {"xml:lang": language} if language else {})
            self.add_item_elements(handler, item)
            handler.endElement("entry")


class LibraryFeed(Feed):
    feed_types = {"rss": Rss201rev2Feed, "atom": LanguageAtomFeed}

    def __init__(self, index_page, listing, kind):
        super().__init__()
        self.index_page = index_page
        self.listing = listing
        self.kind = kind
        self.feed_type = self.feed_types[kind]
        self.language = get_language()

    def get_object(self, request, *args, **kwargs):
        return self.index_page

    def title(self, page):
        filters = ", ".join(
            f"{label}: {value}" for label, value, _url in self.listing.active_filters()
        )
        return f"{page.title} — {filters}" if filters else page.title

    def link(self, page):
        query = self.listing.request.GET.urlencode()
        return page.get_full_url(self.listing.request) + (f"?{query}" if query else "")

    def feed_url(self, page):
        """The feed's own address (rel="self"), with its filters: what a reader subscribes to."""
        request = self.listing.request
        query = request.GET.urlencode()
        url = page.get_full_url(request) + page.reverse_subpage("feed", args=[self.kind])
        return url + (f"?{query}" if query else "")

    def description(self, page):
        return page.introduction or page.title

    def items(self, page):
        """The newest FEED_LENGTH results of the listing, whatever its sort (two queries)."""
        return self.listing.objects(self.listing.latest(FEED_LENGTH))

    def item_title(self, item):
        if item.other_language:
            return f"{item.title} ({item.other_language['label']})"
        return item.title

    def item_extra_kwargs(self, item):
        return {"entry_language": item.other_language["code"] if item.other_language else None}

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.get_full_url(self.listing.request)

    def item_guid(self, item):
        return item.get_full_url(self.listing.request)

    def item_pubdate(self, item):
        return timezone.make_aware(
            datetime.datetime.combine(item.publication_date, datetime.time())
        )

    def item_categories(self, item):
        return [item.get_resource_type_display()]
