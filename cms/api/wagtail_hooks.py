from wagtail import hooks

from .rich_text import GatedDocumentLinkHandler, GatedPageLinkHandler


# Runs after Wagtail's own registrations and replaces their "page" and "document" handlers.
@hooks.register("register_rich_text_features", order=100)
def register_gated_link_handlers(features):
    features.register_link_type(GatedPageLinkHandler)
    features.register_link_type(GatedDocumentLinkHandler)
