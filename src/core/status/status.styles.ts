import { css } from 'lit';

/**
 * The status notice and "help now": calm panels (a note, not an alert), compact so that on a phone the
 * widget's own content still starts on the first screen; the details fold away.
 */
export const statusStyles = css`
  .status-notice,
  .help {
    margin-block: 0 var(--_space-m);
    padding: var(--_space-s) var(--_space-m);
    border-inline-start: 4px solid var(--_crs-primary);
    border-radius: var(--_radius);
    background: var(--_crs-surface-alt);
    color: var(--_crs-text);
    font-size: var(--_font-size-small);
  }
  .status-notice p,
  .help ul {
    margin: 0 0 var(--_space-xs);
  }
  .status-more summary,
  .help-sources summary {
    cursor: pointer;
    color: var(--_crs-link);
    text-decoration: underline;
  }
  .status-more[open] summary,
  .help-sources[open] summary {
    margin-block-end: var(--_space-xs);
  }
  .status-sources,
  .help ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .help-heading {
    font-weight: var(--_font-weight-bold);
  }
  .help li {
    margin-block: 2px;
  }
  /* Inside the card's grid the gap spaces them. */
  .card > .status-notice,
  .card > .help {
    margin: 0;
  }
  @media (forced-colors: active) {
    .status-notice,
    .help {
      border: 1px solid CanvasText;
      border-inline-start-width: 4px;
    }
    .status-more summary,
    .help-sources summary {
      color: LinkText;
    }
  }
`;
