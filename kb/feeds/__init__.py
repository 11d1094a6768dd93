"""RSS and Atom feeds (Django's syndication framework): what is new in the knowledge base,
for everything, for one theme and for one type of content, so that a leader can follow new
methods, stories and meetings without visiting. Only live, public pages are in them."""
