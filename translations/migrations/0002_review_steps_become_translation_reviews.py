"""The review step of each "Translation review: <language>" workflow, made by earlier versions
as a plain GroupApprovalTask, becomes a TranslationReviewTask: the same row (same id, groups,
reviews in progress), given its subclass's row and content type."""

from django.db import migrations


def convert(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Task = apps.get_model("wagtailcore", "Task")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    review_type, _created = ContentType.objects.get_or_create(
        app_label="translations", model="translationreviewtask"
    )
    group_type = ContentType.objects.filter(
        app_label="wagtailcore", model="groupapprovaltask"
    ).first()
    if group_type is None:
        return
    task_ids = set(
        WorkflowTask.objects.filter(
            workflow__name__startswith="Translation review: ",
            task__content_type=group_type,
        ).values_list("task_id", flat=True)
    )
    table = schema_editor.quote_name("translations_translationreviewtask")
    column = schema_editor.quote_name("groupapprovaltask_ptr_id")
    with schema_editor.connection.cursor() as cursor:
        for task_id in sorted(task_ids):
            cursor.execute(f"INSERT INTO {table} ({column}) VALUES (%s)", [task_id])  # noqa: S608
    Task.objects.filter(pk__in=task_ids).update(content_type=review_type)


class Migration(migrations.Migration):
    dependencies = [
        ("translations", "0001_initial"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(convert, migrations.RunPython.noop)]
