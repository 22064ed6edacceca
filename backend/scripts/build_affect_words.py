"""Build app/data/affect_words.json: the positive and negative words of the VADER lexicon,
and VADER's negation words.

VADER (Hutto and Gilbert, ICWSM 2014) is an open, MIT-licensed lexicon of about 7,500 words,
each rated for emotional valence (-4 to +4) by ten people. It ships inside the PyPI package
`vaderSentiment`, so no download beyond PyPI is needed:

    ../.venv/bin/pip download --no-deps vaderSentiment==3.3.2 -d /tmp/vader
    unzip -o /tmp/vader/vaderSentiment-3.3.2-py2.py3-none-any.whl -d /tmp/vader
    ../.venv/bin/python scripts/build_affect_words.py /tmp/vader/vaderSentiment/vader_lexicon.txt

Kept: alphabetic entries (no emoticons) whose mean rating is at least VALENCE from neutral,
and the one-word entries of VADER's NEGATE list ("not", "never", "don't", "nothing"...), read
from vaderSentiment.py beside the lexicon without running it. The MIT notice travels with the
words in the JSON file.
"""

import argparse
import ast
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "app" / "data" / "affect_words.json"
VALENCE = 1.0
ONE_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
"""A negation the evaluator's tokenizer reads as one word ("uh-uh" is two)."""
NOTICE = (
    "Copyright (c) 2016 C.J. Hutto. Permission is hereby granted, free of charge, to any person "
    'obtaining a copy of this software and associated documentation files (the "Software"), to '
    "deal in the Software without restriction, including without limitation the rights to use, "
    "copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, "
    "and to permit persons to whom the Software is furnished to do so, subject to the following "
    "conditions: The above copyright notice and this permission notice shall be included in all "
    'copies or substantial portions of the Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT '
    "WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF "
    "MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE "
    "AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN "
    "AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE "
    "SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE."
)


def negations(module: Path) -> list[str]:
    """The NEGATE list assigned in vaderSentiment.py, as written there."""
    for node in ast.parse(module.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == "NEGATE" for target in node.targets
        ):
            listed: list[str] = ast.literal_eval(node.value)
            return sorted({word.lower() for word in listed if ONE_WORD.fullmatch(word.lower())})
    raise ValueError(f"no NEGATE list in {module}")


def build(lexicon: Path) -> dict[str, object]:
    positive, negative = [], []
    for line in lexicon.read_text(encoding="utf-8").splitlines():
        word, mean, *_ = line.split("\t")
        if not word.isalpha():
            continue
        if float(mean) >= VALENCE:
            positive.append(word.lower())
        elif float(mean) <= -VALENCE:
            negative.append(word.lower())
    return {
        "source": "VADER lexicon (vader_lexicon.txt) and its NEGATE list (vaderSentiment.py), "
        "PyPI vaderSentiment 3.3.2; Hutto and Gilbert, ICWSM 2014",
        "licence": "MIT",
        "notice": NOTICE,
        "kept": f"alphabetic entries with mean valence >= {VALENCE} or <= -{VALENCE}; the "
        "one-word negations",
        "positive": sorted(set(positive)),
        "negative": sorted(set(negative)),
        "negations": negations(lexicon.with_name("vaderSentiment.py")),
    }


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "lexicon", type=Path, help="vader_lexicon.txt from the vaderSentiment wheel"
    )
    words = build(parser.parse_args().lexicon)
    OUT.write_text(json.dumps(words, indent=0) + "\n", encoding="utf-8")
    counts = {name: len(words[name]) for name in ("positive", "negative", "negations")}  # type: ignore[arg-type]
    print(f"{OUT}: {counts}")
