"""Local media whose URLs are absolute (see public_url), as the API must hand them out."""

from django.core.files.storage import FileSystemStorage

from .public_url import absolute_url


class PublicFileSystemStorage(FileSystemStorage):
    def url(self, name):
        return absolute_url(super().url(name))
