from django.dispatch import receiver
from wagtail.signals import page_published

from kb.cases.models import CaseIndexPage, MunicipalityPage
from kb.methods.models import MethodIndexPage

from . import roles


@receiver(page_published)
def keep_access_in_step_with_the_tree(sender, instance, **kwargs):
    """Marking a municipality as a member (or not) takes effect when the page is published;
    a new case or methods index gets the workflow and the editors' rights at once."""
    if isinstance(instance, MunicipalityPage):
        roles.sync_municipality_access(instance)
    elif isinstance(instance, (CaseIndexPage, MethodIndexPage)):
        roles.setup_roles()
