/**
 * Emulation movements and campaigns launched nationally, which articles name without
 * quotation marks ("phong trào thi đua Cả nước chung sức xây dựng nông thôn mới"). The
 * article importer looks for these names, and the content folder's own movements, in the
 * text; one the folder lacks is proposed for `npm run new -- movement`.
 */
export interface NationalMovement {
  name: string;
  /** Who launched it, for the new movement's launchedBy. */
  launchedBy: string;
  /** Other names it goes by in news. */
  aliases?: string[];
}

export const NATIONAL_MOVEMENTS: readonly NationalMovement[] = [
  { name: 'Cả nước chung sức xây dựng nông thôn mới', launchedBy: 'Thủ tướng Chính phủ' },
  { name: 'Vì người nghèo – Không để ai bị bỏ lại phía sau', launchedBy: 'Thủ tướng Chính phủ', aliases: ['Cả nước chung tay vì người nghèo – Không để ai bị bỏ lại phía sau'] },
  { name: 'Cả nước chung tay xóa nhà tạm, nhà dột nát', launchedBy: 'Thủ tướng Chính phủ' },
  { name: 'Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời', launchedBy: 'Thủ tướng Chính phủ' },
  { name: 'Doanh nghiệp Việt Nam hội nhập và phát triển', launchedBy: 'Thủ tướng Chính phủ' },
  { name: 'Toàn dân đoàn kết xây dựng đời sống văn hóa', launchedBy: 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam' },
  { name: 'Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh', launchedBy: 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam' },
  { name: 'Người Việt Nam ưu tiên dùng hàng Việt Nam', launchedBy: 'Bộ Chính trị' },
  { name: 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh', launchedBy: 'Bộ Chính trị' },
  { name: 'Toàn dân bảo vệ an ninh Tổ quốc', launchedBy: 'Bộ Công an' },
  { name: 'Vì an ninh Tổ quốc', launchedBy: 'Bộ Công an' },
  { name: 'Thi đua quyết thắng', launchedBy: 'Bộ Quốc phòng' },
  { name: 'Dân vận khéo', launchedBy: 'Ban Dân vận Trung ương' },
  { name: 'Đền ơn đáp nghĩa', launchedBy: 'Bộ Lao động – Thương binh và Xã hội' },
  { name: 'Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc', launchedBy: 'Hội Liên hiệp Phụ nữ Việt Nam' },
  { name: 'Xây dựng gia đình 5 không, 3 sạch', launchedBy: 'Hội Liên hiệp Phụ nữ Việt Nam', aliases: ['Xây dựng gia đình 5 không 3 sạch'] },
  { name: 'Nông dân thi đua sản xuất, kinh doanh giỏi', launchedBy: 'Hội Nông dân Việt Nam' },
  { name: 'Cựu chiến binh gương mẫu', launchedBy: 'Hội Cựu chiến binh Việt Nam' },
  { name: 'Lao động giỏi, lao động sáng tạo', launchedBy: 'Tổng Liên đoàn Lao động Việt Nam' },
  { name: 'Xanh – sạch – đẹp, bảo đảm an toàn vệ sinh lao động', launchedBy: 'Tổng Liên đoàn Lao động Việt Nam' },
  { name: 'Dạy tốt – học tốt', launchedBy: 'Bộ Giáo dục và Đào tạo' },
  { name: 'Đổi mới, sáng tạo trong dạy và học', launchedBy: 'Bộ Giáo dục và Đào tạo' },
  { name: 'Thầy thuốc như mẹ hiền', launchedBy: 'Bộ Y tế' },
  { name: 'Thanh niên tình nguyện', launchedBy: 'Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh' },
  { name: 'Tuổi trẻ sáng tạo', launchedBy: 'Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh' },
  { name: 'Khuyến học, khuyến tài', launchedBy: 'Hội Khuyến học Việt Nam' },
];
