import { roleLevel, roleSpellings } from './role-level';

describe('the level beside a role', () => {
  it('is the seniority’s label, leaving the role as typed', () => {
    expect(roleLevel('Backend engineer', 'senior')).toBe('Senior');
    expect(roleLevel('iOS developer', 'mid')).toBe('Mid-level');
    expect(roleSpellings('Backend engineer', 'senior')).toEqual(['Backend engineer', 'Senior Backend engineer']);
  });

  it('is left out when the role names a level or there is none', () => {
    expect(roleLevel('Senior Backend Engineer', 'senior')).toBeNull();
    expect(roleLevel('Sr. Data Engineer', 'lead')).toBeNull();
    expect(roleLevel('Backend engineer', null)).toBeNull();
    expect(roleLevel('Backend engineer', 'constructor')).toBeNull();
    expect(roleSpellings('Backend engineer', null)).toEqual(['Backend engineer']);
  });
});
