"""Labels Wagtail's admin leaves empty, so German editors read "None" where a word belongs."""

from wagtail.admin.views.pages.search import SearchView
from wagtail.models import Page


class PageSearchView(SearchView):
    """Wagtail's page search names no model in its count line ("1-5 von 5 None"): the
    base listing view's plural name stays None because the search view never sets it."""

    verbose_name = Page._meta.verbose_name
    verbose_name_plural = Page._meta.verbose_name_plural
