// Province relevance on fictional articles: the places of both former provinces, ambiguous names,
// names inside longer names, lists of provinces, and the province's authorities.
import { describe, expect, it } from 'vitest';
import { classify } from './model.ts';

const province = (title: string, text: string, lang = 'vi') => classify(title, text, lang).province;

describe('province relevance', () => {
  it('is high for the province in the headline, with the places found', () => {
    const result = province(
      'Quảng Trị: mưa lớn gây ngập ở Đông Hà',
      'Nhiều tuyến đường ở TP Đông Hà bị ngập sâu.',
    );
    expect(result.relevant).toBe(true);
    expect(result.places).toEqual(expect.arrayContaining(['Quảng Trị', 'Đông Hà']));
  });

  it('counts former Quảng Bình, merged into the province in 2025', () => {
    expect(province('Đồng Hới đón du khách', 'Bãi biển Nhật Lệ ở TP Đồng Hới đông khách.').relevant).toBe(
      true,
    );
  });

  it('is low for a passing mention in the body', () => {
    const result = province(
      'Giá cà phê tăng mạnh',
      'Giá cà phê ở Tây Nguyên tăng mạnh trong tuần qua.\n\nMột thương lái cho biết anh từng làm việc ở Quảng Trị.',
    );
    expect(result.relevant).toBe(false);
    expect(result.score).toBeGreaterThan(0);
  });

  it('weighs a name in a list of many provinces less than the same name alone', () => {
    const alone = province('Mưa lớn', 'Mưa lớn kéo dài ở Quảng Trị trong ba ngày qua.');
    const listed = province(
      'Mưa lớn',
      'Mưa lớn kéo dài ở Hà Tĩnh, Quảng Trị, Thừa Thiên Huế, Đà Nẵng và Quảng Nam trong ba ngày qua.',
    );
    expect(listed.score).toBeLessThan(alone.score);
  });

  it('tells the northern province of Quảng Ninh from the former district', () => {
    expect(
      province('Tỉnh Quảng Ninh đón 10 triệu khách', 'Vịnh Hạ Long ở Quảng Ninh thu hút du khách.').relevant,
    ).toBe(false);
    const district = province(
      'Huyện Quảng Ninh trồng rừng ven biển',
      'Huyện Quảng Ninh (Quảng Bình) trồng 20 ha phi lao.',
    );
    expect(district.relevant).toBe(true);
    expect(district.places).toContain('huyện Quảng Ninh');
  });

  it('does not read "phía đông Hà Nội" as Đông Hà', () => {
    expect(province('Khu đô thị mới ở phía đông Hà Nội', 'Dự án nằm ở phía đông Hà Nội.').score).toBe(0);
  });

  it('reports the town, not the province, for "thị xã Quảng Trị"', () => {
    const result = province('Thị xã Quảng Trị chỉnh trang đô thị', 'Thị xã Quảng Trị lát lại vỉa hè.');
    expect(result.relevant).toBe(true);
    expect(result.places[0]).toBe('thị xã Quảng Trị');
  });

  it('counts an ambiguous name (a singer Lệ Thủy) only as a place', () => {
    expect(province('Ca sĩ Lệ Thủy ra mắt album', 'Nghệ sĩ Lệ Thủy biểu diễn tối qua.').score).toBe(0);
    expect(
      province('Lũ về ở huyện Lệ Thủy', 'Nước sông Kiến Giang lên nhanh, huyện Lệ Thủy sơ tán dân.').relevant,
    ).toBe(true);
  });

  it('recognises place names without diacritics in foreign press', () => {
    const result = province(
      'Visiting Khe Sanh and Dong Ha',
      'Veterans returned to Quang Tri province this week.',
      'en',
    );
    expect(result.relevant).toBe(true);
  });

  it("weighs the province's authorities acting above a bare mention", () => {
    const authority = province(
      'Bắt đối tượng vận chuyển pháo nổ',
      'Ngày 3-2, Công an tỉnh Quảng Bình cho biết đã bắt giữ hai người.',
    );
    const bare = province(
      'Bắt đối tượng vận chuyển pháo nổ',
      'Ngày 3-2, một người quê Quảng Bình bị bắt giữ.',
    );
    expect(authority.score).toBeGreaterThan(bare.score);
  });
});
