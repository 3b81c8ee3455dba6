// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { CONFIDENCES } from '../../src/data/contract';
import { ConfidenceBadge } from '../../src/ui/ConfidenceBadge';

afterEach(cleanup);

describe('ConfidenceBadge', () => {
  it.each(CONFIDENCES.map((c) => [c]))(
    'says "%s" in text, with a hidden glyph and its own class',
    (confidence) => {
      render(<ConfidenceBadge confidence={confidence} />);
      // Found by its tooltip, as a pointer user finds it; it reads as the word alone.
      const badge = screen.getByTitle(new RegExp(`^${confidence}: .+`));
      expect(badge.textContent).toBe(confidence);
      expect(badge.classList.contains(`confidence-badge--${confidence}`)).toBe(true);
      // The shape is decoration: hidden from assistive technology, adding no text.
      const hidden = [...badge.children].filter((c) => c.getAttribute('aria-hidden') === 'true');
      expect(hidden).toHaveLength(1);
      expect(hidden[0]?.textContent).toBe('');
    },
  );

  it('gives every confidence a different class (shape) and tooltip', () => {
    const titles = CONFIDENCES.map((c) => {
      const { unmount } = render(<ConfidenceBadge confidence={c} />);
      const title = screen.getByText(c).closest('[title]')?.getAttribute('title');
      unmount();
      return title;
    });
    expect(new Set(titles).size).toBe(CONFIDENCES.length);
  });
});
