"""Grammar for titles like «Аким Алтынсаринского района» / «Алтынсарин ауданының әкімі»."""

from __future__ import annotations

KK_BACK_VOWELS = set("аоұыяю")
KK_FRONT_VOWELS = set("әеөүіэи")
KK_VOWELS = KK_BACK_VOWELS | KK_FRONT_VOWELS | {"у"}


def kk_genitive(word_phrase: str) -> str:
    """Kazakh genitive of a phrase (suffix on its last word by vowel harmony): ауданы -> ауданының."""
    text = word_phrase.rstrip()
    last_vowel = next((ch for ch in reversed(text.lower()) if ch in KK_BACK_VOWELS | KK_FRONT_VOWELS), "а")
    front = last_vowel in KK_FRONT_VOWELS
    end = text[-1].lower()
    if end in KK_VOWELS or end in "мнң":
        suffix = "нің" if front else "ның"
    elif end in "жзлрй":
        suffix = "дің" if front else "дың"
    else:
        suffix = "тің" if front else "тың"
    return text + suffix


_RU_ADJ = (("ский", "ского"), ("цкий", "цкого"), ("ская", "ской"), ("цкая", "цкой"), ("ый", "ого"), ("ий", "его"),
           ("ой", "ого"), ("ая", "ой"), ("яя", "ей"))
_RU_NOUN = {
    "район": "района", "область": "области", "округ": "округа", "город": "города", "село": "села",
    "поселок": "поселка", "посёлок": "посёлка", "микрорайон": "микрорайона",
}


def _ru_adjective_genitive(word: str) -> str:
    for nom, gen in _RU_ADJ:
        if word.endswith(nom):
            return word[: -len(nom)] + gen
    return word


def ru_genitive(name: str) -> str:
    """Russian genitive of a unit name: «Алтынсаринский район» -> «Алтынсаринского района»,
    «город Рудный» -> «города Рудный», «сельский округ Акший» -> «сельского округа Акший».

    Words before the kind word (район, округ, город...) are adjectives and agree with it; the proper
    name after it stays as it is.
    """
    words = name.split()
    head = next((i for i, w in enumerate(words) if w.lower() in _RU_NOUN), None)
    if head is None:
        return name
    before = [_ru_adjective_genitive(w) for w in words[:head]]
    return " ".join(before + [_RU_NOUN[words[head].lower()]] + words[head + 1 :])


def akim_title_ru(unit_name_ru: str) -> str:
    return f"Аким {ru_genitive(unit_name_ru)}"


def akim_title_kk(unit_name_kk: str) -> str:
    return f"{kk_genitive(unit_name_kk)} әкімі"


REGION_EN = {
    "10": "Abai oblast", "11": "Akmola oblast", "15": "Aktobe oblast", "19": "Almaty oblast",
    "23": "Atyrau oblast", "27": "West Kazakhstan oblast", "31": "Zhambyl oblast", "33": "Zhetisu oblast",
    "35": "Karaganda oblast", "39": "Kostanay oblast", "43": "Kyzylorda oblast", "47": "Mangystau oblast",
    "55": "Pavlodar oblast", "59": "North Kazakhstan oblast", "61": "Turkistan oblast", "62": "Ulytau oblast",
    "63": "East Kazakhstan oblast", "71": "Astana", "75": "Almaty", "79": "Shymkent",
}

_KIND_WORDS_RU = ("село ", "поселок ", "посёлок ", "город ", "сельский округ ")
_KIND_SUFFIXES = (" сельский округ", " ауылдық округі", " ауылы", " қаласы", " кенті", " ауданы", " район")


def bare_name(name: str) -> str:
    """The proper name without its kind word: «село Аксу» -> «Аксу», «Ақсу ауылы» -> «Ақсу»."""
    for word in _KIND_WORDS_RU:
        if name.lower().startswith(word):
            return name[len(word):]
    for suffix in _KIND_SUFFIXES:
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name
