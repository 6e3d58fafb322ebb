# Sourced by .ci/run (and exercised by the CI cleanup check in scripts/). Every step runs in its own
# process group, whose id is the step's PID. Cleanup ends those groups and nothing else: a developer's
# own browser, another job's Xvfb or a second run on the machine stay untouched. Job control (set -m)
# gives each background job its own group in bash on Linux and macOS alike (setsid is Linux-only).
step_groups=()
step() {
  set -m
  "$@" &
  local pid=$!
  set +m
  step_groups+=("$pid")
  wait "$pid"
}
# Live processes still in the run's groups (an ended one awaiting its reaper is not listed).
left_in_groups() {
  local g p
  for g in "${step_groups[@]}"; do
    for p in $(pgrep -g "$g" || true); do
      case "$(ps -o stat= -p "$p" 2>/dev/null)" in Z*|'') ;; *) ps -o pid=,args= -p "$p" || true ;; esac
    done
  done
}
cleanup() {
  local g
  for g in "${step_groups[@]}"; do kill -TERM -- "-$g" 2>/dev/null || true; done
  sleep 1
  for g in "${step_groups[@]}"; do kill -KILL -- "-$g" 2>/dev/null || true; done
}
