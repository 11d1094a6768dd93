"""From what a visitor typed to a query for Wagtail's search API.

Stemming is PostgreSQL's job (the `norwegian` configuration makes "kulturskolene" and
"kulturskole" the same lexeme). This module adds what stemming cannot do, using the words
that actually occur in the index (search.vocabulary):

- compound words, both ways: "interessentene" is in no page but heads the indexed
  compound "interessentkartlegging", which is then searched too; "samskapingsmetoder" is in
  no page, but "samskaping" and "metoder" (through "metode") are, and pages with both
  parts match;
- typos: "samskapning" is in no page; the indexed words spelt most like it (trigram
  similarity, PostgreSQL only) are searched as well.

Only terms that occur in no page are widened, and the original term is always kept as an
alternative, so nothing the visitor typed is lost. When no page has all the terms, the
search falls back to pages with any of them, and says so."""

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
    kind: str = ""  # "compound", "part" or "spelling" when alternatives were added
    is_stop_word: bool = False

    @property
    def shown_as(self):
        return " eller ".join("«" + " + ".join(words) + "»" for words in self.alternatives)


@dataclass
class UnderstoodQuery:
    text: str
    terms: list[Term]
    any_term: bool = False  # True once relaxed: pages with any of the terms match

    @property
    def can_relax(self):
        searched = [term for term in self.terms if not term.is_stop_word]
        split = any(len(parts) > 1 for term in searched for parts in term.alternatives)
        return not self.any_term and (len(searched) > 1 or split)

    def relaxed(self):
        return UnderstoodQuery(self.text, self.terms, any_term=True)

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
        """The query object for Wagtail's search API: all terms must match (any, once
        relaxed); a widened term matches in any of its forms."""
        operator = "or" if self.any_term else "and"
        plain = [term.text for term in self.terms if not term.alternatives]
        parts = [PlainText(" ".join(plain), operator=operator)] if plain else []
        for term in self.widened_terms:
            forms = [PlainText(term.text)]
            forms += [PlainText(" ".join(words), operator=operator) for words in term.alternatives]
            parts.append(Or(forms))
        if len(parts) == 1:
            return parts[0]
        return Or(parts) if self.any_term else And(parts)

    def condition(self):
        """What a matching page contains, as the tree search.matching evaluates: all terms
        (any, once relaxed); a widened term in any of its forms."""
        joiner = "|" if self.any_term else "&"
        plain = tuple(term.text for term in self.terms if not term.alternatives)
        parts = [Condition(joiner, plain)] if plain else []
        for term in self.widened_terms:
            forms = [Condition(joiner, (term.text,))]
            forms += [Condition(joiner, tuple(words)) for words in term.alternatives]
            parts.append(Condition("|", tuple(forms)))
        return Condition(joiner, tuple(parts))


@dataclass(frozen=True)
class Condition:
    """All ("&") or any ("|") of `parts`, each a word or another condition."""

    operator: str
    parts: tuple

    def words(self):
        for part in self.parts:
            yield from part.words() if isinstance(part, Condition) else [part]

    def tsquery_text(self):
        """As PostgreSQL tsquery input (to_tsquery stems each quoted word and drops stop
        words; the words hold only letters and digits, so quoting is safe)."""
        return (
            "("
            + f" {self.operator} ".join(
                part.tsquery_text() if isinstance(part, Condition) else f"'{part}'"
                for part in self.parts
            )
            + ")"
        )


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
    # known when some indexed word has its stem ("metoder" through "metode"); stop words
    # count as known, in no page.
    pieces = {term.text for term in terms}
    for term in terms:
        if len(term.text) >= MIN_TERM_LENGTH:
            pieces |= _substrings(term.text)
    stem_of = vocabulary.stems(pieces)
    pages = vocabulary.pages_per_stem(set(stem_of.values()) - {""})
    known = {
        piece: pages.get(stem, 0) for piece, stem in stem_of.items() if not stem or stem in pages
    }
    for term in terms:
        term.is_stop_word = stem_of.get(term.text) == ""
        if term.text not in known and len(term.text) >= MIN_TERM_LENGTH:
            term.alternatives, term.kind = _alternatives(term.text, stem_of[term.text], known)


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
