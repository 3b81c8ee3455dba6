// Shared test setup: jsdom lacks a few browser APIs that Leaflet and the virtual list touch.
if (typeof window !== 'undefined') {
  // Leaflet's canvas renderer asks for a 2D context that jsdom does not implement.
  if (
    !('getContext' in HTMLCanvasElement.prototype) ||
    typeof window.CanvasRenderingContext2D === 'undefined'
  ) {
    HTMLCanvasElement.prototype.getContext = (() => null) as unknown as HTMLCanvasElement['getContext'];
  }
  if (!window.ResizeObserver) {
    window.ResizeObserver = class {
      observe() {}
      unobserve() {}
      disconnect() {}
    } as unknown as typeof ResizeObserver;
  }
}
export {};
