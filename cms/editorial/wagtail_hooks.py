"""Admin: each region's webhooks, and every delivery with its attempts (superusers; under
„Einstellungen“)."""

from django import forms
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.viewsets.pages import base_page_viewset

from .admin_labels import PageSearchView
from .models import ChangeEvent, WebhookAttempt, WebhookDelivery, WebhookEndpoint

# The admin's page search (also the header search box) with its count line in German.
base_page_viewset.search_view_class = PageSearchView


class WebhookEndpointForm(WagtailAdminModelForm):
    event_types = forms.MultipleChoiceField(
        label="Arten von Änderungen",
        choices=ChangeEvent.Type.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text="Keine angekreuzt: alle Arten.",
    )

    class Meta:
        model = WebhookEndpoint
        fields = ["region", "url", "secret", "event_types", "active"]


class WebhookEndpointViewSet(ModelViewSet):
    model = WebhookEndpoint
    icon = "link-external"
    menu_label = "Webhooks"
    list_display = ["url", "region", "event_types", "active"]
    list_filter = ["region", "active"]

    def get_form_class(self, for_update=False):
        return WebhookEndpointForm


class WebhookDeliveryViewSet(ModelViewSet):
    model = WebhookDelivery
    icon = "mail"
    menu_label = "Zustellungen"
    list_display = ["event", "endpoint", "state", "attempts", "next_attempt_at", "created_at"]
    list_filter = ["state", "endpoint"]
    form_fields = ["state", "next_attempt_at"]  # an operator may retry at once or give up
    inspect_view_enabled = True


class WebhookAttemptViewSet(ModelViewSet):
    model = WebhookAttempt
    icon = "history"
    menu_label = "Zustellversuche"
    list_display = ["attempted_at", "delivery", "status_code", "error", "duration_ms"]
    list_filter = ["status_code"]
    form_fields = ["error"]
    inspect_view_enabled = True


class ChangeEventViewSet(ModelViewSet):
    model = ChangeEvent
    icon = "resubmit"
    menu_label = "Änderungen"
    list_display = ["created_at", "event_type", "object_type", "object_id", "url_path", "regions"]
    list_filter = ["event_type"]
    form_fields = ["url_path"]
    inspect_view_enabled = True


class WebhookGroup(ViewSetGroup):
    menu_label = "Webhooks"
    menu_icon = "link-external"
    add_to_settings_menu = True
    items = (
        WebhookEndpointViewSet,
        WebhookDeliveryViewSet,
        WebhookAttemptViewSet,
        ChangeEventViewSet,
    )


@hooks.register("register_admin_viewset")
def register_webhook_admin():
    return WebhookGroup()
