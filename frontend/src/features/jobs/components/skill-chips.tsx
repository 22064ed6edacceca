import { Badge } from '@/components/ui/badge';

/** Skills as chips; past `max`, a "+N more" chip. */
export function SkillChips({
  skills,
  label,
  max,
  tone = 'neutral',
}: {
  skills: string[];
  label: string;
  max?: number;
  tone?: 'neutral' | 'accent';
}) {
  const shown = max === undefined ? skills : skills.slice(0, max);
  const hidden = skills.length - shown.length;
  return (
    <ul aria-label={label} className="flex flex-wrap gap-1.5">
      {shown.map((skill) => (
        <li key={skill}>
          <Badge tone={tone}>{skill}</Badge>
        </li>
      ))}
      {hidden > 0 ? (
        <li>
          <Badge tone="neutral">+{hidden} more</Badge>
        </li>
      ) : null}
    </ul>
  );
}
