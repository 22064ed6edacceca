"""The command line that starts a harness inside bubblewrap, with its limits.

    [setpriv to nobody]  bwrap <namespaces, read-only binds, tmpfs /tmp>  prlimit <limits>
        python3 -I -S -B -c <harness>    or    node <flags> -e <harness>

- `bwrap --unshare-all`: no network (only a loopback of its own), its own PIDs, IPC, hostname
  and user namespace; `--die-with-parent` and `--new-session`; only the interpreter's files.
- Run by root, the sandbox first becomes `nobody` (setpriv): the kernel does not apply
  RLIMIT_NPROC to root, and a fork bomb must meet it.
- `prlimit` inside the sandbox, so the process count is that of the sandbox's own user namespace
  (two sandboxes never share it): CPU seconds, address space, file size, open files, processes.
"""

import os
import subprocess
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from app.coding.runners.base import Language
from app.coding.sandbox.mounts import MountPlan

HARNESS_DIR = Path(__file__).resolve().parent
NOBODY = 65534
TMP_BYTES = 8 * 1024 * 1024
FILE_BYTES = 1024 * 1024
OPEN_FILES = 64
PROCESSES = 32
STACK_BYTES = 64 * 1024 * 1024
# V8 reserves far more address space than it uses; its heap is bounded by its own flag instead.
NODE_ADDRESS_SPACE_EXTRA_MB = 1536


@dataclass(frozen=True)
class Tools:
    """Real paths of the programs a sandboxed run needs."""

    bwrap: str
    prlimit: str
    setpriv: str | None
    interpreter: str


@dataclass(frozen=True)
class Limits:
    cpu_s: int
    memory_mb: int


@cache
def harness_source(language: Language) -> str:
    name = "harness_python.py" if language == "python" else "harness_node.js"
    return (HARNESS_DIR / name).read_text(encoding="utf-8")


def _bwrap_arguments(tools: Tools, plan: MountPlan) -> list[str]:
    return [
        tools.bwrap,
        "--unshare-all",
        "--unshare-user",
        "--disable-userns",
        "--die-with-parent",
        "--new-session",
        "--uid",
        str(NOBODY),
        "--gid",
        str(NOBODY),
        "--hostname",
        "sandbox",
        "--clearenv",
        "--setenv",
        "PATH",
        "/usr/bin",
        "--setenv",
        "LANG",
        "C.UTF-8",
        "--setenv",
        "HOME",
        "/tmp",
        "--proc",
        "/proc",
        "--dev",
        "/dev",
        "--size",
        str(TMP_BYTES),
        "--tmpfs",
        "/tmp",
        *plan.arguments(),
        *["--ro-bind", tools.prlimit, tools.prlimit],
        "--chdir",
        "/tmp",
    ]


def _prlimit_arguments(tools: Tools, language: Language, limits: Limits) -> list[str]:
    memory_mb = limits.memory_mb
    if language == "javascript":
        memory_mb += NODE_ADDRESS_SPACE_EXTRA_MB
    memory = memory_mb * 1024 * 1024
    return [
        tools.prlimit,
        f"--cpu={limits.cpu_s}:{limits.cpu_s + 1}",
        f"--as={memory}:{memory}",
        f"--fsize={FILE_BYTES}:{FILE_BYTES}",
        f"--nofile={OPEN_FILES}:{OPEN_FILES}",
        f"--nproc={PROCESSES}:{PROCESSES}",
        f"--stack={STACK_BYTES}:{STACK_BYTES}",
        "--core=0:0",
        "--",
    ]


def _interpreter_arguments(tools: Tools, language: Language, limits: Limits) -> list[str]:
    source = harness_source(language)
    if language == "python":
        return [tools.interpreter, "-I", "-S", "-B", "-c", source]
    return [
        tools.interpreter,
        "--no-warnings",
        "--disallow-code-generation-from-strings",
        f"--max-old-space-size={limits.memory_mb}",
        *node_permission_flags(tools.interpreter),
        "-e",
        source,
    ]


@cache
def node_permission_flags(node: str) -> tuple[str, ...]:
    """Node's permission model (no file access, no child processes, no workers) when this Node
    has it: `--permission` from 22, `--experimental-permission` in 20 and 21."""
    version = _node_major(node)
    if version >= 22:
        return ("--permission",)
    if version >= 20:
        return ("--experimental-permission",)
    return ()


def _node_major(node: str) -> int:
    try:
        output = subprocess.run(
            [node, "--version"], capture_output=True, text=True, timeout=10, check=False
        ).stdout
        return int(output.strip().lstrip("v").split(".")[0])
    except (OSError, ValueError, subprocess.SubprocessError):
        return 0


def build_command(tools: Tools, plan: MountPlan, language: Language, limits: Limits) -> list[str]:
    """The whole command line; blocking the first time per Node binary (its version)."""
    command = [
        *_bwrap_arguments(tools, plan),
        "--",
        *_prlimit_arguments(tools, language, limits),
        *_interpreter_arguments(tools, language, limits),
    ]
    if os.geteuid() == 0 and tools.setpriv:
        drop = [f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups", "--"]
        command = [tools.setpriv, *drop, *command]
    return command
