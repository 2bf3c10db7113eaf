"""The documents' Kazakh follows the glossary: wherever a ru term of docs/glossary.md appears in a document
text, the kk text uses the glossary's kk term; kk texts are Kazakh (Cyrillic words, no Latin look-alike
letters, not the Russian text copied)."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

from akimdesk.documents.texts import T

ROOT = Path(__file__).resolve().parent.parent
# the menu words of the window (Вид, Правка...) are not the documents' words: "Вид встречи" is a kind
SECTIONS_NOT_FOR_DOCUMENTS = {"The window"}
# Russian endings a term takes in the documents' phrases ("проблемных вопросов", "маслихатом")
RU_ENDINGS = sorted("а я у ю ом ем ой ей е и ы ь ью ия ию ием ии иям иями иях ов ев ам ям ами ями ах ях ого его ому ему ым им ых их ую юю ая "
                    "яя ое ее ые ие ый ий".split(), key=len, reverse=True)
# a term's text as a document may show it: product names and signs that stay the same in both languages
SAME_IN_BOTH = {"col.phone", "col.no", "col.minutes", "m.broadcast", "part.opposition", "chan.radio", "mail.subject",
                "p.eotinish"}


def glossary_terms() -> dict[str, list[str]]:
    """ru term -> its kk terms, from every table of the glossary a document follows."""
    terms: dict[str, list[str]] = defaultdict(list)
    section = ""
    for line in (ROOT / "docs" / "glossary.md").read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            section = line[3:].strip()
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if section in SECTIONS_NOT_FOR_DOCUMENTS or len(cells) != 3 or cells[0] in ("ru", "") or "---" in cells[0]:
            continue
        ru, kk = (re.sub(r"\s*\([^)]*\)", "", c).strip().lower().replace("ё", "е") for c in cells[:2])
        for sep in (" / ", ", "):
            if sep in ru and ru.count(sep) == kk.count(sep):
                pairs = zip(ru.split(sep), kk.split(sep), strict=True)
                break
        else:
            pairs = [(ru, kk)] if "/" not in ru and "," not in ru else []
        for r, k in pairs:
            terms[r.strip()].append(k.strip())
    return terms


def ru_pattern(term: str) -> re.Pattern:
    words = []
    for word in term.split():
        stem = next((word[: -len(e)] for e in RU_ENDINGS if word.endswith(e) and len(word) - len(e) >= 3), word)
        words.append(re.escape(stem) + "(?:" + "|".join(RU_ENDINGS) + ")?" if len(word) > 2 else re.escape(word))
    return re.compile(r"(?<![\w-])" + r"\s+".join(words) + r"(?![\w-])", re.IGNORECASE)


def kk_uses(text: str, term: str) -> bool:
    """Each word of the kk term begins a word of the text (Kazakh adds its endings to the word)."""
    words = re.findall(r"[\w-]+", text.lower())
    return all(any(w.startswith(part[: max(3, len(part) - 4)] if len(part) > 4 else part) for w in words)
               for part in term.split())


def test_the_glossary_gives_the_documents_a_term_table():
    terms = glossary_terms()
    assert terms["маслихат"] == ["мәслихат"] and terms["проблемный вопрос"] == ["проблемалық мәселе"]
    assert terms["полугодие"] == ["жартыжылдық"] and terms["объявлена"] == ["хабарланған"]
    assert sorted(terms["подпись"]) == ["қолтаңба", "қолы"]  # electronic, or a form's column signed by hand
    assert "вид" not in terms and len(terms) > 80


def test_the_term_matcher_reads_a_phrase_in_its_russian_forms():
    assert ru_pattern("проблемный вопрос").search("Перечень проблемных вопросов, требующих решения")
    assert ru_pattern("аким").search("Аким области") and not ru_pattern("аким").search("интернет-ресурс акимата")
    assert kk_uses("Әкімдердің халықпен кездесулерінің", "халықпен кездесу")
    assert not kk_uses("Үкіметке жіберілді", "үкіметке жолдау")


def test_every_kazakh_document_text_uses_the_glossary_term_where_the_russian_one_is_used():
    terms = glossary_terms()
    patterns = {ru: ru_pattern(ru) for ru in terms}
    problems = []
    for key, (ru, kk) in T.items():
        ru_text = ru.replace("ё", "е")
        found = [(m.start(), m.end(), term) for term, pattern in patterns.items() for m in pattern.finditer(ru_text)]
        for start, end, term in found:
            # a word inside a longer term is that term's ("проведения" in «место проведения» is not «проведена»)
            inside = any(s <= start and end <= e and (s, e) != (start, end) for s, e, _ in found)
            if not inside and not any(kk_uses(kk, k) for k in terms[term]):
                problems.append(f"{key}: «{term}» should be «{' / '.join(terms[term])}» in {kk!r}")
    assert not problems, "\n".join(problems)


def test_kazakh_document_texts_are_kazakh():
    problems = []
    for key, (ru, kk) in T.items():
        for word in re.findall(r"[^\W\d_]+", kk):
            if re.search("[a-zA-Z]", word) and re.search("[а-яА-ЯёЁәғқңөұүһіӘҒҚҢӨҰҮҺІ]", word):
                problems.append(f"{key}: {word!r} mixes Latin and Cyrillic letters")
        if kk == ru and key not in SAME_IN_BOTH:
            problems.append(f"{key}: the kk text is the Russian one: {kk!r}")
    assert not problems, "\n".join(problems)
