"""The two jobs every LLM provider does, written once over each provider's single call."""

from pydantic import BaseModel

from app.adapters.llm.base import QuestionWritingRequest, run_task
from app.adapters.llm.prompts import (
    EVALUATION_SYSTEM_PROMPT,
    QUESTION_SYSTEM_PROMPT,
    EvaluationOutput,
    QuestionList,
    evaluation_user_prompt,
    parse_output,
    question_user_prompt,
    to_evaluation,
    to_planned_questions,
)
from app.evaluation.schemas import AnswerEvaluation, EvaluationInput
from app.questions.bank import PlannedQuestion

QUESTION_TEMPERATURE = 0.7
EVALUATION_TEMPERATURE = 0.2


class PromptedProvider:
    """Subclasses implement `_ask`: one JSON answer to a system + user prompt, with retries."""

    name: str
    model: str

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
        prompt = evaluation_user_prompt(data)
        return await run_task(
            lambda: self._ask(
                EVALUATION_SYSTEM_PROMPT, prompt, EvaluationOutput, EVALUATION_TEMPERATURE
            ),
            lambda text: to_evaluation(
                parse_output(text, EvaluationOutput), data, evaluator=self.name
            ),
            label=f"{self.name}/{self.model} evaluate_answer",
        )
