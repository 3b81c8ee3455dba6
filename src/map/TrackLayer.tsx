import { memo, useState } from 'react';
import type { PathOptions } from 'leaflet';
import { Polyline, Tooltip, useMapEvents } from 'react-leaflet';
import type { TrackLine } from '../data/tracks';
import { selectTrackDrawings } from '../store/track-selectors';
import { useAirlift } from '../store/store';

/** Line styles of a track (the legend draws the same). Constant objects: react-leaflet compares them. */
export const TRACK_STYLE = {
  seen: { color: '#0f766e', weight: 3, opacity: 0.95 },
  gap: { color: '#b45309', weight: 2, opacity: 0.9, dashArray: '6 6' },
  end: { color: '#6b7280', weight: 2, opacity: 0.45, dashArray: '2 6' },
} as const satisfies Record<TrackLine['kind'], PathOptions>;

const DARK_SEEN: PathOptions = { ...TRACK_STYLE.seen, color: '#5eead4' };

/** The selection's observed tracks: solid where seen, dashed across gaps, faint to inferred ends. */
export function TrackLayer({ dark }: { dark: boolean }) {
  const map = useMapEvents({ zoomend: () => setZoom(map.getZoom()) });
  const [zoom, setZoom] = useState(() => map.getZoom());
  const drawings = useAirlift((s) => selectTrackDrawings(s, zoom));
  return (
    <>
      {drawings.map((d) =>
        d.lines.map((line, i) => <TrackPath key={`${d.flightId}:${i}`} line={line} dark={dark} />),
      )}
    </>
  );
}

const TrackPath = memo(function TrackPath({ line, dark }: { line: TrackLine; dark: boolean }) {
  const style = line.kind === 'seen' && dark ? DARK_SEEN : TRACK_STYLE[line.kind];
  if (line.kind === 'seen')
    return <Polyline positions={line.positions} pathOptions={style} interactive={false} />;
  // Tooltip children are text: a label never reaches the page as HTML.
  return (
    <Polyline positions={line.positions} pathOptions={style}>
      <Tooltip sticky>{line.label}</Tooltip>
    </Polyline>
  );
});
