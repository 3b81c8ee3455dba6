// The peer page: the same job as Airlift's views done the way a team would build it without Airlift —
// crossfilter2 for the filters, dc.js 4 for the day histogram and the counts, Leaflet's canvas renderer for
// the routes weighted by flight count, and a plain table of the first rows. Bundled by esbuild into an IIFE
// and driven by tests/bench/browser-side-by-side.ts through the same labelled controls as Airlift.
//
// Idiomatic use, checked against dc.js 4.2.7's own docs and sources (looked up with the search tool:
// src/charts/data-count.js on unpkg and dc-js.github.io/dc.js/docs): `new dc.BarChart(parent)` with
// `.dimension(dim).group(dim.group())`, `.x(d3.scaleTime())` + `.xUnits(d3.timeDays)`; `new
// dc.DataCount(parent).crossfilter(ndx).groupAll(ndx.groupAll())`; filters through crossfilter's
// `dimension.filterRange` / `filterFunction` / `filterAll`, then `dc.redrawAll()` as the docs say after a
// filter set outside a chart; `dc.renderAll()` once. Leaflet: one `L.polyline` per route on a shared
// `L.canvas()` renderer, `setStyle({ weight })` on change (no layer rebuild). The table reads
// `dimension.bottom(k)` of the sort column, the crossfilter way to get the first rows in an order.
import crossfilter from 'crossfilter2';
import * as dc from 'dc';
import * as d3 from 'd3';
import L from 'leaflet';

/** The columns the bench passes in (one entry per flight). */
export interface PeerData {
  day: number[]; // days since 1970-01-01
  route: number[]; // index into routes
  text: string[]; // lower-cased searchable text
  label: string[]; // "date origin→destination callsign" shown in the table
  callsign: string[];
  publishers: number[];
  routes: { from: [number, number]; to: [number, number] }[];
}

interface Row {
  i: number;
}

const DAY = 86_400_000;
const ROWS = 50;
const WINDOW_DAYS = 7;

function build(data: PeerData): void {
  const n = data.day.length;
  const records: Row[] = Array.from({ length: n }, (_, i) => ({ i }));
  const ndx = crossfilter(records);
  const dateDim = ndx.dimension((r: Row) => data.day[r.i] ?? 0);
  const textDim = ndx.dimension((r: Row) => data.text[r.i] ?? '');
  const pubDim = ndx.dimension((r: Row) => data.publishers[r.i] ?? 0);
  const callsignDim = ndx.dimension((r: Row) => data.callsign[r.i] ?? '');
  const routeDim = ndx.dimension((r: Row) => data.route[r.i] ?? 0);
  const routeGroup = routeDim.group();
  const dayGroup = dateDim.group();
  let minDay = Infinity;
  let maxDay = -Infinity;
  for (const d of data.day) {
    if (d < minDay) minDay = d;
    if (d > maxDay) maxDay = d;
  }

  const chart = new dc.BarChart('#histogram');
  chart
    .width(900)
    .height(120)
    .dimension(dateDim)
    .group(dayGroup)
    .keyAccessor((d: { key: number }) => new Date(d.key * DAY))
    .x(d3.scaleTime().domain([new Date(minDay * DAY), new Date((maxDay + 1) * DAY)]))
    .xUnits(d3.timeDays)
    .brushOn(false)
    .transitionDuration(0);
  new dc.DataCount('.counts-line')
    .crossfilter(ndx)
    .groupAll(ndx.groupAll())
    .formatNumber(d3.format(',d'))
    .html({ some: '%filter-count of %total-count flights', all: '%total-count flights' });

  const map = L.map('map', { preferCanvas: true }).setView([30, 20], 2);
  const renderer = L.canvas();
  const lines = data.routes.map((r) =>
    L.polyline([r.from, r.to], { renderer, weight: 1, color: '#2a6' }).addTo(map),
  );
  const drawRoutes = () => {
    const counts = new Map<number, number>();
    for (const g of routeGroup.all()) counts.set(Number(g.key), Number(g.value));
    lines.forEach((line, k) => {
      const c = counts.get(k) ?? 0;
      line.setStyle({ weight: c ? 1 + Math.log2(c) : 0, opacity: c ? 0.8 : 0 });
    });
  };

  const tbody = document.querySelector('tbody') as HTMLTableSectionElement;
  let sortDim = dateDim;
  const drawTable = () => {
    const rows = sortDim.bottom(ROWS) as Row[];
    tbody.replaceChildren(
      ...rows.map((r) => {
        const tr = document.createElement('tr');
        const td = document.createElement('td');
        td.textContent = data.label[r.i] ?? '';
        tr.append(td);
        return tr;
      }),
    );
  };
  const redraw = () => {
    dc.redrawAll();
    drawRoutes();
    drawTable();
  };

  const input = (id: string) => document.getElementById(id) as HTMLInputElement;
  const toDay = (value: string) => Math.floor(Date.parse(value) / DAY);
  input('from').addEventListener('change', (e) => {
    const value = (e.target as HTMLInputElement).value;
    if (value) dateDim.filterRange([toDay(value), maxDay + 1]);
    else dateDim.filterAll();
    redraw();
  });
  input('text').addEventListener('keydown', (e) => {
    if (e.key !== 'Enter') return;
    const q = (e.target as HTMLInputElement).value.toLowerCase();
    if (q) textDim.filterFunction((t) => String(t).includes(q));
    else textDim.filterAll();
    redraw();
  });
  input('evidence').addEventListener('change', (e) => {
    if ((e.target as HTMLInputElement).checked) pubDim.filterRange([2, Infinity]);
    else pubDim.filterAll();
    redraw();
  });
  let windowStart = minDay - WINDOW_DAYS;
  document.getElementById('step')?.addEventListener('click', () => {
    windowStart = windowStart + WINDOW_DAYS > maxDay ? minDay : windowStart + WINDOW_DAYS;
    dateDim.filterRange([windowStart, windowStart + WINDOW_DAYS]);
    redraw();
  });
  document.getElementById('sort-callsign')?.addEventListener('click', () => {
    sortDim = sortDim === callsignDim ? dateDim : callsignDim;
    drawTable();
  });

  dc.renderAll();
  drawRoutes();
  drawTable();
}

(window as unknown as { peerBuild: typeof build }).peerBuild = build;
