"""Signed packages, the container both documents and data exchange travel in: a zip with a manifest
(every file's SHA-256) and a detached CMS signature over it (`container`), the offline verifier
(`verify`, `cms_checks`) and the e-mail hand-off (`mail`). Heavy libraries load inside the functions."""
