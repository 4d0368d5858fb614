"""Settings for the test run: the project's own settings, plus what only tests want.

pyproject.toml selects this module for pytest.  Processes a test starts to check the
product itself (workers, the Procfile, production mode) name ``accords.settings``.
"""

from accords.settings import *  # noqa: F403

# Tests make users all the time; the production hasher's deliberate slowness is not under
# test and would dominate the run.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

# Tests look at an out-of-date page's rebuild right after its response is closed; in production
# it runs in a thread of its own (tests/test_pagecache.py checks that too).
PUBLIC_PAGE_REBUILD_IN_THREAD = False
