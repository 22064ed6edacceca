import { jobTitleBesideRole, roleLevel, roleSpellings } from './role-level';

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

describe('jobTitleBesideRole', () => {
  it('is only the company when the title is the role at a company', () => {
    expect(
      jobTitleBesideRole({ role: 'Backend Engineer (Go)', job_title: 'Backend Engineer (Go) at Parcelpoint' }),
    ).toBe('Parcelpoint');
    expect(
      jobTitleBesideRole({
        role: 'Backend engineer',
        seniority: 'senior',
        job_title: 'Senior Backend Engineer at Ledgerline',
      }),
    ).toBe('Ledgerline');
  });

  it('is the title when it says more than the role, and nothing when it repeats it', () => {
    expect(jobTitleBesideRole({ role: 'SRE', job_title: 'Site Reliability Engineer' })).toBe(
      'Site Reliability Engineer',
    );
    expect(
      jobTitleBesideRole({ role: 'Backend engineer', seniority: 'senior', job_title: 'Senior Backend engineer' }),
    ).toBeNull();
  });
});
