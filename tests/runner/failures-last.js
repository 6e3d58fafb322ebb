/**
 * A reporter that names every failed test again at the very end of the run, after all the browser logs: CI
 * keeps only the tail of a long run's output, where the default reporter's failure report may not be.
 */
const failed = (results, path = []) => [
  ...(results?.tests ?? []).filter((t) => !t.passed && !t.skipped).map((t) => ({ name: [...path, t.name].join(' › '), error: t.error })),
  ...(results?.suites ?? []).flatMap((s) => failed(s, [...path, s.name])),
];

export function failuresLast() {
  return {
    stop({ sessions }) {
      const lines = [];
      for (const session of sessions) {
        const where = `${session.browser.name}, ${session.testFile.replace(`${process.cwd()}/`, '')}`;
        for (const { name, error } of failed(session.testResults)) {
          lines.push(`✗ ${where}: ${name}`, `    ${error?.message ?? 'failed'}`.slice(0, 600));
        }
        for (const error of session.errors ?? []) lines.push(`✗ ${where}: ${error.message ?? error}`.slice(0, 600));
      }
      if (lines.length) console.log(`\nFailed (repeated from above):\n${lines.join('\n')}\n`);
    },
  };
}
