import { candidateHint } from './question-hint';

const hint = (reason: string, source = 'bank') => candidateHint({ reason, source });

describe('why a question is asked, as the candidate reads it', () => {
  it('says the picker’s reasons in plain words', () => {
    expect(hint("Gap: the job asks for Kubernetes, which your resume doesn't show")).toBe(
      "The job asks for Kubernetes, which your resume doesn't show yet.",
    );
    expect(hint("Gap: the job asks for Go, which your resume doesn't show (practised through Docker)")).toBe(
      "The job asks for Go, which your resume doesn't show yet.",
    );
    expect(hint('Required skill: Python')).toBe('The job asks for Python.');
    expect(hint('Nice to have: GraphQL')).toBe('GraphQL is a plus for this job.');
    expect(hint('Focus skill: SQL')).toBe('You asked to practise SQL.');
    expect(hint('From your resume: React')).toBe('Your resume mentions React.');
    expect(hint('Core skill for Backend engineer: Python')).toBe('Python is a core skill for Backend engineer.');
    expect(hint('Your own question')).toBe('One of your own questions.');
  });

  it('shows no internal label', () => {
    for (const reason of [
      'Behavioral: failure',
      'Behavioral',
      'Situational: a typical backend scenario',
      'General practice: Python',
      'Core skill for Backend engineer',
      '',
    ]) {
      expect(hint(reason)).toBeNull();
    }
    // A follow-up's reason names the key points the first answer missed: the room says "follow-up" instead.
    expect(hint('Follow-up: the first answer did not cover: idempotency', 'follow_up')).toBeNull();
  });

  it('keeps a sentence written for the candidate', () => {
    expect(hint('Tests how you debug a slow API, which the job mentions twice.')).toBe(
      'Tests how you debug a slow API, which the job mentions twice.',
    );
  });
});
