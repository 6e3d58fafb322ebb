/**
 * The blocks of an element page (stories/elements/*.mdx), in the order Shoelace's component pages use:
 * tag and summary, import tabs, then the API tables. Everything comes from the curated manifest
 * (public API only), so a page cannot drift from the code.
 */
// Classic JSX runtime (Storybook's Vite compiles .tsx with React.createElement).
import * as React from 'react';
import type { ReactNode } from 'react';
import { manifest } from '../element-args.js';
import { elementDeclaration, type ManifestMember } from '../curated-manifest.js';
import { colorTokens, type ColorToken } from '../../src/core/styles/tokens.js';

const pascal = (tag: string) => tag.replace(/(^|-)(\w)/g, (_m, _d, c: string) => c.toUpperCase());
const moduleOf = (tag: string) => `${tag.replace(/^crs-/, '')}.js`;
/** The React wrapper's event prop: `crs-office-select` → `onOfficeSelect`. */
const reactEvent = (event: string) => `on${pascal(event.replace(/^crs-/, ''))}`;
/** Element pages live under Elements/: `crs-office-locator` → `?path=/docs/elements-office-locator--docs`. */
const pageOf = (tag: string) => `./?path=/docs/elements-${tag.replace(/^crs-/, '')}--docs`;

/** Inline `code` spans in manifest text. */
function Text({ children }: { children?: string }) {
  const pieces = (children ?? '').split(/(`[^`]+`)/g);
  return <>{pieces.map((p, i) => (p.startsWith('`') && p.endsWith('`') ? <code key={i}>{p.slice(1, -1)}</code> : p))}</>;
}

export function ElementHeader({ tag }: { tag: string }) {
  const d = elementDeclaration(manifest, tag);
  return (
    <header>
      <h1>
        <code>{`<${tag}>`}</code>
      </h1>
      <p style={{ fontSize: '1.2em' }}>
        <Text>{d.summary}</Text>
      </p>
      <p>
        <Text>{d.description}</Text>
      </p>
    </header>
  );
}

export function ImportTabs({ tag, example }: { tag: string; example: string }) {
  const d = elementDeclaration(manifest, tag);
  const event = d.events?.[0]?.name;
  const [tab, setTab] = React.useState(0);
  const [copied, setCopied] = React.useState('');
  const reactProps = example.replace(/([\w-]+)="([^"]*)"/g, (_m, name: string, value: string) => `${name.replace(/-(\w)/g, (_x, c: string) => c.toUpperCase())}="${value}"`);
  const tabs = [
    {
      label: 'Script tag',
      language: 'html',
      code: `<!-- once per page: the bundle registers every element and every language -->\n<script type="module" src="/js/crs-widgets.js"></script>\n\n<${tag}${example ? ` ${example}` : ''}></${tag}>`,
    },
    {
      label: 'npm',
      language: 'js',
      code: `// npm install crs-widgets\nimport 'crs-widgets/${moduleOf(tag)}'; // registers <${tag}> only\n\n// then, in your HTML or template:\n// <${tag}${example ? ` ${example}` : ''}></${tag}>${event ? `\n\ndocument.querySelector('${tag}')\n  .addEventListener('${event}', (event) => console.log(event.detail));` : ''}`,
    },
    {
      label: 'React',
      language: 'jsx',
      code: `import { ${pascal(tag)} } from 'crs-widgets/react';\n\n<${pascal(tag)}${reactProps ? ` ${reactProps}` : ''}${event ? ` ${reactEvent(event)}={(event) => console.log(event.detail)}` : ''} />`,
    },
  ];
  return (
    <section data-import-section aria-labelledby={`import-${tag}`}>
      <h2 id={`import-${tag}`}>Import</h2>
      <div role="tablist" aria-label="How to import" style={{ display: 'flex', gap: 4 }}>
        {tabs.map((t, i) => (
          <button
            key={t.label}
            type="button"
            role="tab"
            id={`tab-${tag}-${i}`}
            aria-selected={tab === i}
            aria-controls={`panel-${tag}-${i}`}
            tabIndex={tab === i ? 0 : -1}
            onClick={() => (setTab(i), setCopied(''))}
            onKeyDown={(e) => {
              if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
                const next = (i + (e.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length;
                setTab(next);
                (e.currentTarget.parentElement?.children[next] as HTMLElement | undefined)?.focus();
              }
            }}
            style={{
              padding: '6px 12px',
              border: '1px solid #767676',
              borderBottom: tab === i ? '3px solid #1a4480' : '1px solid #767676',
              background: tab === i ? '#fff' : '#f1f3f6',
              color: '#1b1b1b',
              font: 'inherit',
              cursor: 'pointer',
            }}
          >
            {t.label}
          </button>
        ))}
      </div>
      {tabs.map((t, i) => (
        <div key={t.label} role="tabpanel" id={`panel-${tag}-${i}`} aria-labelledby={`tab-${tag}-${i}`} hidden={tab !== i} data-import={t.label}>
          <pre className={`language-${t.language}`} style={{ background: '#1b1e23', color: '#f0f0f0', padding: 16, borderRadius: 4, overflowX: 'auto', margin: '0 0 8px' }}>
            <code>{t.code}</code>
          </pre>
          <p style={{ margin: '0 0 16px' }}>
            <button
              type="button"
              onClick={() =>
                navigator.clipboard?.writeText(t.code).then(
                  () => setCopied(`${t.label} code copied.`),
                  () => setCopied('Copying is blocked here: select the code and copy it.'),
                )
              }
              style={{ padding: '4px 12px', border: '1px solid #767676', borderRadius: 4, background: '#fff', color: '#1b1b1b', font: 'inherit', cursor: 'pointer' }}
            >
              Copy {t.label.toLowerCase()} code
            </button>{' '}
            <span role="status">{tab === i ? copied : ''}</span>
          </p>
        </div>
      ))}
    </section>
  );
}

function Table({ caption, head, rows }: { caption: string; head: string[]; rows: ReactNode[][] }) {
  if (!rows.length) return <p>None.</p>;
  return (
    <table data-api-table={caption}>
      <caption style={{ textAlign: 'start', position: 'absolute', clip: 'rect(0 0 0 0)', width: 1, height: 1, overflow: 'hidden' }}>{caption}</caption>
      <thead>
        <tr>{head.map((h) => <th key={h} scope="col">{h}</th>)}</tr>
      </thead>
      <tbody>
        {rows.map((cells, r) => (
          <tr key={r}>{cells.map((c, i) => (i === 0 ? <th key={i} scope="row">{c}</th> : <td key={i}>{c}</td>))}</tr>
        ))}
      </tbody>
    </table>
  );
}

/** A colour's default: a swatch and its hex (the hex is what a reader copies). */
function Swatch({ color }: { color: string }) {
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      <span aria-hidden="true" style={{ display: 'inline-block', inlineSize: '1em', blockSize: '1em', verticalAlign: 'middle', marginInlineEnd: 4, background: color, border: '1px solid #767676' }} />
      <code>{color}</code>
    </span>
  );
}

const signature = (m: ManifestMember) =>
  m.signature ??
  `${m.name}(${(m.parameters ?? []).map((p) => `${p.name}${p.optional || p.default ? '?' : ''}: ${p.type?.text ?? 'unknown'}`).join(', ')}): ${m.return?.type?.text ?? 'void'}`;

/** Properties, Events, Methods, Parts, CSS custom properties, Dependencies. */
export function ApiTables({ tag }: { tag: string }) {
  const d = elementDeclaration(manifest, tag);
  const methods = (d.members ?? []).filter((m) => m.kind === 'method');
  const fields = (d.members ?? []).filter((m) => m.kind === 'field');
  const isColour = (name: string) => name.startsWith('--crs-color-') && name.slice('--crs-color-'.length) in colorTokens;
  const colours = (d.cssProperties ?? []).filter((p) => isColour(p.name));
  const others = (d.cssProperties ?? []).filter((p) => !isColour(p.name));
  return (
    <>
      <h2 id="properties">Properties</h2>
      <p>
        Each attribute has a matching JavaScript property (named in the description when it differs).
      </p>
      <Table
        caption="Attributes"
        head={['Attribute', 'Type', 'Default', 'Description']}
        rows={[
          ...(d.attributes ?? []).map((a) => [<code>{a.name}</code>, <code>{a.type?.text ?? 'string'}</code>, a.default ? <code>{a.default}</code> : '—', <Text>{a.description}</Text>]),
          ...fields.map((f) => [<code>{f.name}</code>, <code>{f.type?.text ?? ''}</code>, f.default ? <code>{f.default}</code> : '—', <Text>{f.description}</Text>]),
        ]}
      />
      <h2 id="events">Events</h2>
      <Table
        caption="Events"
        head={['Event', 'Detail', 'React prop', 'Description']}
        rows={(d.events ?? []).map((e) => [<code>{e.name}</code>, <code>{e.detail ?? e.type?.text ?? ''}</code>, <code>{reactEvent(e.name)}</code>, <Text>{e.description}</Text>])}
      />
      <h2 id="methods">Methods</h2>
      <Table caption="Methods" head={['Method', 'Signature', 'Description']} rows={methods.map((m) => [<code>{m.name}</code>, <code>{signature(m)}</code>, <Text>{m.description}</Text>])} />
      <h2 id="parts">Parts</h2>
      <Table caption="Parts" head={['Part', 'Description']} rows={(d.cssParts ?? []).map((p) => [<code>{p.name}</code>, <Text>{p.description}</Text>])} />
      <h2 id="css-custom-properties">CSS custom properties</h2>
      <p>
        The design tokens this element reads (see <a href="./?path=/docs/guides-theming--docs" target="_top">Theming</a> for all of them). Set them on the element or any ancestor.
        A colour set as <code>--crs-color-NAME</code> applies to every theme except high contrast (dark derives its own shade of it);
        <code>--crs-dark-color-NAME</code> sets the dark shade alone (<code>theme="dark"</code>, and <code>auto</code> on a dark system).
        The map's region colours apply to light only: set <code>--crs-dark-color-region-N</code> for dark.
      </p>
      <h3 id="css-colours">Colours</h3>
      <Table
        caption="Colours"
        head={['Property', 'Light', 'Dark', 'High contrast', 'Description']}
        rows={colours.map((p) => {
          const t = colorTokens[p.name.slice('--crs-color-'.length) as ColorToken];
          return [<code>{p.name}</code>, <Swatch color={t.light} />, <Swatch color={t.dark} />, <Swatch color={t.contrast} />, <Text>{(p.description ?? t.doc).replace(/ Light #.*$/, '')}</Text>];
        })}
      />
      <h3 id="css-type">Type, spacing and shape</h3>
      <Table
        caption="Type, spacing and shape"
        head={['Property', 'Default', 'Description']}
        rows={others.map((p) => [<code>{p.name}</code>, <code>{p.default}</code>, <Text>{p.description}</Text>])}
      />
      <h2 id="dependencies">Dependencies</h2>
      {d.dependencies?.length ? (
        <p>
          This element renders {d.dependencies.map((t, i) => (
            <span key={t}>{i ? ', ' : ''}<a href={pageOf(t)} target="_top"><code>{`<${t}>`}</code></a></span>
          ))}; the bundle and <code>{`crs-widgets/${moduleOf(tag)}`}</code> register it for you, and it follows this element's <code>lang</code>, <code>theme</code> and <code>data-src</code>.
        </p>
      ) : (
        <p>None: this element renders no other element.</p>
      )}
    </>
  );
}
