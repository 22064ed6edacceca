"""Code quality from the source text alone: parsed, never executed.

Python: pyflakes (unused imports and variables, undefined names, redefinitions) on the parsed
tree, plus a few checks of our own on the AST (bare except, mutable defaults, deep nesting, long
functions, long lines). JavaScript: a light check on the text with strings and comments blanked
out (var, loose equality, leftover console.log, eval, deep nesting, long lines). Each finding
costs points from 100; the findings are shown after the interview.
"""

import ast
import io
import re
from typing import Literal

import pyflakes.api
import pyflakes.messages
import pyflakes.reporter
from pydantic import BaseModel, Field

from app.coding.runners.base import Language

Severity = Literal["warning", "info"]
COST: dict[Severity, int] = {"warning": 8, "info": 3}
MAX_FINDINGS = 25
LONG_LINE = 100
LONG_FUNCTION_LINES = 40
DEEP_NESTING = 4
JS_DEEP_BRACES = 5


class Finding(BaseModel):
    line: int | None
    rule: str
    message: str
    severity: Severity


class Quality(BaseModel):
    score: int = Field(description="100 less the cost of each finding (warning 8, info 3)")
    findings: list[Finding]
    checker: str


class _Collect(pyflakes.reporter.Reporter):
    """A pyflakes reporter that keeps the messages."""

    def __init__(self) -> None:
        super().__init__(io.StringIO(), io.StringIO())
        self.findings: list[Finding] = []

    def unexpectedError(self, _filename: str, message: str) -> None:
        self.findings.append(Finding(line=None, rule="parse", message=message, severity="warning"))

    def syntaxError(
        self, _filename: str, message: str, line: int, _offset: int | None, _text: str | None
    ) -> None:
        self.findings.append(Finding(line=line, rule="syntax", message=message, severity="warning"))

    def flake(self, message: pyflakes.messages.Message) -> None:
        rule = type(message).__name__
        text = message.message % message.message_args
        self.findings.append(
            Finding(line=message.lineno, rule=rule, message=text, severity="warning")
        )


def _depth(node: ast.AST, level: int = 0) -> int:
    nesting = (ast.For, ast.While, ast.If, ast.With, ast.Try, ast.AsyncFor, ast.AsyncWith)
    deepest = level
    for child in ast.iter_child_nodes(node):
        deeper = level + 1 if isinstance(child, nesting) else level
        deepest = max(deepest, _depth(child, deeper))
    return deepest


def _function_findings(node: ast.FunctionDef | ast.AsyncFunctionDef) -> list[Finding]:
    found = []
    length = (node.end_lineno or node.lineno) - node.lineno + 1
    if length > LONG_FUNCTION_LINES:
        message = f"{node.name} is {length} lines long; split it into smaller functions"
        found.append(
            Finding(line=node.lineno, rule="long-function", message=message, severity="info")
        )
    if _depth(node) > DEEP_NESTING:
        message = f"{node.name} nests blocks more than {DEEP_NESTING} deep"
        found.append(
            Finding(line=node.lineno, rule="deep-nesting", message=message, severity="info")
        )
    for default in node.args.defaults + node.args.kw_defaults:
        if isinstance(default, (ast.List, ast.Dict, ast.Set)):
            message = f"{node.name} has a mutable default argument, shared between calls"
            found.append(
                Finding(
                    line=node.lineno, rule="mutable-default", message=message, severity="warning"
                )
            )
    return found


def _python_ast_findings(tree: ast.AST) -> list[Finding]:
    found: list[Finding] = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            found += _function_findings(node)
        elif isinstance(node, ast.ExceptHandler) and node.type is None:
            message = "A bare except also catches KeyboardInterrupt and SystemExit"
            found.append(
                Finding(line=node.lineno, rule="bare-except", message=message, severity="warning")
            )
        elif isinstance(node, ast.Compare) and any(
            isinstance(op, (ast.Eq, ast.NotEq)) and isinstance(c, ast.Constant) and c.value is None
            for op, c in zip(node.ops, node.comparators, strict=True)
        ):
            message = "Compare with None using 'is' or 'is not'"
            found.append(
                Finding(line=node.lineno, rule="none-comparison", message=message, severity="info")
            )
    return found


def _long_lines(code: str) -> list[Finding]:
    return [
        Finding(
            line=number,
            rule="long-line",
            message=f"Line longer than {LONG_LINE} characters",
            severity="info",
        )
        for number, line in enumerate(code.splitlines(), start=1)
        if len(line) > LONG_LINE
    ]


def check_python(code: str) -> list[Finding]:
    reporter = _Collect()
    pyflakes.api.check(code, "solution.py", reporter)
    findings = reporter.findings
    try:
        tree = ast.parse(code)
    except (SyntaxError, ValueError):
        return findings
    return findings + _python_ast_findings(tree) + _long_lines(code)


_JS_STRINGS_AND_COMMENTS = re.compile(
    r"""//[^\n]*|/\*.*?\*/|"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'|`(?:\\.|[^`\\])*`""", re.S
)


def _blank(match: re.Match[str]) -> str:
    """A string or comment with its content replaced by spaces (lines kept)."""
    text = match.group(0)
    blanked = re.sub(r"[^\n]", " ", text)
    if text[:2] in ("//", "/*"):
        return blanked
    return text[0] + blanked[1:-1] + text[-1]


_JS_RULES: tuple[tuple[str, re.Pattern[str], str, Severity], ...] = (
    ("no-var", re.compile(r"\bvar\s"), "Use let or const instead of var", "warning"),
    (
        "eqeqeq",
        re.compile(r"[^=!<>]==[^=]|!=[^=]"),
        "Use === and !== (== converts types)",
        "warning",
    ),
    (
        "no-eval",
        re.compile(r"\beval\s*\(|\bnew\s+Function\s*\("),
        "Avoid eval and new Function",
        "warning",
    ),
    ("no-console", re.compile(r"\bconsole\.log\s*\("), "Leftover console.log", "info"),
)


def check_javascript(code: str) -> list[Finding]:
    text = _JS_STRINGS_AND_COMMENTS.sub(_blank, code)
    findings: list[Finding] = []
    depth = deepest_reported = 0
    for number, line in enumerate(text.splitlines(), start=1):
        for rule, pattern, message, severity in _JS_RULES:
            if pattern.search(line):
                findings.append(Finding(line=number, rule=rule, message=message, severity=severity))
        for char in line:
            depth += (char == "{") - (char == "}")
            if depth > JS_DEEP_BRACES and not deepest_reported:
                message = f"Blocks nest more than {JS_DEEP_BRACES} deep"
                findings.append(
                    Finding(line=number, rule="deep-nesting", message=message, severity="info")
                )
                deepest_reported = 1
    return findings + _long_lines(code)


def assess(code: str, language: Language) -> Quality:
    """Quality of the code from its text: the findings and a 0-100 score."""
    if language == "python":
        findings, checker = check_python(code), "pyflakes + AST checks"
    else:
        findings, checker = check_javascript(code), "light JavaScript checks"
    findings = findings[:MAX_FINDINGS]
    score = max(0, 100 - sum(COST[finding.severity] for finding in findings))
    return Quality(score=score, findings=findings, checker=checker)
