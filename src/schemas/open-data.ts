/**
 * What the downloads (dữ liệu mở) contain: the shape of every JSON file under /du-lieu/
 * and of one row of every CSV file. The JSON Schemas published at /du-lieu/schema/ are
 * generated from these, and the descriptions below are what they and docs/open-data.md
 * tell a reader, in Vietnamese. Field and column names are stable: renaming one breaks
 * every script that reads the files, so add new ones rather than rename.
 */
import { z } from 'astro/zod';
import { memberSummarySchema } from './portal.ts';
import { AWARD_CLASSES } from './award.ts';
import { RECIPIENT_KINDS } from './common.ts';
import { COMMENDATION_TYPES } from './decision.ts';

/** Bumped when a field or column is removed or changes meaning (never for additions). */
export const OPEN_DATA_VERSION = 1 as const;

const d = (description: string) => ({ description });
const isoDate = () => z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const link = () => z.url();

/** One record (one person, collective or household honoured) in the JSON downloads. */
export const recordDownloadSchema = z
  .strictObject({
    stt: z.number().int().positive().meta(d('Số thứ tự (STT) trong danh sách kèm quyết định; trang quyết định có neo #stt-<số> cho từng dòng.')),
    name: z.string().meta(d('Họ và tên người, tên tập thể hoặc hộ gia đình, đúng như quyết định ghi (Unicode NFC).')),
    kind: z.enum(RECIPIENT_KINDS).meta(d('Đối tượng: "ca-nhan" (cá nhân), "tap-the" (tập thể), "ho-gia-dinh" (hộ gia đình).')),
    title: z.string().optional().meta(d('Chức vụ của cá nhân, nếu quyết định ghi.')),
    unit: z.string().optional().meta(d('Đơn vị công tác của cá nhân, hoặc cơ quan chủ quản của tập thể.')),
    province: z.string().meta(d('Mã tỉnh, thành phố của người hoặc tập thể tại thời điểm khen (đơn vị hành chính lúc đó, kể cả đơn vị trước sáp nhập 2025); tên ở mục "provinces".')),
    award: z.string().meta(d('Mã hình thức khen thưởng người hoặc tập thể này nhận; tên ở mục "awards".')),
    awardClass: z.enum(AWARD_CLASSES).optional().meta(d('Hạng: "nhat", "nhi", "ba", với hình thức có hạng.')),
    posthumous: z.boolean().meta(d('Truy tặng (true) hay không (false).')),
    citation: z.string().optional().meta(d('Thành tích, nếu quyết định ghi.')),
    honoree: z.string().optional().meta(d('Mã hồ sơ gương điển hình, nếu có: trang /guong-dien-hinh/<mã>/.')),
  })
  .meta({ title: 'Một lượt khen', description: 'Một người, tập thể hoặc hộ gia đình được khen trong một quyết định.' });

/** The facts of a decision, without its list. */
export const decisionFactsSchema = z
  .strictObject({
    id: z.string().meta(d('Mã quyết định trên trang: đường dẫn /quyet-dinh/<mã>/; không đổi.')),
    number: z.string().meta(d('Số quyết định, như "12/QĐ-UBND".')),
    date: isoDate().meta(d('Ngày ký, dạng YYYY-MM-DD.')),
    issuer: z.string().meta(d('Cơ quan ban hành.')),
    signer: z
      .strictObject({
        name: z.string().meta(d('Họ và tên người ký.')),
        title: z.string().optional().meta(d('Chức vụ người ký.')),
      })
      .optional()
      .meta(d('Người ký, nếu biết.')),
    subject: z.string().meta(d('Trích yếu.')),
    award: z.string().meta(d('Mã hình thức khen thưởng của quyết định.')),
    awardName: z.string().meta(d('Tên hình thức khen thưởng, kèm hạng nếu có.')),
    awardClass: z.enum(AWARD_CLASSES).optional().meta(d('Hạng của hình thức khen thưởng, nếu có.')),
    commendationType: z.enum(COMMENDATION_TYPES).meta(d('Loại hình khen thưởng: "thuong-xuyen", "dot-xuat", "chuyen-de", "cong-hien", "nien-han", "doi-ngoai".')),
    province: z.string().meta(d('Mã tỉnh, thành phố có bảng vàng chứa quyết định (đơn vị lúc ký).')),
    provinceName: z.string().meta(d('Tên tỉnh, thành phố đó.')),
    movement: z.string().optional().meta(d('Mã phong trào thi đua được khen, nếu có.')),
    achievementYear: z.number().int().optional().meta(d('Năm của thành tích, khi khác năm ký.')),
    source: z
      .strictObject({
        publisher: z.string().meta(d('Nơi công bố quyết định.')),
        url: link().optional().meta(d('Địa chỉ bản công bố.')),
      })
      .optional()
      .meta(d('Nguồn công bố, nếu có.')),
    sample: z.boolean().meta(d('true: dữ liệu mẫu để trình diễn, không phải quyết định thật.')),
    recordCount: z.number().int().positive().meta(d('Tổng số lượt khen trong danh sách kèm quyết định.')),
    url: link().meta(d('Địa chỉ trang quyết định; một dòng là <url>#stt-<STT>.')),
    csv: link().meta(d('Địa chỉ tệp CSV của quyết định.')),
    json: link().meta(d('Địa chỉ tệp JSON của quyết định.')),
  })
  .meta({ title: 'Thông tin quyết định', description: 'Các thông tin của một quyết định khen thưởng, không kèm danh sách.' });

const names = (what: string) => z.record(z.string(), z.string()).meta(d(`Tên ${what} theo mã, cho mọi mã xuất hiện trong tệp.`));

const downloadHeader = {
  version: z.literal(OPEN_DATA_VERSION).meta(d('Phiên bản định dạng; chỉ tăng khi bỏ hoặc đổi nghĩa một trường.')),
  site: link().meta(d('Địa chỉ trang web đã công bố dữ liệu.')),
  provinces: names('tỉnh, thành phố'),
  awards: names('hình thức khen thưởng (không kèm hạng)'),
};

/** A decision with the records of a roll that belong to it. */
const decisionWithRecords = decisionFactsSchema
  .extend({ records: z.array(recordDownloadSchema).meta(d('Các lượt khen của tệp này thuộc quyết định, theo STT.')) })
  .meta({ title: 'Quyết định và các lượt khen' });

/** /du-lieu/quyet-dinh/<id>.json: one decision and its whole list. */
export const decisionDownloadSchema = z
  .strictObject({
    ...downloadHeader,
    decision: decisionFactsSchema,
    records: z.array(recordDownloadSchema).meta(d('Toàn bộ danh sách kèm quyết định, theo STT.')),
  })
  .meta({ title: 'Quyết định khen thưởng', description: 'Một quyết định khen thưởng và toàn bộ danh sách kèm theo.' });

/** /du-lieu/tinh-thanh/<id>/<year>.json: a province's roll for one year. */
export const provinceYearDownloadSchema = z
  .strictObject({
    ...downloadHeader,
    province: z.string().meta(d('Mã tỉnh, thành phố của bảng vàng.')),
    provinceName: z.string().meta(d('Tên tỉnh, thành phố.')),
    lineage: z.array(z.string()).meta(d('Các mã được tính vào bảng vàng: tỉnh và các đơn vị đã hợp nhất vào tỉnh.')),
    year: z.number().int().meta(d('Năm ký quyết định.')),
    recordCount: z.number().int().nonnegative().meta(d('Số lượt khen trong tệp.')),
    url: link().meta(d('Địa chỉ trang bảng vàng năm.')),
    decisions: z.array(decisionWithRecords).meta(d('Các quyết định, mới nhất trước, mỗi quyết định kèm các lượt khen thuộc tỉnh.')),
  })
  .meta({ title: 'Bảng vàng tỉnh, thành phố theo năm', description: 'Các lượt khen của một tỉnh, thành phố (kể cả đơn vị đã hợp nhất vào) trong một năm.' });

/** /du-lieu/khen-thuong/<id>.json: everyone who received one award. */
export const awardDownloadSchema = z
  .strictObject({
    ...downloadHeader,
    award: z.string().meta(d('Mã hình thức khen thưởng.')),
    awardName: z.string().meta(d('Tên hình thức khen thưởng.')),
    recordCount: z.number().int().nonnegative().meta(d('Số lượt khen trong tệp.')),
    url: link().meta(d('Địa chỉ trang hình thức khen thưởng.')),
    decisions: z.array(decisionWithRecords).meta(d('Các quyết định, mới nhất trước, mỗi quyết định kèm các lượt được tặng hình thức này.')),
  })
  .meta({ title: 'Người, tập thể được tặng một hình thức khen thưởng', description: 'Mọi lượt được tặng một hình thức khen thưởng, trên toàn trang.' });

/** /du-lieu/quyet-dinh.json: every decision of the site. */
export const decisionIndexSchema = z
  .strictObject({
    ...downloadHeader,
    decisionCount: z.number().int().nonnegative().meta(d('Số quyết định.')),
    recordCount: z.number().int().nonnegative().meta(d('Tổng số lượt khen của mọi quyết định.')),
    decisions: z.array(decisionFactsSchema).meta(d('Mọi quyết định, mới nhất trước; danh sách của từng quyết định ở tệp "json" hoặc "csv" của nó.')),
  })
  .meta({ title: 'Danh mục quyết định khen thưởng', description: 'Mọi quyết định khen thưởng của trang, không kèm danh sách.' });

/**
 * The columns of every CSV download, in order, with what each holds. Every CSV file,
 * whatever it covers, has these columns in this order: one row per record.
 */
export const CSV_COLUMNS = [
  ['decision_id', 'Mã quyết định trên trang (đường dẫn /quyet-dinh/<mã>/).'],
  ['decision_number', 'Số quyết định, như "12/QĐ-UBND".'],
  ['decision_date', 'Ngày ký quyết định, dạng YYYY-MM-DD.'],
  ['issuer', 'Cơ quan ban hành quyết định.'],
  ['stt', 'Số thứ tự trong danh sách kèm quyết định; trang quyết định có neo #stt-<số>.'],
  ['name', 'Họ và tên người, tên tập thể hoặc hộ gia đình.'],
  ['kind', 'Đối tượng: ca-nhan (cá nhân), tap-the (tập thể), ho-gia-dinh (hộ gia đình).'],
  ['title', 'Chức vụ (có thể để trống).'],
  ['unit', 'Đơn vị công tác hoặc cơ quan chủ quản (có thể để trống).'],
  ['province_id', 'Mã tỉnh, thành phố của người, tập thể tại thời điểm khen.'],
  ['province_name', 'Tên tỉnh, thành phố đó.'],
  ['award_id', 'Mã hình thức khen thưởng nhận được.'],
  ['award_name', 'Tên hình thức khen thưởng, kèm hạng nếu có.'],
  ['award_class', 'Hạng: nhat, nhi, ba (để trống nếu không có hạng).'],
  ['posthumous', 'Truy tặng: true hoặc false.'],
  ['citation', 'Thành tích (có thể để trống).'],
  ['honoree_id', 'Mã hồ sơ gương điển hình (có thể để trống).'],
] as const satisfies readonly (readonly [string, string])[];

export type CsvColumn = (typeof CSV_COLUMNS)[number][0];

/** One row of a CSV download, as text, for the JSON Schema published beside the CSV files. */
export const csvRowSchema = z
  .strictObject(
    Object.fromEntries(CSV_COLUMNS.map(([name, description]) => [name, z.string().meta(d(description))])) as Record<CsvColumn, z.ZodString>,
  )
  .meta({
    title: 'Một dòng CSV',
    description:
      'Một dòng của mọi tệp CSV (UTF-8 có BOM, phân cách bằng dấu phẩy, xuống dòng CRLF, dòng đầu là tên cột). Ô bắt đầu bằng = + - @ được thêm dấu nháy đơn (\') ở đầu để bảng tính không coi là công thức.',
  });

export type RecordDownload = z.output<typeof recordDownloadSchema>;
export type DecisionFacts = z.output<typeof decisionFactsSchema>;
export type DecisionDownload = z.output<typeof decisionDownloadSchema>;
export type ProvinceYearDownload = z.output<typeof provinceYearDownloadSchema>;
export type AwardDownload = z.output<typeof awardDownloadSchema>;
export type DecisionIndex = z.output<typeof decisionIndexSchema>;
export type CsvRow = Record<CsvColumn, string>;

/** The JSON Schemas published under /du-lieu/schema/, by file name. */
export const DOWNLOAD_SCHEMAS = {
  'quyet-dinh': decisionDownloadSchema,
  'tinh-thanh-nam': provinceYearDownloadSchema,
  'khen-thuong': awardDownloadSchema,
  'danh-muc-quyet-dinh': decisionIndexSchema,
  'dong-csv': csvRowSchema,
  'tong-hop': memberSummarySchema,
} as const;
export type DownloadSchemaName = keyof typeof DOWNLOAD_SCHEMAS;
