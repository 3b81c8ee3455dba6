/**
 * Geometry of the altitude-over-time chart: pure, so the chart component only draws. A null altitude
 * (no barometric reading) breaks the line rather than being drawn as zero.
 */
export interface ProfilePoint {
  /** Unix seconds UTC. */
  t: number;
  altFt: number | null;
}

export interface ProfileTick {
  at: number;
  label: string;
}

export interface ProfileGeometry {
  /** SVG path data, one per unbroken run of altitudes. */
  paths: string[];
  xTicks: ProfileTick[];
  yTicks: ProfileTick[];
  maxAltFt: number;
  startT: number;
  endT: number;
}

export interface ProfileBox {
  width: number;
  height: number;
  left: number;
  bottom: number;
  top: number;
  right: number;
}

const STEPS_FT = [1000, 2000, 5000, 10_000, 20_000];

function altitudeStep(maxFt: number): number {
  return STEPS_FT.find((s) => maxFt / s <= 5) ?? 20_000;
}

/** `HH:MMZ` of a Unix time. */
export function utcClock(t: number): string {
  return new Date(t * 1000).toISOString().slice(11, 16) + 'Z';
}

export function profileGeometry(points: readonly ProfilePoint[], box: ProfileBox): ProfileGeometry {
  const first = points[0];
  const last = points[points.length - 1];
  const startT = first?.t ?? 0;
  const endT = last?.t ?? 0;
  let maxAltFt = 0;
  for (const p of points) if (p.altFt !== null && p.altFt > maxAltFt) maxAltFt = p.altFt;
  const step = altitudeStep(Math.max(maxAltFt, 1000));
  const top = Math.max(step, Math.ceil(maxAltFt / step) * step);
  const plotW = box.width - box.left - box.right;
  const plotH = box.height - box.top - box.bottom;
  const x = (t: number) => box.left + (endT > startT ? ((t - startT) / (endT - startT)) * plotW : 0);
  const y = (alt: number) => box.top + plotH - (Math.max(0, alt) / top) * plotH;

  const paths: string[] = [];
  let run = '';
  for (const p of points) {
    if (p.altFt === null) {
      if (run !== '') paths.push(run);
      run = '';
      continue;
    }
    run += `${run === '' ? 'M' : 'L'}${x(p.t).toFixed(1)},${y(p.altFt).toFixed(1)}`;
  }
  if (run !== '') paths.push(run);

  const yTicks: ProfileTick[] = [];
  for (let alt = 0; alt <= top; alt += step) {
    yTicks.push({ at: y(alt), label: `${alt.toLocaleString('en-US')} ft` });
  }
  const xTicks: ProfileTick[] = [];
  if (endT > startT) {
    const count = 4;
    for (let i = 0; i <= count; i++) {
      const t = startT + ((endT - startT) * i) / count;
      xTicks.push({ at: x(t), label: utcClock(t) });
    }
  }
  return { paths, xTicks, yTicks, maxAltFt, startT, endT };
}
