/**
 * Time limits for browser calls that may never answer. IndexedDB on some locked-down profiles never
 * fires success or error for `indexedDB.open`; an image or `canvas.toBlob` may never call back. A
 * promise that never settles must not hold the app: each such call is raced against a timer.
 */

/** `work`, or `fallback()` if it has not settled after `ms` (the timer is cleared either way). */
export async function within<T>(work: Promise<T>, ms: number, fallback: () => T): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(fallback()), ms);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** `work`, or a rejection with `message` if it has not settled after `ms`. */
export async function rejectAfter<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}
