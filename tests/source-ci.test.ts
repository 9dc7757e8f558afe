/** GitHub Actions workflows and GitLab CI files: job containers, services, options words located in the YAML. */
import { describe, expect, it } from 'vitest';
import { lint } from '../src/lint.js';
import { kindOfName } from '../src/sources/index.js';

async function run(path: string, text: string, profile: 'recommended' | 'strict' = 'recommended') {
  return lint({ files: [{ path, text }], profile, config: false });
}
const ids = (r: Awaited<ReturnType<typeof lint>>) => r.findings.map((f) => `${f.ruleId}@${f.location.startLine}:${f.location.startColumn}`);
const wf = '.github/workflows/ci.yml';

describe('GitHub Actions workflows', () => {
  it('claims workflow files and GitLab CI files by their place and name', () => {
    expect(kindOfName('.github/workflows/ci.yml')).toBe('github-workflow');
    expect(kindOfName('.github/workflows/release.yaml')).toBe('github-workflow');
    expect(kindOfName('.github/dependabot.yml')).toBeUndefined();
    expect(kindOfName('.gitlab-ci.yml')).toBe('gitlab-ci');
    expect(kindOfName('ci/build.gitlab-ci.yml')).toBe('gitlab-ci');
  });

  it('container: {image: node:22, options: --privileged} is flagged at the options line', async () => {
    const r = await run(wf, ['on: push', 'jobs:', '  build:', '    runs-on: ubuntu-latest', '    container:', '      image: node:22', '      options: --privileged', '    steps:', '      - run: npm test', ''].join('\n'));
    expect(r.errors).toEqual([]);
    expect(ids(r)).toEqual(['privileged-container@7:16']);
    expect(r.findings[0]!.message).toBe("job build's container in .github/workflows/ci.yml runs privileged: it has every capability and device of the host");
  });

  it('options words are located in plain, quoted and block scalars', async () => {
    const r = await run(
      wf,
      [
        'jobs:',
        '  a:',
        '    container:',
        '      image: node:22',
        '      options: "--cpus 1 --pid=host"',
        '  b:',
        '    container:',
        '      image: node:22',
        '      options: >-',
        '        --cpus 1',
        '        --cap-add SYS_ADMIN',
        '  c:',
        '    container:',
        '      image: node:22',
        "      options: '--security-opt seccomp=unconfined'",
        '',
      ].join('\n'),
    );
    expect(ids(r)).toEqual(['host-pid@5:26', 'dangerous-capability@11:19', 'seccomp-disabled@15:17']);
  });

  it('services, volumes, ports and env are read; ${{ }} expressions are not guessed', async () => {
    const r = await run(
      wf,
      [
        'jobs:',
        '  build:',
        '    container: ${{ matrix.image }}',
        '    services:',
        '      redis:',
        '        image: redis:7',
        '        ports:',
        '          - 6379:6379',
        '      docker:',
        '        image: docker:27-dind',
        '        options: ${{ matrix.opts }} --privileged',
        '        volumes:',
        '          - /var/run/docker.sock:/var/run/docker.sock',
        '          - ${{ github.workspace }}:/src',
        '        env:',
        '          DB_PASSWORD: hunter2hunter2',
        '          API_TOKEN: ${{ secrets.TOKEN }}',
        '',
      ].join('\n'),
    );
    expect(ids(r)).toEqual(['exposed-internal-port@8:13', 'privileged-container@11:37', 'docker-socket-mount@13:13', 'plaintext-secret-env@16:11']);
    expect(r.findings[0]!.message).toMatch(/^service redis of job build in \.github\/workflows\/ci\.yml /);
    expect(r.findings[3]!.message).toBe('service docker of job build in .github/workflows/ci.yml sets DB_PASSWORD to a literal value in env');
  });

  it('docker run lines in run: steps are read in place; ${{ }} stays unresolved; other shells are left alone', async () => {
    const r = await run(
      wf,
      [
        'jobs:',
        '  deploy:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - run: docker run --rm --pid=host alpine:3.20 ps',
        '      - run: |',
        '          echo start',
        '          docker run --rm \\',
        '            -v /:/host \\',
        '            --user ${{ matrix.user }} alpine:3.20 true',
        '      - shell: pwsh',
        '        run: docker run --privileged alpine:3.20',
        '      - run: docker run --rm alpine echo hello',
        '',
      ].join('\n'),
    );
    expect(r.errors).toEqual([]);
    expect(ids(r)).toEqual(['host-pid@5:30', 'sensitive-host-mount@9:16', 'unpinned-image@13:30']);
    expect(r.findings[0]!.message).toBe("docker run in .github/workflows/ci.yml:5 shares the host's PID namespace");
  });

  it('a string container is an image; a broken workflow is one error with its position', async () => {
    expect(ids(await run(wf, 'jobs:\n  a:\n    container: node\n'))).toEqual(['unpinned-image@3:16']);
    const broken = await run(wf, 'jobs:\n  a: [\n');
    expect(broken.errors).toHaveLength(1);
    expect(broken.errors[0]!.line).toBeGreaterThan(0);
  });
});

describe('GitLab CI', () => {
  it('script:, before_script: and after_script: lines with docker run are read', async () => {
    const r = await run(
      '.gitlab-ci.yml',
      ['before_script:', '  - docker login -u x -p "$PW" registry', 'test:', '  script:', '    - docker run --rm --privileged "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHA" make test', '    - docker run --rm -v /var/run/docker.sock:/var/run/docker.sock docker:27 ps', ''].join('\n'),
    );
    expect(r.errors).toEqual([]);
    expect(ids(r)).toEqual(['privileged-container@5:23', 'docker-socket-mount@6:26']);
  });


  it('a docker:dind service is a note about the privileged runner, not a finding', async () => {
    const r = await run('.gitlab-ci.yml', ['build:', '  image: docker:27', '  services:', '    - name: docker:27-dind', '      alias: docker', '  script:', '    - docker build .', ''].join('\n'));
    expect(r.errors).toEqual([]);
    expect(ids(r)).toEqual([]);
    expect(r.notes.map((n) => `${n.line}:${n.column} ${n.message}`)).toEqual([
      "4:13 job build uses the docker:27-dind service: Docker-in-Docker runs only on a privileged runner, whose containers have every capability and device of the host; the runner's configuration decides that, not this file",
    ]);
  });
});

describe('hostile input', () => {
  it('unclosed expressions and long options strings are read in linear time', async () => {
    const opts = '${{ '.repeat(30_000) + ' --privileged';
    const many = Array.from({ length: 5_000 }, (_, i) => `\${{ m.x${i} }}`).join(' ');
    const started = Date.now();
    for (const options of [opts, many]) {
      const r = await run(wf, `jobs:\n  a:\n    container:\n      image: node:22\n      options: ${JSON.stringify(options)}\n    steps:\n      - run: ${JSON.stringify(`docker run ${options} alpine:3.20`)}\n`);
      expect(r.errors).toEqual([]);
    }
    const dev = await lint({ files: [{ path: '.devcontainer/devcontainer.json', text: JSON.stringify({ image: 'node:22', mounts: ['source=' + '${'.repeat(50_000)] }) }], config: false });
    expect(dev.errors).toEqual([]);
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});
