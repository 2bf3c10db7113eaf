"""Use cases for the screens: each opens a short session, validates, writes, and returns plain rows."""
