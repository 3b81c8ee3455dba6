import { Component, useEffect, useState, type ErrorInfo, type ReactNode } from 'react';
import { exportDataset } from '../io/exports';
import { useAirlift } from '../store/store';

interface State {
  error: Error | null;
}

/**
 * A render error anywhere below shows this message instead of a blank page. The dataset is intact in
 * the store (and IndexedDB), so the analyst can save it before reloading.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('Airlift could not draw the page', error, info.componentStack);
  }

  render() {
    if (!this.state.error) return this.props.children;
    return <RenderErrorMessage error={this.state.error} />;
  }
}

function RenderErrorMessage({ error }: { error: Error }) {
  const dataset = useAirlift((s) => s.dataset);
  return (
    <main className="render-error" role="alert" aria-labelledby="render-error-title">
      <h1 id="render-error-title">Airlift hit an error and cannot show this view</h1>
      <p>
        Your data is safe: it is still loaded
        {dataset ? ` (${dataset.flights.length.toLocaleString('en-US')} flights)` : ''} and kept in this
        browser. Save a copy, then reload the page.
      </p>
      <p className="render-error-detail">{error.message}</p>
      <div className="render-error-actions">
        <button type="button" onClick={() => window.location.reload()}>
          Reload
        </button>
        <button type="button" disabled={!dataset} onClick={() => dataset && exportDataset(dataset)}>
          Export my data
        </button>
      </div>
    </main>
  );
}

/**
 * Browser tests only (a build with VITE_TEST_HOOKS): `window.airliftForceRenderError()` makes this
 * component throw while rendering, as a bug would.
 */
export function RenderErrorTrigger() {
  const [broken, setBroken] = useState(false);
  useEffect(() => {
    const w = window as unknown as { airliftForceRenderError?: () => void };
    w.airliftForceRenderError = () => setBroken(true);
    return () => {
      delete w.airliftForceRenderError;
    };
  }, []);
  if (broken) throw new Error('A render error forced by a test.');
  return null;
}
