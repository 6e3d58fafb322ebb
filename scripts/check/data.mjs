// Validates the bundled dataset at build time with the same validator the widgets run on data-src,
// plus facts the schema cannot express: the office ids of docs/contract.md, the 56 codes in exactly
// one region, and a dated source for every fact a widget shows (docs/facts.md).
import { readFileSync } from 'node:fs';
import { importTs } from '../lib/import-ts.mjs';

const { defaultDataset, validateDataset, STATE_CODES } = await importTs({
  defaultDataset: 'src/core/data/dataset.ts',
  validateDataset: 'src/core/data/validate.ts',
  STATE_CODES: 'src/core/data/states.ts',
});

const problems = [];
const result = validateDataset(defaultDataset);
if (!result.ok) problems.push(...result.problems.map((p) => p.message));

const OFFICE_IDS = 'hq new-england northeast mid-atlantic southeast midwest southwest central rocky-mountain west northwest miami detroit houston san-francisco';
const ids = defaultDataset.offices.map((o) => o.id).join(' ');
if (ids !== OFFICE_IDS) problems.push(`office ids are "${ids}", expected "${OFFICE_IDS}"`);
const codes = defaultDataset.regions.flatMap((r) => r.states);
if (codes.length !== 56 || new Set(codes).size !== 56 || STATE_CODES.length !== 56) problems.push('expected 56 codes, each in one region');
// The validator lets a partner leave an inferred fact unsourced; the bundled data names a basis for each.
const all = [
  ...Object.entries(defaultDataset.contact.provenance).map(([k, p]) => [`contact ${k}`, p]),
  ...defaultDataset.offices.flatMap((o) => Object.entries(o.provenance).map(([k, p]) => [`${o.id} ${k}`, p])),
  ...defaultDataset.regions.flatMap((r) => [[`${r.id}`, r.provenance], ...Object.entries(r.stateProvenance ?? {})]),
];
for (const [what, p] of all) if (!p.source?.url && !p.source?.title) problems.push(`${what}: no source or basis`);

// The JSON Schema partners' editors use must list the same codes the validator accepts.
const schema = JSON.parse(readFileSync('schema/crs-data.schema.json', 'utf8'));
const schemaCodes = [...schema.$defs.stateCode.enum].sort().join(' ');
if (schemaCodes !== [...STATE_CODES].sort().join(' ')) problems.push(`schema/crs-data.schema.json lists the codes ${schemaCodes}, the validator ${[...STATE_CODES].sort().join(' ')}`);

if (problems.length) {
  console.error(`check-data:\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`data: ${defaultDataset.offices.length} offices, ${defaultDataset.regions.length} regions, ${codes.length} states and territories, ${all.length} facts with provenance — valid`);
