"""The "Regional review" approval step moves to the app of the network pages (resources): its
table and content type are carried over by resources 0004; here it only leaves hub's state."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("hub", "0004_publisher_approval_task_and_media_permissions"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="PublisherApprovalTask")],
            database_operations=[],
        ),
    ]
