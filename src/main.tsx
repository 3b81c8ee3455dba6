import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './ui/ui.css';
import './table/table.css';
import { App } from './app/App';
import { loadBundledDataset } from './app/load-bundled';
import { initTheme } from './ui/theme';
import { applyUrlToStore } from './app/use-url-sync';
import { loadJournal, type JournalState } from './io/journal';
import { freshJournal, startJournalSync } from './io/journal-sync';
import { appStore, loadStoredDataset } from './io/persist';
import { markBundled, MAX_UNDO_STEPS, useAirlift } from './store/store';

initTheme();
// Data and filters are in the store before the first render, so the first paint is already complete.
// The case file comes back from its journal (the data and its undo and redo stacks) before the first
// paint; an import saved before the journal existed otherwise; the sample otherwise.
const bundled = () => markBundled(loadBundledDataset());
const journal = await loadJournal(appStore(), { bundled }, MAX_UNDO_STEPS);
let state: JournalState;
if (journal && 'dataset' in journal) {
  useAirlift.getState().restoreHistory(journal.dataset, journal.past, journal.future);
  state = journal.state;
} else {
  const stored = journal === null ? await loadStoredDataset() : journal;
  if (stored && 'dataset' in stored) useAirlift.getState().loadDataset(stored.dataset, 'imported');
  else {
    useAirlift.getState().loadDataset(bundled(), 'bundled');
    if (stored) useAirlift.getState().addNotices([stored.error]);
  }
  state = freshJournal(useAirlift.getState(), stored !== null && 'dataset' in stored);
}
applyUrlToStore();
// From here on every commit, undo and redo is saved as it happens; but a case file that is still stored
// and could not be read now (too slow, a newer format) is not written over: each change then says so.
const refuse = journal && 'kept' in journal ? journal.kept : undefined;
const sync = startJournalSync({ store: appStore(), state, refuse });
if (import.meta.env.VITE_TEST_HOOKS === 'true')
  void import('./io/journal-test-hooks').then((m) => m.installHistoryTestHooks(sync));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
