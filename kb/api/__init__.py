"""The read-only public API (Wagtail's API v2 at /api/v2/): the live, public pages with the
fields each page model lists in its `api_fields`, and the themes. What a visitor without an
account cannot see on the site is not in it: drafts, pages with a view restriction (also for
a logged-in member, so that every answer is the same for everyone and may be cached), the
original image files (only renditions) and personal data (no users, no contact persons)."""
