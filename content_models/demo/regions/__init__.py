"""The content of the four demo regions, one plain-data module each."""

from . import emscher_lippe, kreis_unna, owl, shared, suedwestfalen

REGIONS = [emscher_lippe.REGION, suedwestfalen.REGION, kreis_unna.REGION, owl.REGION]
SHARED_SNIPPETS = shared.SNIPPETS
DATA_MODULES = [shared, emscher_lippe, suedwestfalen, kreis_unna, owl]
