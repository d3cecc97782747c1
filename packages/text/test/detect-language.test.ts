import { describe, expect, it } from 'vitest';
import { detectLanguage, foldText, primaryLanguageCode } from '../src/index.ts';

// Sentences written for these tests (fictional news).
const VIETNAMESE =
  'Sáng nay, đoàn công tác của tỉnh đã kiểm tra tiến độ xây dựng cầu mới bắc qua sông Thạch Hãn. ' +
  'Người dân trong vùng cho biết con đường cũ thường ngập nặng vào mùa mưa.';
const ENGLISH =
  'The provincial committee met on Monday to review the new bridge over the river. Residents said ' +
  'the old road floods every rainy season and that the work should be finished before October.';
const FRENCH =
  'Le comité provincial s’est réuni lundi pour examiner le nouveau pont sur la rivière. Les habitants ' +
  'disent que l’ancienne route est inondée à chaque saison des pluies.';
const GERMAN =
  'Der Ausschuss der Provinz hat sich am Montag getroffen, um die neue Brücke über den Fluss zu prüfen. ' +
  'Die Anwohner sagen, dass die alte Straße in jeder Regenzeit überflutet wird.';

describe('detectLanguage', () => {
  it('names Vietnamese by its letters, whatever the prior', () => {
    expect(detectLanguage(VIETNAMESE)).toMatchObject({ language: 'vi', method: 'vietnamese' });
    expect(detectLanguage(VIETNAMESE, 'en').language).toBe('vi');
    expect(detectLanguage(VIETNAMESE).confidence).toBeGreaterThan(0.9);
  });

  it('reads an English report dense with Vietnamese names as English', () => {
    const report =
      'Officials of Quảng Trị province met on Tuesday in Đông Hà with traders from Lao Bảo and ' +
      'Hướng Hóa. Nguyễn Văn Hùng, who leads the Quảng Trị trade office, said that the Lao Bảo ' +
      'gate and the road to Đông Hà would be widened before the end of the year.';
    expect(detectLanguage(report)).toMatchObject({ language: 'en' });
    expect(detectLanguage(report, 'vi').language).toBe('en');
    expect(detectLanguage(report, 'en').language).toBe('en');
  });

  it('names Vietnamese written without diacritics by its function words', () => {
    const unaccented = foldText(VIETNAMESE);
    expect(unaccented).not.toMatch(/[ơưđ]/);
    expect(detectLanguage(unaccented)).toMatchObject({ language: 'vi', method: 'vietnamese' });
  });

  it('names Latin-script languages by trigrams', () => {
    expect(detectLanguage(ENGLISH).language).toBe('en');
    expect(detectLanguage(FRENCH).language).toBe('fr');
    expect(detectLanguage(GERMAN).language).toBe('de');
    expect(detectLanguage(ENGLISH).method).toBe('trigrams');
  });

  it('lets a long text clearly in another language override the prior', () => {
    expect(detectLanguage(`${ENGLISH} ${ENGLISH}`, 'vi')).toMatchObject({
      language: 'en',
      method: 'trigrams',
    });
    expect(detectLanguage(`${FRENCH} ${FRENCH}`, 'en').language).toBe('fr');
  });

  it('keeps the prior for a short or ambiguous text', () => {
    expect(detectLanguage('Hello Minh', 'vi')).toMatchObject({ language: 'vi', method: 'prior' });
    expect(detectLanguage('Covid-19: 12 ca mới', 'vi').language).toBe('vi');
    expect(detectLanguage('2025', 'fr')).toMatchObject({ language: 'fr', method: 'prior' });
    expect(detectLanguage('2025')).toEqual({ language: 'und', confidence: 0, method: 'none' });
  });

  it('names scripts that one language writes', () => {
    expect(detectLanguage('ແຂວງສະຫວັນນະເຂດ ແລະ ແຂວງກວາງຈິ ລົງນາມສັນຍາ', 'vi').language).toBe('lo');
    expect(detectLanguage('จังหวัดมุกดาหารจัดงานแสดงสินค้าชายแดน').language).toBe('th');
    expect(detectLanguage('ខេត្តស្វាយរៀងបើកច្រកព្រំដែនថ្មី').language).toBe('km');
    expect(detectLanguage('省政府今天召开会议，讨论边境贸易。').language).toBe('zh');
    expect(detectLanguage('県庁で国境貿易についての会議が開かれました。').language).toBe('ja');
    expect(detectLanguage('도청에서 국경 무역 회의가 열렸습니다.').language).toBe('ko');
  });

  it('takes Han text with a few kana as Chinese unless declared Japanese', () => {
    const mostlyHan = '东京大学教授訪問越南广治省，双方讨论合作の';
    expect(detectLanguage(mostlyHan).language).toBe('zh');
    expect(detectLanguage(mostlyHan, 'ja').language).toBe('ja');
  });

  it('reads Vietnamese with a Chinese name inside as Vietnamese', () => {
    expect(detectLanguage(`${VIETNAMESE} Tên tiếng Trung của quần đảo là 西沙群岛.`).language).toBe('vi');
  });
});

describe('primaryLanguageCode', () => {
  it('reduces declared codes to ISO 639-1', () => {
    expect(primaryLanguageCode('vi-VN')).toBe('vi');
    expect(primaryLanguageCode(' EN_us ')).toBe('en');
    expect(primaryLanguageCode('vie')).toBe('vi');
    expect(primaryLanguageCode('cmn')).toBe('zh');
    expect(primaryLanguageCode('xyz')).toBeNull();
    expect(primaryLanguageCode('')).toBeNull();
    expect(primaryLanguageCode(null)).toBeNull();
  });
});
