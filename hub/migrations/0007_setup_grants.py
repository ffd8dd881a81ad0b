"""The record of grants made by the site's setup (hub.roles). On a site set up before it, the
grants in place now are recorded as made, so that setup_site keeps what an administrator has
revoked from now on."""

from django.db import migrations, models


def record_existing_grants(apps, schema_editor):
    SetupGrant = apps.get_model("hub", "SetupGrant")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Group = apps.get_model("auth", "Group")
    keys = set()
    for group in Group.objects.prefetch_related("permissions__content_type"):
        for permission in group.permissions.all():
            keys.add(f"{group.name}|{permission.content_type.app_label}.{permission.codename}")
    for grant in GroupPagePermission.objects.select_related("group", "permission"):
        kind = grant.permission.codename.removesuffix("_page")
        keys.add(f"{grant.group.name}|page:{grant.page_id}|{kind}")
    for grant in GroupCollectionPermission.objects.select_related(
        "group", "permission__content_type"
    ):
        label = f"{grant.permission.content_type.app_label}.{grant.permission.codename}"
        keys.add(f"{grant.group.name}|collection:{grant.collection_id}|{label}")
    for assignment in WorkflowPage.objects.all():
        keys.add(f"workflow|page:{assignment.page_id}")
    for task in GroupApprovalTask.objects.prefetch_related("groups"):
        for group in task.groups.all():
            keys.add(f"{group.name}|task:{task.pk}")
    SetupGrant.objects.bulk_create([SetupGrant(key=key) for key in keys], ignore_conflicts=True)


class Migration(migrations.Migration):

    dependencies = [
        ('hub', '0006_document_language_from_settings'),
        ('wagtailcore', '0097_baselogentry_uuid_action_timestamp_indexes'),
    ]

    operations = [
        migrations.CreateModel(
            name='SetupGrant',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('key', models.CharField(max_length=255, unique=True)),
                ('made_at', models.DateTimeField(auto_now_add=True)),
            ],
            options={
                'verbose_name': "grant made by the site's setup",
                'verbose_name_plural': "grants made by the site's setup",
            },
        ),
        migrations.RunPython(record_existing_grants, migrations.RunPython.noop),
    ]
