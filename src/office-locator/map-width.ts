/**
 * The map's rendered width in CSS px, kept current (the region zoom needs it); 0 until measured.
 * Kept over `@lit-labs/observers`' ResizeController (measured: +2.9 KB minified, +1.0 KB gzip on a Lit
 * element, against 0.5 KB minified for this file): that controller observes the host unless given a
 * target, and the map exists only after a render, so it would need this same first-render step.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class MapWidth implements ReactiveController {
  width = 0;
  private observer?: ResizeObserver;

  /**
   * `measured` runs on each observation, after the frame's layout: a read of computed style there costs no
   * forced style and layout during the page's start.
   */
  constructor(
    private readonly host: ReactiveControllerHost & { renderRoot: ParentNode },
    private readonly selector: string,
    private readonly measured: () => void = () => {},
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const target = this.host.renderRoot.querySelector(this.selector);
    if (!target || this.observer || typeof ResizeObserver === 'undefined') return;
    this.observer = new ResizeObserver(([entry]) => {
      this.measured();
      const width = Math.round(entry.contentRect.width);
      if (width === this.width) return;
      this.width = width;
      this.host.requestUpdate();
    });
    this.observer.observe(target);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
