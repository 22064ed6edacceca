import { distinctJobTitle, employerOfRole } from './job-title';

describe('distinctJobTitle', () => {
  it('drops a title that repeats the role, whatever its case and spacing', () => {
    expect(distinctJobTitle('Senior Backend Engineer', 'Senior Backend Engineer')).toBeNull();
    expect(distinctJobTitle(' senior  backend engineer ', 'Senior Backend Engineer')).toBeNull();
    expect(distinctJobTitle('Senior Backend Engineer', 'Backend Engineer', 'Senior Backend Engineer')).toBeNull();
  });

  it('keeps a title that says more than the role', () => {
    expect(distinctJobTitle('Site Reliability Engineer', 'SRE')).toBe('Site Reliability Engineer');
    expect(distinctJobTitle('Senior Backend Engineer (Python)', 'Senior Backend Engineer')).toBe(
      'Senior Backend Engineer (Python)',
    );
  });

  it('has nothing to show without a title', () => {
    expect(distinctJobTitle(null, 'SRE')).toBeNull();
    expect(distinctJobTitle('  ', 'SRE')).toBeNull();
  });
});

describe('employerOfRole', () => {
  it('finds the company when the title is the role at a company', () => {
    expect(employerOfRole('Backend Engineer (Go) at Parcelpoint', 'Backend Engineer (Go)')).toBe('Parcelpoint');
    expect(employerOfRole('backend engineer  at Acme Corp', 'Backend Engineer')).toBe('Acme Corp');
  });

  it('has none when the title says something else', () => {
    expect(employerOfRole('Senior Site Reliability Engineer', 'SRE')).toBeNull();
    expect(employerOfRole('Backend Engineer', 'Backend Engineer')).toBeNull();
    expect(employerOfRole(null, 'Backend Engineer')).toBeNull();
  });
});
