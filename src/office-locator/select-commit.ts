/**
 * A <select> that commits like a native one for every visitor, once per choice: a pick from its list
 * commits on change; keys that step a closed select's value (arrows, Home, End, letters) commit on
 * Enter or on leaving it, not on every key (Chromium and WebKit fire change for each).
 */
const STEPPING_KEYS = /^(Arrow(Up|Down|Left|Right)|Home|End|Page(Up|Down)|.)$/u;

export class SelectCommit {
  private stepping = false;

  constructor(private readonly commit: (value: string) => void) {}

  readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Enter') this.done(event.target as HTMLSelectElement);
    // Space, Alt+Down and F4 open the list: the pick then commits on change.
    else this.stepping = event.key !== ' ' && !event.altKey && STEPPING_KEYS.test(event.key);
  };

  readonly onChange = (event: Event): void => {
    if (!this.stepping) this.done(event.target as HTMLSelectElement);
  };

  readonly onBlur = (event: Event): void => {
    if (this.stepping) this.done(event.target as HTMLSelectElement);
  };

  private done(select: HTMLSelectElement): void {
    this.stepping = false;
    this.commit(select.value);
  }
}
