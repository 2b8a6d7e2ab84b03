"""The large data set of `make bench` (issue "Fast API"): thousands of stories, images and
contacts on top of the demo regions, created in bulk (`manage.py build_bench_data`)."""
