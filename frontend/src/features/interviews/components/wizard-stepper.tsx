import { Check } from 'lucide-react';

import { cn } from '@/lib/cn';

import { WIZARD_STEPS, type WizardStep } from '../lib/wizard';

interface WizardStepperProps {
  current: WizardStep;
  /** Steps that may be revisited: the ones before the current step. */
  onSelect: (step: WizardStep) => void;
  disabled?: boolean;
  /** The interview is made: every step is done and none is current. */
  complete?: boolean;
}

export function WizardStepper({ current, onSelect, disabled = false, complete = false }: WizardStepperProps) {
  const currentIndex = complete ? WIZARD_STEPS.length : WIZARD_STEPS.findIndex((step) => step.key === current);
  return (
    <nav aria-label="Interview setup steps">
      <ol className="flex flex-wrap gap-2">
        {WIZARD_STEPS.map((step, index) => {
          const done = index < currentIndex;
          const isCurrent = index === currentIndex;
          const content = (
            <>
              <span
                aria-hidden="true"
                className={cn(
                  'grid size-6 place-items-center rounded-full text-xs font-semibold',
                  isCurrent && 'bg-indigo-600 text-white',
                  done && 'bg-emerald-100 text-emerald-800',
                  !isCurrent && !done && 'bg-neutral-200 text-neutral-600',
                )}
              >
                {done ? <Check className="size-3.5" /> : index + 1}
              </span>
              <span>{step.label}</span>
              {done ? <span className="sr-only"> (done)</span> : null}
            </>
          );
          const classes = cn(
            'inline-flex items-center gap-2 rounded-full px-3 py-1.5 text-sm font-medium',
            isCurrent ? 'bg-indigo-50 text-indigo-800 ring-1 ring-indigo-200' : 'text-neutral-600',
          );
          return (
            <li key={step.key}>
              {done && !disabled ? (
                <button
                  type="button"
                  className={cn(
                    classes,
                    'hover:bg-neutral-100 focus-visible:outline-2 focus-visible:outline-indigo-600',
                  )}
                  onClick={() => onSelect(step.key)}
                >
                  {content}
                </button>
              ) : (
                <span className={classes} aria-current={isCurrent ? 'step' : undefined}>
                  {content}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
