import { render, screen } from '@testing-library/react';

import { CaptionsBar } from './captions-bar';

describe('CaptionsBar', () => {
  it('announces the live caption politely', () => {
    const { rerender } = render(<CaptionsBar interim="" listening />);
    const region = screen.getByRole('region', { name: 'Live captions' });
    const caption = region.querySelector('[aria-live="polite"]');
    expect(caption).toHaveTextContent('Listening…');

    rerender(<CaptionsBar interim="I would start with the logs" listening />);
    expect(caption).toHaveTextContent('I would start with the logs');

    rerender(<CaptionsBar interim="" listening={false} />);
    expect(caption).toHaveTextContent('Captions paused');
  });

  it('keeps the newest words of a long caption', () => {
    const words = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
    render(<CaptionsBar interim={words} listening />);
    const caption = screen.getByText(/word59$/);
    expect(caption.textContent?.startsWith('…')).toBe(true);
    expect(caption).not.toHaveTextContent('word0 ');
  });
});
