"""The two jobs every LLM provider does, written once over each provider's single call."""

import asyncio

from pydantic import BaseModel

from app.adapters.llm.base import LLMError, QuestionWritingRequest, run_task
from app.adapters.llm.grading import (
    EVALUATION_SYSTEM_PROMPT,
    EvaluationOutput,
    Sample,
    combine,
    evaluation_user_prompt,
    to_sample,
)
from app.adapters.llm.prompts import (
    QUESTION_SYSTEM_PROMPT,
    QuestionList,
    parse_output,
    question_user_prompt,
    to_planned_questions,
)
from app.core.config import LLMSettings
from app.evaluation.abstain import abstain_reason, abstained
from app.evaluation.schemas import AnswerEvaluation, EvaluationInput
from app.evaluation.text import words
from app.questions.bank import PlannedQuestion

QUESTION_TEMPERATURE = 0.7
EVALUATION_TEMPERATURE = 0.2


class PromptedProvider:
    """Subclasses implement `_ask`: one JSON answer to a system + user prompt, with retries."""

    name: str
    model: str
    _settings: LLMSettings

    async def _ask(
        self, system: str, prompt: str, schema: type[BaseModel], temperature: float
    ) -> str:
        raise NotImplementedError

    async def write_questions(self, request: QuestionWritingRequest) -> list[PlannedQuestion]:
        prompt = question_user_prompt(request)
        return await run_task(
            lambda: self._ask(QUESTION_SYSTEM_PROMPT, prompt, QuestionList, QUESTION_TEMPERATURE),
            lambda text: to_planned_questions(parse_output(text, QuestionList), request),
            label=f"{self.name}/{self.model} write_questions",
        )

    async def evaluate_answer(self, data: EvaluationInput) -> AnswerEvaluation:
        """k independent ratings (LLM__EVALUATION_SAMPLES), checked and averaged.

        Too little to score is settled before any call, exactly as the built-in evaluator
        settles it. A sample that fails is left out; only when all fail does this raise."""
        word_count = len(words(data.answer))
        if (reason := abstain_reason(data.answer.strip(), word_count)) is not None:
            return abstained(data, word_count, reason)
        prompt = evaluation_user_prompt(data)
        outcomes = await asyncio.gather(
            *(self._sample(prompt, data) for _ in range(self._settings.evaluation_samples)),
            return_exceptions=True,
        )
        samples = [outcome for outcome in outcomes if isinstance(outcome, Sample)]
        for outcome in outcomes:
            if isinstance(outcome, BaseException) and not isinstance(outcome, LLMError):
                raise outcome
        if not samples:
            raise next(o for o in outcomes if isinstance(o, LLMError))
        return combine(samples, data, evaluator=self.name)

    async def _sample(self, prompt: str, data: EvaluationInput) -> Sample:
        return await run_task(
            lambda: self._ask(
                EVALUATION_SYSTEM_PROMPT, prompt, EvaluationOutput, EVALUATION_TEMPERATURE
            ),
            lambda text: to_sample(parse_output(text, EvaluationOutput), data),
            label=f"{self.name}/{self.model} evaluate_answer",
        )
