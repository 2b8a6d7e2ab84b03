"""The data set's contacts: people of each region with a photo, published, found again by
their e-mail domain."""

import uuid

from django.utils import timezone
from wagtail.models import Locale

from ..models import Contact

EMAIL_DOMAIN = "bench.smart-region.example"
FIRST_NAMES = ["Anna", "Jonas", "Lea", "Paul", "Mia", "Lukas", "Emma", "Felix", "Sofia", "Tim"]
LAST_NAMES = ["Schulte", "Becker", "Hoffmann", "Wagner", "Krüger", "Neumann", "Vogel", "Berg"]


def ensure_contacts(home, images, count: int) -> tuple[list[Contact], list[Contact]]:
    """`count` contacts of the region: all of them, and the ones created now."""
    prefix = f"{home.slug}-"
    existing = {
        contact.email: contact
        for contact in Contact.objects.filter(email__endswith=f"@{EMAIL_DOMAIN}").filter(
            email__startswith=prefix
        )
    }
    german = Locale.get_default()
    now = timezone.now()
    created = []
    for number in range(1, count + 1):
        email = f"{prefix}{number:03d}@{EMAIL_DOMAIN}"
        if email in existing:
            continue
        first = FIRST_NAMES[number % len(FIRST_NAMES)]
        last = LAST_NAMES[(number // len(FIRST_NAMES)) % len(LAST_NAMES)]
        created.append(
            Contact(
                kind="person",
                name=f"{first} {last} {number:03d}",
                role="Projektmanagement",
                email=email,
                phone=f"0521 9673-{number:03d}",
                photo=images[number % len(images)],
                organisation_id=home.operator_id,
                region=home,
                live=True,
                first_published_at=now,
                last_published_at=now,
                locale=german,
                translation_key=uuid.uuid4(),
            )
        )
    Contact.objects.bulk_create(created, batch_size=500)
    every = sorted([*existing.values(), *created], key=lambda contact: contact.email)
    return every, created
