/**
 * The only place that writes to the terminal. Results go to stdout (text, or JSON with
 * `--json`); progress and messages go to stderr so stdout stays parseable.
 */
export interface Output {
  readonly json: boolean;
  /** A result: pretty JSON in `--json` mode, else the text lines. */
  result(data: unknown, text: () => string): void;
  /** A message for the person at the terminal (never in `--json` mode's stdout). */
  info(message: string): void;
  progress(label: string, done: number, total: number): void;
  endProgress(): void;
}

export function createOutput(json: boolean, stdout: NodeJS.WriteStream = process.stdout, stderr: NodeJS.WriteStream = process.stderr): Output {
  // A progress bar only on a terminal; piped or CI runs stay quiet and parseable.
  const interactive = Boolean(stderr.isTTY) && !json;
  let drawn = false;
  return {
    json,
    result(data, text) {
      stdout.write(json ? `${JSON.stringify(data, null, 2)}\n` : `${text()}\n`);
    },
    info(message) {
      if (drawn) this.endProgress();
      stderr.write(`${message}\n`);
    },
    progress(label, done, total) {
      if (!interactive) return;
      const width = 30;
      const filled = total > 0 ? Math.round((done / total) * width) : 0;
      stderr.write(`\r${label.padEnd(9)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
      drawn = true;
    },
    endProgress() {
      if (drawn) stderr.write('\n');
      drawn = false;
    },
  };
}
