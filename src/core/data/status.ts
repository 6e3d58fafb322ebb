/**
 * CRS's status as data: the status this release bundles, with its sources, and the pure rules the widgets
 * apply to any status (is it operating, when does its date end, is it stale). No DOM, no text: the
 * widgets word it at render time, in their own language.
 */
import type { Office, Source, Status } from './types.js';

const news = (title: string, date: string): Source => ({ kind: 'news', title, date });
const PLAINTIFFS: Source = {
  kind: 'litigation',
  title: 'Plaintiffs’ page on Ethical Society of Police v. Bondi (U.S. District Court, District of Massachusetts)',
  url: 'https://americaspeacemakers.com/the-litigation',
  date: '2025',
};
const LAYOFFS = news('Bloomberg Law, “DOJ terminates staff at peacemakers, access to justice offices”', '2025-10');

/**
 * The bundled status. CRS's offices closed in 2025; since then its future has been uncertain (a lawsuit
 * filed 2025-10-24; in January 2026 layoff notices of 13 staff reported rescinded and $20 million proposed
 * by appropriators, enactment unknown). Dated by the latest source, 2026-01. The widgets show the built-in
 * translation of this summary while a status keeps this state, date and English summary.
 */
export const BUNDLED_STATUS: Status = {
  state: 'uncertain',
  asOf: '2026-01',
  summary: { en: 'The Department of Justice closed CRS’s offices in 2025. Since then, CRS’s future has been uncertain.' },
  sources: [
    news('CBS News, “Civil rights-era government agency to be purged”', '2025-04-06'),
    LAYOFFS,
    PLAINTIFFS,
    news('Devdiscourse, on the layoff notices rescinded for 13 CRS staff', '2026-01-14'),
    news('Bloomberg Law, “Spending deal revives funds to DOJ peacemakers office”', '2026-01'),
  ],
};

/** Every bundled office: closed by 2025-10-31, when the last layoffs took effect. */
export const OFFICE_CLOSED: Status = { state: 'closed', asOf: '2025-10', sources: [LAYOFFS, PLAINTIFFS] };

export const isOperating = (status: Status): boolean => status.state === 'operating';

/**
 * The status that applies to an office: its own, unless the dataset says `operating` as of a later date (a
 * partner who marks CRS as operating again need not rewrite every office's 2025 closure). An `uncertain`
 * dataset does not undo an office's closure.
 */
export const statusOf = (office: Pick<Office, 'status'> | undefined, dataset: Status): Status =>
  office?.status && !(isOperating(dataset) && endOf(dataset.asOf) > endOf(office.status.asOf)) ? office.status : dataset;

/** The last moment a date stands for: `2026-01` → 2026-01-31T23:59:59.999Z, `2026` → the year's end. */
export function endOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  if (d) return Date.UTC(y, m - 1, d + 1) - 1;
  if (m) return Date.UTC(y, m, 1) - 1;
  return Date.UTC(y + 1, 0, 1) - 1;
}

/** More than 12 months between the end of `asOf` and `now`: the notice says the information may be out of date. */
export function isStale(asOf: string, now: number): boolean {
  const end = new Date(endOf(asOf));
  end.setUTCFullYear(end.getUTCFullYear() + 1);
  return now > end.getTime();
}
