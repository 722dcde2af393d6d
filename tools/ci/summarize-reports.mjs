// Sums Jest/Vitest JSON reports into the one closing line CI reads:
//   node summarize-reports.mjs DIR suite1 suite2 ...   (reads DIR/suite.json)
// A missing or unreadable report counts as one failed test: a suite that never ran is not green.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir, ...suites] = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;
for (const suite of suites) {
  try {
    const report = JSON.parse(readFileSync(join(dir, `${suite}.json`), 'utf8'));
    const p = report.numPassedTests ?? 0;
    const f = (report.numFailedTests ?? 0) + (report.numRuntimeErrorTestSuites ?? 0);
    const s = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
    console.log(`${suite.padEnd(14)} ${p} passed, ${f} failed, ${s} skipped`);
    passed += p;
    failed += f;
    skipped += s;
  } catch {
    console.log(`${suite.padEnd(14)} no report: counted as 1 failed`);
    failed += 1;
  }
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
