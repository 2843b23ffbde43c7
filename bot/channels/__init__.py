"""Messaging channels of the Rasa server: the project's own Twilio SMS/WhatsApp channel.

``twilio.TwilioChannel`` is registered in ``credentials.yml``. Medium rules (segments,
opt-out keywords, phone numbers, signatures) live in their own modules so they can be
tested without a Rasa server.
"""
