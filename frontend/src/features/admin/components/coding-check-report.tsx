import { Table, TableBody, TableHead, Td, Th, Tr } from '@/components/ui/table';

import type { TestDisagreement } from '../api/check-coding-problem';
import { languageLabel } from '../lib/coding-labels';

/** Which test each reference got wrong and why, one row each. */
export function TestDisagreements({ disagreements, label }: { disagreements: TestDisagreement[]; label: string }) {
  return (
    <Table aria-label={label} className="sm:min-w-0">
      <TableHead>
        <tr>
          <Th>Test</Th>
          <Th>Language</Th>
          <Th>What went wrong</Th>
        </tr>
      </TableHead>
      <TableBody>
        {disagreements.map((item, index) => (
          <Tr key={`${item.test}-${item.language}-${index}`}>
            <Td label="Test" className="font-medium text-neutral-900">
              {item.test}
            </Td>
            <Td label="Language">{languageLabel(item.language)}</Td>
            <Td label="What went wrong" className="break-words whitespace-pre-wrap">
              {item.message}
            </Td>
          </Tr>
        ))}
      </TableBody>
    </Table>
  );
}
