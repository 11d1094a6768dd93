"""Realistic Norwegian text, generated locally from the demo content (our own Norwegian text
about culture schools and co-creation).

A real knowledge base has common words everywhere ("kulturskolen", "samarbeid") and
specific ones in few pages (a method's name, a place). The generator keeps that shape:

- general prose comes from a word-level Markov chain (two words of context) trained on the
  demo sentences that use no topic word (one found in at most a tenth of the demo pages),
  so it reads like the demo but says nothing specific;
- each generated page also has a topic, one of the demo's pages, and takes a few of that
  page's own sentences, so a word like "interessentkartlegging" occurs in a few per cent of
  the pages, not in all of them."""

import html
import random
import re
from collections import Counter

from kb.cases.models import CaseStoryPage
from kb.conferences.models import EventPage
from kb.demo.reader import markdown_to_html, read_content
from kb.methods.models import MethodPage

END = "\0"
SENTENCE = re.compile(r"[^.!?]+[.!?]")
WORD = re.compile(r"[^\W\d_]+")
# A word of at least this length found in at most this share of the demo pages belongs to
# their topics ("verdenskafé", "kommuneplan"), not to the general language of the site.
SPECIFIC_WORD_LENGTH = 6
SPECIFIC_PAGE_SHARE = 0.1


def _strings(value):
    """Every string inside the data read from the demo content files."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)


def _sentences(value):
    for text in _strings(value):
        plain = html.unescape(re.sub(r"<[^>]+>", " ", markdown_to_html(text)))
        # Slugs, dates, URLs and e-mail addresses are not prose.
        if " " not in plain.strip() or "://" in plain or "@" in plain:
            continue
        for sentence in SENTENCE.findall(plain):
            if len(sentence.split()) >= 4:
                yield " ".join(sentence.split())


def demo_pages():
    """The sentences of each demo page (a method, a case story, an event, a theme)."""
    content = read_content()
    pages = [
        *(
            page.data
            for model in (MethodPage, CaseStoryPage, EventPage)
            for page in content.of_type(model)
        ),
        *content.themes,
    ]
    return [list(_sentences(page)) for page in pages]


def _words(text):
    return {word.lower() for word in WORD.findall(text)}


class TextGenerator:
    def __init__(self, seed=2025, pool_size=8000):
        self.random = random.Random(seed)
        self.topics = [sentences for sentences in demo_pages() if sentences]
        pages_with = Counter(word for page in self.topics for word in _words(" ".join(page)))
        specific = {
            word
            for word, count in pages_with.items()
            if count <= SPECIFIC_PAGE_SHARE * len(self.topics) and len(word) >= SPECIFIC_WORD_LENGTH
        }
        general = [s for page in self.topics for s in page if not _words(s) & specific]
        self.chain, self.starts = {}, []
        for sentence in general:
            words = sentence.split()
            self.starts.append((words[0], words[1]))
            for first, second, following in zip(words, words[1:], [*words[2:], END], strict=False):
                self.chain.setdefault((first, second), []).append(following)
        # Sampling from a pool is much faster than walking the chain for every page.
        self.pool = [self._walk() for _ in range(pool_size)]

    def _walk(self, max_words=35):
        first, second = self.random.choice(self.starts)
        words = [first, second]
        while len(words) < max_words:
            following = self.random.choice(self.chain.get((first, second), [END]))
            if following == END:
                break
            words.append(following)
            first, second = second, following
        text = " ".join(words)
        return text if text[-1] in ".!?" else text + "."

    def topic(self):
        return self.random.randrange(len(self.topics))

    def sentences(self, count, topic=None):
        """`count` sentences: general prose, with about one in four from the topic."""
        chosen = []
        for _ in range(count):
            if topic is not None and self.random.random() < 0.25:
                chosen.append(self.random.choice(self.topics[topic]))
            else:
                chosen.append(self.random.choice(self.pool))
        return chosen

    def paragraph(self, topic=None, low=2, high=5):
        return " ".join(self.sentences(self.random.randint(low, high), topic))

    def html(self, topic=None, paragraphs=1):
        return "".join(f"<p>{self.paragraph(topic)}</p>" for _ in range(paragraphs))
