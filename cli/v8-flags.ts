// V8 flags for the CLI's own process, set before anything else runs (main.ts imports this first).
// A CLI run reviews one document and exits: the optimising compiler and the regex tier-up (a regex
// compiled to bytecode first and again to machine code on its second run) cost more there than
// they save; turned off they halve a review's CPU time. Only here: the extension host and the
// bot's shared process get no flags (a flag set at run time once crashed the extension host), and
// the engine is fast enough without them.

import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-opt');
setFlagsFromString('--no-regexp-tier-up');
