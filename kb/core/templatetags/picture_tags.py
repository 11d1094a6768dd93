"""`{% picture %}` as Wagtail's (wagtailimages_tags), with its HTML kept between two
publishes.

Wagtail's tag looks the image's renditions up in Django's cache on every view (a Redis round
trip, and a rendition unpickled per source: 2–3 ms of CPU for a picture of nine renditions
on the benchmark's machine) and builds the same <picture> again. Its HTML depends only on
the image (its file and focal point), the specs, the attributes and the renditions, so it is
kept like the cards (kb/core/cards.py) under the content version (kb.core.listing), which
saving an image (its file, focal point or consent) or deleting a rendition replaces
(kb.core.signals): a picture is never read with renditions other than those it was built
from. Whether the image may be shown at all is still decided on every view, by the template
around the tag (`consent_is_valid`, read from the image as it is now).

Not kept: a picture with no request in the context (no content version to key it on: the
API's rendered StreamFields), and a picture whose original file is missing (Wagtail then
outputs a broken image; kept, it would stay broken after the file came back)."""

import hashlib

from django import template
from wagtail.images.models import Filter, Picture
from wagtail.images.shortcuts import get_renditions_or_not_found

from kb.core.listing import keep_keyed_on_version, read_keyed_on_version
from kb.core.models import ContentVersion

register = template.Library()


@register.tag("picture")
def picture(parser, token):
    """`{% picture image specs… attr=value… %}`, as Wagtail's (wagtailimages_tags) writes
    it, without its `as variable` form."""
    _tag, image, *bits = token.split_contents()
    if "as" in bits:
        raise template.TemplateSyntaxError("picture: for `as`, load Wagtail's wagtailimages_tags")
    specs, attrs = [], {}
    for bit in bits:
        name, equals, value = bit.partition("=")
        if equals:
            attrs[name] = parser.compile_filter(value)
        elif Filter.expanding_spec_pattern.match(bit):
            specs.append(bit)
        else:
            raise template.TemplateSyntaxError(f"picture: not a filter spec: {bit}")
    if not specs:
        raise template.TemplateSyntaxError("picture needs at least one filter spec")
    return KeptPictureNode(parser.compile_filter(image), specs, attrs)


class KeptPictureNode(template.Node):
    def __init__(self, image, specs, attrs):
        self.image = image
        self.specs = specs
        self.attrs = attrs

    def render(self, context):
        try:
            image = self.image.resolve(context)
        except template.VariableDoesNotExist:
            return ""
        if not image:
            return ""
        if not hasattr(image, "get_renditions"):
            raise ValueError(f"picture expects an image, got {image!r}")
        attrs = {name: value.resolve(context) for name, value in self.attrs.items()}
        request = context.get("request")
        if request is None:
            return self._build(image, attrs)[0]
        key = self._key(ContentVersion.for_request(request), image, attrs)
        kept = read_keyed_on_version([key]).get(key)
        if kept is not None:
            return kept
        html, found = self._build(image, attrs)
        if found:
            keep_keyed_on_version({key: html})
        return html

    def _build(self, image, attrs):
        """(the <picture>, whether the original file was found), as Wagtail's tag makes it."""
        filters = [Filter(spec=spec) for spec in Filter.expand_spec(self.specs)]
        renditions = get_renditions_or_not_found(image, filters)
        found = not any(rendition.file.name == "not-found" for rendition in renditions.values())
        return Picture(renditions, attrs).__html__(), found

    def _key(self, version, image, attrs):
        """The image (its id, its file and its focal point, as in Wagtail's rendition
        cache key), the specs and the attributes, hashed to a short key."""
        described = repr(
            (
                image.pk,
                image.file.name,
                image.file_hash,
                image.focal_point_x,
                image.focal_point_y,
                image.focal_point_width,
                image.focal_point_height,
                self.specs,
                sorted(attrs.items()),
            )
        )
        digest = hashlib.sha256(described.encode()).hexdigest()[:32]
        return f"kb:picture:{version}:{digest}"
