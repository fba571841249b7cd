"""The desk: fauxpas as a service a social media team runs every day.

One package per domain (accounts, users, drafts, approvals, schedule, pause, audit,
events, check, publish), each with ``models.py`` (SQLAlchemy tables), ``schemas.py``
(Pydantic shapes at the API edge), ``service.py`` (the rules; keyword-only arguments,
no HTTP) and ``api.py`` (thin FastAPI routes). ``app.create_app`` assembles them.
"""
