import { plural } from './plural';

describe('plural', () => {
  it('says one thing in the singular and any other count in the plural', () => {
    expect(plural(1, 'question')).toBe('1 question');
    expect(plural(0, 'question')).toBe('0 questions');
    expect(plural(3, 'minute')).toBe('3 minutes');
    expect(plural(2, 'key point')).toBe('2 key points');
    expect(plural(2, 'company', 'companies')).toBe('2 companies');
  });
});
