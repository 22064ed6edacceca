import { cn } from '@/lib/cn';

/** A real screenshot in a light browser frame; sized so the page does not jump as it loads. */
export function Screenshot({
  src,
  alt,
  eager = false,
  className,
}: {
  src: string;
  alt: string;
  eager?: boolean;
  className?: string;
}) {
  return (
    <figure className={cn('frame', className)}>
      <div className="frame-bar" aria-hidden="true">
        <span />
        <span />
        <span />
      </div>
      <img
        src={src}
        alt={alt}
        width={1280}
        height={800}
        loading={eager ? 'eager' : 'lazy'}
        decoding="async"
        fetchPriority={eager ? 'high' : 'auto'}
        className="block h-auto w-full"
      />
    </figure>
  );
}
