"""Word lists for reading a statement's frame: general news actions and the words that are no thing.

Data only; the logic lives in `topics.py` (actions) and `conflicts.py` (head nouns). Unlike the
concept lists of `lexicon.py`, nothing here belongs to one situation: these are the verbs news
reports use for any action ("resume", "enter", "postpone") and English function words.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _forms(text: str) -> dict[str, str]:
    """ "base:form,form" entries as form → base."""
    pairs = (entry.split(":") for entry in _words(text))
    return {form: base for base, forms in pairs for form in forms.split(",")}


# Verbs (lemmas) of completing an action named by a noun: "repairs were completed" reports the
# repairing, as "was repaired" does.
COMPLETIVE_VERBS: frozenset[str] = _words("complete finish conclude finalise finalize")

# Verbs of coming in that, said of the first arrivals, report a place opened: "the first lorries
# rolled into the new yard on Monday".
FIRST_ARRIVAL_VERBS: frozenset[str] = _words(
    "rolled drove came moved pulled sailed flew walked arrived streamed filed"
)

# Verbs that undo what their object names (see `topics.actions`): "lifted the closure" is a
# reopening, "ended the suspension" a resumption.
REVERSIVES: tuple[str, ...] = ("lift", "scrap", "rescind", "revok", "overturn")

# Verb stems of general news actions, added to `lexicon.ACTIONS` under the same keys:
# (affirming stems, opposite stems). A new key is a new action.
NEWS_ACTIONS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # A place or a service at work is open: "went live", "traffic was moving freely", "the
    # yard took in its first lorries" report an opening without its verb.
    "open": (
        (
            "resum",
            "restart",
            "restor",
            "running again",
            "back in service",
            "back in operation",
            "went live",
            "go live",
            "goes live",
            "gone live",
            "moving freely",
            "moved freely",
            "flowing freely",
            "flowed freely",
            "took in its first",
            "takes in its first",
            "took its first",
            "received its first",
            "welcomed its first",
        ),
        ("suspend", "halt", "shut down"),
    ),
    "move": (
        ("enter", "come ashore", "came ashore", "land ", "landed", "sail into", "sailed into"),
        (),
    ),
    # Going back where a force is based is a withdrawal: "head back to garrison".
    "withdraw": (
        (
            "pull back",
            "pulled back",
            "retreat",
            "head back",
            "headed back",
            "heading back",
            "go back",
            "went back",
            "back to base",
            "back to garrison",
            "back to barracks",
            "return home",
            "returned home",
            "пункты постоянной дислокации",
        ),
        (),
    ),
    "end": (
        (
            "continue until",
            "continues until",
            "last until",
            "lasts until",
            "run until",
            "runs until",
            "run to",
            "runs to",
            # Undoing a restriction ends it, whatever the verb: "lifted the curfew", "scrapped
            # the ban" and "the curfew ended" say one thing; kept "in force" it has not ended.
            *REVERSIVES,
        ),
        ("prolong", "in force", "in place"),
    ),
    # A rule or a deal that starts to bind: "took effect", "came into force".
    "start": (
        (
            "start",
            "begin",
            "began",
            "begun",
            "launch",
            "commence",
            "take effect",
            "took effect",
            "takes effect",
            "into force",
        ),
        (),
    ),
    "hold": (
        ("take place", "took place", "takes place", "go ahead", "went ahead"),
        ("call off", "called off", "delay"),
    ),
    "approve": (("approv", "ratif", "endorse"), ("reject", "veto", "vetoed")),
    "increase": (("increas", "raise", "raised"), ("decreas", "reduc", "lower")),
    "violate": (("violat", "breach"), ()),
}

# Words that name no thing an action is said of: function words, auxiliaries, reporting verbs,
# times. What is left of a clause are its head nouns and their modifiers.
NOT_THINGS: frozenset[str] = _words(
    """a an the this that these those it its they them their there here we our us you your i my
    he his she her him who whom which what when where why how all any each every some no not
    none single one two three four five six seven eight nine ten dozen half
    is are was were be been being am has have had having do does did will would shall should
    can could may might must cannot can't won't isn't aren't wasn't weren't hasn't haven't hadn't
    don't doesn't didn't
    and or but nor so yet also too very still already again just only even more most less least
    about around near at by for from in into of off on onto out over to under until up with
    within without after before during since as than then because if once while though
    said says say told tells added according claimed stated announced insisted noted
    today tomorrow yesterday now soon later week weeks month months year years day days date dates
    morning evening night time times monday tuesday wednesday thursday friday saturday sunday
    january february march april june july august september october november december
    plan plans planned as-planned promised announced expected set decided made decision rule ruled
    way part case fact matter issue question thing things
    """
)

# Generic nouns that end a capitalised name and still say what the thing is: "the Tessin Bridge"
# is a bridge, "Zintarra Airport" an airport.
NAME_HEADS: frozenset[str] = _words(
    """bridge airport port harbour harbor station terminal road highway railway line dam canal
    pipeline plant base camp border crossing checkpoint river sea strait embassy consulate
    parliament council ministry hospital school university square tunnel corridor"""
)

# Units that measure rather than count: "45 km" and "45 warships" are no figures of one thing.
MEASURES: frozenset[str] = _words(
    """km kilometre kilometer kilometres kilometers mile miles metre meter metres meters ton tons
    tonne tonnes hour hours minute minutes second seconds day days week weeks month months year
    years percent per cent euro euros dollar dollars times"""
)

# Plural nouns without an -s: what a count may count ("12 people", "300 police").
PLURALS: frozenset[str] = _words(
    """people police personnel children men women staff crew cattle sheep livestock"""
)

# Words that multiply the figure before them: "1.2 million people", "3 тыс. человек".
MULTIPLIERS: dict[str, float] = {
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "тысяч": 1e3,
    "тысячи": 1e3,
    "тыс": 1e3,
    "миллиона": 1e6,
    "миллионов": 1e6,
    "млн": 1e6,
    "млрд": 1e9,
}

# Verbs whose subject is what the figure after them counts: "tanks at the camp number about 250",
# "the troops there total 3,000". The figure names no noun of its own.
COUNTING_VERBS: frozenset[str] = _words("number numbers numbered total totals totalled totaled")
# Words of a bound between a counting verb and its figure: "number fewer than 1,000".
BOUND_WORDS: frozenset[str] = _words(
    "about around some roughly nearly almost fewer less more than at least most over under"
)
# Words after a figure that make it the size of the body named before: "5,000 strong".
STRENGTH_WORDS: frozenset[str] = _words("strong")

# Past participles no ending rule reaches that the action lists read themselves, or that equal
# their verb ("shut", "cut"): with IRREGULAR_FORMS, what opens a participle aside ("the desks,
# shut since early September, took in").
BARE_PARTICIPLES: frozenset[str] = _words("shut cut set put let spread left held met")

# English verbs whose past forms no ending rule reaches ("paid" is "pay", "rebuilt" "rebuild"):
# "compensation was paid" reports the paying that "will pay" promised. Verbs that some action
# list already reads by its own stems ("left", "held", "brought", "met") need no entry.
IRREGULAR_FORMS: dict[str, str] = _forms(
    """pay:paid repay:repaid build:built rebuild:rebuilt send:sent sell:sold spend:spent keep:kept
    make:made buy:bought catch:caught fight:fought lay:laid lead:led lose:lost win:won
    begin:begun,began break:broke,broken choose:chose,chosen drive:drove,driven give:gave,given
    take:took,taken undertake:undertook,undertaken write:wrote,written draw:drew,drawn
    throw:threw,thrown fly:flew,flown freeze:froze,frozen rise:rose,risen run:ran
    speak:spoke,spoken steal:stole,stolen strike:struck seek:sought find:found feed:fed flee:fled
    hear:heard deal:dealt lend:lent dig:dug sink:sank,sunk tear:tore,torn swear:swore,sworn
    uphold:upheld withhold:withheld forbid:forbade,forbidden hide:hid,hidden shake:shook,shaken
    sweep:swept bind:bound grow:grew,grown"""
)
