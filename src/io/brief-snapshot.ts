/**
 * The map and timeline picture of a brief: the same snapshot the "Snapshot PNG" export makes, as an
 * object URL the brief shows (revoked by the caller when the brief closes).
 */
import type { AirliftState } from '../store/store';
import { snapshotCaption, type SnapshotOptions, type SnapshotTargets } from './exports';
import { snapshotPng } from './snapshot';

export async function snapshotUrl(
  state: AirliftState,
  targets: SnapshotTargets,
  options: SnapshotOptions,
): Promise<string | undefined> {
  if (!targets.map) return undefined;
  const png = await snapshotPng({
    map: targets.map,
    timeline: targets.timeline ?? null,
    timelineDefs: targets.timelineDefs ?? null,
    caption: snapshotCaption(state, options),
    background: options.background,
    foreground: options.foreground,
  });
  return URL.createObjectURL(png);
}
