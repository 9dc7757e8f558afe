/** Bind sources in the home folder of whoever runs Compose: `~`, `$HOME`, `${HOME}` with HOME unset. */
import { beforeAll, describe, expect, it } from 'vitest';
import { initShellParser } from '../src/shell.js';
import { at, load, loadTexts, service, tempProject } from './support/compose.js';

beforeAll(async () => {
  await initShellParser();
});

describe('home-folder sources', () => {
  it('reads ~, $HOME and ${HOME} (HOME unset) as a home path, located at the variable', () => {
    const text = [
      'services:',
      '  app:',
      '    image: example/app:1.0',
      '    volumes:',
      '      - ${HOME}/.aws:/root/.aws:ro',
      '      - "$HOME/.kube:/root/.kube"',
      '      - ~/.docker/run/docker.sock:/var/run/docker.sock',
      '      - ${HOME}:/home/me',
      '      - ${HOME}${SUB}/x:/x',
      '      - type: bind',
      '        source: ${HOME}/.config/gcloud',
      '        target: /gcloud',
      '',
    ].join('\n');
    const app = service(loadTexts({ 'compose.yaml': text }), 'app');
    expect(app.mounts.map((m) => `${m.homePath ?? '-'} ${at(m.source?.loc)}`)).toEqual([
      '~/.aws compose.yaml:5:9',
      '~/.kube compose.yaml:6:10',
      '~/.docker/run/docker.sock compose.yaml:7:9',
      '~ compose.yaml:8:9',
      '- compose.yaml:9:9',
      '~/.config/gcloud compose.yaml:11:17',
    ]);
  });

  it('a HOME the project sets is a path like any other', () => {
    const dir = tempProject({ 'compose.yaml': 'services:\n  app:\n    image: example/app:1.0\n    volumes:\n      - ${HOME}/.aws:/root/.aws\n', '.env': 'HOME=/home/ci\n' });
    const app = service(load(['.'], {}, dir), 'app');
    expect([app.mounts[0]!.homePath, app.mounts[0]!.hostPath]).toEqual([undefined, '/home/ci/.aws']);
  });
});
