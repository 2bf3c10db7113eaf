"""Every interface string is translated into Russian, Kazakh and English, and the .qm files are current."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def load_tool():
    spec = importlib.util.spec_from_file_location("translations_tool", ROOT / "scripts" / "translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_string_is_translated_and_compiled():
    assert load_tool().problems() == []


def test_kazakh_translations_use_kazakh_letters():
    text = (ROOT / "resources" / "translations" / "akimdesk_kk.ts").read_text(encoding="utf-8")
    assert sum(text.count(ch) for ch in "әғқңөұүһі") > 100


def _calls_with_text_from_a_variable(tree) -> list[tuple[int, str]]:
    """(line, context) of every translate()/tr() call whose text is not written in place."""
    import ast

    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            continue
        if node.func.attr == "translate" and len(node.args) >= 2:
            context, text = node.args[0], node.args[1]
            name = context.value if isinstance(context, ast.Constant) else "?"
        elif node.func.attr == "tr" and node.args:
            text, name = node.args[0], "self"
        else:
            continue
        if not isinstance(text, ast.Constant):
            found.append((node.lineno, name))
    return found


# calls whose texts the collector finds elsewhere: a page's title before the page is built is the text the
# page's own title() translates with self.tr
FOUND_ELSEWHERE = {("akimdesk/ui/page_list.py", "?")}


def test_translated_texts_are_written_where_the_translation_tools_find_them():
    """The collector sees only texts written in place in a translate()/tr() call or marked with
    QT_TRANSLATE_NOOP; a helper passing a variable makes its messages vanish at the next update (61 field
    names once did). A call with a variable text is allowed only where the same file marks that context's texts."""
    import ast

    problems = []
    for path in sorted((ROOT / "akimdesk").rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        for line, context in _calls_with_text_from_a_variable(ast.parse(source)):
            where = (path.relative_to(ROOT).as_posix(), context)
            if f'QT_TRANSLATE_NOOP("{context}"' not in source and where not in FOUND_ELSEWHERE:
                problems.append(f"{path.relative_to(ROOT)}:{line} translates a variable in context {context!r}")
    assert not problems, "\n".join(problems)
