import type { components } from '@/api/schema';

type Schemas = components['schemas'];
export type ParsedResume = Schemas['ParsedResume'];
export type Resume = Schemas['ResumeRead'];
export type Job = Schemas['JobRead'];
export type ParsedJob = Schemas['ParsedJob'];
export type MatchResult = Schemas['MatchResult'];
export type JobDescription = Schemas['JobDescriptionRead'];

let counter = 0;

export function nextUuid(prefix = 'a') {
  counter += 1;
  return `${prefix.padEnd(8, '0')}-0000-4000-8000-${String(counter).padStart(12, '0')}`;
}

const SKILL_CATEGORIES: Record<string, string> = {
  Python: 'software',
  FastAPI: 'software',
  PostgreSQL: 'data',
  Docker: 'cloud',
  Kubernetes: 'cloud',
};

export function buildParsedResume(overrides: Partial<ParsedResume> & { skillNames?: string[] } = {}): ParsedResume {
  const { skillNames = ['Python', 'FastAPI', 'PostgreSQL', 'Docker'], ...rest } = overrides;
  return {
    name: 'Ada Lovelace',
    email: 'ada@example.com',
    phone: '+44 20 7946 0000',
    links: { linkedin: null, github: 'https://github.com/ada', portfolio: null },
    summary: 'Backend engineer who likes correct programs.',
    skills: skillNames.map((name) => ({ name, category: SKILL_CATEGORIES[name] ?? 'software' })),
    experience: [
      {
        title: 'Senior Backend Engineer',
        company: 'Analytical Engines Ltd',
        start: '2020-01',
        end: null,
        highlights: ['Built the payments API', 'Cut p99 latency by 40%'],
      },
      { title: 'Backend Engineer', company: 'Difference Co', start: '2017-06', end: '2019-12', highlights: [] },
    ],
    years_experience: 7.5,
    education: [
      {
        degree: 'MSc Computer Science',
        level: 'Master',
        field: 'Computer Science',
        institution: 'University of London',
        year: 2017,
      },
    ],
    highest_degree: 'Master',
    certifications: ['AWS Certified Developer'],
    sections: ['summary', 'skills', 'experience', 'education'],
    ...rest,
  };
}

export function buildResume(overrides: Partial<Resume> = {}): Resume {
  const now = new Date('2025-03-12T10:00:00Z').toISOString();
  return {
    id: nextUuid('r'),
    filename: 'ada-lovelace.pdf',
    file_format: 'pdf',
    size_bytes: 48_213,
    page_count: 2,
    is_default: false,
    created_at: now,
    updated_at: now,
    parsed: buildParsedResume(),
    ...overrides,
  };
}

export function buildParsedJob(overrides: Partial<ParsedJob> = {}): ParsedJob {
  return {
    title: 'Backend Engineer',
    seniority: 'senior',
    required_skills: ['Python', 'PostgreSQL', 'Kubernetes'],
    nice_to_have_skills: ['Go'],
    years_required: 5,
    responsibilities: ['Design and run our APIs', 'Mentor engineers'],
    ...overrides,
  };
}

export function buildJob(overrides: Partial<Omit<Job, 'parsed'>> & { parsed?: Partial<ParsedJob> } = {}): Job {
  const { parsed, ...rest } = overrides;
  const title = rest.title ?? 'Senior Backend Engineer';
  return {
    id: nextUuid('j'),
    slug: title.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
    title,
    company: 'Acme Corp',
    location: 'Berlin',
    remote: false,
    job_type: 'full-time',
    salary_min: 90_000,
    salary_max: 120_000,
    currency: 'EUR',
    description:
      'We are looking for a backend engineer.\nYou will build APIs in Python.\n\nRequirements:\n- Python\n- PostgreSQL',
    posted_at: new Date('2025-03-01T09:00:00Z').toISOString(),
    ...rest,
    parsed: buildParsedJob({ title, ...parsed }),
  };
}

export function buildMatch(overrides: Partial<MatchResult> = {}): MatchResult {
  return {
    score: 82,
    matched_skills: ['Python', 'PostgreSQL'],
    partial_matches: [{ skill: 'Kubernetes', via: 'Docker', credit: 0.5 }],
    missing_required: ['Terraform'],
    missing_nice_to_have: ['Go'],
    extra_skills: ['FastAPI'],
    experience_fit: {
      candidate_years: 7.5,
      required_years: 5,
      job_seniority: 'senior',
      candidate_seniority: 'senior',
      verdict: 'meets',
      score: 100,
    },
    // As the server writes it: the skills sentence, what is missing, then the years (the parts say them too).
    explanation:
      'You match 2 of 3 required skills. Missing: Terraform. You have 7.5 years of experience, meeting the 5+ the role asks for.',
    parts: [
      {
        name: 'skills',
        score: 70,
        weight: 0.2,
        reason: 'You match 2 of 3 required skills; your experience shows Python.',
      },
      {
        name: 'occupation',
        score: 100,
        weight: 0.2,
        reason:
          'Your title “Backend Engineer” reads as Software Developers, the same occupation as this role (Software Developers).',
      },
      {
        name: 'semantic',
        score: 85,
        weight: 0.5,
        reason: "Your work as Backend Engineer at Initech reads close to this role's duties (similarity 0.52).",
      },
      {
        name: 'experience',
        score: 100,
        weight: 0.1,
        reason: 'You have 7.5 years of experience, meeting the 5+ the role asks for.',
      },
    ],
    ...overrides,
  };
}

/** A rough stand-in for the server's matcher: exact skill names only. */
export function computeMatch(parsed: ParsedResume, job: ParsedJob): MatchResult {
  const mine = new Set((parsed.skills ?? []).map((skill) => skill.name.toLowerCase()));
  const required = job.required_skills ?? [];
  const nice = job.nice_to_have_skills ?? [];
  const asked = new Set([...required, ...nice].map((skill) => skill.toLowerCase()));
  const matched = required.filter((skill) => mine.has(skill.toLowerCase()));
  const score = required.length === 0 ? 50 : Math.round((100 * matched.length) / required.length);
  return buildMatch({
    score,
    matched_skills: matched,
    partial_matches: [],
    missing_required: required.filter((skill) => !mine.has(skill.toLowerCase())),
    missing_nice_to_have: nice.filter((skill) => !mine.has(skill.toLowerCase())),
    extra_skills: (parsed.skills ?? []).map((skill) => skill.name).filter((name) => !asked.has(name.toLowerCase())),
    explanation: `You have ${matched.length} of the ${required.length} required skills.`,
  });
}
