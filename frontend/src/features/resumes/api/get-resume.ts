import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { components } from '@/api/schema';

export type Resume = components['schemas']['ResumeRead'];
export type ParsedResume = components['schemas']['ParsedResume'];
export type Experience = components['schemas']['Experience'];
export type Education = components['schemas']['Education'];
export type DegreeLevel = NonNullable<Education['level']>;

export function getResume(resumeId: string): Promise<Resume> {
  return unwrap(api.GET('/api/resumes/{resume_id}', { params: { path: { resume_id: resumeId } } }));
}

export const resumeQueryKey = (resumeId: string) => ['resumes', 'detail', resumeId] as const;

export function getResumeQueryOptions(resumeId: string) {
  return queryOptions({ queryKey: resumeQueryKey(resumeId), queryFn: () => getResume(resumeId) });
}

export function useResume(resumeId: string) {
  return useQuery(getResumeQueryOptions(resumeId));
}
