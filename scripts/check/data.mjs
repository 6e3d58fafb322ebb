// Validates the bundled dataset at build time with the same validator the widgets run on data-src,
// plus facts the schema cannot express: the office ids of docs/contract.md, the 56 codes in exactly
// one region, and a dated source for every fact a widget shows (docs/facts.md).
import { importTs } from '../lib/import-ts.mjs';

const { defaultDataset, validateDataset, describeProblems, STATE_CODES } = await importTs({
  defaultDataset: 'src/core/data/dataset.ts',
  validateDataset: 'src/core/data/validate.ts',
  describeProblems: 'src/core/data/report.ts',
  STATE_CODES: 'src/core/data/states.ts',
});

const problems = [];
const result = validateDataset(defaultDataset);
if (!result.ok) problems.push(...describeProblems(result.problems, defaultDataset).map((p) => p.message));

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

if (problems.length) {
  console.error(`check-data:\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`data: ${defaultDataset.offices.length} offices, ${defaultDataset.regions.length} regions, ${codes.length} states and territories, ${all.length} facts with provenance — valid`);
