"""Each adjustment of third-party behaviour finds the upstream piece it replaces by its name
(URL name, hook, view, registry), so that an upgrade which moves, renames or re-registers that
piece fails here instead of silently undoing the adjustment. docs/architecture.md has the
upgrade checklist these tests back."""

import inspect

from django.contrib.staticfiles import finders
from django.core.management import get_commands
from django.core.management.commands import makemessages as django_makemessages
from django.template import engines
from django.template.loader import get_template
from django.urls import resolve, reverse
from wagtail import hooks
from wagtail.admin.views.bulk_action.registry import bulk_action_registry
from wagtail_localize import wagtail_hooks as localize_hooks
from wagtail_localize.views import (
    convert,
    edit_translation,
    submit_translations,
    update_translations,
)

from hub import bulk_actions
from hub.management.commands import makemessages
from translations.localize import (
    content_direction,
    convert_to_alias,
    explorer_buttons,
    machine_translation,
    po_export,
    po_import,
    submit_languages,
    synced_translation,
    translation_editor,
)
from translations.localize import update_translations as hub_update_translations


def test_submit_languages_answers_at_wagtail_localizes_translate_this_page_address():
    url = reverse(submit_languages.UPSTREAM_URL_NAME, args=[7])
    assert url == "/admin/" + submit_languages.ROUTE.replace("<int:page_id>", "7")
    view = resolve(url).func.view_class
    assert view is submit_languages.SubmitPageTranslationView
    assert issubclass(view, submit_translations.SubmitPageTranslationView)
    # wagtail-localize's buttons and links use this name: they reach our view.
    assert submit_languages.UPSTREAM_URL_NAME == "wagtail_localize:submit_page_translation"


def test_explorer_buttons_replace_wagtail_localizes_listing_hook():
    upstream = localize_hooks.page_listing_more_buttons
    assert explorer_buttons.UPSTREAM is upstream
    listing = hooks.get_hooks(explorer_buttons.HOOK)
    assert upstream not in listing
    assert explorer_buttons.translation_buttons in listing
    # Kept where it is cheap: the header of a single page.
    assert upstream in hooks.get_hooks("register_page_header_buttons")
    assert explorer_buttons.annotate_translation_state in hooks.get_hooks(
        "construct_explorer_page_queryset"
    )


def test_makemessages_is_ours_and_extends_djangos():
    assert get_commands()["makemessages"] == "hub"
    assert issubclass(makemessages.Command, django_makemessages.Command)


def replaced_route(module, upstream_view, **kwargs):
    """wagtail-localize's URL name still names `upstream_view`'s address, and that address
    now reaches our view."""
    url = reverse(module.UPSTREAM_URL_NAME, kwargs=kwargs)
    assert url == "/admin/" + module.ROUTE.replace("<int:translation_id>", "1")
    view = inspect.unwrap(resolve(url).func)  # the admin wraps its views (login required)
    assert view is not inspect.unwrap(upstream_view)
    return view


def test_po_export(db):
    assert edit_translation.download_pofile.__name__ == "download_pofile"
    view = replaced_route(po_export, edit_translation.download_pofile, translation_id=1)
    assert view is inspect.unwrap(po_export.download_pofile)


def test_po_import(db):
    assert edit_translation.upload_pofile.__name__ == "upload_pofile"
    view = replaced_route(po_import, edit_translation.upload_pofile, translation_id=1)
    assert view is inspect.unwrap(po_import.upload_pofile)


def test_machine_translation(db):
    # Its work is still wagtail-localize's, called by name.
    assert callable(edit_translation.apply_machine_translation)
    view = replaced_route(machine_translation, edit_translation.machine_translate, translation_id=1)
    assert view is inspect.unwrap(machine_translation.machine_translate)


def test_content_direction(db):
    # wagtail-localize's editor template still outputs the editor hook and gives its React app
    # the target language in `data-props`, which our script reads; the hub's own version of
    # the template (translations/localize/translation_editor.py) keeps both.
    source = upstream_template_source(content_direction.UPSTREAM_TEMPLATE)
    assert "{% hook_output 'insert_editor_js' %}" in source
    assert 'class="js-translation-editor" data-props="{{ props }}"' in source
    ours = get_template(content_direction.UPSTREAM_TEMPLATE).template.source
    assert 'class="js-translation-editor" data-props="{{ props }}"' in ours


def menu_item_names(hook_name):
    return {getattr(fn(), "name", None) for fn in hooks.get_hooks(hook_name)}


def upstream_template_source(name):
    """The package's own template of that name, skipping the hub's override if there is one."""
    engine = engines["django"].engine
    first = get_template(name).template
    if "site-packages" in first.origin.name:
        return first.source
    return engine.find_template(name, skip=[first.origin])[0].source


def view_of(url):
    """The view a URL reaches, under Wagtail's admin decorators."""
    return inspect.unwrap(resolve(url).func)


def test_convert_to_alias():
    url = reverse(convert_to_alias.UPSTREAM_URL_NAME, args=[1])
    assert url == "/admin/localize/page/1/convert_to_alias/"
    assert view_of(url) is convert_to_alias.convert_to_alias
    assert convert_to_alias.UPSTREAM_VIEW is convert.convert_to_alias
    # Its menu item, hidden from those who may not publish, is still registered by that name.
    assert convert_to_alias.MENU_ITEM_NAME in menu_item_names("register_page_action_menu_item")
    assert convert_to_alias.hide_menu_item in hooks.get_hooks("construct_page_action_menu")


def test_synced_translation():
    url = reverse(synced_translation.UPSTREAM_URL_NAME, args=[1])
    assert view_of(url) is synced_translation.stop_translation
    assert synced_translation.UPSTREAM_STOP is edit_translation.stop_translation
    assert synced_translation.UPSTREAM_RESTART is edit_translation.restart_translation
    assert synced_translation.RESTART_ACTION in menu_item_names("register_page_action_menu_item")
    assert synced_translation.hide_menu_item in hooks.get_hooks("construct_page_action_menu")


def test_update_translations():
    url = reverse(hub_update_translations.UPSTREAM_URL_NAME, args=[1])
    view = resolve(url).func.view_class
    assert view is hub_update_translations.UpdateTranslationsView
    assert issubclass(view, update_translations.UpdateTranslationsView)
    assert hub_update_translations.UPSTREAM_VIEW is update_translations.UpdateTranslationsView
    # The template it extends still offers the block it adds to.
    source = upstream_template_source("wagtail_localize/admin/update_translations.html")
    assert "{% block visible_fields %}" in source


def test_translation_editor():
    registered = hooks.get_hooks(translation_editor.HOOK)
    assert translation_editor.UPSTREAM is localize_hooks.before_edit_page
    assert translation_editor.UPSTREAM not in registered
    assert translation_editor.before_edit_page in registered
    # The overridden template is ours, and the package's still renders the editor the way the
    # override copies it: from `props`, under the page's header.
    ours = get_template(translation_editor.TEMPLATE).template.origin.name
    assert "/templates/wagtail_localize/admin/" in ours and "site-packages" not in ours
    source = upstream_template_source(translation_editor.TEMPLATE)
    assert 'class="js-translation-editor" data-props="{{ props }}"' in source
    assert "wagtailadmin/shared/headers/page_edit_header.html" in source
    # The React editor still draws the footer the hub hides (translation-editor.css).
    with open(finders.find("wagtail_localize/js/wagtail-localize.js")) as bundle:
        assert 'createElement("footer",{className:"footer' in bundle.read()
    assert reverse("wagtailadmin_pages:revisions_revert", args=[1, 2]).endswith(
        "/pages/1/revisions/2/revert/"
    )
    assert resolve("/admin/pages/1/revisions/2/revert/").view_name == (
        translation_editor.REVERT_VIEW_NAME
    )


def test_submit_languages_for_snippets():
    """The snippet "Translate" view, guarded in the same module as the page one."""
    url = reverse(submit_languages.SNIPPET_URL_NAME, args=["resources", "topic", 1])
    view = view_of(url).view_class
    assert view is submit_languages.SubmitSnippetTranslationView
    assert issubclass(view, submit_translations.SubmitSnippetTranslationView)
    url = reverse(submit_languages.UPSTREAM_URL_NAME, args=[1])
    assert view_of(url).view_class is submit_languages.SubmitPageTranslationView


def test_bulk_actions():
    publish = bulk_action_registry.get_bulk_action_class("wagtailcore", "page", "publish")
    assert publish is bulk_actions.SafeguardedPublishBulkAction
    assert issubclass(publish, bulk_actions.UPSTREAM_PUBLISH)
    source = upstream_template_source(bulk_actions.LISTING_TEMPLATE)
    assert "{% block bulk_actions %}" in source
    assert "wagtailadmin/bulk_actions/footer.html" in source


def test_arabic_search_indexer_is_the_one_modelsearch_builds():
    """hub/search_backend.py puts its indexer in place of modelsearch's `ObjectIndexer`, the
    name `PostgresIndex.add_items` builds its indexers by, and overrides `as_vector` and
    `build_tsquery_content`, which must still exist with the same arguments."""
    from modelsearch.backends.database.postgres import postgres

    from hub import search_backend

    assert postgres.ObjectIndexer is search_backend.ArabicAwareObjectIndexer
    assert "ObjectIndexer(obj, self.backend)" in inspect.getsource(postgres.PostgresIndex.add_items)
    upstream = search_backend.ArabicAwareObjectIndexer.__bases__[0]
    assert list(inspect.signature(upstream.as_vector).parameters) == [
        "self",
        "texts",
        "for_autocomplete",
    ]
    assert list(
        inspect.signature(postgres.PostgresSearchQueryCompiler.build_tsquery_content).parameters
    ) == ["self", "query", "config", "invert"]


def test_search_by_word_replaces_modelsearchs_match_on_the_concatenation():
    """hub/search_backend.py's `LocaleWordMatchCompiler.search` takes the place of
    `PostgresSearchQueryCompiler.search` for plain queries: upstream still matches on
    `title || body` (which no index holds) after filtering the queryset, and ranks the index
    entries through the page's relation (`index_entries__`), which the replacement's ranking of
    the entries alone (`ranked_first`) mirrors; the pieces the replacement calls are there."""
    from modelsearch.backends.database.postgres import postgres

    from hub import search_backend

    upstream = postgres.PostgresSearchQueryCompiler
    source = inspect.getsource(upstream.search)
    assert 'combined_vector._combine(vector, "||", False)' in source
    assert "annotate(_vector_=combined_vector).filter(" in source
    assert list(inspect.signature(upstream.search).parameters) == [
        "self",
        "config",
        "start",
        "stop",
        "score_field",
        "backend",
    ]
    for name in ("_build_rank_expression", "get_search_vectors", "_apply_ordering_and_scoring"):
        assert callable(getattr(upstream, name)), name
    vectors = inspect.getsource(upstream.get_index_vectors)
    assert '(F("index_entries__title"), F("index_entries__title_norm"))' in vectors
    assert '(F("index_entries__body"), 1.0)' in vectors
    assert 'order_by(rank_expression.desc(), "-pk")' in inspect.getsource(
        upstream._apply_ordering_and_scoring
    )
    assert issubclass(search_backend.LocaleWordMatchCompiler, upstream)
    assert search_backend.SearchBackend.query_compiler_class is (
        search_backend.LocaleWordMatchCompiler
    )
