import { Pencil, Plus, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { toast } from 'sonner';

import { ErrorAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { ListSkeleton } from '@/components/ui/skeleton';
import { Table, TableBody, TableHead, Td, Th, Tr } from '@/components/ui/table';
import { errorMessage } from '@/lib/api-error';

import { useDeleteTemplate } from '../api/delete-template';
import { useTemplates, type Template } from '../api/get-templates';
import { SENIORITY_LABELS } from '../lib/labels';
import { mixTotal } from '../lib/template-form';
import { TemplateFormDialog } from './template-form-dialog';

function mixText(template: Template) {
  const { behavioral = 0, technical = 0, situational = 0 } = template.mix;
  const mix = `${behavioral} behavioural · ${technical} technical · ${situational} situational`;
  return template.coding_problems ? `${mix} · ${template.coding_problems} coding` : mix;
}

/** Interview templates: add, edit, delete. */
export function TemplateList() {
  const templates = useTemplates();
  const [editing, setEditing] = useState<Template | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Template | null>(null);
  const remove = useDeleteTemplate();

  return (
    <div className="space-y-4">
      <div className="flex justify-end">
        <Button onClick={() => setEditing('new')}>
          <Plus aria-hidden="true" className="size-4" />
          New template
        </Button>
      </div>
      {templates.isPending ? <ListSkeleton rows={3} label="Loading templates…" /> : null}
      {templates.isError ? <ErrorAlert>{errorMessage(templates.error)}</ErrorAlert> : null}
      {templates.data?.length === 0 ? (
        <p className="rounded-2xl border border-dashed border-neutral-300 bg-white px-6 py-10 text-center text-sm text-neutral-600">
          No templates yet. Add one so candidates can start from a ready format.
        </p>
      ) : null}
      {templates.data && templates.data.length > 0 ? (
        <Table aria-label="Templates">
          <TableHead>
            <tr>
              <Th>Name</Th>
              <Th>Role</Th>
              <Th>Questions</Th>
              <Th>Time each</Th>
              <Th>Follow-ups</Th>
              <Th>
                <span className="sr-only">Actions</span>
              </Th>
            </tr>
          </TableHead>
          <TableBody>
            {templates.data.map((template) => (
              <Tr key={template.id}>
                <Td>
                  <span className="block font-medium text-neutral-900">{template.name}</span>
                  {template.description ? (
                    <span className="block text-xs text-neutral-500">{template.description}</span>
                  ) : null}
                </Td>
                <Td label="Role">
                  <span>
                    {template.role ?? 'Any role'}
                    {template.seniority ? (
                      <span className="block text-xs text-neutral-500">{SENIORITY_LABELS[template.seniority]}</span>
                    ) : null}
                  </span>
                </Td>
                <Td label="Questions">
                  <span>
                    <span className="block tabular-nums">{mixTotal(template)}</span>
                    <span className="block text-xs text-neutral-500">{mixText(template)}</span>
                  </span>
                </Td>
                <Td label="Time each" className="tabular-nums">
                  {template.time_per_question_s} s
                </Td>
                <Td label="Follow-ups">{template.follow_ups ? 'Yes' : 'No'}</Td>
                <Td>
                  <div className="flex justify-end gap-1">
                    <Button
                      variant="ghost"
                      size="sm"
                      aria-label={`Edit template ${template.name}`}
                      onClick={() => setEditing(template)}
                    >
                      <Pencil aria-hidden="true" className="size-4" />
                    </Button>
                    <Button
                      variant="ghost"
                      size="sm"
                      className="text-red-700 hover:bg-red-50"
                      aria-label={`Delete template ${template.name}`}
                      onClick={() => setDeleting(template)}
                    >
                      <Trash2 aria-hidden="true" className="size-4" />
                    </Button>
                  </div>
                </Td>
              </Tr>
            ))}
          </TableBody>
        </Table>
      ) : null}
      <TemplateFormDialog
        open={editing !== null}
        onOpenChange={(open) => (open ? undefined : setEditing(null))}
        template={editing === 'new' || editing === null ? undefined : editing}
      />
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => (open ? undefined : setDeleting(null))}
        title={`Delete the template “${deleting?.name ?? ''}”?`}
        description="Interviews made from it keep their questions. This cannot be undone."
        confirmLabel="Delete template"
        pendingLabel="Deleting…"
        isPending={remove.isPending}
        onConfirm={() => {
          if (!deleting) return;
          remove.mutate(deleting.id, {
            onSuccess: () => {
              toast.success(`Deleted the template “${deleting.name}”.`);
              setDeleting(null);
            },
            onError: (error) => toast.error(errorMessage(error)),
          });
        }}
      />
    </div>
  );
}
