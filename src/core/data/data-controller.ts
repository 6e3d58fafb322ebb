/**
 * Gives an element its dataset: the bundled one, or the partner's `data-src` once it has loaded
 * and validated. While loading and after a failure the bundled data stays on screen. A request the
 * element no longer needs (`data-src` changed, or the element left the page) is cancelled.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { defaultDataset } from './dataset.js';
import { loadDataset, type LoadProblem } from './load.js';
import type { Dataset, Office } from './types.js';
import { asUrl } from '../coerce.js';
import { warn } from '../warn.js';

export interface DataHost extends ReactiveControllerHost {
  dataSrc?: unknown;
  /** Milliseconds to wait for `data-src` before showing the bundled data. */
  dataTimeout?: unknown;
}

export class DataController implements ReactiveController {
  data: Dataset = defaultDataset;
  problem?: LoadProblem;
  loading = false;
  private requested?: string;
  private generation = 0;
  private abort?: AbortController;
  private badValue?: unknown;

  constructor(private readonly host: DataHost) {
    host.addController(this);
  }

  /** A load cut short by leaving the page starts again when the element comes back. */
  hostConnected(): void {
    if (this.requested === undefined && this.host.dataSrc) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    if (!this.loading) return;
    this.cancel();
    this.requested = undefined;
    this.loading = false;
  }

  private cancel(): void {
    this.generation++;
    this.abort?.abort();
    this.abort = undefined;
  }

  private source(): string | undefined {
    const value = this.host.dataSrc;
    // Warn once per bad value, not on every update.
    const src = value === this.badValue ? null : asUrl('data-src', value);
    if (src === null && value !== null && value !== undefined) this.badValue = value;
    return src?.trim() || undefined;
  }

  hostUpdate(): void {
    const src = this.source();
    if (src === this.requested) return;
    this.cancel();
    this.requested = src;
    const generation = this.generation;
    this.problem = undefined;
    this.data = defaultDataset;
    this.loading = Boolean(src);
    if (!src) return;
    const abort = typeof AbortController === 'function' ? new AbortController() : undefined;
    this.abort = abort;
    const settle = (problem?: LoadProblem, data?: Dataset) => {
      if (generation !== this.generation) return;
      this.loading = false;
      this.abort = undefined;
      if (data) this.data = data;
      if (problem) {
        this.problem = problem;
        // The visitor sees one short notice; the partner's developer gets every problem, one per line.
        const details = problem.kind === 'invalid' ? problem.error.problems.map((p) => `\n  - ${p.message}`).join('') : '';
        // Once per page per file and problem, however many widgets use the file.
        warn(`data-src "${src}" was not used (${problem.kind}); the bundled data is shown.${details}`);
      }
      this.host.requestUpdate();
    };
    const wait = this.host.dataTimeout;
    const timeout = wait === null || wait === undefined || wait === '' ? NaN : Number(wait);
    loadDataset(src, undefined, Number.isFinite(timeout) && timeout >= 0 ? timeout : undefined, abort?.signal).then(
      (result) => {
        if (!result) return;
        if (result.ok) settle(undefined, result.data);
        else settle(result.problem);
      },
      // loadDataset does not reject; this is the last guard against an unhandled rejection.
      () => settle({ kind: 'network' }),
    );
  }

  /**
   * The office with this id, ignoring case (`Houston` finds `houston`). Only the dataset's own
   * offices match: `constructor` or `__proto__` find nothing.
   */
  office(id: unknown): Office | undefined {
    if (typeof id !== 'string') return undefined;
    const wanted = id.trim().toLowerCase();
    return this.data.offices.find((o) => typeof o.id === 'string' && o.id.toLowerCase() === wanted);
  }
}
