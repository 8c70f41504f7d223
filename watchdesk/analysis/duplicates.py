"""Dedup: copies of one story across outlets (syndication, reprints, light rewrites) in one group.

Text similarity is MinHash over 5-word shingles of normalised text, looked up through LSH, so
adding an article costs the same however many the index holds: it is compared only with the few
that share an LSH band with it, never with everything. Two other signals are evidence of a copy
by themselves: a `rel=canonical` link to another article's URL, and a "Source: X" credit naming
the outlet of a similar-enough article (a reprint may be cut or lightly edited, so the text bar
is lower when the page itself says where it came from).

Each group has one canonical article, the original: the one the others' canonical links and
credits point to, else the earliest published, else the longest.
"""

from __future__ import annotations

import hashlib
import re
import struct
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from urllib.parse import urlsplit

from datasketch import MinHash, MinHashLSH

from watchdesk.records import Article

NUM_PERM = 128  # 128 permutations: Jaccard estimated within about ±0.09 (1/√128)
SHINGLE_WORDS = 5  # 5-word shingles: shared phrases, not shared vocabulary, make a copy
SEED = 1  # fixed, so that stored signatures stay comparable across runs and machines
SCHEME = "affine32"  # datasketch ≥ 2.0's default, named: stored values must be read back alike
LSH_THRESHOLD = 0.5  # candidates only; the bars below decide. Low, so cut reprints are found
SAME_STORY_JACCARD = 0.7  # two full copies with light edits (headline, a sentence) stay above
SAME_STORY_CONTAINMENT = 0.8  # a reprint cut to its first paragraphs is contained in the original
LSH_CREDITED_THRESHOLD = 0.25  # a second, looser index, asked only for credited reprints
CREDITED_CONTAINMENT = 0.5  # with a "Source: X" naming the other's outlet, half the text suffices
MIN_CONTAINMENT_SHINGLES = 20  # below this, containment of a short text in a long one is chance
SIGNATURE_FORMAT = struct.Struct(f"<BI{NUM_PERM}I")  # version, shingle count, hash values
SIGNATURE_VERSION = 1

_WORD = re.compile(r"\w+")
_OUTLET_NOISE = re.compile(r"^(?:the|www)\s+")


@dataclass(frozen=True, slots=True)
class StoryMatch:
    """What adding one article found: the articles it copies, its group's original and why."""

    article_id: int
    matched_ids: tuple[int, ...]
    canonical_id: int
    similarity: float  # the best estimated Jaccard with a matched article (0 for link-only)
    evidence: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class StoryGroup:
    """Copies of one story: the original, every member, every outlet that carried it, and why."""

    canonical_id: int
    member_ids: tuple[int, ...]
    outlets: tuple[str, ...]
    evidence: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Entry:
    """What the index remembers of an article: enough to match and to choose an original."""

    url: str
    canonical_url: str | None
    site: str | None  # the outlet's name as the page gives it, for people to read
    outlet: str | None  # the same, normalised for comparison
    credited: str | None  # the outlet a "Source: X" line names, normalised
    published: date | None
    shingles: int
    minhash: MinHash


def signature(article: Article) -> bytes:
    """Return the article's MinHash signature as bytes, for the store to keep and reload."""
    shingles = _shingles(article.text)
    minhash = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)
    minhash.update_batch([shingle.encode("utf-8") for shingle in shingles])
    return SIGNATURE_FORMAT.pack(SIGNATURE_VERSION, len(shingles), *minhash.hashvalues.tolist())


def band_keys(signature_bytes: bytes) -> list[str]:
    """Return the signature's LSH band keys, for a store to index.

    Articles that share a key are the only ones worth comparing, so a store can find an arriving
    article's candidates with an indexed look-up instead of loading every signature. The bands are
    those of the looser of `DuplicateIndex`'s two indexes: a look-up by key finds every article
    either index would propose, and the index built over those candidates decides.
    """
    _, _, *hashvalues = SIGNATURE_FORMAT.unpack(signature_bytes)
    bands, rows = _loose_banding()
    keys = []
    for band in range(bands):
        values = hashvalues[band * rows : (band + 1) * rows]
        digest = hashlib.blake2b(struct.pack(f"<{rows}I", *values), digest_size=8).hexdigest()
        keys.append(f"{band}:{digest}")
    return keys


@cache
def _loose_banding() -> tuple[int, int]:
    """(bands, rows per band) datasketch chooses for the loose threshold; fixed per version."""
    lsh = MinHashLSH(threshold=LSH_CREDITED_THRESHOLD, num_perm=NUM_PERM)
    return int(lsh.b), int(lsh.r)


class DuplicateIndex:
    """An in-memory index of article signatures that groups copies of one story as they arrive.

    It holds no text, only each article's signature and a few metadata fields, and does no I/O:
    the store persists `signature(article)` per article and rebuilds the index by adding them back.
    """

    def __init__(self) -> None:
        self._lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
        self._loose_lsh = MinHashLSH(threshold=LSH_CREDITED_THRESHOLD, num_perm=NUM_PERM)
        self._entries: dict[int, _Entry] = {}
        self._by_url: dict[str, int] = {}
        self._pointing_at: dict[str, set[int]] = {}  # canonical URL → articles linking to it
        self._parent: dict[int, int] = {}
        self._evidence: dict[int, list[str]] = {}  # group root → reasons, in order found
        self.comparisons = 0  # signature comparisons made so far: the cost of `add`

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._entries

    def add(
        self, article_id: int, article: Article, signature_bytes: bytes | None = None
    ) -> StoryMatch | None:
        """Index the article; return what it copies, or None when it starts a story of its own.

        Pass `signature_bytes` from the store to rebuild the index without hashing text again.
        """
        if article_id in self._entries:
            raise ValueError(f"article {article_id} is already indexed")
        entry = _entry(article, signature_bytes or signature(article))
        evidence: list[str] = []
        matched: dict[int, float] = {}

        for other_id in self._candidates(entry):
            self.comparisons += 1
            reason, similarity = _text_evidence(entry, self._entries[other_id])
            if reason is not None:
                matched[other_id] = similarity
                evidence.append(f"{reason} with #{other_id}")
        for other_id, reason in self._link_evidence(entry):
            matched.setdefault(other_id, 0.0)
            evidence.append(f"{reason} #{other_id}")

        self._remember(article_id, entry)
        if not matched:
            return None
        for other_id in matched:
            self._union(other_id, article_id)
        root = self._find(article_id)
        self._evidence.setdefault(root, []).extend(evidence)
        return StoryMatch(
            article_id=article_id,
            matched_ids=tuple(sorted(matched)),
            canonical_id=self._canonical(self.members(article_id)),
            similarity=round(max(matched.values()), 3),
            evidence=tuple(evidence),
        )

    def members(self, article_id: int) -> tuple[int, ...]:
        """Return the ids of every article in the article's group (itself included), sorted."""
        root = self._find(article_id)
        return tuple(sorted(i for i in self._entries if self._find(i) == root))

    def groups(self) -> list[StoryGroup]:
        """Return every group of two or more articles, the earliest-added group first."""
        by_root: dict[int, list[int]] = {}
        for article_id in self._entries:
            by_root.setdefault(self._find(article_id), []).append(article_id)
        groups = []
        for root, ids in by_root.items():
            if len(ids) < 2:
                continue
            outlets = dict.fromkeys(
                site for i in sorted(ids) if (site := self._entries[i].site) is not None
            )
            groups.append(
                StoryGroup(
                    canonical_id=self._canonical(ids),
                    member_ids=tuple(sorted(ids)),
                    outlets=tuple(outlets),
                    evidence=tuple(self._evidence.get(root, ())),
                )
            )
        return sorted(groups, key=lambda group: group.member_ids[0])

    def _candidates(self, entry: _Entry) -> list[int]:
        """Articles that may be copies: LSH neighbours; looser ones where a credit is involved."""
        found = set(self._lsh.query(entry.minhash))
        if entry.credited is not None:
            # A reprint that says where it came from may be cut and padded with local text; only
            # articles from the outlet it names (or crediting the same one) are worth comparing.
            found.update(
                other_id
                for other_id in self._loose_lsh.query(entry.minhash)
                if entry.credited
                in (self._entries[other_id].outlet, self._entries[other_id].credited)
            )
        else:
            # The original arriving after its credited reprints: find them the same way.
            found.update(
                other_id
                for other_id in self._loose_lsh.query(entry.minhash)
                if self._entries[other_id].credited == entry.outlet
            )
        return sorted(found)

    def _link_evidence(self, entry: _Entry) -> Iterable[tuple[int, str]]:
        """Articles tied to this one by a canonical link, in either direction."""
        target = _url_key(entry.canonical_url) if entry.canonical_url else None
        own = _url_key(entry.url)
        if target and target != own and target in self._by_url:
            yield self._by_url[target], "canonical link to"
        for other_id in sorted(self._pointing_at.get(own, ())):
            yield other_id, "canonical link from"

    def _remember(self, article_id: int, entry: _Entry) -> None:
        self._entries[article_id] = entry
        self._parent[article_id] = article_id
        self._lsh.insert(article_id, entry.minhash)
        self._loose_lsh.insert(article_id, entry.minhash)
        self._by_url.setdefault(_url_key(entry.url), article_id)
        if entry.canonical_url and _url_key(entry.canonical_url) != _url_key(entry.url):
            self._pointing_at.setdefault(_url_key(entry.canonical_url), set()).add(article_id)

    def _find(self, article_id: int) -> int:
        parent = self._parent
        while parent[article_id] != article_id:
            parent[article_id] = parent[parent[article_id]]
            article_id = parent[article_id]
        return article_id

    def _union(self, left: int, right: int) -> None:
        left_root, right_root = self._find(left), self._find(right)
        if left_root == right_root:
            return
        # The older root stays, so a group's evidence keeps accumulating under one key.
        keep, drop = sorted((left_root, right_root))
        self._parent[drop] = keep
        self._evidence.setdefault(keep, []).extend(self._evidence.pop(drop, []))

    def _canonical(self, ids: Sequence[int]) -> int:
        """Choose the group's original: most pointed at, then earliest, then longest, then first."""
        entries = {i: self._entries[i] for i in ids}
        pointed: dict[int, int] = dict.fromkeys(ids, 0)
        for i, entry in entries.items():
            for j, other in entries.items():
                if i == j:
                    continue
                links = entry.canonical_url and _url_key(entry.canonical_url) == _url_key(other.url)
                credits = entry.credited and entry.credited == other.outlet
                pointed[j] += bool(links) + bool(credits)

        def rank(i: int) -> tuple[int, date, int, int]:
            published = entries[i].published or date.max  # an undated copy is never "earliest"
            return (-pointed[i], published, -entries[i].shingles, i)

        return min(ids, key=rank)


def group_duplicates(articles: Sequence[tuple[int, Article]]) -> list[StoryGroup]:
    """Group copies of one story among the articles; articles that copy nothing form no group."""
    index = DuplicateIndex()
    for article_id, article in articles:
        index.add(article_id, article)
    return index.groups()


def _entry(article: Article, signature_bytes: bytes) -> _Entry:
    version, shingles, *hashvalues = SIGNATURE_FORMAT.unpack(signature_bytes)
    if version != SIGNATURE_VERSION:
        raise ValueError(f"signature version {version}, expected {SIGNATURE_VERSION}")
    return _Entry(
        url=article.url,
        canonical_url=article.canonical_url,
        site=article.site or urlsplit(article.url).hostname,
        outlet=_outlet(article.site or urlsplit(article.url).hostname),
        credited=_outlet(article.syndicated_from),
        published=article.published,
        shingles=shingles,
        minhash=MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, hashvalues=hashvalues),
    )


def _text_evidence(entry: _Entry, other: _Entry) -> tuple[str | None, float]:
    """Say whether two texts are one story, and why; return the estimated Jaccard too."""
    jaccard = float(entry.minhash.jaccard(other.minhash))
    if jaccard >= SAME_STORY_JACCARD:
        return f"text similarity {jaccard:.2f}", jaccard
    # |A ∩ B| from the Jaccard estimate and both shingle counts: J (|A| + |B|) / (1 + J).
    smaller = min(entry.shingles, other.shingles)
    if smaller < MIN_CONTAINMENT_SHINGLES:
        return None, jaccard
    containment = jaccard * (entry.shingles + other.shingles) / (1 + jaccard) / smaller
    if containment >= SAME_STORY_CONTAINMENT:
        return f"text contained {min(containment, 1.0):.2f}", jaccard
    credited = entry.credited is not None and entry.credited in (other.outlet, other.credited)
    credited = credited or (other.credited is not None and other.credited == entry.outlet)
    if credited and containment >= CREDITED_CONTAINMENT:
        return f"credited source and text contained {containment:.2f}", jaccard
    return None, jaccard


def _shingles(text: str) -> set[str]:
    """Return the text's 5-word shingles over case-folded words (punctuation and spacing gone)."""
    words = _WORD.findall(unicodedata.normalize("NFKC", text).casefold())
    if len(words) <= SHINGLE_WORDS:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)}


def _outlet(name: str | None) -> str | None:
    """Normalise an outlet's name or host so that "The Baltic Wire" and "balticwire.com" meet."""
    if not name:
        return None
    name = name.strip()
    if "." in name and " " not in name:  # a host: "www.balticwire.com" names "balticwire"
        labels = name.casefold().removeprefix("www.").split(".")
        name = " ".join(labels[:-1] or labels)
    words = " ".join(_WORD.findall(unicodedata.normalize("NFKC", name).casefold()))
    return _OUTLET_NOISE.sub("", words).replace(" ", "") or None


def _url_key(url: str) -> str:
    """Reduce a URL to what identifies the page: host without www, path without trailing slash."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").removeprefix("www.")
    path = parts.path.rstrip("/") or "/"
    return f"{host}{path}?{parts.query}" if parts.query else f"{host}{path}"
