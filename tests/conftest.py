"""Suite-wide settings."""

from hypothesis import settings

# Hypothesis' per-example deadline is a timing assertion, and timings belong in benchmarks/: on a
# loaded 2-core CI machine it fails correct code. Example counts stay as each test sets them.
settings.register_profile("voxspec", deadline=None, print_blob=True)
settings.load_profile("voxspec")
