from wagtail.admin.menu import MenuItem


class PermittedMenuItem(MenuItem):
    """An admin menu item shown only to users for whom `permitted(user)` is true (the view it
    leads to checks the same itself)."""

    def __init__(self, *args, permitted, **kwargs):
        super().__init__(*args, **kwargs)
        self.permitted = permitted

    def is_shown(self, request):
        return self.permitted(request.user)
