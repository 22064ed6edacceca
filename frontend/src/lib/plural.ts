const rules = new Intl.PluralRules('en');

/** "1 question", "3 questions", "1 minute"; `many` for words whose plural is not word + "s". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${rules.select(count) === 'one' ? one : many}`;
}
