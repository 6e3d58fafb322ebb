/**
 * Gives an element its dataset: the bundled one, or the partner's `data-src` once it has loaded
 * and validated. While loading and after a failure the bundled data stays on screen.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { defaultDataset } from './dataset.js';
import { loadDataset, type LoadProblem } from './load.js';
import type { Dataset, Office } from './types.js';

export interface DataHost extends ReactiveControllerHost {
  dataSrc?: string | null;
}

export class DataController implements ReactiveController {
  data: Dataset = defaultDataset;
  problem?: LoadProblem;
  loading = false;
  private requested?: string;
  private generation = 0;

  constructor(private readonly host: DataHost) {
    host.addController(this);
  }

  hostUpdate(): void {
    const src = this.host.dataSrc?.trim() || undefined;
    if (src === this.requested) return;
    this.requested = src;
    const generation = ++this.generation;
    this.problem = undefined;
    this.data = defaultDataset;
    this.loading = Boolean(src);
    if (!src) return;
    void loadDataset(src).then((result) => {
      if (generation !== this.generation) return;
      this.loading = false;
      if (result.ok) this.data = result.data;
      else {
        this.problem = result.problem;
        console.warn(`[crs-widgets] data-src "${src}" was not used:`, result.problem);
      }
      this.host.requestUpdate();
    });
  }

  office(id: string): Office | undefined {
    return this.data.offices.find((o) => o.id === id);
  }
}
