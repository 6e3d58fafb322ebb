/**
 * Styles every element shares: the typography reset that keeps host-page CSS out, focus rings,
 * the error/notice boxes and the visually-hidden helper.
 */
import { css } from 'lit';

// \`float: none !important\` on :host: a page-wide \`* { float: left }\` would shrink the widget to its
// content, and important :host declarations outrank the page's normal ones.
export const baseStyles = css`
  /* Nothing the host page sets on an ancestor is inherited (all: initial), but text-spacing and
     other user settings applied to the element itself (WCAG 1.4.12: \`* { letter-spacing: 0.12em
     !important }\`) still win over these :host rules and reach the text. No paint containment: it
     would clip text that such settings make wider. */
  :host {
    all: initial;
    display: block;
    contain: layout style;
    float: none !important;
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    color: var(--_crs-text);
    text-align: start;
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  /* A widget inside a widget (the locator's contact cards) takes the text spacing its parent got. */
  crs-contact-card,
  crs-services-list {
    line-height: inherit;
    letter-spacing: inherit;
    word-spacing: inherit;
  }
  /* A page rule that matches the element itself (\`* { font-size: 10px; text-align: right }\`) outranks
     :host, so the type is set again inside; line height and letter and word spacing still come from
     outside, because that is how a visitor's text-spacing settings arrive (WCAG 1.4.12). */
  .base {
    display: block;
    box-sizing: border-box;
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    font-style: normal;
    font-weight: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    white-space: normal;
    /* Page rules on \`*\` match the host and outrank :host; these inherit, so they stop here: text stays painted,
       unmasked, horizontal (the layouts are written for it) and clickable. */
    -webkit-text-fill-color: currentcolor;
    -webkit-text-security: none;
    writing-mode: horizontal-tb;
    pointer-events: auto;
    /* Each widget paints its theme's surface, so a dark theme stays readable on any page. */
    background: var(--_crs-surface);
    color: var(--_crs-text);
  }
  /* The larger of the widget's line height and the one inherited: a visitor's text spacing (1.5 or more) still
     reaches the text, a page's \`line-height: 0 !important\` cannot collapse it. In line-height, 1lh is the
     parent's line height. Zero specificity: an element's own line height wins. */
  :where(.base, .base *) {
    line-height: max(calc(var(--_line-height) * 1em), 1lh);
  }
  .base *,
  .base *::before,
  .base *::after {
    box-sizing: border-box;
  }
  h2, h3, h4, h5, h6, p, ul, ol, dl, dd, figure {
    margin: 0;
    padding: 0;
    font: inherit;
  }
  a {
    color: var(--_crs-link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 2px;
  }
  :focus-visible {
    outline: var(--_focus-width) solid var(--_crs-focus);
    outline-offset: 2px;
  }
  /* Form controls do not inherit spacing by default; the visitor's text spacing must reach them. */
  button,
  input,
  select {
    font: inherit;
    letter-spacing: inherit;
    word-spacing: inherit;
  }
  button {
    color: inherit;
    text-transform: none;
    cursor: pointer;
  }
  .section-heading {
    color: var(--_crs-primary);
    font-size: var(--_font-size-large);
    font-weight: var(--_font-weight-bold);
  }
  .button {
    min-block-size: 2.75em;
    padding: var(--_space-s) var(--_space-m);
    border: 2px solid var(--_crs-primary);
    border-radius: var(--_radius);
    background: var(--_crs-primary);
    color: var(--_crs-on-primary);
    font-weight: var(--_font-weight-bold);
  }
  .button.secondary {
    background: var(--_crs-surface);
    color: var(--_crs-primary);
  }
  /* Forced colours: system pairs that Chromium's text backplate cannot hide. */
  @media (forced-colors: active) {
    .button,
    .button.secondary {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
  .sr-only {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .ltr {
    direction: ltr;
    unicode-bidi: isolate;
  }
  .notice {
    display: block;
    margin-block-end: var(--_space-m);
    padding: var(--_space-s) var(--_space-m);
    border: 1px solid var(--_crs-error);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    background: var(--_crs-error-surface);
    color: var(--_crs-text);
  }
  .notice strong {
    color: var(--_crs-error);
  }
`;
