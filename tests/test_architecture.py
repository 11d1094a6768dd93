"""The layers of the code point one way: `kb/core` at the bottom, the content apps above it,
the features that read across content (search, moderation, the home page, the demo
loader, the project's settings and URLs) on top.

Read from the source (no imports are run): every `import`, and every string naming a model
of another app ("cases.MunicipalityPage" in a ForeignKey or a page-type rule), is an edge
from one app to another."""

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# Package of each app, with the label Django knows it by.
APPS = {
    "kb.core": "core",
    "kb.themes": "themes",
    "kb.methods": "methods",
    "kb.cases": "cases",
    "kb.conferences": "conferences",
    "kb.samson": "samson",
    "kb.moderation": "moderation",
    "kb.demo": "demo",
    "kb.api": "api",
    "kb.feeds": "feeds",
    "home": "home",
    "search": "search",
    "kb": "kb",  # settings, URLs, WSGI
}
CORE = {"kb.core"}
CONTENT = {"kb.themes", "kb.methods", "kb.cases", "kb.conferences", "kb.samson"}
LABELS = {label: package for package, label in APPS.items()}
MODEL_REFERENCE = re.compile(r"^([a-z_]+)\.[A-Z]\w*$")


def app_of(module):
    """The app a dotted module name belongs to (the longest matching package), or None."""
    matches = [package for package in APPS if module == package or module.startswith(package + ".")]
    return max(matches, key=len) if matches else None


def source_files():
    for folder in ("kb", "home", "search"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            if "migrations" not in path.parts:
                yield path


def module_name(path):
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_modules(path, module):
    """Every module the file imports, as absolute dotted names."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                prefix = ".".join(base + ([node.module] if node.module else []))
            else:
                prefix = node.module
            yield prefix
            yield from (f"{prefix}.{alias.name}" for alias in node.names)
        elif (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and (match := MODEL_REFERENCE.match(node.value))
            and match[1] in LABELS
        ):
            yield LABELS[match[1]] + ".models"


def project_edges():
    """{(from app, to app): [(file, imported module)]} for imports between two apps."""
    edges = {}
    for path in source_files():
        module = module_name(path)
        source_app = app_of(module)
        for imported in imported_modules(path, module):
            target_app = app_of(imported)
            if target_app and target_app != source_app:
                where = (str(path.relative_to(ROOT)), imported)
                edges.setdefault((source_app, target_app), []).append(where)
    return edges


def layer_violations(edges):
    """Edges that point upwards: out of kb/core, or from a content app to a feature."""
    found = []
    for (source, target), places in sorted(edges.items()):
        if source in CORE or (source in CONTENT and target not in CORE | CONTENT):
            found += [f"{file} imports {module}" for file, module in places]
    return found


def cycles(edges):
    """Every cycle between apps, each once, as a list of apps starting from its smallest."""
    graph = {}
    for source, target in edges:
        graph.setdefault(source, set()).add(target)
    found = set()

    def visit(trail):
        for target in sorted(graph.get(trail[-1], ())):
            if target in trail:
                cycle = trail[trail.index(target) :]
                start = cycle.index(min(cycle))
                found.add((*cycle[start:], *cycle[:start], min(cycle)))
            else:
                visit([*trail, target])

    for app in sorted(graph):
        visit([app])
    return sorted(list(cycle) for cycle in found)


@pytest.fixture(scope="module")
def edges():
    return project_edges()


def test_the_check_reads_the_imports_it_is_about(edges):
    # Guards the check itself: these known edges must be seen, or it would pass on nothing.
    assert ("kb.methods", "kb.core") in edges
    assert ("search", "kb.cases") in edges
    assert ("kb.moderation", "kb.cases") in edges
    assert ("home", "kb.conferences") in edges


def test_core_imports_no_app_above_it_and_content_imports_no_feature(edges):
    assert layer_violations(edges) == []


def test_no_import_cycles_between_apps(edges):
    assert cycles(edges) == []


def test_template_tags_are_imported_by_templates_only():
    offenders = [
        f"{path.relative_to(ROOT)} imports {imported}"
        for path in source_files()
        for imported in imported_modules(path, module_name(path))
        if ".templatetags" in imported
    ]
    assert offenders == []


def test_the_rules_catch_what_they_forbid():
    edges = {
        ("kb.core", "kb.themes"): [("kb/core/x.py", "kb.themes.models")],
        ("kb.methods", "search"): [("kb/methods/x.py", "search.boosts")],
        ("kb.cases", "kb.moderation"): [("kb/cases/models.py", "moderation.models")],
        ("kb.moderation", "kb.cases"): [("kb/moderation/x.py", "kb.cases.models")],
        ("search", "kb.methods"): [("search/x.py", "kb.methods.models")],
    }
    assert layer_violations(edges) == [
        "kb/cases/models.py imports moderation.models",
        "kb/core/x.py imports kb.themes.models",
        "kb/methods/x.py imports search.boosts",
    ]
    assert cycles(edges) == [
        ["kb.cases", "kb.moderation", "kb.cases"],
        ["kb.methods", "search", "kb.methods"],
    ]


def test_relative_imports_and_model_strings_are_read(tmp_path):
    package = tmp_path / "kb" / "cases"
    package.mkdir(parents=True)
    path = package / "models.py"
    path.write_text(
        "from .blocks import StoryBlock\n"
        "from ..core import models\n"
        'sponsor = ForeignKey("moderation.BoardMember")\n',
        encoding="utf-8",
    )
    found = set(imported_modules(path, "kb.cases.models"))
    assert {"kb.cases.blocks", "kb.core.models", "kb.moderation.models"} <= found
