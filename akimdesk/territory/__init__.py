"""The territory directory: KATO units, meeting areas, reference data and import."""
