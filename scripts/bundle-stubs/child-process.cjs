// What commander gets for node:child_process in isolint's bundles: commander requires it when
// it loads, for subcommands that are executable files, which isolint has none of. Loading
// node:child_process (with net, dgram and their bindings) is a millisecond of every start;
// this loads it on first use instead.
let childProcess;
module.exports = new Proxy({}, {
  get: (_, key) => (childProcess ??= require('node:child_process'))[key],
});
