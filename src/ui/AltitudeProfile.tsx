import { profileGeometry, utcClock, type ProfilePoint } from './profile-geometry';

const BOX = { width: 320, height: 140, left: 56, right: 8, top: 8, bottom: 22 };

/** Altitude over time for one flight's track: the descent into an airfield is what analysts read. */
export function AltitudeProfile({ points }: { points: readonly ProfilePoint[] }) {
  if (points.length < 2) return null;
  const g = profileGeometry(points, BOX);
  const summary = `Altitude profile from ${utcClock(g.startT)} to ${utcClock(g.endT)}, highest ${g.maxAltFt.toLocaleString('en-US')} ft`;
  return (
    <figure className="altitude-profile">
      <svg
        role="img"
        aria-label={summary}
        viewBox={`0 0 ${BOX.width} ${BOX.height}`}
        width={BOX.width}
        height={BOX.height}
      >
        {g.yTicks.map((tick) => (
          <g key={tick.label} className="altitude-profile-grid">
            <line x1={BOX.left} x2={BOX.width - BOX.right} y1={tick.at} y2={tick.at} />
            <text x={BOX.left - 4} y={tick.at + 3} textAnchor="end">
              {tick.label}
            </text>
          </g>
        ))}
        {g.xTicks.map((tick) => (
          <text
            key={tick.at}
            className="altitude-profile-time"
            x={tick.at}
            y={BOX.height - 6}
            textAnchor="middle"
          >
            {tick.label}
          </text>
        ))}
        {g.paths.map((d, i) => (
          <path key={i} className="altitude-profile-line" d={d} />
        ))}
      </svg>
      <figcaption>{summary}</figcaption>
    </figure>
  );
}
