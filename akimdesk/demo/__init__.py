"""Deterministic demo data: a believable region to learn and test the program on."""
