"""gunicorn settings for production (`gunicorn -c gunicorn.conf.py accords.wsgi`).

Every value can be changed from the environment; the defaults suit one small machine behind a
reverse proxy that terminates TLS.
"""

import multiprocessing
import os

# honcho and most platforms give the web process its port in PORT.
bind = os.environ.get("GUNICORN_BIND") or f"127.0.0.1:{os.environ.get('PORT', '8000')}"
# Pages are served from the page cache or built by short database reads: plain synchronous
# workers, about two per core (docs/performance.md compares counts and threads on two cores).
workers = int(os.environ.get("WEB_CONCURRENCY") or multiprocessing.cpu_count() * 2)
threads = int(os.environ.get("GUNICORN_THREADS") or 1)
worker_class = "gthread" if threads > 1 else "sync"
# A request that takes longer than this is stuck; the worker is replaced.  An out-of-date page
# is rebuilt after its reader was served, in a thread of its own (accords/pagecache.py), so even
# the slowest rebuild (the timeline's figure of 50,000 events: 10 s and more on a busy two-core
# machine) never counts against it; only a page never built is built within a request.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 30
# Recycle workers now and then so a slow leak never grows without bound.  The jitter spreads
# the restarts (each worker draws its own limit between 100,000 and 150,000 requests): with a
# small jitter all workers reached their limit within seconds of each other and restarted
# together, and the requests waiting meanwhile made a p99 of over a second.  Not more often:
# a recycled worker's replacement comes 5-10 s after it stops taking requests on a busy two-core
# machine, and at 5,000-10,000 requests (a recycle somewhere every 20-30 s at 400 requests a
# second) those gaps came with readers' requests of 2-5 s in 10-minute load tests, and a run
# without recycles had none (docs/performance.md).
max_requests = 100_000
max_requests_jitter = 50_000
# Trust X-Forwarded-Proto only from the proxy in front (settings.SECURE_PROXY_SSL_HEADER).
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
# Requests larger than an article submission are refused before Django sees them.
limit_request_line = 8190
limit_request_fields = 100
# "-" logs to stdout; GUNICORN_ACCESS_LOG="" turns the access log off (the load benchmark does).
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-") or None
errorlog = "-"
loglevel = os.environ.get("LOG_LEVEL", "info").lower()
