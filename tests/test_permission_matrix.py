"""Who may do what on the regional networks' pages and media, in every language.

For every role, on the network page and the national coalition page of each of the four regions
in each of the five languages: edit, add a child page, publish, unpublish, delete, move, see the
history, translate in wagtail-localize's editor; and choosing each region's images and documents.
What each role may do is written out in EXPECTED below, not derived from the code under test.

Then every other route that changes a translated page (nothing reaches readers in a language
without someone entitled to publish there): wagtail-localize's "Convert to alias page", "Stop" and
"Start Synced translation", "Sync translated pages" with "Publish immediately", the update of one
language from its source; Wagtail's revert to a revision, copy, bulk unpublish and bulk delete.
Each needs one of the rights above, written out in NEEDS: making a page live needs "publish",
writing a draft needs "edit".

Every cell is checked in two ways:
- the decision, as the admin's views take it (the page's permission tester, Wagtail's image
  and document permission policies): every role × region × page × language × action;
- the admin itself, through the test client: an allowed action answers 200 (publish: the page
  is published anew), a denied one 403 or Wagtail's redirect to the admin's home, never 200,
  never 500. Every cell with HUB_FULL_PERMISSION_MATRIX=1 (some 4,300 requests, about two and
  a half minutes on a loaded two-core machine); by default a sample that keeps the file under
  a minute: each role asks about one page of each region in one language (asked_over_http),
  chosen in turn so that across the roles every page is asked about in every language, and
  about every region's image and document.

The translations are made through wagtail-localize after the roles exist (hub.setup.setup_site),
so the grants they carry come from the automatic extension alone
(resources.roles.extend_network_roles).
"""

import os
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.db import transaction
from django.test import TestCase
from django.urls import reverse
from wagtail.documents.permissions import permission_policy as document_policy
from wagtail.images.permissions import permission_policy as image_policy
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, GroupPagePermission, Locale, Page
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail_localize.models import StringSegment, Translation, TranslationSource

from home.models import HomePage
from hub.models import HubDocument, HubImage
from hub.setup import setup_site
from resources.coalitions import onboard_coalition
from resources.models import NationalCoalitionPage, NetworkIndexPage, Region, RegionalNetworkPage

from .helpers import LANGUAGE_CODES

FULL_MATRIX_OVER_HTTP = os.environ.get("HUB_FULL_PERMISSION_MATRIX") == "1"

LANGUAGES = tuple(LANGUAGE_CODES)
REGIONS = ("Africa", "Latin America", "Middle East", "Southeast Asia")
REGION_SLUGS = {
    "Africa": "africa",
    "Latin America": "latin-america",
    "Middle East": "middle-east",
    "Southeast Asia": "southeast-asia",
}
# The live national coalition page under each region's network page.
COALITIONS = {"Africa": "UG", "Latin America": "CO", "Middle East": "LB", "Southeast Asia": "PH"}
# A coalition onboarded with resources.coalitions.onboard_coalition: its page is a draft.
ONBOARDED_REGION, ONBOARDED_COUNTRY = "Africa", "SL"
ONBOARDED_GROUP = "Sierra Leone coalition editors"

RIGHTS = ("edit", "add child", "publish", "unpublish", "delete", "move", "history", "translate")
# The other routes, and the right each needs. Those marked in TRANSLATION_ROUTES act on a
# language's copy and are asked of translated pages only (not the English source).
NEEDS = {
    "convert to alias": "publish",
    "stop synced": "publish",
    "start synced": "publish",
    "sync and publish": "publish",  # published by the sync, rather than left a draft
    "update from source": "edit",  # a draft for review
    "revert": "edit",
    "copy": "edit",
    "bulk unpublish": "unpublish",
    "bulk delete": "delete",
}
TRANSLATION_ROUTES = {
    "translate",
    "convert to alias",
    "stop synced",
    "start synced",
    "sync and publish",
    "update from source",
}
ACTIONS = RIGHTS + tuple(NEEDS)
EVERYTHING = frozenset(RIGHTS)
WRITING = frozenset({"edit", "add child", "history", "translate"})
NOTHING = frozenset()


def allows(rights, action):
    """Whether `rights` (a set of RIGHTS) allow `action`."""
    return NEEDS.get(action, action) in rights


@dataclass(frozen=True)
class Rights:
    """What a role may do in one region."""

    network: frozenset  # on the region's network page
    coalition: frozenset  # on the page of a national coalition under it
    media: bool  # choose the images and documents of the region's collection
    languages: tuple = LANGUAGES  # the page actions hold in these languages, none in others


PUBLISHER = Rights(network=EVERYTHING, coalition=EVERYTHING, media=True)
EDITOR = Rights(network=WRITING, coalition=WRITING, media=True)
# A moderator may not delete or move their region's network page (hub.permissions: that needs
# a grant above the page), but may delete or move a coalition's page under it.
MODERATOR = Rights(
    network=WRITING | {"publish", "unpublish"},
    coalition=WRITING | {"publish", "unpublish", "delete", "move"},
    media=True,
)
NO_RIGHTS = Rights(network=NOTHING, coalition=NOTHING, media=False)
# Translators and reviewers of French hold their grants on the French home page: the whole
# French tree and nothing else; both may choose any image or document.
FR_EDITOR = Rights(network=WRITING, coalition=WRITING, media=True, languages=("fr",))
# A reviewer publishes anywhere in the French tree, so may also move a network page (the grant
# on the home page is above it); deleting it is refused because it has children and reviewers
# lack "bulk delete".
FR_PUBLISHER = Rights(
    network=WRITING | {"publish", "unpublish", "move"},
    coalition=EVERYTHING,
    media=True,
    languages=("fr",),
)

# fmt: off
EXPECTED = {
    # role                               Africa        Latin America Middle East   Southeast Asia
    "Secretariat publishers":            (PUBLISHER,    PUBLISHER,    PUBLISHER,    PUBLISHER),
    "Secretariat editors":               (EDITOR,       EDITOR,       EDITOR,       EDITOR),
    "Africa network editors":            (EDITOR,       NO_RIGHTS,    NO_RIGHTS,    NO_RIGHTS),
    "Africa network moderators":         (MODERATOR,    NO_RIGHTS,    NO_RIGHTS,    NO_RIGHTS),
    "Latin America network editors":     (NO_RIGHTS,    EDITOR,       NO_RIGHTS,    NO_RIGHTS),
    "Latin America network moderators":  (NO_RIGHTS,    MODERATOR,    NO_RIGHTS,    NO_RIGHTS),
    "Middle East network editors":       (NO_RIGHTS,    NO_RIGHTS,    EDITOR,       NO_RIGHTS),
    "Middle East network moderators":    (NO_RIGHTS,    NO_RIGHTS,    MODERATOR,    NO_RIGHTS),
    "Southeast Asia network editors":    (NO_RIGHTS,    NO_RIGHTS,    NO_RIGHTS,    EDITOR),
    "Southeast Asia network moderators": (NO_RIGHTS,    NO_RIGHTS,    NO_RIGHTS,    MODERATOR),
    ONBOARDED_GROUP:                     (NO_RIGHTS,    NO_RIGHTS,    NO_RIGHTS,    NO_RIGHTS),
    "Translators: Français":             (FR_EDITOR,    FR_EDITOR,    FR_EDITOR,    FR_EDITOR),
    "Reviewers: Français":               (FR_PUBLISHER, FR_PUBLISHER, FR_PUBLISHER, FR_PUBLISHER),
}
# fmt: on
# On the onboarded coalition's own page (a draft, in every language) only its editors may do
# anything; it is checked for them alone.
EXPECTED_ON_ONBOARDED_PAGE = {ONBOARDED_GROUP: WRITING}


KINDS = ("network", "coalition")
DONE, REFUSED, OTHER = "done", "refused", "neither done nor refused"


def asked_over_http(role, region):
    """The pages of `region`, as (kind, language), about which `role` asks the admin.

    All of them with HUB_FULL_PERMISSION_MATRIX=1. Otherwise one: its language rotates with
    the role and the region over the five languages (over English and its own for a role
    limited to one language), its kind every turn of the languages. Across the roles, each
    region's two pages are asked about in every language, every action both where it is
    allowed and where it is denied (test_the_http_sample_covers_every_page_and_action)."""
    if FULL_MATRIX_OVER_HTTP:
        return {(kind, language) for kind in KINDS for language in LANGUAGES}
    rights = EXPECTED[role][REGIONS.index(region)]
    candidates = LANGUAGES if rights.languages == LANGUAGES else ("en", *rights.languages)
    turn = list(EXPECTED).index(role) + REGIONS.index(region)
    kind = KINDS[turn // len(candidates) % len(KINDS)]
    return {(kind, candidates[turn % len(candidates)])}


def asks_routes(role, region):
    """Whether `role` asks the admin about the routes of NEEDS on its page of `region`: always
    with HUB_FULL_PERMISSION_MATRIX=1, otherwise in one region per role, in turn (they are
    many; test_the_http_sample_covers_every_page_and_action checks that every route is still
    asked where it is allowed and where it is denied)."""
    if FULL_MATRIX_OVER_HTTP:
        return True
    return (list(EXPECTED).index(role) + REGIONS.index(region)) % len(REGIONS) == 0


def make_image(title, collection):
    return HubImage.objects.create(
        title=title, description=f"{title}.", file=get_test_image_file(), collection=collection
    )


def make_document(title, collection):
    return HubDocument.objects.create(
        title=title, file=ContentFile(b"%PDF-1.4 test", name="report.pdf"), collection=collection
    )


def translate(page, code):
    """A synced translation in wagtail-localize; published (on commit) if the source is live."""
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation = Translation.objects.create(
        source=source, target_locale=Locale.objects.get(language_code=code)
    )
    translation.save_target(publish=page.live)
    return translation


class PermissionMatrixData(TestCase):
    """The four regions' pages in five languages, their media, and one user per role."""

    @classmethod
    def setUpTestData(cls):
        # The reference index ("usage" counts) plays no part here: not filling it saves time.
        with disable_reference_index_auto_update():
            cls.build()

    @classmethod
    def build(cls):
        english_home = HomePage.objects.get(locale__language_code="en")
        index = NetworkIndexPage(title="Networks", slug="networks")
        english_home.add_child(instance=index)
        index.save_revision().publish()
        sources = [(None, "index", index)]
        for name in REGIONS:
            network = RegionalNetworkPage(
                title=f"{name} network",
                slug=REGION_SLUGS[name],
                region=Region.objects.get(slug=REGION_SLUGS[name], locale__language_code="en"),
                summary=f"The coalitions of {name}.",
            )
            index.add_child(instance=network)
            network.save_revision().publish()
            coalition = NationalCoalitionPage(
                title=f"{name} coalition ({COALITIONS[name]})",
                slug=COALITIONS[name].lower(),
                country=COALITIONS[name],
                summary="The organisations of one country.",
            )
            network.add_child(instance=coalition)
            coalition.save_revision().publish()
            sources += [(name, "network", network), (name, "coalition", coalition)]

        setup_site()
        cls.grants_before_translating = set(
            GroupPagePermission.objects.filter(group__name__endswith=" network editors")
            .values_list("group__name", "page_id")
            .distinct()
        )
        onboarding = onboard_coalition(
            REGION_SLUGS[ONBOARDED_REGION], ONBOARDED_COUNTRY, "Sierra Leone coalition"
        )
        sources.append((ONBOARDED_REGION, "onboarded", onboarding.page))

        # Parents first, as a translator would; wagtail-localize publishes when the
        # transaction commits, which inside a TestCase these callbacks stand for.
        cls.pages = {}  # (region, kind, language) -> page id
        cls.translations = {}  # (region, kind, language) -> (translation id, string segment id)
        for name, kind, page in sources:
            cls.pages[name, kind, "en"] = page.pk
            for code in LANGUAGES[1:]:
                with cls.captureOnCommitCallbacks(execute=True):
                    translation = translate(page, code)
                segment = StringSegment.objects.filter(source=translation.source).first()
                copy = page.get_translation(translation.target_locale)
                cls.pages[name, kind, code] = copy.pk
                cls.translations[name, kind, code] = (translation.pk, segment.pk)

        cls.media = {}  # region -> (image id, document id), in the collection setup_site made
        for name in REGIONS:
            collection = Collection.objects.get(name=name, depth=2)
            image = make_image(f"Photo of the {name} network", collection)
            document = make_document(f"Report of the {name} network", collection)
            cls.media[name] = (image.pk, document.pk)

        cls.users = {}
        for number, group_name in enumerate(EXPECTED):
            user = get_user_model().objects.create_user(f"role{number}")
            user.groups.add(Group.objects.get(name=group_name))
            cls.users[group_name] = user


class TestPermissionMatrix(PermissionMatrixData):
    """One test per role, so that pytest-xdist can spread them."""

    def check_role(self, role):
        user = self.users[role]
        self.client.force_login(user)
        pages = {page.pk: page for page in Page.objects.filter(pk__in=self.pages.values())}
        self.mismatches = []
        for name, rights in zip(REGIONS, EXPECTED[role], strict=True):
            asked = asked_over_http(role, name)
            for kind in KINDS:
                allowed = getattr(rights, kind)
                for language in LANGUAGES:
                    page = pages[self.pages[name, kind, language]]
                    expected = allowed if language in rights.languages else NOTHING
                    cell = f"{name} {kind} page “{page.title}” | {language}"
                    over_http = self.asked_actions(role, name) if (kind, language) in asked else ()
                    self.check_page(user, cell, name, kind, language, page, expected, over_http)
            self.check_media(user, name, rights.media)
        if role in EXPECTED_ON_ONBOARDED_PAGE:
            for language in LANGUAGES:
                page = pages[self.pages[ONBOARDED_REGION, "onboarded", language]]
                cell = f"onboarded coalition page “{page.title}” (draft) | {language}"
                in_asked_language = any(  # the language its region's pages are asked in
                    language == asked_language
                    for _kind, asked_language in asked_over_http(role, ONBOARDED_REGION)
                )
                over_http = self.asked_actions(role, ONBOARDED_REGION) if in_asked_language else ()
                expected = EXPECTED_ON_ONBOARDED_PAGE[role]
                self.check_page(
                    user, cell, ONBOARDED_REGION, "onboarded", language, page, expected, over_http
                )
        assert not self.mismatches, (
            f"{role}: {len(self.mismatches)} cells differ from EXPECTED:\n"
            + "\n".join(self.mismatches)
        )

    @staticmethod
    def asked_actions(role, region):
        """The actions asked of the admin on a page asked about (asked_over_http)."""
        return ACTIONS if asks_routes(role, region) else RIGHTS

    def check_page(self, user, cell, region, kind, language, page, allowed, over_http):
        """`over_http`: the actions to ask the admin about, besides deciding them all."""
        perms = page.permissions_for_user(user)
        may_edit, may_publish = perms.can_edit(), perms.can_publish()
        decisions = {  # as the admin's views decide
            "edit": may_edit,
            "add child": perms.can_add_subpage(),
            "publish": may_publish,
            "unpublish": perms.can_unpublish(),
            "delete": perms.can_delete(),
            "move": perms.can_move(),
            "history": may_edit or may_publish,  # PageHistoryView
            "translate": may_edit,  # wagtail-localize's user_can_edit_instance
            # translations.rights, for every route writing a language's copy
            "convert to alias": may_publish,
            "stop synced": may_publish,
            "start synced": may_publish,
            "sync and publish": may_publish,
            "update from source": may_edit,
            "revert": may_edit,  # Wagtail's editor: publishing from it needs may_publish
            "copy": perms.can_copy(),
            "bulk unpublish": perms.can_unpublish(),
            "bulk delete": perms.can_delete(),
        }
        for action in ACTIONS:
            if action in TRANSLATION_ROUTES and language == "en":
                continue  # English is the source: it has no translation to act on
            expected = allows(allowed, action)
            if decisions[action] != expected:
                decision = "allow" if decisions[action] else "deny"
                self.mismatch(cell, action, expected, f"{decision} from the permission tester")
            if action in over_http:
                status, verdict = self.ask_admin(action, page, (region, kind, language))
                if verdict != (DONE if expected else REFUSED):
                    self.mismatch(cell, action, expected, f"HTTP {status} ({verdict})")

    def check_media(self, user, region, expected):
        image_id, document_id = self.media[region]
        for action, policy, item, namespace in (
            ("choose image", image_policy, HubImage.objects.get(pk=image_id), "wagtailimages"),
            (
                "choose document",
                document_policy,
                HubDocument.objects.get(pk=document_id),
                "wagtaildocs",
            ),
        ):
            cell = f"{region} media “{item.title}”"
            if policy.user_has_permission_for_instance(user, "choose", item) != expected:
                self.mismatch(cell, action, expected, "the opposite from the permission policy")
            # The chooser modal asks with XMLHttpRequest: a refusal is a 403, not a redirect.
            response = self.client.get(
                reverse(f"{namespace}_chooser:chosen", args=[item.pk]),
                headers={"x-requested-with": "XMLHttpRequest"},
            )
            verdict = {200: DONE, 403: REFUSED}.get(response.status_code, OTHER)
            if verdict != (DONE if expected else REFUSED):
                self.mismatch(cell, action, expected, f"HTTP {response.status_code} ({verdict})")

    def mismatch(self, cell, action, expected, got):
        self.mismatches.append(
            f"  {cell} | {action}: expected {'allow' if expected else 'deny'}, got {got}"
        )

    def ask_admin(self, action, page, key):
        """Ask the admin to do `action` on `page`: (status, DONE | REFUSED | OTHER)."""
        if action == "publish":
            return self.publish(page)
        if action in NEEDS:
            return self.ask_route(action, page, key)
        if action == "translate":  # what the editor sends when a string is saved
            url = reverse("wagtail_localize:edit_string_translation", args=self.translations[key])
            response = self.client.put(
                url, "value=Traduit", content_type="application/x-www-form-urlencoded"
            )
            verdict = {200: DONE, 201: DONE, 403: REFUSED}.get(response.status_code, OTHER)
            return response.status_code, verdict
        url_name = {
            "edit": "wagtailadmin_pages:edit",
            # Where "Add child page" leads: the page types the user may add there. (The form
            # of one type, wagtailadmin_pages:add, decides the same but takes 0.3 s to render:
            # test_the_add_form_decides_as_the_add_child_page_button checks it.)
            "add child": "wagtailadmin_pages:add_subpage",
            "unpublish": "wagtailadmin_pages:unpublish",
            "delete": "wagtailadmin_pages:delete",
            "move": "wagtailadmin_pages:move",
            "history": "wagtailadmin_pages:history",
        }[action]
        response = self.client.get(reverse(url_name, args=[page.pk]))
        self.forget_messages()
        return response.status_code, self.verdict(response)

    def publish(self, page):
        """The explorer's bulk "Publish". It republishes the latest revision, so a page
        published anew (`last_published_at` moves) shows it was done, an unchanged one that
        it was refused; either way the answer is a redirect to `next`."""

        def state():
            return Page.objects.filter(pk=page.pk).values_list(
                "live", "live_revision_id", "last_published_at"
            )[0]

        before = state()
        url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"])
        response = self.client.post(f"{url}?id={page.pk}&next=/admin/", {})
        self.forget_messages()
        if response.status_code == 302 and response["Location"] == "/admin/":
            return 302, DONE if state() != before else REFUSED
        return response.status_code, self.verdict(response)

    def ask_route(self, action, page, key):
        """The routes of NEEDS. Those that change something are done, observed, then undone
        (a savepoint rolled back), so that every later cell sees the same pages."""
        translation_id = self.translations.get(key, (None, None))[0]
        away = reverse("wagtailadmin_explore_root")  # `next`: not the admin's home (refusals)
        if action in ("convert to alias", "revert", "copy"):  # their confirmation or form
            url = {
                "convert to alias": reverse("wagtail_localize:convert_to_alias", args=[page.pk]),
                "revert": reverse(
                    "wagtailadmin_pages:revisions_revert", args=[page.pk, page.latest_revision_id]
                ),
                "copy": reverse("wagtailadmin_pages:copy", args=[page.pk]),
            }[action]
            response = self.client.get(url)
            self.forget_messages()
            return response.status_code, self.verdict(response)

        def enabled():
            return Translation.objects.filter(pk=translation_id, enabled=True).exists()

        def state():
            return (
                Page.objects.filter(pk=page.pk)
                .values_list("live", "live_revision_id", "last_published_at", "latest_revision_id")
                .first()
            )

        before = state()
        with transaction.atomic():
            if action == "stop synced":
                url = reverse("wagtail_localize:stop_translation", args=[translation_id])
                response = self.client.post(url, {"next": away})
                done = not enabled()
            elif action == "start synced":
                Translation.objects.filter(pk=translation_id).update(enabled=False)
                url = reverse("wagtailadmin_pages:edit", args=[page.pk])
                response = self.client.post(url, {"localize-restart-translation": "on"})
                done = enabled()
            elif action == "sync and publish":
                source_id = Translation.objects.get(pk=translation_id).source_id
                url = reverse("wagtail_localize:update_translations", args=[source_id])
                response = self.client.post(url, {"publish_translations": "on", "next": away})
                after = state()
                done = after[2] != before[2]  # published anew
                assert after[1] == before[1] or done, "a sync changed the live page unpublished"
            elif action == "update from source":
                url = reverse("hub_update_translation", args=[translation_id])
                response = self.client.post(url, {"next": away})
                after = state()
                done = after[3] != before[3] and after[:3] == before[:3]  # a draft, not live
            else:  # bulk unpublish, bulk delete
                kind = action.split()[1]
                url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", kind])
                response = self.client.post(f"{url}?id={page.pk}&next={away}", {})
                after = state()
                done = after is None if kind == "delete" else before[0] and not after[0]
            transaction.set_rollback(True)
        self.forget_messages()
        if done:
            return response.status_code, DONE
        if response.status_code == 302 and response["Location"] == away:
            return 302, REFUSED  # did what the user may: nothing live
        return response.status_code, self.verdict(response)

    @staticmethod
    def verdict(response):
        """200: done. 403, or Wagtail's redirect to the admin's home with "Sorry, you do not
        have permission": refused. Anything else (a 500, a redirect to the login...): other."""
        if response.status_code == 200:
            return DONE
        if response.status_code == 403:
            return REFUSED
        if response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home"):
            return REFUSED
        return OTHER

    def forget_messages(self):
        """Drop the messages of a redirect nobody follows: piling up (into the session, once
        the cookie is full) they would slow every later request down."""
        self.client.cookies.pop("messages", None)

    def test_secretariat_publishers(self):
        self.check_role("Secretariat publishers")

    def test_secretariat_editors(self):
        self.check_role("Secretariat editors")

    def test_africa_network_editors(self):
        self.check_role("Africa network editors")

    def test_africa_network_moderators(self):
        self.check_role("Africa network moderators")

    def test_latin_america_network_editors(self):
        self.check_role("Latin America network editors")

    def test_latin_america_network_moderators(self):
        self.check_role("Latin America network moderators")

    def test_middle_east_network_editors(self):
        self.check_role("Middle East network editors")

    def test_middle_east_network_moderators(self):
        self.check_role("Middle East network moderators")

    def test_southeast_asia_network_editors(self):
        self.check_role("Southeast Asia network editors")

    def test_southeast_asia_network_moderators(self):
        self.check_role("Southeast Asia network moderators")

    def test_coalition_editors(self):
        self.check_role(ONBOARDED_GROUP)

    def test_french_translators(self):
        self.check_role("Translators: Français")

    def test_french_reviewers(self):
        self.check_role("Reviewers: Français")

    # The same data serves a few more checks (a second class would build it all again).

    def test_the_http_sample_covers_every_page_and_action(self):
        """By default the admin is asked about a sample of the cells (asked_over_http): every
        region's two pages in every language, and every action both allowed and denied."""
        pages, outcomes = set(), set()
        for role, row in EXPECTED.items():
            for region, rights in zip(REGIONS, row, strict=True):
                for kind, language in asked_over_http(role, region):
                    pages.add((region, kind, language))
                    allowed = getattr(rights, kind) if language in rights.languages else NOTHING
                    actions = ACTIONS if asks_routes(role, region) else RIGHTS
                    outcomes.update(
                        (action, allows(allowed, action))
                        for action in actions
                        if not (action in TRANSLATION_ROUTES and language == "en")
                    )
        assert pages == {(r, k, lang) for r in REGIONS for k in KINDS for lang in LANGUAGES}
        assert outcomes == {(action, allowed) for action in ACTIONS for allowed in (True, False)}

    def test_regional_choosers_list_only_the_regions_collection(self):
        for name in REGIONS:
            for role in (f"{name} network editors", f"{name} network moderators"):
                self.client.force_login(self.users[role])
                for url_name, title in (
                    ("wagtailimages_chooser:choose", f"Photo of the {name} network"),
                    ("wagtaildocs_chooser:choose", f"Report of the {name} network"),
                ):
                    response = self.client.get(reverse(url_name))
                    assert response.status_code == 200, (role, url_name)
                    html = response.json()["html"]
                    assert title in html, (role, url_name)
                    for other in REGIONS:
                        if other == name:
                            continue
                        assert other not in html, (role, url_name, other)
                    if "collection_id" in html:  # the filter lists the collections offered
                        offered = {c.name for c in response.context["collections"]}
                        assert name in offered and not offered & (set(REGIONS) - {name})

    def test_translations_get_the_regional_grants_from_the_automatic_extension(self):
        # setup_site ran once, before anything was translated: it granted English pages only.
        assert self.grants_before_translating == {
            (f"{name} network editors", self.pages[name, "network", "en"]) for name in REGIONS
        }

        def grants(group_name, page_id):
            return set(
                GroupPagePermission.objects.filter(
                    group__name=group_name, page_id=page_id
                ).values_list("permission__codename", flat=True)
            )

        for name in REGIONS:
            for language in LANGUAGES:
                network = self.pages[name, "network", language]
                assert grants(f"{name} network editors", network) == {"add_page", "change_page"}
                assert grants(f"{name} network moderators", network) == {
                    "add_page",
                    "change_page",
                    "publish_page",
                }
                for other in REGIONS:
                    if other != name:
                        assert not grants(f"{other} network editors", network)
                        assert not grants(f"{other} network moderators", network)
        for language in LANGUAGES:
            onboarded = self.pages[ONBOARDED_REGION, "onboarded", language]
            assert grants(ONBOARDED_GROUP, onboarded) == {"add_page", "change_page"}
        french_africa = Page.objects.get(pk=self.pages["Africa", "network", "fr"])
        assert french_africa.locale.language_code == "fr" and french_africa.live
        assert french_africa.get_workflow().name == "Regional review"

    def test_the_add_form_decides_as_the_add_child_page_button(self):
        self.client.force_login(self.users["Africa network editors"])
        for name, language, expected in (
            ("Africa", "en", 200),
            ("Africa", "ar", 200),
            ("Latin America", "en", 302),
            ("Latin America", "fr", 302),
        ):
            parent = self.pages[name, "network", language]
            url = reverse("wagtailadmin_pages:add", args=["resources", "resourcepage", parent])
            response = self.client.get(url)
            assert response.status_code == expected, (name, language, response.status_code)
            if expected == 302:
                assert response["Location"] == reverse("wagtailadmin_home")
