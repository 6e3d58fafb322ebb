// Checks that .ci/run's cleanup ends only what the run started. A decoy process named like a
// developer's browser runs beside a step that leaves a child behind: cleanup must end the child and
// leave the decoy alone. Uses ps (POSIX), not /proc, so it runs on Linux and macOS; .ci/run is a bash
// script for Linux CI machines, so on Windows there is nothing to check.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

if (process.platform === 'win32') {
  console.log('ci cleanup: .ci/run is a bash script for Linux; nothing to check on Windows');
  process.exit(0);
}

/** Running, not ended (an ended process waiting for its reaper shows state Z; a reaped one, nothing). */
const alive = (pid) => {
  try {
    const state = execFileSync('ps', ['-o', 'stat=', '-p', String(pid)], { encoding: 'utf8' }).trim();
    return state !== '' && !state.startsWith('Z');
  } catch {
    return false; // ps exits 1 when there is no such process
  }
};

const dir = mkdtempSync(join(tmpdir(), 'crs-ci-cleanup-'));
// Someone else's "firefox-esr" (a sleep under that name): `pkill -f firefox-esr` would end it.
const decoy = spawn('bash', ['-c', 'exec -a firefox-esr sleep 60'], { stdio: 'ignore' });
try {
  const script = `
    set -euo pipefail
    source .ci/process-groups.sh
    step bash -c 'exec -a firefox-esr sleep 60 & echo $! > "${dir}/child"; exit 0'
    left=$(left_in_groups)
    [ -n "$left" ] || { echo "the step's child is not found in its group"; exit 1; }
    cleanup
    [ -z "$(left_in_groups)" ] || { echo "cleanup left processes of the run"; exit 1; }
  `;
  execFileSync('bash', ['-c', script], { stdio: 'inherit' });
  const child = Number(readFileSync(join(dir, 'child'), 'utf8'));
  if (alive(child)) throw new Error(`the run's own process ${child} survived cleanup`);
  if (!alive(decoy.pid)) throw new Error('cleanup ended a process the run did not start');
  if (/pkill|killall/.test(readFileSync('.ci/run', 'utf8'))) throw new Error('.ci/run ends processes by name');
  console.log('ci cleanup: ends the run\'s own process group, leaves other processes alone');
} finally {
  decoy.kill();
  rmSync(dir, { recursive: true, force: true });
}
