#!/usr/bin/env python3
"""Every module a target imports is one it declares in Package.swift, and the domain and the method stay at
the bottom: CapplanDomain depends on nothing, Analysis on CapplanDomain alone (CI runs this).

Reads `swift package dump-package`, then every Swift file of each target, and lists each
`import X` (also `@testable import X`, `@_spi(...) import X`) where X is a module of this package
or of a package dependency but not among the target's own dependencies. A module reached only
through another target's dependencies must be declared where it is imported. System modules
(Foundation, Glibc, Dispatch, Testing, XCTest, ...) are outside this check.
"""
import json
import os
import re
import subprocess
import sys

IMPORT = re.compile(r"^\s*(?:@[A-Za-z_]+(?:\([^)]*\))?\s+)*import\s+(?:(?:struct|class|enum|protocol|func|var|let|typealias)\s+)?([A-Za-z_][A-Za-z0-9_]*)", re.M)

package = json.loads(subprocess.run(["swift", "package", "dump-package"], check=True, capture_output=True, text=True).stdout)
targets = {target["name"]: target for target in package["targets"]}
# Products of the package dependencies name the modules they bring; the module name is the product's
# (ArgumentParser, TOMLKit, Crypto).
products = set()
for target in package["targets"]:
    for dependency in target["dependencies"]:
        if "product" in dependency:
            products.add(dependency["product"][0])
known = set(targets) | products


def declared(target):
    names = set()
    for dependency in target["dependencies"]:
        for kind in ("byName", "target", "product"):
            if kind in dependency:
                names.add(dependency[kind][0])
    return names


def folder(target):
    if target.get("path"):
        return target["path"]
    root = "Tests" if target["type"] == "test" else "Sources"
    return os.path.join(root, target["name"])


problems = []
for name, target in sorted(targets.items()):
    allowed = declared(target) | {name}
    for root, _, files in os.walk(folder(target)):
        for file in sorted(files):
            if not file.endswith(".swift"):
                continue
            path = os.path.join(root, file)
            with open(path, encoding="utf-8") as source:
                for module in IMPORT.findall(source.read()):
                    if module in known and module not in allowed:
                        problems.append(f"{path}: imports {module}, which target {name} does not declare in Package.swift")
# The layering the issue tracker asked for: the method depends on the domain alone (no TOML, no CSV, no files).
LAYERS = {"CapplanDomain": set(), "Analysis": {"CapplanDomain"}}
for name, allowed in LAYERS.items():
    if name in targets and declared(targets[name]) != allowed:
        problems.append(f"Package.swift: {name} depends on {sorted(declared(targets[name]))}, must be {sorted(allowed)}")
if problems:
    print("\n".join(sorted(set(problems))), file=sys.stderr)
    sys.exit(1)
print(f"check-imports: OK: {len(targets)} targets import only modules they declare")
