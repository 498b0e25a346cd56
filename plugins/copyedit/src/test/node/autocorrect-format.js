// Formats every string of a JSON array (the file named by the first argument) with
// autocorrect-node, AutoCorrect's own Rust core, and prints the results as a JSON array.
// The reference for AutoCorrectDifferentialTest.
'use strict';
const fs = require('fs');
const path = require('path');
const autocorrect = require(path.join(__dirname, '..', '..', '..', 'node_modules', 'autocorrect-node'));

const inputs = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
process.stdout.write(JSON.stringify(inputs.map((text) => autocorrect.format(text))));
