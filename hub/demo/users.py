"""Demo logins for a local site. Their passwords are public (they are in the README), so
load_demo only creates them on a development site or when asked to."""

from django.contrib.auth import get_user_model

DEMO_ADMIN = ("admin", "hub-demo-admin")


def ensure_demo_users():
    """Create the demo users that do not exist yet; return (username, password) of all."""
    User = get_user_model()
    username, password = DEMO_ADMIN
    if not User.objects.filter(username=username).exists():
        User.objects.create_superuser(username, f"{username}@example.org", password)
    return [DEMO_ADMIN]
