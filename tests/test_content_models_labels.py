"""Editors are German-speaking and not technical: every field they see in the admin carries a
German label and a help text."""

import pytest
from django.apps import apps
from wagtail.admin.panels import get_edit_handler
from wagtail.models import Page
from wagtail.snippets.models import get_snippet_models

# Wagtail's own page fields (title, slug, SEO, scheduling) come with Wagtail's translated texts.
WAGTAIL_PAGE_FIELDS = {field.name for field in Page._meta.get_fields()}


def editor_models():
    content = apps.get_app_config("content_models").get_models()
    snippets = set(get_snippet_models())
    return [
        model
        for model in content
        if issubclass(model, Page) or model in snippets or model.__name__ == "RegionSettings"
    ]


def edited_fields(model):
    form_class = get_edit_handler(model).get_form_class()
    model_fields = {field.name for field in model._meta.get_fields()}
    # Form-only fields (e.g. comment notifications) belong to Wagtail, not to our model.
    return [
        name
        for name in form_class.base_fields
        if name in model_fields and name not in WAGTAIL_PAGE_FIELDS
    ]


@pytest.mark.parametrize("model", editor_models(), ids=lambda model: model.__name__)
def test_every_edited_field_has_a_german_label_and_help_text(model):
    missing = []
    for name in edited_fields(model):
        field = model._meta.get_field(name)
        if not str(field.help_text).strip() or str(field.verbose_name) == name.replace("_", " "):
            missing.append(name)
    assert not missing, f"{model.__name__}: fields without label or help text: {missing}"
