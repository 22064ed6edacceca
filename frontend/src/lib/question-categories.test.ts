import { CATEGORY_LABELS } from './question-categories';

// US spellings the product has shown before; the API's values keep them, the words shown must not.
const US_SPELLING = /behavior|analyz|color|center|catalog\b|iz(e|ed|ing)\b/i;

describe('the category names a candidate and an admin read', () => {
  it('say "Behavioural" for the API\'s "behavioral"', () => {
    expect(CATEGORY_LABELS.behavioral).toBe('Behavioural');
  });

  it('use no US spelling', () => {
    for (const label of Object.values(CATEGORY_LABELS)) expect(label).not.toMatch(US_SPELLING);
  });
});
