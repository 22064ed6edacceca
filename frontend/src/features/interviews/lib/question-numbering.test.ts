import type { InterviewQuestion } from '../api/get-interview';
import { answeredSummary, mainQuestionCount, numberQuestions, questionLabel } from './question-numbering';

const main = (id: string) => ({ id, source: 'bank', parent_id: null });
const followUp = (id: string, parent: string | null) => ({ id, source: 'follow_up', parent_id: parent });

describe('question numbering', () => {
  it('numbers the main questions and gives follow-ups the number of the question they dig into', () => {
    const questions = [
      main('a'),
      followUp('a1', 'a'),
      main('b'),
      main('c'),
      followUp('c1', 'c'),
      followUp('c2', 'c1'),
      main('d'),
    ];
    const numbers = numberQuestions(questions);
    const total = mainQuestionCount(questions);
    expect(questions.map((question) => questionLabel(numbers.get(question.id), total))).toEqual([
      'Question 1 of 4',
      'Question 1 · follow-up',
      'Question 2 of 4',
      'Question 3 of 4',
      'Question 3 · follow-up',
      'Question 3 · follow-up 2',
      'Question 4 of 4',
    ]);
  });

  it('does not renumber the questions after one that gets a follow-up', () => {
    const before = numberQuestions([main('a'), main('b'), main('c')]);
    const after = numberQuestions([main('a'), main('b'), followUp('b1', 'b'), main('c')]);
    expect(after.get('c')).toEqual(before.get('c'));
    expect(questionLabel(after.get('b1'))).toBe('Question 2 · follow-up');
  });

  it('places a follow-up whose question is unknown after the main question before it', () => {
    const numbers = numberQuestions([main('a'), followUp('x', null)]);
    expect(questionLabel(numbers.get('x'))).toBe('Question 1 · follow-up');
  });
});

describe('answeredSummary', () => {
  const question = (status: InterviewQuestion['status']) => ({ source: 'bank' as const, status });
  const followUpTo = (status: InterviewQuestion['status']) => ({ source: 'follow_up' as const, status });

  it('counts the questions promised, with follow-ups on top', () => {
    expect(
      answeredSummary([question('answered'), question('answered'), followUpTo('answered'), followUpTo('answered')]),
    ).toBe('You answered 2 of 2 questions, plus 2 follow-ups');
    expect(
      answeredSummary([question('answered'), question('skipped'), question('answered'), followUpTo('answered')]),
    ).toBe('You answered 2 of 3 questions, plus 1 follow-up, and skipped 1');
  });

  it('says nothing of follow-ups when there were none', () => {
    expect(answeredSummary([question('answered')])).toBe('You answered 1 of 1 question');
    expect(answeredSummary([question('answered'), question('skipped')])).toBe(
      'You answered 1 of 2 questions and skipped 1',
    );
  });
});
