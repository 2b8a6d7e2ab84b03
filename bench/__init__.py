"""`make bench`: the side-by-side benchmark of issue "Fast API" (README, "Performance")."""
