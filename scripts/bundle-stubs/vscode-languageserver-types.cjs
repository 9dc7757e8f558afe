// What dockerfile-ast gets for vscode-languageserver-types in isolint's bundles: of that
// package's hundreds of protocol types it calls `Range.create` and `Position.create` only
// (tests/bundle-stubs.test.ts checks both that and that these behave as the package's own),
// and evaluating the whole package is a few milliseconds of every start.
'use strict';
const MAX = 2147483647;
const isUinteger = (v) => Object.prototype.toString.call(v) === '[object Number]' && 0 <= v && v <= MAX;
const isPosition = (v) => v !== null && typeof v === 'object' && isUinteger(v.line) && isUinteger(v.character);

const Position = {
  create(line, character) {
    if (line === Number.MAX_VALUE) line = MAX;
    if (character === Number.MAX_VALUE) character = MAX;
    return { line, character };
  },
};

const Range = {
  create(one, two, three, four) {
    if (isUinteger(one) && isUinteger(two) && isUinteger(three) && isUinteger(four)) return { start: Position.create(one, two), end: Position.create(three, four) };
    if (isPosition(one) && isPosition(two)) return { start: one, end: two };
    throw new Error(`Range#create called with invalid arguments[${one}, ${two}, ${three}, ${four}]`);
  },
};

module.exports = { Position, Range };
