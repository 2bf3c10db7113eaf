"""AkimDesk: akims' meetings with the population, planned, held and accounted for."""

__version__ = "0.1.0"
