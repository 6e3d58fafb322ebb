import { css } from 'lit';

export const servicesListStyles = css`
  .list {
    display: grid;
    gap: var(--_space-l);
    padding: var(--_space-m);
    color: var(--_crs-text);
  }
  .section {
    display: grid;
    gap: var(--_space-m);
  }
  .services {
    border: 1px solid var(--_crs-border);
    border-radius: var(--_radius);
    background: var(--_crs-surface);
  }
  .service + .service {
    border-block-start: 1px solid var(--_crs-border);
  }
  .toggle {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-m);
    inline-size: 100%;
    min-block-size: 44px;
    margin: 0;
    padding: var(--_space-m);
    border: 0;
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_crs-primary);
    font-weight: var(--_font-weight-bold);
    text-align: start;
  }
  .toggle:hover {
    background: var(--_crs-surface-alt);
  }
  .toggle:focus-visible {
    outline-offset: -3px;
  }
  .chevron {
    flex: none;
    inline-size: 1em;
    block-size: 1em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2.5;
  }
  [aria-expanded='true'] .chevron {
    transform: rotate(180deg);
  }
  .panel {
    display: grid;
    gap: var(--_space-s);
    padding: 0 var(--_space-m) var(--_space-m);
  }
  .panel[hidden] {
    display: none;
  }
  .works {
    display: grid;
    gap: var(--_space-s);
    padding-inline-start: 1.25em;
  }
  .note,
  .source {
    color: var(--_crs-muted);
    font-size: var(--_font-size-small);
  }
  .note {
    padding: var(--_space-s) var(--_space-m);
    border-inline-start: 4px solid var(--_crs-border);
    background: var(--_crs-surface-alt);
  }
  @media (prefers-reduced-motion: no-preference) {
    .chevron {
      transition: transform var(--_motion-duration) ease;
    }
    .panel.opening:not([hidden]) {
      animation: reveal var(--_motion-duration) ease-out;
    }
  }
  @keyframes reveal {
    from {
      opacity: 0;
      transform: translateY(-0.25em);
    }
  }
  @media print {
    .panel[hidden] {
      display: grid;
    }
    .chevron {
      display: none;
    }
  }
`;
