// Generates the two files partners start from: data/crs.json (the bundled dataset as JSON, validated on the
// way, for data-src) and schema/crs-data.schema.json (the JSON Schema, generated from the dataset's one
// description in src/core/data/schema.ts). Run: node scripts/build/starter.mjs [--check] (npm test runs --check).
import { writeGenerated } from './generated-file.mjs';
import { importTs } from '../lib/import-ts.mjs';

const { defaultDataset, validateDataset, describeProblems, jsonSchema } = await importTs({
  defaultDataset: 'src/core/data/dataset.ts',
  validateDataset: 'src/core/data/validate.ts',
  describeProblems: 'src/core/data/report.ts',
  jsonSchema: 'src/core/data/json-schema.ts',
});
const result = validateDataset(defaultDataset);
if (!result.ok) {
  console.error(describeProblems(result.problems, defaultDataset).map((p) => p.message).join('\n'));
  process.exit(1);
}
const schema = jsonSchema();
writeGenerated(new URL('../../schema/crs-data.schema.json', import.meta.url), `${JSON.stringify(schema, null, 2)}\n`, `${Object.keys(schema.$defs).length} definitions`);
// The schema path is relative, so editors find it inside the package and inside the repository.
const file = { $schema: '../schema/crs-data.schema.json', ...defaultDataset };
const text = `${JSON.stringify(file, null, 2)}\n`;
writeGenerated(new URL('../../data/crs.json', import.meta.url), text, `${file.offices.length} offices, ${file.regions.length} regions`);
