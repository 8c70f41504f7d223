"""English word lists for entities and statements: data only, matched by the code that imports it.

Everything here is lower-case. Lists are kept apart from the matching code so that the evaluation
corpus (and reviewers) can grow them without touching the rules.
"""

from __future__ import annotations

from dataclasses import dataclass

from watchdesk.records import Modality, Polarity


@dataclass(frozen=True, slots=True)
class CueSense:
    """What a reporting verb implies about the words it introduces; None: "read the content"."""

    polarity: Polarity | None = None
    modality: Modality | None = None


_NEUTRAL = CueSense()

# Reporting verbs by lemma. A verb counts as a cue only when it governs a clause (ccomp/xcomp) or a
# direct quote, so broad verbs such as "add" or "write" are safe here.
REPORTING_VERBS: dict[str, CueSense] = {
    "say": _NEUTRAL,
    "tell": _NEUTRAL,
    "claim": _NEUTRAL,
    "state": _NEUTRAL,
    "add": _NEUTRAL,
    "announce": _NEUTRAL,
    "confirm": _NEUTRAL,
    "note": _NEUTRAL,
    "stress": _NEUTRAL,
    "explain": _NEUTRAL,
    "insist": _NEUTRAL,
    "argue": _NEUTRAL,
    "admit": _NEUTRAL,
    "acknowledge": _NEUTRAL,
    "write": _NEUTRAL,
    "report": _NEUTRAL,
    "declare": _NEUTRAL,
    "emphasise": _NEUTRAL,
    "emphasize": _NEUTRAL,
    "repeat": _NEUTRAL,
    "reiterate": _NEUTRAL,
    "assert": _NEUTRAL,
    "maintain": _NEUTRAL,
    "contend": _NEUTRAL,
    "observe": _NEUTRAL,
    "remark": _NEUTRAL,
    "reply": _NEUTRAL,
    "respond": _NEUTRAL,
    "continue": _NEUTRAL,  # '"…," he continued.'
    "tweet": _NEUTRAL,
    "post": _NEUTRAL,
    "allege": _NEUTRAL,
    "accuse": _NEUTRAL,
    "deny": CueSense(polarity="deny"),
    "reject": CueSense(polarity="deny"),
    "dismiss": CueSense(polarity="deny"),
    "refute": CueSense(polarity="deny"),
    "warn": CueSense(modality="expected"),
    "predict": CueSense(modality="expected"),
    "forecast": CueSense(modality="expected"),
    "expect": CueSense(modality="expected"),
    "estimate": CueSense(modality="uncertain"),
    "fear": CueSense(modality="uncertain"),
    "suggest": CueSense(modality="uncertain"),
    "believe": CueSense(modality="uncertain"),
    "think": CueSense(modality="uncertain"),
    "suspect": CueSense(modality="uncertain"),
    "speculate": CueSense(modality="uncertain"),
    "promise": CueSense(modality="planned"),
    "pledge": CueSense(modality="planned"),
    "vow": CueSense(modality="planned"),
    "threaten": CueSense(modality="planned"),
    "ask": CueSense(modality="question"),
    "wonder": CueSense(modality="question"),
}

# Cue verbs whose infinitive complement is the claim: "promised to withdraw", "refused to comment".
XCOMP_CUES = frozenset({"promise", "pledge", "vow", "threaten", "expect", "deny", "claim"})

# Objects of "tell" that belong to the cue rather than the content: "told reporters that …".
AUDIENCE_NOUNS = frozenset(
    {"reporter", "journalist", "press", "parliament", "lawmaker", "audience", "crowd", "media"}
    | {"broadcaster", "newspaper", "agency", "radio", "television", "conference", "supporter"}
)

# Titles and roles, single words and multi-word phrases, as they precede a name or stand in
# apposition to it ("Defence Minister Ilse Brandvik", "Brandvik, the defence minister").
ROLE_WORDS = frozenset(
    {"president", "minister", "spokesperson", "spokesman", "spokeswoman", "general", "analyst"}
    | {"head", "director", "mp", "ambassador", "secretary", "chancellor", "premier", "governor"}
    | {"mayor", "commander", "chief", "chairman", "chairwoman", "chair", "senator", "envoy"}
    | {"adviser", "advisor", "professor", "researcher", "fellow", "official", "leader", "ceo"}
    | {"colonel", "admiral", "lieutenant", "major", "captain", "sergeant", "marshal", "king"}
    | {"queen", "prince", "deputy", "representative", "congressman", "congresswoman", "judge"}
    | {"prosecutor", "economist", "expert", "diplomat", "lawmaker", "negotiator", "founder"}
    | {"editor", "correspondent", "strategist", "lecturer", "dean", "vice", "attache", "mep"}
    | {"pm", "foreign", "defence", "defense", "interior", "finance", "prime", "state"}
    | {"coordinator", "manager", "executive", "officer", "inspector", "commissioner", "councillor"}
)

# The words of ROLE_WORDS that can head a role on their own; modifiers like "defence" cannot.
ROLE_HEADS = ROLE_WORDS - {"foreign", "defence", "defense", "interior", "finance", "prime", "state"}

# Courtesy titles dropped when matching names: "Mr Brandvik" is "Ilse Brandvik".
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "prof", "lord", "lady"})

# Plural nouns that make a collective speaker: "experts warned", "residents said".
GROUP_SPEAKERS = frozenset(
    {"expert", "resident", "official", "analyst", "diplomat", "observer", "witness", "source"}
    | {"critic", "activist", "local", "lawmaker", "authority", "campaigner", "investigator"}
    | {"soldier", "villager", "people", "protester", "organiser", "organizer", "leader"}
    | {"economist", "scientist", "researcher", "monitor", "officer", "commander", "minister"}
    | {"politician", "veteran", "farmer", "worker", "refugee", "citizen", "voter", "police"}
)

# Nouns that head an institutional speaker: "the defence ministry said", "the army said".
ORG_SPEAKERS = frozenset(
    {"ministry", "government", "office", "department", "army", "military", "police", "agency"}
    | {"company", "embassy", "committee", "council", "commission", "parliament", "cabinet"}
    | {"kremlin", "house", "administration", "command", "forum", "institute", "alliance"}
    | {"presidency", "mission", "service", "union", "bank", "court"}
    | {"navy", "force", "forces", "headquarters", "staff", "organisation", "organization"}
    | {"group", "party", "secretariat", "directorate", "regulator", "authority", "center"}
    | {"centre", "coalition", "observatory", "watchdog", "firm", "board", "newspaper"}
)

# Pronouns that refer back to a speaker, by the kind of speaker they can stand for.
PERSON_PRONOUNS = frozenset({"he", "she"})
PLURAL_PRONOUNS = frozenset({"they", "we"})
ORG_PRONOUNS = frozenset({"it"})

# Negators that turn the reported words into a denial when they attach to the main clause.
NEGATION_WORDS = frozenset(
    {"not", "n't", "never", "no", "nothing", "nobody", "none", "neither", "nor", "nowhere"}
)

# Modal auxiliaries attached to the main verb of the content.
MODAL_VERBS: dict[str, Modality] = {
    "may": "uncertain",
    "might": "uncertain",
    "could": "uncertain",
    "will": "expected",
    "'ll": "expected",
    "would": "expected",  # reported speech backshifts "will" to "would"
    "shall": "expected",
    "wo": "expected",  # spaCy splits "won't" into "wo" + "n't"
}

# Phrases in the content, in order of precedence (first match wins). Undecided phrases come first:
# "has not decided" is uncertain, not a denial (see UNDECIDED_PHRASES).
MODALITY_PHRASES: tuple[tuple[str, Modality], ...] = (
    ("has not decided", "uncertain"),
    ("have not decided", "uncertain"),
    ("had not decided", "uncertain"),
    ("has not yet decided", "uncertain"),
    ("have not yet decided", "uncertain"),
    ("no date has been set", "uncertain"),
    ("no date had been set", "uncertain"),
    ("no decision has been", "uncertain"),
    ("no decision had been", "uncertain"),
    ("not yet", "uncertain"),
    ("unclear", "uncertain"),
    ("possibly", "uncertain"),
    ("perhaps", "uncertain"),
    ("maybe", "uncertain"),
    ("it is possible", "uncertain"),
    ("undecided", "uncertain"),
    ("plans to", "planned"),
    ("planned to", "planned"),
    ("plan to", "planned"),
    ("intends to", "planned"),
    ("intend to", "planned"),
    ("intended to", "planned"),
    ("is going to", "planned"),
    ("are going to", "planned"),
    ("was going to", "planned"),
    ("were going to", "planned"),
    ("scheduled", "planned"),
    ("is to", "planned"),
    ("are to", "planned"),
    ("is expected to", "expected"),
    ("are expected to", "expected"),
    ("was expected to", "expected"),
    ("were expected to", "expected"),
    ("expects", "expected"),
    ("expect", "expected"),
    ("predicts", "expected"),
    ("likely", "expected"),
)

# Phrases that say a matter is open; their negation is not a denial.
UNDECIDED_PHRASES: tuple[str, ...] = tuple(
    phrase for phrase, _ in MODALITY_PHRASES if "not" in phrase or phrase.startswith("no ")
)

# The cue phrase "according to" and its rarer kin.
ACCORDING_TO_HEADS = frozenset({"according"})
