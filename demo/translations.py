"""French, Spanish, Arabic and Portuguese translations of the demo content, made through
wagtail-localize, so that translators can go on working on them in its editor.

What is translated: the regions and topics, the home page, What we do and its three areas,
Achievements, the four index pages, every publication of the library, one guidance page and one
regional network (PAGES). The other programmes, guidance and networks stay in English only: the
site says they are not yet translated.

How: the translations are data (at the end of this module), for each language a dict from each
English segment, exactly as wagtail-localize extracts it (a title, a slug, a summary, one
paragraph or list item of rich text, with its inline markup), to its translation. For each
object and language, `translate_demo()` does what the "Translate" button and a translator
would: it submits the object (a TranslationSource, and a Translation per language), fills in
the strings through a PO file, then creates and publishes the translated object. Taxonomy first
(a page's topics and region must have their translation before the page), then pages, parents
before children.

Idempotent and careful: a string a translator has since changed is never overwritten; an object
whose translation exists and gets no new string is not touched (no new revision); and an object
with any segment missing from the dict is not translated at all, rather than published half in
English: it is reported (`translate_demo()` returns the problems, load_demo prints them, and
tests/test_demo_translations.py fails).
"""

import re
from contextlib import contextmanager
from dataclasses import dataclass

from django.db import transaction
from django.db.models.signals import post_save
from django.utils.text import slugify
from wagtail.models import DraftStateMixin, Locale, Page, ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update

from resources.models import Region, ResourcePage, Topic

from .domain import PUBLICATIONS

# The English pages translated, by their path under the English home page; parents before
# children. "resources/*" stands for every publication in the library.
PAGES = [
    "",
    "what-we-do",
    "what-we-do/research-and-monitoring",
    "what-we-do/advocacy-and-public-education",
    "what-we-do/networking-and-capacity-building",
    "achievements",
    "resources",
    "resources/*",
    "programmes",
    "guidance",
    "guidance/psychological-first-aid-for-children-arriving-at-a-transit-centre",
    "networks",
    "networks/africa",
]


@dataclass
class Problem:
    """Why an object was not translated into a language."""

    object: str
    language: str
    reason: str
    strings: tuple = ()

    def __str__(self):
        missing = "".join(f"\n      {s!r}" for s in self.strings)
        return f"{self.object} [{self.language}]: {self.reason}{missing}"


def demo_objects(english):
    """The English regions and topics, then the English pages of PAGES that exist."""
    yield from Region.objects.filter(locale=english).order_by("pk")
    yield from Topic.objects.filter(locale=english).order_by("pk")
    home = Page.objects.filter(depth=2, locale=english).first()
    if home is None:
        return
    for path in PAGES:
        *parents, last = path.split("/")
        page = home
        for slug in parents:
            page = page and page.get_children().filter(slug=slug).first()
        if page is None:
            continue
        if last == "*":
            yield from (p.specific for p in page.get_children().type(ResourcePage))
        elif last:
            child = page.get_children().filter(slug=last).first()
            if child is not None:
                yield child.specific
        else:
            yield page.specific


@contextmanager
def indexes_updated_once(objects):
    """Update the search and reference indexes once per object, at the end, rather than at
    each of the five or six saves wagtail-localize makes of a translated page (a third of the
    time of the translation otherwise). The objects saved are collected in `objects`."""
    from modelsearch import index
    from modelsearch.signal_handlers import post_save_signal_handler

    models = [m for m in index.get_indexed_models() if getattr(m, "search_auto_update", True)]
    for model in models:
        post_save.disconnect(post_save_signal_handler, sender=model)
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        for model in models:
            post_save.connect(post_save_signal_handler, sender=model)
    for obj in objects:
        index.insert_or_update_object(obj)
        ReferenceIndex.create_or_update_for_object(obj)


class DemoTranslator:
    def __init__(self, loader=None):
        self.loader = loader
        self.problems = []
        self.saved = []  # to index once done
        self.new_pages = []
        self.translated = 0

    def log(self, message):
        if self.loader is not None:
            self.loader.log(message)

    def problem(self, instance, locale, reason, strings=()):
        problem = Problem(str(instance), locale.language_code, reason, tuple(strings))
        self.problems.append(problem)
        self.log(f"  not translated: {problem}")

    def run(self):
        english = Locale.get_default()
        locales = list(Locale.objects.filter(language_code__in=TRANSLATIONS).order_by("pk"))
        with indexes_updated_once(self.saved):
            for instance in demo_objects(english):
                for locale in locales:
                    self.translate(instance, locale)
        if self.translated:
            self.log(f"  translated {self.translated} pages and taxonomy terms")
        self.drop_redirects_from_unpublished_slugs()
        return self.problems

    def drop_redirects_from_unpublished_slugs(self):
        """wagtail-localize creates a page's translation as a copy with the English slug, then
        renames it; Wagtail sees a slug change and, once the transaction commits, creates a
        redirect from the copy's address, which was never published (94 of them, some for
        addresses that never existed at all). Remove those, once they exist."""
        created = list(self.new_pages)

        def drop():
            from wagtail.contrib.redirects.models import Redirect

            Redirect.objects.filter(automatically_created=True, redirect_page__in=created).delete()

        if created:
            transaction.on_commit(drop)

    def translate(self, instance, locale):
        """Translate `instance` into `locale` from the dict, if every string is there and what
        it depends on is translated. Returns the translated object if it was made or updated
        now, else None (done before, or reported as a problem)."""
        from wagtail_localize.models import Translation, TranslationSource

        source, _created = TranslationSource.get_or_create_from_instance(instance)
        translation = Translation.objects.filter(source=source, target_locale=locale).first()
        po = (translation or source).export_po()
        to_fill = [entry for entry in po if not entry.obsolete and not entry.msgstr]
        exists = source.object.has_translation(locale)
        if translation is not None and exists and not to_fill:
            return None  # done before: change nothing

        strings = TRANSLATIONS.get(locale.language_code, {})
        missing = [entry.msgid for entry in to_fill if entry.msgid not in strings]
        if missing:
            self.problem(instance, locale, "no translation for", missing)
            return None
        blocker = self.blocker(instance, source, locale)
        if blocker:
            self.problem(instance, locale, blocker)
            return None

        if translation is None:
            translation = Translation.objects.create(source=source, target_locale=locale)
        if to_fill:
            for entry in to_fill:
                entry.msgstr = strings[entry.msgid]
            warnings = translation.import_po(po)
            if warnings:
                raise RuntimeError(f"{instance} [{locale}]: {warnings}")

        # A page is saved as a draft and published here: with publish=True, wagtail-localize
        # would publish it only when the database transaction commits, and load_demo runs in
        # one (a test never commits its own).
        draftable = isinstance(instance, DraftStateMixin)
        translation.save_target(publish=not draftable)
        target = self.target(source, locale)
        if draftable:
            target.get_latest_revision().publish()
            target.refresh_from_db()
        if isinstance(target, Page):
            if not exists:
                self.new_pages.append(target.pk)
            if self.loader is not None:
                self.loader.created.append(target)
        self.saved.append(target)
        self.translated += 1
        return target

    @staticmethod
    def target(source, locale):
        model = source.specific_content_type.model_class()
        return model.objects.filter(translation_key=source.object_id, locale=locale).first()

    @staticmethod
    def blocker(instance, source, locale):
        """Why `instance` cannot be translated into `locale` yet, if it cannot: its parent page
        or an object it refers to (a region...) has no translation in that language."""
        if isinstance(instance, Page):
            parent = instance.get_parent()
            if (
                not parent.is_root()
                and not Page.objects.filter(
                    translation_key=parent.translation_key, locale=locale
                ).exists()
            ):
                return f"its parent page {parent.title!r} is not translated"
        for segment in source.relatedobjectsegment_set.select_related("object"):
            if not segment.object.has_translation(locale):
                return f"{segment.object.get_instance(source.locale)} is not translated"
        return None


def translate_demo(loader=None):
    """Translate the demo content into every language of TRANSLATIONS. Returns the problems:
    objects left untranslated in a language, and why."""
    return DemoTranslator(loader).run()


# ---------------------------------------------------------------------------------------------
# The translations: for each language, English segment -> translation.
#
# Slugs are segments too. The index pages keep theirs (synchronised: /fr/resources/...); the
# home pages keep the one their migration gave them (it is in no address). The other pages get
# one in the language: written out for the general pages; for the publications and the guidance
# page, made from the translated title, as the loader makes the English one. In Arabic they are
# transliterated: wagtail-localize slugifies without Unicode, so Arabic script would come out
# as an empty slug.

SLUGS_FROM_TITLES = [
    *(publication[0] for publication in PUBLICATIONS),
    "Psychological first aid for children arriving at a transit centre",
]


def short_slug(text, length=80):
    """The slug of `text` (an elided article keeps its hyphen: "droits-de-l-enfant"), cut at a
    word to at most `length` characters, without a short word dangling at the end."""
    slug = slugify(re.sub(r"['’]", " ", text))
    if len(slug) > length:
        words = slug[: length + 1].split("-")[:-1]
        while len(words) > 1 and len(words[-1]) <= 3:
            words.pop()
        slug = "-".join(words)
    return slug


def with_slugs(strings):
    """`strings` plus, for each title of SLUGS_FROM_TITLES it has no slug for, the slug of the
    title's translation."""
    result = dict(strings)
    for title in SLUGS_FROM_TITLES:
        english = slugify(title)[:80].strip("-")  # as DomainLoader makes it
        result.setdefault(english, short_slug(strings[title]) or english)
    return result


FR = with_slugs(
    {
        "Africa": "Afrique",
        "Latin America": "Amérique latine",
        "Middle East": "Moyen-Orient",
        "Southeast Asia": "Asie du Sud-Est",
        "Reintegration": "Réintégration",
        (
            "Children's return to family and community life after association with armed forces "
            "or groups."
        ): (
            "Le retour des enfants à la vie familiale et communautaire après leur association à "
            "des forces armées ou à des groupes armés."
        ),
        "Psycho-social support": "Soutien psychosocial",
        (
            "Care for children's emotional and social well-being, from family and community "
            "support to specialised services."
        ): (
            "La prise en charge du bien-être émotionnel et social des enfants, du soutien "
            "familial et communautaire jusqu'aux services spécialisés."
        ),
        "Girls": "Filles",
        (
            "The particular experience and needs of girls associated with armed forces or groups, "
            "including girl mothers."
        ): (
            "L'expérience et les besoins particuliers des filles associées à des forces armées ou "
            "à des groupes armés, y compris les filles mères."
        ),
        "Sexual exploitation": "Exploitation sexuelle",
        (
            "Sexual violence and exploitation of children in armed conflict, and the response to "
            "it."
        ): (
            "Les violences et l'exploitation sexuelles subies par les enfants dans les conflits "
            "armés, et la réponse à y apporter."
        ),
        "Displacement": "Déplacement",
        "Refugee and internally displaced children and the risk of recruitment they face.": (
            "Les enfants réfugiés et déplacés internes, et le risque de recrutement auquel ils "
            "sont exposés."
        ),
        "Juvenile justice": "Justice pour mineurs",
        (
            "Children accused of crimes during armed conflict: their treatment as victims first, "
            "and justice that serves their reintegration."
        ): (
            "Les enfants accusés de crimes commis pendant un conflit armé\u00a0: les traiter "
            "avant tout comme des victimes, et une justice au service de leur réintégration."
        ),
        "Education": "Éducation",
        (
            "Schooling, catch-up learning and the protection of schools from attack and "
            "recruitment."
        ): (
            "La scolarisation, les cours de rattrapage et la protection des écoles contre les "
            "attaques et le recrutement."
        ),
        "Family tracing and reunification": "Recherche et réunification familiales",
        "Finding children's families and bringing them back together safely.": (
            "Retrouver les familles des enfants et les réunir en toute sécurité."
        ),
        "Livelihoods": "Moyens de subsistance",
        "Vocational training, apprenticeships and income for older children and young people.": (
            "La formation professionnelle, l'apprentissage et les sources de revenus pour les "
            "grands enfants et les jeunes."
        ),
        "Prevention of recruitment": "Prévention du recrutement",
        (
            "Keeping children out of armed forces and groups: law, age verification and community "
            "protection."
        ): (
            "Tenir les enfants à l'écart des forces armées et des groupes armés\u00a0: le droit, "
            "la vérification de l'âge et la protection communautaire."
        ),
        "Monitoring and reporting": "Surveillance et communication de l'information",
        (
            "Documenting recruitment and use of children, and reporting to national, regional and "
            "UN bodies."
        ): (
            "Documenter le recrutement et l'utilisation d'enfants, et en rendre compte aux "
            "instances nationales et régionales et aux organes des Nations unies."
        ),
        "Home": "Accueil",
        "home": "home-fr",
        (
            "The Coalition works to end the recruitment and use of boys and girls as soldiers, to "
            "secure their demobilization and to promote their reintegration into their "
            "communities. To achieve these goals we work in the following three areas:"
        ): (
            "La Coalition œuvre pour mettre fin au recrutement et à l'utilisation de garçons et "
            "de filles comme soldats, obtenir leur démobilisation et favoriser leur réintégration "
            "dans leur communauté. Pour atteindre ces objectifs, nous agissons dans les trois "
            "domaines suivants\u00a0:"
        ),
        "What We Do": "Que faisons-nous\u00a0?",
        "what-we-do": "que-faisons-nous",
        (
            "The Coalition works to end the recruitment and use of boys and girls as soldiers, to "
            "secure their demobilization and to promote their reintegration into their "
            "communities."
        ): (
            "La Coalition œuvre pour mettre fin au recrutement et à l'utilisation de garçons et "
            "de filles comme soldats, obtenir leur démobilisation et favoriser leur réintégration "
            "dans leur communauté."
        ),
        "Research and monitoring": "Recherche et surveillance",
        "research-and-monitoring": "recherche-et-surveillance",
        (
            "The International Coalition is the leading international non-governmental "
            "organization monitoring the use of child soldiers worldwide."
        ): (
            "La Coalition internationale est la principale organisation non gouvernementale "
            "internationale qui surveille l'utilisation d'enfants soldats dans le monde."
        ),
        (
            "We produce the Child Soldiers Global Report every three years, providing detailed "
            "country-by-country information on the recruitment and use of children in armed "
            "conflict by government forces, government-backed paramilitaries and armed political "
            "groups, as well as information on demobilization and reintegration programs where "
            "these exist. The next Global Report is due to be published in May 2008."
        ): (
            "Tous les trois ans, nous publions le Rapport mondial sur les enfants soldats, qui "
            "fournit, pays par pays, des informations détaillées sur le recrutement et "
            "l'utilisation d'enfants dans les conflits armés par les forces gouvernementales, les "
            "groupes paramilitaires soutenus par les gouvernements et les groupes politiques "
            "armés, ainsi que sur les programmes de démobilisation et de réintégration là où ils "
            "existent. Le prochain Rapport mondial doit paraître en mai 2008."
        ),
        (
            "We regularly submit briefing papers and country information to the UN Security "
            "Council, usually in advance of the council's annual debate on the involvement of "
            "children in armed conflict. We also submit country information three times a year to "
            "the UN Committee on the Rights of the Child which monitors governments' progress in "
            "implementing the Convention on the Rights of the Child. Documents and other briefing "
            "materials are also submitted to regional bodies such as the European Union and the "
            "Organization of American States when relevant."
        ): (
            "Nous soumettons régulièrement des notes d'information et des informations par pays "
            "au Conseil de sécurité des Nations unies, généralement avant son débat annuel sur "
            "l'implication d'enfants dans les conflits armés. Trois fois par an, nous "
            "transmettons également des informations par pays au Comité des droits de l'enfant "
            "des Nations unies, qui suit les progrès accomplis par les gouvernements dans la mise "
            "en œuvre de la Convention relative aux droits de l'enfant. Le cas échéant, des "
            "documents et d'autres notes d'information sont aussi soumis à des organismes "
            "régionaux tels que l'Union européenne et l'Organisation des États américains."
        ),
        (
            "We work in collaboration with our national coalitions to commission and carry out "
            "research on child soldier use in particular regions or countries. In 2004 we "
            "published separate reports on the use of children in armed conflict in Israel and "
            "the Palestinian Occupied Territories, and on the plight of girl soldiers in the "
            "Democratic Republic of Congo. In 2006 we published reports on child recruitment in "
            "South Asian conflicts, child soldiers in West Africa and an analysis of submissions "
            "to the Committee on the Rights of the Child. In 2007 we published reports and "
            "briefing papers on Priorities for child soldiers in the DRC, a report of an "
            "international forum on armed groups and the involvement of children on armed "
            "conflict, and the vulnerability of children to involvement in armed conflict in the "
            "Lebanon."
        ): (
            "Avec nos coalitions nationales, nous commandons et menons des recherches sur "
            "l'utilisation d'enfants soldats dans certaines régions ou certains pays. En 2004, "
            "nous avons publié deux rapports distincts, l'un sur l'utilisation d'enfants dans le "
            "conflit armé en Israël et dans les Territoires palestiniens occupés, l'autre sur le "
            "sort des filles soldats en République démocratique du Congo. En 2006, nous avons "
            "publié des rapports sur le recrutement d'enfants dans les conflits d'Asie du Sud et "
            "sur les enfants soldats en Afrique de l'Ouest, ainsi qu'une analyse des rapports "
            "soumis au Comité des droits de l'enfant. En 2007, nous avons publié des rapports et "
            "des notes d'information sur les priorités pour les enfants soldats en RDC, le "
            "rapport d'un forum international sur les groupes armés et l'implication d'enfants "
            "dans les conflits armés, et une étude sur la vulnérabilité des enfants face à "
            "l'implication dans le conflit armé au Liban."
        ),
        (
            "We have also researched and published general articles on the context, causes and "
            "consequences of child soldiering. Topics have included displacement, girl soldiers "
            "and sexual exploitation, and juvenile justice for child soldiers accused of human "
            "rights violations."
        ): (
            "Nous avons également mené des recherches et publié des articles de portée générale "
            "sur le contexte, les causes et les conséquences du recours aux enfants soldats. "
            "Parmi les thèmes traités figurent le déplacement, les filles soldats et "
            "l'exploitation sexuelle, ainsi que la justice pour mineurs appliquée aux enfants "
            "soldats accusés de violations des droits humains."
        ),
        "Advocacy and public education": "Plaidoyer et sensibilisation du public",
        "advocacy-and-public-education": "plaidoyer-et-sensibilisation-du-public",
        (
            "The Coalition campaigns for the immediate demobilization of all children currently "
            "being used as soldiers in armed conflict and their reintegration into their "
            "communities."
        ): (
            "La Coalition fait campagne pour la démobilisation immédiate de tous les enfants "
            "actuellement utilisés comme soldats dans des conflits armés et pour leur "
            "réintégration dans leur communauté."
        ),
        (
            "The Coalition campaigns for the immediate demobilization of all children currently "
            "being used as soldiers in armed conflict and their reintegration into their "
            "communities. It lobbies governments and armed political groups known to be using "
            "child soldiers and makes recommendations to governments and inter-governmental "
            "bodies such as the UN for action to demobilize children and assist them to return to "
            "their communities."
        ): (
            "La Coalition fait campagne pour la démobilisation immédiate de tous les enfants "
            "actuellement utilisés comme soldats dans des conflits armés et pour leur "
            "réintégration dans leur communauté. Elle mène un travail de plaidoyer auprès des "
            "gouvernements et des groupes politiques armés connus pour utiliser des enfants "
            "soldats, et adresse aux gouvernements et aux organismes intergouvernementaux, comme "
            "l'ONU, des recommandations d'action pour démobiliser les enfants et les aider à "
            "retourner dans leur communauté."
        ),
        (
            "We work to raise awareness of child soldiers among the general public through the "
            "dissemination of publications and via media campaigns."
        ): (
            "Nous sensibilisons le grand public à la question des enfants soldats par la "
            "diffusion de publications et par des campagnes médiatiques."
        ),
        (
            "The Coalition campaigns for all governments to adhere to international laws "
            "prohibiting the use of children under the age of 18 in armed conflict."
        ): (
            "La Coalition demande à tous les gouvernements d'adhérer aux normes internationales "
            "qui interdisent l'utilisation d'enfants de moins de 18 ans dans les conflits armés."
        ),
        "Networking and capacity-building": "Mise en réseau et renforcement des capacités",
        "networking-and-capacity-building": "mise-en-reseau-et-renforcement-des-capacites",
        (
            "The International Coalition works in collaboration with regional and national "
            "Coalitions to develop research and campaigning expertise, especially in countries "
            "where there are children involved in armed conflict."
        ): (
            "La Coalition internationale travaille avec les coalitions régionales et nationales "
            "pour développer leurs compétences en matière de recherche et de campagne, en "
            "particulier dans les pays où des enfants sont impliqués dans des conflits armés."
        ),
        (
            "We promote the dissemination of information about child soldiering as well as "
            "reintegration and other programs to assist child soldiers."
        ): (
            "Nous favorisons la diffusion d'informations sur le recours aux enfants soldats, "
            "ainsi que sur les programmes de réintégration et les autres programmes d'aide aux "
            "enfants soldats."
        ),
        (
            "The Coalition is involved in a range of projects and activities aimed at "
            "strengthening regional and national networks, facilitating the exchange of "
            "information and experience and stimulating debate. Some examples of current projects "
            "and activities are the Child Soldiers Newsletter and the psycho-social webpage."
        ): (
            "La Coalition participe à divers projets et activités visant à renforcer les réseaux "
            "régionaux et nationaux, à faciliter l'échange d'informations et d'expériences et à "
            "stimuler le débat. Parmi les projets et activités en cours figurent la Lettre "
            "d'information sur les enfants soldats et la page web consacrée au soutien "
            "psychosocial."
        ),
        "Achievements": "Réalisations",
        "achievements": "realisations",
        (
            "The Coalition has been at the forefront of efforts to ban the recruitment and use of "
            "child soldiers."
        ): (
            "La Coalition est à l'avant-garde des efforts visant à interdire le recrutement et "
            "l'utilisation d'enfants soldats."
        ),
        (
            "The Coalition has been at the forefront of efforts to ban the recruitment and use of "
            "child soldiers. Its achievements include:"
        ): (
            "La Coalition est à l'avant-garde des efforts visant à interdire le recrutement et "
            "l'utilisation d'enfants soldats. Parmi ses réalisations\u00a0:"
        ),
        (
            "Playing an instrumental role in the negotiation, adoption and entry into force of "
            "the Optional Protocol to the Convention on the Rights of the Child on the "
            "involvement of children in armed conflict (see Developments)."
        ): (
            "Un rôle déterminant dans la négociation, l'adoption et l'entrée en vigueur du "
            "Protocole facultatif à la Convention relative aux droits de l'enfant, concernant "
            "l'implication d'enfants dans les conflits armés (voir Évolutions)."
        ),
        (
            "Active engagement with influential inter-governmental agencies, such as the UN "
            "Security Council, the Human Security Network, the European Union, the UN Committee "
            "on the Rights of the Child and the International Labour Organization."
        ): (
            "Un engagement actif auprès d'organismes intergouvernementaux influents, tels que le "
            "Conseil de sécurité des Nations unies, le Réseau Sécurité humaine, l'Union "
            "européenne, le Comité des droits de l'enfant des Nations unies et l'Organisation "
            "internationale du Travail."
        ),
        (
            "Publication of two Child Soldiers Global Reports, providing comprehensive "
            "country-by-country information on child recruitment and use worldwide, as well as "
            "numerous reports and briefings on the use of children in armed conflict by "
            "government forces and armed political groups."
        ): (
            "La publication de deux Rapports mondiaux sur les enfants soldats, qui fournissent, "
            "pays par pays, des informations complètes sur le recrutement et l'utilisation "
            "d'enfants dans le monde, ainsi que de nombreux rapports et notes d'information sur "
            "l'utilisation d'enfants dans les conflits armés par les forces gouvernementales et "
            "les groupes politiques armés."
        ),
        (
            "Publishing research on issues relevant to child soldiers including gender and sexual "
            "exploitation, displacement, juvenile justice and the reintegration of former child "
            "soldiers into their communities."
        ): (
            "La publication de recherches sur des questions touchant aux enfants soldats, "
            "notamment le genre et l'exploitation sexuelle, le déplacement, la justice pour "
            "mineurs et la réintégration des anciens enfants soldats dans leur communauté."
        ),
        (
            "Forming national coalitions in 35 countries worldwide and regional coalitions in "
            "Africa, Latin America, Middle East and Southeast Asia."
        ): (
            "La création de coalitions nationales dans 35 pays et de coalitions régionales en "
            "Afrique, en Amérique latine, au Moyen-Orient et en Asie du Sud-Est."
        ),
        "Library": "Bibliothèque",
        (
            "The coalition's Global Reports, country and thematic reports, and briefings to the "
            "UN and regional bodies."
        ): (
            "Les Rapports mondiaux de la Coalition, ses rapports par pays et thématiques, et ses "
            "notes d'information destinées à l'ONU et aux organismes régionaux."
        ),
        "Child Soldiers Global Report 2001": "Enfants soldats\u00a0: Rapport mondial 2001",
        (
            "Country-by-country information on the recruitment and use of children in armed "
            "conflict by government forces, government-backed paramilitaries and armed political "
            "groups, and on demobilization and reintegration programmes where they exist."
        ): (
            "Des informations, pays par pays, sur le recrutement et l'utilisation d'enfants dans "
            "les conflits armés par les forces gouvernementales, les groupes paramilitaires "
            "soutenus par les gouvernements et les groupes politiques armés, et sur les "
            "programmes de démobilisation et de réintégration là où ils existent."
        ),
        "International Coalition": "Coalition internationale",
        "Child Soldiers Global Report 2004": "Enfants soldats\u00a0: Rapport mondial 2004",
        (
            "The second Global Report: comprehensive country-by-country information on child "
            "recruitment and use worldwide, and on demobilization and reintegration programmes."
        ): (
            "Le deuxième Rapport mondial\u00a0: des informations complètes, pays par pays, sur le "
            "recrutement et l'utilisation d'enfants dans le monde, et sur les programmes de "
            "démobilisation et de réintégration."
        ),
        (
            "Child soldiers: the use of children in armed conflict in Israel and the Occupied "
            "Palestinian Territories"
        ): (
            "Enfants soldats\u00a0: l'utilisation d'enfants dans le conflit armé en Israël et "
            "dans les Territoires palestiniens occupés"
        ),
        (
            "A report on the use of children in armed conflict in Israel and the Occupied "
            "Palestinian Territories, researched with the coalition's national partners."
        ): (
            "Un rapport sur l'utilisation d'enfants dans le conflit armé en Israël et dans les "
            "Territoires palestiniens occupés, réalisé avec les partenaires nationaux de la "
            "Coalition."
        ),
        "The plight of girl soldiers in the Democratic Republic of Congo": (
            "Le sort des filles soldats en République démocratique du Congo"
        ),
        (
            "The experience of girls associated with armed forces and groups in the Democratic "
            "Republic of Congo, and what their demobilization and reintegration require."
        ): (
            "L'expérience des filles associées aux forces armées et aux groupes armés en "
            "République démocratique du Congo, et ce qu'exigent leur démobilisation et leur "
            "réintégration."
        ),
        "Child recruitment in South Asian conflicts": (
            "Le recrutement d'enfants dans les conflits d'Asie du Sud"
        ),
        "The recruitment and use of children in the armed conflicts of South Asia.": (
            "Le recrutement et l'utilisation d'enfants dans les conflits armés d'Asie du Sud."
        ),
        "Child soldiers in West Africa": "Les enfants soldats en Afrique de l'Ouest",
        (
            "Child soldiers in the conflicts of West Africa, their movement across borders and "
            "the reintegration of those who have come home."
        ): (
            "Les enfants soldats dans les conflits d'Afrique de l'Ouest, leurs déplacements d'un "
            "pays à l'autre et la réintégration de ceux qui sont rentrés chez eux."
        ),
        "An analysis of submissions to the Committee on the Rights of the Child": (
            "Analyse des rapports soumis au Comité des droits de l'enfant"
        ),
        (
            "What governments reported to the UN Committee on the Rights of the Child about the "
            "involvement of children in armed conflict, and what the Committee recommended."
        ): (
            "Ce que les gouvernements ont rapporté au Comité des droits de l'enfant des Nations "
            "unies sur l'implication d'enfants dans les conflits armés, et ce que le Comité a "
            "recommandé."
        ),
        "Priorities for child soldiers in the DRC": "Priorités pour les enfants soldats en RDC",
        (
            "Priorities for the demobilization and reintegration of children in the Democratic "
            "Republic of Congo."
        ): (
            "Les priorités pour la démobilisation et la réintégration des enfants en République "
            "démocratique du Congo."
        ),
        (
            "Report of an international forum on armed groups and the involvement of children in "
            "armed conflict"
        ): (
            "Rapport d'un forum international sur les groupes armés et l'implication d'enfants "
            "dans les conflits armés"
        ),
        (
            "The report of an international forum on armed groups and the involvement of children "
            "in armed conflict: how to engage armed political groups to end child recruitment."
        ): (
            "Le rapport d'un forum international sur les groupes armés et l'implication d'enfants "
            "dans les conflits armés\u00a0: comment dialoguer avec les groupes politiques armés "
            "pour mettre fin au recrutement d'enfants."
        ),
        "The vulnerability of children to involvement in armed conflict in Lebanon": (
            "La vulnérabilité des enfants face à l'implication dans le conflit armé au Liban"
        ),
        (
            "Why children in Lebanon are vulnerable to involvement in armed conflict, and what "
            "would protect them."
        ): (
            "Pourquoi les enfants au Liban risquent d'être impliqués dans le conflit armé, et ce "
            "qui les protégerait."
        ),
        "Briefing to the UN Security Council on children and armed conflict": (
            "Note d'information au Conseil de sécurité des Nations unies sur les enfants et les "
            "conflits armés"
        ),
        (
            "Country information submitted to the UN Security Council in advance of its annual "
            "debate on the involvement of children in armed conflict."
        ): (
            "Des informations par pays soumises au Conseil de sécurité des Nations unies avant "
            "son débat annuel sur l'implication d'enfants dans les conflits armés."
        ),
        "Country information for the UN Committee on the Rights of the Child": (
            "Informations par pays pour le Comité des droits de l'enfant des Nations unies"
        ),
        (
            "Country information submitted to the UN Committee on the Rights of the Child, which "
            "monitors governments' progress in implementing the Convention on the Rights of the "
            "Child."
        ): (
            "Des informations par pays soumises au Comité des droits de l'enfant des Nations "
            "unies, qui suit les progrès accomplis par les gouvernements dans la mise en œuvre de "
            "la Convention relative aux droits de l'enfant."
        ),
        "Briefing to the European Union on children and armed conflict": (
            "Note d'information à l'Union européenne sur les enfants et les conflits armés"
        ),
        (
            "Briefing materials for the European Union on the recruitment and use of children in "
            "armed conflict."
        ): (
            "Des documents d'information destinés à l'Union européenne sur le recrutement et "
            "l'utilisation d'enfants dans les conflits armés."
        ),
        "Briefing to the Organization of American States on children and armed conflict": (
            "Note d'information à l'Organisation des États américains sur les enfants et les "
            "conflits armés"
        ),
        (
            "Briefing materials for the Organization of American States on the recruitment and "
            "use of children in armed conflict in the Americas."
        ): (
            "Des documents d'information destinés à l'Organisation des États américains sur le "
            "recrutement et l'utilisation d'enfants dans les conflits armés sur le continent "
            "américain."
        ),
        "Programmes": "Programmes",
        (
            "Reintegration programmes for children formerly associated with armed forces and "
            "armed groups."
        ): (
            "Des programmes de réintégration pour les enfants anciennement associés à des forces "
            "armées ou à des groupes armés."
        ),
        "Psycho-social guidance": "Orientations psychosociales",
        (
            "Practical guidance for social workers, health workers, teachers and caseworkers "
            "supporting children and their families."
        ): (
            "Des conseils pratiques pour les travailleurs sociaux, les agents de santé, les "
            "enseignants et les gestionnaires de cas qui accompagnent les enfants et leurs "
            "familles."
        ),
        "Psychological first aid for children arriving at a transit centre": (
            "Premiers secours psychologiques pour les enfants qui arrivent dans un centre de "
            "transit"
        ),
        (
            "How to receive a child in the first hours after leaving an armed group: safety, "
            "calm, connection and practical help."
        ): (
            "Comment accueillir un enfant dans les premières heures après sa sortie d'un groupe "
            "armé\u00a0: sécurité, apaisement, lien et aide concrète."
        ),
        "Safety and basic needs come first.": (
            "La sécurité et les besoins essentiels passent avant tout."
        ),
        "Listen without pressing for details.": "Écouter sans insister pour obtenir des détails.",
        "Connect the child with family and services as soon as it is safe.": (
            "Mettre l'enfant en relation avec sa famille et les services dès que c'est sans danger."
        ),
        "Make the child safe and comfortable": "Mettre l'enfant en sécurité et à l'aise",
        "Food, water, rest and a quiet place away from adults in uniform.": (
            "De quoi manger et boire, du repos et un endroit calme, à l'écart des adultes en "
            "uniforme."
        ),
        "Introduce yourself and explain what happens next": (
            "Se présenter et expliquer ce qui va se passer"
        ),
        "Use simple words and the child's language.": (
            "Employer des mots simples et la langue de l'enfant."
        ),
        "Listen": "Écouter",
        "Let the child decide what to say.": "Laisser l'enfant décider de ce qu'il veut dire.",
        "Record and refer": "Consigner et orienter",
        "Start family tracing and note any urgent health needs.": (
            "Lancer la recherche familiale et noter tout besoin de santé urgent."
        ),
        "Sit at the child's level": "Se mettre à la hauteur de l'enfant",
        "Say what you can and cannot do": (
            "Dire ce que vous pouvez faire et ce que vous ne pouvez pas faire"
        ),
        "Ask about what they did in the group": "Lui demander ce qu'il a fait dans le groupe",
        "Take photographs of the child": "Photographier l'enfant",
        (
            "If a child tells you they are at risk of harm, or you are worried about their "
            "safety, follow your organisation's referral procedure <b>the same day</b>. Do not "
            "promise to keep it secret."
        ): (
            "Si un enfant vous dit qu'il risque de subir un préjudice, ou si vous craignez pour "
            "sa sécurité, suivez la procédure de référencement de votre organisation <b>le jour "
            "même</b>. Ne promettez pas de garder le secret."
        ),
        "Conversation checklist": "Liste de contrôle pour l'entretien",
        "Print it and keep it with your case notes.": (
            "Imprimez-la et conservez-la avec vos notes de suivi du dossier."
        ),
        "Psycho-social technical group": "Groupe technique psychosocial",
        "Networks": "Réseaux",
        (
            "Regional coalitions in Africa, Latin America, the Middle East and Southeast Asia, "
            "and national coalitions in 35 countries."
        ): (
            "Des coalitions régionales en Afrique, en Amérique latine, au Moyen-Orient et en Asie "
            "du Sud-Est, et des coalitions nationales dans 35 pays."
        ),
        "Africa regional network": "Réseau régional Afrique",
        "africa": "afrique",
        (
            "The regional coalition of national coalitions and partners working to end the use of "
            "child soldiers in Africa and to support children's return home."
        ): (
            "La coalition régionale des coalitions nationales et des partenaires qui œuvrent pour "
            "mettre fin à l'utilisation d'enfants soldats en Afrique et pour accompagner le "
            "retour des enfants dans leur foyer."
        ),
        "Regional coordinator": "Coordination régionale",
    }
)

ES = with_slugs(
    {
        "Africa": "África",
        "Latin America": "América Latina",
        "Middle East": "Oriente Medio",
        "Southeast Asia": "Sudeste Asiático",
        "Reintegration": "Reintegración",
        (
            "Children's return to family and community life after association with armed forces "
            "or groups."
        ): (
            "El regreso de niños y niñas a la vida familiar y comunitaria después de haber estado "
            "asociados a fuerzas armadas o grupos armados."
        ),
        "Psycho-social support": "Apoyo psicosocial",
        (
            "Care for children's emotional and social well-being, from family and community "
            "support to specialised services."
        ): (
            "La atención al bienestar emocional y social de niños y niñas, desde el apoyo "
            "familiar y comunitario hasta los servicios especializados."
        ),
        "Girls": "Niñas",
        (
            "The particular experience and needs of girls associated with armed forces or groups, "
            "including girl mothers."
        ): (
            "La experiencia y las necesidades particulares de las niñas asociadas a fuerzas "
            "armadas o grupos armados, incluidas las niñas madres."
        ),
        "Sexual exploitation": "Explotación sexual",
        (
            "Sexual violence and exploitation of children in armed conflict, and the response to "
            "it."
        ): (
            "La violencia y la explotación sexuales que sufren niños y niñas en los conflictos "
            "armados, y la respuesta a ellas."
        ),
        "Displacement": "Desplazamiento",
        "Refugee and internally displaced children and the risk of recruitment they face.": (
            "Los niños y niñas refugiados y desplazados internos, y el riesgo de reclutamiento al "
            "que se enfrentan."
        ),
        "Juvenile justice": "Justicia juvenil",
        (
            "Children accused of crimes during armed conflict: their treatment as victims first, "
            "and justice that serves their reintegration."
        ): (
            "Niños y niñas acusados de delitos cometidos durante un conflicto armado: tratarlos "
            "ante todo como víctimas, con una justicia al servicio de su reintegración."
        ),
        "Education": "Educación",
        (
            "Schooling, catch-up learning and the protection of schools from attack and "
            "recruitment."
        ): (
            "La escolarización, la educación acelerada y la protección de las escuelas frente a "
            "los ataques y el reclutamiento."
        ),
        "Family tracing and reunification": "Localización y reunificación familiar",
        "Finding children's families and bringing them back together safely.": (
            "Encontrar a las familias de los niños y niñas y reunirlos con ellas de forma segura."
        ),
        "Livelihoods": "Medios de vida",
        "Vocational training, apprenticeships and income for older children and young people.": (
            "Formación profesional, aprendizaje de oficios e ingresos para adolescentes y jóvenes."
        ),
        "Prevention of recruitment": "Prevención del reclutamiento",
        (
            "Keeping children out of armed forces and groups: law, age verification and community "
            "protection."
        ): (
            "Mantener a niños y niñas fuera de las fuerzas armadas y los grupos armados: la ley, "
            "la verificación de la edad y la protección comunitaria."
        ),
        "Monitoring and reporting": "Vigilancia y presentación de informes",
        (
            "Documenting recruitment and use of children, and reporting to national, regional and "
            "UN bodies."
        ): (
            "Documentar el reclutamiento y la utilización de niños y niñas, e informar a los "
            "organismos nacionales y regionales y a los órganos de las Naciones Unidas."
        ),
        "Home": "Inicio",
        "home": "home-es",
        (
            "The Coalition works to end the recruitment and use of boys and girls as soldiers, to "
            "secure their demobilization and to promote their reintegration into their "
            "communities. To achieve these goals we work in the following three areas:"
        ): (
            "La Coalición trabaja para poner fin al reclutamiento y la utilización de niños y "
            "niñas como soldados, lograr su desmovilización y promover su reintegración en sus "
            "comunidades. Para alcanzar estos objetivos, trabajamos en las tres áreas siguientes:"
        ),
        "What We Do": "Qué hacemos",
        "what-we-do": "que-hacemos",
        (
            "The Coalition works to end the recruitment and use of boys and girls as soldiers, to "
            "secure their demobilization and to promote their reintegration into their "
            "communities."
        ): (
            "La Coalición trabaja para poner fin al reclutamiento y la utilización de niños y "
            "niñas como soldados, lograr su desmovilización y promover su reintegración en sus "
            "comunidades."
        ),
        "Research and monitoring": "Investigación y monitoreo",
        "research-and-monitoring": "investigacion-y-monitoreo",
        (
            "The International Coalition is the leading international non-governmental "
            "organization monitoring the use of child soldiers worldwide."
        ): (
            "La Coalición Internacional es la principal organización no gubernamental "
            "internacional dedicada a vigilar la utilización de niños y niñas soldados en todo el "
            "mundo."
        ),
        (
            "We produce the Child Soldiers Global Report every three years, providing detailed "
            "country-by-country information on the recruitment and use of children in armed "
            "conflict by government forces, government-backed paramilitaries and armed political "
            "groups, as well as information on demobilization and reintegration programs where "
            "these exist. The next Global Report is due to be published in May 2008."
        ): (
            "Cada tres años publicamos el Informe Global sobre Niños Soldados, que ofrece "
            "información detallada, país por país, sobre el reclutamiento y la utilización de "
            "niños y niñas en conflictos armados por parte de fuerzas gubernamentales, grupos "
            "paramilitares respaldados por gobiernos y grupos políticos armados, así como sobre "
            "los programas de desmovilización y reintegración allí donde existen. Está previsto "
            "que el próximo Informe Global se publique en mayo de 2008."
        ),
        (
            "We regularly submit briefing papers and country information to the UN Security "
            "Council, usually in advance of the council's annual debate on the involvement of "
            "children in armed conflict. We also submit country information three times a year to "
            "the UN Committee on the Rights of the Child which monitors governments' progress in "
            "implementing the Convention on the Rights of the Child. Documents and other briefing "
            "materials are also submitted to regional bodies such as the European Union and the "
            "Organization of American States when relevant."
        ): (
            "Presentamos periódicamente documentos informativos e información por país al Consejo "
            "de Seguridad de la ONU, normalmente antes de su debate anual sobre la participación "
            "de niños y niñas en los conflictos armados. Tres veces al año presentamos también "
            "información por país al Comité de los Derechos del Niño de la ONU, que supervisa los "
            "progresos de los gobiernos en la aplicación de la Convención sobre los Derechos del "
            "Niño. Cuando procede, también se presentan documentos y otros materiales "
            "informativos a organismos regionales como la Unión Europea y la Organización de los "
            "Estados Americanos."
        ),
        (
            "We work in collaboration with our national coalitions to commission and carry out "
            "research on child soldier use in particular regions or countries. In 2004 we "
            "published separate reports on the use of children in armed conflict in Israel and "
            "the Palestinian Occupied Territories, and on the plight of girl soldiers in the "
            "Democratic Republic of Congo. In 2006 we published reports on child recruitment in "
            "South Asian conflicts, child soldiers in West Africa and an analysis of submissions "
            "to the Committee on the Rights of the Child. In 2007 we published reports and "
            "briefing papers on Priorities for child soldiers in the DRC, a report of an "
            "international forum on armed groups and the involvement of children on armed "
            "conflict, and the vulnerability of children to involvement in armed conflict in the "
            "Lebanon."
        ): (
            "Junto con nuestras coaliciones nacionales, encargamos y realizamos investigaciones "
            "sobre la utilización de niños y niñas soldados en determinadas regiones o países. En "
            "2004 publicamos dos informes: uno sobre la utilización de niños y niñas en el "
            "conflicto armado en Israel y los Territorios Palestinos Ocupados, y otro sobre la "
            "difícil situación de las niñas soldados en la República Democrática del Congo. En "
            "2006 publicamos informes sobre el reclutamiento de niños y niñas en los conflictos "
            "de Asia meridional y sobre los niños y niñas soldados en África Occidental, además "
            "de un análisis de los informes presentados al Comité de los Derechos del Niño. En "
            "2007 publicamos informes y documentos informativos sobre las prioridades para los "
            "niños y niñas soldados en la RDC, el informe de un foro internacional sobre los "
            "grupos armados y la participación de niños y niñas en los conflictos armados, y un "
            "estudio sobre la vulnerabilidad de los niños y niñas a verse involucrados en el "
            "conflicto armado en el Líbano."
        ),
        (
            "We have also researched and published general articles on the context, causes and "
            "consequences of child soldiering. Topics have included displacement, girl soldiers "
            "and sexual exploitation, and juvenile justice for child soldiers accused of human "
            "rights violations."
        ): (
            "También hemos investigado y publicado artículos generales sobre el contexto, las "
            "causas y las consecuencias de la utilización de niños y niñas como soldados. Entre "
            "los temas tratados figuran el desplazamiento, las niñas soldados y la explotación "
            "sexual, y la justicia juvenil para niños y niñas soldados acusados de violaciones de "
            "los derechos humanos."
        ),
        "Advocacy and public education": "Incidencia y sensibilización pública",
        "advocacy-and-public-education": "incidencia-y-sensibilizacion-publica",
        (
            "The Coalition campaigns for the immediate demobilization of all children currently "
            "being used as soldiers in armed conflict and their reintegration into their "
            "communities."
        ): (
            "La Coalición hace campaña por la desmovilización inmediata de todos los niños y "
            "niñas que actualmente son utilizados como soldados en conflictos armados, y por su "
            "reintegración en sus comunidades."
        ),
        (
            "The Coalition campaigns for the immediate demobilization of all children currently "
            "being used as soldiers in armed conflict and their reintegration into their "
            "communities. It lobbies governments and armed political groups known to be using "
            "child soldiers and makes recommendations to governments and inter-governmental "
            "bodies such as the UN for action to demobilize children and assist them to return to "
            "their communities."
        ): (
            "La Coalición hace campaña por la desmovilización inmediata de todos los niños y "
            "niñas que actualmente son utilizados como soldados en conflictos armados, y por su "
            "reintegración en sus comunidades. Realiza labores de incidencia ante los gobiernos y "
            "los grupos políticos armados que se sabe que utilizan niños y niñas soldados, y "
            "formula recomendaciones a los gobiernos y a organismos intergubernamentales como la "
            "ONU para que actúen a fin de desmovilizar a los niños y niñas y ayudarlos a regresar "
            "a sus comunidades."
        ),
        (
            "We work to raise awareness of child soldiers among the general public through the "
            "dissemination of publications and via media campaigns."
        ): (
            "Trabajamos para sensibilizar al público en general sobre la situación de los niños y "
            "niñas soldados mediante la difusión de publicaciones y campañas en los medios de "
            "comunicación."
        ),
        (
            "The Coalition campaigns for all governments to adhere to international laws "
            "prohibiting the use of children under the age of 18 in armed conflict."
        ): (
            "La Coalición hace campaña para que todos los gobiernos se adhieran a las normas "
            "internacionales que prohíben la utilización de menores de 18 años en los conflictos "
            "armados."
        ),
        "Networking and capacity-building": "Trabajo en red y fortalecimiento de capacidades",
        "networking-and-capacity-building": "trabajo-en-red-y-fortalecimiento-de-capacidades",
        (
            "The International Coalition works in collaboration with regional and national "
            "Coalitions to develop research and campaigning expertise, especially in countries "
            "where there are children involved in armed conflict."
        ): (
            "La Coalición Internacional colabora con las coaliciones regionales y nacionales para "
            "desarrollar su capacidad de investigación y de campaña, especialmente en los países "
            "donde hay niños y niñas involucrados en conflictos armados."
        ),
        (
            "We promote the dissemination of information about child soldiering as well as "
            "reintegration and other programs to assist child soldiers."
        ): (
            "Promovemos la difusión de información sobre la utilización de niños y niñas "
            "soldados, así como sobre los programas de reintegración y otros programas de "
            "asistencia a niños y niñas soldados."
        ),
        (
            "The Coalition is involved in a range of projects and activities aimed at "
            "strengthening regional and national networks, facilitating the exchange of "
            "information and experience and stimulating debate. Some examples of current projects "
            "and activities are the Child Soldiers Newsletter and the psycho-social webpage."
        ): (
            "La Coalición participa en diversos proyectos y actividades dirigidos a fortalecer "
            "las redes regionales y nacionales, facilitar el intercambio de información y "
            "experiencias y estimular el debate. Entre los proyectos y actividades en curso "
            "figuran el Boletín sobre Niños Soldados y la página web sobre apoyo psicosocial."
        ),
        "Achievements": "Logros",
        "achievements": "logros",
        (
            "The Coalition has been at the forefront of efforts to ban the recruitment and use of "
            "child soldiers."
        ): (
            "La Coalición ha estado a la vanguardia de los esfuerzos por prohibir el "
            "reclutamiento y la utilización de niños y niñas soldados."
        ),
        (
            "The Coalition has been at the forefront of efforts to ban the recruitment and use of "
            "child soldiers. Its achievements include:"
        ): (
            "La Coalición ha estado a la vanguardia de los esfuerzos por prohibir el "
            "reclutamiento y la utilización de niños y niñas soldados. Entre sus logros figuran:"
        ),
        (
            "Playing an instrumental role in the negotiation, adoption and entry into force of "
            "the Optional Protocol to the Convention on the Rights of the Child on the "
            "involvement of children in armed conflict (see Developments)."
        ): (
            "Un papel decisivo en la negociación, la aprobación y la entrada en vigor del "
            "Protocolo facultativo de la Convención sobre los Derechos del Niño relativo a la "
            "participación de niños en los conflictos armados (véase Novedades)."
        ),
        (
            "Active engagement with influential inter-governmental agencies, such as the UN "
            "Security Council, the Human Security Network, the European Union, the UN Committee "
            "on the Rights of the Child and the International Labour Organization."
        ): (
            "Una colaboración activa con organismos intergubernamentales influyentes como el "
            "Consejo de Seguridad de la ONU, la Red de Seguridad Humana, la Unión Europea, el "
            "Comité de los Derechos del Niño de la ONU y la Organización Internacional del "
            "Trabajo."
        ),
        (
            "Publication of two Child Soldiers Global Reports, providing comprehensive "
            "country-by-country information on child recruitment and use worldwide, as well as "
            "numerous reports and briefings on the use of children in armed conflict by "
            "government forces and armed political groups."
        ): (
            "La publicación de dos Informes Globales sobre Niños Soldados, con información "
            "exhaustiva, país por país, sobre el reclutamiento y la utilización de niños y niñas "
            "en todo el mundo, así como de numerosos informes y documentos informativos sobre la "
            "utilización de niños y niñas en conflictos armados por parte de fuerzas "
            "gubernamentales y grupos políticos armados."
        ),
        (
            "Publishing research on issues relevant to child soldiers including gender and sexual "
            "exploitation, displacement, juvenile justice and the reintegration of former child "
            "soldiers into their communities."
        ): (
            "La publicación de investigaciones sobre cuestiones relacionadas con los niños y "
            "niñas soldados, como el género y la explotación sexual, el desplazamiento, la "
            "justicia juvenil y la reintegración de antiguos niños y niñas soldados en sus "
            "comunidades."
        ),
        (
            "Forming national coalitions in 35 countries worldwide and regional coalitions in "
            "Africa, Latin America, Middle East and Southeast Asia."
        ): (
            "La creación de coaliciones nacionales en 35 países de todo el mundo y de coaliciones "
            "regionales en África, América Latina, Oriente Medio y el Sudeste Asiático."
        ),
        "Library": "Biblioteca",
        (
            "The coalition's Global Reports, country and thematic reports, and briefings to the "
            "UN and regional bodies."
        ): (
            "Los Informes Globales de la Coalición, sus informes por país y temáticos, y sus "
            "documentos informativos para la ONU y los organismos regionales."
        ),
        "Child Soldiers Global Report 2001": "Informe Global sobre Niños Soldados 2001",
        (
            "Country-by-country information on the recruitment and use of children in armed "
            "conflict by government forces, government-backed paramilitaries and armed political "
            "groups, and on demobilization and reintegration programmes where they exist."
        ): (
            "Información, país por país, sobre el reclutamiento y la utilización de niños y niñas "
            "en conflictos armados por parte de fuerzas gubernamentales, grupos paramilitares "
            "respaldados por gobiernos y grupos políticos armados, y sobre los programas de "
            "desmovilización y reintegración allí donde existen."
        ),
        "International Coalition": "Coalición Internacional",
        "Child Soldiers Global Report 2004": "Informe Global sobre Niños Soldados 2004",
        (
            "The second Global Report: comprehensive country-by-country information on child "
            "recruitment and use worldwide, and on demobilization and reintegration programmes."
        ): (
            "El segundo Informe Global: información exhaustiva, país por país, sobre el "
            "reclutamiento y la utilización de niños y niñas en todo el mundo, y sobre los "
            "programas de desmovilización y reintegración."
        ),
        (
            "Child soldiers: the use of children in armed conflict in Israel and the Occupied "
            "Palestinian Territories"
        ): (
            "Niños soldados: la utilización de niños y niñas en el conflicto armado en Israel y "
            "los Territorios Palestinos Ocupados"
        ),
        (
            "A report on the use of children in armed conflict in Israel and the Occupied "
            "Palestinian Territories, researched with the coalition's national partners."
        ): (
            "Un informe sobre la utilización de niños y niñas en el conflicto armado en Israel y "
            "los Territorios Palestinos Ocupados, elaborado con los socios nacionales de la "
            "Coalición."
        ),
        "The plight of girl soldiers in the Democratic Republic of Congo": (
            "La difícil situación de las niñas soldados en la República Democrática del Congo"
        ),
        (
            "The experience of girls associated with armed forces and groups in the Democratic "
            "Republic of Congo, and what their demobilization and reintegration require."
        ): (
            "La experiencia de las niñas asociadas a fuerzas armadas y grupos armados en la "
            "República Democrática del Congo, y lo que requieren su desmovilización y su "
            "reintegración."
        ),
        "Child recruitment in South Asian conflicts": (
            "El reclutamiento de niños y niñas en los conflictos de Asia meridional"
        ),
        "The recruitment and use of children in the armed conflicts of South Asia.": (
            "El reclutamiento y la utilización de niños y niñas en los conflictos armados de Asia "
            "meridional."
        ),
        "Child soldiers in West Africa": "Niños y niñas soldados en África Occidental",
        (
            "Child soldiers in the conflicts of West Africa, their movement across borders and "
            "the reintegration of those who have come home."
        ): (
            "Los niños y niñas soldados en los conflictos de África Occidental, sus "
            "desplazamientos a través de las fronteras y la reintegración de quienes han "
            "regresado a casa."
        ),
        "An analysis of submissions to the Committee on the Rights of the Child": (
            "Análisis de los informes presentados al Comité de los Derechos del Niño"
        ),
        (
            "What governments reported to the UN Committee on the Rights of the Child about the "
            "involvement of children in armed conflict, and what the Committee recommended."
        ): (
            "Lo que los gobiernos informaron al Comité de los Derechos del Niño de la ONU sobre "
            "la participación de niños y niñas en los conflictos armados, y lo que el Comité "
            "recomendó."
        ),
        "Priorities for child soldiers in the DRC": (
            "Prioridades para los niños y niñas soldados en la RDC"
        ),
        (
            "Priorities for the demobilization and reintegration of children in the Democratic "
            "Republic of Congo."
        ): (
            "Prioridades para la desmovilización y la reintegración de niños y niñas en la "
            "República Democrática del Congo."
        ),
        (
            "Report of an international forum on armed groups and the involvement of children in "
            "armed conflict"
        ): (
            "Informe de un foro internacional sobre los grupos armados y la participación de "
            "niños y niñas en los conflictos armados"
        ),
        (
            "The report of an international forum on armed groups and the involvement of children "
            "in armed conflict: how to engage armed political groups to end child recruitment."
        ): (
            "El informe de un foro internacional sobre los grupos armados y la participación de "
            "niños y niñas en los conflictos armados: cómo dialogar con los grupos políticos "
            "armados para poner fin al reclutamiento infantil."
        ),
        "The vulnerability of children to involvement in armed conflict in Lebanon": (
            "La vulnerabilidad de los niños y niñas a verse involucrados en el conflicto armado "
            "en el Líbano"
        ),
        (
            "Why children in Lebanon are vulnerable to involvement in armed conflict, and what "
            "would protect them."
        ): (
            "Por qué los niños y niñas del Líbano corren el riesgo de verse involucrados en el "
            "conflicto armado, y qué los protegería."
        ),
        "Briefing to the UN Security Council on children and armed conflict": (
            "Documento informativo para el Consejo de Seguridad de la ONU sobre los niños y los "
            "conflictos armados"
        ),
        (
            "Country information submitted to the UN Security Council in advance of its annual "
            "debate on the involvement of children in armed conflict."
        ): (
            "Información por país presentada al Consejo de Seguridad de la ONU antes de su debate "
            "anual sobre la participación de niños y niñas en los conflictos armados."
        ),
        "Country information for the UN Committee on the Rights of the Child": (
            "Información por país para el Comité de los Derechos del Niño de la ONU"
        ),
        (
            "Country information submitted to the UN Committee on the Rights of the Child, which "
            "monitors governments' progress in implementing the Convention on the Rights of the "
            "Child."
        ): (
            "Información por país presentada al Comité de los Derechos del Niño de la ONU, que "
            "supervisa los progresos de los gobiernos en la aplicación de la Convención sobre los "
            "Derechos del Niño."
        ),
        "Briefing to the European Union on children and armed conflict": (
            "Documento informativo para la Unión Europea sobre los niños y los conflictos armados"
        ),
        (
            "Briefing materials for the European Union on the recruitment and use of children in "
            "armed conflict."
        ): (
            "Materiales informativos para la Unión Europea sobre el reclutamiento y la "
            "utilización de niños y niñas en los conflictos armados."
        ),
        "Briefing to the Organization of American States on children and armed conflict": (
            "Documento informativo para la Organización de los Estados Americanos sobre los niños "
            "y los conflictos armados"
        ),
        (
            "Briefing materials for the Organization of American States on the recruitment and "
            "use of children in armed conflict in the Americas."
        ): (
            "Materiales informativos para la Organización de los Estados Americanos sobre el "
            "reclutamiento y la utilización de niños y niñas en los conflictos armados de las "
            "Américas."
        ),
        "Programmes": "Programas",
        (
            "Reintegration programmes for children formerly associated with armed forces and "
            "armed groups."
        ): (
            "Programas de reintegración para niños y niñas que estuvieron asociados a fuerzas "
            "armadas o grupos armados."
        ),
        "Psycho-social guidance": "Orientación psicosocial",
        (
            "Practical guidance for social workers, health workers, teachers and caseworkers "
            "supporting children and their families."
        ): (
            "Orientaciones prácticas para trabajadores sociales, personal sanitario, docentes y "
            "gestores de casos que acompañan a niños y niñas y a sus familias."
        ),
        "Psychological first aid for children arriving at a transit centre": (
            "Primeros auxilios psicológicos para niños y niñas que llegan a un centro de tránsito"
        ),
        (
            "How to receive a child in the first hours after leaving an armed group: safety, "
            "calm, connection and practical help."
        ): (
            "Cómo recibir a un niño o una niña en las primeras horas después de salir de un grupo "
            "armado: seguridad, calma, conexión y ayuda práctica."
        ),
        "Safety and basic needs come first.": (
            "Lo primero son la seguridad y las necesidades básicas."
        ),
        "Listen without pressing for details.": "Escuchar sin presionar para obtener detalles.",
        "Connect the child with family and services as soon as it is safe.": (
            "Poner al niño o la niña en contacto con su familia y con los servicios en cuanto sea "
            "seguro."
        ),
        "Make the child safe and comfortable": (
            "Procurar que el niño o la niña esté a salvo y cómodo"
        ),
        "Food, water, rest and a quiet place away from adults in uniform.": (
            "Comida, agua, descanso y un lugar tranquilo, lejos de adultos con uniforme."
        ),
        "Introduce yourself and explain what happens next": (
            "Presentarse y explicar lo que va a ocurrir"
        ),
        "Use simple words and the child's language.": (
            "Usar palabras sencillas y el idioma del niño o la niña."
        ),
        "Listen": "Escuchar",
        "Let the child decide what to say.": "Dejar que el niño o la niña decida qué contar.",
        "Record and refer": "Registrar y derivar",
        "Start family tracing and note any urgent health needs.": (
            "Iniciar la localización familiar y anotar cualquier necesidad de salud urgente."
        ),
        "Sit at the child's level": "Ponerse a la altura del niño o la niña",
        "Say what you can and cannot do": "Decir lo que puede y lo que no puede hacer",
        "Ask about what they did in the group": "Preguntar qué hizo en el grupo",
        "Take photographs of the child": "Tomar fotografías del niño o la niña",
        (
            "If a child tells you they are at risk of harm, or you are worried about their "
            "safety, follow your organisation's referral procedure <b>the same day</b>. Do not "
            "promise to keep it secret."
        ): (
            "Si un niño o una niña le dice que corre peligro de sufrir daños, o si le preocupa su "
            "seguridad, siga el procedimiento de derivación de su organización <b>el mismo "
            "día</b>. No prometa guardar el secreto."
        ),
        "Conversation checklist": "Lista de verificación para la conversación",
        "Print it and keep it with your case notes.": (
            "Imprímala y guárdela con sus notas del caso."
        ),
        "Psycho-social technical group": "Grupo técnico psicosocial",
        "Networks": "Redes",
        (
            "Regional coalitions in Africa, Latin America, the Middle East and Southeast Asia, "
            "and national coalitions in 35 countries."
        ): (
            "Coaliciones regionales en África, América Latina, Oriente Medio y el Sudeste "
            "Asiático, y coaliciones nacionales en 35 países."
        ),
        "Africa regional network": "Red regional de África",
        "africa": "africa",
        (
            "The regional coalition of national coalitions and partners working to end the use of "
            "child soldiers in Africa and to support children's return home."
        ): (
            "La coalición regional de coaliciones nacionales y organizaciones asociadas que "
            "trabajan para poner fin a la utilización de niños y niñas soldados en África y para "
            "apoyar su regreso a casa."
        ),
        "Regional coordinator": "Coordinación regional",
    }
)

AR = with_slugs(
    {
        "Africa": "أفريقيا",
        "Latin America": "أمريكا اللاتينية",
        "Middle East": "الشرق الأوسط",
        "Southeast Asia": "جنوب شرق آسيا",
        "Reintegration": "إعادة الإدماج",
        (
            "Children's return to family and community life after association with armed forces "
            "or groups."
        ): (
            "عودة الأطفال إلى الحياة الأسرية والمجتمعية بعد ارتباطهم بالقوات المسلحة أو الجماعات "
            "المسلحة."
        ),
        "Psycho-social support": "الدعم النفسي والاجتماعي",
        (
            "Care for children's emotional and social well-being, from family and community "
            "support to specialised services."
        ): (
            "رعاية الرفاه العاطفي والاجتماعي للأطفال، من الدعم الأسري والمجتمعي إلى الخدمات "
            "المتخصصة."
        ),
        "Girls": "الفتيات",
        (
            "The particular experience and needs of girls associated with armed forces or groups, "
            "including girl mothers."
        ): (
            "التجارب والاحتياجات الخاصة للفتيات المرتبطات بالقوات المسلحة أو الجماعات المسلحة، "
            "بمن فيهن الفتيات الأمهات."
        ),
        "Sexual exploitation": "الاستغلال الجنسي",
        (
            "Sexual violence and exploitation of children in armed conflict, and the response to "
            "it."
        ): (
            "العنف والاستغلال الجنسيان اللذان يتعرض لهما الأطفال في النزاعات المسلحة، وسبل التصدي "
            "لهما."
        ),
        "Displacement": "النزوح",
        "Refugee and internally displaced children and the risk of recruitment they face.": (
            "الأطفال اللاجئون والنازحون داخلياً، وخطر التجنيد الذي يواجهونه."
        ),
        "Juvenile justice": "قضاء الأحداث",
        (
            "Children accused of crimes during armed conflict: their treatment as victims first, "
            "and justice that serves their reintegration."
        ): (
            "الأطفال المتهمون بارتكاب جرائم خلال النزاعات المسلحة: معاملتهم أولاً بوصفهم ضحايا، "
            "وعدالة تخدم إعادة إدماجهم."
        ),
        "Education": "التعليم",
        (
            "Schooling, catch-up learning and the protection of schools from attack and "
            "recruitment."
        ): ("الالتحاق بالمدارس، والتعليم التعويضي، وحماية المدارس من الهجمات ومن التجنيد."),
        "Family tracing and reunification": "اقتفاء أثر الأسر ولمّ شملها",
        "Finding children's families and bringing them back together safely.": (
            "العثور على أسر الأطفال ولمّ شملهم بها بأمان."
        ),
        "Livelihoods": "سبل العيش",
        "Vocational training, apprenticeships and income for older children and young people.": (
            "التدريب المهني والتلمذة المهنية ومصادر الدخل للأطفال الأكبر سناً والشباب."
        ),
        "Prevention of recruitment": "منع التجنيد",
        (
            "Keeping children out of armed forces and groups: law, age verification and community "
            "protection."
        ): (
            "إبعاد الأطفال عن القوات المسلحة والجماعات المسلحة: القانون، والتحقق من السن، "
            "والحماية المجتمعية."
        ),
        "Monitoring and reporting": "الرصد والإبلاغ",
        (
            "Documenting recruitment and use of children, and reporting to national, regional and "
            "UN bodies."
        ): (
            "توثيق تجنيد الأطفال واستخدامهم، وإبلاغ الهيئات الوطنية والإقليمية وهيئات الأمم "
            "المتحدة بذلك."
        ),
        "Home": "الرئيسية",
        "home": "home-ar",
        (
            "The Coalition works to end the recruitment and use of boys and girls as soldiers, to "
            "secure their demobilization and to promote their reintegration into their "
            "communities. To achieve these goals we work in the following three areas:"
        ): (
            "يعمل التحالف على إنهاء تجنيد الفتيان والفتيات واستخدامهم جنوداً، وضمان تسريحهم، "
            "وتعزيز إعادة إدماجهم في مجتمعاتهم المحلية. ولتحقيق هذه الأهداف، نعمل في المجالات "
            "الثلاثة التالية:"
        ),
        "What We Do": "ماذا نفعل",
        "what-we-do": "madha-nafal",
        (
            "The Coalition works to end the recruitment and use of boys and girls as soldiers, to "
            "secure their demobilization and to promote their reintegration into their "
            "communities."
        ): (
            "يعمل التحالف على إنهاء تجنيد الفتيان والفتيات واستخدامهم جنوداً، وضمان تسريحهم، "
            "وتعزيز إعادة إدماجهم في مجتمعاتهم المحلية."
        ),
        "Research and monitoring": "البحث والرصد",
        "research-and-monitoring": "al-bahth-wal-rasd",
        (
            "The International Coalition is the leading international non-governmental "
            "organization monitoring the use of child soldiers worldwide."
        ): (
            "التحالف الدولي هو المنظمة الدولية غير الحكومية الرائدة في رصد استخدام الأطفال الجنود "
            "في جميع أنحاء العالم."
        ),
        (
            "We produce the Child Soldiers Global Report every three years, providing detailed "
            "country-by-country information on the recruitment and use of children in armed "
            "conflict by government forces, government-backed paramilitaries and armed political "
            "groups, as well as information on demobilization and reintegration programs where "
            "these exist. The next Global Report is due to be published in May 2008."
        ): (
            "نُصدر كل ثلاث سنوات التقرير العالمي عن الأطفال الجنود، الذي يقدّم معلومات مفصّلة، "
            "بلداً بلداً، عن تجنيد الأطفال واستخدامهم في النزاعات المسلحة من قِبل القوات الحكومية "
            "والقوات شبه العسكرية المدعومة من الحكومات والجماعات السياسية المسلحة، إضافةً إلى "
            "معلومات عن برامج التسريح وإعادة الإدماج حيثما وُجدت. ومن المقرر أن يصدر التقرير "
            "العالمي المقبل في أيار/مايو 2008."
        ),
        (
            "We regularly submit briefing papers and country information to the UN Security "
            "Council, usually in advance of the council's annual debate on the involvement of "
            "children in armed conflict. We also submit country information three times a year to "
            "the UN Committee on the Rights of the Child which monitors governments' progress in "
            "implementing the Convention on the Rights of the Child. Documents and other briefing "
            "materials are also submitted to regional bodies such as the European Union and the "
            "Organization of American States when relevant."
        ): (
            "نقدّم بانتظام ورقات إحاطة ومعلومات قُطرية إلى مجلس الأمن التابع للأمم المتحدة، عادةً "
            "قبل مناقشته السنوية بشأن اشتراك الأطفال في النزاعات المسلحة. كما نقدّم معلومات "
            "قُطرية ثلاث مرات في السنة إلى لجنة الأمم المتحدة لحقوق الطفل، التي ترصد التقدم الذي "
            "تحرزه الحكومات في تنفيذ اتفاقية حقوق الطفل. وتُقدَّم أيضاً، عند الاقتضاء، وثائق "
            "ومواد إحاطة أخرى إلى هيئات إقليمية مثل الاتحاد الأوروبي ومنظمة الدول الأمريكية."
        ),
        (
            "We work in collaboration with our national coalitions to commission and carry out "
            "research on child soldier use in particular regions or countries. In 2004 we "
            "published separate reports on the use of children in armed conflict in Israel and "
            "the Palestinian Occupied Territories, and on the plight of girl soldiers in the "
            "Democratic Republic of Congo. In 2006 we published reports on child recruitment in "
            "South Asian conflicts, child soldiers in West Africa and an analysis of submissions "
            "to the Committee on the Rights of the Child. In 2007 we published reports and "
            "briefing papers on Priorities for child soldiers in the DRC, a report of an "
            "international forum on armed groups and the involvement of children on armed "
            "conflict, and the vulnerability of children to involvement in armed conflict in the "
            "Lebanon."
        ): (
            "نعمل بالتعاون مع تحالفاتنا الوطنية على إجراء بحوث، أو التكليف بإجرائها، بشأن استخدام "
            "الأطفال الجنود في مناطق أو بلدان بعينها. ففي عام 2004 نشرنا تقريرين منفصلين، أحدهما "
            "عن استخدام الأطفال في النزاع المسلح في إسرائيل والأراضي الفلسطينية المحتلة، والآخر "
            "عن محنة الفتيات المجندات في جمهورية الكونغو الديمقراطية. وفي عام 2006 نشرنا تقارير "
            "عن تجنيد الأطفال في نزاعات جنوب آسيا وعن الأطفال الجنود في غرب أفريقيا، وتحليلاً "
            "للتقارير المقدَّمة إلى لجنة حقوق الطفل. وفي عام 2007 نشرنا تقارير وورقات إحاطة عن "
            "أولويات الأطفال الجنود في جمهورية الكونغو الديمقراطية، وتقرير منتدى دولي بشأن "
            "الجماعات المسلحة واشتراك الأطفال في النزاعات المسلحة، ودراسة عن تعرّض الأطفال لخطر "
            "الانخراط في النزاع المسلح في لبنان."
        ),
        (
            "We have also researched and published general articles on the context, causes and "
            "consequences of child soldiering. Topics have included displacement, girl soldiers "
            "and sexual exploitation, and juvenile justice for child soldiers accused of human "
            "rights violations."
        ): (
            "كما أجرينا بحوثاً ونشرنا مقالات عامة عن سياق ظاهرة تجنيد الأطفال واستخدامهم جنوداً "
            "وأسبابها وعواقبها. ومن الموضوعات التي تناولناها النزوح، والفتيات المجندات والاستغلال "
            "الجنسي، وقضاء الأحداث فيما يخص الأطفال الجنود المتهمين بانتهاكات حقوق الإنسان."
        ),
        "Advocacy and public education": "المناصرة والتوعية العامة",
        "advocacy-and-public-education": "al-munasara-wal-tawiya-al-amma",
        (
            "The Coalition campaigns for the immediate demobilization of all children currently "
            "being used as soldiers in armed conflict and their reintegration into their "
            "communities."
        ): (
            "يقود التحالف حملات من أجل التسريح الفوري لجميع الأطفال الذين يُستخدمون حالياً جنوداً "
            "في النزاعات المسلحة، وإعادة إدماجهم في مجتمعاتهم المحلية."
        ),
        (
            "The Coalition campaigns for the immediate demobilization of all children currently "
            "being used as soldiers in armed conflict and their reintegration into their "
            "communities. It lobbies governments and armed political groups known to be using "
            "child soldiers and makes recommendations to governments and inter-governmental "
            "bodies such as the UN for action to demobilize children and assist them to return to "
            "their communities."
        ): (
            "يقود التحالف حملات من أجل التسريح الفوري لجميع الأطفال الذين يُستخدمون حالياً جنوداً "
            "في النزاعات المسلحة، وإعادة إدماجهم في مجتمعاتهم المحلية. ويضطلع بأنشطة المناصرة لدى "
            "الحكومات والجماعات السياسية المسلحة المعروفة باستخدامها الأطفال الجنود، ويقدّم "
            "توصيات إلى الحكومات والهيئات الحكومية الدولية، مثل الأمم المتحدة، لاتخاذ إجراءات من "
            "أجل تسريح الأطفال ومساعدتهم على العودة إلى مجتمعاتهم المحلية."
        ),
        (
            "We work to raise awareness of child soldiers among the general public through the "
            "dissemination of publications and via media campaigns."
        ): (
            "نعمل على توعية عامة الجمهور بقضية الأطفال الجنود من خلال نشر المطبوعات وتنظيم "
            "الحملات الإعلامية."
        ),
        (
            "The Coalition campaigns for all governments to adhere to international laws "
            "prohibiting the use of children under the age of 18 in armed conflict."
        ): (
            "يقود التحالف حملات لحثّ جميع الحكومات على الالتزام بالقوانين الدولية التي تحظر "
            "استخدام الأطفال دون سن الثامنة عشرة في النزاعات المسلحة."
        ),
        "Networking and capacity-building": "التشبيك وبناء القدرات",
        "networking-and-capacity-building": "al-tashbik-wa-bina-al-qudurat",
        (
            "The International Coalition works in collaboration with regional and national "
            "Coalitions to develop research and campaigning expertise, especially in countries "
            "where there are children involved in armed conflict."
        ): (
            "يعمل التحالف الدولي بالتعاون مع التحالفات الإقليمية والوطنية على تطوير الخبرات في "
            "مجالَي البحث وتنظيم الحملات، ولا سيما في البلدان التي يشارك فيها أطفال في نزاعات "
            "مسلحة."
        ),
        (
            "We promote the dissemination of information about child soldiering as well as "
            "reintegration and other programs to assist child soldiers."
        ): (
            "نعمل على تعزيز نشر المعلومات عن ظاهرة الأطفال الجنود، وعن برامج إعادة الإدماج وغيرها "
            "من البرامج الرامية إلى مساعدة الأطفال الجنود."
        ),
        (
            "The Coalition is involved in a range of projects and activities aimed at "
            "strengthening regional and national networks, facilitating the exchange of "
            "information and experience and stimulating debate. Some examples of current projects "
            "and activities are the Child Soldiers Newsletter and the psycho-social webpage."
        ): (
            "يشارك التحالف في طائفة من المشاريع والأنشطة الرامية إلى تعزيز الشبكات الإقليمية "
            "والوطنية، وتيسير تبادل المعلومات والخبرات، وتحفيز النقاش. ومن أمثلة المشاريع "
            "والأنشطة الجارية النشرة الإخبارية عن الأطفال الجنود، وصفحة الدعم النفسي والاجتماعي "
            "على الإنترنت."
        ),
        "Achievements": "الإنجازات",
        "achievements": "al-injazat",
        (
            "The Coalition has been at the forefront of efforts to ban the recruitment and use of "
            "child soldiers."
        ): ("كان التحالف في طليعة الجهود الرامية إلى حظر تجنيد الأطفال الجنود واستخدامهم."),
        (
            "The Coalition has been at the forefront of efforts to ban the recruitment and use of "
            "child soldiers. Its achievements include:"
        ): (
            "كان التحالف في طليعة الجهود الرامية إلى حظر تجنيد الأطفال الجنود واستخدامهم. ومن "
            "إنجازاته:"
        ),
        (
            "Playing an instrumental role in the negotiation, adoption and entry into force of "
            "the Optional Protocol to the Convention on the Rights of the Child on the "
            "involvement of children in armed conflict (see Developments)."
        ): (
            "الاضطلاع بدور أساسي في التفاوض على البروتوكول الاختياري لاتفاقية حقوق الطفل بشأن "
            "اشتراك الأطفال في المنازعات المسلحة، وفي اعتماده ودخوله حيز النفاذ (انظر المستجدات)."
        ),
        (
            "Active engagement with influential inter-governmental agencies, such as the UN "
            "Security Council, the Human Security Network, the European Union, the UN Committee "
            "on the Rights of the Child and the International Labour Organization."
        ): (
            "التعاون الفعّال مع هيئات حكومية دولية مؤثرة، مثل مجلس الأمن التابع للأمم المتحدة، "
            "وشبكة الأمن البشري، والاتحاد الأوروبي، ولجنة الأمم المتحدة لحقوق الطفل، ومنظمة العمل "
            "الدولية."
        ),
        (
            "Publication of two Child Soldiers Global Reports, providing comprehensive "
            "country-by-country information on child recruitment and use worldwide, as well as "
            "numerous reports and briefings on the use of children in armed conflict by "
            "government forces and armed political groups."
        ): (
            "إصدار تقريرين عالميين عن الأطفال الجنود يقدّمان معلومات شاملة، بلداً بلداً، عن تجنيد "
            "الأطفال واستخدامهم في جميع أنحاء العالم، إلى جانب العديد من التقارير وورقات الإحاطة "
            "عن استخدام القوات الحكومية والجماعات السياسية المسلحة للأطفال في النزاعات المسلحة."
        ),
        (
            "Publishing research on issues relevant to child soldiers including gender and sexual "
            "exploitation, displacement, juvenile justice and the reintegration of former child "
            "soldiers into their communities."
        ): (
            "نشر بحوث في قضايا تتصل بالأطفال الجنود، منها النوع الاجتماعي والاستغلال الجنسي، "
            "والنزوح، وقضاء الأحداث، وإعادة إدماج الأطفال الجنود السابقين في مجتمعاتهم المحلية."
        ),
        (
            "Forming national coalitions in 35 countries worldwide and regional coalitions in "
            "Africa, Latin America, Middle East and Southeast Asia."
        ): (
            "تأسيس تحالفات وطنية في 35 بلداً حول العالم، وتحالفات إقليمية في أفريقيا وأمريكا "
            "اللاتينية والشرق الأوسط وجنوب شرق آسيا."
        ),
        "Library": "المكتبة",
        (
            "The coalition's Global Reports, country and thematic reports, and briefings to the "
            "UN and regional bodies."
        ): (
            "التقارير العالمية الصادرة عن التحالف، وتقاريره القُطرية والمواضيعية، وورقات الإحاطة "
            "المقدَّمة إلى الأمم المتحدة والهيئات الإقليمية."
        ),
        "Child Soldiers Global Report 2001": "التقرير العالمي عن الأطفال الجنود 2001",
        (
            "Country-by-country information on the recruitment and use of children in armed "
            "conflict by government forces, government-backed paramilitaries and armed political "
            "groups, and on demobilization and reintegration programmes where they exist."
        ): (
            "معلومات، بلداً بلداً، عن تجنيد الأطفال واستخدامهم في النزاعات المسلحة من قِبل القوات "
            "الحكومية والقوات شبه العسكرية المدعومة من الحكومات والجماعات السياسية المسلحة، وعن "
            "برامج التسريح وإعادة الإدماج حيثما وُجدت."
        ),
        "International Coalition": "التحالف الدولي",
        "Child Soldiers Global Report 2004": "التقرير العالمي عن الأطفال الجنود 2004",
        (
            "The second Global Report: comprehensive country-by-country information on child "
            "recruitment and use worldwide, and on demobilization and reintegration programmes."
        ): (
            "التقرير العالمي الثاني: معلومات شاملة، بلداً بلداً، عن تجنيد الأطفال واستخدامهم في "
            "جميع أنحاء العالم، وعن برامج التسريح وإعادة الإدماج."
        ),
        (
            "Child soldiers: the use of children in armed conflict in Israel and the Occupied "
            "Palestinian Territories"
        ): (
            "الأطفال الجنود: استخدام الأطفال في النزاع المسلح في إسرائيل والأراضي الفلسطينية "
            "المحتلة"
        ),
        (
            "A report on the use of children in armed conflict in Israel and the Occupied "
            "Palestinian Territories, researched with the coalition's national partners."
        ): (
            "تقرير عن استخدام الأطفال في النزاع المسلح في إسرائيل والأراضي الفلسطينية المحتلة، "
            "أُعدّ بالتعاون مع الشركاء الوطنيين للتحالف."
        ),
        "The plight of girl soldiers in the Democratic Republic of Congo": (
            "محنة الفتيات المجندات في جمهورية الكونغو الديمقراطية"
        ),
        (
            "The experience of girls associated with armed forces and groups in the Democratic "
            "Republic of Congo, and what their demobilization and reintegration require."
        ): (
            "تجربة الفتيات المرتبطات بالقوات المسلحة والجماعات المسلحة في جمهورية الكونغو "
            "الديمقراطية، وما يتطلبه تسريحهن وإعادة إدماجهن."
        ),
        "Child recruitment in South Asian conflicts": "تجنيد الأطفال في نزاعات جنوب آسيا",
        "The recruitment and use of children in the armed conflicts of South Asia.": (
            "تجنيد الأطفال واستخدامهم في النزاعات المسلحة في جنوب آسيا."
        ),
        "Child soldiers in West Africa": "الأطفال الجنود في غرب أفريقيا",
        (
            "Child soldiers in the conflicts of West Africa, their movement across borders and "
            "the reintegration of those who have come home."
        ): (
            "الأطفال الجنود في نزاعات غرب أفريقيا، وتنقّلهم عبر الحدود، وإعادة إدماج من عادوا "
            "منهم إلى ديارهم."
        ),
        "An analysis of submissions to the Committee on the Rights of the Child": (
            "تحليل للتقارير المقدَّمة إلى لجنة حقوق الطفل"
        ),
        (
            "What governments reported to the UN Committee on the Rights of the Child about the "
            "involvement of children in armed conflict, and what the Committee recommended."
        ): (
            "ما أبلغت به الحكومات لجنة الأمم المتحدة لحقوق الطفل بشأن اشتراك الأطفال في النزاعات "
            "المسلحة، وما أوصت به اللجنة."
        ),
        "Priorities for child soldiers in the DRC": (
            "أولويات الأطفال الجنود في جمهورية الكونغو الديمقراطية"
        ),
        (
            "Priorities for the demobilization and reintegration of children in the Democratic "
            "Republic of Congo."
        ): ("أولويات تسريح الأطفال وإعادة إدماجهم في جمهورية الكونغو الديمقراطية."),
        (
            "Report of an international forum on armed groups and the involvement of children in "
            "armed conflict"
        ): ("تقرير منتدى دولي بشأن الجماعات المسلحة واشتراك الأطفال في النزاعات المسلحة"),
        (
            "The report of an international forum on armed groups and the involvement of children "
            "in armed conflict: how to engage armed political groups to end child recruitment."
        ): (
            "تقرير منتدى دولي بشأن الجماعات المسلحة واشتراك الأطفال في النزاعات المسلحة: كيف يمكن "
            "التواصل مع الجماعات السياسية المسلحة لإنهاء تجنيد الأطفال."
        ),
        "The vulnerability of children to involvement in armed conflict in Lebanon": (
            "تعرّض الأطفال لخطر الانخراط في النزاع المسلح في لبنان"
        ),
        (
            "Why children in Lebanon are vulnerable to involvement in armed conflict, and what "
            "would protect them."
        ): (
            "لماذا يتعرّض الأطفال في لبنان لخطر الانخراط في النزاع المسلح، وما الذي من شأنه أن "
            "يحميهم."
        ),
        "Briefing to the UN Security Council on children and armed conflict": (
            "إحاطة إلى مجلس الأمن التابع للأمم المتحدة بشأن الأطفال والنزاع المسلح"
        ),
        (
            "Country information submitted to the UN Security Council in advance of its annual "
            "debate on the involvement of children in armed conflict."
        ): (
            "معلومات قُطرية مقدَّمة إلى مجلس الأمن التابع للأمم المتحدة قبل مناقشته السنوية بشأن "
            "اشتراك الأطفال في النزاعات المسلحة."
        ),
        "Country information for the UN Committee on the Rights of the Child": (
            "معلومات قُطرية مقدَّمة إلى لجنة الأمم المتحدة لحقوق الطفل"
        ),
        (
            "Country information submitted to the UN Committee on the Rights of the Child, which "
            "monitors governments' progress in implementing the Convention on the Rights of the "
            "Child."
        ): (
            "معلومات قُطرية مقدَّمة إلى لجنة الأمم المتحدة لحقوق الطفل، التي ترصد التقدم الذي "
            "تحرزه الحكومات في تنفيذ اتفاقية حقوق الطفل."
        ),
        "Briefing to the European Union on children and armed conflict": (
            "إحاطة إلى الاتحاد الأوروبي بشأن الأطفال والنزاع المسلح"
        ),
        (
            "Briefing materials for the European Union on the recruitment and use of children in "
            "armed conflict."
        ): (
            "مواد إحاطة مقدَّمة إلى الاتحاد الأوروبي بشأن تجنيد الأطفال واستخدامهم في النزاعات "
            "المسلحة."
        ),
        "Briefing to the Organization of American States on children and armed conflict": (
            "إحاطة إلى منظمة الدول الأمريكية بشأن الأطفال والنزاع المسلح"
        ),
        (
            "Briefing materials for the Organization of American States on the recruitment and "
            "use of children in armed conflict in the Americas."
        ): (
            "مواد إحاطة مقدَّمة إلى منظمة الدول الأمريكية بشأن تجنيد الأطفال واستخدامهم في "
            "النزاعات المسلحة في الأمريكتين."
        ),
        "Programmes": "البرامج",
        (
            "Reintegration programmes for children formerly associated with armed forces and "
            "armed groups."
        ): ("برامج إعادة إدماج الأطفال المرتبطين سابقاً بالقوات المسلحة والجماعات المسلحة."),
        "Psycho-social guidance": "الإرشاد النفسي والاجتماعي",
        (
            "Practical guidance for social workers, health workers, teachers and caseworkers "
            "supporting children and their families."
        ): (
            "إرشادات عملية للأخصائيين الاجتماعيين والعاملين الصحيين والمعلمين والعاملين في إدارة "
            "الحالات الذين يدعمون الأطفال وأسرهم."
        ),
        "Psychological first aid for children arriving at a transit centre": (
            "الإسعافات الأولية النفسية للأطفال الواصلين إلى مركز عبور"
        ),
        (
            "How to receive a child in the first hours after leaving an armed group: safety, "
            "calm, connection and practical help."
        ): (
            "كيفية استقبال الطفل في الساعات الأولى بعد مغادرته جماعة مسلحة: السلامة والتهدئة "
            "والتواصل والمساعدة العملية."
        ),
        "Safety and basic needs come first.": "السلامة والاحتياجات الأساسية أولاً.",
        "Listen without pressing for details.": "الإصغاء دون الإلحاح في طلب التفاصيل.",
        "Connect the child with family and services as soon as it is safe.": (
            "ربط الطفل بأسرته وبالخدمات حالما يكون ذلك آمناً."
        ),
        "Make the child safe and comfortable": "توفير الأمان والراحة للطفل",
        "Food, water, rest and a quiet place away from adults in uniform.": (
            "الطعام والماء والراحة ومكان هادئ بعيداً عن البالغين الذين يرتدون الزي العسكري."
        ),
        "Introduce yourself and explain what happens next": "التعريف بنفسك وشرح ما سيحدث لاحقاً",
        "Use simple words and the child's language.": "استخدام كلمات بسيطة ولغة الطفل.",
        "Listen": "الإصغاء",
        "Let the child decide what to say.": "ترك الطفل يقرر ما يريد قوله.",
        "Record and refer": "التسجيل والإحالة",
        "Start family tracing and note any urgent health needs.": (
            "البدء في اقتفاء أثر الأسرة وتدوين أي احتياجات صحية عاجلة."
        ),
        "Sit at the child's level": "الجلوس في مستوى نظر الطفل",
        "Say what you can and cannot do": "توضيح ما يمكنك فعله وما لا يمكنك فعله",
        "Ask about what they did in the group": "سؤال الطفل عمّا فعله في الجماعة",
        "Take photographs of the child": "التقاط صور للطفل",
        (
            "If a child tells you they are at risk of harm, or you are worried about their "
            "safety, follow your organisation's referral procedure <b>the same day</b>. Do not "
            "promise to keep it secret."
        ): (
            "إذا أخبرك طفل بأنه معرّض لخطر الأذى، أو إذا كنت قلقاً على سلامته، فاتبع إجراءات "
            "الإحالة المعتمدة في منظمتك <b>في اليوم نفسه</b>. ولا تَعِد الطفل بكتمان الأمر."
        ),
        "Conversation checklist": "قائمة مرجعية للمحادثة",
        "Print it and keep it with your case notes.": "اطبعها واحتفظ بها مع ملاحظات الحالة.",
        "Psycho-social technical group": "الفريق الفني للدعم النفسي والاجتماعي",
        "Networks": "الشبكات",
        (
            "Regional coalitions in Africa, Latin America, the Middle East and Southeast Asia, "
            "and national coalitions in 35 countries."
        ): (
            "تحالفات إقليمية في أفريقيا وأمريكا اللاتينية والشرق الأوسط وجنوب شرق آسيا، وتحالفات "
            "وطنية في 35 بلداً."
        ),
        "Africa regional network": "الشبكة الإقليمية في أفريقيا",
        "africa": "afriqiya",
        (
            "The regional coalition of national coalitions and partners working to end the use of "
            "child soldiers in Africa and to support children's return home."
        ): (
            "التحالف الإقليمي الذي يضم التحالفات الوطنية والشركاء العاملين على إنهاء استخدام "
            "الأطفال الجنود في أفريقيا ودعم عودة الأطفال إلى ديارهم."
        ),
        "Regional coordinator": "المنسق الإقليمي",
        # The slugs of the publications and the guidance page, transliterated.
        "child-soldiers-global-report-2001": "al-taqrir-al-alami-an-al-atfal-al-junud-2001",
        "child-soldiers-global-report-2004": "al-taqrir-al-alami-an-al-atfal-al-junud-2004",
        "child-soldiers-the-use-of-children-in-armed-conflict-in-israel-and-the-occupied": (
            "al-atfal-al-junud-istikhdam-al-atfal-fi-al-niza-al-musallah-fi-israil-wal-aradi"
        ),
        "the-plight-of-girl-soldiers-in-the-democratic-republic-of-congo": (
            "mihnat-al-fatayat-al-mujannadat-fi-jumhuriyat-al-kongo-al-dimuqratiya"
        ),
        "child-recruitment-in-south-asian-conflicts": "tajnid-al-atfal-fi-nizaat-janub-asiya",
        "child-soldiers-in-west-africa": "al-atfal-al-junud-fi-gharb-afriqiya",
        "an-analysis-of-submissions-to-the-committee-on-the-rights-of-the-child": (
            "tahlil-lil-taqarir-al-muqaddama-ila-lajnat-huquq-al-tifl"
        ),
        "priorities-for-child-soldiers-in-the-drc": (
            "awlawiyat-al-atfal-al-junud-fi-jumhuriyat-al-kongo-al-dimuqratiya"
        ),
        "report-of-an-international-forum-on-armed-groups-and-the-involvement-of-children": (
            "taqrir-muntada-duwali-bishan-al-jamaat-al-musallaha-wa-ishtirak-al-atfal-fi-al"
        ),
        "the-vulnerability-of-children-to-involvement-in-armed-conflict-in-lebanon": (
            "taarrud-al-atfal-li-khatar-al-inkhirat-fi-al-niza-al-musallah-fi-lubnan"
        ),
        "briefing-to-the-un-security-council-on-children-and-armed-conflict": (
            "ihata-ila-majlis-al-amn-al-tabi-lil-umam-al-muttahida-bishan-al-atfal-wal-niza"
        ),
        "country-information-for-the-un-committee-on-the-rights-of-the-child": (
            "malumat-qutriya-muqaddama-ila-lajnat-al-umam-al-muttahida-li-huquq-al-tifl"
        ),
        "briefing-to-the-european-union-on-children-and-armed-conflict": (
            "ihata-ila-al-ittihad-al-urubbi-bishan-al-atfal-wal-niza-al-musallah"
        ),
        "briefing-to-the-organization-of-american-states-on-children-and-armed-conflict": (
            "ihata-ila-munazzamat-al-duwal-al-amrikiya-bishan-al-atfal-wal-niza-al-musallah"
        ),
        "psychological-first-aid-for-children-arriving-at-a-transit-centre": (
            "al-isafat-al-awwaliya-al-nafsiya-lil-atfal-al-wasilin-ila-markaz-ubur"
        ),
    }
)

PT = with_slugs(
    {
        "Africa": "África",
        "Latin America": "América Latina",
        "Middle East": "Médio Oriente",
        "Southeast Asia": "Sudeste Asiático",
        "Reintegration": "Reintegração",
        (
            "Children's return to family and community life after association with armed forces "
            "or groups."
        ): (
            "O regresso das crianças à vida familiar e comunitária depois de terem estado "
            "associadas a forças armadas ou a grupos armados."
        ),
        "Psycho-social support": "Apoio psicossocial",
        (
            "Care for children's emotional and social well-being, from family and community "
            "support to specialised services."
        ): (
            "O cuidado do bem-estar emocional e social das crianças, desde o apoio familiar e "
            "comunitário até aos serviços especializados."
        ),
        "Girls": "Raparigas",
        (
            "The particular experience and needs of girls associated with armed forces or groups, "
            "including girl mothers."
        ): (
            "A experiência e as necessidades específicas das raparigas associadas a forças "
            "armadas ou a grupos armados, incluindo as que são mães."
        ),
        "Sexual exploitation": "Exploração sexual",
        (
            "Sexual violence and exploitation of children in armed conflict, and the response to "
            "it."
        ): (
            "A violência e a exploração sexuais de que as crianças são vítimas nos conflitos "
            "armados, e a resposta a dar-lhes."
        ),
        "Displacement": "Deslocação",
        "Refugee and internally displaced children and the risk of recruitment they face.": (
            "As crianças refugiadas e deslocadas internas e o risco de recrutamento a que estão "
            "expostas."
        ),
        "Juvenile justice": "Justiça juvenil",
        (
            "Children accused of crimes during armed conflict: their treatment as victims first, "
            "and justice that serves their reintegration."
        ): (
            "Crianças acusadas de crimes cometidos durante um conflito armado: tratá-las antes de "
            "mais como vítimas, com uma justiça ao serviço da sua reintegração."
        ),
        "Education": "Educação",
        (
            "Schooling, catch-up learning and the protection of schools from attack and "
            "recruitment."
        ): (
            "A escolarização, a recuperação das aprendizagens e a proteção das escolas contra "
            "ataques e recrutamento."
        ),
        "Family tracing and reunification": "Localização e reunificação familiar",
        "Finding children's families and bringing them back together safely.": (
            "Encontrar as famílias das crianças e reuni-las em segurança."
        ),
        "Livelihoods": "Meios de subsistência",
        "Vocational training, apprenticeships and income for older children and young people.": (
            "Formação profissional, aprendizagem de um ofício e rendimentos para crianças mais "
            "velhas e jovens."
        ),
        "Prevention of recruitment": "Prevenção do recrutamento",
        (
            "Keeping children out of armed forces and groups: law, age verification and community "
            "protection."
        ): (
            "Manter as crianças afastadas das forças armadas e dos grupos armados: a lei, a "
            "verificação da idade e a proteção comunitária."
        ),
        "Monitoring and reporting": "Monitorização e comunicação de informações",
        (
            "Documenting recruitment and use of children, and reporting to national, regional and "
            "UN bodies."
        ): (
            "Documentar o recrutamento e a utilização de crianças e comunicá-los aos organismos "
            "nacionais e regionais e aos órgãos das Nações Unidas."
        ),
        "Home": "Início",
        "home": "home-pt",
        (
            "The Coalition works to end the recruitment and use of boys and girls as soldiers, to "
            "secure their demobilization and to promote their reintegration into their "
            "communities. To achieve these goals we work in the following three areas:"
        ): (
            "A Coligação trabalha para pôr fim ao recrutamento e à utilização de rapazes e "
            "raparigas como soldados, assegurar a sua desmobilização e promover a sua "
            "reintegração nas respetivas comunidades. Para alcançar estes objetivos, trabalhamos "
            "nas três áreas seguintes:"
        ),
        "What We Do": "O que fazemos",
        "what-we-do": "o-que-fazemos",
        (
            "The Coalition works to end the recruitment and use of boys and girls as soldiers, to "
            "secure their demobilization and to promote their reintegration into their "
            "communities."
        ): (
            "A Coligação trabalha para pôr fim ao recrutamento e à utilização de rapazes e "
            "raparigas como soldados, assegurar a sua desmobilização e promover a sua "
            "reintegração nas respetivas comunidades."
        ),
        "Research and monitoring": "Investigação e monitorização",
        "research-and-monitoring": "investigacao-e-monitorizacao",
        (
            "The International Coalition is the leading international non-governmental "
            "organization monitoring the use of child soldiers worldwide."
        ): (
            "A Coligação Internacional é a principal organização não governamental internacional "
            "dedicada à monitorização da utilização de crianças-soldado em todo o mundo."
        ),
        (
            "We produce the Child Soldiers Global Report every three years, providing detailed "
            "country-by-country information on the recruitment and use of children in armed "
            "conflict by government forces, government-backed paramilitaries and armed political "
            "groups, as well as information on demobilization and reintegration programs where "
            "these exist. The next Global Report is due to be published in May 2008."
        ): (
            "De três em três anos, publicamos o Relatório Global sobre Crianças-Soldado, que "
            "fornece informação pormenorizada, país a país, sobre o recrutamento e a utilização "
            "de crianças em conflitos armados por forças governamentais, grupos paramilitares "
            "apoiados por governos e grupos políticos armados, bem como sobre os programas de "
            "desmobilização e reintegração, onde existam. O próximo Relatório Global deverá ser "
            "publicado em maio de 2008."
        ),
        (
            "We regularly submit briefing papers and country information to the UN Security "
            "Council, usually in advance of the council's annual debate on the involvement of "
            "children in armed conflict. We also submit country information three times a year to "
            "the UN Committee on the Rights of the Child which monitors governments' progress in "
            "implementing the Convention on the Rights of the Child. Documents and other briefing "
            "materials are also submitted to regional bodies such as the European Union and the "
            "Organization of American States when relevant."
        ): (
            "Apresentamos regularmente documentos informativos e informação por país ao Conselho "
            "de Segurança da ONU, normalmente antes do debate anual do Conselho sobre o "
            "envolvimento de crianças em conflitos armados. Três vezes por ano, apresentamos "
            "também informação por país ao Comité dos Direitos da Criança da ONU, que acompanha "
            "os progressos dos governos na aplicação da Convenção sobre os Direitos da Criança. "
            "Quando pertinente, são também apresentados documentos e outros materiais "
            "informativos a organismos regionais como a União Europeia e a Organização dos "
            "Estados Americanos."
        ),
        (
            "We work in collaboration with our national coalitions to commission and carry out "
            "research on child soldier use in particular regions or countries. In 2004 we "
            "published separate reports on the use of children in armed conflict in Israel and "
            "the Palestinian Occupied Territories, and on the plight of girl soldiers in the "
            "Democratic Republic of Congo. In 2006 we published reports on child recruitment in "
            "South Asian conflicts, child soldiers in West Africa and an analysis of submissions "
            "to the Committee on the Rights of the Child. In 2007 we published reports and "
            "briefing papers on Priorities for child soldiers in the DRC, a report of an "
            "international forum on armed groups and the involvement of children on armed "
            "conflict, and the vulnerability of children to involvement in armed conflict in the "
            "Lebanon."
        ): (
            "Em colaboração com as nossas coligações nacionais, encomendamos e realizamos "
            "investigação sobre a utilização de crianças-soldado em determinadas regiões ou "
            "países. Em 2004, publicámos dois relatórios: um sobre a utilização de crianças no "
            "conflito armado em Israel e nos Territórios Palestinianos Ocupados, e outro sobre a "
            "situação das raparigas-soldado na República Democrática do Congo. Em 2006, "
            "publicámos relatórios sobre o recrutamento de crianças nos conflitos da Ásia do Sul "
            "e sobre as crianças-soldado na África Ocidental, bem como uma análise dos relatórios "
            "apresentados ao Comité dos Direitos da Criança. Em 2007, publicámos relatórios e "
            "documentos informativos sobre as prioridades para as crianças-soldado na RDC, o "
            "relatório de um fórum internacional sobre os grupos armados e o envolvimento de "
            "crianças em conflitos armados, e um estudo sobre a vulnerabilidade das crianças ao "
            "envolvimento no conflito armado no Líbano."
        ),
        (
            "We have also researched and published general articles on the context, causes and "
            "consequences of child soldiering. Topics have included displacement, girl soldiers "
            "and sexual exploitation, and juvenile justice for child soldiers accused of human "
            "rights violations."
        ): (
            "Investigámos e publicámos também artigos gerais sobre o contexto, as causas e as "
            "consequências da utilização de crianças-soldado. Entre os temas abordados contam-se "
            "a deslocação, as raparigas-soldado e a exploração sexual, e a justiça juvenil para "
            "crianças-soldado acusadas de violações dos direitos humanos."
        ),
        "Advocacy and public education": "Advocacia e sensibilização pública",
        "advocacy-and-public-education": "advocacia-e-sensibilizacao-publica",
        (
            "The Coalition campaigns for the immediate demobilization of all children currently "
            "being used as soldiers in armed conflict and their reintegration into their "
            "communities."
        ): (
            "A Coligação faz campanha pela desmobilização imediata de todas as crianças "
            "atualmente utilizadas como soldados em conflitos armados e pela sua reintegração nas "
            "respetivas comunidades."
        ),
        (
            "The Coalition campaigns for the immediate demobilization of all children currently "
            "being used as soldiers in armed conflict and their reintegration into their "
            "communities. It lobbies governments and armed political groups known to be using "
            "child soldiers and makes recommendations to governments and inter-governmental "
            "bodies such as the UN for action to demobilize children and assist them to return to "
            "their communities."
        ): (
            "A Coligação faz campanha pela desmobilização imediata de todas as crianças "
            "atualmente utilizadas como soldados em conflitos armados e pela sua reintegração nas "
            "respetivas comunidades. Exerce pressão junto dos governos e dos grupos políticos "
            "armados que se sabe utilizarem crianças-soldado e dirige recomendações aos governos "
            "e a organismos intergovernamentais, como a ONU, para que atuem no sentido de "
            "desmobilizar as crianças e de as ajudar a regressar às suas comunidades."
        ),
        (
            "We work to raise awareness of child soldiers among the general public through the "
            "dissemination of publications and via media campaigns."
        ): (
            "Trabalhamos para sensibilizar o público em geral para a questão das "
            "crianças-soldado, através da divulgação de publicações e de campanhas nos meios de "
            "comunicação social."
        ),
        (
            "The Coalition campaigns for all governments to adhere to international laws "
            "prohibiting the use of children under the age of 18 in armed conflict."
        ): (
            "A Coligação faz campanha para que todos os governos adiram às normas internacionais "
            "que proíbem a utilização de crianças com menos de 18 anos em conflitos armados."
        ),
        "Networking and capacity-building": "Trabalho em rede e reforço de capacidades",
        "networking-and-capacity-building": "trabalho-em-rede-e-reforco-de-capacidades",
        (
            "The International Coalition works in collaboration with regional and national "
            "Coalitions to develop research and campaigning expertise, especially in countries "
            "where there are children involved in armed conflict."
        ): (
            "A Coligação Internacional trabalha em colaboração com as coligações regionais e "
            "nacionais para desenvolver competências de investigação e de campanha, sobretudo nos "
            "países onde há crianças envolvidas em conflitos armados."
        ),
        (
            "We promote the dissemination of information about child soldiering as well as "
            "reintegration and other programs to assist child soldiers."
        ): (
            "Promovemos a divulgação de informação sobre a utilização de crianças-soldado, bem "
            "como sobre os programas de reintegração e outros programas de apoio às "
            "crianças-soldado."
        ),
        (
            "The Coalition is involved in a range of projects and activities aimed at "
            "strengthening regional and national networks, facilitating the exchange of "
            "information and experience and stimulating debate. Some examples of current projects "
            "and activities are the Child Soldiers Newsletter and the psycho-social webpage."
        ): (
            "A Coligação participa em diversos projetos e atividades destinados a reforçar as "
            "redes regionais e nacionais, facilitar o intercâmbio de informação e experiências e "
            "estimular o debate. Entre os projetos e atividades em curso contam-se o Boletim "
            "sobre Crianças-Soldado e a página web sobre apoio psicossocial."
        ),
        "Achievements": "Conquistas",
        "achievements": "conquistas",
        (
            "The Coalition has been at the forefront of efforts to ban the recruitment and use of "
            "child soldiers."
        ): (
            "A Coligação tem estado na linha da frente dos esforços para proibir o recrutamento e "
            "a utilização de crianças-soldado."
        ),
        (
            "The Coalition has been at the forefront of efforts to ban the recruitment and use of "
            "child soldiers. Its achievements include:"
        ): (
            "A Coligação tem estado na linha da frente dos esforços para proibir o recrutamento e "
            "a utilização de crianças-soldado. Entre as suas conquistas contam-se:"
        ),
        (
            "Playing an instrumental role in the negotiation, adoption and entry into force of "
            "the Optional Protocol to the Convention on the Rights of the Child on the "
            "involvement of children in armed conflict (see Developments)."
        ): (
            "Um papel determinante na negociação, adoção e entrada em vigor do Protocolo "
            "Facultativo à Convenção sobre os Direitos da Criança relativo à Participação de "
            "Crianças em Conflitos Armados (ver Desenvolvimentos)."
        ),
        (
            "Active engagement with influential inter-governmental agencies, such as the UN "
            "Security Council, the Human Security Network, the European Union, the UN Committee "
            "on the Rights of the Child and the International Labour Organization."
        ): (
            "Um envolvimento ativo junto de organismos intergovernamentais influentes, como o "
            "Conselho de Segurança da ONU, a Rede de Segurança Humana, a União Europeia, o Comité "
            "dos Direitos da Criança da ONU e a Organização Internacional do Trabalho."
        ),
        (
            "Publication of two Child Soldiers Global Reports, providing comprehensive "
            "country-by-country information on child recruitment and use worldwide, as well as "
            "numerous reports and briefings on the use of children in armed conflict by "
            "government forces and armed political groups."
        ): (
            "A publicação de dois Relatórios Globais sobre Crianças-Soldado, com informação "
            "exaustiva, país a país, sobre o recrutamento e a utilização de crianças em todo o "
            "mundo, bem como de numerosos relatórios e documentos informativos sobre a utilização "
            "de crianças em conflitos armados por forças governamentais e grupos políticos "
            "armados."
        ),
        (
            "Publishing research on issues relevant to child soldiers including gender and sexual "
            "exploitation, displacement, juvenile justice and the reintegration of former child "
            "soldiers into their communities."
        ): (
            "A publicação de investigação sobre questões relacionadas com as crianças-soldado, "
            "incluindo o género e a exploração sexual, a deslocação, a justiça juvenil e a "
            "reintegração de antigas crianças-soldado nas suas comunidades."
        ),
        (
            "Forming national coalitions in 35 countries worldwide and regional coalitions in "
            "Africa, Latin America, Middle East and Southeast Asia."
        ): (
            "A criação de coligações nacionais em 35 países de todo o mundo e de coligações "
            "regionais em África, na América Latina, no Médio Oriente e no Sudeste Asiático."
        ),
        "Library": "Biblioteca",
        (
            "The coalition's Global Reports, country and thematic reports, and briefings to the "
            "UN and regional bodies."
        ): (
            "Os Relatórios Globais da Coligação, os seus relatórios nacionais e temáticos, e os "
            "documentos informativos dirigidos à ONU e aos organismos regionais."
        ),
        "Child Soldiers Global Report 2001": "Relatório Global sobre Crianças-Soldado 2001",
        (
            "Country-by-country information on the recruitment and use of children in armed "
            "conflict by government forces, government-backed paramilitaries and armed political "
            "groups, and on demobilization and reintegration programmes where they exist."
        ): (
            "Informação, país a país, sobre o recrutamento e a utilização de crianças em "
            "conflitos armados por forças governamentais, grupos paramilitares apoiados por "
            "governos e grupos políticos armados, e sobre os programas de desmobilização e "
            "reintegração, onde existam."
        ),
        "International Coalition": "Coligação Internacional",
        "Child Soldiers Global Report 2004": "Relatório Global sobre Crianças-Soldado 2004",
        (
            "The second Global Report: comprehensive country-by-country information on child "
            "recruitment and use worldwide, and on demobilization and reintegration programmes."
        ): (
            "O segundo Relatório Global: informação exaustiva, país a país, sobre o recrutamento "
            "e a utilização de crianças em todo o mundo, e sobre os programas de desmobilização e "
            "reintegração."
        ),
        (
            "Child soldiers: the use of children in armed conflict in Israel and the Occupied "
            "Palestinian Territories"
        ): (
            "Crianças-soldado: a utilização de crianças no conflito armado em Israel e nos "
            "Territórios Palestinianos Ocupados"
        ),
        (
            "A report on the use of children in armed conflict in Israel and the Occupied "
            "Palestinian Territories, researched with the coalition's national partners."
        ): (
            "Um relatório sobre a utilização de crianças no conflito armado em Israel e nos "
            "Territórios Palestinianos Ocupados, elaborado com os parceiros nacionais da "
            "Coligação."
        ),
        "The plight of girl soldiers in the Democratic Republic of Congo": (
            "A situação das raparigas-soldado na República Democrática do Congo"
        ),
        (
            "The experience of girls associated with armed forces and groups in the Democratic "
            "Republic of Congo, and what their demobilization and reintegration require."
        ): (
            "A experiência das raparigas associadas a forças armadas e grupos armados na "
            "República Democrática do Congo, e o que exigem a sua desmobilização e reintegração."
        ),
        "Child recruitment in South Asian conflicts": (
            "O recrutamento de crianças nos conflitos da Ásia do Sul"
        ),
        "The recruitment and use of children in the armed conflicts of South Asia.": (
            "O recrutamento e a utilização de crianças nos conflitos armados da Ásia do Sul."
        ),
        "Child soldiers in West Africa": "Crianças-soldado na África Ocidental",
        (
            "Child soldiers in the conflicts of West Africa, their movement across borders and "
            "the reintegration of those who have come home."
        ): (
            "As crianças-soldado nos conflitos da África Ocidental, as suas deslocações através "
            "das fronteiras e a reintegração das que regressaram a casa."
        ),
        "An analysis of submissions to the Committee on the Rights of the Child": (
            "Análise dos relatórios apresentados ao Comité dos Direitos da Criança"
        ),
        (
            "What governments reported to the UN Committee on the Rights of the Child about the "
            "involvement of children in armed conflict, and what the Committee recommended."
        ): (
            "O que os governos comunicaram ao Comité dos Direitos da Criança da ONU sobre o "
            "envolvimento de crianças em conflitos armados, e o que o Comité recomendou."
        ),
        "Priorities for child soldiers in the DRC": "Prioridades para as crianças-soldado na RDC",
        (
            "Priorities for the demobilization and reintegration of children in the Democratic "
            "Republic of Congo."
        ): (
            "Prioridades para a desmobilização e a reintegração das crianças na República "
            "Democrática do Congo."
        ),
        (
            "Report of an international forum on armed groups and the involvement of children in "
            "armed conflict"
        ): (
            "Relatório de um fórum internacional sobre os grupos armados e o envolvimento de "
            "crianças em conflitos armados"
        ),
        (
            "The report of an international forum on armed groups and the involvement of children "
            "in armed conflict: how to engage armed political groups to end child recruitment."
        ): (
            "O relatório de um fórum internacional sobre os grupos armados e o envolvimento de "
            "crianças em conflitos armados: como dialogar com os grupos políticos armados para "
            "pôr fim ao recrutamento de crianças."
        ),
        "The vulnerability of children to involvement in armed conflict in Lebanon": (
            "A vulnerabilidade das crianças ao envolvimento no conflito armado no Líbano"
        ),
        (
            "Why children in Lebanon are vulnerable to involvement in armed conflict, and what "
            "would protect them."
        ): (
            "Por que razão as crianças no Líbano estão vulneráveis ao envolvimento no conflito "
            "armado, e o que as protegeria."
        ),
        "Briefing to the UN Security Council on children and armed conflict": (
            "Documento informativo para o Conselho de Segurança da ONU sobre as crianças e os "
            "conflitos armados"
        ),
        (
            "Country information submitted to the UN Security Council in advance of its annual "
            "debate on the involvement of children in armed conflict."
        ): (
            "Informação por país apresentada ao Conselho de Segurança da ONU antes do seu debate "
            "anual sobre o envolvimento de crianças em conflitos armados."
        ),
        "Country information for the UN Committee on the Rights of the Child": (
            "Informação por país para o Comité dos Direitos da Criança da ONU"
        ),
        (
            "Country information submitted to the UN Committee on the Rights of the Child, which "
            "monitors governments' progress in implementing the Convention on the Rights of the "
            "Child."
        ): (
            "Informação por país apresentada ao Comité dos Direitos da Criança da ONU, que "
            "acompanha os progressos dos governos na aplicação da Convenção sobre os Direitos da "
            "Criança."
        ),
        "Briefing to the European Union on children and armed conflict": (
            "Documento informativo para a União Europeia sobre as crianças e os conflitos armados"
        ),
        (
            "Briefing materials for the European Union on the recruitment and use of children in "
            "armed conflict."
        ): (
            "Materiais informativos para a União Europeia sobre o recrutamento e a utilização de "
            "crianças em conflitos armados."
        ),
        "Briefing to the Organization of American States on children and armed conflict": (
            "Documento informativo para a Organização dos Estados Americanos sobre as crianças e "
            "os conflitos armados"
        ),
        (
            "Briefing materials for the Organization of American States on the recruitment and "
            "use of children in armed conflict in the Americas."
        ): (
            "Materiais informativos para a Organização dos Estados Americanos sobre o "
            "recrutamento e a utilização de crianças em conflitos armados nas Américas."
        ),
        "Programmes": "Programas",
        (
            "Reintegration programmes for children formerly associated with armed forces and "
            "armed groups."
        ): (
            "Programas de reintegração para crianças anteriormente associadas a forças armadas ou "
            "a grupos armados."
        ),
        "Psycho-social guidance": "Orientações psicossociais",
        (
            "Practical guidance for social workers, health workers, teachers and caseworkers "
            "supporting children and their families."
        ): (
            "Orientações práticas para assistentes sociais, profissionais de saúde, professores e "
            "gestores de caso que apoiam as crianças e as suas famílias."
        ),
        "Psychological first aid for children arriving at a transit centre": (
            "Primeiros socorros psicológicos para crianças que chegam a um centro de trânsito"
        ),
        (
            "How to receive a child in the first hours after leaving an armed group: safety, "
            "calm, connection and practical help."
        ): (
            "Como acolher uma criança nas primeiras horas após a saída de um grupo armado: "
            "segurança, calma, ligação e ajuda prática."
        ),
        "Safety and basic needs come first.": (
            "A segurança e as necessidades básicas estão em primeiro lugar."
        ),
        "Listen without pressing for details.": "Ouvir sem insistir em pormenores.",
        "Connect the child with family and services as soon as it is safe.": (
            "Pôr a criança em contacto com a família e com os serviços logo que seja seguro."
        ),
        "Make the child safe and comfortable": "Garantir que a criança está segura e confortável",
        "Food, water, rest and a quiet place away from adults in uniform.": (
            "Comida, água, descanso e um lugar sossegado, longe de adultos fardados."
        ),
        "Introduce yourself and explain what happens next": (
            "Apresentar-se e explicar o que vai acontecer a seguir"
        ),
        "Use simple words and the child's language.": (
            "Usar palavras simples e a língua da criança."
        ),
        "Listen": "Ouvir",
        "Let the child decide what to say.": (
            "Deixar que seja a criança a decidir o que quer contar."
        ),
        "Record and refer": "Registar e encaminhar",
        "Start family tracing and note any urgent health needs.": (
            "Iniciar a localização da família e registar quaisquer necessidades de saúde urgentes."
        ),
        "Sit at the child's level": "Pôr-se ao nível da criança",
        "Say what you can and cannot do": "Dizer o que pode e o que não pode fazer",
        "Ask about what they did in the group": "Perguntar o que fez no grupo",
        "Take photographs of the child": "Fotografar a criança",
        (
            "If a child tells you they are at risk of harm, or you are worried about their "
            "safety, follow your organisation's referral procedure <b>the same day</b>. Do not "
            "promise to keep it secret."
        ): (
            "Se uma criança lhe disser que corre o risco de sofrer danos, ou se tiver receios "
            "quanto à sua segurança, siga o procedimento de encaminhamento da sua organização "
            "<b>no próprio dia</b>. Não prometa guardar segredo."
        ),
        "Conversation checklist": "Lista de verificação para a conversa",
        "Print it and keep it with your case notes.": (
            "Imprima-a e guarde-a com as notas do processo."
        ),
        "Psycho-social technical group": "Grupo técnico psicossocial",
        "Networks": "Redes",
        (
            "Regional coalitions in Africa, Latin America, the Middle East and Southeast Asia, "
            "and national coalitions in 35 countries."
        ): (
            "Coligações regionais em África, na América Latina, no Médio Oriente e no Sudeste "
            "Asiático, e coligações nacionais em 35 países."
        ),
        "Africa regional network": "Rede regional de África",
        "africa": "africa",
        (
            "The regional coalition of national coalitions and partners working to end the use of "
            "child soldiers in Africa and to support children's return home."
        ): (
            "A coligação regional de coligações nacionais e parceiros que trabalham para pôr fim "
            "à utilização de crianças-soldado em África e para apoiar o regresso das crianças a "
            "casa."
        ),
        "Regional coordinator": "Coordenação regional",
    }
)


TRANSLATIONS = {"fr": FR, "es": ES, "ar": AR, "pt": PT}
