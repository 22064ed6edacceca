import { CircleCheck, CircleDot, TrendingUp, type LucideIcon } from 'lucide-react';

import { Badge } from '@/components/ui/badge';

import type { CardStatus, DeliveryCard } from '../api/recording-types';

const STATUS: Record<CardStatus, { text: string; tone: 'success' | 'accent' | 'warning'; icon: LucideIcon }> = {
  good: { text: 'Good', tone: 'success', icon: CircleCheck },
  ok: { text: 'Okay', tone: 'accent', icon: CircleDot },
  improve: { text: 'To improve', tone: 'warning', icon: TrendingUp },
};

/** One card per delivery measure: its value, a verdict in words (not colour alone) and a tip. */
export function DeliveryCards({ cards }: { cards: DeliveryCard[] }) {
  return (
    <ul aria-label="Delivery measures" className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3">
      {cards.map((card) => {
        const { text, tone, icon: Icon } = STATUS[card.status];
        return (
          <li key={card.key} className="flex flex-col gap-2 rounded-xl border border-neutral-200 bg-neutral-50/60 p-4">
            <div className="flex items-start justify-between gap-2">
              <h3 className="text-sm font-medium text-neutral-600">{card.label}</h3>
              <Badge tone={tone}>
                <Icon aria-hidden="true" className="size-3.5" />
                {text}
              </Badge>
            </div>
            <p className="text-2xl font-semibold text-neutral-900 tabular-nums">{card.value}</p>
            <p className="text-sm text-neutral-700">{card.hint}</p>
          </li>
        );
      })}
    </ul>
  );
}
