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
    "blame": _NEUTRAL,
    "rule": _NEUTRAL,  # "the court ruled that …"
    "caution": _NEUTRAL,
    "counter": _NEUTRAL,  # "countered that …"
    "retort": _NEUTRAL,
    "concede": _NEUTRAL,
    "urge": _NEUTRAL,  # "urged banks to pass on the cut": see OBJECT_XCOMP_CUES
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
    # Verbs of feeling, wanting and intending report a stance as much as "said" does: "farmers
    # worry that …", "the union wants the company to …", "officials hope that …".
    "hope": CueSense(modality="uncertain"),
    "worry": CueSense(modality="uncertain"),
    "want": CueSense(modality="planned"),
    "intend": CueSense(modality="planned"),
    "agree": _NEUTRAL,
    "complain": _NEUTRAL,
    "reveal": _NEUTRAL,
    "recommend": _NEUTRAL,
    "demand": _NEUTRAL,
    # Verbs of evidence: a study or a person "found that …", figures "show that …".
    **dict.fromkeys(("show", "find", "indicate", "conclude"), _NEUTRAL),
    **dict.fromkeys(("praise", "criticize", "criticise", "blast", "slam"), _NEUTRAL),
    **dict.fromkeys(("endorse", "condemn", "denounce", "describe", "portray"), _NEUTRAL),
    **dict.fromkeys(("hail", "question", "applaud", "welcome", "decry", "lambast"), _NEUTRAL),
    **dict.fromkeys(("attack", "defend"), _NEUTRAL),
    # Verbs of making known (see NOUN_OBJECT_CUES): "disclosed that …", "unveiled a plan".
    **dict.fromkeys(("disclose", "unveil", "mention", "propose"), _NEUTRAL),
}

# Cue verbs that report a clause and never a thing as their object: an "object" of theirs that
# holds a verb of its own is a clause the parser misread ("said the gap between them is small").
CLAUSE_ONLY_CUES = frozenset({"say", "insist", "contend", "assert", "claim", "argue", "add"})
# Cue verbs whose infinitive complement is the claim: "promised to withdraw", "refused to comment".
XCOMP_CUES = frozenset(
    {"promise", "pledge", "vow", "threaten", "expect", "deny", "claim", "hope", "want", "intend"}
    | {"agree", "demand"}
)
# Cue verbs of appeal whose claim is their object and its infinitive together: "urged banks to
# pass on the cut" reports "banks to pass on the cut".
OBJECT_XCOMP_CUES = frozenset({"urge", "exhort", "want", "ask", "call"})
# Verbs of evidence report a finding, never a quote: in 'said the tolls showed "a disregard …"'
# the quote is the speaker's, not the tolls'.
EVIDENCE_VERBS = frozenset({"show", "find", "indicate", "conclude", "reveal"})
# Verbs of evidence whose noun-phrase object is a document's finding: "the poll shows the mayor
# with a lead". "Found" is left out: "the review found" and "she found herself" read alike.
FINDING_VERBS = frozenset({"show", "indicate"})
# Verbs of saying that are also verbs of aspect: with an infinitive or a gerund ("growth continued
# to slow", "kept saying") they tell how long something lasts, and report nothing.
ASPECTUAL_CUES = frozenset({"continue", "repeat"})
# Verbs of manner that introduce a direct quote but never report a clause: '"Every day," she
# laughs.'; '"Maybe," he shrugs.' They count as cues only for a quote next to them.
QUOTE_ONLY_CUES = frozenset(
    {"laugh", "smile", "shrug", "sigh", "joke", "grin", "chuckle", "recall", "quip", "muse"}
)
# Objects of "dismiss", "reject" … that are legal or procedural acts, not words: "the court
# dismissed a challenge brought by …" is a ruling, not a statement.
PROCEDURAL_OBJECTS = frozenset(
    {"challenge", "appeal", "case", "lawsuit", "suit", "motion", "petition", "complaint"}
    | {"application", "bail", "objection", "action"}
)

# Cue verbs whose noun-phrase object is the claim itself: "denies all charges", "rejected calls for
# …", "accused the port authority of bad faith", "reported a net loss". An object that says nothing
# of its own ("rejected the charge", "denied it") is not a statement; see statements.py.
NOUN_OBJECT_CUES = frozenset(
    {"deny", "reject", "dismiss", "refute", "accuse", "promise", "pledge", "report", "blame"}
    # Verbs of making known: "announced plans to …", "disclosed the payments", "unveiled a plan".
    | {"announce", "disclose", "unveil", "mention", "propose"}
    # Verbs of taking a side in words on a thing named: "repeated his warning of …",
    # "acknowledged mistakes", "attacked the minister's record", "defended the decision to …".
    | {"repeat", "reveal", "acknowledge", "attack", "defend"}
    # Verbs of forecast and of vow, whose object is what is foreseen or vowed: "predicted a weak
    # quarter", "forecast growth of 2 percent", "vowed victory in the north".
    | {"predict", "forecast", "vow"}
)
# Verbs of judging someone or something, whose object (and "as …") is the judgement reported:
# "praised the rescue teams as heroes", "criticised the ruling", "endorsed the candidate".
JUDGING_VERBS = frozenset(
    {"praise", "criticize", "criticise", "blast", "slam", "endorse", "condemn", "denounce"}
    | {"describe", "portray", "hail", "question", "applaud", "welcome", "decry", "lambast"}
)
NOUN_OBJECT_CUES = NOUN_OBJECT_CUES | JUDGING_VERBS
# Nouns of the occasion on which words were said ("dismissed the idea in an interview", "endorsed
# her at a rally", "for the first time"): a phrase on them at the end of a noun-phrase claim tells
# when and where the speaker spoke, not what was said.
OCCASION_NOUNS = frozenset(
    {"interview", "speech", "statement", "exchange", "debate", "rally", "hearing", "appearance"}
    | {"conversation", "meeting", "remarks", "address", "briefing", "conference", "tweet", "post"}
    | {"letter", "email", "memo", "broadcast", "show", "podcast", "event", "session", "time"}
    | {"op-ed", "column", "editorial", "video", "visit", "stop", "campaign", "testimony", "call"}
)
# Nouns of saying whose "that" clause is what was said, by their owner: "the minister's warning
# that …", "his claim that …", "the announcement from the mayor that …".
SAYING_NOUNS = frozenset(
    {"claim", "statement", "announcement", "assertion", "allegation", "suggestion", "warning"}
    | {"insistence", "admission", "promise", "pledge", "denial", "prediction", "argument"}
    | {"contention", "assurance", "threat", "vow", "charge", "accusation", "complaint"}
)
# Verbs of naming whose object and predicate are the judgement: "called the plan a disaster",
# "branded the tolls unfair".
NAMING_VERBS = frozenset({"call", "label", "brand", "dub", "term"})
# Cue verbs with a preposition whose object is the claim: "called for a ban", "called on voters
# to …", "warned of shortages", "spoke about the strike".
PREPOSITION_CUES: dict[tuple[str, str], CueSense] = {
    ("call", "for"): _NEUTRAL,
    ("call", "on"): _NEUTRAL,
    ("warn", "of"): CueSense(modality="expected"),
    ("warn", "against"): CueSense(modality="expected"),
    ("talk", "about"): _NEUTRAL,
    ("speak", "about"): _NEUTRAL,
    ("speak", "of"): _NEUTRAL,
    ("complain", "about"): _NEUTRAL,
    ("comment", "on"): _NEUTRAL,
    ("push", "for"): _NEUTRAL,
    ("argue", "for"): _NEUTRAL,
    ("argue", "against"): _NEUTRAL,
    ("ask", "for"): _NEUTRAL,
    ("ask", "about"): CueSense(modality="question"),
    # Verbs of talking with the topic they talk of: "joked about the polls", "wrote of a crisis".
    **dict.fromkeys(
        (
            (verb, preposition)
            for verb in ("talk", "speak", "write", "joke", "comment", "boast", "brag", "testify")
            for preposition in ("about", "of")
        ),
        _NEUTRAL,
    ),
    ("complain", "of"): _NEUTRAL,
    ("warn", "about"): CueSense(modality="expected"),
}
# Verbs that state an estimate as "<verb> <thing> at <figure>": "analysts put the chance at 40%".
ESTIMATE_AT_VERBS: dict[str, CueSense] = {
    "put": CueSense(modality="uncertain"),
    "estimate": CueSense(modality="uncertain"),
    "peg": CueSense(modality="uncertain"),
    "place": CueSense(modality="uncertain"),
}
# Words of a figure without digits, after "at": "put the chance at less than even", "at nil".
ESTIMATE_WORDS = frozenset(
    {"even", "zero", "nil", "half", "quarter", "third", "percent", "dozen", "hundred"}
    | {"thousand", "million", "billion", "trillion", "one", "two", "three", "ten"}
)
# Phrasal cues (verb + particle) with a noun-phrase object: "ruled out a ceasefire" denies it;
# negated ("did not rule out further cuts") it leaves the matter open: affirm, uncertain.
PHRASAL_CUES: dict[tuple[str, str], CueSense] = {
    ("rule", "out"): CueSense(polarity="deny"),
    ("call", "out"): _NEUTRAL,  # "called out the press for its coverage": a public reproach
}

# Verbs of withholding whose infinitive is a cue left unsaid: "declined to confirm that …",
# "refused to say that …". The speaker does not assert what follows; see modality.withheld.
WITHHOLDING_VERBS = frozenset({"decline", "refuse"})
# Verbs whose negation moves into the clause ("does not think the bridge will open" is a view
# that it will not): a negated one still reports a stance, unlike "did not confirm".
NEG_RAISING_VERBS = frozenset({"think", "believe", "expect", "suppose", "want", "intend"})

# Nouns of a message whose owner speaks the words after a colon: "The minister's message: …".
MESSAGE_NOUNS = frozenset(
    {"message", "answer", "reply", "response", "verdict", "view", "warning", "advice", "position"}
    | {"argument", "promise", "pledge", "demand", "plea", "appeal", "retort", "explanation"}
)

# Verbs that report someone else's words with "as saying": "the statement quoted Lotte Brink as
# saying"; the speaker is their object.
QUOTING_VERBS = frozenset({"quote", "cite"})

# Cue verbs whose passive subject is the hearer: "the crew was told by officials that …" (never
# what was said, as in "the closure was reported by the Harbour Times").
HEARER_VERBS = frozenset({"tell", "ask", "urge", "warn", "advise", "inform", "assure", "remind"})

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
    | {"superintendent", "engineer", "forecaster", "chancellor", "principal", "treasurer"}
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

# Quantifiers that stand for people as the subject of a cue: "Many of her advisers say",
# "Another said", "Some of them warned". ("Few expect …" says that hardly anyone does: no speaker.)
QUANTIFIER_SPEAKERS = frozenset(
    {"many", "some", "several", "most", "both", "all", "one", "another", "others"}
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
    | {"inspectorate", "association", "federation", "consortium", "operator", "network", "bloc"}
    | {"tribunal", "club", "airline", "carrier", "utility", "chamber", "assembly", "senate"}
    | {"municipality", "city", "council", "trust", "charity", "foundation", "society"}
)

# Plural nouns that never speak: "reports said" and "figures show" name a source, not a speaker.
# Any other plural common noun that says something is a group ("fishermen", "shop tenants").
NON_SPEAKER_NOUNS = frozenset(
    {"report", "figure", "data", "statistic", "statement", "document", "poll", "survey", "study"}
    | {"record", "rumour", "rumor", "image", "photo", "video", "minute", "note", "letter", "email"}
    | {"message", "sign", "result", "estimate", "number", "talk", "year", "month", "week", "day"}
    | {"time", "thing", "way", "fact", "detail", "term", "word", "one"}
)

# Documents and figures that are the source of what they show: "the poll shows …", "a study
# found that …", "the filing says …". They are cited as sources, under their own words.
DOCUMENT_NOUNS = frozenset(
    {"report", "figure", "data", "statistic", "statement", "document", "poll", "survey", "study"}
    | {"record", "letter", "email", "memo", "filing", "review", "investigation", "analysis"}
    | {"audit", "research", "census", "assessment", "tally", "count", "projection", "number"}
    | {"estimate", "result", "video", "note", "message", "minute", "release", "ruling"}
    | {"disclosure", "datum"}  # spaCy's lemma of "data" is "datum"
)

# Singular nouns for an unnamed person who speaks: "one woman asked", "a driver said".
PERSON_NOUNS = frozenset(
    {"woman", "man", "resident", "driver", "mother", "father", "worker", "nurse", "teacher"}
    | {"student", "farmer", "witness", "neighbour", "neighbor", "passenger", "shopkeeper"}
    | {"doctor", "villager", "fisherman", "protester", "voter", "commuter", "parent", "pensioner"}
    | {"owner", "soldier", "survivor", "volunteer", "engineer", "source", "person"}
)
# Singular nouns that describe a person already named, when definite: "said the 71-year-old",
# "the former champion says", "the novelist said". They stand for the last person named.
DESCRIPTION_NOUNS = frozenset(
    {"champion", "novelist", "author", "writer", "singer", "actor", "actress", "artist"}
    | {"player", "coach", "veteran", "retiree", "pensioner", "grandmother", "grandfather"}
    | {"founder", "campaigner", "activist", "entrepreneur", "businessman", "businesswoman"}
    | {"architect", "athlete", "musician", "poet", "director", "filmmaker", "chef", "baker"}
)

# A person's office speaks for the person: "Her office said".
OFFICE_NOUNS = frozenset({"office", "team", "camp", "aides"})
# Words in an organisation's name that say what kind of body it is, so that "the union" can stand
# for "the Federation of Rail Drivers" and "the club" for "Kelby Rovers".
BODY_NAME_WORDS: dict[str, frozenset[str]] = {
    "union": frozenset({"union", "federation", "association", "guild", "syndicate"}),
    "federation": frozenset({"federation", "union", "confederation"}),
    "club": frozenset({"club", "fc", "rovers", "united", "athletic", "wanderers", "city"}),
    "university": frozenset({"university", "college"}),
    "school": frozenset({"school", "academy", "college", "university"}),
    "institute": frozenset({"institute", "institution"}),
    "bank": frozenset({"bank"}),
    "court": frozenset({"court", "tribunal"}),
    "group": frozenset({"group", "alliance", "association"}),
    "party": frozenset({"party", "alliance", "front", "bloc"}),
}

# Nouns that stand for a company named earlier: "the company said" after "Orvik Shipping …".
COMPANY_NOUNS = frozenset(
    {"company", "firm", "group", "operator", "consortium", "carrier", "airline", "bank", "club"}
    | {"business", "manufacturer", "retailer", "lender", "insurer", "utility", "producer", "maker"}
)

# Plural nouns for the parties named together before: "both sides said", "the companies said".
PARTY_NOUNS = frozenset({"side", "party", "company", "country", "government", "partner", "firm"})

# Pronouns that refer back to a speaker, by the kind of speaker they can stand for.
PERSON_PRONOUNS = frozenset({"he", "she"})
# Every form of "he" and "she": after a name, any of them says the name is a person's.
GENDERED_PRONOUNS = PERSON_PRONOUNS | frozenset({"him", "his", "her", "hers"})
PLURAL_PRONOUNS = frozenset({"they", "we"})
ORG_PRONOUNS = frozenset({"it"})

# Negators that turn the reported words into a denial when they attach to the main clause.
NEGATION_WORDS = frozenset(
    {"not", "n't", "never", "no", "nothing", "nobody", "none", "neither", "nor", "nowhere"}
)

# --- planned vs expected: "will"/"would" is a plan when the speaker acts, a forecast otherwise ---

# Future auxiliaries whose sentence may be a plan of the speaker's rather than a forecast.
FUTURE_MODALS = frozenset({"will", "'ll", "would", "shall", "wo"})
# Subjects that are the speaker: first person always; in reported speech also the third-person
# pronoun that stands for the speaker ("the ministry said it would …"), and the possessives.
FIRST_PERSON_WORDS = frozenset({"i", "we", "my", "our"})
SPEAKER_PRONOUNS = frozenset({"he", "she", "it", "they", "his", "her", "its", "their"})
# "The government would …", "the city would …" in the mouth of an official: the body they speak for.
OWN_BODY_NOUNS = frozenset(
    {"government", "city", "council", "board", "ministry", "company", "administration", "cabinet"}
    | {"party", "union", "management", "department", "agency", "office", "army", "military"}
    | {"police", "service", "bank", "group", "firm", "club", "authority", "commission", "state"}
)
# Verbs of deciding and operating: what a body or an official does by its own decision.
ACTION_VERBS = frozenset(
    {"open", "reopen", "close", "shut", "resume", "start", "begin", "continue", "end", "stay"}
    | {"remain", "hold", "visit", "return", "publish", "release", "appeal", "cut", "extend"}
    | {"stage", "take", "hire", "launch", "deploy", "withdraw", "leave", "build", "sign", "send"}
    | {"pay", "raise", "lower", "introduce", "review", "recognise", "recognize", "judge", "defy"}
    | {"keep", "seek", "vote", "lift", "impose", "suspend", "complete", "finish", "install"}
    | {"test", "increase", "reduce", "move", "meet", "look", "present", "submit", "fund", "ban"}
    | {"sell", "buy", "build", "invest", "cancel", "postpone", "delay", "restore", "repair"}
    | {"strike", "walk", "receive", "hold", "map", "offer", "divert"}
)
# Verbs that make no act of a first-person "will": "we will be fine" is a forecast.
STATIVE_VERBS = frozenset({"be", "have", "seem", "become", "get", "need", "know", "feel"})
# A first-person "will" with these is a turn of speech about the present: "I won't pretend".
DISCOURSE_VERBS = frozenset({"pretend", "say", "admit", "tell", "lie", "hide", "deny", "confess"})

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
    ("not been decided", "uncertain"),
    ("not remember", "uncertain"),
    ("n't remember", "uncertain"),
    ("not recall", "uncertain"),
    ("n't recall", "uncertain"),
    ("unclear", "uncertain"),
    ("possibly", "uncertain"),
    ("perhaps", "uncertain"),
    ("maybe", "uncertain"),
    ("it is possible", "uncertain"),
    ("undecided", "uncertain"),
    ("don't know", "uncertain"),
    ("do not know", "uncertain"),
    ("not sure", "uncertain"),
    ("not rule out", "uncertain"),
    ("not ruled out", "uncertain"),
    ("didn't rule out", "uncertain"),
    ("doesn't rule out", "uncertain"),
    ("cannot rule out", "uncertain"),
    ("can't rule out", "uncertain"),
    ("no intention", "planned"),
    ("no plans", "planned"),
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
    ("not going to", "planned"),
    ("due to be", "planned"),
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
    phrase
    for phrase, modality in MODALITY_PHRASES
    if modality == "uncertain" and ("not" in phrase or "n't" in phrase or phrase.startswith("no "))
)

# Labels of the publisher's own notes set before a colon ("Editor's note:", "Correction:", "NEWS
# READERS:"): from the label to the end of its paragraph the page speaks for itself, and any
# claim in it is the publisher's boilerplate, not reporting.
NOTE_AUTHORS = frozenset({"editor", "editors", "publisher", "publishers", "author"})
NOTE_LABELS = frozenset({"correction", "clarification", "disclosure", "readers"})

# Words that open the writer's concession before a claim: "Although …, he leads, polls show".
CONCESSIVE_WORDS = frozenset({"although", "though", "despite", "while", "whereas"})

# The cue phrase "according to" and its rarer kin.
ACCORDING_TO_HEADS = frozenset({"according"})
# Documents that are the source of what stands "in" them: "the mayor is up four points in the
# latest poll", "support slipped in the survey".
POLL_NOUNS = frozenset({"poll", "survey"})
