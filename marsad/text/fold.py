"""Transliteration folding shared by places and actors: spelling variants of one Arabic name meet.

Reporters write what they hear, so one Arabic name reaches us as "Al-Bokamal", "Albu Kamal",
"Abu Kamal"; "Nebl", "Nubl", "Nubul"; "Theeban", "Dhiban". `fold` maps all of them to one key
by general rules, never by lists of particular names:

- articles and their sun-letter forms are dropped ("al-", "el-", "ash-", glued "Ezzor" -> "Zor"), also as
  French spellings write them ("ech-", "ej-"), whose "dj" is j and initial "ou" before a vowel is w;
- "Albu"/"Al Bu"/"Abu"/"Abo" + name become one word ("bu" + name), as the tribe-name prefix is;
- consonants that transliterate one Arabic letter meet (kh/h, q/k/g/gh, dh/th/z/d, sh/ch/s);
- vowels carry no weight: short vowels are the least stable part of a transliteration, so they are
  dropped inside a word and a word-initial vowel becomes "o" (Ain/Ayn/Ein, Idlib/Idleb);
- y/w inside a word count as vowels (Deir/Dayr/Dier, Zor/Zawr/Zour, Abyad/Abiad, Baniyas/Banias);
- ta marbuta (final -ah/-eh) and doubled letters fold away; a remaining h is written "7";
- Latin Kurdish (Hawar) letters meet their English transliteration: x is kh (Xakurke/Khakurk,
  Zaxo/Zakho), ê/î/û lose their marks, ç/ş are ch/sh; a Kurdish final -e is a vowel like any other
  (dropped by the key; kept by `vowel_fold`, where it is as often an Arabic ta marbuta);
- true exonym pairs that no rule can join (Shingal/Sinjar, Hewlêr/Erbil, Xurmatu/Tuz Khurmatu) are
  listed in `marsad/data/places/exonyms.yaml`: the variant's key becomes the canonical name's key.

The key is coarse on purpose (it finds candidates); `vowel_fold` keeps the vowels, normalised, to
rank candidates that share a key. `fold_arabic` normalises Arabic script (alef, ya, ta marbuta,
diacritics, tatweel) so Arabic names meet the gazetteer's Arabic alternate names.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from anyascii import anyascii

EXONYMS_FILE = Path(__file__).resolve().parents[1] / "data" / "places" / "exonyms.yaml"
_CEDILLAS = str.maketrans({"ç": "ch", "Ç": "Ch", "ş": "sh", "Ş": "Sh"})
_MARKS = re.compile(r"[\u2018\u2019\u201b\u201c\u201d\u02bf\u02be\u02bb\u02bc\u0060\u00b4'\"ʻʼʿ]")
_NON_WORD = re.compile(r"[^a-z0-9]+")
ARTICLES = frozenset(
    {
        "al",
        "el",
        "il",
        "ul",
        "ar",
        "er",
        "as",
        "es",
        "ash",
        "esh",
        "ad",
        "ed",
        "az",
        "ez",
        "at",
        "et",
        "an",
        "en",
        "ath",
        "adh",
        "ets",
        # French spellings write the article before ch (sh) and j as heard: "Jisr ech-Choughour", "Jeb ej-Jarrah"
        "ech",
        "ej",
    }
)
_BU_PREFIXES = frozenset({"abu", "abo", "albu", "albo", "bu", "bo", "abou", "elbu", "ilbu"})
# A sun-letter article glued to its word: "Ezzor", "Arraqqa", "Assukhnah" (doubled letter after a/e).
_GLUED_ARTICLE = re.compile(r"^[ae]([dtsznrl])\1(?=[a-z]{2,})")
_DIGRAPHS = (
    ("kh", "h"),
    ("gh", "k"),
    ("dh", "d"),
    ("th", "d"),
    ("sh", "s"),
    ("ch", "s"),
    ("ph", "f"),
    ("ou", "u"),
    ("q", "k"),
    ("g", "k"),
    ("z", "d"),
    ("x", "h"),  # Kurdish x is the kh of English transliteration (Xakurke, Zaxo, Xebat)
)
_VOWELS = frozenset("aeiou")


@lru_cache(maxsize=200_000)
def fold(name: str) -> str:
    """A lower-case ASCII key for a Latin-script name: variants of one transliteration fold together."""
    folded = " ".join(_skeleton(word) for word in _words(name) if word)
    return _exonym_phrases().get(compact(folded), folded)


def _table() -> dict[str, list[str]]:
    import yaml  # read once, on first use

    data = yaml.safe_load(EXONYMS_FILE.read_text(encoding="utf-8")) or {}
    return {str(canonical): [str(v) for v in variants or []] for canonical, variants in data.items()}


@lru_cache(maxsize=1)
def _exonym_words() -> dict[str, str]:
    """One-word exonyms: variant word -> canonical word, so they meet inside longer names too
    ("Shingal Resistance Units" and "Sinjar Resistance Units")."""
    words: dict[str, str] = {}
    for canonical, variants in _table().items():
        target = _tokens(canonical)
        for variant in variants:
            source = _tokens(variant)
            if len(source) == 1 and len(target) == 1:
                words[source[0]] = target[0]
    return words


@lru_cache(maxsize=1)
def _exonym_phrases() -> dict[str, str]:
    """Longer exonyms: the compact skeleton of a variant -> the skeleton of its canonical name."""
    phrases: dict[str, str] = {}
    for canonical, variants in _table().items():
        target = " ".join(_skeleton(word) for word in _words(canonical) if word)
        for variant in variants:
            source = compact(" ".join(_skeleton(word) for word in _words(variant) if word))
            if source and source != compact(target):
                phrases[source] = target
    return phrases


@lru_cache(maxsize=200_000)
def vowel_fold(name: str) -> str:
    """A finer key than `fold`: articles and digraphs folded, vowels kept but normalised (for ranking)."""
    return " ".join(_vowel_word(word) for word in _words(name) if word)


def compact(key: str) -> str:
    """A folded key without spaces, so "Deir Ezzor" and "Deirezzor" meet in the index."""
    return key.replace(" ", "")


def _tokens(name: str) -> list[str]:
    # Kurdish and Turkish ç/ş are the ch/sh of English spellings (Çemçemal/Chamchamal, Şengal/Shengal)
    text = anyascii(unicodedata.normalize("NFKC", name).translate(_CEDILLAS)).lower()
    return _NON_WORD.sub(" ", _MARKS.sub("", text)).split()


def _words(name: str) -> list[str]:
    if not name:
        return []
    exonyms = _exonym_words()
    tokens = [exonyms.get(token, token) for token in _tokens(name)]
    words: list[str] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        has_next = i + 1 < len(tokens)
        if token in ARTICLES and has_next:
            i += 1
            continue
        if token in _BU_PREFIXES and has_next:
            # "Abu Kamal", "Albu Kamal", "Al Bu Kamal": the prefix fuses with the name it introduces.
            nxt = tokens[i + 1]
            words.append("bu" + _strip_glued_article(nxt))
            i += 2
            continue
        if token.startswith(("albu", "albo")) and len(token) > 5:
            token = "bu" + token[4:]
        after_article = i > 0 and tokens[i - 1] in ARTICLES
        words.append(token if after_article else _strip_glued_article(token))
        i += 1
    return words


def _strip_glued_article(token: str) -> str:
    match = _GLUED_ARTICLE.match(token)
    return token[2:] if match else token


# A word-initial "ou" before a vowel is the French w: "Ouadi" is Wadi, "Oued" is Wad (before y it is Uyun's u).
_FRENCH_W = re.compile(r"^ou(?=[aei])")
# "dj" before a vowel is the French j ("Djebel", "Medjel"). Only before a vowel: a folded key has none there, so
# the "dj" of a key ("Dajaj" -> "dj") is never read again as j and fold(fold(x)) stays fold(x).
_FRENCH_J = re.compile(r"dj(?=[aeiouy])")


def _consonants(word: str) -> str:
    word = _FRENCH_J.sub("j", _FRENCH_W.sub("w", word))
    for src, dst in _DIGRAPHS:
        word = word.replace(src, dst)
    return word


def _drop_ta_marbuta(word: str) -> str:
    if len(word) > 2 and word.endswith("h") and word[-2] in _VOWELS:
        return word[:-1]
    return word


def _skeleton(word: str) -> str:
    if word.isdigit():
        return word
    # Ta marbuta (Raqqah/Raqqa, Hasakeh/Hasaka) is read before the digraphs, so the final "kh" of
    # Dadikh or Sheikh (a consonant) is not taken for it.
    word = _consonants(_drop_ta_marbuta(word))
    out: list[str] = []
    for index, char in enumerate(word):
        if char in _VOWELS or (char in "yw" and index > 0):
            if index == 0:
                out.append("o")  # "o", not "a": a folded word must never look like an article
            continue
        # A lone h is written "7" (as in Arabizi): once vowels are gone, "d-h" must not read as "dh"
        # (Zahraa is not Daraa), and fold(fold(x)) must equal fold(x).
        out.append("7" if char == "h" else char)
    return re.sub(r"(.)\1+", r"\1", "".join(out))


def _vowel_word(word: str) -> str:
    if word.isdigit():
        return word
    word = _consonants(_drop_ta_marbuta(word))
    for src, dst in (
        ("ay", "i"),
        ("ai", "i"),
        ("ei", "i"),
        ("ey", "i"),
        ("aw", "u"),
        ("ee", "i"),
        ("oo", "u"),
        ("e", "i"),
        ("o", "u"),
        ("w", "u"),
    ):
        word = word.replace(src, dst)
    return re.sub(r"(.)\1+", r"\1", word)


# Arabic script ---------------------------------------------------------------------------------

_AR_DIACRITICS = re.compile(r"[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_AR_MAP = str.maketrans(
    {
        "\u0623": "\u0627",
        "\u0625": "\u0627",
        "\u0622": "\u0627",
        "\u0671": "\u0627",  # alef forms
        "\u0649": "\u064a",
        "\u06cc": "\u064a",
        "\u0626": "\u064a",  # alef maqsura, Farsi ya, ya-hamza
        "\u0629": "\u0647",  # ta marbuta -> ha
        "\u0624": "\u0648",  # waw-hamza
        "\u06a9": "\u0643",  # Farsi kaf
        # Kurdish (Sorani) letters: the Arabic letter an Arabic report writes for the same sound
        "\u06ce": "\u064a",  # ye with v -> ya
        "\u06c6": "\u0648",  # oe -> waw
        "\u06c7": "\u0648",  # u -> waw
        "\u0695": "\u0631",  # heavy r -> ra
        "\u06b5": "\u0644",  # heavy l -> lam
        "\u06d5": "\u0647",  # ae at a word's end -> ha (the ta marbuta of Arabic spellings); inside, dropped
        "\u06be": "\u0647",  # heh doachashmee -> ha
        "\u06c1": "\u0647",  # heh goal -> ha
        "\u06af": "\u0643",  # gaf -> kaf
        "\u06a4": "\u0641",  # ve -> fa
        "\u067e": "\u0628",  # pe -> ba
        "\u0686": "\u062c",  # che -> jim
        "\u0698": "\u0632",  # zhe -> zay
    }
)
_KURDISH_INNER_AE = re.compile(r"\u06d5(?=[\u0621-\u06ff])")  # a written short vowel Arabic leaves out
_AR_NON_LETTER = re.compile(r"[^\u0621-\u064a\s]+")
_AR_ARTICLE = re.compile(r"(?:^|(?<=\s))\u0627\u0644(?=\S{2,})")


def is_arabic(text: str) -> bool:
    """True when the text holds Arabic letters."""
    return any("\u0600" <= char <= "\u06ff" for char in text)


@lru_cache(maxsize=100_000)
def fold_arabic(text: str) -> str:
    """Arabic script normalised: diacritics and tatweel removed, alef/ya/ta marbuta forms merged,
    the article "ال" dropped and spaces squeezed, so "البوكمال" meets "البو كمال" as "بوكمال"."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text)
    text = _KURDISH_INNER_AE.sub("", _AR_DIACRITICS.sub("", text)).translate(_AR_MAP)
    text = _AR_NON_LETTER.sub(" ", text)
    text = _AR_ARTICLE.sub("", text)
    return "".join(text.split())
