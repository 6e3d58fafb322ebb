/**
 * Controls and renders shared by the element stories. Every control is typed from the curated manifest
 * (a select for ids and enumerations, 2–6 for heading levels, text for URLs); parts, CSS properties and
 * events are documentation rows without a control; every event is wired to the Actions panel.
 * Language and theme are attributes of the element itself (never page-wide), so "Show code" is a
 * snippet that renders the same when pasted into a blank page.
 */
import type { ArgTypes, StoryContext } from '@storybook/web-components-vite';
import manifestJson from '../custom-elements.json';
import { curateManifest, elementDeclaration, type Manifest, type ManifestItem } from './curated-manifest.js';
import { LOCALES } from '../src/core/i18n/locale-match.js';

export const manifest = curateManifest(manifestJson as unknown as Manifest);

/** The Storybook arg that carries an event's Actions handler: `crs-office-select` → `onCrsOfficeSelect`. */
export const handlerArg = (event: string): string =>
  `on${event.replace(/(^|-)(\w)/g, (_m, _dash, c: string) => c.toUpperCase())}`;

const literalOptions = (type?: string): string[] | undefined =>
  /^('[^']*'\s*\|\s*)+'[^']*'$/.test(type ?? '') ? type!.split('|').map((v) => v.trim().replace(/'/g, '')) : undefined;

function controlFor(attribute: ManifestItem, options: Record<string, readonly string[]>): ArgTypes[string] {
  const table = { category: 'attributes', type: { summary: attribute.type?.text }, defaultValue: { summary: attribute.default } };
  const base = { description: attribute.description, table };
  if (attribute.name === 'heading-level') return { ...base, control: { type: 'number', min: 2, max: 6, step: 1 } };
  if (attribute.name === 'lang') return { ...base, control: 'select', options: [...LOCALES] };
  if (options[attribute.name]) return { ...base, control: 'select', options: [...options[attribute.name]] };
  if (attribute.type?.text === 'boolean') return { ...base, control: 'boolean' };
  const literals = literalOptions(attribute.type?.text);
  if (literals) return { ...base, control: literals.length > 4 ? 'select' : 'inline-radio', options: literals };
  return { ...base, control: 'text' };
}

/**
 * argTypes for an element's stories. `options` gives the valid values of an id attribute (a select);
 * `lists` the valid ids of a space-separated list attribute (checkboxes, in the order ticked).
 */
export function elementArgTypes(
  tag: string,
  { options = {}, lists = {} }: { options?: Record<string, readonly string[]>; lists?: Record<string, readonly string[]> } = {},
): ArgTypes {
  const d = elementDeclaration(manifest, tag);
  const argTypes: ArgTypes = {};
  for (const attribute of d.attributes ?? []) {
    argTypes[attribute.name] = lists[attribute.name]
      ? { ...controlFor(attribute, {}), control: 'check', options: [...lists[attribute.name]] }
      : controlFor(attribute, options);
  }
  for (const event of d.events ?? []) {
    argTypes[event.name] = {
      description: `${event.description ?? ''}${event.detail ? ` Detail: \`${event.detail}\`.` : ''}`,
      control: false,
      table: { category: 'events', type: { summary: event.type?.text } },
    };
    argTypes[handlerArg(event.name)] = { action: event.name, table: { disable: true } };
  }
  // Read-only properties (the resolved `locale`) are documented but cannot be set, so they get no control.
  for (const member of (d as { members?: { name: string; readonly?: boolean; kind?: string }[] }).members ?? []) {
    if (member.kind === 'field' && member.readonly) argTypes[member.name] = { control: false, table: { category: 'properties', readonly: true } as never };
  }
  for (const part of d.cssParts ?? []) argTypes[part.name] = { control: false, table: { category: 'css shadow parts' } };
  for (const property of d.cssProperties ?? []) argTypes[property.name] = { control: false, table: { category: 'css custom properties' } };
  return argTypes;
}

type Globals = { locale?: string; theme?: string };

/**
 * The story's own `lang`, else the toolbar's language when one other than the initial English is chosen;
 * undefined otherwise, so "Show code" writes no `lang` a reader did not set: a pasted `lang="en"` would
 * switch off the widgets' automatic choice of the visitor's language.
 */
export const langOf = (args: { lang?: string }, context: StoryContext): string | undefined => {
  const toolbar = (context.globals as Globals).locale;
  return args.lang || (toolbar && toolbar !== 'en' ? toolbar : undefined);
};

/** The Actions handler for `event`, logging the event's `detail` (an Event itself logs as `{__className__: "CustomEvent"}`). */
export const logDetail = (args: Record<string, unknown>, event: string) => (e: Event) =>
  (args[handlerArg(event)] as ((detail: unknown) => void) | undefined)?.((e as CustomEvent).detail);

/** The story's own `theme`, else the toolbar's (left out when it is the default, light). */
export const themeOf = (args: { theme?: string }, context: StoryContext): string | undefined => {
  const theme = args.theme || (context.globals as Globals).theme;
  return theme && theme !== 'light' ? theme : undefined;
};

/** A list control's value as the attribute's space-separated text. */
export const listOf = (value: string | readonly string[] | undefined): string | undefined =>
  value === undefined ? undefined : Array.isArray(value) ? value.join(' ') : String(value);

/** A heading-level control's value as an attribute (the control may be cleared). */
export const levelOf = (value: number | string | undefined | null): string | undefined =>
  value === undefined || value === null || value === '' ? undefined : String(value);

/**
 * For a story that renders its own fixed markup (every theme, every office side by side): its Controls tab is
 * switched off, because no control would change it.
 */
export const noControls = { controls: { disable: true } } as const;
