import { zodResolver } from '@hookform/resolvers/zod';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { Controller, FormProvider, useForm } from 'react-hook-form';
import { toast } from 'sonner';

import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormField } from '@/components/ui/form-field';
import { Textarea } from '@/components/ui/textarea';
import { errorMessage } from '@/lib/api-error';

import type { Resume } from '../api/get-resume';
import { useUpdateResume } from '../api/update-resume';
import { changedFields, profileSchema, toProfileValues, type ProfileValues } from '../lib/profile-form';
import { EducationFields } from './education-fields';
import { ExperienceFields } from './experience-fields';
import { SkillsEditor } from './skills-editor';

function Section({
  id,
  title,
  description,
  children,
}: {
  id: string;
  title: string;
  description?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="rounded-2xl border border-neutral-200 bg-white p-6 shadow-sm">
      <h2 id={id} className="text-lg font-semibold text-neutral-900">
        {title}
      </h2>
      {description ? <p className="mt-1 text-sm text-neutral-600">{description}</p> : null}
      <div className="mt-4">{children}</div>
    </section>
  );
}

/** Everything read from a resume, editable; "Save changes" PATCHes only the fields that changed. */
export function ResumeProfileForm({ resume, onSaved }: { resume: Resume; onSaved?: (resume: Resume) => void }) {
  const [saved, setSaved] = useState(() => toProfileValues(resume.parsed));
  const form = useForm<ProfileValues>({ resolver: zodResolver(profileSchema), defaultValues: saved });
  const update = useUpdateResume();
  const {
    register,
    control,
    formState: { errors },
  } = form;

  const onSubmit = form.handleSubmit((values) => {
    const changes = changedFields(saved, values);
    if (Object.keys(changes).length === 0) {
      toast.info('There are no changes to save.');
      return;
    }
    update.mutate(
      { resumeId: resume.id, changes },
      {
        onSuccess: (updated) => {
          // The server normalizes (skill aliases, years of experience): show what it kept.
          const next = toProfileValues(updated.parsed);
          setSaved(next);
          form.reset(next);
          toast.success('Your changes are saved.');
          onSaved?.(updated);
        },
        onError: (error) => toast.error(errorMessage(error)),
      },
    );
  });

  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate aria-label="Resume profile" className="space-y-6">
        <Section
          id="skills-heading"
          title="Skills"
          description="Used to match you with jobs and to tailor interview questions."
        >
          <Controller
            control={control}
            name="skills"
            render={({ field }) => <SkillsEditor value={field.value} onChange={field.onChange} />}
          />
        </Section>

        <Section id="contact-heading" title="Contact">
          <div className="grid gap-4 sm:grid-cols-2">
            <FormField label="Name" autoComplete="name" error={errors.name?.message} {...register('name')} />
            <FormField
              label="Email"
              type="email"
              autoComplete="email"
              error={errors.email?.message}
              {...register('email')}
            />
            <FormField
              label="Phone"
              type="tel"
              autoComplete="tel"
              error={errors.phone?.message}
              {...register('phone')}
            />
            <FormField label="LinkedIn" error={errors.links?.linkedin?.message} {...register('links.linkedin')} />
            <FormField label="GitHub" error={errors.links?.github?.message} {...register('links.github')} />
            <FormField label="Portfolio" error={errors.links?.portfolio?.message} {...register('links.portfolio')} />
          </div>
        </Section>

        <Section id="summary-heading" title="Summary">
          <div className="space-y-4">
            <FormField
              label="The job you do or seek"
              hint="Read from your resume (“Post applied for”, “as a Civil Engineer”). Matching uses it when no job is listed."
              error={errors.stated_role?.message}
              {...register('stated_role')}
            />
            <Field label="Professional summary" error={errors.summary?.message}>
              {(fieldProps) => <Textarea rows={4} {...fieldProps} {...register('summary')} />}
            </Field>
          </div>
        </Section>

        <Section
          id="experience-heading"
          title="Experience"
          description="Years of experience are recalculated from these dates when you save."
        >
          <ExperienceFields />
        </Section>

        <Section id="education-heading" title="Education">
          <EducationFields />
        </Section>

        <Section id="certifications-heading" title="Certifications">
          <Field label="Certifications" hint="One per line.">
            {(fieldProps) => <Textarea rows={3} {...fieldProps} {...register('certifications')} />}
          </Field>
        </Section>

        <div className="sticky bottom-0 z-10 -mx-4 flex items-center justify-end gap-3 border-t border-neutral-200 bg-neutral-50/95 px-4 py-4 backdrop-blur sm:mx-0 sm:rounded-2xl sm:border">
          <Button type="button" variant="ghost" disabled={update.isPending} onClick={() => form.reset(saved)}>
            Discard changes
          </Button>
          <Button type="submit" isLoading={update.isPending}>
            {update.isPending ? 'Saving…' : 'Save changes'}
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}
