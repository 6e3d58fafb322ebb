import { css } from 'lit';

export const contactCardStyles = css`
  .card {
    display: grid;
    gap: var(--_space-m);
    padding: var(--_space-l);
    border: 1px solid var(--_crs-border);
    border-radius: var(--_radius);
    background: var(--_crs-surface);
    box-shadow: var(--_shadow);
    color: var(--_crs-text);
  }
  .card.is-compact {
    gap: var(--_space-s);
    padding: var(--_space-m);
  }
  .eyebrow,
  .place,
  .note,
  .source {
    color: var(--_crs-muted);
    font-size: var(--_font-size-small);
  }
  .title {
    color: var(--_crs-primary);
    font-size: var(--_font-size-large);
    font-weight: var(--_font-weight-bold);
  }
  address {
    font-style: normal;
  }
  .methods {
    display: grid;
    gap: var(--_space-s);
  }
  .method {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_space-xs) var(--_space-s);
  }
  /* Wide enough for "Phone (CRS headquarters)" to wrap between words, never past the card. */
  .method dt {
    flex: 0 0 9em;
    max-inline-size: 100%;
    overflow-wrap: break-word;
    font-weight: var(--_font-weight-bold);
  }
  .is-compact .method dt {
    flex-basis: auto;
  }
  .method dd {
    flex: 1 1 auto;
    display: flex;
    flex-wrap: wrap;
    /* On first baselines, a two-line copy confirmation leaves the number and button where they were. */
    align-items: baseline;
    gap: var(--_space-s);
    margin: 0;
  }
  .social {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s) var(--_space-m);
    list-style: none;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }
  .copy {
    background: var(--_crs-surface);
    color: var(--_crs-primary);
  }
  .copy {
    min-block-size: 32px;
    min-inline-size: 44px;
    padding: var(--_space-xs) var(--_space-s);
    border: 1px solid var(--_crs-border);
    border-radius: var(--_radius);
    font-size: var(--_font-size-small);
  }
  .button:hover,
  .copy:hover {
    text-decoration: underline;
  }
  /*
   * Beside the button when the line has room, else on the next line of the same row. Contained, its
   * width never widens the row, so the number and button do not jump under the label when it shows.
   */
  .copied {
    contain: inline-size;
    flex: 1 1 8em;
    color: var(--_crs-success);
    font-size: var(--_font-size-small);
    font-weight: var(--_font-weight-bold);
  }
  .copied.failed {
    color: var(--_crs-error);
  }
  .copied .value {
    white-space: nowrap;
  }
  .status {
    color: var(--_crs-error);
  }
  .source {
    padding-block-start: var(--_space-s);
    border-block-start: 1px solid var(--_crs-border);
  }
`;
