"""Work done once per request, however many template tags ask for it (the header and the
footer both need the site's pages, every card on a theme page the theme index)."""


def once_per_request(request, key, build):
    """build(), computed once for this request and key (every time when there is no request)."""
    if request is None:
        return build()
    cache = request.__dict__.setdefault("_kb_per_request", {})
    if key not in cache:
        cache[key] = build()
    return cache[key]
