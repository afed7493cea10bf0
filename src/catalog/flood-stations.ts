import type { FloodStation } from '../domain/alerts/flood';

/**
 * Hydrological stations with their flood alarm levels (metres), Decision 05/2020/QĐ-TTg.
 * Seeded with the Hà Nội stations of kpis.md §5; a province adds its own as data.
 */
export const FLOOD_STATIONS: readonly FloodStation[] = [
  {
    id: 'ha-noi-long-bien',
    name: { vi: 'Trạm Hà Nội (Long Biên)', en: 'Hà Nội station (Long Biên)' },
    river: { vi: 'Sông Hồng', en: 'Red River' },
    unitCode: '01',
    levels: { I: 9.5, II: 10.5, III: 11.5 },
    sourceId: 'qd-05-2020-ttg',
  },
  {
    id: 'son-tay',
    name: { vi: 'Trạm Sơn Tây', en: 'Sơn Tây station' },
    river: { vi: 'Sông Hồng', en: 'Red River' },
    unitCode: '01',
    levels: { I: 12.4, II: 13.4, III: 14.4 },
    sourceId: 'qd-05-2020-ttg',
  },
  {
    id: 'trung-ha',
    name: { vi: 'Trạm Trung Hà', en: 'Trung Hà station' },
    river: { vi: 'Sông Đà', en: 'Đà River' },
    unitCode: '01',
    levels: { I: 15, II: 16, III: 17 },
    sourceId: 'qd-05-2020-ttg',
  },
  {
    id: 'thuong-cat',
    name: { vi: 'Trạm Thượng Cát', en: 'Thượng Cát station' },
    river: { vi: 'Sông Đuống', en: 'Đuống River' },
    unitCode: '01',
    levels: { I: 9, II: 10, III: 11 },
    sourceId: 'qd-05-2020-ttg',
  },
  {
    id: 'ba-tha',
    name: { vi: 'Trạm Ba Thá', en: 'Ba Thá station' },
    river: { vi: 'Sông Đáy', en: 'Đáy River' },
    unitCode: '01',
    levels: { I: 5.5, II: 6.5, III: 7.5 },
    sourceId: 'qd-05-2020-ttg',
  },
];
