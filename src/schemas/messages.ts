/**
 * Vietnamese wording for zod's generic problems, for fields whose schema gives no
 * message of its own. Written for a press officer, not a programmer.
 */
import type { z } from 'astro/zod';

const TYPE_NAMES: Record<string, string> = {
  string: 'một đoạn chữ (đặt trong dấu ngoặc kép)',
  number: 'một số',
  int: 'một số nguyên',
  boolean: 'true hoặc false',
  array: 'một danh sách [ … ]',
  object: 'một nhóm trường { … }',
  date: 'một ngày',
};

function describeInput(input: unknown): string {
  if (input === undefined) return 'không có';
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'một danh sách';
  if (typeof input === 'string') return `chữ "${input.length > 40 ? input.slice(0, 40) + '…' : input}"`;
  if (typeof input === 'number') return `số ${input}`;
  if (typeof input === 'boolean') return String(input);
  return 'một nhóm trường';
}

/** Zod's error-map hook: returns the Vietnamese message for an issue without a message of its own. */
export function vietnameseErrorMap(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'thiếu, cần điền';
      return `phải là ${TYPE_NAMES[issue.expected] ?? issue.expected}, đang là ${describeInput(issue.input)}`;
    case 'too_small':
      if (issue.origin === 'array') return `cần ít nhất ${issue.minimum} mục`;
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'đang để trống, cần điền' : `cần ít nhất ${issue.minimum} ký tự`;
      return issue.inclusive === false ? `phải lớn hơn ${issue.minimum}` : `phải từ ${issue.minimum} trở lên`;
    case 'too_big':
      if (issue.origin === 'array') return `nhiều nhất ${issue.maximum} mục`;
      if (issue.origin === 'string') return `dài nhất ${issue.maximum} ký tự`;
      return issue.inclusive === false ? `phải nhỏ hơn ${issue.maximum}` : `phải từ ${issue.maximum} trở xuống`;
    case 'invalid_value':
      return `chỉ nhận một trong các giá trị: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_format':
      return 'viết chưa đúng dạng';
    case 'unrecognized_keys':
      return `có trường không thuộc mẫu: ${issue.keys.join(', ')}`;
    case 'invalid_union':
      return 'giá trị không đúng với dạng nào được chấp nhận';
    default:
      return undefined;
  }
}
