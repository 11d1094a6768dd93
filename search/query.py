"""From what a visitor typed to a query for Wagtail's search API.

Stemming is PostgreSQL's job (the `norwegian` configuration makes "kulturskolene" and
"kulturskole" the same lexeme). This module adds what stemming cannot do, using the words
that actually occur in the index (search.vocabulary):

- compound words: "samskapingsmetoder" is not in any page, but "samskaping" and "metoder"
  (through "metode") are; the term then also matches pages that contain both parts;
- typos: "samskapning" is in no page; the indexed words spelt most like it (trigram
  similarity, PostgreSQL only) are searched as well.

The original term is always kept as an alternative, so nothing the visitor typed is lost."""

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


@dataclass
class Term:
    """One word of the query and what else it may mean. Each alternative is a list of
    words that must all occur (a compound's parts)."""

    text: str
    alternatives: list[list[str]] = field(default_factory=list)
    kind: str = ""  # "compound" or "spelling" when alternatives were added
    is_stop_word: bool = False

    @property
    def shown_as(self):
        return " eller ".join("«" + " + ".join(words) + "»" for words in self.alternatives)


@dataclass
class UnderstoodQuery:
    text: str
    terms: list[Term]

    @property
    def is_empty(self):
        return not self.terms

    @property
    def only_stop_words(self):
        """Every term is a word like "hvordan" or "kan" that full-text search ignores (a
        title such as «Hvordan kan vi …?» is then found by its words as they are)."""
        return all(term.is_stop_word for term in self.terms)

    @property
    def widened_terms(self):
        return [term for term in self.terms if term.alternatives]

    @property
    def all_words(self):
        """Every word searched for, alternatives included (for highlighting)."""
        return {
            word
            for term in self.terms
            for words in [[term.text], *term.alternatives]
            for word in words
        }

    def to_search_query(self):
        """The query object for Wagtail's search API: all terms must match; a widened term
        matches in any of its forms."""
        plain = [term.text for term in self.terms if not term.alternatives]
        parts = [PlainText(" ".join(plain))] if plain else []
        for term in self.widened_terms:
            forms = [PlainText(term.text)]
            forms += [PlainText(" ".join(words)) for words in term.alternatives]
            parts.append(Or(forms))
        return parts[0] if len(parts) == 1 else And(parts)


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


def understand(text, widen=True):
    """The query's terms, each with the alternatives the index suggests."""
    texts = terms_of(text)
    terms = [Term(text) for text in texts]
    if widen:
        _widen(terms)
    return UnderstoodQuery(text=text, terms=terms)


def _widen(terms):
    # One look-up for the terms and every piece a compound could be made of. A piece is
    # known when some indexed word has its stem: "metoder" is known through "metode".
    pieces = {term.text for term in terms}
    for term in terms:
        if len(term.text) >= MIN_TERM_LENGTH:
            pieces |= _substrings(term.text)
    known = vocabulary.known_stems(pieces)
    for term in terms:
        term.is_stop_word = known.get(term.text) == 0
        if term.text in known or len(term.text) < MIN_TERM_LENGTH:
            continue
        similar = vocabulary.similar_words(term.text)
        parts = split_compound(term.text, known)
        # A near-identical spelling beats a split ("verdenskaffe" is "verdenskafé", not
        # "verdens kaffe"); a split beats a loose likeness.
        if parts and not (similar and similar[0][1] >= CLOSE_SPELLING):
            term.alternatives, term.kind = [parts], "compound"
        elif similar:
            term.alternatives, term.kind = [[word] for word, _similarity in similar], "spelling"


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
    if known.get(piece):
        return piece
    stem = piece[:-1]
    if piece.endswith(LINKING_LETTERS) and len(stem) >= MIN_PART_LENGTH and known.get(stem):
        return stem
    return None


def _split_rank(parts, known):
    return (-len(parts), min(known[part] for part in parts), len(parts[0]))
