"""The image form of the admin: Wagtail's image `description` is what frontends use as the
alternative text (grapple's `altText`), so editors see it called that."""

from wagtail.images.forms import BaseImageForm


class AltTextImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("description")
        if field is not None:
            field.label = "Alternativtext"
            field.help_text = (
                "Was auf dem Bild zu sehen ist, in einem Satz – für Menschen, die es nicht "
                "sehen können. Leer lassen nur bei rein dekorativen Bildern."
            )
