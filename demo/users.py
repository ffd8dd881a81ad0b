"""Demo logins for a local site (demo/data/users.toml). Their passwords are public (they are in
the README), so load_demo only makes them on a development site or when asked to."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from resources.roles import network_editors_group_name, network_moderators_group_name
from translations.roles import reviewers_group_name, translators_group_name

from .datafiles import read_toml

# A login's role in users.toml -> the name of its group.
GROUPS = {
    "translators": translators_group_name,
    "reviewers": reviewers_group_name,
    "network_editors": network_editors_group_name,
    "network_moderators": network_moderators_group_name,
}


def ensure_demo_users(ledger):
    """Make the demo logins the demo has never made, and record them: one deleted since is not
    made again (demo/ledger.py). Returns (username, password, who) of the demo's logins that
    exist."""
    User = get_user_model()
    logins = []
    for data in read_toml("users.toml")["user"]:
        username, password = data["username"], data["password"]
        key = f"user:{username}"
        if key not in ledger and not User.objects.filter(username=username).exists():
            email = f"{username}@example.org"
            if data.get("superuser"):
                user = User.objects.create_superuser(username, email, password)
            else:
                user = User.objects.create_user(username, email, password)
                names = [name(data[role]) for role, name in GROUPS.items() if role in data]
                user.groups.set(Group.objects.filter(name__in=names))
            ledger.record(key, user)
        if ledger.get(key) is not None:
            logins.append((username, password, data["who"]))
    return logins
