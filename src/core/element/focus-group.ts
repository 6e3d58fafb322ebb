/**
 * Keyboard movement inside a group of focusable items, written once for every element (modelled on
 * Spectrum's FocusGroupController): arrow keys, Home and End move focus among the items; optional
 * type-ahead jumps to the next item whose name starts with the letters typed; with `roving` the group
 * is one Tab stop (the last focused item keeps tabindex 0, the others -1; APG "roving tabindex").
 *
 * Keys always act on the item that has focus (the event's target), never on a remembered one, so a
 * screen reader that moves focus itself is followed. The host calls `onKeydown` from its template and
 * `onFocusin` wherever it already listens (an HTML ancestor: a focus listener on an SVG element makes
 * Chromium treat that element as focusable).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type FocusItem = HTMLElement | SVGElement;
/** Where an arrow key leads from an item: another item, or undefined to stay. */
export type ArrowMove<T extends FocusItem> = (from: T, key: string, items: readonly T[]) => T | undefined;

export interface FocusGroupOptions<T extends FocusItem> {
  /** The items, in Home/End and type-ahead order. */
  items: () => T[];
  /** `vertical` (Up/Down), `horizontal` (Left/Right, mirrored in right-to-left text), `both`, or a custom move. */
  direction?: 'vertical' | 'horizontal' | 'both' | ArrowMove<T>;
  /** Whether moving past the last item goes to the first (linear directions only). */
  wrap?: boolean;
  /** Manage tabindex so the whole group is one Tab stop. */
  roving?: boolean;
  /** A stable key for an item, to keep the Tab stop across re-renders (default: its id). */
  key?: (item: T) => string;
  /** The item holding the Tab stop before any is focused. */
  initial?: () => string | undefined;
  /** The names type-ahead matches, best first (a name, then e.g. a code); no type-ahead without it. */
  names?: (item: T) => readonly string[];
  /** Called after focus moved to an item by a key. */
  onMove?: (item: T) => void;
}

const TYPEAHEAD_MS = 1000;

export class FocusGroupController<T extends FocusItem> implements ReactiveController {
  private current?: string;
  private typed = '';
  private typedAt = 0;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: FocusGroupOptions<T>,
  ) {
    host.addController(this);
  }

  private keyOf(item: T): string {
    return this.options.key?.(item) ?? item.id;
  }

  /** The key of the item holding the Tab stop. */
  get tabStop(): string | undefined {
    return this.current ?? this.options.initial?.();
  }

  hostUpdated(): void {
    if (!this.options.roving) return;
    const items = this.options.items();
    const stop = this.tabStop;
    const holder = items.find((item) => this.keyOf(item) === stop) ?? items[0];
    for (const item of items) item.setAttribute('tabindex', item === holder ? '0' : '-1');
  }

  /** Forgets the item focused last, so the Tab stop goes back to `initial` (e.g. after a choice made elsewhere). */
  forget(): void {
    this.current = undefined;
  }

  /** Focuses an item and gives it the Tab stop. */
  focus(item: T): void {
    this.current = this.keyOf(item);
    this.hostUpdated();
    item.focus({ preventScroll: false });
  }

  /** Remembers which item has focus (from a focusin listener), so Tab comes back to it. */
  readonly onFocusin = (event: Event): void => {
    const item = this.options.items().find((i) => i === event.target);
    if (item && this.keyOf(item) !== this.current) {
      // Focus moved by other means (pointer, screen reader, script): type-ahead starts afresh.
      this.typed = '';
      this.current = this.keyOf(item);
      this.hostUpdated();
    }
  };

  readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const items = this.options.items();
    const from = items.find((item) => item === event.target || item.contains(event.target as Node));
    if (!from) return;
    const next = this.target(event, from, items);
    if (event.key.length !== 1 || event.key === ' ') this.typed = '';
    if (!next) return;
    event.preventDefault();
    if (next !== from) {
      this.focus(next);
      this.options.onMove?.(next);
    }
  };

  private target(event: KeyboardEvent, from: T, items: T[]): T | undefined {
    const { key } = event;
    if (key === 'Home') return items[0];
    if (key === 'End') return items[items.length - 1];
    if (key.startsWith('Arrow')) return this.arrow(from, key, items) ?? (this.handles(key) ? from : undefined);
    if (key.length === 1 && key !== ' ' && this.options.names) return this.typeahead(key, from, items);
    return undefined;
  }

  private handles(key: string): boolean {
    const direction = this.options.direction ?? 'vertical';
    if (typeof direction === 'function' || direction === 'both') return true;
    return direction === 'vertical' ? key === 'ArrowUp' || key === 'ArrowDown' : key === 'ArrowLeft' || key === 'ArrowRight';
  }

  private arrow(from: T, key: string, items: T[]): T | undefined {
    const direction = this.options.direction ?? 'vertical';
    if (typeof direction === 'function') return direction(from, key, items);
    if (!this.handles(key)) return undefined;
    // The text's direction, from the nearest dir attribute: a map may be drawn left to right in any language.
    const rtl = (from.closest('[dir]')?.getAttribute('dir') ?? getComputedStyle(from).direction) === 'rtl';
    const forward = key === 'ArrowDown' || key === (rtl ? 'ArrowLeft' : 'ArrowRight');
    const index = items.indexOf(from) + (forward ? 1 : -1);
    if (this.options.wrap) return items[(index + items.length) % items.length];
    return items[Math.max(0, Math.min(items.length - 1, index))];
  }

  /** Letters typed within a second add up to a prefix; a single letter, or the same one repeated, moves past the current item. */
  private typeahead(key: string, from: T, items: T[]): T | undefined {
    const now = Date.now();
    this.typed = now - this.typedAt > TYPEAHEAD_MS ? key : this.typed + key;
    this.typedAt = now;
    // The same letter again cycles through the items it starts (APG listbox type-ahead).
    const cycling = /^(.)\1*$/su.test(this.typed);
    const prefix = (cycling ? key : this.typed).toLocaleLowerCase();
    const start = items.indexOf(from) + (cycling ? 1 : 0);
    const rotated = [...items.slice(start), ...items.slice(0, start)];
    const names = rotated.map((item) => this.options.names!(item).map((n) => n.toLocaleLowerCase()));
    const depth = Math.max(0, ...names.map((n) => n.length));
    for (let rank = 0; rank < depth; rank++) {
      const found = rotated.find((_, i) => names[i][rank]?.startsWith(prefix));
      if (found) return found;
    }
    return undefined;
  }
}
