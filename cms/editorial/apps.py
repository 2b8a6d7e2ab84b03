from django.apps import AppConfig


class EditorialConfig(AppConfig):
    name = "cms.editorial"
    label = "editorial"
    verbose_name = "Redaktionsablauf"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from .events import connect

        connect()
