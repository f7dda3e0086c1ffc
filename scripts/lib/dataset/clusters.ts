/**
 * Clusters and blocs: the eight central clusters of provinces year by year, their members
 * across the 2025 merger, leaders in turn and results; and three provincial blocs.
 */
import { nfc } from '../../../src/lib/text.ts';
import { dayNumber, FIRST_YEAR, isoDay, LAST_YEAR, MERGER_DAY } from './calendar.ts';
import type { GeneratedFile } from './files.ts';
import { Rng } from './random.ts';
import { currentOf, existedInYear, validAt, type Province, type Reference } from './reference.ts';
import { N } from './words.ts';

/** The eight central clusters, by the ISO codes of the pre-2025 units. */
const CENTRAL_CLUSTERS: readonly { id: string; name: string; motto: string; iso: readonly string[] }[] = [
  { id: 'cum-thanh-pho-truc-thuoc-trung-uong', name: 'Cụm thi đua các thành phố trực thuộc Trung ương', motto: 'Đoàn kết – Năng động – Sáng tạo – Phát triển', iso: ['HN', 'SG', 'HP', 'DN', 'CT'] },
  { id: 'cum-cac-tinh-bien-gioi-phia-bac', name: 'Cụm thi đua các tỉnh biên giới phía Bắc', motto: 'Đoàn kết – Hợp tác – Cùng phát triển', iso: ['04', '09', '03', '02', '71', '01', '05'] },
  { id: 'cum-cac-tinh-trung-du-mien-nui-phia-bac', name: 'Cụm thi đua các tỉnh trung du, miền núi phía Bắc', motto: 'Đoàn kết – Chia sẻ – Phát triển', iso: ['07', '06', '69', '53', '68', '14', '54'] },
  { id: 'cum-cac-tinh-dong-bang-song-hong', name: 'Cụm thi đua các tỉnh Đồng bằng sông Hồng', motto: 'Đoàn kết – Đổi mới – Hội nhập', iso: ['56', '63', '61', '66', '67', '18', '20', '70', '13'] },
  { id: 'cum-cac-tinh-bac-trung-bo', name: 'Cụm thi đua các tỉnh Bắc Trung Bộ', motto: 'Đoàn kết – Hợp tác – Cùng phát triển', iso: ['21', '22', '23', '24', '25', '26'] },
  { id: 'cum-cac-tinh-duyen-hai-mien-trung-va-tay-nguyen', name: 'Cụm thi đua các tỉnh Duyên hải miền Trung và Tây Nguyên', motto: 'Đoàn kết – Sáng tạo – Hiệu quả', iso: ['27', '29', '31', '32', '34', '36', '28', '30', '33', '72', '35'] },
  { id: 'cum-cac-tinh-mien-dong-nam-bo', name: 'Cụm thi đua các tỉnh miền Đông Nam Bộ', motto: 'Đoàn kết – Hợp tác – Phát triển', iso: ['58', '57', '43', '40', '39', '37', '41'] },
  { id: 'cum-cac-tinh-dong-bang-song-cuu-long', name: 'Cụm thi đua các tỉnh Đồng bằng sông Cửu Long', motto: 'Đoàn kết – Năng động – Phát triển bền vững', iso: ['44', '47', '50', '51', '49', '45', '46', '52', '73', '55', '59'] },
];
/** Huế, a centrally-run city from 1/1/2025, joins the cities' cluster that year. */
const HUE_ISO = '26';
const CITIES_CLUSTER = 'cum-thanh-pho-truc-thuoc-trung-uong';

const BLOCS: readonly { id: string; name: string; iso: string; members: readonly string[] }[] = [
  {
    id: 'khoi-co-quan-dang-doan-the-quang-ninh',
    name: 'Khối thi đua các cơ quan Đảng, Mặt trận Tổ quốc và đoàn thể tỉnh Quảng Ninh',
    iso: '13',
    members: ['Ban Tổ chức Tỉnh ủy', 'Ban Tuyên giáo Tỉnh ủy', 'Ủy ban MTTQ Việt Nam tỉnh', 'Tỉnh đoàn', 'Hội Liên hiệp Phụ nữ tỉnh', 'Hội Nông dân tỉnh', 'Hội Cựu chiến binh tỉnh', 'Liên đoàn Lao động tỉnh'],
  },
  {
    id: 'khoi-so-nganh-kinh-te-ha-noi',
    name: 'Khối thi đua các sở, ngành kinh tế thành phố Hà Nội',
    iso: 'HN',
    members: ['Sở Tài chính', 'Sở Công Thương', 'Sở Xây dựng', 'Sở Giao thông vận tải', 'Sở Kế hoạch và Đầu tư', 'Sở Nông nghiệp và Phát triển nông thôn', 'Sở Tài nguyên và Môi trường'],
  },
  {
    id: 'khoi-doanh-nghiep-nghe-an',
    name: 'Khối thi đua các doanh nghiệp tỉnh Nghệ An',
    iso: '22',
    members: ['Công ty Cổ phần Cấp nước (mẫu)', 'Công ty Điện lực (mẫu)', 'Công ty TNHH MTV Thủy lợi (mẫu)', 'Công ty Cổ phần Môi trường đô thị (mẫu)', 'Ngân hàng Chính sách xã hội chi nhánh tỉnh (mẫu)', 'Công ty Xổ số kiến thiết (mẫu)'],
  },
];

function isoUnit(ref: Reference, iso: string): Province {
  const code = `VN-${iso}`;
  const p = ref.provinces.find((x) => x.isoCode === code && validAt(x, dayNumber('2024-06-01')));
  if (!p) throw new Error(`provinces.json: không có đơn vị nào mã ISO ${code} vào 1/6/2024`);
  return p;
}

/** The pre-2025 unit that gave its name to a new unit (or the first of its predecessors). */
function mainPredecessors(ref: Reference): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of ref.provinces) {
    if (p.from < MERGER_DAY || !Number.isFinite(p.from)) continue;
    const preds = ref.provinces.filter((q) => q.successor === p.id);
    const main = preds.find((q) => q.name === p.name) ?? preds[0];
    if (main) out.set(p.id, main.id);
  }
  return out;
}

/** What the reports need to know of a cluster. */
export interface ClusterOut {
  id: string;
  name: string;
  kind: 'cum' | 'khoi';
  years: Map<number, { members: string[]; pactDay: number }>;
}

export function generateClusters(ref: Reference, seed: number): { files: GeneratedFile[]; clusters: ClusterOut[] } {
  const rng = Rng.for(seed, 'clusters');
  const files: GeneratedFile[] = [];
  const clusters: ClusterOut[] = [];
  const mains = mainPredecessors(ref);
  const hue = ref.provinces.find((p) => p.isoCode === `VN-${HUE_ISO}`);
  const hueNow = hue ? currentOf(ref, hue.id) : undefined;

  for (const def of CENTRAL_CLUSTERS) {
    const old = def.iso.map((iso) => isoUnit(ref, iso).id);
    const years: Record<string, unknown>[] = [];
    const out: ClusterOut = { id: def.id, name: def.name, kind: 'cum', years: new Map() };
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      let members = old.filter((id) => existedInYear(ref.byId.get(id)!, year));
      let evaluated = members;
      let note: string | undefined;
      if (year === LAST_YEAR) {
        // Membership is checked over the whole year: the old units until 30/6, the new ones after.
        const successors = [...mains.entries()].filter(([, main]) => old.includes(main)).map(([id]) => id);
        if (def.id === CITIES_CLUSTER && hueNow) successors.push(hueNow);
        const dropHue = (id: string) => !(def.id !== CITIES_CLUSTER && id === hueNow);
        // Units that went on unchanged count once; a new unit with the same id as an old one cannot occur.
        const current = old.map((id) => ref.byId.get(id)!).filter((p) => !p.successor).map((p) => p.id);
        members = [...new Set([...members, ...successors])].filter(dropHue);
        evaluated = [...new Set([...current, ...successors])].filter(dropHue).filter((id) => members.includes(id));
        note = 'Năm 2025 gồm cả các đơn vị trước sắp xếp (đến 30/6/2025) và các đơn vị mới (từ 1/7/2025); kết quả bình xét tính cho các đơn vị mới (dữ liệu tổng hợp).';
      }
      const leaderIndex = (year - FIRST_YEAR) % members.length;
      const leader = members[leaderIndex]!;
      const deputy = members[(leaderIndex + 1) % members.length]!;
      const scores = evaluated.map((m) => ({ member: m, score: Math.round((85 + rng.next() * 14) * 100) / 100 }));
      scores.sort((a, b) => b.score - a.score || (a.member < b.member ? -1 : 1));
      const results = scores.map((s, i) => ({ member: s.member, score: s.score, rank: i + 1, classification: i < 2 ? 'xuất sắc' : 'hoàn thành tốt nhiệm vụ' }));
      const pactDay = dayNumber(`${year}-0${rng.int(2, 4)}-${String(rng.int(1, 28)).padStart(2, '0')}`);
      out.years.set(year, { members, pactDay });
      years.push({
        year,
        members,
        leader,
        deputy,
        results,
        governmentFlag: results.slice(0, 1).map((r) => r.member),
        pmCommendation: results.slice(1, members.length > 6 ? 3 : 2).map((r) => r.member),
        pactDate: isoDay(pactDay),
        note,
      });
    }
    const data = {
      name: def.name,
      kind: 'cum',
      level: 'trung-uong',
      organiser: 'Hội đồng Thi đua – Khen thưởng Trung ương',
      memberKind: 'tinh',
      motto: def.motto,
      summary: `${def.name} (dữ liệu tổng hợp để thử nghiệm): các thành viên bình xét, suy tôn và luân phiên làm Cụm trưởng hằng năm.`,
      years,
    };
    files.push({ path: `clusters/${def.id}.json`, content: `${JSON.stringify(data, null, 2)}\n` });
    clusters.push(out);
  }

  for (const bloc of BLOCS) {
    const province = currentOf(ref, isoUnit(ref, bloc.iso).id);
    const members = N(bloc.members);
    const years: Record<string, unknown>[] = [];
    const out: ClusterOut = { id: bloc.id, name: nfc(bloc.name), kind: 'khoi', years: new Map() };
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      const leader = members[(year - FIRST_YEAR) % members.length]!;
      const deputy = members[(year - FIRST_YEAR + 1) % members.length]!;
      const scores = members.map((m) => ({ member: m, score: Math.round((88 + rng.next() * 11) * 10) / 10 }));
      scores.sort((a, b) => b.score - a.score || (a.member < b.member ? -1 : 1));
      const pactDay = dayNumber(`${year}-0${rng.int(1, 3)}-${String(rng.int(1, 28)).padStart(2, '0')}`);
      out.years.set(year, { members, pactDay });
      years.push({
        year,
        members,
        leader,
        deputy,
        results: scores.map((s, i) => ({ member: s.member, score: s.score, rank: i + 1 })),
        provincialFlag: [scores[0]!.member],
        pactDate: isoDay(pactDay),
      });
    }
    const data = {
      name: bloc.name,
      kind: 'khoi',
      level: 'tinh',
      organiser: `Hội đồng Thi đua – Khen thưởng ${ref.byId.get(province)!.label}`,
      province,
      memberKind: 'co-quan',
      summary: `${bloc.name} (dữ liệu tổng hợp để thử nghiệm).`,
      years,
    };
    files.push({ path: `clusters/${bloc.id}.json`, content: `${JSON.stringify(data, null, 2)}\n` });
    clusters.push(out);
  }
  return { files, clusters };
}
