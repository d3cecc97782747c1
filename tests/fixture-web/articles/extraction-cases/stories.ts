// The stories the extraction cases are told with. Every name, place detail, figure and quote is
// made up for tests; none is taken from a news site.

export interface Story {
  title: string;
  /** The lead (sapo) printed above the body. */
  lead: string;
  paragraphs: string[];
  caption: string;
  author: string;
  related: string[];
  tags: string[];
  comments: string[];
}

export const BORDER_WEEKEND: Story = {
  title: 'Cửa khẩu La Lay làm thủ tục cho xe hàng cả thứ bảy và chủ nhật',
  lead: 'Từ đầu tháng 11, doanh nghiệp xuất nhập khẩu qua cửa khẩu quốc tế La Lay không còn phải chờ sang thứ hai để thông quan hàng hóa.',
  paragraphs: [
    'Ban Quản lý cửa khẩu cho biết các lực lượng hải quan, biên phòng và kiểm dịch sẽ bố trí cán bộ trực thường xuyên vào hai ngày cuối tuần, từ 7 giờ đến 17 giờ.',
    'Trước đây, phần lớn xe chở sắn lát và gỗ rừng trồng từ phía Lào đến vào chiều thứ sáu phải nằm chờ ở bãi gần hai ngày. Chi phí lưu xe và bảo quản hàng khiến nhiều chủ hàng than phiền.',
    'Ông Hồ Văn Tình, chủ một doanh nghiệp vận tải ở xã A Dơi, nói rằng chỉ riêng tiền thuê tài xế chờ qua đêm đã chiếm gần một phần mười lợi nhuận mỗi chuyến.',
    'Theo kế hoạch, khu vực kiểm hóa chung giữa hai bên cửa khẩu cũng sẽ được mở rộng thêm khoảng 2.000 mét vuông trước cuối năm.',
  ],
  caption: 'Xe tải chờ làm thủ tục tại cửa khẩu La Lay. Ảnh: Minh Khang',
  author: 'Minh Khang',
  related: ['Giá sắn lát xuất khẩu tăng nhẹ trong quý ba', 'Mở tuyến xe khách Đông Hà – Salavan'],
  tags: ['La Lay', 'cửa khẩu', 'xuất nhập khẩu'],
  comments: [
    'Nên làm sớm hơn mới phải, xe nằm chờ khổ lắm.',
    'Cảm ơn ban quản lý, doanh nghiệp đỡ vất vả nhiều.',
  ],
};

export const RESERVOIR_FULL: Story = {
  title: 'Hồ Rào Quán tích đầy nước, hai tổ máy thủy điện chạy hết công suất',
  lead: 'Sau đợt mưa lớn giữa tháng 9, hồ thủy điện Rào Quán đã đạt mực nước dâng bình thường, bảo đảm nguồn nước tưới cho vụ đông xuân.',
  paragraphs: [
    'Theo đơn vị vận hành, lưu lượng nước về hồ trong ba ngày qua đạt khoảng 180 mét khối mỗi giây, cao gấp đôi mức trung bình nhiều năm.',
    'Hai tổ máy đang chạy liên tục, mỗi ngày phát lên lưới điện quốc gia hơn một triệu kWh.',
    'Đơn vị vận hành đã thông báo lịch xả nước qua tràn cho chính quyền các xã vùng hạ du và đề nghị người dân không đánh bắt cá gần lòng sông.',
    'Ngành nông nghiệp tỉnh đánh giá lượng nước tích được đủ phục vụ gieo cấy khoảng 4.500 héc-ta lúa ở vùng Cam Lộ và Triệu Phong.',
  ],
  caption: 'Nước xả qua tràn hồ Rào Quán chiều 18/9.',
  author: 'Lê Thị Hoa',
  related: ['Chủ động phương án bảo đảm an toàn hồ đập mùa mưa'],
  tags: ['thủy điện', 'Rào Quán', 'mùa mưa'],
  comments: ['Mong đơn vị vận hành báo lịch xả sớm cho bà con vùng trũng.'],
};

export const BROCADE_WEAVING: Story = {
  title: 'Khôi phục nghề dệt thổ cẩm của đồng bào Vân Kiều ở vùng biên Hướng Hóa',
  lead: 'Một tổ hợp tác với 25 thành viên vừa được thành lập để giữ nghề dệt truyền thống và đưa sản phẩm đến tay du khách.',
  paragraphs: [
    'Tại bản Ka Tăng, tiếng khung cửi lại vang lên đều đặn mỗi buổi chiều. Những người phụ nữ lớn tuổi kiên nhẫn hướng dẫn các cô gái trẻ cách chọn sợi, nhuộm màu từ vỏ cây rừng.',
    'Bà Hồ Thị Pía, người có hơn 40 năm gắn bó với khung dệt, cho biết mỗi tấm vải hoa văn truyền thống mất từ một đến hai tuần mới hoàn thành.',
    'Xã hỗ trợ tổ hợp tác 12 khung dệt mới và kết nối với một số cửa hàng lưu niệm ở Đông Hà, Lao Bảo để bán sản phẩm.',
    'Trong thời gian tới, địa phương dự kiến đưa điểm dệt vào tuyến du lịch cộng đồng, giúp du khách trải nghiệm và mua sản phẩm tận nơi.',
  ],
  caption: 'Phụ nữ Vân Kiều bên khung dệt ở bản Ka Tăng.',
  author: 'Hoàng Anh',
  related: [
    'Lễ hội mừng lúa mới của người Pa Kô',
    'Đường lên bản Ka Tăng được bê tông hóa',
    'Hướng Hóa có thêm ba điểm du lịch cộng đồng',
  ],
  tags: ['thổ cẩm', 'Vân Kiều', 'Hướng Hóa'],
  comments: ['Sản phẩm đẹp quá, mong có bán trực tuyến.'],
};

export const COASTAL_BUSES: Story = {
  title: 'Thêm hai tuyến xe buýt nối Đông Hà với các xã ven biển',
  lead: 'Từ ngày 1/10, người dân các xã ven biển có thể đi xe buýt đến trung tâm Đông Hà với giá vé từ 10.000 đồng.',
  paragraphs: [
    'Tuyến thứ nhất xuất phát từ bến xe Đông Hà, đi qua Gio Linh và kết thúc tại cảng Cửa Việt. Tuyến thứ hai nối Đông Hà với bãi tắm Cửa Tùng.',
    'Mỗi tuyến có 8 xe chạy luân phiên, tần suất 30 phút một chuyến trong giờ cao điểm.',
    'Sở Xây dựng cho biết học sinh, người cao tuổi và người khuyết tật được giảm một nửa giá vé khi xuất trình thẻ.',
    'Nhiều người dân mong các tuyến sẽ kéo dài thời gian chạy đến 21 giờ để thuận tiện cho người đi làm về muộn.',
  ],
  caption: 'Xe buýt chạy thử trên tuyến Đông Hà – Cửa Việt. (Ảnh: Minh Đức)',
  author: 'Trần Minh Châu',
  related: ['Đường ven biển qua Gio Linh sắp thông xe', 'Bến xe Đông Hà được nâng cấp'],
  tags: ['xe buýt', 'Đông Hà', 'giao thông'],
  comments: ['Tuyệt vời, con tôi đi học ở Đông Hà sẽ đỡ vất vả.'],
};

export const TRAIN_FARES: Story = {
  title: 'Giá vé tàu Thống Nhất qua ga Đông Hà giảm dịp cuối năm',
  lead: 'Ngành đường sắt giảm giá vé cho hành khách mua sớm trong tháng 12.',
  paragraphs: [],
  caption: '',
  author: '',
  related: [],
  tags: [],
  comments: [],
};

export const WIND_AND_PORT: Story = {
  title: 'Quang Tri bets on wind power and a deep-water port',
  lead: 'The central Vietnamese province wants investors to see its coast as an energy and logistics hub.',
  paragraphs: [
    'Officials in Quang Tri say three onshore wind farms near the Laos border will be joined by a blade and tower factory at the Southeast Economic Zone by the end of next year.',
    'The province is also pressing ahead with the first berths of a deep-water port at My Thuy, which planners hope will carry Lao minerals and farm goods to the sea.',
    '"Our advantage is the shortest road from central Laos to a Vietnamese port," a provincial planning official told a briefing in Dong Ha, asking that the figures be treated as estimates.',
    'Residents of the coastal communes affected by the port say compensation talks have been slow, and several households are still waiting for resettlement plots.',
    'Analysts caution that grid capacity in the region remains the main constraint on new wind projects.',
  ],
  caption: 'Turbines on a ridge in the west of the province. File photo',
  author: 'Jane Morrow',
  related: [
    'Laos-Vietnam rail link moves to feasibility study',
    'Central Vietnam ports compete for transit cargo',
  ],
  tags: ['Vietnam', 'Energy', 'Ports'],
  comments: ['Grid capacity is the real story here.'],
};
