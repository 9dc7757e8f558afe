/**
 * The reading code of the sources that load it lazily (their `prepare`), and the YAML reader
 * the configuration uses, in one module: one dynamic import, so the bundle splits the code
 * every run loads into as few chunks as it can (each chunk is a file to resolve, read and
 * link at start-up). A run with none of these files loads none of it.
 */
export * as compose from '../compose/index.js';
export * as yaml from '../compose/yaml.js';
export * as workflow from './workflow-read.js';
export * as gitlabCi from './gitlab-ci-read.js';
export * as devcontainer from './devcontainer-read.js';
