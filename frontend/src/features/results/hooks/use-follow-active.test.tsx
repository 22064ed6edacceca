import { fireEvent, render } from '@testing-library/react';
import { useRef } from 'react';

import { useFollowActive } from './use-follow-active';

function List({ active }: { active: number }) {
  const ref = useRef<HTMLOListElement>(null);
  useFollowActive(ref, active);
  return (
    <ol ref={ref} aria-label="Lines">
      {[0, 1, 2, 3].map((index) => (
        <li key={index} data-index={index}>
          Line {index}
        </li>
      ))}
    </ol>
  );
}

/** jsdom has no layout: a 100 px tall list of 40 px lines, scrolled to the top. */
function layOut(list: HTMLElement) {
  Object.defineProperty(list, 'clientHeight', { value: 100 });
  list.scrollTop = 0;
  list.querySelectorAll<HTMLElement>('li').forEach((item, index) => {
    Object.defineProperty(item, 'offsetTop', { value: index * 40 });
    Object.defineProperty(item, 'offsetHeight', { value: 40 });
  });
  const scrollTo = vi.fn();
  list.scrollTo = scrollTo as typeof list.scrollTo;
  return scrollTo;
}

function reducedMotion(matches: boolean) {
  const original = window.matchMedia.bind(window);
  vi.spyOn(window, 'matchMedia').mockImplementation((query) => ({ ...original(query), matches }));
}

describe('useFollowActive', () => {
  it('scrolls the list (not the page) smoothly to a line out of view, and leaves visible lines be', () => {
    const { rerender, getByRole } = render(<List active={0} />);
    const scrollTo = layOut(getByRole('list'));
    reducedMotion(false);

    rerender(<List active={1} />);
    expect(scrollTo).not.toHaveBeenCalled();
    rerender(<List active={3} />);
    expect(scrollTo).toHaveBeenCalledWith({ top: 120 - 100 / 3, behavior: 'smooth' });
  });

  it('jumps without animation when reduced motion is asked for', () => {
    const { rerender, getByRole } = render(<List active={0} />);
    const scrollTo = layOut(getByRole('list'));
    reducedMotion(true);

    rerender(<List active={3} />);
    expect(scrollTo).toHaveBeenCalledWith(expect.objectContaining({ behavior: 'auto' }));
  });

  it('does not move the list while the user is scrolling it', () => {
    const { rerender, getByRole } = render(<List active={0} />);
    const list = getByRole('list');
    const scrollTo = layOut(list);

    fireEvent.wheel(list);
    rerender(<List active={3} />);
    expect(scrollTo).not.toHaveBeenCalled();
  });
});
