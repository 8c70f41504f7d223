"""Analysis: conflicting signals. New statements + indexed candidates → pairs that cannot both hold.

Two statements are compared only when they are about the same thing at about the same time. Each
statement is read as a claim: its main clause (conditions and relative clauses cut off), the
actions it says happen or not, the things those actions are said of ("troops" for a withdrawal,
"crossings" for a reopening), its time frame (a report or a plan), and whether it leaves the
matter explicitly open ("no date has been set"). Rules, each needing one shared action said of
one shared thing:

- number: counts of the same thing (troops, tanks) by different sources, days apart at most,
  whose ranges cannot overlap ("about 4,500" vs "at least 12,000"); a value inside a range agrees;
- date: two future dates in the clause of one action ("end on February 8" vs "until 28 February");
- definite_vs_undecided: a definite plan against an explicit open matter on the same action, the
  open matter said at the same time or later (said earlier, a later plan is a decision, not a
  conflict);
- polarity: the action said to happen and not to happen, both reports of the same days or both
  plans of the same week (a report of last week against a plan for next week is no contradiction,
  and a situation that changes over weeks is change);
- self_contradiction: one named person, in different articles, against their own earlier words
  by the polarity or definiteness rules, within a season; or a denial of what is to come that the
  same person later admits has come.

A statement that repeats another one nearly word for word (a recap, a reprint) is compared once,
as its earliest copy. Every conflict carries its reason and the words that triggered it.

Reading a statement as a claim lives in `claims.py`, the number and date rules in `figures.py`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from watchdesk.analysis.claims import (
    CLAUSE,
    Claim,
    Finding,
    asserted,
    blame_actions,
    existence_actions,
    kin,
    main_clauses,
    opposite,
    read_claim,
    same_day_named,
    same_thing,
    say,
    shared_actions,
    state_actions,
    token,
    verb_actions,
    verb_of_noun,
    verb_stem,
    word_at,
)
from watchdesk.analysis.conflict_words import (
    ACTION_OBJECTS,
    JUDGING_DETERMINERS,
    NOT_VERBS,
    PAST_AUXILIARIES,
    PAST_FORMS,
    PLAN_TIME,
    PRESENCE,
    PROGRESSIVE_AUXILIARIES,
)
from watchdesk.analysis.figures import date_conflict, number_conflict
from watchdesk.analysis.frame_words import COMPLETIVE_VERBS, IRREGULAR_FORMS
from watchdesk.analysis.reasons import reason as says
from watchdesk.analysis.topics import (
    actions,
    bounds_a_figure,
    first_phrase,
    head_nouns,
    negation,
    words,
)
from watchdesk.records import Conflict, LinkedStatement

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

REPORT_WINDOW_DAYS = 3  # reports of what is the case, this far apart, speak of one moment
PLAN_WINDOW_DAYS = 7  # plans for what is to come, this far apart, speak of one plan
DATED_REPORT_WINDOW_DAYS = 30  # reports naming one past day speak of it, a month apart at most
SELF_WINDOW_DAYS = 120  # one person's word is held against them for a season
REPEAT_OVERLAP = 0.6  # share of their words (Jaccard) two statements share to be one repeated
RULE_OUT = (
    "not ruled out",
    "cannot rule out",
    "can't rule out",
    "not exclude",
    "cannot exclude",
    "can't exclude",
    "не исключ",
)


def find_conflicts(
    new_statements: Sequence[LinkedStatement], candidates: Sequence[LinkedStatement]
) -> list[Conflict]:
    """Return each conflict between a new statement and a candidate, or between two new ones.

    Candidates come from the store's index (same question or a shared topic); this function never
    looks further, so its cost follows the index, not the store.
    """
    named = _full_names([*candidates, *new_statements])
    pool = {s.key: named.get(s.key, s) for s in (*candidates, *new_statements)}
    ordered = sorted(pool.values(), key=_order)
    repeats: dict[str, bool] = {}
    found: dict[str, Conflict] = {}
    for new in (pool[s.key] for s in new_statements):
        for other in ordered:
            if other.key == new.key or not _within_reach(new, other):
                continue
            first, second = _in_order(new, other)
            conflict = compare(first, second)
            if conflict is None or conflict.key in found:
                continue
            # Checked only for the few pairs that conflict: a repeat is flagged as its first copy.
            if not any(_is_repeat(s, ordered, repeats) for s in (first, second)):
                found[conflict.key] = conflict
    return list(found.values())


def _full_names(statements: Sequence[LinkedStatement]) -> dict[str, LinkedStatement]:
    """Statements whose speaker is a surname alone, given the key of the one person of that
    surname the others name in full: "Odegaard" in a later article is "Karl Odegaard".

    Only a named person can contradict themself (see link.py), and an article that names them
    only by surname, or a speaker stage that misses the full name, would hide it.
    """
    people: dict[str, set[str]] = {}
    for s in statements:
        words = s.speaker.split()
        if s.speaker_key and len(words) >= 2:
            people.setdefault(words[-1].lower(), set()).add(s.speaker_key)
    found = {}
    for s in statements:
        keys = people.get(s.speaker.lower(), set())
        if (
            not s.speaker_key
            and s.speaker[:1].isupper()
            and " " not in s.speaker
            and len(keys) == 1
        ):
            found[s.key] = replace(s, speaker_key=next(iter(keys)))
    return found


def repeated_later(
    new_statements: Sequence[LinkedStatement], candidates: Sequence[LinkedStatement]
) -> set[str]:
    """Keys of candidates that repeat a new statement said earlier: their flags are the new one's.

    Articles do not always arrive in order; a recap stored first is a repeat once its original
    comes.
    """
    news = [(_order(new), new) for new in new_statements]
    return {
        later.key
        for later, after in ((c, _order(c)) for c in candidates)
        for before, new in news
        if before < after and _repeated(new, later)
    }


def _within_reach(a: LinkedStatement, b: LinkedStatement) -> bool:
    """Say whether two statements are near enough in time for `compare` to find anything: a
    cheap date test that lets a new article skip most candidates (comparing is the cost of
    linking). It follows `compare`'s own windows: undated never, one person within a season,
    anyone else within a month (a dated report, a date still ahead)."""
    gap = _gap_days(a, b)
    if gap is None:
        return False
    if gap <= DATED_REPORT_WINDOW_DAYS:
        return True
    return gap <= SELF_WINDOW_DAYS and bool(a.speaker_key) and a.speaker_key == b.speaker_key


def compare(first: LinkedStatement, second: LinkedStatement) -> Conflict | None:
    """Return the conflict between two statements (earlier first), or None."""
    if first.article_url and first.article_url == second.article_url:
        return None  # an article that reports both sides already says so
    if "question" in (first.modality, second.modality):
        return None
    gap = _gap_days(first, second)
    if gap is None:
        return None
    same_speaker = bool(first.speaker_key) and first.speaker_key == second.speaker_key
    dated = gap <= DATED_REPORT_WINDOW_DAYS and same_day_named(first, second)
    pending = _still_ahead(first, second)
    far = gap > (SELF_WINDOW_DAYS if same_speaker else PLAN_WINDOW_DAYS) and not dated
    if (far and (same_speaker or not pending)) or _repeated(first, second):
        return None  # the window first: it is cheap, a repeat's word sets are not
    if far:
        # Two end dates for one plan disagree as long as the first is still to come.
        finding = date_conflict(read_frame(first), read_frame(second))
    else:
        a, b = read_frame(first), read_frame(second)
        finding = (
            _definite_vs_undecided(a, b, gap, same_speaker=same_speaker)
            or _polarity(a, b, gap, same_speaker=same_speaker)
            or (None if same_speaker else number_conflict(a, b, gap))
            or (
                None
                if same_speaker or (gap > PLAN_WINDOW_DAYS and not pending)
                else date_conflict(a, b)
            )
        )
    if finding is None:
        return None
    kind, reason = finding.kind, finding.reason
    if same_speaker:
        kind = "self_contradiction"
        reason = says(kind, speaker=first.speaker, reason=reason)
    question = first.question if first.question == second.question else None
    return Conflict(first.key, second.key, kind, reason, finding.triggers, question)


@lru_cache(maxsize=65536)
def read_frame(statement: LinkedStatement) -> Claim:
    """The statement's claim with its main verbs as actions too, for conflicts only: a situation
    the action lists do not know ("the dam will not release water") still has a frame."""
    claim = read_claim(statement)
    verbs: dict[str, tuple[int, str]] = {}
    for clause in main_clauses(statement.content).split(". "):
        for action, said in verb_actions(clause, statement.language).items():
            verbs.setdefault(action, said)
        for action, said in state_actions(clause, statement.language).items():
            verbs.setdefault(action, said)
        for action, said in existence_actions(clause, statement.language).items():
            verbs.setdefault(action, said)
        for action, said in blame_actions(clause, statement.language).items():
            verbs.setdefault(action, said)
    acts = {**verbs, **claim.acts}
    for action, said in _ruled_out(statement.content, claim.open_matter).items():
        acts.setdefault(action, said)
    predicate = _predicate_action(statement, acts)
    if predicate is not None:
        acts.setdefault(*predicate)
    completed = _completed_action(statement, acts)
    if completed is not None:
        acts.setdefault(*completed)
    if "withdraw" not in acts and statement.language == "en":
        present = _presence(main_clauses(statement.content))
        if present is not None:
            acts["withdraw"] = present
    if claim.open_matter and not verbs and statement.context and not _own_actions(statement):
        # "No decision has been taken on that question": the matter left open is the one the
        # sentence before names, often in its condition or indirect question ("islanders asked
        # when the ferry would resume service"), which main_clauses cuts off.
        acts = {**_matter_before(statement.context, statement.language), **acts}
        before = head_nouns(statement.context, statement.language, statement.topics)
        claim = replace(claim, heads=claim.heads | before)
    if not claim.future and acts and _scheduled(statement.content, acts):
        # "All foreign troops go home after the drills": the present of a timetable is a plan.
        claim = replace(claim, future=True)
    if (
        statement.polarity == "deny"
        and negation(statement.content) is None
        and not bounds_a_figure(statement.content)
    ):
        # The cue denies what the words say ("denied that any combat units remained"). Read
        # as they stand, the words contradict the speaker's own side; turned round, they met
        # reports of a wider thing ("3,200 soldiers were still there") and added 7 flags to
        # the demo, most of them wrong. Such a statement is held as no definite claim.
        return replace(claim, acts=acts, hedged=True)
    if statement.modality == "uncertain" and not claim.open_matter:
        # A fear or a guess ("shop owners feared the closures would last well beyond ten days")
        # is no definite claim for a polarity, number or date to contradict.
        return replace(claim, acts=acts, hedged=True)
    return replace(claim, acts=acts) if acts != claim.acts else claim


def _ruled_out(content: str, cue: str | None) -> dict[str, tuple[int, str]]:
    """The actions a rule-out cue is said of when a gerund names them: "we do not exclude
    closing the strait" leaves the closing open as "not ruled out that it will close" does."""
    if cue not in RULE_OUT:
        return {}
    lowered = content.lower()
    after = lowered[lowered.find(cue) + len(cue) :] if cue in lowered else ""
    gerund = after.split()[0] if after.split() else ""
    if gerund.endswith("ing"):
        # "closing" is no listed stem of "close": read the verb the gerund is made of.
        for verb in (gerund[:-3], gerund[:-3] + "e"):
            if found := actions(verb):
                return {action: (sign, gerund) for action, (sign, _) in found.items()}
    return {
        action: (sign, word_at(after, stem_)) for action, (sign, stem_) in actions(after).items()
    }


def _predicate_action(
    statement: LinkedStatement, acts: dict[str, tuple[int, str]]
) -> tuple[str, tuple[int, str]] | None:
    """The parse's main predicate as an action where no list and no auxiliary found it: "the
    coast patrol detained three freighters" says the detaining happened, as "has been detained"
    does. Its word is the one the text writes; a predicate the text does not write as a verb
    (a light verb resolved, a noun) adds nothing."""
    frame = statement.frame
    if frame is None or statement.language != "en" or frame.predicate in NOT_VERBS:
        return None
    stem = verb_stem(frame.predicate)
    key = f"v:{stem}"
    if key in acts or actions(frame.predicate) or len(stem) < 3:
        return None
    main = main_clauses(statement.content)
    for match in _WORD.finditer(main):
        word = match.group()
        lowered = word.lower()
        irregular = IRREGULAR_FORMS.get(lowered) == frame.predicate
        if irregular or (lowered.startswith(stem) and lowered.endswith(("ed", "s"))):
            sign = -1 if frame.negated or negation(main) is not None else 1
            return key, (sign, word)
    return None


_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def _completed_action(
    statement: LinkedStatement, acts: dict[str, tuple[int, str]]
) -> tuple[str, tuple[int, str]] | None:
    """The action a verb of completing is said of, by its noun: "repairs to the intake will be
    completed by June 12" dates the repairing that "the intake will be repaired by June 26"
    dates too. The parse gives the noun (subject or object); the sign and the words are the
    completing verb's."""
    frame = statement.frame
    if frame is None or statement.language != "en" or frame.predicate not in COMPLETIVE_VERBS:
        return None
    said = next((v for k, v in acts.items() if verb_stem(frame.predicate) in k or k == "end"), None)
    for argument in (frame.subject, *frame.objects):
        noun = argument.split()[-1] if argument else ""
        root = verb_of_noun(noun)
        if said is not None and len(root) >= 3 and not actions(noun):
            return f"v:{root}", said
    return None


def _presence(text: str) -> tuple[int, str] | None:
    """Being at a place, read as not having withdrawn from it (-1), or absence as having gone
    (+1): "soldiers are still in Orsa", "there are no troops at the camp"."""
    found = PRESENCE.search(text)
    if found is None:
        return None
    absent = bool(found.group("none") or found.group("not"))
    if found.group("held") and negation(text[: found.start()]):
        absent = True  # "No Velarian soldiers are in Orsa": the negation is on the subject
    return (1 if absent else -1, found.group().strip())


def _own_actions(statement: LinkedStatement) -> bool:
    """Say whether the statement's own main clauses name an action of the word lists."""
    return any(actions(clause) for clause in main_clauses(statement.content).split(". "))


def _matter_before(context: str, language: str) -> dict[str, tuple[int, str]]:
    """The actions of the whole sentence before, its subordinate clauses included."""
    found: dict[str, tuple[int, str]] = {}
    for clause in CLAUSE.split(context):
        for action, (sign, said) in actions(clause).items():
            found.setdefault(action, (sign, word_at(clause, said)))
        for action, verb in verb_actions(clause, language).items():
            found.setdefault(action, verb)
    return found


# -- the rules ------------------------------------------------------------------------------


def _definite_vs_undecided(a: Claim, b: Claim, gap: int, *, same_speaker: bool) -> Finding | None:
    if bool(a.open_matter) == bool(b.open_matter):
        return None
    definite, pending = (b, a) if a.open_matter else (a, b)
    # "No date set" followed days later by a date is a decision being made.
    if pending is a and gap > 1:
        return None
    if not definite.future or definite.hedged or (not same_speaker and gap > PLAN_WINDOW_DAYS):
        return None
    cue = pending.open_matter or ""
    rule_out = cue in RULE_OUT  # "not ruled out" opens what a plan denies, as well as its date
    for action, (sign, word) in sorted(definite.acts.items()):
        # The matter left open names the plan's action, or its verb by its noun and one name.
        by_noun = action not in pending.acts
        if by_noun and not _named_by_noun(action, definite, pending):
            continue
        if (sign < 0 and not rule_out) or not asserted(word):
            continue
        apart = same_thing(action, definite, pending) is None
        if not by_noun and _said_of(action, pending) and apart:
            continue
        # "A decision on withdrawal has not been made" names only the action.
        if not _said_of(action, definite):
            continue
        if not rule_out and first_phrase(_clause_of(definite, word), PLAN_TIME) is None:
            continue  # "the hotline will remain open" sets no date to be undecided about
        return Finding(
            "definite_vs_undecided",
            says(
                "definite_vs_undecided",
                definite_who=say(definite),
                action=_named(action, word),
                pending_who=say(pending),
                cue=cue,
            ),
            (token(word), cue),
        )
    return None


def _named_by_noun(action: str, definite: Claim, pending: Claim) -> bool:
    """Say whether the open matter names the plan's verb by its noun, of one named thing: "will
    be rolled out at Mellin on November 2" and "the rollout at Mellin is still under discussion".
    """
    stem = action.removeprefix("v:")
    if stem == action or len(stem) < _NOUN_STEM or not definite.names & pending.names:
        return False
    return any(head.startswith(stem) and head not in definite.heads for head in pending.heads)


_NOUN_STEM = 4  # shorter verb stems begin too many nouns ("run": "runway")


def _scheduled(content: str, acts: dict[str, tuple[int, str]]) -> bool:
    """Say whether a statement in the present tense sets a time ahead: "units head back to
    garrison when the manoeuvres end", "the ferries sail again on Monday"."""
    if first_phrase(content, PLAN_TIME) is None or PAST_AUXILIARIES.search(content.lower()):
        return False
    said = [w for _, word in acts.values() for w in word.lower().split()]
    return not any(w.endswith("ed") or w in PAST_FORMS for w in said)


def _named(action: str, word: str) -> str:
    """An action as the reason names it: a listed action by its key, a verb by its word, a thing
    there or not and a thing blamed by what they say of it."""
    if action.startswith("x:"):
        return f"{token(word)} there"
    if action.startswith("b:"):
        return f"the blame on {token(word)}"
    return token(word) if action.startswith("v:") else action


def _clause_of(claim: Claim, word: str) -> str:
    """The sentence of the statement that holds an action's word: the plan's date must be there.

    "The exercise ends on February 8. After that … they will go home" dates the end, not the
    going home.
    """
    content = claim.statement.content
    found = token(word)
    for clause in CLAUSE.split(content):
        if found in clause.lower():
            return clause
    return content


def _said_of(action: str, claim: Claim) -> bool:
    """Say whether a claim names anything the action is said of, beyond the action itself."""
    return bool(ACTION_OBJECTS.get(action, frozenset()) & kin(claim.things) or claim.heads)


def _polarity(a: Claim, b: Claim, gap: int, *, same_speaker: bool) -> Finding | None:
    if a.open_matter or b.open_matter or a.hedged or b.hedged or a.other_time or b.other_time:
        return None
    if a.future == b.future:
        window = PLAN_WINDOW_DAYS if a.future else REPORT_WINDOW_DAYS
        if not a.future and same_day_named(a.statement, b.statement):
            window = DATED_REPORT_WINDOW_DAYS
        if gap > (SELF_WINDOW_DAYS if same_speaker and a.future else window):
            return None
        admission = False
    elif same_speaker and a.future and not b.future:
        admission = True  # "no tanks will be brought", later "their presence was no secret"
    else:
        return None  # a forecast against a later report is a promise kept or broken
    for action, thing in shared_actions(a, b, same_sign=False):
        (sign_a, word_a), (_, word_b) = a.acts[action], b.acts[action]
        if admission and sign_a > 0:
            continue
        if admission and word_b.rpartition(" ")[0].lower() in JUDGING_DETERMINERS:
            # An admission names what came ("their presence was no secret"); a judgement of the
            # thing ("a demanding test that both armies passed") admits no action of it.
            continue
        if not admission and not (_says_happens(word_a) and _says_happens(word_b)):
            continue
        if a.future and not admission and (opposite(action, word_a) or opposite(action, word_b)):
            continue  # "will close on Friday" and "will reopen on the 26th" are one plan
        yes, no = (a, b) if sign_a > 0 else (b, a)
        named = _named(action, word_a if sign_a > 0 else word_b)
        return Finding(
            "polarity",
            says("polarity", yes_who=say(yes), action=named, thing=thing, no_who=say(no)),
            (token(word_a), token(word_b)),
        )
    return None


def _says_happens(word: str) -> bool:
    """Say whether an action word says the action happens: asserted, or a verb in the
    progressive ("is running", "are being withdrawn") that the -ing ending makes look a noun."""
    before, _, last = word.lower().rpartition(" ")
    return asserted(word) or (last.endswith("ing") and before in PROGRESSIVE_AUXILIARIES)


# -- pairs ------------------------------------------------------------------------------------


def _is_repeat(
    statement: LinkedStatement, ordered: list[LinkedStatement], known: dict[str, bool]
) -> bool:
    """Say whether the statement repeats an earlier one of the pool nearly word for word."""
    if statement.key not in known:
        mine = _order(statement)
        known[statement.key] = any(
            _order(earlier) < mine and _repeated(earlier, statement)
            for earlier in ordered
            if earlier.key != statement.key
        )
    return known[statement.key]


def _repeated(a: LinkedStatement, b: LinkedStatement) -> bool:
    """Say whether two statements say the same thing in nearly the same words."""
    # Every test must hold; the cheap ones first, since most pairs share few words.
    if a.polarity != b.polarity:
        return False  # "tanks crossed", said and denied ("denied that tanks crossed")
    words_a, words_b = _word_set(a.content), _word_set(b.content)
    if not words_a or not words_b:
        return False
    if len(words_a & words_b) / len(words_a | words_b) < REPEAT_OVERLAP:
        return False
    if bool(negation(a.content)) != bool(negation(b.content)):
        return False
    if {f.value for f in a.figures} != {f.value for f in b.figures}:
        return False
    acts_a, acts_b = read_frame(a).acts, read_frame(b).acts
    # "the bridge is closed" and "the bridge is open": one word, two claims
    return not any(acts_a[k][0] != acts_b[k][0] for k in acts_a.keys() & acts_b.keys())


@lru_cache(maxsize=65536)
def _word_set(text: str) -> frozenset[str]:
    return frozenset(w for w in words(text) if len(w) > 2)


def _order(s: LinkedStatement) -> tuple[str, str]:
    return (s.published.isoformat() if s.published else "", s.key)


def _in_order(a: LinkedStatement, b: LinkedStatement) -> tuple[LinkedStatement, LinkedStatement]:
    return (a, b) if _order(a) <= _order(b) else (b, a)


def _still_ahead(first: LinkedStatement, second: LinkedStatement) -> bool:
    """Say whether the earlier statement dates something still to come when the later one is
    said ("the regime runs until May 24", then on May 12 "until June 7"), a month apart at most."""
    if first.published is None or second.published is None:
        return False
    if (second.published - first.published).days > DATED_REPORT_WINDOW_DAYS:
        return False
    ahead = [d for d in first.dates if d > first.published.isoformat()]
    return bool(ahead) and min(ahead) >= second.published.isoformat()


def _gap_days(a: LinkedStatement, b: LinkedStatement) -> int | None:
    if a.published is None or b.published is None:
        return None
    return abs((b.published - a.published).days)


def conflict_pairs(conflicts: Iterable[Conflict]) -> set[frozenset[str]]:
    """The unordered statement pairs of some conflicts; for evaluation."""
    return {frozenset((c.first, c.second)) for c in conflicts}
