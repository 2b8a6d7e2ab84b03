"""Demo pictures and PDFs, drawn locally with Pillow: no downloads, same bytes on every run.

Each picture is a diagonal gradient in the region's colours with a few translucent shapes and
the region name on it; the shapes are placed by a random generator seeded from the title, so a
title always yields the same picture."""

import functools
import hashlib
import io
import random
import textwrap
import time

from PIL import Image, ImageChops, ImageDraw, ImageFont

# Small enough to keep the loader fast, large enough for a 1600 px hero rendition.
SIZES = {
    "hero": (1600, 900),
    "photo": (1200, 675),
    "logo": (400, 400),
    "portrait": (400, 400),
}
FORMATS = {"hero": "JPEG", "photo": "JPEG", "logo": "PNG", "portrait": "JPEG"}
EXTENSIONS = {"JPEG": "jpg", "PNG": "png"}

# PDFs carry a creation date; a fixed one keeps the bytes identical between runs.
PDF_DATE = time.strptime("2024-01-01", "%Y-%m-%d")
A4_AT_72_DPI = (595, 842)


def _rng(*parts):
    digest = hashlib.sha256("|".join(parts).encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


# DejaVu (Debian's fonts-dejavu-core) has the umlauts and typographic quotes German titles need;
# Pillow's bundled fallback font lacks them, so text is transliterated when DejaVu is missing.
FONT_FILE = "DejaVuSans.ttf"
TRANSLITERATION = str.maketrans(
    {
        "ä": "ae",
        "ö": "oe",
        "ü": "ue",
        "Ä": "Ae",
        "Ö": "Oe",
        "Ü": "Ue",
        "ß": "ss",
        "„": '"',
        "“": '"',
    }
)


@functools.cache
def _font(size):
    try:
        return ImageFont.truetype(FONT_FILE, size)
    except OSError:
        return ImageFont.load_default(size=size)


def _text(draw, position, text, size, **kwargs):
    font = _font(size)
    if not getattr(font, "path", "").endswith(FONT_FILE):
        text = text.translate(TRANSLITERATION)
    draw.text(position, text, font=font, **kwargs)


def _gradient(size, start, end):
    # The mean of a vertical and a horizontal ramp runs from the top left to the bottom right.
    vertical = Image.linear_gradient("L").resize(size)
    horizontal = vertical.transpose(Image.Transpose.ROTATE_90).resize(size)
    mask = ImageChops.add(vertical, horizontal, scale=2.0)
    return Image.composite(Image.new("RGB", size, end), Image.new("RGB", size, start), mask)


def _shapes(image, rng, accent, count):
    overlay = Image.new("RGBA", image.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    width, height = image.size
    for _ in range(count):
        radius = rng.randint(min(width, height) // 12, min(width, height) // 3)
        x, y = rng.randint(0, width), rng.randint(0, height)
        alpha = rng.randint(40, 110)
        box = (x - radius, y - radius, x + radius, y + radius)
        if rng.random() < 0.5:
            draw.ellipse(box, fill=(*accent, alpha))
        else:
            draw.rounded_rectangle(box, radius=radius // 4, outline=(255, 255, 255, alpha), width=6)
    return Image.alpha_composite(image.convert("RGBA"), overlay).convert("RGB")


def _caption(image, lines):
    draw = ImageDraw.Draw(image)
    width, height = image.size
    size = max(18, width // 22)
    y = height - size * (len(lines) + 1) - size // 2
    for index, line in enumerate(lines):
        _text(draw, (size, y), line, size if index == 0 else int(size * 0.6), fill="white")
        y += int(size * 1.3)


def _initials(image, name):
    initials = "".join(part[0] for part in name.split()[:2]).upper()
    draw = ImageDraw.Draw(image)
    width, height = image.size
    _text(draw, (width / 2, height / 2), initials, width // 3, fill="white", anchor="mm")


def render_image(title, kind, palette, region_name):
    """The bytes and file extension of one demo picture."""
    start, end, accent = palette
    size = SIZES[kind]
    rng = _rng(region_name, title)
    image = _gradient(size, start, end)
    image = _shapes(image, rng, accent, count=3 if kind in ("logo", "portrait") else 9)
    if kind == "portrait":
        _initials(image, title)
    elif kind == "logo":
        _caption(image, textwrap.wrap(region_name, 14)[:3])
    else:
        _caption(image, [region_name, title])
    buffer = io.BytesIO()
    image_format = FORMATS[kind]
    image.save(buffer, image_format, **({"quality": 82} if image_format == "JPEG" else {}))
    return buffer.getvalue(), EXTENSIONS[image_format]


def render_pdf(title, pages, palette, region_name):
    """A small PDF: a cover in the region's colours, then one page of text per entry of pages."""
    start, end, accent = palette
    cover = _shapes(_gradient(A4_AT_72_DPI, start, end), _rng(region_name, title), accent, 6)
    draw = ImageDraw.Draw(cover)
    _text(draw, (48, 96), region_name, 20, fill="white")
    for index, line in enumerate(textwrap.wrap(title, 28)):
        _text(draw, (48, 320 + index * 40), line, 34, fill="white")

    text_pages = []
    for page_text in pages:
        page = Image.new("RGB", A4_AT_72_DPI, "white")
        draw = ImageDraw.Draw(page)
        draw.rectangle((0, 0, A4_AT_72_DPI[0], 12), fill=start)
        y = 60
        for paragraph in page_text.split("\n\n"):
            for line in textwrap.wrap(paragraph, 70):
                _text(draw, (48, y), line, 12, fill=(30, 30, 30))
                y += 17
            y += 12
        text_pages.append(page)

    buffer = io.BytesIO()
    cover.save(
        buffer,
        "PDF",
        save_all=True,
        append_images=text_pages,
        resolution=72.0,
        title=title,
        author=region_name,
        creationDate=PDF_DATE,
        modDate=PDF_DATE,
    )
    return buffer.getvalue()
