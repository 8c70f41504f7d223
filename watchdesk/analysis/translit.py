"""Data: Cyrillic → Latin letters (a simple scientific-style table) and known exonym groups.

Used by `registry.py`; the folds there absorb the usual romanisation differences (ий/y, з/s).
"""

from __future__ import annotations

CYRILLIC_TO_LATIN: dict[str, str] = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g",
}  # fmt: skip

# Names that no letter-by-letter rule joins; the first of each group is the registry's name.
KNOWN_ALIASES: tuple[tuple[str, ...], ...] = (
    ("Kyiv", "Kiev", "Київ", "Киев"),
    ("Volodymyr Zelensky", "Vladimir Zelensky", "Владимир Зеленский", "Володимир Зеленський"),
    ("Kharkiv", "Kharkov", "Харьков", "Харків"),
    ("Odesa", "Odessa", "Одесса", "Одеса"),
)
