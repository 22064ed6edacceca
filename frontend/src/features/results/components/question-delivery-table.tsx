import { RowHeader, Table, TableBody, TableHead, Td, Th, Tr } from '@/components/ui/table';

import type { QuestionDelivery } from '../api/recording-types';
import { formatClock } from '../lib/recording';

export interface QuestionLabel {
  position: number;
  text: string;
}

/** Per question: pace, fillers and long pauses, side by side. */
export function QuestionDeliveryTable({
  rows,
  labels,
}: {
  rows: QuestionDelivery[];
  labels: Map<string, QuestionLabel>;
}) {
  if (rows.length === 0) return null;
  return (
    <Table>
      <caption className="sr-only">Delivery by question</caption>
      <TableHead>
        <tr>
          <Th>Question</Th>
          <Th>Time</Th>
          <Th className="text-right">Words per minute</Th>
          <Th className="text-right">Fillers</Th>
          <Th className="text-right">Long pauses</Th>
        </tr>
      </TableHead>
      <TableBody>
        {rows.map((row, index) => {
          const label = row.question_id ? labels.get(row.question_id) : undefined;
          return (
            <Tr key={row.question_id ?? index}>
              <RowHeader className="sm:max-w-xs">
                <span className="font-semibold">{label ? `Q${label.position}` : 'Question'}</span>
                {label ? <span className="line-clamp-1 text-neutral-600 sm:ml-2 sm:inline">{label.text}</span> : null}
              </RowHeader>
              <Td label="Time" className="text-neutral-600 tabular-nums">
                {formatClock(row.start_s)}–{formatClock(row.end_s)}
              </Td>
              <Td label="Words per minute" className="text-right tabular-nums">
                {row.words_per_minute === null ? '—' : Math.round(row.words_per_minute)}
              </Td>
              <Td label="Fillers" className="text-right tabular-nums">
                {row.filler_count}
              </Td>
              <Td label="Long pauses" className="text-right tabular-nums">
                {row.long_pauses}
              </Td>
            </Tr>
          );
        })}
      </TableBody>
    </Table>
  );
}
