// Báo Quảng Trị Mới: a fictional provincial daily (RSS 2.0). Every name, figure and quote here is
// made up for tests and the demo.
import type { FixtureArticle } from '../types.ts';

export const QUANG_TRI_MOI_ARTICLES: readonly FixtureArticle[] = [
  {
    outlet: 'quang-tri-moi',
    slug: 'kim-ngach-qua-cua-khau-lao-bao-tang-manh-1001',
    section: 'Kinh tế',
    sectionSlug: 'kinh-te',
    title: 'Kim ngạch qua cửa khẩu Lao Bảo tăng mạnh trong sáu tháng đầu năm',
    summary:
      'Hàng hóa xuất nhập khẩu qua cửa khẩu quốc tế Lao Bảo tăng gần một phần ba so với cùng kỳ, chủ yếu là nông sản và vật liệu xây dựng.',
    byline: 'Hồ Quang Vinh',
    hoursAgo: 5,
    paragraphs: [
      'Theo Ban Quản lý cửa khẩu, trong sáu tháng đầu năm, mỗi ngày có bình quân khoảng 450 lượt xe tải làm thủ tục qua cửa khẩu quốc tế Lao Bảo, tăng rõ rệt so với cùng kỳ năm trước.',
      'Mặt hàng xuất khẩu chính sang Lào là vật liệu xây dựng, phân bón và hàng tiêu dùng. Chiều ngược lại, doanh nghiệp nhập về chủ yếu là sắn lát, cà phê nhân và gỗ rừng trồng.',
      'Ông Lê Văn Thạch, Phó Trưởng ban Quản lý cửa khẩu, cho biết mô hình kiểm tra "một cửa, một lần dừng" đã rút ngắn thời gian thông quan mỗi xe xuống còn khoảng 20 phút.',
      'Tuy vậy, bãi đỗ xe chờ xuất cảnh vào giờ cao điểm vẫn quá tải. Một số tài xế phải đợi qua đêm bên ngoài khu vực kiểm soát.',
      'Tỉnh đang đề xuất mở rộng bãi kiểm hóa tập trung và nâng cấp tuyến đường dẫn vào khu thương mại Lao Bảo – Densavanh để đón lượng hàng dự kiến tiếp tục tăng vào cuối năm.',
    ],
    tags: ['Lao Bảo', 'cửa khẩu', 'xuất nhập khẩu'],
    keywords: ['Lao Bảo', 'kim ngạch', 'thông quan'],
    comments: [
      { author: 'Minh Tuấn', text: 'Mong tỉnh sớm mở rộng bãi đỗ xe, cánh tài xế chờ vất vả quá.' },
      { author: 'Thu Hà', text: 'Tin vui cho doanh nghiệp vận tải.' },
    ],
  },
  {
    outlet: 'quang-tri-moi',
    slug: 'ngu-dan-bam-bien-quanh-dao-con-co-1002',
    section: 'Biển đảo',
    sectionSlug: 'bien-dao',
    title: 'Ngư dân bám biển quanh đảo Cồn Cỏ được hỗ trợ nhiên liệu',
    summary:
      'Hơn 120 tàu cá hoạt động ở vùng biển quanh đảo Cồn Cỏ được nhận hỗ trợ dầu trong chuyến biển đầu vụ cá nam.',
    byline: 'Trương Thị Hạnh',
    hoursAgo: 9,
    paragraphs: [
      'Sáng sớm, cảng cá Cửa Tùng tấp nập tàu thuyền cập bến. Nhiều chủ tàu vừa kết thúc chuyến biển dài ngày ở ngư trường quanh đảo Cồn Cỏ.',
      'Theo Chi cục Thủy sản tỉnh, chương trình hỗ trợ nhiên liệu năm nay ưu tiên các tàu dài từ 15 mét trở lên, đã lắp thiết bị giám sát hành trình và ghi nhật ký khai thác đầy đủ.',
      'Anh Nguyễn Văn Lực, một chủ tàu cá ở Cửa Tùng, nói mỗi chuyến biển kéo dài khoảng mười ngày, tiền dầu chiếm hơn nửa chi phí. Khoản hỗ trợ giúp gia đình anh yên tâm bám ngư trường.',
      'Lực lượng Biên phòng khuyến cáo ngư dân giữ liên lạc thường xuyên với đất liền, không tắt thiết bị giám sát hành trình và tuyệt đối không khai thác trái phép ở vùng biển nước ngoài.',
      'Trạm kiểm soát trên đảo Cồn Cỏ sẵn sàng hỗ trợ tàu gặp sự cố máy móc hoặc cần vào tránh trú khi thời tiết xấu.',
    ],
    tags: ['Cồn Cỏ', 'ngư dân', 'biển đảo'],
    keywords: ['Cồn Cỏ', 'ngư dân', 'nhiên liệu'],
    comments: [{ author: 'Văn Sơn', text: 'Chúc bà con ra khơi thuận buồm xuôi gió.' }],
  },
  {
    outlet: 'quang-tri-moi',
    slug: 'khoi-cong-nha-may-cau-kien-dien-gio-khu-kinh-te-dong-nam-1003',
    section: 'Đầu tư',
    sectionSlug: 'dau-tu',
    title: 'Khởi công nhà máy cấu kiện điện gió trong Khu kinh tế Đông Nam',
    summary: 'Dự án có tổng vốn khoảng 1.800 tỷ đồng, dự kiến tạo việc làm cho gần 700 lao động địa phương.',
    byline: 'Phan Đức Long',
    hoursAgo: 20,
    paragraphs: [
      'Sáng nay, Công ty cổ phần Thiết bị Năng lượng Trường Phong khởi công nhà máy sản xuất tháp và cánh quạt điện gió tại Khu kinh tế Đông Nam Quảng Trị.',
      'Nhà máy được xây dựng trên diện tích 32 héc-ta, gần khu bến cảng Mỹ Thủy. Giai đoạn một dự kiến hoàn thành trong 18 tháng, mỗi năm sản xuất khoảng 150 bộ tháp.',
      'Đại diện chủ đầu tư cho biết vị trí sát cảng biển giúp vận chuyển các cấu kiện siêu trường, siêu trọng thuận lợi hơn nhiều so với đường bộ.',
      'Ban Quản lý Khu kinh tế tỉnh cho biết từ đầu năm đã cấp mới 9 giấy chứng nhận đăng ký đầu tư, trong đó có 3 dự án có vốn đầu tư trực tiếp nước ngoài (FDI).',
      'Theo kế hoạch, tỉnh sẽ hoàn thiện hạ tầng giao thông kết nối và khu tái định cư cho các hộ dân bị ảnh hưởng trước quý IV.',
    ],
    tags: ['Khu kinh tế Đông Nam', 'đầu tư', 'điện gió'],
    keywords: ['Đông Nam', 'điện gió', 'khu kinh tế'],
  },
  {
    outlet: 'quang-tri-moi',
    slug: 'ap-thap-nhiet-doi-manh-len-goi-tau-vao-bo-1004',
    section: 'Thời sự',
    sectionSlug: 'thoi-su',
    // Old-style tone placement throughout (thuỷ, uỷ, hoà, khoẻ, toà), as some newsrooms still write.
    form: 'old-tone',
    title: 'Áp thấp nhiệt đới sắp mạnh lên thành bão, ngành thuỷ sản khẩn cấp gọi tàu vào bờ',
    summary:
      'Uỷ ban nhân dân tỉnh yêu cầu các địa phương ven biển đưa tàu thuyền vào nơi tránh trú trước chiều mai.',
    byline: 'Ngô Khánh Toàn',
    hoursAgo: 2,
    paragraphs: [
      'Theo Đài Khí tượng thuỷ văn tỉnh, vùng áp thấp trên biển đã mạnh lên thành áp thấp nhiệt đới, đang di chuyển theo hướng tây tây bắc, mỗi giờ đi được khoảng 15 km.',
      'Trong 24 giờ tới, áp thấp nhiệt đới có khả năng mạnh lên thành bão. Vùng biển phía bắc Biển Đông có gió mạnh cấp 6, cấp 7, giật cấp 9, sóng biển cao từ 2 đến 4 mét.',
      'Uỷ ban nhân dân tỉnh đã ban hành công điện yêu cầu các xã, phường ven biển kiểm đếm, hướng dẫn tàu thuyền vào nơi tránh trú an toàn. Ngành thuỷ sản phối hợp với Bộ đội Biên phòng giữ liên lạc với các tàu đang hoạt động xa bờ.',
      'Tại đảo Cồn Cỏ, lực lượng chức năng chuẩn bị khu neo đậu cho khoảng 50 tàu cá. Các hộ nuôi lồng bè được khuyến cáo gia cố lồng, thu hoạch sớm thuỷ sản đã đạt kích cỡ.',
      'Trên đất liền, thời tiết hiện vẫn ôn hoà nhưng từ đêm mai có mưa to. Các trạm y tế ven biển dự trữ thuốc men để chăm sóc sức khoẻ người dân; toà soạn sẽ cập nhật diễn biến trong các bản tin tiếp theo.',
    ],
    tags: ['áp thấp nhiệt đới', 'phòng chống thiên tai', 'tàu cá'],
    keywords: ['áp thấp nhiệt đới', 'thủy sản', 'ủy ban'],
  },
  {
    outlet: 'quang-tri-moi',
    slug: 'nong-dan-khe-sanh-thu-hoach-ca-phe-som-1005',
    section: 'Nông nghiệp',
    sectionSlug: 'nong-nghiep',
    // The page is served in decomposed Unicode (NFD), as some legacy CMSs store it.
    form: 'nfd',
    title: 'Nông dân Khe Sanh thu hoạch cà phê sớm nhờ nắng ráo',
    summary:
      'Giá cà phê tươi đầu vụ ổn định giúp nhiều hộ đồng bào Vân Kiều, Pa Kô ở vùng biên giới phấn khởi.',
    byline: 'Hồ Thị Mây',
    hoursAgo: 30,
    paragraphs: [
      'Những ngày này, trên các đồi cà phê quanh Khe Sanh, người dân tranh thủ nắng ráo để hái những chùm quả chín đỏ đầu tiên của vụ mới.',
      'Bà Hồ Thị Pleo, người Vân Kiều, cho biết gia đình có 1,5 héc-ta cà phê chè, năm nay quả đều và ít sâu bệnh hơn năm trước.',
      'Thương lái thu mua cà phê tươi ngay tại vườn. Một số hợp tác xã ký hợp đồng mua quả chín để chế biến cà phê đặc sản mang tên Khe Sanh.',
      'Cán bộ khuyến nông khuyên bà con chỉ hái quả chín, phơi trên giàn cao hoặc sân xi măng để giữ chất lượng hạt, tránh bị ép giá khi vào chính vụ.',
      'Vùng đất đỏ bazan dọc biên giới Việt – Lào hiện có hàng nghìn héc-ta cà phê, là nguồn thu nhập chính của nhiều hộ đồng bào dân tộc thiểu số.',
    ],
    tags: ['cà phê', 'Khe Sanh', 'nông nghiệp'],
    keywords: ['Khe Sanh', 'cà phê', 'Vân Kiều'],
  },
];
