// @vitest-environment jsdom
// Issue 12: a failed import of a file that was not UTF-8 still says which encoding it was read in
// (the success panel lists it among the warnings; the failure panel only counted warnings).
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { ImportFailurePanel } from '../../src/app/ImportErrors';
import { encodingIssue } from '../../src/data/import';

afterEach(cleanup);

describe('the failure panel names the encoding', () => {
  it('shows the encoding note of a Windows-1252 file that failed', () => {
    const note = encodingIssue('excel.csv', 'windows-1252');
    if (!note) throw new Error('expected a note');
    render(
      <ImportFailurePanel
        report={{
          fileName: 'excel.csv',
          errors: [{ message: 'row 2 (id "f1"), field date: "x" is not a date (YYYY-MM-DD)' }],
          totalErrors: 1,
          warnings: [note, { message: 'another warning' }],
        }}
        onClose={() => {}}
      />,
    );
    expect(screen.getByRole('alert').textContent).toContain('excel.csv: read as Windows-1252');
  });

  it('says nothing of UTF-8', () => {
    expect(encodingIssue('a.csv', 'utf-8')).toBeUndefined();
  });
});
