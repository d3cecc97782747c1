// Fictional articles of "Làng Quê Online" (a made-up provincial outlet), written for the URL
// alias tests. Each is served under several URLs: desktop, AMP and mobile.

export interface AliasArticle {
  slug: string;
  title: string;
  paragraphs: string[];
  /** Published this many hours before the server started; null: the page shows no date. */
  hoursAgo: number | null;
  /** Updated this many hours before the server started (JSON-LD dateModified). */
  updatedHoursAgo?: number;
}

export const LANG_QUE_ARTICLES: readonly AliasArticle[] = [
  {
    slug: 'cau-go-lang-ven-song',
    title: 'Làng ven sông dựng lại cây cầu gỗ sau mùa lũ',
    hoursAgo: 5,
    updatedHoursAgo: 2,
    paragraphs: [
      'Sau ba tuần góp công, người dân thôn Bến Vạn đã dựng lại cây cầu gỗ nối hai bờ con suối nhỏ, thay cho cây cầu cũ bị lũ cuốn trôi hồi tháng trước.',
      'Trưởng thôn cho biết mỗi hộ góp một ngày công và vài tấm ván; thợ mộc trong làng dẫn việc, các em học sinh chuyển vật liệu vào cuối tuần.',
      'Cây cầu mới rộng hơn cầu cũ, có tay vịn hai bên để người già và trẻ nhỏ qua lại an toàn khi nước lên vào mùa mưa.',
      'Chính quyền xã dự kiến khảo sát để làm cầu bê tông vào năm sau; trong lúc chờ, cây cầu gỗ vẫn là lối đi chính của hơn bốn mươi hộ dân.',
    ],
  },
  {
    slug: 'hoi-cho-nong-san-mua-thu',
    title: 'Hội chợ nông sản mùa thu thu hút đông khách phương xa',
    hoursAgo: 9,
    paragraphs: [
      'Hội chợ nông sản mùa thu năm nay có hơn sáu mươi gian hàng của các hợp tác xã trong vùng, bày bán gạo thơm, mật ong rừng và các loại rau củ sạch.',
      'Ban tổ chức dành riêng một khu cho các món ăn quê, nơi du khách có thể xem người làm bánh bột lọc và thưởng thức ngay tại chỗ.',
      'Nhiều hợp tác xã cho biết đơn hàng trực tuyến tăng rõ sau hội chợ, nhất là các sản phẩm có tem truy xuất nguồn gốc.',
      'Hội chợ kéo dài năm ngày và mở cửa đến chín giờ tối, có chương trình văn nghệ do các đội văn nghệ thôn bản biểu diễn.',
    ],
  },
  {
    slug: 'thu-vien-xanh-truong-lang',
    title: 'Thư viện xanh mở cửa ở ngôi trường làng',
    hoursAgo: null,
    paragraphs: [
      'Một thư viện nhỏ làm từ container cũ vừa được đặt trong sân trường tiểu học của xã, với gần hai nghìn đầu sách do các nhà hảo tâm gửi tặng.',
      'Mái thư viện phủ cây leo và có tấm pin mặt trời cấp điện cho quạt và đèn đọc sách, nên các em có thể ngồi đọc cả vào buổi trưa nắng gắt.',
      'Cô hiệu trưởng nói mỗi lớp được dành hai tiết đọc mỗi tuần; các em lớp năm thay nhau làm thủ thư vào giờ ra chơi.',
      'Nhà trường mong phụ huynh cùng góp sách truyện thiếu nhi để tủ sách luôn có đầu sách mới cho học sinh.',
    ],
  },
  {
    slug: 'vuon-ca-phe-tren-doi',
    title: 'Những vườn cà phê đầu tiên trên đồi đất đỏ',
    hoursAgo: 20,
    paragraphs: [
      'Trên những quả đồi đất đỏ phía tây huyện, vài hộ nông dân trồng thử cà phê chè xen với cây bóng mát và đã có vụ thu hoạch đầu tiên.',
      'Các hộ cho biết cây cần nhiều công chăm sóc trong hai năm đầu, nhưng hạt cho hương thơm rõ nhờ độ cao và sương sớm quanh năm.',
      'Một nhóm thanh niên trong xã đã mở tiệm rang nhỏ ngay tại làng để bán cà phê cho khách du lịch đi qua tuyến đường đèo.',
      'Cán bộ khuyến nông khuyên bà con chưa mở rộng diện tích ồ ạt, mà theo dõi thêm vài vụ để chọn giống hợp với thổ nhưỡng.',
    ],
  },
];

/** The hostile page's text: a copy-paste site claiming another outlet's article as its own. */
export const HIJACK_PARAGRAPHS: readonly string[] = [
  'Bài viết này được sao chép lại từ một trang khác và chèn thêm quảng cáo ở giữa, nhưng khai báo đường dẫn gốc là bài của tờ báo kia.',
  'Trang sao chép mong rằng hệ thống theo dõi sẽ coi bản của nó là bản chính và bỏ qua bài thật khi gặp lại.',
  'Nội dung quảng cáo xen giữa các đoạn văn nói về một sản phẩm không liên quan gì đến câu chuyện của làng.',
];
