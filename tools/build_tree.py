"""The CMake build trees the README's commands use: configuring a preset, and what to do with a
tree a different generator made.

The presets build with Ninja (docs/build.md says why). A tree configured before that switch, with
Unix Makefiles, cannot be reconfigured in place (CMake refuses a changed generator), so it is
removed and made again: everything in build/ is recreated by the build anyway.
"""
import os
import re
import shutil

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GENERATOR = "Ninja"


def cached_generator(tree):
    """The generator recorded in `tree`'s CMakeCache.txt, or None when it has none."""
    try:
        with open(os.path.join(tree, "CMakeCache.txt"), errors="replace") as cache:
            m = re.search(r"^CMAKE_GENERATOR:INTERNAL=(.*)$", cache.read(), re.M)
    except OSError:
        return None
    return m.group(1) if m else None


def forget_other_generator(tree):
    """Removes `tree` when another generator made it; returns True if it did."""
    found = cached_generator(tree)
    if found is None or found == GENERATOR:
        return False
    shutil.rmtree(tree, ignore_errors=True)
    return True


def preset_tree(preset):
    return os.path.join(ROOT, "build", preset)
