import type { TriageRules } from './types.js';

// Vietnamese is folded without tones ("hỏng" → "hong"), as many shoppers type it anyway; so cues are
// mostly two or three syllables, which keeps them apart from other words with the same letters.
const ASK = ['gặp', 'nói chuyện với', 'nói chuyện vs', 'trao đổi với', 'chuyển cho', 'chuyển sang', 'kết nối với', 'cho mình gặp', 'cho em gặp', 'cho tôi gặp', 'muốn gặp', 'cần gặp', 'xin gặp'];
const PERSON = ['nhân viên', 'người thật', 'tư vấn viên', 'nhân viên tư vấn', 'quản lý', 'admin', 'chủ shop', 'tổng đài viên', 'người', 'cskh'];

export const rules: TriageRules = {
  lang: 'vi',
  scripts: ['Latin'],
  letters: /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu,
  match: 'words',
  apostrophe: 'join',
  cues: {
    damage: ['bị vỡ', 'vỡ nát', 'bị bể', 'bể rồi', 'nứt rồi', 'bị gãy', 'gãy rồi', 'bị móp', 'móp rồi', 'bị trầy', 'bị thủng', 'bị hư', 'hư rồi', 'cong vênh', 'bị vỡ', 'vỡ rồi', 'vỡ hết', 'bị bể', 'bị nứt', 'bị gãy', 'bị hỏng', 'hư hỏng', 'bị móp', 'móp méo', 'bị trầy', 'trầy xước', 'xước', 'bị rách', 'rách', 'bị thủng', 'bị rò', 'rò rỉ', 'chảy nước', 'bị dính bẩn', 'ố vàng', 'bị cong', 'bị gỉ', 'rỉ sét', 'bung chỉ', 'sứt mẻ', 'bị mẻ'],
    defect: ['hỏng rồi', 'thì hỏng', 'đã hỏng', 'hỏng mất', 'bị lỗi', 'bị đơ', 'đơ máy', 'không dùng được', 'không hoạt động', 'không chạy', 'không lên nguồn', 'không bật được', 'không sạc được', 'không vào điện', 'tự tắt', 'tự khởi động lại', 'treo máy', 'màn hình đen', 'chết máy', 'không nóng', 'bị lỗi', 'lỗi rồi', 'hàng lỗi', 'không hoạt động', 'ko hoạt động', 'không chạy', 'ko chạy', 'k chạy', 'không lên nguồn', 'không bật được', 'không sạc được', 'ko sạc được', 'sạc không vào', 'không nóng', 'tự tắt', 'tự khởi động lại', 'bị treo', 'nhấp nháy', 'chập chờn', 'không có tiếng', 'mất tiếng', 'kêu to', 'tiếng lạ', 'điểm chết', 'hư rồi', 'bị hư', 'hư', 'hỏng rồi', 'chết máy', 'không dùng được', 'ko dùng được', 'k dùng được'],
    wrongItem: ['giao sai', 'gửi sai', 'sai hàng', 'sai size', 'sai màu', 'sai mẫu', 'nhầm hàng', 'không đúng hàng', 'không giống hàng đặt', 'khác màu', 'hàng cũ', 'đã qua sử dụng', 'hàng fake', 'fake', 'hàng giả', 'hàng nhái', 'thiếu phụ kiện', 'thiếu ốc', 'thiếu linh kiện', 'không đủ', 'thiếu chi tiết'],
    missingItem: ['thiếu hàng', 'giao thiếu', 'thiếu 1', 'thiếu một', 'chỉ nhận được ... trong', 'còn 1 cái đâu', 'còn lại đâu'],
    safety: ['bị cháy', 'cháy rồi', 'cạnh sắc', 'bốc khói', 'bị phồng', 'phồng lên', 'bị ngứa', 'mùi khét', 'khét', 'nóng quá', 'quá nóng', 'tia lửa', 'bốc khói', 'bị giật', 'giật điện', 'dị ứng', 'bốc khói', 'bị cháy', 'cháy nổ', 'phát nổ', 'bị nổ', 'bị phồng', 'có khói', 'mùi khét', 'khét', 'tia lửa', 'quá nóng', 'nóng quá', 'rất nóng', 'nóng ran', 'bị chảy', 'tan chảy', 'giật điện', 'bị giật', 'rò điện', 'nguy hiểm', 'dị ứng', 'độc hại'],
    notDefect: ['đặt nhầm', 'chọn nhầm', 'mình đặt sai', 'em đặt sai', 'giải quyết xong', 'ổn rồi', 'không bị hỏng', 'không hỏng', 'không bị lỗi', 'không lỗi', 'vẫn dùng tốt', 'hoạt động bình thường', 'không sao', 'ko sao', 'mã vận đơn ... không', 'mã giảm giá ... không', 'voucher ... không', 'link ... không'],
    packaging: ['hộp móp', 'hộp bị móp', 'hộp ... móp', 'hộp ... rách', 'hộp ... bẹp', 'thùng ... móp', 'thùng ... rách', 'gói hàng ... kỹ', 'đóng gói ... kỹ', 'đóng gói ... sơ sài', 'đóng gói cẩu thả'],
    threat: ['báo công an', 'công an', 'luật sư', 'kiện', 'tòa án', 'báo lên sàn', 'khiếu nại lên sàn', 'báo cáo shop', 'bảo vệ người tiêu dùng', 'hội người tiêu dùng', 'đánh giá 1 sao', '1 sao', 'một sao', 'đánh giá xấu', 'review xấu', 'bóc phốt', 'đăng lên mạng', 'ngân hàng'],
    anger: ['lừa đảo', 'quá tệ', 'tệ quá', 'tệ hại', 'tồi tệ', 'tệ nhất', 'vô lý', 'vô trách nhiệm', 'không chấp nhận được', 'quá đáng', 'bực', 'bực mình', 'không bao giờ mua nữa', 'không mua nữa', 'vãi', 'vcl', 'vl', 'đồ rác', 'rác'],
    sarcasm: ['hay thật', 'giỏi thật', 'cảm ơn shop nhiều nha ... mà', 'tuyệt vời thật'],
    disappointed: ['thất vọng', 'không hài lòng', 'ko hài lòng', 'buồn', 'tiếc', 'tiếc quá', 'thái độ', 'không trả lời', 'ko trả lời', 'không rep', 'ko rep', 'k rep', 'không phản hồi', 'không giống ảnh', 'khác ảnh', 'không như hình', 'khác hình', 'chất lượng kém', 'chất lượng tệ', 'giảm giá sau', 'rẻ hơn', 'khiếu nại', 'phàn nàn'],
    botFrustration: ['bot ... không hiểu', 'không hiểu gì', 'trả lời không đúng'],
    negative: ['vấn đề', 'tiếc là', 'lo lắng', 'sao vẫn', 'vẫn chưa', 'chưa thấy', 'sao lâu'],
    returns: ['muốn đổi', 'đổi hàng', 'đổi size', 'đổi cái', 'đổi lại', 'đổi sang', 'đổi mới', 'cho đổi', 'được đổi', 'đổi trả', 'trả hàng', 'hoàn tiền', 'đổi hàng', 'bảo hành', 'trả hàng', 'hoàn hàng', 'trả lại', 'gửi lại', 'hoàn tiền', 'lấy lại tiền', 'đổi hàng', 'đổi size', 'đổi màu', 'đổi trả', 'đổi giúp', 'đổi cho', 'đổi cái mới', 'sửa chữa', 'sửa giúp', 'bảo hành', 'hủy đơn', 'huỷ đơn', 'hủy', 'huỷ', 'trừ tiền 2 lần', 'trừ tiền hai lần', 'thanh toán 2 lần'],
    replacement: ['gửi cái mới', 'gửi bù', 'gửi linh kiện', 'gửi phụ kiện'],
    shipping: ['giao hàng', 'vận chuyển', 'ship', 'phí ship', 'phí vận chuyển', 'đơn hàng', 'đơn của mình', 'mã vận đơn', 'vận đơn', 'theo dõi đơn', 'shipper', 'giao hàng tiết kiệm', 'ghtk', 'ghn', 'viettel post', 'j t', 'hải quan', 'thuế nhập khẩu', 'địa chỉ', 'bao giờ giao', 'bao giờ nhận', 'khi nào giao', 'khi nào nhận', 'mấy ngày', 'bao lâu', 'đi đâu rồi'],
    delay: ['chưa nhận được', 'chưa nhận', 'chưa giao', 'chưa tới', 'chưa đến', 'chưa thấy', 'vẫn chưa', 'giao chậm', 'chậm quá', 'chậm ghê', 'giao trễ', 'bị trễ', 'trễ quá', 'lâu quá', 'lâu thế', 'đứng im', 'không cập nhật', 'chờ mãi', 'đợi mãi', 'đi đâu rồi', 'đâu rồi'],
    lost: ['bị mất', 'thất lạc', 'mất hàng', 'làm mất', 'báo đã giao', 'đã giao nhưng', 'giao thành công nhưng', 'bị trộm'],
    lateArrival: ['mới nhận được', 'cuối cùng cũng nhận', 'giao trễ'],
    longWait: ['một tháng', 'hơn tháng', 'cả tháng', 'mấy tháng'],
    product: ['cách dùng', 'cách sử dụng', 'hướng dẫn', 'cài đặt', 'lắp đặt', 'kết nối', 'ghép nối', 'tương thích', 'dùng được với', 'size nào', 'mặc size', 'vừa không', 'kích thước', 'bảng size', 'pin', 'sạc', 'chống nước', 'chất liệu', 'máy rửa bát', 'lò vi sóng', 'giặt', 'kèm theo', 'có sẵn', 'còn hàng', 'màu', 'tư vấn', 'khác nhau', 'chống ồn', 'có không'],
    connectIssue: ['không kết nối được', 'ko kết nối được', 'không kết nối', 'không ghép nối được', 'mất kết nối'],
    askFix: ['cách sửa', 'sửa sao', 'làm sao', 'làm thế nào', 'phải làm gì', 'có bình thường không', 'bình thường không', 'có an toàn không', 'an toàn không', 'dùng tiếp được không', 'kiểm tra giúp'],
    tried: ['đã thử', 'thử rồi', 'reset', 'khởi động lại', 'dây khác', 'vẫn vậy', 'vẫn không'],
    admin: ['hóa đơn', 'hoá đơn', 'xuất hóa đơn', 'tài khoản', 'mật khẩu', 'đăng nhập', 'hủy đăng ký', 'xóa tài khoản', 'thông tin cá nhân', 'email'],
    storeInfo: ['cửa hàng', 'chi nhánh', 'giờ mở cửa', 'tuyển dụng', 'tuyển', 'mã giảm giá', 'giảm giá', 'voucher', 'khuyến mãi', 'sale', 'thẻ quà tặng', 'thanh toán', 'trả góp', 'cod', 'sỉ', 'hợp tác'],
    suggestion: ['nên thêm', 'nên có', 'góp ý', 'đề xuất', 'gợi ý', 'mong shop', 'hy vọng shop'],
    thanks: ['cảm ơn', 'cám ơn', 'camon', 'thanks', 'thank', 'tks', 'thks'],
    praise: ['đẹp lắm', 'đẹp quá', 'hàng đẹp', 'tuyệt vời', 'rất tốt', 'hài lòng', 'thích lắm', 'xuất sắc', 'nhanh', 'nhiệt tình', 'chất lượng tốt', 'ok lắm', 'xinh'],
    greeting: ['xin chào', 'chào shop', 'chào', 'shop ơi', 'alo', 'hi shop'],
    question: ['không ạ', 'ko ạ', 'không shop', 'được không', 'dc không', 'bao giờ', 'khi nào', 'ở đâu', 'tại sao', 'sao', 'bao nhiêu', 'nào', 'gì', 'chưa ạ'],
    human: [
      ...ASK.flatMap((ask) => PERSON.map((person) => `${ask} ... ${person}`)),
      'nhân viên thật', 'người thật', 'gặp nhân viên', 'chuyển nhân viên', 'gặp người thật', 'gặp quản lý', 'gặp admin', 'nhân viên tư vấn trực tiếp',
    ],
    noHuman: ['không cần ... nhân viên', 'ko cần ... nhân viên', 'không cần gặp', 'không cần chuyển'],
  },
  waitUnits: { day: ['ngay', 'ngày'], week: ['tuan', 'tuần'], month: ['thang', 'tháng'] },
};
