"""From what a visitor typed to a query for Wagtail's search API.

Stemming is the backend's job (PostgreSQL's `norwegian` configuration makes "kulturskolene"
and "kulturskole" the same lexeme). This module adds what stemming cannot do, using the words
that actually occur in the index (search.vocabulary) and the adviser's synonyms
(search.models.Synonym):

- compound words, both ways: "interessentene" is in no page but heads the indexed
  compound "interessentkartlegging", which is then searched too; "samskapingsmetoder" is in
  no page, but "samskaping" and "metoder" (through "metode") are, and pages with both
  parts match;
- typos: "samskapning" is in no page; the indexed words spelt most like it (trigram
  similarity, PostgreSQL only) are searched as well;
- synonyms: "politikere" also searches "folkevalgte" and "kommunestyre".

Only terms that occur in no page are widened, and the original term is always kept as an
alternative, so nothing the visitor typed is lost. A page matches when it has any of the
query's informative terms, and ranks by how much of the query it covers, each term weighted
by how rare it is: a word that most pages contain ("kulturskole") says little about which
page is meant, and leaving it out of the match keeps the set the backend ranks small."""

import itertools
import math
import re
from dataclasses import dataclass, field

from wagtail.search.query import And, Or, PlainText

from . import vocabulary

MAX_QUERY_LENGTH = 200
MAX_TERMS = 12
TERM = re.compile(r"[^\W_]+")
# Terms shorter than this are neither split nor corrected (too many look-alikes).
MIN_TERM_LENGTH = 5
# Compound parts are at least this long; a part may end in a linking "s" or "e"
# ("samskapings|metoder", "barne|hage").
MIN_PART_LENGTH = 3
MAX_COMPOUND_LENGTH = 40
# Trigram similarity at which a spelling is taken to be a typo of the term rather than a
# different word.
CLOSE_SPELLING = 0.6
LINKING_LETTERS = ("s", "e")
# A term in more than this share of the pages (and more than MIN_COMMON pages) is left out
# of the match when the query has rarer terms.
COMMON_SHARE = 0.08
MIN_COMMON = 100
# About as many matches as the backend ranks quickly (it reads every match's text).
MAX_MATCHES = 200
# Words that make a query read like a need ("evaluere et prosjekt", "hvordan ..."): the
# search then prefers methods (search.engine).
NEED_WORDS = {
    "hvordan", "evaluere", "kartlegge", "involvere", "måle", "teste", "forstå", "lære",
    "finne", "lage", "vise", "skrive", "høre", "planlegge", "engasjere", "inkludere",
    "starte", "dokumentere", "utvikle", "prøve", "organisere", "samarbeide",
}  # fmt: skip


# Everyday verbs and fillers that full-text search keeps but that say little about what a
# page is about ("få politikerne med"): they count a fifth in the ranking.
WEAK_WORDS = {
    "få", "får", "fikk", "gjør", "gjøre", "går", "gå", "komme", "kommer", "ta", "tar", "gi",
    "gir", "lage", "lager", "vise", "viser", "andre", "mye", "egentlig", "bør", "hele",
}  # fmt: skip
WEAK_WEIGHT = 0.2

# Words that name a content type (search_kind), which the search then prefers; they say
# what kind of page is wanted, not what it is about, so they count as weak words.
KIND_WORDS = {
    "erfaring": "erfaring", "metode": "metode", "verktøy": "metode", "arrangement": "arrangement",
}  # fmt: skip


def kind_named(word):
    """The content type the word names ("erfaringer", "verktøy"), or None."""
    return next((kind for start, kind in KIND_WORDS.items() if word.startswith(start)), None)


@dataclass
class Term:
    """One word of the query and what else it may mean. Each alternative is a list of
    words that must all occur (a compound's parts); synonyms come from the adviser."""

    text: str
    alternatives: list[list[str]] = field(default_factory=list)
    kind: str = ""  # "compound", "part", "spelling" or "form" when alternatives were added
    is_stop_word: bool = False
    synonyms: list[str] = field(default_factory=list)
    pages: int = 0  # how many pages have the term (in any of its forms)
    parts: list = field(default_factory=list)  # a compound's parts, searched as terms
    stems: set = field(default_factory=set)  # the stems of its one-word forms

    @property
    def shown_as(self):
        return " eller ".join("«" + " + ".join(words) + "»" for words in self.alternatives)

    @property
    def forms(self):
        """Every form that counts as the term: as typed, its alternatives, its synonyms."""
        return [[self.text], *self.alternatives, *([word] for word in self.synonyms)]

    def to_search_query(self, every_part=False):
        """Any of the term's forms, each a query of its own (so that each is ranked on its
        own); a compound's parts all (`every_part`) or any, the pages with more of them
        ranking higher."""
        operator = "and" if every_part else "or"
        parts = [PlainText(" ".join(words), operator) for words in self.forms]
        return parts[0] if len(parts) == 1 else Or(parts)


@dataclass
class UnderstoodQuery:
    text: str
    terms: list[Term]
    total_pages: int = 0

    @property
    def is_empty(self):
        return not self.terms

    @property
    def only_stop_words(self):
        """Every term is a word like "hvordan" or "kan" that full-text search ignores (a
        title such as «Hvordan kan vi …?» is then found by its words as they are)."""
        return all(term.is_stop_word for term in self.terms)

    @property
    def searched_terms(self):
        """The terms full-text search uses, a compound's parts each as a term."""
        terms = [term for term in self.terms if not term.is_stop_word]
        return [part for term in terms for part in term.parts or [term]]

    @property
    def widened_terms(self):
        return [term for term in self.terms if term.alternatives]

    @property
    def synonym_terms(self):
        return [term for term in self.terms if term.synonyms]

    @property
    def kind_wanted(self):
        """The content type the query names ("erfaringer fra Helgeland"), if any."""
        return next(filter(None, (kind_named(term.text) for term in self.terms)), None)

    @property
    def reads_like_need(self):
        return bool(NEED_WORDS & {term.text for term in self.terms})

    @property
    def all_words(self):
        """Every word searched for, alternatives and synonyms included (for highlighting)."""
        return {word for term in self.terms for words in term.forms for word in words}

    def rare_terms(self):
        common = max(MIN_COMMON, COMMON_SHARE * self.total_pages)
        return [term for term in self.searched_terms if 0 < term.pages <= common]

    def weight(self, term):
        """How much a term counts in the ranking: the rarer, the more (inverse document
        frequency)."""
        weight = max(0.1, math.log((self.total_pages + 1) / (term.pages + 1)))
        weak = term.text in WEAK_WORDS or kind_named(term.text)
        return weight * (WEAK_WEIGHT if weak else 1)

    def match_queries(self):
        """[(query, estimated matches)] from the loosest to the tightest: any of the
        informative terms (of all when none is), any two of them with an informative one
        among the two, all of them. Each step matches only pages the one before matches.
        The search takes the loosest that the word list's page counts say matches few
        enough pages for the backend to rank, and a looser one when that matches
        nothing."""
        terms = self.searched_terms
        rare = self.rare_terms()
        total = max(self.total_pages, 1)
        ladder = [(_any(rare or terms), sum(term.pages for term in rare or terms))]
        if len(terms) > 2:
            pairs = [
                (a, b)
                for a, b in itertools.combinations(terms, 2)
                if not rare or any(term is a or term is b for term in rare)
            ]
            estimate = min(ladder[0][1], sum(a.pages * b.pages for a, b in pairs) / total)
            ladder.append((_any([And([_any([a]), _any([b])]) for a, b in pairs]), estimate))
        if len(terms) > 1:
            estimate = math.prod(term.pages / total for term in terms) * total
            ladder.append(
                (And([term.to_search_query(every_part=True) for term in terms]), estimate)
            )
        return ladder

    def rank_query(self):
        """Any of the informative terms, each ranked on its own (None for stop words only)."""
        return _any(self.searched_terms) if self.searched_terms else None

    def title_words(self):
        """Every form of every term, for matching titles as written."""
        words = [word for term in self.searched_terms for words in term.forms for word in words]
        return " ".join(dict.fromkeys(words))


def _any(parts):
    queries = [part.to_search_query() if isinstance(part, Term) else part for part in parts]
    return queries[0] if len(queries) == 1 else Or(queries)


def clean(text):
    """The query as typed, made safe to keep and show: no control characters, single
    spaces, at most MAX_QUERY_LENGTH characters."""
    text = "".join(char if char.isprintable() else " " for char in str(text or ""))
    return " ".join(text.split())[:MAX_QUERY_LENGTH].strip()


def terms_of(text):
    terms = []
    for term in TERM.findall(text.lower()):
        if term not in terms:
            terms.append(term)
    return terms[:MAX_TERMS]


def understand(text, request=None):
    """The query's terms, each with the alternatives the index suggests, the adviser's
    synonyms and the number of pages that have it."""
    terms = [Term(text) for text in terms_of(text)]
    if not terms:
        return UnderstoodQuery(text, terms)
    stem_of = _widen(terms)
    # One more look-up for the forms the widening and the synonyms added.
    words = {word for term in terms for words in term.forms for word in words}
    stem_of |= vocabulary.stems(words - stem_of.keys())
    forms = [[(words[0], stem_of[words[0]]) for words in t.forms if len(words) == 1] for t in terms]
    # The adviser's word, or each word of a phrase ("typiske brukere").
    advisers = [
        (word.split(), stem.split(), synonyms)
        for word, stem, synonyms in vocabulary.synonyms(request)
    ]
    for end in range(1, len(terms) + 1):
        for words_of, stems_of, synonyms in advisers:
            if _ends_with(forms[:end], words_of, stems_of):
                for term in terms[end - len(words_of) : end]:
                    term.synonyms += synonyms
    words |= {word for term in terms for word in term.synonyms}
    stem_of |= vocabulary.stems(words - stem_of.keys())
    pages = vocabulary.pages_per_stem({stem_of[word] for word in words} - {""})
    for term in terms:
        found = [pages.get(stem_of[word], 0) for words in term.forms for word in words]
        term.pages = max(found, default=0)
        term.stems = {stem_of[words[0]] for words in term.forms if len(words) == 1} - {""}
        if term.kind == "compound":
            # Each part counts on its own: a page with the rare part says more.
            parts = term.alternatives[0]
            term.parts = [Term(part, pages=pages.get(stem_of[part], 0)) for part in parts]
    return UnderstoodQuery(text, terms, total_pages=vocabulary.total_pages(request))


def _ends_with(forms, words, stems):
    """The query's terms (each as its forms) end with the adviser's word, or words
    ("typiske brukere"), each the same word or inflected."""
    if len(words) != len(stems) or len(words) > len(forms):
        return False
    return all(
        any(_same_word(form, form_stem, word, stem) for form, form_stem in term_forms)
        for term_forms, word, stem in zip(forms[-len(words) :], words, stems, strict=True)
    )


def _same_word(form, form_stem, word, stem):
    """The query's form is the adviser's word: the same stem, or the word inflected
    ("partnerne", "partner")."""
    short, long = sorted([form, word], key=len)
    return form_stem == stem or (long.startswith(short) and len(long) - len(short) <= 3)


def _widen(terms):
    """Adds the alternatives of the terms no page has; returns {word: stem} of the terms
    and the compound pieces looked up."""
    # One look-up for the terms and every piece a compound could be made of. A piece is
    # known when some indexed word has its stem ("metoder" through "metode"); stop words
    # count as known, in no page.
    pieces = {term.text for term in terms}
    for term in terms:
        pieces |= _accented(term.text) | _forms(term.text)
        if len(term.text) >= MIN_TERM_LENGTH:
            pieces |= _substrings(term.text)
    stem_of = vocabulary.stems(pieces)
    pages = vocabulary.pages_per_stem(set(stem_of.values()) - {""})
    known = {
        piece: pages.get(stem, 0) for piece, stem in stem_of.items() if not stem or stem in pages
    }
    for term in terms:
        term.is_stop_word = stem_of.get(term.text) == ""
        if term.text in known:
            term.alternatives = [
                [word]
                for word in _forms(term.text)
                if known.get(word) and stem_of[word] != stem_of[term.text]
            ]
            term.kind = "form" if term.alternatives else ""
            continue
        if accented := [word for word in _accented(term.text) if known.get(word)]:
            term.alternatives, term.kind = [accented[:1]], "spelling"
        elif len(term.text) >= MIN_TERM_LENGTH:
            term.alternatives, term.kind = _alternatives(term.text, stem_of[term.text], known)
    return {term.text: stem_of[term.text] for term in terms}


def _forms(text):
    """Forms of the word that the stemmer keeps apart: an adjective without its neuter "t"
    ("langt", "lang"), a plural without its definite "n" ("partnerne", "partnere")."""
    if text.endswith("erne"):
        return {text[:-2] + "e"}
    return {text[:-1]} if text.endswith("t") and len(text) >= MIN_TERM_LENGTH else set()


def _alternatives(text, stem, known):
    """What an unknown term may mean, in order of trust: the head of indexed compounds
    ("interessentene" in "interessentkartlegging"), a near-identical spelling, the indexed
    words it is compounded of, a looser spelling."""
    if compounds := vocabulary.compounds_starting_with(stem):
        return [[word] for word in compounds], "part"
    similar = vocabulary.similar_words(text)
    parts = split_compound(text, known)
    # "verdenskaffe" is "verdenskafé", not "verdens kaffe".
    if parts and not (similar and similar[0][1] >= CLOSE_SPELLING):
        return [parts], "compound"
    if similar:
        return [[word] for word, _similarity in similar], "spelling"
    return [], ""


def _accented(text):
    """The term with one "e" written "é", as Norwegian writes "idé" and "kafé"."""
    return {
        text[:index] + "é" + text[index + 1 :] for index, char in enumerate(text) if char == "e"
    }


def _substrings(text):
    if len(text) > MAX_COMPOUND_LENGTH:
        return set()
    return {
        text[start:end]
        for start in range(len(text))
        for end in range(start + MIN_PART_LENGTH, len(text) + 1)
    }


def split_compound(text, known):
    """The best way to read `text` as two or more indexed words, or None.

    Fewer parts win; among equally many, the split whose rarest part is most common."""
    if len(text) > MAX_COMPOUND_LENGTH:
        return None
    best = None
    for cut in range(MIN_PART_LENGTH, len(text) - MIN_PART_LENGTH + 1):
        head = _as_word(text[:cut], known)
        rest = text[cut:]
        if head is None:
            continue
        tail = [rest] if known.get(rest) else split_compound(rest, known)
        if tail:
            candidate = [head, *tail]
            if best is None or _split_rank(candidate, known) > _split_rank(best, known):
                best = candidate
    return best


def _as_word(piece, known):
    """The piece as a compound part: a known word, maybe with a linking letter (stop words,
    counted 0, are never parts)."""
    stem = piece[:-1]
    # "samskapings|metoder": the genitive's stem is not the word's.
    if piece.endswith("s") and len(stem) >= MIN_PART_LENGTH and known.get(stem):
        return stem
    if known.get(piece):
        return piece
    if piece.endswith(LINKING_LETTERS) and len(stem) >= MIN_PART_LENGTH and known.get(stem):
        return stem
    return None


def _split_rank(parts, known):
    return (-len(parts), min(known[part] for part in parts), len(parts[0]))
