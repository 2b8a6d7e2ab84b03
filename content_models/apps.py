from django.apps import AppConfig


class ContentModelsConfig(AppConfig):
    name = "content_models"
    verbose_name = "Inhalte"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import editors, frontends

        frontends.connect_signals()
        editors.connect_signals()
