import { Badge } from '@/components/ui/badge';

import type { InterviewStatus } from '../api/get-interview';
import { STATUS_LABELS, STATUS_TONES } from '../lib/labels';

export function InterviewStatusBadge({ status }: { status: InterviewStatus }) {
  return <Badge tone={STATUS_TONES[status]}>{STATUS_LABELS[status]}</Badge>;
}
