const started = Date.now();

/** Progress goes to stderr, so stdout carries only the result tables. */
export function progress(message: string): void {
  const seconds = ((Date.now() - started) / 1000).toFixed(1).padStart(6);
  process.stderr.write(`[bench ${seconds}s] ${message}\n`);
}

/** "3,000 / 200,000 contacts (1.5%)" every `every` items, and at the end. */
export function counter(label: string, total: number, every = Math.max(1, Math.round(total / 20))) {
  let done = 0;
  let next = every;
  return (count: number): void => {
    done += count;
    if (done >= next || done >= total) {
      progress(`  ${label} ${done.toLocaleString('en-US')} / ${total.toLocaleString('en-US')}`);
      next = done + every;
    }
  };
}
