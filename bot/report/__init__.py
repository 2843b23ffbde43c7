"""The handoff report: what the legal team receives about one conversation.

``handoff.build_handoff`` turns stored records into a JSON-ready dict (described by
``docs/handoff-report.schema.json``), ``html.render_html`` renders that dict for
people, and ``schema.validate_report`` checks a dict against the published schema.
"""
