/**
 * Where a portal reads a member's published files: the folder of its built site (tests,
 * offline builds, a CI pipeline that built the member a job earlier) or its public address.
 * Either way only published files are read, by their path under the member's base path.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';

export type Fetched = { ok: true; text: string } | { ok: false; missing: boolean; reason: string };

export interface MemberSource {
  /** A published file by its path under the member's base path ("du-lieu/quyet-dinh.json"). */
  read(file: string): Promise<Fetched>;
  /** Where a file was read from, for messages. */
  where(file: string): string;
}

export function folderSource(folder: string): MemberSource {
  return {
    where: (file) => path.join(folder, file),
    async read(file) {
      try {
        return { ok: true, text: await readFile(path.join(folder, file), 'utf8') };
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT') return { ok: false, missing: true, reason: 'không có tệp này' };
        return { ok: false, missing: false, reason: `không đọc được (${code ?? (error as Error).message})` };
      }
    },
  };
}

/** How long a portal build waits for one file of a member. */
export const FETCH_TIMEOUT_MS = 30_000;

export function addressSource(address: string, fetcher: typeof fetch = fetch): MemberSource {
  const url = (file: string) => new URL(file, address).href;
  return {
    where: url,
    async read(file) {
      let response: Response;
      try {
        response = await fetcher(url(file), { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), headers: { accept: 'application/json, application/xml, */*' } });
      } catch (error) {
        const reason = (error as Error).name === 'TimeoutError' ? `không trả lời sau ${FETCH_TIMEOUT_MS / 1000} giây` : `không kết nối được (${(error as Error).message})`;
        return { ok: false, missing: false, reason };
      }
      if (response.status === 404) return { ok: false, missing: true, reason: 'không có tệp này (404)' };
      if (!response.ok) return { ok: false, missing: false, reason: `máy chủ trả lời ${response.status}` };
      return { ok: true, text: await response.text() };
    },
  };
}
