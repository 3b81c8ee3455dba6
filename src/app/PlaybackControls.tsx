import { useEffect } from 'react';
import { firstWindow, nextWindow, previousWindow, type PlaybackWidth } from '../data/query';
import { selectPlaybackDays } from '../store/selectors';
import { useAirlift } from '../store/store';

/**
 * One step of playback: the next (or previous) window holding a flight that the other filters pass;
 * stops at the end of the data.
 */
export function stepPlayback(direction: 1 | -1): boolean {
  const state = useAirlift.getState();
  if (!state.index) return false;
  const days = selectPlaybackDays(state);
  const { width } = state.playback;
  const { from, to } = state.filters;
  const current = from && to ? { from, to } : undefined;
  const next = !current
    ? firstWindow(days, width)
    : direction === 1
      ? nextWindow(days, current, width)
      : previousWindow(days, current, width);
  if (!next) {
    state.setPlayback({ playing: false });
    return false;
  }
  state.setFilters(next);
  return true;
}

const SPEEDS: [number, string][] = [
  [2000, 'Slow'],
  [1000, 'Normal'],
  [400, 'Fast'],
];

/** Play/pause, step and the window's width and speed; map, table and counts follow the window. */
export function PlaybackControls() {
  const { playing, width, intervalMs } = useAirlift((s) => s.playback);
  const setPlayback = useAirlift((s) => s.setPlayback);

  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => stepPlayback(1), intervalMs);
    return () => clearInterval(timer);
  }, [playing, intervalMs]);

  const toggle = () => {
    if (!playing) {
      // Start from the data's first window unless a window is already set.
      const { from, to } = useAirlift.getState().filters;
      if (!(from && to)) stepPlayback(1);
    }
    setPlayback({ playing: !playing });
  };

  return (
    <div
      className="playback"
      role="group"
      aria-label="Playback"
      onKeyDown={(e) => {
        if (e.key === 'ArrowRight' && e.altKey) stepPlayback(1);
        else if (e.key === 'ArrowLeft' && e.altKey) stepPlayback(-1);
      }}
    >
      <button type="button" onClick={() => stepPlayback(-1)} title="Alt+← steps back too">
        ‹ Step back
      </button>
      <button type="button" onClick={toggle} aria-pressed={playing}>
        {playing ? 'Pause' : 'Play'}
      </button>
      <button type="button" onClick={() => stepPlayback(1)} title="Alt+→ steps forward too">
        Step forward ›
      </button>
      <label>
        Window{' '}
        <select value={width} onChange={(e) => setPlayback({ width: e.target.value as PlaybackWidth })}>
          <option value="week">Week</option>
          <option value="month">Month</option>
          <option value="quarter">Quarter</option>
        </select>
      </label>
      <label>
        Speed{' '}
        <select value={intervalMs} onChange={(e) => setPlayback({ intervalMs: Number(e.target.value) })}>
          {SPEEDS.map(([ms, label]) => (
            <option key={ms} value={ms}>
              {label}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
