/**
 * A one-line progress bar on stderr for long `cigd check` runs. Drawn only on
 * a terminal, redrawn at most every 100 ms, and wiped before any other output
 * so it never mixes with a report or a message.
 */
export class ProgressBar {
  private lastDraw = 0;
  private visible = false;

  constructor(
    private readonly total: number,
    private readonly write: (text: string) => void,
    private readonly width = 30,
  ) {}

  update(done: number): void {
    const now = Date.now();
    if (done < this.total && now - this.lastDraw < 100) return;
    this.lastDraw = now;
    const filled = Math.round((done / this.total) * this.width);
    const bar = '█'.repeat(filled) + '░'.repeat(this.width - filled);
    this.write(`\r\x1b[K${bar} ${done}/${this.total} file`);
    this.visible = true;
  }

  /** Removes the bar so something else can be printed. */
  clear(): void {
    if (!this.visible) return;
    this.write('\r\x1b[K');
    this.visible = false;
  }
}

/** Files from which a run counts as "many". */
export const PROGRESS_MIN_FILES = 10;
