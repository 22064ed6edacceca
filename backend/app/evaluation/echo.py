"""Echoes of the question: an answer that repeats the question nearly word for word.

Candidates often read the question back before answering ("What is a closure? Well..."),
and a vague answer may be little more than the question wrapped in generalities. The echo is
the closest text to the question there is, so left in, it would vouch for the relevance of
whatever surrounds it. Relevance is judged on the rest; the answer itself is untouched.
"""

from difflib import SequenceMatcher

from app.evaluation.text import tokens

ECHO_SHARE, ECHO_MIN_WORDS = 0.8, 3
"""A run of the answer is an echo when it repeats at least ECHO_SHARE of the question's words
(and ECHO_MIN_WORDS of them) in the question's order, function words included: "A time
series is..." names the subject of "What is a time series?", it does not echo it."""


_CLOSING = " \t\n?!.:,;-\u2013\u2014"


def without_echo(answer: str, question: str) -> str:
    """The answer with its longest near-verbatim repeat of the question removed."""
    asked = [token.text.lower() for token in tokens(question)]
    found = tokens(answer)
    if len(asked) < ECHO_MIN_WORDS or len(found) < len(asked):
        return answer
    said = [token.text.lower() for token in found]
    matcher = SequenceMatcher(None, said, asked, autojunk=False)
    blocks = [block for block in matcher.get_matching_blocks() if block.size]
    if not blocks:
        return answer
    # The echo: matching blocks close together in the answer, scanned from each start.
    best = (0, 0, 0)
    for first in range(len(blocks)):
        size = 0
        for last in range(first, len(blocks)):
            span = blocks[last].a + blocks[last].size - blocks[first].a
            if span > 1.25 * len(asked):
                break
            size += blocks[last].size
            if size > best[0]:
                best = (size, blocks[first].a, blocks[last].a + blocks[last].size)
    size, start, end = best
    if size < max(ECHO_MIN_WORDS, ECHO_SHARE * len(asked)):
        return answer
    echo_end = found[end - 1]
    # The question mark or colon closing the echo goes with it.
    after = answer[echo_end.start + len(echo_end.text) :].lstrip(_CLOSING)
    return (answer[: found[start].start] + " " + after).strip()
