/**
 * Where the editor reads and writes the content, chosen when the site is built from
 * environment variables (docs/editor.md): a GitHub, GitLab or Gitea/Forgejo repository for
 * a hosted site, or the CMS's test repository (kept in the browser, for tests and trials).
 * On the press officer's own computer (`npm run dev`, an address on localhost) the editor
 * also offers to work on the local clone, whatever the backend.
 *
 * The same settings give the origins the editor's Content Security Policy must let it reach.
 */

export interface EditorEnvironment {
  /** github (default), gitlab, gitea (also Forgejo) or test-repo. */
  EDITOR_BACKEND?: string;
  /** "owner/name" of the repository holding the content. */
  EDITOR_REPO?: string;
  /** Branch to write to; default main. */
  EDITOR_BRANCH?: string;
  /** API address of a self-hosted GitLab, Gitea or Forgejo (or GitHub Enterprise). */
  EDITOR_API_ROOT?: string;
  /** OAuth: the address of the sign-in service (GitHub: an authenticator; GitLab, Gitea: the server). */
  EDITOR_AUTH_URL?: string;
  /** OAuth: the application id (GitLab, Gitea/Forgejo). */
  EDITOR_APP_ID?: string;
  /** "1": news goes through draft → review → publish (GitHub and GitLab). */
  EDITOR_WORKFLOW?: string;
}

export const EDITOR_BACKENDS = ['github', 'gitlab', 'gitea', 'test-repo'] as const;
export type EditorBackend = (typeof EDITOR_BACKENDS)[number];

/** The repository named when none is set: the editor is then for a local clone only. */
export const LOCAL_ONLY_REPO = 'bang-vang/noi-dung';

const DEFAULT_API: Record<Exclude<EditorBackend, 'test-repo'>, string> = {
  github: 'https://api.github.com',
  gitlab: 'https://gitlab.com/api/v4',
  gitea: 'https://gitea.com/api/v1',
};

/** Environment variables of the editor, read from the build's environment. */
export function editorEnvironment(env: Record<string, string | undefined> = process.env): EditorEnvironment {
  const keys = ['EDITOR_BACKEND', 'EDITOR_REPO', 'EDITOR_BRANCH', 'EDITOR_API_ROOT', 'EDITOR_AUTH_URL', 'EDITOR_APP_ID', 'EDITOR_WORKFLOW'] as const;
  return Object.fromEntries(keys.filter((k) => env[k]).map((k) => [k, env[k]!.trim()]));
}

export function backendName(env: EditorEnvironment): EditorBackend {
  const name = (env.EDITOR_BACKEND || 'github').toLowerCase();
  if (name === 'forgejo') return 'gitea';
  if (!(EDITOR_BACKENDS as readonly string[]).includes(name)) {
    throw new Error(`EDITOR_BACKEND="${env.EDITOR_BACKEND}": chỉ nhận ${EDITOR_BACKENDS.join(', ')} (hoặc forgejo)`);
  }
  return name as EditorBackend;
}

/** The `backend` section of the CMS configuration. */
export function backendConfig(env: EditorEnvironment): Record<string, unknown> {
  const name = backendName(env);
  if (name === 'test-repo') return { name };
  const repo = env.EDITOR_REPO || LOCAL_ONLY_REPO;
  if (!/^[^/\s]+(\/[^/\s]+)+$/.test(repo)) throw new Error(`EDITOR_REPO="${repo}": cần dạng "chủ/kho", ví dụ "so-noi-vu/bang-vang"`);
  return {
    name,
    repo,
    branch: env.EDITOR_BRANCH || 'main',
    ...(env.EDITOR_API_ROOT ? { api_root: env.EDITOR_API_ROOT } : {}),
    ...(env.EDITOR_AUTH_URL ? { base_url: env.EDITOR_AUTH_URL } : {}),
    ...(env.EDITOR_APP_ID ? { app_id: env.EDITOR_APP_ID } : {}),
    // GitLab signs in with PKCE in the browser: no secret, no server of ours.
    ...(name === 'gitlab' && env.EDITOR_APP_ID ? { auth_type: 'pkce' } : {}),
  };
}

const originOf = (url: string) => new URL(url).origin;

/** Origins the editor talks to for this backend: its API, and where account pictures come from. */
export function backendOrigins(env: EditorEnvironment): { connect: string[]; img: string[] } {
  const name = backendName(env);
  if (name === 'test-repo') return { connect: [], img: [] };
  const api = originOf(env.EDITOR_API_ROOT || DEFAULT_API[name]);
  if (name === 'github') {
    // The CMS asks the status page whether GitHub is down when a request fails.
    return { connect: [api, 'https://www.githubstatus.com'], img: ['https://avatars.githubusercontent.com'] };
  }
  return { connect: [api], img: [api, 'https://secure.gravatar.com'] };
}
