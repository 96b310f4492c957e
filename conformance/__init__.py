"""voxspec conformance: check any server against the specs, and reference servers to check against."""
