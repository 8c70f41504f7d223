"""The vocabulary every stage speaks: frozen records passed from fetch to desk.

Stages take these records and return new ones; nothing here does I/O. Every annotation carries
a `Span` into `Article.text`, so whatever the desk shows leads back to the characters it came from.
"""

from __future__ import annotations

import hashlib
import posixpath
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal
from urllib.parse import unquote, urlsplit

StatementKind = Literal["direct", "indirect", "according_to"]
Polarity = Literal["affirm", "deny"]
Modality = Literal["asserted", "expected", "planned", "uncertain", "question"]
SpeakerKind = Literal["person", "organisation", "group"]


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """Half-open character range `[start, end)` into an article's text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span [{self.start}, {self.end})")

    def slice(self, text: str) -> str:
        """Return the characters of `text` this span covers."""
        return text[self.start : self.end]

    def __contains__(self, other: object) -> bool:
        return isinstance(other, Span) and self.start <= other.start and other.end <= self.end


@dataclass(frozen=True, slots=True)
class Source:
    """Where documents come from: a feed, a site, a folder, or a name the operator gave."""

    name: str
    url: str | None = None
    kind: Literal["file", "feed", "sitemap", "page"] = "file"
    language: str | None = None


@dataclass(frozen=True, slots=True)
class RawDocument:
    """Bytes exactly as they were read, with what the reader knew about them.

    It is stored before any processing, so every later stage can be re-run from it.
    `published`, `title` and `language` are hints from the operator or the feed, used when
    the page itself says nothing.
    """

    uri: str
    content: bytes
    content_type: Literal["text/html", "text/plain"]
    fetched_at: datetime
    source: str | None = None
    published: date | None = None
    title: str | None = None
    language: str | None = None
    encoding: str | None = None  # declared by the transport (HTTP header), if any

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.content).hexdigest()

    @property
    def site_key(self) -> str:
        """Which site this page belongs to, for learning the boilerplate that site repeats.

        A web page belongs to its host. A local file has no host, so it belongs to its source if
        the operator named one, else to its folder: archives are usually saved one site a folder.
        """
        parts = urlsplit(self.uri)
        if parts.scheme in ("http", "https") and parts.hostname:
            return parts.hostname.removeprefix("www.")
        if self.source:
            return f"source:{self.source}"
        return f"folder:{posixpath.dirname(unquote(parts.path))}"


@dataclass(frozen=True, slots=True)
class Article:
    """Clean main text and metadata of one document."""

    url: str
    title: str
    text: str
    language: str
    published: date | None = None
    author: str | None = None
    site: str | None = None
    canonical_url: str | None = None
    syndicated_from: str | None = None  # the outlet a "Source: X" line credits


@dataclass(frozen=True, slots=True)
class Entity:
    """One mention of a named thing; `canonical` is the fullest name the article gives it."""

    text: str
    label: str  # PERSON, ORG, GPE, LOC, NORP, FAC, EVENT, PRODUCT, LAW
    span: Span
    canonical: str


@dataclass(frozen=True, slots=True)
class Frame:
    """What a statement's reported clause says happens, read from the parse: its main predicate
    as a lemma (a light verb or copula resolved to its complement: "will make a decision" ->
    "decide", "is ready to withdraw" -> "withdraw"), whether it is negated, and the head lemmas
    of its subject and objects, compounds kept ("border crossing")."""

    predicate: str
    negated: bool = False
    subject: str | None = None
    objects: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Statement:
    """Who said what: a speaker, the words attributed to them, and how sure they sounded.

    `span` covers the reported words (`content`) in the article text; `cue_span` the verb or
    phrase that attributes them ("said", "according to"); `speaker_span` the words that name the
    speaker where they speak, title included ("министр труда Максим Топилин"), which hold the
    `speaker_mention`.
    """

    speaker: str
    speaker_mention: str
    cue: str
    kind: StatementKind
    content: str
    span: Span
    speakers: tuple[str, ...] = ()
    speaker_role: str | None = None
    speaker_org: str | None = None
    speaker_kind: SpeakerKind = "person"
    polarity: Polarity = "affirm"
    modality: Modality = "asserted"
    cue_span: Span | None = None
    # None where a language's stage does not record it yet.
    speaker_span: Span | None = None
    # None where the parse gave no predicate for the reported words (or before frames existed).
    frame: Frame | None = None

    def __post_init__(self) -> None:
        # `speakers` always lists at least the main speaker, so consumers never special-case it.
        if not self.speakers:
            object.__setattr__(self, "speakers", (self.speaker,))


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number claimed in the text, with its unit and, where the text says, what is counted."""

    text: str
    value: float
    unit: str
    span: Span
    approximate: bool = False  # "some", "about", "nearly" …
    qualifier: str | None = None  # the hedge or bound as written, lower-cased: "at least", "some"


@dataclass(frozen=True, slots=True)
class TimeMention:
    """A time expression resolved against the publication date.

    `value` is an ISO date ("2023-03-03"); a range also has `end`. `grain` says how precise the
    text was: a "next month" resolves to the month's first day with grain "month".
    """

    text: str
    value: str
    span: Span
    end: str | None = None
    grain: Literal["day", "week", "month", "year"] = "day"
    relation: Literal["on", "by", "until", "from", "after", "before"] = "on"


@dataclass(frozen=True, slots=True)
class Commitment:
    """A promise or forecast for a time: statement index, due date and any stated condition."""

    statement: int
    due: str | None
    condition: str | None = None


@dataclass(frozen=True, slots=True)
class ProcessedArticle:
    """Everything one pass of the pipeline learned about one document."""

    article: Article
    entities: tuple[Entity, ...] = ()
    statements: tuple[Statement, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    times: tuple[TimeMention, ...] = ()
    commitments: tuple[Commitment, ...] = ()
    pipeline_version: str = ""
    warnings: tuple[str, ...] = field(default=())


@dataclass(frozen=True, slots=True)
class ArticleRef:
    """Where a stored annotation came from: enough to cite and link the article."""

    id: int
    url: str
    title: str
    site: str | None
    published: date | None
    language: str


@dataclass(frozen=True, slots=True)
class StoredStatement:
    """A statement as the store holds it: its row id, its article and its place in that article."""

    id: int
    article: ArticleRef
    index: int
    statement: Statement


@dataclass(frozen=True, slots=True)
class StoredArticle:
    """An article with every annotation saved for it."""

    ref: ArticleRef
    processed: ProcessedArticle
    document_id: int


# -- link and analyze: registry, questions, conflicts, commitment tracking ----------------------
# Records of the cross-article stages (issue 5). Statements are referred to by their `key`, a
# digest of article URL, speaker and words that survives re-processing, so analysts' verdicts
# (a dismissed flag, a merged question) stay attached to the same statements.

ConflictKind = Literal["polarity", "definite_vs_undecided", "number", "date", "self_contradiction"]
ConflictStatus = Literal["open", "confirmed", "dismissed"]
CommitmentState = Literal["open", "due", "kept", "broken", "unclear"]


@dataclass(frozen=True, slots=True)
class EntityRecord:
    """One thing in the registry: its canonical key, display name, kind and every alias seen."""

    key: str
    name: str
    label: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Figure:
    """A number inside a statement's words, with what it counts and its bound."""

    value: float
    unit: str  # the concept counted ("troops", "tanks"), or the unit as written
    text: str
    bound: Literal["exact", "about", "at_least", "at_most"] = "exact"


@dataclass(frozen=True, slots=True)
class LinkedStatement:
    """A statement as the analysis stages see it: who, what, when, about which entities.

    `figures` and `dates` are the numbers and ISO dates inside its words; `topics` the entity
    and concept keys it is about; `context` the sentence before it, read when it says "it".
    """

    key: str
    speaker: str
    speaker_key: str
    content: str
    language: str
    published: date | None
    article_url: str = ""
    polarity: Polarity = "affirm"
    modality: Modality = "asserted"
    topics: tuple[str, ...] = ()
    figures: tuple[Figure, ...] = ()
    dates: tuple[str, ...] = ()
    context: str = ""
    question: int | None = None
    id: int | None = None  # the store's row id, when it came from the store
    frame: Frame | None = None  # the statement stage's reading of its clause, if it had one


@dataclass(frozen=True, slots=True)
class Question:
    """What a group of statements is about; `name` is the analyst's or a generated label."""

    id: int
    name: str
    topics: tuple[str, ...] = ()
    size: int = 0


@dataclass(frozen=True, slots=True)
class Conflict:
    """Two statements that cannot both hold, with the kind, the reason and the trigger words.

    `first` is the earlier statement's key. `key` identifies the pair whatever the order, so a
    verdict on it survives re-analysis.
    """

    first: str
    second: str
    kind: ConflictKind
    reason: str
    triggers: tuple[str, ...] = ()
    question: int | None = None

    @property
    def key(self) -> str:
        low, high = sorted((self.first, self.second))
        return hashlib.sha256(f"{low}|{high}".encode()).hexdigest()[:32]


@dataclass(frozen=True, slots=True)
class Evidence:
    """A later statement or report that bears on a commitment, and which way it points."""

    statement: str  # key of the later statement
    verdict: Literal["kept", "broken", "unclear"]
    reason: str
    triggers: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class TrackedCommitment:
    """A commitment with the statement that made it: the input of commitment tracking."""

    statement: LinkedStatement
    due: str | None
    condition: str | None = None


@dataclass(frozen=True, slots=True)
class CommitmentStatus:
    """Where a promise or forecast stands on a date, with the evidence for that."""

    statement: str  # key of the promising statement
    due: str | None
    status: CommitmentState
    evidence: tuple[Evidence, ...] = ()


# -- weekly briefs (issue 10) --------------------------------------------------------------------
# A brief is one theme's report on one ISO week, kept as two language versions that an editor
# publishes together. The working copy and the published copy of a version are separate, so an
# edit after publication changes nothing public until the brief is published again.

Trend = Literal["worse", "improved", "same", "mixed"]
BriefStatus = Literal["draft", "review", "published"]
TRENDS: tuple[Trend, ...] = ("worse", "improved", "same", "mixed")
BRIEF_LANGUAGES = ("en", "ru")  # every brief is written in both; publishing needs both


@dataclass(frozen=True, slots=True)
class BriefVersion:
    """One language version of a brief: the working copy and what was last published of it.

    `revision` counts saves of this version; `synced_with` is the other version's revision
    this one was last brought in line with, so the desk can say which one lags behind.
    """

    language: str
    headline: str
    lead: str
    body: str  # Markdown with [[s:ID]] citations (watchdesk/briefs_render.py)
    revision: int
    synced_with: int
    updated_at: datetime
    updated_by: str
    published_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Brief:
    """A theme's report on one ISO week ("2026-W07"), its trend, evidence and two versions."""

    id: int
    theme_id: int | None
    theme: str
    week: str
    status: BriefStatus
    trend: Trend | None
    citations: tuple[int, ...]  # statement ids
    versions: tuple[BriefVersion, ...]
    created_by: str
    updated_at: datetime
    published_at: datetime | None = None

    def version(self, language: str) -> BriefVersion | None:
        """The version in `language`, if one was written."""
        return next((v for v in self.versions if v.language == language), None)

    def missing(self) -> tuple[str, ...]:
        """Languages of BRIEF_LANGUAGES without a version yet."""
        return tuple(lang for lang in BRIEF_LANGUAGES if self.version(lang) is None)

    def behind(self) -> tuple[str, ...]:
        """Languages whose version predates the latest change of another version."""
        return tuple(
            v.language
            for v in self.versions
            if any(o.revision > v.synced_with for o in self.versions if o is not v)
        )


@dataclass(frozen=True, slots=True)
class BriefChange:
    """One line of a brief's history: who did what, when, to which language version."""

    at: datetime
    by: str
    action: str  # created, edited, trend, citations, submitted, returned, published
    language: str | None = None
    detail: str = ""


@dataclass(frozen=True, slots=True)
class PublishedBrief:
    """What the public sees of one language version, as it was last published."""

    id: int
    theme: str
    week: str
    language: str
    headline: str
    lead: str
    body: str  # Markdown
    trend: Trend | None
    published_at: datetime


# -- the week's dossier (issue 10) ---------------------------------------------------------------
# What a theme's period holds for the brief: statements ranked by weight, conflicting signals,
# promises that fell due, numbers that changed, questions that moved and the volume per week.
# analysis/briefs.py builds it from these records and suggests a trend with its reasons.

ReasonDirection = Literal["worse", "improved", "same"]


@dataclass(frozen=True, slots=True)
class Period:
    """The days a dossier covers, both ends included; `label` names it ("2026-W07")."""

    start: date
    end: date
    label: str


@dataclass(frozen=True, slots=True)
class SourcedStatement:
    """A linked statement with where to read it and every outlet that carried its article.

    `statement_id` is the row of the statement page; `index` its anchor in the article (#st-N),
    None for a narrative sentence (a report, said by no one).
    """

    statement: LinkedStatement
    article_id: int
    index: int | None
    title: str
    site: str | None
    statement_id: int | None = None
    speaker_role: str | None = None
    speaker_org: str | None = None
    outlets: tuple[str, ...] = ()  # sites of the article and of its copies (its story group)


@dataclass(frozen=True, slots=True)
class ConflictFlag:
    """A conflict flag as the dossier reads it: its status and every pair restating it."""

    conflict: Conflict
    status: ConflictStatus
    pairs: tuple[tuple[LinkedStatement, LinkedStatement], ...]


@dataclass(frozen=True, slots=True)
class RankedStatement:
    """A statement of the period with its weight and what the weight was made of."""

    source: SourcedStatement
    weight: float
    official: bool
    outlets: int  # distinct outlets that carried these words
    restated: int  # articles that carried them (copies and repeats)


@dataclass(frozen=True, slots=True)
class DossierConflict:
    """A flag active in the period: `new` when a pair raised in it brings a statement the flag
    did not hold before (first raised, or said again in new words); else only restated."""

    flag: ConflictFlag
    new: bool
    officials: int  # official voices among the two sides shown (the newest news of the flag)
    first: SourcedStatement | None = None
    second: SourcedStatement | None = None


@dataclass(frozen=True, slots=True)
class DueCommitment:
    """A promise that fell due in the period, with its status and the evidence for it."""

    promise: SourcedStatement
    status: CommitmentStatus
    restated: int = 1  # the same speaker's promises for that day judged alike, merged into one
    others: tuple[SourcedStatement, ...] = ()  # the merged ones after the first, in time order


@dataclass(frozen=True, slots=True)
class MovedDeadline:
    """A promise first made in the period that sets a later date on a question whose earlier
    promised date has passed unkept: the deadline slipped."""

    promise: SourcedStatement
    status: CommitmentStatus
    earlier: SourcedStatement
    earlier_status: CommitmentStatus


@dataclass(frozen=True, slots=True)
class DatedEvent:
    """A report of what happened, on the day its words say it happened: "the ministry shut the
    Kobel crossing on Saturday", printed on Monday, is Saturday's news."""

    source: SourcedStatement
    day: date
    reports: int = 1  # the same words in other copies and outlets, merged here


@dataclass(frozen=True, slots=True)
class NumberChange:
    """A counted thing whose figure changed: the figure before (if any) and the new one."""

    unit: str
    figure: Figure
    source: SourcedStatement
    before: Figure | None = None
    before_source: SourcedStatement | None = None


@dataclass(frozen=True, slots=True)
class QuestionMove:
    """A question with statements in the period, against the same number of days before."""

    question: Question
    statements: int
    before: int


@dataclass(frozen=True, slots=True)
class WeekVolume:
    """Statements on the theme in one ISO week."""

    week: str
    start: date
    statements: int


@dataclass(frozen=True, slots=True)
class TrendReason:
    """One reason for the suggested trend: which way it points, what it counts, and examples."""

    direction: ReasonDirection
    code: str  # conflicts_new, conflicts_confirmed, broken, kept, overdue, undecided, volume_up …
    count: int
    weight: float
    examples: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Dossier:
    """Everything one theme's period holds for its brief, and the trend the desk suggests."""

    theme: str
    period: Period
    statements: tuple[RankedStatement, ...] = ()
    conflicts: tuple[DossierConflict, ...] = ()
    commitments: tuple[DueCommitment, ...] = ()
    numbers: tuple[NumberChange, ...] = ()
    questions: tuple[QuestionMove, ...] = ()
    volume: tuple[WeekVolume, ...] = ()
    moved: tuple[MovedDeadline, ...] = ()
    events: tuple[DatedEvent, ...] = ()  # reports placed on the day they say things happened
