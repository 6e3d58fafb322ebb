/**
 * `crs-widgets/validate.js`: the data file check for Node and build scripts, the one `npx crs-widgets validate`
 * runs. `validateDataset` is the check the widgets run on `data-src`; `describeProblems` words each problem
 * (where, field, bad value, expected form) and `warningsFor` lists what is valid but worth knowing. No elements
 * are registered by this entry.
 */
export { validateDataset, toE164 } from './core/data/validate.js';
export type { ValidationProblem, ValidationResult, ValidationReason } from './core/data/validate.js';
export { describeProblems, warningsFor, OLD_YEARS, type DescribedProblem } from './core/data/report.js';
export { visible } from './core/data/fields.js';
export type { Dataset, DatasetFile } from './core/data/types.js';
