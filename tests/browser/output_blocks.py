"""An output block stands apart from the page in both colour schemes.

What a program printed looks like a terminal: a dark block. On the light page it stands out by
its body; on the dark page, whose colour is close to a terminal's, it must stand out by its body
or its edge. Either must reach ``MIN_CONTRAST`` against the page (WCAG's 3:1 for the boundary of
a component), measured on the colours the browser computed.
"""

from __future__ import annotations

MIN_CONTRAST = 3.0

MEASURE = """() => {
    const block = document.querySelector("article .output");
    if (!block) return null;
    const rgb = text => (text.match(/rgba?\\(([^)]+)\\)/) || [null, "0,0,0"])[1]
        .split(",").slice(0, 3).map(Number);
    const luminance = ([r, g, b]) => {
        const lin = c => (c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    const contrast = (a, b) => {
        const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
        return (hi + 0.05) / (lo + 0.05);
    };
    const page = rgb(getComputedStyle(document.body).backgroundColor);
    const body = rgb(getComputedStyle(block.querySelector("pre > code")).backgroundColor);
    const edge = rgb(getComputedStyle(block).boxShadow);
    return {body: contrast(body, page), edge: contrast(edge, page)};
}"""


def output_contrast_problems(tab, scheme: str) -> list[str]:
    measured = tab.evaluate(MEASURE)
    if measured is None or max(measured.values()) >= MIN_CONTRAST:
        return []
    return [
        f"in the {scheme} scheme an output block melts into the page: its body is "
        f"{measured['body']:.2f}:1 and its edge {measured['edge']:.2f}:1 against the page, "
        f"less than {MIN_CONTRAST}:1"
    ]
