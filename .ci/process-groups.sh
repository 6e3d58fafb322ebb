# Sourced by .ci/run (and exercised by scripts/check-ci-cleanup.mjs). Every step runs in its own
# process group (setsid), whose id is the step's PID. Cleanup ends those groups and nothing else:
# a developer's own browser, another job's Xvfb or a second run on the machine stay untouched.
# (A background job of a non-interactive shell is not a group leader, so setsid does not fork and
# $! is the new group's id.)
step_groups=()
step() {
  setsid "$@" &
  local pid=$!
  step_groups+=("$pid")
  wait "$pid"
}
# Live processes still in the run's groups (an ended one awaiting its reaper is not listed).
left_in_groups() {
  local g p
  for g in "${step_groups[@]}"; do
    for p in $(pgrep -g "$g" || true); do
      [ "$(awk '{print $3}' "/proc/$p/stat" 2>/dev/null)" = Z ] || ps -o pid=,args= -p "$p" || true
    done
  done
}
cleanup() {
  local g
  for g in "${step_groups[@]}"; do kill -TERM -- "-$g" 2>/dev/null || true; done
  sleep 1
  for g in "${step_groups[@]}"; do kill -KILL -- "-$g" 2>/dev/null || true; done
}
