"""Build the question/answer sets that `bench.embeddings` measures, from public repositories.

Reads five public interview collections (licences and commits in bench/data/SOURCES.md) from
local bare git mirrors and writes `bench/data/qa_dev.jsonl` and `bench/data/qa_test.jsonl`, one
`{"id", "field", "topic", "source", "question", "answer"}` per line. Nobody on this team wrote
these texts; the committed files are the derived sets, so the bench runs without the mirrors.

    cd backend && ../.venv/bin/python -m bench.embedding_sets /path/to/mirrors

where each mirror is `<owner>+<name>/repo` (a bare clone). Selection: every question with a
written answer that still has at least 12 words once code blocks, markup and link lists are
removed; answers are cut to their first 150 words (the length of a spoken answer); questions
whose text is meaningless without code ("What will be the output of the following code?")
and duplicate questions are dropped. The split is by a hash of the question text, half dev and
half test within each field, so it never depends on what a model scores.
"""

import hashlib
import json
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
MAX_WORDS = 150
MIN_ANSWER_WORDS = 12
SOURCES = {
    "alexeygrigorev/data-science-interviews": "83a2fefb2f0cef229c0b96a729e8ce73e540ddc8",
    "30-seconds/30-seconds-of-interviews": "eb703b6a5afbec694014266e3b11230cfd1f3aa9",
    "yangshun/front-end-interview-handbook": "e9a6824b5eee1ae943baf3814cb97879b8372e0a",
    "ganqqwerty/123-Essential-JavaScript-Interview-Questions": (
        "2497022cddf700af44b3323c67ce0b9d1a2b670a"
    ),
    "trimstray/test-your-sysadmin-skills": "d566322e4f6a656fb835bf34712a67db269d5f2d",
}
NEEDS_CODE = re.compile(
    r"output of the following|following code|following statements|following snippet"
    r"|^what will be|^what is the output|^what would be the output",
    re.IGNORECASE,
)

Item = dict[str, str]


class Mirror:
    def __init__(self, root: Path, repo: str) -> None:
        self.repo = repo
        self.git_dir = root / repo.replace("/", "+") / "repo"
        self.commit = SOURCES[repo]

    def show(self, path: str) -> str:
        return _git(self.git_dir, "show", f"{self.commit}:{path}")

    def ls(self, path: str) -> list[str]:
        out = _git(self.git_dir, "ls-tree", "-r", "--name-only", self.commit, path)
        return out.splitlines()


def _git(git_dir: Path, *args: str) -> str:
    return subprocess.run(
        ["git", f"--git-dir={git_dir}", *args], check=True, capture_output=True, text=True
    ).stdout


def clean(text: str) -> str:
    """Plain spoken-style text: no code blocks, HTML, link targets, emphasis or emoji."""
    text = re.sub(r"```.*?```", " ", text, flags=re.DOTALL)
    text = re.sub(r"<pre>.*?</pre>", " ", text, flags=re.DOTALL | re.IGNORECASE)
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", " ", text)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"<[^>]+>", " ", text)
    text = re.sub(r"^\s*(#+|>|\d+\.|[-*+])\s+", "", text, flags=re.MULTILINE)
    text = re.sub(r"[*_`]+", "", text)
    text = re.sub(r":[a-z_]+:", " ", text)
    text = re.sub(r"[\U0001F000-\U0001FFFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200d]", " ", text)
    return " ".join(text.split())


def clip_words(text: str, limit: int = MAX_WORDS) -> str:
    words = text.split()
    return " ".join(words[:limit])


def _item(source: str, field: str, topic: str, question: str, answer: str) -> Item | None:
    question, answer = clean(question), clip_words(clean(answer))
    if len(question.split()) < 3 or NEEDS_CODE.search(question):
        return None
    if len(answer.split()) < MIN_ANSWER_WORDS or "to be completed" in answer.lower():
        return None
    return {
        "source": source,
        "field": field,
        "topic": topic,
        "question": question,
        "answer": answer,
    }


def data_science(mirror: Mirror) -> Iterator[Item]:
    """theory.md: `## Topic`, then `**Question? 👶**` followed by its answer paragraphs."""
    topic = ""
    for block in re.split(r"\n(?=## |\*\*)", mirror.show("theory.md")):
        if block.startswith("## "):
            topic = clean(block.splitlines()[0])
            continue
        match = re.match(r"\*\*(.+?)\*\*(.*)", block, flags=re.DOTALL)
        if match and topic:
            body = match.group(2).split("<br/>")[0]
            item = _item(mirror.repo, "data-science", topic, match.group(1), body)
            if item:
                yield item


def thirty_seconds(mirror: Mirror) -> Iterator[Item]:
    """questions/*.md: `### Question`, `#### Answer`, then `#### Good to hear` (left out)."""
    for path in mirror.ls("questions"):
        if not path.endswith(".md"):
            continue
        text = mirror.show(path)
        match = re.search(r"^### (.+?)$(.*?)^#### Answer(.*?)(^####|\Z)", text, re.M | re.S)
        tags = re.search(r"<!-- tags: \((.*?)\) -->", text)
        if match:
            topic = tags.group(1).split(",")[0] if tags else "javascript"
            item = _item(mirror.repo, "frontend", topic, match.group(1), match.group(3))
            if item:
                yield item


def handbook_quiz(mirror: Mirror) -> Iterator[Item]:
    """packages/quiz/questions/*/en-US.mdx: front matter `title:` then the answer."""
    for path in mirror.ls("packages/quiz/questions"):
        if not path.endswith("/en-US.mdx"):
            continue
        text = mirror.show(path)
        match = re.match(r"---\s*\ntitle:\s*(.+?)\n.*?---\n(.*)", text, flags=re.DOTALL)
        if match:
            body = re.split(r"^## (References|Further reading)", match.group(2), flags=re.M)[0]
            title = match.group(1).strip().strip("'\"")
            item = _item(mirror.repo, "frontend", "css-html", title, body)
            if item:
                yield item


def handbook_behavioral(mirror: Mirror) -> Iterator[Item]:
    """Sample answers: a `### Question` heading followed by a quoted (`>`) answer."""
    root = "packages/behavioral-interview-guidebook/contents"
    for path in mirror.ls(root):
        if not path.endswith("/en-US.mdx"):
            continue
        topic = path.split("/")[-2]
        if topic in ("self-introduction", "resume-walkthrough"):
            continue  # their headings name a kind of candidate, not a question
        for heading, body in re.findall(
            r"^### (.+?)$(.*?)(?=^##|\Z)", mirror.show(path), re.M | re.S
        ):
            quoted = "\n".join(
                line.lstrip("> ") for line in body.splitlines() if line.startswith(">")
            )
            if quoted.strip() and not quoted.lstrip().startswith("[!"):
                item = _item(mirror.repo, "behavioral", topic, heading.strip('"“” '), quoted)
                if item:
                    yield item


def essential_js(mirror: Mirror) -> Iterator[Item]:
    """README.md: `## Question N. text`, an optional snippet, the answer in <details>."""
    text = mirror.show("README.md")
    pattern = (
        r"^## Question \w+\.\s*(.+?)$(.*?)<details><summary><b>Answer</b></summary>(.*?)</details>"
    )
    for question, _, answer in re.findall(pattern, text, re.M | re.S):
        item = _item(mirror.repo, "frontend", "javascript", question, answer)
        if item:
            yield item


def sysadmin(mirror: Mirror) -> Iterator[Item]:
    """README.md: `<summary><b>Question ***</b></summary>` then the answer up to </details>."""
    text = mirror.show("README.md")
    topic = ""
    pattern = r'<a name="([a-z-]+)">|<summary><b>(.+?)</b></summary>(.*?)</details>'
    for anchor, question, answer in re.findall(pattern, text, re.S):
        if anchor:
            topic = anchor
            continue
        answer = re.split(r"Useful resources:", answer)[0]
        item = _item(mirror.repo, "sysadmin", topic, question.rstrip("* "), answer)
        if item:
            yield item


EXTRACTORS = {
    "alexeygrigorev/data-science-interviews": [data_science],
    "30-seconds/30-seconds-of-interviews": [thirty_seconds],
    "yangshun/front-end-interview-handbook": [handbook_quiz, handbook_behavioral],
    "ganqqwerty/123-Essential-JavaScript-Interview-Questions": [essential_js],
    "trimstray/test-your-sysadmin-skills": [sysadmin],
}


def split_of(question: str) -> str:
    digest = hashlib.sha1(question.lower().encode()).digest()
    return "dev" if digest[0] % 2 == 0 else "test"


def build(root: Path) -> dict[str, list[Item]]:
    seen: set[str] = set()
    splits: dict[str, list[Item]] = {"dev": [], "test": []}
    for repo, extractors in EXTRACTORS.items():
        mirror = Mirror(root, repo)
        for extract in extractors:
            for item in extract(mirror):
                key = item["question"].lower()
                if key in seen:
                    continue
                seen.add(key)
                split = split_of(key)
                item = {"id": f"{split}-{len(splits[split]):04d}", **item}
                splits[split].append(item)
    return splits


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    splits = build(Path(sys.argv[1]))
    DATA.mkdir(exist_ok=True)
    for name, items in splits.items():
        with (DATA / f"qa_{name}.jsonl").open("w", encoding="utf-8") as handle:
            for item in items:
                handle.write(json.dumps(item, ensure_ascii=False) + "\n")
        by_field = Counter(item["field"] for item in items)
        print(f"{name}: {len(items)} pairs  " + "  ".join(f"{k}={v}" for k, v in by_field.items()))


if __name__ == "__main__":
    main()
