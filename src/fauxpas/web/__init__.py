"""The desk's browser interface: server-rendered pages (Jinja2) and a little JavaScript.

Every action a page offers calls the same JSON API (/v1/...) that machines use.
"""
