// Writes dist/vscode.html-custom-data.json from custom-elements.json, so VS Code completes the tags,
// their attributes and values (settings: "html.customData": ["./node_modules/crs-widgets/dist/vscode.html-custom-data.json"]).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const values = (type) =>
  /^('[^']*'\s*\|\s*)+'[^']*'$/.test(type ?? '') ? type.split('|').map((v) => ({ name: v.trim().replace(/'/g, '') })) : undefined;
const tags = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.tagName)
  .map((d) => ({
    name: d.tagName,
    description: [d.summary, d.description].filter(Boolean).join('\n\n'),
    attributes: (d.attributes ?? []).map((a) => ({
      name: a.name,
      description: [a.description ?? '', a.default ? `Default: ${a.default}.` : ''].filter(Boolean).join(' '),
      ...(a.type?.text === 'boolean' ? { valueSet: 'v' } : {}),
      ...(values(a.type?.text) ? { values: values(a.type.text) } : {}),
    })),
  }));
mkdirSync('dist', { recursive: true });
writeFileSync('dist/vscode.html-custom-data.json', JSON.stringify({ version: 1.1, tags }, null, 2) + '\n');
console.log(`vscode data: ${tags.length} tags`);
