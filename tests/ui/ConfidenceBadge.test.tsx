// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { CONFIDENCES } from '../../src/data/contract';
import { ConfidenceBadge } from '../../src/ui/ConfidenceBadge';

afterEach(cleanup);

describe('ConfidenceBadge', () => {
  it.each(CONFIDENCES.map((c) => [c]))(
    'says "%s" in text, with a hidden glyph and its own class',
    (confidence) => {
      const { container } = render(<ConfidenceBadge confidence={confidence} />);
      const badge = container.querySelector('.confidence-badge')!;
      expect(badge.textContent).toBe(confidence);
      expect(badge.classList.contains(`confidence-badge--${confidence}`)).toBe(true);
      const glyph = badge.querySelector('.confidence-badge__glyph')!;
      expect(glyph.getAttribute('aria-hidden')).toBe('true');
      expect(badge.getAttribute('title')).toMatch(new RegExp(`^${confidence}: .+`));
    },
  );

  it('gives every confidence a different class (shape) and tooltip', () => {
    const titles = CONFIDENCES.map((c) => {
      const { container } = render(<ConfidenceBadge confidence={c} />);
      return container.querySelector('.confidence-badge')!.getAttribute('title');
    });
    expect(new Set(titles).size).toBe(CONFIDENCES.length);
  });
});
