"""A review approves a revision: that revision, and nothing written since by someone else, is
what goes live.

Wagtail publishes the object's *latest* revision when a workflow finishes
(`wagtail.workflows.publish_workflow_state`, its default WAGTAIL_FINISH_WORKFLOW_ACTION). In
Wagtail's own editor that is safe: while a page is in a review step, only those who may act on
that step can save it (the step's "workflow lock"), so the latest revision is either the one
submitted or one the reviewer made. Other routes do not all honour the lock (wagtail-localize
writes translations into pages directly), so a translator saving after submission could slip
unreviewed text into the approval.

`publish_reviewed_revision` (set as WAGTAIL_FINISH_WORKFLOW_ACTION in hub/settings/base.py)
publishes the latest revision only when whoever saved it could act on the review step (the
reviewer, editing while approving, saw everything saved before); otherwise it publishes the
revision the step was started on, the one the reviewer was shown, and leaves anything newer as
a draft.
"""


def reviewed_revision(workflow_state):
    """The revision that goes live when `workflow_state` is approved."""
    obj = workflow_state.content_object
    task_state = workflow_state.current_task_state
    latest = obj.get_latest_revision()
    if task_state is None or task_state.revision_id is None or latest is None:
        return latest
    reviewed = task_state.revision
    if latest.pk == reviewed.pk:
        return latest
    author = latest.user
    if author is not None and not task_state.task.specific.locked_for_user(obj, author):
        return latest  # saved by someone who may approve: the reviewer, who saw it in the editor
    return reviewed


def publish_reviewed_revision(workflow_state, user=None):
    reviewed_revision(workflow_state).publish(user=user)
