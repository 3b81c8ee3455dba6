import { useRef } from 'react';
import type { FieldError } from '../../data/edit';
import { errorText, sourceRow, SOURCE_PARTS, type SourcePart, type SourceRow } from './form-model';

const PART_LABELS: Record<SourcePart, string> = {
  publisher: 'Publisher',
  title: 'Title',
  url: 'Link (http or https)',
  published: 'Published (YYYY-MM-DD)',
};

export interface SourcesEditorProps {
  idBase: string;
  rows: readonly SourceRow[];
  onChange(rows: SourceRow[]): void;
  /** Errors of row N (1-based, as the validator names `sources[N]`), and of the list as a whole. */
  rowErrors(n: number): readonly FieldError[];
  listErrors: readonly FieldError[];
  onTouch(key: string): void;
}

/** The flight's sources as rows (publisher, title, link, date) to add and remove. */
export function SourcesEditor({
  idBase,
  rows,
  onChange,
  rowErrors,
  listErrors,
  onTouch,
}: SourcesEditorProps) {
  const list = useRef<HTMLDivElement>(null);
  const listErrorId = `${idBase}-error`;

  const set = (i: number, part: SourcePart, value: string) =>
    onChange(rows.map((row, k) => (k === i ? { ...row, [part]: value } : row)));
  const add = () => {
    onChange([...rows, sourceRow()]);
    // Focus the new row's publisher once it is rendered.
    requestAnimationFrame(() =>
      list.current?.querySelector<HTMLInputElement>('fieldset:last-of-type input')?.focus(),
    );
  };
  const remove = (i: number) => {
    onChange(rows.filter((_, k) => k !== i));
    onTouch('sources');
  };

  return (
    <fieldset className="sources-editor" aria-describedby={listErrors.length ? listErrorId : undefined}>
      <legend>Sources</legend>
      <div ref={list}>
        {rows.map((row, i) => {
          const errors = rowErrors(i + 1);
          const errorId = `${idBase}-${row.key}-error`;
          return (
            <fieldset key={row.key} className="sources-editor__row">
              <legend>Source {i + 1}</legend>
              {SOURCE_PARTS.map((part) => {
                const id = `${idBase}-${row.key}-${part}`;
                const mine = errors.some(
                  (e) => e.field.endsWith(`.${part}`) || e.field === `sources[${i + 1}]`,
                );
                return (
                  <label key={part} htmlFor={id} className="flight-form__field">
                    <span>{PART_LABELS[part]}</span>
                    <input
                      id={id}
                      name={`sources[${i + 1}].${part}`}
                      type={part === 'url' ? 'url' : 'text'}
                      value={row[part]}
                      aria-invalid={mine || undefined}
                      aria-describedby={mine ? errorId : undefined}
                      onChange={(e) => set(i, part, e.target.value)}
                      onBlur={() => onTouch(`sources[${i + 1}]`)}
                    />
                  </label>
                );
              })}
              <button
                type="button"
                className="sources-editor__remove"
                aria-label={`Remove source ${i + 1}`}
                onClick={() => remove(i)}
              >
                Remove
              </button>
              {errors.length ? (
                <p id={errorId} className="field-error">
                  {errors.map(errorText).join('; ')}
                </p>
              ) : null}
            </fieldset>
          );
        })}
      </div>
      <button type="button" onClick={add}>
        Add source
      </button>
      {listErrors.length ? (
        <p id={listErrorId} className="field-error">
          {listErrors.map(errorText).join('; ')}
        </p>
      ) : null}
    </fieldset>
  );
}
