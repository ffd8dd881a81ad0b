"""How the demo's translator (demo/translator.py) treats PO files that do not fit: a string
missing means no translation rather than English, a PO file for a page the demo does not have
is reported, and a translator's own string is never overwritten. (The demo's translations
themselves: tests/test_demo_translations.py.)"""

from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from demo.ledger import Ledger
from demo.translator import translate_demo
from home.models import StandardPage


def about_page(english_home):
    """A page of the demo (recorded in its ledger) that no PO file of demo/data translates."""
    page = StandardPage(title="About us", slug="about", introduction="Who we are.")
    english_home.add_child(instance=page)
    page.save_revision().publish()
    Ledger().record("page:home/about", page)
    return page


def write_po(root, code, key, translations):
    """A PO file for the page `key` as wagtail-localize exports it, with `translations`
    ({English: translation}) filled in and the other strings left empty."""
    page = Ledger().get(f"page:{key}")
    source, _created = TranslationSource.get_or_create_from_instance(page)
    po = source.export_po()
    for entry in po:
        entry.msgstr = translations.get(entry.msgid, "")
    path = root / code / "pages" / f"{key}.po"
    path.parent.mkdir(parents=True)
    po.save(str(path))


def test_a_string_missing_from_the_po_file_means_no_translation_rather_than_english(
    english_home, tmp_path
):
    page = about_page(english_home)
    write_po(tmp_path, "fr", "home/about", {"About us": "À propos"})
    french = Locale.objects.get(language_code="fr")

    problems = translate_demo(root=tmp_path)
    [problem] = problems
    assert problem.language == "fr"
    assert set(problem.strings) == {"about", "Who we are."}
    assert page.get_translation_or_none(french) is None
    assert not Translation.objects.exists()


def test_a_po_file_for_a_page_the_demo_does_not_have_is_reported(english_home, tmp_path):
    about_page(english_home)
    write_po(tmp_path, "fr", "home/about", {"About us": "À propos"})
    (tmp_path / "fr" / "pages" / "home" / "about.po").rename(
        tmp_path / "fr" / "pages" / "home" / "abuot.po"
    )
    [problem] = translate_demo(root=tmp_path)
    assert (problem.object, problem.language) == ("home/abuot", "fr")
    assert "no such page" in problem.reason


def test_a_translators_string_is_never_overwritten(english_home, tmp_path):
    """A translator has begun the French in wagtail-localize: the PO file fills in only the
    strings still untranslated."""
    page = about_page(english_home)
    french = Locale.objects.get(language_code="fr")
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation = Translation.objects.create(source=source, target_locale=french)
    po = translation.export_po()
    for entry in po:
        if entry.msgid == "About us":
            entry.msgstr = "Qui sommes-nous"
    translation.import_po(po)
    write_po(
        tmp_path,
        "fr",
        "home/about",
        {"About us": "À propos", "about": "a-propos", "Who we are.": "Qui nous sommes."},
    )

    assert not translate_demo(root=tmp_path)
    translated = page.get_translation(french)
    assert (translated.title, translated.slug, translated.introduction) == (
        "Qui sommes-nous",
        "a-propos",
        "Qui nous sommes.",
    )
    assert translated.live
