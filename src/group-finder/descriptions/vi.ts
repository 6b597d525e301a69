// The bundled groups' descriptions in vi, by the group's name (src/group-finder/default-groups.ts).
// Loaded on demand when the group finder shows the bundled list in this language.
export default {
  "United We Dream": "Mạng lưới lớn nhất tại Hoa Kỳ do thanh niên nhập cư lãnh đạo. Điều hành đường dây nóng MigraWatch để báo các cuộc bố ráp di trú và nhận trợ giúp, có hướng dẫn “Biết quyền của bạn” và tài liệu về DACA; có các nhóm địa phương trên khắp cả nước.",
  "National Immigration Legal Services Directory (Immigration Advocates Network)": "Danh bạ tra cứu các dịch vụ pháp lý di trú phi lợi nhuận ở mọi tiểu bang, theo mã ZIP, ngôn ngữ và loại trợ giúp.",
  "Catholic Legal Immigration Network (CLINIC)": "Mạng lưới toàn quốc gồm các chương trình pháp lý di trú phi lợi nhuận thành viên; danh bạ thành viên của họ liệt kê các chương trình gần bạn.",
  "Informed Immigrant": "Hướng dẫn “Biết quyền của bạn” và danh bạ các nơi hỗ trợ tại địa phương cho người nhập cư và gia đình họ.",
  "National Immigration Law Center": "Bảo vệ và thúc đẩy quyền của người nhập cư có thu nhập thấp qua kiện tụng, công tác chính sách và tài liệu “Biết quyền của bạn”. Không nhận hồ sơ cá nhân.",
  "Immigrant Legal Resource Center": "Đào tạo và hỗ trợ luật sư, nhân viên pháp lý và người vận động, đồng thời xuất bản tài liệu “Biết quyền của bạn” như thẻ đỏ. Không nhận hồ sơ cá nhân.",
  "Freedom for Immigrants": "Mạng lưới toàn quốc gồm các chương trình tình nguyện viên đến thăm người bị giam giữ di trú, và một đường dây nóng cho người đang bị giam giữ.",
  "National Bail Fund Network (Community Justice Exchange)": "Mạng lưới các quỹ cộng đồng đóng tiền bảo lãnh, kể cả tiền bảo lãnh di trú, do Community Justice Exchange điều phối; danh bạ của họ liệt kê các quỹ theo tiểu bang.",
  "UndocuBlack Network": "Mạng lưới nhiều thế hệ gồm những người Da đen hiện đang hoặc từng không có giấy tờ, hoạt động vì quyền lợi và đời sống của họ.",
  "Black Alliance for Just Immigration": "Tổ chức các cộng đồng người Mỹ gốc Phi và người nhập cư Da đen vì công lý chủng tộc và quyền của người di cư.",
  "Mijente": "Trung tâm tổ chức toàn quốc của người Latinx và Chicanx; vận động chống trục xuất và giam giữ, có thành viên địa phương trên khắp cả nước.",
  "Church World Service": "Tổ chức nhân đạo dựa trên đức tin. Năm 2025, chính phủ Hoa Kỳ đã chấm dứt các thỏa thuận tái định cư người tị nạn với tổ chức này; CWS vẫn giúp người tị nạn và người nhập cư đang ở đây, kể cả dịch vụ pháp lý di trú tại một số văn phòng ở Hoa Kỳ.",
  "HIAS": "Tổ chức nhân đạo Do Thái bảo vệ người tị nạn và người xin tị nạn. Việc tái định cư người tị nạn tại Hoa Kỳ đã bị dừng vào năm 2025; HIAS vẫn cung cấp trợ giúp pháp lý và làm việc với các đối tác địa phương.",
  "RAICES": "Trung tâm Giáo dục và Dịch vụ Pháp lý cho Người tị nạn và Người nhập cư: dịch vụ pháp lý di trú miễn phí và chi phí thấp tại Texas, và giúp đóng tiền bảo lãnh cho người bị giam giữ.",
} as Record<string, string>;
