import { beforeAll, describe, expect, it } from 'vitest';
import { parseImage } from '../src/image/parse.js';
import { initShellParser } from '../src/shell.js';
import { floatsToLatest, imagePinning, pulledImages } from '../src/knowledge/image-refs.js';

beforeAll(() => initShellParser());

const DIGEST = 'sha256:4bcff63911fcb4448bd4fdacec207030997caf25e9bea4045fa6c8c44de311d1';

describe('imagePinning', () => {
  it.each([
    ['alpine', 'untagged', 'alpine', undefined],
    ['alpine:latest', 'latest', 'alpine', 'latest'],
    ['alpine:3.20', 'tag', 'alpine', '3.20'],
    ['localhost:5000/team/app', 'untagged', 'localhost:5000/team/app', undefined],
    ['localhost:5000/team/app:1.0', 'tag', 'localhost:5000/team/app', '1.0'],
    [`alpine@${DIGEST}`, 'digest', 'alpine', undefined],
    [`alpine:latest@${DIGEST}`, 'digest', 'alpine', 'latest'],
    ['scratch', 'scratch', 'scratch', undefined],
    ['SCRATCH', 'scratch', 'scratch', undefined],
  ])('%s is %s', (ref, kind, name, tag) => {
    expect(imagePinning(ref)).toMatchObject({ kind, name, tag });
  });

  it('does not count a malformed digest as a pin', () => {
    expect(imagePinning('alpine@sha256:xyz').kind).toBe('untagged');
  });

  it('floats to latest only without a tag or with :latest', () => {
    expect(['nginx', 'nginx:latest', 'nginx:1.27', `nginx@${DIGEST}`].map((r) => floatsToLatest(imagePinning(r)))).toEqual([true, true, false, false]);
  });
});

describe('pulledImages', () => {
  const pulled = (text: string) =>
    pulledImages(parseImage({ file: 'D', text })).map((p) => `${p.loc.startLine}:${p.loc.startColumn} ${p.via} ${p.ref}`);

  it('lists the bases of every stage, COPY --from images and RUN --mount from images', () => {
    const text = [
      'ARG TAG=1.2',
      'FROM golang:${TAG} AS build',
      'FROM build AS test',
      'FROM ubuntu AS unused',
      'FROM alpine:3.20',
      'COPY --from=build /a /a',
      'COPY --from=test /b /b',
      'COPY --from=busybox:1.36 /bin/busybox /bin/',
      'RUN --mount=type=bind,from=node:20,source=/usr/local/bin/node,target=/n /n --version',
      'ONBUILD COPY --from=docker:27-cli /usr/local/bin/docker /usr/local/bin/',
      '',
    ].join('\n');
    expect(pulled(text)).toEqual([
      '2:6 FROM golang:1.2',
      '4:6 FROM ubuntu',
      '5:6 FROM alpine:3.20',
      '8:13 COPY --from busybox:1.36',
      '9:28 RUN --mount from node:20',
      '10:21 COPY --from docker:27-cli',
    ]);
  });

  it('leaves out references whose variable has no value', () => {
    expect(pulled('ARG BASE\nFROM ${BASE}\nCOPY --from=${TOOLS} /x /x\n')).toEqual([]);
  });
});
