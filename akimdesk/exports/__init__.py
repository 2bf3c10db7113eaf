"""Renderers and packages: Excel and PDF from one report definition, signed zip packages with a
manifest, offline verification and the e-mail hand-off. Heavy libraries load inside the functions."""
