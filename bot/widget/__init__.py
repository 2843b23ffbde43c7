"""The web chat widget for clinic sites: its UI strings, the routes that serve the
bundle and the demo page (on the staff app, :8000); the browser code is in ``src/``
and is bundled at setup (``make setup``) into ``static/widget.js``."""
