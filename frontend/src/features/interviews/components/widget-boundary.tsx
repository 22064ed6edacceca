import { RotateCcw } from 'lucide-react';
import { Component, type ErrorInfo, type ReactNode } from 'react';

import { cn } from '@/lib/cn';

interface WidgetBoundaryProps {
  /** What stopped, for the log: "interviewer", "self-view"… */
  name: string;
  /** What the candidate reads instead, and can still do. */
  message: string;
  /** On a dark video tile. */
  dark?: boolean;
  className?: string;
  children: ReactNode;
}

interface WidgetBoundaryState {
  failed: boolean;
}

/**
 * One widget of the room (interviewer, self-view, recorder, captions) failing shows a line in its
 * place, with Try again, and the rest of the interview goes on.
 */
export class WidgetBoundary extends Component<WidgetBoundaryProps, WidgetBoundaryState> {
  state: WidgetBoundaryState = { failed: false };

  static getDerivedStateFromError(): WidgetBoundaryState {
    return { failed: true };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`The ${this.props.name} widget stopped working.`, error, info.componentStack);
  }

  render() {
    const { message, dark = false, className, children } = this.props;
    if (!this.state.failed) return children;
    return (
      <div
        role="status"
        className={cn(
          'flex flex-col items-center justify-center gap-2 p-3 text-center text-sm',
          dark ? 'h-full text-neutral-200' : 'rounded-lg bg-amber-50 text-amber-900',
          className,
        )}
      >
        <p>{message}</p>
        <button
          type="button"
          className={cn(
            'inline-flex items-center gap-1.5 rounded-lg px-3 py-1.5 font-medium',
            dark
              ? 'bg-white/15 text-white hover:bg-white/25'
              : 'bg-white text-amber-900 ring-1 ring-amber-300 hover:bg-amber-100',
          )}
          onClick={() => this.setState({ failed: false })}
        >
          <RotateCcw aria-hidden="true" className="size-4" />
          Try again
        </button>
      </div>
    );
  }
}
