// The peer page: Airlift's job at a change done the way an analyst's team would build it without Airlift —
// crossfilter2 for the filters, dc.js 4 for the day histogram (with its brush) and the counts, Leaflet's canvas
// renderer for the routes weighted by flight count, and a plain table of the first rows in the sort order.
// Bundled by esbuild into an IIFE; the bench drives it through the same labelled controls as Airlift.
//
// Idiomatic use, checked against dc.js 4.2.7's sources in node_modules/dc/src (base/coordinate-grid-mixin.js,
// charts/bar-chart.js, charts/data-count.js, core/events.js) and crossfilter2's README: one crossfilter of
// row objects, one dimension per filtered field; the histogram is `new BarChart(el).dimension(dim)
// .group(dim.group())` with its brush on; a filter set from outside the chart goes through
// `chart.replaceFilter(filters.RangedFilter(a, b))` then `redrawAll()`, as dc's docs say. The one change
// from dc's defaults: `constants.EVENT_DELAY = 0`. dc throttles brush events by 40 ms; left on, each brush
// step would carry a 40 ms wait that is not work, and the peer would look slower than it is.
// Leaflet: one `L.polyline` per route (an arc, as Airlift draws) on one `L.canvas()` renderer; a change
// calls `setStyle` on the routes whose weight changed (no layer rebuilt). The table reads
// `dimension.bottom(50)` / `top(50)` of the sort column: crossfilter's way to the first rows in an order.
import crossfilter from 'crossfilter2';
import { BarChart, DataCount, constants, filters, redrawAll, renderAll, units } from 'dc';
import { format, scaleLinear } from 'd3';
import L from 'leaflet';

/** What the bench writes for the page: one entry per flight in each column, plus the routes' ends. */
export interface PeerData {
  /** Days since 1970-01-01. */
  day: number[];
  route: number[];
  /** Lower-cased searchable text, fields joined with \u0000 (a match cannot span two fields). */
  text: string[];
  /** Distinct publishers among the flight's sources. */
  publishers: number[];
  callsign: string[];
  /** The table's cells, joined with tabs. */
  cells: string[];
  routes: { from: [number, number]; to: [number, number] }[];
}

interface Row {
  day: number;
  route: number;
  text: string;
  publishers: number;
  callsign: string;
  cells: string;
}

const ROWS = 50;
const WINDOW_DAYS = 7;
const DAY_MS = 86_400_000;

/** An arc between two points, as a quadratic Bézier bowed to one side (Airlift draws routes the same way). */
function arc(from: [number, number], to: [number, number], steps = 24): [number, number][] {
  const [la, lo] = from;
  const [lb, lob] = to;
  const bend = 0.2;
  const cx = (la + lb) / 2 + (lob - lo) * bend;
  const cy = (lo + lob) / 2 - (lb - la) * bend;
  const points: [number, number][] = [];
  for (let s = 0; s <= steps; s++) {
    const t = s / steps;
    const u = 1 - t;
    points.push([u * u * la + 2 * u * t * cx + t * t * lb, u * u * lo + 2 * u * t * cy + t * t * lob]);
  }
  return points;
}

function build(data: PeerData): void {
  constants.EVENT_DELAY = 0;
  const rows: Row[] = data.day.map((day, i) => ({
    day,
    route: data.route[i] ?? 0,
    text: data.text[i] ?? '',
    publishers: data.publishers[i] ?? 0,
    callsign: data.callsign[i] ?? '',
    cells: data.cells[i] ?? '',
  }));
  const ndx = crossfilter(rows);
  const dayDim = ndx.dimension((r: Row) => r.day);
  const textDim = ndx.dimension((r: Row) => r.text);
  const publisherDim = ndx.dimension((r: Row) => r.publishers);
  const callsignDim = ndx.dimension((r: Row) => r.callsign);
  const routeGroup = ndx.dimension((r: Row) => r.route).group();
  const days = dayDim.group();
  const activeDays = days.all().map((g) => Number(g.key));
  const minDay = activeDays[0] ?? 0;
  const maxDay = activeDays.at(-1) ?? 0;

  const chart = new BarChart('#histogram');
  chart
    .width(700)
    .height(140)
    .dimension(dayDim)
    .group(days)
    .x(scaleLinear().domain([minDay, maxDay + 1]))
    .xUnits(units.integers)
    .brushOn(true)
    .transitionDuration(0);
  chart.xAxis().tickFormat((d) => new Date(Number(d) * DAY_MS).toISOString().slice(0, 7));
  new DataCount('.counts-line')
    .crossfilter(ndx)
    .groupAll(ndx.groupAll())
    .formatNumber(format(',d'))
    .html({ some: '%filter-count of %total-count flights', all: '%total-count flights' });

  const map = L.map('map', { preferCanvas: true }).setView([30, 30], 3);
  const renderer = L.canvas();
  const lines = data.routes.map((r) =>
    L.polyline(arc(r.from, r.to), { renderer, weight: 0, opacity: 0, color: '#b35900' }).addTo(map),
  );
  const weights = new Float64Array(lines.length).fill(-1);
  const drawRoutes = () => {
    const next = new Float64Array(lines.length);
    for (const g of routeGroup.all()) next[Number(g.key)] = Number(g.value);
    lines.forEach((line, k) => {
      const c = next[k] ?? 0;
      const weight = c ? 1 + Math.log2(c) : 0;
      if (weight === weights[k]) return;
      weights[k] = weight;
      line.setStyle({ weight, opacity: c ? 0.8 : 0 });
    });
  };

  const tbody = document.querySelector('tbody') as HTMLTableSectionElement;
  let sort: 'date' | 'callsign-asc' | 'callsign-desc' = 'date';
  const drawTable = () => {
    const first =
      sort === 'date'
        ? dayDim.bottom(ROWS)
        : sort === 'callsign-asc'
          ? callsignDim.bottom(ROWS)
          : callsignDim.top(ROWS);
    tbody.replaceChildren(
      ...(first as Row[]).map((r) => {
        const tr = document.createElement('tr');
        for (const text of r.cells.split('\t')) {
          const td = document.createElement('td');
          td.textContent = text;
          tr.append(td);
        }
        return tr;
      }),
    );
  };
  // Every filter change (the chart's own brush included) redraws the map and the table too.
  chart.on('filtered.peer', () => {
    drawRoutes();
    drawTable();
  });
  const setRange = (from: number, to: number | undefined) => {
    chart.replaceFilter(
      to === undefined && from <= minDay ? null : filters.RangedFilter(from, (to ?? maxDay) + 1),
    );
    redrawAll();
  };
  const others = () => {
    redrawAll();
    drawRoutes();
    drawTable();
  };

  const input = (id: string) => document.getElementById(id) as HTMLInputElement;
  input('from').addEventListener('change', (e) => {
    const value = (e.target as HTMLInputElement).value;
    setRange(value ? Math.floor(Date.parse(value) / DAY_MS) : minDay, undefined);
  });
  input('text').addEventListener('keydown', (e) => {
    if (e.key !== 'Enter') return;
    const needle = (e.target as HTMLInputElement).value.trim().toLowerCase();
    if (needle) textDim.filterFunction((t) => String(t).includes(needle));
    else textDim.filterAll();
    others();
  });
  input('evidence').addEventListener('change', (e) => {
    if ((e.target as HTMLInputElement).checked) publisherDim.filterRange([2, Infinity]);
    else publisherDim.filterAll();
    others();
  });
  // Playback: a week's window that skips empty stretches (the next window starts on the next day with flights).
  let windowEnd = minDay - 1;
  document.getElementById('step')?.addEventListener('click', () => {
    const next = activeDays.find((d) => d > windowEnd) ?? minDay;
    windowEnd = next + WINDOW_DAYS - 1;
    setRange(next, windowEnd);
  });
  document.querySelector('.flights-table__sort')?.addEventListener('click', () => {
    sort = sort === 'callsign-asc' ? 'callsign-desc' : 'callsign-asc';
    drawTable();
  });

  renderAll();
  drawRoutes();
  drawTable();

  // The brush driver for the bench: mouse events on d3-brush's selection, as a user's drag sends them.
  const mouse = (target: EventTarget, type: string, x: number, y: number) =>
    target.dispatchEvent(
      new MouseEvent(type, { clientX: x, clientY: y, button: 0, buttons: 1, bubbles: true, view: window }),
    );
  let grip = { x: 0, y: 0 };
  (window as unknown as { __bench: object }).__bench = {
    brushBegin() {
      const span = maxDay - minDay;
      chart.replaceFilter(filters.RangedFilter(minDay + span * 0.3, minDay + span * 0.4));
      redrawAll();
      const selection = document.querySelector('#histogram .brush .selection') as SVGRectElement;
      const box = selection.getBoundingClientRect();
      grip = { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      mouse(selection, 'mousedown', grip.x, grip.y);
    },
    brushStep(k: number) {
      mouse(window, 'mousemove', grip.x + 6 * k, grip.y);
    },
    brushEnd() {
      mouse(window, 'mouseup', grip.x, grip.y);
    },
    /** No filter, the default sort (the bench calls it between series, untimed). */
    reset() {
      chart.replaceFilter(null);
      for (const dim of [textDim, publisherDim]) dim.filterAll();
      (document.getElementById('text') as HTMLInputElement).value = '';
      (document.getElementById('evidence') as HTMLInputElement).checked = false;
      windowEnd = minDay - 1;
      sort = 'date';
      others();
    },
  };
}

/** Reads the bench's line file (route ends, then one line per flight) as a stream, into columns. */
async function load(): Promise<void> {
  const name = new URLSearchParams(location.search).get('data');
  if (!name) throw new Error('peer page: no ?data=');
  const response = await fetch(name);
  if (!response.ok || !response.body) throw new Error(`peer page: ${name}: ${response.status}`);
  const data: PeerData = {
    day: [],
    route: [],
    text: [],
    publishers: [],
    callsign: [],
    cells: [],
    routes: [],
  };
  let first = true;
  const take = (line: string) => {
    if (!line) return;
    if (first) {
      data.routes = JSON.parse(line) as PeerData['routes'];
      first = false;
      return;
    }
    const [day, route, publishers, callsign, text, cells] = JSON.parse(line) as [
      number,
      number,
      number,
      string,
      string,
      string,
    ];
    data.day.push(day);
    data.route.push(route);
    data.publishers.push(publishers);
    data.callsign.push(callsign);
    data.text.push(text);
    data.cells.push(cells);
  };
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let rest = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    const lines = (rest + value).split('\n');
    rest = lines.pop() ?? '';
    lines.forEach(take);
  }
  take(rest);
  build(data);
  document.body.dataset.ready = String(data.day.length);
}

void load();
