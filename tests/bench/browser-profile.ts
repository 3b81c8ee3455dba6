// One change profiled through the DevTools protocol: V8's sampling profiler (top self-time functions) and
// the renderer's Performance metrics (script, style, layout time) around the same timed change.
import type { CDPSession, Page } from '@playwright/test';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

const METRICS = ['ScriptDuration', 'RecalcStyleDuration', 'LayoutDuration', 'TaskDuration'];

async function metrics(cdp: CDPSession): Promise<Map<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return new Map(list.map((m) => [m.name, m.value]));
}

/** Self time (ms) per function, from a CPU profile's samples and time deltas. */
export function selfTimes(
  profile: Profile,
  sources: ReadonlyMap<string, string[]> = new Map(),
): { name: string; ms: number }[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const node = byId.get(samples[i] ?? -1);
    if (!node) continue;
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    const file = url.split('/').pop() ?? '';
    // An anonymous function is named by the start of its source line: line numbers alone mean nothing
    // once the build is gone.
    const line = functionName
      ? undefined
      : sources.get(url)?.[lineNumber]?.slice(columnNumber, columnNumber + 70);
    const name = `${functionName || '(anonymous)'}${file ? ` ${file}:${lineNumber + 1}` : ''}${line ? ` «${line.trim()}»` : ''}`;
    // A sample's delta is the time before it; the next sample's delta is the time this one stood for.
    totals.set(name, (totals.get(name) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
  }
  return [...totals].map(([name, ms]) => ({ name, ms })).sort((a, b) => b.ms - a.ms);
}

/** The scripts a profile ran, by URL, as lines (fetched again from the server that served them). */
async function scriptLines(profile: Profile): Promise<Map<string, string[]>> {
  const urls = new Set(profile.nodes.map((n) => n.callFrame.url).filter((u) => u.startsWith('http')));
  const out = new Map<string, string[]>();
  for (const url of urls) {
    try {
      out.set(url, (await (await fetch(url)).text()).split('\n'));
    } catch {
      // A script that cannot be fetched again keeps its line number only.
    }
  }
  return out;
}

/**
 * Runs `expression` (a timed change that resolves with `{ twoFrames }`) under the profiler and returns a
 * short text: the change's time, script/style/layout time from Performance metrics, top self-time functions.
 */
export async function profileChange(
  page: Page,
  label: string,
  expression: string,
  top = 12,
): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Performance.enable');
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    const before = await metrics(cdp);
    await cdp.send('Profiler.start');
    const timing = await page.evaluate<{ twoFrames: number }>(expression);
    const { profile } = await cdp.send('Profiler.stop');
    const after = await metrics(cdp);
    const lines = [`## ${label}: ${timing.twoFrames.toFixed(1)} ms change → painted (under the profiler)`];
    const parts = METRICS.map((m) => {
      const ms = ((after.get(m) ?? 0) - (before.get(m) ?? 0)) * 1000;
      return `${m.replace('Duration', '')} ${ms.toFixed(1)} ms`;
    });
    lines.push(`  main thread: ${parts.join(', ')} (Task includes paint and the rest)`);
    for (const { name, ms } of selfTimes(profile as Profile, await scriptLines(profile as Profile))
      .filter((t) => t.name !== '(idle) ' && !t.name.startsWith('(idle)'))
      .slice(0, top)) {
      lines.push(`  ${ms.toFixed(1).padStart(7)} ms  ${name}`);
    }
    return lines.join('\n');
  } finally {
    await cdp.detach();
  }
}
