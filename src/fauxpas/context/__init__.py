"""Context: the news (events, feeds, gazetteer), the calendar, and the cues in a post
(selling, cheer, sympathy, invitations) that the context checks FP301-FP305 compare."""
