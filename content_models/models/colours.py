"""A region's colour: a `#rrggbb` field whose value white text on it stays readable on.

Frontends put white text on the primary colour (bars, buttons) and use it as link text on white,
so both must reach WCAG 2.x AA for body text, 4.5:1; the check is the WCAG formula itself (a few
lines, no library needed for it)."""

import math
import re

from django.core import validators
from django.core.exceptions import ValidationError
from django.db import models

HEX_COLOUR = re.compile(r"#[0-9a-f]{6}")
MINIMUM_CONTRAST_WITH_WHITE = 4.5


def relative_luminance(colour: str) -> float:
    """WCAG 2.x relative luminance of a `#rrggbb` colour."""

    def linear(channel: int) -> float:
        value = channel / 255
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (int(colour[index : index + 2], 16) for index in (1, 3, 5))
    return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)


def contrast_with_white(colour: str) -> float:
    return 1.05 / (relative_luminance(colour) + 0.05)


def validate_hex_colour(value: str):
    if not HEX_COLOUR.fullmatch(value):
        raise ValidationError(
            "Bitte die Farbe als Hex-Wert mit # und sechs Ziffern 0–9 oder Buchstaben a–f "
            "angeben, z. B. #1f5f8b.",
            code="invalid_colour",
        )


def validate_readable_with_white_text(value: str):
    if not HEX_COLOUR.fullmatch(value):
        return  # validate_hex_colour has said what is wrong
    ratio = contrast_with_white(value)
    if ratio < MINIMUM_CONTRAST_WITH_WHITE:
        raise ValidationError(
            "Weiße Schrift auf dieser Farbe ist zu schwer lesbar: Kontrast %(ratio)s:1, nötig "
            "sind mindestens 4,5:1 (WCAG AA). Bitte eine dunklere Farbe wählen.",
            code="low_contrast",
            # Rounded down: 4.47 must not read as the 4,5 it falls short of.
            params={"ratio": f"{math.floor(ratio * 10) / 10:.1f}".replace(".", ",")},
        )


class ColourField(models.CharField):
    """A `#rrggbb` colour, stored in lower case whatever case the editor typed."""

    default_validators = [validate_hex_colour, validate_readable_with_white_text]

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 7)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)
        # The format check says more than "at most 7 characters" would, and implies it.
        self.validators[:] = [
            validator
            for validator in self.validators
            if not isinstance(validator, validators.MaxLengthValidator)
        ]

    def formfield(self, **kwargs):
        return super().formfield(**{"max_length": None, **kwargs})

    def to_python(self, value):
        value = super().to_python(value)
        return value.strip().lower() if value else value
