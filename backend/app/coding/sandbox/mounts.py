"""What the sandbox may see: the interpreter, its standard library and its shared libraries,
read-only, and nothing else of the machine (no /etc, no /home, no app, no data directory).

Worked out once per interpreter from the binary itself (`ldd`, and Python's own idea of where
its standard library is), so it follows whatever the machine has instead of a list of guesses.
"""

import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from functools import cache
from pathlib import Path

_LDD_PATH = re.compile(r"(?:=>\s*)?(/\S+)\s+\(0x[0-9a-f]+\)")
_STDLIB_PROBE = "import sysconfig as s; print(s.get_paths()['stdlib'])"


@dataclass(frozen=True)
class MountPlan:
    """Directories and files bound read-only at their real paths, and the host's symlinks on
    the way to them (`/lib -> usr/lib` on merged-/usr systems) recreated."""

    binds: tuple[str, ...]
    symlinks: tuple[tuple[str, str], ...]

    def arguments(self) -> list[str]:
        args: list[str] = []
        for target, link in self.symlinks:
            args += ["--symlink", target, link]
        for path in self.binds:
            args += ["--ro-bind", path, path]
        return args


def resolve_binary(path: str) -> str | None:
    """The real file behind an interpreter path or command name, if it exists."""
    found = path if os.path.isabs(path) else shutil.which(path)
    if not found or not os.path.exists(found):
        return None
    return os.path.realpath(found)


def _shared_libraries(binary: str) -> list[str]:
    """The paths `ldd` names for the binary's shared libraries and its loader."""
    ldd = shutil.which("ldd")
    if ldd is None:
        return []
    output = subprocess.run(
        [ldd, binary], capture_output=True, text=True, timeout=10, check=False
    ).stdout
    return [match.group(1) for match in _LDD_PATH.finditer(output)]


def _symlinks_on_the_way(path: str) -> list[tuple[str, str]]:
    """(target, link) for every symlinked directory between / and `path`, outermost first."""
    links: list[tuple[str, str]] = []
    current = Path("/")
    for part in Path(path).parts[1:-1]:
        current = current / part
        if current.is_symlink():
            links.append((os.readlink(current), str(current)))
            break  # beyond it the real path is bound
    return links


def _python_stdlib(binary: str) -> str | None:
    result = subprocess.run(
        [binary, "-I", "-S", "-c", _STDLIB_PROBE],
        capture_output=True,
        text=True,
        timeout=10,
        check=False,
    )
    stdlib = result.stdout.strip()
    return os.path.realpath(stdlib) if result.returncode == 0 and stdlib else None


@cache
def mount_plan(binaries: tuple[str, ...], python: str | None) -> MountPlan:
    """Binds for the given real binaries (and the standard library of `python`, if given).

    Blocking (it runs `ldd`): call it from a worker thread."""
    binds: dict[str, None] = {}
    links: dict[str, str] = {}
    for binary in binaries:
        binds[binary] = None
        for library in _shared_libraries(binary):
            for target, link in _symlinks_on_the_way(library):
                links[link] = target
            binds[os.path.realpath(os.path.dirname(library))] = None
    if python is not None and (stdlib := _python_stdlib(python)):
        binds[stdlib] = None
    ordered = sorted(binds, key=lambda path: (path.count("/"), path))
    # A file or directory inside one already bound needs no bind of its own.
    kept = [p for p in ordered if not any(p.startswith(f"{o}/") for o in ordered if o != p)]
    return MountPlan(binds=tuple(kept), symlinks=tuple((t, link) for link, t in links.items()))
