"""Arguments shared by many root fields."""

import graphene


def site_argument():
    return graphene.String(
        description=(
            "Hostname of the region's site, e.g. `suedwestfalen.localhost`. "
            "Without it, the region is the one whose hostname the request was sent to."
        )
    )
