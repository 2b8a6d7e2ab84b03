from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "cms.api"
    label = "cms_api"
    verbose_name = "GraphQL-API"

    def ready(self):
        # Attach each model's GraphQL fields before grapple (listed after us) builds its types.
        from . import exposure

        exposure.expose_models()

        from . import media_urls

        media_urls.install()

        from . import loaders

        loaders.install()

        from django.conf import settings

        if settings.GRAPHQL_TRUSTED_DOCUMENTS:
            # A missing or broken manifest stops the start, not every request.
            from .trusted_documents import trusted_documents

            trusted_documents()
