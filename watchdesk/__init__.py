"""watchdesk: who said what in the news, and where official voices disagree."""

__version__ = "0.1.0"
