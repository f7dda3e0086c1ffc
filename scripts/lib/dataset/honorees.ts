/**
 * Profiles of exemplars: people, collectives and households, one province after another,
 * which some decisions and reports then link to.
 */
import type { RecipientKind } from '../../../src/schemas/common.ts';
import { FIRST_DAY, MERGER_DAY } from './calendar.ts';
import { markdownFile, shortSlug, type GeneratedFile } from './files.ts';
import { personName } from './names.ts';
import { householdAddress, type PlaceBook, type Where } from './places.ts';
import { Rng } from './random.ts';
import type { Province, Reference } from './reference.ts';
import { workplace } from './workplaces.ts';

/** What decisions and reports need to know of a profile. */
export interface HonoreeOut {
  id: string;
  female?: boolean;
  name: string;
  kind: RecipientKind;
  province: string;
  title?: string;
  unit?: string;
  givenName?: string;
}

export function generateHonorees(ref: Reference, places: PlaceBook, seed: number, count: number): { files: GeneratedFile[]; honorees: HonoreeOut[] } {
  const rng = Rng.for(seed, 'honorees');
  const files: GeneratedFile[] = [];
  const honorees: HonoreeOut[] = [];
  const used = new Set<string>();
  const order: Province[] = [];
  for (let i = 0; i < count; i++) {
    if (order.length === 0) order.push(...rng.shuffle([...ref.provinces]));
    const province = order.pop()!;
    const day = Math.max(province.from, FIRST_DAY) + 1;
    const w: Where = { province, day, places: places.of(province.id), merged: day >= MERGER_DAY };
    const roll = rng.next();
    const kind: RecipientKind = roll < 0.72 ? 'ca-nhan' : roll < 0.95 ? 'tap-the' : 'ho-gia-dinh';
    let h: HonoreeOut;
    let position: string | undefined;
    let unit: string | undefined;
    if (kind === 'ca-nhan') {
      const person = personName(rng);
      const wp = workplace(rng, w);
      position = rng.pick(wp.titles);
      unit = wp.unit;
      h = { id: '', name: person.name, kind, province: province.id, title: position, unit, givenName: person.givenName, female: person.female };
    } else if (kind === 'tap-the') {
      const wp = workplace(rng, w);
      unit = wp.parent;
      h = { id: '', name: wp.unit, kind, province: province.id, unit };
    } else {
      const person = personName(rng);
      unit = householdAddress(rng, w);
      h = { id: '', name: `Hộ ${person.female ? 'bà' : 'ông'} ${person.name}`, kind, province: province.id, unit };
    }
    let id = shortSlug(`${h.name} ${province.name}`, 80);
    for (let k = 2; used.has(id); k++) id = `${shortSlug(`${h.name} ${province.name}`, 76)}-${k}`;
    used.add(id);
    h.id = id;
    honorees.push(h);
    const year = province.from >= MERGER_DAY ? 2025 : rng.int(2024, 2025);
    const month = province.from >= MERGER_DAY ? rng.int(7, 12) : rng.int(1, 12);
    const frontmatter = {
      name: h.name,
      kind,
      province: province.id,
      position,
      unit,
      exemplar: rng.chance(0.4),
      updated: `${year}-${String(month).padStart(2, '0')}`,
      summary:
        kind === 'ca-nhan'
          ? `${position}, ${unit}; nhiều năm liền hoàn thành xuất sắc nhiệm vụ (hồ sơ tổng hợp để thử nghiệm).`
          : kind === 'tap-the'
            ? `Tập thể tiêu biểu của ${province.label}, dẫn đầu phong trào thi đua nhiều năm (hồ sơ tổng hợp để thử nghiệm).`
            : `Hộ gia đình tiêu biểu ở ${unit} (hồ sơ tổng hợp để thử nghiệm).`,
    };
    const body = [
      kind === 'ca-nhan'
        ? `${h.name} hiện là ${position?.toLowerCase()} tại ${unit}. Trong công tác, ${h.female ? 'chị' : 'anh'} ${h.givenName ?? h.name.split(' ').pop()} luôn gương mẫu, tận tụy, được đồng nghiệp và nhân dân tin yêu.`
        : kind === 'tap-the'
          ? `${h.name} là tập thể đoàn kết, nhiều năm liền hoàn thành xuất sắc nhiệm vụ, là điểm sáng trong phong trào thi đua yêu nước của ${province.label}.`
          : `${h.name} ở ${unit} gương mẫu chấp hành chủ trương của Đảng, chính sách, pháp luật của Nhà nước và quy ước của khu dân cư.`,
      `Những cách làm hay được chia sẻ tại các hội nghị điển hình tiên tiến và nhân rộng trên địa bàn. Đây là hồ sơ tổng hợp, sinh tự động để đo hiệu năng của trang, không phải người hay tập thể có thật.`,
      ...(rng.chance(0.5) ? ['Nhiều năm qua, các phần thưởng ghi nhận thành tích được liệt kê trong bảng vàng của trang.'] : []),
    ];
    files.push({ path: `honorees/${id}.md`, content: markdownFile(frontmatter, body) });
  }
  return { files, honorees };
}
