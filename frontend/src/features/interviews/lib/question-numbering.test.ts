import { mainQuestionCount, numberQuestions, questionLabel } from './question-numbering';

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
