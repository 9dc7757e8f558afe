// What chalk gets for its terminal detection (#supports-color) in isolint's bundles: isolint
// decides colour itself and gives chalk its level (`new Chalk({ level })`, src/format/text.ts),
// so chalk's own default instance is never used, and its detection would load node:os and
// node:tty at every start. No colour by default.
export default { stdout: false, stderr: false };
