function normalized(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * The job title shown under a role, or null when it only repeats what is shown: a pasted posting
 * titled "Senior Backend Engineer" makes that the role too, and "Senior Backend Engineer (Senior
 * Backend Engineer)" reads as a glitch. `shownRoles` are the ways the role is written on the page.
 */
export function distinctJobTitle(jobTitle: string | null | undefined, ...shownRoles: string[]): string | null {
  if (!jobTitle?.trim()) return null;
  const title = normalized(jobTitle);
  return shownRoles.some((role) => normalized(role) === title) ? null : jobTitle;
}

/**
 * The employer when the job title is only the role at a company ("Backend Engineer (Go) at
 * Parcelpoint" for the role "Backend Engineer (Go)"), so the page can name the company instead of
 * the role twice; null otherwise. `shownRoles` are the ways the role is written on the page.
 */
export function employerOfRole(jobTitle: string | null | undefined, ...shownRoles: string[]): string | null {
  if (!jobTitle?.trim()) return null;
  const title = jobTitle.trim().replace(/\s+/g, ' ');
  for (const role of shownRoles) {
    const prefix = `${normalized(role)} at `;
    if (role.trim() && title.toLowerCase().startsWith(prefix)) return title.slice(prefix.length).trim() || null;
  }
  return null;
}
