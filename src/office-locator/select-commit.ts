/**
 * A <select> that commits like a native one for every visitor, once per choice: a pick from its open
 * list commits on change; keys that step a closed select's value (arrows, Home, End, letters; Chromium
 * and WebKit fire change for each) commit on Enter or on leaving it, not on every key.
 */
const STEPPING_KEYS = /^(Arrow(Up|Down|Left|Right)|Home|End|Page(Up|Down)|.)$/u;

export class SelectCommit {
  /** The last key stepped the value of the closed select. */
  private stepping = false;
  /** The value changed and is not committed yet. */
  private pending = false;

  constructor(private readonly commit: (value: string) => void) {}

  readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Enter') this.done(event.target as HTMLSelectElement);
    // Space, Alt+Down and F4 open the list: a pick there commits on change.
    else if (event.key === ' ' || event.key === 'F4' || event.altKey) this.stepping = false;
    else if (STEPPING_KEYS.test(event.key)) this.stepping = true;
  };

  readonly onPointerdown = (): void => {
    this.stepping = false;
  };

  readonly onChange = (event: Event): void => {
    if (this.stepping) this.pending = true;
    else this.done(event.target as HTMLSelectElement);
  };

  readonly onBlur = (event: Event): void => {
    if (this.pending) this.done(event.target as HTMLSelectElement);
  };

  private done(select: HTMLSelectElement): void {
    [this.stepping, this.pending] = [false, false];
    this.commit(select.value);
  }
}
