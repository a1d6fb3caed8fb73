"""The words a learner types into search, and the lesson each must find first.

Generated, not picked: every term of the glossary (in English, and its Chinese rendering on the
Chinese site) must find the lesson the glossary links for it, and every API name a lesson declares
it teaches (``teaches:`` in its front matter) must find the lesson that teaches it in depth (the
last lesson declaring it: lesson 1 introduces ``ProcessPoolExecutor``, lesson 13 teaches it).
A few words learners type that are neither add to these (``EXTRA``).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(TESTS))

from sample_engine.pages import lessons  # noqa: E402
from sample_engine.samples import DOCS  # noqa: E402
from test_glossary import entries  # noqa: E402
from test_lesson_order import front_matter  # noqa: E402

_LINK = re.compile(r"\]\((?P<page>[\w-]+\.md)")
_ASIDE = re.compile(r"\s*\(.*?\)|`")

# Words a learner types that no glossary term or API name is: what each should find.
EXTRA = {
    "en": {
        "pickle": "queue.md",
        "zombie": "process-lifecycle.md",
        "authkey": "connections.md",
        "Pool.map": "pool.md",
        "poison pill": "queue.md",
        # On the English site, Chinese text is the post's: its errata, which quote each mistake
        # in the post's words (here section 6, 进程之间的内存共享), come first.
        "共享": "errata.md",
    },
    "zh": {},
}


def query(term: str) -> str:  # noqa: D103 (tools/search_tags.py writes the tags the same way)
    """``GIL (global interpreter lock)`` -> ``GIL``; ``序列化 (pickle)`` -> ``序列化``."""
    return _ASIDE.sub("", term).strip()


def glossary_terms(language: str) -> dict[str, str]:
    found = {}
    for entry in entries():
        link = _LINK.search(entry.definition)
        if link and link["page"] in lessons():
            found[query(entry.term if language == "en" else entry.zh)] = link["page"]
    return found


def api_names() -> dict[str, str]:
    """Each name a lesson teaches (the part after the module: ``connection.wait`` -> ``wait``
    is ambiguous, so names with a module are left out), and its last teaching lesson."""
    found = {}
    for page in lessons():
        for name in front_matter(DOCS / page).get("teaches") or []:
            if "." not in name:
                found[name] = page
    return found


def words(text: str) -> list[str]:
    """A query's words as the search splits them: on spaces, dots and underscores, and before each
    capital that starts a word (mkdocs.yml's separator: ``ProcessPoolExecutor`` is three words)."""
    text = re.sub(r"(?<=[a-z0-9])(?=[A-Z][a-z])|(?<=[A-Z])(?=[A-Z][a-z])", " ", text)
    return [w for w in re.split(r"[\s\u200b\-_,:!=\[\]()\"`/.]+", text.lower()) if w]


_HAN = re.compile(r"[\u4e00-\u9fff]{2,}")


def ambiguous(query_: str, page: str, taught: dict[str, str]) -> bool:
    """True when the search cannot tell the query's lesson from another's, so no ranking can:

    - every word of the query starts a word of what another lesson teaches (the search adds a
      trailing wildcard to each word: ``process`` names ``process pool`` too, ``Future`` is
      ``future``);
    - or, in Chinese, the query ends with the start of another lesson's term: the search never
      looks a Chinese query up whole but in the pieces the index knows (``竞态条件`` is looked up
      as ``竞态`` and ``条件``, and ``条件`` starts ``条件变量``, which another lesson teaches).
    """
    others = {w for term, where in taught.items() if where != page for w in words(term)}
    if all(any(other.startswith(w) for other in others) for w in words(query_)):
        return True
    for run in _HAN.findall(query_):
        tails = {run[i:] for i in range(1, len(run) - 1)}
        if any(other.startswith(tail) for tail in tails for other in others):
            return True
    return False


def terms(language: str) -> dict[str, str]:
    taught = {**glossary_terms(language), **api_names()}
    found = {q: page for q, page in taught.items() if not ambiguous(q, page, taught)}
    found.update(EXTRA.get(language, {}))
    return found
