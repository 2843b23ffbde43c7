"""The staff web app: sign-in, case list, case page, report downloads, review
workflow, accounts and the audit log (``app.create_app``), plus notifications."""
