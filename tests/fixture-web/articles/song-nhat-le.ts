// Tạp chí Sông Nhật Lệ: a fictional magazine from the Đồng Hới area (Atom). Every name, figure
// and quote here is made up for tests and the demo.
import type { FixtureArticle } from '../types.ts';

export const SONG_NHAT_LE_ARTICLES: readonly FixtureArticle[] = [
  {
    outlet: 'song-nhat-le',
    slug: 'le-hoi-dua-thuyen-tren-song-nhat-le',
    section: 'Văn hóa',
    sectionSlug: 'van-hoa',
    title: 'Lễ hội đua thuyền truyền thống trên sông Nhật Lệ thu hút hàng nghìn người xem',
    summary:
      'Mười bốn đội đua tranh tài trên khúc sông chảy qua trung tâm Đồng Hới trong ngày hội làng chài.',
    byline: 'Đặng Hoài Nam',
    hoursAgo: 7,
    paragraphs: [
      'Chiều qua, hai bên bờ sông Nhật Lệ ở phường Đồng Hới chật kín người dân và du khách đến cổ vũ các đội đua thuyền truyền thống.',
      'Năm nay có 14 đội tham gia, mỗi thuyền gồm 22 tay chèo và một người cầm lái. Các đội thi đấu ở cự ly 1.200 mét, xuất phát từ chân cầu Nhật Lệ.',
      'Ông Trần Đình Khiêm, một tay chèo lớn tuổi, kể rằng đội của ông đã tập luyện gần hai tháng, tranh thủ những buổi chiều sau khi đi biển về.',
      'Bên cạnh đua thuyền, ban tổ chức còn có chợ quê, hát hò khoan và trình diễn ẩm thực làng chài. Lễ hội là dịp người dân cầu mong mưa thuận gió hòa, mùa cá bội thu.',
      'Chị Phạm Thu Trang, du khách đến từ Hà Nội, nói chị bất ngờ với không khí sôi động và sự hiếu khách của người dân Đồng Hới.',
    ],
    tags: ['lễ hội', 'Đồng Hới', 'sông Nhật Lệ'],
    keywords: ['Nhật Lệ', 'đua thuyền', 'Đồng Hới'],
    comments: [{ author: 'Hoàng Yến', text: 'Năm nào tôi cũng về xem, không khí rất vui.' }],
  },
  {
    outlet: 'song-nhat-le',
    slug: 'doan-khao-sat-tim-thay-nhanh-hang-moi-o-phong-nha',
    section: 'Du lịch',
    sectionSlug: 'du-lich',
    title: 'Đoàn khảo sát tìm thấy thêm một nhánh hang mới ở vùng Phong Nha',
    summary: 'Nhánh hang dài khoảng 800 mét có nhiều khối thạch nhũ và một hồ nước ngầm nhỏ.',
    byline: 'Lê Minh Châu',
    hoursAgo: 26,
    paragraphs: [
      'Sau ba tuần làm việc trong vùng núi đá vôi Phong Nha, đoàn khảo sát gồm các nhà thám hiểm trong và ngoài nước đã ghi nhận thêm một nhánh hang dài khoảng 800 mét.',
      'Nhánh hang có nhiều khối thạch nhũ và một hồ nước ngầm nhỏ. Trưởng đoàn cho biết cần thêm thời gian để đo vẽ và đánh giá giá trị địa chất của khu vực.',
      'Ban Quản lý Vườn quốc gia khẳng định khu vực mới phát hiện chưa mở cửa cho du khách và sẽ được bảo vệ nghiêm ngặt trong thời gian nghiên cứu.',
      'Các doanh nghiệp lữ hành kỳ vọng những phát hiện mới sẽ giúp kéo dài mùa du lịch hang động, vốn tập trung từ tháng Hai đến tháng Tám.',
    ],
    tags: ['Phong Nha', 'hang động', 'du lịch'],
    keywords: ['Phong Nha', 'nhánh hang', 'khảo sát'],
  },
  {
    outlet: 'song-nhat-le',
    slug: 'duong-ven-bien-qua-dong-hoi-thong-xe-doan-dau',
    section: 'Đô thị',
    sectionSlug: 'do-thi',
    title: 'Tuyến đường ven biển qua Đồng Hới thông xe đoạn đầu tiên',
    summary:
      'Đoạn đường dài 9 km nối khu du lịch Bảo Ninh với trung tâm, mở thêm cơ hội cho dịch vụ lưu trú.',
    byline: 'Đặng Hoài Nam',
    hoursAgo: 40,
    paragraphs: [
      'Đoạn đầu tiên dài 9 km của tuyến đường ven biển qua khu vực Đồng Hới đã chính thức thông xe, nối các khu du lịch ở Bảo Ninh với trung tâm.',
      'Con đường rộng bốn làn xe, có vỉa hè và dải cây xanh chắn cát. Nhiều hộ dân hai bên đã sửa sang nhà cửa để mở dịch vụ lưu trú và quán ăn.',
      'Theo ban quản lý dự án, các đoạn còn lại đang được đẩy nhanh thi công, phấn đấu hoàn thành toàn tuyến vào cuối năm sau.',
      'Một số người dân đề nghị bố trí thêm đèn chiếu sáng và điểm quay đầu xe ở những khu dân cư đông đúc.',
    ],
    tags: ['giao thông', 'Bảo Ninh', 'Đồng Hới'],
    keywords: ['đường ven biển', 'Bảo Ninh', 'thông xe'],
  },
];
