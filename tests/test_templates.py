"""Markup written once: no block of six or more lines stands in two templates (a repeated
pattern belongs in templates/includes/)."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BLOCK = 6


def template_lines(path):
    """The template's non-blank lines, without indentation."""
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def repeated_blocks(paths, size=BLOCK):
    """[(block, first file, other file)] for every run of `size` lines found in two files."""
    seen = {}
    repeated = []
    for path in paths:
        lines = template_lines(path)
        for start in range(len(lines) - size + 1):
            block = tuple(lines[start : start + size])
            first = seen.setdefault(block, path)
            if first != path:
                repeated.append((block, first, path))
    return repeated


def test_no_block_of_six_lines_is_repeated_across_templates():
    paths = sorted((ROOT / "templates").rglob("*.html")) + sorted(
        ROOT.glob("kb/*/templates/**/*.html")
    )
    assert len(paths) > 20  # the check reads the real templates
    found = [
        f"{first.relative_to(ROOT)} ~ {other.relative_to(ROOT)}"
        for _b, first, other in repeated_blocks(paths)
    ]
    assert found == []


def test_the_check_finds_a_repeated_block(tmp_path):
    block = "\n".join(f"<p>{number}</p>" for number in range(BLOCK))
    (tmp_path / "a.html").write_text(f"<main>\n{block}\n</main>\n", encoding="utf-8")
    (tmp_path / "b.html").write_text(f"<div>\n    {block}\n</div>\n", encoding="utf-8")
    (tmp_path / "c.html").write_text("\n".join(block.splitlines()[:-1]), encoding="utf-8")
    paths = sorted(tmp_path.glob("*.html"))
    assert [(first.name, other.name) for _b, first, other in repeated_blocks(paths)] == [
        ("a.html", "b.html")
    ]
