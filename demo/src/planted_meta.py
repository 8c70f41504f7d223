"""What is planted in the corpus, keyed by the inline markers of the article texts.

``assemble(found, key_paths)`` turns the markers collected by build.py
(marker id -> {"path", "quote"}) into the structure of demo/planted.json.
"""

from __future__ import annotations

import sys

CAST = [
    # Norvaland
    {"name": "Aldis Varro", "role": "President of Norvaland", "org": "Office of the President of Norvaland",
     "country": "Norvaland", "aliases": ["Varro", "President Varro", "Альдис Варро", "Варро", "президент Норваланда"]},
    {"name": "Ilse Brandvik", "role": "Defence Minister", "org": "Ministry of Defence of Norvaland",
     "country": "Norvaland", "aliases": ["Brandvik", "Ильзе Брандвик", "Брандвик", "министр обороны Норваланда"]},
    {"name": "Tomas Reinholt", "role": "Foreign Minister", "org": "Ministry of Foreign Affairs of Norvaland",
     "country": "Norvaland", "aliases": ["Reinholt", "Томас Рейнхольт", "Рейнхольт"]},
    {"name": "Oskar Tammik", "role": "Interior Minister", "org": "Ministry of the Interior of Norvaland",
     "country": "Norvaland", "aliases": ["Tammik", "Оскар Таммик", "Таммик"]},
    {"name": "Marta Kivi", "role": "Interior Ministry spokeswoman", "org": "Ministry of the Interior of Norvaland",
     "country": "Norvaland", "aliases": ["Kivi", "Марта Киви"]},
    {"name": "Janek Solberg", "role": "Presidential spokesperson", "org": "Office of the President of Norvaland",
     "country": "Norvaland", "aliases": ["Solberg", "Янек Сольберг", "Сольберг"]},
    {"name": "Runa Aavik", "role": "Opposition MP, member of the defence committee", "org": "Civic Alliance (opposition party)",
     "country": "Norvaland", "aliases": ["Aavik", "Руна Аавик", "Аавик"]},
    {"name": "Henrik Saar", "role": "Mayor of Velsk", "org": "Velsk town council",
     "country": "Norvaland", "aliases": ["Saar", "Mayor Saar", "Хенрик Саар", "Саар"]},
    # Karesia
    {"name": "Radomir Vesk", "role": "Defence ministry spokesman (colonel)", "org": "Ministry of Defence of Karesia",
     "country": "Karesia", "aliases": ["Vesk", "Colonel Vesk", "Col. Radomir Vesk", "Радомир Веск", "Веск", "полковник Веск"]},
    {"name": "Stanislav Korda", "role": "Lieutenant general, commander of the Karesian contingent (4th Army Corps)",
     "org": "Armed Forces of Karesia", "country": "Karesia",
     "aliases": ["Korda", "General Korda", "Lt. Gen. Stanislav Korda", "Станислав Корда", "Корда", "генерал Корда"]},
    {"name": "Yelena Marovska", "role": "Foreign Minister of Karesia", "org": "Ministry of Foreign Affairs of Karesia",
     "country": "Karesia", "aliases": ["Marovska", "Елена Маровская", "Маровская"]},
    {"name": "Dmitri Orlan", "role": "Director", "org": "Karesian Institute of Strategic Studies",
     "country": "Karesia", "aliases": ["Orlan", "Дмитрий Орлан", "Орлан"]},
    # outside voices
    {"name": "Maeve Halloran", "role": "Head of the defence programme", "org": "Nordic Policy Forum",
     "country": None, "aliases": ["Halloran", "Маэв Хэллоран", "Хэллоран"]},
    {"name": "Pieter Hulst", "role": "Deputy Secretary General", "org": "Northern Defence Compact",
     "country": None, "aliases": ["Hulst", "Питер Хюльст", "Хюльст"]},
    {"name": "Dana Whitcombe", "role": "Press secretary of the Marble House", "org": "Marble House (office of the President of Westmark)",
     "country": "Westmark", "aliases": ["Whitcombe", "the Marble House", "Мраморный дом"]},
    {"name": "Lev Arendt", "role": "Military historian", "org": "University of Vallstad",
     "country": "Norvaland", "aliases": ["Arendt", "Лев Арендт"]},
    # residents
    {"name": "Ingrid Mets", "role": "Cafe owner, Velsk resident", "org": None, "country": "Norvaland",
     "aliases": ["Mets", "Ингрид Метс"]},
    {"name": "Pavel Rusk", "role": "Dairy farmer near Kuru", "org": None, "country": "Norvaland",
     "aliases": ["Rusk", "Павел Руск"]},
    {"name": "Liina Tamm", "role": "Evacuated resident of Kuru, mother of three", "org": None, "country": "Norvaland",
     "aliases": ["Tamm", "Лийна Тамм"]},
    {"name": "Eeva Lind", "role": "Teacher at the Velsk school", "org": None, "country": "Norvaland",
     "aliases": ["Lind"]},
    {"name": "Viktor Lanin", "role": "Chairman", "org": "Karesian Railways Union", "country": "Karesia",
     "aliases": ["Lanin"]},
    {"name": "Arne Holt", "role": "Lorry driver from Velsk", "org": None, "country": "Norvaland",
     "aliases": ["Holt", "Арне Хольт"]},
]

# (marker of side a, speaker a, marker of side b, speaker b)
CONFLICTS = [
    {"id": "C1", "kind": "definite_vs_undecided", "question": "When will the closed border crossings reopen?",
     "a": ("C1a", "Ilse Brandvik"), "b": ("C1b", "Aldis Varro"),
     "reason": "On Monday 26 January the defence minister says the crossings reopen next week; on Friday 30 January the president says no date has been set."},
    {"id": "C2", "kind": "number", "question": "How many Karesian troops take part in Iron Meridian?",
     "a": ("C2a", "Radomir Vesk"), "b": ("C2b", "Runa Aavik"),
     "reason": "Karesia's defence ministry says about 4,500 servicemen; the opposition MP says at least 12,000."},
    {"id": "C3", "kind": "number", "question": "How many Karesian troops are in Norvaland (official figures)?",
     "a": ("C3a", "Ilse Brandvik"), "b": ("C3b", "Radomir Vesk"),
     "reason": "Norvaland's defence ministry publishes 7,800 Karesian servicemen (English); the next day Karesia's spokesman insists on no more than 4,500 (Russian). Crosses languages."},
    {"id": "C4", "kind": "polarity", "question": "Have Karesian tanks crossed into Norvaland?",
     "a": ("C4a", "Radomir Vesk"), "b": ("C4b", "Stanislav Korda"),
     "reason": "The Karesian ministry spokesman denies that any tanks crossed the border (English); the next day the Karesian commanding general says 37 tanks were brought to Lisma from Karesia (Russian). Crosses languages."},
    {"id": "C5", "kind": "definite_vs_undecided", "question": "When will the Karesian troops leave Norvaland?",
     "a": ("C5a", "Yelena Marovska"), "b": ("C5b", "Aldis Varro"),
     "reason": "On Monday 2 February Karesia's foreign minister says the troops will leave by February 15; on Thursday 5 February (published 6 February) Norvaland's president says no decision on withdrawal has been made."},
    {"id": "C6", "kind": "date", "question": "When do the Iron Meridian drills end?",
     "a": ("C6a", "Stanislav Korda"), "b": ("C6b", "Ilse Brandvik"),
     "reason": "General Korda says the exercise continues until February 28 (Russian); Brandvik says it ends on February 8 as planned (English)."},
    {"id": "C7", "kind": "self_contradiction", "question": "Will Karesian soldiers stay in Norvaland after the drills?",
     "a": ("C7a", "Aldis Varro"), "b": ("C7b", "Aldis Varro"),
     "reason": "On 9 January Varro promises that not a single soldier will stay; on 12 February he does not rule out that some units remain beyond February."},
    {"id": "C8", "kind": "polarity", "question": "Have Karesian units moved closer to the capital Vallstad?",
     "a": ("C8a", "Tomas Reinholt"), "b": ("C8b", "Ilse Brandvik"),
     "reason": "The foreign minister denies any Karesian unit moved closer to the capital; the defence minister confirms a battalion moved to the Kaldera camp about 25 miles from Vallstad."},
    {"id": "C9", "kind": "self_contradiction", "question": "Did Karesia bring heavy weapons to the exercise?",
     "a": ("NOHEAVY_en", "Radomir Vesk"), "b": ("C9b", "Radomir Vesk"),
     "reason": "On 9 January Vesk says no heavy weapons will be brought (English); on 29 January he says the tanks are part of the brigades' standard equipment and no secret (Russian). Crosses languages."},
]

COMMITMENTS = [
    {"id": "P1", "marker": "P1", "speaker": "Ilse Brandvik", "due": "2026-02-08", "condition": "once the drills are over",
     "outcome": "broken", "evidence": "P1e",
     "note": "The drills formally ended on 8 February, but most Karesian units were still in Norvaland on 9 February."},
    {"id": "P2", "marker": "P2", "speaker": "Ilse Brandvik", "due": "2026-01-16", "condition": None,
     "outcome": "broken", "evidence": "P2e",
     "note": "No figures were published by Friday 16 January; they came only on 28 January."},
    {"id": "P3", "marker": "P3", "speaker": "Oskar Tammik", "due": "2026-01-26", "condition": None,
     "outcome": "broken", "evidence": "P3e",
     "note": "On 26 January the crossings were still closed and a fourth crossing had been closed."},
    {"id": "P4", "marker": "C1a", "speaker": "Ilse Brandvik", "due": "2026-02-08", "condition": None,
     "outcome": "broken", "evidence": "P4e",
     "note": "'Next week' said on Monday 26 January = 2-8 February; the first crossings reopened only on 11 February."},
    {"id": "P5", "marker": "C5a", "speaker": "Yelena Marovska", "due": "2026-02-15", "condition": None,
     "outcome": "broken", "evidence": "P5e",
     "note": "Some 3,200 Karesian soldiers were still in Norvaland on 16 February."},
    {"id": "P6", "marker": "P6", "speaker": "Aldis Varro", "due": "2026-03-14", "condition": None,
     "outcome": "open", "evidence": "P6e",
     "note": "The referendum date is after the end of the corpus; preparations are reported on 20 February."},
    {"id": "P7", "marker": "P7", "speaker": "Oskar Tammik", "due": "2026-02-25", "condition": None,
     "outcome": "kept", "evidence": "P7e",
     "note": "Said in Russian on 11 February ('within two weeks'); the evacuated families returned on 18-19 February."},
    {"id": "P8", "marker": "P8", "speaker": "Radomir Vesk", "due": "2026-01-30", "condition": None,
     "outcome": "kept", "evidence": "P8e",
     "note": "Foreign military observers visited the Lisma range on 30 January."},
    {"id": "P9", "marker": "P9", "speaker": "Pieter Hulst", "due": "2026-01-29", "condition": None,
     "outcome": "kept", "evidence": "P9e",
     "note": "The Northern Defence Compact council met on Thursday 29 January."},
    {"id": "P10", "marker": "C6b", "speaker": "Ilse Brandvik", "due": "2026-02-08", "condition": None,
     "outcome": "kept", "evidence": "P10e",
     "note": "The exercise formally ended with a ceremony at Lisma on Sunday 8 February."},
    {"id": "P11", "marker": "P11", "speaker": "Tomas Reinholt", "due": "2026-01-25", "condition": None,
     "outcome": "unclear", "evidence": "P11e",
     "note": "Later reporting does not say whether a written explanation was requested or received."},
    {"id": "P12", "marker": "P12", "speaker": "Radomir Vesk", "due": "2026-02-28", "condition": None,
     "outcome": "open", "evidence": "P12e",
     "note": "Due after the end of the corpus; on 20 February about 3,000 troops are still in Norvaland."},
    {"id": "P13", "marker": "C7a", "speaker": "Aldis Varro", "due": "2026-02-08", "condition": "after the drills end",
     "outcome": "broken", "evidence": "P5e",
     "note": "Thousands of Karesian soldiers remained after the drills ended on 8 February."},
]

SYNDICATION = [
    {"original": "W3", "copies": ["N3", "V2"], "kind": "verbatim",
     "note": "Reprinted with a 'Source: Meridian Wire' line and rel=canonical pointing to the wire URL."},
    {"original": "W6", "copies": ["K4"], "kind": "rewritten",
     "note": "Lightly rewritten (new headline and standfirst, dateline dropped, several sentences reworded, one replaced and one added; 5-word-shingle Jaccard about 0.57 on the extracted text); credits Meridian Wire and points rel=canonical to the wire URL."},
]

# quantity -> list of (marker, value, unit, speaker or source)
NUMBERS = [
    {"id": "N_troops", "quantity": "Karesian troops in Norvaland", "unit": "soldiers", "values": [
        ("C2a", 4500, "about", "Radomir Vesk"), ("C2b", 12000, "at least", "Runa Aavik"),
        ("NUM_troops_halloran1", 10000, "between 10,000 and 12,000", "Maeve Halloran"),
        ("C3a", 7800, "exactly", "Ilse Brandvik"), ("C3b", 4500, "no more than", "Radomir Vesk"),
        ("NUM_troops_feb9", 7800, "almost all of", "Norvaland defence ministry"),
        ("NUM_troops_rem1", 3200, "some", "Norvaland defence ministry"),
        ("NUM_troops_rem2", 3000, "fewer than", "Radomir Vesk"),
        ("NUM_troops_final", 3100, "about", "Maeve Halloran")]},
    {"id": "N_tanks", "quantity": "Karesian tanks in Norvaland", "unit": "tanks", "values": [
        ("NOARMOUR_ru", 0, "none (no tank columns)", "Radomir Vesk"),
        ("NOHEAVY_en", 0, "none (no heavy weapons)", "Radomir Vesk"),
        ("NUM_tanks_sat", 30, "at least", "The Strait Ledger (satellite imagery)"),
        ("C4b", 37, "exactly", "Stanislav Korda"), ("NUM_tanks_final", 52, "at least", "Maeve Halloran")]},
    {"id": "N_distance", "quantity": "distance of Karesian forces from the capital Vallstad", "unit": "miles", "values": [
        ("NUM_dist_1", 60, "about", "joint statement of the defence ministries"),
        ("C8b", 25, "about", "Ilse Brandvik")]},
    {"id": "N_crossings", "quantity": "border crossings closed to civilian traffic (of five)", "unit": "crossings", "values": [
        ("NUM_crossings_1", 3, "exactly", "Oskar Tammik"), ("NUM_crossings_4", 4, "exactly", "Interior Ministry"),
        ("NUM_crossings_feb11", 2, "exactly", "Interior Ministry"),
        ("NUM_crossings_final", 1, "exactly", "The Strait Ledger")]},
    {"id": "N_drills_end", "quantity": "end date of the Iron Meridian drills", "unit": "date", "values": [
        ("DATE_drills_1", "2026-02-08", "exactly", "joint statement of the defence ministries"),
        ("C6a", "2026-02-28", "exactly", "Stanislav Korda"),
        ("C6b", "2026-02-08", "exactly", "Ilse Brandvik")]},
    {"id": "N_evacuated", "quantity": "residents of villages near the Lisma range living away from home", "unit": "people", "values": [
        ("NUM_evac_1", 320, "exactly", "Interior Ministry"), ("NUM_evac_2", 540, "exactly", "Interior Ministry"),
        ("NUM_evac_return", 0, "none", "Interior Ministry")]},
]

USED: set[str] = set()


def assemble(found: dict, key_paths: dict) -> dict:
    missing: list[str] = []

    def ref(marker: str, speaker: str | None = None) -> dict | None:
        USED.add(marker)
        if marker not in found:
            missing.append(marker)
            return None
        out = {"path": found[marker]["path"], "published": found[marker]["path"].split("/")[1][:10]}
        if speaker:
            out["speaker"] = speaker
        out["quote"] = found[marker]["quote"]
        return out

    conflicts = []
    for c in CONFLICTS:
        a, b = ref(*c["a"]), ref(*c["b"])
        if a and b:
            conflicts.append({"id": c["id"], "kind": c["kind"], "question": c["question"],
                              "a": a, "b": b, "reason": c["reason"]})
    commitments = []
    for p in COMMITMENTS:
        r = ref(p["marker"], p["speaker"])
        if not r:
            continue
        ev = ref(p["evidence"]) if p.get("evidence") else None
        if p.get("evidence") and not ev:
            continue
        commitments.append({"id": p["id"], "path": r["path"], "published": r["published"], "speaker": p["speaker"], "quote": r["quote"],
                            "due": p["due"], "condition": p["condition"], "outcome": p["outcome"],
                            "evidence": ev, "note": p["note"]})
    syndication = []
    for s in SYNDICATION:
        if s["original"] in key_paths and all(c in key_paths for c in s["copies"]):
            syndication.append({"original": key_paths[s["original"]],
                                "copies": [key_paths[c] for c in s["copies"]],
                                "kind": s["kind"], "note": s["note"]})
    numbers = []
    for n in NUMBERS:
        values = []
        for marker, value, qualifier, source in n["values"]:
            r = ref(marker)
            if r:
                values.append({"path": r["path"], "published": r["published"], "value": value,
                               "qualifier": qualifier, "source": source, "quote": r["quote"]})
        numbers.append({"id": n["id"], "quantity": n["quantity"], "unit": n["unit"], "values": values})
    if missing:
        print("planted: markers not (yet) in the corpus:", sorted(set(missing)), file=sys.stderr)
    return {"conflicts": conflicts, "commitments": commitments, "syndication": syndication,
            "numbers": numbers, "cast": CAST}
