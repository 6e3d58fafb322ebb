/**
 * The visitor's date, for the one rule that depends on it: a status dated more than 12 months ago is
 * said to be possibly out of date. A seam, so tests (and Storybook) can show the widgets on another day.
 */
export const clock = { now: (): number => Date.now() };
