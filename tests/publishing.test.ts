/**
 * The publishing templates of deploy/ (docs/publishing.md): each parses, every npm command it
 * runs exists in package.json, each checks the content before it builds (so a broken entry
 * never replaces the live site), and each keeps Astro's cache folder between runs.
 */
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';

const scripts: Record<string, string> = JSON.parse(readFileSync('package.json', 'utf8')).scripts;
const read = (file: string) => readFileSync(file, 'utf8');

/** One pipeline: the commands it runs in order, the cache folder it sets, and what it keeps between runs. */
interface Pipeline {
  name: string;
  commands: string[];
  astroCacheDir: string | undefined;
  kept: string[];
}

/** The keys, strings and string lists of a netlify.toml: sections, [[arrays]] and `key = value` lines. */
function readToml(text: string): Record<string, any> {
  const root: Record<string, any> = {};
  let table = root;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\s+#.*$/, '').trim();
    if (!line || line.startsWith('#')) continue;
    const array = /^\[\[(.+)\]\]$/.exec(line);
    const section = /^\[(.+)\]$/.exec(line);
    if (array || section) {
      const keys = (array ?? section)![1]!.split('.');
      let at: any = root;
      keys.forEach((key, i) => {
        const last = i === keys.length - 1;
        if (last && array) {
          at[key] ??= [];
          at[key].push({});
          at = at[key][at[key].length - 1];
        } else {
          if (Array.isArray(at[key])) at = at[key][at[key].length - 1];
          else at = at[key] ??= {};
        }
      });
      table = at;
      continue;
    }
    const pair = /^([\w.-]+)\s*=\s*(.+)$/.exec(line);
    if (!pair) throw new Error(`netlify.toml: cannot read "${line}"`);
    table[pair[1]!] = JSON.parse(pair[2]!);
  }
  return root;
}

function githubWorkflow(file: string): Pipeline[] {
  const workflow = yaml.load(read(file)) as any;
  return Object.entries(workflow.jobs as Record<string, any>).map(([job, spec]) => {
    const steps: any[] = spec.steps ?? [];
    return {
      name: `${file} (${job})`,
      commands: steps.filter((s) => s.run).flatMap((s) => String(s.run).split('\n')),
      astroCacheDir: spec.env?.ASTRO_CACHE_DIR ?? workflow.env?.ASTRO_CACHE_DIR,
      kept: steps.filter((s) => /^actions\/cache@/.test(s.uses ?? '')).flatMap((s) => String(s.with.path).split('\n')),
    };
  });
}

function gitlabPipeline(file: string): Pipeline[] {
  const ci = yaml.load(read(file)) as any;
  const reserved = new Set(['image', 'variables', 'cache', 'stages', 'default', 'include', 'workflow']);
  return Object.entries(ci as Record<string, any>)
    .filter(([job]) => !reserved.has(job))
    .map(([job, spec]) => ({
      name: `${file} (${job})`,
      commands: [...(spec.before_script ?? []), ...(spec.script ?? [])],
      astroCacheDir: spec.variables?.ASTRO_CACHE_DIR ?? ci.variables?.ASTRO_CACHE_DIR,
      kept: (spec.cache ?? ci.cache)?.paths ?? [],
    }));
}

function netlify(file: string): Pipeline[] {
  const config = readToml(read(file));
  return [
    {
      name: file,
      commands: String(config.build.command).split('&&').map((c) => c.trim()),
      astroCacheDir: config.build.environment?.ASTRO_CACHE_DIR,
      kept: (config.plugins ?? []).filter((p: any) => p.package === 'netlify-plugin-cache').flatMap((p: any) => p.inputs.paths),
    },
  ];
}

function shellScript(file: string): Pipeline[] {
  const lines = read(file).split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  const cache = lines.map((l) => /^export ASTRO_CACHE_DIR="\$\{ASTRO_CACHE_DIR:-(.+)\}"$/.exec(l)?.[1]).find(Boolean);
  // A folder in the home directory outlives every run of the script.
  return [{ name: file, commands: lines, astroCacheDir: cache, kept: cache?.startsWith('$HOME/') ? [cache] : [] }];
}

const PIPELINES: Pipeline[] = [
  ...githubWorkflow('deploy/github-pages.yml'),
  ...githubWorkflow('deploy/cloudflare-pages.yml'),
  ...gitlabPipeline('deploy/gitlab-ci.yml'),
  ...netlify('deploy/netlify.toml'),
  ...shellScript('deploy/rsync-nginx.sh'),
];

/** The `npm run X` of a command line, by name. */
const npmRuns = (command: string) => [...command.matchAll(/\bnpm run ([\w:-]+)/g)].map((m) => m[1]!);

describe('publishing templates', () => {
  it('are all read: two GitHub workflows, a GitLab pipeline, Netlify settings and an rsync script', () => {
    expect(PIPELINES.map((p) => p.name)).toEqual([
      'deploy/github-pages.yml (build)',
      'deploy/github-pages.yml (deploy)',
      'deploy/cloudflare-pages.yml (publish)',
      'deploy/gitlab-ci.yml (check)',
      'deploy/gitlab-ci.yml (pages)',
      'deploy/netlify.toml',
      'deploy/rsync-nginx.sh',
    ]);
  });

  it('run only npm scripts that package.json has', () => {
    const used = PIPELINES.flatMap((p) => p.commands.flatMap(npmRuns).map((name) => [p.name, name] as const));
    expect(used.length).toBeGreaterThanOrEqual(12);
    expect(used.filter(([, name]) => !(name in scripts))).toEqual([]);
  });

  for (const pipeline of PIPELINES.filter((p) => p.commands.some((c) => npmRuns(c).includes('build')))) {
    it(`${pipeline.name}: installs, checks the content, then builds, keeping ASTRO_CACHE_DIR between runs`, () => {
      const order = pipeline.commands.flatMap((c) => [...(/\bnpm ci\b/.test(c) ? ['ci'] : []), ...npmRuns(c)]);
      const check = order.indexOf('check:content');
      const build = order.indexOf('build');
      expect(check, `${pipeline.name} runs npm run check:content`).toBeGreaterThanOrEqual(0);
      expect(check).toBeLessThan(build);
      // Netlify installs by itself before the command; the others say so.
      if (!pipeline.name.endsWith('netlify.toml')) expect(order.indexOf('ci')).toBe(0);
      expect(pipeline.astroCacheDir, `${pipeline.name} sets ASTRO_CACHE_DIR`).toBeTruthy();
      expect(pipeline.kept.some((kept) => pipeline.astroCacheDir === kept || pipeline.astroCacheDir!.startsWith(`${kept.replace(/\/$/, '')}/`)), `${pipeline.name} keeps ${pipeline.astroCacheDir}`).toBe(true);
    });
  }

  it('GitHub Pages publishes what was built, after the build', () => {
    const workflow = yaml.load(read('deploy/github-pages.yml')) as any;
    expect(workflow.jobs.deploy.needs).toBe('build');
    expect(workflow.jobs.build.steps.at(-1)).toEqual({ uses: 'actions/upload-pages-artifact@v3', with: { path: 'dist' } });
    expect(workflow.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
  });

  it('GitLab Pages publishes dist from the default branch only', () => {
    const ci = yaml.load(read('deploy/gitlab-ci.yml')) as any;
    expect(ci.pages.pages).toEqual({ publish: 'dist' });
    expect(ci.pages.rules).toEqual([{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' }]);
  });

  it('docs/publishing.md walks through each template and gives the Cloudflare dashboard the same build command', () => {
    const doc = read('docs/publishing.md');
    for (const file of ['deploy/github-pages.yml', 'deploy/gitlab-ci.yml', 'deploy/netlify.toml', 'deploy/cloudflare-pages.yml', 'deploy/rsync-nginx.sh', 'docs/deploy/nginx.conf']) {
      // Links from docs/: to a file of docs/ itself, or up to the project's root.
      expect(doc, file).toContain(file.startsWith('docs/') ? `(${file.slice('docs/'.length)})` : `(../${file})`);
    }
    expect(doc).toContain('`npm run check:content && npm run build`');
    expect(doc).toContain('`node_modules/.astro`');
  });
});
