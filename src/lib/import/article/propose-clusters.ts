/**
 * A cluster or bloc (cụm, khối thi đua) an article names that the content folder does not
 * have yet, proposed as a draft cluster file: its name as the article writes it, the
 * members the article lists ("gồm 6 tỉnh: Lai Châu, Điện Biên …"), and the leader and
 * deputy (cụm trưởng, cụm phó) when the article says who they are. What is guessed — the
 * level and organiser, the year — is said in the proposal's notes.
 */
import type { ClusterData } from '../../../schemas/cluster.ts';
import type { ProvinceEntry } from '../../content/validate.ts';
import { yearOf, type PartialDate } from '../../dates.ts';
import type { ProvinceIndex } from '../../provinces.ts';
import { cleanText, nfc, slugify } from '../../text.ts';
import type { ClusterRef } from '../shared/context.ts';
import { provinceMentions, resolveProvince } from '../shared/find-places.ts';
import type { Finding } from '../shared/report.ts';
import { wordKey } from '../shared/vi.ts';
import { findClusters } from './find-clusters.ts';

/** One year of a proposed cluster: what an article can say of it. */
export interface ProposedYear {
  year: number;
  members: string[];
  leader?: string;
  deputy?: string;
}

export interface ClusterProposal {
  /** The id the cluster will have: the slug of its name. */
  id: string;
  /** Where the draft goes in the content folder: set aside ("_…") until someone checks it. */
  file: string;
  data: Omit<ClusterData, 'years'> & { years: ProposedYear[] };
  /** What was read and what was guessed, for the press officer. */
  notes: string[];
}

/** Lower-case words a cluster's name may hold: "Cụm thi đua các tỉnh Tây Bắc", "Khối thi đua các cơ quan Đảng". */
const CONNECTORS = new Set(
  'các tỉnh thành phố huyện thị xã số cơ quan đơn vị doanh nghiệp trực thuộc miền vùng và ven biển phía khu vực đoàn thể trường học viện sở ban ngành nội chính kinh tế văn hóa xã hội tổng hợp'.split(' '),
);
const ROLE = /(?<![\p{L}])(cụm trưởng|cụm phó|khối trưởng|khối phó)(?![\p{L}])/giu;

interface Mention {
  name: string;
  kind: 'cum' | 'khoi';
  at: number;
}

/** Names of clusters and blocs in the text: "Cụm thi đua các tỉnh Tây Bắc", not "Cụm trưởng" nor "các tỉnh trong Cụm". */
function mentions(text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(/(?<![\p{L}])(Cụm|Khối|CỤM|KHỐI)(\s+(?:thi đua|Thi đua|THI ĐUA))?\s+/gu)) {
    const rest = text.slice(m.index! + m[0].length, m.index! + m[0].length + 160);
    const words: string[] = [];
    for (const w of rest.split(/\s+/)) {
      const bare = w.replace(/[,.;:()"“”]+$/u, '');
      if (!bare || !(/^\p{Lu}/u.test(bare) || /^\d+$/.test(bare) || CONNECTORS.has(bare.toLowerCase()))) break;
      words.push(bare);
      if (bare !== w || words.length >= 10) break;
    }
    while (words.length && CONNECTORS.has(words[words.length - 1]!) && !/^\d+$/.test(words[words.length - 1]!)) words.pop();
    // A proper name or a number: "các tỉnh Tây Bắc", "số 3"; not "phó", "trưởng", "đã".
    if (!words.some((w) => /^\p{Lu}/u.test(w) || /^\d+$/.test(w))) continue;
    const kind = /^k/i.test(m[1]!) ? 'khoi' : 'cum';
    out.push({ name: cleanText(`${kind === 'khoi' ? 'Khối' : 'Cụm'} thi đua ${words.join(' ')}`), kind, at: m.index! });
  }
  return out;
}

function sentenceAt(text: string, at: number): { start: number; end: number } {
  let start = at;
  while (start > 0 && !/[.!?\n]/.test(text[start - 1]!)) start--;
  let end = at;
  while (end < text.length && !/[.!?\n]/.test(text[end]!)) end++;
  return { start, end };
}

export function proposeClusters(
  rawText: string,
  known: readonly ClusterRef[],
  index: ProvinceIndex<ProvinceEntry>,
  date: PartialDate,
  articleProvinces: readonly string[],
): Finding<ClusterProposal[]> {
  const text = nfc(rawText);
  const proposals: ClusterProposal[] = [];
  const warnings: string[] = [];
  const seen = new Set<string>();
  const all = mentions(text);
  for (const m of all) {
    const key = wordKey(m.name);
    if (seen.has(key)) continue;
    seen.add(key);
    if (findClusters(m.name, known, index).value.length) continue;
    const notes: string[] = [];
    const year = yearOf(date);

    // Members: the provinces listed after "gồm" in a sentence that names the cluster.
    const members: string[] = [];
    for (const other of all.filter((o) => wordKey(o.name) === key)) {
      const s = sentenceAt(text, other.at);
      const sentence = text.slice(other.at, s.end);
      const list = /(?<![\p{L}])gồm(?:\s+có)?\s+(.+)$/u.exec(sentence);
      if (!list) continue;
      for (const p of provinceMentions(list[1]!, '', index)) {
        const r = resolveProvince(p.name, date, index);
        if (r && !members.includes(r.id)) members.push(r.id);
      }
      if (members.length) break;
    }

    // Leader and deputy: the province named closest to "Cụm trưởng" / "Cụm phó" in a sentence about this cluster.
    let leader: string | undefined;
    let deputy: string | undefined;
    let roleYear: number | undefined;
    for (const r of text.matchAll(ROLE)) {
      const s = sentenceAt(text, r.index!);
      const sentence = text.slice(s.start, s.end);
      const aboutThis = wordKey(sentence).includes(key) || new Set(all.map((a) => wordKey(a.name))).size === 1;
      if (!aboutThis) continue;
      const at = r.index! - s.start;
      let best: { id: string; distance: number } | undefined;
      for (const p of provinceMentions(sentence, '', index)) {
        let from = 0;
        const positions: number[] = [];
        for (let i = sentence.indexOf(p.name, from); i >= 0; i = sentence.indexOf(p.name, from)) {
          positions.push(i);
          from = i + p.name.length;
        }
        for (const pos of positions) {
          // The role follows the province ("tỉnh Sơn La làm Cụm trưởng") or is its title ("… – Cụm trưởng").
          const distance = pos < at ? at - (pos + p.name.length) : pos - at + 20;
          const id = resolveProvince(p.name, date, index)?.id;
          if (id && (!best || distance < best.distance)) best = { id, distance };
        }
      }
      if (!best || best.distance > 60) continue;
      const y = /năm\s+(\d{4})/u.exec(sentence);
      if (y) roleYear = Number(y[1]);
      if (/trưởng/iu.test(r[1]!)) leader ??= best.id;
      else deputy ??= best.id;
    }

    const ofProvinces = m.kind === 'cum' && (members.length > 0 || /các tỉnh|tỉnh, thành phố/iu.test(m.name));
    const data: ClusterProposal['data'] = ofProvinces
      ? { name: m.name, kind: 'cum', level: 'trung-uong', organiser: 'Hội đồng Thi đua – Khen thưởng Trung ương', memberKind: 'tinh', years: [] }
      : { name: m.name, kind: m.kind, level: 'tinh', organiser: 'chưa rõ', memberKind: 'co-quan', years: [] };
    if (!ofProvinces && articleProvinces.length === 1) {
      const p = index.get(articleProvinces[0]!);
      data.province = articleProvinces[0]!;
      data.organiser = `Hội đồng Thi đua – Khen thưởng ${p?.type === 'thanh-pho' ? 'thành phố' : 'tỉnh'} ${p?.name ?? ''}`.trim();
    }
    notes.push(ofProvinces ? 'cụm các tỉnh: coi là do Hội đồng Thi đua – Khen thưởng Trung ương tổ chức' : `khối, cụm cấp tỉnh: cơ quan tổ chức “${data.organiser}”`);
    const y = roleYear ?? year;
    if (leader && !members.includes(leader)) members.push(leader);
    if (deputy && !members.includes(deputy)) members.push(deputy);
    if (members.length && y) {
      data.years = [{ year: y, members, ...(leader ? { leader } : {}), ...(deputy ? { deputy } : {}) }];
      notes.push(`năm ${y}: ${members.length} thành viên${leader ? `, cụm trưởng "${leader}"` : ''}${deputy ? `, cụm phó "${deputy}"` : ''}`);
    } else notes.push('bài không kể thành viên: thêm years khi biết');
    const id = slugify(m.name);
    const proposal: ClusterProposal = { id, file: `clusters/_${id}.json`, data, notes };
    proposals.push(proposal);
    warnings.push(`cụm, khối: “${m.name}” chưa có trong thư mục nội dung; đề xuất bản nháp ${proposal.file} (${notes.join('; ')}); kiểm tra rồi đổi tên bỏ dấu “_”`);
  }
  return { value: proposals, warnings };
}

/** A proposal as the JSON file the content folder holds. */
export function clusterJson(p: ClusterProposal): string {
  return `${JSON.stringify(p.data, null, 2)}\n`;
}
