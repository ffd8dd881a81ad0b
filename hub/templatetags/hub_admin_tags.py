"""Template tags of the admin's templates overridden by the hub."""

from django import template

from hub.bulk_actions import offers_page_bulk_actions

register = template.Library()


@register.simple_tag(takes_context=True)
def page_bulk_actions_offered(context):
    request = context.get("request")
    return request is not None and offers_page_bulk_actions(request.user)
