"""The "Regional review" approval step, moved here from hub (hub 0005): the table is renamed
and the content type relabelled, so existing tasks and workflows keep working."""

import django.db.models.deletion
from django.db import migrations, models


def relabel_content_type(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ContentType.objects.filter(app_label="hub", model="publisherapprovaltask").update(
        app_label="resources"
    )


def relabel_content_type_back(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ContentType.objects.filter(app_label="resources", model="publisherapprovaltask").update(
        app_label="hub"
    )


class Migration(migrations.Migration):
    dependencies = [
        ("resources", "0003_onboard_coalition_permission"),
        ("hub", "0005_move_publisher_approval_task_to_resources"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="PublisherApprovalTask",
                    fields=[
                        (
                            "task_ptr",
                            models.OneToOneField(
                                auto_created=True,
                                on_delete=django.db.models.deletion.CASCADE,
                                parent_link=True,
                                primary_key=True,
                                serialize=False,
                                to="wagtailcore.task",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "approval by the page's publishers",
                        "verbose_name_plural": "approvals by the page's publishers",
                        "db_table": "hub_publisherapprovaltask",
                    },
                    bases=("wagtailcore.task",),
                ),
            ],
            database_operations=[],
        ),
        migrations.AlterModelTable(name="publisherapprovaltask", table=None),
        migrations.RunPython(relabel_content_type, relabel_content_type_back),
    ]
