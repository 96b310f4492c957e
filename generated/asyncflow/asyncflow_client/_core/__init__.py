# Copied from overlays/_core/__init__.py by scripts/generate.py; edit that file, not this copy.
"""The shared core of every voxspec client: written once, copied into each generated package.

Public names are re-exported by each API's overlay modules; import from there
(`neuphonic_client.streaming`, `neuphonic_client.errors`-style modules), not from `_core`.
"""
