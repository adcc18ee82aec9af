"""A mountain's name in each of the ways reports write it (rule `mountain-name-forms`).

English and Arabic-English reports name one mountain "Jabal al-Shaer", "Jebel Shaer", "Mount Shaer", "the Shaer
mountain" or "the Al-Shaer mountains". An entry of Marsad's place data lists the forms its writer saw; the others
were missed, or matched a village spelled like the bare name far off. Each name of a mountain entry that opens
with a mountain word (`mountain_forms.prefixes` in lexicon.yaml) or ends in one (`mountain_forms.suffixes`)
is indexed with the other words too, with and without the Arabic article. A name without such a word
("Metina", "Haftanin") gets none: the bare name is listed by the entry itself when reports use it.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

LEXICON = Path(__file__).resolve().parents[1] / "data" / "places" / "lexicon.yaml"
_ARTICLE = re.compile(r"^(?:al|el)[- ]", re.IGNORECASE)


def mountain_forms() -> dict[str, list[str]]:
    """lexicon.yaml `mountain_forms`: the feature codes it applies to, the words before and after a name."""
    data = yaml.safe_load(LEXICON.read_text(encoding="utf-8")) or {}
    forms = data.get("mountain_forms") or {}
    return {key: [str(word) for word in forms.get(key) or []] for key in ("feature_codes", "prefixes", "suffixes")}


def _stem(name: str, prefixes: list[str], suffixes: list[str]) -> str | None:
    """The name without its mountain word ("Jabal al-Shaer" -> "al-Shaer"), None when it has none."""
    lowered = name.lower()
    for prefix in sorted(prefixes, key=len, reverse=True):
        if lowered.startswith(prefix.lower() + " ") and len(name) > len(prefix) + 2:
            return name[len(prefix) + 1:].strip()
    for suffix in sorted(suffixes, key=len, reverse=True):
        if lowered.endswith(" " + suffix.lower()) and len(name) > len(suffix) + 2:
            return name[: -len(suffix) - 1].rstrip(" -")
    return None


def mountain_variants(
    names: list[str], feature_code: str | None, forms: dict[str, list[str]] | None = None
) -> list[str]:
    """The other written forms of each mountain name ("Jabal al-Shaer" -> "Mount Shaer", "Jebel Shaer",
    "Al-Shaer mountains", ...), none that `names` lists already; [] for other feature codes."""
    forms = forms if forms is not None else mountain_forms()
    if feature_code not in forms.get("feature_codes", []):
        return []
    prefixes, suffixes = forms.get("prefixes", []), forms.get("suffixes", [])
    seen = {name.lower() for name in names}
    variants: list[str] = []
    for name in names:
        stem = _stem(name, prefixes, suffixes)
        if not stem:
            continue
        bare = _ARTICLE.sub("", stem)
        if not bare:
            continue
        stems = {bare, stem}
        forms_of_name = [f"{prefix} {s}" for prefix in prefixes for s in sorted(stems)]
        forms_of_name += [f"{s} {suffix}" for suffix in suffixes for s in sorted(stems)]
        for form in forms_of_name:
            if form.lower() not in seen:
                seen.add(form.lower())
                variants.append(form)
    return variants
