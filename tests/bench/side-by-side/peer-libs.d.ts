// The little of dc.js 4 and d3 6 the peer page uses: neither ships types, and the DefinitelyTyped ones
// describe dc 2 and d3 7. Checked against node_modules/dc/src and node_modules/d3 (6.x) sources.
declare module 'd3' {
  export function format(specifier: string): (n: number) => string;
  export function scaleLinear(): { domain(d: [number, number]): unknown };
}

declare module 'dc' {
  interface Group {
    all(): readonly { key: unknown; value: unknown }[];
  }
  export const constants: { EVENT_DELAY: number };
  export const units: { integers: unknown };
  export const filters: { RangedFilter(from: number, to: number): unknown };
  export function redrawAll(): void;
  export function renderAll(): void;
  export class BarChart {
    constructor(parent: string);
    width(w: number): this;
    height(h: number): this;
    dimension(d: unknown): this;
    group(g: Group): this;
    x(scale: unknown): this;
    xUnits(u: unknown): this;
    brushOn(on: boolean): this;
    transitionDuration(ms: number): this;
    xAxis(): { tickFormat(f: (d: unknown) => string): unknown };
    replaceFilter(filter: unknown): this;
    on(event: string, listener: () => void): this;
  }
  export class DataCount {
    constructor(parent: string);
    crossfilter(cf: unknown): this;
    groupAll(g: unknown): this;
    formatNumber(f: (n: number) => string): this;
    html(templates: { some: string; all: string }): this;
  }
}
