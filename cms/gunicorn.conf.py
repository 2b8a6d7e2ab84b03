"""gunicorn for `make serve` and production; every value from the environment (README,
"Production"). Defaults suit 2 cores: 2 worker processes of 4 threads each."""

import os

bind = f"{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '8000')}"
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "20"))
# Idle keep-alive connections from a proxy or load balancer in front.
keepalive = int(os.environ.get("GUNICORN_KEEPALIVE", "5"))
# Django writes one JSON access line per request (cms/observability/access_log.py).
accesslog = None
errorlog = "-"
# A long-running worker is replaced now and then, so a slow leak cannot grow unbounded.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "5000"))
max_requests_jitter = 500
wsgi_app = "cms.wsgi:application"
# Its default path is one per user: a second gunicorn on the machine would take it over.
control_socket_disable = True
