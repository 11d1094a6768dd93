"""What the search page keeps beside Wagtail's own index: each page's facet values, the words
the index contains (both derived, rebuilt by `update_index`), the adviser's synonyms, and
how many results each logged query returned."""

from django.db import models


class PageFacet(models.Model):
    """One facet value of a live, public, searchable page, e.g. ("tema", "3") or
    ("kommune", "1804"): the catalogue the search page counts and narrows results with.

    Every such page has at least its content type ("innhold"); pages that are not live or
    not public have no rows. The rows follow publishing, unpublishing, moving, deleting and
    view restrictions at once (search.filing, search.signals)."""

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    facet = models.CharField(max_length=20)
    value = models.CharField(max_length=60)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["page", "facet", "value"], name="unique_page_facet")
        ]
        indexes = [models.Index(fields=["facet", "value"], name="search_facet_value_idx")]

    def __str__(self):
        return f"{self.page_id}: {self.facet}={self.value}"


class IndexedWord(models.Model):
    """A word that occurs in the search index of the live, public, searchable pages, its stem
    (as the search configuration stems it) and the number of such pages it occurs in. The
    search page uses it to split compound words and to correct typos, and names the words it
    widened a query to, to anyone: so a word goes when its last page is unpublished, deleted,
    moved out of sight or made private (search.vocabulary, search.signals)."""

    word = models.CharField(max_length=60, unique=True)
    stem = models.CharField(max_length=60, db_index=True)
    page_count = models.PositiveIntegerField(default=0)

    def __str__(self):
        return self.word


class PageWords(models.Model):
    """The words of one page as the word list counts them, space-separated: what to take
    away from IndexedWord when the page leaves the public or its text changes."""

    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    words = models.TextField()

    def __str__(self):
        return str(self.page_id)


class Synonym(models.Model):
    """Words the adviser knows people use for a word in the pages: a search for the word
    also searches them (search.query), e.g. «politikere» → «folkevalgte, kommunestyre»."""

    word = models.CharField("Ord", max_length=60, unique=True, help_text="Ordet folk søker med.")
    synonyms = models.CharField(
        "Søk også etter",
        max_length=300,
        help_text="Ord med samme mening, skilt med komma, f.eks. «folkevalgte, kommunestyre».",
    )

    class Meta:
        ordering = ["word"]
        verbose_name = "synonym"
        verbose_name_plural = "synonymer"

    def __str__(self):
        return f"{self.word} → {self.synonyms}"

    def words(self):
        return [word.strip().lower() for word in self.synonyms.split(",") if word.strip()]


class QueryResultCount(models.Model):
    """How many results a logged query gave the last time someone searched for it, so the
    adviser can see which questions the knowledge base does not answer yet."""

    query = models.OneToOneField(
        "wagtailsearchpromotions.Query",
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="result_count",
    )
    count = models.PositiveIntegerField()
    # Results, but none with every word of the query.
    partial = models.BooleanField(default=False)
    searched_at = models.DateTimeField()

    class Meta:
        verbose_name = "antall treff for søk"
        verbose_name_plural = "antall treff for søk"

    def __str__(self):
        return f"{self.query}: {self.count}"
