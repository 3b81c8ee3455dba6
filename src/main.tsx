import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './ui/ui.css';
import './table/table.css';
import { App } from './app/App';
import { loadBundledDataset } from './app/load-bundled';
import { initTheme } from './app/theme';
import { applyUrlToStore } from './app/use-url-sync';
import { useAirlift } from './store/store';

initTheme();
// Data and filters are in the store before the first render, so the first paint is already complete.
useAirlift.getState().loadDataset(loadBundledDataset(), 'bundled');
applyUrlToStore();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
