"""The page editor's form: an image or document may be put on a page only by someone who may
choose it. Wagtail's choosers offer only those (its collection permissions), but a form
posted by hand can name any image or document by its id; this form refuses it, with the
reason. What the page already used stays usable, so an editor can still save a page an
adviser added an image to."""

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import ReferenceIndex


def media_kinds():
    """Per kind of media: its model, the policy that says who may choose it, and the word
    for it. (Read when needed: the policies need the image model, which is defined in the
    models module that imports this one.)"""
    from wagtail.documents import get_document_model
    from wagtail.documents.permissions import permission_policy as documents
    from wagtail.images import get_image_model
    from wagtail.images.permissions import permission_policy as images

    return [
        (get_image_model(), images, "bildene"),
        (get_document_model(), documents, "dokumentene"),
    ]


def referenced_ids(objects):
    """{content type id: {object id}} of what the objects (a page and its inline items)
    refer to, by Wagtail's own reference extraction (fields, StreamFields, child relations)."""
    found = {}
    for obj in objects:
        for (
            content_type_id,
            object_id,
            _path,
            _content_path,
        ) in ReferenceIndex._extract_references_from_object(obj):
            found.setdefault(content_type_id, set()).add(str(object_id))
    return found


class BasePageForm(WagtailAdminPageForm):
    def is_valid(self):
        valid = super().is_valid()
        if valid and self.for_user is not None:
            for message in self.refused_media():
                self.add_error(None, message)
        return valid and not self.errors

    def refused_media(self):
        inline_items = [
            form.instance
            for formset in self.formsets.values()
            for form in formset.forms
            if getattr(form, "instance", None) is not None
        ]
        wanted = referenced_ids([self.instance, *inline_items])
        before = referenced_ids([self.saved_page()]) if self.instance.pk else {}
        for model, policy, plural in media_kinds():
            type_id = ReferenceIndex._get_base_content_type(model).id
            added = wanted.get(type_id, set()) - before.get(type_id, set())
            if not added:
                continue
            allowed = policy.instances_user_has_any_permission_for(self.for_user, ["choose"])
            refused = model.objects.filter(pk__in=added).exclude(pk__in=allowed.values("pk"))
            titles = ", ".join(f"«{item.title}»" for item in refused.order_by("title"))
            if titles:
                yield (
                    f"Du har ikke tilgang til {plural} {titles}: de ligger i en samling du "
                    "ikke kan velge fra. Velg fra din egen samling eller fellessamlingen."
                )

    def saved_page(self):
        """The page as it was before this form: its latest revision (or the page itself)."""
        saved = type(self.instance).objects.get(pk=self.instance.pk)
        return saved.get_latest_revision_as_object()
