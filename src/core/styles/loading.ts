/** The quiet placeholder shown while partner data loads: it has the widget's final size, so the page does not jump. */
import { css } from 'lit';

export const loadingStyles = css`
  .base[aria-busy='true'] {
    position: relative;
  }
  .loading {
    position: absolute;
    inset-block-start: 0;
    inset-inline: 0;
    margin: 0;
    padding: var(--_space-m, 1em);
    color: var(--_crs-muted);
  }
  /* The bundled content underneath keeps the final size but is not seen, read or focused. */
  .unseen {
    visibility: hidden;
  }
`;
