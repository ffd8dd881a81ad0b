"""Demo content for the library, programmes, guidance and networks.

The publications are the ones the coalition names in what-we-do.txt; each gets a small
generated PDF that says it stands in for the real file. Programmes and guidance pages are
illustrative examples, marked as such on the page, not claims about real organisations.
Focal-point addresses use the reserved example.org domain.
"""

import datetime
from dataclasses import dataclass

# (title, year, month, type, countries, topics, audiences, summary)
PUBLICATIONS = [
    (
        "Child Soldiers Global Report 2001",
        2001,
        6,
        "global-report",
        "",
        "monitoring-and-reporting reintegration",
        "researchers policy-makers media",
        "Country-by-country information on the recruitment and use of children in armed "
        "conflict by government forces, government-backed paramilitaries and armed political "
        "groups, and on demobilization and reintegration programmes where they exist.",
    ),
    (
        "Child Soldiers Global Report 2004",
        2004,
        11,
        "global-report",
        "",
        "monitoring-and-reporting reintegration",
        "researchers policy-makers media",
        "The second Global Report: comprehensive country-by-country information on child "
        "recruitment and use worldwide, and on demobilization and reintegration programmes.",
    ),
    (
        "Child soldiers: the use of children in armed conflict in Israel and the Occupied "
        "Palestinian Territories",
        2004,
        3,
        "country-report",
        "IL PS",
        "monitoring-and-reporting prevention-of-recruitment",
        "researchers policy-makers",
        "A report on the use of children in armed conflict in Israel and the Occupied "
        "Palestinian Territories, researched with the coalition's national partners.",
    ),
    (
        "The plight of girl soldiers in the Democratic Republic of Congo",
        2004,
        10,
        "thematic-report",
        "CD",
        "girls sexual-exploitation reintegration",
        "practitioners researchers policy-makers",
        "The experience of girls associated with armed forces and groups in the Democratic "
        "Republic of Congo, and what their demobilization and reintegration require.",
    ),
    (
        "Child recruitment in South Asian conflicts",
        2006,
        3,
        "thematic-report",
        "AF BD IN LK NP PK",
        "prevention-of-recruitment monitoring-and-reporting",
        "researchers policy-makers",
        "The recruitment and use of children in the armed conflicts of South Asia.",
    ),
    (
        "Child soldiers in West Africa",
        2006,
        7,
        "thematic-report",
        "CI GN LR SL",
        "reintegration prevention-of-recruitment displacement",
        "researchers policy-makers",
        "Child soldiers in the conflicts of West Africa, their movement across borders and "
        "the reintegration of those who have come home.",
    ),
    (
        "An analysis of submissions to the Committee on the Rights of the Child",
        2006,
        10,
        "thematic-report",
        "",
        "monitoring-and-reporting",
        "policy-makers coalitions",
        "What governments reported to the UN Committee on the Rights of the Child about the "
        "involvement of children in armed conflict, and what the Committee recommended.",
    ),
    (
        "Priorities for child soldiers in the DRC",
        2007,
        2,
        "briefing",
        "CD",
        "reintegration girls education",
        "policy-makers practitioners",
        "Priorities for the demobilization and reintegration of children in the Democratic "
        "Republic of Congo.",
    ),
    (
        "Report of an international forum on armed groups and the involvement of children in "
        "armed conflict",
        2007,
        7,
        "thematic-report",
        "",
        "prevention-of-recruitment monitoring-and-reporting",
        "researchers policy-makers",
        "The report of an international forum on armed groups and the involvement of children "
        "in armed conflict: how to engage armed political groups to end child recruitment.",
    ),
    (
        "The vulnerability of children to involvement in armed conflict in Lebanon",
        2007,
        9,
        "country-report",
        "LB",
        "prevention-of-recruitment displacement",
        "researchers policy-makers practitioners",
        "Why children in Lebanon are vulnerable to involvement in armed conflict, and what "
        "would protect them.",
    ),
    (
        "Briefing to the UN Security Council on children and armed conflict",
        2007,
        6,
        "briefing",
        "",
        "monitoring-and-reporting",
        "policy-makers",
        "Country information submitted to the UN Security Council in advance of its annual "
        "debate on the involvement of children in armed conflict.",
    ),
    (
        "Country information for the UN Committee on the Rights of the Child",
        2007,
        5,
        "submission",
        "",
        "monitoring-and-reporting",
        "policy-makers coalitions",
        "Country information submitted to the UN Committee on the Rights of the Child, which "
        "monitors governments' progress in implementing the Convention on the Rights of the "
        "Child.",
    ),
    (
        "Briefing to the European Union on children and armed conflict",
        2007,
        3,
        "briefing",
        "",
        "monitoring-and-reporting prevention-of-recruitment",
        "policy-makers",
        "Briefing materials for the European Union on the recruitment and use of children in "
        "armed conflict.",
    ),
    (
        "Briefing to the Organization of American States on children and armed conflict",
        2007,
        4,
        "briefing",
        "CO",
        "monitoring-and-reporting",
        "policy-makers",
        "Briefing materials for the Organization of American States on the recruitment and "
        "use of children in armed conflict in the Americas.",
    ),
]

# region slug -> (network title, summary, [(country code, coalition title)])
NETWORKS = {
    "africa": (
        "Africa regional network",
        "The regional coalition of national coalitions and partners working to end the use of "
        "child soldiers in Africa and to support children's return home.",
        [
            ("CD", "DRC national coalition"),
            ("UG", "Uganda national coalition"),
            ("SL", "Sierra Leone national coalition"),
        ],
    ),
    "latin-america": (
        "Latin America regional network",
        "The regional coalition working in Latin America against the recruitment of children "
        "by armed forces and groups, and for their reintegration.",
        [
            ("CO", "Colombia national coalition"),
            ("PY", "Paraguay national coalition"),
            ("PE", "Peru national coalition"),
        ],
    ),
    "middle-east": (
        "Middle East regional network",
        "The regional coalition working in the Middle East to end the involvement of children "
        "in armed conflict.",
        [
            ("LB", "Lebanon national coalition"),
            ("JO", "Jordan national coalition"),
            ("YE", "Yemen national coalition"),
        ],
    ),
    "southeast-asia": (
        "Southeast Asia regional network",
        "The regional coalition working in Southeast Asia to end child recruitment and to "
        "support children's reintegration.",
        [
            ("PH", "Philippines national coalition"),
            ("ID", "Indonesia national coalition"),
            ("NP", "Nepal national coalition"),
        ],
    ),
}


@dataclass
class Programme:
    title: str
    countries: str
    status: str
    start: tuple
    end: tuple | None
    serves: str
    ages: tuple
    reached: int | None
    approaches: str
    organisations: str
    summary: str
    lessons: str
    resources: tuple = ()


PROGRAMMES = [
    Programme(
        "Community-based reintegration in North Kivu (example)",
        "CD",
        "active",
        (2022, 3),
        None,
        "girls boys",
        (10, 17),
        420,
        "community family-tracing education psychosocial",
        "Example Community Association\nExample Children's Network",
        "An illustrative community-based programme: children return to their families with "
        "the support of trained community volunteers, schools and health workers.",
        "<p>Children settled best where the whole community, not only the family, was "
        "prepared for their return.</p><ul><li>Involve religious and traditional leaders "
        "early.</li><li>Support families economically without singling the child out.</li></ul>",
        ("Priorities for child soldiers in the DRC",),
    ),
    Programme(
        "Girls' return and livelihoods (example)",
        "SL LR",
        "completed",
        (2018, 1),
        (2021, 12),
        "girls",
        (14, 19),
        160,
        "girl-specific livelihoods psychosocial health",
        "Example Girls' Rights Group",
        "An illustrative programme for girls and young mothers formerly associated with armed "
        "groups: safe spaces, health care, childcare and vocational training.",
        "<p>Childcare made the difference between girls joining training and staying away.</p>",
        ("The plight of girl soldiers in the Democratic Republic of Congo",),
    ),
    Programme(
        "Back to school: catch-up learning (example)",
        "CO",
        "active",
        (2023, 2),
        None,
        "girls boys",
        (12, 17),
        250,
        "education community psychosocial",
        "Example Education Foundation\nExample Municipal Education Office",
        "An illustrative programme offering accelerated learning so that children who missed "
        "years of school can return to a class of their own age.",
        "<p>Teachers needed training in managing distress in the classroom before catch-up "
        "classes could work.</p>",
    ),
    Programme(
        "Cross-border family tracing (example)",
        "MM TH",
        "planned",
        (2027, 1),
        None,
        "girls boys",
        (8, 17),
        None,
        "family-tracing legal",
        "Example Family Tracing Service",
        "An illustrative planned programme to trace the families of children separated across "
        "a border and to reunite them safely.",
        "",
    ),
]


def demo_dates(today=None):
    today = today or datetime.date.today()
    return {
        "recent": (today - datetime.timedelta(days=120), today + datetime.timedelta(days=610)),
        "overdue": (today - datetime.timedelta(days=800), today - datetime.timedelta(days=70)),
    }


def guidance_pages(tool_document_id, reading_page_id):
    """Four illustrative guidance pages, one of them past its review date."""
    safeguarding = {
        "type": "safeguarding_note",
        "value": {
            "text": "<p>If a child tells you they are at risk of harm, or you are worried "
            "about their safety, follow your organisation's referral procedure "
            "<b>the same day</b>. Do not promise to keep it secret.</p>"
        },
    }
    reading = {
        "type": "further_reading",
        "value": {
            "heading": "",
            "items": [{"resource": reading_page_id, "title": "", "url": ""}],
        },
    }
    tool = {
        "type": "tool",
        "value": {
            "document": tool_document_id,
            "title": "Conversation checklist",
            "description": "Print it and keep it with your case notes.",
        },
    }
    return [
        (
            "Psychological first aid for children arriving at a transit centre",
            "practitioners",
            "psycho-social-support reintegration",
            "recent",
            "How to receive a child in the first hours after leaving an armed group: safety, "
            "calm, connection and practical help.",
            [
                {
                    "type": "key_messages",
                    "value": {
                        "heading": "",
                        "messages": [
                            "Safety and basic needs come first.",
                            "Listen without pressing for details.",
                            "Connect the child with family and services as soon as it is safe.",
                        ],
                    },
                },
                {
                    "type": "steps",
                    "value": {
                        "heading": "",
                        "steps": [
                            {
                                "title": "Make the child safe and comfortable",
                                "detail": "Food, water, rest and a quiet place away from adults in "
                                "uniform.",
                            },
                            {
                                "title": "Introduce yourself and explain what happens next",
                                "detail": "Use simple words and the child's language.",
                            },
                            {"title": "Listen", "detail": "Let the child decide what to say."},
                            {
                                "title": "Record and refer",
                                "detail": "Start family tracing and note any urgent health needs.",
                            },
                        ],
                    },
                },
                {
                    "type": "do_dont",
                    "value": {
                        "do": ["Sit at the child's level", "Say what you can and cannot do"],
                        "dont": [
                            "Ask about what they did in the group",
                            "Take photographs of the child",
                        ],
                    },
                },
                safeguarding,
                tool,
                reading,
            ],
        ),
        (
            "Supporting girls and young mothers coming home",
            "practitioners caregivers",
            "girls reintegration psycho-social-support",
            "recent",
            "Girls and young mothers often return without any formal process. What helps "
            "them, their children and their families.",
            [
                {
                    "type": "key_messages",
                    "value": {
                        "heading": "",
                        "messages": [
                            "Reach girls who never went through a formal release.",
                            "Childcare is a condition of taking part.",
                        ],
                    },
                },
                {
                    "type": "case_example",
                    "value": {
                        "title": "A young mother returns",
                        "story": "A 16-year-old (name changed) came back to her village with her "
                        "baby. Her family was ashamed and neighbours avoided her.",
                        "what_helped": "A women's group visited the family, and the girl joined a "
                        "tailoring course with a crèche next door.",
                        "anonymised": True,
                    },
                },
                safeguarding,
                reading,
            ],
        ),
        (
            "Preparing a family and community for a child's return",
            "practitioners caregivers coalitions",
            "family-tracing-and-reunification reintegration",
            "recent",
            "Family tracing is only the beginning: families and neighbours need to be ready to "
            "welcome the child back.",
            [
                {
                    "type": "steps",
                    "value": {
                        "heading": "",
                        "steps": [
                            {"title": "Trace and verify the family", "detail": ""},
                            {
                                "title": "Visit the family before the child returns",
                                "detail": "Listen to their fears and expectations.",
                            },
                            {"title": "Plan the return with the child", "detail": ""},
                            {
                                "title": "Follow up after one week, one month and three months",
                                "detail": "",
                            },
                        ],
                    },
                },
                {
                    "type": "do_dont",
                    "value": {
                        "do": ["Involve community leaders the family trusts"],
                        "dont": ["Give the child gifts that set them apart from siblings"],
                    },
                },
                tool,
            ],
        ),
        (
            "Talking with children about their experiences",
            "practitioners",
            "psycho-social-support",
            "overdue",
            "For caseworkers: how to let children speak about what happened to them without "
            "causing further harm.",
            [
                {
                    "type": "key_messages",
                    "value": {
                        "heading": "",
                        "messages": [
                            "The child sets the pace.",
                            "Explain confidentiality and its limits before you begin.",
                        ],
                    },
                },
                {
                    "type": "do_dont",
                    "value": {
                        "do": ["Use open questions", "End on something positive"],
                        "dont": [
                            "Interview a child more than is necessary",
                            "Record interviews without informed consent",
                        ],
                    },
                },
                safeguarding,
            ],
        ),
    ]
