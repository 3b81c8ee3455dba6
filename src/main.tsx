import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './ui/ui.css';
import './table/table.css';
import { App } from './app/App';
import { loadBundledDataset } from './app/load-bundled';
import { initTheme } from './ui/theme';
import { applyUrlToStore } from './app/use-url-sync';
import { loadStoredDataset } from './io/persist';
import { useAirlift } from './store/store';

initTheme();
// Data and filters are in the store before the first render, so the first paint is already complete.
// The analyst's last import (if any) comes back before the first paint; the sample otherwise.
const stored = await loadStoredDataset();
if (stored && 'dataset' in stored) {
  useAirlift.getState().loadDataset(stored.dataset, 'imported');
} else {
  useAirlift.getState().loadDataset(loadBundledDataset(), 'bundled');
  if (stored) useAirlift.getState().addNotices([stored.error]);
}
applyUrlToStore();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
