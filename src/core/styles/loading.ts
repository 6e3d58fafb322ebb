/** The quiet placeholder shown while partner data loads: it reserves room so the page does not jump. */
import { css } from 'lit';

export const loadingStyles = css`
  .loading {
    min-height: var(--_loading-height, 12em);
    padding: var(--_space-m, 1em);
    color: var(--_crs-muted);
  }
`;
