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
