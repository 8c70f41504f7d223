"""Data for stage 3 (English entities): the words around a name that say it is a place or an event.

Read by `entities.py`. Each list names a class of language, not particular names: the nouns a
place name modifies or owns, the prepositions and movement verbs that take a place, the nouns
that name an event.
"""

from __future__ import annotations

# "in Orsk", "near the border at Velsk": a name governed by these is where something is.
# ("of" takes a place only after a place noun: "the town of Velsk".)
PLACE_PREPOSITIONS = frozenset(
    {"in", "near", "at", "inside", "outside", "across", "into", "around", "towards", "toward"}
)
# "to" and "from" also take people ("a call from Brandvik"); after a movement they take a place.
DIRECTION_PREPOSITIONS = frozenset({"to", "from"})
MOVEMENT_VERBS = frozenset(
    {
        "arrive", "bring", "come", "cross", "deploy", "drive", "fly", "go", "leave", "move",
        "pull", "redeploy", "relocate", "return", "roll", "send", "transfer", "travel",
        "withdraw",
    }
)  # fmt: skip
# "the Kobel crossing", "the Lisma range", "Dravsk, the Karesian capital", "the hamlets of Soru":
# nouns of places.
PLACE_NOUNS = frozenset(
    {
        "area", "border", "camp", "capital", "city", "country", "crossing", "district",
        "frontier", "hamlet", "municipality", "province", "range", "region", "republic", "road",
        "settlement", "state", "station", "territory", "town", "valley", "village",
    }
)  # fmt: skip
# "Norvaland's government", "Karesia's defence minister": what a state has and a person has not.
STATE_NOUNS = frozenset(
    {
        "airspace", "army", "border", "capital", "economy", "embassy", "forces", "government",
        "military", "minister", "ministry", "opposition", "parliament", "president",
        "railways", "territory",
    }
)  # fmt: skip
# "the Iron Meridian exercise", "the joint drills Iron Meridian": nouns that name an event.
EVENT_NOUNS = frozenset(
    {
        "exercise", "drill", "drills", "summit", "talk", "talks", "operation", "manoeuvre",
        "manoeuvres", "maneuver", "maneuvers", "offensive", "conference", "games",
    }
)  # fmt: skip
# "the Gazette", "a Vestnik Severa reporter": English names of people take no article.
ARTICLES = frozenset({"the", "a", "an"})
