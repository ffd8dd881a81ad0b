"""Demo logins for a local site. Their passwords are public (they are in the README), so
load_demo only creates them on a development site or when asked to."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from resources.roles import network_editors_group_name, network_moderators_group_name
from translations.roles import reviewers_group_name, translators_group_name

DEMO_PASSWORD = "hub-demo-password"  # noqa: S105 - a public demo password, printed and in README
# (username, password, group names or None for a superuser, who they are)
DEMO_USERS = [
    ("admin", "hub-demo-admin-password", None, "site administrator"),
    ("translator-fr", DEMO_PASSWORD, [translators_group_name("fr")], "French translator"),
    ("reviewer-fr", DEMO_PASSWORD, [reviewers_group_name("fr")], "French reviewer"),
    ("africa-editor", DEMO_PASSWORD, [network_editors_group_name("Africa")], "Africa editor"),
    (
        "africa-moderator",
        DEMO_PASSWORD,
        [network_moderators_group_name("Africa")],
        "Africa moderator",
    ),
]


def ensure_demo_users():
    """Create the demo users that do not exist yet; return (username, password, who)."""
    User = get_user_model()
    for username, password, groups, _who in DEMO_USERS:
        if User.objects.filter(username=username).exists():
            continue
        if groups is None:
            User.objects.create_superuser(username, f"{username}@example.org", password)
            continue
        user = User.objects.create_user(username, f"{username}@example.org", password)
        user.groups.set(Group.objects.filter(name__in=groups))
    return [(username, password, who) for username, password, _groups, who in DEMO_USERS]
