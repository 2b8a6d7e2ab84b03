"""Views that `make bench` compares the API with (issue "Fast API"): a trivial view, a
hand-written view answering exactly what the StoryList operation answers, and stock grapple's
own schema. They answer only with BENCH_VIEWS=1; otherwise every one of them is a 404."""
